"""Scoring hand-labelled keys with the project's scorer (tests/gold/score_claims.py): shared by the
official keys (test_gold.py) and the team's own keys (test_gold_own.py).

`python -m tests.gold_scoring` prints every key and the pooled score of all of them (the issue-15 bars are on
the pool: speaker >= 0.95, speaker_wrong <= 0.03, exact F1 >= 0.80, kinds >= 0.90, not-claims 0).
`python -m tests.gold_scoring tests/gold/press` scores the keys of another folder (their texts in its `articles/`);
`--pooled-only` prints the pooled line alone (the only thing ever printed for tests/gold/heldout).
Several folders are scored as one pool; `--all` pools the dev keys the bars are on (official, own, press and news, never
heldout) and prints one pooled line per folder before the line of the whole pool."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import load_document

ROOT = Path(__file__).resolve().parent.parent
ALL_KEYS = sorted((ROOT / "tests/gold").glob("*.json")) + sorted((ROOT / "tests/gold/own").glob("*.json"))
PRESS_KEYS = sorted((ROOT / "tests/gold/press").glob("*.json"))
NEWS_KEYS = sorted((ROOT / "tests/gold/news").glob("*.json"))
WIRE_KEYS = sorted((ROOT / "tests/gold/wire").glob("*.json"))
DEV_FOLDERS = {"official": sorted((ROOT / "tests/gold").glob("*.json")), "own": sorted((ROOT / "tests/gold/own").glob("*.json")),
               "press": PRESS_KEYS, "news": NEWS_KEYS,
               "wire": WIRE_KEYS}
"""Every key the issue-15 bars are on, by folder (tests/gold/heldout is never scored per claim)."""


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_claims", ROOT / "tests/gold/score_claims.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run(path: Path, sc: ModuleType) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    gold = sc.load_jsonl(str(path))
    own_text = path.parent / "articles" / f"{path.stem}.txt"
    doc = load_document(str(own_text if own_text.exists() else ROOT / "sample_articles" / f"{path.stem}.txt"))
    assert doc.text == gold[0]["text"], f"{path.stem}: article and key texts differ"
    return gold, {path.stem: [json.loads(json.dumps(c.to_json())) for c in extract_claims(doc)]}


def score_keys(keys: list[Path]) -> dict[str, dict[str, Any]]:
    """Each key's sample article through the extractor, scored against the key."""
    sc = scorer()
    out = {}
    for path in keys:
        gold, preds = _run(path, sc)
        out[path.stem] = sc.score(gold, preds)
    return out


def score_pooled(keys: list[Path]) -> dict[str, Any]:
    """All keys scored as one collection (claims pooled, not key averages)."""
    sc = scorer()
    docs: list[dict[str, Any]] = []
    preds: dict[str, list[dict[str, Any]]] = {}
    for path in keys:
        gold, pred = _run(path, sc)
        docs += gold
        preds.update(pred)
    return sc.score(docs, preds)


def kind_share(r: dict[str, Any]) -> float:
    """Share of found claims whose kind is right, over all kinds."""
    right = found = 0
    for v in r["kind_right_when_found"].values():
        a, b = (int(x) for x in v.split("/"))
        right, found = right + a, found + b
    return right / found if found else 1.0


def check_pool(pool: dict[str, Any], floors: dict[str, float], wrong_ceiling: float, not_claims_ceiling: int,
               kinds_floor: float) -> None:
    """Assert a folder's pooled score against its floors and ceilings (the tests of the press and news keys)."""
    for k, floor in floors.items():
        assert (pool[k] or 0) >= floor, (k, pool)
    assert (pool["speaker_wrong"] or 0) <= wrong_ceiling, pool
    assert pool["not_claims_reported"] <= not_claims_ceiling, pool
    assert kind_share(pool) >= kinds_floor, pool["kind_right_when_found"]


def print_table(title: str, results: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title:28} {'gold':>4} {'pred':>4} {'P':>5} {'R':>5} {'f1':>5} {'exact':>5} {'spk':>5} {'wrong':>5} "
          f"{'kinds':>5}  kinds right")
    for stem, r in results.items():
        print(f"{stem:28} {r['gold']:>4} {r['predicted']:>4} {r['precision']:>5} {r['recall']:>5} {r['f1']:>5} "
              f"{r['exact_f1']:>5} {r['speaker_accuracy']!s:>5} {r['speaker_wrong']!s:>5} {kind_share(r):>5.3f}  "
              f"{r['kind_right_when_found']}")


def pooled_line(name: str, keys: list[Path]) -> str:
    """One line `name keys=… f1=… …` for the keys scored as one pool."""
    p = score_pooled(keys)
    return (f"{name} keys={len(keys)} f1={p['f1']} exact_f1={p['exact_f1']} speaker={p['speaker_accuracy']} "
            f"speaker_wrong={p['speaker_wrong']} kinds={kind_share(p):.3f} not_claims={p['not_claims_reported']}")


if __name__ == "__main__":
    import sys

    folders = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--all" in sys.argv:
        keys = [p for ks in DEV_FOLDERS.values() for p in ks]
        if "--pooled-only" not in sys.argv:
            print_table("key", score_keys(keys))
        for name, ks in DEV_FOLDERS.items():
            print(pooled_line(f"gold_pooled_{name}", ks))
    else:
        keys = sorted(p for f in folders for p in Path(f).glob("*.json")) if folders else ALL_KEYS
        if "--pooled-only" not in sys.argv:
            print_table("key", score_keys(keys))
    print(pooled_line("gold_pooled", keys))
