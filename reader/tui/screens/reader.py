"""The reading screen: article, claims/annotations tabs, search, status; owns the Session.

Panes post messages up; this screen decides what they mean and hands data back down.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from reader.core.session.session import Session
from reader.core.text.safe import safe_inline
from reader.core.text.spans import Span
from reader.tui.screens.annotate_actions import AnnotateActions
from reader.tui.screens.file_watch import FileWatch
from reader.tui.screens.known_checks import KnownChecksActions
from reader.tui.screens.search_actions import SearchActions
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:  # the side pane's modules load with the side pane, after the article's first paint
    from textual.widgets import TabbedContent

    from reader.core.claims.extract import Claim
    from reader.tui.widgets.annotations_view import AnnotationList, AnnotationsView
    from reader.tui.widgets.claims_list import ClaimsList
    from reader.tui.widgets.claims_pane import ClaimsPane
    from reader.tui.widgets.speakers_view import SpeakersView

if TYPE_CHECKING:  # imported where used: export and search cost startup time only when asked for
    from reader.core.search.index import SearchIndex


class SideTabs(Vertical):
    """Claims, annotations and speakers tabs, mounted just after the article's first paint."""

    def __init__(self, claims: list[Claim]) -> None:
        super().__init__(id="side-tabs")
        self.claims = claims

    def compose(self) -> ComposeResult:
        from textual.widgets import TabbedContent, TabPane

        from reader.tui.widgets.annotations_view import AnnotationsView
        from reader.tui.widgets.claims_pane import ClaimsPane
        from reader.tui.widgets.speakers_view import SpeakersView

        with TabbedContent(id="tabs"):
            with TabPane(f"Claims ({len(self.claims)})", id="claims-tab"):
                yield ClaimsPane(self.claims, id="claims-pane")
            with TabPane("Annotations", id="annotations-tab"):
                yield AnnotationsView(id="annotations")
            with TabPane("Speakers", id="speakers-tab"):
                yield SpeakersView(id="speakers")


class ReaderScreen(FileWatch, AnnotateActions, SearchActions, KnownChecksActions, Screen[None]):
    """One document being read and annotated."""

    BINDINGS = [
        Binding("slash", "search", "Search", id="search", priority=True),
        Binding("v", "verdict", "Verdict", id="verdict"),
        Binding("t", "tags", "Tags", id="tags"),
        Binding("n", "note_or_next", "Note/next match", id="note"),
        Binding("N", "match(-1)", "Prev match", show=False, id="previous-match"),
        Binding("h", "highlight", "Highlight", id="highlight"),
        Binding("y", "copy", "Copy", show=False, id="copy"),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="redo"),
        Binding("1", "tab('claims-tab')", "Claims tab", show=False),
        Binding("2", "tab('annotations-tab')", "Annotations tab", show=False),
        Binding("3", "tab('speakers-tab')", "Speakers tab", show=False),
        Binding("e", "export", "Export", id="export"),
        Binding("apostrophe", "jump('quote', 1)", "Next quote", show=False),
        Binding("quotation_mark", "jump('quote', -1)", "Previous quote", show=False),
        Binding("percent_sign", "jump('statistic', 1)", "Next statistic", show=False),
        Binding("number_sign", "jump('statistic', -1)", "Previous statistic", show=False),
        Binding("exclamation_mark", "jump('hedge', 1)", "Next hedged claim", show=False),
        Binding("ampersand", "jump('hedge', -1)", "Previous hedged claim", show=False),
        Binding("right_square_bracket", "jump('unreviewed', 1)", "Next unreviewed claim", show=False),
        Binding("left_square_bracket", "jump('unreviewed', -1)", "Previous unreviewed claim", show=False),
        Binding("O", "orphan", "Next orphan", show=False),
        Binding("K", "known_check", "Next claim with a known check", show=False, id="next-known-check"),
        Binding("escape", "clear", "Clear", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.doc = session.doc
        self.index: SearchIndex | None = None
        self.matches: list[Span] = []
        self.match_query = ""
        self._offset: int | None = None
        self.ready = False
        """True once the side pane is mounted and the claims are known (or streaming)."""
        self.start_at: int | None = None
        """Where the cursor starts, when not where reading stopped (a reload keeps it on the same words)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` is a priority binding, so that keys typed right after it reach the query line
        (Textual routes queued keys to the widget focused when they arrive); it must still type
        a slash into text fields."""
        focused = self.app.focused
        # By name: importing TextArea here would cost start-up time for one isinstance check.
        if action == "search" and (isinstance(focused, Input) or type(focused).__name__ == "TextArea"):
            return False
        return True

    @property
    def claims(self) -> list[Claim]:
        return self.session.claims

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.doc, id="article")
            yield Vertical(id="side")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        """Paint the article first; the claims and the side pane follow right after (start-up
        time is the time to the first readable screen)."""
        article = self.query_one(ArticleView)
        article.border_title = Text(safe_inline(self.doc.name))  # Text: a file name is never parsed as markup
        article.focus()
        status = self.query_one(StatusBar)
        status.title = self.doc.title
        status.store_state = "read-only" if self.session.store.readonly else "saved"
        if self.doc.meta.get("notice"):
            status.info = self.doc.meta["notice"]
        position = self.start_at if self.start_at is not None else self.session.store.get_position(self.doc.fingerprint, self.doc.path)
        if position:
            article.move_to(position)
        self.call_after_refresh(self._build_side)
        self.watch_file()

    async def _build_side(self) -> None:
        from reader.core.claims.extract import extract_claims
        from reader.core.session.overview import speakers
        from reader.core.session.session import claims_deferred

        article = self.query_one(ArticleView)
        stream = self.session.claims_pending and claims_deferred(self.doc)
        if self.session.claims_pending and not stream:
            self.claims.extend(extract_claims(self.doc))
            self.session.claims_pending = False
        article.set_layer("claim", [c.span for c in self.claims])
        from reader.tui.widgets.search_panel import SearchPanel

        await self.query_one("#side").mount(SearchPanel(id="search"), SideTabs(self.claims))
        self.query_one("Tabs").can_focus = False  # tab cycles panes; 1/2 switch tabs
        self.refresh_annotations()
        cast("SpeakersView", self.query_one("#speakers")).set_speakers(speakers(self.claims))
        if self.claims and self.focused is article and not article.cursor:
            cast("ClaimsList", self.query_one("#claims")).focus()
        if self.start_at is not None and self.claims:  # reloaded: the list stays by the words being read
            near = next((i for i, c in enumerate(self.claims) if c.span.end > self.start_at), len(self.claims) - 1)
            cast("ClaimsList", self.query_one("#claims")).show_claim(near)
        if stream:
            cast("ClaimsPane", self.query_one("#claims-pane")).show_progress(0.0)
            self.extract_in_background()
        else:
            self.find_known_checks()
        self.ready = True

    @work(thread=True, exclusive=True, group="extract")
    def extract_in_background(self) -> None:
        """Find the claims of a long document off the UI thread, showing each batch as it comes."""
        worker = get_current_worker()
        batch_chars = max(200_000, len(self.doc.text) // 20)
        from reader.core.claims.extract import iter_claims

        for batch, fraction in iter_claims(self.doc, batch_chars):
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self._claims_found, batch, fraction)

    def _claims_found(self, batch: list[Claim], fraction: float) -> None:
        first = len(self.claims)
        self.claims.extend(batch)  # the one list the session, the panes and the index share
        self.index = None  # rebuilt with the new claims on the next `/`
        self.query_one(ArticleView).set_layer("claim", [c.span for c in self.claims])
        cast("ClaimsList", self.query_one("#claims")).claims_added(first)
        pane = cast("ClaimsPane", self.query_one("#claims-pane"))
        pane.show_progress(fraction)
        pane.update_counts()
        self._tabs().get_tab("claims-tab").label = f"Claims ({len(self.claims)}{'' if fraction >= 1 else '…'})"
        if fraction >= 1:
            from reader.core.session.overview import speakers

            self.session.claims_pending = False
            self.refresh_annotations()
            cast("SpeakersView", self.query_one("#speakers")).set_speakers(speakers(self.claims))
            self.find_known_checks()

    def _tabs(self) -> TabbedContent:
        """The side pane's tabs, found by id: importing the class would load tab widgets before the first paint."""
        return cast("TabbedContent", self.query_one("#tabs"))

    def on_unmount(self) -> None:
        self.save_position()

    def save_position(self) -> None:
        """Remember where reading stopped (kept from the last cursor move: on unmount the
        article widget is already gone)."""
        if self._offset is None:
            return
        with contextlib.suppress(Exception):  # leaving must never fail over a reading position
            self.session.store.set_position(self.doc.fingerprint, self._offset)

    # ----- data down ---------------------------------------------------------------------
    def refresh_annotations(self) -> None:
        s = self.session
        live = [a for a in s.annotations if a.state != "orphan"]
        article = self.query_one(ArticleView)
        article.set_layer("highlight", [a.span for a in live if a.highlight or a.verdict or a.note or a.tags])
        verdicts, tags = s.claim_marks()
        cast("ClaimsList", self.query_one("#claims")).set_marks(verdicts, tags)
        cast("ClaimsPane", self.query_one("#claims-pane")).update_counts()
        cast("AnnotationsView", self.query_one("#annotations")).set_annotations(s.annotations)
        doubtful = sum(a.state in ("fuzzy", "ambiguous", "orphan") for a in s.annotations)
        label = f"Annotations ({len(s.annotations)}{f', {doubtful} to review' if doubtful else ''})"
        self._tabs().get_tab("annotations-tab").label = label
        if self.index is not None:
            self.index.set_annotations(s.annotations)

    # ----- messages up ---------------------------------------------------------------------
    def on_claims_list_claim_highlighted(self, event: ClaimsList.ClaimHighlighted) -> None:
        article = self.query_one(ArticleView)
        span = self.claims[event.index].span
        article.set_layer("lit", [span])
        article.show_span(span)

    def on_claims_list_claim_chosen(self, event: ClaimsList.ClaimChosen) -> None:
        self.jump_to(self.claims[event.index].span)

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self._offset = event.offset
        status = self.query_one(StatusBar)
        status.position = 100.0 * event.offset / max(1, len(self.doc.text))
        sel = event.selection
        status.selection = f"selection {sel.start}–{sel.end} ({len(sel)} chars)" if sel else ""

    def on_annotations_view_chosen(self, event: AnnotationsView.Chosen) -> None:
        a = self.session.get(event.annotation_id)
        if a is not None and a.state != "orphan":
            self.jump_to(a.span)

    def on_annotation_list_request(self, event: AnnotationList.Request) -> None:
        if event.action == "confirm":
            self._act(lambda: self.session.confirm(event.annotation_id), "anchoring confirmed")
        elif event.action == "delete":
            self._act(lambda: self.session.delete(event.annotation_id), "annotation deleted")
        elif event.action == "reattach":
            sel = self.query_one(ArticleView).selection
            if sel is None:
                self.notify("Select the text first: in the article, space starts a selection", severity="warning")
                return
            self._act(lambda: self.session.reattach(event.annotation_id, sel), "re-attached to the selection")
            self.query_one(ArticleView).clear_selection()

    def jump_to(self, span: Span) -> None:
        article = self.query_one(ArticleView)
        article.set_layer("lit", [span])
        article.focus()
        article.move_to(span.start)
        article.show_span(span)

    def action_tab(self, tab: str) -> None:
        self._close_search()
        self._tabs().active = tab
        target = {"claims-tab": "#claims", "annotations-tab": "#annotations-list", "speakers-tab": "#speakers"}[tab]
        self.query_one(target).focus()

    def on_speakers_view_chosen(self, event: SpeakersView.Chosen) -> None:
        self._tabs().active = "claims-tab"
        cast("ClaimsPane", self.query_one("#claims-pane")).set_filter("@" + event.speaker.name.split()[-1])
        cast("ClaimsList", self.query_one("#claims")).focus()

    # ----- typed jumps -------------------------------------------------------------------
    def action_jump(self, kind: str, direction: int) -> None:
        from reader.core.session.overview import JUMP_KINDS, next_claim

        reviewed = set(self.session.claim_marks()[0])
        article = self.query_one(ArticleView)
        i = next_claim(self.claims, article.cursor, direction, kind, reviewed)
        if i is None:
            self.notify(f"No {JUMP_KINDS[kind][0]} in this document", timeout=2)
            return
        claims = cast("ClaimsList", self.query_one("#claims"))
        claims.show_claim(i)
        self.jump_to(self.claims[i].span)
        self.query_one(StatusBar).info = f"{JUMP_KINDS[kind][0]}: claim {i + 1} of {len(self.claims)}"

    def action_orphan(self) -> None:
        orphans = [a for a in self.session.annotations if a.state in ("orphan", "fuzzy", "ambiguous")]
        if not orphans:
            self.notify("No orphaned or doubtful annotations", timeout=2)
            return
        self.action_tab("annotations-tab")
        lst = cast("AnnotationList", self.query_one("#annotations-list"))
        ids = [lst.get_option_at_index(i).id for i in range(lst.option_count)]
        current = lst._current()
        wanted = [a.id for a in orphans if a.id in ids]
        nxt = wanted[(wanted.index(current) + 1) % len(wanted)] if current in wanted else wanted[0] if wanted else None
        if nxt is not None:
            lst.highlighted = ids.index(nxt)

    # ----- export --------------------------------------------------------------------------
    def action_export(self) -> None:
        from reader.core.exchange.export import ExportError, export
        from reader.tui.dialogs.export import ExportDialog

        stem = Path(self.doc.path).stem if self.doc.path != "-" else "stdin"

        def done(choice: tuple[str, str] | None) -> None:
            if choice is None:
                return
            fmt, path = choice
            try:
                out = export(self.doc, self.claims, self.session.annotations, fmt)
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(out)
            except (OSError, ExportError) as exc:
                self.notify(f"Export failed: {getattr(exc, 'strerror', None) or exc}", severity="error", timeout=10)
                return
            self.notify(f"Wrote {fmt} to {path}", timeout=6)

        self.app.push_screen(ExportDialog(stem, getattr(self.app, "export_format", "w3c")), done)

    def action_clear(self) -> None:
        """escape: drop the selection, then the search lights."""
        article = self.query_one(ArticleView)
        if article.selection is not None:
            article.clear_selection()
        elif self.matches:
            self.matches = []
            article.set_layer("match", [])
            article.set_layer("current-match", [])
            self.query_one(StatusBar).info = ""
