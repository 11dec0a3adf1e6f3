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
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reader.core.annotations.model import Annotation, Selector, now_iso
from reader.core.annotations.store import Change, DocumentInfo, StoreError, from_json, reconcile, to_json
from reader.core.documents.document import Document

BUSY_TIMEOUT_MS = 10_000

MIGRATIONS: list[str] = [
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
]
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS = (
    "id, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start, \"end\", verdict, tags, note, "
    "highlight, claim_key, state, created, modified"
)
RECOVER = "move it aside (it is left untouched) or point --data-dir / XDG_DATA_HOME elsewhere"


def _db(s: str | None) -> str | bytes | None:
    """Text as TEXT; text with lone surrogates (undecodable file names...) as exact UTF-8 bytes."""
    if s is None:
        return None
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass")


def _py(v: Any) -> Any:
    return v.decode("utf-8", "surrogatepass") if isinstance(v, bytes) else v


def _row(a: Annotation) -> tuple[Any, ...]:
    import json  # imported on use: a store with nothing for this document never needs it (start-up time)

    s = a.selector
    tags = json.dumps(list(a.tags), ensure_ascii=False)
    return (
        a.id, a.doc_fingerprint, _db(a.doc_path), _db(a.doc_title), _db(s.exact), _db(s.prefix), _db(s.suffix),
        s.start, s.end, a.verdict, _db(tags), _db(a.note), int(a.highlight), _db(a.claim_key), a.state,
        a.created, a.modified,
    )


def _annotation(r: tuple[Any, ...]) -> Annotation:
    import json

    r = tuple(_py(v) for v in r)
    return Annotation(
        selector=Selector(exact=r[4], prefix=r[5], suffix=r[6], start=r[7], end=r[8]),
        doc_fingerprint=r[1], doc_path=r[2], doc_title=r[3], verdict=r[9], tags=tuple(json.loads(r[10])),
        note=r[11], highlight=bool(r[12]), claim_key=r[13], id=r[0], state=r[14], created=r[15], modified=r[16],
    )


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

    def __init__(self, path: str, readonly: bool = False, synchronous: str = "NORMAL") -> None:
        self.path = path
        self.readonly = readonly
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
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for v in range(version, SCHEMA_VERSION):
                for stmt in MIGRATIONS[v].split(";"):
                    if stmt.strip():
                        conn.execute(stmt)
                conn.execute(f"PRAGMA user_version = {v + 1}")
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

    @staticmethod
    def _put(conn: sqlite3.Connection, a: Annotation, action: str) -> None:
        old = conn.execute(f"SELECT {COLUMNS} FROM annotations WHERE id = ?", (a.id,)).fetchone()
        conn.execute(f"INSERT OR REPLACE INTO annotations ({COLUMNS}) VALUES ({', '.join('?' * 17)})", _row(a))
        conn.execute("INSERT INTO changes (annotation_id, action, at, old, new) VALUES (?, ?, ?, ?, ?)",
                     (a.id, action, now_iso(), to_json(_annotation(old) if old else None), to_json(a)))

    @staticmethod
    def _seen(conn: sqlite3.Connection, fingerprint: str, path: str, title: str) -> None:
        conn.execute(
            "INSERT INTO documents (fingerprint, path, title, seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(fingerprint) DO UPDATE SET path = excluded.path, title = excluded.title, seen = excluded.seen",
            (fingerprint, _db(path), _db(title), now_iso()),
        )

    # --- the AnnotationStore interface --------------------------------------------------------

    def save(self, annotation: Annotation) -> Annotation:
        with self._tx() as conn:
            self._put(conn, annotation, "save")
            self._seen(conn, annotation.doc_fingerprint, annotation.doc_path, annotation.doc_title)
        return annotation

    def delete(self, annotation_id: str) -> bool:
        with self._tx() as conn:
            old = conn.execute(f"SELECT {COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
            if old is None:
                return False
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            conn.execute("INSERT INTO changes (annotation_id, action, at, old, new) VALUES (?, 'delete', ?, ?, NULL)",
                         (annotation_id, now_iso(), to_json(_annotation(old))))
        return True

    def get(self, annotation_id: str) -> Annotation | None:
        rows = self._query(f"SELECT {COLUMNS} FROM annotations WHERE id = ?", (annotation_id,))
        return _annotation(rows[0]) if rows else None

    def for_document(self, doc: Document) -> list[Annotation]:
        fp = doc.fingerprint
        sel = f"SELECT {COLUMNS} FROM annotations WHERE "
        same = [_annotation(r) for r in self._query(sel + "doc_fingerprint = ?", (fp,))]
        other: list[Annotation] = []
        if doc.path and doc.path != "-":
            other = [_annotation(r) for r in self._query(sel + "doc_path = ? AND doc_fingerprint != ?", (_db(doc.path), fp))]
        if not same and not other and doc.title:
            other = [_annotation(r) for r in self._query(sel + "doc_title = ? AND doc_fingerprint != ?", (_db(doc.title), fp))]
        show, write = reconcile(doc, same, other)
        if not self.readonly:
            with self._tx() as conn:
                for a in write:
                    self._put(conn, a, "reanchor")
                self._seen(conn, fp, doc.path, doc.title)
        return show

    def all(self) -> list[Annotation]:
        return [_annotation(r) for r in self._query(f"SELECT {COLUMNS} FROM annotations ORDER BY doc_fingerprint, start")]

    def documents(self) -> list[DocumentInfo]:
        rows = self._query(
            "SELECT d.fingerprint, d.path, d.title, count(a.id), d.position, d.seen FROM documents d "
            "LEFT JOIN annotations a ON a.doc_fingerprint = d.fingerprint GROUP BY d.fingerprint ORDER BY d.seen DESC"
        )
        return [DocumentInfo(r[0], _py(r[1]), _py(r[2]), r[3], r[4], r[5]) for r in rows]

    def set_position(self, fingerprint: str, offset: int) -> None:
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
                               "ORDER BY seen DESC LIMIT 1", (_db(path),))
            return int(rows[0][0]) if rows else None
        return None

    def history(self, annotation_id: str | None = None, limit: int = 100) -> list[Change]:
        where, args = ("WHERE annotation_id = ?", (annotation_id,)) if annotation_id else ("", ())
        rows = self._query(f"SELECT seq, annotation_id, action, at, old, new FROM changes {where} "
                           "ORDER BY seq DESC LIMIT ?", (*args, limit))
        return [Change(r[0], r[1], r[2], r[3], from_json(r[4]), from_json(r[5])) for r in rows]

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
