"""Golden outputs of `reader claims --format jsonl` on every sample article: any change to the extractor's
output fails here until it is refreshed on purpose, with a commit that says which rule changed it and why.

Refresh deliberately:  UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_claims.py
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
from pathlib import Path

import pytest

from reader.cli.main import main
from tests.conftest import ROOT, SAMPLES

GOLDEN = Path(__file__).parent / "golden_claims"
ARTICLES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in {".txt", ".md", ".html"} and p.name != "SOURCES.md")
BIG = 1_000_000


def _golden_path(article: Path) -> Path:
    name = "_".join(article.relative_to(SAMPLES).parts) + ".jsonl"
    return GOLDEN / (name + ".gz" if article.stat().st_size > BIG else name)


def _claims_jsonl(article: Path) -> str:
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)  # the record holds the path as given, relative to the checkout
    try:
        with contextlib.redirect_stdout(out):
            assert main(["claims", str(article.relative_to(ROOT)), "--format", "jsonl"]) == 0
    finally:
        os.chdir(cwd)
    return out.getvalue()


def _read(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode() if path.suffix == ".gz" else path.read_text(encoding="utf-8")


def _write(path: Path, text: str) -> None:
    path.write_bytes(gzip.compress(text.encode(), mtime=0)) if path.suffix == ".gz" else path.write_text(text, encoding="utf-8")


def _first_difference(want: list[dict], got: list[dict]) -> str:
    for i, (w, g) in enumerate(zip(want, got, strict=False)):
        if w != g:
            keys = sorted(k for k in set(w) | set(g) if w.get(k) != g.get(k))
            return f"claim {i + 1} differs in {keys}: want {[w.get(k) for k in keys]!r} got {[g.get(k) for k in keys]!r}"
    return f"claim counts differ: want {len(want)} got {len(got)}"


@pytest.mark.parametrize("article", [pytest.param(a, marks=pytest.mark.slow) if a.stat().st_size > BIG else a for a in ARTICLES],
                         ids=[a.name for a in ARTICLES])
def test_claims_match_golden(article: Path) -> None:
    got = _claims_jsonl(article)
    path = _golden_path(article)
    if os.environ.get("UPDATE_GOLDEN"):
        _write(path, got)
        pytest.skip(f"refreshed {path.name}")
    assert path.exists(), f"no golden output for {article.name}: run UPDATE_GOLDEN=1 pytest {__file__}"
    want_rec, got_rec = json.loads(_read(path)), json.loads(got)
    assert want_rec["claims"], "a golden file with no claims guards nothing"
    assert got_rec == want_rec, _first_difference(want_rec["claims"], got_rec["claims"])


def test_every_sample_article_has_a_golden_output() -> None:
    assert len(ARTICLES) >= 29
    missing = [a.name for a in ARTICLES if not _golden_path(a).exists()]
    assert not missing
