"""Pilot tests of issue 17 ("a reader that feels right"), one or more per numbered item."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding

from reader.core.config import Config
from reader.core.documents.document import from_text, load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.claims_list import ClaimsList
from reader.tui.widgets.search_panel import SearchPanel
from tests.conftest import SAMPLES, SEED, until_ready
from tests.screen import screen_text, settle_search


def seed_app(**kw: object) -> ClaimReaderApp:
    return ClaimReaderApp(load_document(str(SEED)), config=Config(theme="textual-dark"), **kw)  # type: ignore[arg-type]


# 1 ------------------------------------------------------------------------------------------------------
async def test_1_keys_typed_before_the_claims_are_found_reach_the_search_box() -> None:
    """`/` then a query at once, before anything but the article is there: every key lands in the query line,
    none makes an annotation or opens a dialog; the results come once the index is built (in the background)."""
    doc = from_text(SEED.read_text(encoding="utf-8") * 40, str(SEED))  # ~120 kB: claims take a moment
    app = ClaimReaderApp(doc)
    async with App.run_test(app, size=(120, 40)) as pilot:  # App's own run_test: no waiting for the side pane
        await pilot.press("slash", *"white house", "e", "h", "t", "v")
        panel = app.screen.query_one(SearchPanel)
        assert panel.query_text == "white houseehtv" and panel.is_open
        assert app.screen.session.annotations == [] and type(app.screen).__name__ == "ReaderScreen"
        await until_ready(pilot)
        await settle_search(pilot)
        assert panel.query_text == "white houseehtv"
        await pilot.press(*["backspace"] * 15, *"putin")
        await settle_search(pilot)
        assert panel.hits and all("putin" in h.label.lower() for h in panel.hits)


async def test_1_the_index_is_built_once_and_kept() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_search(pilot)
        search = app.screen.search
        built = search._search.sentences  # noqa: SLF001 - the index object itself: it must not be rebuilt
        await pilot.press("slash", *"putin")
        await settle_search(pilot)
        await pilot.press("escape", "slash", "backspace")
        await settle_search(pilot)
        assert search._search.sentences is built  # noqa: SLF001


# 2 ------------------------------------------------------------------------------------------------------
async def test_2_n_is_next_match_only_and_a_writes_a_note() -> None:
    from reader.tui.dialogs.annotate import NoteEditor

    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)  # no search lit: n does not turn into "note"
        assert any("No search matches" in str(n.message) for n in app._notifications)  # noqa: SLF001
        footer = screen_text(app).splitlines()[-1]
        assert "a Note" in footer and "Note/next" not in footer
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)


# 3 ------------------------------------------------------------------------------------------------------
async def test_3_the_claims_list_stops_at_its_ends() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        lst = app.screen.query_one(ClaimsList)
        assert lst.has_focus and lst.highlighted == 0
        await pilot.press("k")
        assert lst.highlighted == 0  # k at the top stays at the top
        await pilot.press("G", "j")
        assert lst.highlighted == lst.row_count - 1


# 4 ------------------------------------------------------------------------------------------------------
def our_binding_owners() -> list[type]:
    import reader.tui.app as app_module
    import reader.tui.dialogs.annotate as annotate
    import reader.tui.dialogs.changes as changes
    import reader.tui.dialogs.export as export
    import reader.tui.screens.help as help_module
    import reader.tui.screens.library as library
    import reader.tui.screens.reader as reader
    import reader.tui.widgets.annotations_view as annotations_view
    import reader.tui.widgets.article as article
    import reader.tui.widgets.claims_list as claims_list
    import reader.tui.widgets.claims_pane as claims_pane
    import reader.tui.widgets.search_panel as search_panel
    import reader.tui.widgets.speakers_view as speakers_view

    modules = (app_module, annotate, changes, export, help_module, library, reader, annotations_view, article, claims_list,
               claims_pane, search_panel, speakers_view)
    return [cls for m in modules for _, cls in inspect.getmembers(m, inspect.isclass) if cls.__module__ == m.__name__ and "BINDINGS" in cls.__dict__]


def test_4_every_binding_has_an_id_a_description_and_a_tooltip() -> None:
    owners = our_binding_owners()
    bindings = [b for cls in owners for b in cls.__dict__["BINDINGS"] if isinstance(b, Binding)]
    assert len(owners) >= 12 and len(bindings) >= 70
    missing = [f"{b.key} {b.action}" for b in bindings if not (b.id and b.description and b.tooltip)]
    assert missing == [], missing


async def test_4_help_lists_filter_sort_and_search_keys_and_no_textual_noise() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        seen = screen_text(app)
        for _ in range(6):
            await pilot.press("pagedown")
            await pilot.pause()
            seen += screen_text(app)
        for words in ("Filter the claims", "Sort by position, speaker, kind or verdict", "Highlight the next result",
                      "Close the search", "false", "misleading", "search match"):
            assert words in seen, words
        assert "Page Left" not in seen and "Page Right" not in seen  # Textual's own bindings are not ours to list
        assert seen.count("Move to the next pane") == 1  # tab is listed once


async def test_4_the_palette_shows_what_a_key_does_in_words() -> None:
    from reader.tui.commands import ReaderCommands

    app = seed_app()
    async with app.run_test(size=(120, 40)):
        commands = list(ReaderCommands(app.screen)._commands())  # noqa: SLF001 - the rows the palette shows
        helps = [h for _, _, h in commands]
        import re

        assert commands and not [h for h in helps if re.search(r"\w+\(.*\) on [A-Z]\w+|\w+_\w+ on [A-Z]", h)], helps  # never "tab('x') on Screen"
        assert "Show the annotations" in helps and "Pick a colour theme (remembered)" in helps


# 5 ------------------------------------------------------------------------------------------------------
async def test_5_word_selection_holds_exactly_the_words_selected_and_e_moves_to_a_word_end() -> None:
    doc = load_document(str(SAMPLES / "cow-urine-covid.txt"))
    app = ClaimReaderApp(doc)
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)
        article.focus()
        article.move_to(doc.text.index("Reuters estimated"))
        await pilot.press("space", *"wwwww")
        await pilot.pause()
        assert article.selection is not None and article.selection.of(doc.text) == "Reuters estimated around 200 people"
        await pilot.press("escape")
        article.move_to(doc.text.index("Reuters estimated"))
        await pilot.press("space", *"eeeee")
        assert article.selection is not None and article.selection.of(doc.text) == "Reuters estimated around 200 people"


# 7 and 12b ----------------------------------------------------------------------------------------------
async def test_7_each_mark_has_its_own_colour_and_none_underlines_the_article() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)):
        article = app.screen.query_one(ArticleView)
        styles = {name: article.get_component_rich_style(f"article--{name}") for name in (
            "verdict-false", "verdict-misleading", "verdict-true", "verdict-unverified", "verdict-needs-context",
            "highlight", "lit", "match")}
        backgrounds = {name: s.bgcolor for name, s in styles.items()}
        assert len(set(backgrounds.values())) == len(backgrounds), backgrounds  # no two meanings share a colour
        assert not any(s.underline for s in styles.values())
        assert article.get_component_rich_style("article--gutter-claim").underline is not True


async def test_12b_without_colour_each_verdict_has_a_glyph_and_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.session.claim_view import STATE_MARKS, VERDICT_GLYPHS

    assert len(set(VERDICT_GLYPHS.values())) == len(VERDICT_GLYPHS)
    assert not set(VERDICT_GLYPHS.values()) & {mark.split()[0] for mark in STATE_MARKS.values() if mark}  # ✗ is "false" only
    monkeypatch.setenv("NO_COLOR", "1")
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        for key in ("v", "f", "j", "v", "m", "j", "v", "t", "j", "v", "c", "j", "v", "u"):
            await pilot.press(key)
            await pilot.pause()
        shown = screen_text(app)
        for words in ("✗ false", "! misleading", "✓ true", "+ context", "? unverified"):
            assert words in shown, words


# 8 ------------------------------------------------------------------------------------------------------
async def test_8_the_claim_detail_shows_its_verdict_tags_and_note() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v", "f", "t", *"casualties, needs-source", "enter", "a", *"Ask the ministry", "ctrl+s")
        await pilot.pause()
        detail = str(app.screen.query_one("#claim-detail").render())
        assert "✗ false" in detail and "#casualties #needs-source" in detail and "✎ Ask the ministry" in detail
        row = app.screen.query_one(ClaimsList).row(0, 60).plain
        assert "#casualt" in row and "+1" in row and "“troops from" in row  # the tags are short, the quote keeps its room


# 9 ------------------------------------------------------------------------------------------------------
async def test_9_at_80x24_the_article_keeps_most_rows_and_z_zooms() -> None:
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        article = app.screen.query_one(ArticleView)
        lst = app.screen.query_one(ClaimsList)
        assert article.scrollable_content_region.height >= 10 and lst.size.height >= 5
        await pilot.pause(0.1)  # the footer draws its keys once the bindings have settled
        footer = screen_text(app).rstrip("\n ").splitlines()[-1]
        assert "? Help" in footer and "q Quit" in footer
        await pilot.press("z")
        await pilot.pause()
        assert not app.screen.query_one("#side").display or app.screen.query_one("#side").size.height == 0
        assert article.scrollable_content_region.height >= 19


# 10 -----------------------------------------------------------------------------------------------------
def test_10_a_pasted_paragraph_has_no_title_and_all_its_claims(tmp_path: Path) -> None:
    import subprocess
    import sys

    from reader.core.claims.extract import extract_claims

    pasted = "The minister said the economy grew by 3.2 percent last year.\nCritics said the figure was inflated by one-off exports.\n"
    doc = from_text(pasted)
    assert doc.title == "" and doc.body_start == 0 and len(extract_claims(doc)) == 2
    out = subprocess.run([sys.executable, "-m", "reader", "claims", "-", "--format", "jsonl"], input=pasted, capture_output=True,
                         text=True, check=True, env={"XDG_DATA_HOME": str(tmp_path), "PATH": ""})
    import json

    assert [c["quote"] for c in json.loads(out.stdout)["claims"]] == [
        "the economy grew by 3.2 percent last year", "the figure was inflated by one-off exports"]
    headline = from_text("Council approves new bridge\n\nThe mayor said the bridge would open in May.\n")
    assert headline.title == "Council approves new bridge" and headline.body_start > 0


# 12 -----------------------------------------------------------------------------------------------------
async def test_12_export_dialog_centred_distinct_names_and_claimreview_fields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from reader.tui.dialogs.export import ExportDialog

    monkeypatch.chdir(tmp_path)
    config_path = tmp_path / "config.toml"
    app = ClaimReaderApp(load_document(str(SEED)), config=Config(path=config_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v", "f", "ctrl+e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        box = dialog.query_one(".dialog").region
        assert abs((box.x + box.width / 2) - 60) <= 2 and box.y > 0  # centred, not top-left
        names = set()
        for _ in range(4):
            names.add(dialog.query_one("#export-path").value)
            await pilot.press("down")
        assert len(names) == 4 and any(n.endswith(".w3c.jsonld") for n in names)
        while dialog.format != "claimreview":
            await pilot.press("up")
        await pilot.press("enter", "tab", *"https://news.example/squads", "tab", *"https://check.example/1", "tab", *"Example Check")
        await pilot.press("enter")
        await pilot.pause()
    review = json.loads((tmp_path / "execution-squads.claimreview.jsonld").read_text(encoding="utf-8"))["@graph"][0]
    assert review["url"] == "https://check.example/1" and review["author"]["name"] == "Example Check"
    assert review["itemReviewed"]["appearance"]["url"] == "https://news.example/squads"
    remembered = config_path.read_text(encoding="utf-8")
    assert 'reviewer = "Example Check"' in remembered and 'review_url = "https://check.example/1"' in remembered


# 13 -----------------------------------------------------------------------------------------------------
async def test_13_keys_are_answered_while_a_book_s_claims_are_still_being_found() -> None:
    doc = load_document(str(SAMPLES / "long" / "moby-dick.txt"))
    app = ClaimReaderApp(doc)
    async with App.run_test(app, size=(120, 40)) as pilot:
        screen = app.screen
        for _ in range(2000):
            if screen.session.claims:
                break
            await pilot.pause(0.01)
        assert screen.session.claims_pending  # the extractor is still working: on a thread, not the UI's
        article = screen.query_one(ArticleView)
        article.focus()
        await asyncio.sleep(0)
        before = article.cursor
        app.simulate_key("j")  # as the terminal sends it; polled without the pilot's wait for every queue to empty
        for _ in range(2000):
            if article.cursor != before:
                break
            await asyncio.sleep(0.001)
        assert article.cursor != before
        assert screen.session.claims_pending  # answered while the claims are still being found
