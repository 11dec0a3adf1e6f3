"""Pilot tests for annotating by keyboard: verdict, tags, note, highlight, undo/redo, selection, review."""

from __future__ import annotations

from pathlib import Path

from reader.core.annotations.backends import open_store
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.dialogs.annotate import NoteEditor, TagsDialog, VerdictPicker
from reader.tui.widgets.annotations_view import AnnotationList
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.claims_list import ClaimsList
from tests.conftest import SEED
from tests.screen import screen_text


def seed_app() -> ClaimReaderApp:
    return ClaimReaderApp(load_document(str(SEED)))


async def test_verdict_on_claim_is_saved_and_shown() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "j", "v")
        await pilot.pause()
        assert isinstance(app.screen, VerdictPicker)
        await pilot.press("f")
        await pilot.pause()
        claim = app.screen.session.claims[2]
        stored = open_store().for_document(app.screen.doc)
        assert [(a.verdict, a.span) for a in stored] == [("false", claim.span)]
        marks = app.screen.query_one(ClaimsList).marks
        assert set(marks) == {2} and marks[2].verdict == "false"
        shown = screen_text(app)
        assert "✗ false" in shown  # glyph and word: readable without colour
        assert "verdict: false" in shown  # said in the status line, not a toast


async def test_tags_with_completion_note_and_highlight() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagsDialog)
        await pilot.press(*"casualties, needs-source", "enter")
        await pilot.pause()
        await pilot.press("j", "t")
        await pilot.pause()
        await pilot.press("c", "a", "right", "enter")  # → accepts the completion "casualties"
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Ask the", "enter", *"ministry", "ctrl+s")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        by_span = {a.span: a for a in open_store().for_document(app.screen.doc)}
        first, second = app.screen.session.claims[0].span, app.screen.session.claims[1].span
        assert by_span[first].tags == ("casualties", "needs-source")
        assert by_span[second].tags == ("casualties",)
        assert by_span[second].note == "Ask the\nministry"
        assert by_span[second].highlight is True


async def test_escape_cancels_dialogs_without_saving() -> None:
    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a", *"draft", "escape", "v", "escape", "t", *"x", "escape")
        await pilot.pause()
        assert open_store().for_document(app.screen.doc) == []


async def test_undo_and_redo() -> None:
    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v", "t", "v", "m")  # true, then misleading
        await pilot.pause()
        assert [a.verdict for a in open_store().for_document(app.screen.doc)] == ["misleading"]
        await pilot.press("u")
        await pilot.pause()
        assert [a.verdict for a in open_store().for_document(app.screen.doc)] == ["true"]
        await pilot.press("u")
        await pilot.pause()
        assert open_store().for_document(app.screen.doc) == []
        await pilot.press("ctrl+r", "ctrl+r")
        await pilot.pause()
        assert [a.verdict for a in open_store().for_document(app.screen.doc)] == ["misleading"]


async def test_keyboard_selection_highlight_in_article() -> None:
    doc = load_document(str(SEED))
    app = ClaimReaderApp(doc)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("tab")
        article = app.screen.query_one(ArticleView)
        assert article.has_focus
        await pilot.press("s", "space", "w", "w", "right")
        await pilot.pause()
        sel = article.selection
        assert sel is not None and sel.of(doc.text) == "As troops fr"
        assert "selection" in screen_text(app)
        await pilot.press("h")
        await pilot.pause()
        (a,) = open_store().for_document(doc)
        assert a.highlight and a.selector.exact == "As troops fr" and a.claim_key is None
        assert article.selection is None


async def _orphaned(tmp_path) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """A copy of the seed whose first claim was marked false in the app, then edited so that its passage is gone
    entirely: (the file, the quote the verdict was on)."""
    text = load_document(str(SEED)).text
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    app = ClaimReaderApp(load_document(str(path)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v", "f")
        await pilot.pause()
        quote = app.screen.session.claims[0].quote
    path.write_text(text.replace(quote, "Nothing of the sort was said in the edited version"), encoding="utf-8")
    return path, quote


async def test_annotations_tab_lists_orphans_and_reattaches(tmp_path) -> None:
    path, _ = await _orphaned(tmp_path)
    doc2 = load_document(str(path))
    app2 = ClaimReaderApp(doc2)
    async with app2.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        shown = screen_text(app2)
        assert "Orphans (r re-attaches to the selection) (1)" in shown and "orphan" in shown
        lst = app2.screen.query_one(AnnotationList)
        assert lst.has_focus
        # select a new span in the article, then re-attach the orphan to it
        await pilot.press("tab")
        article = app2.screen.query_one(ArticleView)
        await pilot.press("s", "space", "w", "w")
        await pilot.press("2", "r")
        await pilot.pause()
        (a,) = open_store().for_document(doc2)
        assert a.state == "exact" and a.verdict == "false"
        assert a.selector.exact == doc2.text[a.selector.start : a.selector.end]
        assert article.selection is None


async def test_enter_on_an_orphan_shows_the_words_it_was_on(tmp_path) -> None:
    path, quote = await _orphaned(tmp_path)
    app2 = ClaimReaderApp(load_document(str(path)))
    async with app2.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "enter")
        await pilot.pause()
        said = [str(n.message) for n in app2._notifications]  # noqa: SLF001 - no public list of toasts
        assert len(said) == 1 and said[0].startswith("It was on: …") and "press r here to re-attach it" in said[0]
        assert "⟦" + quote[:40] in said[0]  # the quote, in the words around it then


async def test_y_copies_the_claim_with_its_speaker_or_the_selection() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        claims = app.screen.query_one(ClaimsList)
        quoted = next(i for i, c in enumerate(app.screen.session.claims) if c.speaker == "Dmitry Peskov")
        for _ in range(quoted):
            await pilot.press("j")
        await pilot.press("y")
        await pilot.pause()
        c = app.screen.session.claims[quoted]
        assert claims.current == quoted
        assert app.clipboard == f"“{c.quote}” — Dmitry Peskov ({app.screen.doc.title})"
        # a selection in the article: just its words and the article
        app.screen.query_one(ArticleView).focus()
        await pilot.press("g", "space", "w", "w", "left", "y")
        await pilot.pause()
        assert app.clipboard == f"“Putin sending” ({app.screen.doc.title})"
        assert app.screen.query_one(ArticleView).selection is None
