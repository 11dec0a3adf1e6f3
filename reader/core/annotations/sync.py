"""Sync between the local store and the team server: once (headless commands), or live (the app's worker thread).

A sync is: push the outbox (in order, in batches), then pull every change after the last seq seen, until
there is none. It runs on every (re)connect and whenever a local action or a server notification says there
is something to move. Live (LiveSync), two threads: a listener blocks in psycopg's `notifies()` on its own
connection that LISTENs to the team's channel, and wakes the sync worker, which a local action wakes too;
the worker waits a moment (GATHER) so a burst goes in one round trip each way. Any network error makes it
offline and it reconnects with a back-off; the UI, which only ever writes locally, never waits on the network.
A push sends only what was queued when the sync began, so a member who keeps acting still pulls.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from reader.core.annotations.outbox import Outbox
from reader.core.annotations.postgres import TeamError, check_schema, connect, my_team, safe_url, split_team
from reader.core.annotations.postgres_ops import Pulled, fetch, pull, push
from reader.core.annotations.store import AnnotationStore

if TYPE_CHECKING:
    import psycopg

    from reader.core.documents.document import Document

State = Literal["connecting", "live", "offline", "conflict", "error"]
BATCH = 200
WAIT = 0.5
"""Seconds the listener waits in notifies() before checking whether it should stop."""
GATHER = 0.03
"""Seconds a wake-up waits for more to come (a burst of notifications, typing): one sync for all of it."""
STALL = 15.0
"""Seconds one round trip may take before the server counts as gone (the biggest pull takes well under one)."""
SAFETY = 10.0
"""Seconds between syncs when nothing happens (notifications make them sooner)."""
RETRY = (0.5, 1.0, 2.0, 3.0)


@dataclass
class SyncReport:
    pushed: int = 0
    refused: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    """Local annotation ids the pull changed."""


class TeamSync:
    """One local store linked to one team on one server."""

    def __init__(self, store: AnnotationStore, url: str) -> None:
        self.url, self.wanted = split_team(url)
        self.store = store
        self.outbox = Outbox(store)
        try:
            self.shared = self.outbox.prepare(_server_key(self.url))
            """Annotations already in the store, queued for the team when this store was first linked."""
        except BaseException:
            self.outbox.close()
            raise
        self.team: str | None = None
        self.conn: psycopg.Connection[Any] | None = None
        self.lock = threading.RLock()
        """Held while pulled changes are written locally: a caller doing its own read-modify-write holds it too."""
        link = self.outbox.link()
        if link is not None and link.member:
            self._act_as(link.member)

    def _act_as(self, member: str) -> None:
        """In team mode this store's actions are by the member's login role: the name the server records as
        creator and actor (its row-level security allows nothing else), so the local history says the same."""
        self.store.user = member

    @property
    def server(self) -> str:
        return safe_url(self.url)

    def close(self) -> None:
        self.disconnect()
        self.outbox.close()

    # --- connecting -------------------------------------------------------------------------------

    def connect(self, timeout: int = 3) -> psycopg.Connection[Any]:
        """Connect, check the schema, find the team and link the store to it (TeamError otherwise)."""
        import psycopg

        conn = connect(self.url, autocommit=True, timeout=timeout)
        try:
            check_schema(conn, self.url)
            self.team = my_team(conn, self.url, self.wanted)
            member = conn.execute("SELECT current_user").fetchone()
            self.outbox.attach(self.team, str(member[0] if member else ""))
            self._act_as(str(member[0] if member else self.store.user))
        except psycopg.OperationalError as exc:
            conn.close()
            raise TeamError(f"lost the team server {self.server} ({exc})", "offline") from None
        except BaseException:
            conn.close()
            raise
        self.conn = conn
        return conn

    def disconnect(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):  # closing a broken connection may fail in any way
                self.conn.close()
            self.conn = None

    def claim(self, doc: Document) -> bool:
        """Teammates' annotations on this text, pulled before any file here had it, were put under their authors'
        paths (documents are files here, texts on the server): the file opened now takes them. Nothing else moves:
        only what a pull placed there, never a local document's own annotations."""
        moved = False
        for path in self.outbox.placed(doc.fingerprint):
            if path != doc.path:
                self.outbox.quiet(path)  # moving them here is no action of ours to share
                self.store.adopt(doc, path)
                moved = True
            self.outbox.unplace(path)
        return moved

    # --- one sync ---------------------------------------------------------------------------------

    def sync(self) -> SyncReport:
        """Push everything queued, then pull everything new (network errors raise TeamError `offline`)."""
        import psycopg

        assert self.conn is not None and self.team is not None
        report = SyncReport()
        refused: set[str] = set()
        upto = self.outbox.last_queued()  # what was queued when this sync began: a busy member must still pull
        try:
            while batch := self.outbox.pending(BATCH, upto):
                with self._watch():
                    result = push(self.conn, self.team, [op for _, op in batch])
                gone = set(result.done) | {r[0] for r in result.refused}
                self.outbox.forget([i for i, op in batch if op.op_id in gone], result.refused)
                report.pushed += len(result.done)
                report.refused += [r[2] for r in result.refused]
                refused |= {r[1] for r in result.refused}
                if not gone:
                    break
            if refused:  # what the server refused comes back as the server has it
                report.changed += self._refetch(refused)
            while True:
                link = self.outbox.link()
                with self._watch():
                    pulled = pull(self.conn, self.team, link.last_seq if link else 0)
                with self.lock:
                    report.changed += self.outbox.apply(pulled)
                if not pulled.more:
                    break
        except psycopg.OperationalError as exc:
            self.disconnect()
            raise TeamError(f"lost the team server {self.server} ({' '.join(str(exc).split())})", "offline") from None
        return report

    @contextlib.contextmanager
    def _watch(self, seconds: float = STALL) -> Iterator[None]:
        """A server that stops answering (hung, or a network that swallows packets while the kernel still ACKs)
        must not hold the worker: after `seconds` the connection's socket is shut down, the call fails, the
        worker goes offline and reconnects later."""
        conn = self.conn
        timer = threading.Timer(seconds, _cut, args=(conn,))
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def _refetch(self, ids: set[str]) -> list[str]:
        """The server's rows for `ids`, written here (what it never took, it does not have: kept here, unshared)."""
        assert self.conn is not None
        with self._watch():
            found = fetch(self.conn, ids)
        link = self.outbox.link()
        with self.lock:
            return self.outbox.apply(Pulled(link.last_seq if link else 0, dict(found)))

    # --- what the footer says -------------------------------------------------------------------------

    def status(self, state: State) -> str:
        if state in ("live", "conflict"):
            return "team: conflict" if self.outbox.conflicts() else "team: live"
        if state == "connecting":
            return "team: connecting"
        queued = self.outbox.queued()
        return f"team: offline, {queued} queued" if state == "offline" else f"team: error, {queued} queued"


def _cut(conn: psycopg.Connection[Any] | None) -> None:
    import os
    import socket

    if conn is None or conn.closed:
        return
    with contextlib.suppress(OSError, ValueError), socket.socket(fileno=os.dup(conn.fileno())) as sock:
        sock.shutdown(socket.SHUT_RDWR)  # on a duplicate descriptor: psycopg's own stays valid


def _server_key(url: str) -> str:
    """What identifies the server in the local link: the URL without password or query."""
    return safe_url(url).split("?", 1)[0]


class LiveSync:
    """The app's sync worker: call `run()` in a thread; `kick()` after a local action; `stop()` to end."""

    def __init__(self, sync: TeamSync, on_change: Callable[[list[str]], None], on_state: Callable[[str, str | None], None],
                 *, listen: bool = True, period: float = SAFETY) -> None:
        self.sync = sync
        self.listen = listen
        """False: no LISTEN (e.g. behind a transaction-pooling proxy, where it cannot work): sync every `period` s."""
        self.period = period
        self.on_change = on_change
        self.on_state = on_state
        """(footer text, a one-line message to show once or None)."""
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.state: State = "connecting"

    def kick(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def _set(self, state: State, message: str | None = None) -> None:
        self.state = state
        self.on_state(self.sync.status(state), message)

    def run(self) -> None:
        import time

        attempt = 0
        while not self._stop.is_set():
            try:
                self._session()
            except TeamError as exc:
                attempt = 0 if self.state in ("live", "conflict") else attempt + 1
                news = exc.kind != "offline" or self.state != "offline"
                self._set("offline" if exc.kind == "offline" else "error", str(exc) if news else None)
            delay = RETRY[min(attempt, len(RETRY) - 1)] if self.state == "offline" else 30.0
            deadline = time.monotonic() + delay
            while not self._stop.is_set() and (left := deadline - time.monotonic()) > 0:
                if self._wake.wait(left) and not self._stop.is_set():
                    self._wake.clear()
                    self._set(self.state)  # a local action while offline: the queued count grew
        self.sync.disconnect()

    def _session(self) -> None:
        """One connection's life: sync, then again whenever a local action or the listener says so."""
        conn = self.sync.connect()
        channel = conn.execute("SELECT channel FROM claim_reader.teams WHERE name = %s", (self.sync.team,)).fetchone()
        lost = threading.Event()
        done = threading.Event()
        if self.listen:
            listener = connect(self.sync.url, autocommit=True)
            threading.Thread(target=self._listen, args=(listener, str(channel[0] if channel else ""), lost, done),
                             name="claim-reader-listen", daemon=True).start()
        try:
            while not self._stop.is_set():
                time.sleep(GATHER)  # what else arrives meanwhile goes in the same round trips
                self._wake.clear()
                report = self.sync.sync()
                if report.changed:
                    self.on_change(report.changed)
                self._set("conflict" if self.sync.outbox.conflicts() else "live", "; ".join(dict.fromkeys(report.refused)) or None)
                self._wake.wait(self.period)
                if lost.is_set():
                    raise TeamError(f"lost the team server {self.sync.server}", "offline")
        finally:
            done.set()
            self.sync.disconnect()

    def _listen(self, conn: psycopg.Connection[Any], channel: str, lost: threading.Event, done: threading.Event) -> None:
        """The blocking notifies() loop: every notification (only an annotation id) wakes the sync."""
        import psycopg
        from psycopg import sql

        try:
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
            self._wake.set()  # changes committed before LISTEN took effect: one more pull catches them
            while not done.is_set():
                for _ in conn.notifies(timeout=WAIT):
                    self._wake.set()
        except psycopg.Error:
            lost.set()
            self._wake.set()
        finally:
            with contextlib.suppress(Exception):
                conn.close()
