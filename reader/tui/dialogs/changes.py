"""What changed on a page since it was last fetched (`reader URL` a second time): the stealth edits.

Each changed paragraph is shown word by word: removed words struck through and marked [-…-], added
words underlined and marked {+…+} (the marks read without colour, as `git diff --word-diff` writes them).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.core.documents.web import Change, word_diff
from reader.core.text.safe import safe_inline
from reader.tui.dialogs.dialog import Dialog
from reader.tui.keymap import keymap


def change_text(change: Change) -> Text:
    out = Text()
    if change.kind == "added":
        out.append("+ added paragraph\n", style="bold")
        out.append("{+" + safe_inline(change.after) + "+}", style="underline")
        return out
    if change.kind == "removed":
        out.append("− removed paragraph\n", style="bold")
        out.append("[-" + safe_inline(change.before) + "-]", style="strike")
        return out
    out.append("~ changed paragraph\n", style="bold")
    for i, (words, op) in enumerate(word_diff(change.before, change.after)):
        if i:
            out.append(" ")
        if op == "same":
            out.append(safe_inline(words))
        elif op == "removed":
            out.append("[-" + safe_inline(words) + "-]", style="strike")
        else:
            out.append("{+" + safe_inline(words) + "+}", style="underline")
    return out


def when(iso: str) -> str:
    """"2026-12-04T19:13:10.559957Z" as "2026-12-04 19:13 UTC"."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso


class ChangesScreen(Dialog[None]):
    """The paragraphs of a page that changed since its last snapshot."""

    DEFAULT_CSS = """
    ChangesScreen #changes-body {
        width: 90%;
        max-width: 110;
        height: 85%;
    }

    ChangesScreen .change {
        margin-top: 1;
    }
    """

    BINDINGS = keymap("ChangesScreen")
    AUTO_FOCUS = "#changes-body"

    def __init__(self, url: str, since: str, changes: Sequence[Change]) -> None:
        super().__init__()
        self.url = url
        self.since = since
        self.changes = list(changes)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="changes-body", classes="dialog"):
            yield Static(Text(f"What changed since {when(self.since)}", style="bold"))
            yield Static(Text(safe_inline(self.url), style="dim"))
            n = len(self.changes)
            yield Static(Text(f"{n} paragraph{' differs' if n == 1 else 's differ'} from the last snapshot; "
                              "[-removed-] {+added+}. escape closes.", style="italic"))
            for change in self.changes:
                yield Static(change_text(change), classes="change")
