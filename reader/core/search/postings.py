"""Entry sets as Python-int bitsets, word postings, and the best-first walk over score levels.

Why bitsets: AND / OR / NOT over 50k entries are single C operations on a ~6 KB int, so
combining query terms costs microseconds; only the few entries that get shown are ever
enumerated. Frequent words keep a ready bitset; rare words keep a compact id array that is
OR-ed in through a bytearray when a term needs it.
"""

from __future__ import annotations

import heapq
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from reader.core.search.query import SHORT_TYPO, WORD, caps_missing, min_score

MAX_COMBOS = 4000
"""Bound on score-level combinations tried per query (only reached with many fuzzy terms)."""
_BYTE_BITS = [tuple(i for i in range(8) if b >> i & 1) for b in range(256)]
_NONZERO = re.compile(rb"[^\x00]+")


def iter_bits(x: int) -> Iterator[int]:
    """Set bit positions of a non-negative int, lowest first (skips zero bytes in C)."""
    data = x.to_bytes((x.bit_length() + 7) // 8, "little")
    for run in _NONZERO.finditer(data):
        base = run.start() * 8
        for b in run.group():
            for k in _BYTE_BITS[b]:
                yield base + k
            base += 8


class Postings:
    """Word postings and per-character entry bitsets for one case mode (raw or folded)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.words: list[str] = []
        self.ids: dict[str, int] = {}
        self.post: list[array] = []
        self.char_lists: dict[str, list[int]] = {}
        self.first_lists: dict[str, list[int]] = {}
        self.last_lists: dict[str, list[int]] = {}
        self.first: dict[str, int] = {}
        self.last: dict[str, int] = {}
        self.chars: dict[str, int] = {}
        self.frequent: dict[int, int] = {}
        self.bigrams: dict[str, int] = {}
        self.joined = ""
        self.starts: list[int] = []
        self._prefixes: dict[int, tuple[list[str], list[list[int]]]] = {}

    def add(self, eid: int, text: str) -> None:
        ids, post = self.ids, self.post
        for tok in set(WORD.findall(text)):
            wid = ids.get(tok)
            if wid is None:
                wid = ids[tok] = len(self.words)
                self.words.append(tok)
                post.append(array("I"))
            post[wid].append(eid)
        lists = self.char_lists
        for c in set(text):
            lists.setdefault(c, []).append(eid)
        if text:
            self.first_lists.setdefault(text[0], []).append(eid)
            self.last_lists.setdefault(text[-1], []).append(eid)

    def finish(self, bigrams: bool = False) -> None:
        """Freeze: char bitsets, frequent-word bitsets, the joined vocabulary; with `bigrams`, an
        entry bitset per two-letter string too (~0.7 s and ~9 MB on 1M words), because two typed
        letters match so many rare words that OR-ing their postings would cost ~10 ms a keystroke."""
        self.chars = {c: self.bits_of(ids) for c, ids in self.char_lists.items()}
        self.first = {c: self.bits_of(ids) for c, ids in self.first_lists.items()}
        self.last = {c: self.bits_of(ids) for c, ids in self.last_lists.items()}
        self.char_lists, self.first_lists, self.last_lists = {}, {}, {}
        threshold = max(64, self.n // 256)
        self.frequent = {w: self.bits_of(p) for w, p in enumerate(self.post) if len(p) >= threshold}
        pos = 0
        for w in self.words:
            self.starts.append(pos)
            pos += len(w) + 1
        self.joined = "\n".join(self.words)
        for n in range(4, 13):
            self._prefix_list(n)  # typing hits these lengths first; build now, not mid-keystroke
        if bigrams:
            owners: dict[str, list[int]] = {}
            for wi, word in enumerate(self.words):
                for pair in {word[i : i + 2] for i in range(len(word) - 1)}:
                    owners.setdefault(pair, []).append(wi)
            self.bigrams = {pair: self.union(ws) for pair, ws in owners.items()}

    def word_bits(self, t: str) -> int:
        """Entries with a word containing `t` (a run of word chars)."""
        if len(t) == 1:
            return self.chars.get(t, 0)
        if len(t) == 2 and t in self.bigrams:
            return self.bigrams[t]
        return self.union(self.containing(t))

    def bits_of(self, ids: Iterable[int]) -> int:
        ba = bytearray((self.n >> 3) + 1)
        for i in ids:
            ba[i >> 3] |= 1 << (i & 7)
        return int.from_bytes(ba, "little")

    def union(self, wids: Iterable[int]) -> int:
        """Bitset of entries containing any of the words."""
        acc, rare = 0, []
        for w in wids:
            b = self.frequent.get(w)
            if b is None:
                rare.append(self.post[w])
            else:
                acc |= b
        if rare:
            ba = bytearray((self.n >> 3) + 1)
            for p in rare:
                for i in p:
                    ba[i >> 3] |= 1 << (i & 7)
            acc |= int.from_bytes(ba, "little")
        return acc

    def containing(self, t: str) -> list[int]:
        """Ids of words that contain `t` (a run of word chars): one C scan of the joined vocabulary."""
        out = {bisect_right(self.starts, m.start()) - 1 for m in re.finditer(re.escape(t), self.joined)}
        return sorted(out)

    def fuzzy(self, t: str) -> dict[int, int]:
        """word id -> `word_score(t, word)` for every word that scores, computed in bulk."""
        scores = dict.fromkeys(self.containing(t), 100)
        cut = min_score(len(t))
        if cut > 100:
            return scores
        for _, s, w in process.extract(t, self.words, scorer=fuzz.ratio, score_cutoff=cut, limit=None):
            if w not in scores or scores[w] < int(s):
                scores[w] = int(s)
        prefixes, owners = self._prefix_list(len(t))
        for _, s, k in process.extract(t, prefixes, scorer=fuzz.ratio, score_cutoff=cut, limit=None):
            for w in owners[k]:
                if scores.get(w, 0) < int(s):
                    scores[w] = int(s)
        if len(t) in SHORT_TYPO:  # one typo in a short term (query.word_score): the lowest accepted score
            for _, _, w in process.extract(t, self.words, scorer=OSA.distance, score_cutoff=1, limit=None):
                scores.setdefault(w, cut)
        if any(c.isupper() for c in t):
            scores = {w: s for w, s in scores.items() if s == 100 or not caps_missing(t, self.words[w])}
        return scores

    def _prefix_list(self, n: int) -> tuple[list[str], list[list[int]]]:
        """Distinct n-char prefixes of longer words, with the words owning each (built lazily)."""
        if n not in self._prefixes:
            index: dict[str, list[int]] = {}
            for w, word in enumerate(self.words):
                if len(word) > n:
                    index.setdefault(word[:n], []).append(w)
            self._prefixes[n] = (list(index), list(index.values()))
        return self._prefixes[n]


@dataclass(slots=True)
class Levels:
    """A positive term's result on the base entries: (score, bitset) levels, best first, disjoint."""

    levels: list[tuple[int, int]]
    words: dict[str, int] | None = None
    """Scored words (fuzzy terms of 4+ chars); None means a plain substring test."""

    @property
    def any(self) -> int:
        acc = 0
        for _, b in self.levels:
            acc |= b
        return acc


def best_first(levels: list[list[tuple[int, int]]], limit: int) -> list[tuple[int, int]]:
    """Top `limit` (summed score, entry id) over AND-ed groups of disjoint (score, bitset) levels.

    Level combinations are visited best sum first (a heap over index tuples); entries tied on the
    sum come out lowest id first, and ids are numbered in tie-break order.
    """
    k = len(levels)
    start = (0,) * k
    heap = [(-sum(lv[0][0] for lv in levels), start)]
    queued = {start}
    out: list[tuple[int, int]] = []
    tried = 0
    while heap and len(out) < limit and tried < MAX_COMBOS:
        neg = heap[0][0]
        union = 0
        while heap and heap[0][0] == neg:
            _, idx = heapq.heappop(heap)
            tried += 1
            bits = levels[0][idx[0]][1]
            for g in range(1, k):
                if not bits:
                    break
                bits &= levels[g][idx[g]][1]
            union |= bits
            for g in range(k):
                if idx[g] + 1 < len(levels[g]):
                    nxt = idx[:g] + (idx[g] + 1,) + idx[g + 1 :]
                    if nxt not in queued:
                        queued.add(nxt)
                        drop = levels[g][idx[g]][0] - levels[g][idx[g] + 1][0]
                        heapq.heappush(heap, (neg + drop, nxt))
        for eid in iter_bits(union):
            out.append((-neg, eid))
            if len(out) >= limit:
                break
    return out
