"""Has this claim been checked before? Candidates by BM25, a calibrated score, and the words both share.

1. Candidates: the checks sharing the most idf with the text. FTS5 gives each word's postings in one
   C-side string, rarest words first, up to a budget of postings (so "Trump" in a million checks is never
   walked). This matched FTS5's own bm25() ranking on CheckThat! dev (same MAP@5) at half the time: bm25()
   looks up each row's length, about a microsecond a row; it still ranks tiny archives outright.
2. Ranking: BM25 over the candidates, every query word counted (Lucene's idf, never negative, so a
   tiny archive ranks too).
3. The score a user sees is a probability that the check is about this claim, from how much of the
   check's claim the text covers, how much of the text the check covers, rapidfuzz's token-set ratio
   and how many words they share; a logistic fit on CheckThat! 2020 train (top-5 candidates, relevant
   or not). It does not depend on the archive's size, so one threshold holds for ten checks and a million.
   Reranking by it lifted nothing on dev (BM25's order stays); it decides what is shown.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from reader.core.checks import terms as T
from reader.core.checks.archive import CheckArchive, Stored

K1 = 1.2
B = 0.75
THRESHOLD = 0.5
"""Least score shown as a match: 97.5% of the best candidates above it are right on CheckThat! 2020 train (97.2% dev)."""

WEIGHTS = (2.562, 4.805, 1.776, 2.686)
"""claim cover, query cover, token-set ratio, shared words (of 5): refit with `benchmarks/claim_matching.py --fit`."""
BIAS = -6.237
SHARED_FULL = 5
FUZZY_WORD = 85
"""rapidfuzz ratio at which two long words are the same word spelt differently (Rouhani / Rohani)."""


@dataclass(frozen=True, slots=True)
class Budgets:
    """How many postings and candidates one query may cost (step 1); a test shrinks them to take the large path."""

    direct: int = 1_500
    """Up to this many postings, FTS5's bm25() ranks the archive outright (about a microsecond a posting)."""
    large: int = 20_000
    """Postings read, rarest words first, when the archive is too large for that."""
    candidates: int = 50
    """Candidates FTS5 returns on the direct path."""
    large_candidates: int = 100
    """Candidates kept, by shared idf, on the large path."""


@dataclass(frozen=True, slots=True)
class Ranked:
    stored: Stored
    bm25: float
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    stored: Stored
    score: float
    check_spans: tuple[tuple[int, int], ...]
    """The words of the check's claim found in the text: [start, end) in `stored.check.claim`."""
    text_spans: tuple[tuple[int, int], ...]
    """The words of the text found in the check: [start, end) in the text matched."""

    @property
    def check(self):  # noqa: ANN201 - KnownCheck; spelt out in the dataclass above
        return self.stored.check


def _idf(docs: int, df: int) -> float:
    return math.log(1.0 + (docs - df + 0.5) / (df + 0.5))


def probability(features: tuple[float, ...]) -> float:
    z = BIAS + sum(w * f for w, f in zip(WEIGHTS, features, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


class Matcher:
    def __init__(self, archive: CheckArchive, threshold: float = THRESHOLD, budgets: Budgets = Budgets()) -> None:
        self.archive = archive
        self.threshold = threshold
        self.budgets = budgets

    def _candidates(self, words: dict[str, str], dfs: dict[str, int], docs: int) -> list[int]:
        present = sorted((t for t in words if dfs.get(t)), key=dfs.__getitem__)
        if sum(dfs[t] for t in present) <= self.budgets.direct:
            return self.archive.fts_top((words[t] for t in present), self.budgets.candidates)
        shared: defaultdict[str, float] = defaultdict(float)
        read = 0
        for term in present:
            if read and read + dfs[term] > self.budgets.large:
                break
            read += dfs[term]
            weight = _idf(docs, dfs[term])
            for rowid in self.archive.postings(words[term]):
                shared[rowid] += weight
        best = sorted(shared, key=shared.__getitem__, reverse=True)[:self.budgets.large_candidates]
        return [int(r) for r in best]

    def rank(self, text: str, limit: int = 20, exclude: str | None = None) -> list[Ranked]:
        """The best `limit` checks for `text`, by BM25, each with its score; matches or not. Checks whose key
        starts with `exclude` are left out (an article's own verdicts, see verdicts.doc_prefix)."""
        docs, avgdl = self.archive.stats()
        words = T.query_words(text)
        if not docs or not words:
            return []
        dfs = self.archive.doc_freqs(words)
        idf = {t: _idf(docs, dfs[t]) for t in words if dfs.get(t)}
        query = set(words)
        flat = T.query_text(text)
        scored = []
        for rowid, key, terms in self.archive.terms_of(self._candidates(words, dfs, docs)):
            if exclude and key.startswith(exclude):
                continue
            every = terms.replace("|", " ").split()
            tf = Counter(every)
            norm = K1 * (1 - B + B * len(every) / avgdl)
            scored.append((sum(w * tf[t] * (K1 + 1) / (tf[t] + norm) for t, w in idf.items() if t in tf), rowid))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        rows = self.archive.get(rowid for _, rowid in scored[:limit])
        out = [Ranked(rows[rowid], bm25, _score(query, rows[rowid], flat)) for bm25, rowid in scored[:limit] if rowid in rows]
        out.sort(key=lambda r: (-r.bm25, -r.score, r.stored.id))
        return out

    def matches(self, text: str, limit: int = 5, exclude: str | None = None) -> list[Match]:
        """Known checks this text repeats, best first: only those scoring at least the threshold."""
        found = [r for r in self.rank(text, max(limit, 10), exclude) if r.score >= self.threshold]
        found.sort(key=lambda r: (-r.score, -r.bm25, r.stored.id))
        return [_match(text, r) for r in found[:limit]]


def _features(query: set[str], stored: Stored, flat: str) -> tuple[float, float, float, float]:
    claim = set(stored.claim_terms)
    both = claim | set(stored.title_terms)
    shared = len(claim & query)
    claim_cover = shared / len(claim) if claim else 0.0
    query_cover = len(both & query) / len(query) if query else 0.0
    token_set = fuzz.token_set_ratio(flat, stored.check.claim, processor=utils.default_process) / 100
    return claim_cover, query_cover, token_set, min(shared, SHARED_FULL) / SHARED_FULL


def features(text: str, stored: Stored) -> tuple[float, float, float, float]:
    """What the score weighs: claim cover, query cover, token-set ratio, shared words (of SHARED_FULL)."""
    return _features(set(T.query_words(text)), stored, T.query_text(text))


def _score(query: set[str], stored: Stored, flat: str) -> float:
    return probability(_features(query, stored, flat))


def _match(text: str, ranked: Ranked) -> Match:
    claim = ranked.stored.check.claim
    text_tokens = T.tokens(text)
    claim_tokens = T.tokens(claim)
    text_stems = {t.stem for t in text_tokens if t.stem}
    check_stems = set(ranked.stored.claim_terms) | set(ranked.stored.title_terms)
    lit_check = [(t.start, t.end) for t in claim_tokens if t.stem and t.stem in text_stems]
    lit_text = [(t.start, t.end) for t in text_tokens if t.stem and t.stem in check_stems]
    _fuzzy_pairs(text, text_tokens, claim, claim_tokens, lit_text, lit_check)
    return Match(ranked.stored, ranked.score, tuple(sorted(set(lit_check))), tuple(sorted(set(lit_text))))


def _fuzzy_pairs(text: str, text_tokens: list[T.Token], claim: str, claim_tokens: list[T.Token],
                 lit_text: list[tuple[int, int]], lit_check: list[tuple[int, int]]) -> None:
    """Long words left unlit on both sides that rapidfuzz finds to be one word spelt two ways."""
    done_text = set(lit_text)
    done_check = set(lit_check)
    open_text = [t for t in text_tokens if t.stem and t.end - t.start >= 5 and (t.start, t.end) not in done_text]
    open_check = [t for t in claim_tokens if t.stem and t.end - t.start >= 5 and (t.start, t.end) not in done_check]
    if not open_text or not open_check:
        return
    choices = [text[t.start : t.end].lower() for t in open_text]
    for token in open_check:
        best = process.extractOne(claim[token.start : token.end].lower(), choices, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD)
        if best is not None:
            hit = open_text[best[2]]
            lit_check.append((token.start, token.end))
            lit_text.append((hit.start, hit.end))
