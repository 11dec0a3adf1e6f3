"""Search on the reading screen: `/`, live results, the matches lit in the article, `n` / `N`.

The document's search index lives on a thread of its own (reader.core.session.search_service): it is
built there as soon as the extractor has found the claims (a huge document: its text on the first `/`,
its claims as they come) and kept; every query runs there. Results come back as messages, so nothing
here ever waits for it. A query typed before the index is ready waits in the query line and runs
when it is.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from textual.message import Message

from reader.core.text.spans import Span
from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from concurrent.futures import Future

    from reader.core.claims.record import Claim
    from reader.core.search.entries import Hit
    from reader.core.session.search_service import SearchService
    from reader.tui.widgets.search_panel import SearchPanel


BIG_TEXT = 2_000_000
"""Characters above which the text is indexed on the first `/` rather than at open (a 200 MB log
would spend minutes and gigabytes on an index nobody may ask for)."""
MATCH_LIMIT = 5000
"""Search matches lit at once in the article; `n` past them asks the index."""


@dataclass
class SearchDone(Message):
    """The search thread answered a query."""

    query: str
    hits: list[Hit]


@dataclass
class MatchesDone(Message):
    """The search thread found the spans to light for a query."""

    query: str
    spans: list[Span]


class IndexReady(Message):
    """The document's text is searchable."""


@dataclass
class NextMatch(Message):
    """The search thread found the next match past the first MATCH_LIMIT (for `n`)."""

    query: str
    spans: list[Span]


class SearchActions(ReaderParts):
    search: SearchService | None = None
    """The document's search thread, started just after the first paint (its modules cost start-up time)."""
    matches: list[Span]
    match_query: str

    def start_search(self) -> None:
        """Create the search thread (its index is built when the claims are known: `index_claims`)."""
        from reader.core.session.search_service import SearchService  # after the first paint: rapidfuzz and the index code

        self.search = SearchService(self.doc)
        panel = self.search_panel()
        if panel is not None and panel.query_text and self.huge:
            self._index_text()
        if not self.huge and self.session.claims and not self.session.claims_pending:  # the claims came first (kept ones)
            self._when_done(self.search.index_all(self.session.claims), lambda _: IndexReady())

    @property
    def indexed(self) -> bool:
        return self.search is not None and self.search.indexed

    @property
    def huge(self) -> bool:
        return len(self.doc.text) > BIG_TEXT

    def index_claims(self, batch: list[Claim], first: int, done: bool) -> None:
        """Claims from the extractor: an article is indexed once they are all known, a huge document as they come."""
        if self.search is None:
            return
        if self.huge:
            self.search.add_claims(batch, first, final=done)
        elif done:
            self._when_done(self.search.index_all(self.session.claims), lambda _: IndexReady())

    def _index_text(self) -> None:
        if self.search is not None:
            self._when_done(self.search.index_text(), lambda _: IndexReady())

    def _when_done(self, future: Future[Any], message: Any) -> None:
        """Post `message(result)` to this screen when `future` is done (from the search thread: post_message is
        thread-safe); a cancelled or failed call posts nothing."""

        def done(f: Future[Any]) -> None:
            if not f.cancelled() and f.exception() is None:
                msg = message(f.result())
                if msg is not None:
                    self.post_message(msg)

        future.add_done_callback(done)

    def search_panel(self) -> SearchPanel | None:
        """The search bar, once the first `/` has made it: the first frame never shows it (start-up time)."""
        found = self.query("#search")
        return cast("SearchPanel", found.first()) if found else None

    async def action_search(self) -> None:
        side = self.side()
        if side is not None:
            side.display = False
        panel = self.search_panel()
        if panel is None:
            from reader.tui.widgets.search_panel import SearchPanel  # on the first `/` (start-up time)

            panel = SearchPanel(id="search")
            pane = self.query_one("#side")
            await (pane.mount(panel, before=0) if pane.children else pane.mount(panel))  # above the tabs, as it always was
        await panel.open()
        if not self.indexed:
            panel.show_state("indexing the document…")
            if self.huge:
                self._index_text()

    def on_index_ready(self) -> None:
        panel = self.search_panel()
        if panel is None:
            return
        if panel.query_text:
            self.on_search_panel_query_changed(panel.QueryChanged(panel.query_text))
        elif panel.is_open:
            panel.show_state("")

    def on_search_panel_query_changed(self, event: SearchPanel.QueryChanged) -> None:
        query = event.query if event.query.strip() else ""
        self.match_query = query
        if not query:
            self._light([])
            return
        panel = self.search_panel()
        if self.search is None or not self.search.indexed:
            if panel is not None:
                panel.show_state("indexing the document…")
            return
        from reader.tui.widgets.search_panel import RESULT_LIMIT
        self._when_done(self.search.search(query, RESULT_LIMIT), lambda hits: None if hits is None else SearchDone(query, hits))
        self._when_done(self.search.text_matches(query, limit=MATCH_LIMIT), lambda spans: MatchesDone(query, spans))

    def on_search_done(self, event: SearchDone) -> None:
        panel = self.search_panel()
        if panel is not None:
            panel.show_hits(event.query, event.hits)

    def on_matches_done(self, event: MatchesDone) -> None:
        if event.query == self.match_query:
            self._light(event.spans)

    def _light(self, spans: list[Span]) -> None:
        self.matches = spans
        article = self.query_one(ArticleView)
        article.set_layer("match", spans)
        article.set_layer("current-match", [])

    def on_search_panel_jump(self, event: SearchPanel.Jump) -> None:
        self.close_search()
        hit = event.hit
        if hit.claim_index is not None:
            self.show_claim(hit.claim_index)
        self.jump_to(hit.span)

    def on_search_panel_closed(self) -> None:
        self.close_search()
        self.query_one(ArticleView).focus()

    def close_search(self) -> None:
        panel = self.search_panel()
        if panel is not None:
            panel.close()
        side = self.side()
        if side is not None:
            side.display = True

    def action_match(self, delta: int) -> None:
        if not self.matches:
            self.notify("No search matches: press / to search", timeout=2)
            return
        article = self.query_one(ArticleView)
        cur = article.cursor
        if len(self.matches) >= MATCH_LIMIT and delta > 0 and cur >= self.matches[-1].start:
            # Only the first MATCH_LIMIT are lit; ask the index for the next one past the cursor.
            query = self.match_query
            window = Span(min(cur + 1, len(self.doc.text)), len(self.doc.text))
            assert self.search is not None  # matches come from it
            self._when_done(self.search.text_matches(query, window, 1), lambda spans: NextMatch(query, spans))
            return
        starts = [m.start for m in self.matches]
        if delta > 0:
            i = bisect_left(starts, cur + 1)
            i = i if i < len(starts) else 0
        else:
            i = bisect_left(starts, cur) - 1
            i = i if i >= 0 else len(starts) - 1
        self._go_to_match(self.matches[i], f"match {i + 1} of {len(self.matches)}")

    def on_next_match(self, event: NextMatch) -> None:
        if event.query != self.match_query:
            return
        span = event.spans[0] if event.spans else self.matches[0]
        self._go_to_match(span, f"match at {100 * span.start // max(1, len(self.doc.text))}%")

    def _go_to_match(self, span: Span, where: str) -> None:
        self.query_one(ArticleView).go_to(span, "current-match")
        self.query_one(StatusBar).info = where
