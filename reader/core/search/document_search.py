"""The search of one open document: one index, or for a huge document an index grown in parts.

An article or a book (up to a few MB) gets ONE index of its sentences and all its claims, built once
when the extractor has finished (`index_all`) and kept: a query then scores the vocabulary once.
A huge document (a 200 MB log) cannot wait for its claims, which take minutes: its sentences are
one part (built on the first `/`) and its claims are added in parts as they arrive, buffered so a
part holds thousands of claims, and merged as they grow, like the levels of an LSM tree (two
neighbouring parts of similar size become one), so there are never more than a few parts.

A query runs on every part and the hits are merged by the same key `SearchIndex.search` sorts
by, so the result is what one index over everything would return (speakers found in two parts
are listed once). Tags and notes are rows of the first part only.

Not thread-safe on purpose: one thread owns it (reader.core.session.search_service).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.claims.record import Claim
from reader.core.documents.document import Document
from reader.core.search.entries import PRIORITY, Hit
from reader.core.search.index import Marks, SearchIndex
from reader.core.search.query import fold, parse
from reader.core.text.spans import Span


@dataclass
class _ClaimPart:
    first: int
    """Index (in the document's claim list) of this part's first claim."""
    claims: list[Claim]
    index: SearchIndex


@dataclass
class DocumentSearch:
    """Sentences + claims (+ the annotations' tags and notes) of one document, searchable as one."""

    doc: Document
    sentences: SearchIndex | None = None
    claim_parts: list[_ClaimPart] = field(default_factory=list)
    annotations: list[Marks] = field(default_factory=list)
    pending: list[Claim] = field(default_factory=list)
    """Claims received but not yet indexed (a part is built once enough have arrived)."""
    pending_first: int = 0

    PART_CLAIMS = 5000
    """Claims buffered before a part is built (each build has a fixed cost over its vocabulary)."""

    @property
    def ready(self) -> bool:
        """The text is searchable (claims may still be arriving)."""
        return self.sentences is not None

    @property
    def claim_count(self) -> int:
        return sum(len(p.claims) for p in self.claim_parts)

    def index_all(self, claims: Sequence[Claim]) -> None:
        """One index of every sentence and every claim (the document's claims are all known)."""
        self.sentences = SearchIndex.build(self.doc, claims, self.annotations, sentences=True)
        self.claim_parts, self.pending = [], []

    def index_text(self) -> None:
        """Index every sentence (the slow part: seconds on a book)."""
        self.sentences = SearchIndex.build(self.doc, [], self.annotations, sentences=True)

    def add_claims(self, claims: Sequence[Claim], first: int, final: bool = False) -> None:
        """Claims `first`, `first + 1`, … of the document (the next batch from the extractor); indexed once
        PART_CLAIMS have gathered, or now when `final`."""
        if not self.pending:
            self.pending_first = first
        self.pending.extend(claims)
        if not self.pending or len(self.pending) < self.PART_CLAIMS and not final:
            return
        self.claim_parts.append(self._part(self.pending_first, self.pending))
        self.pending = []
        while len(self.claim_parts) >= 2 and len(self.claim_parts[-2].claims) <= 2 * len(self.claim_parts[-1].claims):
            b = self.claim_parts.pop()
            a = self.claim_parts.pop()
            self.claim_parts.append(self._part(a.first, a.claims + b.claims))

    def _part(self, first: int, claims: list[Claim]) -> _ClaimPart:
        return _ClaimPart(first, claims, SearchIndex.build(self.doc, claims, self.annotations, sentences=False, first_claim=first, side=False))

    def set_annotations(self, annotations: Iterable[Marks]) -> None:
        self.annotations = list(annotations)
        for index in self._indexes():
            index.set_annotations(self.annotations)

    def _indexes(self) -> list[SearchIndex]:
        parts = [p.index for p in self.claim_parts]
        return [self.sentences, *parts] if self.sentences is not None else parts

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Ranked hits over every part (see SearchIndex.search for the order)."""
        indexes = self._indexes()
        if len(indexes) == 1:
            return indexes[0].search(query, limit)
        by_text = bool(parse(query).groups)
        hits = [h for index in indexes for h in index.search(query, limit)]
        hits.sort(key=lambda h: (-h.score, PRIORITY[h.source], len(h.label) if by_text else h.span.start, h.span.start))
        out: list[Hit] = []
        speakers: set[str] = set()
        for h in hits:
            if h.source == "speaker":
                name = fold(h.label)
                if name in speakers:
                    continue
                speakers.add(name)
            out.append(h)
            if len(out) >= limit:
                break
        return out

    def text_matches(self, query: str, window: Span | None = None, limit: int | None = None) -> list[Span]:
        """Spans to light for `query` (SearchIndex.text_matches over every part, merged)."""
        found: set[Span] = set()
        for index in self._indexes():
            found.update(index.text_matches(query, window, limit))
        return sorted(found)[:limit]
