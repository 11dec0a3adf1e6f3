"""Who an office stands for: the person the text named with a title ('the secretary' after 'Defense Secretary Leon
E. Panetta'), or, for a lede's office named by no one before, the person the next paragraph opens on (read by the
speaker stage through coref.py and resolve.py)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon.titles import PORTFOLIOS, ROLE_HEADS, TITLE_VARIANTS, TITLES
from reader.core.claims.stages.speakers.names import split_subject


def without_portfolio(name: str) -> str:
    """'State John F. Kerry' (after 'Secretary of'): the name without the office's portfolio."""
    first, _, rest = name.partition(" ")
    return rest if first.lower() in PORTFOLIOS and len(rest.split()) >= 2 else name


_PERSON = r"((?:Dr\.?\s+)?[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,3})"
"""A person's name after or before a title, a middle initial in it ('Defense Secretary Leon E. Panetta')."""


_PAST_OFFICE = re.compile(r"\b(?:former|late|then|ex-|first|second|third|fourth|fifth|previous|past|deputy|vice|acting)\s+$", re.I)
"""'Zambia's second president Frederick Chiluba', 'former president X': another holder of the office, not 'the president'."""


def titled_person(text: str, mention: str, a: int, lo: int | None = None, unique: bool = False) -> str | None:
    """'The foreign minister' -> the person the text named with that title before ("Mexico's Foreign Secretary
    Marcelo Ebrard", "Marcelo Ebrard, the foreign minister"), the nearest one (in text[lo:a], by default the 5,000
    characters before); with `unique`, none when the text names two people with the title."""
    words = mention.lower().split()[1:]
    if not words:
        return None
    title = r"\s+".join(TITLE_VARIANTS.get(w, re.escape(w)) for w in words)
    after = re.compile(r"(?P<t>(?i:" + title + r"))\s*,?\s+" + _PERSON)
    before = re.compile(_PERSON + r",\s+(?:(?:the|a|an|[\w’'-]+)\s+){0,4}?(?P<t>(?i:" + title + r"))\b")
    start = max(0, a - 5000) if lo is None else lo
    # the nearest title; where a title stands between two names ('to save Mashtots Park, the Armenian President, Serzh
    # Sargsyan, ordered'), the name after it is its apposition
    found = sorted([(m.start("t"), 1, m.group(2)) for m in after.finditer(text, start, a) if not _PAST_OFFICE.search(text, start, m.start("t"))]
                   + [(m.start("t"), 0, m.group(1)) for m in before.finditer(text, start, a)], reverse=True)
    at_title = {t: name for t, _, name in reversed(found)}  # one name per title: the apposition after it wins
    people = [sp.name for sp in (split_subject(without_portfolio(at_title[t])) for t in sorted(at_title, reverse=True)) if sp.person]
    if not people:
        return None
    if unique and len({p.split()[-1] for p in people}) > 1:
        return None  # two presidents named before 'the president' ('President Michael Sata' … 'under President Rupiah Banda'): unclear
    if unique and re.compile(r"\b(?i:the|a)\s+(?i:" + title + r")\s+(?:from|of)\s+[A-Z]").search(text, start, a):
        return None  # 'the senator from Florida', 'Cruz, the senator from Texas': more senators than the one named with the title
    return people[0]


_ROLE_WORDS = sorted({w for w in TITLES | ROLE_HEADS if w.isalpha() and len(w) > 2})
LEDE_ROLE = re.compile(r"the\s+(?:[\w’'-]+\s+){0,8}?(?:" + "|".join(_ROLE_WORDS) + r")(?:\s+(?:of|for|on|at)\s+[\w\s’'-]{1,60})?", re.I)
"""A person described by their office alone ('the principal deputy assistant secretary of defense for policy', 'the exiled
Belarusian opposition leader'): in a lede, named only in the paragraph after."""
_NEXT_NAME = re.compile(
    r"(?:[A-Z][^,.;:“”\"]{0,60},\s+)?(?:[Tt]he\s+[^,.;:“”\"]{0,100}?\s)?(?P<n>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){1,3})"
    r"(?:\s*\([^()]{1,40}\))?(?:,\s[^,;:.]{1,80})?,?\s+(?:also\s+)?(?:said|says|told|called|added|noted|urged|explained|stressed|warned"
    r"|argued)\b")
"""The paragraph after a lede opening on a named person who speaks ('James N. Miller, said …', 'Addressing the plenary,
the leader of Belarus’ democratic forces Svietlana Tsikhanouskaya called on …')."""


def named_next(text: str, b: int) -> str | None:
    """The person the paragraph after position b opens on as a speaker: who a lede's 'the … secretary said' is when the
    article names them only in its next paragraph (the delayed identification of news ledes); None if it opens on none."""
    end = text.find("\n\n", b)
    if end < 0:
        return None
    m = _NEXT_NAME.match(text, end + 2, min(len(text), end + 402))
    sp = split_subject(m.group("n")) if m else None
    return sp.name if sp is not None and sp.person else None


_THE_TITLE = re.compile(r"(?:the|this)\s+(?:[\w-]+\s+){0,2}[\w-]+")
_OFFICES = {"the head of state": "the president", "the head of government": "the prime minister"}
"""Offices news names by what they are: 'The head of State noted' after 'President Michael Sata'."""


def office_holder(text: str, low: str, span: tuple[int, int], base: int, unresolved: bool, first: bool) -> tuple[str, str] | None:
    """(name, rule) of the person a description by office stands for: the one named with the title before (in the
    mention's own sentence first; elsewhere only when unique), else, for the office of a lede (`first`: no person
    named before it), the person the next paragraph opens on. `low` is the mention in lower case, `unresolved`
    whether nothing named it yet."""
    office = _OFFICES.get(low, low)  # 'the head of state' is the president named before
    if _THE_TITLE.fullmatch(office) and office.split()[-1] in TITLES:
        titled = titled_person(text, office, span[0], base) or (titled_person(text, office, span[0], unique=True) if unresolved else None)
        if titled:
            return titled, "speaker.title-named-before"
    if unresolved and first and low.startswith("the ") and LEDE_ROLE.fullmatch(low):
        named = named_next(text, span[1])
        if named:
            return named, "speaker.named-next"
    return None
