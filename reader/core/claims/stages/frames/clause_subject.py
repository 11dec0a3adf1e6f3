"""Subject-side helpers of the attribution frames (find.py): trimming, sentence openers, and the main-clause
subject that a cue without its own subject reports for ("X did not …, but said C", "X ruled …, finding that C")."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import INTRODUCING
from reader.core.claims.lexicon.connectives import CLAUSE_LEADS, OPENING_ADVERBS, SENTENCE_CONJUNCTIONS
from reader.core.claims.lexicon.cue_tail import RELATED_TO
from reader.core.claims.lexicon.cues import SPEECH_ING
from reader.core.claims.lexicon.post_marks import LANGUAGE_TAGS_END
from reader.core.claims.lexicon.pronouns import INDEFINITE_PRONOUNS
from reader.core.claims.stages.frames.model import Range
from reader.core.text.alternation import by_first_char
from reader.core.text.language import FUNCTION_WORDS

_OPENER_WORDS = ("but and however yet so meanwhile still also then now instead separately earlier later moreover with as while "
                 "although though because since after when before if until whereas which who where that furthermore additionally "
                 "likewise similarly indeed nonetheless nevertheless").split()
_OPENERS = re.compile(r"^(?:(?:" + by_first_char(_OPENER_WORDS) + r"|in\s+(?:addition(?!\s+to)|fact|turn))\b,?\s*)+", re.I)
"""Sentence openers, branched by first letter (the same matches: a branch of another letter fails at once either way)."""
_NOT_IN_SUBJECT = ("is are was were be been being not would will can could should may might must did does do "
                   "if because when while whether there here what this these those that has had have").split()
BAD_IN_SUBJECT = re.compile(r"\b(?:" + by_first_char(_NOT_IN_SUBJECT) + r"|" + "".join(rf"(?<!\b{w}\s)" for w in sorted(RELATED_TO))
                            + r"to|than(?!\s+\d)|[a-z]+n[’']t|[A-Za-z]+[’'](?:ve|ll|re|d|m)"
                            + r"|(?:also|still)\s+[a-z]{3,}(?<![sd])\s+(?:for|on|against|the|an?|his|her|its|their))\b")
"""A verb, modal or clause word, a negated one ('couldn't', 'won't') or one clipped onto a pronoun ('I've', 'they'll'): the
stretch is no noun phrase (branched by first letter: tried at every word of it). 'than' before a figure is part of a
quantity ('A study of more than 83,000 patients found'); 'to' after a relation ('Other advisers to the mill urged', 'sources
close to the campaign said': lexicon/cue_tail.RELATED_TO) is part of the noun phrase. 'also' or 'still' before a verb and its
object makes a clause too ('Farmers also call for higher prices while stressing C': the farmers, not all of it)."""
BRACKET_ASIDE = r"\((?!\()[^()]{1,40}\)"
"""A short aside in brackets after a name: a party and state ('(D-Va.)'), an age, an acronym (a pattern piece: an inverted
source stops before it; a relative-names subject and an inverted cue's content skip it)."""
_NOT_ADVERB = r"(?!(?!(?:family|assembly|supply|ally|rally|monopoly|anomaly|bully|reply|july|fly)\b)[a-z]+ly\b)"
"""No adverb ends an article's noun phrase: 'the newly appointed minister' is a subject, 'the newly' before a verb 'appointed'
none (a noun in '-ly' may end one: 'the family owned the mill')."""
_MAIN_SUBJECT = re.compile(
    r"(?:(?:\d[\d,]*|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty"
    r"|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Ss]everal|(?:[Dd]ozens|[Hh]undreds|[Tt]housands)\s+of))\s+(?:[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*s(?=(?:,\s+including\s+[^;:]{1,120}?,)?\s+[a-z])|(?:[Tt]he|An?)\s+[a-z]+ly\s+[a-z]+(?:ed|en)\s+[a-z][\w-]*"
    r"|(?:[Tt]he|An?)\s+(?:(?!(?:is|are|was|were|has|have|had|also)\b)[a-z][\w-]*\s+)?(?!(?:is|are|was|were|has|have|had|also)\b)"
    + _NOT_ADVERB + r"[a-z][\w-]*|(?:he|she|they|we)|(?:(?:[Tt]he|An?)\s+)?[A-Z][\w.’'&-]*(?:\s+(?:(?:of|and|the|for|de|al)\s+)*(?:[A-Z][\w.’'&-]*"
    r"|\d+(?:st|nd|rd|th)\s+[A-Z][\w.’'&-]*))*)"
    r"(?=(?:,\s+(?:including\s+[^;:]{1,120}?|(?:an?|the|his|her|its|their)\s+[^,;:“”\"]{1,80}|\d{1,3}),)?"
    r"\s+(?:(?:also|then|later|has|have|had|did|does|was|were|is|are|not)\s+)*(?:[a-z]{3,}ed|did|does|has|had|made|gave|took|wrote|spoke|sent|held|met|told|said|left|found|kept|led|won|lost|"
    r"saw|came|went|got|ran|became|began|brought|stood|sat|threw|drew|struck|sought|fought|caught|spent|paid|put|set|cut|broke|chose|"
    r"rose|fell|shook|wore|tore|hit|won|lost)\b|\s+(?:(?:also|then|later|has|have|had)\s+)*(?:was|were|is|are)\s+(?!(?:not\s+)?(?:[a-z]+ed|being|been|to)\b)"
    r"[a-z])"
)
_NAME_PRESENT = re.compile(r"(?:(?:The|An?)\s+)?[A-Z][\w.’'&-]*(?:\s+(?:(?:of|and|the|for|de|al)\s+)*[A-Z][\w.’'&-]*)*"
                           r"(?=\s+(?:also\s+)?[a-z]{2,}[a-rt-z]s\s+(?:the|an?|his|her|its|their|that|in|on|at|for|with|no|more|[A-Z\d])\b)")
"""A name with a verb in the present after it ('Acme Steel runs two plants … and says C'); a noun phrase of common nouns is
left out ('The company makes cars' reads as well as 'The company makes' before 'cars'), and so is a plural noun
before a verb ('Medicine students support the strike', read only before a cue in '-ing': _PLURAL_PRESENT); the verb's
object must follow it."""
_PLURAL_PRESENT = re.compile(
    r"(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll|[Ss]everal|[Oo]ther)\s+)?(?![A-Za-z]+ing\b)"
    r"(?:(?!(?:this|these|those|his|her|its|their|our|in|on|at|of|for|with|to|from|by|as)\b)[A-Za-z][\w-]*\s+){0,2}?"
    r"(?!(?:this|thus|does|less|news)\b)[A-Za-z][\w-]+[a-rt-zA-Z]s"
    r"(?=\s+(?:also\s+|still\s+|now\s+|often\s+)?(?!(?:are|were|have|had|do|did|can|could|will|would|may|might|must|should)\b)"
    r"[a-z]{3,}(?<![sd])\s+(?:(?:for|on|against)\s+)?(?:the|an?|his|her|its|their|this|that|these|those|more|no|[A-Z\d])\b"
    r"|\s+(?:also|still|now|often)\s+(?!(?:are|were|have|had|do|did)\b)[a-z]{3,}(?<![sd])\s+(?:for|on|against)\s)")
"""A plural noun phrase with a bare present verb after it, before a cue in '-ing' ('Medicine students support the strike,
claiming that C', 'Residents fear the worst, saying C'): the clause's subject (an auxiliary or a past is _MAIN_SUBJECT's)."""


def _subject_at(ms: str, verb: str, pos: int = 0) -> re.Match[str] | None:
    """The main clause's subject at `pos`; a name before a verb in the present only for a cue in the present ('runs … and
    says', not 'needs to sell herself and tell')."""
    return _MAIN_SUBJECT.match(ms, pos) or (_NAME_PRESENT.match(ms, pos) if verb.endswith("s") else
                                            _PLURAL_PRESENT.match(ms, pos) if verb.endswith("ing") else None)


_LEAD_ADVERBIAL = re.compile(r"(?:(?:[Bb]y|[Oo]n|[Aa]t|[Ii]n|[Dd]uring|[Ss]hortly(?:\s+thereafter|\s+after(?:wards)?)?|[Ll]ater|[Ee]arlier|"
                             r"[Tt]hen|[Mm]eanwhile|[Ll]ate|[Ll]ast|[Ee]arly|[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight)\b(?:[^,;:“”\"]|(?<=\d):(?=\d)){0,40}?(?:,\s*|\)\s+))+")
"""Time and place phrases before the subject: "By 5:00 pm EDT (2100 UTC) the city issued …", "Shortly thereafter, at 6:30 pm, the city …",
"Late last night, the mayor …"."""
_CONJUNCTION_LEAD = re.compile(r"(?:" + alternation(SENTENCE_CONJUNCTIONS + OPENING_ADVERBS, title=True) + r")\s+(?=[A-Za-z])")
"""A conjunction or an adverb that opens the sentence before its subject, with no comma ('But the court overruled and said C',
'Then she spoke to the farmers, calling the price unfair')."""
_UPON = re.compile(r"(?:^|[,;]\s*(?:where|when|as|while|and|but)?\s*)(?P<s>[^,;]*?)\b(?:upon|on|after|before|while|when)\s+$")
"""A gerund cue after 'upon/after/before …' in a clause: its subject opens that clause."""
CHANNEL_BEFORE = re.compile(r"\b(?:" + alternation(INTRODUCING) + ")"
                             r"(?:\s+[\w.-]+){0,3},?\s*$")
"""'X posted a message, saying', 'X expressed a similar view, saying': the main clause only introduces the report."""


_NO_MAIN_START = frozenset(("for", "in", "on", "at", "by", "with", "after", "before", "since", "during", "over", "under", "from",
                            "to", "as", "while", "when", "if", "although", "though", "because", "until", "despite", "amid"))
"""Words no main clause's subject opens with: a prepositional or subordinate lead comes first."""
_PHRASE_LEAD = re.compile(r"[A-Z][a-z]*\s[^,;:“”\"]{1,80},\s+")
_SUBORDINATE_LEAD = re.compile(r"(?:" + alternation(CLAUSE_LEADS, title=True) + r")\s[^,;:“”\"]{1,150},\s*")
"""A subordinate clause opening the sentence: the main clause's subject comes after its comma."""


def main_subject(ms: str, cs: int, verb: str) -> tuple[tuple[int, int], int] | None:
    """The sentence's own subject for a cue without one: 'X did not …, but said C', 'X ruled …, finding that C',
    'X posted a message blaming …': (subject span, frame start). After a channel noun the whole 'X posted a
    message' is the frame; otherwise the main clause before the cue stays the article's own statement."""
    before = ms[:cs]
    channel = None
    if verb.endswith("ing"):
        channel = CHANNEL_BEFORE.search(before)
        upon = _UPON.search(before)
        # "…, where Dr. X was met with applause upon announcing to journalists C": the clause's subject (', while saying C'
        # has no clause of its own: the main clause's subject)
        if upon and upon.group("s").strip():
            m = _subject_at(ms, verb, upon.start("s"))  # 'Farmers also call for higher prices while stressing C': the farmers
            return ((m.start(), m.end()), upon.end("s")) if m and m.end() < cs and not BAD_IN_SUBJECT.search(m.group(0)) else None
        by = _BY_END.search(before) is not None and (verb in SPEECH_ING and verb != "calling" or _THAT_OR_QUOTE.match(ms, cs + len(verb)))
        if not (channel or by or _COMMA_END.search(before) or _QUOTE_END.search(before)):
            return None
        if verb not in SPEECH_ING and not _THAT_OR_QUOTE.match(ms, cs + len(verb)):
            return None  # ", observing the rescue mission": a participle of perception, not a report
    elif not _BUT_AND_END.search(before):
        return None
    lead = _LEAD_ADVERBIAL.match(ms)
    sub = _SUBORDINATE_LEAD.match(ms)  # 'As explained on a blog post by X, Y support …': the main clause follows the comma
    inner = _SUBORDINATE_SUBJECT.search(ms, 0, cs) if verb in _SAID else None
    if inner is not None and _BUT_AND_END.search(before) and not _STOP_BEFORE.search(ms, inner.end("s"), cs):
        # 'The audience clapped as Ann Lee reached the podium and said C', 'When Ann Lee thanked the volunteers and said C, …'
        return inner.span("s"), cs
    conj = _CONJUNCTION_LEAD.match(ms)  # 'But the court overruled and said C': the subject after the conjunction
    m = _subject_at(ms, verb, sub.end()) if sub else _subject_at(ms, verb, conj.end() if conj else 0) \
        or (_subject_at(ms, verb, lead.end()) if lead else None)
    if m and m.group(0).split()[0].lower() in _NO_MAIN_START:  # 'For months, Cruz had praised Trump, stating C': Cruz
        phrase = _PHRASE_LEAD.match(ms)
        m = _subject_at(ms, verb, phrase.end()) if phrase else None
    if not m or m.end() >= cs or len(m.group(0).split()) > 9 or BAD_IN_SUBJECT.search(m.group(0)) or _EXPLETIVE.match(ms, m.start()) \
            or m.group(0) in ("he", "she", "they", "we") and not verb.endswith("ing"):  # a pronoun after an opener: a participle's subject only
        return None
    if not verb.endswith("ing") and open_relative(ms, m.end() + 1, cs):
        return None  # '… an article in which some protesters were interviewed and denied C': the relative clause's subject
    stop = _STOP_BEFORE.search(before)
    if stop and not (verb.endswith("ing") and stop.start() > m.end() and not _STOP_BEFORE.search(_INNER_QUOTE.sub("", before))):
        return None
    return (m.start(), m.end()), (m.start() if channel else cs)


_SUBORDINATE_SUBJECT = re.compile(r"(?:^|\s)(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Uu]ntil|[Oo]nce|[Ww]hereas)\s+"
                                  r"(?P<s>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)?\b"
                                  r"(?=[^,;:“”\"]*\s(?:and|but)\s+(?:also\s+)?$)")
"""A subordinate clause whose own subject, a name, the coordinated cue at its end shares ('as Ann Lee reached the podium and said';
not a pronoun: 'Tom Baker left the meeting after he lost the vote and said' is Baker's)."""
_SAID = frozenset("said says told tells added adds argued argues insisted insists claimed claims warned warns explained explains "
                  "noted notes declared declares announced announces stated states suggested suggests predicted predicts".split())
"""Verbs of saying that report a clause: the cues a subordinate clause's subject may share ('as Ann Lee reached the podium and said')."""
_COMMA_END = re.compile(r"(?:,(?:\s*(?:while|after|before|when))?|\s[–—-]|\swhile)\s*$")
"""The comma or dash before a participle cue that reports for the main clause's subject ('…, saying C', '… – saying C'), with
a subordinator after it ('…, while saying C')."""
_BY_END = re.compile(r"\sby\s*$")
"""'She responded by saying C': the means is a report when it is a verb of speech or has its clause or quote ('by calling him
out' is none)."""
_EXPLETIVE = re.compile(r"(?:It|There|Here|This|That)\s+(?:was|is|were|are)\b")
"""'It was not long after …, announcing C': an empty subject; nobody to report for."""
_QUOTE_END = re.compile(r"[”\"]\s*$")
"""'… an impassioned defense of “New York values,” saying C': the comma inside the closing quote (masked with its words)."""
_INNER_QUOTE = re.compile(r"[“\"][^“”\";:]{1,120}[”\"]")
"""A short quotation inside the main clause after its subject ('defense of “New York values,” saying'): no stop."""
_THAT_OR_QUOTE = re.compile(r"\s*(?:that\b|[“\"])")
_BUT_AND_END = re.compile(r"(?:,\s*|\s)(?:but|and)\s+(?:also\s+)?$")
_RELATIVE_BETWEEN = re.compile(r"\b(?:in|of|on|at|by|for|with|from|to|under)\s+(?:which|whom)\b|,?\s+(?:which|who|whom|where)\s")


def open_relative(ms: str, a: int, b: int) -> bool:
    """Whether a relative clause opens in ms[a:b] and no comma closes it before b: '… an article in which some protesters
    were interviewed and denied C' (not 'Priebus, who has been …, arrived … and acknowledged C', nor 'X recorded 63
    incidents, of which 18 are …, and noted C': the relative clause closed before the cue). The last one counts."""
    ends = [m.end() for m in _RELATIVE_BETWEEN.finditer(ms, a, b)]
    return bool(ends) and ms.find(",", ends[-1], b) < 0
_STOP_BEFORE = re.compile(r"[;”\"]|:(?!\d)")
_COORDINATORS = ("and", "but", "or", "while", "though", "although", "whereas")
_COORDINATOR_END = re.compile(r"\s+(?:" + "|".join(_COORDINATORS) + ")$")


def _end_marks_off(ms: str, a: int, b: int) -> int:
    """Where [a, b) ends without the spaces, commas, semicolons, colons, full stops and dashes at its end."""
    while b > a and (ms[b - 1].isspace() or ms[b - 1] in ",;:.—–-"):
        b -= 1
    return b


def trim_span(ms: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without the spaces, commas, semicolons, colons and dashes at its ends (a full stop too at its end) and
    without a trailing coordinator ("A, and"), which belongs to what follows."""
    while a < b and (ms[a].isspace() or ms[a] in ",;:—–-"):
        a += 1
    b = _end_marks_off(ms, a, b)
    if b > a and ms[b - 1] == ")" and ms.count("(", a, b) < ms.count(")", a, b):  # '(The magazine says it tracks …)': its bracket
        b = _end_marks_off(ms, a, b - 1)
    tag = LANGUAGE_TAGS_END.search(ms, a, b) if b > a and ms[b - 1] == "]" else None
    if tag and tag.start() > a:  # '… on Chinese black jails [zh]': the linked page's language, no word of the claim
        b = _end_marks_off(ms, a, tag.start())
    # a trailing coordinator belongs to what follows
    m = _COORDINATOR_END.search(ms[a:b]) if ms.endswith(_COORDINATORS, a, b) else None
    if m:
        b = a + m.start()
        while b > a and ms[b - 1] in ",;":  # "A, and found B": the comma before the coordinator too
            b -= 1
    return a, b


def opener_len(s: str) -> int:
    """Length of the run of openers ("But", "However,", "which", "after") that s starts with; 0 when none."""
    m = _OPENERS.match(s)
    return m.end() if m else 0


_WHO_DETERMINERS = ("the", "a", "an", "one", "two", "three", "some", "several", "many", "other", "most")
"""Words that may open an 'NP who …' subject ('A source who …', 'Two officials who …'); any other function word
opening it ('For who could tell …', 'he who …', 'Those who …', 'and who …') makes it none."""
_NO_HEAD = INDEFINITE_PRONOUNS
"""Nobody in particular, though no function word: 'someone who …'."""
_WHO_CLAUSE = re.compile(
    r"(?:(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _WHO_DETERMINERS) + r")\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*(?:\s+and\s+others|\s+and\s+other\s+[a-z]+)?"
    r"|[A-Z][a-z]+\s+of\s+(?:(?:the|[A-Z][\w.’'-]*)\s+){0,2}[A-Z][\w.’'-]*"
    r"|[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+){1,2}[a-z][\w-]*s|[A-Z][a-z]+s\s+(?:in|from|at)\s+[A-Z][\w.’'-]*"
    r"|(?P<those>(?:(?:[Aa]ll|[Mm]ost|[Mm]any|[Ss]ome|[Hh]alf|[Ff]ew|[Nn]one|[Bb]oth)\s+of\s+)?[Tt]hose))"
    r"\s+who(?:se)?\s+(?!(?:said|says|told|tells)\b)[^,;:“”\"]{3,100}")
"""A noun phrase and the restrictive clause that says which one ('A source who is directly aware of the meeting', 'The
state officials whose laws have been invalidated', 'Officials
who attended the meeting', 'people who were there') right before a cue: the source (rule subject.who-clause). 'Those who
spoke with the Herald', 'All of those who …' before a cue of their own are a group the clause picks out, unlike 'those who
say C' (the cue inside the clause: a class, nobody reported)."""


def who_clause(ms: str, lo: int, seg_end: int) -> Range | None:
    """The 'NP who …' subject filling the stretch before the cue, from its start or its last comma on."""
    b = max(ms.rfind(",", lo, seg_end), ms.rfind(";", lo, seg_end), ms.rfind(":", lo, seg_end))
    a, e = trim_span(ms, lo if b < 0 else b + 1, seg_end)
    a += opener_len(ms[a:e])
    m = _WHO_CLAUSE.fullmatch(ms, a, e)
    if m is None:
        return None
    np = ms[a : ms.find(" who", a, e)].lower().split()
    if m.group("those"):
        return a, e
    if np[0] in _NO_HEAD or np[-1] in FUNCTION_WORDS or np[0] in FUNCTION_WORDS and np[0] not in _WHO_DETERMINERS:
        return None  # 'For who could tell …', 'he who …', 'Those who …'
    return a, e
