"""Team mode in the app: the sync worker thread, the footer's `team: …` state, teammates' changes on screen.

The worker (reader.core.annotations.sync.LiveSync) runs in a daemon thread: it blocks in psycopg's notifies() and
in network calls, never the UI, and a server that hangs cannot hold up quitting (an unfinished push is
simply pushed again next time: the server applies each action once). It reports through messages to the app
(post_message is thread-safe), which hands them to its reading screens; they re-read the document's annotations
from the local store.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from textual.message import Message

from reader.core.annotations.store import StoreError
from reader.core.session.claim_view import NO_MARK, ClaimMark
from reader.tui.screens.screen_parts import ReaderParts

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


class TeamScreen(ReaderParts):
    """What the reading screen does in team mode (a mixin of ReaderScreen; a no-op without a team). The app's team
    link is handed down in the screen's settings; its news comes down from the app (ClaimReaderApp.on_team_live_…)."""

    def _team(self) -> TeamLive | None:
        return self.settings.team

    def team_changed(self, ids: list[str]) -> None:
        """A teammate's change reached the local store: show the document's annotations as they are now."""
        self.session.reload()
        if self.ready:  # else the side pane, still being built, shows them when it is
            self.refresh_annotations()

    def team_state_changed(self, text: str, conflicts_changed: bool) -> None:
        from reader.tui.widgets.status import StatusBar

        for status in self.query(StatusBar):
            status.team_state = text
        if conflicts_changed and self.ready:
            self.refresh_annotations()

    def show_team_state(self) -> None:
        """On mount: the footer's team state, and teammates' annotations pulled onto this text before (TeamSync.claim)."""
        team = self._team()
        if team is not None:
            session = self.session
            try:
                with team.sync.lock:
                    moved = team.sync.claim(session.doc)
            except StoreError as exc:
                self.notify(str(exc), severity="error", timeout=10)
                moved = False
            if moved:
                session.reload()
            self.team_state_changed(team.state, False)

    def team_marks(self, marks: dict[int, ClaimMark]) -> dict[int, ClaimMark]:
        """Claims whose verdict is in conflict are marked `conflict` (≠) instead of one of the values."""
        team = self._team()
        if team is None or not team.conflicts:
            return marks
        session = self.session
        for i in range(len(session.claims)):
            a = session.for_claim(i)
            if a is not None and a.id in team.conflicts:
                marks[i] = replace(marks.get(i, NO_MARK), verdict="conflict")
        return marks

    def team_conflicts(self) -> dict[str, str]:
        team = self._team()
        return {aid: conflict_text(pairs) for aid, pairs in team.conflicts.items()} if team is not None else {}

    def team_resolve(self, annotation_id: str | None, verdict: str | None) -> bool:
        """Setting a verdict on a claim in conflict settles it, even with the value already shown."""
        team = self._team()
        if team is None or annotation_id is None or annotation_id not in team.conflicts:
            return False
        team.resolve(annotation_id, verdict)
        return True
