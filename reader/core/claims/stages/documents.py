"""Documents as grammatical speakers: 'The statement said …', 'the report reads', 'The letter warns …'.

A document speaks for whoever issued it, and news names the issuer nearby: 'Acme released a statement on Monday.
The statement said …', 'In a letter to the board, the parents …', 'the New York Post published a report … The
report claimed …'. Such a claim's speaker is the issuer, with the document as its `via`; the mention it attaches
to stays the document ('The statement'). When no issuer is named in reach, the speaker is unclear: the claim keeps the
document as its mention and via, and names nobody (a document is no one a reader can hold to its words).

Its rules (id, what each decides, a real example): rules/documents.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.places import US_STATES
from reader.core.claims.lexicon.post_marks import LANGUAGE_TAGS_END
from reader.core.claims.lexicon.time import MONTHS, WEEKDAYS
from reader.core.claims.record import Claim

_DOC = (r"(?:press\s+)?(?:statement|letter|report|memo|memorandum|release|filing|complaint|lawsuit|indictment|affidavit|petition|"
        r"notice|communiqu[eé]|bulletin|email|e-mail|message|post|tweet|announcement|document|manifesto|op-ed|editorial|"
        r"article|story|study|paper|survey|analysis|review|audit|order|ruling|figures|data|statistics|guidance|guidelines)")
DOCUMENT_MENTION = re.compile(r"(?:the|this|that|its|their|his|her|the\s+same|the\s+new|the\s+latest|an?|today[’']s|yesterday[’']s)\s+"
                              r"(?:[\w-]+\s+){0,2}" + _DOC
                              + r"|an?\s+(?:[\w-]+\s+){0,2}(?:inquiry|investigation|probe|inspection)", re.I)
"""A document named as a speaker: 'The statement', 'the group's letter' is read by the channel rule, not here; an inquiry
only when it is 'an' inquiry ('An official inquiry has found C': whose, the sentence does not say; 'The inquiry found' is
the one the article is about)."""
_SP = r"[^\S\n]+"
_NOT_NAME = r"(?!(?:" + alternation(MONTHS + WEEKDAYS, title=True) + r")\b)"
"""No month or weekday opens an issuer's name ('a NASA-led study from October 2023')."""
_NAME = r"(?:[Tt]he" + _SP + r")?" + _NOT_NAME + r"[A-Z][\w.&’'-]*(?:" + _SP + r"(?:(?:of|for|and|the)" + _SP + r")?[A-Z][\w.&’'-]*){0,6}"
_GROUP = r"(?:[Aa]n?|[Tt]he)" + _SP + r"(?:[\w-]+(?:[’']s)?" + _SP + r"){0,5}?[\w-]+"
"""A common noun phrase as the issuer ('a group of black parents', 'the mayor's office'), only where it opens a clause."""
_ISSUERS = (
    re.compile(r"(?:(?<=^)|(?<=[,.;:]\s)|(?<=\n))(?P<x>" + _NAME + "|" + _GROUP + r")\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
               r"(?:issued|released|sent|published|posted|put\s+out|"
               r"shared|wrote|signed|filed|delivered|made|circulated|emailed|tweeted|carried\s+out|conducted)\s+(?:a|an|the|its|his|her|their)\s+"
               r"(?:[\w-]+\s+){0,3}" + _DOC + r"\b"),
    re.compile(r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}" + _DOC + r"\b[^,.;]{0,60},\s+(?P<x>" + _NAME + r")"),
    re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}" + _DOC + r"\s+(?:from|by|issued\s+by|released\s+by|published\s+by)\s+(?P<x>"
               + _NAME + r")"),
    re.compile(r"(?P<x>" + _NAME + r")[’']s?\s+(?:[\w-]+\s+){0,3}" + _DOC + r"\b"),
    re.compile(r"\b(?P<x>" + _NAME + r")-(?:led|funded|backed|commissioned|sponsored)\s+(?:[\w-]+\s+){0,2}" + _DOC + r"\b"),
    re.compile(r"\b(?:the|an?|new|updated|latest|recent|draft|final|its)\s+(?P<x>" + _NOT_NAME + r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
               r"(?:guidance|guidelines|statement|letter|memo|memorandum|announcement)\b"),
    re.compile(r"\b" + _DOC + r"\s+(?:was\s+|were\s+)?(?:conducted|carried\s+out|written|prepared|produced|led|authored|compiled|"
               r"commissioned|drafted)\s+by\s+(?P<x>" + _NAME + r")"),
)
"""Where news names a document's issuer: 'X released a statement', 'In a statement, X', 'a report by X', 'X's letter', 'a
NASA-led study', 'updated Ofqual guidance' (a name right before a guidance's, a statement's or a letter's noun; before a
study's it may name what was studied)."""
_ISSUED_BY = re.compile(r"\s*,\s+(?:(?:[\w-]+\s+){0,2}?(?:published|released|issued|written|prepared|produced|commissioned|"
                        r"conducted|compiled|drafted|authored|co-authored|led|sent|signed|put\s+out)\b[^,.;:]{0,40}?\b)?by\s+"
                        r"(?P<x>(?:" + _NAME + "|" + _GROUP + r")(?:\s+(?:at|of|from)\s+" + _NAME + ")?)"
                        r"[^,.;:]{0,30},\s*$")
"""The issuer set off after the document, before its cue: 'The report, released on Tuesday by the World Bank, said', 'The
report, by the World Bank, found'."""
_FIGURES_FROM = re.compile(r"(?:(?:the|new|latest|official|government|recent|preliminary)\s+)*(?:data|figures|statistics|numbers|estimates)\s+"
                           r"(?:(?:released|published|issued|compiled|gathered)\s+(?:[^,;:]{0,30}?\s+)?by|from)\s+"
                           r"(?P<x>(?:the\s+)?[^,;:]{2,60}?)(?:\s+(?:on|last|this|in)\s+[^,;:]{1,30})?", re.I)
"""Numbers named with where they are from: the issuer speaks, the numbers are its channel ('Data from the World Bank')."""
_WINDOW = 1500
_KINDS = ({"report", "article", "story", "editorial", "op-ed"}, {"statement", "release", "announcement", "notice", "communique",
          "communiqué", "message", "bulletin"}, {"letter", "email", "e-mail", "memo", "memorandum", "note"},
          {"study", "paper", "report", "analysis", "survey", "review", "audit"}, {"post", "tweet", "message"},
          {"filing", "complaint", "lawsuit", "indictment", "affidavit", "petition"})
"""Names of the same document: 'published an article … The report claimed', 'The study was conducted by … reads the report'."""


def _same_document(found: str, noun: str) -> bool:
    found = found.lower()
    return noun in found or any(noun in kind and any(w in found.split() for w in kind) for kind in _KINDS)


def _issuer(text: str, at: int, noun: str, reach: int = 0) -> str | None:
    """The issuer of the document `noun` named last before `at` (within the window, or `reach` characters), or None."""
    floor = max(0, at - (reach or _WINDOW))
    here = text.rfind("\n\n", floor, at)
    # this paragraph and the one before, or all of the reach
    lo = floor if reach else max(floor, text.rfind("\n\n", floor, here) if here > floor else floor)
    best: tuple[int, str] | None = None
    for rx in _ISSUERS:
        for m in rx.finditer(text, lo, at):
            if not _same_document(re.sub(r"[^\w\s-]", " ", m.group(0)), noun):
                continue
            x = re.sub(r"[’']s?$", "", m.group("x")).strip()
            if x.split()[0] in ("The", "A", "An", "In", "On", "At", "But", "And", "It", "This") and len(x.split()) == 1:
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), x)
    return best[1] if best else None


def _issued_by(text: str, c: Claim) -> str | None:
    """The issuer a participle's by-phrase names between the document and its cue, or None."""
    if c.speaker_span is None or c.cue_span is None or not 0 < c.cue_span.start - c.speaker_span.end <= 120:
        return None
    m = _ISSUED_BY.match(text[c.speaker_span.end : c.cue_span.start])
    return m.group("x").strip() if m else None


_NAMED_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|latest\s+)?"
                             r"(?P<x>" + _NOT_NAME + r"(?!(?:" + alternation(US_STATES) + r")\s)[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,4})\s+"
                             + _DOC)
"""A document with its issuer's name before its noun ('A World Bank report', 'A NASA statement'); not a month's or a state's
('The April survey', 'The Oregon study')."""
_PLAIN = frozenset("the this that a an its their his her same new latest recent official final press joint written brief "
                   "separate earlier later internal today’s yesterday’s today's yesterday's".split())
"""Words of a document mention that say nothing of who issued it ('a press release', 'the final document')."""


def _bare(mention: str) -> bool:
    """A document mention with no word naming its issuer: 'a press release', 'The document', not 'a whistle-blower
    complaint' or 'the group's letter'."""
    return all(w.lower() in _PLAIN for w in mention.split()[:-1])


_SHARE = re.compile(r"(?:(?:about|around|nearly|almost|only|just|some|over|more\s+than|less\s+than|fewer\s+than|an?\s+even\s+(?:lower|higher|"
                    r"larger|smaller)|a\s+median\s+of|the)\s+)*(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|[a-z-]+\s+(?:percent|per\s+cent)"
                    r"|half|a\s+(?:majority|plurality|minority|third|quarter|fifth)|(?:two|three|four)[\s-](?:thirds|quarters|fifths)"
                    r"|(?:lower|higher|larger|smaller)?\s*number)(?:\s+of\s+(?:all\s+|the\s+)?[\w’' -]{0,60})?", re.I)
"""A share of the people a survey asked, as a speaker: 'Eighty-nine percent', 'About half of all respondents', 'only 35 percent
of the respondents', 'An even lower number of respondents'."""
_SURVEY = "study"
"""The document kind a share of respondents is a finding of (study, survey, poll, report: one kind in `_KINDS`)."""
_SURVEY_REACH = 6000
"""How far back a survey's or a study's issuer is looked for: a survey story discusses its findings for many paragraphs."""
_STUDIES = frozenset("study survey poll analysis review audit guidance guidelines".split())
"""Documents whose issuer is looked for that far back ('the study found' four paragraphs after 'a new report by Pew'; 'The
guidance explains' after 'updated Ofqual guidance')."""


_THE_NAME = re.compile(r"^[Tt]he\s+(?=[A-Z])")
"""'The' before an issuer's name ('the Pew Research Center' is shown as 'Pew Research Center')."""


def _survey_share(text: str, c: Claim, mention: str) -> Claim | None:
    """A claim whose speaker is a share of the people asked: the survey's issuer named before speaks (rule
    speaker.survey-share), or nobody when none is named in reach (speaker.survey-unclear: 'Eighty-nine percent' is no one
    a reader can hold to the words)."""
    if c.speaker is None or c.speaker_span is None or c.cue is None or not _SHARE.fullmatch(mention):  # not a carried speaker
        return None
    who = _issuer(text, c.speaker_span.start, _SURVEY, reach=_SURVEY_REACH)
    if who is None:
        return replace(c, speaker=None, role=None, speaker_rules=(*c.speaker_rules, "speaker.survey-unclear"))
    return replace(c, speaker=_THE_NAME.sub("", who), role=None, speaker_rules=(*c.speaker_rules, "speaker.survey-share"))


def _known_issuer(text: str, c: Claim, mention: str, issued: dict[str, Claim]) -> Claim | None:
    """The claim with its issuer when the mention itself says who it is: 'It' after a document whose issuer was found
    ('The statement said C. It added that D'), a share of a survey's respondents, numbers with where they are from ('Data
    from the World Bank show C')."""
    before = issued.get(c.speaker.lower()) if c.speaker and mention in ("it", "It") else None
    if before is not None:
        return replace(c, speaker=before.speaker, via=c.speaker, role=before.role, speaker_rules=(*c.speaker_rules, "speaker.document-issuer"))
    share = _survey_share(text, c, mention) if mention else None
    if share is not None:
        return share
    numbers = _FIGURES_FROM.fullmatch(mention) if c.speaker and mention and c.speaker.lower() == mention.lower() else None
    if numbers:
        return replace(c, speaker=_THE_NAME.sub("", numbers.group("x")), via=c.via or mention, role=None,
                       speaker_rules=(*c.speaker_rules, "speaker.document-issuer"))
    return None


def _cited_before(c: Claim, mention: str, noun: str, cited: dict[str, Claim]) -> str | None:
    """The speaker of the last claim that named the same document as its via ('A White House statement said C. … D, the
    statement said'), when the mention is that document with 'the' and the claim is in the 1,500 characters before."""
    before = cited.get(noun)
    if before is None or before is c or not mention.lower().startswith("the ") or before.speaker_span is None \
            or c.speaker_span is None or not 0 < c.speaker_span.start - before.speaker_span.start <= _WINDOW:
        return None
    return before.speaker


_PUBLISHED_IN = re.compile(r"\s+(?:published|released|out|appearing)\s+(?:[\w]+\s+){0,4}?in\s+(?:the\s+)?(?:journal\s+)?"
                           r"[A-Z][^,;:]{1,60}$|\s+(?:published|released)\s+(?:online\s+)?(?:on\s+)?(?:[A-Z][a-z]+|this|last)\s+(?:\d{1,2}|\w+)$")
"""Where or when a study appeared ('published in Nature', 'published online February 24 in the Journal of …', 'published online
February 24'): the journal printed it, it issued nothing."""


_PRINTED_IN = re.compile(r"(?:\s*\[[a-z]{2}\])?\s+(?:published|printed|carried|run)\s+(?:in|on|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                         r"(?P<x>" + _NAME + r")")
"""The outlet that printed an article, right after it ('An article [ar] published in pan-Arab newspaper Al Hayat'): an
article is its outlet's words, as a study in a journal is not the journal's (_PUBLISHED_IN)."""
_PRINTED = frozenset("article story editorial op-ed".split())


def _printed_in(text: str, c: Claim, kind: str) -> str | None:
    """The outlet named as printing the article that speaks, or None."""
    if kind not in _PRINTED or c.speaker_span is None:
        return None
    m = _PRINTED_IN.match(text, c.speaker_span.end, c.speaker_span.end + 120)
    return m.group("x") if m else None


_DOC_END = re.compile(_DOC + r"$", re.I)


def _doc_noun(mention: str) -> str | None:
    """The document noun a mention ends in ('A White House statement' -> 'statement'), or None."""
    m = _DOC_END.search(mention)
    return m.group(0).lower().split()[-1] if m else None


def document_issuers(text: str, claims: list[Claim], cited: dict[str, Claim] | None = None) -> list[Claim]:
    """Claims whose speaker is a document, with the issuer named nearby as speaker and the document as via; a share of
    a survey's respondents as speaker goes to the survey's issuer."""
    out: list[Claim] = []
    issued: dict[str, Claim] = {}  # a document named as speaker in the paragraph, by its words: the claim that found its issuer
    cited = {} if cited is None else cited  # the last claim whose via is a document, by its noun (kept for the document)
    for c in claims:
        via_noun = _doc_noun(c.via) if c.via and c.speaker and c.speaker_span else None
        if via_noun:  # 'A White House statement said C': a later 'the statement' is the White House's
            cited[via_noun] = c
        mention = LANGUAGE_TAGS_END.sub("", text[c.speaker_span.start : c.speaker_span.end].strip()) if c.speaker_span else ""
        known = _known_issuer(text, c, mention, issued)
        if known is not None:
            out.append(known)
            continue
        core = _PUBLISHED_IN.sub("", mention)  # 'A study published in Nature': the study, the journal no issuer
        m = DOCUMENT_MENTION.fullmatch(core) if c.speaker is not None and mention else None  # no speaker: kept as it is
        if not m or c.speaker is None or c.speaker.lower() != mention.lower():
            out.append(c)
            continue
        kind = _doc_noun(core) or ""
        reach = _SURVEY_REACH if kind in _STUDIES else 0  # a study is discussed for many paragraphs after it is named
        who = _issued_by(text, c) or _printed_in(text, c, kind) or _cited_before(c, mention, kind, cited) \
            or (_issuer(text, c.speaker_span.start, kind, reach=reach) if kind and c.speaker_span else None)
        if who is None and c.cue and _bare(core):  # 'According to a press release, …', 'The document demands …'
            out.append(replace(c, speaker=None, via=c.via or mention, role=None,
                               speaker_rules=(*c.speaker_rules, "speaker.document-unclear")))
            continue
        named = _NAMED_DOCUMENT.fullmatch(mention) if who is None else None
        if named:  # 'A World Bank report released Monday found C': the bank's, the report its channel
            who = named.group("x")
        if who is None:  # 'a whistle-blower complaint': the words before the document name who it is from
            out.append(c)
            continue
        out.append(replace(c, speaker=_THE_NAME.sub("", who), via=c.via or mention, role=None,
                           speaker_rules=(*c.speaker_rules, "speaker.document-issuer")))
        issued[mention.lower()] = out[-1]
    return out
