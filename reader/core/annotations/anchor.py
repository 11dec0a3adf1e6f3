"""Re-anchoring: find where an annotation's quote lives in a (possibly edited) text.

Order, cheapest first: the stored position still holds the quote (exact); the quote occurs
verbatim elsewhere, ranked by context and distance (moved); an approximate match found with
edlib (Myers' bit-parallel infix search, as Hypothesis does) within an error budget
proportional to the quote's length (fuzzy). Unlike Hypothesis we keep a minimum score, demand
that a fuzzy match be backed by its context, and flag near-ties as "ambiguous", so an
annotation never snaps silently onto a lookalike: what cannot be placed becomes an "orphan".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import edlib
from rapidfuzz.distance import Levenshtein

from reader.core.annotations.model import CONTEXT_LEN, AnchorState, Annotation, Selector
from reader.core.text.spans import Span

# Hypothesis weights (match-quote.ts): quote 50, prefix 20, suffix 20, position 2.
W_QUOTE, W_PREFIX, W_SUFFIX, W_POS = 50.0, 20.0, 20.0, 2.0
W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POS

MAX_ERROR_RATIO = 0.25
"""Edit budget of the approximate search, as a fraction of the quote length."""
MIN_FUZZY_LEN = 8
"""Shorter quotes get one edit at most, and only with BOTH contexts intact (one edit in four
characters is another word, so only the surroundings can vouch for it)."""
MIN_QUOTE_LEN = 4
"""Quotes shorter than this are matched verbatim only."""
MIN_SCORE = 0.6
"""Below this (0..1) a fuzzy candidate is not a placement."""
CONTEXT_SUPPORT = 0.6
"""A fuzzy candidate needs prefix or suffix at least this similar (else it is a lookalike)."""
LONG_QUOTE = 32
"""...unless the quote is this long and nearly intact (>= LONG_QUOTE_SIM): it identifies itself."""
LONG_QUOTE_SIM = 0.9
MARGIN = 0.05
"""Two non-overlapping candidates closer than this in score make the result ambiguous."""
LOCAL_STRONG = 0.75
"""A supported fuzzy match this good near the expected position skips the whole-text search."""
MAX_OCCURRENCES = 5000
FUZZY_ROUNDS = 2
LOCATIONS_PER_ROUND = 16


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """Where a selector landed: span is None only for an orphan; score in 0..1."""

    span: Span | None
    state: AnchorState
    score: float


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    errors: int
    score: float
    supported: bool


def _sim(stored: str, found: str) -> float:
    return Levenshtein.normalized_similarity(stored, found)


def _score(text: str, sel: Selector, start: int, end: int, errors: int, hint: int) -> _Cand:
    """Hypothesis-style score of the candidate text[start:end] for `sel`."""
    n = max(1, len(sel.exact))
    q = max(0.0, 1.0 - errors / n)
    lp = max(len(sel.prefix), CONTEXT_LEN)
    ls = max(len(sel.suffix), CONTEXT_LEN)
    p = _sim(sel.prefix, text[max(0, start - lp) : start])
    s = _sim(sel.suffix, text[end : end + ls])
    pos = 1.0 - abs(start - hint) / max(1, len(text))
    score = (W_QUOTE * q + W_PREFIX * p + W_SUFFIX * s + W_POS * pos) / W_TOTAL
    if len(sel.exact) < MIN_FUZZY_LEN:
        supported = min(p, s) >= CONTEXT_SUPPORT
    else:
        supported = max(p, s) >= CONTEXT_SUPPORT or (len(sel.exact) >= LONG_QUOTE and q >= LONG_QUOTE_SIM)
    return _Cand(start, end, errors, score, supported)


def _context_holds(text: str, sel: Selector, start: int, end: int) -> bool:
    """Cheap check: the quote at start..end still has its stored prefix or its suffix verbatim."""
    lp = len(sel.prefix)
    prefix_ok = start >= lp and text.startswith(sel.prefix, start - lp) and (lp == CONTEXT_LEN or start == lp)
    suffix_ok = text.startswith(sel.suffix, end) and (len(sel.suffix) == CONTEXT_LEN or end + len(sel.suffix) == len(text))
    return prefix_ok or suffix_ok


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    i = text.find(quote)
    while i >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


@dataclass(frozen=True)
class _Encoded:
    """A text recoded to at most ~240 symbols, since edlib handles 256 distinct values at most.

    Frequent characters keep themselves; rare ones share buckets. Bucket collisions can only make
    edlib see *more* similarity, and every candidate is re-scored on the real text afterwards.
    """

    target: str
    keep: frozenset[str]
    table: dict[int, str] | None

    def query(self, quote: str) -> str:
        if self.table is None:
            return "".join(c if c in self.keep else _UNKNOWN for c in quote)
        return quote.translate(self.table)


_UNKNOWN = "\U000f0000"
_MASK = "\U000f0001"
_BUCKETS = 8


@lru_cache(maxsize=4)
def _encode(text: str) -> _Encoded:
    chars = set(text)
    if len(chars) <= 240:
        return _Encoded(text, frozenset(chars), None)
    keep = frozenset(c for c, _ in Counter(text).most_common(230))
    table = {ord(c): chr(0xF0010 + ord(c) % _BUCKETS) for c in chars if c not in keep}
    return _Encoded(text.translate(table), keep, _BucketTable(table, keep))


class _BucketTable(dict[int, str]):
    """translate() table that also buckets characters never seen in the text (e.g. in a quote)."""

    def __init__(self, table: dict[int, str], keep: frozenset[str]) -> None:
        super().__init__(table)
        self._keep = keep

    def __missing__(self, key: int) -> str | int:
        return key if chr(key) in self._keep else chr(0xF0010 + key % _BUCKETS)


def _edlib_cands(
    text: str, sel: Selector, enc: _Encoded, query: str, target: str, offset: int, k: int, hint: int
) -> list[_Cand]:
    res = edlib.align(query, target, mode="HW", task="locations", k=k)
    out: list[_Cand] = []
    if res["editDistance"] < 0:
        return out
    locations = sorted((loc for loc in res["locations"] if loc[0] is not None), key=lambda loc: abs(offset + loc[0] - hint))
    for a, b in locations[:LOCATIONS_PER_ROUND]:
        s, e = offset + a, offset + b + 1
        errors = Levenshtein.distance(sel.exact, text[s:e], score_cutoff=k + 1)
        if errors <= k:
            out.append(_score(text, sel, s, e, errors, hint))
    return out


def _fuzzy(text: str, sel: Selector, hint: int, exact_starts: Sequence[int]) -> list[_Cand]:
    """Approximate candidates: near the hint first, then over the whole text (exact hits masked)."""
    n = len(sel.exact)
    k = max(1, int(n * MAX_ERROR_RATIO)) if n >= MIN_QUOTE_LEN else 0
    if k == 0:
        return []
    enc = _encode(text)
    query = enc.query(sel.exact)
    slack = max(2 * n, 256)
    lo, hi = max(0, hint - slack), min(len(text), hint + n + slack)
    local = [c for c in _edlib_cands(text, sel, enc, query, enc.target[lo:hi], lo, k, hint) if c.supported]
    if local and max(c.score for c in local) >= LOCAL_STRONG and not exact_starts:
        return local
    target = enc.target
    cands: list[_Cand] = list(local)
    masks = [(s, s + n) for s in exact_starts]
    for _ in range(FUZZY_ROUNDS):
        if masks:
            target = _masked(target, masks)
        found = _edlib_cands(text, sel, enc, query, target, 0, k, hint)
        if not found:
            break
        cands.extend(found)
        masks = [(c.start, c.end) for c in found]
    return cands


def _masked(target: str, spans: Iterable[tuple[int, int]]) -> str:
    parts: list[str] = []
    last = 0
    for s, e in sorted(spans):
        s = max(s, last)
        if e <= s:
            continue
        parts += [target[last:s], _MASK * (e - s)]
        last = e
    parts.append(target[last:])
    return "".join(parts)


def _decide(cands: list[_Cand], sel: Selector) -> AnchorResult:
    """Best candidate, with the minimum score and the ambiguity margin applied."""
    pool = sorted(
        (c for c in cands if c.errors == 0 or (c.supported and c.score >= MIN_SCORE)),
        key=lambda c: (-c.score, c.errors, c.start),
    )
    if not pool:
        return AnchorResult(None, "orphan", max((c.score for c in cands), default=0.0))
    best = pool[0]
    span = Span(best.start, best.end)
    rivals = [c for c in pool[1:] if c.end <= best.start or c.start >= best.end]
    if rivals and best.score - rivals[0].score < MARGIN:
        return AnchorResult(span, "ambiguous", best.score)
    if best.errors:
        return AnchorResult(span, "fuzzy", best.score)
    return AnchorResult(span, "exact" if best.start == sel.start else "moved", best.score)


def anchor(text: str, selector: Selector, delta: int = 0) -> AnchorResult:
    """Place `selector` in `text`; `delta` is a guessed shift (e.g. that of the previous annotation)."""
    q = selector.exact
    n = len(q)
    if not q:
        return AnchorResult(None, "orphan", 0.0)
    for d in (0, delta) if delta else (0,):
        s = selector.start + d
        if s >= 0 and text.startswith(q, s) and _context_holds(text, selector, s, s + n):
            return AnchorResult(Span(s, s + n), "exact" if d == 0 else "moved", 1.0)
    hint = selector.start + delta
    starts = _occurrences(text, q)
    cands = [_score(text, selector, s, s + n, 0, hint) for s in starts]
    if not cands or not any(c.supported for c in cands):
        cands += _fuzzy(text, selector, hint, starts)
    return _decide(cands, selector)


def apply(annotation: Annotation, text: str, result: AnchorResult) -> Annotation:
    """The annotation re-pointed by `result`, without touching its modified time.

    exact/moved re-capture the selector (same quote, fresh context); fuzzy/ambiguous keep the
    quote the user saw (for review and "what changed") but move the position; an orphan keeps all.
    """
    sel = annotation.selector
    if result.span is None:
        return replace(annotation, state="orphan")
    if result.state in ("exact", "moved"):
        return replace(annotation, selector=Selector.from_span(text, result.span), state=result.state)
    return replace(annotation, selector=replace(sel, start=result.span.start, end=result.span.end), state=result.state)


def reanchor_all(text: str, annotations: Sequence[Annotation]) -> list[Annotation]:
    """Re-anchor many annotations (order kept), carrying the last known shift forward.

    Edits shift everything after them by one delta, so walking annotations by old position and
    trying `start + delta` first makes the common case O(len(quote)) per annotation.
    """
    out: list[Annotation | None] = [None] * len(annotations)
    delta = 0
    for i in sorted(range(len(annotations)), key=lambda j: annotations[j].selector.start):
        a = annotations[i]
        res = anchor(text, a.selector, delta)
        if res.span is not None and res.state in ("exact", "moved"):
            delta = res.span.start - a.selector.start
        out[i] = apply(a, text, res)
    return [a for a in out if a is not None]


def confirm(annotation: Annotation, text: str, span: Span | None = None) -> Annotation:
    """The user accepted (or re-attached to `span`) a fuzzy/ambiguous/orphan annotation."""
    target = span or annotation.span
    if target.end > len(text):
        raise ValueError(f"span {target.start}:{target.end} lies outside the text ({len(text)} characters)")
    return annotation.edited(selector=Selector.from_span(text, target), state="exact")
