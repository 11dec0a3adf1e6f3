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
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from reader.core.annotations.model import Annotation, Selector, VerdictEvent

if TYPE_CHECKING:
    import psycopg

FIELDS = ("doc_path", "doc_title", "claim_key", "note", "highlight", "state")
SELECT_COLUMNS = ("id, creator, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start_at, end_at, claim_key, note, "
                  "tags, highlight, state, deleted, created, modified, version")


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
        """The action made a verdict event (as reader.core.annotations.store.event_for decides), or settles a conflict."""
        new, old = self.new, self.old
        if new is None:
            return False
        if old is None:
            return self.resolve or new.verdict is not None
        return self.resolve or (old.verdict, old.evidence) != (new.verdict, new.evidence)


@dataclass(frozen=True, slots=True)
class Remote:
    """An annotation as the server has it."""

    annotation: Annotation
    creator: str
    version: int
    deleted: bool


@dataclass(frozen=True, slots=True)
class Event(VerdictEvent):
    """A verdict event as the team server keeps it: also the earlier events its actor saw (`bases`), whether it
    resolves a conflict between them, and when it was made."""

    bases: tuple[str, ...] = ()
    resolves: bool = False
    made: str = ""
    """When its author made it (their clock): offline, that can be long before `at`, when the server got it."""


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
    """Apply `ops` in order, in one transaction and one round trip (claim_reader.apply_ops, under the member's
    row-level security); the caller forgets `done` and `refused`. Text PostgreSQL cannot hold (NUL, lone
    surrogates) is refused here, before it could spoil the batch."""
    result = Pushed()
    wire: list[dict[str, Any]] = []
    for op in ops:
        payload = _payload(op)
        problem = _unsendable(payload)
        if problem:
            result.refused.append((op.op_id, op.annotation_id, problem))
        else:
            wire.append(payload)
    if wire:
        with conn.transaction():
            rows = conn.execute("SELECT done_op::text, refusal FROM claim_reader.apply_ops(%s, %s::jsonb)",
                                (team, json.dumps(wire, ensure_ascii=False))).fetchall()
        by_id = {op.op_id: op for op in ops}
        for op_id, refusal in rows:
            if refusal:
                result.refused.append((op_id, by_id[op_id].annotation_id, _plain(str(refusal))))
            else:
                result.done.append(op_id)
    return result


def _plain(refusal: str) -> str:
    """The server's reason in words: a check constraint by what it limits."""
    from reader.core.annotations.postgres_schema import LIMITS

    for name, meaning in LIMITS.items():
        if f'"{name}"' in refusal:
            return f"the team server refuses {meaning}"
    return " ".join(refusal.split())


def _unsendable(payload: dict[str, Any]) -> str | None:
    for text in _strings(payload):
        if "\x00" in text:
            return "text with a NUL character cannot be shared (PostgreSQL text cannot hold it)"
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return "text that is not valid Unicode (a lone surrogate) cannot be shared"
    return None


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _payload(op: Op) -> dict[str, Any]:
    """The op as apply_ops reads it: the row, the fields the action changed, the tags added and removed, the verdict."""
    out: dict[str, Any] = {"op_id": op.op_id, "id": op.annotation_id, "kind": "delete" if op.new is None else "put"}
    new, old = op.new, op.old
    if new is None:
        return out
    s = new.selector
    out["row"] = {"doc_fingerprint": new.doc_fingerprint, "doc_path": new.doc_path, "doc_title": new.doc_title, "exact": s.exact,
                  "prefix": s.prefix, "suffix": s.suffix, "start_at": s.start, "end_at": s.end, "claim_key": new.claim_key,
                  "note": new.note, "tags": list(new.tags), "highlight": new.highlight, "state": new.state, "created": new.created}
    if old is None:  # the server may have an older state of it (an undone delete): every field, tags as they are here
        out["set"] = [*FIELDS, "selector", "tags"]
    else:
        out["set"] = [f for f in FIELDS if getattr(old, f) != getattr(new, f)]
        if old.selector != new.selector:
            out["set"].append("selector")
        if old.tags != new.tags:
            out["set"].append("tags")
            out["add"] = [t for t in new.tags if t not in old.tags]
            out["remove"] = [t for t in old.tags if t not in new.tags]
    if op.verdict_event:
        out["verdict"] = {"value": new.verdict, "evidence": list(_evidence(new)), "bases": list(op.bases), "base_version": op.base_version,
                          "made": op.made or new.modified, "resolves": op.resolve or len(op.bases) > 1}
    return out


def _evidence(a: Annotation) -> tuple[str, ...]:
    return tuple(a.evidence)


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
        evs = conn.execute("SELECT id::text, annotation_id::text, actor, at, value, evidence, bases::text[], base_version, resolves, made "
                           "FROM claim_reader.verdict_events WHERE id = ANY(%s::uuid[])", (events,)).fetchall()
    remotes: dict[str, Remote | None] = dict.fromkeys(ids)
    for r in rows:
        remotes[str(r[0])] = _remote(r)
    by_id = {e[0]: _event(e) for e in evs}
    ordered = [by_id[i] for i in events if i in by_id]  # in commit order: an event after the events it was based on
    return Pulled(changes[-1][0], remotes, ordered, more=len(changes) == limit)


def fetch(conn: psycopg.Connection[Any], ids: set[str]) -> dict[str, Remote]:
    """The current rows of these annotations (those the server has and this member may read)."""
    rows = conn.execute(f"SELECT {SELECT_COLUMNS} FROM claim_reader.annotations WHERE id = ANY(%s::uuid[])", (list(ids),)).fetchall()
    return {str(r[0]): _remote(r) for r in rows}


def _remote(r: tuple[Any, ...]) -> Remote:
    a = Annotation(selector=Selector(exact=r[5], prefix=r[6], suffix=r[7], start=r[8], end=r[9]), doc_fingerprint=r[2], doc_path=r[3],
                   doc_title=r[4], tags=tuple(r[12]), note=r[11], highlight=r[13], claim_key=r[10], id=str(r[0]), state=r[14],
                   created=iso(r[16]), modified=iso(r[17]), creator=r[1])
    return Remote(a, r[1], r[18], r[15])


def _event(e: tuple[Any, ...]) -> Event:
    return Event(e[0], e[1], e[2], iso(e[3]), e[4], tuple(str(x) for x in e[5]), bases=tuple(e[6] or ()), base_version=e[7], resolves=e[8],
                 made=iso(e[9]))
