"""Every command × every hostile input: one line on stderr, the documented exit code, no traceback, no hang,
bounded memory.

Commands: claims, annotate, annotations, export, import (the input is the annotation file), and the bare
reader (which needs a terminal: without one it says so, after checking the file). Exit codes (README):
0 done, 1 the store or the output cannot be used, 2 bad arguments or input files. Each run has a timeout
and its peak memory (RSS) is measured by a small wrapper process; the inputs of 10 MB and more are `slow`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.test_cli import READER

COMMANDS: dict[str, list[str]] = {
    "claims": ["claims", "{f}"],
    "annotate": ["annotate", "{f}", "--span", "0:5", "--tag", "checked"],
    "annotations": ["annotations", "{f}"],
    "export": ["export", "{f}", "--format", "csv"],
    "import": ["import", "{f}", "--into", str(SEED)],
    "reader": ["{f}"],
}
TEXT = "Prices\n\nThe minister said prices rose by 5 percent last year, officials said.\n"


def _write(data: bytes) -> Callable[[Path], str]:
    def make(d: Path) -> str:
        path = d / "input.txt"
        path.write_bytes(data)
        return str(path)

    return make


def _directory(d: Path) -> str:
    (d / "folder").mkdir()
    return str(d / "folder")


def _fifo(d: Path) -> str:
    os.mkfifo(d / "fifo")
    return str(d / "fifo")


def _loop(d: Path) -> str:
    (d / "a").symlink_to(d / "b")
    (d / "b").symlink_to(d / "a")
    return str(d / "a")


def _unreadable(d: Path) -> str:
    path = d / "secret.txt"
    path.write_text(TEXT)
    path.chmod(0)
    return str(path)


def _html(d: Path) -> str:
    path = d / "page.html"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<html><head><title>Prices</title></head><body>")
        for i in range(300_000):
            fh.write(f"<p>Paragraph {i}: the figures were published on Tuesday.</p>")
        fh.write("</body></html>")
    return str(path)


# name -> (maker, the input is a readable document, heavy)
INPUTS: dict[str, tuple[Callable[[Path], str], bool, bool]] = {
    "empty": (_write(b""), False, False),
    "binary": (_write(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40), False, False),
    "invalid-utf8": (_write(b"Prices\n\nThe minister said caf\xe9 prices \xff rose.\n"), False, False),
    "utf16-bom": (_write(TEXT.encode("utf-16")), True, False),
    "utf16-no-bom": (_write(TEXT.encode("utf-16-le")), False, False),
    "nul": (_write(TEXT.replace("said", "said\x00").encode()), True, False),
    "only-empty-lines": (_write(b"\n" * 1_000_000), False, False),
    "directory": (_directory, False, False),
    "fifo": (_fifo, False, False),
    "dev-zero": (lambda d: "/dev/zero", False, False),
    "symlink-loop": (_loop, False, False),
    "unreadable": (_unreadable, False, False),
    "10mb-line": (_write(("The figures were published on Tuesday. " * 260_000).encode()), True, True),
    "1m-empty-lines": (_write(b"Prices\n" + b"\n" * 1_000_000 + b"The minister said prices rose.\n"), True, True),
    "html-300k-paragraphs": (_html, True, True),
}

WRAP = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[2:]).returncode
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def run(tmp_path: Path, args: list[str], stdout: int | str = subprocess.PIPE, timeout: float = 120,
        unreadable: bool = False) -> tuple[int, str, str, int]:
    """(exit code, stdout, stderr, peak RSS in MB) of `reader ARGS` with a private store; a hang fails the test."""
    rss = tmp_path / "rss"
    cmd = [str(READER), *args]
    if unreadable and os.geteuid() == 0:  # root reads anything: drop the capabilities that let it
        if not shutil.which("setpriv"):
            pytest.skip("needs setpriv to make a file unreadable for root")
        cmd = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", *cmd]
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": str(tmp_path)}
    out_file = open(stdout, "w") if isinstance(stdout, str) else None  # noqa: SIM115 - closed below
    try:
        p = subprocess.run([sys.executable, "-c", WRAP, str(rss), *cmd], stdin=subprocess.DEVNULL, text=True, timeout=timeout, env=env,
                           stdout=out_file or subprocess.PIPE, stderr=subprocess.PIPE)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reader {' '.join(args)} hung (no answer in {timeout} s)")
    finally:
        if out_file is not None:
            out_file.close()
    return p.returncode, p.stdout or "", p.stderr or "", int(rss.read_text()) // 1024


def check(code: int, err: str, expected: int) -> None:
    assert "Traceback" not in err, err
    assert code == expected, (code, err)
    assert err.count("\n") == (0 if expected == 0 else 1), err
    assert all(ord(c) >= 0x20 or c == "\n" for c in err) and "\x1b" not in err


def expected_code(command: str, readable: bool) -> int:
    if command == "import":
        return 2  # none of the inputs is an annotation file
    if command == "reader":
        return 2  # a bad file is refused first; a good one needs a terminal, and the test has none
    return 0 if readable else 2


def _case(command: str, name: str, tmp_path: Path) -> None:
    make, readable, heavy = INPUTS[name]
    path = make(tmp_path)
    args = [a.replace("{f}", path) for a in COMMANDS[command]]
    if command == "reader" and name == "directory":
        readable = True  # a folder is a library: fine, but the app needs a terminal
    code, out, err, rss = run(tmp_path, args, timeout=1200 if heavy else 120, unreadable=name == "unreadable")
    check(code, err, expected_code(command, readable))
    assert rss < (1500 if heavy else 400), f"peak memory {rss} MB"
    if command == "reader" and readable:
        assert "not a terminal" in err


FAST = [n for n, (_, _, heavy) in INPUTS.items() if not heavy]
HEAVY = [n for n, (_, _, heavy) in INPUTS.items() if heavy]


@pytest.mark.parametrize("name", FAST)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_hostile_inputs(command: str, name: str, tmp_path: Path) -> None:
    _case(command, name, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("name", HEAVY)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_huge_inputs(command: str, name: str, tmp_path: Path) -> None:
    _case(command, name, tmp_path)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_full_stdout_is_one_line(command: str, tmp_path: Path) -> None:
    """`reader … > /dev/full`: the write fails; one line, exit 1 (the bare reader: no terminal, exit 2)."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    source = str(SEED)
    if command == "import":
        exported = str(tmp_path / "a.jsonld")
        for step in (["annotate", source, "--claim", "1", "--verdict", "false"], ["export", source, "--format", "w3c", "-o", exported]):
            code, _, err, _ = run(tmp_path, step)
            assert code == 0, err
        source = exported
    args = [a.replace("{f}", source) for a in COMMANDS[command]]
    code, _, err, _ = run(tmp_path, args, stdout="/dev/full")
    check(code, err, 2 if command == "reader" else 1)
    if command != "reader":
        assert "cannot write the output (No space left on device)" in err


BAD_OPTIONS = {
    "max-size-negative": (["--max-size", "-5"], "not a size between"),
    "max-size-infinite": (["--max-size", "1e400k"], "not a size between"),
    "max-size-words": (["--max-size", "lots"], "not a size"),
    "encoding-undefined": (["--encoding", "undefined"], "not a text encoding"),
    "encoding-rot13": (["--encoding", "rot13"], "not a text encoding"),
    "encoding-unknown": (["--encoding", "klingon"], "unknown encoding"),
}


@pytest.mark.parametrize("bad", list(BAD_OPTIONS))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_bad_options_are_one_line_exit_2(command: str, bad: str, tmp_path: Path) -> None:
    options, said = BAD_OPTIONS[bad]
    args = [a.replace("{f}", str(SEED)) for a in COMMANDS[command]] + options
    code, out, err, _ = run(tmp_path, args)
    check(code, err, 2)
    assert said in err and "usage:" not in err and out == ""


def test_argument_errors_are_one_line_too(tmp_path: Path) -> None:
    for args in (["export", str(SEED), "--format", "pdf"], ["annotate", str(SEED)], ["annotate", str(SEED), "--span", "x"], ["nope"]):
        code, _, err, _ = run(tmp_path, args)
        check(code, err, 2)
