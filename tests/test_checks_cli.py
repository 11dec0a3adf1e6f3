"""`reader checks import`, `reader match`, `reader claims --matches`: output, JSON, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli.main import main
from tests.conftest import SEED

FEED = [{"@type": "ClaimReview", "url": "https://checks.example.org/execution-squads",
         "claimReviewed": "Vladimir Putin has sent execution squads to round up Russian soldiers who desert in Ukraine.",
         "author": {"name": "Example Checks"}, "datePublished": "2022-03-10", "reviewRating": {"alternateName": "Unproven"}},
        {"@type": "ClaimReview", "url": "https://checks.example.org/starlink",
         "claimReviewed": "SpaceX sent thousands of Starlink satellite dishes to Ukraine.", "reviewRating": {"alternateName": "True"}}]


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(FEED), encoding="utf-8")
    assert main(["checks", "import", str(feed)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "added 2, updated 0, unchanged 0; the archive holds 2 checks"
    return feed


def test_match_prints_the_check_with_score_rating_and_link(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", "Putin sent execution squads after Russian soldiers deserting in Ukraine"]) == 0
    out = capsys.readouterr().out
    assert "[Unproven]" in out and "Example Checks · 2022-03-10" in out and "https://checks.example.org/execution-squads" in out
    assert main(["match", "The weather in Lisbon was mild all week.", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"] == []


def test_claims_with_matches(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(SEED), "--matches", "--format", "json"]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    matched = {c["quote"][:40]: [m["rating"] for m in c["matches"]] for c in claims if c["matches"]}
    assert sorted(matched.values()) == [["True"], ["Unproven"]]
    assert main(["claims", str(SEED), "--matches"]) == 0
    assert "✓ " in capsys.readouterr().out


def test_tables_need_their_columns_and_bad_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "checks.tsv"
    table.write_text("id\tclaim\trating\n1\tThe Moon landing was filmed in a studio.\tFalse\n", encoding="utf-8")
    assert main(["checks", "import", str(table)]) == 2
    assert "needs --id-col and --text-col" in capsys.readouterr().err
    assert main(["checks", "import", str(table), "--id-col", "id", "--text-col", "claim", "--rating-col", "rating"]) == 0
    capsys.readouterr()
    assert main(["match", "the moon landing was filmed in a studio"]) == 0
    assert "[False]" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x1b]0;owned\x07{")
    assert main(["checks", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err


def test_an_unusable_archive_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "checks.db").write_bytes(b"this is not a database at all" * 100)
    assert main(["match", "anything", "--data-dir", str(data)]) == 1
    assert "cannot open the checks archive" in capsys.readouterr().err


def test_a_verdict_given_with_annotate_joins_the_archive_as_in_the_app(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.core.checks.archive import open_archive

    data = tmp_path / "data"
    assert main(["claims", str(SEED), "--format", "json"]) == 0
    quote = json.loads(capsys.readouterr().out)["claims"][1]["quote"]
    assert main(["annotate", str(SEED), "--claim", "2", "--tag", "later", "--data-dir", str(data)]) == 0
    assert not (data / "checks.db").exists()  # a tag is no verdict: the archive is not even made
    assert main(["annotate", str(SEED), "--claim", "2", "--verdict", "false", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    with open_archive(str(data), readonly=True) as archive:
        (stored,) = list(archive)
    assert (stored.check.claim, stored.check.rating, stored.check.source) == (quote, "False", "reader")
    assert main(["match", quote, "--format", "json", "--data-dir", str(data)]) == 0
    assert [m["rating"] for m in json.loads(capsys.readouterr().out)["matches"]] == ["False"]
    assert main(["claims", str(SEED), "--matches", "--format", "json", "--data-dir", str(data)]) == 0
    assert all(c["matches"] == [] for c in json.loads(capsys.readouterr().out)["claims"])  # not news to its own article
    assert main(["annotate", str(SEED), "--claim", "2", "--verdict", "misleading", "--data-dir", str(data)]) == 0
    with open_archive(str(data), readonly=True) as archive:
        assert [s.check.rating for s in archive] == ["Misleading"]


def test_an_unusable_archive_never_fails_the_verdict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "checks.db").write_bytes(b"this is not a database at all" * 100)
    assert main(["annotate", str(SEED), "--claim", "1", "--verdict", "true", "--data-dir", str(data)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot open the checks archive" in err and "the verdict is saved" in err
    assert main(["annotations", str(SEED), "--format", "json", "--data-dir", str(data)]) == 0
    assert '"verdict": "true"' in capsys.readouterr().out
