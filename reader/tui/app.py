"""The claim-reader app: global keys (quit, help, theme), the config, and the first screen.

The app holds what every screen shares and nothing that belongs to one document: the store, the
user's config and how files are read. A ReaderScreen owns its Session; the LibraryScreen owns the
folder's rows and opens reading screens itself.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from textual.app import App
from textual.notifications import SeverityLevel
from textual.screen import Screen

from reader.core.annotations.backends import open_store
from reader.core.annotations.store import AnnotationStore
from reader.core.claims.record import Claim
from reader.core.config import Config, load_config
from reader.core.documents.document import Document, LoadOptions
from reader.core.session.claims_cache import store_folder
from reader.core.session.session import open_session
from reader.core.text.safe import safe_text
from reader.tui.cells import count_spacing_marks, without_spacing_marks
from reader.tui.commands import ReaderCommands, apply_config, known_binding_ids, remember_settings
from reader.tui.keymap import keymap
from reader.tui.screens.keys_help import KeysHelp
from reader.tui.screens.reader import ReaderScreen
from reader.tui.settings import ReaderSettings
from reader.tui.team import TeamLive, start_team

if TYPE_CHECKING:  # types only: the web module loads for `reader URL` alone
    from reader.core.documents.web import WebRead
    from reader.core.session.extract_process import ClaimStream

MEANING_COLOURS = {
    "verdict-true": "#3fb950",
    "verdict-false": "#f85149",
    "verdict-misleading": "#f0883e",
    "verdict-unverified": "#8b949e",
    "verdict-needs-context": "#a371f7",
    "verdict-conflict": "#f85149",
    "mark-highlight": "#39c5cf",
    "search-hit": "#e3b341",
}
"""Colours that carry a meaning (app.tcss says why), as theme variables ($verdict-true ...): app.tcss and the
screens' own styles (the help legend) use the same ones. No theme defines them, so they do not change with it."""


class ClaimReaderApp(App[None]):
    """Reads one document, or lists a folder's documents (`folder`)."""

    CSS_PATH = "app.tcss"
    TITLE = "claim-reader"
    COMMANDS = {ReaderCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    """Below 100 columns the side pane goes under the article (app.tcss, `.-narrow`)."""
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    """Below 30 rows the side pane drops its counts line and keeps its detail short (app.tcss, `.-short`)."""

    BINDINGS = keymap("ClaimReaderApp")

    def __init__(self, document: Document | None = None, claims: list[Claim] | None = None, store: AnnotationStore | None = None,
                 config: Config | None = None, *, folder: str | None = None, options: LoadOptions | None = None,
                 web: WebRead | None = None, team_url: str | None = None, stream: ClaimStream | None = None) -> None:
        super().__init__()
        self.config = config if config is not None else load_config()
        if document is None or self.config.warnings or not without_spacing_marks(document.text, document.name):
            count_spacing_marks()  # before anything is measured: Hindi lines keep the border in its column (reader/tui/cells.py)
        # else nothing in the first frame has a spacing mark to measure: the reading screen has Rich's table fixed once
        # its first frame is out, before any other text can show (start-up time)
        self.store = store if store is not None else open_store()
        self.settings = ReaderSettings(self.config, options or LoadOptions(), data_dir=store_folder(self.store))
        """Handed to every screen: the config and how files are read (`--encoding`, `--max-size`)."""
        self._first: tuple[Document, list[Claim] | None] | None = (document, claims) if document is not None else None
        self._folder = folder
        self._web = web
        self._stream = stream
        """The first document's claims, already being found (the CLI starts them before Textual loads)."""
        self.team_url = team_url
        """A team server to sync with (reader/tui/team.py); None: this store alone."""
        self.team: TeamLive | None = None

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return MEANING_COLOURS

    def get_default_screen(self) -> Screen[None]:
        """The document's screen (or the library's) is the first on the stack, not pushed over Textual's blank one:
        one screen styled and laid out before the first frame instead of two (start-up time). Called once, as the
        app starts; the team link starts here, as every screen is handed it."""
        if self.team_url:
            self.team = start_team(self, self.store, self.team_url)
            self.settings = dataclasses.replace(self.settings, team=self.team)
        screen: Screen[None]
        if self._first is None:
            from reader.tui.screens.library import LibraryScreen  # only a folder needs it

            screen = LibraryScreen(self._folder or ".", self.store, self.settings)
        else:
            document, claims = self._first
            stream, self._stream = self._stream, None
            screen = ReaderScreen(open_session(document, self.store, claims, defer=True), self.settings, self._web, stream)
        # As push_screen does: switch_screen (a reload on disk) takes one from the screen it replaces, and Textual
        # gives the first screen none (Textualize/textual#2650).
        screen._push_result_callback(self, None)  # noqa: SLF001
        return screen

    def on_mount(self) -> None:
        self.apply_config()

    def on_unmount(self) -> None:
        self.drop_stream()
        if self.team is not None:
            self.team.stop()

    def drop_stream(self) -> None:
        """The first document's claims being found, when no screen took them (the app stopped before one opened)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()

    # ----- team mode (reader/tui/team.py): the sync thread's news, handed to the reading screens -----------
    def on_team_live_changed(self, event: TeamLive.Changed) -> None:
        for screen in self.screen_stack:  # the reading screen may be under a dialog
            if isinstance(screen, ReaderScreen):
                screen.team_changed(event.ids)

    def on_team_live_state_changed(self, event: TeamLive.StateChanged) -> None:
        if self.team is None:
            return
        conflicts_changed = self.team.take_state(event)
        if event.message:
            self.notify(event.message, title="team", severity="warning", timeout=8)
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.team_state_changed(event.text, conflicts_changed)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every notification is plain text: messages carry file paths, error text and config keys, which may be
        hostile ("[@click=app.quit]x[/].txt"), so markup is never parsed and control characters are shown as placeholders."""
        super().notify(safe_text(message), title=safe_text(title), severity=severity, timeout=timeout, markup=False)

    def action_help(self) -> None:
        from reader.tui.screens.help import HelpScreen  # loaded on the first `?` (start-up time)
        from reader.tui.screens.help_sections import Section

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        sections = [Section("Everywhere", [type(self)])]
        if isinstance(screen, KeysHelp):
            sections += screen.help_sections()
        self.push_screen(HelpScreen(sections, self.config.keys))

    # ----- config and theme (reader/tui/commands.py) ----------------------------------------
    def apply_config(self) -> None:
        """Theme and keymap from the config; every problem is one warning, never a crash."""
        ids: set[str] = set()
        if self.config.keys:  # checking key ids loads the side pane's widgets: only a keymap pays for that
            from reader.tui.screens.library import LibraryScreen
            from reader.tui.widgets.side_tabs import side_classes

            ids = known_binding_ids(type(self), ReaderScreen, LibraryScreen, *side_classes())
        for warning in self.config.warnings + apply_config(self, self.config, ids):
            self.notify(warning, title="config", severity="warning", timeout=12)
        self.theme_changed_signal.subscribe(self, lambda theme: remember_settings(self.config, {"theme": theme.name}, self.warn))

    def warn(self, message: str) -> None:
        """A problem worth a look but not a stop (a config file that could not be written)."""
        self.notify(message, severity="warning", timeout=8)
