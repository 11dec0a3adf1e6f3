"""Huge-file benchmark, core side: a >= 50 MB text made of the real sample articles, opened with the core
loader; times load (read + decode + normalize) plus segmentation of the first screen.

Prints a last line `huge load_s=<f> rss_ratio=<f>` (rss_ratio = peak RSS / file size). The UI engineer adds
the app's first paint on top (see issue 8: `huge first_paint_s=<f> rss_ratio=<f>`, bar <= 1 s, <= 5).
Usage: .venv/bin/python benchmarks/huge.py [--size-mb 50] [--out /tmp/claim-reader-huge.txt]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.document import Document, load_document  # noqa: E402
from reader.core.segment import sentences  # noqa: E402

SAMPLES = ROOT / "sample_articles"
FIRST_SCREEN_CHARS = 8_000
"""Enough text for a tall terminal's first screen (about 60 lines of 130 columns)."""


def make_huge(path: Path, min_bytes: int = 50_000_000) -> int:
    """Concatenate the real sample articles (whole, blank-line separated) until the file has min_bytes."""
    chunk = b"\n\n".join(p.read_bytes().strip() for p in sorted(SAMPLES.glob("*.txt"))) + b"\n\n"
    reps = -(-min_bytes // len(chunk))
    with open(path, "wb") as fh:
        for _ in range(reps):
            fh.write(chunk)
    return path.stat().st_size


def peak_rss_bytes() -> int:
    """Peak resident set size of this process (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


@dataclass
class CoreTiming:
    load_s: float
    first_screen_s: float
    size: int
    peak_rss: int
    doc: Document

    @property
    def total_s(self) -> float:
        return self.load_s + self.first_screen_s

    @property
    def rss_ratio(self) -> float:
        return self.peak_rss / self.size


def time_core_open(path: Path, max_bytes: int = 256_000_000) -> CoreTiming:
    """What the app does before it can paint: load the document and segment its first screen."""
    t0 = time.perf_counter()
    doc = load_document(str(path), max_bytes=max_bytes)
    t1 = time.perf_counter()
    first = sentences(doc.text, doc.body_start, min(len(doc.text), doc.body_start + FIRST_SCREEN_CHARS))
    t2 = time.perf_counter()
    assert first, "the first screen has sentences"
    return CoreTiming(t1 - t0, t2 - t1, path.stat().st_size, peak_rss_bytes(), doc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=50)
    ap.add_argument("--out", type=Path, default=Path("/tmp/claim-reader-huge.txt"))
    args = ap.parse_args()
    size = make_huge(args.out, int(args.size_mb * 1_000_000))
    base = peak_rss_bytes()
    t = time_core_open(args.out)
    print(f"file {args.out} {size / 1e6:.1f} MB, {len(t.doc.text):,} chars; interpreter baseline RSS {base / 1e6:.0f} MB")
    print(f"load {t.load_s:.3f} s, first-screen segmentation {t.first_screen_s * 1000:.1f} ms, peak RSS {t.peak_rss / 1e6:.0f} MB")
    print(f"huge load_s={t.total_s:.3f} rss_ratio={t.rss_ratio:.2f}")


if __name__ == "__main__":
    main()
