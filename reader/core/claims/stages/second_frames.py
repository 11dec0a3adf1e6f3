"""Second-look frames: attribution frames in sentences the first pass left unattributed (second_look.py applies them).

The first pass (frames.py) reads the frames of the sample articles with many vetoes; on news nobody tuned it for, most missed
attributions still come out, but as unattributed assertions (PolNeAR train: 46% of all gold attributions). This stage looks
again at exactly those sentences with three plain frames of the language and the long tail of cues (cue_tail.py):

- `frame.second-subject-cue`: SUBJECT [, apposition,] [aux] CUE [hearer] [circumstance] [that|,|:] CONTENT
  ("Hogan Gidley, a former executive director of the party, said the base was angry");
- `frame.second-content-first`: CONTENT, SUBJECT [aux] CUE [circumstance]. ("Outright victory is vital, he said after meeting aides.");
  or CONTENT, CUE SUBJECT [, apposition]. ("…, says political scientist Dossym Satpayev.").

A subject is a noun phrase that opens its clause (a name, a pronoun, 'the campaign', 'about two-thirds of voters'), never one
with a verb in it. The claims of the content get the frame's speaker and cue; nothing else changes.

Its rules (id, what each decides, a real example): rules/second_frames.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.cue_tail import (
    ALL,
    AUXILIARIES,
    BELIEF,
    CHANNEL_NOUNS,
    CHANNEL_ONLY,
    EVIDENCE,
    EVIDENCE_SUBJECTS,
    FINDINGS,
    HEARER_FIRST,
    INTENTION,
    NOUN_TOO,
    PARTICLE_NEEDED,
    PEOPLE,
    POSITIONS,
    PURPOSE_HEADS,
    QUANTITY_SUBJECT,
    SPEECH,
    STANCE,
    STANCE_ACT_OBJECTS,
    STANCE_ACT_WORDS,
    STANCE_PARTICLES,
    TELL,
    TIME_NOUNS,
)
from reader.core.claims.lexicon.cues import ASSERTING_STANCE, THAT_CLAUSE
from reader.core.claims.lexicon.determiners import DEFINITE, POINTING
from reader.core.claims.lexicon.np_words import (
    CLAUSE_OPEN,
    DETERMINERS,
    NP_INNER,
)
from reader.core.claims.lexicon.prepositions import CIRCUMSTANCE
from reader.core.claims.lexicon.pronouns import IT_IS, SUBJECT_PRONOUNS
from reader.core.claims.lexicon.verbs import BE, MODALS
from reader.core.claims.rules import pattern_of
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.act_vetoes import act_vetoed
from reader.core.claims.stages.second_subjects import appositive_subject, noun_like, np_before, tokens
from reader.core.text.frozen import quick_init

_PRONOUNS = frozenset(SUBJECT_PRONOUNS)
_AFTER_CUE_NOT_CONTENT = frozenset("about of for with by up out off into from over as it him her them me us this those these "
                                   "himself herself themselves itself goodbye hello thanks yes no if whether how why what when "
                                   "where who which and or but".split())
_FINITE_WORD = (r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|"
                r"isn’t|isn't|wasn’t|wasn't|don’t|don't|doesn’t|doesn't|didn’t|didn't|won’t|won't|can’t|can't)\b")
_CLAUSE_VERB = re.compile(r"\b" + _FINITE_WORD)
_IT_CLAUSE = re.compile(r"(?<=\b(?:it|It))\s+(?:" + _FINITE_WORD + r"|[a-z]{2,}ed\b)")  # 'says it will', 'said it started': a clause
_SUBJECT_PRONOUN = re.compile(r"(?:he|she|they|we|i|it|there|you)\b|[“\"]", re.I)
_CONTENT_END = re.compile(r";\s+(?!(?:and\s+)?that\b)|,\s+(?:but|while|whereas|although|though)\s"
                          r"|(?:[”\"],?|,[”\"]?)\s+and\s+(?!that\b)(?![a-z]+ed\s+(?:of|for|by|in|with),)"
                          r"|,\s+with\s+(?=[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}\s+[a-z]+ing\b)")
"""A content's end: ';', a contrast, 'and' after a quote, an absolute clause ('…, with RealClearPolitics showing her ahead …');
not a participle set off inside the clause ('after being impeached for, and convicted of, "Treason …"')."""
_INTENTION_END = re.compile(r",\s|\s[—–-]+\s|;\s")
"""An intention's infinitive ends at its clause ('hoped to carry by a large margin, the race will be tight')."""
FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|we|We|my|My|our|Our|me|us)\b")
"""The article's own voice is in the third person: a sentence in the first person is somebody's words."""
_TAIL = re.compile(r"\s*(?:(?:to|in|on|at|after|during|before|when|while|as|last|this|earlier|late|early|via|through)\s+[^,;:“”\"]{1,60}?)?"
                   r"\s*[.!]?\s*[”\"’]?\s*$")
_PASSIVE_BE = frozenset((*BE, "am"))
_CONTRACTED = frozenset("it that there what here this".split())
"""'it’s', 'that’s': the ’s is 'is' (or 'has'), an auxiliary."""
_RELATIVES = frozenset("who whose whom which".split())
_NO_SUBJECT_AFTER = frozenset("if unless whether which who whom whose why".split())
"""A subject right after these opens a condition ('if the emails show …'), a relative clause ('that the candidates
agreed to hold') or a reason ('lists reasons why the activists and locals do not want …'): nothing the article reports as
said; a subject after 'and' is looked at from the start of its coordination."""
_PP_AFTER = re.compile(r"\s*,?\s*(?:(?:to(?!\s+(?!(?:" + alternation(DEFINITE + ("reporters",)) + r")\b)[a-z])|" + alternation(CIRCUMSTANCE)
                       + r")\s+"
                       r"(?P<pp>[^,:;.“”\"]{1,70}?))(?=\s*[,:]|\s+that\b)")
_HEARER = re.compile(r"\s+(?:(?:" + alternation(DEFINITE) + r")\s+)?(?:[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*){0,5}"
                     r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:that|in|on|at|during|to)\b|\s*[,:]))")
_THAT = re.compile(r"\s*(?:\[[a-z]{2}\]\s*)?[,:]?\s*(?:that\s+)?")  # up to the content, past a post's language tag ('hopes [fr] that C')
_PARTICLE = re.compile(r"\s+(" + alternation(dict.fromkeys(p for ps in STANCE_PARTICLES.values() for p in ps), spaced=True) + r")\b")
"""A particle some stance lemma takes (STANCE_PARTICLES): 'called for', 'spoke out against'."""
_NO_STANCE_OBJECT = re.compile(r"\s+(?:" + alternation(STANCE_ACT_WORDS, spaced=True) + r"|(?:the\s+)?police|(?:an?|the|his|her|their)\s+"
                               r"(?:" + alternation(STANCE_ACT_OBJECTS, spaced=True) + r"))\b")
"""After a stance verb, an act ('called off', 'called the police', 'called a meeting', 'defended his title')."""
_STANCE_END = re.compile(r",\s+(?:\w+\s+)?(?:who|whom|which|where|when|while|whereas|but|as|after|before|because|although|though|since|"
                         r"saying|adding|calling|citing|according)\b|;\s|\s[—–]\s|\s--\s")
"""Where a stance's object ends: a relative or adverbial clause, a participle of its own ('…, with whom he clashed')."""
_TO = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
_OBJECT_TO = re.compile(r"\s+(?:(?!(?:to|that|and|or|but|in|on|at|by|for|from|with)\b)[\w’'.-]+\s+){1,6}?to\s+"
                        r"(?!(?:the|a|an|more|less|his|her|their|its|our|my|your|this|that|these|those|some|any|all|but|and|or)\b)[a-z]")
"""A wish's object and what it should do ('wants the council to reopen the bridge'): the object opens the content."""
_ROLE_END = r"(?:,\s*(?!(?:when|while|as|because|if|although|though|since|after|before|until|where)\b)[^,;:“”\"]{2,80}?)?\s*[.!]?\s*$"
_INVERTED = re.compile(r"\s+((?:the\s+|a\s+|an\s+)?(?:[\w.’'&-]+\s*){1,8}?)" + _ROLE_END)
_INVERTED_ANY = re.compile(r"\s+(?:(?:the|a|an)\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,7}\s*" + _ROLE_END)
"""_INVERTED: the speaker in 'C, says X[, role].'; _INVERTED_ANY: the same strings in linear time (failing, _INVERTED tries every cut in eight)."""


@quick_init
@dataclass(frozen=True, slots=True)
class SecondFrame:
    """A frame found on a second look, in sentence-relative offsets."""

    rule: str
    cue: tuple[int, int]
    subject: tuple[int, int]
    role: tuple[int, int] | None
    content: tuple[int, int]
    lemma: str
    via: str | None = None


def skip_aux(toks: list[tuple[int, int, str]], k: int) -> tuple[int, bool]:
    """Back over auxiliaries and adverbs before token k; whether a form of 'be' is among them (a passive)."""
    be = False
    while k > 0:
        low = toks[k - 1][2].lower()
        if low in AUXILIARIES or low.endswith("ly") and len(low) > 4 and low not in ("family", "italy"):
            be = be or low in _PASSIVE_BE
            k -= 1
            continue
        break
    return k, be


def _circumstance_before(toks: list[tuple[int, int, str]], k: int, ms: str) -> tuple[int, str | None]:
    """Back over a time or channel phrase without commas ('Trump on Tuesday said', 'Clinton in a statement said')."""
    for j in range(k - 1, max(-1, k - 7), -1):
        low = toks[j][2].lower()
        if low in (",", ";", ":"):
            break
        if low in ("on", "in", "at", "during", "last", "this", "late", "early", "earlier") and j > 0:
            words = {t[2].lower() for t in toks[j:k]}
            if words & TIME_NOUNS:
                return j, None
            if words & CHANNEL_NOUNS:
                return j, ms[toks[j + 1][0] : toks[k - 1][1]] if j + 1 < k else None
    return k, None


def content_after(ms: str, pos: int, lemma: str, form: str) -> tuple[int, str | None] | None:
    """Where the content starts after a cue ending at `pos` (hearer, circumstance, 'that' skipped), and the channel."""
    via = None
    if form in HEARER_FIRST:
        h = _HEARER.match(ms, pos)
        if h:
            pos = h.end()
    pp = _PP_AFTER.match(ms, pos)
    if pp:
        words = set(re.findall(r"[a-z]+", pp.group("pp").lower()))
        if words & CHANNEL_NOUNS or re.search(r"\b[A-Z]", pp.group("pp")):
            via = pp.group("pp").strip() if not words & TIME_NOUNS or words & CHANNEL_NOUNS else None
            pos = pp.end()
        elif words & TIME_NOUNS:
            pos = pp.end()
    if lemma in INTENTION and _TO.match(ms, pos):
        return pos + len(ms[pos:]) - len(ms[pos:].lstrip()), via
    if lemma == "want" and _OBJECT_TO.match(ms, pos):  # 'Parliament wants the sector to cut emissions': the wish
        return pos + len(ms[pos:]) - len(ms[pos:].lstrip()), via
    if lemma in INTENTION and lemma not in SPEECH and lemma not in BELIEF:
        return None
    if lemma in EVIDENCE and lemma not in SPEECH and lemma not in BELIEF or lemma in POSITIONS:
        # 'public records show little evidence that …', 'most Republicans support deploying troops': an object reports
        m = _THAT.match(ms, pos)
        start = m.end() if m else pos
        return (start, via) if len(ms[start:].split()) >= 2 and ms[start : start + 1].isalnum() else None
    m = _THAT.match(ms, pos)
    start = m.end() if m else pos
    nxt = re.match(r"[“\"]?[\w’'-]+", ms[start:])
    if not nxt or nxt.group(0).lower() in _AFTER_CUE_NOT_CONTENT and not _IT_CLAUSE.match(ms, start + nxt.end()) or len(ms[start:].split()) < 3:
        return None
    marked = re.search(r"that\s*$|[,:]\s*$", ms[pos:start]) is not None
    if form in CHANNEL_ONLY and not (re.search(r":\s*$", ms[pos:start]) or re.search(r",\s*$", ms[pos:start]) and ms[start : start + 1] in "“\""):
        return None  # 'spoke on BBC Radio 4, “…”', 'spoke to reporters:' (not 'speaks at a rally in Greensboro, N.C.')
    if form in CHANNEL_ONLY and _TITLE_QUOTED.match(ms, start):
        return None  # 'spoke on the farm hour, “Mill Talk,” last Sunday': the quote names the program
    if not marked and not _SUBJECT_PRONOUN.match(ms, start) and not _CLAUSE_VERB.search(ms, start, min(len(ms), start + 70)):
        return None  # 'declared a state of emergency', 'claimed responsibility': an object, no reported clause
    return start, via


_TITLE_QUOTED = re.compile(r"[“\"](?:\S+\s+){0,5}\S+[”\"]\s+[a-z]")
"""Up to six quoted words with the sentence going on after them in lower case: a title set in the sentence ('on the
farm hour, “Mill Talk,” last Sunday'), no words spoken (the masked text keeps no capitals inside quotes)."""
_NAMED_SINGULAR = re.compile(r"(?:.*\s)?(?:a|an|A|An)(?:\s[A-Z][\w.&-]*)+")
_POSSESSIVE_S = re.compile(r"[’']s$")
_POSSESSIVE = re.compile(r"[’']s?$")


_COPULAS = frozenset("is was are were became becomes remains remained".split())
"""A verb right after an -ing or -s cue word with no auxiliary before it makes the word a noun (rule veto.noun-before-verb)."""


def _owned_singular(toks: list[tuple[int, int, str]], ci: int) -> bool:
    """Whether the words before token ci are an owner's and singular ('The ACCC’s third Airline Competition in Australia
    [report]'): a verb in its base form cannot follow them ('Acme’s engineers report' can)."""
    words = [t[2] for t in toks[max(0, ci - 7) : ci]]
    owner = next((j for j in range(len(words) - 1, -1, -1) if _POSSESSIVE_S.search(words[j])), None)
    rest = words[owner + 1 :] if owner is not None else []
    return bool(rest) and not any(w.endswith("s") and not w.endswith("ss") for w in rest)


_PERIODIC = frozenset("daily weekly biweekly fortnightly monthly quarterly yearly annual hourly nightly regular periodic".split())
"""Adjectives of how often something appears, before a noun in -s: 'quarterly reports', 'weekly updates'."""


def noun_use(toks: list[tuple[int, int, str]], ci: int, k: int) -> bool:
    """Whether the cue word at token ci (auxiliaries back to token k) is a noun or an auxiliary's participle here."""
    form = toks[ci][2].lower()
    prev = toks[k - 1][2] if k > 0 else ""
    if _POSSESSIVE_S.search(prev) and prev[:-2].lower() in _CONTRACTED:
        return True  # 'it’s assumed': 'is' and a participle
    if _POSSESSIVE.search(prev) and prev[:1].isalpha():
        return True  # "Editor’s note", "Obama's remarks": after a possessive the word is a noun
    if k == ci and (prev.lower() in DETERMINERS or prev.lower() in NP_INNER and prev.lower() != "and"):
        return True  # 'the state party', 'of the report', 'reads the report': after a determiner the word is a noun
    if ci > 0 and toks[ci - 1][2].lower() in _PERIODIC:
        return True  # 'provide quarterly reports': after an adjective of how often (no adverb in -ly) the word is a noun
    if k == ci and not form.endswith(("s", "ed", "ing")) and (_NAMED_SINGULAR.fullmatch(" ".join(t[2] for t in toks[max(0, ci - 5) : ci]))
                                                              or form in NOUN_TOO and _owned_singular(toks, ci)):
        return True  # 'features a Daily Herald report that …': a name's bare verb after 'a' is a noun
    if k == ci and form.endswith(("ing", "s")) and form != "says" and ci + 1 < len(toks) and toks[ci + 1][2] in _COPULAS \
            and prev.lower() not in _PRONOUNS:  # 'as far as he knows is …' keeps its verb
        return True  # 'This type of guerilla reporting is in line with …', 'death reports became': a noun before its verb
    return form in NOUN_TOO and k == ci and prev[:1].islower() and prev.lower() not in _PRONOUNS and not prev.endswith("s")


@cache
def _ended() -> re.Pattern[str]:
    """'concluded Oct. 8' (rule veto.concluded-when, registered when the frame stage's vetoes load)."""
    return pattern_of("veto.concluded-when")


def _first_head(toks: list[tuple[int, int, str]], i: int, end: int) -> str:
    """The head of a subject before its first preposition ('flights' in 'The flights on Mars')."""
    j = next((j for j in range(i + 1, end) if toks[j][2].lower() in NP_INNER), end)
    return toks[j - 1][2].lower()


def _after_clause_word(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the subject starting at token i opens a condition, relative clause or reason, also as the second of two
    nouns ('why the activists and locals')."""
    if i > 1 and toks[i - 1][2].lower() == "and":  # the second noun: a clause word among the four before the first one's end
        return any(toks[k][2].lower() in _NO_SUBJECT_AFTER for k in range(max(0, i - 5), i - 1))
    return i > 0 and toks[i - 1][2].lower() in _NO_SUBJECT_AFTER


_MODALS = frozenset(MODALS)
_THAT_NEXT = re.compile(r"\s+that\s")
_CLAUSE_JOINS = frozenset({"and", "but", "or"})
"""Words that join a verb phrase to the one before it: a cue right after one shares the sentence's subject."""


def _subject_cue(ms: str, toks: list[tuple[int, int, str]], ci: int) -> SecondFrame | None:
    form = toks[ci][2].lower()
    lemma = ALL.get(form) or STANCE[form]
    k, passive = skip_aux(toks, ci)
    progressive = form.endswith("ing") and (lemma in INTENTION or lemma in BELIEF or _THAT_NEXT.match(ms, toks[ci][1]) is not None)
    if passive and not progressive or noun_use(toks, ci, k) or any(toks[j][2].lower() in _MODALS for j in range(k, ci)):
        return None  # 'are planning to', 'is showing that C': no passive; 'could say', 'cannot say': nothing said
    act = act_vetoed(form, ms, toks[ci][1])
    if act is not None:
        fire(act)  # 'Ann Lee called the mayor on Friday': the first look's act veto holds here too
        return None
    k, via = _circumstance_before(toks, k, ms)
    if k > 0 and toks[k - 1][2].lower() in _CLAUSE_JOINS:
        return None  # 'The site cites a source and explains that C': the cue shares the sentence's subject (coordinated.py)
    found = appositive_subject(toks, k)
    if found is None:
        return None
    i, end, app = found
    if _after_clause_word(toks, i) or toks[i][2] in IT_IS or end - i == 1 and toks[i][2].endswith("ing"):
        return None  # "It's worth noting that C", 'Citing figures from …': no one is the subject
    head = toks[end - 1][2].lower()
    heads = {toks[j - 1][2].lower() for j in range(i + 1, end) if toks[j][2].lower() in NP_INNER} & FINDINGS  # 'polls in Iowa'
    if lemma in EVIDENCE and lemma not in SPEECH and lemma not in BELIEF and head not in EVIDENCE_SUBJECTS and not heads:
        return None
    if lemma in POSITIONS and QUANTITY_SUBJECT.isdisjoint(re.findall(r"[a-z]+", ms[toks[i][0] : toks[end - 1][1]].lower())) \
            and not re.search(r"\d", ms[toks[i][0] : toks[end - 1][1]]):
        return None  # a position is reported here only of a share of people (a poll), not of one person's record
    if head in ("you",) or toks[i][2].lower() in ("you", "it") and lemma in INTENTION:
        return None
    if lemma in INTENTION and _first_head(toks, i, end) in PURPOSE_HEADS:
        return None  # 'The flights on Mars aimed to support …': what a thing is for, no one's intention
    if lemma in INTENTION and toks[i][2].lower() in POINTING and end - i <= 3:
        fire("veto.thing-threatens")
        return None  # 'This cut threatens to undermine …': a risk the article states, no one's threat
    if lemma == "conclude" and _ended().match(ms, toks[ci][1]):
        fire("veto.concluded-when")
        return None  # 'The event concluded Oct. 8': it ended
    rule, after = _content(ms, toks[ci][1], lemma, form, toks[end - 1][2])
    if after is None or rule == "frame.second-stance" and i > 0 and toks[i - 1][2].lower() in CLAUSE_OPEN:
        return None  # 'after Sanders endorsed him', 'A and politicians cited B': a stance opens the claim, in a main clause
    start, via2 = (toks[ci][0], None) if rule == "frame.second-stance" else after  # a stance's claim starts at its verb
    that = THAT_CLAUSE.match(ms, toks[ci][1]) if form in ASSERTING_STANCE else None
    if that is not None:  # 'Smith highlighted that C': the clause is asserted, the verb no part of it
        start = that.end()
    # 'Lee, who ran against Tom Baker, said': a relative clause says who the subject is, it names no role
    role = (toks[app[0]][0], toks[app[1] - 1][1]) if app and toks[app[0]][2].lower() not in _RELATIVES else None
    stop = (_STANCE_END if rule == "frame.second-stance" else _INTENTION_END if lemma in INTENTION and ms.startswith("to", start)
            else _CONTENT_END).search(ms, start)
    return SecondFrame(rule, (toks[ci][0], toks[ci][1]), (toks[i][0], toks[end - 1][1]), role,
                       (start, stop.start() if stop else len(ms.rstrip())), lemma, via2 or via)


def _content(ms: str, pos: int, lemma: str, form: str, head: str) -> tuple[str, tuple[int, str | None] | None]:
    """The rule and the content start (and channel) after a cue ending at `pos`: a reported clause, or the object of a
    stance ('cited the medicinal benefits of cow urine') when the subject's head is a name or a person or body, in a
    finite form ('a Muezzin calling the good people to prayers' is no report)."""
    if form not in STANCE or lemma in SPEECH:
        after = content_after(ms, pos, lemma, form)
        if after is not None or form not in STANCE:
            return "frame.second-subject-cue", after
    if form.endswith("ing") or not (head[:1].isupper() and head != "It" or head.lower() in PEOPLE) or _NO_STANCE_OBJECT.match(ms, pos):
        return "frame.second-stance", None
    p = _PARTICLE.match(ms, pos)
    if p and p.group(1) in STANCE_PARTICLES.get(lemma, ()):
        pos = p.end()
    elif lemma in PARTICLE_NEEDED:
        return "frame.second-stance", None
    start = pos + len(ms[pos:]) - len(ms[pos:].lstrip())
    ok = len(ms[start:].split()) >= 2 and (ms[start : start + 1].isalnum() or ms[start : start + 1] in "“\"")
    return "frame.second-stance", (start, None) if ok else None


def _content_first(ms: str, toks: list[tuple[int, int, str]], ci: int) -> SecondFrame | None:
    """'C, he said after the meeting.' / 'C, says political scientist X.'"""
    form = toks[ci][2].lower()
    lemma = ALL.get(form, "")
    if lemma not in SPEECH and lemma not in BELIEF or form.endswith("ing"):
        return None
    k, passive = skip_aux(toks, ci)
    if passive or noun_use(toks, ci, k):
        return None
    comma = k - 1 if k > 0 and toks[k - 1][2] in (",", "”", "\"") else None
    if comma is not None:  # 'C, says X[, role].'
        if lemma not in SPEECH or k != ci or form in TELL:
            return None  # '…, felt like the Tartar', '…, told Mongabay by phone': no speaker after it (after 'told', the hearer)
        inv = _INVERTED.match(ms[toks[ci][1]:]) if _INVERTED_ANY.match(ms, toks[ci][1]) else None
        if not inv:
            return None
        s = toks[ci][1] + inv.start(1)
        e = toks[ci][1] + inv.end(1)
        words = ms[s:e].split()
        if not words or not all(noun_like(w) or w.lower() in DETERMINERS or w.lower() in NP_INNER for w in words) \
                or not (words[0].lower() in DETERMINERS or any(w[:1].isupper() for w in words)) \
                or words[0].lower() in NP_INNER and words[0].lower() not in DETERMINERS:
            return None  # '…, spoke first.': an adverb, no source; 'X, the mayor, spoke on Monday.': a time, no source
        cut = toks[comma][0]
        return SecondFrame("frame.second-content-first", (toks[ci][0], toks[ci][1]), (s, len(ms[:e].rstrip(" .,"))), None, (0, cut), lemma)
    i = np_before(toks, k)
    if i is None or i == 0 or toks[i - 1][2] not in (",", "”", "\"") or toks[i][2].lower() == "you" or toks[i][2][:1].isdigit():
        return None  # '…, you know.': a turn of phrase, nobody's report; 'A total of 305,824 tweets.': a number, no subject
    tail = _TAIL.fullmatch(ms, toks[ci][1])
    if not tail or re.search(r"\bthat\b", ms[toks[ci][1]:]):
        return None
    tail_words = set(re.findall(r"[a-z]+", ms[toks[ci][1]:].lower()))
    if len(tail_words) > 2 and not tail_words & (TIME_NOUNS | CHANNEL_NOUNS) and not re.match(r"\s+to\s", ms[toks[ci][1]:]):
        return None  # '…, the debate concluded with final statements': the rest is no circumstance of speaking
    cut = toks[i - 1][0]
    if len(ms[:cut].split()) < 4:
        return None
    return SecondFrame("frame.second-content-first", (toks[ci][0], toks[ci][1]), (toks[i][0], toks[k - 1][1]), None, (0, cut), lemma)


def find_second(ms: str, toks: list[tuple[int, int, str]] | None = None) -> list[SecondFrame]:
    """Second-look frames of one masked sentence (quote interiors masked), left to right, not overlapping."""
    toks = tokens(ms) if toks is None else toks
    out: list[SecondFrame] = []
    for ci, (_, _, w) in enumerate(toks):
        if not w[:1].islower():
            continue
        low = w.lower()
        if low not in ALL and low not in STANCE:
            continue
        if out and toks[ci][0] < out[-1].content[1] and out[-1].content[0] <= toks[ci][0]:
            continue  # inside the content of the frame before
        f = _subject_cue(ms, toks, ci) or _content_first(ms, toks, ci)
        if f is not None:
            out.append(f)
    return out
