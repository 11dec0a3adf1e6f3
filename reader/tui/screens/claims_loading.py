"""The reading screen's claims: known ones at once, the rest found on a worker thread, batch by batch.

Claims known before the screen opens (kept for this very text and extractor, or counted by the library) are in
the first frame: the side pane is composed for them. Otherwise the article is painted first and the extractor
runs beside the reader, each batch handed to the panes as it comes, so a key is answered at once even while a
book's claims are still arriving. A mixin so the screen module stays about layout and data flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import work
from textual.css.query import NoMatches
from textual.worker import get_current_worker

from reader.core.session.claims_cache import SMALL, cached_size, load_claims, save_claims
from reader.core.session.extract_process import ClaimStream, ExtractorFailed
from reader.core.session.overview import speakers
from reader.core.session.session import claims_deferred
from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.widgets.article import ArticleView

if TYPE_CHECKING:
    from reader.core.claims.record import Claim
    from reader.tui.widgets.annotations_view import AnnotationsView
    from reader.tui.widgets.claims_list import ClaimsList
    from reader.tui.widgets.claims_pane import ClaimsPane
    from reader.tui.widgets.speakers_view import SpeakersView


class ClaimsLoading(ReaderParts):
    early_batches: list[tuple[list[Claim], float]] | None = None
    """Batches the extractor found before the side pane was mounted (it starts with the first frame); None once shown."""

    def start_extracting(self) -> None:
        """Claims not known: the extractor starts now, beside the first frame (its modules take a while to load), and
        its first batches wait for the side pane, which is mounted once the article is painted."""
        self.early_batches = []
        self.extract_in_background()

    def drop_stream(self) -> None:
        """Claims being found that no worker took (they were known after all, or the screen closed first)."""
        stream, self.stream = self.stream, None
        if stream is not None:
            stream.close()

    def known_claims(self) -> list[Claim]:
        """Claims found before: handed over (the library counted them) or kept for this text (an article's, read
        at once); empty when they must be found now."""
        known, self.session.claims = self.session.claims, []
        data_dir = self.settings.data_dir
        if not known and data_dir and (cached_size(data_dir, self.doc) or SMALL) < SMALL:
            known = load_claims(data_dir, self.doc) or []
        if known:
            self.drop_stream()
        return known

    async def _build_side(self) -> None:
        if self.side() is None:
            from reader.tui.widgets.side_tabs import SideTabs  # after the first paint: tabs and lists cost start-up time

            side = SideTabs(id="side-tabs")
            panel = self.search_panel()
            side.display = panel is None or not panel.is_open
            await self.query_one("#side").mount(side)
        pane = cast("ClaimsPane", self.query_one("#claims-pane"))
        pane.set_labels(self.config.verdict_labels)
        known, self.known_first = self.known_first, []
        self.session.claims_pending = self.session.claims_pending or bool(known)
        if known:  # claims found before (kept, or counted by the library): shown as one batch
            self._claims_found(known, 1.0)
        else:
            pane.show_progress(0.0)
            early, self.early_batches = self.early_batches, None
            for batch, fraction in early or ():
                self._claims_found(batch, fraction)
        self.refresh_annotations()
        self.call_after_refresh(self.call_later, self._finish_side)  # once the claims are on screen

    async def _finish_side(self) -> None:
        """The annotations and speakers tabs and the search thread: nothing the claims need to show."""
        try:
            await self._mount_rest()
        except NoMatches:
            return  # the screen closed meanwhile

    async def _mount_rest(self) -> None:
        side = self.side()
        if side is None:
            return
        await side.mount_rest()
        cast("AnnotationsView", self.query_one("#annotations")).labels = self.config.verdict_labels
        self.start_search()
        self.refresh_annotations()
        if not self.session.claims_pending:
            cast("SpeakersView", self.query_one("#speakers")).people = speakers(self.session.claims)
        self.ready = not self.session.claims_pending or claims_deferred(self.doc)

    @work(thread=True, exclusive=True, group="extract")
    def extract_in_background(self) -> None:
        """Find the claims off the UI thread, handing each batch to the panes as it comes; claims found before
        for this very text (and this extractor) come from the cache at once."""
        data_dir = self.settings.data_dir
        known = load_claims(data_dir, self.doc) if data_dir else None
        if known is not None:
            self.app.call_from_thread(self.drop_stream)
            self.app.call_from_thread(self._claims_found, known, 1.0)
            return
        worker = get_current_worker()
        # The first batch goes up as soon as it is found; later ones every twentieth of a huge text (each costs the panes a redraw).
        every = 0.0 if not claims_deferred(self.doc) else 0.05
        found: list[Claim] = []
        shown, shown_at = 0, -1.0
        stream, self.stream = self.stream or ClaimStream(self.doc), None
        try:
            for batch, fraction in stream:
                if worker.is_cancelled:
                    return
                found += batch
                if shown_at < 0 or fraction >= 1 or fraction - shown_at >= every:
                    self.app.call_from_thread(self._claims_found, found[shown:], fraction)
                    shown, shown_at = len(found), fraction
        except ExtractorFailed as e:
            if not worker.is_cancelled:
                self.app.call_from_thread(self.notify, f"Claims could not be found: {e}", severity="error", timeout=10)
            return
        finally:
            stream.close()
        if data_dir:
            save_claims(data_dir, self.doc, found)

    def _claims_found(self, batch: list[Claim], fraction: float) -> None:
        if self.early_batches is not None:  # found before the side pane is there: it shows them when it is
            self.early_batches.append((batch, fraction))
            return
        try:
            self._show_claims(batch, fraction)
        except NoMatches:
            return  # the screen is closing (quit, back, reload) while the extractor still had a batch in hand

    def _show_claims(self, batch: list[Claim], fraction: float) -> None:
        done = fraction >= 1
        first = self.session.add_claims(batch, done)
        self.index_claims(batch, first, done)
        claims = self.session.claims
        self.query_one(ArticleView).set_layer("claim", [c.span for c in claims])
        pane = cast("ClaimsPane", self.query_one("#claims-pane"))
        pane.add_claims(batch)
        pane.show_progress(fraction)
        side = self.side()
        if side is not None:
            side.label("claims-tab", f"Claims ({len(claims)}{'' if done else '…'})")
        article = self.query_one(ArticleView)
        if first == 0 and done and claims and self.focused is article and not article.cursor and article.mark is None:
            # An article's claims arrive at once, before the reader has done anything: start on the first claim.
            # (A book's arrive over seconds: the focus stays where the reader has put it.)
            cast("ClaimsList", self.query_one("#claims")).focus()
        if self.start_at is not None and first == 0 and claims:  # reloaded: the list stays by the words being read
            near = next((i for i, c in enumerate(claims) if c.span.end > self.start_at), len(claims) - 1)
            self.show_claim(near)
        if done and side is not None and side.complete:
            self.refresh_annotations()
            cast("SpeakersView", self.query_one("#speakers")).people = speakers(claims)
            self.ready = True
        if done:
            if not claims:
                self.say_if_not_english(pane)
            self.call_after_refresh(self.find_known_checks)  # after the claims are on screen: its thread would hold them up

