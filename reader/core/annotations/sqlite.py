"""SQLite backend of the annotation store.

WAL journal + busy timeout so two readers can annotate the same file at once; BEGIN IMMEDIATE
per user action so a writer never fails half-way on a lock upgrade; `PRAGMA user_version`
carries the schema version and migrations only ever run forward, inside one transaction.
A database we cannot read is reported and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from reader.core.annotations.model import Annotation, Edit, VerdictEvent, login_name, new_id, now_iso
from reader.core.annotations.sqlite_schema import (
    COLUMNS,
    EVENT_COLUMNS,
    PLACEHOLDERS,
    SCHEMA_VERSION,
    db_text,
    event_from_row,
    event_row,
    from_row,
    migrate,
    py_text,
    to_row,
)
from reader.core.annotations.store import (
    Applied,
    Change,
    DocumentInfo,
    StoreError,
    event_for,
    from_json,
    reconcile,
    same_target,
    to_json,
)
from reader.core.documents.document import Document

BUSY_TIMEOUT_MS = 10_000
RECOVER = "move it aside (it is left untouched) or point --data-dir / XDG_DATA_HOME elsewhere"
SELECT = f"SELECT {COLUMNS} FROM annotations"


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL unless already there. The switch wants an exclusive lock and SQLite answers
    "locked" at once, without its busy handler, while another process opens or recovers the
    file (seen after a SIGKILL): retry until the busy timeout instead of failing the open."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class SqliteStore:
    """The AnnotationStore on one SQLite file."""

    def __init__(self, path: str, readonly: bool = False, synchronous: str = "NORMAL", user: str | None = None) -> None:
        self.path = path
        self.readonly = readonly
        self.user = user or login_name()
        self._lock = threading.RLock()
        self._conn = self._connect(synchronous)

    # --- opening --------------------------------------------------------------------------

    def _connect(self, synchronous: str) -> sqlite3.Connection:
        directory = os.path.dirname(self.path)
        if self.readonly and not os.path.exists(self.path):
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            self._migrate(conn, 0)
            return conn
        if not self.readonly:
            try:
                os.makedirs(directory, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{directory}: cannot create the data directory ({exc.strerror}); "
                                 "use --data-dir or XDG_DATA_HOME to store annotations elsewhere") from None
            if not os.access(directory, os.W_OK) or (os.path.exists(self.path) and not os.access(self.path, os.W_OK)):
                raise StoreError(f"{self.path}: the data directory or database is read-only; annotations cannot "
                                 "be saved — use --data-dir or XDG_DATA_HOME for a writable place, or --readonly")
        uri = "file:" + _uri_path(self.path) + ("?mode=ro" if self.readonly else "?mode=rwc")
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = self._check(conn)
            if not self.readonly:
                _wal(conn)
                conn.execute(f"PRAGMA synchronous = {synchronous}")
                if version < SCHEMA_VERSION:
                    self._migrate(conn, version)
        except (sqlite3.Error, StoreError) as exc:
            if "conn" in locals():
                conn.close()
            raise self._error(exc) if isinstance(exc, sqlite3.Error) else exc from None
        return conn

    def _check(self, conn: sqlite3.Connection) -> int:
        """Schema version of a readable database of ours; anything else is refused untouched."""
        # One read transaction for the version and the table count: another process may be creating the schema,
        # and reading the two apart could see its tables but not yet its version ("not claim-reader's").
        conn.execute("BEGIN")
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.execute("COMMIT")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer claim-reader (schema {version}, this one knows "
                             f"{SCHEMA_VERSION}); upgrade claim-reader, or {RECOVER}")
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise StoreError(f"{self.path}: the annotation database is corrupt ({ok}); {RECOVER}")
        if version == 0 and tables:
            raise StoreError(f"{self.path}: an SQLite database, but not claim-reader's; {RECOVER}")
        return int(version)

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        """Forward migrations in one transaction (re-read under the lock: another process may have won)."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrate(conn, conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _error(self, exc: sqlite3.Error) -> StoreError:
        """One line for the user from an sqlite error, naming the file and what to do."""
        name = getattr(exc, "sqlite_errorname", "") or ""
        msg = str(exc)
        if isinstance(exc, StoreError):
            return exc
        if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in msg or "malformed" in msg:
            return StoreError(f"{self.path}: not a readable annotation database ({msg}); {RECOVER}")
        if name == "SQLITE_FULL" or "full" in msg:
            return StoreError(f"{self.path}: disk full, nothing was saved; free some space and retry")
        if name.startswith("SQLITE_BUSY") or "locked" in msg:
            return StoreError(f"{self.path}: busy — another claim-reader held it for over "
                              f"{BUSY_TIMEOUT_MS // 1000} s; nothing was saved, retry")
        if name.startswith("SQLITE_READONLY") or "readonly" in msg:
            return StoreError(f"{self.path}: read-only; use --data-dir or XDG_DATA_HOME for a writable place")
        if name.startswith("SQLITE_CANTOPEN") or "unable to open" in msg:
            return StoreError(f"{self.path}: cannot open the annotation database ({msg}); "
                              "check the data directory's permissions or use --data-dir")
        return StoreError(f"{self.path}: database error ({msg}); {RECOVER}")

    # --- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction = one user action."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only; nothing was saved")
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise self._error(exc) from None

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                raise self._error(exc) from None

    # --- reading and writing rows inside a transaction ------------------------------------------

    @staticmethod
    def _read(conn: sqlite3.Connection, annotation_id: str) -> Annotation | None:
        row = conn.execute(f"{SELECT} WHERE id = ?", (annotation_id,)).fetchone()
        return from_row(row) if row else None

    @staticmethod
    def _twin(conn: sqlite3.Connection, target: Annotation) -> Annotation | None:
        """The live annotation already on `target`'s claim or words (created meanwhile by another process)."""
        if target.claim_key is not None:
            rows = conn.execute(f"{SELECT} WHERE doc_fingerprint = ? AND claim_key = ? AND state != 'orphan'",
                                (target.doc_fingerprint, db_text(target.claim_key))).fetchall()
        else:
            rows = conn.execute(f"{SELECT} WHERE doc_fingerprint = ? AND start = ? AND \"end\" = ? AND state != 'orphan'",
                                (target.doc_fingerprint, target.selector.start, target.selector.end)).fetchall()
        found = [a for a in map(from_row, rows) if same_target(a, target)]
        return min(found, key=lambda a: (a.created, a.id)) if found else None

    def _log(self, conn: sqlite3.Connection, annotation_id: str, action: str, old: Annotation | None, new: Annotation | None) -> None:
        conn.execute("INSERT INTO changes (annotation_id, action, at, old, new, actor) VALUES (?, ?, ?, ?, ?, ?)",
                     (annotation_id, action, now_iso(), to_json(old), to_json(new), db_text(self.user)))

    def _write(self, conn: sqlite3.Connection, before: Annotation | None, after: Annotation,
               events: Sequence[VerdictEvent] | None = None, stamp: bool = True) -> Annotation:
        """Store `after` (version bumped; modified now unless `stamp` is off: a copy keeps its own time),
        its verdict event(s) and the log entry."""
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
            last = new_events[-1]
            after = replace(after, verdict_by=last.actor, verdict_at=last.at)
        conn.execute(f"INSERT OR REPLACE INTO annotations ({COLUMNS}) VALUES ({PLACEHOLDERS})", to_row(after))
        self._log(conn, after.id, "save", before, after)
        self._seen(conn, after.doc_fingerprint, after.doc_path, after.doc_title)
        return after

    def _actors_since(self, conn: sqlite3.Connection, annotation_id: str, version: int) -> tuple[str, ...]:
        rows = conn.execute(
            "SELECT actor FROM changes WHERE annotation_id = ? AND action IN ('save', 'delete') "
            "AND coalesce(json_extract(new, '$.version'), 1 << 62) > ? ORDER BY seq", (annotation_id, version)).fetchall()
        return tuple(dict.fromkeys(py_text(r[0]) or "someone else" for r in rows))

    @staticmethod
    def _seen(conn: sqlite3.Connection, fingerprint: str, path: str, title: str) -> None:
        conn.execute(
            "INSERT INTO documents (fingerprint, path, title, seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(fingerprint) DO UPDATE SET path = excluded.path, title = excluded.title, seen = excluded.seen",
            (fingerprint, db_text(path), db_text(title), now_iso()),
        )

    # --- the AnnotationStore interface --------------------------------------------------------

    def save(self, annotation: Annotation, events: Sequence[VerdictEvent] | None = None) -> Annotation:
        with self._tx() as conn:
            return self._write(conn, self._read(conn, annotation.id), annotation, events, stamp=False)

    def apply(self, target: Annotation, edit: Edit, text: str | None = None) -> Applied:
        del text  # kept for the document's version text (see for_document)
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
            return Applied(before, self._write(conn, before, after), stale, others)

    def _remove(self, conn: sqlite3.Connection, old: Annotation) -> None:
        """Delete a row; its verdict history stays, closed by a "cleared" event."""
        conn.execute("DELETE FROM annotations WHERE id = ?", (old.id,))
        self._log(conn, old.id, "delete", old, None)
        if old.verdict is not None:
            event = VerdictEvent(new_id(), old.id, self.user, now_iso(), None, (), old.version)
            conn.execute(f"INSERT INTO verdicts ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", event_row(event))

    def delete(self, annotation_id: str, seen_version: int | None = None) -> Applied | None:
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

    def for_document(self, doc: Document) -> list[Annotation]:
        fp = doc.fingerprint
        same = [from_row(r) for r in self._query(f"{SELECT} WHERE doc_fingerprint = ?", (fp,))]
        other: list[Annotation] = []
        if doc.path and doc.path != "-":
            other = [from_row(r) for r in self._query(f"{SELECT} WHERE doc_path = ? AND doc_fingerprint != ?", (db_text(doc.path), fp))]
        if not same and not other and doc.title:
            other = [from_row(r) for r in self._query(f"{SELECT} WHERE doc_title = ? AND doc_fingerprint != ?", (db_text(doc.title), fp))]
        show, write = reconcile(doc, same, other)
        if not self.readonly:
            with self._tx() as conn:
                for a in write:
                    self._reanchored(conn, a)
                self._seen(conn, fp, doc.path, doc.title)
        return show

    def _reanchored(self, conn: sqlite3.Connection, a: Annotation) -> None:
        """Write a re-anchoring: only the anchor columns, and only if nobody edited the row since it was read
        (compare-and-set on the version; a lost race just re-anchors again next time)."""
        old = self._read(conn, a.id)
        if old is None or old.version != a.version:
            return
        s = a.selector
        conn.execute(
            "UPDATE annotations SET doc_fingerprint = ?, doc_path = ?, doc_title = ?, exact = ?, prefix = ?, suffix = ?, "
            "start = ?, \"end\" = ?, state = ?, score = ? WHERE id = ? AND version = ?",
            (a.doc_fingerprint, db_text(a.doc_path), db_text(a.doc_title), db_text(s.exact), db_text(s.prefix),
             db_text(s.suffix), s.start, s.end, a.state, a.score, a.id, a.version),
        )
        self._log(conn, a.id, "reanchor", old, a)

    def all(self) -> list[Annotation]:
        return [from_row(r) for r in self._query(f"{SELECT} ORDER BY doc_fingerprint, start")]

    def documents(self) -> list[DocumentInfo]:
        rows = self._query(
            "SELECT d.fingerprint, d.path, d.title, count(a.id), d.position, d.seen FROM documents d "
            "LEFT JOIN annotations a ON a.doc_fingerprint = d.fingerprint GROUP BY d.fingerprint ORDER BY d.seen DESC"
        )
        return [DocumentInfo(r[0], py_text(r[1]), py_text(r[2]), r[3], r[4], r[5]) for r in rows]

    def set_position(self, fingerprint: str, offset: int, path: str | None = None) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO documents (fingerprint, position, seen) VALUES (?, ?, ?) "
                "ON CONFLICT(fingerprint) DO UPDATE SET position = excluded.position, seen = excluded.seen",
                (fingerprint, int(offset), now_iso()),
            )

    def get_position(self, fingerprint: str, path: str | None = None) -> int | None:
        rows = self._query("SELECT position FROM documents WHERE fingerprint = ?", (fingerprint,))
        if rows and rows[0][0] is not None:
            return int(rows[0][0])
        if path and path != "-":
            rows = self._query("SELECT position FROM documents WHERE path = ? AND position IS NOT NULL "
                               "ORDER BY seen DESC LIMIT 1", (db_text(path),))
            return int(rows[0][0]) if rows else None
        return None

    def history(self, annotation_id: str | None = None, limit: int = 100) -> list[Change]:
        where, args = ("WHERE annotation_id = ?", (annotation_id,)) if annotation_id else ("", ())
        rows = self._query(f"SELECT seq, annotation_id, action, at, old, new, actor FROM changes {where} "
                           "ORDER BY seq DESC LIMIT ?", (*args, limit))
        return [Change(r[0], r[1], r[2], r[3], from_json(r[4]), from_json(r[5]), py_text(r[6])) for r in rows]

    def verdict_history(self, annotation_id: str) -> list[VerdictEvent]:
        rows = self._query(f"SELECT {EVENT_COLUMNS} FROM verdicts WHERE annotation_id = ? ORDER BY seq", (annotation_id,))
        return [event_from_row(r) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.fsencode(path), safe="/")
