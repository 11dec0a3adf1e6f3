"""The SQLite annotation store: round trips, identity, migrations and every way opening can fail."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.core.annotations.backends import open_store
from reader.core.annotations.model import Annotation, Selector
from reader.core.annotations.sqlite import MIGRATIONS, SCHEMA_VERSION
from reader.core.annotations.store import DB_NAME, StoreError
from reader.core.documents.document import Document, from_text
from reader.core.text.spans import Span

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Budget to grow\n\nOfficials said on Tuesday that the budget would grow by 4 percent next year. "
    "Critics disagreed strongly with the claim about growth.\n\nPolice detained 12 people after the protest."
)
HOSTILE_TAGS = ("[bold]x[/bold]", "[@click=app.quit]", "\x1b]0;pwned\x07", "\u202eevil", "nul\x00here",
                "lone\udcffsurrogate", "e\u0301" * 3, "emoji 🧪", "")


def ann(doc: Document, quote: str, **kw: object) -> Annotation:
    start = doc.text.index(quote)
    sel = Selector.from_span(doc.text, Span(start, start + len(quote)))
    return Annotation(sel, doc.fingerprint, doc.path, doc.title, **kw)  # type: ignore[arg-type]


@pytest.fixture
def doc(tmp_path: Path) -> Document:
    return from_text(TEXT, path=str(tmp_path / "article.txt"))


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = open_store(str(tmp_path / "data"))
    yield s
    s.close()


def test_round_trip_is_verbatim_for_hostile_tags_and_notes(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = ann(doc, "budget would grow", verdict="false", tags=HOSTILE_TAGS, note="line1\nline2 [red]\x1b[2J\udc80",
            highlight=True, claim_key="number:10:20")
    store.save(a)
    store.close()
    again = open_store(os.path.dirname(store.path))
    assert again.get(a.id) == a
    assert again.all() == [a]
    again.close()


def test_update_and_delete_are_logged_old_and_new(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed", verdict="unverified"))
    b = store.save(a.edited(verdict="misleading", tags=("spin",)))
    assert store.get(a.id) == b and len(store.all()) == 1
    assert store.delete(a.id) and store.get(a.id) is None
    assert not store.delete(a.id)
    log = store.history(a.id)
    assert [c.action for c in log] == ["delete", "save", "save"]
    assert (log[0].old, log[0].new) == (b, None)
    assert (log[1].old, log[1].new) == (a, b)
    assert (log[2].old, log[2].new) == (None, a)
    store.save(log[0].old)  # what undo of the delete does
    assert store.get(a.id) == b


def test_xdg_data_home_moves_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    s = open_store()
    assert Path(s.path) == tmp_path / "xdg" / "claim-reader" / DB_NAME
    assert Path(s.path).exists()
    s.close()


def test_wal_and_busy_timeout_are_on(store) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    conn.close()


def test_forward_migration_from_version_1_keeps_data(tmp_path: Path, doc: Document) -> None:
    db = tmp_path / "data" / DB_NAME
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0])
    a = ann(doc, "Police detained", verdict="true", tags=("v1",))
    s = a.selector
    conn.execute(
        "INSERT INTO annotations (id, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start, \"end\", "
        "verdict, tags, note, highlight, claim_key, state, created, modified) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[\"v1\"]', NULL, 0, NULL, 'exact', ?, ?)",
        (a.id, a.doc_fingerprint, a.doc_path, a.doc_title, s.exact, s.prefix, s.suffix, s.start, s.end, "true",
         a.created, a.modified),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    st = open_store(str(db.parent))
    assert st.get(a.id) == a
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    st.save(a.edited(verdict="false"))
    assert [c.action for c in st.history(a.id)] == ["save"]  # the v2 change log works on migrated data
    st.close()


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError) as err:
        open_store(str(tmp_path))
    msg = str(err.value)
    assert str(db) in msg and "newer" in msg and "\n" not in msg
    assert db.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "scribbled"])
def test_corrupt_database_is_named_and_left_in_place(tmp_path: Path, doc: Document, damage: str) -> None:
    s = open_store(str(tmp_path))
    for i in range(300):
        s.save(ann(doc, "Critics disagreed", note="x" * 200 + str(i)))
    s.close()
    db = Path(s.path)
    data = db.read_bytes()
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    if damage == "garbage":
        data = b"this is not a database at all" * 100
    elif damage == "truncated":
        data = data[: len(data) // 3 + 100]
    else:
        data = data[:100] + os.urandom(4096 * 3) + data[100 + 4096 * 3 :]
    db.write_bytes(data)
    with pytest.raises(StoreError) as err:
        st = open_store(str(tmp_path))
        st.all()
    msg = str(err.value)
    assert str(db) in msg and "\n" not in msg and "XDG_DATA_HOME" in msg
    assert db.read_bytes() == data


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("CREATE TABLE browser_history (url)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not claim-reader's"):
        open_store(str(tmp_path))


def test_data_dir_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the data directory"):
        open_store(str(tmp_path / "file" / "data"))


def _in_private_mount(script: str, options: str) -> subprocess.CompletedProcess[str]:
    """Run `script` with /mnt/x a fresh tmpfs mounted with `options`, in its own mount namespace."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare for a private tmpfs")
    body = textwrap.dedent(script)
    sh = f"mkdir -p /tmp/cr-mnt && mount -t tmpfs -o {options} tmpfs /tmp/cr-mnt && exec {sys.executable} -c \"$0\""
    res = subprocess.run(["unshare", "-m", "sh", "-c", sh, body], capture_output=True, text=True, cwd=ROOT, timeout=60)
    if "mount:" in res.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.strip()}")
    return res


def test_read_only_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        with pytest.raises(StoreError, match="read-only|cannot create"):
            open_store(str(ro / "data"))
        with pytest.raises(StoreError, match="read-only"):
            open_store(str(ro))
        return
    res = _in_private_mount(
        """
        from reader.core.annotations.store import StoreError
        from reader.core.annotations.backends import open_store
        for d in ('/tmp/cr-mnt', '/tmp/cr-mnt/sub'):
            try:
                open_store(d)
            except StoreError as e:
                print(e)
        print(len(open_store('/tmp/cr-mnt', readonly=True).all()))
        """,
        "ro,size=1m",
    )
    lines = res.stdout.splitlines()
    assert res.returncode == 0, res.stderr
    assert "read-only" in lines[0] and "/tmp/cr-mnt" in lines[0]
    assert "cannot create the data directory" in lines[1]
    assert lines[2] == "0"  # read-only opening of a missing store is an empty store, not an error


def test_full_disk_is_a_clear_error_and_loses_nothing_saved(tmp_path: Path, doc: Document) -> None:
    s = open_store(str(tmp_path))
    kept = [s.save(ann(doc, "Police detained", note=str(i))) for i in range(5)]
    pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
    s._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StoreError) as err:
        for _ in range(1000):
            s.save(ann(doc, "Police detained", note="n" * 5000))
    assert "disk full" in str(err.value) and s.path in str(err.value)
    s.close()
    again = open_store(str(tmp_path))
    ids = {a.id for a in again.all()}
    assert {a.id for a in kept} <= ids
    again.close()


def test_full_tmpfs_data_dir(tmp_path: Path) -> None:
    res = _in_private_mount(
        """
        from reader.core.annotations.store import StoreError
        from reader.core.annotations.backends import open_store
        from reader.core.annotations.model import Annotation, Selector
        s = open_store('/tmp/cr-mnt'); saved = []
        try:
            for i in range(100000):
                a = Annotation(Selector('q', '', '', 0, 1), 'fp', note='x' * 1000)
                s.save(a); saved.append(a.id)
        except StoreError as e:
            print(e)
        s.close()
        s = open_store('/tmp/cr-mnt', readonly=True)
        print(set(saved) <= {a.id for a in s.all()}, len(saved))
        """,
        "size=512k",
    )
    lines = res.stdout.splitlines()
    assert res.returncode == 0, res.stderr
    assert "disk full" in lines[0]
    assert lines[1].startswith("True ") and int(lines[1].split()[1]) > 5


def test_readonly_store_refuses_writes(tmp_path: Path, doc: Document) -> None:
    s = open_store(str(tmp_path))
    a = s.save(ann(doc, "Critics disagreed"))
    s.close()
    ro = open_store(str(tmp_path), readonly=True)
    assert ro.get(a.id) == a
    with pytest.raises(StoreError, match="read-only"):
        ro.save(a.edited(verdict="true"))
    ro.close()


# --- document identity ------------------------------------------------------------------------------


def test_moved_file_keeps_its_annotations(store, doc: Document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed", verdict="misleading"))
    moved = from_text(TEXT, path=str(tmp_path / "renamed" / "copy.txt"))
    (got,) = store.for_document(moved)
    assert got.id == a.id and got.state == "exact" and got.doc_path == moved.path
    assert store.get(a.id).doc_path == moved.path  # type: ignore[union-attr]


def test_edited_file_at_same_path_reanchors_and_saves_state(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed strongly", verdict="false"))
    b = store.save(ann(doc, "budget would grow by 4 percent", verdict="true"))
    c = store.save(ann(doc, "Police detained 12 people", verdict="true"))
    edited_text = TEXT.replace("Budget to grow\n\n", "Budget to grow\n\nUpdated 3pm.\n\n")
    edited_text = edited_text.replace("grow by 4 percent", "grow by 4.5 percent").replace("Police detained 12 people", "")
    edited = from_text(edited_text, path=doc.path)
    got = {x.id: x for x in store.for_document(edited)}
    assert got[a.id].state == "moved" and got[a.id].span.of(edited.text) == "Critics disagreed strongly"
    assert got[b.id].state == "fuzzy" and "4.5 percent" in got[b.id].span.of(edited.text)
    assert got[c.id].state == "orphan" and got[c.id].verdict == "true"  # kept, never dropped
    for x in (a, b, c):
        stored = store.get(x.id)
        assert stored.state == got[x.id].state and stored.doc_fingerprint == edited.fingerprint
    assert store.history(a.id)[0].action == "reanchor"
    assert {x.id for x in store.for_document(edited)} == {a.id, b.id, c.id}  # found by fingerprint now


def test_moved_and_edited_file_is_found_by_title(store, doc: Document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = store.save(ann(doc, "Critics disagreed strongly", verdict="false"))
    other = from_text("Unrelated\n\nNothing here.", path=doc.path)
    assert store.for_document(other)[0].state == "orphan"  # another article at the same path...
    assert store.get(a.id).doc_fingerprint == doc.fingerprint  # ...does not adopt the annotation
    edited = from_text(TEXT.replace("Tuesday", "Wednesday"), path=str(tmp_path / "elsewhere.txt"))
    (got,) = store.for_document(edited)
    assert got.id == a.id and got.state == "moved"


def test_positions_and_document_list(store, doc: Document) -> None:  # type: ignore[no-untyped-def]
    store.for_document(doc)
    store.save(ann(doc, "Critics disagreed"))
    store.set_position(doc.fingerprint, 42)
    assert store.get_position(doc.fingerprint) == 42
    edited = from_text(TEXT + " More.", path=doc.path)
    store.for_document(edited)
    assert store.get_position(edited.fingerprint) is None
    assert store.get_position(edited.fingerprint, path=doc.path) == 42
    infos = {d.fingerprint: d for d in store.documents()}
    assert infos[edited.fingerprint].annotations == 1 and infos[edited.fingerprint].path == doc.path
    assert infos[doc.fingerprint].position == 42 and infos[doc.fingerprint].title == "Budget to grow"
