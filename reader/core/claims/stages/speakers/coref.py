"""Who a pronoun or a common noun stands for, read from the text around a frame (read by the speaker stage, resolve.py).

News refers back to a source in a few set ways: a pronoun for the subject of the sentence before ("Adamowicz, 53,
has supported … He recently condemned …"), "they" for the plural subject of the same sentence ("State prosecutors
charged the suspect …, they said"), a group noun for a named team ("Siegel and colleagues … The team wrote") and a place noun for the place named
with it ("the US city of White Plains … The city estimated"). What 'who' stands for is read in relatives.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.connectives import SENTENCE_CONJUNCTIONS, SUBJECT_ADVERBS
from reader.core.claims.lexicon.determiners import ARTICLES
from reader.core.claims.lexicon.given_names import given_gender
from reader.core.claims.lexicon.post_marks import LANGUAGE_TAG
from reader.core.claims.lexicon.prepositions import LEAD_PREPOSITIONS, PP_OPENERS
from reader.core.claims.lexicon.time import MONTHS, WEEKDAYS
from reader.core.claims.lexicon.titles import ORG_WORDS, TITLES, UNNAMED_PERSONS
from reader.core.claims.stages.speakers.names import fold, split_subject
from reader.core.claims.stages.speakers.offices import without_portfolio
from reader.core.text.language import FUNCTION_WORDS
from reader.core.text.segment import LOWER_PARTICLE
from reader.core.text.words import whole_words

if TYPE_CHECKING:
    from reader.core.claims.stages.speakers.memory import People

_NAME = r"[A-Z\u00C0-\u00DE][\w’'-]*"
_SENTENCE_SUBJECT = re.compile(
    r"(?:(?:In|On|At|After|Before|During|Just|Last|Earlier|Later|Following|Since|Meanwhile|Speaking|According)\b[^,.;]{0,60},\s+)?(?:(?:(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*(?:’s|'s)|[A-Z][a-z]+(?=\s+[a-z])|and(?=\s+[a-z])|(?!(?:of|for|and|or|with|to|in|at|by|from|on|but|that|who)\b)[a-z][\w-]*)\s+){0,7}?"
    r"(?P<s>(?:[A-Z]\.\s+){0,2}(?:" + LOWER_PARTICLE + r")?" + _NAME + r"(?:\s+" + _NAME + r"){0,3})(?:\s+" + LANGUAGE_TAG + r")?"
    r"(?:\s+\([^()\n]{1,40}\))?"
    r"(?:,[^,.;]{1,60},|\s+of\s+(?:[^,.;:]|(?:[A-Z]\.){2,}){1,90}?)?\s+"
    r"(?:(?:also|recently|then|later|has|have|had|was|is|would|will)\s+)*"
    r"(?:[a-z]{2,}ed|was|is|has|had|said|says|told|wrote|made|took|went|gave|spoke|met|came|left|sent|held|led|won|lost|ran|saw|"
    r"became|began|brought|built|bought|fought|found|kept|paid|put|sat|stood|knew|grew|drew|flew|rose|fell|struck|spent|felt|"
    r"heard|meant|thought|got|did|[a-z]{3,}s)\b"
)
"""The subject of a sentence: a name, its initials first ('S. P. Udayakumar'), with an appositive between commas
("Adamowicz, 53, has supported") or an affiliation ('of the voluntary organisation … (PMANE) lists', 'of the U.S.
Smithsonian Institution led'), after a lead phrase and its comma and a role before the name ("Just before the final
debate, Hunter Biden's former business partner Tony Bobulinski held …", "Russian celebrity and recent oppositionist
figure Ksenia Sobchak also weighed in")."""
_PRONOUN_OPENS = re.compile(r"(?:He|She|His|Her)\s+[a-z]")
_LAST_SENTENCE = re.compile(r"(?:^|(?<!\b[A-Z]\.)(?<=[.!?])[”\"’]?\s+)(?=[A-Z\u00C0-\u00DE]|" + LOWER_PARTICLE + r"[A-Z])")
"""Where a sentence starts: after '.', '!' or '?' and a space, not after an initial ('S. P. Udayakumar'); a surname's
particle may open it in lower case ('de Oliveira grew up in Brazil')."""


def own_subject(text: str, base: int, at: int, low: str, persons: People) -> str | None:
    """The person who opens the sentence at `base` as its subject, for a 'he' or 'she' later in it (`at`): 'Ann Lee read
    the letter differently: “…,” she said.' Only a person's name (known, or a given name and a surname) of the pronoun's
    gender, with no other full name or known person's surname between it and the pronoun."""
    m = _SENTENCE_SUBJECT.match(text, base, at)
    if m is None or m.end() > at:
        return None
    words = m.group("s").split()
    if words[0] in _NO_SUBJECT_OPENERS or any(w.lower() in ORG_WORDS for w in words):
        return None
    if _inside_quotation(text, base, at):
        return None  # a sentence inside a quotation names its own people, not the quote's speaker
    if _FULL_NAME.search(text, m.end(), at) or any(persons.last_with_surname(fold(w)) for w in _CAPITALISED.findall(text, m.end(), at)):
        return None  # 'Tom Baker met Joe Smith, and he said …', 'Ann Lee accused Baker of saying he …': which one is unclear
    name = persons.last_with_surname(fold(words[-1])) or (m.group("s") if len(words) > 1 and given_gender(words[0]) else None)
    gender = given_gender(name) if name else None
    return name if name and gender in (None, low) else None


_NO_SUBJECT_OPENERS = frozenset("""In On At But And It The A An This That If When While As Although Because Since After Before Until
    Unless Though Whether Once""".split())
"""Capitalised words that open a sentence before its subject, or a clause that is not the main one ('If Lee wins, he said')."""
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")
"""Two capitalised words in a row: a person's full name, which could be what a later pronoun stands for."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
"""A capitalised word: a known person's surname between the subject and the pronoun is a second candidate."""


def _inside_quotation(text: str, base: int, at: int) -> bool:
    """Whether the sentence at `base` opens with a quote mark or inside a quotation its paragraph opened before it (read
    last in own_subject: it counts the marks from the paragraph's start)."""
    start = base + len(text[base:at]) - len(text[base:at].lstrip())
    para = text[text.rfind("\n", 0, base) + 1 : base]
    return text.startswith(("“", '"'), start) or para.count("“") > para.count("”") or para.count('"') % 2 == 1


def previous_subject(text: str, base: int, persons: People, back: bool = True) -> str | None:
    """The person who is the subject of the sentence before `base` in its paragraph, by their fullest name; for a
    paragraph's first sentence, of the last sentence of the paragraph before ('Tom Baker, a farmer, lost his barn.' then
    '“I have nothing left,” he said.'), once."""
    para = text.rfind("\n", 0, base) + 1
    if back and not text[para:base].strip():
        end = para
        while end and text[end - 1].isspace():
            end -= 1  # the last paragraph's end, found without copying the text before it (a long text stays linear)
        found = previous_subject(text, end, persons, back=False) if end and "\n" in text[end:para] else None
        # a name the text has put after 'in' or 'near' is a place ('a siege in Santa Cruz Barillas' … 'Barillas is in the north.')
        return None if found and re.search(r"\b(?:in|near|outside|across)\s+" + re.escape(found) + r"\b", text[max(0, end - 20000) : end]) \
            else found
    before = text[max(para, base - 600) : base]
    starts = [m.end() for m in _LAST_SENTENCE.finditer(before) if m.end() < len(before.rstrip()) - 1]
    if not starts:
        return None
    if _CUE_AT_END.search(before, starts[-1]):
        return None  # 'Yet the mayor is a “safe pair of hands,” Baker said.': Baker's report; the speaker remembered
    m = _SENTENCE_SUBJECT.match(before, starts[-1])
    # "Gunzburger … founded Politics1.com in 1997.  He currently serves as …  According to Twitter, he describes
    # himself as …": a sentence that opens with the same pronoun passes the subject on from the sentence before it
    # ("René Doyon is a project scientist … He helped lead the research. He said C": Doyon; "Thomas Watters … led the new
    # research. His team’s findings were published … He said C": Watters)
    asked = _ASKED.match(before, starts[-1])
    if asked:  # 'Wikinews asked Baker about the flood. He said: …': the one asked answers
        sp = split_subject(asked.group("n"))
        return persons.last_with_surname(fold(sp.name.split()[-1])) or sp.name if sp.person else None
    k = len(starts) - 1
    while (m is None or m.group("s") in ("He", "She", "His", "Her")) and k > 0 and _PRONOUN_OPENS.match(before, starts[k]):
        k -= 1
        m = _SENTENCE_SUBJECT.match(before, starts[k])
    if not m or m.group("s").split()[0] in _ARTICLE_OPENS:
        return _apposed_subject(before, starts[k]) or _unnamed_subject(before, starts[k])
    name = m.group("s")
    words = name.split()
    if words[0].lower() in _BEFORE_NAME and words[0][:1].isupper() and len(words) > 1 and words[1][:1].isupper():
        words = words[1:]  # 'But John Smith, the union leader, was less upbeat.': the name after the conjunction
        name = " ".join(words)
    if any(w.lower().strip("’'s") in ORG_WORDS for w in words) or words[0] in ("In", "On", "At", "But", "And", "It"):
        return None
    full = persons.last_with_surname(fold(words[-1]))
    if full:
        return full
    if words[0].islower():  # 'de Oliveira has …' after 'Luciana de Oliveira': the full name written before
        return full_name(text, name, max(0, base - 20000), base)
    if len(words) == 1:  # 'Darashiko blogs on cinema regularly. Here he shares …': a one-word name that writes is a person,
        # and so is one that a 'who' clause describes ('Zelda, who bakes for the mill, came forward. “…,” she said')
        writes = _ONE_WORD_PERSON.fullmatch(name) and (m.group(0).split()[-1] in _WRITES or _WHO_AFTER.match(before, m.end("s")))
        return full_name(text, name, max(0, base - 20000), base) or (name if writes else None)
    sp = split_subject(name)
    return sp.name if sp.person else None


_CUE_AT_END = re.compile(r"[,”\"]\s*(?:(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|added|adds|told|wrote|writes|noted|argued)"
                         r"|(?:said|says|added|wrote)\s+[A-Z][^,.;]{0,60})\b[^,;“”\"]{0,40}[.!?]")
"""A sentence that ends with its cue and speaker ('…, Baker said.', '…,” said Ann Lee.'): its first noun phrase is what
was said about, not whom a later 'he' means."""
_ONE_WORD_PERSON = re.compile(r"[A-Z][a-z]{3,}")
"""A one-word subject that can be a person's name: capitalised, not an initialism or a handle."""
_BEFORE_NAME = frozenset(SENTENCE_CONJUNCTIONS + SUBJECT_ADVERBS)
"""Words a sentence may open with right before its subject's name, no part of it ('But John Smith …', 'Later Zelda, who …')."""
_WHO_AFTER = re.compile(r",\s+who\s")
"""A relative clause on 'who' right after a subject: the subject is a person."""
_WRITES = frozenset("blogs blogged writes wrote tweets tweeted posts posted comments commented".split())
"""Verbs of a writer: a one-word subject of one is a person (a blogger's pen name), whom the next 'he' or 'she' means."""
_ASKED = re.compile(r"[^.;:“”\"]{1,60}?\s(?:asked|questioned|pressed|interviewed)\s+(?P<n>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
                    r"(?=\s+(?:about|whether|if|why|how|what|on|over|for)\b|\s*[.,])")
"""A sentence whose subject asks a named person about something: the next sentence's 'he said' is the answer."""


_ARTICLE_OPENS = tuple(a.capitalize() for a in ARTICLES)
_APPOSED_SUBJECT = re.compile(r"(?:The|An?)\s[^,.;:“”\"]{2,80}?,\s+(?P<s>(?:[A-Z]\.\s+)?" + _NAME + r"(?:\s+(?:[A-Z]\.\s+)?" + _NAME + r"){1,3}),\s")
"""A description as a sentence's subject with the person's name apposed ('The lead writer of the study, Jonah Peter, is a
doctoral student'): the name is the subject the next 'He' means."""


_TITLED_SUBJECT = re.compile(r"(?P<t>(?:[A-Z][\w’'.-]*\s+|(?:for|of|the)\s+){1,8}?)(?P<s>" + _NAME + r"(?:\s+(?:[A-Z]\.\s+)?" + _NAME
                             + r"){1,2})\s+(?:also\s+)?(?:has|had|was|is|said|told|[a-z]{3,}ed|[a-z]{3,}s)\b")
"""A person named after a long title that opens the sentence ('Principal Deputy Director for DPAA Fern Sumpter Winbush
had the opportunity …'): the name is the subject the next 'She' means."""


def _apposed_subject(before: str, start: int) -> str | None:
    """The person named in apposition to a description that opens the sentence at `start`, or after a title that
    opens it, if any."""
    m = _APPOSED_SUBJECT.match(before, start)
    if m is None:
        m = _TITLED_SUBJECT.match(before, start)
        if m is None or not any(w.lower() in TITLES for w in m.group("t").split()):
            return None
    sp = split_subject(without_portfolio(m.group("s")))
    return sp.name if sp.person else None


_UNNAMED_SUBJECT = re.compile(r"(?:A|An)\s+(?:[\w’'-]+\s+){0,4}?(?:" + alternation(sorted(UNNAMED_PERSONS)) + r")\b(?=[\s,])")


def _unnamed_subject(before: str, start: int) -> str | None:
    """A person described, not named, as the sentence's subject ('A 41-year-old Leeds farmer was fined …'): the
    description is whom the next 'she wrote' means (no one named earlier)."""
    m = _UNNAMED_SUBJECT.match(before, start)
    return m.group(0) if m else None


_INTRODUCED = re.compile(r"(?:(?:The|A|An)\s+(?:[\w’'.-]+\s+){0,5}?[a-z][\w’'-]*,\s+(?=[A-Z][^,;:]{2,40},))?"
                         r"(?:(?:[A-Z][a-z]{1,4}\.|\d+(?:st|nd|rd|th)|Class|Staff|Master|Command|Chief)\s+)*"
                         r"(?P<s>" + _NAME + r"(?:\s+(?:[A-Z]\.\s+)?" + _NAME + r"){1,2})"
                         r"(?=,|\s+(?:of|from|is|was|has|had|who|also|[a-z]{3,}ed|spoke|said|told|gave|made|took|went|came|met|wrote"
                         r"|sent|led|won|lost|ran|saw|became|began|held|kept|left|brought|found|stood|flew|grew|knew)\b)")
"""A person named in full as a sentence's subject, a rank before ('Sgt. 1st Class David Taylor from Panama City, …, has had
three tours in Iraq', 'René Doyon is a project scientist at …') or a description apposed ('The governor, Ann Lee, visited …')."""


_NOT_FIRST_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("when while after before since although though if as".split())
"""Capitalised words that open a sentence and no name ('While Obama …', 'On Monday …')."""
_WINDOW = 6000
"""How far around an introduced name the checks read (bounded: extraction stays linear in the text)."""


def introduced_person(text: str, start: int, end: int, seen: Callable[[str], bool]) -> str | None:
    """The person a paragraph of the article's own voice introduces as its first subject, the one a later 'he said' most
    likely means; None when the subject is no person's full name. `seen(word)`: whether the word stood in the text
    before (a running count)."""
    m = _INTRODUCED.match(text, start, end)
    first = m.group("s").split()[0].lower() if m else ""
    if m is None or first in FUNCTION_WORDS or first in _NOT_FIRST_NAMES:
        return None
    sp = split_subject(m.group("s"))
    if not sp.person or len(sp.name.split()) < 2:
        return None
    lo, hi = max(0, start - _WINDOW), min(len(text), m.end() + _WINDOW)
    if _no_person(text, sp.name, lo, hi, seen):
        return None
    return sp.name if _named_alone(text, sp.name.split()[-1], m.end(), hi) else None


def _no_person(text: str, name: str, lo: int, hi: int, seen: Callable[[str], bool]) -> bool:
    """A capitalised pair that names a place ('in Santa Cruz Barillas') or opens on an ordinary word: one written in lower
    case in the text ('Meanwhile Stubb') or a participle ('Overhearing Starbuck')."""
    given = name.split()[0]
    if re.search(r"\b(?:in|at|near|to|from)\s+" + re.escape(name) + r"\b", text[lo:hi]):
        return True
    if len(given) > 6 and given.endswith("ing") or seen(given.lower()):
        return True
    return re.search(r"\b" + re.escape(given.lower()) + r"\b", text[lo:hi]) is not None


def _named_alone(text: str, family: str, at: int, hi: int) -> bool:
    """Whether the family name stands alone after `at` ('Taylor noted that …'), as a person's does; a thing's last word
    comes with the rest of its name ('Flight Readiness Review' … 'the Flight Safety Review board')."""
    for f in re.compile(r"\b" + re.escape(family) + r"\b(?!\s+" + _NAME + r")").finditer(text, at, hi):
        before = text[max(at, f.start() - 40) : f.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith((".", ",", ":", "”", '"')):
            return True
    return False


_GIVEN = r"[A-Z\u00C0-\u00DE\u0141\u015A\u017B\u0179][^\W\d_]*[a-z\u00DF-\u024F][^\W\d_]*"


_IMPERATIVES = frozenset("hear listen watch meet follow join thank ask check".split())
"""Verbs that open a line addressed to the reader ('Hear Baker’s remarks in the clip', 'Meet Ann Lee, who …'): no given
name (not 'Will', 'Mark' or 'Grant', which are)."""
_NOT_GIVEN = FUNCTION_WORDS | frozenset(("while", "whereas", "although", "though", "because", "since", "before", "once", "unless",
                                        "until", "former", "then", "late", "only", "like", "unlike", "both", "each", "every",
                                        "many", "most", "several", "another", "however", "yesterday", "today", "yet", "thus",
                                        "hence", "neither", "either", "staff")) | frozenset(PP_OPENERS) | frozenset(LEAD_PREPOSITIONS) \
    | frozenset(SUBJECT_ADVERBS) | _IMPERATIVES
"""Capitalised words that open a sentence before a surname and are no given name ('While Sanders …', 'That Comey …',
'Despite Baker’s doubts', 'Hear Baker’s remarks …'), or end a title before it ('Chief of Staff Denis McDonough')."""
_HYPHENATED_GIVEN = re.compile(r"[ \t]+[A-Z][a-z]+-[a-z]+\b")


def full_name(text: str, surname: str, lo: int, hi: int, folded_text: str | None = None) -> str | None:
    """The fullest name written for a surname in text[lo:hi] ("Paweł Adamowicz" for "Adamowicz", "Recep Tayyip
    Erdoğan" for "Erdogan": diacritics folded), without a title before it ("President Erdogan" is no name).
    `folded_text`: the whole text folded once, when the caller keeps it (folding keeps every offset)."""
    folded = folded_text[lo:hi] if folded_text is not None else fold(text[lo:hi])
    sur = fold(surname)
    rx = re.compile(r"\b((?:" + _GIVEN + r"[ \t]+){1,2}(?:[A-Z]\.[ \t]+)?)" + re.escape(sur) + r"\b")
    # the surname's occurrences first (a literal search), then the given names just before each, latest first: the
    # name pattern tried at every position of a long stretch was most of this function's time
    found = [e for _, e in whole_words(folded, sur)] if sur else []
    for h in reversed(found):
        m = next((m for m in rx.finditer(folded, max(0, h - 100), h) if m.end() == h), None)
        if m is None:
            continue
        words = text[lo + m.start() : lo + m.end()].split()
        while words and words[0].lower() in _NOT_GIVEN:
            words.pop(0)  # 'While Sanders had previously said', 'Former Carson aide': no given name
        sp = split_subject(" ".join(words))
        if sp.person and len(sp.name.split()) >= 2:
            return sp.name
    # "Tong" after "Tong Yung-soo": a family name written before a hyphenated given name (looked for only after the
    # surname's occurrences, where it can start)
    after = next((m for m in (_HYPHENATED_GIVEN.match(folded, h) for h in found) if m is not None), None)
    if after:
        return text[lo + after.start() - len(sur) : lo + after.end()]
    return None


_GROUP_SUBJECT = re.compile(r"(?:(?:In|On|At|After|During|Last|Earlier|Later|Following|Since|Meanwhile)\b[^,.;]{0,60},\s+)?"
                            r"(?P<s>(?:The\s+|[Aa]\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?i:team|researchers|scientists|authors|investigators|inspectors|"
                            r"engineers|officials|police|prosecutors|doctors|experts|"
                            r"(?-i:association|organi[sz]ation|NGO|group|coalition|network|movement|collective|alliance)"
                            r"\s+(?P<n>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})))(?:\s+(?:from|at|of|with|led\s+by)\s+(?:the\s+)?[A-Z][^,;.]{2,120}?)?)"
                            r"(?=,|\s+(?:(?:also|then|have|has|had)\s+)*(?:[a-z]{2,}(?:ed|s)|been)\b)")
"""The group that opens a sentence, after a lead phrase ('In a new study in the Journal of Climate, a team from NASA’s
Goddard Institute … and Columbia University in New York used …'), with where it is from ('Investigators with the FBI')."""


def previous_group(text: str, base: int, one: bool = False) -> str | None:
    """'The Montreal team, led by …, used data … They found that C': the group that is the subject of the sentence before;
    with `one`, the body an 'it' means ('The mayor’s office issued a statement. “Q,” it said': a name with an
    organisation's word in it)."""
    para = text.rfind("\n", 0, base) + 1
    before = text[max(para, base - 600) : base]
    starts = [m.end() for m in _LAST_SENTENCE.finditer(before) if m.end() < len(before.rstrip()) - 1]
    m = (_BODY_SUBJECT if one else _GROUP_SUBJECT).match(before, starts[-1]) if starts else None
    if one:  # an organisation's word, capitalised when it also names a thing ('The Post', not 'The post showed')
        return m.group("s") if m and any(w.lower() in ORG_WORDS and (w[0].isupper() or w not in _ALSO_THINGS)
                                         for w in m.group("s").split()) else None
    return (m.group("n") or m.group("s")) if m else None  # 'The association Terres Malgaches': its name


_ALSO_THINGS = frozenset("post times news press media channel network house service school".split())
_BODY_SUBJECT = re.compile(r"(?P<s>(?:The\s+)?(?:[A-Za-z][\w&.-]*(?:[’']s)?\s+){0,6}?[A-Za-z][\w&.-]*)"
                           r"\s+(?:(?:also|then|has|have|had|was|is)\s+)*(?:[a-z]{2,}ed|[a-z]{3,}s|said|made|gave|held|met)\b")


_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several",
           "many", "some", "few", "most", "all", "both")


_PLURAL_SUBJECT = re.compile(r"(?!(?:" + alternation(_COUNTS, title=True) + r")\b)(?:The\s+|[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?P<n>[a-z]{3,}s)\s+"
                             r"(?:(?:were|are)(?!\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|hurt|killed|shot|taken|held|seen|found)\b)|have|had|[a-z]{3,}ed)\b")
"""The plural subject of the sentence of a 'they said' after it; not a count ('Three others were injured, they said'),
nor the subject of a passive: those it happened to did not say it."""


def plural_subject(text: str, base: int, a: int) -> str | None:
    """'State prosecutors charged the suspect …, they said': the plural subject that opens the sentence of 'they'."""
    m = _PLURAL_SUBJECT.match(text, base, a)
    if not m or m.group("n").endswith("ss"):
        return None
    return text[m.start() : m.end("n")]


QUANTIFIERS = frozenset("all both most many some several others each".split())
"""A bare quantifier as a subject ('All supported …'): it stands for the plural named before, never for a name."""


def previous_plural(text: str, base: int) -> str | None:
    """'The candidates agreed on many issues. All supported …': the plural noun phrase that opens the sentence before."""
    para = text.rfind("\n", 0, base) + 1
    before = text[max(para, base - 600) : base]
    starts = [m.end() for m in _LAST_SENTENCE.finditer(before) if m.end() < len(before.rstrip()) - 1]
    m = _PLURAL_SUBJECT.match(before, starts[-1]) if starts else None
    return before[m.start() : m.end("n")] if m and not m.group("n").endswith("ss") else None


_GROUP_NOUN = re.compile(r"(?:the|this|that)\s+(?:(?:research|study(?:’s|'s)?|same)\s+)?(?P<g>team|researchers|scientists|authors|group)$", re.I)
_AND_COLLEAGUES = re.compile(r"(?P<n>" + _NAME + r"(?:[^\S\n]+" + _NAME + r"){0,2})\s+and\s+(?:his\s+|her\s+|their\s+)?"
                             r"(?P<g>colleagues|co-?authors|(?:research\s+)?team|fellow researchers|coworkers|co-workers)\b")
_FROM_PLACE = re.compile(r"\b(?:researchers|scientists|a team(?:\s+of\s+(?:researchers|scientists))?)\s+(?:from|at|of|led by)\s+"
                         r"(?:the\s+)?" + _NAME + r"(?:\s+(?:(?:of|and|for|the|de)\s+)*" + _NAME + r")*")


def group_of(text: str, mention: str, a: int, persons: People) -> str | None:
    """'The team', 'the researchers' -> the group named before: "Siegel and colleagues" (by the person's fullest
    name), "researchers from the University of Washington and Stanford University"."""
    if not _GROUP_NOUN.fullmatch(mention.strip()):
        return None
    lo = max(0, a - 5000)
    found: list[tuple[int, str]] = []
    for m in _AND_COLLEAGUES.finditer(text, lo, a):
        who = m.group("n")
        if len(who.split()) == 1:  # "Siegel and colleagues" -> "Michael Siegel and colleagues"
            who = persons.last_with_surname(fold(who)) or full_name(text, who, lo, m.start()) or who
        found.append((m.start(), f"{who} and {m.group('g')}"))
    for m in _FROM_PLACE.finditer(text, lo, a):
        found.append((m.start(), m.group(0)))
    if not found:
        return None
    return max(found)[1]


_PLACE_NOUN = re.compile(r"(?:the|this)\s+(?P<h>city|town|village|county|state|province|municipality|region|district)$", re.I)


def place_of(text: str, mention: str, a: int) -> str | None:
    """'The city' -> the place named with that noun before ("the US city of White Plains", "Gdańsk city")."""
    m = _PLACE_NOUN.fullmatch(mention.strip())
    if not m:
        return None
    head = m.group("h").lower()
    rx = re.compile(r"\b(?i:" + head + r")\s+of\s+(" + _NAME + r"(?:\s+" + _NAME + r"){0,3})")
    found = list(rx.finditer(text, max(0, a - 5000), a))
    return f"the {head} of {found[-1].group(1)}" if found else None
