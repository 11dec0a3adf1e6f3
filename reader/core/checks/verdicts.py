"""Verdicts given in the reader join the archive: a claim you checked is a known check the next time
someone repeats it, in this article or another."""

from __future__ import annotations

import sqlite3

from reader.core.annotations.model import Annotation
from reader.core.checks.archive import ArchiveError, CheckArchive
from reader.core.checks.record import make_check
from reader.core.documents.document import Document
from reader.core.exchange.common import VERDICT_LABELS, document_url

SOURCE = "reader"


def doc_prefix(doc: Document) -> str:
    """Keys of this document's own verdicts: matching its claims leaves them out (a claim is not news to itself)."""
    return f"{SOURCE}:{doc.fingerprint}:"


def _key(doc: Document, annotation: Annotation) -> str:
    return f"{SOURCE}:{annotation.doc_fingerprint or doc.fingerprint}:{annotation.id}"


def sync_verdict(archive: CheckArchive, doc: Document, before: Annotation | None, after: Annotation | None) -> None:
    """Mirror one annotation change into the archive: a live verdict is added or updated, a verdict cleared,
    deleted or orphaned is removed. The archive failing (locked, read-only) never fails the annotation."""
    try:
        if after is not None and after.verdict and after.state != "orphan" and after.selector.exact.strip():
            check = make_check(
                key=_key(doc, after), claim=after.selector.exact, rating=VERDICT_LABELS.get(after.verdict, after.verdict),
                reviewer="you", date=after.modified[:10], appearance=doc.title or doc.path, url=document_url(doc) or "",
                source=SOURCE,
            )
            if check is not None:
                archive.add([check])
                return
        gone = after or before
        if gone is not None:
            archive.remove(_key(doc, gone))
    except (ArchiveError, sqlite3.Error):
        return
