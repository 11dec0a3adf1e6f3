"""SQLite backend of the annotation store.

WAL journal + busy timeout so two readers can annotate the same file at once; BEGIN IMMEDIATE per
user action, and the row read *inside* it, so concurrent actions never lose each other's changes.
Opening (ours or foreign, damaged, full, read-only) is `sqlite_open`; documents and their versions
are `sqlite_docs`; the schema and row mapping `sqlite_schema`.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reader.core.annotations import sqlite_docs as docs
from reader.core.annotations.model import Annotation, Edit, VerdictEvent, login_name, new_id, now_iso
from reader.core.annotations.sqlite_open import SharedConnection, error, open_database, rollback
from reader.core.annotations.sqlite_schema import (
    COLUMNS,
    EVENT_COLUMNS,
    PLACEHOLDERS,
    event_from_row,
    event_row,
    from_row,
    to_row,
)
from reader.core.annotations.sqlite_text import db_text, py_text
from reader.core.annotations.store import (
    StoreError,
    check_annotation,
    context_in,
    document_key,
    event_for,
    from_json,
    reconcile,
    same_target,
    to_json,
)
from reader.core.documents.document import Document

if TYPE_CHECKING:
    from reader.core.annotations.records import Applied, Change, DocumentInfo, LinkProposal

SELECT = f"SELECT {COLUMNS} FROM annotations"
UPSERT = (f"INSERT INTO annotations ({COLUMNS}, document_id, seen_in) VALUES ({PLACEHOLDERS}, ?, ?) ON CONFLICT(id) DO UPDATE SET "
          + ", ".join(f"{c.strip()} = excluded.{c.strip()}" for c in COLUMNS.split(","))
          + ", document_id = excluded.document_id, seen_in = excluded.seen_in")
ANCHOR_UPDATE = ("UPDATE annotations SET doc_fingerprint = ?, doc_path = ?, doc_title = ?, exact = ?, prefix = ?, suffix = ?, "
                 "start = ?, \"end\" = ?, state = ?, score = ?, seen_in = ? WHERE id = ? AND version = ?")
SOFT_FAILURES = ("readonly", "full", "io", "busy")
"""Failures a reading action survives: what it shows is right, only its re-anchoring is not saved."""


class SqliteStore(SharedConnection):
    """The AnnotationStore on one SQLite file."""

    def __init__(self, path: str, readonly: bool = False, synchronous: str = "NORMAL", user: str | None = None) -> None:
        self.path = path
        self.readonly = readonly
        self.user = user or login_name()
        self.warning: str | None = None
        """Set when a reading action could not save what it computed (a full disk, say); one line."""
        self._lock = threading.RLock()
        self._conn = open_database(path, readonly, synchronous)

    # --- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction = one user action."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only; nothing was saved", "readonly")
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                except BaseException:
                    rollback(self._conn)
                    raise
            except sqlite3.Error as exc:
                raise error(self.path, exc) from None

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                raise error(self.path, exc) from None

    # --- reading and writing rows inside a transaction ------------------------------------------

    @staticmethod
    def _read(conn: sqlite3.Connection, annotation_id: str) -> Annotation | None:
        row = conn.execute(f"{SELECT} WHERE id = ?", (annotation_id,)).fetchone()
        return from_row(row) if row else None

    @staticmethod
    def _twin(conn: sqlite3.Connection, target: Annotation) -> Annotation | None:
        """The live annotation already on `target`'s claim or words in its document (created meanwhile)."""
        doc_id = docs.document_id(conn, document_key(target.doc_path, target.doc_fingerprint))
        if doc_id is None:
            return None
        rows = conn.execute(f"{SELECT} WHERE document_id = ? AND state != 'orphan' AND (claim_key = ? OR (start = ? AND \"end\" = ?))",
                            (doc_id, db_text(target.claim_key), target.selector.start, target.selector.end)).fetchall()
        found = [a for a in map(from_row, rows) if same_target(a, target)]
        return min(found, key=lambda a: (a.created, a.id)) if found else None

    def _log(self, conn: sqlite3.Connection, annotation_id: str, action: str, old: Annotation | None, new: Annotation | None) -> None:
        conn.execute("INSERT INTO changes (annotation_id, action, at, old, new, actor) VALUES (?, ?, ?, ?, ?, ?)",
                     (annotation_id, action, now_iso(), to_json(old), to_json(new), db_text(self.user)))

    def _write(self, conn: sqlite3.Connection, before: Annotation | None, after: Annotation,
               events: Sequence[VerdictEvent] | None = None, stamp: bool = True) -> Annotation:
        """Store `after` (version bumped; modified now unless `stamp` is off: a copy keeps its own time),
        its verdict event(s) and the log entry."""
        check_annotation(after)
        now = now_iso()
        version = before.version + 1 if before else max(1, after.version)
        after = replace(after, modified=now if stamp else after.modified, version=version, creator=after.creator or self.user)
        new_events = list(events or ())
        if events is None:
            event = event_for(before, after, self.user, now)
            new_events = [event] if event else []
        for e in new_events:
            conn.execute(f"INSERT OR IGNORE INTO verdicts ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", event_row(e))
        if new_events:
            after = replace(after, verdict_by=new_events[-1].actor, verdict_at=new_events[-1].at)
        key = document_key(after.doc_path, after.doc_fingerprint)
        doc_id = docs.document_id(conn, key) or docs.ensure_document(conn, key, after.doc_fingerprint, after.doc_title)
        placed = before is None or before.selector != after.selector or before.doc_fingerprint != after.doc_fingerprint
        old_seen = conn.execute("SELECT seen_in FROM annotations WHERE id = ?", (after.id,)).fetchone()
        seen_in = after.doc_fingerprint if placed or old_seen is None else old_seen[0]
        conn.execute(UPSERT, (*to_row(after), doc_id, seen_in))
        self._log(conn, after.id, "save", before, after)
        return after

    def _remove(self, conn: sqlite3.Connection, old: Annotation) -> None:
        """Delete a row; its verdict history stays, closed by a "cleared" event."""
        conn.execute("DELETE FROM annotations WHERE id = ?", (old.id,))
        self._log(conn, old.id, "delete", old, None)
        if old.verdict is not None:
            event = VerdictEvent(new_id(), old.id, self.user, now_iso(), None, (), old.version)
            conn.execute(f"INSERT INTO verdicts ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", event_row(event))

    def _actors_since(self, conn: sqlite3.Connection, annotation_id: str, version: int) -> tuple[str, ...]:
        rows = conn.execute(
            "SELECT actor FROM changes WHERE annotation_id = ? AND action IN ('save', 'delete') "
            "AND coalesce(json_extract(new, '$.version'), 1 << 62) > ? ORDER BY seq", (annotation_id, version)).fetchall()
        return tuple(dict.fromkeys(py_text(r[0]) or "someone else" for r in rows))

    # --- the AnnotationStore interface: annotations ---------------------------------------------

    def save(self, annotation: Annotation, events: Sequence[VerdictEvent] | None = None) -> Annotation:
        check_annotation(annotation)
        with self._tx() as conn:
            return self._write(conn, self._read(conn, annotation.id), annotation, events, stamp=False)

    def apply(self, target: Annotation, edit: Edit, text: str | None = None) -> Applied:
        from reader.core.annotations.records import Applied  # with the first edit, not with the store (start-up time)

        check_annotation(edit.apply(target))  # before any read: a bad id must not reach a query either
        with self._tx() as conn:
            before = self._read(conn, target.id)
            if before is None and target.version == 0:
                before = self._twin(conn, target)
            stale = before.version != target.version if before is not None else target.version > 0
            others = self._actors_since(conn, (before or target).id, target.version) if stale else ()
            base = before if before is not None else replace(target, version=0, creator=target.creator or self.user)
            after = edit.apply(base)
            if after.is_empty:
                if before is not None:
                    self._remove(conn, before)
                return Applied(before, None, stale, others)
            written = self._write(conn, before, after)
            if text is not None:
                docs.keep_version(conn, written.doc_fingerprint, text)
            return Applied(before, written, stale, others)

    def delete(self, annotation_id: str, seen_version: int | None = None) -> Applied | None:
        from reader.core.annotations.records import Applied

        with self._tx() as conn:
            old = self._read(conn, annotation_id)
            if old is None:
                return None
            stale = seen_version is not None and old.version != seen_version
            others = self._actors_since(conn, annotation_id, seen_version) if stale and seen_version is not None else ()
            self._remove(conn, old)
        return Applied(old, None, stale, others)

    def get(self, annotation_id: str) -> Annotation | None:
        rows = self._query(f"{SELECT} WHERE id = ?", (annotation_id,))
        return from_row(rows[0]) if rows else None

    def all(self) -> list[Annotation]:
        return [from_row(r) for r in self._query(f"{SELECT} ORDER BY doc_fingerprint, start")]

    def history(self, annotation_id: str | None = None, limit: int = 100) -> list[Change]:
        from reader.core.annotations.records import Change

        where, args = ("WHERE annotation_id = ?", (annotation_id,)) if annotation_id else ("", ())
        rows = self._query(f"SELECT seq, annotation_id, action, at, old, new, actor FROM changes {where} "
                           "ORDER BY seq DESC LIMIT ?", (*args, limit))
        return [Change(r[0], r[1], r[2], r[3], from_json(r[4]), from_json(r[5]), py_text(r[6])) for r in rows]

    def verdict_history(self, annotation_id: str) -> list[VerdictEvent]:
        rows = self._query(f"SELECT {EVENT_COLUMNS} FROM verdicts WHERE annotation_id = ? ORDER BY seq", (annotation_id,))
        return [event_from_row(r) for r in rows]

    # --- the AnnotationStore interface: documents -----------------------------------------------

    def for_document(self, doc: Document) -> list[Annotation]:
        key = document_key(doc.path, doc.fingerprint)
        rows = self._query(f"SELECT {COLUMNS}, seen_in FROM annotations WHERE document_id = "
                           "(SELECT id FROM documents WHERE path = ?)", (db_text(key),))
        show, write = reconcile(doc, [(from_row(r[:-1]), r[-1]) for r in rows])
        if self.readonly:
            return show
        try:
            with self._tx() as conn:
                docs.ensure_document(conn, key, doc.fingerprint, doc.title)
                for a in write:
                    self._reanchored(conn, a, doc.fingerprint)
                if rows:
                    docs.keep_version(conn, doc.fingerprint, doc.text)
                if write:
                    docs.drop_unused_versions(conn)
        except StoreError as exc:
            if exc.kind not in SOFT_FAILURES:
                raise
            self.warning = f"{exc} (shown, but the re-anchoring was not saved)"
        return show

    def _reanchored(self, conn: sqlite3.Connection, a: Annotation, seen_in: str) -> None:
        """Write a re-anchoring: only the anchor columns, and only if nobody edited the row since it was read
        (compare-and-set on the version; a lost race just re-anchors again next time)."""
        old = self._read(conn, a.id)
        if old is None or old.version != a.version:
            return
        s = a.selector
        conn.execute(ANCHOR_UPDATE, (a.doc_fingerprint, db_text(a.doc_path), db_text(a.doc_title), db_text(s.exact), db_text(s.prefix),
                                     db_text(s.suffix), s.start, s.end, a.state, a.score, seen_in, a.id, a.version))
        self._log(conn, a.id, "reanchor", old, a)

    def proposals(self, doc: Document) -> list[LinkProposal]:
        with self._lock:
            try:
                return docs.proposals(self._conn, document_key(doc.path, doc.fingerprint), doc.fingerprint, doc.title)
            except sqlite3.Error as exc:
                raise error(self.path, exc) from None

    def adopt(self, doc: Document, other_path: str) -> list[Annotation]:
        key = document_key(doc.path, doc.fingerprint)
        with self._tx() as conn:
            doc_id = docs.ensure_document(conn, key, doc.fingerprint, doc.title)
            moved = docs.adopt(conn, document_key(other_path, ""), doc_id, doc.path, doc.title)
            for aid in moved:
                self._log(conn, aid, "save", None, self._read(conn, aid))
        return self.for_document(doc)

    def context(self, annotation: Annotation, width: int = 160) -> tuple[str, str, str] | None:
        with self._lock:
            try:
                text = docs.version_text(self._conn, annotation.doc_fingerprint)
            except sqlite3.Error as exc:
                raise error(self.path, exc) from None
        return context_in(text, annotation, width) if text is not None else None

    def documents(self) -> list[DocumentInfo]:
        from reader.core.annotations.records import DocumentInfo

        rows = self._query(
            "SELECT d.fingerprint, d.path, d.title, count(a.id), d.position, d.seen FROM documents d "
            "LEFT JOIN annotations a ON a.document_id = d.id GROUP BY d.id ORDER BY d.seen DESC"
        )
        return [DocumentInfo(r[0], py_text(r[1]), py_text(r[2]), r[3], r[4], r[5]) for r in rows]

    def set_position(self, fingerprint: str, offset: int, path: str | None = None) -> None:
        with self._tx() as conn:
            docs.set_position(conn, document_key(path, fingerprint) if path else None, fingerprint, offset)

    def get_position(self, fingerprint: str, path: str | None = None) -> int | None:
        with self._lock:
            try:
                return docs.get_position(self._conn, document_key(path, fingerprint) if path else None, fingerprint)
            except sqlite3.Error as exc:
                raise error(self.path, exc) from None
