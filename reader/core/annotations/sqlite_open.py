"""Opening the SQLite file of the annotation store, and saying in one line why it cannot be used.

Our databases say they are ours: `PRAGMA application_id` = APPLICATION_ID. Files written before the
stamp existed are recognised by their schema (tables and columns of a version we know) and stamped
the first time they are opened for writing. Any other file is foreign: it is only ever *probed*
read-only (`mode=ro`: no WAL switch, no journal, not a byte changed) and refused with one line.
`PRAGMA quick_check` runs on every open, so a damaged file is named before anything is written to it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from typing import Self

from reader.core.annotations.sqlite_schema import MIGRATIONS, SCHEMA_VERSION, migrate
from reader.core.annotations.store import StoreError

APPLICATION_ID = 0x436C5264
"""'ClRd' as four bytes: the database header field that marks a file as claim-reader's."""
BUSY_TIMEOUT_MS = 10_000
RECOVER = "move it aside (it is left untouched) or point --data-dir / XDG_DATA_HOME elsewhere"
WRITABLE_ELSEWHERE = "use --data-dir or XDG_DATA_HOME for a writable place"

KNOWN_TABLES: dict[int, set[str]] = {
    1: {"documents", "annotations"},
    2: {"documents", "annotations", "changes"},
    3: {"documents", "annotations", "changes", "verdicts"},
    4: {"documents", "annotations", "changes", "verdicts", "versions"},
}
"""The tables each schema version has (ours; other tables may sit beside them, e.g. team bookkeeping)."""
ANNOTATION_COLUMNS = {"id", "doc_fingerprint", "exact", "prefix", "suffix", "start", "end", "verdict", "tags", "state"}
assert set(KNOWN_TABLES) == set(range(1, len(MIGRATIONS) + 1))


@dataclass(frozen=True)
class Probe:
    application_id: int
    version: int
    tables: set[str]
    annotation_columns: set[str]
    check: str


def uri(path: str, mode: str, immutable: bool = False) -> str:
    from urllib.parse import quote

    return "file:" + quote(os.fsencode(path), safe="/") + f"?mode={mode}" + ("&immutable=1" if immutable else "")


def connect(path: str, mode: str, immutable: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(uri(path, mode, immutable), uri=True, isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def connect_readonly(path: str) -> sqlite3.Connection:
    """mode=ro; a WAL file in a directory we cannot write (no -shm to make) is read as immutable."""
    conn = connect(path, "ro")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()  # no -shm and no room or right to make one (read-only directory, full disk)
    return connect(path, "ro", immutable=True)


def probe(path: str) -> Probe:
    """What the file is, read without changing it (one read transaction: never half a schema)."""
    conn = connect_readonly(path)
    try:
        conn.execute("BEGIN")
        try:
            app = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            columns = {r[1] for r in conn.execute("PRAGMA table_info(annotations)")} if "annotations" in tables else set()
        finally:
            conn.execute("COMMIT")
        check = conn.execute("PRAGMA quick_check").fetchone()[0] if tables else "ok"
        return Probe(int(app), int(version), tables, columns, str(check))
    finally:
        conn.close()


def verdict(path: str, p: Probe) -> None:
    """Raise the one-line StoreError for a file that is not ours (or too new, or damaged)."""
    ours_by_id = p.application_id == APPLICATION_ID
    if p.application_id not in (0, APPLICATION_ID):
        raise StoreError(f"{path}: an SQLite database, but not claim-reader's (application id {p.application_id:#x}); "
                         f"it was not changed — {RECOVER}", "foreign")
    if ours_by_id and p.version > SCHEMA_VERSION:
        raise StoreError(f"{path}: written by a newer claim-reader (schema {p.version}, this one knows {SCHEMA_VERSION}); "
                         f"upgrade claim-reader, or {RECOVER}", "newer")
    empty = p.version == 0 and not p.tables
    schema_ok = p.version in KNOWN_TABLES and KNOWN_TABLES[p.version] <= p.tables and p.annotation_columns >= ANNOTATION_COLUMNS
    if not (empty or schema_ok):
        if not ours_by_id and p.version > SCHEMA_VERSION and {"annotations", "changes"} <= p.tables:
            raise StoreError(f"{path}: written by a newer claim-reader (schema {p.version}, this one knows {SCHEMA_VERSION}); "
                             f"upgrade claim-reader, or {RECOVER}", "newer")
        what = f"tables {', '.join(sorted(p.tables)[:4])}{'…' if len(p.tables) > 4 else ''}" if p.tables else "no tables"
        raise StoreError(f"{path}: an SQLite database, but not claim-reader's (schema {p.version}, {what}); "
                         f"it was not changed — {RECOVER}", "foreign")
    if p.check != "ok":
        raise StoreError(f"{path}: the annotation database is damaged ({' '.join(p.check.split())[:120]}); {RECOVER}", "corrupt")


def wal(conn: sqlite3.Connection) -> None:
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


def prepare(conn: sqlite3.Connection, path: str) -> None:
    """Under the write lock: re-check (another process may have created or changed it since the probe),
    stamp our application id, run forward migrations: one transaction, all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        verdict(path, Probe(conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0],
                            {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")},
                            {r[1] for r in conn.execute("PRAGMA table_info(annotations)")}, "ok"))
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn, conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


class SharedConnection:
    """One SQLite connection that the UI thread and one worker share behind one lock (the store, the checks
    archive): closed under the lock, also on leaving a `with` block."""

    _lock: threading.RLock
    _conn: sqlite3.Connection

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is open; a failed rollback (SQLite already rolled back after a full
    disk) must not hide the error that caused it."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def writable(path: str) -> bool:
    directory = os.path.dirname(path)
    return os.access(directory, os.W_OK) and (not os.path.exists(path) or os.access(path, os.W_OK))


def free_bytes(path: str) -> int | None:
    try:
        st = os.statvfs(os.path.dirname(path) or ".")
    except OSError:
        return None
    return st.f_bavail * st.f_frsize


def error(path: str, exc: BaseException) -> StoreError:
    """One line for the user from an sqlite (or OS) error, naming the file and what to do."""
    if isinstance(exc, StoreError):
        return exc
    name = getattr(exc, "sqlite_errorname", "") or ""
    msg = " ".join(str(exc).split())
    free = free_bytes(path)
    if name.startswith("SQLITE_FULL") or "full" in msg or isinstance(exc, OSError) and exc.errno == 28 or (
            (name.startswith("SQLITE_IOERR") or "disk I/O" in msg) and free is not None and free < 1_000_000):
        return StoreError(f"{path}: disk full, nothing was saved; free some space and retry", "full")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in msg or "malformed" in msg:
        return StoreError(f"{path}: not a readable annotation database ({msg}); {RECOVER}", "corrupt")
    if name.startswith("SQLITE_BUSY") or "locked" in msg:
        return StoreError(f"{path}: busy — another claim-reader held it for over {BUSY_TIMEOUT_MS // 1000} s; "
                          "nothing was saved, retry", "busy")
    if name.startswith("SQLITE_READONLY") or "readonly" in msg or isinstance(exc, PermissionError):
        return StoreError(f"{path}: read-only, nothing can be saved there; {WRITABLE_ELSEWHERE}", "readonly")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in msg:
        return StoreError(f"{path}: cannot open the annotation database ({msg}); check the data directory's "
                          "permissions or use --data-dir", "cantopen")
    if name.startswith("SQLITE_IOERR") or "disk I/O" in msg:
        return StoreError(f"{path}: the disk failed a read or write ({msg}); nothing was saved — check the disk, "
                          "or use --data-dir", "io")
    return StoreError(f"{path}: database error ({msg}); {RECOVER}")


def _empty(path: str) -> sqlite3.Connection:
    """Nothing stored yet (no file, or one a full disk left empty): an empty store in memory, for reading."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    prepare(memory, path)
    return memory


def open_database(path: str, readonly: bool, synchronous: str) -> sqlite3.Connection:
    """A connection to our database at `path`: read-only (`readonly`), else writable, WAL, migrated."""
    if readonly and not os.path.exists(path):
        return _empty(path)
    if not readonly:
        directory = os.path.dirname(path)
        try:
            os.makedirs(directory, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{directory}: cannot create the data directory ({exc.strerror}); {WRITABLE_ELSEWHERE}",
                             "readonly" if exc.errno in (13, 30) else "cantopen") from None
        if not writable(path):
            raise StoreError(f"{path}: read-only (the data directory or the database cannot be written); annotations "
                             f"cannot be saved there — {WRITABLE_ELSEWHERE}", "readonly")
    conn: sqlite3.Connection | None = None
    try:
        empty = not os.path.exists(path) or os.path.getsize(path) == 0
        if not empty:
            found = probe(path)
            verdict(path, found)
            empty = not found.tables
        if readonly:
            return _empty(path) if empty else connect_readonly(path)
        conn = connect(path, "rwc")
        wal(conn)
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        prepare(conn, path)
        return conn
    except (sqlite3.Error, OSError, StoreError) as exc:
        if conn is not None:
            conn.close()
        raise error(path, exc) from None
