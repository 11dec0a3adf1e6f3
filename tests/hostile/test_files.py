"""Hostile and broken files that are refused: each gets one exact, one-line LoadError (never a traceback)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.core.documents.document import DEFAULT_MAX_BYTES, LoadError, load_document

from ._support import ROOT, article, load_shown, write


def refused(path: str, **kw: object) -> str:
    with pytest.raises(LoadError) as err:
        load_document(path, **kw)  # type: ignore[arg-type]
    msg = str(err.value)
    assert "\n" not in msg
    return msg


def png_bytes() -> bytes:
    """A real (tiny) PNG header: signature, then an IHDR chunk."""
    import zlib

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk + b"\x00\x00\x00\x00IEND\xaeB`\x82"


def elf_bytes() -> bytes:
    """An ELF64 little-endian header, as at the start of any Linux executable."""
    ident = b"\x7fELF\x02\x01\x01" + bytes(9)
    return ident + struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0x401000, 64, 0, 0, 64, 56, 0, 64, 0, 0)


def test_only_whitespace(tmp_path: Path) -> None:
    p = write(tmp_path, " \n\t\r\n  \n\u00a0\u3000\n")
    assert refused(p) == f"{p}: only whitespace (nothing to read)"


def test_empty_file(tmp_path: Path) -> None:
    p = write(tmp_path, b"")
    assert refused(p) == f"{p}: empty file (nothing to read)"


def test_png(tmp_path: Path) -> None:
    p = write(tmp_path, png_bytes(), "photo.txt")
    assert refused(p) == f"{p}: looks like a PNG image, not text"


def test_elf(tmp_path: Path) -> None:
    p = write(tmp_path, elf_bytes(), "reader")
    assert refused(p) == f"{p}: looks like an ELF executable, not text"
    shutil.copy(sys.executable, tmp_path / "python")  # and a real one
    assert refused(str(tmp_path / "python")) == f"{tmp_path / 'python'}: looks like an ELF executable, not text"


def test_unknown_binary(tmp_path: Path) -> None:
    import random

    for i, data in enumerate([bytes(range(256)) * 8, random.Random(9).randbytes(4096), b"x" * 50 + bytes(50)]):
        p = write(tmp_path, data, f"blob{i}")
        assert refused(p) == f"{p}: looks like a binary file, not text"


def test_invalid_utf8(tmp_path: Path) -> None:
    good = article().encode()
    p = write(tmp_path, good[:100] + b"\xc3\x28" + good[100:])
    assert refused(p) == f"{p}: not valid UTF-8 (byte 0xc3 at offset 100); try --encoding latin-1 or --encoding replace"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    text = article("samoa-measles-shutdown.txt")
    for codec, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        doc, _ = load_shown(write(tmp_path, bom + text.encode(codec), f"{codec}.txt"))
        assert doc.text == text


def test_utf16_without_bom_gets_a_hint(tmp_path: Path) -> None:
    p = write(tmp_path, article().encode("utf-16-le"))
    assert refused(p) == f"{p}: looks like UTF-16 without a byte-order mark (try --encoding utf-16-le or utf-16-be), not text"
    assert load_document(p, encoding="utf-16-le").text == article()


def test_directory(tmp_path: Path) -> None:
    assert refused(str(tmp_path)) == f"{tmp_path}: is a directory"


def test_missing_file(tmp_path: Path) -> None:
    p = str(tmp_path / "nope.txt")
    assert refused(p) == f"{p}: no such file"


def test_error_naming_a_hostile_path_prints_placeholders(tmp_path: Path) -> None:
    """The one-line error repeats the path the user gave; escape codes in it must not reach the terminal."""
    reader = Path(sys.executable).with_name("reader")
    p = str(tmp_path / "x\x1b]0;pwned\x07\x1b[2J.txt")
    r = subprocess.run([str(reader), p], capture_output=True, text=True)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == f"reader: {tmp_path}/x␛]0;pwned␇␛[2J.txt: no such file\n"
    shutil.copy(ROOT / "sample_articles" / "execution-squads.txt", p)
    r = subprocess.run([str(reader), "claims", p, "--format", "table"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("x␛]0;pwned␇␛[2J.txt: ") and "\x1b" not in r.stdout


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The open() failing with EACCES, whoever runs the tests (root ignores chmod 000)."""
    p = write(tmp_path, article())

    def deny(*a: object, **k: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", deny)
    assert refused(p) == f"{p}: permission denied"


def test_unreadable_file_real(tmp_path: Path) -> None:
    """chmod 000 for real. Root bypasses file modes, so as root the check runs in a child process whose
    capability bounding set lacks CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH (setpriv), where modes apply again."""
    p = write(tmp_path, article())
    os.chmod(p, 0)
    if os.geteuid() != 0:
        assert refused(p) == f"{p}: permission denied"
        return
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root and setpriv is missing: cannot make a file unreadable")
    code = "import sys\nfrom reader.core.documents.document import load_document, LoadError\n" \
           "try: load_document(sys.argv[1])\nexcept LoadError as e: print(e)"
    out = subprocess.run([setpriv, "--bounding-set=-dac_override,-dac_read_search", sys.executable, "-c", code, p],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    if "Operation not permitted" in out.stderr:
        pytest.skip(f"setpriv cannot drop capabilities here: {out.stderr.strip()}")
    assert out.stdout.strip() == f"{p}: permission denied", out.stderr


def test_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list[str] = []
    t = threading.Thread(target=lambda: result.append(refused(str(fifo))), daemon=True)
    t.start()
    t.join(timeout=5)
    if t.is_alive():  # unblock the reader so the test process can exit, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("load_document blocked on a FIFO")
    assert result == [f"{fifo}: not a regular file (FIFO, socket or device); pipe it to 'reader -' instead"]


def test_one_gigabyte_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:  # sparse: takes no disk space
        fh.truncate(1 << 30)
    assert DEFAULT_MAX_BYTES < 1 << 30
    assert refused(str(p)) == f"{p}: 1.1 GB is over the 256 MB limit; raise it with --max-size"
    assert refused(str(p), max_bytes=500_000_000) == f"{p}: 1.1 GB is over the 500 MB limit; raise it with --max-size"


def test_limit_is_configurable(tmp_path: Path) -> None:
    text = article()
    p = write(tmp_path, text)
    size = len(text.encode())
    assert refused(p, max_bytes=size - 1) == f"{p}: {size} bytes is over the {size - 1} bytes limit; raise it with --max-size"
    assert load_document(p, max_bytes=size).text == text


def test_device_file() -> None:
    assert refused("/dev/null") == "/dev/null: not a regular file (FIFO, socket or device); pipe it to 'reader -' instead"
