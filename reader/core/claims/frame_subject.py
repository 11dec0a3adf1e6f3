"""The source side of an attribution frame: the subject (and appositive role) left of a cue, and the hearer,
time and channel phrases after it. Split from frames.py, which finds the cues and the content."""

from __future__ import annotations

import re

from reader.core.claims.cues import OBJECT_CUES
from reader.core.claims.subjects import _BAD_IN_SUBJECT, _opener_len, _trim

_VERB_START = re.compile(r"(?:has|have|had|is|are|was|were|will|would|also|then|later|publicly|[a-z]+ed)\s")
"""An appositive slot that starts with a verb is a predicate: "X, has voiced support, telling"."""
_NOT_APPOSITIVE = re.compile(r"(?:with|in|on|at|by|for|after|before|from|to|as|while|when|where|who|which|amid|during)\s")
"""'…, Texas, with the death toll rising …, reported officials': a phrase that starts so is no appositive name or role."""
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|who)$", re.I)
_SUBJECT_START = re.compile(
    r"(?:[A-Z\u00C0-\u00DE\d]|(?:state\s+(?:media|television|TV|radio)|media|former|acting|retired|then-\w+|senior|veteran|interim|the|a|an|one|some|several|many|most|two|three|four|five|other|its|his|her|their|our|"
    r"officials|police|experts|analysts|researchers|scientists|residents|sources|critics|aides|advisers|advisors|"
    r"witnesses|reports|authorities|investigators|prosecutors|lawmakers|democrats|republicans|voters|supporters)\b)"
)
_WHAT_NAME = re.compile(r"\bwhat\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*$")
_TIME_LEAD = re.compile(r"(?:This|Last|Next|On|Early|Late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|"
                        r"month|year|morning|afternoon|evening)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=[A-Za-z])")
_LEAD_PP = re.compile(r"(?:With|After|Since|Before|Following|Despite|Under|In|On|At|During|Amid)\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?"
                      r"(?:[a-z][\w-]*\s+){1,3}(?P<n>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})$")
_TIME = re.compile(
    r"\s*,?\s*(?:(?:on|last|this|earlier|late|early|in|during|at|over)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|day|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b(?:\s+(?:morning|night|evening|afternoon))?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|people|percent|[a-z]+s\b)))?(?:,?\s+\d{4}\b)?"
    r"|(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|night|evening|afternoon))?"
    r"|yesterday|today|tonight|recently|later|earlier|again|previously|publicly|privately|repeatedly|also)\b",
    re.I,
)
_VIA = re.compile(
    r"\s*,?\s*(?:in|on|via|during|through|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?P<via>(?:[\w.’'&-]+\s+){0,4}?"
    r"(?:interview|post|statement|tweet|broadcast|press conference|news conference|briefing|video|letter|op-ed|column|article|"
    r"podcast|speech|message|email|blog|website|release|report|hearing|filing|memo|documentary|appearance)"
    r"(?:\s+(?:with|on|to|from)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)?)\b",
    re.I,
)
_VIA_NAME = re.compile(r"\s*,?\s*(?:via|on|in)\s+(?P<via>Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Weibo|WeChat|LinkedIn|"
                       r"Truth Social|X|Threads|Bluesky|Reddit)\b")
"""A platform named bare after the cue: "said via Twitter:"."""
_HEARER = re.compile(
    r"\s+(?P<h>(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:(?:state|local|national|foreign|news)\s+)?"
    r"(?:[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*)*|press|media|reporters|journalists|lawmakers|"
    r"captors|supporters|investigators|police|officials|parliament|members|viewers|listeners|residents|"
    r"the\s+\w+))"
)
_TO_HEARER = re.compile(r"\s*,?\s*to\s+(?P<h>(?:the\s+)?(?:journalists|reporters|press|media|lawmakers|supporters|parliament|congress|"
                        r"nation|crowd|audience|court|jury|committee))\b")
_THAT = re.compile(r"\s*(?::|,)?\s*(?:that\b)?\s*")


_NAMES = r"(?:[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})"
_RELATIVE_SUBJECT = re.compile(
    _NAMES + r"(?:,\s+(?:which|who)\s+[^,;:]{1,80},)?\s+and\s+(?P<last>" + _NAMES
    + r")(?:,?\s+(?:which|who)\s+[^,;:]{1,80})?,\s*$"
    r"|" + _NAMES + r"(?P<last2>),\s+(?:which|who)\s+[^,;:]{1,80},\s*$"
)
"""Names with relative clauses before a cue: "A, which makes X, and B which makes Y, said", "A, who chairs X, said"."""
_ISSUED_WHICH = re.compile(
    r"(?:^|(?<=[,;]\s))(?P<x>(?:[Tt]he\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,5}?)\s+(?:also\s+)?(?:released|issued|published|posted|put out|sent|"
    r"tweeted|shared)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:statement|message|letter|post|tweet|release|report|video)"
    r"\s+(?:which|that)$")
"""A channel issued by the subject that carries the words: "They released a statement which said"."""
_PROPER_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_.]*\.?){1,3}")
"""A person's name as the second part of an appositive ("…'s director, Dr. Anthony Fauci, said")."""


_PP_START = re.compile(r"(?:In|At|On|During|From|Under|Through|Regarding|Concerning|Despite|Amid|Over|Throughout|Across|Within)\s")
"""A stretch before a cue that opens with a preposition and has no comma to close it is the circumstance, not the source."""
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:also|then|later|further|again|too|previously|repeatedly|publicly|once|fully|somewhat|"
                              r"strongly|firmly|openly|both|all|each|instead|likewise|similarly))+$")
_CONJ_TAIL = re.compile(r"\s(?:though|although|whereas|while|but|because|when|since|after|before|until|as|so)\s+"
                        r"(?P<s>(?:he|she|they|we|I|[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,4}))$")
"""'All supported the withdrawal though Pierce and Carroll raised concerns': after the first clause's verb phrase,
a subordinator opens a clause of its own, and the names after it are the next cue's subject."""


def _conj_subject(ms: str, a: int, e: int, cue_start: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """The subject after the last subordinator of a stretch that is no noun phrase, else none."""
    tail = _CONJ_TAIL.search(ms, a, e) if " " in ms[a:e] else None
    if tail is None:
        return None, None, cue_start
    return (tail.start("s"), tail.end("s")), None, tail.start("s")


def _subject(ms: str, lo: int, cue_start: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """(subject span, appositive role span, start of the frame region) left of a cue, or (None, None, cue_start)."""
    seg_end = cue_start
    while seg_end > lo and ms[seg_end - 1].isspace():
        seg_end -= 1
    if seg_end <= lo:
        return None, None, cue_start
    issued = _ISSUED_WHICH.search(ms, lo, seg_end)
    if issued and not _BAD_IN_SUBJECT.search(issued.group("x")):
        # "They released a statement which said, “Q”": the issuer is the source, the statement its channel
        return (issued.start("x"), issued.end("x")), None, issued.start("x")
    rel = _RELATIVE_SUBJECT.search(ms, lo, seg_end)
    pre = ms[lo : rel.start()] if rel else ""
    if rel and (not pre.strip() or _opener_len(pre.lstrip(" ,;")) == len(pre.lstrip(" ,;"))):
        # "Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper which makes Sorbent, emphasized":
        # the names are the subject, their relative clauses say who they are (speaker_of drops them)
        return (rel.start(), rel.end("last") if rel.group("last") is not None else rel.end("last2")), None, rel.start()
    if ms[seg_end - 1] == ",":
        # appositive right before the cue: "NAME, ROLE, said" or "ROLE, NAME, said"
        inner = ms.rfind(",", lo, seg_end - 1)
        if inner < 0:
            return None, None, cue_start
        outer = max(ms.rfind(",", lo, inner), ms.rfind(";", lo, inner), ms.rfind("”", lo, inner), ms.rfind('"', lo, inner))
        a = lo if outer < 0 else outer + 1
        first = _trim(ms, a, inner)
        first = (first[0] + _opener_len(ms[first[0]:first[1]]), first[1])
        second = _trim(ms, inner + 1, seg_end - 1)
        if second[0] < second[1] and (first[0] >= first[1] or re.match(
                r"(?:on|in|at|during|after|before|last|this|earlier|later|meanwhile|however|but|and|yesterday|today)\b",
                ms[first[0]:first[1]], re.I)):
            # "On Monday morning, Director X of Y, announced": the first part is an adverbial, not a name
            return second, None, second[0]
        if second[0] < second[1] and first[0] < first[1] and _VERB_START.match(ms, second[0]) \
                and not _BAD_IN_SUBJECT.search(ms[first[0]:first[1]]):
            # "a Republican, Mark Amodei, has publicly voiced support …, telling": the name is the subject, the verb
            # phrase before the participle cue is the article's own statement (the frame starts at the cue)
            return first, None, cue_start
        channel = _VIA.match(ms, second[0]) or _VIA_NAME.match(ms, second[0])
        if first[0] < first[1] and channel and len(ms[channel.end() : second[1]].split()) <= 3 \
                and not _BAD_IN_SUBJECT.search(ms[first[0]:first[1]]) and len(ms[first[0]:first[1]].split()) <= 8:
            # "Coles, in its March 8 media release, reported": the channel between commas, not a role
            return first, None, first[0]
        named = _PROPER_NAME.fullmatch(ms, second[0], second[1])
        if first[0] >= first[1] or second[0] >= second[1] or (len(ms[first[0]:first[1]].split()) > 8 and not named) \
                or _NOT_APPOSITIVE.match(ms, second[0]):
            return None, None, cue_start
        if _BAD_IN_SUBJECT.search(ms[first[0]:first[1]]):
            return None, None, cue_start
        return first, second, first[0]
    if re.search(r"\s(?:and|or)$", ms[lo:seg_end]):
        return None, None, cue_start  # "…with Mills, Samuelson and Bentel and almost immediately disclosed": a second predicate
    b = max(ms.rfind(c, lo, seg_end) for c in ",;:”\"—–")
    a = lo if b < 0 else b + 1
    lead = re.match(r"\s*(?:[Aa]ccording to|[Pp]er)\b[^,]*\)\s+(?=[a-z])", ms[a:seg_end])
    if lead:  # "According to a post from the SBU (SBU) several POWs told": the subject follows the source
        a += lead.end()
    a, e = _trim(ms, a, seg_end)
    if ms[a:e] == "who":  # "…, according to police, who said officers arrived …"
        return (a, e), None, a
    lead = _LEAD_PP.match(ms, a, e)
    if lead:  # "With the acquisition Salling said": a prepositional opener without its comma, then the source
        a = lead.start("n")
    what = _WHAT_NAME.search(ms, a, e)
    if what:  # "… drew what WalesOnline called “fury”": the name after 'what' is the source of the quoted word
        return (what.start(1), what.end(1)), None, what.start()
    a += _opener_len(ms[a:e])
    when = _TIME_LEAD.match(ms, a, e)
    if when:  # "This Thursday the United States Commission … criticized": the time, then the subject
        a = when.end()
    if _PP_START.match(ms, a, e) and not lead:
        return None, None, cue_start  # "In his Tuesday talk at the United States think tank …": a phrase, no subject
    adv = _TRAILING_ADVERB.search(ms, a, e)
    if adv and adv.start() > a:  # "He also commented on", "La Riva fully endorsed it": the adverb is the verb's
        e = adv.start()
    loc = re.search(r"(?<=[a-z])\s+(?:there|here)$", ms[a:e])
    if loc:  # "Residents there told the press": a locative after the noun, not part of the name
        e = a + loc.start()
    words = ms[a:e].split()
    if not words:
        return None, None, cue_start
    if _PRONOUN.match(words[-1]):
        p = e - len(words[-1])
        return (p, e), None, p
    # drop leading adverbial/prepositional openers without a comma ("In a meeting that day he")
    conj = [c.split() for c in re.split(r"\s+and\s+", ms[a:e])]
    paired = len(conj) == 2 and all(0 < len(c) <= 10 and any(w[:1].isupper() for w in c) for c in conj)
    if (len(words) > 12 and not paired) or _BAD_IN_SUBJECT.search(ms[a:e]) or "x" * 4 in ms[a:e]:
        return _conj_subject(ms, a, e, cue_start)
    plural_np = len(words) <= 4 and words[-1].endswith("s") and words[-1].isalpha()
    if not (_SUBJECT_START.match(ms, a) or plural_np) or words[0].endswith("ing") and not lead or words[0] in ("Even", "Following", "Keeps"):
        return _conj_subject(ms, a, e, cue_start)
    if re.search(r"\b(?!(?:during|including|according|following|regarding|concerning|excluding)\b)(?:[a-z]+ed|[a-z]+ing)\s+"
                 r"(?:the|a|an|his|her|their|its)\b", ms[a:e]):
        return _conj_subject(ms, a, e, cue_start)  # a verb phrase, not a noun phrase
    return (a, e), None, a


def _after_cue(ms: str, pos: int, verb: str) -> tuple[int, str | None]:
    """Skip hearer, time and channel phrases and 'that' after a cue; returns (content start, via)."""
    via = None
    for _ in range(3):
        m = _TIME.match(ms, pos)
        if m and m.end() > pos:
            pos = m.end()
            continue
        m = _VIA.match(ms, pos) or _VIA_NAME.match(ms, pos)
        if m:
            via = m.group("via")
            pos = m.end()
            continue
        m = _TO_HEARER.match(ms, pos)
        if m:  # "announcing to journalists C", "said to reporters C"
            via = via or m.group("h")
            pos = m.end()
            continue
        break
    if verb in OBJECT_CUES:
        that = re.match(r"[^,.;:\"“”]{1,60}?\bthat\b", ms[pos:])
        if that and len(ms[pos : pos + that.start()].split()) <= 8 and not re.search(r"\b(?:is|are|was|were)\b", that.group(0)):
            hearer = ms[pos : pos + that.end() - 4].strip()
            via = via or hearer
            pos = pos + that.end() - 4
        else:
            m = _HEARER.match(ms, pos)
            if m:
                via = via or m.group("h")
                pos = m.end()
        for _ in range(2):
            m = _TIME.match(ms, pos) or _VIA.match(ms, pos)
            if m and m.end() > pos:
                pos = m.end()
    m = _THAT.match(ms, pos)
    return (m.end() if m else pos), via
