"""The last passes of the frame stage, over the sentence's frames in order: an outlet's document saying something inside a
verb phrase becomes a frame of its own (document_says), a gapped second subject becomes a frame
of its own, and each frame's content ends where the next frame starts, at a naming verb's quoted name, or before
a 'not only' that pairs it with the next frame. Each pass makes new frames (frames are frozen).

Its rules (id, what each decides, a real example): rules/contents.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.norms import NORMS
from reader.core.claims.lexicon.post_marks import DATELINE
from reader.core.claims.stages.frames.clause_subject import trim_span
from reader.core.claims.stages.frames.model import Frame, Range

_GAP = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+)?([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})\s+([a-z]+\s+[a-z]+)\b")
_FIRST_TWO = re.compile(r"([a-z]+\s+[a-z]+)\b")
_QUOTE_MARK = re.compile(r"[“\"”]")
_NAMING = ("call", "describ", "characteri", "dub", "label", "term", "referred", "introduced", "profess")
_NAMED_AS = re.compile(r"[“\"][^“”\"]*[”\"](?:\s*,?\s*(?:and\s+|or\s+)?(?:an?\s+|the\s+)?[“\"][^“”\"]*[”\"])*"
                       r"(?=\s*(?:[.,;:)]|$|(?:from|by|of|among|in|at|for|over|after|against|about)\s))")
"""A naming verb's object in quote marks ends its content: "called the demand “unprecedented”", "called the senator a
“nasty guy,” an “anchor baby,” “unstable” and “sick.”" (not when a noun follows: 'a “use it or lose it” approach')."""
_PP_REST = re.compile(r"\s+(?:from|by|of|among|in|at|for|over|after|against)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+\s*[.,]?\s*$")
_NOT_ONLY = re.compile(r",[^,]{0,20}\bnot only\s*$")
_ACCORDING_TAIL = re.compile(r",\s*according to\s+(?!(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?i:" + alternation(NORMS) + r")\b)")
"""'emphasized they were working 24/7 …, according to the News.com.au report': the article's own source for the report
closes the reported clause."""


def gapped(ms: str, f: Frame) -> list[Frame]:
    """'Tesco stated its intention to leave …, Salling its intention to strengthen …': a second subject with the
    cue left out (gapping) and content that opens with the same words starts a frame of its own."""
    if "frame.participle-by-as" in f.rules:
        return [f, *_by_again(ms, f)]
    if f.subject is None or f.inherited or f.passive_by or len(f.contents) != 1:
        return [f]
    a, b = f.contents[0]
    first = _FIRST_TWO.match(ms[a:b])
    if not first or ", " not in ms[a:b]:
        return [f]
    m = next((g for g in _GAP.finditer(ms, a + len(first.group(0)), b) if g.group(2) == first.group(1)), None)
    if not m or _QUOTE_MARK.search(ms[a:b]):
        return [f]
    g = Frame(f.cue, f.cue_start, f.cue_end, (m.start(1), m.end(1)), verb=f.verb, via=f.via, region=(m.start(1), m.end(1)),
              contents=((m.end(1), b),), rules=(*f.rules, "frame.gapped"))
    return [f.but(contents=((a, m.start()),)), g]


_BY_AGAIN = re.compile(r"\s+and\s+(by\s+((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}))\s+(?:as|of|for)\s+[a-z]")
_PHRASE_END = re.compile(r",|;|\s*$")


def _by_again(ms: str, f: Frame) -> list[Frame]:
    """'reported by The Guardian as convicted of assaults and by Associated Press of bank robberies': the participle
    left out before a second agent, whose phrase is that agent's claim (frame.participle-by-again)."""
    m = _BY_AGAIN.match(ms, f.contents[0][1])
    if m is None:
        return []
    stop = _PHRASE_END.search(ms, m.end(2))
    return [Frame(f.cue, f.cue_start, f.cue_end, (m.start(2), m.end(2)), verb=f.verb, passive_by=True, region=(m.start(1), m.start(1)),
                  contents=((m.start(1), stop.start() if stop else len(ms)),), rules=(*f.rules, "frame.participle-by-again"))]


_DOCUMENT_SAYS = re.compile(
    r"\b(?:an?|the)\s+(?:new\s+|recent\s+|latest\s+)?(?P<org>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
    r"(?:story|report|article|investigation|editorial|analysis|piece|exposé|expose)(?P<cue>\s+(?:alleging|claiming|saying|"
    r"suggesting|reporting|asserting))\s+(?:that\s+)?")
"""'slammed Trump for a New York Times story alleging C': a named outlet's document that says C inside a verb phrase."""


def document_says(ms: str, f: Frame) -> list[Frame]:
    """A verb-phrase content that names an outlet's document saying something ends at the document, and what the
    document says is the outlet's, the document its via (frame.document-says)."""
    if "content.at-verb" not in f.rules or len(f.contents) != 1:
        return [f]
    a, b = f.contents[0]
    m = _DOCUMENT_SAYS.search(ms, a, b)
    if m is None or m.end() >= b:
        return [f]
    cs, ce = m.start("cue") + 1, m.end("cue")
    doc = ms[m.start() : m.start("cue")]
    g = Frame(ms[cs:ce], cs, ce, (m.start("org"), m.end("org")), verb=ms[cs:ce], via=doc, region=(cs, m.end()),
              contents=((m.end(), b),), rules=("cue.said", "frame.document-says"))
    return [f.but(contents=((a, m.start("cue")),)), g]


def close_contents(ms: str, frames: list[Frame]) -> list[Frame]:
    """Each frame's content closed at the next frame's region, at a quoted name, or before a 'not only'."""
    frames = [g for f in frames for g in document_says(ms, f)]
    out: list[Frame] = []
    moved: int | None = None  # where 'not only' moved the start of this frame's region
    for i, f in enumerate(frames):
        if moved is not None:
            f = f.but(region=(moved, f.region[1]))
            moved = None
        nxt = frames[i + 1].region[0] if i + 1 < len(frames) else len(ms)
        contents: list[Range] = []
        for a, b in f.contents:
            a, b, f, pair = _close(ms, f, a, min(b, nxt) if a <= nxt else b, nxt)
            moved = pair if pair is not None else moved
            a2, b2 = trim_span(ms, a, b)
            if b2 - a2 > 1:
                contents.append((a2, b2))
        out.append(f.but(contents=tuple(contents)) if tuple(contents) != f.contents else f)
    return out


SPACED_DASH = re.compile(r"\s[–—]\s|\s--\s")
"""A dash set off by spaces (or two hyphens): it opens or closes an aside."""


def _aside_end(ms: str, region_start: int, a: int, b: int) -> int | None:
    """Where a frame set off between dashes ends its content: at the closing dash, when an odd number of spaced dashes
    stand before the frame (it opened inside an aside)."""
    if ms.find("–", 0, region_start) < 0 and ms.find("—", 0, region_start) < 0 and ms.find("--", 0, region_start) < 0:
        return None
    if len(SPACED_DASH.findall(ms, 0, region_start)) % 2 == 0:
        return None
    close = SPACED_DASH.search(ms, a, b)
    return close.start() if close else None


def _close(ms: str, f: Frame, a: int, b: int, nxt: int) -> tuple[int, int, Frame, int | None]:
    """One content span closed: (start, end, the frame with any region change, where the next frame now starts)."""
    named = _NAMED_AS.search(ms, a, b) if f.verb.startswith(_NAMING) else None
    if named:  # 'called it “unexpected”', 'what WalesOnline called “fury” from …': the quoted name is the content
        f = f.with_rule("content.named-as")
        rest = _PP_REST.match(ms, named.end(), b)
        if rest:  # "… “fury” from local tourism chiefs": the phrase finishes the article's clause, no statement
            f = f.with_rule("content.named-then-phrase", region=(f.region[0], max(f.region[1], rest.end())))
        b = named.end()
        if f.verb.startswith(("referred", "introduced", "profess")):
            a = named.start()  # "referred to hecklers as “ugly folks.”": the name given is the claim, a quote
    date = DATELINE.match(ms, a, b) if ms[a : a + 3].isupper() or ms[a : a + 1] == "[" else None
    a = date.end() if date else a  # 'LONDON — C, officials said': where the story was filed is no part of C
    tail = _ACCORDING_TAIL.search(ms, a, b) if "frame.according-to" not in f.rules and ms.find("ing", a, b) >= 0 else None
    if tail and tail.start() > a:
        b, f = tail.start(), f.with_rule("content.according-tail")
    aside = _aside_end(ms, f.region[0], a, b) if not f.verb.startswith(_NAMING) else None
    if aside is not None:  # '… Tharman Shanmugaratnam – who said that C – Jackson Tan points out …': C ends at the dash
        b, f = aside, f.with_rule("content.dash-aside")
    paired = _NOT_ONLY.search(ms, a, b) if ms.find("not only", a, b) >= 0 else None
    if paired and b == nxt:  # "criticized the move, this time not only implying …": the pairing is the frame's
        return a, paired.start(), f.with_rule("content.not-only"), paired.start()
    return a, b, f, None
