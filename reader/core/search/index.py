"""One ranked search over a document's sentences, claims, speakers, tags and notes.

Why it is shaped this way: a 1M-word book has ~50k sentences and per-keystroke search must stay
under a frame (16 ms) in pure Python. So nothing scans the sentences at query time. Entries are
numbered in tie-break order (claims, speakers, then sentences shortest first) and indexed once:
a word -> entry postings list per case mode, plus entry *bitsets* (Python ints) for every
character and for frequent words. A term is scored against the vocabulary (rapidfuzz over ~20k
words, see `query.word_score`), its matching words' postings OR into one bitset per score level,
and AND/NOT across terms are big-int operations in C. Ranking walks score-level combinations
best-first and stops after `limit` entries; only those get labels, lit characters and Hit objects.
Tags and notes change while reading, so they live in a small side list scored directly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Protocol

from reader.core.claims.record import Claim, key_span
from reader.core.documents.document import Document
from reader.core.search.entries import PRIORITY, Entry, Hit, flat
from reader.core.search.matches import TextMatches
from reader.core.search.postings import Levels, Postings, best_first, iter_bits
from reader.core.search.query import WORD, Query, Term, fold, name_score, parse, score_text
from reader.core.text.segment import sentences as split_sentences
from reader.core.text.spans import Span

__all__ = ["PRIORITY", "Hit", "SearchIndex", "flat"]


class Marks(Protocol):
    """What search reads of an annotation (its tags, note and verdict, where they sit): a protocol, so search
    and the annotations package stay independent of each other."""

    @property
    def id(self) -> str: ...
    @property
    def span(self) -> Span: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def note(self) -> str | None: ...
    @property
    def verdict(self) -> str | None: ...
    @property
    def claim_key(self) -> str | None: ...


class SearchIndex(TextMatches):
    """Build once per document with `SearchIndex.build`; `set_annotations` when annotations change."""

    def __init__(self, doc: Document, entries: list[Entry]) -> None:
        self.text = doc.text
        self.folded_text = fold(doc.text)
        self.entries = entries
        self.n = len(entries)
        self.all = (1 << self.n) - 1
        self.raw = Postings(self.n)
        self.low = Postings(self.n)
        for eid, e in enumerate(entries):
            # sentences are slices of the text: fold the text once, not 50k labels one by one
            e.folded = flat(self.folded_text[e.span.start : e.span.end]) if e.source == "sentence" else fold(e.label)
            self.raw.add(eid, e.label)
            self.low.add(eid, e.folded)
        self.raw.finish()
        self.low.finish(bigrams=True)
        self.speakers: dict[str, int] = {}
        """Each distinct speaker name -> the bitset of its claims (a `@name` filter scores names, not claims)."""
        for eid, e in enumerate(entries):
            if e.source == "claim" and e.speaker:
                self.speakers[e.speaker] = self.speakers.get(e.speaker, 0) | 1 << eid
        claims = sorted((e.span.start, eid) for eid, e in enumerate(entries) if e.source == "claim")
        self.claim_starts = [s for s, _ in claims]
        self.claim_eids = [eid for _, eid in claims]
        self.claim_longest = max((len(entries[eid].span) for eid in self.claim_eids), default=0)
        self.claim_at: dict[Span, list[int]] = {}
        for eid in self.claim_eids:
            self.claim_at.setdefault(entries[eid].span, []).append(eid)
        sents = sorted((e.span.start, eid) for eid, e in enumerate(entries) if e.source == "sentence")
        self.sent_starts = [s for s, _ in sents]
        self.sent_eids = [eid for _, eid in sents]
        self.side: list[Entry] = []
        self.marks: list[tuple[tuple[str, ...], str | None, int]] = []
        self._cache: OrderedDict[Term, Levels] = OrderedDict()

    @classmethod
    def build(cls, doc: Document, claims: Sequence[Claim], annotations: Iterable[Marks] = (), *,
              sentences: bool = True, first_claim: int = 0, side: bool = True) -> SearchIndex:
        """Index `claims` (numbered from `first_claim`) and, with `sentences`, every sentence of the text;
        `side`: also tags and notes as rows of their own (DocumentSearch keeps them in one part only)."""
        size = len(doc.text)

        def clamp(s: Span) -> Span:
            return Span(min(s.start, size), min(max(s.end, s.start), size))

        entries: list[Entry] = []
        seen: set[str] = set()
        for i, c in enumerate(claims):
            label = f"{c.speaker}: {c.quote}" if c.speaker else c.quote
            entries.append(Entry("claim", flat(label), clamp(c.span), claim_index=first_claim + i, speaker=c.speaker))
            if c.speaker and fold(c.speaker) not in seen:
                seen.add(fold(c.speaker))
                where = clamp(c.speaker_span or c.span)
                entries.append(Entry("speaker", flat(c.speaker), where, claim_index=first_claim + i, speaker=c.speaker))
        if sentences:
            for s in split_sentences(doc.text, 0):
                entries.append(Entry("sentence", flat(s.of(doc.text)), s))
        entries.sort(key=lambda e: (PRIORITY[e.source], len(e.label), e.span.start))
        index = cls(doc, entries)
        index.with_side = side
        index.set_annotations(annotations)
        return index

    with_side = True
    """Whether tags and notes are rows of this index (see `build`)."""

    def set_annotations(self, annotations: Iterable[Marks]) -> None:
        """Replace tag/note rows and the #tag/:verdict marks on claims and sentences (cheap)."""
        size = len(self.text)
        side: list[Entry] = []
        marks: list[tuple[tuple[str, ...], str | None, int]] = []
        for a in annotations:
            span = Span(min(a.span.start, size), min(a.span.end, size))
            for tag in a.tags if self.with_side else ():
                side.append(Entry("tag", flat(tag), span, annotation_id=a.id, tags=a.tags, verdict=a.verdict))
            if a.note and self.with_side:
                side.append(Entry("note", flat(a.note), span, annotation_id=a.id, tags=a.tags, verdict=a.verdict))
            if a.tags or a.verdict:
                marks.append((a.tags, a.verdict, self._annotated(a, span)))
        for e in side:
            e.folded = fold(e.label)
        self.side, self.marks = side, marks

    def _annotated(self, a: Marks, span: Span) -> int:
        """Entries an annotation marks: the claims it targets, else the sentences it overlaps."""
        key = key_span(a.claim_key)
        bits = 0
        for eid in self.claim_at.get(key, ()) if key is not None else ():
            bits |= 1 << eid
        first = bisect_left(self.claim_starts, span.start - self.claim_longest)
        for k in range(first, bisect_left(self.claim_starts, max(span.end, span.start + 1))):
            eid = self.claim_eids[k]
            if self.entries[eid].span.overlaps(span):
                bits |= 1 << eid
        if bits:
            return bits
        probe = Span(span.start, max(span.end, span.start + 1))
        lo = max(0, bisect_right(self.sent_starts, probe.start) - 1)
        for k in range(lo, bisect_left(self.sent_starts, probe.end)):
            if self.entries[self.sent_eids[k]].span.overlaps(probe):
                bits |= 1 << self.sent_eids[k]
        return bits

    # -- terms on the base entries -------------------------------------------------------------

    def _vocab(self, term: Term) -> Postings:
        return self.raw if term.case_sensitive else self.low

    def _verify(self, cand: int, term: Term, test: str) -> int:
        """Keep the candidates whose text passes `test` (contains / startswith / endswith / ==)."""
        t = term.text
        ok = []
        for eid in iter_bits(cand):
            s = self.entries[eid].text(term)
            if (
                (test == "in" and t in s)
                or (test == "start" and s.startswith(t))
                or (test == "end" and s.endswith(t))
                or (test == "eq" and s == t)
            ):
                ok.append(eid)
        return self.raw.bits_of(ok)

    def _contains(self, term: Term) -> int:
        """Base entries whose text contains the term's needle."""
        v, t = self._vocab(term), term.text
        if term.is_word:
            return v.word_bits(t)
        cand = self.all
        for c in set(t):
            cand &= v.chars.get(c, 0)
        for tok in sorted(WORD.findall(t), key=len, reverse=True)[:2]:  # a filter: the longest do
            if cand:
                cand &= v.word_bits(tok)
        return self._verify(cand, term, "in") if cand else 0

    def _eval(self, term: Term) -> Levels:
        """Score levels of a text term over the base entries (cached: typing repeats terms)."""
        key = Term(term.text, term.kind, False, None, term.case_sensitive)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        v, t = self._vocab(term), term.text
        if term.kind == "fuzzy" and len(t) >= 4:
            scores = v.fuzzy(t)
            by_level: dict[int, list[int]] = {}
            for w, s in scores.items():
                by_level.setdefault(s, []).append(w)
            levels, seen = [], 0
            for s in sorted(by_level, reverse=True):
                b = v.union(by_level[s]) & ~seen
                if b:
                    levels.append((s, b))
                    seen |= b
            match = Levels(levels, {v.words[w]: s for w, s in scores.items()})
        else:
            bits = self._contains(term)
            if term.kind == "prefix":
                bits = self._verify(bits & v.first.get(t[0], 0), term, "start")
            elif term.kind == "suffix":
                bits = self._verify(bits & v.last.get(t[-1], 0), term, "end")
            elif term.kind == "equal":
                bits = self._verify(bits & v.first.get(t[0], 0) & v.last.get(t[-1], 0), term, "eq")
            match = Levels([(100, bits)] if bits else [])
        self._cache[key] = match
        if len(self._cache) > 256:
            self._cache.popitem(last=False)
        return match

    @staticmethod
    def _field_ok(term: Term, values: Iterable[str | None]) -> bool:
        if term.field == "verdict" and term.text == "none":
            return all(v is None for v in values)
        return any(v is not None and term.text in term.norm(v) for v in values)

    def _filter_bits(self, term: Term) -> int:
        """Base entries a filter term holds for (before its negation is applied)."""
        if term.field == "speaker":
            bits = 0
            for speaker, claims in self.speakers.items():
                if name_score(term.text, term.norm(speaker)):
                    bits |= claims
            return bits
        if term.field == "verdict" and term.text == "none":
            judged = 0
            for _, verdict, marked in self.marks:
                if verdict:
                    judged |= marked
            return self.all & ~judged
        if term.field in ("tag", "verdict"):
            bits = 0
            for tags, verdict, marked in self.marks:
                if self._field_ok(term, tags if term.field == "tag" else (verdict,)):
                    bits |= marked
            return bits
        return self._eval(term).any

    def _allowed(self, q: Query) -> int:
        allowed = self.all
        for f in q.filters:
            b = self._filter_bits(f)
            allowed = allowed & ~b if f.negate else allowed & b
        return allowed

    # -- scoring one text (side entries, lit characters) ---------------------------------------

    def _side_match(self, e: Entry, q: Query) -> tuple[int, list[int]] | None:
        for f in q.filters:
            if f.field == "speaker":
                ok = False
            elif f.field:
                ok = self._field_ok(f, e.tags if f.field == "tag" else (e.verdict,))
            else:
                ok = score_text(f, e.text(f))[0] > 0
            if ok == f.negate:
                return None
        total, lit = 0, set()
        for group in q.groups:
            score, where = max(score_text(t, e.text(t)) for t in group)
            if not score:
                return None
            total += score
            lit.update(where)
        return total, sorted(lit)

    def _lit(self, q: Query, e: Entry) -> list[int]:
        lit: set[int] = set()
        for group in q.groups:
            lit.update(max(score_text(t, e.text(t), self._eval(t).words) for t in group)[1])
        return sorted(lit)

    # -- queries -------------------------------------------------------------------------------

    def _group_levels(self, q: Query, allowed: int) -> list[list[tuple[int, int]]]:
        """Per OR-group: disjoint (score, bitset) levels, best first, cut to entries matching all."""
        merged_groups = []
        cand = allowed
        for group in q.groups:
            merged: dict[int, int] = {}
            for t in group:
                for s, b in self._eval(t).levels:
                    merged[s] = merged.get(s, 0) | b
            any_bits = 0
            for b in merged.values():
                any_bits |= b
            cand &= any_bits
            merged_groups.append(merged)
        out = []
        for merged in merged_groups:
            levels, seen = [], 0
            for s in sorted(merged, reverse=True):
                b = merged[s] & cand & ~seen
                seen |= merged[s]
                if b:
                    levels.append((s, b))
            if not levels:
                return []
            out.append(levels)
        return out

    def _rank(self, q: Query, allowed: int, limit: int) -> list[tuple[int, int]]:
        """Best `limit` base entries as (summed score, entry id): level combinations best-first."""
        levels = self._group_levels(q, allowed)
        if not levels:
            return []
        return best_first(levels, limit)

    def _rank_all_but_one(self, q: Query, allowed: int, limit: int) -> list[tuple[int, int]]:
        """When no entry holds every word: the best entries holding all words but one (a typo in a short word,
        `moby dik`, matches nothing, and a query that finds nothing is a dead end). Scores stay sums over the
        words found, so these rank below any full match."""
        if len(q.groups) < 2:
            return []
        best: dict[int, int] = {}
        for i in range(len(q.groups)):
            rest = Query(q.groups[:i] + q.groups[i + 1 :], q.filters)
            for total, eid in self._rank(rest, allowed, limit):
                best[eid] = max(best.get(eid, 0), total)
        return sorted(((total, eid) for eid, total in best.items()), key=lambda r: (-r[0], r[1]))[:limit]

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Ranked hits for an fzf-style query: best mean term score, then claims before speakers,
        tags, notes and sentences, then shorter labels; filter-only queries list in text order."""
        q = parse(query)
        if q.empty or limit <= 0:
            return []
        allowed = self._allowed(q)
        rows: list[tuple[tuple[int, int, int, int], Entry, int, list[int], bool]] = []
        if q.groups:
            ranked = self._rank(q, allowed, limit)
            whole = bool(ranked)
            for total, eid in ranked or self._rank_all_but_one(q, allowed, limit):
                e = self.entries[eid]
                rows.append(((-total, PRIORITY[e.source], len(e.label), e.span.start), e, total, self._lit(q, e), whole))
        else:
            for eid in islice(iter_bits(allowed), limit):
                e = self.entries[eid]
                rows.append(((0, PRIORITY[e.source], e.span.start, 0), e, 0, [], True))
        for e in self.side:
            m = self._side_match(e, q)
            if m is not None:
                third = len(e.label) if q.groups else e.span.start
                rows.append(((-m[0], PRIORITY[e.source], third, e.span.start), e, m[0], m[1], True))
        rows.sort(key=lambda r: r[0])
        groups = max(1, len(q.groups))
        return [
            Hit(e.source, e.label, tuple(lit), e.span, total / groups, e.claim_index, e.annotation_id, whole)
            for _, e, total, lit, whole in rows[:limit]
        ]
