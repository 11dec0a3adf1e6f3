"""Search latency on a >= 1M-word text, typed one character at a time, compared with fzf.

Run: .venv/bin/python benchmarks/search.py   (fzf: `apt-get update && apt-get install -y fzf`)

The book in sample_articles/long/ is concatenated with itself until it has >= 1M words, indexed
once together with the extractor's claims, then 20 realistic queries are "typed": every prefix of each query is one search (limit 50,
the size of the result list). Last line: `search p50_ms=<f> p95_ms=<f> fzf_ratio=<f>`.

fzf_ratio = our median per-query time / median wall time of `fzf --filter QUERY` over the same
sentences, one per line, in a temp file. Fairness: fzf's time is the whole subprocess (start-up,
reading and matching the file, writing all matches to /dev/null) and nothing is subtracted;
ours is one `SearchIndex.search` call on an index built in advance (build time is printed
separately). fzf has no index and prints every match while we return the top 50, so the ratio
compares "time a user waits per keystroke" in each tool, not equal amounts of work.
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.claims.extract import extract_claims  # noqa: E402
from reader.core.documents.document import from_text  # noqa: E402
from reader.core.search.index import SearchIndex  # noqa: E402

BOOK = ROOT / "sample_articles" / "long" / "moby-dick.txt"
MIN_WORDS = 1_000_000
QUERIES = [
    "white whale",
    "captain ahab",
    "queequeg harpoon",
    "starbuck",
    "call me ishmael",
    "the sperm whale",
    "pequod",
    "nantucket",
    "harpooneer",
    "ambergris",
    "moby dick",
    "stubb flask",
    "whiet whael",  # typos
    "quequeg",  # typo
    "leviathan",
    "!whale sea",
    "'ahab",
    "^call",
    "spermaceti oil",
    "try-works",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


def prefixes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1) if query[:i].strip()]


def main() -> None:
    book = BOOK.read_text(encoding="utf-8")
    copies = math.ceil(MIN_WORDS / len(book.split()))
    text = "\n\n".join([book] * copies)
    doc = from_text(text, str(BOOK))
    t0 = time.perf_counter()
    claims = extract_claims(doc)
    t1 = time.perf_counter()
    index = SearchIndex.build(doc, claims)
    build_s = time.perf_counter() - t1
    sentences = [e.label for e in index.entries if e.source == "sentence"]
    print(
        f"text: {len(text.split()):,} words ({copies} copies), {len(sentences):,} sentences, "
        f"{len(claims):,} claims (extracted in {t1 - t0:.1f} s); index build {build_s:.2f} s"
    )

    ours: list[float] = []
    for query in QUERIES:
        times = []
        for q in prefixes(query):
            t = time.perf_counter()
            index.search(q, limit=50)
            times.append((time.perf_counter() - t) * 1000)
        ours.extend(times)
        print(f"  {query!r:22} {len(times):2} keystrokes  p50 {statistics.median(times):6.2f} ms  max {max(times):6.2f} ms")
    p50, p95 = statistics.median(ours), percentile(ours, 95)
    print(f"ours: {len(ours)} queries  p50 {p50:.2f} ms  p95 {p95:.2f} ms  max {max(ours):.2f} ms")

    ratio = float("nan")
    fzf = shutil.which("fzf")
    if fzf is None:
        print("fzf not found: skipping the fzf comparison (apt-get update && apt-get install -y fzf)")
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
            fh.write("\n".join(sentences) + "\n")
            path = fh.name
        try:
            theirs = []
            for query in QUERIES:
                for q in prefixes(query):
                    with open(path, "rb") as stdin:
                        t = time.perf_counter()
                        subprocess.run([fzf, "--filter", q], stdin=stdin, stdout=subprocess.DEVNULL, check=False)
                        theirs.append((time.perf_counter() - t) * 1000)
            fzf_p50 = statistics.median(theirs)
            ratio = p50 / fzf_p50
            print(f"fzf --filter: {len(theirs)} queries  p50 {fzf_p50:.2f} ms  p95 {percentile(theirs, 95):.2f} ms")
        finally:
            os.unlink(path)
    print(f"search p50_ms={p50:.3f} p95_ms={p95:.3f} fzf_ratio={ratio:.3f}")


if __name__ == "__main__":
    main()
