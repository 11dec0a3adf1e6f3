"""Throughput of the claim extractor on a long text (one core, pure Python).

Usage: python benchmarks/extract.py [PATH]   (default: sample_articles/long/moby-dick.txt)
Last line: `extract mb_per_s=<float> claims=<int>`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.claims.extract import extract_claims  # noqa: E402
from reader.core.documents.document import load_document  # noqa: E402


def main(argv: list[str]) -> int:
    path = argv[0] if argv else str(Path(__file__).resolve().parent.parent / "sample_articles/long/moby-dick.txt")
    doc = load_document(path)
    size_mb = len(doc.text.encode("utf-8")) / 1e6
    best = float("inf")
    claims = []
    for _ in range(2):
        t0 = time.perf_counter()
        claims = extract_claims(doc)
        best = min(best, time.perf_counter() - t0)
    print(f"{path}: {size_mb:.2f} MB in {best:.2f} s")
    print(f"extract mb_per_s={size_mb / best:.3f} claims={len(claims)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
