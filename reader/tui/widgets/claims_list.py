"""The claims pane: one row per claim (kind badge, verdict, speaker, cue, quote cut to fit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.session.filters import filter_words, has_tag, has_verdict
from reader.core.text.layout import text_width
from reader.core.text.safe import safe_inline
from reader.tui.widgets.known_checks import MARKER

if TYPE_CHECKING:
    from reader.core.checks.matcher import Match
    from reader.core.claims.extract import Claim

BADGES = {
    "quote": ("QUOTE", "claim-quote"),
    "attribution": ("SAID ", "claim-attribution"),
    "report": ("HEDGE", "claim-report"),
    "statistic": ("STAT ", "claim-statistic"),
    "assertion": ("FACT ", "claim-assertion"),
}

VERDICT_GLYPHS = {
    "true": ("✓", "verdict-true"),
    "false": ("✗", "verdict-false"),
    "misleading": ("≈", "verdict-misleading"),
    "unverified": ("?", "verdict-unverified"),
    "needs-context": ("…", "verdict-needs-context"),
}
"""A glyph as well as a colour, so verdicts read without colour (NO_COLOR)."""


def _cut(s: str, cells: int) -> str:
    if cells <= 0:
        return ""
    if text_width(s) <= cells:
        return s
    out, used = [], 0
    for ch in s:
        w = text_width(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


KIND_ORDER = {k: n for n, k in enumerate(BADGES)}
KIND_ALIASES = {"quote": "quote", "quotes": "quote", "said": "attribution", "attribution": "attribution",
                "hedge": "report", "report": "report", "stat": "statistic", "statistic": "statistic",
                "fact": "assertion", "assertion": "assertion"}


def claim_matches(claim: Claim, verdict: str | None, tags: tuple[str, ...], words: list[str]) -> bool:
    """Filter words, all required: `kind` names (quote, said, hedge, stat, fact), `@speaker`,
    `#tag`, `:verdict` (`:none` = unreviewed), `hedged`, `numbers`, or words of the quote."""
    for sigil, lw in filter_words(words, "@#:"):
        if sigil == "@":
            if lw not in (claim.speaker or "").lower():
                return False
        elif sigil == "#":
            if not has_tag(tags, lw):
                return False
        elif sigil == ":":
            if not has_verdict(verdict, lw):
                return False
        elif lw in KIND_ALIASES:
            if claim.kind != KIND_ALIASES[lw]:
                return False
        elif lw == "hedged":
            if not claim.hedged:
                return False
        elif lw == "numbers":
            if not claim.numbers:
                return False
        elif lw not in claim.quote.lower():
            return False
    return True


class ClaimsList(OptionList):
    """Claims of the document; moving the highlight lights the claim in the article."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Next claim", show=False),
        Binding("up,k", "cursor_up", "Previous claim", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "select", "Go to claim", id="go-to-claim"),
    ]

    COMPONENT_CLASSES = {f"claims--{cls}" for _, cls in BADGES.values()} | {
        f"claims--{cls}" for _, cls in VERDICT_GLYPHS.values()
    } | {"claims--speaker", "claims--cue", "claims--tags", "claims--known-check"}

    @dataclass
    class ClaimHighlighted(Message):
        index: int

    @dataclass
    class ClaimChosen(Message):
        index: int

    SORTS = ("position", "speaker", "kind")

    def __init__(self, claims: list[Claim], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claims = claims
        self.verdicts: dict[int, str] = {}
        self.tags: dict[int, tuple[str, ...]] = {}
        self.known: dict[int, list[Match]] = {}
        """Known checks each claim repeats (reader.core.checks), found by the screen's worker."""
        self.filter_words: list[str] = []
        self.sort = "position"
        self.order: list[int] = list(range(len(claims)))
        """Claim indices shown, in display order (after filter and sort)."""
        self._width = 0

    def on_resize(self) -> None:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._width = width
            self.rebuild()

    def set_marks(self, verdicts: dict[int, str], tags: dict[int, tuple[str, ...]]) -> None:
        """Verdicts and tags per claim index, handed down by the screen after each change."""
        self.verdicts, self.tags = verdicts, tags
        self.rebuild()

    def set_known(self, known: dict[int, list[Match]]) -> None:
        self.known = known
        self.rebuild()
        if self.current is not None:
            self.post_message(self.ClaimHighlighted(self.current))  # the detail shows the matches

    def set_view(self, words: list[str], sort: str) -> None:
        self.filter_words, self.sort = words, sort
        self.rebuild()

    def _order(self) -> list[int]:
        shown = [i for i, c in enumerate(self.claims) if claim_matches(c, self.verdicts.get(i), self.tags.get(i, ()), self.filter_words)]
        if self.sort == "speaker":
            shown.sort(key=lambda i: ((self.claims[i].speaker or "\uffff").lower(), i))
        elif self.sort == "kind":
            shown.sort(key=lambda i: (KIND_ORDER.get(self.claims[i].kind, 9), i))
        return shown

    @property
    def current(self) -> int | None:
        """The claim index under the highlight."""
        if self.highlighted is None or self.highlighted >= len(self.order):
            return None
        return self.order[self.highlighted]

    def show_claim(self, index: int) -> None:
        """Highlight claim `index` if it is shown."""
        if index in self.order:
            self.highlighted = self.order.index(index)

    def claims_added(self, first: int) -> None:
        """Claims from `first` on were appended to `self.claims` (streamed extraction)."""
        if self.filter_words or self.sort != "position":
            self.rebuild()
            return
        new = list(range(first, len(self.claims)))
        self.order.extend(new)
        self.add_options(Option(self.row(i, self.claims[i]), id=str(i)) for i in new)
        if self.highlighted is None and self.order:
            self.highlighted = 0

    def rebuild(self) -> None:
        keep = self.current
        self.order = self._order()
        self.clear_options()
        self.add_options(Option(self.row(i, self.claims[i]), id=str(i)) for i in self.order)
        if self.order:
            self.highlighted = self.order.index(keep) if keep in self.order else 0

    def row(self, index: int, claim: Claim) -> Text:
        width = max(20, self._width or 40)
        badge, cls = BADGES.get(claim.kind, (claim.kind[:5].upper(), "claim-assertion"))
        row = Text(no_wrap=True, overflow="ellipsis", end="")
        row.append(badge, self.get_component_rich_style(f"claims--{cls}"))
        glyph, vcls = VERDICT_GLYPHS.get(self.verdicts.get(index, ""), (" ", ""))
        row.append(" ")
        row.append(glyph, self.get_component_rich_style(f"claims--{vcls}") if vcls else "")
        if index in self.known:
            row.append(MARKER, self.get_component_rich_style("claims--known-check"))
        row.append(" ")
        who = safe_inline(claim.speaker or "")
        if who:
            row.append(_cut(who, 18), self.get_component_rich_style("claims--speaker"))
            row.append(" ")
        if claim.cue:
            row.append(_cut(safe_inline(claim.cue), 14), self.get_component_rich_style("claims--cue"))
            row.append(" ")
        tags = self.tags.get(index)
        if tags:
            row.append(_cut(" ".join("#" + safe_inline(t) for t in tags), 16), self.get_component_rich_style("claims--tags"))
            row.append(" ")
        room = width - row.cell_len
        row.append(_cut("“" + safe_inline(claim.quote) + "”", room))
        return row

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.ClaimHighlighted(int(event.option_id)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.ClaimChosen(int(event.option_id)))
