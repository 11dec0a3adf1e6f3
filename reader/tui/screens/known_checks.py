"""Known checks on the reading screen: match every claim against the archive in a worker, mark the matched
claims, and jump through them (`K`).

A mixin so the screen module stays about layout; reader.core.checks does the work. The archive sits beside
the annotation database; opening it also lets the session add each verdict given here to it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, cast

from textual import work
from textual.worker import get_current_worker

from reader.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.core.checks.archive import CheckArchive
    from reader.core.checks.matcher import Match
    from reader.core.claims.extract import Claim
    from reader.core.session.session import Session
    from reader.core.text.spans import Span
    from reader.tui.widgets.claims_list import ClaimsList

    class _Base(Screen[None]):
        """What this mixin uses of ReaderScreen."""

        session: Session

        @property
        def claims(self) -> list[Claim]: ...
        def jump_to(self, span: Span) -> None: ...
else:
    _Base = object


def archive_for(app: object, store_path: str) -> CheckArchive | None:
    """The app's one archive (opened once, beside the annotations), or None when it cannot be had."""
    from reader.core.checks.archive import DB_NAME, ArchiveError, CheckArchive, default_path

    archive = getattr(app, "known_checks", None)
    if archive is None:
        path = os.path.join(os.path.dirname(store_path), DB_NAME) if os.path.isabs(store_path) else default_path()
        try:
            archive = CheckArchive(path)
        except ArchiveError:
            return None
        app.known_checks = archive  # type: ignore[attr-defined]
    return archive


class KnownChecksActions(_Base):
    known: dict[int, list[Match]]

    @work(thread=True, exclusive=True, group="known-checks")
    def find_known_checks(self) -> None:
        """Every claim against the archive, off the UI thread; the marks arrive in one batch."""
        from reader.core.checks.matcher import Matcher
        from reader.core.checks.verdicts import doc_prefix

        worker = get_current_worker()
        archive = archive_for(self.app, getattr(self.session.store, "path", ""))
        if archive is None:
            return
        self.session.known_checks = archive
        if not len(archive):
            return
        matcher, own = Matcher(archive), doc_prefix(self.session.doc)
        found: dict[int, list[Match]] = {}
        for i, claim in enumerate(list(self.claims)):
            if worker.is_cancelled:
                return
            matches = matcher.matches(claim.quote, 3, exclude=own)
            if matches:
                found[i] = matches
        self.app.call_from_thread(self._known_checks_found, found)

    def _known_checks_found(self, found: dict[int, list[Match]]) -> None:
        self.known = found
        if self.query("#claims"):
            cast("ClaimsList", self.query_one("#claims")).set_known(found)
        if found:
            self.query_one(StatusBar).info = f"{len(found)} claims match known checks (K: next)"

    def action_known_check(self) -> None:
        """The next claim after the article cursor that repeats a known check (wrapping around)."""
        found = sorted(getattr(self, "known", {}))
        if not found:
            self.notify("No claim here matches a known check", timeout=2)
            return
        from reader.tui.widgets.article import ArticleView

        cursor = self.query_one(ArticleView).cursor
        after = [i for i in found if self.claims[i].span.start > cursor]
        i = after[0] if after else found[0]
        cast("ClaimsList", self.query_one("#claims")).show_claim(i)
        self.jump_to(self.claims[i].span)
        self.query_one(StatusBar).info = f"known check: claim {i + 1} ({found.index(i) + 1} of {len(found)} matched)"
