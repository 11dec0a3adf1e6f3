"""One document being annotated: its claims, its annotations, and undo/redo over the store.

The TUI and the CLI both act through a Session, so "one user action = one saved transaction"
and the undo history are defined once, here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from reader.core.annotations.model import VERDICTS, Annotation, Edit, Selector, VerdictEvent, undo_edit
from reader.core.annotations.store import AnnotationStore
from reader.core.claims.record import claim_key
from reader.core.documents.document import Document
from reader.core.session.claim_view import ClaimMark
from reader.core.text.safe import safe_inline
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
    notice: str | None = None
    """Set by an action that found its annotation changed by someone else meanwhile (shown, then cleared)."""
    known_checks: CheckArchive | None = None
    """Where a verdict given here joins the known checks (reader.core.checks); None: nowhere."""
    _undo: list[Step] = field(default_factory=list)
    _redo: list[Step] = field(default_factory=list)

    @classmethod
    def open(cls, doc: Document, claims: list[Claim], store: AnnotationStore) -> Session:
        return cls(doc, claims, store, store.for_document(doc))

    def reload(self) -> None:
        """Read the document's annotations again (another process may have changed them)."""
        self.annotations = self.store.for_document(self.doc)

    def take_notice(self) -> str | None:
        notice, self.notice = self.notice, None
        return notice

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

    def claim_marks(self) -> dict[int, ClaimMark]:
        """What each annotated claim is marked with, by claim index (the same match as `find`, in one pass)."""
        live = [a for a in self.annotations if a.state != "orphan"]
        if not live:
            return {}
        by_span: dict[Span, Annotation] = {}
        by_key: dict[str, Annotation] = {}
        for a in live:
            by_span.setdefault(a.span, a)
            if a.claim_key is not None:
                by_key.setdefault(a.claim_key, a)
        marks: dict[int, ClaimMark] = {}
        for i, c in enumerate(self.claims):
            a = by_span.get(c.span) or by_key.get(claim_key(c))
            if a is not None:
                marks[i] = ClaimMark.of(a)
        return marks

    def reviewed(self) -> set[int]:
        """Claims with a verdict (the `]` jump skips them)."""
        return {i for i, m in self.claim_marks().items() if m.verdict}

    def add_claims(self, batch: Sequence[Claim], done: bool) -> int:
        """Claims found by the extractor running beside the reader; returns the index of the first one added."""
        first = len(self.claims)
        self.claims.extend(batch)
        self.claims_pending = not done
        return first

    def known_tags(self) -> list[str]:
        """Tags used anywhere in the store, most recent first, for completion."""
        seen: dict[str, None] = {}
        for a in sorted(self.store.all(), key=lambda a: a.modified, reverse=True):
            for t in a.tags:
                seen.setdefault(t, None)
        return list(seen)

    def get(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def original_context(self, a: Annotation, width: int = 50) -> str | None:
        """'…before⟦quote⟧after…' in the text the annotation was last placed in, shown safely: an orphan has
        no place in this text, so this is how a reader sees what it was on (None when that text was not kept)."""
        was = self.store.context(a, width)
        if was is None:
            return None
        return f"…{safe_inline(was[0])}⟦{safe_inline(was[1], 60)}⟧{safe_inline(was[2])}…"

    def verdict_history(self, annotation_id: str) -> list[VerdictEvent]:
        """Who set which verdict when, on what evidence (for the claim detail)."""
        return self.store.verdict_history(annotation_id)

    # ----- actions (each one transaction, read and written inside it) -----------------------
    def _target(self, span: Span, key: str | None) -> Annotation:
        """The annotation an action on `span` edits: the live one there, else a new one (the store
        still finds one another process made meanwhile)."""
        return self.find(span, key) or Annotation(
            selector=Selector.from_span(self.doc.text, span),
            doc_fingerprint=self.doc.fingerprint,
            doc_path=self.doc.path,
            doc_title=self.doc.title,
            claim_key=key,
        )

    def _do(self, target: Annotation, edit: Edit, record: bool = True) -> Annotation | None:
        applied = self.store.apply(target, edit, self.doc.text)
        self._sync_known(applied.before, applied.after)
        self.notice = applied.notice()
        if applied.stale:
            self.reload()  # our copies were stale: show what is stored now, others' changes included
        else:
            self._replace(target.id, applied.after)
            if applied.before is not None and applied.before.id != target.id:
                self._replace(applied.before.id, applied.after)
        if record:
            self._undo.append(Step(applied.before, applied.after, edit.label))
            self._redo.clear()
        return applied.after

    def _sync_known(self, before: Annotation | None, after: Annotation | None) -> None:
        """Every saved change passes here (actions, undo, redo, delete): the known checks follow the verdicts."""
        if self.known_checks is not None:
            from reader.core.checks.verdicts import sync_verdict  # only sessions that keep known checks load it

            sync_verdict(self.known_checks, self.doc, before, after)

    def _replace(self, old_id: str, new: Annotation | None) -> None:
        self.annotations = [a for a in self.annotations if a.id != old_id and (new is None or a.id != new.id)]
        if new is not None:
            self.annotations.append(new)
            self.annotations.sort(key=lambda a: (a.selector.start, a.created))

    def annotate(self, span: Span, key: str | None = None, label: str = "annotate", **changes: object) -> Annotation | None:
        """Set fields (`verdict`, `note`, `highlight`, `tags`) of the annotation on `span` in one action."""
        tags = changes.pop("tags", None)
        edit = Edit(label=label, **changes)  # type: ignore[arg-type]
        if tags is not None:
            current = self._target(span, key).tags
            wanted: tuple[str, ...] = tuple(tags)  # type: ignore[arg-type]
            edit = replace(edit, add_tags=tuple(t for t in wanted if t not in current),
                           remove_tags=tuple(t for t in current if t not in wanted))
        return self._do(self._target(span, key), edit)

    def edit(self, span: Span, key: str | None, edit: Edit) -> Annotation | None:
        """Any combination of changes to the annotation on `span`, as one action."""
        return self._do(self._target(span, key), edit)

    def set_verdict(self, span: Span, verdict: str | None, key: str | None = None, evidence: Sequence[str] = ()) -> Annotation | None:
        """Set (or clear) the verdict; `evidence` = the sources (links or citations) it rests on."""
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
        clean = tuple(dict.fromkeys(e.strip() for e in evidence if e.strip()))
        return self._do(self._target(span, key), Edit(verdict=verdict, evidence=clean, label=f"verdict {verdict or 'cleared'}"))

    def set_tags(self, span: Span, tags: list[str], key: str | None = None) -> Annotation | None:
        """Make the tags `tags`: adds what is new and removes what the user took out, nothing else
        (a tag someone else added meanwhile stays)."""
        clean = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        return self.annotate(span, key, "tags", tags=clean)

    def add_tags(self, span: Span, tags: list[str], key: str | None = None) -> Annotation | None:
        clean = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        return self._do(self._target(span, key), Edit(add_tags=clean, label="tags"))

    def remove_tags(self, span: Span, tags: list[str], key: str | None = None) -> Annotation | None:
        return self._do(self._target(span, key), Edit(remove_tags=tuple(tags), label="tags"))

    def set_note(self, span: Span, note: str | None, key: str | None = None) -> Annotation | None:
        return self._do(self._target(span, key), Edit(note=note or None, label="note"))

    def toggle_highlight(self, span: Span, key: str | None = None) -> Annotation | None:
        return self._do(self._target(span, key), Edit(highlight="toggle", label="highlight"))

    def set_highlight(self, span: Span, on: bool, key: str | None = None) -> Annotation | None:
        return self._do(self._target(span, key), Edit(highlight=on, label="highlight"))

    def confirm(self, annotation_id: str) -> Annotation | None:
        """Accept a fuzzy or ambiguous anchoring as right: the quote becomes the words it now covers."""
        a = self.get(annotation_id)
        if a is None or a.span.end > len(self.doc.text):
            return None
        sel = Selector.from_span(self.doc.text, a.span)
        return self._do(a, Edit(selector=sel, fingerprint=self.doc.fingerprint, label="confirm anchoring"))

    def reattach(self, annotation_id: str, span: Span) -> Annotation | None:
        """Put an orphan (or a doubtful anchoring) on the span the user chose."""
        a = self.get(annotation_id)
        if a is None:
            return None
        sel = Selector.from_span(self.doc.text, span)
        return self._do(a, Edit(selector=sel, fingerprint=self.doc.fingerprint, label="re-attach"))

    def delete(self, annotation_id: str) -> bool:
        a = self.get(annotation_id)
        if a is None:
            return False
        applied = self.store.delete(a.id, a.version)
        self._sync_known(a, None)
        self._replace(a.id, None)
        if applied is not None:
            self.notice = applied.notice()
            self._undo.append(Step(applied.before, None, "delete"))
            self._redo.clear()
        return True

    # ----- undo / redo -------------------------------------------------------------------
    def _revert(self, frm: Annotation | None, to: Annotation | None, label: str) -> None:
        """Take the fields `frm` → `to` changed back to `to`, on the annotation as stored now."""
        either = to or frm
        assert either is not None
        current = self.get(either.id)
        if current is not None:
            self._do(current, undo_edit(frm, to, label), record=False)
        elif to is not None:  # gone: re-create it as the step left it (merged into one made meanwhile, if any)
            self._do(replace(to, version=0), undo_edit(None, to, label), record=False)

    def undo(self) -> str | None:
        return self._replay(self._undo, self._redo, back=True)

    def redo(self) -> str | None:
        return self._replay(self._redo, self._undo, back=False)

    def _replay(self, source: list[Step], target: list[Step], *, back: bool) -> str | None:
        """Take the last step of one history (undo or redo), apply it backwards or forwards, keep it on the other;
        its label, or None when there is nothing to take."""
        if not source:
            return None
        step = source.pop()
        frm, to = (step.after, step.before) if back else (step.before, step.after)
        self._revert(frm, to, step.label)
        target.append(step)
        return step.label

