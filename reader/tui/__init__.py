"""Textual layer of claim-reader: thin widgets over reader.core."""
