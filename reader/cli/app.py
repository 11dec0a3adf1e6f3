"""`reader FILE|-|FOLDER`: the app on one document, or the library screen on a folder's documents."""

from __future__ import annotations

import argparse
import os
import sys

from reader.cli.common import EXIT_USAGE, CliError, load_options, one_line, open_doc, open_user_store
from reader.core.config import load_config


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


def cmd_open(args: argparse.Namespace) -> int:
    folder = args.path if args.path != "-" and os.path.isdir(args.path) else None
    doc = None if folder else open_doc(args.path, args)
    if args.path == "-" and not sys.stdin.isatty():
        _reattach_tty()
    config = load_config(args.config)
    for warning in config.warnings:  # the app repeats them as notifications
        print(one_line(f"reader: {warning}"), file=sys.stderr)
    store = open_user_store(args, reading=True)  # the app reads a read-only store too (footer: read-only)
    if not has_terminal():  # the app would wait for a terminal that never answers
        store.close()
        raise CliError("standard output is not a terminal, and the reader is an interactive app; "
                       "for text use 'reader claims FILE' or 'reader export FILE'", EXIT_USAGE)
    from reader.tui.app import ClaimReaderApp  # lazy: headless commands never pay for Textual's import

    try:
        ClaimReaderApp(doc, store=store, config=config, folder=folder, options=load_options(args)).run()
    finally:
        store.close()
    return 0
