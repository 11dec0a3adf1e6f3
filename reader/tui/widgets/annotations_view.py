"""The annotations tab: every annotation of the document, filterable, doubtful and orphaned ones apart."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reader.core.annotations.model import Annotation
from reader.core.session.claim_view import STATE_MARKS, verdict_badge
from reader.core.session.filters import annotation_matches
from reader.core.text.safe import safe_inline
from reader.tui.keymap import keymap, nav_bindings
from reader.tui.widgets.lists import NavList

GROUPS = (
    ("Annotations", ("exact", "moved")),
    ("Needs review (c confirms, r re-attaches to the selection)", ("fuzzy", "ambiguous")),
    ("Orphans (r re-attaches to the selection)", ("orphan",)),
)
Request = Literal["confirm", "reattach", "delete"]


class AnnotationList(NavList):
    BINDINGS = [*nav_bindings("annotations", "annotation"), *keymap("AnnotationList")]

    @dataclass
    class Requested(Message):
        action: Request
        annotation_id: str

    @property
    def current(self) -> str | None:
        """Id of the highlighted annotation (None on a group heading or an empty list)."""
        if self.highlighted is None or self.get_option_at_index(self.highlighted).disabled:
            return None
        return self.get_option_at_index(self.highlighted).id

    @property
    def shown_ids(self) -> list[str]:
        ids = (self.get_option_at_index(i).id for i in range(self.option_count))
        return [i for i in ids if i is not None]

    def highlight_id(self, annotation_id: str) -> None:
        for i in range(self.option_count):
            if self.get_option_at_index(i).id == annotation_id:
                self.highlighted = i
                return

    def first_enabled(self) -> None:
        """Keep the highlight off group headings."""
        if self.current is None:
            for i in range(self.option_count):
                if not self.get_option_at_index(i).disabled:
                    self.highlighted = i
                    return

    def on_focus(self) -> None:
        self.first_enabled()

    def action_request(self, action: Request) -> None:
        aid = self.current
        if aid:
            self.post_message(self.Requested(action, aid))


class AnnotationsView(Vertical):
    """Filter line + grouped list; requests go up to the screen, which owns the session."""

    @dataclass
    class Chosen(Message):
        annotation_id: str

    labels: var[Mapping[str, str]] = var(dict)
    """Verdict -> the user's word for it (config `verdict_labels`)."""
    conflicts: var[dict[str, str]] = var(dict)
    """Annotation id -> its verdict conflict ('alice: false ≠ bob: true'), in team mode; set before `annotations`."""
    annotations: var[list[Annotation]] = var(list, init=False, always_update=True)
    """The document's annotations, handed down after every change: the list is rebuilt."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter: :false  #tag  ~orphan  words", id="annotations-filter")
        yield AnnotationList(id="annotations-list")

    def watch_annotations(self) -> None:
        self.rebuild()

    @on(Input.Changed, "#annotations-filter")
    def rebuild(self) -> None:
        words = self.query_one("#annotations-filter", Input).value.split()
        shown = [a for a in self.annotations if annotation_matches(a, words)]
        lst = self.query_one(AnnotationList)
        keep = lst.current
        lst.clear_options()
        for title, states in GROUPS:
            group = [a for a in shown if a.state in states]
            if not group and states != ("exact", "moved"):
                continue
            lst.add_option(Option(Text(f"{title} ({len(group)})", style="bold underline"), disabled=True))
            lst.add_options(Option(self.row(a), id=a.id) for a in group)
        if keep is not None and keep in lst.shown_ids:
            lst.highlight_id(keep)
        else:
            lst.first_enabled()

    def row(self, a: Annotation) -> Text:
        row = Text(no_wrap=True, overflow="ellipsis", end="")
        if a.id in self.conflicts:
            row.append(f"{verdict_badge('conflict')} {safe_inline(self.conflicts[a.id], 60)} ", style="bold red")
        elif a.verdict:
            row.append(verdict_badge(a.verdict, self.labels) + " ", style="bold")
        if a.highlight:
            row.append("▌ ", style="bold")
        for t in a.tags:
            row.append("#" + safe_inline(t) + " ", style="italic")
        mark = STATE_MARKS.get(a.state, a.state)
        if mark:
            row.append(f"[{mark}] ", style="bold reverse" if a.state == "orphan" else "bold")
        row.append("“" + safe_inline(a.selector.exact, 120) + "”")
        if a.note:
            row.append("  ✎ " + safe_inline(a.note, 80), style="dim")
        return row

    @on(OptionList.OptionSelected, "#annotations-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            self.post_message(self.Chosen(event.option_id))
