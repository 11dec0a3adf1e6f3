"""The team server: connecting to PostgreSQL with psycopg 3, setting up teams, pushing actions, pulling changes.

psycopg is imported only here (the `claim-reader[team]` extra). Credentials are the libpq way (the URL,
PGPASSWORD, ~/.pgpass, PGSSLMODE...) and never stored by us: what we keep of a URL is `safe_url()`, without
its password. A URL may carry `?team=NAME` (stripped before libpq sees it) for a member of several teams.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reader.core.annotations.postgres_schema import DDL, GRANTS, SCHEMA_VERSION

if TYPE_CHECKING:
    import psycopg

TEAM_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
"""Team = a PostgreSQL group role; lower-case so it needs no quoting in psql, short so its channel name fits."""
CONNECT_TIMEOUT = 3


class TeamError(Exception):
    """One line for the user. `offline`: the server could not be reached (actions stay queued);
    `refused`: it answered no (credentials, membership, schema); `usage`: a bad URL or name."""

    def __init__(self, message: str, kind: Literal["offline", "refused", "usage"] = "refused") -> None:
        super().__init__(" ".join(message.split()))
        self.kind = kind


def is_store_url(value: str) -> bool:
    return value.startswith(("postgresql://", "postgres://"))


def split_team(url: str) -> tuple[str, str | None]:
    """(the URL libpq gets, the team named by `?team=`)."""
    if not is_store_url(url):
        raise TeamError(f"--store {url!r}: expected a postgresql:// URL", "usage")
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    team = next((v for k, v in query if k == "team"), None)
    rest = urlencode([(k, v) for k, v in query if k != "team"])
    return urlunsplit(parts._replace(query=rest)), team


def safe_url(url: str) -> str:
    """The URL without its password: what we show and what we remember."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))


def check_team_name(team: str) -> str:
    if not TEAM_NAME.fullmatch(team):
        raise TeamError(f"team name {team!r}: use 1-40 lower-case letters, digits or _ (starting with a letter)", "usage")
    return team


def connect(url: str, autocommit: bool = False, timeout: int = CONNECT_TIMEOUT) -> psycopg.Connection[Any]:
    """A connection that notices a vanished server within seconds (keepalives, TCP user timeout)."""
    try:
        import psycopg
    except ImportError:
        raise TeamError("team mode needs psycopg: pip install 'claim-reader[team]'", "usage") from None
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=max(2, timeout), application_name="claim-reader",
                               keepalives=1, keepalives_idle=5, keepalives_interval=2, keepalives_count=2,
                               tcp_user_timeout=10_000)
    except psycopg.ProgrammingError as exc:  # a malformed URL
        raise TeamError(f"{safe_url(url)}: {_first_line(exc)}", "usage") from None
    except psycopg.OperationalError as exc:
        raise connect_error(url, exc) from None


def connect_error(url: str, exc: Exception) -> TeamError:
    """Refused (wrong password, no such role or database: retrying will not help) or offline (try again later)."""
    msg = _first_line(exc).removeprefix("connection failed: ")
    if any(s in msg for s in ("authentication failed", "no password supplied", "does not exist", "no pg_hba.conf entry")):
        return TeamError(f"{safe_url(url)}: {msg}", "refused")
    return TeamError(f"cannot reach the team server {safe_url(url)} ({msg})", "offline")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return " ".join(text[0].split()) if text else type(exc).__name__


def schema_version(conn: psycopg.Connection[Any]) -> int | None:
    """The installed schema's version; None when there is no `claim_reader` schema this role can see."""
    row = conn.execute("SELECT to_regclass('claim_reader.meta') IS NOT NULL, has_schema_privilege('claim_reader', 'USAGE') "
                       "FROM (SELECT 1) s WHERE to_regnamespace('claim_reader') IS NOT NULL").fetchone()
    if not row or not row[0] or not row[1]:
        return None
    value = conn.execute("SELECT value FROM claim_reader.meta WHERE key = 'schema_version'").fetchone()
    return int(value[0]) if value else None


def check_schema(conn: psycopg.Connection[Any], url: str) -> None:
    version = schema_version(conn)
    if version is None:
        raise TeamError(f"{safe_url(url)}: no claim-reader team here that this role belongs to "
                        "(the owner runs `reader team init URL TEAM` and `reader team add-member URL TEAM ROLE`)")
    if version > SCHEMA_VERSION:
        raise TeamError(f"{safe_url(url)}: the team schema is version {version}, this claim-reader knows "
                        f"{SCHEMA_VERSION}; upgrade claim-reader to use this server")


# --- setting up: run by the database owner ------------------------------------------------------


def init_team(url: str, team: str) -> str:
    """Schema and policies the first time, the team (a NOLOGIN group role) each time; idempotent."""
    from psycopg import errors, sql

    check_team_name(team)
    with connect(url) as conn:
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(hashtext('claim_reader.init'))")
                version = schema_version(conn)
                created = version is None and conn.execute("SELECT to_regnamespace('claim_reader')").fetchone() == (None,)
                if created:
                    conn.execute(DDL)
                elif version is None:
                    raise TeamError(f"{safe_url(url)}: a schema claim_reader exists but is not readable by this role")
                elif version > SCHEMA_VERSION:
                    check_schema(conn, url)
                role = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (team,)).fetchone()
                if role is None:
                    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(team)))
                elif role[0]:
                    raise TeamError(f"{team!r} is a login role; a team is a group (NOLOGIN) role — choose another team name",
                                    "usage")
                conn.execute("INSERT INTO claim_reader.teams (name) VALUES (%s) ON CONFLICT DO NOTHING", (team,))
                conn.execute(sql.SQL(GRANTS).format(team=sql.Identifier(team)))
        except errors.InsufficientPrivilege as exc:
            raise TeamError(f"{safe_url(url)}: {_first_line(exc)} — `reader team init` runs as the database owner, "
                            "with CREATEROLE to create the team's group role") from None
    return (f"created the team schema and team {team!r}" if created else f"team {team!r} is ready") + f" on {safe_url(url)}"


def add_member(url: str, team: str, role: str) -> str:
    from psycopg import errors, sql

    check_team_name(team)
    with connect(url) as conn:
        check_schema(conn, url)
        if not conn.execute("SELECT 1 FROM claim_reader.teams WHERE name = %s", (team,)).fetchone():
            raise TeamError(f"no team {team!r} on {safe_url(url)} (create it with `reader team init URL {team}`)", "usage")
        login = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if login is None:
            raise TeamError(f"no role {role!r} on this server; create the login role first (CREATE ROLE … LOGIN)", "usage")
        if not login[0]:
            raise TeamError(f"{role!r} cannot log in; members are login roles", "usage")
        try:
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(team), sql.Identifier(role)))
            conn.commit()
        except errors.InsufficientPrivilege as exc:
            raise TeamError(f"{safe_url(url)}: {_first_line(exc)} (add members as the database owner with CREATEROLE)") from None
    return f"{role} is a member of team {team}"


def my_team(conn: psycopg.Connection[Any], url: str, wanted: str | None) -> str:
    """The team this role syncs with: the one named, else its only team."""
    teams = [r[0] for r in conn.execute("SELECT name FROM claim_reader.teams ORDER BY name")]
    if wanted is not None:
        if wanted not in teams:
            raise TeamError(f"{safe_url(url)}: this role is not a member of team {wanted!r}")
        return wanted
    if not teams:
        raise TeamError(f"{safe_url(url)}: this role is in no team (the owner adds it: reader team add-member URL TEAM ROLE)")
    if len(teams) > 1:
        raise TeamError(f"{safe_url(url)}: this role is in teams {', '.join(teams)}; add ?team=NAME to the URL")
    return str(teams[0])


@dataclass(frozen=True, slots=True)
class ServerStatus:
    user: str
    team: str
    members: list[str]
    documents: int
    annotations: int
    events: int
    conflicts: int
    last_seq: int


def server_status(conn: psycopg.Connection[Any], team: str) -> ServerStatus:
    members = [r[0] for r in conn.execute(
        "SELECT m.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
        "WHERE g.rolname = %s ORDER BY 1", (team,))]
    row = conn.execute(
        "SELECT current_user, (SELECT count(*) FROM claim_reader.documents WHERE team = %(t)s), "
        "(SELECT count(*) FROM claim_reader.annotations WHERE team = %(t)s AND NOT deleted), "
        "(SELECT count(*) FROM claim_reader.verdict_events WHERE team = %(t)s), "
        "(SELECT coalesce(max(seq), 0) FROM claim_reader.changes WHERE team = %(t)s)", {"t": team}).fetchone()
    assert row is not None
    conflicts = conn.execute(
        "SELECT count(*) FROM (SELECT e.annotation_id FROM claim_reader.verdict_events e WHERE e.team = %s AND NOT EXISTS "
        "(SELECT 1 FROM claim_reader.verdict_events f WHERE f.annotation_id = e.annotation_id AND e.id = ANY(f.bases)) "
        "GROUP BY e.annotation_id HAVING count(DISTINCT coalesce(e.value, '')) > 1) c", (team,)).fetchone()
    return ServerStatus(row[0], team, members, row[1], row[2], row[3], conflicts[0] if conflicts else 0, row[4])
