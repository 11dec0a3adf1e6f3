"""Pilot: a check imported with `reader checks import` shows on the claim of an article that repeats it:
the marker in the claims list, the rating and the reviewer in the claim's detail, and `K` jumps to it."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli.main import main
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.widgets.claims_list import ClaimsList
from reader.tui.widgets.known_checks import MARKER
from tests.conftest import SEED
from tests.screen import screen_text

FEED = {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [{
    "@type": "ClaimReview", "url": "https://checks.example.org/execution-squads",
    "claimReviewed": "Vladimir Putin has sent execution squads to round up Russian soldiers who desert in Ukraine.",
    "author": {"@type": "Organization", "name": "Example Checks"}, "datePublished": "2022-03-10",
    "reviewRating": {"@type": "Rating", "alternateName": "Unproven"}}]}]}


async def until_known(pilot, app: ClaimReaderApp) -> ClaimsList:  # type: ignore[no-untyped-def]
    claims = app.screen.query_one(ClaimsList)
    for _ in range(500):
        if claims.known:
            return claims
        await pilot.pause(0.01)
    raise AssertionError("no claim was matched")


async def test_imported_check_marks_the_claim_and_shows_its_rating(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(FEED), encoding="utf-8")
    assert main(["checks", "import", str(feed)]) == 0
    assert "added 1" in capsys.readouterr().out
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(140, 50)) as pilot:
        claims = await until_known(pilot, app)
        (index,) = claims.known
        assert "execution squads" in app.screen.session.claims[index].quote
        assert claims.current != index
        await pilot.press("K")
        await pilot.pause()
        assert claims.current == index
        text = screen_text(app)
        assert MARKER in text
        assert "[Unproven]" in text and "Example Checks" in text and "https://checks.example.org/execution-squads" in text


async def test_a_verdict_given_here_joins_the_archive_but_does_not_match_its_own_article() -> None:
    from reader.core.checks.archive import open_archive
    from reader.core.checks.matcher import Matcher

    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(120, 40)) as pilot:
        session = app.screen.session
        for _ in range(500):
            if session.known_checks is not None:
                break
            await pilot.pause(0.01)
        await pilot.press("j", "v", "f")
        await pilot.pause()
        assert app.screen.query_one(ClaimsList).known == {}
        claim = session.claims[1]
    archive = open_archive(readonly=True)
    assert archive is not None
    (stored,) = list(archive)
    assert stored.check.rating == "False" and stored.check.source == "reader" and stored.check.claim == claim.quote
    assert Matcher(archive).matches(claim.quote)[0].check.key == stored.check.key
