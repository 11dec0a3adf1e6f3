"""Vetoes: a cue match that is no frame. Each is a named rule with the test that applies it.

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

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.cues import _VERB_GROUPS, BETWEEN_QUOTES, CUE_VERBS, STANCE_VERBS, STUDY_CUES, STUDY_SUBJECTS, THINK_VERBS
from reader.core.claims.lexicon.time import DAY_PARTS, MONTHS, PERIODS, SEASONS, WEEKDAYS
from reader.core.claims.rules import Rule
from reader.core.claims.rules.gate import word_starts
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.cue import STANCE_PHRASES
from reader.core.claims.stages.frames.model import CueHit, Range


@dataclass(frozen=True, slots=True, kw_only=True)
class Veto(Rule):
    """A rule that drops a cue match. `test(hit, subject)` is true when it applies; `stem` limits it to verbs of
    one stem (`stem_of`)."""

    test: Callable[[CueHit, Range | None], object]
    stem: str | None = None
    verbs: Callable[[str], object] | None = None
    """A test on the verb alone that every match the veto drops passes (asked once per verb: the veto is not asked
    about a verb that fails it)."""


def stem_of(verb: str) -> str:
    """The key of a verb in the act vetoes: 'declar…', 'claim…', 'charg…', 'recog…' by their first letters, others by four."""
    return verb[:6] if verb.startswith("declar") else verb[:5] if verb.startswith(("claim", "charg", "recog")) else verb[:4]


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


def _act(stem: str, rule_id: str, why: str, pattern: re.Pattern[str], example: str = "") -> Veto:
    """A veto on an act: the verb of `stem` followed by what `pattern` matches is no report of speech."""
    return Veto(id=rule_id, why=why, example=example, pattern=pattern, stem=stem, test=lambda h, s: pattern.match(h.ms, h.ce))


_STANCE_STARTS = tuple(sorted({w for r in STANCE_PHRASES if r.pattern for w in word_starts(r.pattern) or ()}))
"""The words a stance phrase starts with ('expresse…', 'raised', 'refus…'): `verb` is a phrase's first word."""
_QUOTE_BEFORE = re.compile(r"[”\"],?\s*(?:[\w.’'-]+\s+){0,4}$")
_QUOTE_AFTER = re.compile(r"(?:\s+[\w.’'-]+){0,4}?\s*[,:]\s*[“\"]")
_LEADS_QUOTE = re.compile(r"\s*[,:]\s*[“\"]")
_ENDS_SENTENCE = re.compile(r"(?:\s+[\w’'-]+){0,4}\s*[.!]?\s*")
"""'“A. B,” Holt continued.': the cue closes the sentence after a quote (its next quote may start a new sentence)."""
_RAISING = re.compile(r"\s+to\s+(?:be|have|(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|me|him|them|us|reporters|"
                      r"journalists)\b)[a-z]+\s)")
"""'claimed to be …', 'claiming to represent …': an infinitive after 'claim' (a raising verb), not 'claimed to reporters'."""
_DEMONSTRATIVE_OBJECT = re.compile(r"\s+(?:this|these|those)\s+(?!(?:" + alternation(PERIODS + DAY_PARTS[:3] + SEASONS) + "|"
                                   r"time|past|day|days|weeks|months|years|is|was|were|are|has|had|have|will|"
                                   r"would|could|should|may|might|can|must|does|did)\b)[a-z]+\b"
                                   r"(?!\s+(?:is|was|were|are|has|had|have|will|would|could|should|may|might|can|must)\b)")
"""'He announced this change by live television': an object that points back, not reported content."""
_PREP_BEFORE = re.compile(r"\b(?:[Ii]n|on|at|of|for|with|from|by|during|amid|despite|without|follows|follow|followed|after)\s+$")
_BASE_FORMS = frozenset(g.split()[0] for g in _VERB_GROUPS.split("|") if g.split())
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?)\s+(?:[\w.&-]+\s+){0,2}$")
_COPULA_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|have)\b")
_THOUGHT_GLUE = re.compile(r"\s*(?:that\s+)?(?:he|she|they|it|we|i|(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:also\s+|still\s+)?")
_PUNCT = re.compile(r"[,;:]")
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|should|might|may|must|can|to)\s+(?:[a-z]+ly\s+)?$")
_HAS = re.compile(r"\bha(?:s|ve|d)\b")
_QUANTIFIER_BEFORE = re.compile(r"\b(?:any|some|no|many|few|several|more|further|numerous|repeated|such|these|those|other|all|"
                                r"both|multiple|various|fresh|new)\s+(?:[\w-]+\s+)?$")
_COUNT_END = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozens|"
                        r"hundreds|thousands|\d*[02-9]|\d{2,})$", re.I)
_NOUN_BEFORE_PP = re.compile(r"\s+(?:about|of|over|from|for|on|by|remain|remained|persist|persisted|linger|lingered|arose|emerged|mounted|grew)\b")
_DETERMINER = re.compile(r"(?:the|a|an|some|several|many|most|other|its|his|her|their|our|these|those|media|news|local|"
                         r"another|this|each|every|one|no|any|latest|new|recent|previous|earlier|separate|official|initial)$", re.I)
_POSSESSED = re.compile(r"[’']s?$|(?<![\w-])[a-z]+-[a-z]+$")
_PRONOUN_BEFORE = re.compile(r"\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ww]e)\s+$")
_THAT_AFTER = re.compile(r"\s+that\b")
_AND_BEFORE = re.compile(r"(?:,|\band)\s*$")
_AFTER_COMMA = re.compile(r"(?:,|\bnot only|\bbut also)\s*$")


def _stanceish(verb: str) -> bool:
    """A verb a stance cue can start with: a stance verb, or the first word of a stance phrase."""
    return verb in STANCE_VERBS or verb.startswith(_STANCE_STARTS)


def _continued_outside(h: CueHit, s: Range | None) -> bool:
    before = _QUOTE_BEFORE.search(h.ms, max(0, h.cs - 60), h.cs)
    return h.verb in BETWEEN_QUOTES and not (before and (_QUOTE_AFTER.match(h.ms, h.ce) or _ENDS_SENTENCE.fullmatch(h.ms, h.ce))) \
        and not _LEADS_QUOTE.match(h.ms, h.ce)


def _thought_inside(h: CueHit, s: Range | None) -> bool:
    prev = h.prev
    if prev is None or h.phrase or h.verb not in THINK_VERBS or not prev.contents:
        return False
    glue = h.ms[prev.region[1] : h.cs]
    return _THOUGHT_GLUE.fullmatch(glue) is not None and not _PUNCT.search(glue)


def _act_inside(h: CueHit, s: Range | None) -> bool:
    prev = h.prev
    return prev is not None and bool(prev.contents) and prev.contents[-1][0] <= h.cs and not h.phrase \
        and _MODAL_BEFORE.search(h.ms[max(0, h.cs - 30) : h.cs]) is not None


def _study_without_study(h: CueHit, s: Range | None) -> bool:
    ms, cs = h.ms, h.cs
    if h.verb not in STUDY_CUES or STUDY_SUBJECTS.search(ms[max(h.lo, cs - 60) : cs]):
        return False
    if h.verb in ("found", "find", "finds") and _THAT_AFTER.match(ms, h.ce) and _PRONOUN_BEFORE.search(ms[h.lo : cs]):
        return False  # "They found that C"
    return not (h.prev is not None and h.prev.verb in STUDY_CUES and _AND_BEFORE.search(ms, 0, cs))


CUE_VETOES: tuple[Veto, ...] = (
    Veto(id="veto.stance-act",
         why="a position verb after 'to' or 'has': an act voted on or a record, no position stated",
         example="Pelosi had previously opposed impeachment proceedings.",
         test=lambda h, s: h.stance and (h.ms.endswith(("to ", "To "), 0, h.cs) or _HAS.search(h.aux)), verbs=_stanceish),
    Veto(id="veto.continued-outside-quote",
         why="'continued' not between two parts of a quote, nor leading one, nor closing a sentence after one ('continued to rise')",
         example="Democrats continued to attack Trump on his taxes.",
         test=_continued_outside, verbs=BETWEEN_QUOTES.__contains__),
    Veto(id="veto.claimed-to-be",
         why="'claimed to be …': 'claim' as a raising verb, no report",
         example="He claimed to have evidence supporting the claim.",
         pattern=_RAISING,
         test=lambda h, s: h.verb.startswith("claim") and _RAISING.match(h.ms, h.ce), verbs=lambda v: v.startswith("claim")),
    _act("call", "veto.called-for",
         why="'called for records', 'called off': an act, not speech",
         example=("It also called for records relating to the Trump administration's temporary withholding of security aid to Ukraine, as well as "
                  "files relating to attempts by Rudy Giuliani to encourage investigations into Democratic challenger former Vice President Joe "
                  "Biden."),
         pattern=re.compile(
             r"\s+(?:off|in\b|for\s+(?:(?:more|further|additional|new)\s+)?(?:records|documents|files|papers|evidence|information|data)\b)")),
    _act("name", "veto.named-without-as",
         why="'named' is speech only as 'named X as the …' or 'among'",
         example="I name no\nnames.",
         pattern=re.compile(r"(?![^.;:,]{1,80}?\s(?:among|as\s+(?:the|an?|one)\s))")),
    _act("declar", "veto.declared-act",
         why="'declared a state of emergency', 'declared the outbreak to be a pandemic': an act",
         example=("The new status as a pandemic follows the WHO's decision in January to declare the outbreak a public health emergency of "
                  "international concern."),
         pattern=re.compile(r"\s+(?:an?|martial|war|bankruptcy|independence)\b|\s+(?:the|his|its|their|him|her|it|them)\b"
                            r"(?:\s+(?!(?:is|was|were|are|has|had|have|will|would|could|that)\b)[^\s.;,:]+){0,14}?\s+(?:to\s+be|as|an?)\s")),
    _act("rule", "veto.ruled-on",
         why="'ruled out', 'ruled in favour of', 'ruled on the case': a decision, not a finding reported",
         example="The Supreme Court ruled on the appeal of that decision by Johnson's government.",
         pattern=re.compile(r"\s+(?:out\b|in\s+favou?r\b|against\b|for\b|on\s+(?!(?:" + alternation(WEEKDAYS + MONTHS) + r")\b))", re.I)),
    _act("atta", "veto.attacked-no-argument",
         why="'attacked a village': speech only against something that can be argued with",
         example="Trump, responding to Pelosi's announcement via Twitter, attacked the impeachment investigation as \"Witch Hunt garbage.\"",
         pattern=re.compile(r"(?!\s+(?:(?:the|his|her|their|its|this|that|these|those|an?)\s+)?(?:[\w’'-]+\s+){0,2}(?:proclamation|decision|"
                            r"move|plan|policy|policies|remarks?|comments?|statements?|law|bill|proposals?|idea|report|ruling|"
                            r"government|administration|media|press|critics|opposition|leadership|stance|position|record)\b"
                            r"|\s+(?:the\s+)?[\w“”\"’'-]+(?:\s+[\w“”\"’'-]+){0,2}\s+as\s+(?:an?|the)\s"
                            r"|\s+[A-Z][\w’'-]+\s+(?:for|on|over)\s+(?:[a-z]+ing|his|her|their|its)\b|\s+(?:the\s+|a\s+)?[“\"])")),
    _act("felt", "veto.felt-no-clause",
         why="'felt the cold': 'felt' reports a view only before a clause",
         example="I felt dreadfully.",
         pattern=re.compile(r"(?!\s+that\b|(?:\s+[\w’'-]+){1,8}?\s+(?:is|was|are|were|did|does|had|has|have|should|would|could|must|will|"
                            r"can|need|needs|needed)\b)")),
    _act("cond", "veto.condemned-to",
         why="'condemned to death': a sentence, not a condemnation",
         example=("Rather Cape Tormentoso, as called\nof yore; for long allured by the perfidious silences that before had\nattended us, we found "
                  "ourselves launched into this tormented sea, where\nguilty beings transformed into those fowls and these fish, "
                  "seemed\ncondemned to swim on everlastingly without any haven in store, or beat\nthat black air without any horizon."),
         pattern=re.compile(r"\s+to\b")),
    _act("thin", "veto.think-tank",
         why="'think tank': a noun",
         example=("In his Tuesday live-streamed talk at the United States think tank Atlantic Council's Washington headquarters, Mitsotakis "
                  "reaffirmed that the EastMed project, which currently involves Greece, Cyprus and Israel, is open for other countries to join."),
         pattern=re.compile(r"[\s-]+tanks?\b")),
    _act("agre", "veto.agreed-on",
         why="'agreed on a deal': an agreement reached",
         example="The candidates agreed on many issues with varied nuances.",
         pattern=re.compile(r"\s+on\b")),
    _act("iden", "veto.identified-without-as",
         why="'identified the victim': speech only as 'identified X as …'",
         example="K2-18b was first identified in 2015 by the Kepler space telescope.",
         pattern=re.compile(r"(?![^.;:,]{1,80}?\sas\s)")),
    _act("charg", "veto.charged-without-with",
         why="'charged the battery': an accusation only as 'charged X with …'",
         example="Some of them are positively-charged particles which travel across a vacuum tube in an electric field.",
         pattern=re.compile(r"(?!(?:\s+[\w’'-]+){1,6}\s+with\s)")),
    _act("recog", "veto.recognised-without-that",
         why="'recognised the government': a report only with 'that' or 'as'",
         example="It has been recognized by UNESCO, as part of our global cultural heritage.",
         pattern=re.compile(r"(?!\s+that\b|[^.;:,]{1,80}?\sas\s)")),
    _act("claim", "veto.claimed-lives",
         why="'the virus claimed 6606 lives', 'claimed responsibility': an act",
         example="The Yemen-based Houthi movement claimed responsibility for the attacks.",
         pattern=re.compile(r"\s+(?:the\s+)?(?:(?:lives|life|responsibility|credit)\b|(?:[\d,]+|\w+)\s+(?:more\s+)?(?:lives|victims)\b)")),
    Veto(id="veto.demonstrative-object",
         why="'announced this change by live television': an object that points back, no content",
         example="Blankenship opposed ending the War on Drugs but said those at the top should be prosecuting rather than users.",
         pattern=_DEMONSTRATIVE_OBJECT,
         test=lambda h, s: h.verb in CUE_VERBS and _DEMONSTRATIVE_OBJECT.match(h.ms, h.ce), verbs=CUE_VERBS.__contains__),
    Veto(id="veto.noun-after-preposition",
         why="'In remarks to AFP', 'repeated failed attempts': a noun or adjective after a preposition",
         example="It follows repeated failed attempts to obtain documents from the State Department through previous document requests.",
         test=lambda h, s: h.bare and not h.verb.endswith("ing") and _PREP_BEFORE.search(h.ms, max(0, h.cs - 12), h.cs),
         verbs=lambda v: not v.endswith("ing")),
    Veto(id="veto.noun-after-article",
         why="'In a DW report in March': a singular noun phrase takes no base-form verb",
         example="Yeah, that's a good question.",
         test=lambda h, s: h.bare and h.verb in _BASE_FORMS and _ARTICLE_BEFORE.search(h.ms[max(h.lo, h.cs - 40) : h.cs]),
         verbs=_BASE_FORMS.__contains__),
    Veto(id="veto.noun-before-verb",
         why="'Kim's mental state is …', 'the claims were': a noun before its verb",
         example=("Each state has a large proportion of African-American residents; they were found statistically less likely to commit suicide "
                  "and to own guns."),
         test=lambda h, s: h.bare and (h.verb in _BASE_FORMS or h.verb.endswith("s")) and _COPULA_AFTER.match(h.ms, h.ce),
         verbs=lambda v: v in _BASE_FORMS or v.endswith("s")),
    Veto(id="veto.thought-inside-report",
         why="'said she expects the campaign to …': the thought is part of what was said",
         example=("The Investigative Committee and the Federal Security Service (FSB) said they believe gas, which leaks relatively frequently in "
                  "Russia, was the trigger for the disaster which occurred at 6am as many occupants slept."),
         test=_thought_inside, verbs=THINK_VERBS.__contains__),
    Veto(id="veto.act-inside-report",
         why="'said that the country would formally declare …': a future act inside the report",
         example="Trump also said that he would prefer to agree a solution with the opposition.",
         test=_act_inside),
    Veto(id="veto.stance-passive",
         why="'the plan was backed by …': no speaker of a position",
         example="Households with at least one unvaccinated person were asked to place a red flag somewhere visible.",
         test=lambda h, s: h.stance and (h.passive or h.aux_passive), verbs=_stanceish),
)
"""Vetoes on the cue match alone, asked before the passive shapes."""

LATE_VETOES: tuple[Veto, ...] = (
    Veto(id="veto.study-needs-study",
         why="'found', 'showed', 'ruled' report only with a study or court as subject ('The court found that A, and found B' shares it)",
         example="I told you that I found one — actually found two — myself.",
         test=_study_without_study, verbs=STUDY_CUES.__contains__),
)
"""Vetoes asked after the passive shapes, before the subject is looked for."""

NOUN_VETOES: tuple[Veto, ...] = (
    Veto(id="veto.quantified-noun",
         why="'any tough questions that', 'so many Republican claims': a quantified plural noun",
         example="Siegel agreed to answer some questions for Wikinews‍'s correspondent.",
         test=lambda h, s: h.verb.endswith("s") and h.verb != "says" and not h.aux.strip()
and _QUANTIFIER_BEFORE.search(h.ms, max(0, h.cs - 40), h.cs)),
    Veto(id="veto.counted-noun",
         why="'The ten states with …': a plural count takes no '-s' verb, so the word is a noun",
         example=("The ten states with highest youth suicide rates had household gun ownership rates above 50%; the ten with the lowest youth "
                  "suicide rates had household gun ownership around 20%."),
         test=lambda h, s: s is not None and h.verb.endswith("s") and not h.aux.strip() and _COUNT_END.search(h.ms, s[0], s[1]),
         verbs=lambda v: v.endswith("s")),
    Veto(id="veto.noun-before-preposition",
         why="'questions about', 'claims of', 'questions remain': a plural noun",
         example="By ensuring that CentOS Stream lives up to our promises by doing rather than talking.",
         test=lambda h, s: h.verb.endswith("s") and h.verb != "says" and _NOUN_BEFORE_PP.match(h.ms, h.ce),
         verbs=lambda v: v.endswith("s") and v != "says"),
)
"""Vetoes on the word's grammar once its subject is known."""

POSSESSED = Veto(id="veto.noun-after-possessive",
                 why="'the president’s claims', 'Trump’s early-morning tweets': a noun after a possessive, determiner or adjective",
                 example="Some reports suggest a deliberate criminal act.",
                 test=lambda h, s: s is not None and (_DETERMINER.match(h.ms[s[0]:s[1]]) or _POSSESSED.search(h.ms[s[0]:s[1]])))
PARTICIPLE = Veto(id="veto.participle-no-subject",
                  why="', observing the rescue mission' without a subject: a participle phrase",
                  example="Trump accused Biden of previously saying he wanted to ban hydraulic fracturing.",
                  test=lambda h, s: h.verb.endswith("ing") and s is None and not _AFTER_COMMA.search(h.ms, 0, h.cs))
POSSESSED_PHASE = (POSSESSED,)
PARTICIPLE_PHASE = (PARTICIPLE,)
