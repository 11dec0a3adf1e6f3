"""Team commands: `reader team init|add-member|status` and `reader sync` (the `--store` of every other command
is reader/cli/team_side.py)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.cli.common import EXIT_USAGE, CliError, add_store_options, open_user_store
from reader.cli.team_side import CONNECT_TIMEOUT, STORE_ENV, store_url
from reader.core.text.safe import safe_inline

if TYPE_CHECKING:
    from reader.core.annotations.store import AnnotationStore
    from reader.core.annotations.sync import State, TeamSync

def _say(line: str) -> None:
    print(safe_inline(line), file=sys.stderr)


def _cli_error(exc: Exception) -> CliError:
    from reader.core.annotations.postgres import TeamError

    return CliError(str(exc), EXIT_USAGE if isinstance(exc, TeamError) and exc.kind == "usage" else 1)


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    if sub == "sync":
        p.description = "Push the actions queued here to the team server and pull the team's changes."
        add_store_options(p)
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
    add_store_options(status)


def cmd_init(args: argparse.Namespace) -> int:
    from reader.core.annotations.postgres import TeamError, init_team

    try:
        print(safe_inline(init_team(args.url, args.team)))
    except TeamError as exc:
        raise _cli_error(exc) from None
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    from reader.core.annotations.postgres import TeamError, add_member

    try:
        print(safe_inline(add_member(args.url, args.team, args.role)))
    except TeamError as exc:
        raise _cli_error(exc) from None
    return 0


def _linked(args: argparse.Namespace) -> tuple[AnnotationStore, TeamSync]:
    from reader.core.annotations.postgres import TeamError
    from reader.core.annotations.sync import TeamSync

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
    from reader.core.annotations.postgres import TeamError

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
    from reader.core.annotations.postgres import TeamError, server_status

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
            who = f"team {link.team} on {link.server} as {link.member}" if link and link.team else f"team server {sync.server}"
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
