"""Moving around the reading screen: tabs, zoom, typed jumps (next quote, statistic, hedge, unreviewed claim,
doubtful annotation), and what changed on a page fetched again.

A mixin so the screen module stays about layout and data flow; reader.core.session.overview and targets
decide where a jump lands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from reader.core.session.overview import JUMP_KINDS, next_claim
from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.tui.widgets.annotations_view import AnnotationList


class NavigateActions(ReaderParts):
    def action_tab(self, tab: str) -> None:
        self.close_search()
        self.set_class(False, "-zoomed")
        side = self.side()
        if side is not None:
            side.show(tab)

    def action_zoom(self) -> None:
        self.toggle_class("-zoomed")
        if self.has_class("-zoomed"):
            self.query_one(ArticleView).focus()
        self.query_one(StatusBar).info = "zoomed: z shows the side pane" if self.has_class("-zoomed") else ""

    def action_jump(self, kind: str, direction: int) -> None:
        article = self.query_one(ArticleView)
        claims = self.session.claims
        i = next_claim(claims, article.cursor, direction, kind, self.session.reviewed())
        if i is None:
            self.notify(f"No {JUMP_KINDS[kind][0]} in this document", timeout=2)
            return
        self.show_claim(i)
        self.jump_to(claims[i].span)
        self.query_one(StatusBar).info = f"{JUMP_KINDS[kind][0]}: claim {i + 1} of {len(claims)}"

    def action_orphan(self) -> None:
        side = self.side()
        if side is None:
            return
        from reader.core.session.targets import next_doubtful  # see ReaderScreen.focus_state

        self.action_tab("annotations-tab")
        lst = cast("AnnotationList", self.query_one("#annotations-list"))
        nxt = next_doubtful(self.session.annotations, lst.shown_ids, lst.current)
        if nxt is None:
            self.notify("No orphaned or doubtful annotations", timeout=2)
            return
        lst.highlight_id(nxt)

    def action_changes(self) -> None:
        """The page changed since it was last fetched: show what (stealth edits are a fact-checking story)."""
        from reader.tui.dialogs.changes import ChangesScreen  # loaded only for a page fetched again

        web = self.web
        if web is None or web.previous is None or not web.changes:
            self.notify("Nothing changed since the last fetch", timeout=3)
            return
        self.app.push_screen(ChangesScreen(web.snapshot.url, web.previous.fetched, web.changes))

