"""The claim-reader app: article on the left, claims on the right, footer with the keys."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer

from reader.core.claims import Claim, extract_claims
from reader.core.document import Document
from reader.tui.article import ArticleView
from reader.tui.claims_list import ClaimsList
from reader.tui.help import HelpScreen


class ClaimReaderApp(App[None]):
    """Reads one document; screens and panes get their data from here, attributes down."""

    CSS_PATH = "app.tcss"
    TITLE = "claim-reader"

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("tab", "focus_next", "Switch pane", show=False),
        Binding("shift+tab", "focus_previous", "Switch pane", show=False),
    ]

    def __init__(self, document: Document, claims: list[Claim] | None = None) -> None:
        super().__init__()
        self.document = document
        self.claims = extract_claims(document) if claims is None else claims
        self.sub_title = document.title

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.document, id="article")
            yield ClaimsList(self.claims, id="claims")
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"{self.document.title} — claim-reader"
        article = self.query_one(ArticleView)
        article.set_layer("claim", [c.span for c in self.claims])
        claims = self.query_one(ClaimsList)
        claims.border_title = f"Claims ({len(self.claims)})"
        article.border_title = Path(self.document.path).name if self.document.path != "-" else "stdin"
        (claims if self.claims else article).focus()

    # ----- messages up from the panes -----------------------------------------------------
    def on_claims_list_claim_highlighted(self, event: ClaimsList.ClaimHighlighted) -> None:
        article = self.query_one(ArticleView)
        span = self.claims[event.index].span
        article.set_layer("lit", [span])
        article.show_span(span)

    def on_claims_list_claim_chosen(self, event: ClaimsList.ClaimChosen) -> None:
        article = self.query_one(ArticleView)
        article.focus()
        article.move_to(self.claims[event.index].span.start)

    # ----- actions ------------------------------------------------------------------------
    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        sections = [("Everywhere", self), ("Article", self.query_one(ArticleView)), ("Claims", self.query_one(ClaimsList))]
        self.push_screen(HelpScreen(sections))
