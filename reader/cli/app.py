"""`reader FILE|-|FOLDER|URL`: the app on one document, or the library screen on a folder's documents.

A URL is fetched (trafilatura), kept as a snapshot in the data dir, and compared with the last snapshot of
the same URL (reader.core.documents.web)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from reader.cli.common import EXIT_USAGE, CliError, load_options, one_line, open_doc, open_user_store
from reader.core.config import load_config
from reader.core.documents.document import LoadError
from reader.core.session.claims_cache import store_folder
from reader.core.session.extract_process import early_stream

if TYPE_CHECKING:
    from reader.core.documents.web import WebRead
    from reader.tui.app import ClaimReaderApp


def store_url(args: argparse.Namespace) -> str | None:
    from reader.cli.team_side import store_url as url  # lazy: see reader/cli/commands.py

    return url(args)


def _reattach_tty() -> None:
    """After reading a document from a pipe, the app needs the keyboard back."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        raise CliError("no terminal to show the reader on (stdin was a pipe and /dev/tty cannot be opened)") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - fd 0 is now the terminal


def has_terminal() -> bool:
    try:
        return os.isatty(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return False


def _fetch(url: str, args: argparse.Namespace) -> WebRead:
    from reader.core.annotations.backends import default_data_dir
    from reader.core.documents.web import read_url  # only a URL loads the HTTP stack

    try:
        return read_url(url, args.data_dir or default_data_dir(), load_options(args))
    except LoadError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def reading_app(args: argparse.Namespace) -> ClaimReaderApp:
    """The app `reader FILE|-|FOLDER|URL` runs, with its store open and the document's claims already being found
    (started before Textual loads: the two take about as long). The caller runs it, then closes it (`close_app`)."""
    web = _fetch(args.path, args) if args.path.lower().startswith(("http://", "https://")) else None
    folder = args.path if web is None and args.path != "-" and os.path.isdir(args.path) else None
    doc = web.doc if web is not None else None if folder else open_doc(args.path, args)
    if args.path == "-" and not sys.stdin.isatty():
        _reattach_tty()
    config = load_config(args.config)
    for warning in config.warnings:  # the app repeats them as notifications
        print(one_line(f"reader: {warning}"), file=sys.stderr)
    store = open_user_store(args, reading=True, team=False)  # the app syncs live, in its own worker (reader/tui/team.py)
    if not has_terminal():  # the app would wait for a terminal that never answers
        store.close()
        raise CliError("standard output is not a terminal, and the reader is an interactive app; "
                       "for text use 'reader claims FILE' or 'reader export FILE'", EXIT_USAGE)
    extractor = getattr(args, "extractor", None)  # started first thing (reader/cli/entry.py)
    if doc is None and extractor is not None:  # a folder: its documents open later, each with a child of its own
        extractor.close()
    stream = early_stream(doc, store_folder(store), child=extractor) if doc is not None else None
    from reader.tui.app import ClaimReaderApp  # lazy: headless commands never pay for Textual's import

    return ClaimReaderApp(doc, store=store, config=config, folder=folder, options=load_options(args), team_url=store_url(args),
                          web=web, stream=stream)


def close_app(app: ClaimReaderApp) -> None:
    app.drop_stream()
    app.store.close()


def cmd_open(args: argparse.Namespace) -> int:
    app = reading_app(args)
    try:
        app.run()
    finally:
        close_app(app)
    return 0
