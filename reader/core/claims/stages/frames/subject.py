"""The source side of an attribution frame: the subject (and an appositive role) left of a cue.

Each way of finding it is a named rule (rules/subject.toml: id, what it decides, a real example); the one that found the
source goes into the frame's rules. What follows the cue (hearer, time, channel) is read by hearer.py.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.adverbs import FLOATING, VERB_ADVERBS
from reader.core.claims.lexicon.channels import ISSUED, LAW_VERBS, LAWS
from reader.core.claims.lexicon.connectives import CLAUSE_LEADS, COORDINATORS, PARENTHETICALS
from reader.core.claims.lexicon.determiners import ARTICLES, DEFINITE, POSSESSIVES
from reader.core.claims.lexicon.numerals import UNITS
from reader.core.claims.lexicon.prepositions import LEAD_PREPOSITIONS, PP_OPENERS
from reader.core.claims.lexicon.pronouns import CLASS_BEFORE_WHO, IT_IS, SUBJECT_PRONOUNS
from reader.core.claims.lexicon.time import DAY_PARTS, MONTH_ABBREVIATIONS, MONTHS, PERIODS, WEEKDAYS
from reader.core.claims.lexicon.titles import HONORIFIC, NAME_TO, ROLE_HEADS
from reader.core.claims.lexicon.verbs import FINITE, IRREGULAR_PAST
from reader.core.claims.stages.frames import np_shapes
from reader.core.claims.stages.frames.appositive import VERB_START, appositive
from reader.core.claims.stages.frames.clause_subject import BAD_IN_SUBJECT, BRACKET_ASIDE, CHANNEL_BEFORE, opener_len, trim_span, who_clause
from reader.core.claims.stages.frames.model import Source, no_source
from reader.core.claims.stages.frames.np_shapes import BODY_BEFORE, EVEN_CLAUSE, NO_SUBJECT_END, WHICH_VERB, date_tail, gerund_first, plural_head
from reader.core.claims.stages.frames.release_names import person_before_title
from reader.core.claims.stages.speakers.channel_mentions import CHANNEL_OF

_AFFILIATION_PLACE = re.compile(
    r"(?:^|(?<=[,;:—–(“”\"]\s)|(?<=\.\s))(?P<s>" + HONORIFIC + r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s+of\s+(?:the\s+)?"
    r"[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+|at\s+)?[A-Z][\w.’'&-]*){0,5}),\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?$")
"""'<Name> of <Organisation>, <Place>' right before a cue: the place is the organisation's, the person the subject."""
_PARTICIPLE_SUBJECT = re.compile(
    r"(?![A-Z][a-z]+ly\b)(?P<s>(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Oo]ther)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}(?:[A-Z][\w.’'-]*|[a-z]+s)"
    r"(?:\s+(?:of|in|from)\s+(?:[\w’'-]+\s+){0,2}?[a-z]+s){0,2})\s+"
    r"(?!(?:including|according|following|regarding|during|concerning|excluding|being|having)\b)[a-z]{2,}ing\s+"
    r"(?![^,;:“”\"]*\b(?:" + alternation(FINITE + ("will", "would", "that", "which", "who", "said", "says")) + r")\b)[^,;:“”\"]{3,80}"
    + "".join(rf"(?<!\b{w})" for w in DEFINITE) + "$")
"""'Democrats trying to regain control of the House say': a noun phrase (with up to two phrases of where or what it is
of: 'Owners of mills in two valleys'), then a participle phrase with no finite verb of its own; the noun phrase is the
subject."""
PARENTHETICAL_END = re.compile(r",\s*(?:" + alternation(PARENTHETICALS, spaced=True) + r")\s*,(?:\s*(?:who|which)\s[^,;:“”\"]{1,80},)?\s*$",
                               re.I)
"""'Brian Murphy, the chairman of …, for example, said', 'Sanders, meanwhile, who …, said': a linking adverb (and a
relative clause) between the subject and its cue."""
_PRONOUN = re.compile(r"^(?:" + alternation(SUBJECT_PRONOUNS + ("who",)) + ")$", re.I)
_SUBJECT_START = re.compile(
    r"(?:[A-Z\u00C0-\u00DE\d@]|(?:newspaper|broadcaster|website|magazine|tabloid|outlet|network|(?:news\s+)?agency)\s+(?=[A-Z])"
    r"|(?:(?:state|local|national|foreign|international|regional|independent|official)\s+(?:media|television|TV|radio)|media|former|acting|retired|then-\w+|senior|veteran|interim|the|a|an|one|some|several|many|most|two|three|four|five|other|its|his|her|their|our|"
    r"officials|police|experts|analysts|researchers|scientists|residents|sources|critics|aides|advisers|advisors|"
    r"witnesses|reports|authorities|investigators|prosecutors|lawmakers|democrats|republicans|voters|supporters)\b)"
)
_WHAT_NAME = re.compile(r"\bwhat\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*$")
_TIME_LEAD = re.compile(r"(?:This|Last|Next|On|Early|Late|In)\s+(?:" + alternation(WEEKDAYS + MONTHS, title=True) + "|"
                        + alternation(PERIODS + DAY_PARTS[:3]) + r"|(?:1[89]|20)\d\d)(?:\s+(?:" + alternation(DAY_PARTS)
                        + r"|\d{1,2}|(?:1[89]|20)\d\d))?,?\s+(?=[A-Za-z])")
_DATE_YEAR = re.compile(r"(?:1[89]|20)\d\d\s+(?=\S)")
_DATE_BEFORE = re.compile(r"(?:\b\d{1,2}|(?i:" + alternation(MONTHS) + r"|" + alternation(MONTH_ABBREVIATIONS) + r")\.?)\s*$")
"""A date's day or month before the comma that sets off its year ('On 2 April, 2012', 'On April 2, 2012')."""
_LEAD_PP_TAIL = (r")\s+(?:(?:" + alternation(ARTICLES + ("this", "that") + POSSESSIVES) + r")\s+)?"
                 r"(?:[a-z][\w-]*\s+){1,3}(?P<n>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})$")
_LEAD_PP = re.compile(r"(?:" + alternation(LEAD_PREPOSITIONS, title=True) + _LEAD_PP_TAIL)
_LEAD_PP_AFTER_TIME = re.compile(r"(?:" + alternation(LEAD_PREPOSITIONS) + _LEAD_PP_TAIL + r"|(?:" + alternation(LEAD_PREPOSITIONS)
                                 + r")\s+(?:the\s+)?[\w.’'-]+\s+(?=the\s+[A-Z])(?P<t>the\s+[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})$")
"""The same opener after a time word ('Today at the summit the Prime Minister', 'Today at the G20 the Prime Minister')."""
_PP_AFTER_TIME = re.compile(r"(?:" + alternation(LEAD_PREPOSITIONS) + r")\s")
_TIME_OPENER = re.compile(r"(?:Today|Yesterday|Tonight|Tomorrow|Earlier|Later|Meanwhile)\s+(?=[A-Za-z])(?!(?:is|was|will|has|had|said|says)\b)")
"""A time word opening the sentence with no comma after it ('Today the Prime Minister will tell …')."""


_NAMES = r"(?:[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,4})"
_COUNTED = (r"(?:(?:Some|Many|Most|Several|Both|All|Few|Dozens|Hundreds|Thousands|"
            + alternation([u for u in UNITS if " " not in u and u != "zero"], title=True)
            + r"|\d[\d,]*)(?:\s+of(?:\s+(?:the|their|its|his|her))?)?)")
"""A count or quantifier that opens a noun phrase ('Two of the farmers', 'Some farmers', '300 workers')."""
_RELATIVE_SUBJECT = re.compile(
    _NAMES + r"(?:,\s+(?:which|who)\s+[^,;:]{1,80},)?\s+and\s+(?P<last>" + _NAMES
    + r")(?:,?\s+(?:which|who)\s+[^,;:]{1,80})?,\s*$"
    r"|(?:" + _NAMES + r"|(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|" + _COUNTED + r")\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)(?P<last2>)"
    r"(?:,\s+\d{1,3}|\s+" + BRACKET_ASIDE + r")?" + np_shapes.HOMETOWN
    + r",\s+(?:(?:which|who|who[’']s)\s+[^,;:]{1,80}|whose\s+[^;:“”\"]{1,160}?),\s*$")
"""Names with relative clauses before a cue: "A, which makes X, and B which makes Y, said", "A, who chairs X, said",
"The company, which makes cars, said", "A, 24, who was visiting Manhattan, told", "A, who's thinking about running,
said"; an aside in brackets may follow the name ("Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said")."""
_LEAD_PHRASE = re.compile(r"\s*(?:" + np_shapes.QUOTE_LEAD + r"|(?:[A-Z][a-z]+ing|(?i:" + alternation(LEAD_PREPOSITIONS + CLAUSE_LEADS)
                          + r"))\b[^;:“”\"]{0,150}?,\s*)")
"""A lead-in phrase or quote before the subject ('Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has endorsed
Clinton, said', '“Q,” Harry Bond, 30, who …, said'); not a noun phrase the names are apposed to ('The ECB and its head, Mario Draghi, …')."""
_ROLE_BEFORE_NAMES = re.compile(r"\s*(?:(?i:" + alternation(COORDINATORS + ARTICLES + ("so", "yet")) + r")\s+)*"
                                r"(?P<r>(?:(?!(?:of|by|for|from|with|to|in|on|at|about|and|or)\b)[\w.’'-]+\s+){0,4}?(?i:"
                                + alternation(sorted(ROLE_HEADS)) + r")\s+)")
"""A title right before the names of a relative subject ('Former mayor Ann Lee, who …, said'): no preposition or
conjunction in it, so a noun the names depend on ('The report by Ann Lee, who …') is no title."""
_ISSUED_WHICH = re.compile(
    r"(?:^|(?<=[,;]\s))(?P<x>(?:[Tt]he\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,5}?)\s+(?:also\s+)?(?:released|issued|published|posted|put out|sent|"
    r"tweeted|shared)\s+(?:(?:" + alternation(DEFINITE) + r")\s+(?:[\w-]+\s+){0,2}(?:" + alternation(ISSUED) + ")"
    r"|(?:new\s+|latest\s+)?(?:data|figures|statistics|findings))\s+(?:which|that)$")
"""A channel issued by the subject that carries the words: "They released a statement which said", "the Census Bureau
released data which show" (figures need no article)."""
_LAW_WHICH = re.compile(
    r"(?P<x>(?:\d+\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}(?:" + alternation(LAWS, title=True) + ")"
    r"(?:\s*§+\s*[\d.()a-z]+)?(?:\s+[A-Z][\w-]*(?:\s+(?:of|on|for|and)\s+[\w-]+(?:\s+[\w-]+){0,3})?)?)\s*,?\s+(?P<w>which|that)$")
"""A law or charter that says what follows: "17 U.S. Code § 1201 Circumvention of copyright protection systems which says"."""
_LAW_SAYS = re.compile(r"(?:" + alternation(LAW_VERBS) + r")\b")
_SPEECH_PARTICIPLE = re.compile(r"(?:Concluding|Commenting|Speaking|Responding|Closing|Summing\s+up|Adding|Continuing|Replying|Reacting)"
                                r"\s+(?=(?:the|The|[A-Z][\w’'.-]+)\s)")
"""'Concluding the Minister said:', 'Commenting Dr Jane Roe added:': a press release's speech participle with no comma
before the speaker; the participle is the frame's, the noun phrase after it the source."""
_PP_START = re.compile(r"(?:" + alternation(PP_OPENERS, title=True) + r")\s")
"""A stretch before a cue that opens with a preposition and has no comma to close it is the circumstance, not the source."""
_AT_LEAST = re.compile(r"[Aa]t\s+(?:least|most)\s+(?:\d|(?:half|a\s+third|a\s+quarter|a\s+dozen|one|two|three|four|five|six|seven|eight"
                       r"|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)")
"""'At least half of farmers say C': a quantity that opens the subject, no place."""
_AND = re.compile(r"\s+and\s+")
_AND_OR_END = re.compile(r"\s(?:and|or)$")
_AND_OR_ENDS = ("and", "or", "and\n", "or\n")
"""How a text _AND_OR_END finds a match in ends ('$' also matches before a final newline): the search is run only then."""
_ADVERBS = VERB_ADVERBS + FLOATING
TRAILING_ADVERB = re.compile(r"(?:\s+(?:has|have|had))?(?:\s+(?:" + "|".join(_ADVERBS) + r"|(?!(?:family|assembly|supply|reply|ally|rally|anomaly|"
                              r"monopoly|homily|belly|bully|jelly|holly|folly|lily|daily|weekly|monthly|quarterly|early|only)\b)[a-z]{2,}ly))+$")
"""Adverbs between a subject and its cue (after an auxiliary: 'has already explained') belong to the verb: the listed ones and
manner adverbs in -ly ('She regretfully emphasized …': 'She'; nouns in -ly and 'daily'/'early', which modify nouns, are left)."""
_CONJ_TAIL = re.compile(r"\s(?:though|although|whereas|while|but|because|when|since|after|before|until|as|so|to\s+which)\s+"
                        r"(?P<s>(?:he|she|they|we|I|[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,4}))$")
"""'All supported the withdrawal though Pierce and Carroll raised concerns': after the first clause's verb phrase,
a subordinator opens a clause of its own, and the names after it are the next cue's subject (also a reply's 'to which':
'attacked Trump on paying fewer taxes to which Trump claimed he prepaid …')."""
_NP_AFTER_SUBORDINATOR = re.compile(r"\s(?:though|although|whereas|while|because|as)\s+"
                                    r"(?P<s>(?:the|its|his|her|their)\s+(?:(?!(?:before|after|above|below|so|such|very)\b)[\w’'-]+\s+){0,2}?"
                                    r"(?!(?:before|after|above|below)\b)[\w’'-]+)$"
                                    r"|\s(?:though|although|whereas|while|because|as|after|before|when|since|until|once)\s+"
                                    r"(?P<n>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)$|\s(?:but|yet)\s+(?!not\b)(?P<p>[a-z][\w-]*s)$"
                                    r"|\s(?:after|before|since|when|once|until)\s+(?P<q>(?:two|three|four|five|six|\d[\d,]*)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w’'-]*s)$")
"""A definite noun phrase, a short name or a counted plural after a subordinator, or people after 'but', ending the stretch before a cue
('… grew as the government', 'came after Merck had reported', 'comes after two influencers alleged', 'but officials said'): the subject."""
_ACCORDING_LEAD = re.compile(r"\s*(?:[Aa]ccording to|[Pp]er)\b[^,]*\)\s+(?=[a-z])")
_LOCATIVE = re.compile(r"(?<=[a-z])\s+(?:there|here)$")
_VERB_PHRASE = re.compile(r"\b(?!(?:during|including|according|following|regarding|concerning|excluding)\b)(?:[a-z]+ed|[a-z]+ing|"
                          + alternation(IRREGULAR_PAST) + r")\s+(?:" + alternation(DEFINITE) + r"|statements|messages|letters|tweets|posts)\b")
"""A verb before its object ('reached the', 'The senator won a number of … states', 'issued statements'): the stretch is a clause."""


_STRAY_COMMA = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|the)\s+){1,5}[A-Z][\w.’'-]*(?:\s+" + BRACKET_ASIDE + r")?,")  # a name alone
_ING_CUE = re.compile(r"[a-z]+ing\b")
_NAME_AFTER_CUE = re.compile(r"[a-z]+\s+(?:[A-Z]|(?:the|a|an)\s(?!(?:[\w’'-]+\s+){0,3}?(?:is|are|was|were|will|would|has|have|had|can|could"
                             r"|may|might|must|should)\s))")
"""A source after the cue ('And Trump, said Sunshine, …'), not a clause with its own verb ('Tom Baker, said the mill is safe')."""


def _participle_main(ms: str, a: int, verb: int, cue_start: int) -> Source | None:
    """'Tony Bobulinski held a press conference claiming C': before a cue in '-ing' after a channel (clause_subject's
    CHANNEL_BEFORE), the noun phrase before the main verb is the speaker; None when the cue is no such participle or
    that stretch is no noun phrase ('Syracuse showed an awkward but promising transition')."""
    if not _ING_CUE.match(ms, cue_start) or not CHANNEL_BEFORE.search(ms, verb, cue_start):
        return None
    a, e = trim_span(ms, a, verb)
    adv = TRAILING_ADVERB.search(ms, a, e)
    if adv and adv.start() > a:  # 'She also sent a tweet saying C'
        e = adv.start()
    src = _checked(ms, a, e, cue_start, False) if e > a else None
    return src._replace(rule="subject.before-channel") if src is not None and src.subject is not None else None


def _conj_subject(ms: str, a: int, e: int, cue_start: int) -> Source:
    """The subject after the last subordinator of a stretch that is no noun phrase, else none (after 'and' with a verb before it)."""
    tail = (_CONJ_TAIL.search(ms, a, e) or _NP_AFTER_SUBORDINATOR.search(ms, a, e)) if " " in ms[a:e] else None
    if tail is None and (tail := np_shapes.AND_CLAUSE_TAIL.search(ms, a, e) if " and " in ms[a:e] else None) is not None:
        tail = tail if np_shapes.ends_clause(ms[a : tail.start()]) and _bad_in_name(ms[a : tail.start()]) else None
    return _tail_source(tail) if tail is not None else no_source(cue_start)


def _tail_source(tail: re.Match[str]) -> Source:
    g = next(k for k in ("s", "n", "p", "q") if k in tail.re.groupindex and tail.group(k) is not None)  # the alternative that matched
    return Source(tail.span(g), None, tail.start() + 1, "subject.after-subordinator")


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _without_thousands(ms: str, lo: int, seg_end: int) -> str:
    """The masked text with the commas inside numbers blanked ('Acme, which employs 12,500 people, said': a number's
    comma sets nothing off; offsets unchanged)."""
    return _THOUSANDS.sub(" ", ms) if _THOUSANDS.search(ms, lo, seg_end) else ms


def find_subject(ms: str, lo: int, cue_start: int) -> Source:
    """The source left of a cue (subject, appositive role, start of the frame region, rule), or none."""
    seg_end = cue_start
    while seg_end > lo and ms[seg_end - 1].isspace():
        seg_end -= 1
    if seg_end <= lo:
        return no_source(cue_start)
    ms = _without_thousands(ms, lo, seg_end)
    par = PARENTHETICAL_END.search(ms, lo, seg_end) if ms[seg_end - 1] == "," else None
    if par:
        return _before_parenthetical(ms, lo, par.start(), cue_start)
    # the two patterns below end at the cue ('… which$', '…,$'): a stretch that does not end so skips them
    issued = _ISSUED_WHICH.search(ms, lo, seg_end) if ms.endswith(("which", "that"), lo, seg_end) else None
    if issued and not BAD_IN_SUBJECT.search(issued.group("x")):
        return Source((issued.start("x"), issued.end("x")), None, issued.start("x"), "subject.issued-which")
    law = _LAW_WHICH.search(ms, lo, seg_end) if ms.endswith(("which", "that"), lo, seg_end) and _LAW_SAYS.match(ms, cue_start) else None
    if law:  # "… violation of 17 U.S. Code § 1201 Circumvention of … systems which says “…”": the law says it
        return Source((law.start("x"), law.end("x")), None, law.start("w"), "subject.law-which")
    rel = _relative_names(ms, lo, seg_end) if ms[seg_end - 1] == "," else None
    if rel is not None:
        return rel
    if ms[seg_end - 1] == ",":
        src = appositive(ms, lo, seg_end, cue_start)
        stray = src.subject is None and _STRAY_COMMA.fullmatch(ms[lo:seg_end].strip()) and not _ING_CUE.match(ms, cue_start) \
            and not _NAME_AFTER_CUE.match(ms, cue_start)  # 'And Trump, said Sunshine, …' is inverted
        return _noun_phrase(ms, lo, seg_end - 1, cue_start) if stray else src  # 'James N. Miller, said …
    if ms[seg_end - 1] in "—–" or ms.endswith(" --", lo, seg_end):  # a dash may be typed as two hyphens
        return _dashappositive(ms, lo, seg_end, cue_start)
    paren = _PAREN_END.search(ms, lo, seg_end) if ms[seg_end - 1] == ")" else None
    if paren and paren.start() > lo and _DESCRIBES.match(paren.group(1)):  # 'Kasich (who has 25 delegates to date) said'
        src = find_subject(ms, lo, paren.start() + 1)
        if src.subject is not None:
            return src._replace(role=src.role or (paren.start(1), paren.end(1)))
    quoted_rel = _RELATIVE_QUOTING.search(ms, lo, seg_end) if ms[seg_end - 1] in "”\"" else None
    if quoted_rel:  # 'Humphrey, who calls Trump a “sociopath,” said': the name before the relative clause
        return _noun_phrase(ms, lo, quoted_rel.end("s"), cue_start)
    if ms.endswith(_AND_OR_ENDS, lo, seg_end) and _AND_OR_END.search(ms[lo:seg_end]):
        return no_source(cue_start)  # "…with Mills, Samuelson and Bentel and almost immediately disclosed": a second predicate
    quoted = _QUOTED_AS.fullmatch(ms, *trim_span(ms, lo, seg_end)) if ms.startswith(_AS_SAYING, cue_start) else None
    if quoted and not BAD_IN_SUBJECT.search(quoted.group("who")):  # 'The paper quoted the opposition leader as saying'
        return Source(quoted.span("who"), None, quoted.start(), "subject.quoted-as-saying", quoted.span("via"))
    who = who_clause(ms, lo, seg_end) if ms.find(" who ", lo, seg_end) >= 0 or ms.find(" whose ", lo, seg_end) >= 0 else None
    if who is not None:  # 'A source who attended the meeting said': the noun with the clause that says who it is
        return Source(who, None, who[0], "subject.who-clause")
    return _noun_phrase(ms, lo, seg_end, cue_start)


def _relative_names(ms: str, lo: int, seg_end: int) -> Source | None:
    """Names with their relative clauses before the cue's comma ('A, who chairs X, said'), after nothing but an opener,
    a lead-in phrase or a title ('Former mayor Ann Lee, who …, said'): the names are the subject, their relative clauses
    say who they are (the speaker stage drops them)."""
    if ms.find("and", lo, seg_end) < 0 and ms.find("wh", lo, seg_end) < 0:
        return None  # each match holds ' and ' (names joined) or 'which'/'who'
    rel = _RELATIVE_SUBJECT.search(ms, lo, seg_end)
    if rel is None:
        return None
    pre = ms[lo : rel.start()]
    if not pre.strip() or opener_len(pre.lstrip(" ,;")) == len(pre.lstrip(" ,;")) or _LEAD_PHRASE.fullmatch(pre):
        end = rel.end("last") if rel.group("last") is not None else rel.end("last2")
        return Source((rel.start(), end), None, rel.start(), "subject.relative-names")
    role = _ROLE_BEFORE_NAMES.fullmatch(pre) if rel.group("last") is None else None
    if role:  # 'Former mayor Ann Lee, who on Tuesday endorsed Baker, said': the title is the name's, the clause says who
        start = lo + role.start("r")
        return Source((start, rel.end("last2")), None, start, "subject.relative-names")
    return None


_AS_SAYING = ("saying", "telling", "writing")
_QUOTED_AS = re.compile(r"(?P<via>[^,;:“”\"]{2,80}?)(?<!\swas)(?<!\swere)(?<!\sis)(?<!\sare)(?<!\sbeen)(?<!\sbe)\s+(?:quot|cit)(?:es|ed|e|ing)"
                        r"\s+(?!(?:as|by|in)\b)(?P<who>[^,;:“”\"]{2,80}?)(?:\s+as)?")
"""'The paper quoted the opposition leader as saying C', 'Dawn.com quotes Chairman PTA Mohammed Yaseen saying that C': the
words are the quoted person's, passed on by the one who quotes them (rule subject.quoted-as-saying); not the passive 'The
mayor was quoted as saying C' (frame.quoted-as-saying)."""
def _before_parenthetical(ms: str, lo: int, comma: int, cue_start: int) -> Source:
    """The subject before ', for example,' (with its appositive role if it has one), or none: never the adverbial."""
    src = find_subject(ms, lo, comma + 1)  # 'NAME, ROLE, for example,': the appositive keeps its comma
    if src.subject is None or src.rule == "subject.after-adverbial":
        src = find_subject(ms, lo, comma)
    return no_source(cue_start) if src.subject is None else src


_RELATIVE_QUOTING = re.compile(r"(?P<s>[^,;:“”\"]{2,80}?),\s+(?:(?:who|which)\s+|[a-z]{3,}ing\s+)[^,;:“”\"]{0,80}?[“\"]x[x\s]{0,119}[”\"]$")
"""A relative clause or participle's phrase ending in a masked quotation before the cue ('Baker, calling it “a mess,” said')."""
_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?:" + alternation(sorted(w for w in ROLE_HEADS if w.isalpha() and w.islower()))
                             + r")\s+[A-Z]")
"""A lower-case role before a name ('blogger Varma', 'Egyptian novelist Ahdaf Soueif'): a subject."""
_PAREN_END = re.compile(r"\s*\(([^()]{2,80})\)$")
"""An aside in brackets right before the cue ('Kasich (who has 25 delegates to date) said')."""
_DESCRIBES = re.compile(r"(?:who|which|a|an|the)\s")
"""A bracketed aside that describes someone: a role or a relative clause (not an acronym, a handle, a party code or an
aside of the text's own: '(USCIRF)', '(@x)', '(D-NY)', '(he went by that name)')."""
_DASHED = re.compile(r"(?P<s>[^,;:—–“”\"]{2,80}?)\s+(?:[—–]|--)\s+(?P<r>[^—–;:“”\"]{2,100}?)\s+(?:[—–]|--)$")
"""'Jason Sims — a teacher from Mount Pleasant — says': a name, its description between dashes, the cue."""


_PARTICIPLE_BY = re.compile(r"[a-z]{3,}(?:ed|en)\s+by\s")
"""A participle with its agent as the aside ('The farmers — backed by the union — said'): it describes the subject."""


def _dashappositive(ms: str, lo: int, seg_end: int, cue_start: int) -> Source:
    """The subject before a description or relative clause set off by dashes ('NAME — ROLE — said', 'The mayor — who was
    elected last year — said'); none when the aside is a clause of another kind."""
    m = _DASHED.search(ms, lo, seg_end)
    relative = m is not None and (m.group("r").startswith(("who ", "which ")) or _PARTICIPLE_BY.match(m.group("r")) is not None)
    if m is None or not relative and (BAD_IN_SUBJECT.search(m.group("r")) or VERB_START.match(m.group("r"))):
        return no_source(cue_start)  # '— who was elected last year —', '— backed by the union —': they describe the subject
    src = _noun_phrase(ms, m.start("s"), m.end("s"), cue_start)
    rel = ms.find(", wh", m.start("r"), m.end("r"))  # '— Tom Baker, who lost the race —': the name, not its clause
    return src._replace(role=None if relative else (m.start("r"), rel if rel > 0 else m.end("r"))) if src.subject is not None else src


def _noun_phrase(ms: str, lo: int, seg_end: int, cue_start: int) -> Source:
    """The noun phrase after the last boundary before the cue, past openers, time phrases and trailing adverbs."""
    rfind = ms.rfind
    hyphen = rfind(" - ", lo, seg_end)  # a spaced hyphen is a dash: 'Inside the mosque - which looks like a church - Adel Nefzi said'
    b = max(np_shapes.last_comma(ms, lo, seg_end), rfind(";", lo, seg_end), rfind(":", lo, seg_end), rfind("”", lo, seg_end), rfind('"', lo, seg_end),
            rfind("—", lo, seg_end), rfind("–", lo, seg_end), hyphen + 1 if hyphen >= 0 else -1)
    paren = ms.rfind("(", lo, b) if b >= 0 and ms[b] == "," else -1
    if paren >= 0 and ms.find(")", b, seg_end) >= 0 and ms.find(")", paren, b) < 0:  # 'Ismail Ertug (S&D, DE) said'
        b = max(ms.rfind(",", lo, paren), ms.rfind(";", lo, paren), ms.rfind(":", lo, paren))
    a = lo if b < 0 else b + 1
    named = person_before_title(ms, lo, seg_end, a, b) if b >= 0 and ms[b] == "," else None
    if named is not None:
        return named
    lead = _ACCORDING_LEAD.match(ms[a:seg_end])
    if lead:  # "According to a post from the SBU (SBU) several POWs told": the subject follows the source
        a += lead.end()
    a, e = trim_span(ms, a, seg_end)
    if ms[a:e] == "who" or ms[a:e] == "which" and BODY_BEFORE.search(ms, 0, b + 1) and WHICH_VERB.match(ms, cue_start):
        return Source((a, e), None, a, "subject.who")  # "…, according to police, who said officers arrived …", "the opposition, which said"
    time = _TIME_OPENER.match(ms, a, e)
    if time:  # 'Today the Prime Minister will tell …', 'Today at the summit the Prime Minister': a time, no part of the name
        after = _LEAD_PP_AFTER_TIME.match(ms, time.end(), e)
        a = after.start("n" if after.group("n") else "t") if after else a if _PP_AFTER_TIME.match(ms, time.end()) else time.end()
    lead = _LEAD_PP.match(ms, a, e)
    if lead:  # "With the acquisition Salling said": a prepositional opener without its comma, then the source
        a = lead.start("n")
    what = _WHAT_NAME.search(ms, a, e) if ms.find("what", a, e) >= 0 else None
    if what:  # "… drew what WalesOnline called “fury”": the name after 'what' is the source of the quoted word
        return Source((what.start(1), what.end(1)), None, what.start(), "subject.what-name")
    part = _SPEECH_PARTICIPLE.match(ms, a, e)
    if part:  # 'Concluding the Minister said: “…”': the Minister, not 'Concluding the Minister'
        src = _checked(ms, part.end(), e, cue_start, True)
        return src._replace(rule="subject.after-participle") if src.subject is not None else src
    a += 0 if np_shapes.DEMONSTRATIVE_NP.fullmatch(ms, a, e) else opener_len(ms[a:e])  # 'That person said': no opener
    when = _TIME_LEAD.match(ms, a, e)
    if when:  # "This Thursday the United States Commission … criticized": the time, then the subject
        a = when.end()
    year = _DATE_YEAR.match(ms, a, e) if b >= 0 and ms[a : a + 1].isdigit() and _DATE_BEFORE.search(ms, 0, b) else None
    if year:  # 'On 2 April, 2012 Zambian Watchdog reported': the date's year, then the subject
        a = year.end()
    if _PP_START.match(ms, a, e) and not lead and not _AT_LEAST.match(ms, a, e):
        return no_source(cue_start)  # "In his Tuesday talk at the United States think tank …": a phrase, no subject
    adv = TRAILING_ADVERB.search(ms, a, e) if ms.endswith((*_ADVERBS, "ly"), a, e) else None
    if adv and adv.start() > a:  # "He also commented on", "La Riva fully endorsed it": the adverb is the verb's
        e = adv.start()
    loc = _LOCATIVE.search(ms[a:e]) if ms.endswith(("there", "here"), a, e) else None
    if loc:  # "Residents there told the press": a locative after the noun, not part of the name
        e = a + loc.start()
    e = np_shapes.before_issued(ms, a, e)  # 'The guidance published today explains': the document, not its participle
    place = _AFFILIATION_PLACE.search(ms, lo, e) if b >= 0 and a == b + 2 and len(ms[a:e].split()) <= 2 else None
    if place:  # 'Dr Sam Patel of the University of Texas, Austin disagreed': the person, not the campus's city
        return Source((place.start("s"), e), None, place.start("s"), "subject.noun-phrase")
    return _checked(ms, a, e, cue_start, lead is not None)


_FOCUS_FIRST = frozenset(("particularly", "especially", "notably", "including", "mainly", "chiefly", "primarily", "specifically"))
"""'…, particularly his warning that C': a focus on a noun before, no subject (one may follow a subordinator in the stretch)."""


def _bad_in_name(stretch: str) -> bool:
    """Whether a verb, modal or clause word makes the stretch no noun phrase (not a name's 'to', nor 'close to', np_shapes.NOT_BAD)."""
    if " to " in stretch:
        stretch = NAME_TO.sub(r"\1 ", stretch).replace(" close to ", " ")
    return BAD_IN_SUBJECT.search(np_shapes.NOT_BAD.sub("", stretch)) is not None


def _checked(ms: str, a: int, e: int, cue_start: int, after_lead: bool) -> Source:
    """The stretch a..e as a subject if it reads as a noun phrase; else the names after a subordinator in it."""
    words = ms[a:e].split()
    dated = date_tail(ms, a, e, words)
    if dated is not None:  # 'A University of New Hampshire poll out this week shows': the poll, not its date
        e, words = dated, ms[a:dated].split()
    if not words:
        return no_source(cue_start)
    if words[0] in ("Even", "even") and len(words) > 1 and (words[1] == "the" or words[1][:1].isupper() and words[1] not in EVEN_CLAUSE):
        a, words = ms.index(words[1], a + 4), words[1:]  # 'Even the organizer of a pro-Trump rally said': a focus word, no part of the name
    if words[-1] == "who" and len(words) > 1 and words[-2].lower() in CLASS_BEFORE_WHO:
        return no_source(cue_start)  # 'Anyone who doubts the prices should …': a class of people, no one reported
    if _PRONOUN.match(words[-1]) or len(words) == 1 and words[0] in ("another", "Another"):  # '…, while another says'
        p = e - len(words[-1])
        return Source((p, e), None, p, "subject.pronoun")
    if words[-1].lower() in NO_SUBJECT_END or words == ["Having"] or words == ["Being"] \
            or words[0] in IT_IS and not any(w[:1].isupper() for w in words[1:]):  # "It's worth noting that C"
        return no_source(cue_start)  # '… her hero before explaining', 'Having announced that': no noun phrase ends so
    conj = [c.split() for c in _AND.split(ms[a:e])] if ms.find("and", a, e) >= 0 else [words]
    paired = len(conj) == 2 and all(0 < len(c) <= 10 and any(w[:1].isupper() for w in c) for c in conj)
    part = _PARTICIPLE_SUBJECT.match(ms, a, e) if len(words) <= 16 and not after_lead else None
    if part and not BAD_IN_SUBJECT.search(part.group("s")):  # 'Democrats trying to regain … say': the noun phrase
        return Source((a, part.end("s")), None, a, "subject.noun-phrase")
    issued = CHANNEL_OF.fullmatch(ms, a, e) if len(words) > 12 and not paired else None
    if issued is not None and issued.group("put") and not _bad_in_name(ms[a:e]) and ms[:a].rstrip()[-1:] in ("", ",", ";", ":"):
        return Source((a, e), None, a, "subject.noun-phrase")  # 'A report issued over the summer by the Organization for …'
    if (len(words) > 12 and not paired) or _bad_in_name(ms[a:e]) or "x" * 4 in ms[a:e]:
        return _conj_subject(ms, a, e, cue_start)
    plural_np = len(words) <= 4 and words[-1].endswith("s") and words[-1].isalpha() and words[-1].islower() or plural_head(words)
    if not (_SUBJECT_START.match(ms, a) or plural_np or _ROLE_THEN_NAME.match(ms, a, e)) or gerund_first(words) and not after_lead \
            or words[0] in ("Even", "Following", "Keeps") or words[0].lower() in _FOCUS_FIRST:
        return _conj_subject(ms, a, e, cue_start)
    verb = _VERB_PHRASE.search(ms, a, e)
    if verb:  # a verb phrase, not a noun phrase; before a participle its subject is the frame's ('X held a briefing claiming C')
        return _participle_main(ms, a, verb.start(), cue_start) or _conj_subject(ms, a, e, cue_start)
    tail = (_CONJ_TAIL.search(ms, a, e) or _NP_AFTER_SUBORDINATOR.search(ms, a, e)) if len(words) > 3 else None
    return _tail_source(tail) if tail else Source((a, e), None, a, "subject.noun-phrase")  # '… as the government', 'but officials'
