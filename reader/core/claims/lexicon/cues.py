"""Cue words: the verbs and phrases that report speech or thought in news ("said", "told", "denied", "endorsed").

Verb forms are listed explicitly (no stemmer: fast and predictable). Which verbs may start a frame, and how
(a that-clause, an object, a study's finding, a stance), is decided by the rules of stages/frames/.
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
speculate speculates speculated | caution cautions cautioned | assure assures assured | inform informs informed | mentioned
signal signals signaled signalled | vow vows vowed | pledge pledges pledged | forecast forecasts forecasted
observe observes observed observing | propose proposes proposed proposing | name names named
reaffirm reaffirms reaffirmed reaffirming | affirm affirms affirmed affirming | countered | felt |
imply implies implied implying | recognise recognises recognised recognize recognizes recognized
commented commenting | opine opines opined opining
"""
_VERBS = _VERB_GROUPS.replace("|", " ").split()
BASE_FORMS = frozenset(g.split()[0] for g in _VERB_GROUPS.split("|") if g.split())
"""The base form of each speech or cognition verb ('say', 'tell', 'claim'): after 'a' it is a noun ('a claim')."""
CUE_VERBS = frozenset(_VERBS) - {"point", "calls", "continue", "continued", "know", "knows", "knew", "ascribe", "ascribes",
                                 "ascribed", "fear", "fears", "feared", "hope", "hopes", "hoped", "expect", "expects", "expected",
                                 "learn", "learns", "learned", "learnt", "post", "posts", "posted"}
"""Verbs that take a clause ("X said (that) ..."); "found", "show" and "ruled" only with a study- or court-like subject."""

OUT_CUES = frozenset("point points pointed pointing".split())
"""Cues that report with the particle 'out' ('Bennett pointed out that C'): the particle is the cue's, not the content's."""

FINITE_SPEECH = frozenset("said says told tells added adds wrote writes stated states warned warns insisted insists argued argues "
                          "reported reports announced announces confirmed confirms".split())
"""Finite verbs of speech that report a statement as made ('said', 'reports'): the core that the frames' own sets of finite
speech cues extend (a circumstance after one, a tail that passes one on)."""

ADDRESSED_SPEECH = frozenset("""said says wrote writes explained explains complained complains admitted admits announced announces
    declared declares stated states mentioned mentions suggested suggests confided confides boasted boasts""".split())
"""Speech verbs that name the addressee with 'to' before their clause ('said to the council that C'; not 'agreed to the deal
that …'): stages/frames/hearer.py."""

OBJECT_CUES = frozenset("told tell tells telling informed inform informs assured assure assures warned warn warns urged advised".split())
"""Cues whose first object is the hearer: "told the Guardian that ...", "told reporters"."""

DOUBT_CUES = frozenset(
    """claim claims claimed claiming allege alleges alleged alleging suggest suggests suggested suggesting
    estimate estimates estimated estimating believe believes believed believing speculate speculates speculated
    think thinks thought predict predicts predicted expect expects expected reckon reckons reckoned fear fears feared""".split()
)
"""Cues that signal the article does not vouch for the content (GUIDE: hedged)."""

EVIDENCE_CUES = frozenset("suggest suggests suggested indicate indicates indicated".split())
"""Speech verbs that also say what evidence points to ('the readings suggest C'): inside a report, with such a subject, the
clause is the reporter's (stages/frames/vetoes.py)."""
STUDY_CUES = frozenset("found finds find finding show shows showed shown concluded concludes ruled rules established establishes "
                       "demonstrated demonstrates discovered discovers uncovered uncovers".split())
STUDY_SUBJECTS = re.compile(r"\b(?:study|studies|research|report|reports|survey|poll|analysis|data|figures|investigation|researchers|"
                            r"statistics|statisticians|census|averages?|polling|transcripts?|slides?|documents|records|tally|footage|surveys|polls|"
                            r"timeline|results|emails|estimates|projections|evidence|filings|"
                            r"scientists|review|paper|inquiry|audit|trials?|mission|commission|testing|tests|experiments?|authors"
                            r"|(?:research|study|science|scientific|medical)\s+teams?|teams?\s+of\s+(?:researchers|scientists)|[’']s\s+team"
                            r"|court|courts|judge|judges|justice|justices|jury|tribunal|panel|inquest|coroner|magistrates?"
                            r"|judgment|judgement|ruling|verdict)\b", re.I)


VERB_CUES = frozenset(
    """deny denies denied denying questioned advise advises advised advising urge urges urged
    urging blame blames blamed blaming accuse accuses accused accusing characterize characterizes characterized
    characterise characterises characterised criticize criticizes criticized criticizing criticise criticises criticised
    criticising condemn condemns condemned condemning recommend recommends recommended recommending attacked
    supposes expects identified charged charges charging""".split()
)
"""Speech acts without a that-clause: the content span starts at the verb ("denies the two explosions are
related" keeps its polarity; "questioned the President's power ...")."""


_STANCE_GROUPS = """
endorses endorsed | favors favored favours favoured | supports supported | opposes opposed | backed | rejects rejected
dismissed | praises praised | hailed | welcomed | derided | demands demanded | requests requested | defends defended | disputes disputed
challenged | reasserted | underlines underlined | underscores underscored | envisions envisioned | envisaged | projected
slammed | blasted | decried | lambasted | denounces denounced | applauded | championed | advocates advocated
disagreed | disagrees | wanted | threatened | considers | considered | regarded | viewed | longed | offered | asked
focused | doubts doubted | sees saw see views
questioning | touting | promoting | pushing | attacking | blasting | slamming | praising | criticizing | defending | endorsing
| backing | supporting | opposing | rejecting | citing | mocking | lamenting | hailing | decrying | applauding
| championing | disputing | challenging | ridiculing | highlighting | advocating | denouncing | dismissing | welcoming
"""
STANCE_VERBS = frozenset(_STANCE_GROUPS.replace("|", " ").split())
ASSERTING_STANCE = frozenset("underlines underlined underscores underscored reasserted highlight highlights highlighted".split())
"""Stance verbs that, with a that-clause, assert it ('underscored that C', 'highlighted that C'): the clause is the content,
as after 'said that' (stages/frames/active.py for the stances, stages/second_frames.py for 'highlighted')."""
THAT_CLAUSE = re.compile(r"\s+that\s+")
"""The 'that' opening the clause after an asserting stance."""
DOUBT_VERBS = frozenset("doubts doubted".split())
"""A view held against something ('doubts the commitment made by …'): a stance, and a report of what its holder thinks."""
"""Verbs whose object is a position the subject takes ("endorsed the Green New Deal"); the frames' stance rules decide when."""
STANCE_PHRASE_HEADS = frozenset("expressed expresses raised renewed commented called refused refuses referred introduced "
                                "professed professes".split())
"""Heads of a multi-word stance cue, which ends on its noun: 'expressed opposition to Defund the Police' goes on with 'to'."""
STANCE_NEEDS_AS = frozenset("considers considered regarded regards viewed views sees saw see".split())
"""A position only with 'as' or 'to be' after the object: 'regarded technology … as …', 'considers it a PCI', 'sees the
calendar as favorable' ('saw the tower as it fell' is no position: stance.py)."""
STANCE_PROGRESSIVE = frozenset("""questioning touting promoting pushing attacking blasting slamming praising criticizing defending
    endorsing backing supporting opposing rejecting citing mocking lamenting hailing decrying applauding championing
    disputing challenging ridiculing highlighting advocating denouncing dismissing welcoming""".split())
"""Stance verbs in '-ing' that report a position only after 'is', 'are', 'was', 'were' ('Trump is once again questioning the
integrity of the U.S. voting system'); after a comma or a noun they are a participle ('a super PAC backing Bush')."""
STANCE_NEEDS_NAME = frozenset("focused".split())
"""A position only for a named subject or a pronoun: 'Pierce focused on providing further training for officers' (a
stance); 'The study focused on particulate matter' names the study's topic."""
STANCE_NEEDS_TO = frozenset("wanted threatened threaten threatens longed".split())
"""A position only with what is wanted after it ('wanted to …', 'wanted the …', 'threatened to …')."""
ACT_PARTICLES = ("by", "up", "down", "away", "off", "out", "into", "onto", "from", "over", "through", "itself", "himself", "herself",
                 "themselves")
"""After a stance verb, a passive or a particle makes it an act: 'backed by the EU', 'backed down'."""
ACT_OBJECTS = ("title", "titles", "crown", "belt", "goal", "goals", "net", "lead", "wicket", "championship", "weight", "body", "bodies",
               "car", "cars", "truck", "vehicle", "door", "wall", "ball", "guests?", "visitors?", "baby", "babies", "troops", "army",
               "forces")
"""Sporting and physical objects that make a stance verb an act: 'defended his title' ('guests?' is a regex)."""

_NEGATED = "isn't aren't wasn't weren't hasn't haven't hadn't didn't doesn't don't won't wouldn't can't couldn't".split()
"""Negated auxiliaries ('isn't saying', "didn't suggest"), with either apostrophe in AUXILIARIES."""
AUXILIARIES = ("has have had was were is are will would also then further later previously again earlier repeatedly publicly "
              "firmly not did does do both yesterday today once recently subsequently initially originally strongly sharply openly "
              "immediately separately privately formally officially bluntly angrily flatly swiftly quickly almost nearly always often "
              "consistently frequently").split() + [
    *_NEGATED, *(w.replace("'", "’") for w in _NEGATED),
    "had previously", "went on to", "go on to", "goes on to", "continued by", "continues by", "ended by"]
"""Words between a subject and its cue verb: "had previously also said", "went on to say"."""
BETWEEN_QUOTES = frozenset({"continued", "continues"})
"""Cues only between two parts of one quote: '“Overall,” he continued, “the presence …”' ("continued to rise" is no cue)."""
THINK_VERBS = frozenset("expects expect expected believes believe believed thinks think thought hopes hope hoped fears fear "
                   "feared supposes suppose".split())
"""Verbs of thought: after a report of speech ("said she expects …") the thought is part of what was said."""
SPEECH_ING = frozenset("saying adding claiming insisting stating arguing warning noting explaining alleging asserting "
                        "blaming accusing denying announcing confirming reporting revealing suggesting predicting estimating "
                        "recommending implying criticizing criticising condemning acknowledging admitting declaring disclosing "
                        "emphasizing emphasising stressing telling urging calling".split())
"""Participles of speech: after a comma they report for the main clause's subject ("…, saying C")."""
