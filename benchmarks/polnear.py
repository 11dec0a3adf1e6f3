"""Score the claim extractor on PolNeAR (political news attribution, brat standoff) — an outside check.

Usage: python benchmarks/polnear.py MIRROR_OR_CHECKOUT [--split dev] [--keep GOLD.jsonl PRED.jsonl]
MIRROR_OR_CHECKOUT is a PolNeAR checkout, or a bare git mirror (read with `git show`, nothing extracted).
PolNeAR text and annotations are publishers' copyright: this script writes them nowhere but a temp dir.

Conversion: one annotation file per article (the first annotator's, by file name); every Attribution event
becomes a gold claim whose content (possibly discontinuous) is its fragments and whose Source span is the
speaker_span. PolNeAR labels no assertions or statistics, so only predictions with a speaker or a cue are
scored. Last line: `polnear split=<s> f1=<f> exact_f1=<f> speaker=<f>`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.claims.extract import extract_claims  # noqa: E402
from reader.core.documents.document import from_text  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("score_claims", ROOT / "tests/gold/score_claims.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


class Source:
    """Files of a checkout or of a bare git directory."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.bare = not (self.path / "data").is_dir()

    def list(self, folder: str) -> list[str]:
        if not self.bare:
            return sorted(p.name for p in (self.path / folder).iterdir())
        out = subprocess.run(["git", "--git-dir", str(self.path), "ls-tree", "--name-only", f"HEAD:{folder}"],
                             capture_output=True, text=True, check=True).stdout
        return sorted(out.split())

    def read(self, rel: str) -> str:
        if not self.bare:
            return (self.path / rel).read_text(encoding="utf-8")
        return subprocess.run(["git", "--git-dir", str(self.path), "show", f"HEAD:{rel}"],
                              capture_output=True, check=True).stdout.decode("utf-8")


def parse_ann(ann: str) -> list[dict]:
    """Attribution events of a brat .ann file as {content: [[s,e]...], source: [s,e] | None, cue: [[s,e]...]}."""
    spans: dict[str, list[list[int]]] = {}
    events = []
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, info, _ = line.split("\t", 2)
            kind, _, offs = info.partition(" ")
            spans[tid] = [[int(a), int(b)] for a, b in (p.split() for p in offs.split(";"))]
        elif line.startswith("E"):
            _, args = line.split("\t", 1)
            roles = dict(a.split(":", 1) for a in args.split())
            events.append(roles)
    out = []
    for ev in events:
        content = [s for k, v in ev.items() if k.startswith("Content") for s in spans.get(v, [])]
        source = [s for k, v in ev.items() if k.startswith("Source") for s in spans.get(v, [])]
        if content:
            out.append({"content": sorted(content), "source": source[0] if source else None})
    return out


def convert(src: Source, split: str) -> list[dict]:
    anns = src.list(f"data/{split}/attributions")
    seen: set[str] = set()
    docs = []
    for name in anns:
        stem = name.rsplit("_", 1)[0]
        if stem in seen or not name.endswith(".ann"):
            continue
        seen.add(stem)
        raw = src.read(f"data/{split}/text/{stem}.txt")
        doc = from_text(raw, stem)
        if doc.text != raw:
            continue  # offsets would not line up after normalization
        claims = []
        for ev in parse_ann(src.read(f"data/{split}/attributions/{name}")):
            frags = ev["content"]
            c = {"start": frags[0][0], "end": frags[-1][1], "kind": "attribution"}
            if len(frags) > 1:
                c["fragments"] = frags
            if ev["source"]:
                c["speaker_span"] = ev["source"]
                c["source"] = raw[ev["source"][0]:ev["source"][1]]
            claims.append(c)
        docs.append({"id": stem, "text": raw, "claims": claims})
    return docs


def predict(docs: list[dict]) -> dict[str, list[dict]]:
    preds = {}
    for d in docs:
        cl = extract_claims(from_text(d["text"], d["id"]))
        preds[d["id"]] = [c.to_json() for c in cl if c.speaker or c.cue]
    return preds


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    docs = convert(Source(args.source), args.split)
    preds = predict(docs)
    result = _scorer().score(docs, preds)
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            if k != "missed":
                print(f"{k:24} {v}")
    print(f"polnear split={args.split} f1={result['f1']:.3f} exact_f1={result['exact_f1']:.3f} "
          f"speaker={result['speaker_accuracy'] or 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
