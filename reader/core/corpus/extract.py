"""`reader corpus extract`: inputs -> partitions -> an engine -> Parquet per partition -> finalization.

The parent reads the inputs lazily, skips partitions a previous run finished, keeps a few partitions in
flight on the engine, marks each partition done as it arrives, its files written (out of order is fine:
files are per partition), and reports progress; after the last partition, speakers are made canonical and quotes built (finalize.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from reader.core.corpus import reader_api
from reader.core.corpus.engines import make_engine
from reader.core.corpus.finalize import finalize
from reader.core.corpus.inputs import Partition, check_inputs, load, partitions, read_inputs
from reader.core.corpus.output import FORMAT, Output

DEFAULT_PARTITION_SIZE = 500
DEFAULT_PARTITION_BYTES = 8_000_000
DEFAULT_MAX_ARTICLE_BYTES = 2_000_000
"""Longer than any news article (the longest sample is 20 kB); a 10 MB page is a bad article, not a stall."""


@dataclass(frozen=True)
class ExtractOptions:
    jobs: int | None = None          # None: every core
    scheduler: str | None = None     # tcp://HOST:PORT of a Dask scheduler
    partition_size: int = DEFAULT_PARTITION_SIZE
    partition_bytes: int = DEFAULT_PARTITION_BYTES
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES

    def manifest(self, inputs: Sequence[str]) -> dict[str, Any]:
        """What a resumed run must share with the first: the same inputs cut the same way by the same extractor."""
        return {"format": FORMAT, "inputs": [os.path.abspath(p) for p in inputs], "partition_size": self.partition_size,
                "partition_bytes": self.partition_bytes, "max_article_bytes": self.max_article_bytes,
                "extractor_version": reader_api.extractor_version()}


@dataclass
class Progress:
    """Counts so far, for a progress line: `articles` and `claims` count this run's work only."""

    articles: int = 0
    errors: int = 0
    claims: int = 0
    partitions: int = 0
    skipped: int = 0
    bytes_done: int = 0
    bytes_skipped: int = 0
    bytes_total: int = 0
    started: float = field(default_factory=time.monotonic)
    phase: str = "extract"
    engine: str = ""

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left, from this run's input bytes per second (the only measure known before the end)."""
        todo = self.bytes_total - self.bytes_done - self.bytes_skipped
        if self.bytes_done <= 0 or self.elapsed <= 0:
            return None
        return max(0.0, todo / (self.bytes_done / self.elapsed))


@dataclass
class RunSummary:
    out: str
    articles: int
    errors: int
    claims: int
    partitions: int
    skipped: int
    seconds: float
    engine: str
    finalize: dict[str, Any]


def input_bytes(inputs: Sequence[str]) -> int:
    total = 0
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for root, _dirs, files in os.walk(path):
                total += sum(_size(os.path.join(root, f)) for f in files)
        else:
            total += _size(raw)
    return total


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def extract_corpus(inputs: Sequence[str], out: str | Path, options: ExtractOptions | None = None,
                   progress: Callable[[Progress], None] | None = None) -> RunSummary:
    """Run (or resume) corpus extraction; raises InputError / OutputError / EngineError with one-line messages."""
    options = options or ExtractOptions()
    inputs = check_inputs(inputs)
    # Arrow's default allocator (mimalloc) keeps freed pages for reuse: ~150 MB more resident memory after the
    # finalization's reads and writes. The system allocator gives them back.
    pa.set_memory_pool(pa.system_memory_pool())
    output = Output.open(out, options.manifest(inputs))
    done = output.done()
    state = Progress(bytes_total=input_bytes(inputs))
    notify = progress or (lambda _p: None)

    def todo() -> Iterator[Partition]:
        for part in partitions(read_inputs(inputs, options.max_article_bytes), options.partition_size, options.partition_bytes):
            if part.index in done:
                state.skipped += 1
                state.bytes_skipped += part.advance
                continue
            for art in part.articles:
                load(art, options.max_article_bytes)
            yield part

    if not output.finalized_marker.exists():
        engine = make_engine(options.jobs, options.scheduler)
        state.engine = engine.name
        try:
            notify(state)
            for result in engine.map(todo(), output.root):
                output.commit(result)
                state.partitions += 1
                state.articles += result.articles
                state.claims += result.claims
                state.errors += result.errors
                state.bytes_done += result.advance
                notify(state)
        finally:
            engine.close()
        state.phase = "finalize"
        notify(state)
        final = finalize(output)
    else:
        final = _read_json(output.finalized_marker)
    state.phase = "done"
    notify(state)
    totals = output.markers()
    return RunSummary(str(out), sum(m["articles"] for m in totals), sum(m["errors"] for m in totals), sum(m["claims"] for m in totals),
                      len(totals), state.skipped, state.elapsed, state.engine, final)


def _read_json(path: Path) -> dict[str, Any]:
    import json

    return json.loads(path.read_text(encoding="utf-8"))
