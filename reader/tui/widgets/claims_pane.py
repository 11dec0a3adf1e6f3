"""The claims tab: a counts header, a filter line and the claims list, with sort order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from reader.core.session.overview import claim_facts
from reader.core.text.safe import safe_inline
from reader.tui.widgets.claims_list import ClaimsList

if TYPE_CHECKING:
    from reader.core.claims.extract import Claim


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def counts_line(claims: list[Claim], annotated: int, shown: int, sort: str) -> Text:
    quotes = sum(c.kind == "quote" for c in claims)
    hedged = sum(c.hedged for c in claims)
    numbers = sum(bool(c.numbers) for c in claims)
    out = Text(no_wrap=True, overflow="ellipsis", end="")
    if shown != len(claims):
        out.append(f"showing {shown} of ", style="bold")
    out.append(_n(len(claims), "claim"), style="bold")
    if sort != "position":
        out.append(f" by {sort}", style="bold")
    out.append(f" · {_n(quotes, 'quote')} · {hedged} hedged · {numbers} with numbers · {annotated} annotated")
    return out


def claim_detail(c: Claim) -> Text:
    """Speaker (role), cue, outlet, hedge and numbers of one claim, as a few short lines."""
    out = Text(end="")
    who = safe_inline(c.speaker or "the article itself")
    out.append(who, style="bold")
    if c.role:
        out.append(f", {safe_inline(c.role)}", style="italic")
    bits = [f"cue: {safe_inline(c.cue)}"] if c.cue else []
    bits += [safe_inline(fact) for fact in claim_facts(c)]
    if bits:
        out.append("\n" + " · ".join(bits), style="dim")
    return out


class ClaimsPane(Vertical):
    """Owns the view settings of the claims list (filter words, sort) and its header."""

    BINDINGS = [
        Binding("f", "filter", "Filter", id="claims.filter"),
        Binding("o", "sort", "Sort", id="claims.sort"),
    ]

    def __init__(self, claims: list[Claim], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.claims = claims

    def compose(self) -> ComposeResult:
        yield Static("", id="claims-counts")
        filt = Input(placeholder="filter: quote said hedge stat fact  @speaker  #tag  :false  :none  words", id="claims-filter")
        filt.display = False
        yield filt
        yield ClaimsList(self.claims, id="claims")
        yield Static("", id="claim-detail")

    @property
    def list(self) -> ClaimsList:
        return self.query_one(ClaimsList)

    def on_mount(self) -> None:
        self.update_counts()

    def update_counts(self) -> None:
        lst = self.list
        annotated = len(set(lst.verdicts) | set(lst.tags))
        self.query_one("#claims-counts", Static).update(counts_line(self.claims, annotated, len(lst.order), lst.sort))

    def on_claims_list_claim_highlighted(self, event: ClaimsList.ClaimHighlighted) -> None:
        """The highlighted claim's fields that do not fit in its row, and the known checks it repeats (the event goes on up)."""
        detail = claim_detail(self.claims[event.index])
        known = self.list.known.get(event.index)
        if known:
            from reader.tui.widgets.known_checks import known_detail

            detail.append("\n")
            detail.append_text(known_detail(known))
        box = self.query_one("#claim-detail", Static)
        box.set_class(bool(known), "-known")
        box.update(detail)

    def show_progress(self, fraction: float) -> None:
        """Extraction progress on a long document (mounted on first use); hidden once done."""
        from textual.widgets import ProgressBar

        bars = self.query(ProgressBar)
        if bars:
            bar = bars.first()
        else:
            bar = ProgressBar(total=100, show_eta=False, id="claims-progress")
            self.mount(bar, after="#claims-counts")
        bar.display = fraction < 1.0
        bar.update(progress=100 * fraction)

    def set_filter(self, value: str) -> None:
        """Show the filter line with `value` and apply it (used by the speakers view)."""
        filt = self.query_one("#claims-filter", Input)
        filt.display = True
        filt.value = value
        self._apply(value)

    def action_filter(self) -> None:
        filt = self.query_one("#claims-filter", Input)
        filt.display = True
        filt.focus()

    def action_sort(self) -> None:
        lst = self.list
        order = ClaimsList.SORTS
        lst.set_view(lst.filter_words, order[(order.index(lst.sort) + 1) % len(order)])
        self.update_counts()

    @on(Input.Changed, "#claims-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self._apply(event.value)

    def _apply(self, value: str) -> None:
        lst = self.list
        lst.set_view(value.split(), lst.sort)
        self.update_counts()

    @on(Input.Submitted, "#claims-filter")
    def filter_done(self) -> None:
        filt = self.query_one("#claims-filter", Input)
        if not filt.value:
            filt.display = False
        self.list.focus()
