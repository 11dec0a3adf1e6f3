"""Known checks on the reading screen: match every claim against the archive in a worker, mark the matched
claims, and jump through them (`K`).

A mixin so the screen module stays about layout; reader.core.checks does the work. The archive sits beside
the annotation database (settings.data_dir); opening it also lets the session add each verdict given here.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, cast

from textual import work
from textual.worker import get_current_worker

from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from reader.core.checks.archive import CheckArchive
    from reader.core.checks.matcher import Match
    from reader.tui.widgets.claims_list import ClaimsList


class KnownChecksActions(ReaderParts):
    known: dict[int, list[Match]] = {}
    archive: CheckArchive | None = None

    @work(thread=True, exclusive=True, group="known-checks")
    def find_known_checks(self) -> None:
        """Every claim against the archive, off the UI thread; the marks arrive in one batch."""
        from reader.core.checks.archive import ArchiveError, CheckArchive, default_path
        from reader.core.checks.matcher import Matcher
        from reader.core.checks.verdicts import doc_prefix

        worker = get_current_worker()
        if self.archive is None:
            try:
                self.archive = CheckArchive(default_path(self.settings.data_dir))
            except ArchiveError:
                return
        self.session.known_checks = self.archive
        if not len(self.archive):
            return
        matcher, own = Matcher(self.archive), doc_prefix(self.session.doc)
        found: dict[int, list[Match]] = {}
        for i, claim in enumerate(list(self.session.claims)):
            if worker.is_cancelled:
                return
            matches = matcher.matches(claim.quote, 3, exclude=own)
            if matches:
                found[i] = matches
        self.app.call_from_thread(self._known_checks_found, found)

    def close_known_checks(self) -> None:
        if self.archive is not None:
            self.session.known_checks = None
            with contextlib.suppress(Exception):
                self.archive.close()
            self.archive = None

    def _known_checks_found(self, found: dict[int, list[Match]]) -> None:
        self.known = found
        if self.query("#claims-pane"):
            from reader.tui.widgets.claims_pane import ClaimsPane

            self.query_one(ClaimsPane).set_known(found)
        if found:
            self.query_one(StatusBar).info = f"{len(found)} claims repeat known checks (K: next)"

    def action_known_check(self) -> None:
        """The next claim after the article cursor that repeats a known check (wrapping around)."""
        found = sorted(self.known)
        if not found:
            self.notify("No claim here repeats a known check", timeout=2)
            return
        from reader.tui.widgets.article import ArticleView

        claims = self.session.claims
        cursor = self.query_one(ArticleView).cursor
        after = [i for i in found if claims[i].span.start > cursor]
        i = after[0] if after else found[0]
        self.show_claim(i)
        self.jump_to(claims[i].span)
        cast("ClaimsList", self.query_one("#claims")).focus()
        self.query_one(StatusBar).info = f"known check: claim {i + 1} ({found.index(i) + 1} of {len(found)} matched)"
