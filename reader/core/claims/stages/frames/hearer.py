"""After the cue: the hearer ("told reporters"), the time ("said on Monday") and the channel ("said in a statement",
"said via Twitter") a frame skips before its content, the channel kept as the claim's `via`."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import ADDRESSEES, HEARERS, PLATFORMS, SPOKEN_THROUGH
from reader.core.claims.lexicon.cues import ADDRESSED_SPEECH, OBJECT_CUES, OUT_CUES
from reader.core.claims.lexicon.post_marks import LANGUAGE_TAG
from reader.core.claims.lexicon.pronouns import OBJECT_PRONOUNS
from reader.core.claims.lexicon.time import DAY_PARTS, MONTHS, PERIODS, WEEKDAYS
from reader.core.claims.lexicon.titles import PLURAL_SOURCES
from reader.core.claims.rules.trace import fire

_TIME = re.compile(
    r"\s*,?\s*(?:(?:on|last|this|earlier|late|early|in|during|at|over)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:" + alternation(WEEKDAYS + PERIODS + DAY_PARTS + ("day",) + MONTHS) + r")s?\b(?:\s+(?:morning|night|evening|afternoon))?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|people|percent|[a-z]+s\b)))?(?:,?\s+\d{4}\b)?"
    r"|(?:late\s+|early\s+)?(?:" + alternation(WEEKDAYS) + r")(?:\s+(?:morning|night|evening|afternoon))?"
    r"|for\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:days|weeks|months|years|decades)|for\s+the\s+(?:first|second|third|last)\s+time"
    r"|(?:a\s+few|several|some|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+or\s+\w+)?)\s+"
    r"(?:minutes|hours|days|weeks|months|years|minute|hour|day|week|month|year)\s+(?:later|earlier|ago)"
    r"|yesterday|today|tonight|recently|later|earlier|again|previously|publicly|privately|repeatedly|also)\b(?![’']s\b)",
    re.I,
)
"""When it was said, right after the cue ('said on Tuesday', 'said last week'); not an owner ('at Tuesday’s board meeting that C')."""
_DATE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:\w+\s+){0,2}(?:" + alternation(WEEKDAYS + MONTHS) + r")\b[^()]{0,20}\)", re.I)
"""A date in brackets after the cue or its time ('announced today (1 September 2022)'): when, not what."""
_DATED = re.compile(r"\s+dated\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + alternation(MONTHS) + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?"
                    r"(?:,?\s+\d{4})?", re.I)
"""The date of the channel just read ('said, in a letter to MPs dated 4 May, that C'): when, not what."""
VIA = re.compile(
    r"\s*,?\s*(?:in|on|via|during|through|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?P<via>(?:[\w.’'&-]+\s+){0,4}?"
    r"(?:" + alternation(SPOKEN_THROUGH) + ")"
    r"(?:\s+(?:with|on|to|from)\s+(?:the\s+)?(?-i:(?!" + alternation(WEEKDAYS + MONTHS, title=True) + r")"
    r"[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*))?)\b",
    re.I,
)
"""'in an interview with Global Voices': the name after the channel is case-sensitive (under re.I it ran on over the
content: 'with Global Voices that this was …'), and no day or month ('in a statement on Monday')."""
_PLATFORM = r"(?:" + alternation(PLATFORMS) + r")"
VIA_NAME = re.compile(r"\s*,?\s*(?:via|on|in)\s+(?P<via>" + _PLATFORM + r"(?:\s*(?:,|and|&)\s*" + _PLATFORM + r")*)\b")
"""A platform named bare after the cue: "said via Twitter:", "alleged on X and YouTube that"."""
_HEARER = re.compile(
    r"\s+(?P<h>(?:him|me|us|them)\b(?!\s+(?:to|as|of|for|into|with)\b)|her\b(?=\s+(?:he|she|they|it|we|I|you|the|a|that)\b|\s*[,.;:!?]|\s*$)"
    r"|(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:(?:state|local|national|foreign|news)\s+)?"
    r"(?:[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*)*|" + alternation(HEARERS) + r"|(?:reporter|journalist|interviewer)\b|the\s+\w+"
    r"|[a-z]{3,}s(?=\s+(?:he|she|they|we|it)\s)))"
)
"""Whom the words were told: a name or outlet, hearers ('reporters'), an object pronoun ('told him she worries …'; not
'told them to leave', an order) — 'her' only before the clause's subject ('told her the plan was dead') — or any plural
before the told clause's pronoun ('told farmers he would resign')."""
_TO_HEARER = re.compile(r"\s*,?\s*to\s+(?P<h>(?:the\s+)?(?:" + alternation(ADDRESSEES) + r"))\b")
_TO_SOMEONE = re.compile(r"\s*,?\s*to\s+(?P<h>(?:the|a|an|his|her|their|its|our|[A-Z][\w.’'-]*)\b[^,;:“”\"]{0,60}?)(?=\s+that\s)")
"""Whom a statement was addressed to, before its that-clause ('wrote to the mayor's office that C')."""
_OUT = re.compile(r"\s+out\b")
_TAG = re.compile(r"\s*" + LANGUAGE_TAG)
_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*+(?:\s+[A-Z][\w.’'-]*+){0,3}(?:,\s+[A-Z][\w.’'-]*+(?:\s+[A-Z][\w.’'-]*+)?)?"
                    r"(?=\s*(?:[,.;:]|$|that\b|(?:on|last|this)\s|[A-Z][a-z]+day\b))")
"""Where (or in what language) the words were said, right after the cue and before the sentence or clause ends ('C,
Hollande said Tuesday in Paris, noting …', 'Sanders said Sunday in Madison, Wisconsin, that C', '“…,” X said in
Armenian.'): no content."""
_THAT = re.compile(r"\s*(?::|,)?\s*(?:that\b(?![’']s\b))?\s*")
"""The complementiser after a cue, not the pronoun of 'that’s' ('said that’s the worst price in years': the clause is all of it)."""
_CITING = re.compile(r"\s*,\s*(?:citing|quoting)\s+(?P<h>[^,;:“”\"]{2,80}?)\s*,(?=\s)")
"""'reported, citing anonymous sources, that C': whom the reporter cites, between commas after the cue."""
_CITING_TAIL = re.compile(r"\s*,\s*(?:citing|quoting)\s+(?P<h>[^,;:“”\"]{2,80}?)[\s.]*$")


_CITED_SOURCES = frozenset((*PLURAL_SOURCES, "people", "person", "official", "source", "spokesman", "spokeswoman", "spokesperson",
                            "report", "reports", "documents", "data", "statement", "study", "survey", "poll", "memo", "letter", "filing"))
_NAME_WORDS = frozenset(("the", "of", "and", "for"))


def _cites_source(cited: str) -> bool:
    """What a reporter cites as a source: a person, body or document among its first words or as its head ('two
    officials', 'people familiar with the matter', 'a report by the ministry'), or a name ('the Wall Street Journal');
    'low wages', "Canada's efforts to lure …" give a reason."""
    words = cited.split()
    if any(w.lower() in _CITED_SOURCES for w in (*words[:3], words[-1])):
        return True
    return all(w[:1].isupper() or w in _NAME_WORDS for w in words) and not any(w.endswith(("’s", "'s")) for w in words)


def citing_tail(ms: str, at: int) -> tuple[int, str] | None:
    """'Reuters reported that C, citing two officials.': whom the reporter cites, after the content to the sentence's end
    (where it stands, the channel, as between commas after the cue): (end, the cited)."""
    m = _CITING_TAIL.match(ms, at) if ms.find("ing", at) >= 0 else None
    return (m.end(), m.group("h")) if m and _cites_source(m.group("h")) else None


_TIME_TAIL = re.compile(r"(?<!\w)(?:" + _TIME.pattern + r")+\s*$", re.I)
"""Time words ending a hearer's stretch before 'that' ('reporters on Tuesday'): when, not whom."""


def _time_off(hearer: str) -> str:
    """The hearer without the time words that end it; a name in capitals stays whole ('USA TODAY')."""
    t = _TIME_TAIL.search(hearer)
    return hearer if t is None or t.group(0).strip().isupper() else hearer[: t.start()]


_CIRCUMSTANCE_THAT = re.compile(r"\s+(?:after|before|during|following|at|in|on|over)\s+(?!(?:[A-Z][\w’'-]*\s+){1,3}[a-z]+(?:ed|s)\b)"
                                r"[^,;:“”\"]{1,60}?\s+that\s+"
                                r"(?!(?:is|was|are|were|has|had|have|will|would|can|could|may|might)\b)")
"""A circumstance between a speech cue and its 'that' ('said after a lunch on Tuesday that C'); not a clause ('tweeted
after Clinton argued … that')."""
_HEARER_THAT = re.compile(r"[^,.;:\"“”]{1,60}?\bthat\b")
_COPULA = re.compile(r"\b(?:is|are|was|were)\b")


_THROUGH = re.compile(r"\s*,?\s*through\s+(?:an?|the|his|her|their|its)\s+(?P<via>(?:[\w’'-]+\s+){0,2}?(?:spokes(?:person|man|woman)|"
                      r"lawyers?|attorneys?|representatives?|aides?|agent|publicist|office)"
                      r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?=,))?)\b,?")
"""Who passed the words on for the speaker ('said through a spokesperson that C'): the channel, no content."""


_PUT_OUT = re.compile(r"\s+(?:posted|published|released|broadcast|aired|shared|uploaded|issued|filed)\s+(?:on|to|by|in|with|late|early|last)\s+"
                      r"[^,;:“”\"]{1,40}?(?=\s+that\b)")
"""Where or when a channel appeared, right before the 'that' of what it said."""


def _without_stop(name: str) -> str:
    """A hearer that ends the sentence without its full stop ('told Reuters.'), an abbreviation kept whole ('told the U.S.')."""
    last = name.split()[-1] if name.split() else ""
    return name[:-1] if last.endswith(".") and "." not in last[:-1] else name


_DASHED = re.compile(r"\s*[—–]\s")


def _past_hearer(ms: str, pos: int, via: str | None) -> tuple[int, str | None]:
    """After a cue that takes whom it was told ('told reporters'): skip the hearer, kept as the via unless the frame has
    one, and when, how and where it was told ('told reporters on Friday in Geneva.')."""
    that = _HEARER_THAT.match(ms[pos:])
    if that and len(ms[pos : pos + that.start()].split()) <= 8 and not _COPULA.search(that.group(0)):
        hearer = _time_off(ms[pos : pos + that.end() - 4]).strip()  # 'told reporters on Tuesday that'
        hearer = _DASHED.split(hearer, maxsplit=1)[0].strip()  # 'told the Herald — a weekly paper — that': the aside is its
        via = via or hearer or None  # 'warned that': no hearer
        pos = pos + that.end() - 4
    else:
        m = _HEARER.match(ms, pos)
        if m:  # an object pronoun ('warned us about …', 'told him she …') is whom it was told, no channel to show
            via = via or (None if m.group("h").lower() in OBJECT_PRONOUNS else _without_stop(m.group("h")))
            pos = m.end()
    for _ in range(2):
        m = _TIME.match(ms, pos) or VIA.match(ms, pos)
        place = None if m else _PLACE.match(ms, pos)
        if place:
            fire("content.place-after-cue")
        m = m or place
        if m and m.end() > pos:
            pos = m.end()
    return pos, via


_WROTE_TO = re.compile(r"\s+(?P<h>[A-Z][\w.’'-]*?(?:\s+[A-Z][\w.’'-]*?){0,2})(?=\s*[.!]?\s*$)")
"""A name alone after 'wrote' at the sentence's end is whom it was written to (American usage: 'Lee wrote Baker')."""


def after_cue(ms: str, pos: int, verb: str) -> tuple[int, str | None]:
    """Skip hearer, time and channel phrases and 'that' after a cue; returns (content start, via)."""
    via = None
    out = _OUT.match(ms, pos) if verb in OUT_CUES else None
    if out:  # 'pointed out that C': the particle is the cue's
        fire("content.particle-out")
        pos = out.end()
    for _ in range(3):
        m = _TIME.match(ms, pos) or _DATE_IN_BRACKETS.match(ms, pos) or (_DATED.match(ms, pos) if via else None)
        if m and m.end() > pos:
            pos = m.end()
            continue
        m = VIA.match(ms, pos) or VIA_NAME.match(ms, pos) or _THROUGH.match(ms, pos)
        if m:
            via = m.group("via")
            pos = m.end()
            put = _PUT_OUT.match(ms, pos)
            pos = put.end() if put else pos  # 'said in a video posted on social media that C': where the channel appeared
            continue
        m = _TO_HEARER.match(ms, pos)
        if m:  # "announcing to journalists C", "said to reporters C"
            via = via or m.group("h")
            pos = m.end()
            continue
        m = _TO_SOMEONE.match(ms, pos) if verb in ADDRESSED_SPEECH else None
        if m:  # 'wrote to the mayor's office that C', 'said to the council that C': whom it was addressed to, no content
            pos = m.end("h")
            continue
        m = _CITING.match(ms, pos)
        if m:  # "Reuters reported, citing two officials, that C": the outlet reports, the officials are its channel
            via = via or m.group("h")
            pos = m.end()
            continue
        m = _TAG.match(ms, pos)
        if m:  # "as Pancholon reported on his blog [es].": the language of the page linked, no content
            fire("content.language-tag")
            pos = m.end()
            continue
        m = _PLACE.match(ms, pos)
        if m:
            fire("content.place-after-cue")
            pos = m.end()
            continue
        break
    if verb in OBJECT_CUES:
        pos, via = _past_hearer(ms, pos, via)
    elif verb in ("wrote", "writes") and (to := _WROTE_TO.match(ms, pos)):  # '…, Lee wrote Baker.': to Baker
        pos, via = to.end(), via or to.group("h")
    circ = _CIRCUMSTANCE_THAT.match(ms, pos)
    if circ:  # 'said after a lunch on Tuesday that C': when or where it was said, no content
        fire("content.circumstance-that")
        return circ.end(), via
    m = _THAT.match(ms, pos)
    return (m.end() if m else pos), via


_LEAD_VIA_REST = r"(?:[Aa]ccording to|[Ii]n|[Oo]n|[Vv]ia)\s+((?:an?|the)\s+[^,]{3,80}?)\s*$"
_LEAD_VIA_AT, _LEAD_VIA = re.compile(_LEAD_VIA_REST), re.compile(r",\s*" + _LEAD_VIA_REST)
"""A channel phrase right before the subject, with no comma ('In a statement the ministry said'): at the sentence's start
or after a comma (as `(?:^|,\\s*)` did: searched as two, `_lead_search`)."""
_LEAD_REST = r"(?P<lead>[^,;]{3,90}?),\s*$"
_LEAD_AT, _LEAD = re.compile(_LEAD_REST), re.compile(r"[,;]\s" + _LEAD_REST)
"""A lead phrase and its comma before the subject: at the sentence's start or after ', ' or '; ' (the group `lead` is the
same as `(?:^|(?<=[,;]\\s))` before it finds)."""

_SPEAKING = re.compile(r"(?:Speaking|Talking|Writing|Posting|Tweeting)\s+(?:to|on|in|with)\s+"
                       r"(?P<via>(?:(?:an?|the|his|her|their|its)\s+)?[^,;]{2,60})")


_VIA_WHEN = re.compile(r"(?:" + VIA.pattern + r")(?:" + _TIME.pattern + r")+", re.I)
"""A channel, then when ('in a blog post on Friday')."""


_VIA_PUBLISHED = re.compile(r"(?:" + VIA.pattern + r")\s+(?:published|broadcast|aired|released|posted)\b[^,;]{0,60}", re.I)
"""A channel and when or by whom it came out ('in an interview published Sunday by the Guardian')."""


def _lead_search(at: re.Pattern[str], after: re.Pattern[str], ms: str, end: int) -> re.Match[str] | None:
    """The first match of a lead pattern in ms[:end]: at the start, else after its opening mark. The mark is a literal
    (a comma, or ',;') the regex engine skips to; a leading '^|' or lookbehind made it try every position."""
    return at.match(ms, 0, end) or after.search(ms, 0, end)


def lead_channel(ms: str, end: int) -> tuple[int, str] | None:
    """The channel a lead before the subject names ('In an interview with the BBC, the minister said', 'Speaking to
    reporters, X said'): where the lead starts and the channel; None when the lead names none ('In the past, X said')."""
    bare = _lead_search(_LEAD_VIA_AT, _LEAD_VIA, ms, end)
    if bare is not None:
        return bare.start(), bare.group(1)
    m = _lead_search(_LEAD_AT, _LEAD, ms, end)
    if m is None:
        return None
    lead = m.group("lead")
    ch = _SPEAKING.fullmatch(lead) or VIA.fullmatch(lead) or _VIA_WHEN.fullmatch(lead) or _VIA_PUBLISHED.fullmatch(lead)
    # 'In a blog post on Friday, X said', 'In an interview published Sunday by the Guardian, X said'
    return (m.start("lead"), _time_off(ch.group("via")).strip()) if ch else None  # 'Speaking to reporters on Monday,': reporters
