"""What the reading screen does in team mode: the footer's `team: …` state, teammates' changes on screen, verdict
conflicts marked and settled. A mixin of ReaderScreen (a no-op without a team); the app's team link
(reader/tui/team.py) is handed down in the screen's settings, and its news comes down from the app
(ClaimReaderApp.on_team_live_…).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.annotations.store import StoreError
from reader.core.session.claim_view import NO_MARK, ClaimMark
from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.team import conflict_text

if TYPE_CHECKING:
    from reader.tui.team import TeamLive


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
