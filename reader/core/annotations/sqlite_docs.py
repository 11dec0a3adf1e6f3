"""Document identity in the SQLite store: one row per document (its path), the texts of its versions.

A document is its file: the same path with new text is a new *version* of the same document, and its
annotations re-anchor onto it; another path is another document, even with the same text or title
(that only proposes a link, see `proposals`). The text each annotation was last anchored in is kept
(zlib-compressed, per fingerprint, shared by documents with equal texts) so an orphan can still show
the words around it. Every function runs on the caller's connection, inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
import zlib
from typing import TYPE_CHECKING, Any

from reader.core.annotations.model import new_id, now_iso
from reader.core.annotations.sqlite_text import db_text, py_text
from reader.core.annotations.store import document_key

if TYPE_CHECKING:
    from reader.core.annotations.records import LinkProposal

MAX_KEPT_TEXT = 8_000_000
"""Texts longer than this (characters) are not kept: an orphan there shows its stored 32-character context only."""


def document_id(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT id FROM documents WHERE path = ?", (db_text(key),)).fetchone()
    return row[0] if row else None


def ensure_document(conn: sqlite3.Connection, key: str, fingerprint: str, title: str) -> str:
    """The id of the document at `key`, created if new; its current version and title updated."""
    now = now_iso()
    conn.execute(
        "INSERT INTO documents (id, path, title, fingerprint, seen) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET title = excluded.title, fingerprint = excluded.fingerprint, seen = excluded.seen",
        (new_id(), db_text(key), db_text(title), fingerprint, now),
    )
    found = document_id(conn, key)
    assert found is not None
    return found


def keep_version(conn: sqlite3.Connection, fingerprint: str, text: str) -> None:
    """Keep `text` as the version `fingerprint` (once; too long a text is recorded without its words)."""
    if conn.execute("SELECT 1 FROM versions WHERE fingerprint = ?", (fingerprint,)).fetchone():
        return
    blob = zlib.compress(text.encode("utf-8", "surrogatepass"), 6) if len(text) <= MAX_KEPT_TEXT else None
    conn.execute("INSERT OR IGNORE INTO versions (fingerprint, text, length, seen) VALUES (?, ?, ?, ?)",
                 (fingerprint, blob, len(text), now_iso()))


def drop_unused_versions(conn: sqlite3.Connection) -> None:
    """Forget texts no annotation was placed in and no document shows now (a file saved many times)."""
    conn.execute("DELETE FROM versions WHERE fingerprint NOT IN (SELECT doc_fingerprint FROM annotations) "
                 "AND fingerprint NOT IN (SELECT fingerprint FROM documents)")


def version_text(conn: sqlite3.Connection, fingerprint: str) -> str | None:
    row = conn.execute("SELECT text FROM versions WHERE fingerprint = ?", (fingerprint,)).fetchone()
    if not row or row[0] is None:
        return None
    return zlib.decompress(row[0]).decode("utf-8", "surrogatepass")


def proposals(conn: sqlite3.Connection, key: str, fingerprint: str, title: str) -> list[LinkProposal]:
    """Other documents with annotations that may be this one (moved, copied, or saved again elsewhere)."""
    rows = conn.execute(
        "SELECT d.id, d.path, d.title, d.fingerprint, count(a.id), "
        "       sum(a.doc_fingerprint = ?) FROM documents d JOIN annotations a ON a.document_id = d.id "
        "WHERE d.path != ? AND (d.fingerprint = ? OR a.doc_fingerprint = ? OR (? != '' AND d.title = ?)) "
        "GROUP BY d.id ORDER BY d.seen DESC",
        (fingerprint, db_text(key), fingerprint, fingerprint, db_text(title), db_text(title)),
    ).fetchall()
    out = []
    for r in rows:
        from reader.core.annotations.records import LinkProposal  # with the first one (start-up time)

        n = conn.execute("SELECT count(*) FROM annotations WHERE document_id = ?", (r[0],)).fetchone()[0]
        reason = "same text" if r[3] == fingerprint or r[5] else "same title"
        out.append(LinkProposal(path=py_text(r[1]), title=py_text(r[2]), annotations=n, reason=reason))
    return out


def adopt(conn: sqlite3.Connection, from_key: str, to_id: str, path: str, title: str) -> list[str]:
    """Move the annotations of the document at `from_key` to document `to_id` (the user said so).
    Returns their ids; they re-anchor when the document is next read (their `seen_in` is cleared)."""
    source = document_id(conn, from_key)
    if source is None or source == to_id:
        return []
    ids = [r[0] for r in conn.execute("SELECT id FROM annotations WHERE document_id = ?", (source,)).fetchall()]
    conn.execute("UPDATE annotations SET document_id = ?, doc_path = ?, doc_title = ?, seen_in = NULL, version = version + 1 "
                 "WHERE document_id = ?", (to_id, db_text(path), db_text(title), source))
    return ids


def set_position(conn: sqlite3.Connection, key: str | None, fingerprint: str, offset: int) -> None:
    if key is not None:
        conn.execute("UPDATE documents SET position = ?, seen = ? WHERE path = ?", (int(offset), now_iso(), db_text(key)))
    else:
        conn.execute("UPDATE documents SET position = ?, seen = ? WHERE id = (SELECT id FROM documents WHERE fingerprint = ? "
                     "ORDER BY seen DESC LIMIT 1)", (int(offset), now_iso(), fingerprint))


def get_position(conn: sqlite3.Connection, key: str | None, fingerprint: str) -> int | None:
    if key is not None:
        row = conn.execute("SELECT position FROM documents WHERE path = ?", (db_text(key),)).fetchone()
    else:
        row = conn.execute("SELECT position FROM documents WHERE fingerprint = ? AND position IS NOT NULL "
                           "ORDER BY seen DESC LIMIT 1", (fingerprint,)).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def migrate_documents(conn: sqlite3.Connection) -> None:
    """Schema 4: documents keyed by path (were: by text fingerprint, so two files could share rows).

    Every path seen becomes a document whose current version is the text last seen there; annotations
    join the document of their path (text read from a pipe, with no path: a document per text)."""
    conn.execute("ALTER TABLE documents RENAME TO documents_v3")
    conn.execute("""CREATE TABLE documents (
        id TEXT PRIMARY KEY, path TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL, position INTEGER, seen TEXT NOT NULL)""")
    conn.execute("CREATE INDEX documents_by_fingerprint ON documents(fingerprint)")
    conn.execute("""CREATE TABLE versions (fingerprint TEXT PRIMARY KEY, text BLOB, length INTEGER NOT NULL, seen TEXT NOT NULL)""")
    conn.execute("ALTER TABLE annotations ADD COLUMN document_id TEXT")
    conn.execute("ALTER TABLE annotations ADD COLUMN seen_in TEXT")
    conn.execute("CREATE INDEX annotations_by_document ON annotations(document_id)")

    def key_of(path: Any, fingerprint: str) -> str:
        return document_key(py_text(path) or "", fingerprint)

    latest: dict[str, tuple[str, str, int | None, str]] = {}
    for fp, path, title, position, seen in conn.execute("SELECT fingerprint, path, title, position, seen FROM documents_v3"):
        key = key_of(path, fp)
        if key not in latest or seen > latest[key][3]:
            latest[key] = (fp, py_text(title) or "", position, seen)
    for aid, fp, path, title, modified in conn.execute("SELECT id, doc_fingerprint, doc_path, doc_title, modified FROM annotations").fetchall():
        key = key_of(path, fp)
        if key not in latest:
            latest[key] = (fp, py_text(title) or "", None, modified)
        doc_id = ensure_document(conn, key, latest[key][0], latest[key][1])
        conn.execute("UPDATE annotations SET document_id = ? WHERE id = ?", (doc_id, aid))
    for key, (fp, title, position, seen) in latest.items():
        ensure_document(conn, key, fp, title)
        conn.execute("UPDATE documents SET position = ?, seen = ? WHERE path = ?", (position, seen, db_text(key)))
    conn.execute("DROP TABLE documents_v3")
