"""Re-anchoring that never guesses: find where an annotation's quote lives in a (possibly edited) text.

A candidate is a place holding the quote verbatim, or (when none is backed by its context) an
approximate match found with edlib (Myers' bit-parallel infix search, as Hypothesis does) within an
error budget proportional to the quote's length. A candidate is only *placed* when its context vouches
for it and no rival comes close:

- evidence per side: how well the stored prefix (suffix) agrees with the text right before (after) the
  candidate, anchored at the quote: the agreement must start at the quote's edge (`MIN_RUN` characters
  verbatim, or the whole stored context) before an edit-distance similarity counts at all, so a shifted
  or unrelated neighbourhood scores near 0. A quote that started (ended) the text agrees on that side
  only where it still starts (ends) it, with a small weight (BOUNDARY_WEIGHT);
- a candidate is *supported* when one side agrees at least `ONE_SIDE`, or both at least `SUPPORT`
  (both sides always, for short fuzzy quotes);
- the best supported candidate wins only if no other supported, non-overlapping candidate is within
  `MARGIN` of its score or carries one side of the stored context verbatim (a duplicated passage: the
  copy and the original cannot be told apart); otherwise the result is `ambiguous` (placed on the
  best, flagged for review). Support from a text boundary alone never beats another verbatim copy;
- a candidate that cuts a word the quote did not cut ("in Poland" inside "chain Poland") is no candidate;
- nothing supported: `orphan`. The stored position is never evidence on its own, so a quote whose
  words were deleted does not jump to the same words elsewhere, and a word inserted right before a
  quote cannot make the copy look like the original.

States: exact (verbatim, at the stored offset), moved (verbatim, elsewhere), fuzzy (approximate),
ambiguous, orphan. The score (0..1) that decided is kept with the annotation and shown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import edlib
from rapidfuzz.distance import Levenshtein

from reader.core.annotations.model import CONTEXT_LEN, AnchorState, Annotation, Selector
from reader.core.text.spans import Span

W_QUOTE, W_CONTEXT = 0.5, 0.5
"""Score of a candidate = quote similarity and context evidence, half each."""
MAX_ERROR_RATIO = 0.25
"""Edit budget of the approximate search, as a fraction of the quote length."""
MIN_FUZZY_LEN = 8
"""Shorter quotes need BOTH contexts to agree (one edit in four characters is another word)."""
MIN_QUOTE_LEN = 4
"""Quotes shorter than this are matched verbatim only."""
SUPPORT = 0.6
"""Agreement (0..1) each side needs when both sides vouch for a candidate."""
ONE_SIDE = 0.8
"""Agreement one side needs to vouch alone: a shared phrase ("intimidate a civilian population", 24 of
32 characters) is not the passage; one edited word in otherwise intact context still is."""
MIN_RUN = 4
"""Characters that must agree verbatim right at the quote's edge before a context counts as similar."""
BOUNDARY_WEIGHT = 8.0
"""A quote that started (ended) the text and still does: that side agrees, with the weight of 8 characters."""
MARGIN = 0.15
REPEAT_LEN = 40
"""A quote this long found verbatim twice is a duplicated passage, never a coincidence: ambiguous."""
"""A supported rival closer than this in score makes the result ambiguous."""
MAX_OCCURRENCES = 5000
FUZZY_ROUNDS = 2
LOCATIONS_PER_ROUND = 16
INDEX_GRAM = 8
INDEX_MIN_WORK = 20_000_000
"""Index the text's 8-grams when re-anchoring this much (annotations x characters) would rescan it."""


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
    copy: bool = False
    """One whole side of its context is the stored one verbatim: a copy of the passage as likely as the original."""
    by_text: bool = False
    """Supported by context characters (not only by still starting or ending the text)."""
    framed: bool = False
    """Both sides of the stored context agree verbatim."""


def _side(stored: str, found: str, cut: bool, at_boundary: bool) -> tuple[float, float, float]:
    """(agreement 0..1, weight, share of the stored characters that agree) of one side of the context.

    `found` is the text next to the candidate, read outward from it (`stored` likewise); `cut`: the
    stored context was shorter than CONTEXT_LEN because the text ended there, and `at_boundary`: the
    candidate's side still ends the text. The boundary counts as BOUNDARY_WEIGHT characters."""
    run = 0
    for a, b in zip(stored, found, strict=False):
        if a != b:
            break
        run += 1
    matched = float(run)
    if MIN_RUN <= run < len(stored):
        matched = max(matched, Levenshtein.normalized_similarity(stored, found) * len(stored))
    weight = len(stored) + (BOUNDARY_WEIGHT if cut else 0.0)
    agree = matched + (BOUNDARY_WEIGHT if cut and at_boundary and run == len(stored) else 0.0)
    return (agree / weight if weight else 1.0), weight, (matched / len(stored) if stored else 0.0)


def _prefix_side(text: str, prefix: str, start: int) -> tuple[float, float, float]:
    found = text[max(0, start - len(prefix)) : start]
    return _side(prefix[::-1], found[::-1], len(prefix) < CONTEXT_LEN, start == len(prefix))


def _suffix_side(text: str, suffix: str, end: int) -> tuple[float, float, float]:
    return _side(suffix, text[end : end + len(suffix)], len(suffix) < CONTEXT_LEN, end + len(suffix) == len(text))


def _cuts_words(text: str, sel: Selector, start: int, end: int) -> bool:
    """The quote began (ended) at a word's edge but the candidate begins (ends) inside a word: "in Poland"
    is not the last letters of "chain Poland"."""
    q = sel.exact
    starts_word = q[:1].isalnum() and not sel.prefix[-1:].isalnum()
    ends_word = q[-1:].isalnum() and not sel.suffix[:1].isalnum()
    return (starts_word and start > 0 and text[start - 1].isalnum()) or (ends_word and end < len(text) and text[end].isalnum())


def _score(text: str, sel: Selector, start: int, end: int, errors: int) -> _Cand:
    """Score and support of the candidate text[start:end] for `sel` (see the module docstring)."""
    if errors == 0 and _cuts_words(text, sel, start, end):
        return _Cand(start, end, errors, 0.0, False)
    p, wp, pc = _prefix_side(text, sel.prefix, start)
    s, ws, sc = _suffix_side(text, sel.suffix, end)
    weight = wp + ws
    context = (p * wp + s * ws) / weight if weight else (1.0 if (p, s) == (1.0, 1.0) else 0.0)
    q = max(0.0, 1.0 - errors / max(1, len(sel.exact)))
    if len(sel.exact) < MIN_FUZZY_LEN and errors:
        supported = min(p, s) >= SUPPORT
    else:
        sides = [v for v, w in ((p, wp), (s, ws)) if w > 0]
        supported = (max(sides) >= ONE_SIDE or min(p, s) >= SUPPORT) if sides else context == 1.0
    copy = any(agree == 1.0 and (len(stored) >= MIN_RUN or (stored and len(stored) < CONTEXT_LEN))
               for agree, stored in ((p, sel.prefix), (s, sel.suffix)))
    by_text = any(share >= SUPPORT and len(stored) >= MIN_RUN for share, stored in ((pc, sel.prefix), (sc, sel.suffix)))
    return _Cand(start, end, errors, W_QUOTE * q + W_CONTEXT * context, supported, copy, by_text, p == s == 1.0)


class _Grams:
    """Start offsets of the INDEX_GRAM-character substrings that begin a word: occurrences of a quote
    without rescanning the whole text for each of thousands of annotations."""

    def __init__(self, text: str) -> None:
        index: dict[str, list[int]] = {}
        for m in _WORD_START.finditer(text):
            i = m.start()
            index.setdefault(text[i : i + INDEX_GRAM], []).append(i)
        self.index = index


_WORD_START = re.compile(r"(?<!\w)\w")


@lru_cache(maxsize=2)
def _grams(text: str) -> _Grams:
    return _Grams(text)


def _word_starts(quote: str, starts_word: bool) -> list[int]:
    """Offsets in `quote` where a word begins (0 only when the quote began at a word's edge)."""
    return [m.start() for m in _WORD_START.finditer(quote) if (m.start() > 0 or starts_word) and m.start() + INDEX_GRAM <= len(quote)]


def _occurrences(text: str, quote: str, indexed: bool = False, starts_word: bool = False) -> list[int]:
    """Where `quote` occurs verbatim. Indexed: looked up by its rarest word-initial 8-gram (a quote that began
    at a word's edge is then not found inside longer words, which it could not be placed on anyway)."""
    offsets = _word_starts(quote, starts_word) if indexed else []
    if offsets:
        index = _grams(text).index
        offset, places = min(((o, index.get(quote[o : o + INDEX_GRAM], ())) for o in offsets), key=lambda item: len(item[1]))
        return [i - offset for i in places if i >= offset and text.startswith(quote, i - offset)][:MAX_OCCURRENCES]
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


def _edlib_cands(text: str, sel: Selector, query: str, target: str, offset: int, k: int, hint: int) -> list[_Cand]:
    res = edlib.align(query, target, mode="HW", task="locations", k=k)
    out: list[_Cand] = []
    if res["editDistance"] < 0:
        return out
    locations = sorted((loc for loc in res["locations"] if loc[0] is not None), key=lambda loc: abs(offset + loc[0] - hint))
    for a, b in locations[:LOCATIONS_PER_ROUND]:
        s, e = _snap(text, sel, offset + a, offset + b + 1)
        errors = Levenshtein.distance(sel.exact, text[s:e], score_cutoff=k + 1)
        if 0 < errors <= k:
            out.append(_score(text, sel, s, e, errors))
    return out


def _snap(text: str, sel: Selector, start: int, end: int) -> tuple[int, int]:
    """Widen a match to whole words where the quote had whole words ("wall be" found in "wall bee" is "wall bee")."""
    if sel.exact[:1].isalnum() and not sel.prefix[-1:].isalnum():
        while start < end - 1 and not text[start].isalnum():  # " hey their" for "they their": the space is not its
            start += 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    if sel.exact[-1:].isalnum() and not sel.suffix[:1].isalnum():
        while end > start + 1 and not text[end - 1].isalnum():
            end -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


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
    cands = _edlib_cands(text, sel, query, enc.target[lo:hi], lo, k, hint)
    if not exact_starts and any(c.framed for c in cands):
        # Both sides of the stored context verbatim around it, near where it was: a rival elsewhere would be a
        # duplicated passage edited the same way. Skip the whole-text search (the cost of re-anchoring).
        return cands
    target = enc.target
    masks = [(s, s + n) for s in exact_starts] + [(c.start, c.end) for c in cands]
    for _ in range(FUZZY_ROUNDS):
        if masks:
            target = _masked(target, masks)
        found = _edlib_cands(text, sel, query, target, 0, k, hint)
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


def _decide(cands: list[_Cand], sel: Selector) -> AnchorResult | None:
    """The supported candidate that stands out, ambiguous when a supported rival comes within MARGIN;
    None when no candidate is supported."""
    pool = sorted((c for c in cands if c.supported), key=lambda c: (-c.score, c.errors, c.start))
    if not pool:
        return None
    best = pool[0]
    span = Span(best.start, best.end)
    # Another verbatim occurrence is another placement even where it overlaps (repetitive text shifted by a
    # word); approximate matches overlapping the best are the same match, stretched.
    apart = [c for c in cands if c is not best and (c.end <= best.start or c.start >= best.end or (c.errors == best.errors == 0))]
    rivals = [c for c in apart if c.supported]
    if rivals and (best.score - rivals[0].score < MARGIN or any(c.copy for c in rivals)):
        return AnchorResult(span, "ambiguous", best.score)
    if any(c.errors == 0 for c in apart) and (not best.by_text or len(sel.exact) >= REPEAT_LEN):
        # Another verbatim copy: a long passage found twice was duplicated (which one is ours, the text
        # cannot say), and support from a text boundary alone is no reason to prefer this one.
        return AnchorResult(span, "ambiguous", best.score)
    if best.errors:
        return AnchorResult(span, "fuzzy", best.score)
    return AnchorResult(span, "exact" if best.start == sel.start else "moved", best.score)


def anchor(text: str, selector: Selector, delta: int = 0, indexed: bool = False) -> AnchorResult:
    """Place `selector` in `text`; `delta` is a guessed shift (e.g. that of the previous annotation),
    used only to look near the right place first, never as evidence."""
    q = selector.exact
    if not q:
        return AnchorResult(None, "orphan", 0.0)
    starts = _occurrences(text, q, indexed, q[:1].isalnum() and not selector.prefix[-1:].isalnum())
    cands = [_score(text, selector, s, s + len(q), 0) for s in starts]
    result = _decide(cands, selector)
    if result is not None:
        return result
    whole = [c.start for c in cands if c.score > 0]  # verbatim, not inside longer words: masked for the fuzzy search
    fuzzy = _fuzzy(text, selector, selector.start + delta, whole)
    result = _decide(cands + fuzzy, selector)
    if result is not None:
        return result
    return AnchorResult(None, "orphan", max((c.score for c in cands + fuzzy), default=0.0))


def apply(annotation: Annotation, text: str, result: AnchorResult) -> Annotation:
    """The annotation re-pointed by `result`, without touching its modified time.

    exact/moved re-capture the selector (same quote, fresh context); fuzzy/ambiguous keep the
    quote the user saw (for review and "what changed") but move the position; an orphan keeps all.
    """
    sel = annotation.selector
    score = round(result.score, 3)
    if result.span is None:
        return replace(annotation, state="orphan", score=score)
    if result.state in ("exact", "moved"):
        return replace(annotation, selector=Selector.from_span(text, result.span), state=result.state, score=score)
    return replace(annotation, selector=replace(sel, start=result.span.start, end=result.span.end), state=result.state, score=score)


def reanchor_all(text: str, annotations: Sequence[Annotation]) -> list[Annotation]:
    """Re-anchor many annotations (order kept), carrying the last known shift forward as a search hint."""
    out: list[Annotation | None] = [None] * len(annotations)
    delta = 0
    indexed = len(annotations) * len(text) >= INDEX_MIN_WORK
    for i in sorted(range(len(annotations)), key=lambda j: annotations[j].selector.start):
        a = annotations[i]
        res = anchor(text, a.selector, delta, indexed)
        if res.span is not None and res.state in ("exact", "moved"):
            delta = res.span.start - a.selector.start
        out[i] = apply(a, text, res)
    return [a for a in out if a is not None]


def confirm(annotation: Annotation, text: str, span: Span | None = None) -> Annotation:
    """The user accepted (or re-attached to `span`) a fuzzy/ambiguous/orphan annotation: the quote becomes
    the words it now covers."""
    target = span or annotation.span
    if target.end > len(text):
        raise ValueError(f"span {target.start}:{target.end} lies outside the text ({len(text)} characters)")
    return annotation.edited(selector=Selector.from_span(text, target), state="exact", score=1.0)
