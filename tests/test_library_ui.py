"""Pilot tests of the library screen on a folder of the real sample articles: a list that moves like lazygit's."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.annotations.backends import open_store
from reader.core.documents.document import LoadOptions, load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.screens.library import LibraryList, LibraryScreen, row_cells
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.article import ArticleView
from tests.conftest import SAMPLES
from tests.screen import screen_text

NAMES = ("execution-squads.txt", "ebola-treatments.txt", "el-paso-shooting.txt")
LONG_TITLE = "neanderthal-tools-interview.txt"  # its title is 138 characters long


def make_folder(tmp_path: Path, sub: bool = False) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "notes.bin").write_bytes(b"\x00\x01")  # not a document: not listed
    if sub:
        (folder / "more").mkdir()
        shutil.copy(SAMPLES / LONG_TITLE, folder / "more" / LONG_TITLE)
    return folder


async def wait_for_counts(pilot, screen: LibraryScreen, n: int = len(NAMES)) -> None:  # type: ignore[no-untyped-def]
    for _ in range(400):
        if len(screen.state.counted) >= n:
            break
        await pilot.pause(0.05)
    await pilot.pause()


def cells_of(screen: LibraryScreen, path: Path) -> dict[str, str]:
    entry = next(e for e in screen.state.entries if e.path == str(path))
    return row_cells(entry, screen.state.counted.get(entry.path))


def highlighted_path(screen: LibraryScreen) -> str | None:
    entry = screen.current_entry()
    return entry.path if entry else None


async def test_library_lists_opens_returns_and_remembers_position(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    store = open_store(str(tmp_path / "data"))
    app = ClaimReaderApp(store=store, folder=str(folder))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert screen.query_one(LibraryList).option_count == len(NAMES)
        assert len(screen.state.shown) == len(NAMES)
        await wait_for_counts(pilot, screen)
        shown = screen_text(app)
        for name in NAMES:
            assert load_document(str(folder / name)).title[:40] in shown
            assert name in shown  # the file name has a column of its own
        assert "Ann." in shown and "Notes" not in shown  # annotations, called what they are
        seed = folder / "execution-squads.txt"
        cells = cells_of(screen, seed)
        assert int(cells["claims"]) > 0  # claim count filled in by the worker
        assert cells["annotations"] == "0" and cells["read"] == ""  # no annotations, never read

        # j/k/g/G move like lazygit's list; enter opens the highlighted document
        lst = screen.query_one(LibraryList)
        await pilot.press("G")
        assert lst.highlighted == len(NAMES) - 1
        await pilot.press("j")
        assert lst.highlighted == len(NAMES) - 1  # no wrapping round
        await pilot.press("g", "k")
        assert lst.highlighted == 0
        while highlighted_path(screen) != str(seed):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.settings.from_library
        for _ in range(200):
            if reader.ready:
                break
            await pilot.pause(0.02)
        assert reader.doc.path == str(seed) and len(reader.session.claims) == int(cells["claims"])
        article = reader.query_one(ArticleView)
        article.focus()
        await pilot.press("}", "}", "}")
        await pilot.pause()
        position = article.cursor
        assert position > 0

        # q goes back (it does not quit); the position is saved and shown as a percentage
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen and app.return_code is None
        assert store.get_position(reader.doc.fingerprint) == position
        assert cells_of(screen, seed)["read"] == f"{100 * position / len(reader.doc.text):.0f}%"

        # reopening from the library puts the cursor back where reading stopped; escape also goes back
        await pilot.press("enter")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, ReaderScreen) and again is not reader
        assert again.query_one(ArticleView).cursor == position
        again.query_one(ArticleView).focus()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
    store.close()


async def test_subfolders_filter_sort_and_whole_titles(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, sub=True)
    app = ClaimReaderApp(store=open_store(str(tmp_path / "data")), folder=str(folder))
    async with app.run_test(size=(200, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert f"more/{LONG_TITLE}" in {e.rel for e in screen.state.entries}  # a sub-folder's documents are listed
        title = load_document(str(SAMPLES / LONG_TITLE)).title
        assert title[:110] in screen_text(app)  # the title gets the room the screen has, not 70 columns
        await pilot.press("slash", *"ebola")
        await pilot.pause()
        assert [e.name for e in screen.state.shown] == ["ebola-treatments.txt"]
        assert "1 of 4 documents" in screen_text(app)
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert len(screen.state.shown) == 4
        await pilot.press("o")  # title -> file
        await pilot.pause()
        assert screen.state.sort == "file"
        assert [e.rel for e in screen.state.shown] == sorted(e.rel for e in screen.state.entries)
        await pilot.press("q")
    assert app.return_code == 0  # q in the library quits


async def test_unreadable_file_is_listed_with_its_error(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    (folder / "latin.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    app = ClaimReaderApp(store=open_store(str(tmp_path / "data")), folder=str(folder))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        cells = cells_of(screen, folder / "latin.txt")
        assert cells["claims"] == "error" and "not valid UTF-8" in cells["why"]
        while highlighted_path(screen) != str(folder / "latin.txt"):
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen  # an error is reported, nothing opens


async def test_encoding_option_opens_the_folders_files(tmp_path: Path) -> None:
    """`reader FOLDER --encoding cp1252`: the library lists, counts and opens files in that encoding."""
    folder = tmp_path / "cp1252"
    folder.mkdir()
    seed = folder / "execution-squads.txt"
    seed.write_bytes((SAMPLES / "execution-squads.txt").read_text(encoding="utf-8").encode("cp1252"))
    app = ClaimReaderApp(store=open_store(str(tmp_path / "data")), folder=str(folder), options=LoadOptions(encoding="cp1252"))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await wait_for_counts(pilot, screen, 1)
        assert int(cells_of(screen, seed)["claims"]) > 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "Russia’s faltering invasion" in app.screen.doc.text
