"""Scoring hand-labelled keys with the project's scorer (tests/gold/score_claims.py): shared by the
official keys (test_gold.py) and the team's own keys (test_gold_own.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import load_document

ROOT = Path(__file__).resolve().parent.parent


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_claims", ROOT / "tests/gold/score_claims.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_keys(keys: list[Path]) -> dict[str, dict[str, Any]]:
    """Each key's sample article through the extractor, scored against the key."""
    sc = scorer()
    out = {}
    for path in keys:
        gold = sc.load_jsonl(str(path))
        doc = load_document(str(ROOT / "sample_articles" / f"{path.stem}.txt"))
        assert doc.text == gold[0]["text"], f"{path.stem}: article and key texts differ"
        preds = {path.stem: [json.loads(json.dumps(c.to_json())) for c in extract_claims(doc)]}
        out[path.stem] = sc.score(gold, preds)
    return out


def print_table(title: str, results: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title:28} {'gold':>4} {'pred':>4} {'P':>5} {'R':>5} {'f1':>5} {'exact':>5} {'spk':>5}  kinds right")
    for stem, r in results.items():
        print(f"{stem:28} {r['gold']:>4} {r['predicted']:>4} {r['precision']:>5} {r['recall']:>5} {r['f1']:>5} "
              f"{r['exact_f1']:>5} {r['speaker_accuracy']!s:>5}  {r['kind_right_when_found']}")
