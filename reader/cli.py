"""Command line: `reader FILE` opens the app; subcommands run the same core headless."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.core.document import DEFAULT_MAX_BYTES, Document, LoadError, LoadOptions
from reader.core.overview import claim_facts
from reader.core.store import AnnotationStore, StoreError, open_store

if TYPE_CHECKING:
    from reader.core.claims import Claim

EXIT_USAGE = 2
EXIT_ERROR = 1


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code attached."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


def _size(value: str) -> int:
    """Parse '500M', '2G', '1000000' into bytes."""
    units = {"k": 10**3, "m": 10**6, "g": 10**9}
    v = value.strip().lower().rstrip("b")
    try:
        return int(float(v[:-1]) * units[v[-1]]) if v and v[-1] in units else int(v)
    except (ValueError, KeyError):
        raise argparse.ArgumentTypeError(f"not a size: {value!r}") from None


def _add_store_options(p: argparse.ArgumentParser) -> None:
    from reader.cli_team import add_store_option

    p.add_argument("--data-dir", help="where the annotation database lives (default: the platform data dir; XDG_DATA_HOME moves it)")
    add_store_option(p)


def _add_load_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoding", help="text encoding of the file (default UTF-8; 'replace' shows bad bytes as �)")
    p.add_argument("--max-size", type=_size, default=DEFAULT_MAX_BYTES, help="refuse files larger than this (e.g. 500M)")


def load_options(args: argparse.Namespace) -> LoadOptions:
    """`--encoding` and `--max-size`, as the one value every loader (file, library, reload) is given."""
    return LoadOptions(args.encoding, args.max_size)


def open_doc(path: str, args: argparse.Namespace) -> Document:
    try:
        return load_options(args).load(path)
    except LoadError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def _one_line(s: str | None, width: int | None = None) -> str:
    from reader.core.safe import safe_inline

    return safe_inline(s or "", width)


def format_table(doc: Document, claims: list[Claim]) -> str:
    """A plain-text table a person can read in a terminal or a pager."""
    rows = [_one_line(f"{doc.name}: {len(claims)} claims")]
    for i, c in enumerate(claims, 1):
        who = c.speaker or "—"
        if c.role:
            who += f" ({c.role})"
        extras = claim_facts(c)
        rows.append(f"{i:>3}  {c.kind:<11} {_one_line(who, 30):<30} {_one_line(c.cue, 16):<16} {_one_line(c.quote, 90)}")
        if extras:
            rows.append(" " * 16 + _one_line("; ".join(extras), 110))
    return "\n".join(rows)


def cmd_claims(args: argparse.Namespace) -> int:
    from reader.core.claims import extract_claims

    out = []
    for path in args.files:
        doc = open_doc(path, args)
        claims = extract_claims(doc)
        if args.format == "jsonl":
            rec = {"id": Path(path).stem if path != "-" else "stdin", "path": path, "claims": [c.to_json() for c in claims]}
            out.append(json.dumps(rec, ensure_ascii=False))
        elif args.format == "json":
            out.append(json.dumps({"path": path, "title": doc.title, "claims": [c.to_json() for c in claims]}, ensure_ascii=False, indent=2))
        else:
            out.append(format_table(doc, claims))
    print("\n".join(out))
    return 0


def open_user_store(args: argparse.Namespace, readonly: bool = False, team: bool = True) -> AnnotationStore:
    """The local store; with a team server configured (and `team`), synced now and pushed at exit (reader/cli_team.py)."""
    try:
        store = open_store(getattr(args, "data_dir", None), readonly=readonly)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if team:
        from reader import cli_team

        cli_team.attach(args, store)
    return store


def _reattach_tty() -> None:
    """After reading a document from a pipe, the app needs the keyboard back."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        raise CliError("no terminal to show the reader on (stdin was a pipe and /dev/tty cannot be opened)") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - fd 0 is now the terminal


def cmd_open(args: argparse.Namespace) -> int:
    """`reader FILE|-|FOLDER`: the app on one document, or the library screen on a folder's documents."""
    folder = args.path if args.path != "-" and os.path.isdir(args.path) else None
    doc = None if folder else open_doc(args.path, args)
    if args.path == "-" and not sys.stdin.isatty():
        _reattach_tty()
    from reader.core.config import load_config

    config = load_config(args.config)
    for warning in config.warnings:  # the app repeats them as notifications
        print(_one_line(f"reader: {warning}"), file=sys.stderr)
    store = open_user_store(args, team=False)
    from reader.cli_team import store_url
    from reader.tui.app import ClaimReaderApp

    try:
        ClaimReaderApp(doc, store=store, config=config, folder=folder, options=load_options(args), team_url=store_url(args)).run()
    finally:
        store.close()
    return 0


SUBCOMMANDS = {"claims", "annotate", "annotations", "export", "import", "sync", "team"}


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
        _add_load_options(p)
        _add_store_options(p)
        p.add_argument("--config", metavar="PATH", help="config file (default: $READER_CONFIG, else config.toml in the platform config dir)")
        p.set_defaults(func=cmd_open)
        return p
    p = argparse.ArgumentParser(prog=f"reader {sub}")
    if sub == "claims":
        p.description = "Print the claims of one or more articles."
        p.add_argument("files", nargs="+", metavar="FILE")
        p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
        _add_load_options(p)
        p.set_defaults(func=cmd_claims)
    elif sub in ("team", "sync"):
        from reader import cli_team

        cli_team.configure(sub, p)
        if sub == "sync":
            _add_store_options(p)
            p.add_argument("--config", metavar="PATH", help="config file (its `store` is the default team server)")
    else:
        from reader import cli_annotate

        cli_annotate.configure(sub, p)
        _add_load_options(p)
        _add_store_options(p)
    return p


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
                from reader import cli_team

                cli_team.finish(args)
    except CliError as exc:
        print(_one_line(f"reader: {exc}"), file=sys.stderr)  # a path or config key may hold escape codes
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
