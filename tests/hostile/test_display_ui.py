"""Pilot: hostile text in the article, claims, search results and notes is shown, never obeyed."""

from __future__ import annotations

from reader.core.document import from_text
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
        assert any(c.quote.startswith("\x1b[2J[bold]") for c in app.claims)
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
        claim = app.claims[0]
        app.session.set_tags(claim.span, ["[red]x[/red]", "\x1b[31mansi"])
        app.session.set_note(claim.span, "note [@click=app.quit]quit[/]\x07")
        app.screen.refresh_annotations()
        await pilot.press("2")
        await pilot.pause()
        shown = screen_text(app)
        assert "#[red]x[/red]" in shown and "#␛[31mansi" in shown
        assert "[@click=app.quit]quit[/]␇" in shown
        (a,) = app.session.store.for_document(app.document)
        assert a.tags == ("[red]x[/red]", "\x1b[31mansi") and a.note == "note [@click=app.quit]quit[/]\x07"
