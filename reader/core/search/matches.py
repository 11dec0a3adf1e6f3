"""Text matches: the spans of the document to light for a query (`SearchIndex.text_matches`).

A mixin of SearchIndex (search.py): it reads the index's entries, sentence starts, folded text and
term evaluation (`_allowed`, `_eval`, `_side_match`), and scans only the matching sentences/claims in a window.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.core.search.entries import Entry
from reader.core.search.postings import Levels, Postings, iter_bits
from reader.core.search.query import Query, Term, parse
from reader.core.text.spans import Span


class TextMatches:
    """Occurrences of a query's terms inside the entries that match it."""

    text: str
    folded_text: str
    entries: list[Entry]
    all: int
    raw: Postings
    sent_starts: list[int]
    sent_eids: list[int]
    side: list[Entry]

    if TYPE_CHECKING:  # provided by SearchIndex

        def _allowed(self, q: Query) -> int: ...
        def _eval(self, term: Term) -> Levels: ...
        def _side_match(self, e: Entry, q: Query) -> tuple[int, list[int]] | None: ...

    def text_matches(self, query: str, window: Span | None = None, limit: int | None = None) -> list[Span]:
        """Sorted spans of the document to light for `query`: each term's occurrences inside the
        sentences/claims that match the whole query; for a filter-only query (`@peskov`, `#tag`)
        the matching claims' and annotations' spans. On a book, pass `window` (the visible part)
        or `window=Span(cursor, len(text)), limit=1` for `n`: cost follows the window, not the book."""
        q = parse(query)
        if q.empty or limit is not None and limit <= 0:
            return []
        lo, hi = (window.start, window.end) if window is not None else (0, len(self.text))
        if limit is None:
            return self._matches_in(q, lo, hi, None)
        out: list[Span] = []
        step = 8192
        while lo < hi and len(out) < limit:  # widen the scan until enough are found
            seen = set(out)
            out += [s for s in self._matches_in(q, lo, min(hi, lo + step), limit) if s not in seen]
            lo, step = lo + step, step * 2
        return out[:limit]

    def _window_bits(self, lo: int, hi: int) -> int:
        """Entries that may overlap [lo, hi): all claims and speakers, and the sentences there."""
        if lo <= 0 and hi >= len(self.text):
            return self.all
        first = max(0, bisect_right(self.sent_starts, lo) - 1)
        last = bisect_left(self.sent_starts, hi)
        head = len(self.entries) - len(self.sent_eids)
        return (1 << head) - 1 | self.raw.bits_of(self.sent_eids[first:last])

    def _matches_in(self, q: Query, lo: int, hi: int, limit: int | None) -> list[Span]:
        matched = self._allowed(q) & self._window_bits(lo, hi)
        for group in q.groups:
            any_bits = 0
            for t in group:
                any_bits |= self._eval(t).any
            matched &= any_bits
        regions = sorted(s for s in (self.entries[eid].span for eid in iter_bits(matched)) if s.end > lo and s.start < hi)
        if not q.groups:
            side = {e.span for e in self.side if e.span.end > lo and e.span.start < hi and self._side_match(e, q)}
            return sorted(set(regions) | side)[:limit]
        terms = [t for group in q.groups for t in group]
        out: set[Span] = set()
        for t in terms:
            if t.kind not in ("fuzzy", "exact"):
                out.update(self._anchored(t, regions, lo, hi))
        patterns = [
            (p, self.text if t.case_sensitive else self.folded_text) for t in terms if (p := self._pattern(t)) is not None
        ]
        merged: list[list[int]] = []
        for s in regions:
            if merged and s.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], s.end)
            else:
                merged.append([s.start, s.end])
        found: set[Span] = set()
        for a, b in merged:
            for pattern, text in patterns:
                for m in pattern.finditer(text, max(a, lo), b):
                    if m.start() >= hi:
                        break
                    found.add(Span(m.start(), m.end()))
            if limit is not None and len(found) >= limit:
                break  # regions run in text order: the first `limit` are all found
        return sorted(out | found)[:limit]

    def _pattern(self, term: Term) -> re.Pattern[str] | None:
        """Regex lighting a fuzzy/exact term: the needle itself, or a whole word it fuzzily matched."""
        if term.kind not in ("fuzzy", "exact"):
            return None
        pats = [re.escape(term.text)]
        words = self._eval(term).words if term.kind == "fuzzy" else None
        fuzzy = sorted((w for w, s in (words or {}).items() if s < 100), key=len, reverse=True)
        if fuzzy:
            pats.append(r"(?<!\w)(?:" + "|".join(map(re.escape, fuzzy)) + r")(?!\w)")
        return re.compile("|".join(pats))

    def _anchored(self, term: Term, regions: list[Span], lo: int, hi: int) -> Iterator[Span]:
        """^prefix / suffix$ occurrences: at the start or end of a matching sentence or claim."""
        text = self.text if term.case_sensitive else self.folded_text
        t, n = term.text, len(term.text)
        for sp in regions:
            if term.kind in ("prefix", "equal") and text.startswith(t, sp.start, sp.end) and lo <= sp.start:
                yield Span(sp.start, sp.start + n)
            if term.kind == "suffix" and text.endswith(t, sp.start, sp.end) and sp.end <= hi:
                yield Span(sp.end - n, sp.end)
