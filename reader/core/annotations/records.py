"""What a store hands back besides annotations: a document's row, a link proposal, a change-log entry, what an action did.

Apart from the store's protocol (reader.core.annotations.store) so that opening a store and reading one document's
annotations, which every start does, does not build these classes: the library, undo, links and edits load them
(start-up time).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.annotations.model import Annotation


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    fingerprint: str
    path: str
    title: str
    annotations: int
    position: int | None
    seen: str


@dataclass(frozen=True, slots=True)
class LinkProposal:
    """Another document whose annotations may belong to the one opened: shown, applied only when the user says."""

    path: str
    title: str
    annotations: int
    reason: str
    """"same text" (a copy or a moved file) or "same title"."""


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
