"""The SQLite schema of the annotation store: forward-only migrations and the row <-> Annotation mapping.

`PRAGMA user_version` carries the schema version; every migration runs inside the one transaction
that opened it, statements split with `sqlite3.complete_statement` (triggers hold semicolons, and
`executescript` would commit the transaction half-way).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from reader.core.annotations.model import Annotation, Selector, VerdictEvent
from reader.core.annotations.sqlite_docs import migrate_documents
from reader.core.annotations.sqlite_text import db_text, py_text

_HEX = "lower(hex(randomblob({})))"
NEW_UUID = (f"({_HEX.format(4)} || '-' || {_HEX.format(2)} || '-4' || substr({_HEX.format(2)}, 2) || '-' "
            f"|| substr('89ab', 1 + abs(random()) % 4, 1) || substr({_HEX.format(2)}, 2) || '-' || {_HEX.format(6)})")
"""A random version-4 uuid per row: plain calls only (SQLite runs an uncorrelated subquery once per statement,
so a subquery here gave every migrated verdict the same id)."""

MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 1: documents and annotations
    """
    CREATE TABLE documents (
        fingerprint TEXT PRIMARY KEY,
        path TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        position INTEGER,
        seen TEXT NOT NULL
    );
    CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        doc_fingerprint TEXT NOT NULL,
        doc_path TEXT NOT NULL DEFAULT '',
        doc_title TEXT NOT NULL DEFAULT '',
        exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        verdict TEXT, tags TEXT NOT NULL DEFAULT '[]', note TEXT,
        highlight INTEGER NOT NULL DEFAULT 0, claim_key TEXT,
        state TEXT NOT NULL DEFAULT 'exact',
        created TEXT NOT NULL, modified TEXT NOT NULL
    );
    CREATE INDEX annotations_by_fingerprint ON annotations(doc_fingerprint);
    """,
    # 2: the change log undo/redo replays, and lookups by path/title for moved or edited files
    """
    CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        annotation_id TEXT NOT NULL,
        action TEXT NOT NULL,
        at TEXT NOT NULL,
        old TEXT,
        new TEXT
    );
    CREATE INDEX changes_by_annotation ON changes(annotation_id, seq);
    CREATE INDEX annotations_by_path ON annotations(doc_path);
    CREATE INDEX annotations_by_title ON annotations(doc_title);
    """,
    # 3: who and why: creator and version per annotation, the actor of each change, the append-only verdict
    # history (existing verdicts become its first events, by an unknown actor)
    f"""
    ALTER TABLE annotations ADD COLUMN creator TEXT NOT NULL DEFAULT '';
    ALTER TABLE annotations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE annotations ADD COLUMN score REAL;
    ALTER TABLE annotations ADD COLUMN verdict_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE annotations ADD COLUMN verdict_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE annotations ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE changes ADD COLUMN actor TEXT NOT NULL DEFAULT '';
    CREATE TABLE verdicts (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        annotation_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        value TEXT,
        evidence TEXT NOT NULL DEFAULT '[]',
        base_version INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX verdicts_by_annotation ON verdicts(annotation_id, seq);
    CREATE TRIGGER verdicts_are_never_updated BEFORE UPDATE ON verdicts
    BEGIN SELECT RAISE(ABORT, 'the verdict history is append-only'); END;
    CREATE TRIGGER verdicts_are_never_deleted BEFORE DELETE ON verdicts
    BEGIN SELECT RAISE(ABORT, 'the verdict history is append-only'); END;
    INSERT INTO verdicts (id, annotation_id, actor, at, value)
        SELECT {NEW_UUID}, id, '', modified, verdict FROM annotations WHERE verdict IS NOT NULL ORDER BY modified;
    UPDATE annotations SET verdict_at = modified WHERE verdict IS NOT NULL;
    """,
    # 4: documents by path, with their versions' texts (reader.core.annotations.sqlite_docs)
    migrate_documents,
]
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS = (
    "id, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start, \"end\", verdict, tags, note, "
    "highlight, claim_key, state, created, modified, creator, version, score, verdict_by, verdict_at, evidence"
)
PLACEHOLDERS = ", ".join("?" * len(COLUMNS.split(",")))
EVENT_COLUMNS = "id, annotation_id, actor, at, value, evidence, base_version"


def statements(script: str) -> list[str]:
    """`script` cut into complete SQL statements (a trigger body's semicolons do not end it)."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Run the migrations after `version` on `conn` (inside the caller's transaction)."""
    for v in range(version, SCHEMA_VERSION):
        step = MIGRATIONS[v]
        if callable(step):
            step(conn)
        else:
            for stmt in statements(step):
                conn.execute(stmt)
        conn.execute(f"PRAGMA user_version = {v + 1}")


def to_row(a: Annotation) -> tuple[Any, ...]:
    s = a.selector
    tags = json.dumps(list(a.tags), ensure_ascii=False)
    evidence = json.dumps(list(a.evidence), ensure_ascii=False)
    return (
        a.id, a.doc_fingerprint, db_text(a.doc_path), db_text(a.doc_title), db_text(s.exact), db_text(s.prefix),
        db_text(s.suffix), s.start, s.end, a.verdict, db_text(tags), db_text(a.note), int(a.highlight),
        db_text(a.claim_key), a.state, a.created, a.modified, db_text(a.creator), a.version, a.score,
        db_text(a.verdict_by), a.verdict_at, db_text(evidence),
    )


def from_row(r: tuple[Any, ...]) -> Annotation:
    r = tuple(py_text(v) for v in r)
    return Annotation(
        selector=Selector(exact=r[4], prefix=r[5], suffix=r[6], start=r[7], end=r[8]),
        doc_fingerprint=r[1], doc_path=r[2], doc_title=r[3], verdict=r[9], tags=tuple(json.loads(r[10])),
        note=r[11], highlight=bool(r[12]), claim_key=r[13], id=r[0], state=r[14], created=r[15], modified=r[16],
        creator=r[17], version=r[18], score=r[19], verdict_by=r[20], verdict_at=r[21], evidence=tuple(json.loads(r[22])),
    )


def event_row(e: VerdictEvent) -> tuple[Any, ...]:
    return (e.id, e.annotation_id, db_text(e.actor), e.at, e.value, db_text(json.dumps(list(e.evidence), ensure_ascii=False)),
            e.base_version)


def event_from_row(r: tuple[Any, ...]) -> VerdictEvent:
    r = tuple(py_text(v) for v in r)
    return VerdictEvent(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6])
