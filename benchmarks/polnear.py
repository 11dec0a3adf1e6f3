"""Score the claim extractor on PolNeAR (political news attribution, brat standoff) — an outside check.

Usage: python benchmarks/polnear.py [CHECKOUT_OR_MIRROR] [--split train|dev|test] [--json]
CHECKOUT_OR_MIRROR is a PolNeAR checkout (or just its data/<split>/{text,attributions} folders), or a bare git
mirror read with `git show` (nothing extracted); without it, $POLNEAR. PolNeAR text and annotations are the
publishers' copyright: this script writes them nowhere. Develop on train and dev only; test is for measuring.

Conversion: one annotation file per article (the first annotator's, by file name); every Attribution event
becomes a gold claim whose content (possibly discontinuous) is its fragments and whose Source span is the
speaker_span. Offsets are carried through the reader's NFC normalisation. PolNeAR labels no assertions or
statistics, so only predictions that are attributed (a speaker, a cue or speaker candidates) are scored, with
tests/gold/score_claims.py. Last line: `polnear split=<s> f1=<f> exact_f1=<f> speaker=<f> recall=<f>`, on PolNeAR's
own spans.

PolNeAR's conventions differ from tests/gold/GUIDE.md in two ways that the scorer cannot see past: a content keeps
its complementiser ('that C'; the GUIDE: 'the reported clause, without "that"'), and a quote of several sentences
is one content (the GUIDE: one claim per statement). The line before the last, `polnear_guide …`, scores the same
predictions against the same annotations mapped to the GUIDE: a leading 'that' left out, and each content cut
into its sentences (a plain full-stop-and-capital split, not the reader's segmenter). Both are printed; the last
line is the native one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.claims.extract import extract_claims  # noqa: E402
from reader.core.documents.document import from_text  # noqa: E402


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_claims", ROOT / "tests/gold/score_claims.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
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


def parse_ann(ann: str) -> list[dict[str, Any]]:
    """Attribution events of a brat .ann file as {content: [[s,e]...], source: [s,e] | None, cue: [[s,e]...]}.

    A span's text may run over several lines; only lines that start a record (T…/E… and a tab) are read."""
    spans: dict[str, list[list[int]]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, offs = (parts[1].split(" ", 1) + [""])[:2]
            try:
                spans[parts[0]] = [[int(a), int(b)] for a, b in (p.split() for p in offs.split(";"))]
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(a.split(":", 1) for a in parts[1].split() if ":" in a))
    out = []
    for ev in events:
        content = [s for k, v in ev.items() if k.startswith("Content") for s in spans.get(v, [])]
        source = [s for k, v in ev.items() if k.startswith("Source") for s in spans.get(v, [])]
        cue = [s for k, v in ev.items() if k.startswith("Cue") for s in spans.get(v, [])]
        if content:
            out.append({"content": sorted(content), "source": source[0] if source else None, "cue": sorted(cue)})
    return out


def _offset_map(raw: str, text: str) -> Any:
    """Raw offsets -> offsets in the reader's normalised text (NFC may merge combining marks)."""
    if raw == text:
        return lambda o: o
    return lambda o: len(unicodedata.normalize("NFC", raw[:o]))


def convert(src: Source, split: str) -> list[dict[str, Any]]:
    """Gold documents of a split in the scorer's format (plus `cues`: the annotated cue spans per claim)."""
    seen: set[str] = set()
    docs = []
    for name in src.list(f"data/{split}/attributions"):
        stem = name.rsplit("_", 1)[0]
        if stem in seen or not name.endswith(".ann"):
            continue
        seen.add(stem)
        raw = src.read(f"data/{split}/text/{stem}.txt")
        text = from_text(raw, stem).text
        at = _offset_map(raw, text)
        claims = []
        for ev in parse_ann(src.read(f"data/{split}/attributions/{name}")):
            frags = [[at(s), at(e)] for s, e in ev["content"]]
            c: dict[str, Any] = {"start": frags[0][0], "end": frags[-1][1], "kind": "attribution",
                                 "cues": [[at(s), at(e)] for s, e in ev["cue"]]}
            if len(frags) > 1:
                c["fragments"] = frags
            if ev["source"]:
                s, e = at(ev["source"][0]), at(ev["source"][1])
                c["speaker_span"] = [s, e]
                c["source"] = text[s:e]
            claims.append(c)
        docs.append({"id": stem, "text": text, "claims": claims})
    return docs


_SENTENCE_CUT = re.compile(r"(?<=[.!?])[”\"’']*\s+(?=[“\"‘']*[A-Z])")
_THAT = re.compile(r"that\s+", re.I)


def to_guide(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold documents under the GUIDE's conventions: no leading 'that', one claim per sentence of a content."""
    out = []
    for d in docs:
        text, claims = d["text"], []
        for c in d["claims"]:
            pieces: list[list[int]] = []
            for s, e in c.get("fragments") or [[c["start"], c["end"]]]:
                pos = s
                for m in _SENTENCE_CUT.finditer(text, s, e):
                    pieces.append([pos, m.start()])
                    pos = m.end()
                pieces.append([pos, e])
            for s, e in pieces:
                that = _THAT.match(text, s, e)
                s = that.end() if that and e - that.end() > 10 else s
                if any(ch.isalnum() for ch in text[s:e]):
                    piece = {k: v for k, v in c.items() if k != "fragments"}
                    piece.update(start=s, end=e)
                    claims.append(piece)
        out.append({**d, "claims": claims})
    return out


def attributed(claim: dict[str, Any]) -> bool:
    """A claim with a cue, a speaker or speaker candidates counts as attributed (PolNeAR labels only those)."""
    return bool(claim.get("speaker") or claim.get("cue") or claim.get("speaker_candidates"))


def predict(docs: list[dict[str, Any]], everything: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Our claims per document: the attributed ones, or all of them with `everything`."""
    preds = {}
    for d in docs:
        claims = [{**c.to_json(), "rules": list(c.rules), "speaker_rules": list(c.speaker_rules)}
                  for c in extract_claims(from_text(d["text"], d["id"]))]
        preds[d["id"]] = claims if everything else [c for c in claims if attributed(c)]
    return preds


def default_source() -> str | None:
    return os.environ.get("POLNEAR")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=default_source())
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.source or not Path(args.source).exists():
        print("polnear: give a PolNeAR checkout or mirror (or set POLNEAR)", file=sys.stderr)
        return 2
    docs = convert(Source(args.source), args.split)
    preds = predict(docs)
    result = scorer().score(docs, preds)
    guide = scorer().score(to_guide(docs), preds)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "missed"}))
    else:
        for k, v in result.items():
            if k != "missed":
                print(f"{k:24} {v}")
    print(f"polnear_guide split={args.split} gold={guide['gold']} f1={guide['f1']:.3f} exact_f1={guide['exact_f1']:.3f} "
          f"speaker={guide['speaker_accuracy'] or 0:.3f} recall={guide['recall']:.3f}")
    print(f"polnear split={args.split} f1={result['f1']:.3f} exact_f1={result['exact_f1']:.3f} "
          f"speaker={result['speaker_accuracy'] or 0:.3f} recall={result['recall']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
