"""A verdict given in a session joins the known checks; clearing it, deleting it or undoing it takes it out."""

from __future__ import annotations

from pathlib import Path

from reader.core.annotations.backends import open_store
from reader.core.checks.archive import CheckArchive
from reader.core.checks.matcher import Matcher
from reader.core.checks.verdicts import doc_prefix
from reader.core.documents.document import from_text
from reader.core.session.session import open_session
from reader.core.text.spans import Span

TEXT = ("The ministry said on Monday that 7,000 troops had been killed since the start of the conflict. "
        "Officials declined to give a figure for the wounded.\n")


def test_verdicts_follow_the_session(tmp_path: Path) -> None:
    doc = from_text(TEXT, path=str(tmp_path / "a.txt"), title="Casualties")
    with open_store(str(tmp_path / "data")) as store, CheckArchive(str(tmp_path / "data" / "checks.db")) as archive:
        session = open_session(doc, store)
        session.known_checks = archive
        start = TEXT.index("7,000")
        span = Span(start, TEXT.index(" since"))
        session.set_verdict(span, "misleading")
        (stored,) = list(archive)
        assert (stored.check.rating, stored.check.appearance, stored.check.source) == ("Misleading", "Casualties", "reader")
        other = "Officials say 7,000 troops have been killed since the conflict started."
        assert Matcher(archive).matches(other)[0].check.key == stored.check.key
        assert Matcher(archive).matches(other, exclude=doc_prefix(doc)) == []
        session.set_verdict(span, "false")
        assert [s.check.rating for s in archive] == ["False"]
        session.undo()
        assert [s.check.rating for s in archive] == ["Misleading"]
        session.set_verdict(span, None)
        assert list(archive) == []
        session.undo()
        assert len(archive) == 1
        session.delete(session.annotations[0].id)
        assert len(archive) == 0
