"""Processes annotating the same claim at once lose nothing: every action reads and writes its row inside
one write transaction (BEGIN IMMEDIATE), so tags merge, and every note and verdict acknowledged is in the
log and the verdict history."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.annotations.backends import open_store
from reader.core.documents.document import from_text
from reader.core.session.session import Session
from reader.core.text.spans import Span
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Title\n\n" + "The minister said the budget grew by 4 percent last year, officials said. " * 40
CLAIM = Span(7, 80)
KEY = "quote:7:80"

WORKER = r"""
import sys
from reader.core.annotations.backends import open_store
from reader.core.documents.document import load_document
from reader.core.session.session import Session
from reader.core.text.spans import Span
data, name, path, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
doc = load_document(path)
span = Span(7, 80)
for i in range(n):
    # like `reader annotate`: a fresh store and session per action
    with open_store(data, user=name) as store:
        s = Session.open(doc, [], store)
        if i % 3 == 0:
            s.add_tags(span, [f"{name}-{i}"], "quote:7:80")
        elif i % 3 == 1:
            s.set_verdict(span, ("true", "false", "misleading")[i % 3], "quote:7:80", evidence=[f"https://example.org/{name}/{i}"])
        else:
            s.set_note(span, f"{name} note {i}", "quote:7:80")
        print("ack", i, flush=True)
"""


def _article(tmp_path: Path) -> Path:
    src = tmp_path / "article.txt"
    src.write_text(TEXT, encoding="utf-8")
    return src


def _check_nothing_lost(data: str, names: list[str], n: int, src: Path) -> None:
    doc = from_text(TEXT, path=str(src))
    with open_store(data) as store:
        (a,) = store.for_document(doc)
        wanted_tags = {f"{w}-{i}" for w in names for i in range(n) if i % 3 == 0}
        assert set(a.tags) == wanted_tags, f"lost tags: {sorted(wanted_tags - set(a.tags))}"
        evidence = {e.evidence[0] for e in store.verdict_history(a.id)}
        wanted_evidence = {f"https://example.org/{w}/{i}" for w in names for i in range(n) if i % 3 == 1}
        assert evidence == wanted_evidence, f"lost verdicts: {sorted(wanted_evidence - evidence)}"
        notes = {c.new.note for c in store.history(a.id, limit=100_000) if c.new is not None}
        wanted_notes = {f"{w} note {i}" for w in names for i in range(n) if i % 3 == 2}
        assert wanted_notes <= notes, f"lost notes: {sorted(wanted_notes - notes)}"
        saves = [c for c in store.history(a.id, limit=100_000) if c.action == "save"]
        assert len(saves) == len(names) * n and a.version == len(saves)  # one version per acknowledged action
        assert saves[0].new == a  # the row is the last action's result


def test_eight_processes_fifty_actions_each_on_one_claim(tmp_path: Path) -> None:
    src = _article(tmp_path)
    data = str(tmp_path / "data")
    names = [f"w{i}" for i in range(8)]
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, data, name, str(src), "50"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for name in names]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert out.count("ack") == 50
    _check_nothing_lost(data, names, 50, src)


def test_eight_reader_annotate_commands_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's repro: eight `reader annotate --tag` at once each adding tags to one claim (was: 18 of 80 lost)."""
    src = _article(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    script = "for i in 0 1 2 3 4 5 6 7 8 9; do reader annotate \"$1\" --span 7:80 --tag \"$2-$i\" || exit 1; done"
    env_path = f"{Path(sys.executable).parent}:/usr/bin:/bin"
    procs = [subprocess.Popen(["sh", "-c", script, "sh", str(src), f"p{n}"], env={"PATH": env_path, "XDG_DATA_HOME": str(tmp_path / "xdg"),
                              "HOME": str(tmp_path)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(8)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    r = run("annotations", str(src), "--format", "json")
    import json

    (a,) = json.loads(r.stdout)
    assert sorted(a["tags"]) == sorted(f"p{n}-{i}" for n in range(8) for i in range(10))


def test_a_session_and_the_cli_interleaved_lose_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's path (one long-lived Session) and `reader annotate` taking turns on one claim."""
    src = _article(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    doc = from_text(TEXT, path=str(src))
    store = open_store(str(tmp_path / "xdg" / "claim-reader"), user="app-user")
    session = Session.open(doc, [], store)
    notices = []
    for i in range(6):
        session.add_tags(CLAIM, [f"app-{i}"], KEY)
        session.set_note(CLAIM, f"app note {i}", KEY)
        notices.append(session.take_notice())
        r = run("annotate", str(src), "--span", "7:80", "--tag", f"cli-{i}", "--note", f"cli note {i}")
        assert r.returncode == 0, r.stderr
        session.set_verdict(CLAIM, "false" if i % 2 else "true", KEY, evidence=[f"https://example.org/{i}"])
        notices.append(session.take_notice())
        assert session.find(CLAIM, KEY).note == f"cli note {i}"  # the CLI's note, reloaded before writing, kept
    store.close()
    with open_store(str(tmp_path / "xdg" / "claim-reader")) as again:
        (a,) = again.for_document(doc)
        assert set(a.tags) == {f"app-{i}" for i in range(6)} | {f"cli-{i}" for i in range(6)}
        assert len(again.verdict_history(a.id)) == 6
        notes = [c.new.note for c in reversed(again.history(a.id, limit=1000)) if c.action == "save"]
        assert [n for n in notes if n and n.startswith("cli")] != []
        for i in range(6):
            assert f"app note {i}" in notes and f"cli note {i}" in notes
    said = [n for n in notices if n]
    assert len(said) == 6 and all("changed this annotation meanwhile" in n for n in said)  # after each CLI write, once


@pytest.mark.slow
def test_eight_processes_two_hundred_actions_each(tmp_path: Path) -> None:
    src = _article(tmp_path)
    data = str(tmp_path / "data")
    names = [f"w{i}" for i in range(8)]
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, data, name, str(src), "200"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for name in names]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    _check_nothing_lost(data, names, 200, src)
