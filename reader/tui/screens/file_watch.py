"""The reading screen follows its file: when the article is edited on disk (a story updated, a typo fixed), the
screen reloads it. Annotations live in the store, so nothing is lost: they re-anchor onto the new text as when a
document is opened (exact, moved, fuzzy, ambiguous or orphan), and the cursor stays on the words it was on.

A change is acted on once the file has held still for one check, so a half-written file is never read; a file
that disappears or becomes unreadable is reported once and the article on screen stays as it was.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import TYPE_CHECKING

from reader.core.annotations.model import Selector
from reader.core.documents.document import LoadError
from reader.core.session.session import open_session
from reader.core.text.spans import Span
from reader.tui.screens.screen_parts import ReaderParts
from reader.tui.widgets.article import ArticleView

if TYPE_CHECKING:
    from reader.core.documents.document import Document
    from reader.core.session.session import Session


WATCH_SECONDS = 1.5

Stamp = tuple[int, int] | None
"""(mtime in ns, size) of the file, None when it cannot be read."""


def stamp(path: str) -> Stamp:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def carried_cursor(old: str, new: str, cursor: int) -> int:
    """Where the words under the cursor went in the edited text (the same re-anchoring annotations get)."""
    from reader.core.annotations.anchor import anchor  # edlib loads when a file changes, not at start-up

    if not old or not new:
        return 0
    span = Span(min(cursor, len(old) - 1), min(len(old), cursor + 40))
    found = anchor(new, Selector.from_span(old, span)).span
    return found.start if found is not None else min(cursor, len(new) - 1)


class FileWatch(ReaderParts):
    """Mixin for ReaderScreen: poll the document's file and reload it when it changes."""

    _seen: Stamp = None
    _pending: Stamp = None
    _gone = False

    def watch_file(self) -> None:
        path = self.doc.path
        if not path or path == "-" or not os.path.isfile(path):
            return  # stdin and pasted text have no file to follow
        self._seen = stamp(path)
        self.set_interval(WATCH_SECONDS, self.check_file, name="watch-file")

    def check_file(self) -> None:
        now = stamp(self.doc.path)
        if now == self._seen:
            self._pending = None
            return
        if now is None:
            if not self._gone:
                self._gone = True
                self.notify(f"{self.doc.path} is gone or unreadable; the article stays as it was, your annotations are kept",
                            severity="warning", timeout=8)
            return
        self._gone = False
        if now != self._pending:
            self._pending = now  # still being written, perhaps: act once it holds still
            return
        if self.app.screen is not self:
            return  # a dialog is open: reload after it closes
        self._seen, self._pending = now, None
        self.reload_from_disk()

    def reload_from_disk(self) -> None:
        try:
            doc = self.settings.options.load(self.doc.path)
        except LoadError as exc:
            self.notify(f"not reloaded: {exc}", severity="warning", timeout=8)
            return
        if doc.text == self.doc.text:
            return  # saved again without a change
        self.reopen(doc)

    def reopen(self, doc: Document) -> None:
        self.save_position()
        cursor = carried_cursor(self.doc.text, doc.text, self.query_one(ArticleView).cursor)
        session: Session = open_session(doc, self.session.store, defer=True)
        states = Counter(a.state for a in session.annotations)
        screen = type(self)(session, self.settings)  # type: ignore[call-arg]  # a ReaderScreen
        screen.start_at = cursor
        self.app.switch_screen(screen)
        moved = ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
        screen.notify(f"{doc.name} changed on disk: reloaded" + (f"; annotations: {moved}" if moved else ""), timeout=6)
