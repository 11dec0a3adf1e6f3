"""The team side of every headless command: `--store URL` (or CLAIM_READER_STORE, or `store` in config.toml).

A headless command given a team server syncs once when it opens the store (so it reads what the team
has) and pushes its own change before it exits; a server that does not answer costs one line on stderr
and the change waits in the outbox (exit 0). Passwords the libpq way (PGPASSWORD, ~/.pgpass), never stored.
This module imports nothing of reader.cli (reader.cli.common calls it), so problems leave it as TeamError.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from reader.core.text.safe import safe_inline

if TYPE_CHECKING:
    from reader.core.annotations.store import AnnotationStore
    from reader.core.annotations.sync import TeamSync
    from reader.core.documents.document import Document

STORE_ENV = "CLAIM_READER_STORE"

CONNECT_TIMEOUT = 3


def store_url(args: argparse.Namespace) -> str | None:
    """--store, then $CLAIM_READER_STORE, then the config's `store`."""
    url = getattr(args, "store", None) or os.environ.get(STORE_ENV)
    if url:
        return str(url)
    from reader.core.config import load_config

    return load_config(getattr(args, "config", None)).store


def _say(line: str) -> None:
    print(safe_inline(line), file=sys.stderr)


class HeadlessTeam:
    """The team side of one headless command: a sync at open, a push at exit."""

    def __init__(self, store: AnnotationStore, url: str) -> None:
        from reader.core.annotations.postgres import TeamError
        from reader.core.annotations.sync import TeamSync

        self.sync: TeamSync = TeamSync(store, url)
        self.offline: str | None = None
        try:
            self.sync.connect(CONNECT_TIMEOUT)
            self._report(self.sync.sync())
        except TeamError as exc:
            if exc.kind == "usage":
                self.sync.close()
                raise
            self.offline = str(exc)

    def _report(self, report: object) -> None:
        for reason in dict.fromkeys(getattr(report, "refused", [])):
            _say(f"team: the server refused a change: {reason}")

    def finish(self) -> None:
        """Push what this command did; say in one line when it has to wait."""
        from reader.core.annotations.postgres import TeamError

        try:
            if self.offline is None and self.sync.outbox.queued():
                self._report(self.sync.sync())
        except TeamError as exc:
            self.offline = str(exc)
        queued = self.sync.outbox.queued()
        if self.offline is not None and queued:
            _say(f"team: offline, {queued} queued — {self.offline}; they go with the next `reader sync` or reader session")
        elif self.offline is not None:
            _say(f"team: offline — {self.offline}")
        self.sync.close()


def attach(args: argparse.Namespace, store: AnnotationStore) -> None:
    """Open the team side for a headless command, if a store URL is configured (kept on `args`)."""
    url = store_url(args)
    if url and not store.readonly and getattr(args, "team_side", None) is None:
        args.team_side = HeadlessTeam(store, url)


def finish(args: argparse.Namespace) -> None:
    side = getattr(args, "team_side", None)
    if side is not None:
        args.team_side = None
        side.finish()


def claim_document(args: argparse.Namespace, doc: Document) -> None:
    """The document this command works on takes teammates' annotations pulled onto its text (TeamSync.claim)."""
    side = getattr(args, "team_side", None)
    if side is not None:
        side.sync.claim(doc)
