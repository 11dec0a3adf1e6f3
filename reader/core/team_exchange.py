"""Pushing queued actions to the team server and pulling what changed there, one transaction each way.

An action travels as an `Op`: the annotation before and after the user's action, the verdict heads it was
based on, and a uuid. The server applies an op at most once (the uuid goes into `claim_reader.pushed` in the
same transaction), so an op pushed again after a crash or a lost acknowledgement is skipped, never doubled.
Only what the action changed is written: a note, tags as an add/remove merge onto the server's set, the
highlight, the anchor; a new verdict is an appended event. What row-level security refuses (someone else's
note) or a check rejects (a 10 MB tag) comes back as a refusal for that op alone; the others still go.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from reader.core.annotation import Annotation, Selector

if TYPE_CHECKING:
    import psycopg

FIELDS = ("doc_path", "doc_title", "claim_key", "note", "highlight", "state")
SELECT_COLUMNS = ("id, creator, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start_at, end_at, claim_key, note, "
                  "tags, highlight, state, deleted, created, modified, version")
MERGE_TAGS = ("ARRAY(SELECT t FROM unnest(tags || %(add)s::text[]) WITH ORDINALITY AS u(t, i) "
              "WHERE t <> ALL(%(remove)s::text[]) GROUP BY t ORDER BY min(i))")


@dataclass(frozen=True, slots=True)
class Op:
    """One user action to replay on the server."""

    op_id: str
    annotation_id: str
    old: Annotation | None
    new: Annotation | None
    bases: tuple[str, ...] = ()
    base_version: int = 0
    made: str = ""
    resolve: bool = False
    """A verdict chosen to settle a conflict: an event even when the value shown does not change."""

    @property
    def verdict_event(self) -> bool:
        if self.new is None:
            return False
        return self.resolve or (self.old.verdict if self.old else None) != self.new.verdict


@dataclass(frozen=True, slots=True)
class Remote:
    """An annotation as the server has it."""

    annotation: Annotation
    creator: str
    version: int
    deleted: bool


@dataclass(frozen=True, slots=True)
class Event:
    """One verdict event: who set what, when, on which evidence, seeing which earlier events."""

    id: str
    annotation_id: str
    actor: str
    at: str
    value: str | None
    evidence: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    base_version: int = 0
    resolves: bool = False


@dataclass
class Pushed:
    done: list[str] = field(default_factory=list)
    """op ids the server has now (applied now or before)."""
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    """(op id, annotation id, one-line reason)."""


@dataclass
class Pulled:
    last_seq: int
    remotes: dict[str, Remote | None] = field(default_factory=dict)
    """Changed annotation id -> its row now (None: removed for good)."""
    events: list[Event] = field(default_factory=list)
    more: bool = False


def iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --- push -----------------------------------------------------------------------------------------


def push(conn: psycopg.Connection[Any], team: str, ops: list[Op]) -> Pushed:
    """Apply `ops` in order in one transaction (a savepoint each); the caller forgets `done` and `refused`."""
    import psycopg

    result = Pushed()
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('claim_reader.changes'), hashtext(%s))", (team,))
        for op in ops:
            try:
                with conn.transaction():
                    reason = _apply(conn, team, op)
            except (psycopg.DataError, psycopg.IntegrityError, psycopg.errors.InsufficientPrivilege) as exc:
                reason = _reason(exc)
            if reason:
                result.refused.append((op.op_id, op.annotation_id, reason))
            else:
                result.done.append(op.op_id)
    return result


def _reason(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    text = (getattr(diag, "message_primary", None) or str(exc)).strip().splitlines()
    return " ".join(text[0].split()) if text else type(exc).__name__


def _apply(conn: psycopg.Connection[Any], team: str, op: Op) -> str | None:
    """None when applied (or applied before); else why the server said no (to the fields: a verdict still goes)."""
    first = conn.execute("INSERT INTO claim_reader.pushed (op_id, team) VALUES (%s, %s) ON CONFLICT DO NOTHING RETURNING 1",
                         (op.op_id, team)).fetchone()
    if first is None:
        return None
    row = conn.execute("SELECT creator, deleted, tags, note, highlight FROM claim_reader.annotations WHERE id = %s",
                       (op.annotation_id,)).fetchone()
    if op.new is None:
        if row is None or row[1]:
            return None
        cur = conn.execute("UPDATE claim_reader.annotations SET deleted = true WHERE id = %s", (op.annotation_id,))
        return None if cur.rowcount else f"only {row[0]} can delete their annotation"
    new = op.new
    reason = None
    if row is None:
        _insert(conn, team, new)
    else:
        reason = _update(conn, op, row)
    if op.verdict_event:
        conn.execute(
            "INSERT INTO claim_reader.verdict_events (id, annotation_id, team, value, evidence, bases, base_version, made, resolves) "
            "VALUES (%s, %s, %s, %s, %s, %s::uuid[], %s, %s::timestamptz, %s) ON CONFLICT (id) DO NOTHING",
            (op.op_id, op.annotation_id, team, new.verdict, json.dumps(list(_evidence(new))), list(op.bases), op.base_version,
             op.made or new.modified, op.resolve or len(op.bases) > 1))
    return reason


def _evidence(a: Annotation) -> tuple[str, ...]:
    """Sources attached to the verdict, when the annotation model carries them."""
    return tuple(str(e) for e in getattr(a, "evidence", ()) or ())


def _insert(conn: psycopg.Connection[Any], team: str, a: Annotation) -> None:
    s = a.selector
    conn.execute("INSERT INTO claim_reader.documents (team, fingerprint, path, title) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                 (team, a.doc_fingerprint, a.doc_path, a.doc_title))
    conn.execute(
        "INSERT INTO claim_reader.annotations (id, team, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start_at, end_at, "
        "claim_key, note, tags, highlight, state, created) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
        "%s::timestamptz)",
        (a.id, team, a.doc_fingerprint, a.doc_path, a.doc_title, s.exact, s.prefix, s.suffix, s.start, s.end, a.claim_key, a.note,
         list(a.tags), a.highlight, a.state, a.created))


def _update(conn: psycopg.Connection[Any], op: Op, row: tuple[Any, ...]) -> str | None:
    """Write the fields the action changed (all of them when the server never saw the annotation's old state)."""
    assert op.new is not None
    new, old = op.new, op.old
    sets: list[str] = []
    args: dict[str, Any] = {"id": op.annotation_id}
    for name in FIELDS:
        if old is None or getattr(old, name) != getattr(new, name):
            sets.append(f"{name} = %({name})s")
            args[name] = getattr(new, name)
    if old is None or old.selector != new.selector:
        sets += [f"{c} = %({c})s" for c in ("exact", "prefix", "suffix", "start_at", "end_at")]
        s = new.selector
        args |= {"exact": s.exact, "prefix": s.prefix, "suffix": s.suffix, "start_at": s.start, "end_at": s.end}
    before = tuple(row[2]) if old is None else old.tags
    if before != new.tags:
        sets.append(f"tags = {MERGE_TAGS}")
        args |= {"add": [t for t in new.tags if t not in before], "remove": [t for t in before if t not in new.tags]}
    if row[1]:
        sets.append("deleted = false")  # an undone delete
    if not sets:
        return None
    cur = conn.execute(f"UPDATE claim_reader.annotations SET {', '.join(sets)} WHERE id = %(id)s", args)
    if cur.rowcount or sets == ["state = %(state)s"]:  # the anchoring state is each reader's own business
        return None
    return f"the note, tags and highlight of this annotation are {row[0]}'s; only {row[0]} can change them"


# --- pull -----------------------------------------------------------------------------------------


def pull(conn: psycopg.Connection[Any], team: str, since: int, limit: int = 2000) -> Pulled:
    """What changed after `since`, as current rows (clients refetch, so a lost notification costs nothing)."""
    with conn.transaction():
        changes = conn.execute("SELECT seq, annotation_id::text, event_id::text FROM claim_reader.changes "
                               "WHERE team = %s AND seq > %s ORDER BY seq LIMIT %s", (team, since, limit)).fetchall()
        if not changes:
            return Pulled(since)
        ids = list(dict.fromkeys(c[1] for c in changes))
        events = [c[2] for c in changes if c[2]]
        rows = conn.execute(f"SELECT {SELECT_COLUMNS} FROM claim_reader.annotations WHERE id = ANY(%s::uuid[])", (ids,)).fetchall()
        evs = conn.execute("SELECT id::text, annotation_id::text, actor, at, value, evidence, bases::text[], base_version, resolves "
                           "FROM claim_reader.verdict_events WHERE id = ANY(%s::uuid[]) ORDER BY at, id", (events,)).fetchall()
    remotes: dict[str, Remote | None] = dict.fromkeys(ids)
    for r in rows:
        remotes[str(r[0])] = _remote(r)
    return Pulled(changes[-1][0], remotes, [_event(e) for e in evs], more=len(changes) == limit)


def _remote(r: tuple[Any, ...]) -> Remote:
    a = Annotation(selector=Selector(exact=r[5], prefix=r[6], suffix=r[7], start=r[8], end=r[9]), doc_fingerprint=r[2], doc_path=r[3],
                   doc_title=r[4], tags=tuple(r[12]), note=r[11], highlight=r[13], claim_key=r[10], id=str(r[0]), state=r[14],
                   created=iso(r[16]), modified=iso(r[17]))
    return Remote(a, r[1], r[18], r[15])


def _event(e: tuple[Any, ...]) -> Event:
    return Event(e[0], e[1], e[2], iso(e[3]), e[4], tuple(str(x) for x in e[5]), tuple(e[6] or ()), e[7], e[8])
