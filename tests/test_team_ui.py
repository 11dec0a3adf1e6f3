"""The app in team mode (pilot): a teammate's change shows without a key pressed, the footer says the team state,
a server that goes away makes the app offline (not frozen) with its actions queued, conflicts are marked."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from reader.core.annotations.backends import open_store
from reader.core.annotations.sync import TeamSync
from reader.core.documents.document import load_document
from reader.core.session.claim_view import NO_MARK
from reader.core.session.session import claim_key
from reader.tui.app import ClaimReaderApp
from reader.tui.widgets.claims_list import ClaimsList
from reader.tui.widgets.status import StatusBar
from tests.conftest import SEED
from tests.services.fixtures import Team

pytestmark = pytest.mark.postgres


def team_app(team: Team, who: str, home: Path) -> ClaimReaderApp:
    return ClaimReaderApp(load_document(str(SEED)), store=open_store(str(home / who)), team_url=team.url(who))


async def until(pilot, check, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Wait (without pressing anything) until `check()` holds."""
    for _ in range(int(timeout / 0.05)):
        if check():
            return
        await pilot.pause(0.05)
    raise AssertionError("never happened")


def status(app: ClaimReaderApp) -> str:
    return app.screen.query_one(StatusBar).team_state


def teammate(team: Team, home: Path) -> tuple[TeamSync, object]:
    store = open_store(str(home / "alice"))
    sync = TeamSync(store, team.url("alice"))
    sync.connect()
    return sync, store


def alice_sets(sync: TeamSync, verdict: str, index: int = 0) -> None:
    from reader.core.claims.extract import extract_claims
    from reader.core.session.session import Session

    doc = load_document(str(SEED))
    session = Session.open(doc, extract_claims(doc), sync.store)
    c = session.claims[index]
    session.set_verdict(c.span, verdict, claim_key(c))
    sync.disconnect()  # a fresh connection: the server may have restarted since the last one
    sync.connect()
    sync.sync()


async def test_a_teammates_verdict_appears_without_a_key(pg_team: Team, tmp_path: Path) -> None:
    app = team_app(pg_team, "bob", tmp_path)
    alice, _ = teammate(pg_team, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: status(app) == "team: live")
        await asyncio.to_thread(alice_sets, alice, "false")
        await until(pilot, lambda: (app.screen.query_one(ClaimsList).marks.get(0) or NO_MARK).verdict == "false")
        assert app.screen.session is not None and app.screen.session.for_claim(0).verdict == "false"  # type: ignore[union-attr]
    alice.close()


async def test_offline_actions_are_queued_in_the_footer_and_sent_on_return(pg_team: Team, tmp_path: Path) -> None:
    app = team_app(pg_team, "bob", tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: status(app) == "team: live")
        await asyncio.to_thread(pg_team.cluster.stop)
        try:
            await until(pilot, lambda: status(app).startswith("team: offline"))
            for _ in range(3):  # the app still answers at once: verdicts on three claims
                await pilot.press("v", "t")
                await pilot.pause()
                await pilot.press("j")
            await until(pilot, lambda: status(app) == "team: offline, 3 queued")
        finally:
            await asyncio.to_thread(pg_team.cluster.start)
        await until(pilot, lambda: status(app) == "team: live", timeout=15)
        assert app.team is not None and app.team.outbox.queued() == 0
    alice, _ = teammate(pg_team, tmp_path)
    alice.sync()
    assert sorted(a.verdict or "" for a in alice.store.all()) == ["true", "true", "true"]
    alice.close()


async def test_a_conflict_is_marked_on_the_claim_and_settled_by_choosing(pg_team: Team, tmp_path: Path) -> None:
    alice, _ = teammate(pg_team, tmp_path)
    await asyncio.to_thread(alice_sets, alice, "unverified")
    app = team_app(pg_team, "bob", tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        claims = app.screen.query_one(ClaimsList)
        await until(pilot, lambda: (claims.marks.get(0) or NO_MARK).verdict == "unverified")
        await asyncio.to_thread(pg_team.cluster.stop)
        try:
            await until(pilot, lambda: status(app).startswith("team: offline"))
            claims.focus()
            await pilot.press("v", "t")  # Bob, offline: true
            await pilot.pause()
        finally:
            await asyncio.to_thread(pg_team.cluster.start)
        await asyncio.to_thread(alice_sets, alice, "false")  # Alice, meanwhile: false
        await until(pilot, lambda: status(app) == "team: conflict", timeout=15)
        await until(pilot, lambda: (claims.marks.get(0) or NO_MARK).verdict == "conflict")
        assert "≠" in str(claims.row(0, 80))
        await pilot.press("v", "f")  # Bob agrees with Alice: the resolution is an event of its own
        await until(pilot, lambda: status(app) == "team: live")
        await until(pilot, lambda: (claims.marks.get(0) or NO_MARK).verdict == "false")
        assert app.team is not None
        aid = app.screen.session.for_claim(0).id  # type: ignore[union-attr]
        history = app.team.outbox.history(aid)
        assert [e.value for e in history][-1] == "false" and history[-1].resolves
    alice.close()


@pytest.mark.slow
async def test_a_hung_server_makes_the_app_offline_not_frozen(pg_team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGSTOP the server: nothing is closed and the kernel still acknowledges packets, so only a deadline notices.
    Keys keep working and saving at once; the footer turns offline, then live again once the server wakes."""
    import reader.core.annotations.sync as sync_module

    monkeypatch.setattr(sync_module, "STALL", 3.0)
    app = team_app(pg_team, "bob", tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: status(app) == "team: live")
        await asyncio.to_thread(pg_team.cluster.freeze)
        try:
            await pilot.press("v", "t")  # a local action: saved at once, its push hangs on the frozen server
            await pilot.pause()
            assert app.screen.session is not None and app.screen.session.for_claim(0).verdict == "true"  # type: ignore[union-attr]
            await until(pilot, lambda: status(app).startswith("team: offline"), timeout=20)
            await pilot.press("j", "v", "f")  # still answering
            await pilot.pause()
            assert app.screen.session.for_claim(1).verdict == "false"  # type: ignore[union-attr]
        finally:
            await asyncio.to_thread(pg_team.cluster.freeze, False)
        await until(pilot, lambda: status(app) == "team: live", timeout=20)
        assert app.team is not None and app.team.outbox.queued() == 0


async def test_a_newer_team_schema_is_one_clear_line_and_the_app_keeps_working(pg_team: Team, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(pg_team.admin_url) as conn:
        conn.execute("UPDATE claim_reader.meta SET value = '2' WHERE key = 'schema_version'")
    app = team_app(pg_team, "bob", tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: status(app).startswith("team: error"))
        said = [n.message for n in app._notifications if "team schema" in n.message]
        assert said and all("is version 2" in m and "upgrade claim-reader" in m and "\n" not in m for m in said), said
        await pilot.press("v", "t")
        await pilot.pause()
        assert app.screen.session is not None and app.screen.session.for_claim(0).verdict == "true"  # type: ignore[union-attr]
        await until(pilot, lambda: status(app) == "team: error, 1 queued")
