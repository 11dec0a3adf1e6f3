"""Export dialog (`e`): pick a format and a path; asks before overwriting; says where it wrote."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.exchange.export import EXTENSIONS, FORMATS

FORMAT_HELP = {
    "w3c": "W3C Web Annotation collection (JSON-LD)",
    "claimreview": "schema.org ClaimReview for claims with a verdict (JSON-LD)",
    "csv": "one row per claim with its annotations (spreadsheets, Meedan Check)",
    "markdown": "readable report: claims by speaker, verdicts, notes",
    "jsonl": "claims and annotations, one JSON object per line",
}


class ExportDialog(ModalScreen[tuple[str, str] | None]):
    """Returns (format, path) once the user confirmed; the screen writes the file."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, stem: str, default_format: str = "w3c") -> None:
        super().__init__()
        self.stem = stem
        self.format = default_format if default_format in FORMATS else "w3c"
        self._confirm_overwrite: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Export (↑↓ format, enter on the path writes, escape cancels)", style="bold"))
            formats = OptionList(*(Option(Text.assemble((f"{f:<12}", "bold"), FORMAT_HELP.get(f, "")), id=f) for f in FORMATS), id="export-formats")
            yield formats
            yield Input(self._path_for(self.format), id="export-path")
            yield Static("", id="export-message")

    def on_mount(self) -> None:
        formats = self.query_one(OptionList)
        formats.highlighted = list(FORMATS).index(self.format)
        formats.focus()

    def _path_for(self, fmt: str) -> str:
        return str(Path.cwd() / f"{self.stem}{EXTENSIONS[fmt]}")

    @on(OptionList.OptionHighlighted, "#export-formats")
    def format_changed(self, event: OptionList.OptionHighlighted) -> None:
        old = self.format
        self.format = event.option_id or self.format
        path = self.query_one("#export-path", Input)
        if path.value == self._path_for(old):
            path.value = self._path_for(self.format)

    @on(OptionList.OptionSelected, "#export-formats")
    def format_chosen(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(Input.Submitted, "#export-path")
    def submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value).expanduser()
        message = self.query_one("#export-message", Static)
        if not event.value.strip():
            message.update(Text("Give a file name", style="bold red"))
            return
        if path.is_dir():
            message.update(Text(f"{path} is a folder: give a file name", style="bold red"))
            return
        if path.exists() and self._confirm_overwrite != str(path):
            self._confirm_overwrite = str(path)
            message.update(Text(f"{path} exists: press enter again to overwrite it", style="bold yellow"))
            return
        self.dismiss((self.format, str(path)))

    def action_cancel(self) -> None:
        self.dismiss(None)
