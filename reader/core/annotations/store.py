"""The annotation store: a small interface, the policy every backend shares, and `open_store`.

Backends (SQLite now, PostgreSQL later) only translate these operations into their dialect; how
a document is recognised and how its annotations are re-anchored lives here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol

from reader.core.annotations.model import Annotation, Selector
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


class AnnotationStore(Protocol):
    path: str
    readonly: bool

    def save(self, annotation: Annotation) -> Annotation:
        """Insert or replace (by id) in one transaction, logging old and new."""
        ...

    def delete(self, annotation_id: str) -> bool: ...

    def get(self, annotation_id: str) -> Annotation | None: ...

    def for_document(self, doc: Document) -> list[Annotation]:
        """The document's annotations, re-anchored if its text changed (see `reconcile`)."""
        ...

    def all(self) -> list[Annotation]: ...

    def documents(self) -> list[DocumentInfo]: ...

    def set_position(self, fingerprint: str, offset: int) -> None: ...

    def get_position(self, fingerprint: str, path: str | None = None) -> int | None: ...

    def history(self, annotation_id: str | None = None, limit: int = 100) -> list[Change]:
        """Change log, newest first."""
        ...

    def close(self) -> None: ...


# --- serialisation shared by backends ----------------------------------------------------------


def to_dict(a: Annotation) -> dict[str, Any]:
    d = asdict(a)
    d["tags"] = list(a.tags)
    return d


def from_dict(d: dict[str, Any]) -> Annotation:
    d = dict(d)
    d["selector"] = Selector(**d["selector"])
    d["tags"] = tuple(d.get("tags") or ())
    return Annotation(**d)


def to_json(a: Annotation | None) -> str | None:
    """ASCII JSON: lone surrogates and control characters survive any database verbatim."""
    import json  # here, not at the top: opening the store for the first paint needs no JSON

    return None if a is None else json.dumps(to_dict(a), ensure_ascii=True, sort_keys=True)


def from_json(s: str | None) -> Annotation | None:
    import json

    return None if s is None else from_dict(json.loads(s))


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
