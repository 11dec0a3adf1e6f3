"""The reading screen: article, search, claims/annotations/speakers tabs, status; owns the Session.

Panes post messages up; this screen decides what they mean and hands data back down. The claims
are found by the extractor on a worker thread, batch by batch, from the moment the article is
painted, so a key is answered at once even while a book's claims are still arriving.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input

from reader.core.config import Config
from reader.core.session.session import Session
from reader.core.text.safe import safe_inline
from reader.core.text.spans import Span
from reader.tui.cells import count_spacing_marks
from reader.tui.collector import start_collecting
from reader.tui.keymap import keymap
from reader.tui.screens.annotate_actions import AnnotateActions
from reader.tui.screens.breakpoints import StyledOnce, take_breakpoints
from reader.tui.screens.claims_loading import ClaimsLoading
from reader.tui.screens.export_action import ExportAction
from reader.tui.screens.file_watch import FileWatch
from reader.tui.screens.keys_help import KeysHelp
from reader.tui.screens.known_checks import KnownChecksActions
from reader.tui.screens.navigate_actions import NavigateActions
from reader.tui.screens.search_actions import SearchActions
from reader.tui.screens.team_actions import TeamScreen
from reader.tui.settings import ReaderSettings
from reader.tui.widgets.article import VERDICT_LAYERS, ArticleView
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:  # the side pane's modules load with it, after the article's first paint (start-up time)
    from reader.core.claims.record import Claim
    from reader.core.documents.web import WebRead
    from reader.core.session.extract_process import ClaimStream
    from reader.core.session.targets import Focus
    from reader.tui.screens.help_sections import Section
    from reader.tui.widgets.annotations_view import AnnotationList, AnnotationsView
    from reader.tui.widgets.claims_list import ClaimsList
    from reader.tui.widgets.claims_pane import ClaimsPane
    from reader.tui.widgets.side_tabs import SideTabs
    from reader.tui.widgets.speakers_view import SpeakersView

FOOTER_FIRST = ("help", "quit", "back")
"""Actions the footer shows first, so a narrow terminal never cuts them off."""


class ReaderScreen(StyledOnce, KeysHelp, ClaimsLoading, FileWatch, AnnotateActions, SearchActions, ExportAction, NavigateActions, KnownChecksActions,
                   TeamScreen, Screen[None]):
    """One document being read and annotated."""

    BINDINGS = keymap("ReaderScreen")

    def __init__(self, session: Session, settings: ReaderSettings | None = None, web: WebRead | None = None,
                 stream: ClaimStream | None = None) -> None:
        super().__init__()
        self.stream = stream
        """The claims already being found for this document (started before the screen), taken by the extractor worker."""
        self.session = session
        self.settings = settings or ReaderSettings()
        self.web = web
        """Set when the article was fetched from its URL: the snapshot kept and what changed since the last one."""
        self.doc = session.doc
        self._offset: int | None = None
        self.known_first: list[Claim] = []
        self.ready = False
        """True once the side pane is mounted and its claims are all shown (or streaming, for a huge document)."""
        self.start_at: int | None = None
        """Where the cursor starts, when not where reading stopped (a reload keeps it on the same words)."""

    @property
    def config(self) -> Config:
        return self.settings.config

    def help_sections(self) -> list[Section]:
        from reader.tui.screens.help_sections import Section  # with the help screen (start-up time)
        from reader.tui.widgets.annotations_view import AnnotationList  # loaded with the side pane (start-up time)
        from reader.tui.widgets.claims_list import ClaimsList
        from reader.tui.widgets.claims_pane import ClaimsPane
        from reader.tui.widgets.search_panel import SearchInput, SearchPanel
        from reader.tui.widgets.speakers_view import SpeakersView

        return [
            Section("Reading screen", [ReaderScreen], frozenset(action for action in ("back", "changes") if not self.check_action(action, ()))),
            Section("Article", [ArticleView]),
            Section("Claims", [ClaimsPane, ClaimsList]),
            Section("Annotations", [AnnotationList]),
            Section("Speakers", [SpeakersView]),
            Section("Search", [SearchPanel, SearchInput]),
        ]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Help and quit first, so the footer shows them however narrow the terminal is."""
        bindings = super().active_bindings
        first = {k: b for k, b in bindings.items() if b.binding.action in FOOTER_FIRST}
        return first | {k: b for k, b in bindings.items() if k not in first}

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` is a priority binding, so that keys typed right after it reach the query line (Textual routes
        queued keys to the widget focused when they arrive); it must still type a slash into text fields.
        `q` goes back to the library only when the screen was opened from it (else the app's `q` quits)."""
        if action == "search":
            focused = self.app.focused
            # By name: importing TextArea here would cost start-up time for one isinstance check.
            return not (isinstance(focused, Input) or type(focused).__name__ == "TextArea")
        if action == "back":
            return self.settings.from_library
        if action == "changes":
            return self.web is not None and bool(self.web.changes)
        return True

    def compose(self) -> ComposeResult:
        take_breakpoints(self)  # styled once, not again on the first resize (start-up time)
        self.known_first = self.known_claims()
        with Horizontal(id="main"):
            yield ArticleView(self.doc, id="article")
            with Vertical(id="side"):  # the search bar goes on top of it on the first `/` (search_actions.py)
                if self.known_first:  # claims known already: they are in the first frame
                    from reader.tui.widgets.side_tabs import SideTabs  # only with claims to show (start-up time)

                    yield SideTabs(id="side-tabs")
        yield StatusBar(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Paint the article first; the claims and the side pane follow right after (start-up
        time is the time to the first readable screen)."""
        self.title = self.doc.title or self.doc.name
        article = self.query_one(ArticleView)
        article.border_title = Text(safe_inline(self.doc.name))  # Text: a file name is never parsed as markup
        article.focus()
        status = self.query_one(StatusBar)
        status.title = self.doc.title or self.doc.name
        status.store_state = "read-only" if self.session.store.readonly else "saved"
        if self.doc.meta.get("notice"):
            status.info = self.doc.meta["notice"]
        position = self.start_at if self.start_at is not None else self.session.store.get_position(self.doc.fingerprint, self.doc.path)
        if position:
            article.move_to(position)
        self.matches, self.match_query = [], ""
        if self.known_first:
            self.call_later(self._build_side)  # the claims known: into the panes composed for them, before the first frame
        else:
            self.start_extracting()
            self.call_after_refresh(self.call_later, self._build_side)  # once the first frame is out, not before it
        self.call_after_refresh(start_collecting)  # start-up is over (reader/cli/entry.py)
        self.call_after_refresh(count_spacing_marks)  # when the app left it for after the first frame (reader/tui/app.py)
        self.watch_file()
        self.show_team_state()
        if self.web is not None:
            fetched = self.web.snapshot.fetched
            status.info = f"fetched {fetched[:10]} {fetched[11:16]} UTC · snapshot kept"
            if self.web.changes:
                self.call_after_refresh(self.action_changes)

    def side(self) -> SideTabs | None:
        found = self.query("#side-tabs")
        return cast("SideTabs", found.first()) if found else None

    def on_unmount(self) -> None:
        self.drop_stream()
        self.save_position()
        self.close_known_checks()
        if self.search is not None:
            self.search.close()

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
        article.set_layer("highlight", [a.span for a in live if not a.verdict])
        for layer in VERDICT_LAYERS:
            article.set_layer(layer, [a.span for a in live if a.verdict == layer.removeprefix("verdict-")])
        if self.search is not None:
            self.search.set_annotations(s.annotations)
        side = self.side()
        if side is None:
            return
        cast("ClaimsPane", self.query_one("#claims-pane")).set_marks(self.team_marks(s.claim_marks()))
        if not side.complete:
            return  # the annotations tab is mounted just after the claims (_finish_side), and gets them then
        view = cast("AnnotationsView", self.query_one("#annotations"))
        view.conflicts = self.team_conflicts()
        view.annotations = list(s.annotations)
        doubtful = sum(a.state in ("fuzzy", "ambiguous", "orphan") for a in s.annotations)
        side.label("annotations-tab", f"Annotations ({len(s.annotations)}{f', {doubtful} to review' if doubtful else ''})")

    def say_if_not_english(self, pane: ClaimsPane) -> None:
        """No claims because the article is not in English (extraction is English-only): say so, plainly."""
        from reader.core.text.language import language_notice  # only for an article without claims (start-up time)

        notice = language_notice(self.doc.text[self.doc.body_start :])
        if notice:
            pane.show_notice(notice)
            self.notify(notice, title="Not English", severity="warning")

    def show_claim(self, index: int) -> None:
        found = self.query("#claims")
        if found:
            cast("ClaimsList", found.first()).show_claim(index)

    def focus_state(self) -> Focus:
        """Where the user is, for reader.core.session.targets."""
        from reader.core.session.targets import Focus  # loaded on the first annotation key, not at start-up

        article = self.query_one(ArticleView)
        focused = self.focused
        claims = self.query("#claims")
        annotations = self.query("#annotations-list")
        if claims and focused is claims.first():
            return Focus("claims", article.cursor, article.selection, claim=cast("ClaimsList", focused).current)
        if annotations and focused is annotations.first():
            return Focus("annotations", article.cursor, article.selection, annotation=cast("AnnotationList", focused).current)
        return Focus("article", article.cursor, article.selection)

    # ----- messages up ---------------------------------------------------------------------
    def on_claims_list_claim_highlighted(self, event: ClaimsList.ClaimHighlighted) -> None:
        """The article lights the highlighted claim, and scrolls to it only while the reader is in the claims pane:
        the list's own first highlight (a batch of a book's claims arriving) must not pull a reader who pressed G back."""
        article = self.query_one(ArticleView)
        span = self.session.claims[event.index].span
        article.set_layer("lit", [span])
        if self._in_claims_pane():
            article.show_span(span)

    def _in_claims_pane(self) -> bool:
        focused, pane = self.focused, self.query("#claims-pane")
        return focused is not None and bool(pane) and pane.first() in focused.ancestors_with_self

    def on_claims_list_claim_chosen(self, event: ClaimsList.ClaimChosen) -> None:
        self.jump_to(self.session.claims[event.index].span)

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
        elif a is not None:  # no place in this text: say what it was on, and how to give it one
            was = self.session.original_context(a)
            self.notify((f"It was on: {was}\n" if was else "The text it was on was not kept.\n")
                        + "Select the words it belongs to (space in the article) and press r here to re-attach it.",
                        title="Orphaned annotation", timeout=10, markup=False)

    def on_annotation_list_requested(self, event: AnnotationList.Requested) -> None:
        aid = event.annotation_id
        if event.action == "confirm":
            self._act(lambda: self.session.confirm(aid), "anchoring confirmed")
        elif event.action == "delete":
            self._act(lambda: self.session.delete(aid), "annotation deleted (u undoes)")
        elif event.action == "reattach":
            sel = self.query_one(ArticleView).selection
            if sel is None:
                self.notify("Select the text first: in the article, space starts a selection", severity="warning")
                return
            self._act(lambda: self.session.reattach(aid, sel), "re-attached to the selection")
            self.query_one(ArticleView).clear_selection()

    async def on_speakers_view_chosen(self, event: SpeakersView.Chosen) -> None:
        side = self.side()
        if side is None:
            return
        side.switch("claims-tab")
        await cast("ClaimsPane", self.query_one("#claims-pane")).set_filter("@" + event.speaker.name.split()[-1])
        cast("ClaimsList", self.query_one("#claims")).focus()

    def jump_to(self, span: Span) -> None:
        self.query_one(ArticleView).go_to(span, "lit")

    def action_clear(self) -> None:
        """escape: drop the selection, then the search lights; with nothing to clear, back to the library."""
        article = self.query_one(ArticleView)
        if article.selection is not None:
            article.clear_selection()
        elif self.matches:
            self._light([])
            self.match_query = ""
            self.query_one(StatusBar).info = ""
        elif self.settings.from_library:
            self.action_back()

    def action_back(self) -> None:
        self.save_position()  # on_unmount is too late: the article is gone by then
        self.app.pop_screen()
