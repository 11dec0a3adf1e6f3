"""A throw-away PostgreSQL cluster on 127.0.0.1: initdb + pg_ctl in a temp dir, stopped and deleted after.

Used by the team tests (the `pg` fixture in tests/conftest.py), `benchmarks/team.py` and `scripts/team-server`
(`python -m tests.services.postgres serve`). PostgreSQL refuses to run as root, so as root the cluster runs as
the unprivileged user `nobody`; otherwise as the current user. Password authentication (scram) is on even
for this throw-away server, so the tests connect the libpq way, with real login roles.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from tests.services import free_port

SUPERUSER = "postgres"
RUN_AS = "nobody"
"""The unprivileged OS user the server runs as when we are root."""


class ServiceUnavailable(Exception):
    """PostgreSQL cannot be started here; the message says why, in one line."""


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl: $PG_BINDIR, then PATH, then Debian's /usr/lib/postgresql/<ver>/bin."""
    env = os.environ.get("PG_BINDIR")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


@dataclass
class PgCluster:
    """One cluster: `start()` creates and starts it, `stop()`/`start()` pause it (same port, same data),
    `destroy()` stops it and deletes everything."""

    bindir: Path
    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_hex(12))
    settings: dict[str, str] = field(default_factory=dict)
    root: Path = field(init=False)
    running: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="claim-reader-pg-"))
        self._as_user = os.geteuid() == 0
        if self._as_user:
            import pwd

            pw = pwd.getpwnam(RUN_AS)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self.datadir = self.root / "data"
        self._initdb()

    # --- running the server's tools as the unprivileged user -------------------------------------

    def _run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {}
        if self._as_user:
            kwargs = {"user": RUN_AS, "group": "nogroup" if _group_exists("nogroup") else RUN_AS, "extra_groups": []}
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")} | {"LC_ALL": "C", "HOME": str(self.root)}
        proc = subprocess.run(args, cwd=self.root, env=env, capture_output=True, text=True, timeout=timeout, **kwargs)  # type: ignore[call-overload]
        if check and proc.returncode != 0:
            detail = " ".join((proc.stderr or proc.stdout).split())[-400:]
            raise ServiceUnavailable(f"{Path(args[0]).name} failed ({proc.returncode}): {detail}")
        return proc  # type: ignore[no-any-return]

    def _initdb(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self._as_user:
            import pwd

            pw = pwd.getpwnam(RUN_AS)
            os.chown(pwfile, pw.pw_uid, pw.pw_gid)
        pwfile.chmod(0o600)
        try:
            self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", SUPERUSER, "--pwfile", str(pwfile),
                      "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync")
        finally:
            pwfile.unlink(missing_ok=True)
        conf = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.root}'",
            "max_connections": "200",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "log_min_messages": "warning",
        } | self.settings
        with open(self.datadir / "postgresql.auto.conf", "a", encoding="utf-8") as fh:
            fh.writelines(f"{k} = {v}\n" for k, v in conf.items())

    # --- life cycle -------------------------------------------------------------------------------

    def start(self) -> PgCluster:
        if not self.running:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.root / "log"), "-w", "-t", "60", "start")
            self.running = True
        return self

    def stop(self) -> None:
        if self.running:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w", "-t", "60", "stop", check=False)
            self.running = False

    def processes(self) -> list[int]:
        """The postmaster and its children (backends, background workers)."""
        pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
        kids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(stat.parent.name))
        return [pid, *kids]

    def freeze(self, frozen: bool = True) -> None:
        """SIGSTOP (or SIGCONT) the whole server: it hangs without closing anything; the kernel still ACKs packets."""
        import signal

        for pid in self.processes():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP if frozen else signal.SIGCONT)

    def destroy(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # --- addresses --------------------------------------------------------------------------------

    def url(self, user: str = SUPERUSER, password: str | None = None, dbname: str = "postgres") -> str:
        """A libpq URL; the password goes in only when given (tests mostly pass it as PGPASSWORD)."""
        auth = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{quote(dbname, safe='')}"

    def admin_url(self, dbname: str = "postgres") -> str:
        return self.url(SUPERUSER, self.password, dbname)

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        """Run one statement as the superuser (autocommit: CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(self.admin_url(dbname), autocommit=True, connect_timeout=10) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, name: str, owner: str = SUPERUSER) -> str:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.admin_url(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(owner)))
        return name

    def create_login(self, name: str, password: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.admin_url(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(name), sql.Literal(password)))


def _group_exists(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False


def start_cluster(**settings: str) -> PgCluster:
    """A started cluster, or ServiceUnavailable saying why not."""
    bindir = find_bindir()
    if bindir is None:
        raise ServiceUnavailable("PostgreSQL's initdb/pg_ctl were not found (scripts/test installs them from Debian's "
                                 "packages when run as root; or set PG_BINDIR)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise ServiceUnavailable("psycopg is not installed (pip install 'claim-reader[team]')") from None
    cluster = PgCluster(bindir, settings=settings)
    try:
        return cluster.start()
    except BaseException:
        log = cluster.root / "log"
        tail = log.read_text(errors="replace").strip().splitlines()[-3:] if log.exists() else []
        cluster.destroy()
        if tail:
            raise ServiceUnavailable("PostgreSQL did not start: " + " | ".join(tail)) from None
        raise


def serve(team: str = "desk", members: tuple[str, ...] = ("alice", "bob")) -> int:
    """`scripts/team-server`: a throw-away server with one team and two members, until Ctrl-C."""
    import signal

    try:
        cluster = start_cluster()
    except ServiceUnavailable as exc:
        print(f"team-server: {exc}", file=sys.stderr)
        return 1
    try:
        cluster.create_database("claim_reader")
        reader = str(Path(sys.executable).with_name("reader"))
        shown = os.path.relpath(reader) if not os.path.relpath(reader).startswith("..") else reader
        env = dict(os.environ, PGPASSWORD=cluster.password)
        subprocess.run([reader, "team", "init", cluster.url(dbname="claim_reader"), team], env=env, check=True)
        passwords = {m: secrets.token_hex(6) for m in members}
        for member, pw in passwords.items():
            cluster.create_login(member, pw)
            subprocess.run([reader, "team", "add-member", cluster.url(dbname="claim_reader"), team, member], env=env, check=True,
                           stdout=subprocess.DEVNULL)
        print(f"team server for team {team!r} on 127.0.0.1:{cluster.port} (data in {cluster.root}; Ctrl-C stops and deletes it)")
        print("try it in two terminals, one per member (each with its own --data-dir):")
        for member, pw in passwords.items():
            print(f"  PGPASSWORD={pw} {shown} sample_articles/execution-squads.txt --data-dir /tmp/cr-{member} "
                  f"--store {cluster.url(member, dbname='claim_reader')}")
        sys.stdout.flush()
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    except subprocess.CalledProcessError as exc:
        print(f"team-server: {Path(exc.cmd[0]).name} {' '.join(exc.cmd[1:3])} failed ({exc.returncode})", file=sys.stderr)
        return 1
    finally:
        cluster.destroy()


if __name__ == "__main__":
    sys.exit(serve() if sys.argv[1:2] == ["serve"] else 2)
