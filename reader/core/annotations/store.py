"""The annotation store: a small interface and the policy every backend shares (the records it returns besides
annotations are in reader.core.annotations.records).

Backends (SQLite now, PostgreSQL later) only translate these operations into their dialect; how
a document is recognised and how its annotations are re-anchored lives here, once.

Every user action is one write transaction that reads the row and writes it inside that transaction
(`AnnotationStore.apply` with an `Edit`): a tag added by one process and a note written by another
both survive, and a caller whose copy was stale learns it (`Applied.stale`, `Applied.others`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any, Protocol

from reader.core.annotations.model import Annotation, Edit, Selector, VerdictEvent
from reader.core.documents.document import Document

if TYPE_CHECKING:
    from reader.core.annotations.records import Applied, Change, DocumentInfo, LinkProposal

DB_NAME = "annotations.db"


class StoreError(Exception):
    """The store cannot do what was asked; the message is one line, names the file and the way out.

    `kind` lets a caller react: "readonly" and "full" (a reading command can still read), "foreign",
    "newer", "corrupt", "busy", "io", "cantopen", "invalid" (a value the store refuses), "other"."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(" ".join(message.split()))
        self.kind = kind


class AnnotationStore(Protocol):
    path: str
    readonly: bool
    user: str
    """Who this store's actions are by (creator of new annotations, actor of verdict events)."""

    def save(self, annotation: Annotation, events: Sequence[VerdictEvent] | None = None) -> Annotation:
        """Insert or replace (by id) in one transaction, logging old and new; bumps the version. A changed
        verdict appends `events` (an import's own history), else one event by `user`."""
        ...

    def apply(self, target: Annotation, edit: Edit, text: str | None = None) -> Applied:
        """One user action: read `target`'s row inside the write transaction (or the live annotation
        already on its claim/span, or create `target`), apply `edit`, write, log, bump the version.
        `target.version` is the version the caller saw; an emptied annotation is deleted."""
        ...

    def delete(self, annotation_id: str, seen_version: int | None = None) -> Applied | None:
        """Delete in one transaction (None: there was nothing to delete)."""
        ...

    def get(self, annotation_id: str) -> Annotation | None: ...

    def for_document(self, doc: Document) -> list[Annotation]:
        """The document's annotations (its file's: see `document_key`), re-anchored if its text changed
        (see `reconcile`); orphans last."""
        ...

    def proposals(self, doc: Document) -> list[LinkProposal]:
        """Other documents whose annotations may be this one's (same text or title elsewhere): never applied
        by the store itself."""
        ...

    def adopt(self, doc: Document, other_path: str) -> list[Annotation]:
        """The user's answer to a proposal: the annotations of the document at `other_path` become `doc`'s
        (re-anchored onto its text). Returns `doc`'s annotations."""
        ...

    def context(self, annotation: Annotation, width: int = 160) -> tuple[str, str, str] | None:
        """(before, quote, after) in the text the annotation's quote comes from (an orphan's original
        context), None when that text was not kept."""
        ...

    def all(self) -> list[Annotation]: ...

    def documents(self) -> list[DocumentInfo]: ...

    def set_position(self, fingerprint: str, offset: int, path: str | None = None) -> None:
        """The reading position in the document at `path` (without one: the last seen with this text)."""
        ...

    def get_position(self, fingerprint: str, path: str | None = None) -> int | None: ...

    def history(self, annotation_id: str | None = None, limit: int = 100) -> list[Change]:
        """Change log, newest first."""
        ...

    def verdict_history(self, annotation_id: str) -> list[VerdictEvent]:
        """Every verdict set on the annotation, oldest first (append-only)."""
        ...

    def close(self) -> None: ...


# --- serialisation shared by backends ----------------------------------------------------------


def to_dict(a: Annotation) -> dict[str, Any]:
    d = asdict(a)
    d["tags"] = list(a.tags)
    d["evidence"] = list(a.evidence)
    return d


def from_dict(d: dict[str, Any]) -> Annotation:
    d = dict(d)
    d["selector"] = Selector(**d["selector"])
    d["tags"] = tuple(d.get("tags") or ())
    d["evidence"] = tuple(d.get("evidence") or ())
    return Annotation(**d)


def to_json(a: Annotation | None) -> str | None:
    """ASCII JSON: lone surrogates and control characters survive any database verbatim."""
    import json  # here, not at the top: opening the store for the first paint needs no JSON

    return None if a is None else json.dumps(to_dict(a), ensure_ascii=True, sort_keys=True)


def from_json(s: str | None) -> Annotation | None:
    import json

    return None if s is None else from_dict(json.loads(s))


TEXT_FIELDS = ("id", "doc_title", "verdict", "note", "claim_key", "created", "modified", "state", "creator", "verdict_by",
               "verdict_at")


def check_annotation(a: Annotation) -> None:
    """Refuse, naming the field, text that no store can hold (NUL, unpaired surrogates): the last guard
    behind the CLI, the app and the importer, which reject or replace such text where it comes in."""
    from reader.core.annotations.model import unstorable

    fields: list[tuple[str, str | None]] = [(name, getattr(a, name)) for name in TEXT_FIELDS]
    fields += [("quote", a.selector.exact), ("prefix", a.selector.prefix), ("suffix", a.selector.suffix)]
    fields += [(f"tag {i + 1}", t) for i, t in enumerate(a.tags)] + [(f"source {i + 1}", e) for i, e in enumerate(a.evidence)]
    for name, value in fields:
        why = unstorable(value) if value else None
        if why:
            raise StoreError(f"the annotation's {name} holds {why}; nothing was saved", "invalid")


def event_for(before: Annotation | None, after: Annotation | None, actor: str, at: str) -> VerdictEvent | None:
    """The verdict event a write makes: a new value, or new evidence for the same one (None: no event).
    By `after.verdict_by` at `after.verdict_at` when the annotation says (an import), else `actor` now."""
    if after is None:
        return None
    if before is not None and (before.verdict, before.evidence) == (after.verdict, after.evidence):
        return None
    if before is None and after.verdict is None:
        return None
    from reader.core.annotations.model import new_id

    return VerdictEvent(new_id(), after.id, after.verdict_by or actor, after.verdict_at or at, after.verdict, after.evidence,
                        before.version if before else 0)


def same_target(a: Annotation, target: Annotation) -> bool:
    """`a` is the live annotation a new `target` would duplicate: same claim, else same words."""
    if a.state == "orphan":
        return False
    if target.claim_key is not None and a.claim_key == target.claim_key:
        return True
    return a.selector.start == target.selector.start and a.selector.end == target.selector.end


# --- document identity and re-anchoring --------------------------------------------------------


def document_key(path: str, fingerprint: str) -> str:
    """What a document is: its file (the real path, so a relative path or a symlink names the same one);
    a text with no file (read from a pipe) is its content."""
    if path in ("", "-"):
        return "text:" + fingerprint
    import os

    return os.path.realpath(path)


def needs_anchor(text: str, a: Annotation) -> bool:
    """An annotation saved against this very text is trusted if its quote is where it says."""
    if a.state in ("exact", "moved"):
        return text[a.selector.start : a.selector.end] != a.selector.exact
    return False


def reconcile(doc: Document, rows: Sequence[tuple[Annotation, str | None]]) -> tuple[list[Annotation], list[Annotation]]:
    """(what to show, what to write back) for the document's annotations, `rows` = (annotation, the
    fingerprint of the text it was last placed in). Those placed in another text are re-anchored;
    what landed verbatim now belongs to this version, what did not (fuzzy, ambiguous, orphan) keeps
    the version its quote comes from, so an orphan can still show its original context."""
    fp = doc.fingerprint
    keep: list[Annotation] = []
    redo: list[Annotation] = []
    for a, seen_in in rows:
        placed_here = seen_in == fp or (seen_in is None and a.doc_fingerprint == fp)
        (keep if placed_here and not needs_anchor(doc.text, a) else redo).append(a)
    path = doc.path if doc.path not in ("", "-") else None
    write = []
    for a in _reanchor_all(doc.text, redo):
        home = fp if a.state in ("exact", "moved") else a.doc_fingerprint
        write.append(replace(a, doc_fingerprint=home, doc_path=path or a.doc_path, doc_title=doc.title or a.doc_title))
    show = sorted([*keep, *write], key=lambda a: (a.state == "orphan", a.selector.start, a.created))
    return show, write


def context_in(text: str, a: Annotation, width: int = 160) -> tuple[str, str, str] | None:
    """(before, quote, after) of `a` in `text`, the version its quote was taken from: where the stored
    prefix + quote + suffix are, else where its position says the quote is."""
    sel = a.selector
    at = text.find(sel.prefix + sel.exact + sel.suffix)
    start = at + len(sel.prefix) if at >= 0 else sel.start
    if text[start : start + len(sel.exact)] != sel.exact:
        return None
    end = start + len(sel.exact)
    return text[max(0, start - width) : start], sel.exact, text[end : end + width]


def _reanchor_all(text: str, annotations: list[Annotation]) -> list[Annotation]:
    """reader.core.annotations.anchor (rapidfuzz, edlib) loads only when something needs re-anchoring."""
    if not annotations:
        return []
    from reader.core.annotations.anchor import reanchor_all

    return reanchor_all(text, annotations)
