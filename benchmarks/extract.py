"""Throughput of the claim extractor on news text (one core, pure Python), against a bare regex peer.

Usage: python benchmarks/extract.py [--sizes 1,10,50] [--profile MB]

Measures the 29 sample articles one by one (the news rate), then the same text concatenated (articles in
turn, blank line between) to 1, 10 and 50 MB, each as one document. The named peer, run on the same text in
the same process: a bare regex quote-and-cue finder (quote marks, plus a said/told/according-to cue with the
capitalised words before it), the least any extractor of quoted speech must do.

Last line: `extract news_mb_per_s=<f> mb10_mb_per_s=<f> mb50_mb_per_s=<f> scaling=<f> vs_regex=<f>`
(scaling: the 50 MB rate over the 1 MB rate, 1.0 is linear; vs_regex: our news rate over the peer's).
`--profile MB` instead prints a cProfile of one concatenated document of that size.

Times are the process's CPU time (`time.process_time`), the work of one core: on a shared machine the wall
clock also counts the time other processes hold the core. Both sides of every ratio are timed the same way.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.claims.extract import extract_claims  # noqa: E402
from reader.core.documents.document import Document, from_text, load_document  # noqa: E402

ARTICLES = sorted((ROOT / "sample_articles").glob("*.txt"))

_PARAGRAPH = re.compile(r"\n\s*\n")
_QUOTE = re.compile(r"[“\"]([^”\"\n]{1,800})[”\"]")
_CUE = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,4})(?:said|says|told)\b|\b(?:said|says|told)\s+((?:[A-Z][\w’'-]*\s*){1,4})"
                  r"|\b[Aa]ccording to\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4})")


def regex_peer(text: str) -> list[tuple[str, str | None]]:
    """The named peer, a bare regex quote-and-cue finder: per paragraph, each quotation with the capitalised words at
    the nearest said/says/told/according-to cue as its speaker."""
    found: list[tuple[str, str | None]] = []
    for para in _PARAGRAPH.split(text):
        cues = [(m.start(), (m.group(1) or m.group(2) or m.group(3)).strip()) for m in _CUE.finditer(para)]
        for q in _QUOTE.finditer(para):
            who = min(cues, key=lambda c: abs(c[0] - q.start()))[1] if cues else None
            found.append((q.group(1), who))
    return found


def _mb(text: str) -> float:
    return len(text.encode("utf-8")) / 1e6


def _best(fn: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def concatenated(docs: list[Document], mb: float) -> str:
    """The articles' texts one after the other, blank line between, until the text holds `mb` megabytes."""
    parts: list[str] = []
    size, want = 0, int(mb * 1e6)
    while size < want:
        for d in docs:
            parts.append(d.text)
            size += len(d.text.encode("utf-8")) + 2
            if size >= want:
                break
    return "\n\n".join(parts)


def news_rate(docs: list[Document], runs: int) -> tuple[float, float, int]:
    """(our MB/s, peer MB/s, claims) over the articles one by one."""
    mb = sum(_mb(d.text) for d in docs)
    claims = sum(len(extract_claims(d)) for d in docs)
    ours = _best(lambda: [extract_claims(d) for d in docs], runs)
    peer = _best(lambda: [regex_peer(d.text) for d in docs], runs * 3)
    return mb / ours, mb / peer, claims


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,50", help="concatenated sizes in MB (the first and last make 'scaling')")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", type=float, default=0.0, help="profile one concatenated document of this many MB")
    args = ap.parse_args(argv)
    docs = [load_document(str(p)) for p in ARTICLES]
    if args.profile:
        import cProfile
        import pstats

        doc = from_text(concatenated(docs, args.profile), "concatenated")
        cProfile.runctx("extract_claims(doc)", globals(), {"doc": doc}, "/tmp/extract.prof")
        pstats.Stats("/tmp/extract.prof").sort_stats("cumulative").print_stats(40)
        pstats.Stats("/tmp/extract.prof").sort_stats("tottime").print_stats(30)
        return 0
    news, peer, claims = news_rate(docs, args.runs)
    print(f"news: {len(docs)} articles, {sum(_mb(d.text) for d in docs):.3f} MB, {claims} claims: "
          f"{news:.2f} MB/s; regex peer {peer:.2f} MB/s")
    rates: dict[float, float] = {}
    for mb in [float(s) for s in args.sizes.split(",")]:
        doc = from_text(concatenated(docs, mb), f"concatenated-{mb:g}MB")
        t0 = time.process_time()
        n = len(extract_claims(doc))
        took = time.process_time() - t0
        size = _mb(doc.text)
        rates[mb] = size / took
        print(f"{size:.1f} MB concatenated: {n} claims in {took:.1f} s, {rates[mb]:.2f} MB/s")
    sizes = sorted(rates)
    scaling = rates[sizes[-1]] / rates[sizes[0]]
    print(f"extract news_mb_per_s={news:.3f} mb10_mb_per_s={rates.get(10.0, 0.0):.3f} mb50_mb_per_s={rates.get(50.0, 0.0):.3f} "
          f"scaling={scaling:.3f} vs_regex={news / peer:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
