"""The claims tab: a counts header, a filter line, the claims list, and the highlighted claim in full."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from reader.core.claims.record import Claim
from reader.core.session.claim_view import NO_MARK, ClaimCounts, ClaimMark, claim_counts, next_sort, verdict_badge
from reader.core.session.overview import claim_facts
from reader.core.text.safe import safe_inline
from reader.tui.keymap import keymap
from reader.tui.widgets.claims_list import ClaimsList

if TYPE_CHECKING:
    from reader.core.checks.matcher import Match
    from reader.tui.widgets.filter_line import FilterLine


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def counts_line(counts: ClaimCounts, sort: str) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis", end="")
    if counts.shown != counts.total:
        out.append(f"showing {counts.shown} of ", style="bold")
    out.append(_n(counts.total, "claim"), style="bold")
    if sort != "position":
        out.append(f" by {sort}", style="bold")
    out.append(f" · {_n(counts.quotes, 'quote')} · {counts.hedged} hedged · {counts.numbers} with numbers · {counts.annotated} annotated")
    return out


def claim_detail(c: Claim, mark: ClaimMark, labels: Mapping[str, str]) -> Text:
    """The claim's own verdict, tags and note, then its speaker (role), cue, outlet, hedge and numbers."""
    out = Text(end="")
    if not mark.empty:
        if mark.verdict:
            out.append(verdict_badge(mark.verdict, labels), style="bold")
        if mark.tags:
            out.append(("  " if mark.verdict else "") + " ".join("#" + safe_inline(t) for t in mark.tags), style="italic")
        if mark.note:
            out.append(("  " if mark.verdict or mark.tags else "") + "✎ " + safe_inline(mark.note, 200))
        if mark.highlight and not (mark.verdict or mark.tags or mark.note):
            out.append("highlighted")
        out.append("\n")
    who = safe_inline(c.speaker_label() or "the article itself")
    out.append(who, style="bold")
    if c.role:
        out.append(f", {safe_inline(c.role)}", style="italic")
    bits = [f"cue: {safe_inline(c.cue)}"] if c.cue else []
    bits += [safe_inline(fact) for fact in claim_facts(c)]
    if bits:
        out.append("\n" + " · ".join(bits), style="dim")
    return out


class ClaimsPane(Vertical):
    """Owns the view settings of the claims list (filter words, sort) and its header and detail."""

    BINDINGS = keymap("ClaimsPane")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels: Mapping[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="claims-counts")
        yield ClaimsList(id="claims")  # the filter line goes above it on the first `f` (`filter_line`)
        yield Static("", id="claim-detail")

    def _made_filter_line(self) -> FilterLine | None:
        """The filter line if a first `f` (or a speaker's claims) has made it."""
        found = self.query("#claims-filter")
        return cast("FilterLine", found.first()) if found else None

    async def filter_line(self) -> FilterLine:
        """The filter line, mounted the first time it is asked for: hidden until then, it would only cost the first frame
        time. Awaited: `f` is a priority binding, whose action Textual finishes before it reads the next key, so keys
        typed right after `f` land in it."""
        made = self._made_filter_line()
        if made is not None:
            return made
        from reader.tui.widgets.filter_line import FilterLine  # with the line: not in the first frame (start-up time)

        line = FilterLine("filter: quote said hedge stat fact  @speaker  #tag  :false  :none  words", id="claims-filter")
        await self.mount(line, before="#claims")
        return line

    @property
    def list(self) -> ClaimsList:
        return self.query_one(ClaimsList)

    # ----- data handed down ---------------------------------------------------------------
    def set_labels(self, labels: Mapping[str, str]) -> None:
        self.labels = labels
        self.list.labels = labels

    def add_claims(self, batch: Sequence[Claim]) -> None:
        self.list.add_claims(batch)
        self.update_counts()

    def set_marks(self, marks: Mapping[int, ClaimMark]) -> None:
        self.list.set_marks(marks)
        self.update_counts()
        current = self.list.current
        if current is not None:
            self._show_detail(current)

    def set_known(self, known: Mapping[int, list[Match]]) -> None:
        """Claims that repeat known checks (reader.core.checks): marked in the list, listed in the detail."""
        self.list.set_known(known)
        current = self.list.current
        if current is not None:
            self._show_detail(current)

    def update_counts(self) -> None:
        lst = self.list
        counts = claim_counts(lst.claims, lst.marks, len(lst.order))
        self.query_one("#claims-counts", Static).update(counts_line(counts, lst.sort))

    def show_notice(self, notice: str) -> None:
        """A line about the article itself where the claims would be ('does not read as English')."""
        self.query_one("#claim-detail", Static).update(Text(safe_inline(notice), style="italic"))

    def show_progress(self, fraction: float) -> None:
        """Extraction progress while claims stream in (mounted on first use); hidden once done."""
        bars = self.query("#claims-progress")  # by id: the class is not loaded when the claims were known before
        if not bars and fraction >= 1.0:
            return  # the claims came at once (known before): no bar to mount, hide or style
        from textual.widgets import ProgressBar  # only while claims are being found: not in an article's first frame

        if bars:
            bar = cast(ProgressBar, bars.first())
        else:
            bar = ProgressBar(total=100, show_eta=False, id="claims-progress")
            self.mount(bar, after="#claims-counts")
        bar.display = fraction < 1.0
        bar.update(progress=100 * fraction)

    async def set_filter(self, value: str) -> None:
        """Show the filter line with `value` and apply it (the speakers tab lists one speaker's claims this way)."""
        (await self.filter_line()).show_words(value)
        self._apply(value)

    # ----- events -------------------------------------------------------------------------
    def on_claims_list_claim_highlighted(self, event: ClaimsList.ClaimHighlighted) -> None:
        """The highlighted claim's fields that do not fit in its row (the event goes on up)."""
        self._show_detail(event.index)

    def _show_detail(self, index: int) -> None:
        lst = self.list
        detail = claim_detail(lst.claims[index], lst.marks.get(index, NO_MARK), self.labels)
        known = lst.known.get(index)
        if known:
            from reader.tui.widgets.known_checks import known_detail

            detail.append("\n")
            detail.append_text(known_detail(known))
        box = self.query_one("#claim-detail", Static)
        box.set_class(bool(known), "-known")
        box.update(detail)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`f` is a priority binding, so keys typed right after it reach the filter line (see ReaderScreen.check_action);
        in a text field it types an f."""
        return not (action == "filter" and isinstance(self.screen.focused, Input))

    async def action_filter(self) -> None:
        (await self.filter_line()).open()

    def action_sort(self) -> None:
        lst = self.list
        lst.set_view(lst.filter_words, next_sort(lst.sort))
        self.update_counts()

    @on(Input.Changed, "#claims-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self._apply(event.value)

    def _apply(self, value: str) -> None:
        lst = self.list
        lst.set_view(value.split(), lst.sort)
        self.update_counts()

    def on_filter_line_done(self) -> None:
        self.list.focus()

    def action_clear_filter(self) -> None:
        """escape: drop the filter's words and go back to the list, as in lazygit or fzf; with no filter open, escape is
        the screen's (it clears the selection and the search lights)."""
        line = self._made_filter_line()
        if line is None or not line.close():
            from textual.actions import SkipAction

            raise SkipAction()
        self._apply("")
        self.list.focus()
