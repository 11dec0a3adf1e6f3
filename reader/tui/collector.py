"""The end of start-up, for the cycle collector the `reader` command turned off (reader/cli/entry.py)."""

from __future__ import annotations

import gc


def start_collecting() -> None:
    """Called once the first frame is out. What start-up made (modules, classes, styles, the document) is moved out of
    the collector's sight for good (gc.freeze: never walked, never freed; it lives as long as the process anyway),
    then collection resumes. Does nothing where the collector was never turned off (tests, an embedding program)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
