"""The local side of team mode: the outbox and the sync bookkeeping, in the same SQLite file as the annotations.

Every action is saved locally first, as without a team. A trigger on the store's change log copies each user
action (`save`, `delete`) into `team_outbox` in the SAME transaction, so an action the reader acknowledged is
in the outbox even if the process is killed the next instant, whatever command made it (the app, `reader
annotate`, even without `--store`, once this store is linked to a team). Changes pulled from the server are
written through the store too; a marker row (`team_applying`: the annotation and the `modified` it is written
with) tells the trigger that this write is not a user action, so nothing echoes back.

Verdicts are events: an op that changes the verdict takes the id of the event the store just appended to its
own history, so the server's copy is that same event. The trigger records the verdict heads the user saw
(`team_known.heads`) as the new event's bases and makes it the head. Two heads with different values are a
conflict, kept and shown until someone sets a verdict seeing both (a resolution).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reader.core.annotations.model import Annotation, VerdictEvent, now_iso
from reader.core.annotations.postgres import TeamError
from reader.core.annotations.postgres_ops import Event, Op, Pulled, Remote
from reader.core.annotations.sqlite_schema import NEW_UUID
from reader.core.annotations.store import AnnotationStore, from_json, to_json

VERDICT_CHANGED = ("(NEW.new IS NOT NULL AND ((NEW.old IS NULL AND json_extract(NEW.new, '$.verdict') IS NOT NULL) OR (NEW.old IS NOT NULL AND "
                   "(json_extract(NEW.old, '$.verdict') IS NOT json_extract(NEW.new, '$.verdict') "
                   "OR json_extract(NEW.old, '$.evidence') IS NOT json_extract(NEW.new, '$.evidence')))))")
"""The store wrote a verdict event with this change (mirrors reader.core.annotations.store.event_for)."""
FRESH_EVENT = ("(SELECT v.id FROM verdicts v WHERE v.annotation_id = NEW.annotation_id AND NOT EXISTS "
               "(SELECT 1 FROM team_events t WHERE t.id = v.id) ORDER BY v.seq DESC LIMIT 1)")
"""That event's id (the store's verdict history has it): the op takes it, so the server's copy is the same event."""
OP_ID = f"CASE WHEN {VERDICT_CHANGED} THEN coalesce({FRESH_EVENT}, {NEW_UUID}) ELSE {NEW_UUID} END"
NOT_APPLYING = ("NOT EXISTS (SELECT 1 FROM team_applying m WHERE m.annotation_id = NEW.annotation_id "
                "AND m.new IS json_extract(NEW.new, '$.modified'))")

TABLES = f"""
CREATE TABLE IF NOT EXISTS team_link (
    id INTEGER PRIMARY KEY CHECK (id = 1), server TEXT NOT NULL, team TEXT, member TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0, linked TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS team_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, annotation_id TEXT NOT NULL, old TEXT, new TEXT,
    bases TEXT NOT NULL DEFAULT '[]', base_version INTEGER NOT NULL DEFAULT 0, resolve INTEGER NOT NULL DEFAULT 0, made TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS team_outbox_by_annotation ON team_outbox(annotation_id);
CREATE TABLE IF NOT EXISTS team_known (
    annotation_id TEXT PRIMARY KEY, heads TEXT NOT NULL DEFAULT '[]', version INTEGER NOT NULL DEFAULT 0, creator TEXT, conflict TEXT
);
CREATE TABLE IF NOT EXISTS team_events (
    id TEXT PRIMARY KEY, annotation_id TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, value TEXT,
    evidence TEXT NOT NULL DEFAULT '[]', bases TEXT NOT NULL DEFAULT '[]', base_version INTEGER NOT NULL DEFAULT 0,
    resolves INTEGER NOT NULL DEFAULT 0, made TEXT NOT NULL DEFAULT '', pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS team_events_by_annotation ON team_events(annotation_id);
CREATE TABLE IF NOT EXISTS team_applying (annotation_id TEXT NOT NULL, new TEXT);
CREATE TABLE IF NOT EXISTS team_placed (doc_path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS team_refused (op_id TEXT PRIMARY KEY, annotation_id TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
DROP TRIGGER IF EXISTS team_capture;
CREATE TRIGGER team_capture AFTER INSERT ON changes
WHEN NEW.action IN ('save', 'delete') AND EXISTS (SELECT 1 FROM team_link)
BEGIN
    INSERT INTO team_outbox (op_id, annotation_id, old, new, bases, base_version, made)
    SELECT {OP_ID}, NEW.annotation_id, NEW.old, NEW.new,
           coalesce((SELECT heads FROM team_known WHERE annotation_id = NEW.annotation_id), '[]'),
           coalesce((SELECT version FROM team_known WHERE annotation_id = NEW.annotation_id), 0), NEW.at
    WHERE {NOT_APPLYING};
    INSERT INTO team_events (id, annotation_id, actor, at, value, evidence, bases, made, pending)
    SELECT o.op_id, NEW.annotation_id, coalesce((SELECT member FROM team_link), ''), NEW.at, json_extract(NEW.new, '$.verdict'),
           coalesce(json_extract(NEW.new, '$.evidence'), '[]'), o.bases, NEW.at, 1 FROM team_outbox o
    WHERE o.id = (SELECT max(id) FROM team_outbox) AND o.annotation_id = NEW.annotation_id AND {VERDICT_CHANGED} AND {NOT_APPLYING};
    INSERT INTO team_known (annotation_id, heads)
    SELECT NEW.annotation_id, json_array(o.op_id) FROM team_outbox o
    WHERE o.id = (SELECT max(id) FROM team_outbox) AND o.annotation_id = NEW.annotation_id AND {VERDICT_CHANGED} AND {NOT_APPLYING}
    ON CONFLICT (annotation_id) DO UPDATE SET heads = excluded.heads, conflict = NULL;
    DELETE FROM team_applying WHERE annotation_id = NEW.annotation_id AND new IS json_extract(NEW.new, '$.modified');
END;
"""


SAME_FIELDS = ("id", "selector", "doc_fingerprint", "doc_path", "doc_title", "verdict", "tags", "note", "highlight", "claim_key", "state",
               "creator", "evidence", "verdict_by")


@dataclass(frozen=True, slots=True)
class Head:
    """The latest event at the head of an annotation's verdict history."""

    value: str | None
    actor: str
    at: str
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Link:
    server: str
    team: str | None
    """None until the first connection tells which team (and member) this is."""
    member: str | None
    last_seq: int


def _uuid(value: str) -> str:
    return str(uuid.UUID(value))


class Outbox:
    """The bookkeeping tables of one local store; its own connection (WAL lets it sit beside the store's)."""

    def __init__(self, store: AnnotationStore) -> None:
        self.store = store
        self._lock = threading.RLock()
        """The app's UI thread and its sync worker share this connection."""
        self._writing: threading.RLock = getattr(store, "_lock", None) or threading.RLock()
        """Held by our write transactions: the SQLite store's own lock, so that in one process its writes and ours take
        turns in Python instead of meeting SQLite's busy handler (which sleeps in steps of up to 100 ms), and so that
        reading the store inside our transaction can never wait on a thread that waits on our transaction."""
        self.conn = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False, timeout=10)
        self.conn.execute("PRAGMA busy_timeout = 10000")
        self.conn.execute("PRAGMA synchronous = NORMAL")  # as the store's own connection: WAL, no fsync per commit
        self.conn.executescript("BEGIN IMMEDIATE;" + TABLES + "COMMIT;")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._writing, self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def _read(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return self.conn.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # --- the link to one team on one server ------------------------------------------------------

    def link(self) -> Link | None:
        rows = self._read("SELECT server, team, member, last_seq FROM team_link")
        return Link(*rows[0]) if rows else None  # type: ignore[arg-type]

    def prepare(self, server: str) -> int:
        """Link this store to `server` before it was ever reached, so actions are queued from the first one; the
        first time, queue every annotation already here too (the team gets them). How many were queued."""
        with self._tx() as c:
            row = c.execute("SELECT server, team, member FROM team_link").fetchone()
            if row is not None:
                if row[0] != server:
                    raise TeamError(f"this data dir syncs with {row[0]}" + (f" (team {row[1]} as {row[2]})" if row[1] else "")
                                    + "; use another --data-dir for another server", "usage")
                return 0
            c.execute("INSERT INTO team_link (id, server, linked) VALUES (1, ?, ?)", (server, now_iso()))
            existing = self.store.all()
            for a in existing:  # the verdict goes as the event the local history has, so it is not doubled on the way back
                event = c.execute("SELECT id FROM verdicts WHERE annotation_id = ? ORDER BY seq DESC LIMIT 1", (a.id,)).fetchone()
                c.execute("INSERT INTO team_outbox (op_id, annotation_id, old, new, made) VALUES (?, ?, NULL, ?, ?)",
                          (event[0] if event and a.verdict else str(uuid.uuid4()), a.id, to_json(a), a.modified))
            return len(existing)

    def attach(self, team: str, member: str) -> None:
        """The first connection names the team and the member; later ones must be the same."""
        with self._tx() as c:
            row = c.execute("SELECT server, team, member FROM team_link").fetchone()
            if row is None or row[1] is None:
                c.execute("UPDATE team_link SET team = ?, member = ?", (team, member))
            elif (row[1], row[2]) != (team, member):
                raise TeamError(f"this data dir syncs with team {row[1]!r} on {row[0]} as {row[2]}; "
                                "use another --data-dir for another team or member", "usage")

    # --- the outbox -----------------------------------------------------------------------------

    def queued(self) -> int:
        return int(self._read("SELECT count(*) FROM team_outbox")[0][0])  # type: ignore[call-overload]

    def last_queued(self) -> int:
        return int(self._read("SELECT coalesce(max(id), 0) FROM team_outbox")[0][0])  # type: ignore[call-overload]

    def pending(self, limit: int = 500, upto: int | None = None) -> list[tuple[int, Op]]:
        """The oldest queued ops (those queued up to outbox id `upto`, when given)."""
        rows: list[tuple[Any, ...]] = self._read("SELECT id, op_id, annotation_id, old, new, bases, base_version, resolve, made "
                                                 "FROM team_outbox WHERE id <= ? ORDER BY id LIMIT ?", (upto or 2**62, limit))
        return [(r[0], Op(_uuid(r[1]), r[2], from_json(r[3]), from_json(r[4]), tuple(_uuid(b) for b in json.loads(r[5])), r[6],
                          r[8], bool(r[7]))) for r in rows]

    def forget(self, ids: list[int], refused: list[tuple[str, str, str]]) -> None:
        """Drop ops the server now has (or refused for good: kept in `team_refused` for `reader team status`)."""
        with self._tx() as c:
            c.executemany("DELETE FROM team_outbox WHERE id = ?", [(i,) for i in ids])
            c.executemany("INSERT OR REPLACE INTO team_refused VALUES (?, ?, ?, ?)", [(*r, now_iso()) for r in refused])
            c.executemany("DELETE FROM team_events WHERE id = ? AND pending = 1", [(r[0],) for r in refused])

    def refused(self) -> list[str]:
        """Why the server refused actions from here, oldest first."""
        return [str(r[0]) for r in self._read("SELECT reason FROM team_refused ORDER BY at")]

    def resolve(self, annotation_id: str, value: str | None) -> None:
        """Settle a conflict with `value`: an event seeing every head, even if `value` is what the screen shows."""
        with self._tx() as c:
            known = c.execute("SELECT heads, version FROM team_known WHERE annotation_id = ?", (annotation_id,)).fetchone()
            a = self.store.get(annotation_id)
            if a is None or known is None:
                return
            settled = a.edited(verdict=value, evidence=a.evidence if value == a.verdict else ())
            link = c.execute("SELECT member FROM team_link").fetchone()
            event = VerdictEvent(str(uuid.uuid4()), annotation_id, (link[0] if link else None) or self.store.user, settled.modified, value,
                                 settled.evidence, known[1])
            c.execute("INSERT INTO team_outbox (op_id, annotation_id, old, new, bases, base_version, resolve, made) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                      (event.id, annotation_id, to_json(a), to_json(settled), known[0], known[1], event.at))
            c.execute("UPDATE team_known SET heads = ?, conflict = NULL WHERE annotation_id = ?", (json.dumps([event.id]), annotation_id))
            c.execute("INSERT INTO team_events (id, annotation_id, actor, at, value, evidence, bases, resolves, made, pending) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, 1)",
                      (event.id, annotation_id, event.actor, event.at, value, json.dumps(event.evidence), known[0], event.at))
            c.execute("INSERT INTO team_applying VALUES (?, ?)", (annotation_id, settled.modified))  # our own op is queued above
        self.store.save(settled, events=[event])  # the local history shows the resolution, as the same event

    # --- what the server sent ---------------------------------------------------------------------

    def quiet(self, doc_path: str) -> None:
        """The store is about to rewrite the annotations at `doc_path` (adopting them): not actions to share."""
        with self._tx() as c:
            c.execute("INSERT INTO team_applying SELECT id, modified FROM annotations WHERE doc_path = ?", (doc_path,))

    def placed(self, fingerprint: str) -> list[str]:
        """Where pulls put teammates' annotations on the text `fingerprint` for want of a local file with that text:
        under their author's path."""
        return [str(r[0]) for r in self._read("SELECT doc_path FROM team_placed WHERE fingerprint = ?", (fingerprint,))]

    def unplace(self, doc_path: str) -> None:
        with self._tx() as c:
            c.execute("DELETE FROM team_placed WHERE doc_path = ?", (doc_path,))

    def conflicts(self) -> dict[str, list[tuple[str, str | None]]]:
        """Annotation id -> the (who, verdict) pairs in conflict."""
        rows: list[tuple[Any, ...]] = self._read("SELECT annotation_id, conflict FROM team_known WHERE conflict IS NOT NULL")
        return {r[0]: [tuple(p) for p in json.loads(r[1])] for r in rows}

    def history(self, annotation_id: str) -> list[Event]:
        rows: list[tuple[Any, ...]] = self._read("SELECT id, annotation_id, actor, at, value, evidence, bases, base_version, resolves, made "
                                                 "FROM team_events WHERE annotation_id = ? ORDER BY at, id", (annotation_id,))
        return [Event(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), bases=tuple(json.loads(r[6])), base_version=r[7], resolves=bool(r[8]),
                      made=r[9]) for r in rows]

    def apply(self, pulled: Pulled) -> list[str]:
        """Bring `pulled` into the local store; the ids of the annotations that changed here."""
        writes: list[tuple[str, Annotation | None]] = []
        with self._tx() as c:
            heads = self._take_events(c, pulled.events)
            busy = {r[0] for r in c.execute("SELECT DISTINCT annotation_id FROM team_outbox")}
            for aid, remote in pulled.remotes.items():
                head = self._known(c, aid, remote, heads.get(aid))
                if aid in busy:
                    continue  # our own unsent action wins locally until it is pushed; the server's answer comes back after
                local = self.store.get(aid)
                target = None if remote is None or remote.deleted else _merged(c, remote, local, head)
                if target is not None and remote is not None and local is None and target.doc_path == remote.annotation.doc_path:
                    c.execute("INSERT OR IGNORE INTO team_placed VALUES (?, ?)", (target.doc_path, target.doc_fingerprint))
                if target == local or (target is not None and local is not None and _same(target, local)):
                    continue
                writes.append((aid, target))
                c.execute("INSERT INTO team_applying VALUES (?, ?)", (aid, target.modified if target else None))
        for aid, target in writes:
            if target is None:
                self.store.delete(aid)
            else:
                self.store.save(target, events=[])  # its events are in the local history already (_take_events)
        with self._tx() as c:
            c.execute("UPDATE team_link SET last_seq = max(last_seq, ?)", (pulled.last_seq,))
        return [aid for aid, _ in writes]

    def _take_events(self, c: sqlite3.Connection, events: list[Event]) -> dict[str, list[str]]:
        """Store the server's events (replacing our pending copies) and move each annotation's heads past them: an
        event replaces the heads it was based on. Events come in the server's commit order, so bases come first."""
        heads: dict[str, list[str]] = {}
        for e in events:
            known = c.execute("SELECT pending FROM team_events WHERE id = ?", (e.id,)).fetchone()
            c.execute("INSERT OR REPLACE INTO team_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                      (e.id, e.annotation_id, e.actor, e.at, e.value, json.dumps(e.evidence), json.dumps(e.bases), e.base_version,
                       int(e.resolves), e.made))
            c.execute("INSERT OR IGNORE INTO verdicts (id, annotation_id, actor, at, value, evidence, base_version) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",  # the store's own history (append-only): the claim detail shows it
                      (e.id, e.annotation_id, e.actor, e.made or e.at, e.value, json.dumps(list(e.evidence), ensure_ascii=False),
                       e.base_version))
            if known is not None:
                continue  # ours, already a head since we made it (or an event seen before)
            if e.annotation_id not in heads:
                row = c.execute("SELECT heads FROM team_known WHERE annotation_id = ?", (e.annotation_id,)).fetchone()
                heads[e.annotation_id] = json.loads(row[0]) if row else []
            heads[e.annotation_id] = [h for h in heads[e.annotation_id] if h not in e.bases] + [e.id]
        return heads

    def _known(self, c: sqlite3.Connection, aid: str, remote: Remote | None, heads: list[str] | None) -> Head | None:
        """Record what we know of `aid` (version, creator, heads, conflict); the verdict to show: the latest head."""
        if heads is None:
            row = c.execute("SELECT heads FROM team_known WHERE annotation_id = ?", (aid,)).fetchone()
            heads = json.loads(row[0]) if row else []
        marks = ",".join("?" * len(heads))
        found = {r[0]: r[1:] for r in c.execute(f"SELECT id, actor, value, at, evidence FROM team_events WHERE id IN ({marks})", heads)}
        live = sorted((h for h in heads if h in found), key=lambda h: (found[h][2], h))
        values = list(dict.fromkeys(found[h][1] for h in live))
        conflict = json.dumps([[found[h][0], found[h][1]] for h in live]) if len(values) > 1 else None
        c.execute("INSERT INTO team_known (annotation_id, heads, version, creator, conflict) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (annotation_id) DO UPDATE SET heads = excluded.heads, version = max(version, excluded.version), "
                  "creator = coalesce(excluded.creator, creator), conflict = excluded.conflict",
                  (aid, json.dumps(live), remote.version if remote else 0, remote.creator if remote else None, conflict))
        if not live:
            return None
        actor, value, at, evidence = found[live[-1]]
        return Head(value, actor, at, tuple(json.loads(evidence)))


def _merged(c: sqlite3.Connection, remote: Remote, local: Annotation | None, head: Head | None) -> Annotation:
    """The server's annotation as this store keeps it: the verdict of the latest head event (with its author and
    evidence); in the local document that has its text (documents are files here, texts on the server); our own
    anchoring state when the quote is the same."""
    from dataclasses import replace

    a = replace(remote.annotation, verdict=head.value if head else None, verdict_by=head.actor if head else "",
                verdict_at=head.at if head else "", evidence=head.evidence if head else (), creator=remote.creator)
    if local is not None:
        a = replace(a, doc_path=local.doc_path, doc_title=local.doc_title, version=local.version)
        if local.selector == a.selector:
            a = replace(a, state=local.state, score=local.score)
    else:
        here = c.execute("SELECT path, title FROM documents WHERE fingerprint = ? ORDER BY seen DESC LIMIT 1", (a.doc_fingerprint,)).fetchone()
        if here is not None:
            a = replace(a, doc_path="" if str(here[0]).startswith("text:") else here[0], doc_title=here[1] or a.doc_title)
    return a


def _same(a: Annotation, b: Annotation) -> bool:
    """Equal but for the times (the server stamps its own `modified`)."""
    return all(getattr(a, f) == getattr(b, f) for f in SAME_FIELDS)
