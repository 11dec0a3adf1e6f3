"""Search actions of the reading screen: `/`, live matches in the article, `n`/`N`, jumps.

A mixin so the screen module stays about layout; the SearchIndex (core) does the work.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, cast

from textual import work
from textual.widgets import Static

from reader.core.text.spans import Span
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widgets import TabbedContent

    from reader.core.claims.extract import Claim
    from reader.core.documents.document import Document
    from reader.core.search.index import SearchIndex
    from reader.core.session.session import Session
    from reader.tui.widgets.claims_list import ClaimsList
    from reader.tui.widgets.search_panel import SearchPanel

    class _Base(Screen[None]):
        """What this mixin uses of ReaderScreen (naming ReaderScreen itself would be an import cycle)."""

        session: Session
        doc: Document
        index: SearchIndex | None
        matches: list[Span]
        match_query: str

        @property
        def claims(self) -> list[Claim]: ...
        def _tabs(self) -> TabbedContent: ...
        def jump_to(self, span: Span) -> None: ...
else:
    _Base = object

BIG_TEXT = 2_000_000
"""Characters above which indexing runs in a worker."""
MATCH_LIMIT = 5000
"""Search matches lit at once in the article; `n` past them asks the index."""


class SearchActions(_Base):
    def action_search(self) -> None:
        from reader.core.search.index import SearchIndex

        self._tabs().display = False
        panel = cast("SearchPanel", self.query_one("#search"))
        if self.index is not None:
            panel.open(self.index)
        elif len(self.doc.text) < BIG_TEXT:
            self.index = SearchIndex.build(self.doc, self.claims, self.session.annotations)
            panel.open(self.index)
        else:
            panel.open(None)
            self.query_one("#search-count", Static).update("indexing the document…")
            self.build_index()

    @work(thread=True, exclusive=True, group="index")
    def build_index(self) -> None:
        """A book takes seconds to index: off the UI thread, and the panel opens when ready."""
        from reader.core.search.index import SearchIndex

        index = SearchIndex.build(self.doc, self.claims, self.session.annotations)
        self.app.call_from_thread(self._index_ready, index)

    def _index_ready(self, index: SearchIndex) -> None:
        self.index = index
        if cast("SearchPanel", self.query_one("#search")).is_open:
            cast("SearchPanel", self.query_one("#search")).open(index)

    def on_search_panel_query_changed(self, event: SearchPanel.QueryChanged) -> None:
        self.match_query = event.query if event.query.strip() else ""
        self.matches = self.index.text_matches(self.match_query, limit=MATCH_LIMIT) if self.index and self.match_query else []
        article = self.query_one(ArticleView)
        article.set_layer("match", self.matches)
        article.set_layer("current-match", [])

    def on_search_panel_jump(self, event: SearchPanel.Jump) -> None:
        self._close_search()
        hit = event.hit
        if hit.claim_index is not None:
            cast("ClaimsList", self.query_one("#claims")).show_claim(hit.claim_index)
        self.jump_to(hit.span)

    def on_search_panel_closed(self) -> None:
        self._close_search()
        self.query_one(ArticleView).focus()

    def _close_search(self) -> None:
        cast("SearchPanel", self.query_one("#search")).close()
        self._tabs().display = True

    def action_match(self, delta: int) -> None:
        if not self.matches:
            self.notify("No search matches: press / to search", timeout=2)
            return
        article = self.query_one(ArticleView)
        matches, cur = self.matches, article.cursor
        if len(matches) >= MATCH_LIMIT and self.index is not None and delta > 0:
            # Only the first MATCH_LIMIT are lit; ask the index for the next one past the cursor.
            matches = self.index.text_matches(self.match_query, window=Span(cur + 1, len(self.doc.text)), limit=1) or matches
        starts = [m.start for m in matches]
        if delta > 0:
            i = bisect_left(starts, cur + 1)
            i = i if i < len(starts) else 0
        else:
            i = bisect_left(starts, cur) - 1
            i = i if i >= 0 else len(starts) - 1
        span = matches[i]
        article.set_layer("current-match", [span])
        article.focus()
        article.move_to(span.start)
        where = f"{i + 1} of {len(self.matches)}" if matches is self.matches else f"at {100 * span.start // max(1, len(self.doc.text))}%"
        self.query_one(StatusBar).info = f"match {where}"

