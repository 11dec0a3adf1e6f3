"""Team mode in the app: the sync worker thread and its news (the reading screen shows it: screens/team_actions.py).

The worker (reader.core.annotations.sync.LiveSync) runs in a daemon thread: it blocks in psycopg's notifies() and
in network calls, never the UI, and a server that hangs cannot hold up quitting (an unfinished push is
simply pushed again next time: the server applies each action once). It reports through messages to the app
(post_message is thread-safe), which hands them to its reading screens; they re-read the document's annotations
from the local store.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App

    from reader.core.annotations.outbox import Outbox
    from reader.core.annotations.store import AnnotationStore
    from reader.core.annotations.sync import LiveSync


class TeamLive:
    """One app's link to its team server."""

    def __init__(self, app: App[None], store: AnnotationStore, url: str) -> None:
        from reader.core.annotations.sync import LiveSync, TeamSync

        self.app = app
        self.sync = TeamSync(store, url)
        self.live: LiveSync = LiveSync(self.sync, self._changed, self._state)
        self.state = "team: connecting"
        self.conflicts: dict[str, list[tuple[str, str | None]]] = {}
        self._thread = threading.Thread(target=self.live.run, name="claim-reader-team", daemon=True)
        self._lock = threading.Lock()
        self._stopped = False

    @property
    def outbox(self) -> Outbox:
        return self.sync.outbox

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped = True
        self.live.stop()
        self._thread.join(1.0)
        if not self._thread.is_alive():  # else it is stuck on the network: a daemon, it ends with the process
            self.sync.close()

    def kick(self) -> None:
        """A local action was saved: push it now (or count it as queued)."""
        self.live.kick()

    def resolve(self, annotation_id: str, verdict: str | None) -> None:
        self.outbox.resolve(annotation_id, verdict)
        self.kick()

    # --- from the worker thread: messages to the app, which hands them to its reading screens ----------------

    @dataclass
    class Changed(Message):
        """Teammates' changes reached the local store."""

        ids: list[str]

    @dataclass
    class StateChanged(Message):
        """The link's state for the footer (`team: …`), a problem to say once, and the verdict conflicts now."""

        text: str
        message: str | None
        conflicts: dict[str, list[tuple[str, str | None]]]

    def _post(self, message: Message) -> None:
        if self._stopped or not self.app.is_running:
            return
        with contextlib.suppress(RuntimeError):  # the app stopped meanwhile
            self.app.post_message(message)  # thread-safe

    def _changed(self, ids: list[str]) -> None:
        self._post(self.Changed(ids))

    def _state(self, text: str, message: str | None) -> None:
        with self._lock:
            conflicts = self.outbox.conflicts() if text != "team: connecting" else {}
        self._post(self.StateChanged(text, message, conflicts))

    # --- on the UI thread ---------------------------------------------------------------------------

    def take_state(self, event: StateChanged) -> bool:
        """Keep the state an event brought; True when the verdict conflicts changed."""
        changed = event.conflicts != self.conflicts
        self.state, self.conflicts = event.text, event.conflicts
        return changed


def start_team(app: App[None], store: AnnotationStore, url: str | None) -> TeamLive | None:
    """The app's team link, started; None (with one notification) when team mode cannot work here."""
    if not url or store.readonly:
        return None
    from reader.core.annotations.postgres import TeamError  # team mode only: psycopg's glue stays out of a lone start-up

    try:
        team = TeamLive(app, store, url)
    except TeamError as exc:
        app.notify(str(exc), title="team", severity="error", timeout=12)
        return None
    team.start()
    return team


def conflict_text(pairs: list[tuple[str, str | None]]) -> str:
    """'alice: false ≠ bob: true'."""
    return " ≠ ".join(f"{who}: {value or 'cleared'}" for who, value in pairs)
