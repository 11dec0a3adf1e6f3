"""Plain-Python core of claim-reader: no Textual import may appear below this package."""
