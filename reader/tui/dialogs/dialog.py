"""The frame every small dialog shares: a centred box over the dimmed reading screen."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    """A modal screen drawn as a box (`.dialog`) with an optional line naming what it acts on (`.dialog-target`).

    Its styles live here, not in app.tcss, so they are parsed when a dialog first opens, not before the
    article's first frame (start-up time)."""

    DEFAULT_CSS = """
    Dialog {
        align: center middle;
    }

    Dialog .dialog {
        width: 70;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }

    Dialog .dialog-target {
        color: $text-muted;
        text-style: italic;
        margin-bottom: 1;
        max-height: 3;
    }
    """
