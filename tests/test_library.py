"""Folder library: every document in a folder listed with title, size, kind; bad files listed with a reason."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader.core.documents.document import LoadError, LoadOptions, load_document, normalize
from reader.core.documents.library import LibraryEntry, scan_library

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"


def first_line(p: Path) -> str:
    return normalize(p.read_text(encoding="utf-8")).split("\n", 1)[0]


def test_sample_folder_is_listed_by_title() -> None:
    entries = scan_library(SAMPLES)
    files = sorted([*SAMPLES.glob("*.txt"), *SAMPLES.glob("*.md"), *SAMPLES.glob("long/*.txt")])
    assert sorted(e.rel for e in entries) == sorted(p.relative_to(SAMPLES).as_posix() for p in files)  # long/ is scanned too
    titles = {p.name: first_line(p).removeprefix("# ") for p in files}
    assert [e.title for e in entries] == sorted(titles.values(), key=str.casefold)
    for e in entries:
        assert e.ok and e.kind == ("markdown" if e.name.endswith(".md") else "text")
        assert e.size == os.path.getsize(e.path)
        assert e.fingerprint == load_document(e.path).fingerprint
        assert (e.claims, e.annotations, e.position) == (None, None, None)


def test_mixed_folder_with_bad_files(tmp_path: Path) -> None:
    a = SAMPLES / "who-pandemic-declared.txt"
    b = SAMPLES / "kosgei-marathon-record.txt"
    shutil.copy(a, tmp_path / "a.txt")
    (tmp_path / "b.md").write_text("# " + normalize(b.read_text()), encoding="utf-8")
    (tmp_path / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "sub.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    entries = {e.name: e for e in scan_library(tmp_path)}
    assert set(entries) == {"a.txt", "b.md", "png.txt", "empty.html", "latin.txt", "pipe.txt"}
    assert entries["a.txt"].title == first_line(a) and entries["a.txt"].kind == "text"
    assert entries["b.md"].title == first_line(b) and entries["b.md"].kind == "markdown"
    assert entries["png.txt"].error == f"{tmp_path / 'png.txt'}: looks like a PNG image, not text"
    assert entries["empty.html"].error == f"{tmp_path / 'empty.html'}: empty file (nothing to read)"
    assert entries["latin.txt"].error.startswith(f"{tmp_path / 'latin.txt'}: not valid UTF-8 (byte 0xe9 at offset 3)")
    assert entries["pipe.txt"].error.endswith("not a regular file (FIFO, socket or device); pipe it to 'reader -' instead")
    # Broken entries sort by file name among the titles, and nothing raised.
    assert all(isinstance(e, LibraryEntry) for e in entries.values())


def test_large_file_lists_from_its_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.core.documents.library as library

    src = (SAMPLES / "ebola-treatments.txt").read_bytes()
    (tmp_path / "big.txt").write_bytes(src * 4)
    monkeypatch.setattr(library, "FULL_LOAD_BYTES", len(src))
    monkeypatch.setattr(library, "HEAD_BYTES", 1000)
    [entry] = scan_library(tmp_path)
    assert entry.title == first_line(SAMPLES / "ebola-treatments.txt")
    assert entry.size == 4 * len(src) and entry.fingerprint is None and entry.ok


def test_over_limit_file_is_listed_with_error(tmp_path: Path) -> None:
    with open(tmp_path / "huge.txt", "wb") as fh:
        fh.truncate(3_000_000)
    [entry] = scan_library(tmp_path, LoadOptions(max_bytes=1_000_000))
    assert entry.error == f"{tmp_path / 'huge.txt'}: 3 MB is over the 1 MB limit; raise it with --max-size"


def test_missing_folder_and_file_as_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as err:
        scan_library(tmp_path / "nope")
    assert str(err.value) == f"{tmp_path / 'nope'}: no such folder"
    with pytest.raises(LoadError) as err:
        scan_library(SAMPLES / "ebola-treatments.txt")
    assert str(err.value) == f"{SAMPLES / 'ebola-treatments.txt'}: not a folder"


def test_encoding_option_reads_every_file_of_the_folder(tmp_path: Path) -> None:
    text = (SAMPLES / "execution-squads.txt").read_text(encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    [refused] = scan_library(tmp_path)
    assert not refused.ok and "UTF-8" in (refused.error or "") and "--encoding" in (refused.error or "")
    [entry] = scan_library(tmp_path, LoadOptions(encoding="cp1252"))
    assert entry.ok and entry.title == first_line(SAMPLES / "execution-squads.txt")
    assert entry.fingerprint == load_document(str(SAMPLES / "execution-squads.txt")).fingerprint
