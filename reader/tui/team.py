"""Team mode in the app: the sync worker thread, the footer's `team: …` state, teammates' changes on screen.

The worker (reader.core.annotations.sync.LiveSync) runs in a daemon thread: it blocks in psycopg's notifies() and
in network calls, never the UI, and a server that hangs cannot hold up quitting (an unfinished push is
simply pushed again next time: the server applies each action once). It reports through
`call_from_thread`; the reading screen then re-reads the document's annotations from the local store.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.annotations.postgres import TeamError
from reader.core.annotations.store import StoreError
from reader.core.session.claim_view import NO_MARK, ClaimMark

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

    # --- from the worker thread ------------------------------------------------------------------

    def _call(self, fn: object, *args: object) -> None:
        if self._stopped or not self.app.is_running:
            return
        with contextlib.suppress(RuntimeError):  # the app stopped meanwhile
            self.app.call_from_thread(fn, *args)  # type: ignore[arg-type]

    def _changed(self, ids: list[str]) -> None:
        self._call(self._show_changes, ids)

    def _state(self, text: str, message: str | None) -> None:
        with self._lock:
            conflicts = self.outbox.conflicts() if text != "team: connecting" else {}
        self._call(self._show_state, text, message, conflicts)

    # --- on the UI thread ---------------------------------------------------------------------------

    def _show_changes(self, ids: list[str]) -> None:
        for screen in self.app.screen_stack:  # the reading screen may be under a dialog
            refresh = getattr(screen, "team_changed", None)
            if refresh is not None:
                refresh(ids)

    def _show_state(self, text: str, message: str | None, conflicts: dict[str, list[tuple[str, str | None]]]) -> None:
        changed = conflicts != self.conflicts
        self.state, self.conflicts = text, conflicts
        if message:
            self.app.notify(message, title="team", severity="warning", timeout=8)
        for screen in self.app.screen_stack:
            show = getattr(screen, "team_state_changed", None)
            if show is not None:
                show(text, changed)


def start_team(app: App[None], store: AnnotationStore, url: str | None) -> TeamLive | None:
    """The app's team link, started; None (with one notification) when team mode cannot work here."""
    if not url or store.readonly:
        return None
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


class TeamScreen:
    """What the reading screen does in team mode (a mixin of ReaderScreen; a no-op without a team)."""

    def _team(self) -> TeamLive | None:
        return getattr(getattr(self, "app", None), "team", None)

    def team_changed(self, ids: list[str]) -> None:
        """A teammate's change reached the local store: show the document's annotations as they are now."""
        session = self.session  # type: ignore[attr-defined]
        session.reload()
        if getattr(self, "ready", False):  # else the side pane, still being built, shows them when it is
            self.refresh_annotations()  # type: ignore[attr-defined]

    def team_state_changed(self, text: str, conflicts_changed: bool) -> None:
        from reader.tui.widgets.status import StatusBar

        for status in self.query(StatusBar):  # type: ignore[attr-defined]
            status.team_state = text
        if conflicts_changed and getattr(self, "ready", False):
            self.refresh_annotations()  # type: ignore[attr-defined]

    def show_team_state(self) -> None:
        """On mount: the footer's team state, and teammates' annotations pulled onto this text before (TeamSync.claim)."""
        team = self._team()
        if team is not None:
            session = self.session  # type: ignore[attr-defined]
            try:
                with team.sync.lock:
                    moved = team.sync.claim(session.doc)
            except StoreError as exc:
                self.notify(str(exc), severity="error", timeout=10)  # type: ignore[attr-defined]
                moved = False
            if moved:
                session.reload()
            self.team_state_changed(team.state, False)

    def team_marks(self, marks: dict[int, ClaimMark]) -> dict[int, ClaimMark]:
        """Claims whose verdict is in conflict are marked `conflict` (≠) instead of one of the values."""
        team = self._team()
        if team is None or not team.conflicts:
            return marks
        session = self.session  # type: ignore[attr-defined]
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
