"""The cue pattern: cue phrases (named rules, tried first) and single cue verbs after optional auxiliaries.

A frame starts where a cue matches in the masked sentence. The phrases are rules of their own (a phrase that
matches is the frame's cue rule); a single verb is named by the list it comes from (lexicon/cues.py). The
paragraph gate of the whole pattern is derived from it (`CUE_GATE`): a paragraph holding none of those words
has no frame, and its sentences are not searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.claims.lexicon.cues import AUXILIARIES, BETWEEN_QUOTES, CUE_VERBS, STANCE_VERBS, STUDY_CUES, VERB_CUES
from reader.core.claims.rules import Rule, derive_gate
from reader.core.claims.rules.gate import word_starts
from reader.core.text.alternation import by_first_char

PHRASES = (
    Rule(id="cue.refused-to-rule-out",
         why="'refused to rule out C': a report that C may be so",
         example="However, he refused to rule out the use of nuclear weapons if Russia faced an “existential threat”.",
         pattern=re.compile(r"\b(?:refused|refuses|refuse|declined|declines|decline) to rule out\b")),
    Rule(id="cue.went-on-to-say",
         why="'went on to say C': one cue, not the verb 'went'",
         example="He went on to say thousands of deaths could be prevented.",
         pattern=re.compile(r"\bwent on to (?:say|add)\b")),
    Rule(id="cue.offered-estimate",
         why="'offered a conservative estimate that C': the phrase is the cue, its noun says what C is",
         example=("The precise scale of Russian losses remains unconfirmed but last week, American intelligence offered a conservative estimate "
                  "that 7,000 Russian troops had been killed in the conflict."),
         pattern=re.compile(r"\b(?:offered|gave|made|issued|provided) (?:a |an )?(?:\w+ ){0,2}"
                            r"(?:estimate|assessment|prediction|warning|claim) that\b")),
    Rule(id="cue.reads-colon",
         why="'The summary of the decision read in part: C': a document reads out its words",
         example=("The summary of the decision read in part: \"This Court has already concluded that the Prime Minister's advice to Her Majesty "
                  "was unlawful, void and of no effect."),
         pattern=re.compile(r"\b(?:read|reads)(?:,? in part,?)?(?=\s*:)")),
    Rule(id="cue.possessive-argument",
         why="'The government's counter-argument was that C': the possessor argues C",
         example="The government's counter-argument was that prorogation is a political tool given by the legislature to the executive branch.",
         pattern=re.compile(r"(?<=[’']s )(?:counter-)?(?:argument|position|view|contention|response|defen[cs]e|explanation|conclusion|assessment)"
                            r" (?:was|is|has been|had been|remains|remained) that\b")),
    Rule(id="cue.following-statement",
         why="'The ministry released the following statement: “Q”': the subject says Q",
         example=("Earlier this week, an official government Twitter account made the following announcement: \"Latest update: 3,728 measles "
                  "cases have been reported since the outbreak with 198 recorded in the last 24 hours."),
         pattern=re.compile(r"\b(?:made|issued|released|posted|gave|published) the following "
                            r"(?:announcement|statement|message|tweet|post|update|remarks?)\b")),
)
"""Multi-word cues, tried before the single verbs (the first that matches at a place wins)."""

STANCE_PHRASES = (
    Rule(id="cue.expressed-concern",
         why="'expressed concern about X': a position the subject takes",
         example="Pierce and Carroll endorsed charter schools, though Carroll expressed concerns about for-profit schools.",
         pattern=re.compile(r"\bexpress(?:ed|es)\s+(?:(?:his|her|their|its|our|my|an?|the|some|deep|serious|grave|strong|growing|full|further)\s+){0,2}"
                            r"(?:concerns?|support|opposition|interest|doubts?|hope|regret|scepticism|skepticism|frustration|dismay|alarm|confidence)\b")),
    Rule(id="cue.raised-concerns",
         why="'raised concerns about X': a position",
         example=("All supported the removal of US troops from Afghanistan though Pierce and Carroll raised concerns about the problems that "
                  " could arise from a hasty withdrawal."),
         pattern=re.compile(r"\braised\s+(?:(?:serious|new|further|grave)\s+)?(?:concerns?|questions|doubts)\s+(?:about|over|on|regarding)\b")),
    Rule(id="cue.renewed-support",
         why="'renewed his support for X': a position",
         example=("Hawkins renewed his support for the Green New Deal and an Economic Bill of Rights, and added a call for the abolition of "
                  "nuclear weapons."),
         pattern=re.compile(r"\brenewed\s+(?:his|her|their|its)\s+(?:support|call|calls|opposition|commitment)\b")),
    Rule(id="cue.refused-to",
         why="'refused to disavow X': a position by refusal ('refused to rule out' is a report cue)",
         example="Biden and Harris both refused to answer whether they would support Court packing.",
         pattern=re.compile(r"\brefus(?:ed|es)\s+to\s+(?:answer|disavow|condemn|say|confirm|deny|accept|acknowledge|concede|support|endorse|back|"
                            r"recogni[sz]e|apologi[sz]e|commit|reveal|disclose|release|discuss|debate|admit)\b")),
    Rule(id="cue.referred-to-as",
         why="'referred to hecklers as “ugly folks”': the name given is a quote by the subject",
         example="Biden referred to the people as \"chumps.\"",
         pattern=re.compile(r"\b(?:referred\s+to|introduced)\b(?=[^.;:“”\"]{1,60}?\sas\s+[“\"])")),
    Rule(id="cue.professed",
         why="'professed himself “deeply concerned”': a quote by the subject",
         example=("Pierce professed himself \"deeply concerned\" about the future of the US and endorsed using \"life\", \"liberty\", and "
                  "\"happiness\" as the measure of success."),
         pattern=re.compile(r"\bprofess(?:ed|es)\b(?=\s+(?:him|her|them)sel(?:f|ves)\s+[“\"])")),
    Rule(id="cue.commented-on",
         why="'commented on X': the comment is the subject's",
         example="Pierce commented on the unfairness of \"rigged polls\" excluding third party candidates.",
         pattern=re.compile(r"\bcommented\s+on\b")),
    Rule(id="cue.called-on",
         why="'called on the government to …': a demand, the subject's position",
         example="Carroll called on the US to end its involvement in foreign wars worldwide and to stop paying for wars on a credit card.",
         pattern=re.compile(r"\bcalled\s+on\s+(?:the\s+)?(?=[A-Z]|\w+\s+to\b)")),
)
"""Multi-word stance cues: the claim starts at the phrase."""

VERB_RULES = (
    Rule(id="cue.said",
         why="a verb of speech or thought that takes a clause: 'X said (that) C'",
         example="I think I got everyone.",
         triggers=CUE_VERBS),
    Rule(id="cue.verb-object",
         why="a speech act with an object, the content starts at the verb: 'X denied the report'",
         example="La Riva criticized any space agency as militaristic.",
         triggers=VERB_CUES),
    Rule(id="cue.study",
         why="'found', 'showed', 'ruled': a cue only with a study or a court as its subject",
         example="Following that reasoning, the Court of Session in Scotland ruled on September 11 the prorogation was unlawful.",
         triggers=STUDY_CUES),
    Rule(id="cue.stance",
         why="a position verb: 'X endorsed the Green New Deal'",
         example="La Riva said she fully opposed charter schools.",
         triggers=STANCE_VERBS),
    Rule(id="cue.continued",
         why="'“A,” he continued, “B”': a cue only between two parts of a quote",
         example="He continued, \"[a]nd we have never before seen a pandemic that can be controlled at the same time.\"",
         triggers=BETWEEN_QUOTES),
)
"""Single cue verbs by the list they come from (a verb in several lists is named by the first)."""

_VERB_RULE: dict[str, str] = {}
for _r in reversed(VERB_RULES):  # a verb in several lists is named by the first
    _VERB_RULE.update(dict.fromkeys(_r.triggers or (), _r.id))

_AUX = r"(?:(?:" + by_first_char(AUXILIARIES) + r")\s+)*"
CUE_RE = re.compile(
    r"(?P<phrase>" + "|".join(r.pattern.pattern for r in PHRASES if r.pattern)
    + r"|(?P<stance>" + "|".join(r.pattern.pattern for r in STANCE_PHRASES if r.pattern) + r"))"
    r"|\b(?P<aux>" + _AUX + r")(?P<verb>" + by_first_char(
        sorted(CUE_VERBS | STUDY_CUES | VERB_CUES | STANCE_VERBS | BETWEEN_QUOTES, key=len, reverse=True))
    + r")\b"
)
"""Auxiliaries and cue verbs branched by first character (see alternation.py): tried at every word boundary of a
cue sentence, a flat list of some 200 verbs was most of the extractor's time. The multi-word phrases go first, so
"offered a conservative estimate that" is the phrase, not the stance verb 'offered'."""

CUE_GATE: frozenset[str] = frozenset().union(*(derive_gate(r.pattern) or () for r in PHRASES + STANCE_PHRASES if r.pattern),
                                              *(r.triggers or () for r in VERB_RULES))
"""Words one of which every cue match holds, read off the parts CUE_RE is built from: each phrase's gate, and the
single verbs (each stands between word boundaries). A paragraph with none has no frame; tests/test_claims_gates.py
checks it against every expansion of CUE_RE itself."""
_STARTS = word_starts(CUE_RE)
assert _STARTS is not None, "every cue match starts with a known word"
CUE_STARTS = re.compile(r"\b(?:" + by_first_char(sorted(_STARTS, key=len, reverse=True)) + ")")
"""Where a cue match can start (read off CUE_RE): a single branched alternation scanned fast, CUE_RE tried only
there. `cue_matches` gives exactly the matches of CUE_RE.finditer."""


def cue_matches(ms: str, start: int) -> Iterator[re.Match[str]]:
    """CUE_RE.finditer(ms, start), found by trying CUE_RE only where a cue word starts."""
    end = 0
    for c in CUE_STARTS.finditer(ms, start):
        if c.start() < end:
            continue
        m = CUE_RE.match(ms, c.start())
        if m is not None:
            end = m.end()
            yield m


def cue_rule(m: re.Match[str], verb: str) -> str:
    """The id of the rule a cue match is: the phrase that matched there, else the list its verb comes from."""
    if m.group("phrase"):
        rules = STANCE_PHRASES if m.group("stance") else PHRASES
        start = m.start("phrase")
        return next(r.id for r in rules if r.pattern and r.pattern.match(m.string, start))
    return _VERB_RULE[verb]
