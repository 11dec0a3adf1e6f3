"""The library: the documents of a folder with their size, claims, annotations and where reading
stopped; `enter` reads one, `escape` on the reading screen comes back here.

Counting claims means loading and extracting every file, which is slow on a big folder, so the
rows appear at once and a thread fills the claim counts in as they arrive. The store is only
touched on the UI thread (its SQLite connection belongs to it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from reader.core.annotations.store import AnnotationStore, DocumentInfo
from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import LoadError, LoadOptions
from reader.core.documents.library import LibraryEntry, scan_library
from reader.core.session.session import Session, claims_deferred, open_session  # noqa: F401 - re-exported
from reader.core.text.safe import safe_inline
from reader.tui.screens.reader import ReaderScreen

COLUMNS = (("title", "Title"), ("size", "Size"), ("claims", "Claims"), ("notes", "Notes"), ("read", "Read"))


def human_size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return str(n)  # pragma: no cover


@dataclass
class Counted:
    """What the worker learnt about one file by loading it."""

    fingerprint: str
    chars: int
    claims: list[Claim] | None
    """None when the document is too big to extract here."""


class LibraryTable(DataTable[str]):
    """The documents table; `enter` is shown in the footer (DataTable's own enter binding is hidden)."""

    BINDINGS = [Binding("enter", "select_cursor", "Read", show=True)]


class LibraryReaderScreen(ReaderScreen):
    """The reading screen opened from the library: `escape` with nothing left to clear goes back."""

    def action_clear(self) -> None:
        from reader.tui.widgets.article import ArticleView

        nothing = self.query_one(ArticleView).selection is None and not self.matches
        super().action_clear()
        if nothing:
            self.save_position()  # on_unmount is too late: the article is gone by then
            self.app.pop_screen()


@dataclass
class LibraryState:
    entries: list[LibraryEntry]
    counted: dict[str, Counted] = field(default_factory=dict)
    """By path."""


class LibraryScreen(Screen[None]):
    """The documents of one folder, one row each."""

    BINDINGS = [Binding("r", "rescan", "Rescan")]

    def __init__(self, folder: str, store: AnnotationStore, options: LoadOptions | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.options = options or LoadOptions()
        """`--encoding` and `--max-size`, for every file of the folder."""
        self.store = store
        self.state = LibraryState([])
        self._infos: dict[str, DocumentInfo] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="library-heading")
        table = LibraryTable(id="library", cursor_type="row", zebra_stripes=True)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.action_rescan()

    def on_screen_resume(self) -> None:
        """Back from reading: annotation counts and positions may have changed."""
        self.app.title = os.path.basename(os.path.abspath(self.folder))
        if self.state.entries:
            self._refresh_store_info()
            for entry in self.state.entries:
                self._show(entry)
            self.query_one(DataTable).focus()

    # ----- rows ---------------------------------------------------------------------------
    def action_rescan(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        try:
            entries = scan_library(self.folder, self.options)
        except LoadError as exc:
            self.query_one("#library-heading", Static).update(Text(safe_inline(str(exc))))
            return
        self.state = LibraryState(entries)
        name = os.path.basename(os.path.abspath(self.folder))
        self.query_one("#library-heading", Static).update(Text(f"{safe_inline(name)}: {len(entries)} document{'' if len(entries) == 1 else 's'}"))
        self._refresh_store_info()
        for entry in entries:
            table.add_row(*self._cells(entry), key=entry.path)
        table.focus()
        self.count_claims(entries)

    def _refresh_store_info(self) -> None:
        try:
            self._infos = {d.path: d for d in self.store.documents()}  # a document is its file (see store.document_key)
        except Exception:  # noqa: BLE001 - a broken store must not hide the folder
            self._infos = {}
        for entry in self.state.entries:
            if entry.fingerprint is None:
                continue
            self._stored_marks(entry, entry.fingerprint)

    def _stored_marks(self, entry: LibraryEntry, fingerprint: str) -> None:
        """The entry's annotation count and reading position, as the store has them."""
        info = self._infos.get(os.path.realpath(entry.path))
        entry.annotations = info.annotations if info else 0
        try:
            entry.position = self.store.get_position(fingerprint, entry.path)
        except Exception:  # noqa: BLE001 - a broken store must not hide the folder
            entry.position = None

    @property
    def _title_width(self) -> int:
        """Titles give way so size, claims, notes and read % stay on screen at 80 columns."""
        return max(16, min(70, self.size.width - 36))

    def _cells(self, entry: LibraryEntry) -> tuple[Text, ...]:
        """The row's cells as Text: DataTable parses a str cell as markup, and titles come from the files."""
        return tuple(Text(cell) for cell in self._cell_strings(entry))

    def _cell_strings(self, entry: LibraryEntry) -> tuple[str, ...]:
        tw = self._title_width
        if not entry.ok:
            why = (entry.error or "").removeprefix(f"{entry.path}: ")  # the row already names the file
            return (safe_inline(entry.title, tw), human_size(entry.size), "error", "", safe_inline(why, 60))
        counted = self.state.counted.get(entry.path)
        if entry.claims is not None:
            claims = str(entry.claims)
        else:
            claims = "…" if counted is None else "on open"
        read = ""
        if entry.position:
            chars = counted.chars if counted else entry.size
            read = f"{min(100.0, 100.0 * entry.position / max(1, chars)):.0f}%"
        notes = "" if entry.annotations is None else str(entry.annotations)
        return (safe_inline(entry.title, tw), human_size(entry.size), claims, notes, read)

    def _show(self, entry: LibraryEntry) -> None:
        table = self.query_one(DataTable)
        if entry.path not in table.rows:
            return
        for (key, _), value in zip(COLUMNS, self._cells(entry), strict=True):
            table.update_cell(entry.path, key, value)

    @work(thread=True, exclusive=True, group="library-claims")
    def count_claims(self, entries: list[LibraryEntry]) -> None:
        """Load and extract each file, smallest first; each count is shown as it arrives."""
        worker = get_current_worker()
        for entry in sorted((e for e in entries if e.ok), key=lambda e: e.size):
            if worker.is_cancelled:
                return
            try:
                doc = self.options.load(entry.path)
            except LoadError as exc:
                entry.error = str(exc)
                self.app.call_from_thread(self._show, entry)
                continue
            claims = None if claims_deferred(doc) else extract_claims(doc)
            counted = Counted(doc.fingerprint, len(doc.text), claims)
            if worker.is_cancelled:
                return
            self.app.call_from_thread(self._counted, entry, counted)

    def _counted(self, entry: LibraryEntry, counted: Counted) -> None:
        self.state.counted[entry.path] = counted
        entry.fingerprint = counted.fingerprint
        entry.claims = None if counted.claims is None else len(counted.claims)
        self._stored_marks(entry, counted.fingerprint)
        self._show(entry)

    # ----- opening ------------------------------------------------------------------------
    def current_entry(self) -> LibraryEntry | None:
        table = self.query_one(DataTable)
        if not self.state.entries or table.cursor_row < 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((e for e in self.state.entries if e.path == key), None)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if not entry.ok:
            self.notify(entry.error or "cannot open", severity="error", timeout=8)
            return
        try:
            doc = self.options.load(entry.path)
        except LoadError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        counted = self.state.counted.get(entry.path)
        cached = counted.claims if counted is not None and counted.fingerprint == doc.fingerprint else None
        session = open_session(doc, self.store, cached)
        read = getattr(self.app, "read", None)
        if read is not None:
            read(session, LibraryReaderScreen(session))
        else:
            self.app.push_screen(LibraryReaderScreen(session))
