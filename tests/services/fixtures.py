"""pytest fixtures for the `postgres` tests: one throw-away cluster per test session, one database and team per test.

Where PostgreSQL cannot be started the tests skip, saying why, except under CI=true, where they fail.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.services import unavailable
from tests.services.postgres import PgCluster, ServiceUnavailable, start_cluster


@dataclass
class Team:
    """One team on its own database of the session's cluster: members alice and bob, and carol of another team."""

    cluster: PgCluster
    dbname: str
    name: str
    other: str
    roles: dict[str, str]
    """Short name (alice, bob, carol) -> the role's real (unique) name."""
    passwords: dict[str, str]

    def url(self, who: str, with_password: bool = True) -> str:
        role = self.roles[who]
        return self.cluster.url(role, self.passwords[role] if with_password else None, self.dbname)

    @property
    def admin_url(self) -> str:
        return self.cluster.admin_url(self.dbname)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        cluster = start_cluster()
    except ServiceUnavailable as exc:
        unavailable(str(exc))
        raise
    yield cluster
    cluster.destroy()


@pytest.fixture
def pg_team(pg_cluster: PgCluster) -> Team:
    from reader.core.annotations.postgres import add_member, init_team

    cluster = pg_cluster
    if not cluster.running:  # a test stopped it and failed before starting it again
        cluster.start()
    tag = secrets.token_hex(3)
    dbname = cluster.create_database(f"cr_{tag}")
    team = Team(cluster, dbname, f"desk_{tag}", f"other_{tag}", {}, {})
    init_team(team.admin_url, team.name)
    init_team(team.admin_url, team.other)
    for who, group in (("alice", team.name), ("bob", team.name), ("carol", team.other)):
        role = f"{who}_{tag}"
        team.roles[who] = role
        team.passwords[role] = secrets.token_hex(8)
        cluster.create_login(role, team.passwords[role])
        add_member(team.admin_url, group, role)
    return team
