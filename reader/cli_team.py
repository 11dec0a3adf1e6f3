"""Team commands (`reader team init|add-member|status`, `reader sync`) and the `--store URL` of every command.

A headless command given a team server syncs once when it opens the store (so it reads what the team
has) and pushes its own change before it exits; a server that does not answer costs one line on stderr
and the change waits in the outbox (exit 0). The URL comes from `--store`, else CLAIM_READER_STORE, else
`store = "…"` in config.toml; passwords the libpq way (PGPASSWORD, ~/.pgpass), never stored by us.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from reader.core.safe import safe_inline

if TYPE_CHECKING:
    from reader.core.store import AnnotationStore
    from reader.core.team_sync import State, TeamSync

STORE_ENV = "CLAIM_READER_STORE"
CONNECT_TIMEOUT = 3


def add_store_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="URL", help=f"a team server to sync with (postgresql://USER@HOST/DB; default ${STORE_ENV}, "
                                                  "else `store` in config.toml)")


def store_url(args: argparse.Namespace) -> str | None:
    """--store, then $CLAIM_READER_STORE, then the config's `store`."""
    url = getattr(args, "store", None) or os.environ.get(STORE_ENV)
    if url:
        return str(url)
    from reader.core.config import load_config

    return load_config(getattr(args, "config", None)).store


def _say(line: str) -> None:
    print(safe_inline(line), file=sys.stderr)


def _cli_error(exc: Exception) -> Exception:
    from reader.cli import EXIT_USAGE, CliError
    from reader.core.team_postgres import TeamError

    code = EXIT_USAGE if isinstance(exc, TeamError) and exc.kind == "usage" else 1
    return CliError(str(exc), code)


class HeadlessTeam:
    """The team side of one headless command: a sync at open, a push at exit."""

    def __init__(self, store: AnnotationStore, url: str) -> None:
        from reader.core.team_postgres import TeamError
        from reader.core.team_sync import TeamSync

        try:
            self.sync: TeamSync = TeamSync(store, url)
        except TeamError as exc:
            raise _cli_error(exc) from None
        self.offline: str | None = None
        try:
            self.sync.connect(CONNECT_TIMEOUT)
            self._report(self.sync.sync())
        except TeamError as exc:
            if exc.kind == "usage":
                raise _cli_error(exc) from None
            self.offline = str(exc)

    def _report(self, report: object) -> None:
        for reason in dict.fromkeys(getattr(report, "refused", [])):
            _say(f"team: the server refused a change: {reason}")

    def finish(self) -> None:
        """Push what this command did; say in one line when it has to wait."""
        from reader.core.team_postgres import TeamError

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


# --- the commands -------------------------------------------------------------------------------------


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    if sub == "sync":
        p.description = "Push the actions queued here to the team server and pull the team's changes."
        p.set_defaults(func=cmd_sync)
        return
    p.description = "Set up and inspect a team on a PostgreSQL server."
    verbs = p.add_subparsers(dest="verb", required=True, metavar="init|add-member|status")
    init = verbs.add_parser("init", help="create the schema (first time) and the team; run as the database owner")
    init.add_argument("url", metavar="URL")
    init.add_argument("team", metavar="TEAM")
    init.set_defaults(func=cmd_init)
    add = verbs.add_parser("add-member", help="let an existing login role join the team")
    add.add_argument("url", metavar="URL")
    add.add_argument("team", metavar="TEAM")
    add.add_argument("role", metavar="ROLE")
    add.set_defaults(func=cmd_add_member)
    status = verbs.add_parser("status", help="the team, its members, and what is queued or in conflict here")
    status.set_defaults(func=cmd_status)
    for sp in (status,):
        add_store_option(sp)
        sp.add_argument("--data-dir", help="where the annotation database lives")
        sp.add_argument("--config", metavar="PATH", help="config file")


def cmd_init(args: argparse.Namespace) -> int:
    from reader.core.team_postgres import TeamError, init_team

    try:
        print(safe_inline(init_team(args.url, args.team)))
    except TeamError as exc:
        raise _cli_error(exc) from None
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    from reader.core.team_postgres import TeamError, add_member

    try:
        print(safe_inline(add_member(args.url, args.team, args.role)))
    except TeamError as exc:
        raise _cli_error(exc) from None
    return 0


def _linked(args: argparse.Namespace) -> tuple[AnnotationStore, TeamSync]:
    from reader.cli import EXIT_USAGE, CliError, open_user_store
    from reader.core.team_postgres import TeamError
    from reader.core.team_sync import TeamSync

    url = store_url(args)
    if not url:
        raise CliError(f"no team server: give --store URL (or set {STORE_ENV}, or `store` in config.toml)", EXIT_USAGE)
    store = open_user_store(args, team=False)
    try:
        return store, TeamSync(store, url)
    except TeamError as exc:
        store.close()
        raise _cli_error(exc) from None


def cmd_sync(args: argparse.Namespace) -> int:
    from reader.cli import CliError
    from reader.core.team_postgres import TeamError

    store, sync = _linked(args)
    try:
        sync.connect(CONNECT_TIMEOUT)
        report = sync.sync()
        conflicts = len(sync.outbox.conflicts())
    except TeamError as exc:
        queued = sync.outbox.queued()
        raise CliError(f"team: offline, {queued} queued — {exc}" if exc.kind == "offline" else str(exc),
                       2 if exc.kind == "usage" else 1) from None
    finally:
        sync.close()
        store.close()
    for reason in dict.fromkeys(report.refused):
        _say(f"team: the server refused a change: {reason}")
    print(safe_inline(f"team {sync.team} on {sync.server}: pushed {report.pushed}, pulled {len(report.changed)} changed "
                      f"annotations, {len(report.refused)} refused, {conflicts} in conflict"))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from reader.core.team_postgres import TeamError, server_status

    store, sync = _linked(args)
    try:
        try:
            conn = sync.connect(CONNECT_TIMEOUT)
            s = server_status(conn, sync.team or "")
            state: State = "conflict" if sync.outbox.conflicts() else "live"
        except TeamError as exc:
            if exc.kind == "usage":
                raise _cli_error(exc) from None
            link = sync.outbox.link()
            who = f"team {link.team} on {link.server} as {link.member}" if link else f"team server {sync.server}"
            down: State = "offline" if exc.kind == "offline" else "error"
            print(safe_inline(f"{who}: {sync.status(down)[6:]} — {exc}"))
            return 0
        print(safe_inline(f"team {s.team} on {sync.server} as {s.user}: {sync.status(state)[6:]}"))
        print(safe_inline(f"  members: {', '.join(s.members) or '(none)'}"))
        print(f"  server: {s.documents} documents, {s.annotations} annotations, {s.events} verdict events, "
              f"{s.conflicts} in conflict, last change {s.last_seq}")
        link = sync.outbox.link()
        refused = sync.outbox.refused()
        print(f"  here: {sync.outbox.queued()} queued, {len(sync.outbox.conflicts())} in conflict, "
              f"last change seen {link.last_seq if link else 0}, {len(refused)} refused")
        for reason in refused[-3:]:
            print(safe_inline(f"  refused: {reason}", 200))
    finally:
        sync.close()
        store.close()
    return 0
