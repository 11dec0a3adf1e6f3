"""The claims list: one row per claim (kind badge, verdict glyph and word, speaker, cue, quote cut to fit).

What is shown, and in which order, is decided by reader.core.session.claim_view; this widget draws
the rows and says which claim is highlighted or chosen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.message import Message

from reader.core.claims.record import Claim
from reader.core.session.claim_view import NO_MARK, VERDICT_GLYPHS, ClaimMark, ClaimSort, claim_order, verdict_badge
from reader.core.text.layout import char_width
from reader.core.text.safe import safe_inline
from reader.tui.keymap import keymap, nav_bindings
from reader.tui.widgets.known_checks import MARKER
from reader.tui.widgets.messages import Latest
from reader.tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from reader.core.checks.matcher import Match

BADGES = {
    "quote": ("QUOTE", "claim-quote"),
    "attribution": ("SAID ", "claim-attribution"),
    "report": ("HEDGE", "claim-report"),
    "statistic": ("STAT ", "claim-statistic"),
    "assertion": ("FACT ", "claim-assertion"),
}
TAGS_CELLS = 12
"""Room for tags in a row: the quote must stay readable (all tags are in the detail under the list)."""


def cut(s: str, cells: int) -> str:
    """`s` cut to `cells` terminal cells, with an ellipsis when cut."""
    if cells <= 0:
        return ""
    if s.isascii():
        return s if len(s) <= cells else s[: cells - 1] + "…"
    used, fits = 0, 0  # one pass that stops at the cut: a claim's quote may be a paragraph long
    for i, ch in enumerate(s):
        used += char_width(ch)
        if used > cells:
            return s[:fits] + "…"
        if used < cells:
            fits = i + 1
    return s


def compact_tags(tags: Sequence[str]) -> str:
    """"#casualties +2": the first tag and how many more."""
    if not tags:
        return ""
    first = cut("#" + safe_inline(tags[0]), TAGS_CELLS - (3 if len(tags) > 1 else 0))
    return first + (f" +{len(tags) - 1}" if len(tags) > 1 else "")


class ClaimsList(RowList):
    """Claims of the document; moving the highlight lights the claim in the article."""

    BINDINGS = [*nav_bindings("claims", "claim"), *keymap("ClaimsList")]

    COMPONENT_CLASSES = {f"claims--{cls}" for _, cls in BADGES.values()} | {
        f"claims--verdict-{v}" for v in VERDICT_GLYPHS
    } | {"claims--speaker", "claims--cue", "claims--tags", "claims--known-check"}

    @dataclass
    class ClaimHighlighted(Latest):
        index: int

    @dataclass
    class ClaimChosen(Message):
        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claims: list[Claim] = []
        self.marks: Mapping[int, ClaimMark] = {}
        self.labels: Mapping[str, str] = {}
        """Verdict -> the user's word for it (config `verdict_labels`)."""
        self.filter_words: list[str] = []
        self.sort: ClaimSort = "position"
        self.order: list[int] = []
        """Claim indices shown, in display order (after filter and sort)."""
        self._row_of: dict[int, int] = {}
        self.known: Mapping[int, list[Match]] = {}
        """Known checks each claim repeats (reader.core.checks), found by the screen's worker."""

    # ----- data handed down ---------------------------------------------------------------
    def add_claims(self, batch: Sequence[Claim]) -> None:
        """Claims found after those shown (streamed extraction): appended, nothing else is redrawn."""
        first = len(self.claims)
        self.claims.extend(batch)
        if self.filter_words or self.sort != "position":
            self.rebuild()
            return
        for i in range(first, len(self.claims)):
            self._row_of[i] = len(self.order)
            self.order.append(i)
        self.set_row_count(len(self.order), keep_cache=True)

    def set_marks(self, marks: Mapping[int, ClaimMark]) -> None:
        """Verdicts, tags and notes per claim index, handed down after each change: only the changed rows are redrawn
        unless the filter or sort depends on them."""
        old, self.marks = self.marks, dict(marks)
        if self.sort == "verdict" or any(w[:1] in ":#" for w in self.filter_words):
            self.rebuild()
            return
        for i in set(old) | set(self.marks):
            if old.get(i) != self.marks.get(i) and i in self._row_of:
                self.refresh_row(self._row_of[i])

    def set_known(self, known: Mapping[int, list[Match]]) -> None:
        """The claims that repeat known checks: their rows gain the marker."""
        old, self.known = self.known, known
        for i in set(old) | set(known):
            if i in self._row_of:
                self.refresh_row(self._row_of[i])

    def set_view(self, words: list[str], sort: ClaimSort) -> None:
        self.filter_words, self.sort = words, sort
        self.rebuild()

    @property
    def current(self) -> int | None:
        """The claim index under the highlight."""
        if self.highlighted is None or self.highlighted >= len(self.order):
            return None
        return self.order[self.highlighted]

    def show_claim(self, index: int) -> None:
        """Highlight claim `index` if it is shown."""
        if index in self._row_of:
            self.highlighted = self._row_of[index]

    def rebuild(self) -> None:
        keep = self.current
        self.order = claim_order(self.claims, self.marks, self.filter_words, self.sort)
        self._row_of = {i: row for row, i in enumerate(self.order)}
        self.set_row_count(len(self.order))
        if self.order:
            self.highlighted = self._row_of.get(keep, 0) if keep is not None else 0

    def render_row(self, row: int, width: int) -> Text:
        return self.row(self.order[row], width)

    # ----- drawing ------------------------------------------------------------------------
    def row(self, index: int, width: int) -> Text:
        claim = self.claims[index]
        mark = self.marks.get(index, NO_MARK)
        width = max(20, width)
        badge, cls = BADGES.get(claim.kind, (claim.kind[:5].upper(), "claim-assertion"))
        row = Text(no_wrap=True, overflow="ellipsis", end="")
        row.append(badge, self.get_component_rich_style(f"claims--{cls}", partial=True))
        row.append(" ")
        if mark.verdict:
            row.append(verdict_badge(mark.verdict, self.labels), self.get_component_rich_style(f"claims--verdict-{mark.verdict}", partial=True))
        else:
            row.append(" ")
        if index in self.known:
            row.append(MARKER, self.get_component_rich_style("claims--known-check"))
        row.append(" ")
        who = safe_inline(claim.speaker or ("speaker unclear" if claim.speaker_label() else ""))  # short: the row is narrow
        if who:
            row.append(cut(who, 18), self.get_component_rich_style("claims--speaker", partial=True))
            row.append(" ")
        if claim.cue:
            row.append(cut(safe_inline(claim.cue), 14), self.get_component_rich_style("claims--cue", partial=True))
            row.append(" ")
        if mark.tags:
            row.append(compact_tags(mark.tags), self.get_component_rich_style("claims--tags", partial=True))
            row.append(" ")
        room = width - row.cell_len
        row.append(cut("“" + safe_inline(claim.quote) + "”", room))
        return row

    # ----- messages up --------------------------------------------------------------------
    def on_focus(self) -> None:
        """Coming into the list says which claim it is on, so the article shows it (RowList's handler repaints)."""
        if self.current is not None:
            self.post_message(self.ClaimHighlighted(self.current))

    def on_row_list_row_highlighted(self, event: RowList.RowHighlighted) -> None:
        event.stop()
        if event.row < len(self.order):
            self.post_message(self.ClaimHighlighted(self.order[event.row]))

    def on_row_list_row_chosen(self, event: RowList.RowChosen) -> None:
        event.stop()
        if event.row < len(self.order):
            self.post_message(self.ClaimChosen(self.order[event.row]))
