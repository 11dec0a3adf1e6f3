"""The library: the documents of a folder and its sub-folders, one row each with title, file, date, size,
claims, annotations and how far it was read; a list that moves like lazygit's (j/k, g/G, `/` filter,
`o` sort). `enter` reads one; `q` or `escape` on the reading screen comes back here.

Counting claims means loading and extracting every file, which is slow on a big folder, so the
rows appear at once and a thread fills the claim counts in as they arrive. The store is only
touched on the UI thread (its SQLite connection belongs to it).
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass, field

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.core.annotations.records import DocumentInfo
from reader.core.annotations.store import AnnotationStore
from reader.core.claims.record import Claim
from reader.core.documents.document import LoadError
from reader.core.documents.library import SORTS, LibraryEntry, LibrarySort, filter_entries, scan_library, sort_entries
from reader.core.session.session import claims_deferred, open_session
from reader.core.text.safe import safe_inline
from reader.tui.collector import start_collecting
from reader.tui.keymap import keymap, nav_bindings
from reader.tui.screens.breakpoints import take_breakpoints
from reader.tui.screens.help_sections import Section
from reader.tui.screens.keys_help import KeysHelp
from reader.tui.screens.reader import ReaderScreen
from reader.tui.settings import ReaderSettings
from reader.tui.widgets.claims_list import cut
from reader.tui.widgets.filter_line import FilterLine
from reader.tui.widgets.lists import NavList


def human_size(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)  # pragma: no cover


@dataclass
class Counted:
    """What the worker learnt about one file by loading it."""

    fingerprint: str
    chars: int
    claims: list[Claim] | None
    """None when the document is too big to extract here."""


@dataclass(frozen=True)
class Columns:
    """Cells per column at one width: the title takes what the others leave."""

    title: int
    file: int
    date: int

    NUMBERS = (("size", 8), ("claims", 6), ("annotations", 5), ("read", 4))

    @classmethod
    def fit(cls, width: int, longest_file: int) -> Columns:
        rest = sum(w + 1 for _, w in cls.NUMBERS)
        date = 10 if width >= 100 else 0
        file = min(max(8, longest_file), 32 if width >= 120 else 22)
        title = max(12, width - rest - file - 1 - (date + 1 if date else 0) - 1)
        return cls(title, file, date)


def row_cells(entry: LibraryEntry, counted: Counted | None) -> dict[str, str]:
    """The text of each column of one row."""
    if not entry.ok:
        why = (entry.error or "").removeprefix(f"{entry.path}: ")  # the row already names the file
        return {"title": safe_inline(entry.title), "size": human_size(entry.size), "claims": "error", "annotations": "",
                "read": "", "why": safe_inline(why, 80)}
    claims = str(entry.claims) if entry.claims is not None else ("…" if counted is None else "on open")
    read = ""
    if entry.position:
        chars = counted.chars if counted else entry.size
        read = f"{min(100.0, 100.0 * entry.position / max(1, chars)):.0f}%"
    notes = "" if entry.annotations is None else str(entry.annotations)
    return {"title": safe_inline(entry.title), "size": human_size(entry.size), "claims": claims, "annotations": notes, "read": read}


def row_text(entry: LibraryEntry, counted: Counted | None, cols: Columns) -> Text:
    cells = row_cells(entry, counted)
    out = Text(no_wrap=True, end="")
    out.append(cut(cells["title"], cols.title).ljust(cols.title), style="bold" if entry.ok else "")
    out.append(" " + cut(safe_inline(entry.rel), cols.file).ljust(cols.file), style="dim")
    if cols.date:
        out.append(" " + time.strftime("%Y-%m-%d", time.localtime(entry.modified)) if entry.modified else " " * 11, style="dim")
    for key, w in Columns.NUMBERS:
        out.append(" " + cells[key].rjust(w))
    if "why" in cells:
        out.append("  " + cells["why"], style="italic")
    return out


def heading_text(cols: Columns) -> Text:
    out = Text(no_wrap=True, end="")
    out.append("Title".ljust(cols.title) + " " + "File".ljust(cols.file))
    if cols.date:
        out.append(" " + "Modified".ljust(10))
    for (_, w), label in zip(Columns.NUMBERS, ("Size", "Claims", "Ann.", "Read"), strict=True):
        out.append(" " + label.rjust(w))
    return out


class LibraryList(NavList):
    """The documents, one row each; enter opens the highlighted one."""

    BINDINGS = [*nav_bindings("library", "document"), *keymap("LibraryList")]


@dataclass
class LibraryState:
    entries: list[LibraryEntry]
    counted: dict[str, Counted] = field(default_factory=dict)
    """By path."""
    query: str = ""
    sort: LibrarySort = "title"
    shown: list[LibraryEntry] = field(default_factory=list)


class LibraryScreen(KeysHelp, Screen[None]):
    """The documents of one folder, one row each."""

    DEFAULT_CSS = """
    LibraryScreen #library-heading {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text;
    }

    LibraryScreen #library-columns {
        height: 1;
        padding: 0 1;
        color: $text-muted;
        text-style: bold;
    }

    LibraryScreen #library-filter {
        border: none;
        height: 1;
        padding: 0 1;
        background: $boost;
    }

    LibraryScreen #library {
        height: 1fr;
        border: none;
    }
    """

    BINDINGS = keymap("LibraryScreen")

    def __init__(self, folder: str, store: AnnotationStore, settings: ReaderSettings) -> None:
        super().__init__()
        self.folder = folder
        self.store = store
        self.settings = settings
        """`--encoding`, `--max-size` and the config, for every document opened from here."""
        self.state = LibraryState([])
        self._infos: dict[str, DocumentInfo] = {}
        self._cols = Columns(40, 20, 10)

    def help_sections(self) -> list[Section]:
        return [Section("Library", [LibraryScreen, LibraryList])]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` is a priority binding, so keys typed right after it reach the filter (Textual routes queued keys to
        the widget focused when they arrive); in the filter itself it types a slash."""
        return not (action == "filter" and isinstance(self.focused, Input))

    def compose(self) -> ComposeResult:
        take_breakpoints(self)  # styled once, not again on the first resize (start-up time)
        yield Static(id="library-heading")
        yield FilterLine("filter: words of the title or file name", id="library-filter")
        yield Static(id="library-columns")
        yield LibraryList(id="library")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = os.path.basename(os.path.abspath(self.folder))
        self.action_rescan()
        self.call_after_refresh(start_collecting)  # start-up is over (reader/cli/entry.py)

    def on_resize(self) -> None:
        self._show_rows()

    def on_screen_resume(self) -> None:
        """Back from reading: annotation counts and positions may have changed."""
        if self.state.entries:
            self._refresh_store_info()
            self._show_rows()
            self.query_one(LibraryList).focus()

    # ----- rows ---------------------------------------------------------------------------
    def action_rescan(self) -> None:
        try:
            entries = scan_library(self.folder, self.settings.options)
        except LoadError as exc:
            self.query_one("#library-heading", Static).update(Text(safe_inline(str(exc))))
            return
        self.state = LibraryState(entries, query=self.state.query, sort=self.state.sort)
        self._refresh_store_info()
        self._show_rows()
        self.query_one(LibraryList).focus()
        self.count_claims(entries)

    def _refresh_store_info(self) -> None:
        try:
            self._infos = {d.path: d for d in self.store.documents()}  # a document is its file (see store.document_key)
        except Exception:  # noqa: BLE001 - a broken store must not hide the folder
            self._infos = {}
        for entry in self.state.entries:
            if entry.fingerprint is not None:
                self._stored_marks(entry, entry.fingerprint)

    def _stored_marks(self, entry: LibraryEntry, fingerprint: str) -> None:
        """The entry's annotation count and reading position, as the store has them."""
        info = self._infos.get(os.path.realpath(entry.path))
        entry.annotations = info.annotations if info else 0
        try:
            entry.position = self.store.get_position(fingerprint, entry.path)
        except Exception:  # noqa: BLE001 - a broken store must not hide the folder
            entry.position = None

    def _show_rows(self) -> None:
        """Filter, sort and draw every row (a library is hundreds of rows at most: cheap)."""
        lst = self.query_one(LibraryList)
        state = self.state
        keep = self.current_entry()
        state.shown = sort_entries(filter_entries(state.entries, state.query), state.sort)
        width = lst.scrollable_content_region.width or self.size.width - 2
        self._cols = Columns.fit(width, max((len(e.rel) for e in state.entries), default=8))
        n, total = len(state.shown), len(state.entries)
        name = os.path.basename(os.path.abspath(self.folder))
        count = f"{n} of {total} documents" if n != total else f"{total} document{'' if total == 1 else 's'}"
        self.query_one("#library-heading", Static).update(Text(f"{safe_inline(name)}: {count} · by {state.sort}"))
        self.query_one("#library-columns", Static).update(heading_text(self._cols))
        lst.clear_options()
        lst.add_options(Option(row_text(e, state.counted.get(e.path), self._cols), id=e.path) for e in state.shown)
        if state.shown:
            paths = [e.path for e in state.shown]
            lst.highlighted = paths.index(keep.path) if keep is not None and keep.path in paths else 0

    def _show(self, entry: LibraryEntry) -> None:
        """Redraw one row (its claim count arrived)."""
        lst = self.query_one(LibraryList)
        for i, e in enumerate(self.state.shown):
            if e is entry:
                lst.replace_option_prompt_at_index(i, row_text(entry, self.state.counted.get(entry.path), self._cols))
                return

    @work(thread=True, exclusive=True, group="library-claims")
    def count_claims(self, entries: list[LibraryEntry]) -> None:
        """Load and extract each file, smallest first; each count is shown as it arrives."""
        from reader.core.claims.extract import extract_claims  # on the worker thread: the screen shows first

        worker = get_current_worker()
        for entry in sorted((e for e in entries if e.ok), key=lambda e: e.size):
            if worker.is_cancelled:
                return
            try:
                doc = self.settings.options.load(entry.path)
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

    # ----- filter and sort ----------------------------------------------------------------
    def action_filter(self) -> None:
        self.query_one(FilterLine).open()

    @on(Input.Changed, "#library-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.state.query = event.value
        self._show_rows()

    @on(FilterLine.Done)
    def filter_done(self) -> None:
        self.query_one(LibraryList).focus()

    def action_clear_filter(self) -> None:
        if self.query_one(FilterLine).close():
            self.query_one(LibraryList).focus()

    def action_sort(self) -> None:
        self.state.sort = SORTS[(SORTS.index(self.state.sort) + 1) % len(SORTS)]
        self._show_rows()

    # ----- opening ------------------------------------------------------------------------
    def current_entry(self) -> LibraryEntry | None:
        lst = self.query_one(LibraryList)
        if lst.highlighted is None or lst.highlighted >= len(self.state.shown):
            return None
        return self.state.shown[lst.highlighted]

    @on(OptionList.OptionSelected, "#library")
    def selected(self, event: OptionList.OptionSelected) -> None:
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
            doc = self.settings.options.load(entry.path)
        except LoadError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        counted = self.state.counted.get(entry.path)
        cached = counted.claims if counted is not None and counted.fingerprint == doc.fingerprint else None
        session = open_session(doc, self.store, cached, defer=True)
        settings = dataclasses.replace(self.settings, from_library=True)
        self.app.push_screen(ReaderScreen(session, settings))
