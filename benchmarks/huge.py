"""Huge-file benchmark: a >= 50 MB text made of the real sample articles, opened (1) with the core loader
(load + segmentation of the first screen) and (2) in the app, headless, in a fresh process: time from that
process's start to the article pane drawing its first lines, and the process's peak RSS.

Peer: `less FILE` on the same file (time until its first screen shows in a tmux pane), when tmux is here.
Prints a last line `huge first_paint_s=<f> rss_ratio=<f>` (rss_ratio = the app process's peak RSS / file
size; issue 8's bar: <= 1 s, <= 5).
Usage: .venv/bin/python benchmarks/huge.py [--size-mb 50] [--out /tmp/claim-reader-huge.txt]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.documents.document import Document, load_document  # noqa: E402
from reader.core.text.segment import sentences  # noqa: E402

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


async def _first_paint(path: Path, started: float) -> dict[str, float]:
    """In this (fresh) process: open `path` in the app headless; seconds until the article's first lines."""
    from reader.core.annotations.backends import open_store
    from reader.tui.app import ClaimReaderApp
    from reader.tui.widgets.article import ArticleView

    painted: list[float] = []
    render_line = ArticleView.render_line

    def timed(self: ArticleView, y: int):  # type: ignore[no-untyped-def]
        strip = render_line(self, y)
        if not painted and strip.text.strip():
            painted.append(time.perf_counter())
        return strip

    ArticleView.render_line = timed  # type: ignore[method-assign]
    t_import = time.perf_counter()
    doc = load_document(str(path), max_bytes=256_000_000)
    t_load = time.perf_counter()
    with tempfile.TemporaryDirectory() as data:
        app = ClaimReaderApp(doc, store=open_store(data))
        t_app = time.perf_counter()
        async with app.run_test(size=(130, 40)) as pilot:
            while not painted and time.perf_counter() - started < 60:
                await pilot.pause(0.01)
            article = app.screen.query_one(ArticleView)
            t_g = time.perf_counter()
            article.action_edge(1)  # what `G` runs (pilot.press would also wait out the background wrap)
            t_end = time.perf_counter()
            await pilot.pause()
            assert article.cursor >= len(doc.text) - 1
            assert article.scroll_offset.y > 0
        app.store.close()
    first = painted[0] if painted else float("nan")
    return {"imports_s": t_import - started, "load_s": t_load - t_import, "app_init_s": t_app - t_load,
            "first_paint_s": first - started, "to_end_s": t_end - t_g, "peak_rss": peak_rss_bytes()}


def child(path: Path) -> None:
    started = time.perf_counter()
    import asyncio

    print(json.dumps(asyncio.run(_first_paint(path, started))))


def less_first_screen(path: Path, needle: str) -> float | None:
    """Seconds until `less FILE` shows `needle` in a detached tmux pane (None without tmux or less)."""
    if not (shutil.which("tmux") and shutil.which("less")):
        return None
    sock = f"crhuge{os.getpid()}"
    t0 = time.perf_counter()
    subprocess.run(["tmux", "-L", sock, "new-session", "-d", "-x", "130", "-y", "40", "less", str(path)], check=True)
    try:
        while time.perf_counter() - t0 < 10:
            out = subprocess.run(["tmux", "-L", sock, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if needle in out:
                return time.perf_counter() - t0
            time.sleep(0.005)
        return None
    finally:
        subprocess.run(["tmux", "-L", sock, "kill-server"], capture_output=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=50)
    ap.add_argument("--out", type=Path, default=Path("/tmp/claim-reader-huge.txt"))
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    size = make_huge(args.out, int(args.size_mb * 1_000_000))
    base = peak_rss_bytes()
    t = time_core_open(args.out)
    print(f"file {args.out} {size / 1e6:.1f} MB, {len(t.doc.text):,} chars; interpreter baseline RSS {base / 1e6:.0f} MB")
    print(f"core: load {t.load_s:.3f} s, first-screen segmentation {t.first_screen_s * 1000:.1f} ms, peak RSS {t.peak_rss / 1e6:.0f} MB")
    print(f"huge load_s={t.total_s:.3f} core_rss_ratio={t.rss_ratio:.2f}")
    needle = t.doc.text[:30]
    del t
    out = subprocess.run([sys.executable, __file__, "--child", str(args.out)], capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"app (fresh process, headless 130x40): imports {r['imports_s']:.2f} s, load {r['load_s']:.2f} s, "
          f"app init {r['app_init_s']:.2f} s, first paint at {r['first_paint_s']:.2f} s; G to the end {r['to_end_s'] * 1000:.0f} ms; "
          f"peak RSS {r['peak_rss'] / 1e6:.0f} MB")
    peer = less_first_screen(args.out, needle)
    print(f"peer: less, first screen in a tmux pane: {peer:.2f} s" if peer is not None else "peer: less (tmux or less missing: not measured)")
    print(f"huge first_paint_s={r['first_paint_s']:.3f} rss_ratio={r['peak_rss'] / size:.2f}")


if __name__ == "__main__":
    main()
