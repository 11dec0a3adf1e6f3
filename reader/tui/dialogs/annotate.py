"""Small modal dialogs for annotating: a one-key verdict picker, a tag prompt, a note editor."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Label, Static, TextArea

from reader.core.session.claim_view import VERDICT_GLYPHS
from reader.core.text.safe import safe_inline
from reader.tui.dialogs.dialog import Dialog
from reader.tui.keymap import keymap

VERDICT_KEYS = {"t": "true", "f": "false", "m": "misleading", "u": "unverified", "c": "needs-context"}
CLEAR = ""
"""What the verdict picker returns for 'clear the verdict'."""


class VerdictPicker(Dialog[str | None]):
    """One key per verdict; returns the verdict, CLEAR to remove it, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(key, f"pick('{v}')", v.replace("-", " ").capitalize(), id=f"verdict.{v}", tooltip=f"Mark it {v}")
          for key, v in VERDICT_KEYS.items()),
        *keymap("VerdictPicker"),
    ]

    def __init__(self, target: str, current: str | None, labels: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.target = target
        self.current = current
        self.labels = labels or {}
        """Verdict -> the user's word for it (config `verdict_labels`)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Verdict", style="bold"))
            yield Static(Text(safe_inline(self.target, 200)), classes="dialog-target")
            body = Text()
            for key, verdict in VERDICT_KEYS.items():
                mark = " ◀" if verdict == self.current else ""
                body.append(f" {key} ", style="reverse bold")
                body.append(f" {VERDICT_GLYPHS[verdict]} ", style="bold")
                body.append(f"{safe_inline(self.labels.get(verdict, verdict), 40)}{mark}\n")
            body.append(" x ", style="reverse bold")
            body.append(" clear    ")
            body.append(" esc ", style="reverse bold")
            body.append(" cancel")
            yield Static(body)

    def action_pick(self, verdict: str) -> None:
        self.dismiss(verdict)

    def action_cancel(self) -> None:
        self.dismiss(None)


class TagSuggester(Suggester):
    """Completes the last comma-separated tag from the tags already used."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(",")
        last = last.lstrip()
        if not last:
            return None
        for tag in self.tags:
            if tag.lower().startswith(last.lower()) and tag != last:
                prefix = f"{head}, " if head else ""
                return prefix + tag
        return None


def split_tags(value: str) -> list[str]:
    return [t.strip().lstrip("#") for t in value.split(",") if t.strip().lstrip("#")]


class TagsDialog(Dialog[list[str] | None]):
    """Comma-separated tags with completion (→ accepts); enter saves, escape cancels."""

    BINDINGS = keymap("TagsDialog")

    def __init__(self, target: str, current: tuple[str, ...], known: list[str]) -> None:
        super().__init__()
        self.target = target
        self.current = current
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Tags (comma-separated; → completes, enter saves, escape cancels)", style="bold"))
            yield Static(Text(safe_inline(self.target, 200)), classes="dialog-target")
            yield Input(", ".join(self.current), placeholder="e.g. casualties, needs-source", suggester=TagSuggester(self.known), id="tags-input")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(split_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteEditor(Dialog[str | None]):
    """Multi-line note: ctrl+s saves, escape cancels."""

    DEFAULT_CSS = """
    NoteEditor .note-dialog {
        height: 20;
    }

    NoteEditor .note-dialog TextArea {
        height: 1fr;
    }
    """

    BINDINGS = keymap("NoteEditor")

    def __init__(self, target: str, current: str | None) -> None:
        super().__init__()
        self.target = target
        self.current = current or ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog note-dialog"):
            yield Label(Text("Note (ctrl+s saves, escape cancels)", style="bold"))
            yield Static(Text(safe_inline(self.target, 200)), classes="dialog-target")
            yield TextArea(self.current, id="note-text", soft_wrap=True, tab_behavior="focus")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
