"""The reading screen reloads its article when the file changes on disk; annotations re-anchor, the cursor stays
on its words, and a vanished file changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.screens.file_watch import carried_cursor
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.claims_list import ClaimsList
from tests.conftest import SEED, until_ready

EDITOR_NOTE = "Editor's note: this story was updated on Friday with the Kremlin's response.\n\n"


def edit(path: Path) -> None:
    title, body = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(f"{title}\n\n{EDITOR_NOTE}{body}", encoding="utf-8")


async def test_an_edit_on_disk_reloads_and_reanchors(tmp_path: Path) -> None:
    article = tmp_path / "squads.txt"
    shutil.copy(SEED, article)
    app = ClaimReaderApp(load_document(str(article)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "j", "v", "f")  # verdict "false" on the third claim
        await pilot.pause()
        quote = app.screen.session.claims[2].quote
        view = app.screen.query_one(ArticleView)
        view.focus()
        words = app.screen.doc.text.index("Reports from the front line")
        view.move_to(words)
        first = app.screen
        edit(article)
        first.check_file()  # seen changing
        first.check_file()  # held still: reload
        await pilot.pause()
        await until_ready(pilot)  # the edited text's claims come from the extractor's child process
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen is not first
        assert EDITOR_NOTE.strip() in screen.doc.text and app.screen.doc is screen.doc
        (a,) = screen.session.annotations
        assert a.verdict == "false" and a.state == "moved" and a.span.of(screen.doc.text) == quote
        cursor = screen.doc.text.index("Reports from the front line")
        assert screen.query_one(ArticleView).cursor == cursor
        current = screen.query_one(ClaimsList).current
        assert current is not None and current > 0 and screen.session.claims[current].span.end > cursor >= screen.session.claims[current - 1].span.end


async def test_a_vanished_file_keeps_the_article(tmp_path: Path) -> None:
    article = tmp_path / "squads.txt"
    shutil.copy(SEED, article)
    app = ClaimReaderApp(load_document(str(article)))
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        assert isinstance(first, ReaderScreen)
        article.unlink()
        first.check_file()
        await pilot.pause()
        assert app.screen is first
        assert any("is gone or unreadable" in str(n.message) for n in app._notifications)  # noqa: SLF001


def test_cursor_follows_its_words_through_an_edit() -> None:
    old = SEED.read_text(encoding="utf-8")
    title, body = old.split("\n", 1)
    new = f"{title}\n\n{EDITOR_NOTE}{body}"
    at = old.index("desperately low morale")
    assert carried_cursor(old, new, at) == new.index("desperately low morale")
    assert carried_cursor(old, "", at) == 0
