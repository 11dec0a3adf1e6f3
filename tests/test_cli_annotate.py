"""Headless annotation commands through the installed `reader`: annotate, annotations, export, import,
and the one-line errors for bad input and a broken store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import SEED
from tests.test_cli import run


def test_annotate_then_list_as_json() -> None:
    r = run("annotate", str(SEED), "--claim", "3", "--verdict", "false", "--tag", "war", "--tag", "[bold]x[/]", "--note", "ask the SBU")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("saved ")
    r = run("annotations", str(SEED), "--format", "json")
    (a,) = json.loads(r.stdout)
    assert a["verdict"] == "false" and a["tags"] == ["war", "[bold]x[/]"] and a["note"] == "ask the SBU"
    text = SEED.read_text(encoding="utf-8")
    sel = a["selector"]
    assert text[sel["start"] : sel["end"]] == sel["exact"]
    r = run("claims", str(SEED), "--format", "jsonl")
    third = json.loads(r.stdout)["claims"][2]
    assert (sel["start"], sel["end"]) == (third["start"], third["end"])


def test_annotate_span_and_bad_targets() -> None:
    r = run("annotate", str(SEED), "--span", "81:173", "--highlight")
    assert r.returncode == 0, r.stderr
    r = run("annotate", str(SEED), "--span", "5:999999", "--highlight")
    assert r.returncode == 2 and r.stderr.startswith("reader: --span 5:999999 is outside the text") and r.stderr.count("\n") == 1
    r = run("annotate", str(SEED), "--claim", "999", "--verdict", "true")
    assert r.returncode == 2 and "the document has" in r.stderr and r.stderr.count("\n") == 1
    r = run("annotate", str(SEED), "--claim", "1")
    assert r.returncode == 2 and "nothing to do" in r.stderr


def test_export_import_round_trip_into_a_fresh_store(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert run("annotate", str(SEED), "--claim", "2", "--verdict", "misleading", "--note", "n1").returncode == 0
    assert run("annotate", str(SEED), "--span", "81:173", "--tag", "a", "--highlight").returncode == 0
    out = tmp_path / "ann.jsonld"
    r = run("export", str(SEED), "--format", "w3c", "-o", str(out))
    assert r.returncode == 0 and f"wrote w3c to {out}" in r.stdout
    r = run("export", str(SEED), "--format", "w3c", "-o", str(out))
    assert r.returncode == 2 and "exists; add --force" in r.stderr
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh"))
    r = run("import", str(out), "--into", str(SEED))
    assert r.returncode == 0, r.stderr
    assert "2 anchored" in r.stdout
    again = tmp_path / "again.jsonld"
    assert run("export", str(SEED), "--format", "w3c", "-o", str(again)).returncode == 0
    assert json.loads(again.read_text()) == json.loads(out.read_text())


def test_import_bad_input_is_one_line_and_leaves_store_alone(tmp_path: Path) -> None:
    assert run("annotate", str(SEED), "--claim", "1", "--verdict", "true").returncode == 0
    before = run("annotations", str(SEED), "--format", "json").stdout
    cases = {"notjson.jsonld": "{ nope", "shape.jsonld": json.dumps({"hello": 1}), "list.jsonld": "[1, 2, 3]"}
    for name, body in cases.items():
        p = tmp_path / name
        p.write_text(body)
        r = run("import", str(p), "--into", str(SEED))
        assert r.returncode == 2, (name, r.stdout)
        assert r.stderr.startswith("reader: ") and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert run("annotations", str(SEED), "--format", "json").stdout == before


def test_corrupt_database_is_named_and_left_in_place(private_dirs: Path) -> None:
    assert run("annotate", str(SEED), "--claim", "1", "--verdict", "true").returncode == 0
    db = next((private_dirs / "data").rglob("annotations.db"))
    for side in db.parent.glob("annotations.db-*"):
        side.unlink()
    db.write_bytes(b"this is not a database" * 100)
    r = run("annotations", str(SEED))
    assert r.returncode == 1
    assert r.stderr.startswith("reader: ") and str(db) in r.stderr and r.stderr.count("\n") == 1
    assert db.read_bytes() == b"this is not a database" * 100
    r = run(str(SEED))
    assert r.returncode == 1 and str(db) in r.stderr and "Traceback" not in r.stderr


def test_newer_schema_is_refused(private_dirs: Path) -> None:
    assert run("annotate", str(SEED), "--claim", "1", "--verdict", "true").returncode == 0
    db = next((private_dirs / "data").rglob("annotations.db"))
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    r = run("annotations", str(SEED))
    assert r.returncode == 1 and str(db) in r.stderr and r.stderr.count("\n") == 1


def test_data_dir_option_moves_the_store(tmp_path: Path) -> None:
    r = run("annotate", str(SEED), "--claim", "1", "--verdict", "true", "--data-dir", str(tmp_path / "elsewhere"))
    assert r.returncode == 0
    assert (tmp_path / "elsewhere" / "annotations.db").exists()
    assert json.loads(run("annotations", str(SEED), "--format", "json").stdout) == []


def test_export_format_defaults_to_the_config(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('export_format = "markdown"\n', encoding="utf-8")
    r = run("export", str(SEED), "--config", str(cfg))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# ")  # a Markdown report, not JSON
    r = run("export", str(SEED))
    assert r.returncode == 0 and json.loads(r.stdout)["type"] == "AnnotationCollection"


def test_claimreview_export_names_the_review_page_and_reviewer() -> None:
    assert run("annotate", str(SEED), "--claim", "3", "--verdict", "false").returncode == 0
    r = run("export", str(SEED), "--format", "claimreview", "--review-url", "https://factcheck.example/squads", "--reviewer", "Example Checks")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    reviews = data.get("@graph", [data])
    assert len(reviews) == 1
    assert reviews[0]["url"] == "https://factcheck.example/squads"
    assert reviews[0]["author"] == {"@type": "Organization", "name": "Example Checks"}
    assert reviews[0]["reviewRating"]["alternateName"] == "false"


def test_config_user_name_is_the_creator_and_the_verdicts_author(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[user]\nname = "Ana Ruiz"\n')
    r = run("annotate", str(SEED), "--claim", "2", "--verdict", "false", "--evidence", "https://example.org/x",
            "--evidence", "Ministry report, p. 4", "--config", str(config))
    assert r.returncode == 0, r.stderr
    (a,) = json.loads(run("annotations", str(SEED), "--format", "json").stdout)
    assert (a["creator"], a["verdict_by"], a["evidence"]) == ("Ana Ruiz", "Ana Ruiz", ["https://example.org/x", "Ministry report, p. 4"])
    r = run("annotate", str(SEED), "--claim", "2", "--tag", "t")  # no config: the login name
    (a,) = json.loads(run("annotations", str(SEED), "--format", "json").stdout)
    assert a["creator"] == "Ana Ruiz" and a["version"] == 2
    r = run("annotate", str(SEED), "--claim", "2", "--evidence", "x")
    assert r.returncode == 2 and "--evidence goes with a --verdict" in r.stderr


def test_a_moved_file_is_proposed_and_adopted_on_request(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert run("annotate", str(old), "--claim", "1", "--verdict", "true").returncode == 0
    new = tmp_path / "new.txt"
    old.rename(new)
    r = run("annotations", str(new))
    assert "new.txt: 0 annotations" in r.stdout and f"proposed: {old} (same text, 1 annotation)" in r.stdout
    r = run("annotations", str(new), "--adopt", str(old))
    assert r.returncode == 0 and "new.txt: 1 annotations" in r.stdout and "proposed" not in r.stdout
    (a,) = json.loads(run("annotations", str(new), "--format", "json").stdout)
    assert a["verdict"] == "true" and a["state"] == "exact" and a["doc_path"] == str(new)
