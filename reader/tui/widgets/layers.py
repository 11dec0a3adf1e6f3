"""Styled span layers for the article: which spans overlap a visual line, quickly.

Kept apart from the widget so the widget only says which layer gets which style.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from reader.core.text.spans import Span


class SpanLayer:
    """Spans sorted by start, with a running max of ends so overlap queries stop early."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans = sorted(s for s in spans if len(s))
        self._starts = [s.start for s in self.spans]
        self._max_end: list[int] = []
        running = -1
        for s in self.spans:
            running = max(running, s.end)
            self._max_end.append(running)

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> Iterator[Span]:
        """Spans that overlap `[start, end)`."""
        j = bisect_left(self._starts, end) - 1
        while j >= 0 and self._max_end[j] > start:
            s = self.spans[j]
            if s.end > start:
                yield s
            j -= 1

    def next_after(self, offset: int) -> Span | None:
        i = bisect_left(self._starts, offset + 1)
        return self.spans[i] if i < len(self.spans) else None

    def prev_before(self, offset: int) -> Span | None:
        i = bisect_left(self._starts, offset) - 1
        return self.spans[i] if i >= 0 else None
