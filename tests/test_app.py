"""Pilot tests of the main screen: claims light their spans, help opens, q quits."""

from __future__ import annotations

from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.screens.help import HelpScreen
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.claims_list import ClaimsList
from tests.conftest import SEED
from tests.screen import screen_text


async def test_third_claim_lights_its_span() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        claims = app.screen.query_one(ClaimsList)
        article = app.screen.query_one(ArticleView)
        assert claims.has_focus
        await pilot.press("j", "down")
        await pilot.pause()
        assert claims.highlighted == 2
        assert article.spans_of("lit").spans == [app.screen.session.claims[2].span]
        # the lit span is on screen
        line = article.lines.line_of(app.screen.session.claims[2].span.start)
        assert article.scroll_offset.y <= line < article.scroll_offset.y + article.scrollable_content_region.height
        await pilot.press("k")
        await pilot.pause()
        assert article.spans_of("lit").spans == [app.screen.session.claims[1].span]


async def test_enter_focuses_article_at_claim() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "j", "j", "enter")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        assert article.has_focus
        assert article.cursor == app.screen.session.claims[3].span.start
        await pilot.press("tab")
        assert app.screen.query_one(ClaimsList).has_focus


async def test_help_opens_and_closes_then_q_quits() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        assert "claim-reader — keys" in shown and "Move to the next pane" in shown
        seen = shown
        for _ in range(8):
            await pilot.press("pagedown")
            await pilot.pause()
            seen += screen_text(app)
        for words in ("Put the article's cursor on the highlighted claim", "Highlight the next claim", "To the start of the next sentence",
                      "Start a selection here", "Leave claim-reader", "Every key, and what the colours mean"):
            assert words in seen
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_article_cursor_moves_by_sentence_and_word() -> None:
    doc = load_document(str(SEED))
    app = ClaimReaderApp(doc)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("tab")
        article = app.screen.query_one(ArticleView)
        assert article.has_focus
        await pilot.press("s")
        assert doc.text[article.cursor :].startswith("As troops")
        await pilot.press("s")
        assert doc.text[article.cursor :].startswith("According to a Telegram")
        await pilot.press("w")
        assert doc.text[article.cursor :].startswith("to a Telegram")
        await pilot.press("b")
        assert doc.text[article.cursor :].startswith("According to a Telegram")
        await pilot.press("w", "S")
        assert doc.text[article.cursor :].startswith("According to a Telegram")
        await pilot.press("S")
        assert doc.text[article.cursor :].startswith("As troops")


async def test_reading_position_is_remembered() -> None:
    doc = load_document(str(SEED))
    app = ClaimReaderApp(doc)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("tab", "s", "s", "s", "w")
        offset = app.screen.query_one(ArticleView).cursor
        assert offset > 0
        await pilot.press("q")
    app2 = ClaimReaderApp(load_document(str(SEED)))
    async with app2.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app2.screen.query_one(ArticleView).cursor == offset


async def test_clicks_move_the_cursor_and_choose_claims() -> None:
    doc = load_document(str(SEED))
    app = ClaimReaderApp(doc)
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)
        target = doc.text.index("According to a Telegram")
        line = article.lines.line_of(target)
        # border (1) + gutter (1) to the left, border (1) above; 9 cells into the line
        await pilot.click("#article", offset=(2 + 9, 1 + line))
        await pilot.pause()
        assert article.has_focus
        assert article.cursor == target + 9
        claims = app.screen.query_one(ClaimsList)
        await pilot.click("#claims", offset=(5, 3))
        await pilot.pause()
        assert claims.highlighted is not None
        assert article.spans_of("lit").spans == [app.screen.session.claims[claims.highlighted].span]


async def test_the_article_follows_the_claims_list_only_from_the_claims_pane() -> None:
    """A highlight the reader did not make (a book's first batch of claims arriving) must not scroll the article
    away from where the reader is; coming into the list shows its claim."""
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(80, 16)) as pilot:
        article = app.screen.query_one(ArticleView)
        claims = app.screen.query_one(ClaimsList)
        article.focus()
        await pilot.press("G")
        await pilot.pause()
        bottom = article.scroll_offset.y
        assert bottom > 0
        claims.show_claim(0)
        claims.show_claim(1)
        await pilot.pause()
        assert article.scroll_offset.y == bottom
        assert article.spans_of("lit").spans == [app.screen.session.claims[1].span]
        await pilot.press("tab")
        await pilot.pause()
        assert claims.has_focus
        line = article.lines.line_of(app.screen.session.claims[1].span.start)
        assert article.scroll_offset.y <= line < article.scroll_offset.y + article.scrollable_content_region.height
        assert article.scroll_offset.y < bottom
