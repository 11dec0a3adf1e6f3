"""The annotation store: a small interface, the policy every backend shares, and the records it returns.

Backends (SQLite now, PostgreSQL later) only translate these operations into their dialect; how
a document is recognised and how its annotations are re-anchored lives here, once.

Every user action is one write transaction that reads the row and writes it inside that transaction
(`AnnotationStore.apply` with an `Edit`): a tag added by one process and a note written by another
both survive, and a caller whose copy was stale learns it (`Applied.stale`, `Applied.others`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol

from reader.core.annotations.model import Annotation, Edit, Selector, VerdictEvent
from reader.core.documents.document import Document

DB_NAME = "annotations.db"


class StoreError(Exception):
    """The store cannot do what was asked; the message is one line, names the file and the way out."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    fingerprint: str
    path: str
    title: str
    annotations: int
    position: int | None
    seen: str


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the per-annotation change log: what undo/redo replays (old -> new)."""

    seq: int
    annotation_id: str
    action: str
    """"save", "delete" (user actions) or "reanchor" (the text changed under the annotation)."""
    at: str
    old: Annotation | None
    new: Annotation | None
    actor: str = ""


@dataclass(frozen=True, slots=True)
class Applied:
    """What one action did, read and written inside its transaction."""

    before: Annotation | None
    """The stored row the action was applied to (None: it created the annotation)."""
    after: Annotation | None
    """The row now (None: the action emptied or deleted it)."""
    stale: bool = False
    """The caller's copy was not the stored one: someone else changed (or created) it meanwhile."""
    others: tuple[str, ...] = ()
    """Who made the changes the caller had not seen."""

    def notice(self) -> str | None:
        """One line for the user when someone else changed the annotation meanwhile, else None."""
        if not self.stale:
            return None
        who = ", ".join(self.others) or "someone else"
        if self.before is None:
            return f"{who} changed this annotation meanwhile; reloaded, your change applied on top"
        return f"{who} changed this annotation meanwhile (now version {self.before.version}); reloaded, your change applied on top"


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
        """The document's annotations, re-anchored if its text changed (see `reconcile`)."""
        ...

    def all(self) -> list[Annotation]: ...

    def documents(self) -> list[DocumentInfo]: ...

    def set_position(self, fingerprint: str, offset: int, path: str | None = None) -> None: ...

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


def needs_anchor(text: str, a: Annotation) -> bool:
    """An annotation saved against this very text is trusted if its quote is where it says."""
    if a.state in ("exact", "moved"):
        return text[a.selector.start : a.selector.end] != a.selector.exact
    return False


def reconcile(doc: Document, same: Sequence[Annotation], other: Sequence[Annotation]) -> tuple[list[Annotation], list[Annotation]]:
    """(what to show, what to write back) for a document opened with `doc`.

    `same` carry doc's fingerprint; `other` were found by path (or title) under an older text and
    are re-anchored and adopted. If none of `other` lands anywhere, the file at that path (or with
    that title) is probably another article: they are shown as orphans but stay with their old text.
    """
    show: list[Annotation] = []
    write: list[Annotation] = []
    stale = [a for a in same if needs_anchor(doc.text, a)]
    stale_ids = {a.id for a in stale}
    for a in same:
        if a.id in stale_ids:
            continue
        if (a.doc_path, a.doc_title) != (doc.path, doc.title) and doc.path != "-":
            a = replace(a, doc_path=doc.path, doc_title=doc.title)
            write.append(a)
        show.append(a)
    path = doc.path if doc.path != "-" else None
    moved = [
        replace(a, doc_fingerprint=doc.fingerprint, doc_path=path or a.doc_path, doc_title=doc.title or a.doc_title)
        for a in _reanchor_all(doc.text, [*stale, *other])
    ]
    n = len(stale)
    show += moved[:n]
    write += moved[:n]
    if any(a.state != "orphan" for a in moved[n:]):
        show += moved[n:]
        write += moved[n:]
    else:
        show += [replace(a, state="orphan") for a in other]
    show.sort(key=lambda a: (a.selector.start, a.created))
    return show, write


def _reanchor_all(text: str, annotations: list[Annotation]) -> list[Annotation]:
    """reader.core.annotations.anchor (rapidfuzz, edlib) loads only when something needs re-anchoring."""
    if not annotations:
        return []
    from reader.core.annotations.anchor import reanchor_all

    return reanchor_all(text, annotations)
