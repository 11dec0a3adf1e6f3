"""'According to X' frames: "According to X, C" / "C, according to X" / "A, according to X, B" (the frame stage, find.py, applies it)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.norms import NORMS
from reader.core.claims.lexicon.post_marks import HANDLE_TAG, LANGUAGE_TAG
from reader.core.claims.lexicon.time import DAY_PARTS, WEEKDAYS
from reader.core.claims.lexicon.titles import COMPANY_HEADS, HONORIFIC, ORG_WORDS, ROLE_HEADS, TITLES
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.clause_subject import opener_len, trim_span

REPORTED_LEAD = re.compile(r"As\s+(?:first\s+|previously\s+|originally\s+|earlier\s+)?(?:reported|revealed|disclosed)\s+(?:by|in)")
"""A lead that reads as 'according to' and is its frame's cue in its own words ('As first reported by the Herald, C')."""
ACCORDING_RE = re.compile(r"\b(?:[Aa]ccording to|^Per|^In\s+(?:the|its|their)\s+(?:view|opinion|analysis|assessment|estimation|judge?ment)"
                          r"\s+of|^" + REPORTED_LEAD.pattern + r")\s+"
                          r"|\b[Ii]n\s+(?P<viewer>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s?\s+(?:view|opinion|estimation)(?=\s*,)"
                          r"|^In\s+(?P<poll>(?:(?![Pp]olls?\b|[Ss]urveys?\b)[\w’'./&-]+\s+){1,6}(?:[Pp]oll|[Ss]urvey)s?\b[^,;:“”\"]{0,60}?)(?=,)")
"""'In the analysis of the German Institute for Economic Research, C' and 'As first reported by the Herald, C' opening a
sentence read as 'according to' (the lead's own words its cue); so do
'…, in Professor Knittel's view, C' (the viewer is the source) and 'In a Des Moines Register poll last month, C' (the
poll)."""
VIEW_WORDS = frozenset("view opinion analysis assessment estimation judgment judgement".split())
"""The gate of the 'In the view of X' lead (with 'according' and 'per')."""

_MID_VERB = re.compile(
    r"(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s(?:[a-z]{3,}ed|said|found|made|took|gave|left|saw|is|are|was|were|has|have|had)\s+"
    r"(?=(?:at least|about|more than|nearly|almost|some|over|up to)?\s*(?:\d|the\b|an?\b|his\b|her\b|its\b|their\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b))"
)
"""The verb of the main clause when 'according to X' sits inside it without a closing comma: the source ends there."""


_APPOSITIVE = re.compile(
    r"\s*(?:(?:formerly|former|now|currently|previously|then-\w+|once)\b|(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(
        sorted(TITLES, key=len, reverse=True)) + r")\s+(?:of|at|for|in)\b)[^,;:]{0,100},")
"""An appositive role right after 'according to X,' ("formerly the director of …,", "a professor at …,")."""
_NAME_APPOSED = re.compile(r"\s*(?P<name>(?:[A-Z]?[a-z]+\s+){0,2}?" + HONORIFIC + r"[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+\.?){1,3})(?:,|\s*[.!]?\s*$)")
"""'According to the El Paso mayor, Dee Margo, C': the person named after the role, perhaps with her description
('According to the festival's founder, Egyptian novelist Ahdaf Soueif, C'), or ending the sentence ('C, according to the
agency's director, Jane Doe.')."""
_TITLED = re.compile(r"\b(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\b", re.I)
_WHEN = re.compile(r"\s*(?:during|on|over|last|this|earlier|late|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:weekend|week|day|"
                   + alternation(DAY_PARTS + WEEKDAYS) + r"|month|year)\s*,", re.I)
_SOURCE_END = re.compile(r"[,;]|\s[—–]\s|(\s*(?:" + HANDLE_TAG + r"\s*)?" + LANGUAGE_TAG + r")(?=\s+[a-z]{1,12}\s|\s+[A-Z])")
"""Where an 'according to' source ends: a comma, a spaced dash, or the language tag of the page it links when no comma
follows."""
_DASHED_ASIDE = re.compile(r"[^—–,;:“”\"]{1,100}?\s[—–]\s")
"""The rest of an aside a dash opened after the source, to its closing dash ('According to the farmers — a local group —
C'): it describes the source; C follows."""
_ROLE_APPOSED = re.compile(r"\s*(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?(?:" + alternation(sorted(ROLE_HEADS | ORG_WORDS | COMPANY_HEADS, key=len,
                                                                                        reverse=True)) + r")s?\b[^,;:“”\"]{0,80}?,")
"""A role or a body set off by commas after the source ('According to the farmers, a local group, C')."""
_FIGURE_OPENS = re.compile(r"\s(?=\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|of\s))")
"""A share or count right after a source with no comma ('according to official figures 43.6% of workers …'): C starts there."""
_COLON_QUOTE = re.compile(r":\s*(?=[“\"])")
_HEAD_CUT = re.compile(r"\s(?:of|at|for|in|with|on|from)\s")
_ROLE_HEADS = ROLE_HEADS | ORG_WORDS | COMPANY_HEADS
_ROLE_TO_END = re.compile(r"\s*(?:(?:the|an?)\s+|[A-Z][\w.’'-]*[’']s\s+)[^,;:“”\"]{2,100}?\s*[.!]?\s*")
"""A noun phrase from the source's comma to the sentence's end: the source's role, no content."""
RELATIVE_ASIDE = re.compile(r"\s*(?:which|who)\s(?![^,;:“”\"]*\b(?:said|says|told|added|adds|wrote|writes)\b)[^,;:“”\"]{0,120}?(?:(,)|\s*[.!]?\s*$)")
"""A relative clause that describes the source, to a comma or the sentence's end; one that holds a cue of its own
('…, who said C') is read as it was."""
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|did|does)\b")


_NORM_WORDS = 4
_NO_CREEDS = frozenset("journalism tourism mechanism organism criticism".split())
"""Words in '-ism' that name no creed ('according to Modern Tourism', a magazine)."""


def _norm(source: str) -> bool:
    """'the rules', 'plan', 'the usual sea-custom', 'Christianity', 'the Greek mythologies', 'Nantucket Quakerism': a
    norm, a plan or a creed, no speaker (lexicon/norms.py; rule veto.according-norm). Its last word decides (a doctrine
    by its '-ism' too); a longer object names something else ('the rules committee's chairman')."""
    words = source.split()
    if not words or len(words) > _NORM_WORDS:
        return False
    last = words[-1].strip(",.;:’'").rsplit("-", 1)[-1].lower()
    if last in NORMS or len(last) > 5 and last.endswith("ism") and last not in _NO_CREEDS:
        fire("veto.according-norm")
        return True
    return False


def role_to_end(ms: str, at: int) -> bool:
    """Whether all from `at` (after the source's comma) to the sentence's end is the source's role: a short noun phrase
    whose head is a role or a body ('the agency's director', 'a social analytics firm'), not a clause ('the CIA security
    contractors left for the diplomatic compound')."""
    if _ROLE_TO_END.fullmatch(ms, at) is None or _FINITE.search(ms, at):
        return False
    words = _HEAD_CUT.split(ms[at:].strip(" .!"), maxsplit=1)[0].split()
    return 0 < len(words) <= 6 and words[-1].lower().strip("’'") in _ROLE_HEADS


def according(ms: str) -> tuple[tuple[int, int], list[tuple[int, int]], int] | None:
    """'According to X, C' / 'C, according to X' / 'A, according to X, B': (source span, contents, frame start)."""
    m = ACCORDING_RE.search(ms)
    if not m:
        return None
    src_start = m.end()
    named = m.group("viewer") and "viewer" or m.group("poll") and "poll"
    if named:  # 'in Professor Knittel's view, C', 'In a Des Moines Register poll last month, C': the group is the source
        return _lead(ms, m, m.span(named))
    src_end, tail_start = _source_end(ms, m.start(), src_start)
    if src_end - src_start > 120 or src_end <= src_start or _norm(ms[src_start:src_end]):
        return None
    contents = []
    head = trim_span(ms, 0, m.start())
    head = (head[0] + opener_len(ms[head[0]:head[1]]), head[1])
    if head[1] - head[0] > 3:
        contents.append(head)
    between = ms[src_end:tail_start].strip() if tail_start is not None else ""
    if contents and between[:1] in ("—", "–") and between.count("—") + between.count("–") == 1:
        tail_start = None  # 'C, according to the farmers — and they should know': the dash opens the writer's aside
    if tail_start is not None:
        apposed = _APPOSITIVE.match(ms, tail_start) or _ROLE_APPOSED.match(ms, tail_start)
        if apposed and not _FINITE.search(ms, tail_start, apposed.end()):
            tail_start = apposed.end()  # "According to Dr. X, formerly the director of Y, C": the role is no content
        if contents and role_to_end(ms, tail_start):
            tail_start = len(ms)  # "C, according to Jane Doe, the agency's director.": her role ends the sentence
        rel = RELATIVE_ASIDE.match(ms, tail_start)
        if rel:  # "…, according to the SITE Intelligence Group, which monitors extremist statements[, C]": it describes X
            tail_start = rel.end() if rel.group(1) else len(ms)
        tail = trim_span(ms, tail_start, len(ms))
        colon = _COLON_QUOTE.search(ms, tail[0], tail[1])
        if colon and colon.start() - tail[0] > 12:  # "According to X, C: “Q”": the clause and the quote, two claims
            contents.extend([(tail[0], colon.start()), (colon.end(), tail[1])])
        elif tail[1] - tail[0] > 3:
            contents.append(tail)
    return (src_start, src_end), contents, m.start()


def _source_end(ms: str, at: int, src_start: int) -> tuple[int, int | None]:
    """Where the source of an 'according to' at `at` ends, and where the content after it starts (None: none after)."""
    comma = _SOURCE_END.search(ms, src_start)
    src_end = comma.start() if comma else len(ms.rstrip(" .!"))
    tail_start = comma.end() if comma else None
    if comma is not None and comma.group(1) is not None:  # "According to X's Twitter account (@X) [es] C": the tag ends X
        src_end = comma.end(1)
        comma = None
    if comma is None:
        figure = _FIGURE_OPENS.search(ms, src_start, src_end)
        if figure:  # 'according to official figures 43.6% of workers are informal': the figure opens the content
            src_end, tail_start = figure.start(), figure.start() + 1
    if at > 0:
        verb = _MID_VERB.search(ms, src_start, src_end)
        if verb:  # "Rescuers, …, according to the emergencies ministry recovered at least ten survivors …"
            src_end, tail_start = verb.start(), verb.start() + 1
    if tail_start is not None and comma is not None and comma.group().strip() in "—–":
        aside = _DASHED_ASIDE.match(ms, tail_start)
        if aside and not _FINITE.search(ms, tail_start, aside.end()):
            tail_start = aside.end()  # 'According to the farmers — a local group — C': the aside describes them
    if tail_start is not None and comma is not None and comma.group() == ",":
        named = _NAME_APPOSED.match(ms, tail_start)
        if named and _TITLED.search(ms, src_start, src_end) is not None:
            src_end, tail_start = named.end("name"), named.end()  # "According to the El Paso mayor, Dee Margo, C"
    if tail_start is not None:
        when = _WHEN.match(ms, tail_start)
        if when:
            tail_start = when.end()  # "…, during the weekend, C": the time of the saying, no content
    return src_end, tail_start


def _lead(ms: str, m: re.Match[str], src: tuple[int, int]) -> tuple[tuple[int, int], list[tuple[int, int]], int] | None:
    """A viewer's or a poll's lead ('in X's view, C', 'In a … poll, C'): the content before it and after its comma."""
    comma = ms.find(",", m.end())
    head = trim_span(ms, 0, m.start())
    head = (head[0] + opener_len(ms[head[0]:head[1]]), head[1])
    tail = trim_span(ms, comma + 1, len(ms))
    contents = [c for c in (head, tail) if c[1] - c[0] > 3]
    return (src, contents, m.start()) if contents else None
