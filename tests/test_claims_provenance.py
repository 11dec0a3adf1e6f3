"""Provenance (issue 14): every claim says which rules made it and which chose its speaker, in the JSON lines output
and through `reader claims FILE --explain`; every id it names is a registered rule."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest

from reader.cli.main import main
from reader.core.claims.explain import all_rules
from reader.core.claims.extract import extract_claims, iter_claims
from reader.core.documents.document import load_document

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "sample_articles").glob("*.txt"))


def _run(*argv: str) -> str:
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            assert main(list(argv)) == 0
    finally:
        os.chdir(cwd)
    return out.getvalue()


def test_execution_squads_jsonl_names_the_rules_of_every_claim_and_speaker() -> None:
    record = json.loads(_run("claims", "sample_articles/execution-squads.txt", "--explain", "--format", "jsonl"))
    claims = record["claims"]
    assert len(claims) >= 15
    assert all(c["rules"] for c in claims)
    assert all(c["speaker_rules"] for c in claims if c["speaker"])
    assert not any(c["speaker_rules"] for c in claims if not c["speaker"])


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_every_claim_of_every_sample_article_has_registered_rules(article: Path) -> None:
    rules = all_rules()
    for c in extract_claims(load_document(str(article))):
        assert c.rules and all(r in rules for r in c.rules), (c.quote, c.rules)
        assert not c.speaker or (c.speaker_rules and all(r in rules for r in c.speaker_rules)), (c.quote, c.speaker_rules)


def test_explain_prints_each_claims_rules_with_what_they_decide() -> None:
    out = _run("claims", "sample_articles/execution-squads.txt", "--explain")
    assert "Elina Ribakova" in out
    assert "made by  cue.said" in out and "speaker  speaker.pronoun" in out
    assert all(len(line) < 400 for line in out.splitlines())


def test_iter_claims_streams_the_same_claims_as_extract_claims() -> None:
    doc = load_document(str(ROOT / "sample_articles" / "tesco-poland-sale.txt"))
    batches = list(iter_claims(doc, batch_chars=500))
    assert len(batches) > 3 and batches[-1][1] == 1.0
    assert [c for batch, _ in batches for c in batch] == extract_claims(doc)
