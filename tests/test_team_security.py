"""Who may read and change what, checked with plain SQL as each role (not through the reader): the server enforces it.

Alice and Bob are in one team, Carol in another. Row-level security and grants must keep Carol from reading
anything of Alice's team, keep Bob from changing or deleting Alice's note, and keep the verdict history
append-only for everyone; hostile text is stored verbatim or refused cleanly.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest

from reader.core.annotations.backends import open_store
from reader.core.annotations.model import Annotation, Selector
from reader.core.annotations.store import StoreError, to_json
from reader.core.annotations.sync import TeamSync
from tests.services.fixtures import Team

pytestmark = pytest.mark.postgres

TABLES = ("teams", "documents", "annotations", "verdict_events", "changes", "pushed")


def _as(team: Team, who: str) -> psycopg.Connection[Any]:
    return psycopg.connect(team.url(who), autocommit=True)


def _alice_annotates(team: Team, tmp_path: Path, **fields: Any) -> tuple[str, TeamSync]:
    store = open_store(str(tmp_path / "alice"))
    sync = TeamSync(store, team.url("alice"))
    a = Annotation(Selector("the quote", "before ", " after", 10, 19), "fp-security", "/news.txt", "News",
                   **({"verdict": "false", "note": "alice's note", "tags": ("t",)} | fields))
    store.save(a)
    sync.connect()
    report = sync.sync()
    assert not report.refused
    return a.id, sync


def test_another_team_reads_nothing(pg_team: Team, tmp_path: Path) -> None:
    aid, sync = _alice_annotates(pg_team, tmp_path)
    with _as(pg_team, "alice") as alice:
        assert alice.execute("SELECT count(*) FROM claim_reader.annotations").fetchone() == (1,)
    with _as(pg_team, "carol") as carol:
        for table in TABLES:
            assert carol.execute(f"SELECT count(*) FROM claim_reader.{table} WHERE {'name' if table == 'teams' else 'team'} = %s",
                                 (pg_team.name,)).fetchone() == (0,), table
        assert carol.execute("SELECT count(*) FROM claim_reader.annotations WHERE id = %s", (aid,)).fetchone() == (0,)
        # the wake-up channel's name is readable by members only: carol cannot even listen in
        assert carol.execute("SELECT channel FROM claim_reader.teams WHERE name = %s", (pg_team.name,)).fetchall() == []
    sync.close()


def test_a_member_cannot_change_or_remove_anothers_note(pg_team: Team, tmp_path: Path) -> None:
    aid, sync = _alice_annotates(pg_team, tmp_path)
    with _as(pg_team, "bob") as bob:
        assert bob.execute("SELECT note FROM claim_reader.annotations WHERE id = %s", (aid,)).fetchone() == ("alice's note",)
        assert bob.execute("UPDATE claim_reader.annotations SET note = 'bob was here', tags = '{}' WHERE id = %s", (aid,)).rowcount == 0
        assert bob.execute("DELETE FROM claim_reader.annotations WHERE id = %s", (aid,)).rowcount == 0
        assert bob.execute("UPDATE claim_reader.annotations SET deleted = true").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # authorship is not a column anyone may write
            bob.execute("UPDATE claim_reader.annotations SET creator = current_user WHERE id = %s", (aid,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor can bob make a note in alice's name
            bob.execute("INSERT INTO claim_reader.annotations (id, team, creator, doc_fingerprint, exact, prefix, suffix, start_at, end_at) "
                        "VALUES (%s, %s, %s, 'fp', 'x', '', '', 0, 1)", (str(uuid.uuid4()), pg_team.name, pg_team.roles["alice"]))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("TRUNCATE claim_reader.annotations")
    with _as(pg_team, "alice") as alice:
        assert alice.execute("SELECT note, tags, deleted FROM claim_reader.annotations WHERE id = %s", (aid,)).fetchone() == (
            "alice's note", ["t"], False)
    sync.close()


def test_the_verdict_history_is_append_only_and_signed(pg_team: Team, tmp_path: Path) -> None:
    aid, sync = _alice_annotates(pg_team, tmp_path)
    event = ("INSERT INTO claim_reader.verdict_events (id, annotation_id, team, actor, value) VALUES (%s, %s, %s, %s, %s)")
    with _as(pg_team, "bob") as bob:
        bob.execute(event, (str(uuid.uuid4()), aid, pg_team.name, pg_team.roles["bob"], "true"))  # any member may set the verdict
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # but only as themselves
            bob.execute(event, (str(uuid.uuid4()), aid, pg_team.name, pg_team.roles["alice"], "true"))
        for statement in ("UPDATE claim_reader.verdict_events SET value = 'true'", "DELETE FROM claim_reader.verdict_events"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                bob.execute(statement)
    with _as(pg_team, "carol") as carol, pytest.raises(psycopg.errors.InsufficientPrivilege):
        carol.execute(event, (str(uuid.uuid4()), aid, pg_team.name, pg_team.roles["carol"], "false"))
    with psycopg.connect(pg_team.admin_url, autocommit=True) as owner, pytest.raises(psycopg.errors.InsufficientPrivilege):
        owner.execute("DELETE FROM claim_reader.verdict_events")  # not even the owner rewrites history
    with _as(pg_team, "alice") as alice:
        rows = alice.execute("SELECT actor, value FROM claim_reader.verdict_events WHERE annotation_id = %s ORDER BY at", (aid,)).fetchall()
    assert rows == [(pg_team.roles["alice"], "false"), (pg_team.roles["bob"], "true")]
    sync.close()


SQL_LOOKING = "x'); DELETE FROM claim_reader.annotations; DROP TABLE claim_reader.changes; --"


def test_sql_looking_and_large_text_is_stored_verbatim(pg_team: Team, tmp_path: Path) -> None:
    big = "ünïcode line of a long note. " * 37_000  # ~1 MB
    aid, sync = _alice_annotates(pg_team, tmp_path, note=SQL_LOOKING + big, tags=(SQL_LOOKING[:120], "$$; SELECT 1; $$"))
    bob_store = open_store(str(tmp_path / "bob"))
    bob = TeamSync(bob_store, pg_team.url("bob"))
    bob.connect()
    bob.sync()
    got = bob_store.get(aid)
    assert got is not None and got.note == SQL_LOOKING + big and got.tags == (SQL_LOOKING[:120], "$$; SELECT 1; $$")
    with _as(pg_team, "alice") as alice:
        assert alice.execute("SELECT count(*) FROM claim_reader.changes").fetchone()[0] >= 1  # type: ignore[index]
    bob.close()
    sync.close()


def test_oversized_tags_and_nul_are_refused_cleanly_one_action_at_a_time(pg_team: Team, tmp_path: Path) -> None:
    """NUL cannot be PostgreSQL text: it is refused at input, naming the field, and never queued. A 1 MB tag breaks
    the server's limits: that action is refused with one line and dropped from the outbox (kept here, unshared);
    the actions queued around it still go. An op holding NUL that got into an outbox anyway is refused at the push."""
    store = open_store(str(tmp_path / "alice"))
    sync = TeamSync(store, pg_team.url("alice"))
    sel = Selector("q", "", "", 0, 1)
    with pytest.raises(StoreError, match="note holds a NUL character"):
        store.save(Annotation(sel, "fp", note="a\x00b"))
    assert sync.outbox.queued() == 0
    good1, huge_tag, good2 = Annotation(sel, "fp", verdict="true"), Annotation(sel, "fp", tags=("x" * 1_000_000,)), Annotation(sel, "fp")
    store.save(good1)
    store.save(huge_tag)
    smuggled = Annotation(sel, "fp", note="a\x00b")
    sync.outbox.conn.execute("INSERT INTO team_outbox (op_id, annotation_id, new, made) VALUES (?, ?, ?, ?)",
                             (str(uuid.uuid4()), smuggled.id, to_json(smuggled), smuggled.modified))
    store.save(good2.edited(verdict="false"))
    sync.connect()
    report = sync.sync()
    assert len(report.refused) == 2 and all("\n" not in r and len(r) < 300 for r in report.refused)
    assert any("NUL" in r for r in report.refused) and any("at most 500 tags, each of 1 to 200 characters" in r for r in report.refused)
    assert sync.outbox.queued() == 0 and len(sync.outbox.refused()) == 2
    with _as(pg_team, "alice") as alice:
        assert sorted(r[0] for r in alice.execute("SELECT id::text FROM claim_reader.annotations")) == sorted([good1.id, good2.id])
    assert store.get(huge_tag.id) is not None  # kept here, not shared
    sync.close()
