"""The reading screen: article, claims/annotations tabs, search, status; owns the Session.

Panes post messages up; this screen decides what they mean and hands data back down.
"""

from __future__ import annotations

from bisect import bisect_left

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, TabbedContent, TabPane, Tabs

from reader.core.annotation import Annotation
from reader.core.claims import Claim
from reader.core.search import SearchIndex
from reader.core.segment import sentences
from reader.core.session import Session, claim_key
from reader.core.spans import Span
from reader.core.store import StoreError
from reader.tui.annotations_view import AnnotationList, AnnotationsView
from reader.tui.article import ArticleView
from reader.tui.claims_list import ClaimsList
from reader.tui.dialogs import CLEAR, NoteEditor, TagsDialog, VerdictPicker
from reader.tui.search_panel import SearchPanel
from reader.tui.status import StatusBar


class ReaderScreen(Screen[None]):
    """One document being read and annotated."""

    BINDINGS = [
        Binding("slash", "search", "Search", id="search"),
        Binding("v", "verdict", "Verdict", id="verdict"),
        Binding("t", "tags", "Tags", id="tags"),
        Binding("n", "note_or_next", "Note/next match", id="note"),
        Binding("N", "match(-1)", "Prev match", show=False, id="previous-match"),
        Binding("h", "highlight", "Highlight", id="highlight"),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="redo"),
        Binding("1", "tab('claims-tab')", "Claims", show=False),
        Binding("2", "tab('annotations-tab')", "Annotations", show=False),
        Binding("escape", "clear", "Clear", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.doc = session.doc
        self.index: SearchIndex | None = None
        self.matches: list[Span] = []
        self._sentences: list[Span] | None = None

    @property
    def claims(self) -> list[Claim]:
        return self.session.claims

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.doc, id="article")
            with Vertical(id="side"):
                search = SearchPanel(id="search")
                search.display = False
                yield search
                with TabbedContent(id="tabs"):
                    with TabPane(f"Claims ({len(self.claims)})", id="claims-tab"):
                        yield ClaimsList(self.claims, id="claims")
                    with TabPane("Annotations", id="annotations-tab"):
                        yield AnnotationsView(id="annotations")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        article = self.query_one(ArticleView)
        article.set_layer("claim", [c.span for c in self.claims])
        article.border_title = self.doc.name
        status = self.query_one(StatusBar)
        status.title = self.doc.title
        status.store_state = "read-only" if self.session.store.readonly else "saved"
        if self.doc.meta.get("notice"):
            status.info = self.doc.meta["notice"]
        self.query_one(Tabs).can_focus = False  # tab cycles panes; 1/2 switch tabs
        self.refresh_annotations()
        claims = self.query_one(ClaimsList)
        (claims if self.claims else article).focus()
        position = self.session.store.get_position(self.doc.fingerprint, self.doc.path)
        if position:
            article.move_to(position)

    def on_unmount(self) -> None:
        self.save_position()

    def save_position(self) -> None:
        try:
            self.session.store.set_position(self.doc.fingerprint, self.query_one(ArticleView).cursor)
        except Exception:  # noqa: BLE001 - leaving must never fail over a reading position
            pass

    # ----- data down ---------------------------------------------------------------------
    def refresh_annotations(self) -> None:
        s = self.session
        live = [a for a in s.annotations if a.state != "orphan"]
        article = self.query_one(ArticleView)
        article.set_layer("highlight", [a.span for a in live if a.highlight or a.verdict or a.note or a.tags])
        verdicts, tags = s.claim_marks()
        self.query_one(ClaimsList).set_marks(verdicts, tags)
        self.query_one(AnnotationsView).set_annotations(s.annotations)
        doubtful = sum(a.state in ("fuzzy", "ambiguous", "orphan") for a in s.annotations)
        label = f"Annotations ({len(s.annotations)}{f', {doubtful} to review' if doubtful else ''})"
        self.query_one(TabbedContent).get_tab("annotations-tab").label = label
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
        status = self.query_one(StatusBar)
        status.position = 100.0 * event.offset / max(1, len(self.doc.text))
        sel = event.selection
        status.selection = f"selection {sel.start}–{sel.end} ({len(sel)} chars)" if sel else ""

    @on(AnnotationsView.Chosen)
    def annotation_chosen(self, event: AnnotationsView.Chosen) -> None:
        a = self.session.get(event.annotation_id)
        if a is not None and a.state != "orphan":
            self.jump_to(a.span)

    @on(AnnotationList.Request)
    def annotation_request(self, event: AnnotationList.Request) -> None:
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

    # ----- targets ----------------------------------------------------------------------
    def target(self) -> tuple[Span, str | None] | None:
        """What an annotation key acts on: the focused claim, else the selection, else the
        claim or sentence under the article cursor."""
        focused = self.focused
        claims = self.query_one(ClaimsList)
        if focused is claims and claims.highlighted is not None and self.claims:
            c = self.claims[claims.highlighted]
            return c.span, claim_key(c)
        if isinstance(focused, AnnotationList):
            aid = focused._current()
            a = self.session.get(aid) if aid else None
            if a is not None and a.state != "orphan":
                return a.span, a.claim_key
            return None
        article = self.query_one(ArticleView)
        if article.selection is not None:
            return article.selection, None
        cur = article.cursor
        for c in self.claims:
            if c.span.contains(cur):
                return c.span, claim_key(c)
        if self._sentences is None:
            self._sentences = sentences(self.doc.text)
        for s in self._sentences:
            if s.contains(cur):
                return s, None
        return None

    def _act(self, fn, message: str) -> None:  # type: ignore[no-untyped-def]
        status = self.query_one(StatusBar)
        try:
            fn()
        except StoreError as exc:
            status.store_state = "NOT SAVED"
            self.notify(str(exc), severity="error", timeout=10)
            return
        status.store_state = "saved"
        self.refresh_annotations()
        self.notify(message, timeout=2)

    def _with_target(self) -> tuple[Span, str | None] | None:
        t = self.target()
        if t is None:
            self.notify("Nothing to annotate here: move to a claim or select text", severity="warning")
        return t

    # ----- annotation actions --------------------------------------------------------------
    def action_verdict(self) -> None:
        t = self._with_target()
        if t is None:
            return
        span, key = t
        current = self.session.find(span, key)

        def done(verdict: str | None) -> None:
            if verdict is None:
                return
            self._act(lambda: self.session.set_verdict(span, verdict or None, key), f"verdict: {verdict or 'cleared'}")
            self._after_annotation()

        self.app.push_screen(VerdictPicker(span.of(self.doc.text), current.verdict if current else None), done)

    def action_tags(self) -> None:
        t = self._with_target()
        if t is None:
            return
        span, key = t
        current = self.session.find(span, key)

        def done(tags: list[str] | None) -> None:
            if tags is None:
                return
            self._act(lambda: self.session.set_tags(span, tags, key), "tags saved")
            self._after_annotation()

        self.app.push_screen(TagsDialog(span.of(self.doc.text), current.tags if current else (), self.session.known_tags()), done)

    def action_note_or_next(self) -> None:
        """`n`: next search match while matches are lit (vim), otherwise write a note."""
        if self.matches:
            self.action_match(1)
        else:
            self.action_note()

    def action_note(self) -> None:
        t = self._with_target()
        if t is None:
            return
        span, key = t
        current = self.session.find(span, key)

        def done(note: str | None) -> None:
            if note is None:
                return
            self._act(lambda: self.session.set_note(span, note, key), "note saved")
            self._after_annotation()

        self.app.push_screen(NoteEditor(span.of(self.doc.text), current.note if current else None), done)

    def action_highlight(self) -> None:
        t = self._with_target()
        if t is None:
            return
        span, key = t
        self._act(lambda: self.session.toggle_highlight(span, key), "highlight toggled")
        self._after_annotation()

    def _after_annotation(self) -> None:
        self.query_one(ArticleView).clear_selection()

    def action_undo(self) -> None:
        try:
            label = self.session.undo()
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.refresh_annotations()
        self.notify(f"undone: {label}" if label else "nothing to undo", timeout=2)

    def action_redo(self) -> None:
        try:
            label = self.session.redo()
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.refresh_annotations()
        self.notify(f"redone: {label}" if label else "nothing to redo", timeout=2)

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        (self.query_one(ClaimsList) if tab == "claims-tab" else self.query_one(AnnotationList)).focus()

    # ----- search ------------------------------------------------------------------------
    def action_search(self) -> None:
        if self.index is None:
            self.index = SearchIndex.build(self.doc, self.claims, self.session.annotations)
        self.query_one(TabbedContent).display = False
        self.query_one(SearchPanel).open(self.index)

    @on(SearchPanel.QueryChanged)
    def query_changed(self, event: SearchPanel.QueryChanged) -> None:
        self.matches = self.index.text_matches(event.query) if self.index and event.query.strip() else []
        article = self.query_one(ArticleView)
        article.set_layer("match", self.matches)
        article.set_layer("current-match", [])

    @on(SearchPanel.Jump)
    def search_jump(self, event: SearchPanel.Jump) -> None:
        self._close_search()
        hit = event.hit
        if hit.claim_index is not None:
            self.query_one(ClaimsList).highlighted = hit.claim_index
        self.jump_to(hit.span)

    @on(SearchPanel.Closed)
    def search_closed(self) -> None:
        self._close_search()
        self.query_one(ArticleView).focus()

    def _close_search(self) -> None:
        self.query_one(SearchPanel).display = False
        self.query_one(TabbedContent).display = True

    def action_match(self, delta: int) -> None:
        if not self.matches:
            self.notify("No search matches: press / to search", timeout=2)
            return
        article = self.query_one(ArticleView)
        starts = [m.start for m in self.matches]
        cur = article.cursor
        if delta > 0:
            i = bisect_left(starts, cur + 1)
            i = i if i < len(starts) else 0
        else:
            i = bisect_left(starts, cur) - 1
            i = i if i >= 0 else len(starts) - 1
        span = self.matches[i]
        article.set_layer("current-match", [span])
        article.focus()
        article.move_to(span.start)
        self.query_one(StatusBar).info = f"match {i + 1} of {len(self.matches)}"

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
