"""The claim-reader app: global keys (quit, help) and the screen for the open document."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from reader.core.claims import Claim, extract_claims
from reader.core.document import Document
from reader.core.session import Session
from reader.core.store import AnnotationStore, open_store
from reader.tui.help import HelpScreen
from reader.tui.reader_screen import ReaderScreen


class ClaimReaderApp(App[None]):
    """Reads one document; the ReaderScreen owns the panes and the annotation session."""

    CSS_PATH = "app.tcss"
    TITLE = "claim-reader"

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("tab", "focus_next", "Switch pane", show=False),
        Binding("shift+tab", "focus_previous", "Switch pane", show=False),
    ]

    def __init__(self, document: Document, claims: list[Claim] | None = None, store: AnnotationStore | None = None) -> None:
        super().__init__()
        self.document = document
        self.claims = extract_claims(document) if claims is None else claims
        self.store = store if store is not None else open_store()
        self.session = Session.open(document, self.claims, self.store)

    def on_mount(self) -> None:
        self.title = self.document.title or self.document.name
        self.push_screen(ReaderScreen(self.session))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        sections = [("Everywhere", self), ("Reading screen", self.screen)]
        sections += [(label, self.screen.query_one(sel)) for label, sel in (
            ("Article", "#article"), ("Claims", "#claims"), ("Annotations", "#annotations-list"), ("Search", "#search"))
            if self.screen.query(sel)]
        self.push_screen(HelpScreen(sections))
