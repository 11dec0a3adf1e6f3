"""The annotation record, shaped after the W3C Web Annotation model, and the edits made to it.

Target = the document (fingerprint + path + title) with a TextQuoteSelector (exact, prefix,
suffix) and a TextPositionSelector (start, end); body = verdict / tags / note / highlight.
Keeping both selectors lets an annotation be re-anchored when the text shifts and exported
without translation.

Who and why travel with it: `creator` (who made it), `version` (bumped by every user edit, so a
copy held by a session can tell it is stale), and the verdict's author, time and evidence (the
latest event of the append-only verdict history the store keeps).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal, get_args

from reader.core.text.spans import Span

VERDICTS = ("true", "false", "misleading", "unverified", "needs-context")
AnchorState = Literal["exact", "moved", "fuzzy", "ambiguous", "orphan"]
ANCHOR_STATES: tuple[AnchorState, ...] = get_args(AnchorState)
CONTEXT_LEN = 32
"""Characters of prefix/suffix kept around the quote (as Hypothesis does)."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


def login_name() -> str:
    """Who is annotating when config `user.name` says nothing: the login name, else "unknown"."""
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        name = os.environ.get(var, "").strip()
        if name:
            return name
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):
        return "unknown"


_UNSTORABLE = None


def unstorable(value: str) -> str | None:
    """Why `value` cannot be stored or sent anywhere (NUL: PostgreSQL text refuses it; a lone surrogate:
    no UTF-8 encoding exists), as a few words with the offset; None when it is fine."""
    global _UNSTORABLE
    if _UNSTORABLE is None:
        import re

        _UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
    m = _UNSTORABLE.search(value)
    if m is None:
        return None
    what = "a NUL character" if m.group() == "\x00" else f"an unpaired surrogate U+{ord(m.group()):04X} (bytes that are not UTF-8)"
    return f"{what} at character {m.start()}"


def storable(value: str) -> str:
    """`value` with NUL shown as ␀ and unpaired surrogates as U+FFFD: visibly, one for one (offsets keep)."""
    if unstorable(value) is None:
        return value
    assert _UNSTORABLE is not None
    return _UNSTORABLE.sub(lambda m: "\u2400" if m.group() == "\x00" else "\ufffd", value)


@dataclass(frozen=True, slots=True)
class Selector:
    """TextQuoteSelector + TextPositionSelector for one span of one text."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    @classmethod
    def from_span(cls, text: str, span: Span, context: int = CONTEXT_LEN) -> Selector:
        return cls(
            exact=span.of(text),
            prefix=text[max(0, span.start - context) : span.start],
            suffix=text[span.end : span.end + context],
            start=span.start,
            end=span.end,
        )

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Annotation:
    """One user annotation on a span; immutable, so undo can keep old versions."""

    selector: Selector
    doc_fingerprint: str
    doc_path: str = ""
    doc_title: str = ""
    verdict: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    highlight: bool = False
    claim_key: str | None = None
    """Which extracted claim this annotates, as "kind:start:end" at annotation time (None: a free span)."""
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    state: AnchorState = "exact"
    """Anchoring state in the current text: exact / moved / fuzzy / ambiguous / orphan."""
    creator: str = ""
    """Who made it (config `user.name`, else the login name); the store fills it on first save."""
    version: int = 0
    """0 = never stored; the store bumps it on every user edit (re-anchoring is not an edit)."""
    score: float | None = None
    """The re-anchoring score (0..1) that decided `state`; None when it was never re-anchored."""
    verdict_by: str = ""
    verdict_at: str = ""
    evidence: tuple[str, ...] = ()
    """Sources (links or citations) given with the current verdict."""

    @property
    def span(self) -> Span:
        return self.selector.span

    @property
    def is_orphan(self) -> bool:
        return self.state == "orphan"

    @property
    def is_empty(self) -> bool:
        """Nothing left to keep: no verdict, tag, note or highlight (the store then deletes it)."""
        return not (self.verdict or self.tags or self.note or self.highlight)

    def edited(self, **changes: object) -> Annotation:
        """A copy with `changes` and a fresh modified time."""
        return replace(self, modified=now_iso(), **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class VerdictEvent:
    """One entry of a claim's verdict history: who set what, when, on which evidence (append-only)."""

    id: str
    annotation_id: str
    actor: str
    at: str
    value: str | None
    """None: the verdict was cleared."""
    evidence: tuple[str, ...] = ()
    base_version: int = 0
    """The annotation's version the actor was looking at."""


KEEP = object()
"""Edit field default: leave this field as the store has it."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One user action on one annotation, applied by the store to the row *as it is inside the write
    transaction*: fields not named here keep whatever another process wrote meanwhile."""

    verdict: object = KEEP
    """str | None (None clears it)."""
    evidence: tuple[str, ...] = ()
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    note: object = KEEP
    """str | None."""
    highlight: object = KEEP
    """bool, or "toggle"."""
    selector: Selector | None = None
    """Confirm / re-attach (and their undo): the new selector, with `state` and `fingerprint`."""
    state: str = "exact"
    fingerprint: str | None = None
    label: str = "edit"

    def apply(self, a: Annotation) -> Annotation:
        """`a` with this edit applied (modified time untouched: the store stamps it)."""
        changes: dict[str, object] = {}
        if self.verdict is not KEEP and (self.verdict != a.verdict or self.evidence):
            changes["verdict"] = self.verdict
            changes["evidence"] = self.evidence if self.verdict else ()
            changes["verdict_by"] = changes["verdict_at"] = ""  # the store stamps who and when
        if self.add_tags or self.remove_tags:
            gone = set(self.remove_tags)
            changes["tags"] = tuple(dict.fromkeys(t for t in (*a.tags, *self.add_tags) if t not in gone))
        if self.note is not KEEP:
            changes["note"] = self.note or None
        if self.highlight == "toggle":
            changes["highlight"] = not a.highlight
        elif self.highlight is not KEEP:
            changes["highlight"] = bool(self.highlight)
        if self.selector is not None:
            changes.update(selector=self.selector, state=self.state, score=1.0 if self.state == "exact" else a.score)
            if self.fingerprint:
                changes["doc_fingerprint"] = self.fingerprint
        return replace(a, **changes)  # type: ignore[arg-type]

    @property
    def sets_verdict(self) -> bool:
        return self.verdict is not KEEP


def undo_edit(frm: Annotation | None, to: Annotation | None, label: str) -> Edit:
    """The edit that takes the fields `frm` → `to` differ in back to `to`, and touches nothing else
    (None = no annotation: every field empty). Undo and redo are edits like any other, so they
    never overwrite what someone else changed in another field meanwhile."""
    a = frm or _EMPTY
    b = to or _EMPTY
    verdict: object = b.verdict if a.verdict != b.verdict else KEEP
    note: object = b.note if a.note != b.note else KEEP
    highlight: object = b.highlight if a.highlight != b.highlight else KEEP
    selector = b.selector if to is not None and frm is not None and a.selector != b.selector else None
    return Edit(
        verdict=verdict,
        evidence=b.evidence if verdict is not KEEP else (),
        add_tags=tuple(t for t in b.tags if t not in a.tags),
        remove_tags=tuple(t for t in a.tags if t not in b.tags),
        note=note,
        highlight=highlight,
        selector=selector,
        state=b.state,
        fingerprint=b.doc_fingerprint if selector is not None else None,
        label=label,
    )


_EMPTY = Annotation(Selector("", "", "", 0, 0), "")
