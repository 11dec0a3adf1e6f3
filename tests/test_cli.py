"""The installed `reader` command: version, help, one-line errors, headless claims."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader import __version__
from tests.conftest import SEED

READER = Path(sys.executable).with_name("reader")


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(READER)] if READER.exists() else [sys.executable, "-m", "reader"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, input=input and input.decode(), timeout=60)


def test_version_and_help() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"claim-reader {__version__}"
    r = run("--help")
    assert r.returncode == 0 and "usage: reader" in r.stdout and "claims" in r.stdout


def test_missing_file_is_one_line_exit_2(tmp_path: Path) -> None:
    r = run(str(tmp_path / "nope.txt"))
    assert r.returncode == 2
    assert r.stderr == f"reader: {tmp_path / 'nope.txt'}: no such file\n"
    assert "Traceback" not in r.stderr


def test_claims_jsonl_is_the_scorer_format() -> None:
    r = run("claims", str(SEED), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    (line,) = r.stdout.splitlines()
    rec = json.loads(line)
    assert rec["id"] == "execution-squads" and rec["path"] == str(SEED)
    text = SEED.read_text(encoding="utf-8")
    assert rec["claims"]
    for c in rec["claims"]:
        assert {"kind", "start", "end", "quote", "speaker", "speaker_span", "cue", "via", "role", "hedged", "numbers"} <= c.keys()
        assert text[c["start"] : c["end"]] == c["quote"]


def test_claims_table_lists_speakers() -> None:
    r = run("claims", str(SEED), "--format", "table")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("execution-squads.txt: ")
    assert "Dmitry Peskov" in r.stdout
