"""The annotation record, shaped after the W3C Web Annotation model.

Target = the document (fingerprint + path + title) with a TextQuoteSelector (exact, prefix,
suffix) and a TextPositionSelector (start, end); body = verdict / tags / note / highlight.
Keeping both selectors lets an annotation be re-anchored when the text shifts and exported
without translation.
"""

from __future__ import annotations

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

    @property
    def span(self) -> Span:
        return self.selector.span

    @property
    def is_orphan(self) -> bool:
        return self.state == "orphan"

    def edited(self, **changes: object) -> Annotation:
        """A copy with `changes` and a fresh modified time."""
        return replace(self, modified=now_iso(), **changes)  # type: ignore[arg-type]
