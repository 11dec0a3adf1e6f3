"""The annotations tab: every annotation of the document, filterable, doubtful and orphaned ones apart."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reader.core.annotations.model import Annotation
from reader.core.session.filters import filter_words, has_tag, has_verdict
from reader.core.text.safe import safe_inline
from reader.tui.widgets.claims_list import VERDICT_GLYPHS

STATE_MARKS = {"exact": "", "moved": "↕ moved", "fuzzy": "≈ fuzzy", "ambiguous": "⁇ ambiguous", "orphan": "✗ orphan"}
GROUPS = (
    ("Annotations", ("exact", "moved")),
    ("Needs review (c confirms, r re-attaches to the selection)", ("fuzzy", "ambiguous")),
    ("Orphans (r re-attaches to the selection)", ("orphan",)),
)


def matches_filter(a: Annotation, words: list[str]) -> bool:
    """`:verdict`, `#tag`, `~state` and plain words (in quote or note), all required."""
    for sigil, lw in filter_words(words, ":#~"):
        if sigil == ":":
            # A bare ':' (a verdict being typed) keeps the annotations without one.
            if not has_verdict(a.verdict, lw) and not (lw == "" and not a.verdict):
                return False
        elif sigil == "#":
            if not has_tag(a.tags, lw):
                return False
        elif sigil == "~":
            if a.state != lw:
                return False
        elif lw not in a.selector.exact.lower() and lw not in (a.note or "").lower():
            return False
    return True


class AnnotationList(OptionList):
    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Go to"),
        Binding("c", "confirm", "Confirm anchor"),
        Binding("r", "reattach", "Re-attach"),
        Binding("d,delete", "delete", "Delete"),
    ]

    @dataclass
    class Request(Message):
        action: str
        annotation_id: str

    def _current(self) -> str | None:
        if self.highlighted is None or self.get_option_at_index(self.highlighted).disabled:
            return None
        return self.get_option_at_index(self.highlighted).id

    def first_enabled(self) -> None:
        """Keep the highlight off group headers."""
        if self._current() is None:
            for i in range(self.option_count):
                if not self.get_option_at_index(i).disabled:
                    self.highlighted = i
                    return

    def on_focus(self) -> None:
        self.first_enabled()

    def _request(self, action: str) -> None:
        aid = self._current()
        if aid:
            self.post_message(self.Request(action, aid))

    def action_confirm(self) -> None:
        self._request("confirm")

    def action_reattach(self) -> None:
        self._request("reattach")

    def action_delete(self) -> None:
        self._request("delete")


class AnnotationsView(Vertical):
    """Filter line + grouped list; requests go up to the screen, which owns the session."""

    @dataclass
    class Chosen(Message):
        annotation_id: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.annotations: list[Annotation] = []
        self.conflicts: dict[str, str] = {}
        """Annotation id -> its verdict conflict ('alice: false ≠ bob: true'), in team mode."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter: :false  #tag  ~orphan  words", id="annotations-filter")
        yield AnnotationList(id="annotations-list")

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.annotations = annotations
        self.rebuild()

    @on(Input.Changed, "#annotations-filter")
    def rebuild(self) -> None:
        words = self.query_one("#annotations-filter", Input).value.split()
        shown = [a for a in self.annotations if matches_filter(a, words)]
        lst = self.query_one(AnnotationList)
        keep = lst._current()
        lst.clear_options()
        for title, states in GROUPS:
            group = [a for a in shown if a.state in states]
            if not group and states != ("exact", "moved"):
                continue
            lst.add_option(Option(Text(f"{title} ({len(group)})", style="bold underline"), disabled=True))
            lst.add_options(Option(self.row(a), id=a.id) for a in group)
        ids = [lst.get_option_at_index(i).id for i in range(lst.option_count)]
        if keep in ids:
            lst.highlighted = ids.index(keep)
        else:
            lst.first_enabled()

    def row(self, a: Annotation) -> Text:
        glyph, _ = VERDICT_GLYPHS.get(a.verdict or "", (" ", ""))
        row = Text(no_wrap=True, overflow="ellipsis", end="")
        row.append(f"{glyph} ", style="bold")
        if a.id in self.conflicts:
            row.append(f"conflict {safe_inline(self.conflicts[a.id], 60)} ", style="bold red")
        elif a.verdict:
            row.append(f"{a.verdict} ", style="bold")
        if a.highlight:
            row.append("▌ ", style="green")
        for t in a.tags:
            row.append("#" + safe_inline(t) + " ", style="italic")
        mark = STATE_MARKS.get(a.state, a.state)
        if mark:
            row.append(f"[{mark}] ", style="bold red" if a.state == "orphan" else "bold yellow")
        row.append("“" + safe_inline(a.selector.exact, 120) + "”")
        if a.note:
            row.append("  ✎ " + safe_inline(a.note, 80), style="dim")
        return row

    @on(OptionList.OptionSelected, "#annotations-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            self.post_message(self.Chosen(event.option_id))
