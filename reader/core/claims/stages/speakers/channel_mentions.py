"""Mentions that name a document or channel rather than its source ('A Gallup poll', 'a statement from the ministry',
'The chain's press release'): the patterns that find the source inside them, and the document to give as the via."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import CHANNEL_HEAD, CHANNEL_NOUNS, COURT_DOCUMENTS, FINDINGS, ISSUED_DOCUMENTS, PUT_OUT, PUT_OUT_BY
from reader.core.claims.lexicon.determiners import ARTICLES, DEFINITE
from reader.core.claims.lexicon.places import US_STATES
from reader.core.claims.lexicon.time import DAY_PARTS, MONTHS, PERIODS, SEASONS, WEEKDAYS
from reader.core.claims.lexicon.titles import ORG_WORDS

_STUDIES = tuple(f for f in FINDINGS if f not in CHANNEL_NOUNS)
"""Findings put out by a source ('an analysis by the Tax Policy Center'); 'of' after them names what was studied."""
_OF_STUDIED = (*_STUDIES, "poll")
"""Channels after which 'of' names what was studied or asked, never who put them out ('a poll of the farmers of the valley')."""
_WHEN = alternation(MONTHS + WEEKDAYS + DAY_PARTS + PERIODS + SEASONS)
"""A time between a channel's participle and its source ('a report issued over the summer by the agency')."""
CHANNEL_OF = re.compile(
    r"(?P<ch>(?:[\w’'-]+\s+){0,3}?(?:" + alternation(CHANNEL_NOUNS + _STUDIES) + r"))\s+(?:(?P<put>" + alternation(PUT_OUT_BY) + r")\s+"
    r"(?:(?:(?:in|on|over|during)\s+(?:the\s+)?|(?:last|this|earlier|late|early)\s+)(?i:" + _WHEN + r")\s+)?)?"
    r"(?:from|by|" + "".join(rf"(?<!{w}\s)" for w in _OF_STUDIED) + r"of)\s+"
    r"(?P<src>(?:the\s+)?[A-Z][^,]*?|the\s+[a-z][^,]*?|(?:[a-z][\w-]*\s+){1,2}[A-Z][^,]*?)(?=\s+(?:during|on|in|at|last|this|earlier|late|based)\b|\s+[-–—]\s|$)"
)
"""A channel named as the subject: "A statement from the ministry said" -> source the ministry, via the statement ('a report
issued in May by the agency': when it was put out may come between; 'a study by
economists Ann Lee and Tom Baker': the role before the names stays with them)."""

OWNED_CHANNEL = re.compile(
    r"(?P<owner>(?:the\s+|an?\s+)?[\w.&’'-]+(?:\s+[\w.&’'-]+){0,3}?)[’']s\s+(?:[\w-]+\s+){0,5}?(?:"
    + CHANNEL_HEAD.pattern[2:-2] + r"|summary|ruling|decision|judgment)$", re.I)
"""A channel owned by the source: "The chain's press release reported" -> the chain, via the press release."""
TIME_OWNER = re.compile(r"(?:(?:the\s+|this\s+|last\s+|next\s+)?(?:today|yesterday|tomorrow|tonight|"
                         + alternation([*WEEKDAYS, *MONTHS, *PERIODS, *DAY_PARTS]) + r")|\d{4})", re.I)
"""A time before a report's possessive ('Today’s report', 'Monday’s ruling', '2019’s audit'): when, not who issued it."""
ADJUNCT_CHANNEL = re.compile(
    r"(?:" + alternation(ARTICLES) + "|" + alternation(ARTICLES, title=True) + r")\s+(?!press\s|news\s|(?i:" + TIME_OWNER.pattern
    + r")\s|(?:" + alternation(US_STATES) + r")\s+\w+$)(?P<owner>[A-Z][\w.&’'/-]*(?:\s+[A-Z][\w.&’'/-]*){0,3}?|(?:[a-z][\w-]*\s+){0,2}?(?:"
    + alternation(sorted(ORG_WORDS)) + r"))\s+(?:" + alternation(ISSUED_DOCUMENTS) + r")"
    + r"(?:(?:" + "|".join(rf"(?<={w})" for w in _OF_STUDIED) + r")\s+of\s+[^,]+)?$")
"""An issuer named before its document: "according to a fire service statement" -> the fire service, via the statement
("a press release", "a news report" name no issuer; "the Oregon study" names where, "the June poll" when); a study's 'of'
tail is what was studied ('a Herald study of county tax rolls': the Herald)."""
PUT_OUT_CHANNEL = re.compile(
    r"(?P<owner>.+?)\s+(?:" + alternation(PUT_OUT) + r")\s+(?P<ch>(?:(?:" + alternation(DEFINITE + ("new",)) + r")\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + alternation(CHANNEL_NOUNS + FINDINGS) + "))$", re.I)
"""A source that put out a channel, as the subject of the channel's participle: "researchers at Imperial College London
posted findings estimating C" -> the researchers, via the findings."""
COURT_DOC = re.compile(r"(?:the\s+)?(?:(?:summary|text|copy|full\s+text)\s+of\s+(?:the\s+)?)?"
                        r"(?:" + alternation(COURT_DOCUMENTS) + ")$", re.I)
"""A court's document as the subject ("The summary of the decision read in part:"): the court named before."""
