"""The team commands and `--store` on the command line, against a real server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli.main import main
from tests.conftest import SEED
from tests.services.fixtures import Team

pytestmark = pytest.mark.postgres


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_and_add_member_are_repeatable_and_say_what_is_wrong(pg_team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "team", "init", pg_team.admin_url, pg_team.name)
    assert code == 0 and f"team '{pg_team.name}' is ready" in out and pg_team.cluster.password not in out
    assert run(capsys, "team", "add-member", pg_team.admin_url, pg_team.name, pg_team.roles["alice"])[0] == 0
    code, _, err = run(capsys, "team", "add-member", pg_team.admin_url, pg_team.name, "nobody_here")
    assert code == 2 and err.count("\n") == 1 and "no role 'nobody_here'" in err
    code, _, err = run(capsys, "team", "init", pg_team.admin_url, "Bad Name")
    assert code == 2 and err.count("\n") == 1 and "team name" in err
    code, _, err = run(capsys, "team", "init", pg_team.url("alice"), "newteam")  # not the owner
    assert code == 1 and err.count("\n") == 1 and "database owner" in err


def test_annotate_with_store_pushes_and_the_teammate_lists_it(pg_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    code, out, err = run(capsys, "annotate", str(SEED), "--claim", "1", "--verdict", "false", "--note", "see the ministry",
                         "--data-dir", a, "--store", pg_team.url("alice"))
    assert code == 0 and out.startswith("saved ") and err == ""
    code, out, _ = run(capsys, "annotations", str(SEED), "--data-dir", b, "--store", pg_team.url("bob"))
    assert code == 0 and "1 annotations" in out and "false" in out and "see the ministry" in out
    code, out, _ = run(capsys, "annotations", str(SEED), "--data-dir", str(tmp_path / "c"), "--store", pg_team.url("carol"))
    assert code == 0 and "0 annotations" in out  # another team's member, through the reader: nothing
    code, out, _ = run(capsys, "team", "status", "--data-dir", b, "--store", pg_team.url("bob"))
    assert code == 0 and "team: live"[6:] in out.splitlines()[0] and pg_team.roles["alice"] in out and "0 queued" in out
    for directory in (a, b):  # the password was never written down
        data = Path(directory, "annotations.db").read_bytes()
        assert pg_team.passwords[pg_team.roles["alice"]].encode() not in data
        assert pg_team.passwords[pg_team.roles["bob"]].encode() not in data


def test_a_teammate_with_the_same_text_elsewhere_sees_the_annotations(pg_team: Team, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Documents are files locally, texts on the server: B's copy of the article, at B's own path, shows A's work."""
    mine = tmp_path / "bob-articles" / "squads.txt"
    mine.parent.mkdir()
    mine.write_bytes(SEED.read_bytes())
    assert run(capsys, "annotate", str(SEED), "--claim", "4", "--tag", "checked", "--data-dir", str(tmp_path / "a"),
               "--store", pg_team.url("alice"))[0] == 0
    code, out, _ = run(capsys, "annotations", str(mine), "--data-dir", str(tmp_path / "b"), "--store", pg_team.url("bob"))
    assert code == 0 and "1 annotations" in out and "#checked" in out


def test_offline_annotate_queues_says_so_in_one_line_and_sync_sends_it(pg_team: Team, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a = str(tmp_path / "a")
    pg_team.cluster.stop()
    try:
        code, out, err = run(capsys, "annotate", str(SEED), "--claim", "2", "--verdict", "true", "--data-dir", a,
                             "--store", pg_team.url("alice"))
        assert code == 0 and out.startswith("saved ")
        assert err.count("\n") == 1 and err.startswith("team: offline, 1 queued") and "reader sync" in err
        code, _, err = run(capsys, "sync", "--data-dir", a, "--store", pg_team.url("alice"))
        assert code == 1 and err.startswith("reader: team: offline, 1 queued") and err.count("\n") == 1
    finally:
        pg_team.cluster.start()
    code, out, _ = run(capsys, "sync", "--data-dir", a, "--store", pg_team.url("alice"))
    assert code == 0 and "pushed 1," in out
    code, out, _ = run(capsys, "annotations", str(SEED), "--data-dir", str(tmp_path / "b"), "--store", pg_team.url("bob"))
    assert "true" in out and "1 annotations" in out


def test_the_store_comes_from_the_environment_or_the_config(pg_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIM_READER_STORE", pg_team.url("alice", with_password=False))
    monkeypatch.setenv("PGPASSWORD", pg_team.passwords[pg_team.roles["alice"]])  # the libpq way
    assert run(capsys, "annotate", str(SEED), "--claim", "3", "--tag", "env", "--data-dir", str(tmp_path / "a"))[:2][0] == 0
    monkeypatch.delenv("CLAIM_READER_STORE")
    monkeypatch.setenv("PGPASSWORD", pg_team.passwords[pg_team.roles["bob"]])
    config = tmp_path / "config.toml"
    config.write_text(f'store = "{pg_team.url("bob", with_password=False)}"\n')
    monkeypatch.setenv("READER_CONFIG", str(config))
    code, out, err = run(capsys, "annotations", str(SEED), "--data-dir", str(tmp_path / "b"))
    assert code == 0 and "#env" in out and err == ""


def test_bad_store_values_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "annotate", str(SEED), "--claim", "1", "--verdict", "true", "--store", "mysql://x")
    assert code == 2 and err.count("\n") == 1 and "postgresql://" in err
    code, _, err = run(capsys, "sync", "--data-dir", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "--store" in err
    if not os.environ.get("CLAIM_READER_STORE"):
        code, _, err = run(capsys, "team", "status", "--data-dir", str(tmp_path))
        assert code == 2 and err.count("\n") == 1


def test_a_store_linked_to_one_server_refuses_another(pg_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = str(tmp_path / "a")
    assert run(capsys, "sync", "--data-dir", a, "--store", pg_team.url("alice"))[0] == 0
    code, _, err = run(capsys, "sync", "--data-dir", a, "--store", pg_team.url("bob"))
    assert code == 2 and err.count("\n") == 1 and "another --data-dir" in err
