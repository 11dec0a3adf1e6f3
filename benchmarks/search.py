"""Search: latency per keystroke on >= 1M words, time to the first result in the app, and whether the intended
sentence is found, against two fair peers over the same sentences: rapidfuzz.process.extract in-process and fzf.

Run: .venv/bin/python benchmarks/search.py   (fzf: `apt-get update && apt-get install -y fzf`)

- p50_ms / p95_ms: the book in sample_articles/long/ repeated until it has >= 1M words, indexed once with the
  extractor's claims (as the app does); 20 queries "typed" one character at a time, each prefix one search
  (limit 50, the size of the result list).
- first_result_s: the app on Moby-Dick (headless, 120x40), once open has settled (claims found, index built):
  from pressing `/` and `w` to the result list showing hits.
- top10_exact / top10_typo: 14 famous lines of the book, each asked for by its words and by the same words
  with typos; a case counts when a hit among the first 10 holds the intended line. The peers get the same
  queries over the same sentences: rapidfuzz WRatio top 10, and fzf --filter's first 10 lines.
- rapidfuzz_ratio / fzf_ratio: our median time per keystroke / the peer's median time for the same prefixes
  (rapidfuzz: one process.extract(limit=50) call over every sentence; fzf: the whole `fzf --filter` process,
  reading the sentences from a file and writing every match to /dev/null, nothing subtracted). Below 1 means
  we answer faster.

Last line: search p50_ms=<f> p95_ms=<f> first_result_s=<f> top10_exact=<n>/<n> top10_typo=<n>/<n>
rapidfuzz_ratio=<f> fzf_ratio=<f>
"""

from __future__ import annotations

import asyncio
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from reader.core.claims.extract import extract_claims  # noqa: E402
from reader.core.documents.document import from_text, load_document  # noqa: E402
from reader.core.search.index import SearchIndex  # noqa: E402

BOOK = ROOT / "sample_articles" / "long" / "moby-dick.txt"
MIN_WORDS = 1_000_000
QUERIES = [
    "white whale", "captain ahab", "queequeg harpoon", "starbuck", "call me ishmael", "the sperm whale", "pequod",
    "nantucket", "harpooneer", "ambergris", "moby dick", "stubb flask", "whiet whael", "quequeg", "leviathan",
    "!whale sea", "'ahab", "^call", "spermaceti oil", "try-works",
]
CASES = [  # (exact words, the same with typos, a phrase of the intended line)
    ("call me ishmael", "cal me ishmale", "Call me Ishmael"),
    ("drizzly november in my soul", "drizly novembr in my soul", "drizzly November in my soul"),
    ("hells heart stab thee", "hels heart stabb thee", "heart I stab at thee"),
    ("towards thee i roll", "towrds thee i rol", "Towards thee I roll"),
    ("sober cannibal drunken christian", "sobr canibal drunken christain", "sober cannibal than a drunken"),
    ("pasteboard masks", "pastebord maks", "pasteboard masks"),
    ("grand hooded phantom", "grnd hoodd phantom", "grand hooded phantom"),
    ("ungraspable phantom of life", "ungraspible phantm of life", "ungraspable phantom of life"),
    ("insular city of the manhattoes", "insulr city of the manhatoes", "insular city of the Manhattoes"),
    ("ego non baptizo te", "ego non baptiso te", "Ego non baptizo te"),
    ("strike the sun if it insulted me", "strik the sun if it insultd me", "strike the sun if it insulted me"),
    ("moby dick seeks thee not", "moby dik seks thee not", "Moby Dick seeks thee not"),
    ("queequeg native of rokovoko", "queeqeg native of rokovko", "Queequeg was a native of Rokovoko"),
    ("dark side of this earth", "drak side of this erth", "dark side of this earth"),
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


def prefixes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1) if query[:i].strip()]


def norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def found(labels: list[str], phrase: str) -> bool:
    return any(norm(phrase) in norm(label) for label in labels[:10])


def typing_times(search: Callable[[str], object]) -> list[float]:
    times = []
    for query in QUERIES:
        for q in prefixes(query):
            t = time.perf_counter()
            search(q)
            times.append((time.perf_counter() - t) * 1000)
    return times


def fzf_top(fzf: str, path: str, query: str) -> list[str]:
    with open(path, "rb") as stdin:
        out = subprocess.run([fzf, "--filter", query], stdin=stdin, capture_output=True, check=False)
    return out.stdout.decode("utf-8", "replace").splitlines()[:10]


def fzf_times(fzf: str, path: str) -> list[float]:
    times = []
    for query in QUERIES:
        for q in prefixes(query):
            with open(path, "rb") as stdin:
                t = time.perf_counter()
                subprocess.run([fzf, "--filter", q], stdin=stdin, stdout=subprocess.DEVNULL, check=False)
                times.append((time.perf_counter() - t) * 1000)
    return times


async def first_result() -> float:
    """Seconds from `/` + `w` to hits on screen, in the app on Moby-Dick once its index is built."""
    from reader.tui.app import ClaimReaderApp
    from reader.tui.widgets.search_panel import SearchPanel

    with tempfile.TemporaryDirectory() as home:
        os.environ["XDG_DATA_HOME"] = home  # a private store: the user's data neither helps nor hurts
        app = ClaimReaderApp(load_document(str(BOOK)))
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            for _ in range(30000):
                if getattr(screen, "search", None) is not None and screen.search.indexed:
                    break
                await pilot.pause(0.01)
            await pilot.pause(0.2)
            # Keys as a terminal sends them, polled with plain sleeps (the pilot's own waits would time its
            # bookkeeping, not the app). The search bar is made by the first `/`: its making is timed too.
            t = time.perf_counter()
            app.simulate_key("slash")
            app.simulate_key("w")
            while True:
                found = screen.query(SearchPanel)
                if found and found.first().hits:
                    return time.perf_counter() - t
                await asyncio.sleep(0.001)


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
    print(f"text: {len(text.split()):,} words ({copies} copies), {len(sentences):,} sentences, "
          f"{len(claims):,} claims (extracted in {t1 - t0:.1f} s); index build {build_s:.2f} s")

    ours = typing_times(lambda q: index.search(q, limit=50))
    p50, p95 = statistics.median(ours), percentile(ours, 95)
    print(f"ours: {len(ours)} keystrokes  p50 {p50:.2f} ms  p95 {p95:.2f} ms  max {max(ours):.2f} ms")

    hits = {"ours": [0, 0], "rapidfuzz": [0, 0], "fzf": [0, 0]}
    for exact, typo, phrase in CASES:
        for k, q in enumerate((exact, typo)):
            hits["ours"][k] += found([h.label for h in index.search(q, limit=10)], phrase)
            hits["rapidfuzz"][k] += found([m[0] for m in process.extract(q, sentences, scorer=fuzz.WRatio, limit=10)], phrase)

    theirs = typing_times(lambda q: process.extract(q, sentences, scorer=fuzz.WRatio, limit=50))
    rf50 = statistics.median(theirs)
    print(f"rapidfuzz WRatio extract: p50 {rf50:.2f} ms  p95 {percentile(theirs, 95):.2f} ms")

    fzf_ratio = float("nan")
    fzf = shutil.which("fzf")
    if fzf is None:
        print("fzf not found: skipping the fzf comparison (apt-get update && apt-get install -y fzf)")
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
            fh.write("\n".join(sentences) + "\n")
            path = fh.name
        try:
            for exact, typo, phrase in CASES:
                for k, q in enumerate((exact, typo)):
                    hits["fzf"][k] += found(fzf_top(fzf, path, q), phrase)
            times = fzf_times(fzf, path)
            fzf_ratio = p50 / statistics.median(times)
            print(f"fzf --filter: p50 {statistics.median(times):.2f} ms  p95 {percentile(times, 95):.2f} ms")
        finally:
            os.unlink(path)
    n = len(CASES)
    for name, (exact, typo) in hits.items():
        print(f"{name:9} top-10 exact {exact}/{n}  typo {typo}/{n}")

    first_s = asyncio.run(first_result())
    print(f"app: '/' + 'w' to the first result on Moby-Dick, index built: {first_s * 1000:.0f} ms")
    print(f"search p50_ms={p50:.3f} p95_ms={p95:.3f} first_result_s={first_s:.3f} top10_exact={hits['ours'][0]}/{n} "
          f"top10_typo={hits['ours'][1]}/{n} rapidfuzz_ratio={p50 / rf50:.3f} fzf_ratio={fzf_ratio:.3f}")


if __name__ == "__main__":
    main()
