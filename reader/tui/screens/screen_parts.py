"""What the reading screen's parts (its mixins: claims loading, search, annotate, export, navigation, known checks,
file watch, team) use of ReaderScreen and of each other, declared once for the type checker.

ReaderScreen is split into mixins so each module stays about one job; naming ReaderScreen in them would be an
import cycle, so they derive from ReaderParts, which is plain `object` at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.core.claims.record import Claim
    from reader.core.config import Config
    from reader.core.documents.document import Document
    from reader.core.documents.web import WebRead
    from reader.core.session.extract_process import ClaimStream
    from reader.core.session.session import Session
    from reader.core.session.targets import Focus
    from reader.core.text.spans import Span
    from reader.tui.settings import ReaderSettings
    from reader.tui.widgets.claims_pane import ClaimsPane
    from reader.tui.widgets.search_panel import SearchPanel
    from reader.tui.widgets.side_tabs import SideTabs

    class ReaderParts(Screen[None]):
        session: Session
        doc: Document
        settings: ReaderSettings
        web: WebRead | None
        start_at: int | None
        ready: bool
        known_first: list[Claim]
        stream: ClaimStream | None

        @property
        def config(self) -> Config: ...
        def side(self) -> SideTabs | None: ...
        def show_claim(self, index: int) -> None: ...
        def jump_to(self, span: Span) -> None: ...
        def focus_state(self) -> Focus: ...
        def refresh_annotations(self) -> None: ...
        def save_position(self) -> None: ...
        def say_if_not_english(self, pane: ClaimsPane) -> None: ...
        def close_search(self) -> None: ...
        def search_panel(self) -> SearchPanel | None: ...
        def start_search(self) -> None: ...
        def index_claims(self, batch: list[Claim], first: int, done: bool) -> None: ...
        def find_known_checks(self) -> None: ...
        def team_resolve(self, annotation_id: str | None, verdict: str | None) -> bool: ...
else:
    ReaderParts = object
