"""Vetoes: a cue match that is no frame. Each is a named rule (rules/vetoes.toml) with the test that applies it.

A cue word is often something else: a noun ("the claims were", "In remarks to AFP"), an act ("called for
records", "declared a state of emergency", "the virus claimed 6606 lives"), a thought inside a report ("said she
expects …"), or a position verb used for an ordinary act ("voted to support the bill"). The frame stage asks the
vetoes of a phase in turn; the first that applies drops the match (`vetoed`). A veto with a `stem` is asked only
about verbs of that stem.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import TO_OBJECT
from reader.core.claims.lexicon.cue_tail import EVIDENCE_SUBJECTS
from reader.core.claims.lexicon.cues import (
    BASE_FORMS,
    BETWEEN_QUOTES,
    CUE_VERBS,
    EVIDENCE_CUES,
    STANCE_VERBS,
    STUDY_CUES,
    THINK_VERBS,
)
from reader.core.claims.lexicon.designations import DEFINED_TERMS
from reader.core.claims.lexicon.determiners import POINTING
from reader.core.claims.lexicon.np_words import PLURAL_WITHOUT_S
from reader.core.claims.lexicon.prepositions import INSIDE_SUBJECT
from reader.core.claims.lexicon.time import DAY_PARTS, MONTHS, PERIODS, SEASONS, WEEKDAYS
from reader.core.claims.lexicon.titles import PLURAL_SOURCES, ROLE_HEADS
from reader.core.claims.rules import Rule, load_rules, pattern_of
from reader.core.claims.rules.gate import word_starts
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.cue import STANCE_PHRASES
from reader.core.claims.stages.frames.findings import study_without_study
from reader.core.claims.stages.frames.model import CueHit, Range


@dataclass(frozen=True, slots=True, kw_only=True)
class Veto(Rule):
    """A rule that drops a cue match. `test(hit, subject)` is true when it applies; `stem` limits it to one stem's verbs;
    `everywhere`: the second look asks it too (act_vetoes.py)."""

    test: Callable[[CueHit, Range | None], object]
    stem: str | None = None
    everywhere: bool = False
    verbs: Callable[[str], object] | None = None
    """A test on the verb alone that every match the veto drops passes (asked once per verb: the veto is not asked
    about a verb that fails it)."""


def stem_of(verb: str) -> str:
    """The key of a verb in the act vetoes: 'declar…', 'claim…', 'charg…', 'recog…', 'deny' (and 'deni…'), others by four."""
    return "deny" if verb.startswith("deni") else verb[:6] if verb.startswith("declar") \
        else verb[:5] if verb.startswith(("claim", "charg", "recog")) else verb[:4]


_FOR_VERB: dict[tuple[int, str], tuple[tuple[Veto, ...], tuple[Veto, ...]]] = {}


def vetoed(vetoes: tuple[Veto, ...], hit: CueHit, subject: Range | None = None) -> bool:
    """Whether a veto of this phase drops the match (the first that applies is recorded when tracing). The vetoes
    asked about a verb are those without a stem and those of its stem, listed once per phase and verb."""
    key = (id(vetoes), hit.verb)
    entry = _FOR_VERB.get(key)
    if entry is None or entry[0] is not vetoes:
        stem = stem_of(hit.verb)
        entry = _FOR_VERB[key] = (vetoes, tuple(v for v in vetoes if (v.stem is None or v.stem == stem)
                                                 and (v.verbs is None or v.verbs(hit.verb))))
    for v in entry[1]:
        if v.test(hit, subject):
            fire(v.id)
            return True
    return False


_STANCE_STARTS = tuple(sorted({w for r in STANCE_PHRASES if r.pattern for w in word_starts(r.pattern) or ()}))
"""The words a stance phrase starts with ('expresse…', 'raised', 'refus…'): `verb` is a phrase's first word."""
_QUOTE_BEFORE = re.compile(r"[”\"],?\s*(?:[\w.’'-]+\s+){0,4}$")
_QUOTE_AFTER = re.compile(r"(?:\s+[\w.’'-]+){0,4}?\s*[,:]\s*[“\"]")
_LEADS_QUOTE = re.compile(r"\s*[,:]\s*[“\"]")
_ENDS_SENTENCE = re.compile(r"(?:\s+[\w’'-]+){0,4}(?:\s*,\s+[a-z]+ing\b.*)?\s*[.!]?\s*")
"""'“A. B,” Holt continued.': the cue closes the sentence after a quote (its next quote may start a new sentence); a
participle may follow it ('“A,” he continued, citing the rise in wages.')."""
_PREP_BEFORE = re.compile(r"\b(?:[Ii]n|into|on|at|of|for|with|from|by|during|amid|despite|without|follows|follow|followed|after)\s+"
                          r"(?:(?:news|media|press)\s+)?$")
"""A preposition right before the cue word, or before 'news', 'media' or 'press' and it ('amid media reports of a deal')."""
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?)\s+(?:[\w.&-]+\s+){0,2}$|\b(?:[Nn]o|[Aa]ny|[Ee]very)\s+$")
"""An article a few words before a base form, or 'no', 'any', 'every' right before it: a noun ('a DW report', 'the
farmers want no repeat of the vote'; 'no longer say' keeps its verb)."""
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]hese|[Tt]hose)\s+$")
_DETERMINER_OR_OWNER = r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat)|[\w.]+[’']s)"
"""A determiner or an owner ('the', 'his', 'the FTC’s') right before a word (a pattern piece)."""
_DETERMINER_BEFORE = re.compile(r"(?:\b[Aa]n?|" + _DETERMINER_OR_OWNER + r")\s+$")
"""A cue word in -ed right after a determiner or an owner is a participle before its noun ('the FTC’s proposed ban')."""
_COUNT_BEFORE = re.compile(r"(?<![\w’'-])[a-z]+\s+(?:\d{1,3}(?:,\d{3})*|\d{5,})\s+$")
"""A count after a lower-case word, before a participle ('almost 180 reported incidents', 'with 3,484 reported'); not a year
('in 2015 reported') nor the number of a name ('News 12 reported')."""
_ORDINAL_BEFORE = re.compile(_DETERMINER_OR_OWNER + r"\s+(?:first|second|third|last|latest|initial|final)\s+$")
"""An ordinal or a like adjective after a determiner or an owner: the word after it is a noun ('the PM's first reply to
the question was …', 'his latest statements'); 'He first reported' and 'the official said' keep their verbs."""
_PLURAL_NOUN = re.compile(r"(?!says$)[a-z]+s$")
"""'explain the demands', 'their claims': a cue word in -s right after a definite determiner is a plural noun."""
_COPULA_AFTER = re.compile(r"\s+(?:(?:is|was|are|were|has|had|have)(?:n[’']t)?|will|would|won[’']t|can|could|should|might|must"
                           r"|do|did|don[’']t|didn[’']t|became|becomes|remains|remained|say|said|suggest|suggested|show|showed)\b")
"""A verb right after the cue word makes it a noun ('Kim's mental state is …', 'the Gulf states haven't been able to
agree …', 'the claims would …', 'Newspaper reports say that C')."""
_THOUGHT_GLUE = re.compile(r"\s*(?:that\s+)?(?:he|she|they|it|we|i|(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:also\s+|still\s+)?")
_PUNCT = re.compile(r"[,;:]")
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|should|might|may|must|can|to)\s+(?:[a-z]+ly\s+)?$")
_THING_SUBJECT = re.compile(r"(?i:" + alternation(POINTING) + r")\b(?!\s+(?:man|woman|official|group|person|people)\b)")
"""A subject that points back at a thing ('This cut threatens to undermine …', 'It threatens to …'): a risk, no one's threat."""
_ASKED_BEFORE = re.compile(r"\b(?:answer(?:s|ed|ing)?|ask(?:s|ed|ing)?|field(?:s|ed|ing)?|took|tak(?:e|es|ing)|pos(?:e|es|ed|ing)"
                           r"|rais(?:e|es|ed|ing)|fac(?:e|es|ed|ing))\s+$")
"""A verb that takes questions as its object ('answer questions', 'fielded questions')."""
_HAS = re.compile(r"\bha(?:s|ve|d)\b")
_WHAT_BEFORE = re.compile(r"\bwhat(?:ever)?\s+$", re.IGNORECASE)
_QUOTED_NAME_AFTER = re.compile(r"\s*[“\"‘]")
_QUANTIFIER_BEFORE = re.compile(r"\b(?:any|some|no|many|few|several|more|further|numerous|repeated|such|these|those|other|all|"
                                r"both|multiple|various|fresh|new)\s+(?:[\w-]+\s+)?$"
                                r"|\b(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Aa]ll|[Ff]ew|[Nn]one|[Bb]oth)\s+of\s+(?:the|their|his|her|its|our|these|those)\s+"
                                r"(?:[\w-]+\s+)?$")
_COUNT_END = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozens|"
                        r"hundreds|thousands|\d*[02-9]|\d{2,})$", re.I)
_NOUN_BEFORE_PP = re.compile(r"\s+(?:about|of|over|from|for|on|by|remain|remained|persist|persisted|linger|lingered|arose|emerged|mounted|grew)\b")
_STATES_NOUN = re.compile(r"\s+(?:in|where|to\s+(?!(?:" + alternation(TO_OBJECT) + r")\b)[a-z]+"
                          r"|that\s+(?:have|had|are|were|will|would|allow|require|voted|hold)\b)\b")
"""'the Super Tuesday states to organize', 'states where he trails', 'states that have voted': the noun, not the cue."""
_DETERMINER = re.compile(r"(?:the|a|an|some|several|many|most|other|its|his|her|their|our|these|those|media|news|local|"
                         r"another|this|each|every|one|no|any|latest|new|recent|previous|earlier|separate|official|initial)$", re.I)
_QUANTIFIER = re.compile(r"(?:some|several|many|most|one|another)$", re.I)
"""A quantifier stands for people on its own ('Some said they have cringed …', 'Many say …', 'One analyst says C, while
another says D'), unless the cue can be a noun after it ('Some reports suggest …')."""


_PEOPLE_SAY = frozenset("""say says said told argue argues argued believe believes believed think thinks thought insist insists
                         insisted fear feared warn warned predict predicted agree agrees agreed contend contends contended""".split())
"""What 'many' or 'some' people do as a speaker: verbs that are no noun after a quantifier nor a passive participle."""


_SINGULAR_DESCRIPTION = re.compile(r"(?:the|this|that|its|his|her|their|our)(?:\s+[\w’'-]+){1,2}"
                                   r"|(?:the\s+)?(?:[\w.&-]+\s+){0,3}(?!(?:let|it|that|there|here|what|who|he|she)[’']s\b)[\w.&-]+[’']s"
                                   r"(?:\s+[\w’'-]+){1,5}", re.I)
"""A singular description ('the report', 'its latest state', "The ACCC’s third Airline Competition in Australia [report]");
not a plural without an -s (lexicon PLURAL_WITHOUT_S), after which a base-form verb can follow ('the police report that
…'), as after a count ('the two admit') or an auxiliary."""


def _singular_before_base(h: CueHit, subject: str) -> bool:
    """'The latest annual report from UKHSA shows C': a base-form cue word ('report', 'claim', 'estimate') after a
    definite description of singular words is a noun. A verb in its base form needs a plural subject, and the
    words before it hold no plural ('the researchers report', 'the police report' stay verbs)."""
    if h.verb not in BASE_FORMS or h.aux.strip() or not _SINGULAR_DESCRIPTION.fullmatch(subject) or _COUNT_END.search(subject):
        return False
    words = [w for w in subject.lower().split()[1:] if not w.endswith(("’s", "'s"))]  # an owner is no plural
    return bool(words) and words[-1] not in PLURAL_WITHOUT_S and not any(w.endswith("s") and not w.endswith("ss") for w in words)


_DESCRIPTION_TAIL = re.compile(r"(?<![\w’'-])(?:the|an?|this|its|his|her|their|our)(?:\s+[\w’'-]+){0,2}$", re.I)
"""The end of a 'subject' that is a description the cue word completes ('Here he shares the latest [state of …]'); not
one inside a prepositional phrase of the subject ('Scientists involved in the new research say')."""
_PREPOSITION_END = re.compile(r"\b(?:" + alternation(INSIDE_SUBJECT) + r")\s+$", re.I)


def _determiner_noun(h: CueHit, subject: str) -> bool:
    """Whether the 'subject' is only a determiner of the cue word read as a noun ('Some reports', 'the claims'), or
    a singular description before a base form ('The latest annual report'), also at the end of a longer 'subject'
    ('Here he shares the latest state of the industry': a verb in the base form cannot follow 'the latest')."""
    if not _DETERMINER.match(subject):
        tail = _DESCRIPTION_TAIL.search(subject)
        if tail is None or tail.start() == 0 or _PREPOSITION_END.search(subject, 0, tail.start()):
            return _singular_before_base(h, subject)
        return " " not in tail.group() or _singular_before_base(h, tail.group())  # 'the [state]', 'the latest [state]'
    if not _QUANTIFIER.match(subject):
        return True
    return h.verb not in _PEOPLE_SAY  # 'Many say', 'Some said they …'; not 'Another report from …', 'Some maintained by …'


def _evidence_shows(h: CueHit, subject: Range | None) -> bool:
    """A study's cue after a subject headed by evidence ('the data show', 'a new report shows', 'the study found'): a verb,
    not a noun after its determiner ('the show', 'new shows')."""
    return h.verb in STUDY_CUES and subject is not None and h.ms[subject[0] : subject[1]].rsplit(None, 1)[-1].lower() in EVIDENCE_SUBJECTS


_POSSESSED = re.compile(r"[’'][\u200b-\u200d]*s?$|(?<![\w-])[a-z]+-[a-z]+$")
_THAT_AFTER = re.compile(r"\s+that\b")
_CLOSING = re.compile(r"\s*(?:[.,;!?]|$)")
"""A cue that closes its clause ('“It is closed,” Ann Lee commented.')."""
_ON_AFTER = re.compile(r"\s+on\s")
"""'commented on X': its object is the statement, as the phrase cue reads it (also after an auxiliary: 'had commented on')."""
_IF_BEFORE = re.compile(r"(?:^|\b)(?:[Ii]f|[Uu]nless|[Ee]ven\s+if)\s+$")
"""A subject right after 'if' or 'unless': the saying is a condition, no one's statement (veto.conditional-saying)."""
_AFTER_COMMA = re.compile(r"(?:,|\bnot only|\bbut also)\s*$")


def _possessed(subject: str) -> bool:
    """`_POSSESSED.search(subject)`, run only when the subject holds an apostrophe or a hyphen (every match does; the
    search tries every position of the subject, and few subjects hold either)."""
    return ("’" in subject or "'" in subject or "-" in subject) and _POSSESSED.search(subject) is not None


def _stanceish(verb: str) -> bool:
    """A verb a stance cue can start with: a stance verb, or the first word of a stance phrase."""
    return verb in STANCE_VERBS or verb.startswith(_STANCE_STARTS)


def _continued_outside(h: CueHit, s: Range | None) -> bool:
    before = _QUOTE_BEFORE.search(h.ms, max(0, h.cs - 60), h.cs)
    return h.verb in BETWEEN_QUOTES and not (before and (_QUOTE_AFTER.match(h.ms, h.ce) or _ENDS_SENTENCE.fullmatch(h.ms, h.ce))) \
        and not _LEADS_QUOTE.match(h.ms, h.ce)


_INSIDE_REPORT = THINK_VERBS | STUDY_CUES
"""Verbs whose clause right after a report is part of what was reported ('said she expects …', 'said the videos show …')."""
_PERSON_HEADS = ROLE_HEADS | frozenset(PLURAL_SOURCES) | frozenset(
    "he she they we i you it people group team government ministry company party agency committee council".split())
"""Subjects that can make a statement of their own: after them 'suggests' is a statement passed on, not evidence."""


_ANSWERED = frozenset("said say says reported report reports answered agreed believe believed think thought".split())
"""What respondents of a survey do in its findings ('93 percent of respondents said …')."""
_SHARE = re.compile(r"\b(?:percent|per cent|majority|half|most|third|quarter|median)\b|%", re.I)
"""A share of the people asked: the subject of a survey's finding."""
_SHARE_GLUE = re.compile(r"\s*(?:that\s+)?[\w’'%.-]+(?:\s+[\w’'%.-]+){0,8}\s+")
"""The subject between a study's cue and its respondents' verb ('that 93 percent of respondents from Mexico '): up to nine words."""


def _thought_inside(h: CueHit, s: Range | None) -> bool:
    prev = h.prev
    if prev is None or h.phrase or not prev.contents or h.verb not in _INSIDE_REPORT and h.verb not in EVIDENCE_CUES and h.verb not in _ANSWERED:
        return False
    glue = h.ms[prev.region[1] : h.cs]
    if prev.verb in STUDY_CUES and h.verb in _ANSWERED and _SHARE_GLUE.fullmatch(glue) and _SHARE.search(glue):
        return True  # 'The Pew study found that 93 percent of respondents from Mexico said C': the finding is the study's
    if _THOUGHT_GLUE.fullmatch(glue) is None or _PUNCT.search(glue):
        return False
    return h.verb in _INSIDE_REPORT or h.verb in EVIDENCE_CUES and _evidence(glue)


def _evidence(glue: str) -> bool:
    """'The team said MARSIS readings suggest C', 'added that Ingenuity’s longevity suggests that C': a subject headed
    by a lower-case noun that is no person (not 'he', 'the minister', 'officials') is evidence the speaker cites, so
    what it suggests is part of what the speaker said; 'said Smith suggested C' stays Smith's statement passed on."""
    words = glue.split()
    if not words or not words[-1][:1].islower():
        return False
    head = words[-1].lower()
    return head not in _PERSON_HEADS and head.rstrip("s") not in _PERSON_HEADS


def _act_inside(h: CueHit, s: Range | None) -> bool:
    prev = h.prev
    return prev is not None and bool(prev.contents) and prev.contents[-1][0] <= h.cs and not h.phrase \
        and _MODAL_BEFORE.search(h.ms[max(0, h.cs - 30) : h.cs]) is not None


_NAME_THEN_COMMA = re.compile(r"\s+(?:(?:the|an?)\s+)?[“\"‘]?[A-Z][^,.;:“”\"]{0,80}[”\"’]?,\s|\s+an?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s")
"""', called Attitudes on an Interconnected World, ', ', called a booster, ': a name set off by commas after 'called'."""
_INDEFINITE_NOUN_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[\w’'-]+\s+){0,5}?(?!(?:who|that|which)\s)[a-z][\w-]+\s+$")
_NAME_AFTER = re.compile(r"\s+(?:[“\"‘][^”\"’]{1,60}[”\"’]|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|[a-z][\w-]+)"
                         r"(?=\s*(?:[,.;:–—-]|\s(?!an?\s|the\s)[a-z]))")
"""'a concept called geoengineering –', 'an anthology called Fleeting Words,', 'a dropsonde called Streamsonde will …': a name
after 'called' that a noun with 'a' before it has (not 'called Trump a liar')."""
_NAMING_ADVERB = re.compile(r"\b(?:sometimes|often|also\s+known\s+as|commonly|popularly|formally|officially|aptly|so)[\s-]+$")
"""'sometimes called volcanic winter', 'the so-called deal': how a thing is named, no speech."""


def _names_a_thing(h: CueHit) -> bool:
    """Whether 'called' names a thing: a name set off by commas after it (', called a booster,'), an adverb of naming
    before it ('sometimes called'), or a name after a noun with 'a' before it ('a dropsonde called Streamsonde will …')."""
    ms, cs, ce = h.ms, h.cs, h.ce
    if ms.endswith(", ", 0, cs) and _NAME_THEN_COMMA.match(ms, ce):
        return True
    if _NAMING_ADVERB.search(ms, max(0, cs - 24), cs):
        return True
    return _INDEFINITE_NOUN_BEFORE.search(ms, max(0, cs - 60), cs) is not None and _NAME_AFTER.match(ms, ce) is not None


_PURPOSE = re.compile(r"To\s+[a-z]")
"""'To shrink the size of a core …': an infinitive of purpose, no subject."""

_TERM_END = re.compile(r"\b(?:" + alternation(sorted(DEFINED_TERMS)) + r")$", re.I)
"""'The bypass ratio (describes …)': a subject headed by a term or measure (lexicon/designations.py)."""

_ACCORDING_LEAD = re.compile(r"\s*(?:[Aa]ccording to|[Aa]s (?:reported|stated) (?:by|in))\s[^,]{1,80},")
"""A sentence that opens with whose report it is ('According to The Guardian, …')."""

_STATE_VERB = re.compile(r"\s+(?:that|their|its|his|her|our|my|clearly|explicitly|publicly|categorically|unequivocally)\b|\s*(?:[.;:]|$)")
"""What follows 'state' as a verb ('They state that C', 'state their goal', '…, the plea documents state.'); before anything
else it is the noun ('state Sen. Ann Lee', 'Swing state Ohio', 'the southern U.S. state of Arkansas')."""
_GERUND_TAKER = re.compile(r"\b(?:deter|ban|prevent|stop|avoid|discourage|restrict|prohibit|limit|curb|suppress|criminali[sz]e|contribut)"
                           r"(?:s|es|e|ed|d|ped|ted|ping|ing)?\s+$")
"""A verb whose object is a gerund ('deter reporting', 'banned reporting on'): the -ing word after it is a noun."""
_VERB_END = re.compile(r"(?<![\w’'-])(?:made|makes|provides?|provided|showed|shows|requires?|required|gave|gives|offers|offered|includes?"
                       r"|included|contains?|contained|receives?|received|got|gets|took|takes|kept|keeps|held|holds"
                       r"|denies|denied|rejects|rejected|disputes|disputed|dismisses|dismissed|refutes|refuted|repeats|repeated)"
                       r"(?:\s+(?:enough|more|no|new|fresh|further|many|few|some|several|any))?$"
                       r"|(?<![\w’'-])[A-Z][\w.’'-]*[^\Ws]\s+[a-z]{3,}ed$")
"""A subject that ends in a verb of giving, having or showing ('the government made', 'the system showed enough') or of
a name and its past ('Ann Lee studied'; not 'I met', nor a plural 'Farmers polled', whose participle it is), or of
answering what was said ('Acme denies'): the cue word after it is that verb's object ('promises', 'claims'), a noun."""
Test = Callable[[CueHit, Range | None], object]
_TESTS: dict[str, tuple[Test, Callable[[str], object] | None]] = {
    "veto.stance-act": (lambda h, s: h.stance and (h.ms.endswith(("to ", "To "), 0, h.cs) or _HAS.search(h.aux)), _stanceish),
    "veto.continued-outside-quote": (_continued_outside, BETWEEN_QUOTES.__contains__),
    "veto.state-of-mind-after-according": (lambda h, s: "cue.be-concerned-that" in h.rules and _ACCORDING_LEAD.match(h.ms) is not None,
                                           None),
    "veto.claimed-to-be": (lambda h, s: h.verb.startswith("claim") and _RAISING.match(h.ms, h.ce), lambda v: v.startswith("claim")),
    "veto.demonstrative-object": (lambda h, s: h.verb in CUE_VERBS and _DEMONSTRATIVE_OBJECT.match(h.ms, h.ce), CUE_VERBS.__contains__),
    "veto.noun-after-preposition": (lambda h, s: h.bare and not h.verb.endswith("ing") and _PREP_BEFORE.search(h.ms, max(0, h.cs - 20), h.cs),
                                    lambda v: not v.endswith("ing")),
    "veto.noun-after-article": (lambda h, s: h.bare and (h.verb in BASE_FORMS and _ARTICLE_BEFORE.search(h.ms[max(h.lo, h.cs - 40) : h.cs])
                                                         or (_PLURAL_NOUN.match(h.verb) or h.verb in BASE_FORMS or h.verb.endswith("ing"))
                                                         and _DEFINITE_BEFORE.search(h.ms, max(h.lo, h.cs - 8), h.cs)),
                                lambda v: v in BASE_FORMS or _PLURAL_NOUN.match(v) or v.endswith("ing")),
    "veto.noun-after-ordinal": (lambda h, s: h.bare and _ORDINAL_BEFORE.search(h.ms, max(h.lo, h.cs - 40), h.cs), None),
    "veto.participle-after-determiner": (lambda h, s: h.bare and (_DETERMINER_BEFORE.search(h.ms, max(h.lo, h.cs - 12), h.cs)
                                                                  or _COUNT_BEFORE.search(h.ms, max(h.lo, h.cs - 30), h.cs)),
                                         lambda v: v.endswith("ed")),
    "veto.noun-before-verb": (lambda h, s: h.bare and (h.verb in BASE_FORMS or h.verb.endswith(("s", "ing"))) and _COPULA_AFTER.match(h.ms, h.ce),
                              lambda v: v in BASE_FORMS or v.endswith(("s", "ing"))),
    "veto.established-without-that": (lambda h, s: not _THAT_AFTER.match(h.ms, h.ce),
                                      lambda v: v.startswith(("establish", "demonstrat", "discover", "uncover", "caution"))),
    "veto.commented-without-clause": (lambda h, s: not (h.phrase or _THAT_AFTER.match(h.ms, h.ce) or _ON_AFTER.match(h.ms, h.ce)
                                                        or h.verb == "commented" and _CLOSING.match(h.ms, h.ce)),
                                      lambda v: v.startswith("comment")),
    "veto.called-name": (lambda h, s: _names_a_thing(h), lambda v: v == "called"),
    "veto.hyphen-compound": (lambda h, s: h.cs > 0 and h.ms[h.cs - 1] == "-", None),
    "veto.thought-inside-report": (_thought_inside, (_INSIDE_REPORT | EVIDENCE_CUES | _ANSWERED).__contains__),
    "veto.act-inside-report": (_act_inside, None),
    "veto.stance-passive": (lambda h, s: h.stance and (h.passive or h.aux_passive), _stanceish),
    "veto.study-needs-study": (study_without_study, STUDY_CUES.__contains__),
    "veto.quantified-noun": (lambda h, s: h.verb.endswith("s") and h.verb != "says" and not h.aux.strip()
                             and _QUANTIFIER_BEFORE.search(h.ms, max(0, h.cs - 40), h.cs) and not _evidence_shows(h, s), None),
    "veto.counted-noun": (lambda h, s: s is not None and h.verb.endswith("s") and not h.aux.strip() and _COUNT_END.search(h.ms, s[0], s[1]),
                          lambda v: v.endswith("s")),
    "veto.noun-before-preposition": (lambda h, s: h.verb.endswith("s") and h.verb != "says" and _NOUN_BEFORE_PP.match(h.ms, h.ce)
                                     or h.verb == "states" and _STATES_NOUN.match(h.ms, h.ce),
                                     lambda v: v.endswith("s") and v != "says"),
    "veto.free-relative": (lambda h, s: s is not None and _WHAT_BEFORE.search(h.ms, max(0, s[0] - 12), s[0])
                           and not _QUOTED_NAME_AFTER.match(h.ms, h.ce), None),
    "veto.purpose-subject": (lambda h, s: s is not None and _PURPOSE.match(h.ms, s[0], s[1]), None),
    "veto.conditional-saying": (lambda h, s: s is not None and _IF_BEFORE.search(h.ms, max(0, s[0] - 12), s[0]) is not None, None),
    "veto.term-defined": (lambda h, s: s is not None and _TERM_END.search(h.ms, s[0], s[1]), lambda v: v.startswith("describ")),
    "veto.noun-after-possessive": (lambda h, s: s is not None and (_determiner_noun(h, h.ms[s[0]:s[1]]) or _possessed(h.ms[s[0]:s[1]]))
                                   and not _evidence_shows(h, s), None),
    "veto.thing-threatens": (lambda h, s: s is not None and _THING_SUBJECT.match(h.ms, s[0], s[1]) is not None,
                             lambda v: v.startswith("threaten")),
    "veto.questions-answered": (lambda h, s: _ASKED_BEFORE.search(h.ms, max(0, h.cs - 16), h.cs) is not None, lambda v: v == "questions"),
    "veto.participle-no-subject": (lambda h, s: h.verb.endswith("ing") and s is None and not _AFTER_COMMA.search(h.ms, 0, h.cs), None),
    "veto.state-noun": (lambda h, s: _STATE_VERB.match(h.ms, h.ce) is None, lambda v: v in ("state", "states")),
    "veto.object-of-verb": (lambda h, s: s is not None and _VERB_END.search(h.ms, s[0], s[1]) is not None, None),
    "veto.gerund-object": (lambda h, s: not h.aux.strip() and _GERUND_TAKER.search(h.ms, max(0, h.cs - 20), h.cs) is not None,
                           lambda v: v.endswith("ing")),
}
"""What each veto other than an act veto tests: the match (with its subject, once known), and the verb alone (see
`Veto.verbs`). Its id, why, example and pattern are in rules/vetoes.toml."""


def _veto(**fields: Any) -> Veto:
    """A veto from its record in rules/vetoes.toml. An act veto (one with a `stem`: 'called for records', 'declared a
    state of emergency') is its pattern right after the verb; any other tests what `_TESTS` says."""
    if fields.get("stem") is not None:
        pattern: re.Pattern[str] = fields["pattern"]
        return Veto(**fields, test=lambda h, s: pattern.match(h.ms, h.ce))
    test, verbs = _TESTS[fields["id"]]
    return Veto(**fields, test=test, verbs=verbs)


_RULES = load_rules("vetoes", _veto, fills={"WEEKDAYS_MONTHS": alternation(WEEKDAYS + MONTHS),
                                            "TIME_NOUNS": alternation(PERIODS + DAY_PARTS[:3] + SEASONS)})
CUE_VETOES = _RULES["cue"]
"""Vetoes on the cue match alone, asked before the passive shapes."""
LATE_VETOES = _RULES["late"]
"""Vetoes asked after the passive shapes, before the subject is looked for."""
NOUN_VETOES = _RULES["noun"]
"""Vetoes on the word's grammar once its subject is known."""
POSSESSED_PHASE = _RULES["possessed"]
PARTICIPLE_PHASE = _RULES["participle"]
_RAISING = pattern_of("veto.claimed-to-be")
"""'claimed to be …', 'claiming to represent …': an infinitive after 'claim' (a raising verb), not 'claimed to reporters'."""
_DEMONSTRATIVE_OBJECT = pattern_of("veto.demonstrative-object")
"""'He announced this change by live television': an object that points back, not reported content."""
