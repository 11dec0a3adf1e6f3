"""What every command shares: exit codes, the one-line error, load and store options.

Exit codes: 0 done; 1 the store or the output cannot be used (a damaged, foreign or newer database, a
full disk, an unwritable output); 2 bad arguments or input files (missing, unreadable, not a regular
file, too large, binary, not in the given encoding, not an annotation file); 130 interrupted.
Every failure is one line on stderr, never a traceback."""

from __future__ import annotations

import argparse
from typing import NoReturn

from reader.core.annotations.backends import open_store
from reader.core.annotations.store import AnnotationStore, StoreError
from reader.core.documents.document import DEFAULT_MAX_BYTES, Document, LoadError, LoadOptions
from reader.core.text.safe import safe_inline

EXIT_USAGE = 2
EXIT_ERROR = 1


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code attached."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


MAX_SIZE = 10**15
"""A petabyte: any --max-size above is a typo (and past it float rounding makes 'bytes' meaningless)."""


def parse_size(value: str) -> int:
    """Parse '500M', '2G', '1000000' into bytes: a positive, finite number of bytes up to MAX_SIZE."""
    import math

    units = {"k": 10**3, "m": 10**6, "g": 10**9, "t": 10**12}
    v = value.strip().lower().rstrip("b")
    try:
        number = float(v[:-1]) * units[v[-1]] if v and v[-1] in units else float(v)
    except (ValueError, KeyError):
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 500M, 2G, 1000000)") from None
    if not math.isfinite(number) or number < 1 or number > MAX_SIZE:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size between 1 byte and 1000T (e.g. 500M, 2G)")
    return int(number)


def parse_encoding(value: str) -> str:
    """An encoding that turns bytes into text, checked before any file is read."""
    from reader.core.documents.document import text_encoding

    try:
        return text_encoding(value)
    except LoadError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class OneLineParser(argparse.ArgumentParser):
    """argparse with its errors on ONE line (no usage block): 'reader import: error: … (see --help)'."""

    def error(self, message: str) -> NoReturn:
        import sys

        print(safe_inline(f"{self.prog}: error: {message} (see {self.prog} --help)"), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def text_argument(name: str, value: str | None) -> str | None:
    """Text from the command line as it will be stored: bytes that are not UTF-8 (they reach Python as lone
    surrogates) are refused with one line naming the option."""
    from reader.core.annotations.model import unstorable

    why = unstorable(value) if value else None
    if why:
        raise CliError(f"{name}: {why}; give UTF-8 text", EXIT_USAGE)
    return value


def write_stdout(text: str) -> None:
    """Write a command's output; a full disk, a closed pipe or a dead terminal is one line, not a traceback."""
    import sys

    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise CliError(f"cannot write the output ({exc.strerror or exc})") from None


def add_store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="where the annotation database lives (default: the platform data dir; XDG_DATA_HOME moves it)")
    p.add_argument("--store", metavar="URL", help="a team server to sync with: postgresql://USER@HOST/DB (default $CLAIM_READER_STORE, "
                                                  "else `store` in config.toml; the password the libpq way, e.g. PGPASSWORD)")
    p.add_argument("--config", metavar="PATH", help="config file (default: $READER_CONFIG, else config.toml in the platform config dir)")


def add_load_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoding", type=parse_encoding, help="text encoding of the file (default UTF-8; 'replace' shows bad bytes as �)")
    p.add_argument("--max-size", type=parse_size, default=DEFAULT_MAX_BYTES, help="refuse files larger than this (e.g. 500M)")


def load_options(args: argparse.Namespace) -> LoadOptions:
    """`--encoding` and `--max-size`, as the one value every loader (file, library, reload) is given."""
    return LoadOptions(args.encoding, args.max_size)


def open_doc(path: str, args: argparse.Namespace) -> Document:
    try:
        return load_options(args).load(path)
    except LoadError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def one_line(s: str | None, width: int | None = None) -> str:
    """Text from a file or the user as one harmless line (control characters become placeholders)."""
    return safe_inline(s or "", width)


def open_user_store(args: argparse.Namespace, readonly: bool = False, user: str | None = None,
                    reading: bool = False, team: bool = True) -> AnnotationStore:
    """The store of `--data-dir`, acting as `user` (default: config `[user] name`, else the login name).

    A `reading` command (list, export, the app) still works when the store cannot be written (a
    read-only data directory, a full disk): it opens it read-only and saves nothing. With a team server
    configured (and `team`), the store is synced now and pushed at exit (reader/cli/team_side.py)."""
    store = _open_local(args, readonly, user, reading)
    if team:
        from reader.cli.team_side import attach  # lazy: without a team server, no team code loads
        from reader.core.annotations.postgres import TeamError

        try:
            attach(args, store)
        except TeamError as exc:
            store.close()
            raise CliError(str(exc), EXIT_USAGE if exc.kind == "usage" else EXIT_ERROR) from None
    return store


def _open_local(args: argparse.Namespace, readonly: bool, user: str | None, reading: bool) -> AnnotationStore:
    if user is None:
        from reader.core.config import load_config

        user = load_config(getattr(args, "config", None)).user_name
    data_dir = getattr(args, "data_dir", None)
    try:
        return open_store(data_dir, readonly=readonly, user=user)
    except StoreError as exc:
        if not (reading and exc.kind in ("readonly", "full", "io", "cantopen")):
            raise CliError(str(exc)) from None
        first = exc
    try:
        return open_store(data_dir, readonly=True, user=user)
    except StoreError:
        raise CliError(str(first)) from None
