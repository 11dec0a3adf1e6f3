"""Who a tweet handle is, in blog-citing news: '@tomfinn2' is Tom Finn, named in the line before the tweet
(stages/blockquote.py, rule quote.tweet-line)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from reader.core.claims.lexicon.post_marks import LANGUAGE_TAG

_HANDLE_NAME = re.compile(r"((?:[A-Z][\w.'’-]*\s){1,4})(?:" + LANGUAGE_TAG + r"\s)?\(@(\w+)\)")


_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+){1,3}")
_SPELLED_WINDOW = 2_000
"""How far back a name the handle spells is looked for (the paragraph or two before the tweet), so that a post of many
tweets is read in linear time."""
_NAMED_WINDOW = 20_000
"""How far back a handle's bracketed name or a word it spells is looked for (as a surname's full name is): a long text of
many tweets stays linear."""
_TRUNCATED = 10
"""A handle this long or longer may be a name cut short (a Twitter handle holds at most 15 characters)."""


def _name_spelled(text: str, before: int, handle: str) -> str | None:
    """The last name shortly before the tweet that the handle spells, give or take a prefix, digits or a cut-off end:
    '@SenRehmanMalik' Rehman Malik, '@tomfinn2' Tom Finn (after 'Journalist Tom Finn was at the scene:'),
    '@FizaBatoolGilan' Fiza Batool Gilani. A name is two to four capitalised words; words opening the run ('Journalist',
    'Activist') may be left off."""
    letters = "".join(ch for ch in handle.lower() if ch.isalpha())
    for m in reversed(list(_NAME_RUN.finditer(text, max(0, before - _SPELLED_WINDOW), before))):
        words = m.group().split()
        for i in range(len(words) - 1):
            joined = "".join(ch for ch in "".join(words[i:]).lower() if ch.isalpha())
            if len(joined) >= 6 and (joined in letters or len(letters) >= _TRUNCATED and joined.startswith(letters)):
                return " ".join(words[i:])
    return None


def handle_owner(text: str, before: int, handle: str, persons: list[str]) -> str:
    """The person a handle is: named with it in brackets earlier ('Damian Mac Con Uladh (@damomac)'), or a person
    named before whose name the handle spells ('@nikosoulis', Nikos Soulis); else the handle itself."""
    back = max(0, before - _NAMED_WINDOW)
    for m in _HANDLE_NAME.finditer(text, back, before):
        if m.group(2).lower() == handle.lower():
            return m.group(1).strip()
    spelled = _name_spelled(text, before, handle)
    if spelled is not None:
        return spelled
    stem = re.match(r"[A-Za-z]{4,}", handle)
    if stem:
        named = re.compile(r"\b" + re.escape(stem.group()) + r"\b", re.I).search(text, back, before)
        if named and named.group()[:1].isupper():
            return named.group()  # '@Addameer_ps' after 'The director of Addameer …'
    joined = [(p, "".join(p.lower().split())) for p in persons if len(p.split()) > 1]
    best = max(joined, key=lambda pj: fuzz.ratio(pj[1], handle.lower()), default=None)
    if best is not None and fuzz.ratio(best[1], handle.lower()) >= 90:
        return best[0]
    return "@" + handle
