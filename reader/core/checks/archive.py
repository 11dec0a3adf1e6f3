"""The archive of known checks: one SQLite file (`checks.db` beside the annotations) with an FTS5 index.

FTS5 (porter tokenizer) is the inverted index, kept current on every insert, update and delete, so the
archive grows one check at a time as well as by whole feeds. New rows reach it in one INSERT ... SELECT
a batch, not by a trigger: FTS5 flushes its in-memory segment at every statement savepoint, which a
trigger opens for each row, and that made a bulk import 3x slower (updates and deletes, rare, keep theirs). Beside it we keep what FTS5
cannot give cheaply: each term's document frequency (FTS5 counts it by walking the doclist) and each
check's stems (for BM25 on a few candidates, coverage and the words to light).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain
from operator import attrgetter

from reader.core.annotations.sqlite_open import SharedConnection
from reader.core.checks import terms as T
from reader.core.checks.record import KnownCheck

DB_NAME = "checks.db"
SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 10_000
BATCH = 20_000
BULK_FTS = {"hashsize": 64 << 20, "automerge": 0, "crisismerge": 64}
"""FTS5 settings while a large import runs: big in-memory segments and no merging as it goes (then one
'optimize'), 2.5x faster than the defaults restored after it, which suit adding one check at a time."""
DEFAULT_FTS = {"hashsize": 1 << 20, "automerge": 4, "crisismerge": 16}

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    claim TEXT NOT NULL, title TEXT NOT NULL, rating TEXT NOT NULL, url TEXT NOT NULL,
    reviewer TEXT NOT NULL, date TEXT NOT NULL, claimant TEXT NOT NULL, appearance TEXT NOT NULL,
    source TEXT NOT NULL, added TEXT NOT NULL,
    terms TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS checks_fts USING fts5(
    claim, title, content='checks', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS checks_ad AFTER DELETE ON checks BEGIN
    INSERT INTO checks_fts(checks_fts, rowid, claim, title) VALUES ('delete', old.id, old.claim, old.title);
END;
CREATE TRIGGER IF NOT EXISTS checks_au AFTER UPDATE OF claim, title ON checks BEGIN
    INSERT INTO checks_fts(checks_fts, rowid, claim, title) VALUES ('delete', old.id, old.claim, old.title);
    INSERT INTO checks_fts(rowid, claim, title) VALUES (new.id, new.claim, new.title);
END;
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
"""

FIELDS = ("key", "claim", "title", "rating", "url", "reviewer", "date", "claimant", "appearance", "source")
COLUMNS = "id, " + ", ".join(FIELDS) + ", added, terms"
_VALUES = attrgetter(*FIELDS)


class ArchiveError(Exception):
    """The archive cannot be used; one line naming the file and the way out."""


@dataclass(frozen=True, slots=True)
class Stored:
    """A check as the archive holds it: its row id, the check, and the stems of its claim and title."""

    id: int
    check: KnownCheck
    added: str
    claim_terms: tuple[str, ...]
    title_terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportCount:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def default_path(data_dir: str | None = None) -> str:
    from reader.core.annotations.backends import default_data_dir

    return os.path.join(os.path.abspath(os.path.expanduser(data_dir or default_data_dir())), DB_NAME)


def open_archive(data_dir: str | None = None, readonly: bool = False) -> CheckArchive | None:
    """The user's archive beside the annotations; None when reading one that was never made."""
    path = default_path(data_dir)
    if readonly and not os.path.exists(path):
        return None
    return CheckArchive(path, readonly=readonly)


def _stored(row: tuple) -> Stored:
    values = dict(zip(FIELDS, row[1:11], strict=True))
    claim_terms, _, title_terms = row[12].partition("|")
    return Stored(row[0], KnownCheck(**values), row[11], tuple(claim_terms.split()), tuple(title_terms.split()))


class CheckArchive(SharedConnection):
    """Known checks in SQLite; safe to share between the UI thread and one worker (one lock, one connection)."""

    def __init__(self, path: str, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._lock = threading.RLock()
        self._conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        directory = os.path.dirname(self.path) or "."
        try:
            if not self.readonly:
                os.makedirs(directory, exist_ok=True)
            uri = f"file:{self.path}?mode=ro" if self.readonly else f"file:{self.path}"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA cache_size = -131072")
            if not self.readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                self._migrate(conn)
            else:
                conn.execute("SELECT count(*) FROM meta").fetchone()
        except (sqlite3.Error, OSError) as exc:
            raise ArchiveError(f"cannot open the checks archive {self.path}: {exc}; move it aside or use --data-dir") from None
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"made by a newer claim-reader (schema {version})")
        if version == SCHEMA_VERSION:
            return
        if version == 1:  # an insert trigger fed FTS5 then; _write does it now (see the module's docstring)
            conn.executescript(f"BEGIN IMMEDIATE; DROP TRIGGER IF EXISTS checks_ai; PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
            return
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
        if version == 0 and tables:
            raise sqlite3.DatabaseError("not a claim-reader checks archive")
        conn.executescript(
            "BEGIN IMMEDIATE;" + SCHEMA + "INSERT OR IGNORE INTO meta VALUES ('docs', 0), ('length', 0);"
            f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
        )

    # --- statistics -------------------------------------------------------------------------

    def stats(self) -> tuple[int, float]:
        """(number of checks, their average length in terms): the N and avgdl of BM25."""
        with self._lock:
            meta = dict(self._conn.execute("SELECT name, value FROM meta").fetchall())
        docs = int(meta.get("docs", 0))
        return docs, (meta.get("length", 0) / docs if docs else 1.0)

    def __len__(self) -> int:
        return self.stats()[0]

    def doc_freqs(self, wanted: Iterable[str]) -> dict[str, int]:
        wanted = list(wanted)
        out: dict[str, int] = {}
        with self._lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                out.update(self._conn.execute(f"SELECT term, df FROM terms WHERE term IN ({marks})", chunk).fetchall())
        return out

    # --- reading ----------------------------------------------------------------------------

    def get(self, ids: Iterable[int]) -> dict[int, Stored]:
        ids = [int(i) for i in ids]
        out: dict[int, Stored] = {}
        with self._lock:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                sql = f"SELECT {COLUMNS} FROM checks WHERE id IN ({','.join('?' * len(chunk))})"
                out.update((row[0], _stored(row)) for row in self._conn.execute(sql, chunk))
        return out

    def terms_of(self, ids: Iterable[int]) -> list[tuple[int, str, str]]:
        """(row id, key, stems as stored) of each check: all that BM25 needs, without building whole checks
        for the candidates that will not make the top."""
        ids = [int(i) for i in ids]
        out: list[tuple[int, str, str]] = []
        with self._lock:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                out += self._conn.execute(f"SELECT id, key, terms FROM checks WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        return out

    def by_key(self, key: str) -> Stored | None:
        with self._lock:
            row = self._conn.execute(f"SELECT {COLUMNS} FROM checks WHERE key = ?", (key,)).fetchone()
        return _stored(row) if row else None

    def __iter__(self) -> Iterator[Stored]:
        with self._lock:
            rows = self._conn.execute(f"SELECT {COLUMNS} FROM checks ORDER BY id").fetchall()
        return map(_stored, rows)

    def fts_top(self, words: Iterable[str], limit: int) -> list[int]:
        """Row ids of the best `limit` checks for any of `words` by FTS5's own bm25(): exact, and cheap while
        the words' doclists are short."""
        query = " OR ".join(f'"{w}"' for w in words)
        if not query:
            return []
        with self._lock:
            sql = "SELECT rowid FROM checks_fts WHERE checks_fts MATCH ? ORDER BY bm25(checks_fts, 1.0, 1.0) LIMIT ?"
            return [r for (r,) in self._conn.execute(sql, (query, limit))]

    def postings(self, word: str) -> list[str]:
        """Row ids (as text: they only key a dict) of the checks holding `word`, in one C-side string."""
        with self._lock:
            sql = "SELECT group_concat(rowid) FROM checks_fts WHERE checks_fts MATCH ?"
            joined = self._conn.execute(sql, (f'"{word}"',)).fetchone()[0]
        return joined.split(",") if joined else []

    # --- writing ----------------------------------------------------------------------------

    def add(self, checks: Iterable[KnownCheck]) -> ImportCount:
        """Insert or update (by key) in one transaction; returns how many were added, updated, unchanged."""
        if self.readonly:
            raise ArchiveError(f"the checks archive {self.path} is open read-only")
        count = Counter[str]()
        bulk = False
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                batch: dict[str, KnownCheck] = {}
                for check in checks:
                    check = check.with_key()
                    batch[check.key] = check
                    if len(batch) >= BATCH:
                        if not bulk:
                            bulk = True
                            self._fts_settings(BULK_FTS)
                        self._write(batch, count)
                        batch = {}
                self._write(batch, count)
                if bulk:
                    self._fts_settings(DEFAULT_FTS)
                    self._conn.execute("INSERT INTO checks_fts(checks_fts) VALUES ('optimize')")
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        return ImportCount(count["added"], count["updated"], count["unchanged"])

    def _fts_settings(self, settings: dict[str, int]) -> None:
        for name, value in settings.items():
            self._conn.execute("INSERT INTO checks_fts(checks_fts, rank) VALUES (?, ?)", (name, value))

    def _write(self, batch: dict[str, KnownCheck], count: Counter[str]) -> None:
        if not batch:
            return
        keys = list(batch)
        old: dict[str, Stored] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            sql = f"SELECT {COLUMNS} FROM checks WHERE key IN ({','.join('?' * len(chunk))})"
            old.update((row[1], _stored(row)) for row in self._conn.execute(sql, chunk))
        fresh = [check for key, check in batch.items() if key not in old]
        changed = [check for key, check in batch.items() if key in old and old[key].check != check]
        count["added"] += len(fresh)
        count["updated"] += len(changed)
        count["unchanged"] += len(batch) - len(fresh) - len(changed)
        stemmed = T.stemmed_texts([text for check in fresh + changed for text in (check.claim, check.title)])
        columns = [claim + "|" + title for claim, title in zip(stemmed[::2], stemmed[1::2], strict=True)]
        terms = [column.replace("|", " ").split() for column in columns]
        now = datetime.now(UTC).isoformat(timespec="seconds")
        inserts = [(*_VALUES(check), now, column) for check, column in zip(fresh, columns, strict=False)]
        updates = [(*_VALUES(check)[1:], column, check.key) for check, column in zip(changed, columns[len(fresh) :], strict=True)]
        replaced = [old[check.key] for check in changed]
        df = Counter(chain.from_iterable(map(set, terms)))  # document frequencies: each check's distinct terms, counted in C
        df.subtract(chain.from_iterable(set(s.claim_terms).union(s.title_terms) for s in replaced))
        length = sum(map(len, terms)) - sum(len(s.claim_terms) + len(s.title_terms) for s in replaced)
        sets = ", ".join(f"{f} = ?" for f in FIELDS[1:])
        self._conn.executemany(f"UPDATE checks SET {sets}, terms = ? WHERE key = ?", updates)  # FTS5 follows by trigger
        last = self._conn.execute("SELECT coalesce(max(id), 0) FROM checks").fetchone()[0]
        self._conn.executemany(f"INSERT INTO checks ({COLUMNS[4:]}) VALUES ({','.join('?' * (len(FIELDS) + 2))})", inserts)
        self._conn.execute("INSERT INTO checks_fts(rowid, claim, title) SELECT id, claim, title FROM checks WHERE id > ?", (last,))
        self._bump(df, len(fresh), length)

    def _bump(self, df: Counter[str], docs: int, length: int) -> None:
        changed = [(t, n) for t, n in df.items() if n]
        self._conn.executemany("INSERT INTO terms VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df", changed)
        if any(n < 0 for _, n in changed):
            self._conn.execute("DELETE FROM terms WHERE df <= 0")
        self._conn.execute("UPDATE meta SET value = value + ? WHERE name = 'docs'", (docs,))
        self._conn.execute("UPDATE meta SET value = value + ? WHERE name = 'length'", (length,))

    def remove(self, key: str) -> bool:
        if self.readonly:
            raise ArchiveError(f"the checks archive {self.path} is open read-only")
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                before = self.by_key(key)
                if before is not None:
                    self._conn.execute("DELETE FROM checks WHERE id = ?", (before.id,))
                    every = before.claim_terms + before.title_terms
                    self._bump(Counter({t: -1 for t in set(every)}), -1, -len(every))
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return before is not None

    def optimize(self) -> None:
        """Merge the FTS5 segments into one: worth it after a large import (queries read fewer b-trees)."""
        with self._lock:
            self._conn.execute("INSERT INTO checks_fts(checks_fts) VALUES ('optimize')")
