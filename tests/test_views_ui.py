"""Pilot tests: claims filter and sort, counts header, speakers tab, typed jumps, export dialog."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.dialogs.export import ExportDialog
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.claims_list import ClaimsList
from tests.conftest import SEED
from tests.screen import screen_text


async def test_filter_by_kind_and_speaker_then_sort() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        lst = app.screen.query_one(ClaimsList)
        assert f"{len(app.screen.session.claims)} claims" in screen_text(app)
        await pilot.press("f", *"quote")
        await pilot.pause()
        assert lst.order and all(app.screen.session.claims[i].kind == "quote" for i in lst.order)
        assert f"showing {len(lst.order)} of {len(app.screen.session.claims)} claims" in screen_text(app)
        await pilot.press(*" @ribakova", "enter")
        await pilot.pause()
        assert lst.has_focus
        assert [app.screen.session.claims[i].speaker for i in lst.order] == ["Elina Ribakova"] * len(lst.order)
        await pilot.press("f", *["backspace"] * 30, "enter", "o")
        await pilot.pause()
        assert lst.sort == "speaker" and len(lst.order) == len(app.screen.session.claims)
        speakers = [(app.screen.session.claims[i].speaker or "\uffff").lower() for i in lst.order]
        assert speakers == sorted(speakers)
        await pilot.press("o")
        kinds = [app.screen.session.claims[i].kind for i in lst.order]
        assert lst.sort == "kind" and kinds == sorted(kinds, key=["quote", "attribution", "report", "statistic", "assertion"].index)


async def test_verdict_filter_finds_unreviewed() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v", "f", "j", "v", "t")
        await pilot.pause()
        lst = app.screen.query_one(ClaimsList)
        await pilot.press("f", *":none", "enter")
        await pilot.pause()
        assert 0 not in lst.order and 1 not in lst.order and len(lst.order) == len(app.screen.session.claims) - 2
        await pilot.press("f", *["backspace"] * 5, *":false", "enter")
        await pilot.pause()
        assert lst.order == [0]


async def test_speakers_tab_lists_people_and_opens_their_claims() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        shown = screen_text(app)
        assert "Elina Ribakova" in shown and "via the Guardian" in shown
        assert "Dmitry Peskov" in shown
        speakers = app.screen.query_one("#speakers")
        target = next(i for i, p in enumerate(speakers.people) if p.name == "Dmitry Peskov")
        speakers.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        lst = app.screen.query_one(ClaimsList)
        assert lst.has_focus
        assert {app.screen.session.claims[i].speaker for i in lst.order} == {"Dmitry Peskov"}


async def test_typed_jumps_visit_quotes_statistics_and_unreviewed() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        article = app.screen.query_one(ArticleView)
        quotes = [c.span.start for c in app.screen.session.claims if c.kind == "quote"]
        await pilot.press("apostrophe")
        assert article.cursor == quotes[0]
        await pilot.press("apostrophe")
        assert article.cursor == quotes[1]
        await pilot.press("quotation_mark")
        assert article.cursor == quotes[0]
        await pilot.press("percent_sign")
        stat = next(c for c in app.screen.session.claims if c.span.start > quotes[0] and (c.kind == "statistic" or c.numbers))
        assert article.cursor == stat.span.start
        assert "statistic: claim" in screen_text(app)
        # give the first claim a verdict: ] skips it
        await pilot.press("g")
        lst = app.screen.query_one(ClaimsList)
        lst.focus()
        lst.highlighted = 0
        await pilot.press("v", "t")
        await pilot.pause()
        article.focus()
        article.move_to(0)
        await pilot.press("right_square_bracket")
        assert article.cursor == app.screen.session.claims[1].span.start


@pytest.mark.parametrize("fmt", ["csv", "w3c"])
async def test_export_dialog_writes_and_asks_before_overwriting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v", "f", "ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        while app.screen.format != fmt:
            await pilot.press("down")
        await pilot.press("enter", "enter")
        await pilot.pause()
        out = tmp_path / f"execution-squads{'.csv' if fmt == 'csv' else '.w3c.jsonld'}"
        assert out.exists()
        if fmt == "csv":
            rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
            assert len(rows) == len(app.screen.session.claims) and rows[0]["Verdict"] == "false"
        else:
            items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
            assert len(items) == 1
        out.write_text("keep me", encoding="utf-8")
        await pilot.press("ctrl+e")
        await pilot.pause()
        while app.screen.format != fmt:
            await pilot.press("down")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert "exists: press enter again" in screen_text(app)
        assert out.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        assert out.read_text(encoding="utf-8") != "keep me"


async def test_claim_detail_shows_role_outlet_cue_and_numbers() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(160, 48)) as pilot:
        lst = app.screen.query_one(ClaimsList)
        peskov = next(i for i, c in enumerate(app.screen.session.claims) if c.speaker == "Dmitry Peskov")
        lst.show_claim(peskov)
        await pilot.pause()
        shown = screen_text(app)
        c = app.screen.session.claims[peskov]
        assert f"Dmitry Peskov, {c.role}" in shown and f"via {c.via}" in shown and f"cue: {c.cue}" in shown
        stat = next(i for i, c in enumerate(app.screen.session.claims) if c.numbers)
        lst.show_claim(stat)
        await pilot.pause()
        assert "numbers: " + ", ".join(n.text for n in app.screen.session.claims[stat].numbers) in screen_text(app)


async def test_escape_in_the_claims_filter_drops_it_and_returns_to_the_list() -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        lst = app.screen.query_one(ClaimsList)
        every = len(app.screen.session.claims)
        await pilot.press("f", *"quote")
        await pilot.pause()
        assert len(lst.order) < every
        await pilot.press("escape")
        await pilot.pause()
        assert lst.has_focus and len(lst.order) == every
        line = app.screen.query_one("#claims-filter")
        assert not line.display and line.value == ""
        await pilot.press("question_mark")  # keys go to the list's screen again, not into the closed filter
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
