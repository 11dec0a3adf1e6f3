"""claim-reader: a keyboard-driven terminal reader that finds and annotates claims."""

__version__ = "0.1.0"
