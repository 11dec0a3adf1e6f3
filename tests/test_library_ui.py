"""Pilot test of the library screen on a folder of the real sample articles."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import DataTable

from reader.core.annotations.backends import open_store
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.screens.library import LibraryReaderScreen, LibraryScreen
from reader.tui.widgets.article import ArticleView
from tests.conftest import SAMPLES
from tests.screen import screen_text

NAMES = ("execution-squads.txt", "ebola-treatments.txt", "el-paso-shooting.txt")


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "notes.bin").write_bytes(b"\x00\x01")  # not a document: not listed
    return folder


async def wait_for_counts(pilot, screen: LibraryScreen) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):
        if len(screen.state.counted) == len(NAMES):
            break
        await pilot.pause(0.05)
    await pilot.pause()


def row_of(table: DataTable, path: Path) -> list[str]:  # type: ignore[type-arg]
    return [str(c) for c in table.get_row(str(path))]


async def test_library_lists_opens_returns_and_remembers_position(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    store = open_store(str(tmp_path / "data"))
    app = ClaimReaderApp(store=store, folder=str(folder))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == len(NAMES)
        await wait_for_counts(pilot, screen)
        shown = screen_text(app)
        titles = {name: load_document(str(folder / name)).title for name in NAMES}
        for title in titles.values():
            assert title[:40] in shown
        seed = folder / "execution-squads.txt"
        seed_row = row_of(table, seed)
        assert int(seed_row[2]) > 0  # claim count filled in by the worker
        assert seed_row[3] == "0" and seed_row[4] == ""  # no annotations, never read

        # enter opens the highlighted document
        table.move_cursor(row=table.get_row_index(str(seed)))
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, LibraryReaderScreen)
        assert reader.doc.path == str(seed) and reader.claims
        assert len(reader.claims) == int(seed_row[2])
        article = reader.query_one(ArticleView)
        article.focus()
        await pilot.press("}", "}", "}")
        await pilot.pause()
        position = article.cursor
        assert position > 0

        # escape goes back; the position is saved and shown as a percentage
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert store.get_position(reader.doc.fingerprint) == position
        percent = f"{100 * position / len(reader.doc.text):.0f}%"
        assert row_of(table, seed)[4] == percent

        # reopening from the library puts the cursor back where reading stopped
        await pilot.press("enter")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, LibraryReaderScreen) and again is not reader
        assert again.query_one(ArticleView).cursor == position
    store.close()


async def test_unreadable_file_is_listed_with_its_error(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    (folder / "latin.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    app = ClaimReaderApp(store=open_store(str(tmp_path / "data")), folder=str(folder))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(DataTable)
        row = row_of(table, folder / "latin.txt")
        assert row[2] == "error" and "not valid UTF-8" in row[4]
        table.move_cursor(row=table.get_row_index(str(folder / "latin.txt")))
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen  # an error is reported, nothing opens


async def test_encoding_option_opens_the_folders_files(tmp_path: Path) -> None:
    """`reader FOLDER --encoding cp1252`: the library lists, counts and opens files in that encoding."""
    from reader.core.documents.document import LoadOptions

    folder = tmp_path / "cp1252"
    folder.mkdir()
    seed = folder / "execution-squads.txt"
    seed.write_bytes((SAMPLES / "execution-squads.txt").read_text(encoding="utf-8").encode("cp1252"))
    app = ClaimReaderApp(store=open_store(str(tmp_path / "data")), folder=str(folder), options=LoadOptions(encoding="cp1252"))
    async with app.run_test(size=(130, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        for _ in range(200):
            if screen.state.counted:
                break
            await pilot.pause(0.05)
        table = screen.query_one(DataTable)
        assert int(row_of(table, seed)[2]) > 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryReaderScreen)
        assert "Russia’s faltering invasion" in app.screen.doc.text
