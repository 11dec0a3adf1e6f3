"""What a stretch before a cue looks like word by word, for the subject finder (subject.py): whether it opens with a
participle, is a short plural noun phrase, or ends where no noun phrase ends; what trails a subject without being part of
its name (its place, its date)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.determiners import ARTICLES
from reader.core.claims.lexicon.prepositions import NOT_APPOSITIVE
from reader.core.claims.lexicon.time import DAY_PARTS, MONTHS, PERIODS, WEEKDAYS
from reader.core.text.language import FUNCTION_WORDS

NO_SUBJECT_END = frozenset(NOT_APPOSITIVE + ("before", "after", "without", "despite", "upon", "since", "of", "by", "than"))
"""Words no subject ends with: a stretch that does is a clause and its preposition or subordinator ('… before explaining')."""
_HEAD_END = frozenset(("in", "of", "from", "at", "for", "across", "around", "inside", "outside", "near"))


def plural_head(words: list[str]) -> bool:
    """A short noun phrase headed by a plural common noun with a place or group after it: 'protest organizers in
    Cleveland', 'guards at the scene' (not 'received certain shares of the profits', 'soon shows symptoms of': no verb
    before the head noun)."""
    head = next((words[:i] for i, w in enumerate(words) if w in _HEAD_END), words)
    if words[-1].lower() in FUNCTION_WORDS or words[-1].lower() in ARTICLES:
        return False  # 'loiters for a': the phrase after the head has no noun
    return 1 <= len(head) <= 3 and len(words) <= 8 and head[-1].endswith("s") and head[-1].isalpha() and head[-1].islower() \
        and not any(w.endswith("ed") or w.endswith("s") for w in head[:-1]) and not head[-1].endswith("ed")


def gerund_first(words: list[str]) -> bool:
    """A stretch opening with a participle ('Speaking at the event the minister said', 'Having already described him'),
    not a name ending in -ing ('King said') or a short plural noun phrase after one ('Beijing officials said')."""
    if not words[0].endswith("ing") or len(words) == 1:
        return len(words) == 1 and words[0].islower() and words[0].endswith("ing")
    return words[1][:1].islower() and not (len(words) <= 3 and words[-1].endswith("s"))


IN_PLACE_END = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*$")
STATE = re.compile(r"(?:(?:New|North|South|East|West)\s+)?[A-Z][a-z]+")
"""'<NP> in <City>, <State>,' before a cue: the second part is the first's place, never a person's name."""
OUT_WHEN = re.compile(r"\s+(?:out|released|published|conducted|taken|issued|compiled|unveiled|posted)\s+"
                      r"(?:(?:on|this|last|earlier|in|late|early)\s+)*"
                       r"(?i:" + alternation(WEEKDAYS + PERIODS + MONTHS) + r")\b(?:\s+\d{1,2}(?:[-–]\d{1,2})?)?$")
"""A source's date after it ('A University of New Hampshire poll out this week', 'emails released this week'): when it
appeared, no part of its name."""
ON_WHEN = re.compile(r"(?<!\bMail)(?<!\bIndependent)\s+(?:(?:on|this|last|earlier|late|early)\s+)+(?i:" + alternation(WEEKDAYS + PERIODS + MONTHS)
                     + r")\b(?:\s+\d{1,2})?(?:\s+(?:" + alternation(DAY_PARTS) + r"))?$|\s+(?:yesterday|today)$")
"""When the source spoke, between it and its cue ('The minister on Tuesday rejected', 'Sen. Ann Lee last week
said'): no part of its name (the outlets 'The Mail on Sunday' and 'The Independent on Sunday' are names)."""
_DATE_WORDS = frozenset(WEEKDAYS + PERIODS + MONTHS + DAY_PARTS + ("yesterday", "today"))
"""The words OUT_WHEN and ON_WHEN can end on (or a day's number after them): a stretch ending otherwise needs no search."""


def date_tail(ms: str, a: int, e: int, words: list[str]) -> int | None:
    """Where a source's date after it starts in the stretch a..e (its `words`), or None when it has none."""
    if len(words) < 3 or not (words[-1].lower() in _DATE_WORDS or words[-1][:1].isdigit()):
        return None
    out = OUT_WHEN.search(ms, a, e) or ON_WHEN.search(ms, a, e)
    if out is None or out.start() <= a or ms[a : out.start()].split()[-1].lower() in NO_SUBJECT_END:
        return None  # 'A … poll released in late August found': the date belongs to the participle
    return out.start()
EVEN_CLAUSE = ("So", "As", "If", "Though", "When", "Before", "After", "Now", "Then", "While", "Still")
"""'Even so', 'Even as X said': 'Even' opens a clause there, no focus on a name."""
BODY_BEFORE = re.compile(r"\b((?:the|a|an)\s+(?:[\w.’'&-]+\s+){0,3}[\w.’'&-]+|(?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*),\s*$")
"""A body named before ', which said' ('the opposition', 'the European Commission'), never a year or a common noun
without its article ('in 2019, which', 'of brain cancer, which'): the antecedent of 'which'."""
WHICH_VERB = re.compile(r"(?:said|says|told|tells|announced|announces|reported|reports|denied|denies|stated|states|claimed"
                        r"|claims|argued|argues|insisted|insists|warned|warns|noted|notes|contended|contends|maintained|maintains"
                        r"|confirmed|confirms|acknowledged|acknowledges)\b")
"""A verb of speech agreeing with a singular 'which' ('the opposition, which said'); not a base form ('which state media
said …'), nor a record's verb ('new figures from the World Food Programme, which showed …': the figures showed it)."""


def last_comma(ms: str, lo: int, end: int) -> int:
    """The last comma in ms[lo:end] that marks a boundary, -1 if none: a thousands separator ('83,000 patients') is part
    of its number; a bracket that opens the sentence and is not closed before `end` is one too ('(The magazine says it
    tracks …)')."""
    b = ms.rfind(",", lo, end)
    while b > lo and ms[b - 1].isdigit() and ms[b + 1 : b + 2].isdigit():
        b = ms.rfind(",", lo, b)
    opened = ms.find("(", lo, end) if b < 0 else -1
    return opened if opened >= 0 and not ms[lo:opened].strip() and ms.find(")", opened, end) < 0 else b


ISSUED_TAIL = re.compile(r"(?<=[a-z])\s+(?:published|released|issued|unveiled|posted|filed|submitted|produced)$")
"""A participle of publishing left after a document's noun once its date is cut ('The guidance published [today]', 'The
report released [today]'): no part of the document's mention."""


def before_issued(ms: str, a: int, e: int) -> int:
    """Where the stretch a..e ends without a trailing participle of publishing (`ISSUED_TAIL`)."""
    issued = ISSUED_TAIL.search(ms, a, e) if ms.endswith("ed", a, e) else None
    return issued.start() if issued and issued.start() > a else e


NOT_BAD = re.compile(r"^(?:This|That|These|Those)\s+(?=[a-z])|^(?:[Mm]ore|[Ll]ess|[Ff]ewer)\s+than\s+(?=(?:half|a\s+(?:third|quarter|fifth|dozen)|"
                     r"two-thirds|three-quarters|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:hundred|thousand|million))\b)")
"""Words of a subject that look like a clause's but are a determiner ('That person said'), or a share ('More than half of
respondents said'): not counted against the stretch being a noun phrase."""
DEMONSTRATIVE_NP = re.compile(r"(?:This|That|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}"
                              r"(?!(?:is|are|was|were|has|have|had|will|would|may|might|can|could)\b)[a-z][\w-]*(?<!ly)")
"""A demonstrative and its noun as a whole subject ('That person', 'This senior official'): no subordinator 'that'."""
HOMETOWN = r"(?:,\s+(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s+[A-Z][\w.’'-]*)?)?"
"""Where a person named before a cue is from, set off after the name or age ('Harry Bond, 30, of Raleigh, N.C., who …')."""
QUOTE_LEAD = r"[“\"][^“”\"]{1,400}[”\"]\s*"
"""A quote before the names of its speaker (a pattern piece: '“Q,” Harry Bond, 30, who …, said')."""


AND_CLAUSE_TAIL = re.compile(r"\sand\s+(?:(?P<s>he|she|they|we|(?![A-Z][\w.’'-]*[’']m\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
                             r"|(?P<n>(?:the|its|his|her|their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)|(?<![a-z]s\sand\s)(?P<p>[a-z][\w-]*s))$")
"""The subject of a clause joined by 'and' right before its cue, when a verb stands before the 'and' ('said the mill was
safe and Ann Lee said', '… and residents said'): a name, a pronoun, a definite noun phrase of one or two words, a bare
plural; a clause of its own, not a nested report ('and that Ann Lee said' is one). Not a name after a capitalised word
('Tom Baker and Ann Lee said'), nor a plural after a plural ('millers and farmers said'): those are one subject."""


def ends_clause(stretch: str) -> bool:
    """Whether the last word of the stretch before an 'and' may end a clause rather than open a name the 'and' joins to the
    next ('Tom Baker and Ann Lee'): a word in lower case, a closing mark, a weekday ('… closed on Monday and the mayor said')."""
    words = stretch.split()
    return bool(words) and (words[-1][0].islower() or words[-1][-1] in "!?”\")" or words[-1].lower() in WEEKDAYS)
