"""Coordinated cues: a report that shares its subject with the verb phrase before it.

'Cruz exhorted Republicans to "vote your conscience" and said he was standing on principle', 'A New York judge has
rejected a media request …, saying the courts have no business …', 'Clinton, like Obama, has encouraged Europe to
spend more but has said she will hold firm': the cue has no subject of its own; the sentence's subject is the
speaker. Offsets are sentence-relative, on the masked sentence (second_look.py applies the frames).

Its rules (id, what each decides, a real example): rules/coordinated.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon.adverbs import NEGATIONS, VERB_ADVERBS
from reader.core.claims.lexicon.cue_tail import ALL, BELIEF, INTENTION, SPEECH, TIME_NOUNS
from reader.core.claims.lexicon.np_words import DETERMINERS, LEAD_WORDS, NP_INNER
from reader.core.claims.lexicon.time import RELATIVE
from reader.core.claims.stages.frames.clause_subject import open_relative
from reader.core.claims.stages.frames.np_shapes import date_tail
from reader.core.claims.stages.second_frames import SecondFrame, content_after, noun_use, skip_aux
from reader.core.claims.stages.second_subjects import noun_like, tokens

_JOINS = frozenset({"and", "but", "then"})
_CLAUSE_VERB = (r"(?:want|wants|wanted|say|says|said|think|thinks|thought|believe|believes|believed|argue|argues|argued|claim|claims"
                r"|claimed|insist|insists|insisted)\b")
"""Verbs after a common noun phrase that make it a clause's subject ('…, and millers want B and say C')."""
_COMMON_SUBJECT = r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?=\s+" + _CLAUSE_VERB + ")"
_NEW_SUBJECT = re.compile(r"\(\s*|[,;]\s+(?:and|but|while|whereas)\s+(?=[A-Z]|(?:they|he|she|we|it|I)\b|" + _COMMON_SUBJECT + ")")
"""Between the sentence's subject and the cue, a bracket or a clause with a subject of its own: the cue is not the first
subject's ('Farmers want A, and millers want B and say C', '(they want B and say C)')."""
_CLAUSE_SUBJECT = re.compile(r"(?:they|he|she|we|I|(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s+[a-z])|" + _COMMON_SUBJECT)
"""The subject that opens such a clause: the cue shared with its verb phrase is that subject's."""
_MAIN_VERB = re.compile(r",\s+(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|may|might|must|should)\b")
"""After 'SUBJECT, claiming that C,' the main clause's verb: C ends before it ('An article …, claiming that C, has caused …')."""
_RELATIVE = frozenset(RELATIVE)


def _lead_in(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the sentence opens with a lead-in phrase at token i: 'On Monday,', 'In a statement,', 'Last night [April 27],'."""
    w = toks[i][2].lower()
    return w in LEAD_WORDS or w in _RELATIVE and i + 1 < len(toks) and toks[i + 1][2].lower() in TIME_NOUNS


_OPENING_CONJUNCTIONS = frozenset(("But", "And", "Yet", "So"))
_TIME_AFTER = frozenset(("later", "earlier", "ago", "afterwards", "afterward"))
_TIME_UNITS = frozenset("""seconds minutes hours days weeks months years decades moments minute hour day week month year decade
    moment""".split())
"""Words that make the noun phrase before them a time ('A few minutes later', 'Two days earlier'), no subject, when it
counts a time unit."""


def _np_end(toks: list[tuple[int, int, str]], i: int) -> int:
    """The token after the noun phrase that opens at token i (i itself when none does)."""
    j = i
    while j < len(toks) and j - i < 10 and (noun_like(toks[j][2]) or toks[j][2].lower() in DETERMINERS | NP_INNER):
        if j > i and (_verb_before_object(toks, j) or toks[j][2] in _ADVERBS or _plain_verb(toks, j)):
            break  # 'The website cites a source and explains …': 'cites' is the verb
        j += 4 if _language_tag(toks, j + 1) else 1  # 'The website ACI Prensa [es] cites …': the tag is no word
    return j


def _main_subject(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Token range of the sentence's subject: the noun phrase that opens it (after a lead-in phrase and its comma), when a
    verb follows it, or a verb after an apposition between commas ('Clinton, like Obama, has encouraged')."""
    i = 0
    while i < len(toks) and (toks[i][2] in ("“", "\"", "—", "–") or toks[i][2] in _OPENING_CONJUNCTIONS):
        i += 1  # 'But other advisers have been urging …, saying C': the conjunction opens no noun phrase
    if i < len(toks) and _lead_in(toks, i):
        comma = next((k for k in range(i, min(len(toks), i + 12)) if toks[k][2] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    j = _np_end(toks, i)
    if j < len(toks) and toks[j][2] in _TIME_AFTER and toks[j - 1][2].lower() in _TIME_UNITS:
        # 'A few minutes later they changed course …': when, then the subject ('An aide later said' keeps the aide)
        i = j + 1 + (j + 1 < len(toks) and toks[j + 1][2] == ",")
        j = _np_end(toks, i)
    if j == i or j >= len(toks) or toks[j - 1][2].lower() in NP_INNER | DETERMINERS or toks[j - 1][2].endswith(("'s", "’s")):
        return None  # "Ohio's largest steel maker Acme runs …": a possessive is no subject's end
    nxt, named = j, None
    if toks[nxt][2] == ",":  # an apposition between commas
        close = next((k for k in range(nxt + 1, min(len(toks), nxt + 14)) if toks[k][2] == ","), None)
        if close is None:
            return None
        named = _apposed_name(toks, i, j, close)
        nxt = close + 1
    if nxt >= len(toks) or not toks[nxt][2][:1].islower() or toks[nxt][2].lower() in NP_INNER:
        return None
    return named or (i, j)


def _clause_subject(ms: str, a: int, b: int) -> tuple[int, int] | None:
    """The subject of a clause that opens between the sentence's subject (ending at a) and the join before the cue (at b):
    None when there is none, (-1, -1) when one opens with no subject the rules can read."""
    opened = list(_NEW_SUBJECT.finditer(ms, a, b))
    if not opened:
        return None
    found = [m for m in (_CLAUSE_SUBJECT.match(ms, o.end(), b) for o in opened)]
    if found[-1] is None:
        return -1, -1
    if found[-1].group() not in _PRONOUNS:
        return found[-1].start(), found[-1].end()
    # 'millers want B (they want C and say D)': the pronoun is the nearest clause's named subject, or the sentence's
    named = [m for m in found[:-1] if m is not None and m.group() not in _PRONOUNS]
    return (named[-1].start(), named[-1].end()) if named else None


_PRONOUNS = frozenset("they he she we I".split())


def _verb_before_object(toks: list[tuple[int, int, str]], j: int) -> bool:
    """A lower-case word in -s right before an article, an owner's word or a number is a verb with its object, no plural
    ending the subject."""
    w = toks[j][2]
    if not (w[:1].islower() and w.endswith("s") and not w.endswith("ss") and j + 1 < len(toks)):
        return False
    nxt = toks[j + 1][2]
    return nxt.lower() in _OBJECT_OPENS or nxt[:1].isdigit()


_OBJECT_OPENS = frozenset("a an the its their his her our this these those some several many no two three four five six seven "
                          "eight nine ten".split())
"""Words that open an object noun phrase right after its verb ('cites a source', 'runs two plants')."""
_PLAIN_VERBS = frozenset("want wants think thinks believe believes say says know knows hope hopes fear fears need needs expect "
                         "expects".split())
"""Verbs of saying and wanting that are nouns only after a determiner or an owner ('Farmers want higher prices …', not 'the
party's wants')."""


def _plain_verb(toks: list[tuple[int, int, str]], j: int) -> bool:
    """A plain verb of saying or wanting at token j, with no determiner or owner before it."""
    before = toks[j - 1][2]
    return toks[j][2] in _PLAIN_VERBS and before.lower() not in DETERMINERS and not before.endswith(("'s", "’s", "'", "’"))


_ADVERBS = frozenset(VERB_ADVERBS + NEGATIONS)
"""Adverbs between a subject and its verb ('The mayor later wrote …'): no word of the subject."""


def _language_tag(toks: list[tuple[int, int, str]], j: int) -> bool:
    """'[es]' after a name: the language of the page it links (reader.core.text.other_language)."""
    return j + 2 < len(toks) and toks[j][2] == "[" and toks[j + 2][2] == "]" and len(toks[j + 1][2]) == 2 and toks[j + 1][2].islower()


def _apposed_name(toks: list[tuple[int, int, str]], i: int, j: int, close: int) -> tuple[int, int] | None:
    """'One of the men, Joe Brown, had served …': the name apposed to a common noun phrase is the subject."""
    name = toks[j + 1 : close]
    if not 2 <= len(name) <= 4 or not all(t[2][:1].isupper() and t[2].isalpha() for t in name):
        return None
    return (j + 1, close) if not all(t[2][:1].isupper() for t in toks[i + 1 : j]) else None


def find_coordinated(ms: str, toks: list[tuple[int, int, str]] | None = None) -> list[SecondFrame]:
    """Frames of the cues in a masked sentence that share the sentence's subject."""
    toks = tokens(ms) if toks is None else toks
    out: list[SecondFrame] = []
    subject: tuple[int, int] | None | bool = False
    for ci, (_, _, w) in enumerate(toks):
        if not w[:1].islower():
            continue
        form = w.lower()
        lemma = ALL.get(form)
        if lemma is None or not (lemma in SPEECH or lemma in BELIEF or lemma in INTENTION):
            continue
        k, passive = skip_aux(toks, ci)
        if passive or k < 2 or noun_use(toks, ci, k):
            continue
        prev = toks[k - 1][2].lower()
        if not (prev in _JOINS or prev == "," and form.endswith("ing")):
            continue
        if subject is False:
            subject = _main_subject(toks)
        if not subject or subject[1] >= k - 1 or open_relative(ms, toks[subject[1]][0], toks[k - 1][0]):
            continue  # '… an article in which some protesters were interviewed and denied C': the relative clause's subject
        s0, s1 = toks[subject[0]][0], toks[subject[1] - 1][1]
        clause = _clause_subject(ms, s1, toks[k - 1][0])
        if clause == (-1, -1):
            continue
        after = content_after(ms, toks[ci][1], lemma, form)
        if after is None:
            continue
        start, via = after
        s0, s1 = clause or (s0, s1)
        when = date_tail(ms, s0, s1, ms[s0:s1].split())  # 'Sen. Ann Lee on Wednesday dismissed …': when, no part of the name
        resumed = _MAIN_VERB.search(ms, start) if prev == "," else None
        out.append(SecondFrame("frame.second-coordinated", (toks[ci][0], toks[ci][1]), (s0, s1 if when is None else when), None,
                               (start, resumed.start() if resumed else len(ms.rstrip())), lemma, via))
    return out
