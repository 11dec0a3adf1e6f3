"""Export dialog (ctrl+e): a format, a file name, and who and where for ClaimReview; asks before overwriting.

Each format suggests its own file name (two JSON-LD formats never share one), and the dialog asks
for what a fact-check needs and the article cannot say: the article's URL (prefilled when known),
the URL where the review is published and who publishes it (both remembered in the config).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.exchange.export import EXTENSIONS, FORMATS
from reader.tui.dialogs.dialog import Dialog
from reader.tui.keymap import keymap

FORMAT_HELP = {
    "w3c": "W3C Web Annotation (JSON-LD)",
    "claimreview": "ClaimReview per verdict (JSON-LD)",
    "csv": "one row per claim (spreadsheets, Check)",
    "markdown": "report: verdicts first",
    "jsonl": "claims + annotations, a line each",
}


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for; the screen writes the file."""

    format: str
    path: str
    source_url: str = ""
    review_url: str = ""
    reviewer: str = ""


class ExportDialog(Dialog[ExportRequest | None]):
    """Returns an ExportRequest once the user confirmed a path, None when cancelled."""

    DEFAULT_CSS = """
    ExportDialog .export-dialog {
        width: 78;
    }

    ExportDialog #export-formats {
        height: auto;
        max-height: 7;
        border: none;
    }

    ExportDialog #export-fields {
        grid-size: 2;
        grid-columns: 13 1fr;
        grid-rows: 1;
        grid-gutter: 0 1;
        height: auto;
        margin-top: 1;
    }

    ExportDialog .export-dialog Input {
        border: none;
        height: 1;
        padding: 0 1;
        background: $boost;
    }

    ExportDialog .export-dialog Input:focus {
        background: $primary 30%;
    }
    """

    BINDINGS = keymap("ExportDialog")

    def __init__(self, stem: str, default_format: str = "w3c", *, folder: Path | None = None, source_url: str = "",
                 review_url: str = "", reviewer: str = "") -> None:
        super().__init__()
        self.stem = stem
        self.folder = folder or Path.cwd()
        self.format = default_format if default_format in FORMATS else "w3c"
        self.defaults = (source_url, review_url, reviewer)
        self._confirm_overwrite: str | None = None

    def compose(self) -> ComposeResult:
        source_url, review_url, reviewer = self.defaults
        with Vertical(classes="dialog export-dialog"):
            yield Label(Text("Export  (↑↓ format · tab next field · enter writes · escape cancels)", style="bold"))
            yield OptionList(*(Option(Text.assemble((f"{f:<12}", "bold"), FORMAT_HELP.get(f, "")), id=f) for f in FORMATS),
                             id="export-formats")
            with Grid(id="export-fields"):
                yield Label("File")
                yield Input(self._path_for(self.format), id="export-path")
                yield Label("Article URL")
                yield Input(source_url, placeholder="https://… where the article was published", id="export-source-url")
                yield Label("Review URL")
                yield Input(review_url, placeholder="https://… where your fact-check is published", id="export-review-url")
                yield Label("Reviewer")
                yield Input(reviewer, placeholder="your organization (ClaimReview author)", id="export-reviewer")
            yield Static("", id="export-message")

    def on_mount(self) -> None:
        formats = self.query_one(OptionList)
        formats.highlighted = list(FORMATS).index(self.format)
        formats.focus()

    def _path_for(self, fmt: str) -> str:
        return str(self.folder / f"{self.stem}{EXTENSIONS[fmt]}")

    @on(OptionList.OptionHighlighted, "#export-formats")
    def format_changed(self, event: OptionList.OptionHighlighted) -> None:
        old = self.format
        self.format = event.option_id or self.format
        path = self.query_one("#export-path", Input)
        if path.value == self._path_for(old):
            path.value = self._path_for(self.format)
        self._confirm_overwrite = None

    @on(OptionList.OptionSelected, "#export-formats")
    def format_chosen(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = self.query_one("#export-path", Input).value
        path = Path(value).expanduser()
        message = self.query_one("#export-message", Static)
        if not value.strip():
            message.update(Text("Give a file name", style="bold"))
            return
        if path.is_dir():
            message.update(Text(f"{path} is a folder: give a file name", style="bold"))
            return
        if path.exists() and self._confirm_overwrite != str(path):
            self._confirm_overwrite = str(path)
            message.update(Text(f"{path} exists: press enter again to overwrite it", style="bold"))
            return
        self.dismiss(ExportRequest(
            self.format, str(path),
            self.query_one("#export-source-url", Input).value.strip(),
            self.query_one("#export-review-url", Input).value.strip(),
            self.query_one("#export-reviewer", Input).value.strip(),
        ))

    def action_cancel(self) -> None:
        self.dismiss(None)
