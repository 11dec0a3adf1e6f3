"""The vocabulary of attribution in news: cue verbs, source-introducing frames and hedges.

Kept as data so the rules in quotes.py/speakers.py/claims.py stay short and the lexicon can grow
without touching them. Verb forms are listed explicitly (no stemmer: fast and predictable).
"""

from __future__ import annotations

import re

# Speech and cognition verbs that introduce reported content; base -> inflections.
_VERB_GROUPS = """
say says said saying | tell tells told telling | add adds added adding | state states stated stating
claim claims claimed claiming | insist insists insisted insisting | announce announces announced announcing
explain explains explained explaining | write writes wrote writing | report reports reported reporting
suggest suggests suggested suggesting | indicate indicates indicated indicating | estimate estimates estimated estimating
argue argues argued arguing | warn warns warned warning | note notes noted noting | believe believes believed believing
deny denies denied denying | acknowledge acknowledges acknowledged acknowledging | admit admits admitted admitting
confirm confirms confirmed confirming | reveal reveals revealed revealing | predict predicts predicted predicting
promise promises promised promising | describe describes described describing | allege alleges alleged alleging
contend contends contended contending | maintain maintains maintained maintaining | assert asserts asserted asserting
declare declares declared declaring | disclose discloses disclosed disclosing | emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising | stress stresses stressed stressing | point pointed | think thinks thought
tweet tweets tweeted tweeting | post posts posted | testify testifies testified testifying | recall recalls recalled
conclude concludes concluded concluding | find finds found | show shows showed shown | agree agrees agreed
complain complains complained complaining | accuse accuses accused accusing | urge urges urged urging
advise advises advised advising | question questions questioned | ascribe ascribes ascribed | blame blames blamed
calls called calling | continue continued | expect expects expected | fear fears feared | hope hopes hoped | know knows knew
learn learns learned learnt | reckon reckons reckoned | recount recounts recounted | remark remarks remarked
reply replies replied | respond responds responded | reiterate reiterates reiterated | repeat repeats repeated
speculate speculates speculated | assure assures assured | inform informs informed | mentioned
signal signals signaled signalled | vow vows vowed | pledge pledges pledged | forecast forecasts forecasted
observe observes observed observing | propose proposes proposed proposing | name names named
reaffirm reaffirms reaffirmed reaffirming | countered | felt |
imply implies implied implying | recognise recognises recognised recognize recognizes recognized
"""
_VERBS = _VERB_GROUPS.replace("|", " ").split()
CUE_VERBS = frozenset(_VERBS) - {"point", "calls", "continue", "continued", "know", "knows", "knew", "ascribe", "ascribes",
                                 "ascribed", "fear", "fears", "feared", "hope", "hopes", "hoped", "expect", "expects", "expected",
                                 "learn", "learns", "learned", "learnt", "post", "posts", "posted"}
"""Verbs that take a clause ("X said (that) ..."); "found", "show" and "ruled" only with a study- or court-like subject."""

OBJECT_CUES = frozenset("told tell tells telling informed inform informs assured assure assures warned warn warns urged advised".split())
"""Cues whose first object is the hearer: "told the Guardian that ...", "told reporters"."""

DOUBT_CUES = frozenset(
    """claim claims claimed claiming allege alleges alleged alleging suggest suggests suggested suggesting
    estimate estimates estimated estimating believe believes believed believing speculate speculates speculated
    think thinks thought predict predicts predicted expect expects expected reckon reckons reckoned fear fears feared""".split()
)
"""Cues that signal the article does not vouch for the content (GUIDE: hedged)."""

STUDY_CUES = frozenset("found finds find finding show shows showed shown concluded concludes ruled rules".split())
STUDY_SUBJECTS = re.compile(r"\b(?:study|studies|research|report|reports|survey|poll|analysis|data|figures|investigation|researchers|"
                            r"scientists|review|paper|inquiry|audit"
                            r"|court|courts|judge|judges|justices|jury|tribunal|panel|inquest|coroner)\b", re.I)

HEDGES = re.compile(
    r"(?<![^\W\d])\b(reportedly|allegedly|purportedly|apparently|presumably|supposedly|unconfirmed|suspected|"
    r"appears?(?= to| able)|appeared to|appear(?:s|ed)?(?= (?:un|in|im|ir|dis|non)[a-z]{4,}| [a-z]{3,}(?:ed|ent|ant|ive|ous|ful|able|ible|less)\b)|"
    r"seems?(?= to)|seemed to|what sounds like|likely|unlikely|perhaps|possibly|"
    r"could|may|might|estimated?|is said to|are said to|was said to|were said to|"
    r"(?:was|were|is|are)(?: \w+){0,3} (?:reported|announced) to|"
    r"it (?:is|was|has been|had been) (?:widely )?(?:reported|believed|understood|rumou?red|alleged|claimed|said) that|"
    r"rumou?red|believed to|thought to)\b",
    re.I,
)
"""Words that signal doubt (GUIDE: reportedly, allegedly, suggest, estimate, unconfirmed, could, may)."""

REPORT_HEDGES = re.compile(
    r"(?<![^\W\d])\b(reportedly|allegedly|purportedly|supposedly|unconfirmed|suspected|appears?(?= to| able)|appeared to|"
    r"appear(?:s|ed)?(?= (?:un|in|im|ir|dis|non)[a-z]{4,}| [a-z]{3,}(?:ed|ent|ant|ive|ous|ful|able|ible|less)\b)|"
    r"seems?(?= to)|seemed to|what sounds like|is said to|are said to|was said to|were said to|"
    r"(?:was|were|is|are)(?: \w+){0,3} (?:reported|announced) to|"
    r"it (?:is|was|has been|had been) (?:widely )?(?:reported|believed|understood|rumou?red|alleged|claimed|said) that|"
    r"rumou?red|believed to|thought to)\b",
    re.I,
)
"""Hedges strong enough to make an unattributed clause a `report` rather than an `assertion`."""

VAGUE_SOURCES = re.compile(r"^(?:some |unconfirmed |media |news |local |several |other )*(?:reports?|rumou?rs?|sources|speculation)\b", re.I)
"""Sources too vague to name: "Some reports suggest ..." is a report, not an attribution."""

OUTLET_HEAD = re.compile(
    r"\b(?:interview|post|statement|tweet|broadcast|press conference|news conference|briefing|video|report|"
    r"letter|op-ed|column|article|podcast|speech|message|email|blog|website|site|release|framework|statistics|"
    r"documentary|programme|program|show|hearing|filing|court filing|memo)\b",
    re.I,
)
"""Nouns naming a channel: "in a CNN interview", "a Telegram post from the SBU"."""

HEARERS = re.compile(r"^(?:reporters|journalists|the press|the media|press|media|a crowd|supporters|the audience|lawmakers|parliament|"
                     r"congress)$", re.I)

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "org", "we": "group", "i": "person"}

VERB_CUES = frozenset(
    """deny denies denied denying questioned advise advises advised advising urge urges urged
    urging blame blames blamed blaming accuse accuses accused accusing characterize characterizes characterized
    characterise characterises characterised criticize criticizes criticized criticizing criticise criticises criticised
    criticising condemn condemns condemned condemning recommend recommends recommended recommending attacked
    supposes expects identified charged charges charging""".split()
)
"""Speech acts without a that-clause: the content span starts at the verb ("denies the two explosions are
related" keeps its polarity; "questioned the President's power ...")."""

PHRASE_CUES = re.compile(
    r"\b(?:refused|refuses|refuse|declined|declines|decline) to rule out\b|\bwent on to (?:say|add)\b"
    r"|\b(?:offered|gave|made|issued|provided) (?:a |an )?(?:\w+ ){0,2}(?:estimate|assessment|prediction|warning|claim) that\b"
    r"|\b(?:read|reads)(?:,? in part,?)?(?=\s*:)"
    r"|(?<=[’']s )(?:counter-)?(?:argument|position|view|contention|response|defen[cs]e|explanation|conclusion|assessment)"
    r" (?:was|is|has been|had been|remains|remained) that\b"
    r"|\b(?:made|issued|released|posted|gave|published) the following (?:announcement|statement|message|tweet|post|update|remarks?)\b"
)
"""Multi-word cues."""
