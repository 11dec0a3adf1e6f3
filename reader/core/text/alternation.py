"""Regex alternations the engine can reject fast: branched by first character.

Python's regex engine tries the branches of `a|b|c` one by one at every position it attempts. A long list of
words (cue verbs, number words, hedges) then costs one test per word at each attempt. Grouping the branches by
their first character, each group keeping its branches' order, gives the same matches tried in the same order
(a branch whose first character differs fails at once either way), but one test per first character, and when
every branch starts with a literal the engine can skip straight to positions holding one of those characters.
"""

from __future__ import annotations

import re


def by_first_char(words: list[str]) -> str:
    """`w1|w2|…` for literal words (no regex syntax), grouped by first character."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(c + ("(?:" + "|".join(rest) + ")" if any(rest) else "") for c, rest in groups.items())


def by_prefix(words: list[str] | set[str] | frozenset[str]) -> str:
    """An alternation of literal words (no regex syntax) as a trie: `s(?:ays?|aid)`. At each character it tries
    the longer words first, so it matches what `w1|w2|…` sorted longest first matches, at the same places; a long
    list of words with shared beginnings costs one test per character instead of one per word."""
    root: dict[str, dict] = {}
    for w in sorted(words):  # sorted: the same pattern in every process
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict[str, dict]) -> str:
    parts = [re.escape(ch) + _trie(sub) for ch, sub in node.items() if ch]
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    return "(?:" + "|".join(parts) + ")" + ("?" if "" in node else "")


def split_branches(body: str) -> list[str] | None:
    """The top-level branches of a regex alternation `a|b|(?:c|d)e`; None when its parentheses do not balance."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: '|' and parentheses inside are literal
            i = body.index("]", i + 2 if body.startswith("[^", i) else i + 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out if depth == 0 else None


def _expand(branch: str) -> list[str]:
    """A branch that starts with an unquantified group, `(?:was|(?:has|had) been)X`, as the branches
    `wasX|has beenX|had beenX` (the same matches in the same order: the engine tries a group's alternatives in
    turn, each followed by the rest); any other branch as itself."""
    if not branch.startswith("(?:"):
        return [branch]
    depth, i = 0, 0
    while i < len(branch):  # the group's closing parenthesis
        ch = branch[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = branch.index("]", i + 2 if branch.startswith("[^", i) else i + 1) + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            break
        i += 1
    rest = branch[i + 1 :]
    inner = split_branches(branch[3:i])
    if inner is None or rest[:1] in ("?", "*", "+", "{"):  # a quantified group is not always there
        return [branch]
    return [x for b in inner for x in _expand(b + rest)]


def branch_by_first_char(body: str) -> str | None:
    """The alternation `body` regrouped by first character, or None when a branch does not start with a lower-case
    letter (or `body` is not one alternation). A branch starting with a group, `(?:was|is)X`, is expanded to
    `wasX|isX` first (`_expand`: the same matches in the same order)."""
    top = split_branches(body)
    if top is None:
        return None
    branches = [x for b in top for x in _expand(b)]
    if not all(b and "a" <= b[0] <= "z" and b[1:2] not in ("?", "*", "+", "{") for b in branches):
        return None  # a branch that does not start with a literal (or whose first letter is quantified)
    return by_first_char(branches)
