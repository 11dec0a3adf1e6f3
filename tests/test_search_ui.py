"""Pilot tests for live search: typo-tolerant ranking, negation, speaker filter, n/N stepping."""

from __future__ import annotations

from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.search_panel import SearchPanel
from tests.conftest import SEED
from tests.screen import screen_text, settle_search


async def type_query(pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash", *query)
    await settle_search(pilot)


async def test_typos_still_find_the_execution_squads_claim() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "exectuion sqads")
        panel = app.screen.query_one(SearchPanel)
        first = panel.hits[0]
        assert first.source == "claim"
        assert "execution squads" in app.screen.session.claims[first.claim_index].quote
        assert "CLAIM" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        assert article.has_focus and article.cursor == first.span.start
        assert not panel.is_open


async def test_negation_excludes_and_speaker_filter_lists_claims() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "putin")
        panel = app.screen.query_one(SearchPanel)
        assert any("russia" in h.label.lower() for h in panel.hits)
        await pilot.press(*" !russia")
        await settle_search(pilot)
        assert panel.hits and any("Peskov" in h.label for h in panel.hits)
        assert all("russia" not in h.label.lower() and "putin" in h.label.lower() for h in panel.hits)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash", *["backspace"] * 20, *"@peskov")
        await settle_search(pilot)
        claims = [h for h in panel.hits if h.source == "claim"]
        assert claims and all(app.screen.session.claims[h.claim_index].speaker == "Dmitry Peskov" for h in claims)
        assert len(claims) == sum(c.speaker == "Dmitry Peskov" for c in app.screen.session.claims)


async def test_n_steps_through_matches_and_escape_keeps_position() -> None:
    doc = load_document(str(SEED))
    app = ClaimReaderApp(doc)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "'Russia")
        await pilot.press("escape")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        assert article.has_focus
        matches = article.spans_of("match").spans
        assert len(matches) >= 5
        positions = []
        for _ in range(3):
            await pilot.press("n")
            positions.append(article.cursor)
        assert positions == [m.start for m in matches[:3]]
        assert all(doc.text[p : p + 6] == "Russia" for p in positions)
        await pilot.press("N")
        assert article.cursor == matches[1].start
        assert "match 2 of" in screen_text(app)


async def test_slash_types_into_the_query_and_the_note_editor() -> None:
    """`/` is a priority binding (so a burst after it lands in the query), yet it is a plain character in text fields."""
    from textual.widgets import Input, TextArea

    from reader.tui.dialogs.annotate import NoteEditor

    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "24/7")
        assert app.screen.query_one("#search-input", Input).value == "24/7"
        await pilot.press("escape", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"and/or")
        assert app.screen.query_one(TextArea).text == "and/or"


async def test_a_query_no_line_holds_whole_shows_the_closest_and_says_so() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "exectuion sqads qqz")
        panel = app.screen.query_one(SearchPanel)
        assert panel.hits and not panel.hits[0].whole
        assert "execution squads" in panel.hits[0].label.lower()
        assert "no result has every word" in screen_text(app)
        await pilot.press(*["backspace"] * 4)
        await settle_search(pilot)
        assert panel.hits and all(h.whole for h in panel.hits)
        assert "no result has every word" not in screen_text(app)
