"""The version stamps that keep stale claims out: the per-article claims cache and corpus runs must change
when any of the extractor's code or rule files change (rules live in .toml files since they became data)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import reader.core.claims as claims_package
from reader.core.corpus import reader_api
from reader.core.session import claims_cache

CLAIMS = Path(claims_package.__path__[0])


@pytest.fixture
def claims_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "core" / "claims"
    shutil.copytree(CLAIMS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _edit_a_rule(claims: Path) -> None:
    rule_file = sorted((claims / "rules").glob("*.toml"))[0]
    rule_file.write_text(rule_file.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")


def test_the_claims_cache_version_follows_the_rule_files(claims_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims_package, "__path__", [str(claims_copy)])
    before = claims_cache.extractor_version.__wrapped__()
    assert before == claims_cache.extractor_version.__wrapped__()  # stable while nothing changes
    _edit_a_rule(claims_copy)
    assert claims_cache.extractor_version.__wrapped__() != before


def test_the_corpus_version_follows_the_rule_files(claims_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_api, "_CORE", claims_copy.parent)
    before = reader_api.extractor_version.__wrapped__()
    _edit_a_rule(claims_copy)
    after = reader_api.extractor_version.__wrapped__()
    assert after != before and after.split("+")[0] == before.split("+")[0]  # same package version, other code
