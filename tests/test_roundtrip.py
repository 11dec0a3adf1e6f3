"""Every format `reader export` writes can be read back by `reader import` (issue 17, item 15).

JSONL and W3C carry every annotation whole; ClaimReview carries each verdict with its words; CSV and
Markdown hold one row per claim, so what comes back is what a reader of them sees: per claim, its
current verdict, its tags and its notes (Markdown: and whether it is highlighted).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations.model import Annotation
from reader.core.exchange.common import link
from reader.core.exchange.export import FORMATS, export
from reader.core.exchange.importer import import_into
from reader.core.exchange.readback import parse_export, sniff
from reader.core.exchange.safe_out import plain
from tests.export_fixtures import seed_annotations, seed_claims, seed_doc


@pytest.fixture(scope="module")
def seed() -> tuple[Any, list[Any], list[Annotation]]:
    doc = seed_doc()
    claims = seed_claims(doc)
    return doc, claims, seed_annotations(doc, claims)


def per_claim(claims: list[Any], anns: list[Annotation]) -> dict[int, tuple[str | None, set[str], str]]:
    """What each annotated claim shows: its current verdict, its tags, its notes, as a report reads (spaces
    and line breaks are layout there, not content)."""
    out = {}
    for row in link(claims, anns):
        if row.claim is not None and row.annotations:
            out[row.claim.span.start] = (row.verdict, {t.strip() for t in row.tags}, " ".join(" ".join(row.notes).split()))
    return out


def reimport(doc: Any, claims: list[Any], anns: list[Annotation], fmt: str) -> list[Annotation]:
    data = export(doc, claims, anns, fmt)
    assert sniff(data) == fmt
    report = import_into(doc, parse_export(data), existing=[])
    assert report.annotations and report.orphaned == 0
    return report.annotations


def test_every_export_format_is_read_back(seed: Any) -> None:
    doc, claims, anns = seed
    assert set(FORMATS) == {"w3c", "claimreview", "csv", "markdown", "jsonl"}
    for fmt in FORMATS:
        back = reimport(doc, claims, anns, fmt)
        assert all(a.selector.exact == doc.text[a.selector.start : a.selector.end] for a in back), fmt


@pytest.mark.parametrize("fmt", ["jsonl", "w3c"])
def test_jsonl_and_w3c_bring_back_every_annotation_whole(seed: Any, fmt: str) -> None:
    doc, claims, anns = seed
    back = {a.id: a for a in reimport(doc, claims, anns, fmt)}
    assert set(back) == {a.id for a in anns}
    for a in anns:
        b = back[a.id]
        assert (b.selector, b.verdict, b.tags, b.note, b.highlight, b.claim_key) == (a.selector, a.verdict, a.tags, a.note, a.highlight, a.claim_key)
    fresh = [replace(b, score=a.score) for a in anns for b in [back[a.id]]]  # the anchoring score is this text's, not the file's
    assert export(doc, claims, fresh, fmt).splitlines()[1:] == export(doc, claims, anns, fmt).splitlines()[1:]


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_csv_and_markdown_bring_back_what_each_claim_shows(seed: Any, fmt: str) -> None:
    doc, claims, anns = seed
    back = reimport(doc, claims, anns, fmt)
    # Exports neutralise control characters: CSV shows them as placeholders, Markdown as spaces (a tag is one line)
    as_written = plain if fmt == "csv" else (lambda t: " ".join(t.split()))
    shown = [replace(a, tags=tuple(as_written(t) for t in a.tags)) for a in anns]
    assert per_claim(claims, back) == per_claim(claims, shown)


def test_claimreview_brings_back_each_verdict_on_its_words(seed: Any) -> None:
    doc, claims, anns = seed
    back = reimport(doc, claims, anns, "claimreview")
    want = {(row.claim.span, row.verdict) for row in link(claims, anns) if row.claim is not None and row.verdict}
    assert {(a.span, a.verdict) for a in back} == want


def test_importing_twice_adds_nothing(seed: Any) -> None:
    doc, claims, anns = seed
    for fmt in FORMATS:
        data = export(doc, claims, anns, fmt)
        first = import_into(doc, parse_export(data), existing=[]).annotations
        again = import_into(doc, parse_export(data), existing=first)
        assert again.annotations == [] and again.skipped == len(first), fmt


def test_w3c_names_a_page_by_its_url(seed: Any) -> None:
    doc, claims, anns = seed
    page = replace(doc, meta={**doc.meta, "url": "https://news.example/squads"})
    items = json.loads(export(page, claims, anns, "w3c"))["first"]["items"]
    assert {i["target"]["source"] for i in items} == {"https://news.example/squads"}
    motivations = {m for i in items for m in ([i["motivation"]] if isinstance(i["motivation"], str) else i["motivation"])}
    assert "assessing" in motivations and not any(":" in m for m in motivations)  # one style: plain words, assessing included


def test_cli_imports_a_jsonl_export_into_a_fresh_store(seed: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's failing case: `reader export --format jsonl` then `reader import` (was: 'not JSON: Extra data')."""
    from reader.cli.main import main
    from tests.conftest import SEED

    first = tmp_path / "first"
    assert main(["annotate", str(SEED), "--claim", "2", "--verdict", "false", "--tag", "casualties", "--data-dir", str(first)]) == 0
    out = tmp_path / "squads.jsonl"
    assert main(["export", str(SEED), "--format", "jsonl", "-o", str(out), "--data-dir", str(first)]) == 0
    capsys.readouterr()
    fresh = tmp_path / "fresh"
    assert main(["import", str(out), "--into", str(SEED), "--data-dir", str(fresh)]) == 0
    assert "imported 1: 1 anchored" in capsys.readouterr().out
    assert main(["annotations", str(SEED), "--format", "json", "--data-dir", str(fresh)]) == 0
    (ann,) = json.loads(capsys.readouterr().out)
    assert ann["verdict"] == "false" and ann["tags"] == ["casualties"]
