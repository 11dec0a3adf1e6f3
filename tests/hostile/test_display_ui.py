"""Pilot: hostile text in the article, claims, search results and notes is shown, never obeyed."""

from __future__ import annotations

from reader.core.documents.document import from_text
from reader.tui.app import ClaimReaderApp
from tests.screen import screen_text

HOSTILE = (
    "Hostile \x1b]0;pwned\x07 title\n\n"
    'The minister said "\x1b[2J[bold]wiped[/bold] [@click=app.quit]go[/] \u202eevil" on Monday.\n'
)


async def test_article_claims_and_search_show_placeholders() -> None:
    app = ClaimReaderApp(from_text(HOSTILE, path="hostile.txt"))
    async with app.run_test(size=(120, 30)) as pilot:
        shown = screen_text(app)
        assert "Hostile ␛]0;pwned␇ title" in shown
        assert "␛[2J[bold]wiped[/bold] [@click=app.quit]go[/]" in shown and "⁇evil" in shown
        assert "\x1b" not in shown and "\u202e" not in shown
        assert any(c.quote.startswith("\x1b[2J[bold]") for c in app.screen.session.claims)
        await pilot.press("slash", *"wiped")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = screen_text(app)
        assert "[bold]wiped[/bold]" in shown and "\x1b" not in shown
    assert app.return_code in (None, 0)


async def test_notes_and_tags_are_stored_verbatim_and_shown_literally() -> None:
    app = ClaimReaderApp(from_text(HOSTILE, path="hostile.txt"))
    async with app.run_test(size=(120, 30)) as pilot:
        claim = app.screen.session.claims[0]
        app.screen.session.set_tags(claim.span, ["[red]x[/red]", "\x1b[31mansi"])
        app.screen.session.set_note(claim.span, "note [@click=app.quit]quit[/]\x07")
        app.screen.refresh_annotations()
        await pilot.press("2")
        await pilot.pause()
        shown = screen_text(app)
        assert "#[red]x[/red]" in shown and "#␛[31mansi" in shown
        assert "[@click=app.quit]quit[/]␇" in shown
        (a,) = app.screen.session.store.for_document(app.screen.doc)
        assert a.tags == ("[red]x[/red]", "\x1b[31mansi") and a.note == "note [@click=app.quit]quit[/]\x07"


async def test_notifications_show_hostile_paths_literally(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A notice naming a file (here: the open article vanished) never parses the name as markup or control codes."""
    from reader.core.documents.document import load_document
    from reader.tui.screens.reader import ReaderScreen

    hostile = tmp_path / "[@click=app.quit]x[red] \x1b[31mred.txt"
    hostile.write_text("Title\n\nThe minister said the bridge was closed.\n", encoding="utf-8")
    app = ClaimReaderApp(load_document(str(hostile)))
    async with app.run_test(size=(160, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        hostile.unlink()
        screen.check_file()
        await pilot.pause(0.3)
        (notice,) = [n for n in app._notifications if "is gone" in n.message]  # noqa: SLF001
        assert not notice.markup and "[@click=app.quit]x[red] ␛[31mred.txt is gone" in notice.message
        shown = screen_text(app)
        assert "─ [@click=app.quit]x[red] ␛[31mred.txt ─" in shown  # the article's border title
        assert "\x1b" not in shown
        toasts = app.screen.query("Toast")
        if toasts:
            await pilot.click(toasts.first())  # clicking the notice runs no action from the name
            await pilot.pause()
    assert app.return_code in (None, 0)


async def test_library_rows_show_hostile_names_literally(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reader.core.annotations.backends import open_store
    from reader.tui.screens.library import LibraryScreen

    folder = tmp_path / "[bold]lib[red]"
    folder.mkdir()
    (folder / "a.txt").write_text("[@click=app.quit]Quit[red] title \x1b]0;pwned\x07\n\nThe minister said the bridge was closed.\n",
                                  encoding="utf-8")
    app = ClaimReaderApp(store=open_store(str(tmp_path / "data")), folder=str(folder))
    async with app.run_test(size=(120, 20)) as pilot:
        assert isinstance(app.screen, LibraryScreen)
        await pilot.pause()
        shown = screen_text(app)
        assert "[bold]lib[red]: 1 document" in shown
        assert "[@click=app.quit]Quit[red] title ␛]0;pwned␇" in shown and "\x1b" not in shown
