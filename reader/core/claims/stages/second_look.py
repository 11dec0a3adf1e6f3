"""Second look: attribution frames in sentences the first pass left unattributed.

The first pass (frames.py) reads the frames of the sample articles with many vetoes; on news nobody tuned it for,
most missed attributions still come out, but as unattributed assertions (PolNeAR train: 46% of all gold
attributions). This stage looks again at exactly those sentences with three plain frames of the language and the
long tail of cues (cue_tail.py):

- `second.subject-cue`: SUBJECT [, apposition,] [aux] CUE [hearer] [circumstance] [that|,|:] CONTENT
  ("Hogan Gidley, a former executive director of the party, said the base was angry");
- `second.content-subject-cue`: CONTENT, SUBJECT [aux] CUE [circumstance]. ("Outright victory is vital, he said
  after meeting aides.");
- `second.content-cue-subject`: CONTENT, CUE SUBJECT [, apposition]. ("…, says political scientist Dossym Satpayev.").

A subject is a noun phrase that opens its clause (a name, a pronoun, 'the campaign', 'about two-thirds of voters'),
never one with a verb in it. The claims of the content get the frame's speaker and cue; nothing else changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from reader.core.claims.lexicon.cue_tail import (
    ALL,
    AUXILIARIES,
    BELIEF,
    CHANNEL_NOUNS,
    CHANNEL_ONLY,
    EVIDENCE,
    EVIDENCE_SUBJECTS,
    HEARER_FIRST,
    INTENTION,
    NOUN_TOO,
    SPEECH,
    TIME_NOUNS,
    TRIGGERS,
)
from reader.core.claims.record import Claim
from reader.core.claims.rules import Rule
from reader.core.claims.stages.frames.model import Frame
from reader.core.claims.stages.quotes import find_quotes, find_single_quotes, mask_quotes
from reader.core.claims.stages.speakers.who import NOBODY, Who
from reader.core.text.spans import Span


class _Resolver(Protocol):
    """What this stage asks of the speaker stage (speakers/resolve.py)."""

    def speaker_of(self, f: Frame, base: int, prev: Who) -> tuple[Who, str | None]: ...


SECOND_RULES = (
    Rule(id="second.subject-cue", why="a sentence left unattributed: SUBJECT [, apposition,] [aux] CUE [hearer] [circumstance] "
         "[that|,|:] CONTENT, with the long tail of cues (lexicon/cue_tail.py)",
         example="In findings published Wednesday in Environmental Science and Technology, researchers from the University of "
                 "Washington and Stanford University reported that premature deaths in the United States attributable to the "
                 "pollution produced by power plants were disproportionately caused by coal; that race was a significant "
                 "factor in who was affected; and that a substantial fraction of the deaths were from pollution crossing "
                 "state lines."),
    Rule(id="second.content-subject-cue", why="a sentence left unattributed: CONTENT, SUBJECT [aux] CUE [circumstance].",
         example=""),
    Rule(id="second.content-cue-subject", why="a sentence left unattributed: CONTENT, CUE SUBJECT [, apposition].", example=""),
)
RULES = tuple(r.id for r in SECOND_RULES)

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F][\w’'.&/-]*|[,;:()\[\]—–“”\"]")
_PRONOUNS = frozenset("he she they we i it".split())
_DETERMINERS = frozenset("the a an some many most several other another his her their its our this these those both all "
                         "each every one two three four five six seven eight nine ten few more fewer half about nearly almost "
                         "roughly around over under just only no any such".split())
_NP_INNER = frozenset("of for at from in on with and the de del la le van von bin al".split())
_CLAUSE_OPEN = frozenset("and but or while because when although though as after before since if so yet whereas where "
                         "that which who whom whose than once unless until nor".split())
_NOT_NOUNS = frozenset("""is are was were be been being am has have had do does did will would could should can may might must
    shall not no never to that which who whom whose what where when why how if then than there here very also just even still
    again said says told say tell made make took take went go came come gave give got get put set let saw see seen knew know
    became become began begin kept keep left leave held hold brought bring stood stand felt feel thought think found find ran
    run won win lost lose sent send spent spend paid pay met meet led lead read wrote write spoke speak rose fell grew drew
    fought bought sold built meant heard""".split())
_LEAD_WORDS = frozenset("""on in at by for from with to of after before during since until under over into through
    amid despite following like unlike regarding about against among between without within according asked speaking
    however meanwhile still also then now later earlier yesterday today instead indeed""".split())
"""Words that open a sentence's lead-in phrase, never its subject ('On Monday,', 'In a statement,')."""
_ED_NOUNS = frozenset("""unnamed retired elected appointed surveyed polled concerned interested united unidentified
    so-called talented embattled beleaguered acclaimed renowned celebrated noted respected detained accused alleged
    disgraced indicted convicted jailed wounded injured displaced armed aged""".split())
_ING_NOUNS = frozenset("""leading ruling acting outgoing incoming sitting ranking remaining governing polling founding presiding
    opposing visiting competing trailing running""".split())
_AFTER_CUE_NOT_CONTENT = frozenset("about of for with by up out off into from over as it him her them me us this those these "
                                   "himself herself themselves itself goodbye hello thanks yes no if whether how why what when "
                                   "where who which".split())
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|"
                          r"isn’t|isn't|wasn’t|wasn't|don’t|don't|doesn’t|doesn't|didn’t|didn't|won’t|won't|can’t|can't)\b")
_SUBJECT_PRONOUN = re.compile(r"(?:he|she|they|we|i|it|there|you)\b|[“\"]", re.I)
_CONTENT_END = re.compile(r";\s+(?!(?:and\s+)?that\b)|,\s+(?:but|while|whereas|although|though)\s|(?:[”\"],?|,[”\"]?)\s+and\s+(?!that\b)")
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|we|We|my|My|our|Our|me|us)\b")
"""The article's own voice is in the third person: a sentence in the first person is somebody's words."""
_TAIL = re.compile(r"\s*(?:(?:to|in|on|at|after|during|before|when|while|as|last|this|earlier|late|early|via|through)\s+[^,;:“”\"]{1,60}?)?"
                   r"\s*[.!]?\s*[”\"’]?\s*$")
_PASSIVE_BE = frozenset("is are was were be been being am".split())
_PP_AFTER = re.compile(r"\s*,?\s*(?:(?:on|in|at|during|to|via|through|with|after|before|last|this|earlier|late|early|while|from)\s+"
                       r"(?P<pp>[^,:;.“”\"]{1,70}?))(?=\s*[,:]|\s+that\b)")
_HEARER = re.compile(r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[A-Z][\w.’'&-]*(?:\s+(?:of\s+)?[A-Z][\w.’'&-]*){0,5}"
                     r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:that|in|on|at|during|to)\b|\s*[,:]))")
_THAT = re.compile(r"\s*[,:]?\s*(?:that\s+)?")
_TO = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")


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


def _tokens(ms: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(ms)]


def _noun_like(word: str) -> bool:
    """A word that may stand in a subject noun phrase (no verb, no clause word)."""
    if not word[:1].isalnum():
        return False
    low = word.lower()
    if word[:1].isupper() or word[:1].isdigit():
        return low not in _CLAUSE_OPEN and low not in _LEAD_WORDS
    if low in _NOT_NOUNS or low in _CLAUSE_OPEN and low != "and":
        return False
    if low.endswith("ed") and low not in _ED_NOUNS:
        return False
    if low.endswith("ing") and low not in _ING_NOUNS:
        return False
    return not low.endswith("ly") or low in ("early", "family", "daily", "weekly", "ally", "rally", "italy", "sally")


def _clause_start(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Token i opens a clause: the sentence start, or after a comma, colon, dash, bracket, quote or subordinator."""
    if i == 0:
        return True
    prev = toks[i - 1][2]
    return prev in ",;:—–(“”\"" or prev.lower() in _CLAUSE_OPEN


def _np_before(toks: list[tuple[int, int, str]], end: int) -> int | None:
    """Index of the first token of a subject noun phrase that ends just before token `end`, opening its clause."""
    i = end
    while i > 0 and end - i < 12:
        w = toks[i - 1][2]
        low = w.lower()
        if low in _PRONOUNS and i == end:
            return i - 1 if _clause_start(toks, i - 1) else None
        if not (_noun_like(w) or low in _DETERMINERS or low in _NP_INNER):
            break
        i -= 1
    while i < end and (toks[i][2].lower() in _NP_INNER and toks[i][2].lower() not in ("the",)):
        i += 1  # a phrase never opens with 'of', 'and'
    if i >= end:
        return None
    if not _clause_start(toks, i):
        # 'X left and Trump said': the last coordinated name opens its own clause
        ands = [k for k in range(i, end) if toks[k][2] == "and"]
        if not ands or ands[-1] + 1 >= end:
            return None
        i = ands[-1] + 1
        if not _clause_start(toks, i):
            return None
    words = [t[2].lower() for t in toks[i:end]]
    if all(w in _DETERMINERS or w in _NP_INNER for w in words):
        return None
    return i


def _skip_aux(toks: list[tuple[int, int, str]], k: int) -> tuple[int, bool]:
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


def _content_after(ms: str, pos: int, lemma: str, form: str) -> tuple[int, str | None] | None:
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
    if lemma in INTENTION and lemma not in SPEECH and lemma not in BELIEF:
        return None
    m = _THAT.match(ms, pos)
    start = m.end() if m else pos
    nxt = re.match(r"[“\"]?[\w’'-]+", ms[start:])
    if not nxt or nxt.group(0).lower() in _AFTER_CUE_NOT_CONTENT or len(ms[start:].split()) < 3:
        return None
    marked = re.search(r"that\s*$|[,:]\s*$", ms[pos:start]) is not None
    if form in CHANNEL_ONLY and not re.search(r"[,:]\s*$", ms[pos:start]):
        return None
    if not marked and not _SUBJECT_PRONOUN.match(ms, start) and not _CLAUSE_VERB.search(ms, start, min(len(ms), start + 70)):
        return None  # 'declared a state of emergency', 'claimed responsibility': an object, no reported clause
    return start, via


def _appositive_subject(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """'X, a former aide, said' / 'X, who calls Trump a sociopath, said': the subject before the apposition (up to three
    commas back), as (first token, last token + 1, apposition token range)."""
    if k == 0 or toks[k - 1][2] != ",":
        end = k
        i = _np_before(toks, end)
        return (i, end, None) if i is not None else None
    commas = [j for j in range(k - 2, max(-1, k - 40), -1) if toks[j][2] == ","]
    found = [(i, c, (c + 1, k - 1)) for c in commas[:3] if c + 1 < k - 1 and (i := _np_before(toks, c)) is not None]
    # 'Hogan Gidley, a former director of the party, whose roots …, said': the phrase that opens the sentence
    return next((f for f in found if all(t[2] in "“\"" for t in toks[: f[0]])), found[0] if found else None)


def _subject_cue(ms: str, toks: list[tuple[int, int, str]], ci: int) -> SecondFrame | None:
    form = toks[ci][2].lower()
    lemma = ALL[form]
    k, passive = _skip_aux(toks, ci)
    if passive:
        return None  # 'was told', 'is expected', 'is telling': a passive, or a progressive that is mostly scene
    if k == ci and k > 0 and (toks[k - 1][2].lower() in _DETERMINERS or toks[k - 1][2].lower() in _NP_INNER):
        return None  # 'the state party', 'of the report': after a determiner or preposition the word is a noun
    if form in NOUN_TOO and k == ci and k > 0 and toks[k - 1][2][:1].islower() and toks[k - 1][2].lower() not in _PRONOUNS \
            and not toks[k - 1][2].endswith("s"):
        return None  # 'a separate report', 'her plans': the word is a noun
    k, via = _circumstance_before(toks, k, ms)
    found = _appositive_subject(toks, k)
    if found is None:
        return None
    i, end, app = found
    head = toks[end - 1][2].lower()
    if lemma in EVIDENCE and lemma not in SPEECH and lemma not in BELIEF and head not in EVIDENCE_SUBJECTS:
        return None
    if head in ("you",) or toks[i][2].lower() in ("you", "it") and lemma in INTENTION:
        return None
    after = _content_after(ms, toks[ci][1], lemma, form)
    if after is None:
        return None
    start, via2 = after
    role = (toks[app[0]][0], toks[app[1] - 1][1]) if app else None
    stop = _CONTENT_END.search(ms, start)
    return SecondFrame(RULES[0], (toks[ci][0], toks[ci][1]), (toks[i][0], toks[end - 1][1]), role,
                       (start, stop.start() if stop else len(ms.rstrip())), lemma, via2 or via)


def _content_first(ms: str, toks: list[tuple[int, int, str]], ci: int) -> SecondFrame | None:
    """'C, he said after the meeting.' / 'C, says political scientist X.'"""
    form = toks[ci][2].lower()
    lemma = ALL[form]
    if lemma not in SPEECH and lemma not in BELIEF or form.endswith("ing"):
        return None
    k, passive = _skip_aux(toks, ci)
    if passive:
        return None
    comma = k - 1 if k > 0 and toks[k - 1][2] in (",", "”", "\"") else None
    if comma is not None:  # 'C, says X[, role].'
        inv = re.match(r"\s+((?:the\s+|a\s+|an\s+)?(?:[\w.’'&-]+\s*){1,8}?)(?:,\s*[^,;:“”\"]{2,80}?)?\s*[.!]?\s*$", ms[toks[ci][1]:])
        if not inv:
            return None
        s = toks[ci][1] + inv.start(1)
        e = toks[ci][1] + inv.end(1)
        words = ms[s:e].split()
        if not words or not all(_noun_like(w) or w.lower() in _DETERMINERS or w.lower() in _NP_INNER for w in words):
            return None
        cut = toks[comma][0]
        return SecondFrame(RULES[2], (toks[ci][0], toks[ci][1]), (s, len(ms[:e].rstrip(" .,"))), None, (0, cut), lemma)
    i = _np_before(toks, k)
    if i is None or i == 0 or toks[i - 1][2] not in (",", "”", "\""):
        return None
    tail = _TAIL.fullmatch(ms, toks[ci][1])
    if not tail or re.search(r"\bthat\b", ms[toks[ci][1]:]):
        return None
    tail_words = set(re.findall(r"[a-z]+", ms[toks[ci][1]:].lower()))
    if len(tail_words) > 2 and not tail_words & (TIME_NOUNS | CHANNEL_NOUNS) and not re.match(r"\s+to\s", ms[toks[ci][1]:]):
        return None  # '…, the debate concluded with final statements': the rest is no circumstance of speaking
    cut = toks[i - 1][0]
    if len(ms[:cut].split()) < 4:
        return None
    return SecondFrame(RULES[1], (toks[ci][0], toks[ci][1]), (toks[i][0], toks[k - 1][1]), None, (0, cut), lemma)


def find_second(ms: str) -> list[SecondFrame]:
    """Second-look frames of one masked sentence (quote interiors masked), left to right, not overlapping."""
    toks = _tokens(ms)
    out: list[SecondFrame] = []
    for ci, (_, _, w) in enumerate(toks):
        if w.lower() not in ALL or not w[:1].islower():
            continue
        if out and toks[ci][0] < out[-1].content[1] and out[-1].content[0] <= toks[ci][0]:
            continue  # inside the content of the frame before
        f = _subject_cue(ms, toks, ci) or _content_first(ms, toks, ci)
        if f is not None:
            out.append(f)
    return out


def _open(c: Claim) -> bool:
    return c.speaker is None and c.cue is None and not c.fragments and c.kind in ("assertion", "statistic", "quote")


def second_look(text: str, claims: list[Claim], para: Span, resolver: _Resolver) -> list[Claim]:
    """The paragraph's claims with those of sentences left unattributed read again: what a frame reports gets its
    speaker and cue (new claims; the rest unchanged)."""
    todo: dict[int, list[int]] = {}
    for n, c in enumerate(claims):
        if _open(c) and c.sentence is not None:
            todo.setdefault(c.sentence.start, []).append(n)
    if not todo:
        return claims
    out = list(claims)
    mp: str | None = None
    for idx in todo.values():
        sent = claims[idx[0]].sentence
        assert sent is not None
        if TRIGGERS.isdisjoint(re.findall(r"[a-z]+", text[sent.start : sent.end].lower())):
            continue
        if mp is None:
            quotes = find_quotes(text, para.start, para.end) or find_single_quotes(text, para.start, para.end)
            mp = mask_quotes(text, quotes, para.start, para.end)
        ms = mp[sent.start - para.start : sent.end - para.start]
        if _FIRST_PERSON.search(ms):
            continue
        for f in find_second(ms):
            _apply(text, out, idx, f, sent, resolver)
    return out


def _apply(text: str, claims: list[Claim], idx: list[int], f: SecondFrame, sent: Span, resolver: _Resolver) -> None:
    base = sent.start
    ca, cb = base + f.content[0], base + f.content[1]
    hits = [n for n in idx if _open(claims[n]) and claims[n].span.start < cb and claims[n].span.end > ca]
    if not hits:
        return
    frame = Frame(text[base + f.cue[0] : base + f.cue[1]], f.cue[0], f.cue[1], f.subject, f.role, verb=f.lemma, rules=(f.rule,))
    who, via = resolver.speaker_of(frame, base, NOBODY)
    for n in hits:
        c = claims[n]
        a, e = max(c.span.start, ca), min(c.span.end, cb)
        that = re.match(r"that\s+", text[a:e])
        a += that.end() if that else 0
        if len(text[a:e].split()) < 2 or re.match(r"(?:which|who)\b", text[a:e]):
            continue  # '…, which was one of his campaign promises': the article's aside
        kind = "attribution" if c.kind == "assertion" else c.kind
        claims[n] = replace(c, kind=kind, span=Span(a, e), quote=text[a:e], speaker=who.name, speaker_span=who.span,
                            role=who.role, cue=frame.cue, cue_span=Span(base + f.cue[0], base + f.cue[1]), via=via or f.via,
                            hedged=c.hedged or f.lemma in BELIEF, rules=(*c.rules, f.rule), speaker_rules=who.rules,
                            numbers=tuple(x for x in c.numbers if a <= x.span.start and x.span.end <= e))
