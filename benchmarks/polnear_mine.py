"""Statistics of attribution in PolNeAR (train or dev) against what the extractor does: where rules are missing.

Usage: python benchmarks/polnear_mine.py [CHECKOUT_OR_MIRROR] [--split train|dev] [--top N] [--examples LEMMA]

Prints counts only (cue lemmas, frame shapes, our cues and rules right/wrong, the speaker rules behind right and
wrong names); it writes nothing. PolNeAR's
text is the publishers' copyright: `--examples` shows a few contexts on the terminal for development and must
never be pasted into the repository. The test split is refused: it is held out.

Per gold attribution (the first annotator's) the status is one of:
  found      a prediction with a cue, speaker or candidates covers >= 50% of it (speaker right/wrong/empty);
  unattrib   only claims without a cue cover it (an assertion or statistic: the cue was not recognised);
  missed     nothing covers it.
Last line: `polnear_mine split=<s> gold=<n> found=<f> unattrib=<f> missed=<f> rules_precision=<f>`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import Source, attributed, convert, default_source, predict, scorer  # noqa: E402

AUX = set("""has have had having is are was were be been being am 's ’s will would could should can may might must do does did
not n't never also just still already even only then now later repeatedly often once again recently previously publicly
privately first quickly openly directly long""".split())
IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
             "knew": "know", "known": "know", "found": "find", "shown": "show", "saw": "see", "seen": "see", "felt": "feel",
             "made": "make", "gave": "give", "given": "give", "took": "take", "taken": "take", "spoke": "speak",
             "spoken": "speak", "held": "hold", "kept": "keep", "meant": "mean", "heard": "hear", "led": "lead",
             "put": "put", "read": "read", "set": "set", "began": "begin", "went": "go", "came": "come",
             "according": "according", "brought": "bring", "sought": "seek", "taught": "teach", "understood": "understand",
             "ran": "run", "won": "win", "lost": "lose", "fought": "fight", "got": "get", "chose": "choose", "left": "leave"}


def lemma_of(word: str) -> str:
    """A crude lemma: irregular table, then -ies/-ied, -ing, -ed, -es, -s (statistics only, not the extractor)."""
    w = word.lower().strip("’'\".,:;—–-")
    if w in IRREGULAR:
        return IRREGULAR[w]
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)] + rep
            if suf in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]
            if suf == "es" and not re.search(r"(?:ss|sh|ch|x|z|o)$", stem):
                stem = w[:-1]
            return stem
    return w


def cue_lemma(text: str) -> str:
    """The first content word of a cue ('has repeatedly said' -> say; 'according to' -> according)."""
    words = [w for w in re.findall(r"[A-Za-z’'-]+", text) if w.lower() not in AUX]
    if not words:
        return "(punct)" if text.strip() else "(none)"
    return lemma_of(words[0])


def shape(claim: dict[str, Any], text: str) -> str:
    """The order of source (S), cue (C) and content (Q) and how the content opens: 'SCQ', 'QCS', 'Q:', ..."""
    parts = [("Q", claim["start"])]
    if claim.get("speaker_span"):
        parts.append(("S", claim["speaker_span"][0]))
    if claim.get("cues"):
        parts.append(("C", claim["cues"][0][0]))
    order = "".join(k for k, _ in sorted(parts, key=lambda p: p[1]))
    if claim.get("cues"):
        ctext = " ".join(text[s:e] for s, e in claim["cues"]).strip()
        if ctext in (":", "—", "–", "-", ",") or not re.search(r"[A-Za-z]", ctext):
            order += " punct"
        elif ctext.lower().startswith("according"):
            order += " according"
    content = text[claim["start"]:claim["end"]]
    if content[:1] in "“\"":
        order += " quoted"
    if re.search(r"[.!?][”\"]?\s+[“\"]?[A-Z]", content):
        order += " multi-sentence"
    if "fragments" in claim:
        order += " split"
    return order


def status(g: dict[str, Any], gc: frozenset[int], preds: list[tuple[dict[str, Any], frozenset[int]]],
           sc: Any, text: str, mask: list[bool]) -> str:
    cover = [p for p, pc in preds if len(pc & gc) >= 0.5 * len(gc)]
    att = [p for p in cover if attributed(p)]
    if att:
        if not g.get("speaker_span"):
            return "found"
        if any(sc.same_speaker(g, p, text, mask) for p in att):
            return "found speaker-ok"
        return "found speaker-wrong" if any(sc.names_someone(p) for p in att) else "found speaker-empty"
    return "unattrib" if cover else "missed"


def rule_ids(p: dict[str, Any]) -> list[str]:
    """The rules that made a prediction (issue 14's provenance) or, before it exists, its cue word."""
    return p.get("rules") or [f"cue:{(p.get('cue') or '-').lower()}"]


def mine(docs: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    sc = scorer()
    by_lemma: dict[str, Counter[str]] = defaultdict(Counter)
    by_shape: dict[str, Counter[str]] = defaultdict(Counter)
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    by_speaker_rule: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    total: Counter[str] = Counter()
    for d in docs:
        text = d["text"]
        mask = [ch.isalnum() for ch in text]
        preds_c = [(p, sc.chars(sc.frags(p), mask)) for p in preds.get(d["id"], [])]
        gold_c = [(g, sc.chars(sc.frags(g), mask)) for g in d["claims"]]
        for g, gc in gold_c:
            if not gc:
                continue
            st = status(g, gc, preds_c, sc, text, mask)
            lem = cue_lemma(" ".join(text[s:e] for s, e in g["cues"])) if g.get("cues") else "(none)"
            for table, key in ((by_lemma, lem), (by_shape, shape(g, text))):
                table[key][st.split()[0]] += 1
                table[key]["all"] += 1
                if st.startswith("found "):
                    table[key][st.split("-")[1]] += 1
            total[st.split()[0]] += 1
            if st.startswith("found ") and st != "found speaker-empty":
                _count_speaker_rules(g, gc, preds_c, sc, text, mask, by_speaker_rule)
            examples[lem].append((d["id"], g["start"], g["end"], st))
        for p, pc in preds_c:
            if not pc or not attributed(p):
                continue
            hit = any(len(pc & gc) >= 0.5 * len(pc) for _, gc in gold_c)
            for r in rule_ids(p):
                by_rule[r]["right" if hit else "wrong"] += 1
            total["pred_right" if hit else "pred_wrong"] += 1
    return {"lemma": by_lemma, "shape": by_shape, "rule": by_rule, "speaker_rule": by_speaker_rule, "total": total,
            "examples": examples}


def _count_speaker_rules(g: dict[str, Any], gc: frozenset[int], preds: list[tuple[dict[str, Any], frozenset[int]]], sc: Any,
                         text: str, mask: list[bool], table: dict[str, Counter[str]]) -> None:
    """Which rules chose the name shown on a found attribution, and whether it was the gold speaker: how far each
    speaker rule can be trusted on text it was not written for."""
    for p, pc in preds:
        if len(pc & gc) >= 0.5 * len(gc) and attributed(p) and p.get("speaker"):
            verdict = "ok" if sc.same_speaker(g, p, text, mask) else "wrong"
            for r in p.get("speaker_rules") or ["(none)"]:
                table[r][verdict] += 1
                table[r]["all"] += 1
            return


def _table(title: str, rows: dict[str, Counter[str]], cols: list[str], top: int, sort: str = "all") -> None:
    print(f"\n{title:28}" + "".join(f"{c:>10}" for c in cols))
    for key, c in sorted(rows.items(), key=lambda kv: -kv[1][sort])[:top]:
        print(f"{key[:28]:28}" + "".join(f"{c[col]:>10}" for col in cols))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=default_source())
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", metavar="LEMMA", help="print a few contexts of this cue lemma (terminal only)")
    ap.add_argument("--status", default="", help="only examples whose status starts so (found, unattrib, missed)")
    ap.add_argument("-n", type=int, default=12, help="how many examples")
    args = ap.parse_args(argv)
    if not args.source or not Path(args.source).exists():
        print("polnear_mine: give a PolNeAR checkout or mirror (or set POLNEAR)", file=sys.stderr)
        return 2
    docs = convert(Source(args.source), args.split)
    everything = predict(docs, everything=True)
    m = mine(docs, everything)
    cols = ["all", "found", "ok", "wrong", "empty", "unattrib", "missed"]
    _table("cue lemma", m["lemma"], cols, args.top)
    _table("cue lemma (not recognised)", m["lemma"], cols, args.top, sort="unattrib")
    _table("frame shape", m["shape"], cols, args.top)
    _table("our rule", m["rule"], ["right", "wrong"], args.top, sort="wrong")
    _table("speaker rule (named)", m["speaker_rule"], ["all", "ok", "wrong"], args.top, sort="wrong")
    if args.examples:
        texts = {d["id"]: d["text"] for d in docs}
        shown = [x for x in m["examples"].get(args.examples, []) if x[3].startswith(args.status)]
        for doc_id, s, e, st in shown[:: max(1, len(shown) // args.n)][: args.n]:
            t = texts[doc_id]
            print(f"\n{st}", end="")
            print(f"\n[{doc_id[:24]}] …{t[max(0, s - 160):s]}⟦{t[s:e]}⟧{t[e:e + 60]}…".replace("\n", " ¶ "))
    t = m["total"]
    n = t["found"] + t["unattrib"] + t["missed"]
    rp = t["pred_right"] / max(1, t["pred_right"] + t["pred_wrong"])
    print(f"polnear_mine split={args.split} gold={n} found={t['found'] / n:.3f} unattrib={t['unattrib'] / n:.3f} "
          f"missed={t['missed'] / n:.3f} rules_precision={rp:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
