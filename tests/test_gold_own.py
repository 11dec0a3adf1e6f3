"""The team's own hand-labelled keys (tests/gold/own/, NOT the project's independent keys) through the extractor.

Labelled from GUIDE.md and the article text before looking at the extractor's output, to measure how the rules
generalise beyond the four official keys. The floors sit a little under what the rules reach, so a regression
shows; they are not the issue-4 bar. Run with -s to see the table.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from reader.core.claims import extract_claims
from reader.core.document import load_document

ROOT = Path(__file__).resolve().parent.parent
OWN = sorted((ROOT / "tests/gold/own").glob("*.json"))
FLOOR = {"f1": 0.95, "speaker_accuracy": 0.9}
SPEAKER_FLOOR = {
    # reach 1.0 with the coreference rules ("The parties" -> the 'A and B' named before, "the chain's press release"
    # -> the chain named most, the gapped "Salling its intention", "The summary of the decision" -> the court);
    # the floors sit just under it
    "tesco-poland-sale": 0.97,
    "uk-prorogation-ruling": 0.97,
    # labelled before looking at the output (issue 4): kosgei 1.0 before and after; exoplanet 0.6 before, 0.833 after
    # (the en-dash name after an inverted cue, 'he continued' between quote parts); 'They found that C' -> the
    # Montreal team is the one left
    "kosgei-marathon-record": 0.97,
    "exoplanet-water-k2-18b": 0.8,
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_claims", ROOT / "tests/gold/score_claims.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _results() -> dict[str, dict]:
    sc = _scorer()
    out = {}
    for path in OWN:
        gold = sc.load_jsonl(str(path))
        doc = load_document(str(ROOT / "sample_articles" / f"{path.stem}.txt"))
        assert doc.text == gold[0]["text"], f"{path.stem}: article and key texts differ"
        preds = {path.stem: [json.loads(json.dumps(c.to_json())) for c in extract_claims(doc)]}
        out[path.stem] = sc.score(gold, preds)
    return out


RESULTS = _results()


def test_keys_are_well_formed() -> None:
    assert len(OWN) >= 8
    for path in OWN:
        key = json.loads(path.read_text(encoding="utf-8"))
        assert key["labelled_by"] == "claim-reader team (not the project's independent keys)"
        text = key["text"]
        for c in key["claims"] + key["not_claims"]:
            assert text[c["start"] : c["end"]] == c["quote"], (path.stem, c["quote"])
            for s, e in c.get("fragments", []):
                assert c["start"] <= s < e <= c["end"]


def test_print_table() -> None:
    print(f"\n{'own key':28} {'gold':>4} {'pred':>4} {'P':>5} {'R':>5} {'f1':>5} {'exact':>5} {'spk':>5}  kinds right")
    for stem, r in RESULTS.items():
        print(f"{stem:28} {r['gold']:>4} {r['predicted']:>4} {r['precision']:>5} {r['recall']:>5} {r['f1']:>5} "
              f"{r['exact_f1']:>5} {r['speaker_accuracy']!s:>5}  {r['kind_right_when_found']}")
    assert RESULTS


@pytest.mark.parametrize("stem", [p.stem for p in OWN])
def test_floor(stem: str) -> None:
    r = RESULTS[stem]
    assert r["not_claims_reported"] == 0, r
    assert r["f1"] >= FLOOR["f1"], r
    assert (r["speaker_accuracy"] or 0) >= SPEAKER_FLOOR.get(stem, FLOOR["speaker_accuracy"]), r
