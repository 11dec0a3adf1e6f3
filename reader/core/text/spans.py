"""The one span type: `[start, end)` in code points of a document's normalized text.

Every layer (segmentation, claims, search hits, highlights, annotations) speaks in
these coordinates, so a span found by one can be lit or stored by another unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.text.frozen import quick_init


@quick_init
@dataclass(frozen=True, order=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shift(self, delta: int) -> Span:
        return Span(self.start + delta, self.end + delta)

    def as_list(self) -> list[int]:
        return [self.start, self.end]


def strip_span(text: str, span: Span, chars: str | None = None) -> Span:
    """Shrink a span so it neither starts nor ends with whitespace (or `chars`)."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() if chars is None else text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() if chars is None else text[end - 1] in chars):
        end -= 1
    return Span(start, end)
