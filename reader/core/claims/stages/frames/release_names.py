"""A press release's names before its cue: 'Name, Title, Body said:', 'Name, Title of Body said:', 'Title Name, Body
said:' (rules subject.person-role-body and subject.person-title in rules/subject.toml). The person is the name; what
follows it is the role. A clause, a time or a name at the end of the second part says it is no such title.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon.time import MONTHS, WEEKDAYS
from reader.core.claims.lexicon.titles import ORG_WORDS, ROLE_HEADS, TITLES, is_title
from reader.core.claims.stages.frames.clause_subject import trim_span
from reader.core.claims.stages.frames.model import Source
from reader.core.text.language import FUNCTION_WORDS

_PERSON_ROLE_ORG = re.compile(r"(?:^|(?<=[\s“\"]))(?P<n>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,2}),\s+(?P<r>[^,;:“”\"]{2,60}),\s+"
                              r"(?P<o>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w&’'.-]*){0,5})\s*$")
"""A press release's 'Name, Title, Body said:' with no comma before the cue ('Prerana Issar, Chief People Officer, NHS England')."""


_CLAUSE_WORDS = frozenset("who which whose and or is was has had".split())
"""Words that make the middle part a clause, no role ('who co-founded the United Farm Workers')."""


def _person_role_body(m: re.Match[str]) -> bool:
    """Whether 'N, R, O' is a person, a role and a body: R has a title or role head and no clause word, N no organisation
    word, O one (or an acronym, or one word): 'Minister for …, Raja Pervaiz Ashraf' ends on a person, no body."""
    role, name, body = m.group("r").split(), m.group("n").split(), m.group("o").split()
    if not any(w.lower().strip(".") in TITLES or w.lower() in ROLE_HEADS for w in role) or _CLAUSE_WORDS.intersection(role):
        return False
    if any(w.lower() in ORG_WORDS for w in name):
        return False
    return len(body) == 1 or any(w.lower() in ORG_WORDS or w.isupper() for w in body)


_PERSON_TITLE = re.compile(r"(?P<n>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,2}),\s+(?P<r>[A-Z][^,;:“”\"]{2,90}?)\s*$")
"""A press release's 'Name, Title of Body said:' with one comma ('Laura Walters, Special Crown Prosecutor of the Crown
Prosecution Service said:')."""


_TIME_WORDS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS, "early", "late", "earlier", "later", "last", "next", "this"))
_PERSON_BODY = re.compile(r"(?P<n>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+),\s+(?P<o>(?:[Tt]he\s+)?[A-Z][\w&’'.-]*"
                          r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'.-]*){0,4})\s*$")
"""'Title Name, Body said:' ('Assistant Chief Constable Bex Smith, Police Scotland said:')."""


def _titled_person_body(name: list[str], body: list[str]) -> bool:
    """Whether 'NAME, BODY' is a (titled) person and a body: BODY holds an organisation word and no title ('Senate
    Majority Leader Mitch McConnell' is a person), NAME no function or time word ('On Tuesday', 'In March')."""
    low = [w.lower().strip(".") for w in name]
    return any(w.lower() in ORG_WORDS for w in body) and not any(is_title(w.lower().strip(".")) for w in body) \
        and not any(w in FUNCTION_WORDS or w in _TIME_WORDS for w in low) and not any(is_title(w) for w in low[-2:])


def person_before_title(ms: str, lo: int, seg_end: int, a: int, b: int) -> Source | None:
    """'Name, Title, Body said' (two commas) or 'Name, Title of Body said' (one): the person, the title after the name."""
    if ms.rfind(",", lo, b) >= 0:
        m = _PERSON_ROLE_ORG.search(ms, lo, seg_end)
        if m and m.start("o") == trim_span(ms, a, seg_end)[0] and _person_role_body(m):
            # 'Prerana Issar, Chief People Officer, NHS England said:': the person, the title and body after the name
            return Source(m.span("n"), (m.start("r"), m.end("o")), m.start("n"), "subject.person-role-body")
        return None
    body = _PERSON_BODY.match(ms, trim_span(ms, lo, seg_end)[0], seg_end)
    if body and _titled_person_body(body.group("n").split(), body.group("o").split()):
        # 'Assistant Chief Constable Bex Smith, Police Scotland said:': the titled person, the body after the name
        return Source(body.span("n"), body.span("o"), body.start("n"), "subject.person-title")
    m = _PERSON_TITLE.search(ms, lo, seg_end)
    if m is None or m.start("n") != trim_span(ms, lo, seg_end)[0]:
        return None
    name, role = m.group("n").split(), m.group("r").split()
    if name[0].lower() in FUNCTION_WORDS or any(w.lower() in ORG_WORDS or w.lower() in TITLES for w in name) \
            or not any(w[:1].isupper() and w.lower().strip(".") in TITLES for w in role[:4]) or _CLAUSE_WORDS.intersection(role) \
            or _ENDS_IN_NAME.search(m.group("r")):
        return None  # 'In Washington, White House spokesman Josh Earnest said': the name is in the second part
    return Source(m.span("n"), m.span("r"), m.start("n"), "subject.person-title")


_ENDS_IN_NAME = re.compile(r"\b(?!(?:of|for|the|and|at|in|on|to)\b)[a-z]+\s+[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+$")
"""A role that ends on a person's name ('White House spokesman Josh Earnest'), not on a body's ('… of Marine Accidents')."""
