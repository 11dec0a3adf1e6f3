"""The claim-reader app: global keys (quit, help) and the screen for the open document."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel

from reader.core.annotations.backends import open_store
from reader.core.annotations.store import AnnotationStore
from reader.core.config import Config, load_config
from reader.core.documents.document import Document, LoadOptions
from reader.core.session.session import Session, open_session
from reader.tui.commands import ReaderCommands, apply_config, known_binding_ids, remember_theme
from reader.tui.screens.reader import ReaderScreen

if TYPE_CHECKING:
    from reader.core.claims.extract import Claim
    from reader.tui.team import TeamLive


class ClaimReaderApp(App[None]):
    """Reads one document; the ReaderScreen owns the panes and the annotation session."""

    CSS_PATH = "app.tcss"
    TITLE = "claim-reader"
    COMMANDS = {ReaderCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    """Below 100 columns the claims pane goes under the article (app.tcss, `.-narrow`)."""

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("ctrl+t", "change_theme", "Change theme", show=False, id="theme"),
        Binding("tab", "focus_next", "Switch pane", show=False),
        Binding("shift+tab", "focus_previous", "Switch pane", show=False),
    ]

    def __init__(self, document: Document | None = None, claims: list[Claim] | None = None, store: AnnotationStore | None = None,
                 config: Config | None = None, *, folder: str | None = None, options: LoadOptions | None = None,
                 team_url: str | None = None) -> None:
        super().__init__()
        self.config = config if config is not None else load_config()
        self.document = document
        self.folder = folder
        """Set when the app opens a folder: the LibraryScreen lists it (reader/tui/library_screen.py)."""
        self.options = options or LoadOptions()
        """How the folder's files are read (`--encoding`, `--max-size`)."""
        self.store = store if store is not None else open_store()
        self.session: Session | None = open_session(document, self.store, claims, defer=True) if document is not None else None
        self.claims = self.session.claims if self.session is not None else []
        self.team_url = team_url
        """A team server to sync with (reader/tui/team_live.py); None: this store alone."""
        self.team: TeamLive | None = None

    def on_mount(self) -> None:
        self.apply_config()
        if self.team_url:
            from reader.tui.team import start_team

            self.team = start_team(self, self.store, self.team_url)
        if self.session is None:
            self.title = os.path.basename(os.path.abspath(self.folder or "."))
            from reader.tui.screens.library import LibraryScreen  # only a folder needs it

            self.push_screen(LibraryScreen(self.folder or ".", self.store, self.options))
        else:
            self.read(self.session)

    def on_unmount(self) -> None:
        if self.team is not None:
            self.team.stop()

    def after_local_action(self) -> None:
        """An annotation was saved here: the team worker pushes it now."""
        if self.team is not None:
            self.team.kick()

    def read(self, session: Session, screen: ReaderScreen | None = None) -> None:
        """Show `session` (the current one from now on) on a reading screen."""
        self.session = session
        self.title = session.doc.title or session.doc.name
        self.push_screen(screen or ReaderScreen(session))

    def reload(self, session: Session, screen: ReaderScreen) -> None:
        """The document changed on disk (reader/tui/file_watch.py): `screen` replaces the reading screen."""
        self.session, self.document, self.claims = session, session.doc, session.claims
        self.title = session.doc.title or session.doc.name
        self.switch_screen(screen)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every notification is plain text: messages carry file paths, error text and config keys, which may be
        hostile ("[@click=app.quit]x[/].txt"), so markup is never parsed and control characters are shown as placeholders."""
        from reader.core.text.safe import safe_text

        super().notify(safe_text(message), title=safe_text(title), severity=severity, timeout=timeout, markup=False)

    def action_help(self) -> None:
        from reader.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        sections = [("Everywhere", self), ("Reading screen", self.screen)]
        sections += [(label, self.screen.query_one(sel)) for label, sel in (
            ("Article", "#article"), ("Claims", "#claims"), ("Annotations", "#annotations-list"), ("Search", "#search"))
            if self.screen.query(sel)]
        self.push_screen(HelpScreen(sections))

    # ----- config and theme (reader/tui/commands.py) ----------------------------------------
    def apply_config(self) -> None:
        """Theme and keymap from the config; every problem is one warning, never a crash."""
        ids: set[str] = set()
        if self.config.keys:  # checking key ids loads the side pane's widgets: only a keymap pays for that
            from reader.tui.widgets.annotations_view import AnnotationList
            from reader.tui.widgets.article import ArticleView
            from reader.tui.widgets.claims_list import ClaimsList
            from reader.tui.widgets.search_panel import SearchPanel

            ids = known_binding_ids(type(self), ReaderScreen, ArticleView, ClaimsList, AnnotationList, SearchPanel)
        for warning in self.config.warnings + apply_config(self, self.config, ids):
            self.notify(warning, title="config", severity="warning", timeout=12)
        self.theme_changed_signal.subscribe(self, lambda theme: remember_theme(self, self.config, theme.name))

    @property
    def export_format(self) -> str:
        """The export dialog's default format (config `export_format`)."""
        return self.config.export_format
