"""Parse the command line and run one command; every failure the user can cause is one line and an exit code."""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__
from reader.cli.commands import COMMANDS, SUBCOMMANDS
from reader.cli.common import EXIT_ERROR, CliError, OneLineParser, add_load_options, add_store_options, one_line

if TYPE_CHECKING:
    from reader.core.session.extract_process import ExtractorChild

def build_parser(sub: str | None) -> argparse.ArgumentParser:
    if sub is None:
        p = OneLineParser(
            prog="reader",
            description="Read an article with its claims beside it. Subcommands: "
            + ", ".join(sorted(SUBCOMMANDS))
            + " (reader SUBCOMMAND --help).",
        )
        p.add_argument("--version", action="version", version=f"claim-reader {__version__}")
        p.add_argument("path", help="the article to open (.txt, .md, .html, or - for stdin), or a folder to list its documents")
        add_load_options(p)
        add_store_options(p)
        p.set_defaults(func=_open)
        return p
    p = OneLineParser(prog=f"reader {sub}")
    importlib.import_module(f"reader.cli.{COMMANDS[sub]}").configure(sub, p)
    return p


def _open(args: argparse.Namespace) -> int:
    from reader.cli.app import cmd_open  # lazy like the subcommands: see COMMANDS

    return cmd_open(args)


def main(argv: Sequence[str] | None = None, extractor: ExtractorChild | None = None) -> int:
    """Run one command; `extractor`, the child `reader FILE` started first thing (reader/cli/entry.py), finds the
    document's claims if the command opens the reader."""
    _tolerant_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    sub = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    parser = build_parser(sub)
    args = parser.parse_args(argv[1:] if sub else argv)
    args.extractor = extractor
    if sub is not None:
        gc.enable()  # start-up is over for a headless command (reader/cli/entry.py); the reader waits for its first frame
    try:
        try:
            code = int(args.func(args))
            sys.stdout.flush()  # a full disk under stdout shows here, inside the one-line handlers below
            return code
        finally:
            if getattr(args, "team_side", None) is not None:
                from reader.cli.team_side import finish

                finish(args)  # push what the command did, or say in one line that it is queued
    except CliError as exc:
        _say(f"reader: {exc}")  # a path or config key may hold escape codes
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # writing the output (stdout on a full disk) or anything the commands did not foresee
        _silence_stdout()
        _say(f"reader: cannot write the output ({exc.strerror or exc})" if exc.errno in (5, 28, 122) else f"reader: {exc.strerror or exc}")
        return EXIT_ERROR
    except MemoryError:
        _say("reader: out of memory; try a smaller file or --max-size")
        return EXIT_ERROR


def _say(line: str) -> None:
    with contextlib.suppress(OSError):
        print(one_line(line), file=sys.stderr)


def _tolerant_streams() -> None:
    """Text that the terminal's encoding cannot show is escaped, never a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """After stdout failed, point it at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
