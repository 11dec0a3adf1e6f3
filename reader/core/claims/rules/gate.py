"""Gates derived from patterns: the words one of which every match of a regex must hold.

A paragraph's lower-case words are scanned once (`words_of`); a rule whose gate shares no word with them
cannot match there, so its regex is not run. The gate is read off the pattern itself, never written a
second time by hand: the pattern is expanded into the finite strings of letters and separators it can
match (repeats and large alternations are summarised as an unknown stretch), and every expansion gives
the longest word that stands between two separators in it. A pattern with an expansion that has no such
word (`\\w+ said`: the word before could run into anything) gets no gate (None): it is always tried.
"""

from __future__ import annotations

import re
import re._constants as sc
import re._parser as sp
from collections.abc import Callable
from functools import cache
from typing import Any

_SEP, _ANY = " ", "\x01"
"""In an expansion: a character that cannot be an ASCII letter, and a stretch that may hold letters or not."""
_CAP = 2000
"""Most strings an expansion keeps before summarising a part as an unknown stretch."""
COMMON = frozenset("""a an the and or but to of in on at by for from with as is are was were be been being has have had do does did
    that this these those it its he she they we i you his her their our any all some no not how what where when why whether who which
    s t also then again still""".split())
"""Words too common to gate a rule on: picked only where an expansion holds nothing rarer."""
_COMMON_COST = 25
_BOUNDED = re.compile(r"(?<= )[a-z]+(?= )")


_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))
"""Bytes to themselves when a lower-case ASCII letter, else to a space (UTF-8 puts no ASCII byte in a longer character)."""


def words_of(lowered: str) -> set[str]:
    """The words of lower-cased text as the gates see them: runs of ASCII letters (the same as re.findall('[a-z]+'),
    found by a byte translation and a split, twice as fast)."""
    return set(lowered.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).decode("ascii").split())


def _letter(code: int, fold: bool) -> str:
    ch = chr(code)
    if "a" <= ch.lower() <= "z" and ch.isascii():
        return ch.lower()
    return _SEP


_ANY_RUN = re.compile(_ANY + "{2,}")


def _shrink(strings: set[str]) -> set[str]:
    """Fewer strings that hold no more bounded words: the empty string stands for an unknown stretch (putting one in
    a string only unbinds the words next to it), and runs of unknown stretches are one."""
    return {_ANY_RUN.sub(_ANY, x or _ANY) for x in strings}


def _product(a: set[str], b: set[str]) -> set[str]:
    if len(a) * len(b) > _CAP:
        b = _shrink(b)
    if len(a) * len(b) > _CAP:
        a = _shrink(a)
    if len(a) * len(b) > _CAP:
        b = _summary(b)
    if len(a) * len(b) > _CAP:
        a = _summary(a)
    return {x + y for x in a for y in b}


def _summary(strings: set[str]) -> set[str]:
    """Stand-ins for a set too large to keep: the empty string if it holds one, and an unknown stretch that keeps
    a separator at its start or end when every non-empty string has one there (so the words around stay bounded)."""
    full = [s for s in strings if s]
    out = {""} if len(full) < len(strings) else set()
    if full:
        head = _SEP if all(s[0] == _SEP for s in full) else ""
        tail = _SEP if all(s[-1] == _SEP for s in full) else ""
        out.add(head + _ANY + tail)
    return out


def _in(items: list, fold: bool) -> set[str]:
    """A character class: its letters when it holds only a few letters, a separator when it holds none."""
    letters: set[str] = set()
    other = False
    for op, av in items:
        if op is sc.LITERAL:
            letters.add(_letter(av, fold))
        elif op is sc.RANGE:
            lo, hi = av
            if any("a" <= chr(c).lower() <= "z" for c in range(lo, min(hi, lo + 200) + 1)) or hi - lo > 200:
                return {_ANY}
            letters.add(_SEP)
        elif op is sc.CATEGORY:
            if av in (sc.CATEGORY_SPACE, sc.CATEGORY_DIGIT):
                letters.add(_SEP)
            else:
                return {_ANY}
        else:  # NEGATE and the like: could be anything
            return {_ANY}
    if other:
        return {_ANY}
    return letters if len(letters) <= 8 else {_ANY}


def _seq(pattern: sp.SubPattern | list, fold: bool) -> set[str]:
    out = {""}
    for op, av in pattern:
        out = _product(out, _node(op, av, fold))
    return out


_EDGES = (sc.AT_BEGINNING, sc.AT_BEGINNING_STRING, sc.AT_END, sc.AT_END_STRING, sc.AT_BOUNDARY, sc.AT_LOC_BOUNDARY, sc.AT_UNI_BOUNDARY)


def _branch(av: tuple, fold: bool) -> set[str]:
    out: set[str] = set()
    for alt in av[1]:
        out |= _seq(alt, fold)
    return out if len(out) <= _CAP else _summary(out)


def _subpattern(av: tuple, fold: bool) -> set[str]:
    _, add, _, sub = av
    return _seq(sub, fold or bool(add & sc.SRE_FLAG_IGNORECASE))


def _repeat(av: tuple, fold: bool) -> set[str]:
    lo, hi, sub = av
    one = _seq(sub, fold)
    if one <= {_SEP, ""}:  # \s+, \s*, ,?: a separator, or nothing
        return {_SEP} if lo >= 1 else {"", _SEP}
    if hi == 1:
        return one | ({""} if lo == 0 else set())
    # any number of copies: what every copy starts and ends with, an unknown stretch between (optional words
    # are never what a match must hold, so nothing is lost by not listing them)
    return ({""} if lo == 0 else set()) | {x for x in _summary(one) if x}


def _assert(av: tuple, fold: bool) -> set[str]:
    """A lookaround that holds only non-letters where it touches the match bounds it there."""
    direction, sub = av
    seen = _seq(sub, fold)
    edge = (lambda s: s[:1]) if direction == 1 else (lambda s: s[-1:])
    return {_SEP} if seen and all(edge(s) == _SEP for s in seen) else {""}


_NODES: dict[object, Callable[[Any, bool], set[str]]] = {
    sc.LITERAL: lambda av, fold: {_letter(av, fold)},
    sc.NOT_LITERAL: lambda av, fold: {_ANY},
    sc.ANY: lambda av, fold: {_ANY},
    sc.IN: _in,
    sc.AT: lambda av, fold: {_SEP} if av in _EDGES else {""},
    sc.BRANCH: _branch,
    sc.SUBPATTERN: _subpattern,
    sc.ATOMIC_GROUP: _seq,
    sc.MAX_REPEAT: _repeat,
    sc.MIN_REPEAT: _repeat,
    sc.POSSESSIVE_REPEAT: _repeat,
    sc.ASSERT: _assert,
    sc.ASSERT_NOT: lambda av, fold: {""},
}
"""What each node of a parsed regex can match, as strings of letters, separators and unknown stretches."""


def _node(op: object, av: object, fold: bool) -> set[str]:
    handler = _NODES.get(op)
    return handler(av, fold) if handler is not None else {_ANY}  # back-references, conditionals: anything


@cache
def derive_gate(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words one of which every match of `pattern` holds between separators, or None when some match
    need hold none (the rule is then tried everywhere)."""
    tree = sp.parse(pattern.pattern, pattern.flags)
    fold = bool(pattern.flags & re.IGNORECASE)
    alternatives = tree[0][1][1] if len(tree) == 1 and tree[0][0] is sc.BRANCH else [tree]
    # a top-level alternation is expanded one alternative at a time: together their strings can pass the cap, and a
    # summary keeps no word, which left a rule of many alternatives ungated
    options = [set(_BOUNDED.findall(_ANY + s + _ANY)) for alt in alternatives for s in _seq(alt, fold)]
    if not all(options):
        return None
    gate: list[str] = []
    left = options
    while left:  # greedy: the word most expansions hold, common words weighed down, until every one holds one
        count: dict[str, int] = {}
        for words in left:
            for w in words:
                count[w] = count.get(w, 0) + 1
        best = max(count, key=lambda w: (count[w] / (_COMMON_COST if w in COMMON or len(w) < 3 else 1), len(w), w))
        gate.append(best)
        left = [words for words in left if best not in words]
    for w in reversed(gate[:]):  # drop a pick that others made redundant ('part' once 'read', 'reads' are in)
        rest = set(gate) - {w}
        if all(not rest.isdisjoint(words) for words in options):
            gate.remove(w)
    return frozenset(gate)


def literal_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every word a match of `pattern` may have to hold (the gate picks one per expansion; this lists all of
    them), for the test that a hand-written trigger list covers its pattern."""
    tree = sp.parse(pattern.pattern, pattern.flags)
    return frozenset(w for s in _seq(tree, bool(pattern.flags & re.IGNORECASE)) for w in _BOUNDED.findall(_ANY + s + _ANY))


def uncovered(pattern: re.Pattern[str], gate: frozenset[str] | set[str], cap: int = 20_000) -> list[str]:
    """The expansions of `pattern` that hold no word of `gate` between separators (shown with '_' for a separator
    and '…' for an unknown stretch): empty when the gate is sound, i.e. every match holds a gate word. A proof (the
    tests) may expand further than a derivation at start-up does: `cap` strings per part instead of `_CAP`."""
    global _CAP
    tree = sp.parse(pattern.pattern, pattern.flags)
    kept, _CAP = _CAP, cap
    try:
        expansions = _seq(tree, bool(pattern.flags & re.IGNORECASE))
    finally:
        _CAP = kept
    out = []
    for s in expansions:
        if gate.isdisjoint(_BOUNDED.findall(_ANY + s + _ANY)):
            out.append(s.replace(_SEP, "_").replace(_ANY, "…"))
    return sorted(out)


_WORDCHAR = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ZERO_WIDTH = (sc.AT, sc.ASSERT, sc.ASSERT_NOT)


def _first(items: list, fold: bool) -> tuple[set[str] | None, bool]:
    """(letter prefixes one of which every match of the sequence starts with, whether it can match nothing);
    None when a match can start with anything."""
    out: set[str] = set()
    for k, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is sc.LITERAL and chr(av) in _WORDCHAR:  # a run of letters, then what the group after it starts with
            run, j = "", k
            while j < len(items) and items[j][0] is sc.LITERAL and chr(items[j][1]) in _WORDCHAR:
                run += chr(items[j][1]).lower() if fold else chr(items[j][1])
                j += 1
            after, empty = _first_node(*items[j], fold) if j < len(items) else (None, True)
            if after is None or empty or "" in after:
                return out | {run}, False
            return out | {run + x for x in after}, False
        starts, empty = _first_node(op, av, fold)
        if starts is None:
            return None, False
        out |= starts
        if not empty:
            return out, False
    return out, True


def _first_node(op: object, av: object, fold: bool) -> tuple[set[str] | None, bool]:
    if op is sc.BRANCH:
        out: set[str] = set()
        empty = False
        for alt in av[1]:  # type: ignore[index]
            starts, e = _first(list(alt), fold)
            if starts is None:
                return None, False
            out |= starts
            empty = empty or e
        return out, empty
    if op is sc.SUBPATTERN:
        _, add, _, sub = av  # type: ignore[misc]
        return _first(list(sub), fold or bool(add & sc.SRE_FLAG_IGNORECASE))
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        lo, _, sub = av  # type: ignore[misc]
        starts, empty = _first(list(sub), fold)
        return starts, empty or lo == 0
    return None, False  # a class, a dot, a non-letter: anything may start here


def word_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The letters every match of `pattern` starts with (a prefix per way it can start, ignoring \\b and lookarounds),
    or None when a match may start otherwise: a prefilter that finds where the pattern can match at all."""
    starts, empty = _first(list(sp.parse(pattern.pattern, pattern.flags)), bool(pattern.flags & re.IGNORECASE))
    if starts is None or empty or "" in starts:
        return None
    return frozenset(starts)
