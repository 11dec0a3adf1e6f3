"""The seven repros of "Annotations you can trust", run as the issue ran them: through the installed `reader`.

Repro 3 (lost updates) is tests/test_store_concurrency.py; repro 4 (orphans' positions, confirming) also
tests/test_export.py and tests/test_store.py; repro 7 (store faults) tests/test_store_faults.py and
tests/test_cli_matrix.py. The store-level versions of 1 and 2 are in tests/test_anchor.py and tests/test_store.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from tests.test_cli import run

BUDGET = ("Budget day\n\nThe minister said taxes would fall by 5 percent next year.\n\n"
          "Critics doubt it. Later the minister said taxes would fall by 5 percent in 2030, and only if growth returns.\n")
BUDGET_EDITED = "Budget day\n\nCritics doubt it. Later the minister said taxes would fall by 5 percent in 2030, and only if growth returns.\n"


@pytest.fixture(autouse=True)
def private_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)


def test_repro_1_a_verdict_never_moves_silently_to_another_sentence(tmp_path: Path) -> None:
    Path("art.txt").write_text(BUDGET)
    r = run("annotate", "art.txt", "--span", "16:59", "--verdict", "false", "--note", "checked: false for next year")
    assert r.returncode == 0, r.stderr
    Path("art.txt").write_text(BUDGET_EDITED)
    r = run("annotations", "art.txt")
    assert r.returncode == 0 and "[no position]  false  orphan" in r.stdout, r.stdout
    assert "was: …Budget day  The ⟦minister said taxes would fall by 5 percent⟧ next year." in r.stdout  # its original context
    (row,) = [x for x in csv.DictReader(io.StringIO(run("export", "art.txt", "--format", "csv").stdout)) if x["Verdict"]]
    assert (row["Kind"], row["Start"], row["End"]) == ("orphan", "", "")
    (a,) = json.loads(run("annotations", "art.txt", "--format", "json").stdout)
    assert a["state"] == "orphan" and a["verdict"] == "false"


def test_repro_2_two_documents_sharing_a_title_share_nothing(tmp_path: Path) -> None:
    Path("a.txt").write_text("Press release\n\nThe minister said taxes would fall by 5 percent next year.\n")
    Path("b.txt").write_text("Press release\n\nThe company said its profits rose in the third quarter.\n")
    assert run("annotate", "a.txt", "--span", "15:71", "--verdict", "false", "--note", "on a").returncode == 0
    r = run("annotations", "b.txt")
    assert "b.txt: 0 annotations" in r.stdout
    assert f"proposed: {tmp_path / 'a.txt'} (same title, 1 annotation); to make them this file's" in r.stdout  # not applied
    for _ in range(2):
        (a,) = json.loads(run("annotations", "a.txt", "--format", "json").stdout)
        assert (a["note"], a["state"], a["doc_path"]) == ("on a", "exact", "a.txt")
        assert json.loads(run("annotations", "b.txt", "--format", "json").stdout) == []
    Path("copy.txt").write_text(Path("a.txt").read_text().replace("next year", "in 2026"))  # an edited copy: another document
    assert json.loads(run("annotations", "copy.txt", "--format", "json").stdout) == []
    (a,) = json.loads(run("annotations", "a.txt", "--format", "json").stdout)
    assert a["state"] == "exact" and a["selector"]["start"] == 15


def test_repro_5_poisoned_text_is_refused_or_shown_and_every_export_still_works(tmp_path: Path) -> None:
    Path("art.txt").write_text(BUDGET)
    r = run("annotate", "art.txt", "--span", "16:59", "--note", "bad\udcffbyte")  # what --note $'\xff' becomes
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--note: an unpaired surrogate" in r.stderr
    poisoned = {
        "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [{
            "id": "\ud800", "type": "Annotation", "created": "\ud800", "modified": "\ud800",
            "body": [{"type": "TextualBody", "purpose": "commenting", "value": "note \ud800 and nul \u0000"},
                     {"type": "TextualBody", "purpose": "tagging", "value": "tag\udfff"}],
            "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "minister said taxes would fall",
                                                        "prefix": "Budget day\n\nThe ", "suffix": " by 5 percent next year.\n\nCrit"}},
        }]},
    }
    Path("poison.jsonld").write_text(json.dumps(poisoned))  # json.dumps writes them as \ud800 escapes
    r = run("import", "poison.jsonld", "--into", "art.txt")
    assert r.returncode == 0, r.stderr
    assert "imported 1: 1 anchored" in r.stdout and "2 values held NUL (now ␀) or bytes that are not UTF-8 (now \ufffd)" in r.stdout
    (a,) = json.loads(run("annotations", "art.txt", "--format", "json").stdout)
    assert a["note"] == "note \ufffd and nul \u2400" and a["tags"] == ["tag\ufffd"] and a["created"][:2] == "20"
    for fmt in ("w3c", "claimreview", "csv", "markdown", "jsonl"):
        r = run("export", "art.txt", "--format", fmt, "-o", f"out.{fmt}")
        assert r.returncode == 0 and r.stderr == "", (fmt, r.stderr)
        assert Path(f"out.{fmt}").stat().st_size > 0
    nested = "[" * 990 + "]" * 990
    Path("deep.json").write_text(nested)
    r = run("import", "deep.json", "--into", "art.txt")
    assert r.returncode == 2 and "nested more than 64 levels" in r.stderr and r.stderr.count("\n") == 1


HOSTILE = "\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\\x1b[2J\u009b2J\u202etxt.exe"


@pytest.mark.parametrize("fmt", ["markdown", "csv", "w3c", "claimreview", "jsonl"])
def test_repro_6_exports_never_act_on_the_terminal(fmt: str, tmp_path: Path) -> None:
    Path("art.txt").write_text(f"Budget {HOSTILE} day\n\nThe minister {HOSTILE} said taxes would fall by 5 percent.\n")
    text = Path("art.txt").read_text()
    start = text.index("The minister")
    assert run("annotate", "art.txt", "--span", f"{start}:{start + 60}", "--verdict", "false", "--note", HOSTILE,
               "--tag", HOSTILE, "--evidence", HOSTILE).returncode == 0
    r = run("export", "art.txt", "--format", fmt)  # to stdout (a pipe here, as in `| less`)
    assert r.returncode == 0, r.stderr
    for raw in ("\x1b", "\x07", "\u009b", "\u202e"):
        assert raw not in r.stdout, (fmt, repr(raw))
    if fmt in ("w3c", "claimreview", "jsonl"):
        assert "\\u001b]52;c;" in r.stdout and "\\u202e" in r.stdout  # JSON keeps them, escaped
    else:
        assert "52;c;" in r.stdout and "␛" in r.stdout and "⁇txt.exe" in r.stdout  # Markdown/CSV show them as visible marks


def test_exit_codes_and_one_line_errors_are_documented() -> None:
    """The numbers the README gives (the lead edits the README; this holds the code to them)."""
    from reader.cli.common import EXIT_ERROR, EXIT_USAGE

    assert (EXIT_ERROR, EXIT_USAGE) == (1, 2)
    r = run("annotations", os.devnull)
    assert r.returncode == 2 and r.stderr.count("\n") == 1
