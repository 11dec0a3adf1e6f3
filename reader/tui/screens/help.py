"""Help (`?`, `f1`): every key of every pane, generated from the widgets' own BINDINGS, and a legend of
what the colours and marks mean.

Only our own bindings are listed (those with an id): Textual's defaults underneath ("page left",
the tab keys) are noise to a reader. Keys are shown after the user's keymap (config `[keys]`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.core.session.claim_view import VERDICT_GLYPHS, VERDICT_WORDS
from reader.tui.keymap import keymap
from reader.tui.screens.help_sections import Section, binding_rows

LEGEND = (
    *((f"verdict-{v}", f" {VERDICT_GLYPHS[v]} {VERDICT_WORDS[v]} ") for v in ("false", "misleading", "needs-context", "unverified", "true")),
    ("highlight", " ▌ highlight or note "),
    ("lit", " the claim you are on "),
    ("match", " search match "),
    ("current-match", " current match "),
    ("selection", " selection "),
)
"""Each sample is drawn with the article's own style for it (HelpScreen.DEFAULT_CSS: `.legend-<name>`, the colours of app.tcss)."""


class HelpScreen(ModalScreen[None]):
    """A modal listing the bindings of the app and of each pane; escape, ? or q closes it."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }

    HelpScreen #help-body {
        width: 90%;
        max-width: 100;
        height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }

    HelpScreen #help-legend {
        height: auto;
        layout: grid;
        grid-size: 3;
        grid-gutter: 0 1;
        margin-bottom: 1;
    }

    HelpScreen .legend { width: auto; }
    HelpScreen .legend-verdict-true { background: $verdict-true 30%; }
    HelpScreen .legend-verdict-false { background: $verdict-false 35%; }
    HelpScreen .legend-verdict-misleading { background: $verdict-misleading 35%; }
    HelpScreen .legend-verdict-unverified { background: $verdict-unverified 30%; }
    HelpScreen .legend-verdict-needs-context { background: $verdict-needs-context 30%; }
    HelpScreen .legend-highlight { background: $mark-highlight 30%; }
    HelpScreen .legend-lit { background: $primary 30%; }
    HelpScreen .legend-match { background: $search-hit 40%; }
    HelpScreen .legend-current-match { background: $search-hit; color: #000000; }
    HelpScreen .legend-selection { text-style: reverse; }

    HelpScreen #help-gutter {
        color: $text-muted;
        margin-bottom: 1;
    }
    """

    BINDINGS = keymap("HelpScreen")
    AUTO_FOCUS = "#help-body"

    def __init__(self, sections: Iterable[Section], keymap: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.sections = list(sections)
        self.keymap = dict(keymap or {})
        """The user's keymap (config `[keys]`): binding id -> keys."""

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for section in self.sections:
            rows = binding_rows(section.classes, self.keymap, self.app.get_key_display, section.hidden)
            if not rows:
                continue
            table.add_row(Text(section.title, style="bold underline"), "")
            for keys, desc in rows:
                table.add_row(Text(keys), Text(desc))
            table.add_row("", "")
        with VerticalScroll(id="help-body"):
            yield Static(Text("claim-reader — keys", style="bold"), id="help-title")
            yield Static(Text("What the colours and marks mean (the gutter left of the text shows the glyph):", style="bold underline"))
            with Horizontal(id="help-legend"):
                for name, label in LEGEND:
                    yield Static(Text(label), classes=f"legend legend-{name}")
            yield Static(Text("▏ in the gutter: a line holding a claim   ┃ the claim you are on   │ an annotation's further lines"),
                         id="help-gutter")
            yield Static(table, id="help-table")
            yield Static(Text("escape, ? or q closes this screen", style="dim"))
