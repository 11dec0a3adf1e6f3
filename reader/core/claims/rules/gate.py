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
from functools import cache

_WORDS = re.compile(r"[a-z]+")
_SEP, _ANY = " ", "\x01"
"""In an expansion: a character that cannot be an ASCII letter, and a stretch that may hold letters or not."""
_CAP = 4000
"""Most strings an expansion keeps before summarising a part as an unknown stretch."""
COMMON = frozenset("""a an the and or but to of in on at by for from with as is are was were be been being has have had do does did
    that this these those it its he she they we i you his her their our any all some no not how what where when why whether who which
    s t also then again still""".split())
"""Words too common to gate a rule on: picked only where an expansion holds nothing rarer."""
_COMMON_COST = 25
_BOUNDED = re.compile(r"(?<= )[a-z]+(?= )")


def words_of(lowered: str) -> set[str]:
    """The words of lower-cased text as the gates see them: runs of ASCII letters."""
    return set(_WORDS.findall(lowered))


def _letter(code: int, fold: bool) -> str:
    ch = chr(code)
    if "a" <= ch.lower() <= "z" and ch.isascii():
        return ch.lower()
    return _SEP


def _product(a: set[str], b: set[str]) -> set[str]:
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


def _node(op: object, av: object, fold: bool) -> set[str]:  # noqa: C901 - one case per regex node type, flat
    if op is sc.LITERAL:
        return {_letter(av, fold)}  # type: ignore[arg-type]
    if op is sc.NOT_LITERAL or op is sc.ANY:
        return {_ANY}
    if op is sc.IN:
        return _in(av, fold)  # type: ignore[arg-type]
    if op is sc.AT:
        return {_SEP} if av in (sc.AT_BEGINNING, sc.AT_BEGINNING_STRING, sc.AT_END, sc.AT_END_STRING, sc.AT_BOUNDARY,
                                sc.AT_LOC_BOUNDARY, sc.AT_UNI_BOUNDARY) else {""}
    if op is sc.BRANCH:
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            out |= _seq(alt, fold)
        return out if len(out) <= _CAP else _summary(out)
    if op is sc.SUBPATTERN:
        _, add, _, sub = av  # type: ignore[misc]
        return _seq(sub, fold or bool(add & sc.SRE_FLAG_IGNORECASE))
    if op is sc.ATOMIC_GROUP:
        return _seq(av, fold)  # type: ignore[arg-type]
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        one = _seq(sub, fold)
        if one <= {_SEP, ""}:  # \s+, \s*, ,?: a separator, or nothing
            return {_SEP} if lo >= 1 else {"", _SEP}
        if hi == 1:
            return one | ({""} if lo == 0 else set())
        # any number of copies: what every copy starts and ends with, an unknown stretch between (optional words
        # are never what a match must hold, so nothing is lost by not listing them)
        return ({""} if lo == 0 else set()) | {x for x in _summary(one) if x}
    if op is sc.ASSERT:  # a lookaround that holds only non-letters where it touches the match bounds it there
        direction, sub = av  # type: ignore[misc]
        seen = _seq(sub, fold)
        edge = (lambda s: s[:1]) if direction == 1 else (lambda s: s[-1:])
        return {_SEP} if seen and all(edge(s) == _SEP for s in seen) else {""}
    if op is sc.ASSERT_NOT:
        return {""}
    return {_ANY}  # back-references, conditionals


@cache
def derive_gate(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words one of which every match of `pattern` holds between separators, or None when some match
    need hold none (the rule is then tried everywhere)."""
    tree = sp.parse(pattern.pattern, pattern.flags)
    options = [set(_BOUNDED.findall(_ANY + s + _ANY)) for s in _seq(tree, bool(pattern.flags & re.IGNORECASE))]
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
    for w in reversed(gate[:-1]):  # drop an early pick that later ones made redundant ('part' once 'read', 'reads' are in)
        rest = set(gate) - {w}
        if all(not rest.isdisjoint(words) for words in options):
            gate.remove(w)
    return frozenset(gate)


def literal_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every word a match of `pattern` may have to hold (the gate picks one per expansion; this lists all of
    them), for the test that a hand-written trigger list covers its pattern."""
    tree = sp.parse(pattern.pattern, pattern.flags)
    return frozenset(w for s in _seq(tree, bool(pattern.flags & re.IGNORECASE)) for w in _BOUNDED.findall(_ANY + s + _ANY))
