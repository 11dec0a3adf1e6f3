"""The source of a cue between the commas before it ('NAME, ROLE, said', 'ROLE, NAME, said'), or what those commas set off
instead: an adverbial lead ('On Monday morning, X, announced'), a predicate ('X, the acting President of Peru, spoke out …,
calling it'), a place ('A woman in Worcester, Massachusetts, told'), a channel, or a clause of its own ('although he
thanked …, he sounded …, saying'). Offsets are sentence-relative, on the masked sentence (subject.py asks)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.determiners import ARTICLES
from reader.core.claims.lexicon.given_names import given_gender
from reader.core.claims.lexicon.places import STATE_ABBREVIATIONS, US_STATES
from reader.core.claims.lexicon.prepositions import NOT_APPOSITIVE
from reader.core.claims.lexicon.time import MONTHS, WEEKDAYS
from reader.core.claims.lexicon.titles import HONORIFIC, ORG_WORDS, ROLE_HEADS
from reader.core.claims.lexicon.verbs import BE_FINITE, HAVE, IRREGULAR_PAST, IRREGULAR_PRESENT
from reader.core.claims.stages.frames.clause_subject import BAD_IN_SUBJECT, opener_len, trim_span
from reader.core.claims.stages.frames.hearer import VIA, VIA_NAME
from reader.core.claims.stages.frames.model import Range, Source, no_source
from reader.core.claims.stages.frames.np_shapes import IN_PLACE_END, STATE, gerund_first

VERB_START = re.compile(r"(?:" + alternation(HAVE + BE_FINITE + ("will", "would", "also", "then", "later", "publicly")) + r"|[a-z]+ed|"
                        + alternation(IRREGULAR_PAST + IRREGULAR_PRESENT) + r")\s")
"""An appositive slot that starts with a verb is a predicate: "X, has voiced support, telling"."""

_ROLE_NP = re.compile(r"(?:" + alternation(ARTICLES) + r")\s+[^,;:]{2,80}$")

_NAME_BEFORE_ROLE = re.compile(r"(?:^|[,;:—–(“”\"]\s*|\.\s+)(?:[a-z][\w-]*\s+){0,3}(?P<n>" + HONORIFIC
                               + r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),$")
"""A person's name right before 'NAME, the ROLE, <verb phrase>, <cue>': the speaker is the person, the role their title;
words that describe the person may stand before the name ('typically oppositionist Elena Panfilova, the director of …')."""
_NOT_APPOSITIVE = re.compile(r"(?:" + alternation(NOT_APPOSITIVE) + r")\s")
"""'…, Texas, with the death toll rising …, reported officials': a phrase that starts so is no appositive name or role."""

_PROPER_NAME = re.compile(HONORIFIC + r"[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_.]*\.?){1,3}")
"""A person's name as the second part of an appositive ("…'s director, Dr. Anthony Fauci, said")."""
_DESCRIPTION_FIRST = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[a-z]")
"""An indefinite description as the first part of an appositive ('One farmer backing Mr. Baker, Ann Lee, said')."""

_ADVERBIAL_FIRST = re.compile(r"(?:on|in|at|during|after|before|last|this|earlier|later|meanwhile|however|but|and|yesterday|today|of|by|unlike"
                              r"|despite|among)\b|[a-z]+ly$", re.I)
"""'On Monday morning, Director X of Y, announced', 'Of the mayor, Lee, who …, said', 'By contrast, many millers, who …,
saw', 'Finally, X, which …, says': the first part between the commas is an adverbial, not a name."""
_TIME_FIRST = re.compile(r"(?:(?:later|earlier)\s+)?(?:that|the\s+(?:next|following|same))\s+(?:day|morning|afternoon|evening|night|week"
                         r"|month|year)$", re.I)
"""'Later that day, he returned …, claiming': a time phrase between the start and the first comma, no name."""

_NAME_PAST = re.compile(HONORIFIC + r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:also\s+|then\s+)?(?:[a-z]{3,}ed|"
                        + alternation(IRREGULAR_PAST) + r")\s+[a-z]")
"""A name and its verb in the past after the last comma ('Chastened by …, as well as complaints …, Trump revised his plan,
promising C'; 'On Thursday, however, Trump spoke to a gathering …, promising C'): the main clause, whose subject the name is."""
_CLAUSE_SUBJECT = re.compile(r"(he|she|they|we|I|(?:the|an?|his|her|their|its|[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){0,8}?)\s+(?:[a-z]+ly\s+)?"
                             r"(?:[a-z]{3,}ed|[a-z]{2,}[a-rt-z]s|" + alternation(IRREGULAR_PAST) + r")\s+"
                             r"(?:the|an?|his|her|their|its|on|of|for|with|to|upon|that|up|off|out)\b")
"""A clause after a lead's comma: its subject (a pronoun or a noun phrase), a verb in the past or the present, and the
start of what follows it ('he expanded upon his calls', 'a federal judge sided with the Democrats')."""
_NAME_CLAUSE = re.compile(r"(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:also\s+|then\s+)?(?:had|has|have|was|were|is|are|did|will|would)\b")
"""A name and its finite verb after a lead's comma ('For months, Cruz had effusively praised Trump'): a clause, no role."""
_PARTICIPLE_OPEN = re.compile(r"(?:[a-z]+ed|known|seen|given|taken|shown|written|held|told|found|made|kept|left|born|based)\s+"
                              r"(?:(?:on|in|by|at|to|from|with|as|above|below|earlier|before|for|up|out|off|back|into|about|over)\b"
                              r"|(?:" + alternation(WEEKDAYS + ("today", "yesterday", "last week", "this week"), spaced=True) + r")\s+by\b)",
                              re.I)
"""A past participle and its phrase ('explained on a blog post by X', 'reported by the BBC', 'published Tuesday by the
Brookings Institution'): no noun phrase."""
_ING_PHRASE = re.compile(r"[a-z]{3,}ing\s+(?:on|in|to|from|with|at|for|about|under|after|before|during|by|through|via)\b|(?:citing|quoting)\s")
"""A present participle and its phrase ('speaking on condition of anonymity', 'writing in the Guardian'): no role."""

_NOUN_PHRASE = (r"(?:(?:an?|the|his|her|their|its)\s+)?[A-Za-z][\w.’'-]*(?:\s+(?!(?:on|in|at|during|after|before|while|en|last|this"
                r"|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\w.’'-]+){0,4}")
_SPOKEN_TO = re.compile(r"(?:speaking|talking)\s+(?:to|with)\s+(?P<via>" + _NOUN_PHRASE + r")|writing\s+(?:in|on)\s+(?P<in>" + _NOUN_PHRASE + ")"
                        r"|(?:citing|quoting)\s+(?P<cited>" + _NOUN_PHRASE + ")")
"""Whom the source spoke to, where they wrote, or whom they cite, set off after the name ('Ann Lee, speaking to the BBC, said',
'The Herald, citing police, reported'): the via, up to a time or place after it ('speaking to reporters Tuesday at the
airport': reporters)."""
_MEMBERS = re.compile(r"(?:including|such\s+as|among\s+them|notably|especially)\s")
"""Members named after a group ('Critics of the plan, including the former minister Ann Lee, say'): the group speaks."""
AGE = re.compile(r"(?:aged\s+)?\d{1,3}")
PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
"""A US legislator's party and home after the name ('Sen. Michael Hastings, D-Frankfort, the chief sponsor …, said'):
like an age, it stands between the name and the role."""
"""A person's age set off by commas ('Kim Lee, 52, a shop owner in Busan, said'): part of the name's apposition, no role."""

_GERUND = re.compile(r"[a-z]+ing\b")
"""A cue in -ing ('…, spoke out against the plan, calling it'): the verb phrase before it is the main clause."""

_PRONOUN_CLAUSE = re.compile(r"(he|she|they|we|I)\s+(?:also\s+)?[a-z]{3,}(?:ed|s)\b")
"""A pronoun and its verb: a clause between the commas before a cue, no apposition."""


def _last_mark(ms: str, lo: int, end: int) -> int:
    """The last comma, semicolon or closing quote mark in lo..end (-1 if none)."""
    return max(ms.rfind(",", lo, end), ms.rfind(";", lo, end), ms.rfind("”", lo, end), ms.rfind('"', lo, end))


def _person_before_role(ms: str, lo: int, outer: int, first: Range) -> re.Match[str] | None:
    """A person's name before 'NAME, the ROLE, …' (or 'NAME, Title, Body, said:', a release's cue line) when the first
    part is a role."""
    if outer < 0:
        return None
    if _ROLE_NP.match(ms, first[0], first[1]) or _CAPITAL_ROLE.fullmatch(ms, first[0], first[1]) \
            and any(w.lower() in ROLE_HEADS for w in ms[first[0] : first[1]].split()):
        return _NAME_BEFORE_ROLE.search(ms, lo, outer + 1)
    return None


_THROUGH = re.compile(r"through\s+(?P<via>(?:his|her|their|its|an?|the)\s+[^,;:“”\"]{2,40})")
"""Whom the source spoke through, set off by commas ('Ann Lee, through her lawyer, said'): the via, no role."""
_CAPITAL_ROLE = re.compile(r"[A-Z][\w-]*(?:\s+(?:of|for|and|the|[A-Z][\w-]*)){0,6}")
"""A title written in capitals with no article ('Senior Ecologist', 'Chief Inspector of Marine Accidents')."""


_RELATIVE_OPEN = re.compile(r"(?:which|who|whose|where)\s")
_ITEM = r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}"
_CITY_STATE = re.compile(r"\b((?!(?:" + alternation(WEEKDAYS + MONTHS, title=True) + r")\b)[A-Z][\w’'-]*[a-z]),(?=\s+(?:"
                         + alternation(US_STATES, spaced=True) + "|" + "|".join(re.escape(a) for a in STATE_ABBREVIATIONS) + r")(?!\w),)")
"""The comma of a 'City, State' before another comma ('in Columbus, Ohio, said'; not 'On Friday, Texas, …'): no apposition's."""
_TITLE_LIST = re.compile(r"\b" + _ITEM + r"(?:,\s" + _ITEM + r")+,?\sand\s" + _ITEM)
"""A list of capitalised names in a title ('Commissioner for Innovation, Research, Culture, Education and Youth',
'research director for China, Hong Kong and Taiwan'): its commas are no apposition's."""


def appositive(ms: str, lo: int, seg_end: int, cue_start: int) -> Source:
    """'NAME, ROLE, said' or 'ROLE, NAME, said': the two parts between the commas before the cue (the commas of a list
    in a title set aside: the same text with them blanked, offsets unchanged)."""
    if ms.count(",", lo, seg_end) >= 3:
        ms = _TITLE_LIST.sub(lambda m: m.group().replace(",", " "), ms)
        ms = _CITY_STATE.sub(r"\1 ", ms)  # 'Sandra Inman, a supporter from Jackson, Miss., attending …, said': one place
    inner = ms.rfind(",", lo, seg_end - 1)
    if inner < 0:
        return no_source(cue_start)
    outer = _last_mark(ms, lo, inner)
    first = trim_span(ms, lo if outer < 0 else outer + 1, inner)
    if outer >= 0 and ms[outer] == "," and (AGE.fullmatch(ms, first[0], first[1]) or PARTY_TAG.fullmatch(ms, first[0], first[1])):
        # 'Kim Lee, 52, a shop owner, said', 'Sen. Michael Hastings, D-Frankfort, the chief sponsor …, said': the name
        before = _last_mark(ms, lo, outer)
        first = trim_span(ms, lo if before < 0 else before + 1, outer)
    if ms[first[0] : first[1]] in ("who", "which"):  # 'Bret Stephens, who, after trading insults …, said': who said it
        return Source(first, None, first[0], "subject.who")
    timed = _TIME_FIRST.match(ms, first[0], first[1]) is not None  # 'Later that day,' before its opener is taken off
    first = (first[0] + opener_len(ms[first[0]:first[1]]), first[1])
    second = trim_span(ms, inner + 1, seg_end - 1)
    if outer >= 0 and ms[outer] == "," and _RELATIVE_OPEN.match(ms, second[0], second[1]) and " and " not in ms[lo:outer]:
        # 'Ann Lee, the farmer who chairs the board, which sets the prices, said': the relative clause
        # belongs to the part before it; the name and role are the parts before its comma (not after 'X and its head')
        return appositive(ms, lo, inner + 1, cue_start)
    main = _NAME_PAST.match(ms, second[0], second[1]) if second[0] < second[1] else None
    if main:
        return Source((main.start(1), main.end(1)), None, cue_start, "subject.main-clause")  # the main clause stays the article's
    if second[0] < second[1] and (first[0] >= first[1] or timed or _ADVERBIAL_FIRST.match(ms[first[0]:first[1]])):
        clause = _NAME_CLAUSE.match(ms, second[0], second[1]) or _CLAUSE_SUBJECT.match(ms, second[0], second[1])
        if clause:  # 'Hours later, he expanded upon his calls …, saying C', 'By May, Lee had left the race, arguing C': the
            # clause's subject, the clause the article's
            return Source(clause.span(1), None, cue_start, "subject.main-clause")
        return Source(second, None, second[0], "subject.after-adverbial")
    if first[0] < first[1] and (gerund_first(ms[first[0] : first[1]].split()) or _PARTICIPLE_OPEN.match(ms, first[0], first[1])):
        # 'Speaking in his real voice again, he proceeded …, saying:', 'As explained on a blog post by X, Y support …,
        # claiming': an adverbial, no source
        return no_source(cue_start)
    return _two_parts(ms, lo, outer, first, second, cue_start)


_REDUCED_RELATIVE = re.compile(r"(?P<np>(?:[A-Z][\w’'-]*\s+|[a-z]+\s+){0,3}?[A-Za-z][a-z]+s)\s+[a-z]{3,}ed\s+(?:at|in|by|on|outside|near|after)\s")
"""A plural noun phrase then a participle in -ed with its place or agent ('Farmers interviewed at markets this week'): the
noun phrase is who is meant."""


_THAT_BEFORE = re.compile(r"\sthat\s")


def _two_parts(ms: str, lo: int, outer: int, first: Range, second: Range, cue_start: int) -> Source:
    """The parts between the commas when neither is an adverbial: a verb phrase, a place, a channel, a clause, or a
    name and its role."""
    bad_first = BAD_IN_SUBJECT.search(ms[first[0]:first[1]])
    if second[0] < second[1] and first[0] < first[1] and _MEMBERS.match(ms, second[0], second[1]):
        cut = _REDUCED_RELATIVE.match(ms, first[0], first[1]) if bad_first else None
        if not bad_first or cut:  # 'Critics of the plan, including Ann Lee, say': the critics ('Farmers interviewed at …,
            return Source((first[0], cut.end("np")) if cut else first, None, first[0], "subject.appositive")  # including …': farmers
    if second[0] < second[1] and first[0] < first[1] and not bad_first and _ING_PHRASE.match(ms, second[0], second[1]):
        # 'The official, speaking on condition of anonymity, said': how the source spoke, no role
        to = _SPOKEN_TO.match(ms, second[0], second[1])
        via = (to.span("via") if to.group("via") else to.span("in") if to.group("in") else to.span("cited")) if to else None
        return Source(first, None, first[0], "subject.participle-apposition", via)
    if second[0] < second[1] and first[0] < first[1] and VERB_START.match(ms, second[0]) and not bad_first:
        if _THAT_BEFORE.search(ms, lo, first[0]):
            return no_source(cue_start)  # '… laments that the candidate, X, has …, saying:': X is the clause's, the cue the main one's
        if _PARTICIPLE_OPEN.match(ms, second[0], second[1]) and not _GERUND.match(ms, cue_start):
            # 'Blogger Mario Duran, based in El Alto, commented': a participle sets the subject off; the finite cue is its verb
            return Source(first, None, first[0], "subject.participle-apposition")
        named = _person_before_role(ms, lo, outer, first)
        if named:  # 'Maria Lopez, the acting President of Peru, spoke out …, calling it “…”': the person, the role
            return Source((named.start("n"), named.end("n")), first, named.start("n"), "subject.before-verb-phrase")
        return Source(first, None, cue_start, "subject.before-verb-phrase")
    if not bad_first and IN_PLACE_END.search(ms, first[0], first[1]) and STATE.fullmatch(ms, second[0], second[1]):
        return Source((first[0], second[1]), None, first[0], "subject.appositive")  # 'A woman in Worcester, Massachusetts, told': a place
    channel = VIA.match(ms, second[0]) or VIA_NAME.match(ms, second[0]) or _THROUGH.fullmatch(ms, second[0], second[1])
    if first[0] < first[1] and channel and len(ms[channel.end() : second[1]].split()) <= 3 and not bad_first \
            and len(ms[first[0]:first[1]].split()) <= 8:  # 'X, in a statement, said', 'X, through her lawyer, said': the via
        via = None if re.match(r"[a-z]+ing\s", ms[channel.start("via") : channel.end("via")]) else channel.span("via")
        return Source(first, None, first[0], "subject.channel-between-commas", via)  # (not 'in releasing the email')
    pron = _PRONOUN_CLAUSE.match(ms, second[0], second[1])
    if pron and _PRONOUN_CLAUSE.match(ms, first[0], first[1]):  # 'although he thanked …, he sounded a note …, saying': the main clause's
        return Source((second[0], pron.end(1)), None, second[0], "subject.pronoun")
    named = _PROPER_NAME.fullmatch(ms, second[0], second[1])
    clause = _NAME_CLAUSE.match(ms, second[0], second[1]) is not None
    if first[0] >= first[1] or second[0] >= second[1] or (len(ms[first[0]:first[1]].split()) > 8 and not named) \
            or _NOT_APPOSITIVE.match(ms, second[0]) or bad_first or clause:  # 'For months, Cruz had praised Trump, stating'
        return no_source(cue_start)
    person = _person_before_role(ms, lo, outer, first)
    if person:  # 'Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': the person, the role
        return Source((person.start("n"), person.end("n")), first, person.start("n"), "subject.appositive")
    name = _PROPER_NAME.match(ms, second[0], second[1]) if _DESCRIPTION_FIRST.match(ms, first[0], first[1]) else None
    if name and (given_gender(name.group()) is not None or not any(w.lower().strip(".,") in ORG_WORDS for w in name.group().split())):
        # 'A farmer backing Ms. Lee, Joe Smith, said': the person named second; the first part, which names another, his role
        return Source(second, first, first[0], "subject.appositive")
    return Source(first, None if AGE.fullmatch(ms, second[0], second[1]) else second, first[0], "subject.appositive")
