"""Opening the store when something is wrong: foreign, newer, damaged, full, read-only. One line each,
the file left exactly as it was."""

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
from reader.core.annotations.sqlite_schema import SCHEMA_VERSION
from reader.core.annotations.store import DB_NAME, StoreError
from reader.core.documents.document import Document
from tests.store_docs import ann, doc_fixture  # noqa: F401 - the `doc` fixture

ROOT = Path(__file__).resolve().parent.parent


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




# --- the repro 7 ----------------------------------------------------------------------------------


def _foreign(db: Path, user_version: int, sql: str) -> bytes:
    conn = sqlite3.connect(db)
    conn.executescript(sql)
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return db.read_bytes()


@pytest.mark.parametrize(("version", "sql"), [
    (2, "CREATE TABLE annotations (id TEXT, body TEXT); CREATE TABLE changes (x)"),  # the file: our version, our table names
    (0, "CREATE TABLE browser_history (url)"),
    (1, "CREATE TABLE documents (a); CREATE TABLE annotations (b)"),
])
def test_a_foreign_database_is_refused_in_one_line_and_never_changed(tmp_path: Path, version: int, sql: str) -> None:
    db = tmp_path / DB_NAME
    before = _foreign(db, version, sql)
    with pytest.raises(StoreError) as err:
        open_store(str(tmp_path))
    msg = str(err.value)
    assert "not claim-reader's" in msg and str(db) in msg and "not changed" in msg and "\n" not in msg
    assert err.value.kind == "foreign"
    assert db.read_bytes() == before and not Path(str(db) + "-wal").exists()  # not even switched to WAL
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    with pytest.raises(StoreError, match="not claim-reader's"):
        open_store(str(tmp_path), readonly=True)  # reading commands refuse it too, untouched
    assert db.read_bytes() == before


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    before = _foreign(db, 3, "PRAGMA application_id = 1234; CREATE TABLE annotations (id); CREATE TABLE documents (x)")
    with pytest.raises(StoreError, match=r"application id 0x4d2"):
        open_store(str(tmp_path))
    assert db.read_bytes() == before


def test_the_cli_on_a_foreign_database_is_one_line_exit_1(tmp_path: Path) -> None:
    from tests.conftest import SEED
    from tests.test_cli import run

    data = tmp_path / "data"
    data.mkdir()
    before = _foreign(data / DB_NAME, 2, "CREATE TABLE annotations (id TEXT); CREATE TABLE changes (x)")
    for args in (("annotate", str(SEED), "--claim", "1", "--verdict", "false"), ("annotations", str(SEED)), ("export", str(SEED))):
        r = run(*args, "--data-dir", str(data))
        assert r.returncode == 1 and r.stderr.count("\n") == 1 and "not claim-reader's" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
    assert (data / DB_NAME).read_bytes() == before


def test_a_damaged_index_is_found_on_open_and_nothing_is_written(tmp_path: Path, doc: Document) -> None:
    s = open_store(str(tmp_path))
    for i in range(300):
        s.save(ann(doc, "Critics disagreed", note="x" * 50 + str(i)))
    s.close()
    db = Path(s.path)
    conn = sqlite3.connect(db)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'annotations_by_fingerprint'").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page + 12 : (root - 1) * page + 40] = b"\xff" * 28  # the index page's cell pointers
    db.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        open_store(str(tmp_path))
    assert err.value.kind == "corrupt" and "damaged" in str(err.value) and "\n" not in str(err.value)
    assert db.read_bytes() == bytes(data)


def test_todays_files_are_recognised_and_stamped(tmp_path: Path, doc: Document) -> None:
    s = open_store(str(tmp_path))
    a = s.save(ann(doc, "Critics disagreed", verdict="true"))
    s.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("PRAGMA application_id = 0")  # as every file was before the stamp existed
    conn.commit()
    conn.close()
    again = open_store(str(tmp_path))
    assert again.get(a.id) == a
    again.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x436C5264
    conn.close()


def test_a_failed_commit_reports_the_real_error_not_the_rollback(tmp_path: Path, doc: Document) -> None:
    """Repro 7: on a tiny disk 'cannot rollback - no transaction is active' hid the real error."""
    s = open_store(str(tmp_path))
    s.save(ann(doc, "Police detained"))
    pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
    s._conn.execute(f"PRAGMA max_page_count = {pages}")
    for _ in range(3):
        with pytest.raises(StoreError) as err:
            s.save(ann(doc, "Police detained", note="n" * 20000))
        assert "disk full" in str(err.value) and "rollback" not in str(err.value)
    assert len(s.all()) == 1  # and the store still reads
    s.close()


MOUNT_SCRIPT = r"""
set -u
mkdir -p /tmp/cr-mnt && mount -t tmpfs -o size=$1 tmpfs /tmp/cr-mnt || { echo "mount: failed"; exit 0; }
export XDG_DATA_HOME=/tmp/cr-mnt/xdg HOME=/tmp/cr-mnt
O=/tmp/cr-mnt-out.$$ E=/tmp/cr-mnt-err.$$
run() { "$READER" "$@" >$O 2>$E; echo "rc=$? lines=$(wc -l <$E) out=$(head -c 60 $O | head -1)"; cat $E; }
case $2 in
ro)   run annotate "$ART" --claim 1 --verdict false; mount -o remount,ro /tmp/cr-mnt
      run annotations "$ART"; run export "$ART" --format csv; run annotate "$ART" --claim 1 --tag x ;;
full) run annotate "$ART" --claim 1 --verdict false; dd if=/dev/zero of=/tmp/cr-mnt/filler bs=4k 2>/dev/null
      run annotate "$ART" --claim 2 --note "$(head -c 30000 /dev/zero | tr '\0' x)"; run annotations "$ART"; run export "$ART" --format markdown ;;
tiny) run annotate "$ART" --claim 1 --verdict false; run annotations "$ART" ;;
esac
rm -f $O $E
"""


def _cli_in_mount(size: str, case: str) -> list[str]:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare for a private tmpfs")
    from tests.conftest import SEED
    from tests.test_cli import READER

    env = {**os.environ, "READER": str(READER), "ART": str(SEED)}
    res = subprocess.run(["unshare", "-m", "sh", "-c", MOUNT_SCRIPT, "sh", size, case], capture_output=True, text=True, timeout=180, env=env)
    if "mount: failed" in res.stdout or "unshare:" in res.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.strip()}")
    return res.stdout.splitlines()


def test_a_read_only_data_dir_still_serves_reading_commands() -> None:
    out = _cli_in_mount("2m", "ro")
    assert out[0].startswith("rc=0")
    assert out[1].startswith("rc=0 lines=0 out=") and "1 annotations" in out[1]  # annotations: listed, nothing on stderr
    assert out[2].startswith("rc=0 lines=0 out=Claim,")  # export
    assert out[3].startswith("rc=1 lines=1") and "read-only" in out[4] and "--readonly" not in out[4]  # annotate: one line


def test_a_full_disk_is_one_line_and_reading_still_works() -> None:
    out = _cli_in_mount("2m", "full")
    assert out[0].startswith("rc=0")
    assert out[1].startswith("rc=1 lines=1") and "disk full, nothing was saved" in out[2]
    assert out[3].startswith("rc=0 lines=0") and "1 annotations" in out[3]
    assert out[4].startswith("rc=0 lines=0 out=# ")


@pytest.mark.parametrize("size", ["8k", "64k"])
def test_a_tiny_disk_is_one_line(size: str) -> None:
    out = _cli_in_mount(size, "tiny")
    assert out[0].startswith("rc=1 lines=1") and "disk full" in out[1] and "rollback" not in out[1]
    assert out[2].startswith("rc=0 lines=0") and "0 annotations" in out[2]
