"""One document being annotated: its claims, its annotations, and undo/redo over the store.

The TUI and the CLI both act through a Session, so "one user action = one saved transaction"
and the undo history are defined once, here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from reader.core.annotations.model import VERDICTS, Annotation, Selector
from reader.core.annotations.store import AnnotationStore
from reader.core.documents.document import Document
from reader.core.text.spans import Span

if TYPE_CHECKING:
    from reader.core.checks.archive import CheckArchive
    from reader.core.claims.extract import Claim


DEFER_CLAIMS_CHARS = 2_000_000
"""Above this many characters, claims are not extracted before the article is shown
(extraction runs at ~1.5 MB/s): the session opens with none and the reading screen streams them in."""


def claims_deferred(doc: Document) -> bool:
    """Whether `doc` is too big to extract claims before its first paint."""
    return len(doc.text) > DEFER_CLAIMS_CHARS


def open_session(doc: Document, store: AnnotationStore, claims: list[Claim] | None = None, defer: bool = False) -> Session:
    """The session a reading screen shows: claims extracted now, unless given, the doc is huge, or
    `defer` (the reading screen then finds them right after painting the article)."""
    pending = claims is None and (defer or claims_deferred(doc))
    if claims is None:
        if pending:
            claims = []
        else:
            from reader.core.claims.extract import extract_claims  # the extractor's regexes cost start-up time

            claims = extract_claims(doc)
    session = Session.open(doc, claims, store)
    session.claims_pending = pending
    return session


def claim_key(claim: Claim) -> str:
    return f"{claim.kind}:{claim.span.start}:{claim.span.end}"


@dataclass
class Step:
    """One undoable action: the annotation before (None: created) and after (None: deleted)."""

    before: Annotation | None
    after: Annotation | None
    label: str


@dataclass
class Session:
    doc: Document
    claims: list[Claim]
    store: AnnotationStore
    annotations: list[Annotation] = field(default_factory=list)
    claims_pending: bool = False
    """True while the claims of a long document are still being found (the UI streams them in)."""
    known_checks: CheckArchive | None = None
    """Where a verdict given here joins the known checks (reader.core.checks); None: nowhere."""
    _undo: list[Step] = field(default_factory=list)
    _redo: list[Step] = field(default_factory=list)

    @classmethod
    def open(cls, doc: Document, claims: list[Claim], store: AnnotationStore) -> Session:
        return cls(doc, claims, store, store.for_document(doc))

    # ----- lookups ------------------------------------------------------------------------
    def find(self, span: Span, key: str | None = None) -> Annotation | None:
        """The live annotation on exactly this span (or made on this claim), if any."""
        for a in self.annotations:
            if a.state != "orphan" and a.span == span:
                return a
        if key is not None:
            return next((a for a in self.annotations if a.claim_key == key and a.state != "orphan"), None)
        return None

    def for_claim(self, index: int) -> Annotation | None:
        claim = self.claims[index]
        return self.find(claim.span, claim_key(claim))

    def claim_marks(self) -> tuple[dict[int, str], dict[int, tuple[str, ...]]]:
        """Verdict and tags per claim index, for the claims pane."""
        verdicts: dict[int, str] = {}
        tags: dict[int, tuple[str, ...]] = {}
        for i in range(len(self.claims)):
            a = self.for_claim(i)
            if a is not None:
                if a.verdict:
                    verdicts[i] = a.verdict
                if a.tags:
                    tags[i] = a.tags
        return verdicts, tags

    def known_tags(self) -> list[str]:
        """Tags used anywhere in the store, most recent first, for completion."""
        seen: dict[str, None] = {}
        for a in sorted(self.store.all(), key=lambda a: a.modified, reverse=True):
            for t in a.tags:
                seen.setdefault(t, None)
        return list(seen)

    def get(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    # ----- actions (each one transaction) ---------------------------------------------------
    def _commit(self, before: Annotation | None, after: Annotation | None, label: str) -> Annotation | None:
        if after is None:
            if before is not None:
                self.store.delete(before.id)
        else:
            after = self.store.save(after)
        self._replace(before, after)
        self._undo.append(Step(before, after, label))
        self._redo.clear()
        return after

    def _replace(self, old: Annotation | None, new: Annotation | None) -> None:
        either = old or new
        key = either.id if either else None
        self.annotations = [a for a in self.annotations if a.id != key]
        if new is not None:
            self.annotations.append(new)
            self.annotations.sort(key=lambda a: (a.selector.start, a.created))
        if self.known_checks is not None:
            from reader.core.checks.verdicts import sync_verdict  # only sessions that keep known checks load it

            sync_verdict(self.known_checks, self.doc, old, new)

    def annotate(self, span: Span, key: str | None = None, label: str = "annotate", **changes: object) -> Annotation | None:
        """Create or edit the annotation on `span` with `changes`; an emptied one is deleted."""
        before = self.find(span, key)
        if before is None:
            after = Annotation(
                selector=Selector.from_span(self.doc.text, span),
                doc_fingerprint=self.doc.fingerprint,
                doc_path=self.doc.path,
                doc_title=self.doc.title,
                claim_key=key,
            )
            after = replace(after, **changes)  # type: ignore[arg-type]
        else:
            after = before.edited(**changes)
        if not (after.verdict or after.tags or after.note or after.highlight):
            if before is None:
                return None
            return self._commit(before, None, label)
        return self._commit(before, after, label)

    def set_verdict(self, span: Span, verdict: str | None, key: str | None = None) -> Annotation | None:
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
        return self.annotate(span, key, f"verdict {verdict or 'cleared'}", verdict=verdict)

    def set_tags(self, span: Span, tags: list[str], key: str | None = None) -> Annotation | None:
        clean = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        return self.annotate(span, key, "tags", tags=clean)

    def add_tags(self, span: Span, tags: list[str], key: str | None = None) -> Annotation | None:
        current = self.find(span, key)
        return self.set_tags(span, [*(current.tags if current else ()), *tags], key)

    def set_note(self, span: Span, note: str | None, key: str | None = None) -> Annotation | None:
        return self.annotate(span, key, "note", note=note or None)

    def toggle_highlight(self, span: Span, key: str | None = None) -> Annotation | None:
        current = self.find(span, key)
        return self.annotate(span, key, "highlight", highlight=not (current and current.highlight))

    def confirm(self, annotation_id: str) -> Annotation | None:
        """Accept a fuzzy or ambiguous anchoring as right."""
        a = self.get(annotation_id)
        return None if a is None else self._commit(a, a.edited(state="exact"), "confirm anchoring")

    def reattach(self, annotation_id: str, span: Span) -> Annotation | None:
        """Put an orphan (or a doubtful anchoring) on the span the user chose."""
        a = self.get(annotation_id)
        if a is None:
            return None
        sel = Selector.from_span(self.doc.text, span)
        return self._commit(a, a.edited(selector=sel, state="exact", doc_fingerprint=self.doc.fingerprint), "re-attach")

    def delete(self, annotation_id: str) -> bool:
        a = self.get(annotation_id)
        if a is None:
            return False
        self._commit(a, None, "delete")
        return True

    # ----- undo / redo -------------------------------------------------------------------
    def _apply(self, frm: Annotation | None, to: Annotation | None) -> None:
        if to is None:
            if frm is not None:
                self.store.delete(frm.id)
        else:
            to = self.store.save(to.edited())
        self._replace(frm, to)

    def undo(self) -> str | None:
        if not self._undo:
            return None
        step = self._undo.pop()
        current = self.get((step.after or step.before).id)  # type: ignore[union-attr]
        self._apply(current, step.before)
        self._redo.append(step)
        return step.label

    def redo(self) -> str | None:
        if not self._redo:
            return None
        step = self._redo.pop()
        current = self.get((step.after or step.before).id)  # type: ignore[union-attr]
        self._apply(current, step.after)
        self._undo.append(step)
        return step.label
