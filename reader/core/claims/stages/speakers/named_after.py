"""A role named before the person: news leads often quote 'a senior intelligence advisor' and name him a paragraph later
('Gary Phillips, senior intelligence advisor for the U.S. Army Training and Doctrine Command, spoke …'). The speaker of
the indefinite mention is the person the text names with the same role soon after it.

Only an indefinite mention whose head is a role ('a senior official', 'an adviser') is read, and only a name set off by a
comma before the very words of that role (an article may come between): 'Phillips, the senior intelligence advisor'. The
text read ahead is bounded (`_AHEAD` characters), so a document is still read in linear time."""

from __future__ import annotations

import re

from reader.core.claims.lexicon.titles import HONORIFIC, ROLE_HEADS

_AHEAD = 1500
"""How far past the mention the name may come: the next paragraph or two of a lead."""
_INDEFINITE_ROLE = re.compile(r"(?:a|an)\s+((?:[a-z][\w-]*\s+){0,4}([a-z]+))\.?", re.I)
_NAME = HONORIFIC + r"[A-Z][\w’'.-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}"


def named_after(text: str, mention: str, end: int) -> tuple[str, str] | None:
    """(name, role) of the person an indefinite role mention ending at `end` stands for, when the text names them with
    the same role within `_AHEAD` characters after it; None otherwise."""
    m = _INDEFINITE_ROLE.fullmatch(mention.strip())
    if m is None or m.group(2).lower() not in ROLE_HEADS:
        return None
    role = m.group(1)
    words = r"\s+".join(re.escape(w) for w in role.split())
    found = re.search(r"(?<![\w’'-])(" + _NAME + r"),\s+(?i:(?:(?:the|a|an)\s+)?" + words + r")\b", text[end : end + _AHEAD])
    if found is None:
        return None
    return found.group(1), role
