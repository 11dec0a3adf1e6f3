"""`reader corpus extract|query|summary|search`: corpus mode on the command line (needs the [corpus] extra).

The core package is imported inside each command, so `reader --help` and the other commands never load
pyarrow, DuckDB or Dask. Exit codes: 2 for bad arguments, inputs, output folders or SQL; 1 when the engine
fails (Dask scheduler unreachable, a worker died) or the extra is not installed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.cli.common import EXIT_ERROR, EXIT_USAGE, CliError, one_line, parse_size

if TYPE_CHECKING:
    from reader.core.corpus.extract import Progress

PLAIN_EVERY = 5.0
"""Seconds between progress lines when stderr is not a terminal (a log file gets lines, not carriage returns)."""


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    p.description = "Corpus mode: claims from many articles in parallel, as Parquet tables queried with DuckDB."
    cmds = p.add_subparsers(dest="corpus_cmd", required=True, metavar="{extract,query,summary,search}")
    ex = cmds.add_parser("extract", help="extract the claims of folders, JSONL or WARC files into OUT (resumable)")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="folders (.txt/.md/.html, recursive), .jsonl(.gz) or .warc(.gz) files")
    ex.add_argument("-o", "--out", required=True, metavar="OUT", help="output folder (created; a rerun resumes it)")
    engine = ex.add_mutually_exclusive_group()
    engine.add_argument("--jobs", type=_positive, metavar="N", help="worker processes on this machine (default: every core)")
    engine.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="run the partitions on this Dask scheduler's workers")
    ex.add_argument("--partition-size", type=_positive, default=None, metavar="N", help="articles per partition (default 500)")
    ex.add_argument("--max-article-size", type=parse_size, default=None, metavar="SIZE",
                    help="a larger article is recorded as an error, not read (default 2M)")
    ex.set_defaults(func=cmd_extract)
    q = cmds.add_parser("query", help="run SQL over the tables articles, claims, quotes, speakers")
    q.add_argument("out", metavar="OUT")
    q.add_argument("sql", metavar="SQL")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--limit", type=_positive, default=100, help="rows shown by --format table (default 100)")
    q.set_defaults(func=cmd_query)
    s = cmds.add_parser("summary", help="top speakers, claim kinds, hedging over time")
    s.add_argument("out", metavar="OUT")
    s.add_argument("--top", type=_positive, default=15, help="speakers listed (default 15)")
    s.set_defaults(func=cmd_summary)
    se = cmds.add_parser("search", help="the claims best matching some words")
    se.add_argument("out", metavar="OUT")
    se.add_argument("words", metavar="WORDS")
    se.add_argument("--limit", type=_positive, default=10, help="claims shown (default 10)")
    se.set_defaults(func=cmd_search)


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return n


def _core(run: Callable[[], int]) -> int:
    """Run a command, turning the corpus package's one-line errors (and a missing extra) into CliErrors."""
    try:
        from reader.core.corpus.duck import QueryError
        from reader.core.corpus.engines import EngineError
        from reader.core.corpus.finalize import FinalizeError
        from reader.core.corpus.inputs import InputError
        from reader.core.corpus.output import OutputError
    except ImportError as exc:
        raise CliError(f"corpus mode needs its extra ({exc.name} is missing): pip install 'claim-reader[corpus]'", EXIT_ERROR) from None
    try:
        return run()
    except (InputError, OutputError, QueryError) as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except (EngineError, FinalizeError) as exc:
        raise CliError(str(exc), EXIT_ERROR) from None
    except OSError as exc:
        raise CliError(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), EXIT_ERROR) from None


class _Reporter:
    """A redrawn line on a terminal; on a pipe or a file, a plain line every few seconds and at each phase."""

    def __init__(self) -> None:
        from reader.core.corpus.progress import progress_line

        self.line = progress_line
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.phase = ""

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        changed = p.phase != self.phase
        if self.tty:
            if not changed and now - self.last < 0.2:
                return
            if changed and self.phase == "extract":
                sys.stderr.write("\n")
            width = os.get_terminal_size(sys.stderr.fileno()).columns
            width = width if width >= 40 else 80  # a pseudo-terminal that reports no size
            sys.stderr.write("\r\x1b[2K" + self.line(p, width)[: width - 1] + ("\n" if p.phase == "done" else ""))
        elif changed or now - self.last >= PLAIN_EVERY:
            sys.stderr.write(self.line(p) + "\n")
        else:
            return
        sys.stderr.flush()
        self.last, self.phase = now, p.phase


def cmd_extract(args: argparse.Namespace) -> int:
    def run() -> int:
        from reader.core.corpus.extract import ExtractOptions, extract_corpus

        defaults = ExtractOptions()
        options = ExtractOptions(jobs=args.jobs, scheduler=args.scheduler,
                                 partition_size=args.partition_size or defaults.partition_size,
                                 max_article_bytes=args.max_article_size or defaults.max_article_bytes)
        result = extract_corpus(args.inputs, args.out, options, _Reporter())
        print(one_line(f"{args.out}: {result.articles:,} articles ({result.errors:,} not read), {result.claims:,} claims, "
                       f"{result.finalize.get('quotes', 0):,} distinct quotes, {result.finalize.get('speakers', 0):,} speakers"))
        return 0

    return _core(run)


def _emit(lines: Any) -> None:
    out = sys.stdout
    for line in lines:
        out.write(line + "\n")


def cmd_query(args: argparse.Namespace) -> int:
    def run() -> int:
        from reader.core.corpus.query import execute, render

        _emit(render(execute(args.out, args.sql), args.format, sys.stdout.isatty(), args.limit))
        return 0

    return _core(run)


def cmd_summary(args: argparse.Namespace) -> int:
    def run() -> int:
        from reader.core.corpus.summary import summary

        _emit(summary(args.out, args.top))
        return 0

    return _core(run)


def cmd_search(args: argparse.Namespace) -> int:
    def run() -> int:
        from reader.core.corpus.search import search

        hits = search(args.out, args.words, args.limit)
        if not hits:
            print("no claim matches")
        for i, h in enumerate(hits, 1):
            who = f"{h.speaker}: " if h.speaker else ""
            print(one_line(f"{i:>3}  {h.score:5.1f}  {h.kind:<11} {who}{h.content}", 160))
            where = " · ".join(str(x) for x in (h.article_id, h.date, h.title, h.url) if x)
            print("      " + one_line(where, 150))
        return 0

    return _core(run)
