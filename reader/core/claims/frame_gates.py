"""Word-level gates of the attribution frames (split from frames.py): when a cue word is a noun or an act rather than
a report of speech, and where a naming or passive frame's content ends."""

from __future__ import annotations

import re

from reader.core.claims.cues import _VERB_GROUPS

_NOT_SPEECH = {
    "call": re.compile(r"\s+(?:off|in\b|for\s+(?:(?:more|further|additional|new)\s+)?"
                       r"(?:records|documents|files|papers|evidence|information|data)\b)"),
    "name": re.compile(r"(?![^.;:,]{1,80}?\s(?:among|as\s+(?:the|an?|one)\s))"),
    "declar": re.compile(r"\s+(?:an?|martial|war|bankruptcy|independence)\b|\s+(?:the|his|its|their|him|her|it|them)\b"
                         r"(?:\s+(?!(?:is|was|were|are|has|had|have|will|would|could|that)\b)[^\s.;,:]+){0,14}?\s+(?:to\s+be|as|an?)\s"),
    "rule": re.compile(r"\s+(?:out\b|in\s+favou?r\b|against\b|for\b|on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"january|february|march|april|may|june|july|august|september|october|november|december)\b))", re.I),
    "atta": re.compile(r"(?!\s+(?:(?:the|his|her|their|its|this|that|these|those|an?)\s+)?(?:[\w’'-]+\s+){0,2}(?:proclamation|decision|"
                       r"move|plan|policy|policies|remarks?|comments?|statements?|law|bill|proposals?|idea|report|ruling|"
                       r"government|administration|media|press|critics|opposition|leadership|stance|position|record)\b"
                       r"|\s+(?:the\s+)?[\w“”\"’'-]+(?:\s+[\w“”\"’'-]+){0,2}\s+as\s+(?:an?|the)\s"
                       r"|\s+[A-Z][\w’'-]+\s+(?:for|on|over)\s+(?:[a-z]+ing|his|her|their|its)\b|\s+(?:the\s+|a\s+)?[“\"])"),
    "felt": re.compile(r"(?!\s+that\b|(?:\s+[\w’'-]+){1,8}?\s+(?:is|was|are|were|did|does|had|has|have|should|would|could|must|will|"
                       r"can|need|needs|needed)\b)"),
    "cond": re.compile(r"\s+to\b"),
    "thin": re.compile(r"[\s-]+tanks?\b"),
    "agre": re.compile(r"\s+on\b"),
    "iden": re.compile(r"(?![^.;:,]{1,80}?\sas\s)"),
    "charg": re.compile(r"(?!(?:\s+[\w’'-]+){1,6}\s+with\s)"),
    "recog": re.compile(r"(?!\s+that\b|[^.;:,]{1,80}?\sas\s)"),
    "claim": re.compile(r"\s+(?:the\s+)?(?:(?:lives|life|responsibility|credit)\b|(?:[\d,]+|\w+)\s+(?:more\s+)?(?:lives|victims)\b)"),
}
"""After 'call', 'declare' or 'claim': an object that makes the verb an act ("called for", "declared a state of
emergency", "declared the outbreak to be a pandemic", "claimed 6606 lives"), not a report of speech; 'attacked' is
speech only with an object that can be argued with ("attacked the proclamation", not "attacked a village"), 'identified'
only with 'as', 'charged' only with 'with' (an accusation: "charged the suspect … with capital murder"), 'felt' only before a
clause ("felt the sponsor should be …", not "felt the cold"), 'agreed on' an agreement reached, 'recognised'
only with 'that' or 'as'."""
_DEMONSTRATIVE_OBJECT = re.compile(r"\s+(?:this|these|those)\s+(?!(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|"
                                   r"autumn|fall|winter|season|time|past|day|days|weeks|months|years|is|was|were|are|has|had|have|will|"
                                   r"would|could|should|may|might|can|must|does|did)\b)[a-z]+\b"
                                   r"(?!\s+(?:is|was|were|are|has|had|have|will|would|could|should|may|might|can|must)\b)")
"""'He announced this change by live television': an object that points back, not reported content."""
_RAISING = re.compile(r"\s+to\s+(?:be|have|(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|me|him|them|us|reporters|"
                      r"journalists)\b)[a-z]+\s)")
"""'claimed to be …', 'claiming to represent …': an infinitive after 'claim' (a raising verb), not 'claimed to reporters'."""
_BASE_FORMS = frozenset(g.split()[0] for g in _VERB_GROUPS.split("|") if g.split())
_NOUN_CUE = re.compile(r"(?:counter-)?(?:argument|position|view|contention|response|defen[cs]e|explanation|conclusion|assessment)\b")
"""A cue noun after a possessive: "The government's counter-argument was that C" (see PHRASE_CUES)."""
_LEAD_WORD = re.compile(r"(?:On|In|At|By|During|Earlier|Later|Last|This|Early|Late|After|Before|Since|Following|Amid|Speaking)\b")
_NAMING = ("call", "describ", "characteri", "dub", "label", "term", "referred", "introduced", "profess")
_NAMED_AS = re.compile(r"[“\"][^“”\"]*[”\"](?:\s*,?\s*(?:and\s+|or\s+)?(?:an?\s+|the\s+)?[“\"][^“”\"]*[”\"])*"
                       r"(?=\s*(?:[.,;:)]|$|(?:from|by|of|among|in|at|for|over|after|against|about)\s))")
"""A naming verb's object in quote marks ends its content: "called the demand “unprecedented”", "called the senator a
“nasty guy,” an “anchor baby,” “unstable” and “sick.”" (not when a noun follows: 'a “use it or lose it” approach')."""
_PP_REST = re.compile(r"\s+(?:from|by|of|among|in|at|for|over|after|against)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+\s*[.,]?\s*$")
_COUNT_END = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozens|"
                        r"hundreds|thousands|\d*[02-9]|\d{2,})$", re.I)
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
_BY_AT_END = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z(][\w.’'&)-]*)*)\s*\.?\s*$")
_WITH_ABSOLUTE = re.compile(r"\s*,?\s*with\s+(?=[^,;:“”\"]*\b[a-z]{3,}(?:ed|en|ing)\b[^,;:“”\"]*\.?\s*$)")
_QUANTIFIER_BEFORE = re.compile(r"\b(?:any|some|no|many|few|several|more|further|numerous|repeated|such|these|those|other|all|"
                                r"both|multiple|various|fresh|new)\s+(?:[\w-]+\s+)?$")
_CHANNEL_LEAD = re.compile(r"\s*(?:In|in)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:statement|post|tweet|letter|release|"
                           r"interview|video|message|report|speech|op-ed|email)\s+")
_THINK = frozenset("expects expect expected believes believe believed thinks think thought hopes hope hoped fears fear "
                   "feared supposes suppose".split())
_NOT_ONLY = re.compile(r",[^,]{0,20}\bnot only\s*$")
