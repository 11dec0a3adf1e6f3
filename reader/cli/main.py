"""Parse the command line and run one command; every failure the user can cause is one line and an exit code."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from reader import __version__
from reader.cli.common import CliError, add_load_options, add_store_options, one_line

COMMANDS: dict[str, str] = {
    "claims": "claims",
    "annotate": "annotate",
    "annotations": "annotate",
    "export": "annotate",
    "import": "annotate",
    "corpus": "corpus",
    "sync": "team",
    "team": "team",
    "checks": "checks",
    "match": "checks",
}
"""Subcommand → the module of `reader.cli` that configures it. Modules are imported only for their own
subcommand (importlib, by name) so `reader FILE` starts without loading the headless commands."""
SUBCOMMANDS = set(COMMANDS)


def build_parser(sub: str | None) -> argparse.ArgumentParser:
    if sub is None:
        p = argparse.ArgumentParser(
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
    p = argparse.ArgumentParser(prog=f"reader {sub}")
    importlib.import_module(f"reader.cli.{COMMANDS[sub]}").configure(sub, p)
    return p


def _open(args: argparse.Namespace) -> int:
    from reader.cli.app import cmd_open  # lazy like the subcommands: see COMMANDS

    return cmd_open(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    sub = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    parser = build_parser(sub)
    args = parser.parse_args(argv[1:] if sub else argv)
    try:
        try:
            return int(args.func(args))
        finally:
            if getattr(args, "team_side", None) is not None:
                from reader.cli.team_side import finish

                finish(args)  # push what the command did, or say in one line that it is queued
    except CliError as exc:
        print(one_line(f"reader: {exc}"), file=sys.stderr)  # a path or config key may hold escape codes
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
