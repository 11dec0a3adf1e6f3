"""Team mode against a real PostgreSQL server: two members' local stores kept in step through the outbox.

Each member has their own local SQLite store (as two people on two machines would); they meet only through
the server of the `pg_team` fixture (tests/services/fixtures.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations.backends import open_store
from reader.core.annotations.postgres import TeamError
from reader.core.annotations.store import AnnotationStore
from reader.core.annotations.sync import TeamSync
from reader.core.claims.extract import extract_claims
from reader.core.documents.document import Document, load_document
from reader.core.session.session import Session, claim_key
from tests.conftest import SEED
from tests.services.fixtures import Team

pytestmark = pytest.mark.postgres


class Member:
    """One person: a local store, a session on the seed article, and the link to the team server."""

    def __init__(self, team: Team, who: str, home: Path) -> None:
        self.store: AnnotationStore = open_store(str(home / who))
        self.doc: Document = load_document(str(SEED))
        self.session = Session.open(self.doc, extract_claims(self.doc), self.store)
        self.sync = TeamSync(self.store, team.url(who))

    def online(self) -> TeamSync:
        if self.sync.conn is None:
            self.sync.connect()
        return self.sync

    def sync_now(self) -> None:
        """Sync, reconnecting once if the server restarted since the last sync (as the live worker does)."""
        try:
            self.online().sync()
        except TeamError:
            self.online().sync()
        self.reload()

    def reload(self) -> None:
        self.session.annotations = self.store.for_document(self.doc)

    def claim(self, i: int) -> tuple[object, str]:
        c = self.session.claims[i]
        return c.span, claim_key(c)

    def verdict(self, i: int) -> str | None:
        a = self.session.for_claim(i)
        return a.verdict if a else None

    def close(self) -> None:
        self.sync.close()
        self.store.close()


@pytest.fixture
def members(pg_team: Team, tmp_path: Path):  # type: ignore[no-untyped-def]
    a, b = Member(pg_team, "alice", tmp_path), Member(pg_team, "bob", tmp_path)
    yield a, b
    a.close()
    b.close()


def _server(team: Team, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    import psycopg

    with psycopg.connect(team.admin_url) as conn:
        return conn.execute(sql, args).fetchall()  # type: ignore[arg-type]


def test_a_verdict_reaches_the_teammate(members: tuple[Member, Member]) -> None:
    a, b = members
    span, key = a.claim(0)
    a.session.set_verdict(span, "false", key)  # type: ignore[arg-type]
    a.session.add_tags(span, ["casualties"], key)  # type: ignore[arg-type]
    assert a.sync.outbox.queued() == 2
    a.sync_now()
    assert a.sync.outbox.queued() == 0
    b.sync_now()
    assert b.verdict(0) == "false"
    got = b.session.for_claim(0)
    assert got is not None and got.tags == ("casualties",)
    assert b.sync.status("live") == "team: live"


def test_offline_twenty_changes_all_arrive_once(members: tuple[Member, Member], pg_team: Team) -> None:
    a, b = members
    a.sync_now()
    b.sync_now()
    a.sync.disconnect()
    pg_team.cluster.stop()
    try:
        with pytest.raises(TeamError) as info:
            a.sync.connect()
        assert info.value.kind == "offline"
        verdicts = ("false", "true", "misleading", "unverified", "needs-context")
        for n in range(20):  # 20 actions on 10 claims: a verdict each, then a tag each
            span, key = a.claim(n % 10)
            if n < 10:
                a.session.set_verdict(span, verdicts[n % 5], key)  # type: ignore[arg-type]
            else:
                a.session.add_tags(span, [f"offline-{n}"], key)  # type: ignore[arg-type]
        assert a.sync.status("offline") == "team: offline, 20 queued"
    finally:
        pg_team.cluster.start()
    a.sync_now()
    assert a.sync.outbox.queued() == 0
    b.sync_now()
    for n in range(10):
        assert b.verdict(n) == verdicts[n % 5]
        got = b.session.for_claim(n)
        assert got is not None and got.tags == (f"offline-{n + 10}",)
    assert _server(pg_team, "SELECT count(*) FROM claim_reader.pushed WHERE actor = %s", (pg_team.roles["alice"],)) == [(20,)]
    assert _server(pg_team, "SELECT count(*), count(DISTINCT annotation_id) FROM claim_reader.verdict_events") == [(10, 10)]
    assert _server(pg_team, "SELECT count(*) FROM claim_reader.annotations") == [(10,)]
    assert len(b.store.all()) == 10


def test_an_op_pushed_twice_is_applied_once(members: tuple[Member, Member], pg_team: Team) -> None:
    """The acknowledgement of a push can be lost (a crash after the server's commit): pushing again changes nothing."""
    from reader.core.annotations.postgres_ops import push

    a, _ = members
    span, key = a.claim(1)
    a.session.set_verdict(span, "false", key)  # type: ignore[arg-type]
    a.session.add_tags(span, ["x"], key)  # type: ignore[arg-type]
    ops = [op for _, op in a.sync.outbox.pending()]
    conn = a.online().conn
    assert conn is not None and a.sync.team is not None
    first = push(conn, a.sync.team, ops)
    again = push(conn, a.sync.team, ops)
    assert first.done == again.done == [op.op_id for op in ops]
    assert _server(pg_team, "SELECT count(*) FROM claim_reader.verdict_events") == [(1,)]
    assert _server(pg_team, "SELECT tags, version FROM claim_reader.annotations") == [(["x"], 3)]


def test_conflicting_verdicts_are_kept_shown_and_resolved(members: tuple[Member, Member], pg_team: Team) -> None:
    a, b = members
    span, key = a.claim(2)
    a.session.set_verdict(span, "unverified", key)  # type: ignore[arg-type]
    a.sync_now()
    b.sync_now()
    a.sync.disconnect()
    pg_team.cluster.stop()  # A is offline: A says false
    try:
        a.session.set_verdict(span, "false", key)  # type: ignore[arg-type]
    finally:
        pg_team.cluster.start()
    b.session.set_verdict(span, "true", key)  # type: ignore[arg-type]  # meanwhile B says true
    b.sync_now()
    a.sync_now()
    b.sync_now()
    aid = a.session.for_claim(2).id  # type: ignore[union-attr]
    for m in (a, b):
        conflict = m.sync.outbox.conflicts()[aid]
        assert sorted(conflict) == sorted([(pg_team.roles["alice"], "false"), (pg_team.roles["bob"], "true")])
        assert m.sync.status("live") == "team: conflict"
    b.sync.outbox.resolve(aid, "false")  # B looks at A's evidence and agrees: false
    b.sync_now()
    a.sync_now()
    for m in (a, b):
        assert m.sync.outbox.conflicts() == {}
        assert m.verdict(2) == "false"
        history = m.sync.outbox.history(aid)
        assert [(e.actor, e.value) for e in history] == [
            (pg_team.roles["alice"], "unverified"), *sorted([(pg_team.roles["alice"], "false"), (pg_team.roles["bob"], "true")],
                                                            key=lambda p: [e.actor for e in history].index(p[0], 1)),
            (pg_team.roles["bob"], "false")]
        assert history[-1].resolves and len(history[-1].bases) == 2
    server_events = [str(r[0]) for r in _server(pg_team, "SELECT id FROM claim_reader.verdict_events")]
    for m in (a, b):  # the store's own verdict history (the claim detail) holds the same events, each once
        assert sorted(e.id for e in m.store.verdict_history(aid)) == sorted(server_events)
        assert [e.actor for e in m.store.verdict_history(aid)][-1] == pg_team.roles["bob"]
    assert _server(pg_team, "SELECT count(*) FROM claim_reader.verdict_events WHERE resolves") == [(1,)]


def test_a_teammates_note_cannot_be_changed_and_comes_back(members: tuple[Member, Member], pg_team: Team) -> None:
    a, b = members
    span, key = a.claim(3)
    a.session.set_note(span, "source: ministry statement", key)  # type: ignore[arg-type]
    a.sync_now()
    b.sync_now()
    b.session.set_note(span, "bob was here", key)  # type: ignore[arg-type]
    b.session.set_verdict(span, "misleading", key)  # type: ignore[arg-type]  # the verdict is the team's: this one goes
    report = b.online().sync()
    b.reload()
    assert report.refused and f"only {pg_team.roles['alice']} can change them" in report.refused[0]
    got = b.session.for_claim(3)
    assert got is not None and got.note == "source: ministry statement" and got.verdict == "misleading"
    assert _server(pg_team, "SELECT note FROM claim_reader.annotations") == [("source: ministry statement",)]
    assert b.sync.outbox.refused() and b.sync.outbox.queued() == 0


def test_tags_merge_as_adds_and_removes(pg_team: Team, tmp_path: Path) -> None:
    """Alice on two machines, both offline: one adds a tag, the other removes another; both survive the merge."""
    one, two = Member(pg_team, "alice", tmp_path / "laptop"), Member(pg_team, "alice", tmp_path / "desktop")
    try:
        span, key = one.claim(4)
        one.session.set_tags(span, ["keep", "drop"], key)  # type: ignore[arg-type]
        one.sync_now()
        two.sync_now()
        one.session.add_tags(span, ["new"], key)  # type: ignore[arg-type]
        two.session.set_tags(span, ["keep"], key)  # type: ignore[arg-type]
        one.sync_now()
        two.sync_now()
        one.sync_now()
        for m in (one, two):
            got = m.session.for_claim(4)
            assert got is not None and got.tags == ("keep", "new")
    finally:
        one.close()
        two.close()


def test_a_newer_schema_gives_one_clear_line(members: tuple[Member, Member], pg_team: Team) -> None:
    a, _ = members
    _server(pg_team, "UPDATE claim_reader.meta SET value = '99' WHERE key = 'schema_version' RETURNING 1")
    with pytest.raises(TeamError) as info:
        a.sync.connect()
    assert "schema is version 99" in str(info.value) and "upgrade claim-reader" in str(info.value)
    assert "\n" not in str(info.value) and info.value.kind == "refused"
