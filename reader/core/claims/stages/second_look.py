"""Second look: the claims the first pass left without a speaker, or with one carried from elsewhere, read again.

On news nobody tuned the rules for, most missed attributions still come out, but as unattributed assertions, and
a quote whose cue the rules did not know takes the speaker of the quote before it, often somebody else. This
stage reads those sentences again with plain frames of the language (second_frames.py: subject-cue-content and
content-first, with the long tail of cues) and with the frames that attach a quotation to whoever stands next to
it (quote_frames.py). A frame in the claim's own sentence beats a carried speaker; a quote frame gives its speaker
to every sentence of the quotation. New claims are made with replace(); nothing else changes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Protocol

from reader.core.claims.lexicon.cue_tail import BELIEF, TRIGGERS
from reader.core.claims.record import Claim
from reader.core.claims.rules import words_of
from reader.core.claims.stages.coordinated import find_coordinated
from reader.core.claims.stages.frames.model import Frame
from reader.core.claims.stages.quote_frames import find_headline, find_quote_frames, find_title_cue
from reader.core.claims.stages.quoted_as import find_quoted_as
from reader.core.claims.stages.quotes import Quote, find_quotes, find_single_quotes, mask_quotes
from reader.core.claims.stages.second_frames import FIRST_PERSON, SecondFrame, find_second
from reader.core.claims.stages.second_subjects import tokens
from reader.core.claims.stages.speakers.who import NOBODY, Who
from reader.core.text.spans import Span

CARRIED = frozenset({"speaker.quote-before", "speaker.quote-after", "speaker.previous-paragraph", "speaker.paragraph-cue"})
"""Speaker rules that carry a speaker from another quote, paragraph or sentence: a frame in the claim's own sentence wins."""


class _Resolver(Protocol):
    """What this stage asks of the speaker stage (speakers/resolve.py)."""

    def speaker_of(self, f: Frame, base: int, prev: Who) -> tuple[Who, str | None]: ...


def _open(c: Claim) -> bool:
    """Unattributed, or a quote whose speaker was carried over from another quote or paragraph."""
    if c.fragments:
        return False
    if c.speaker is None and c.cue is None and not c.speaker_candidates:
        return c.kind in ("assertion", "statistic", "quote")
    return c.kind == "quote" and c.cue is None and not CARRIED.isdisjoint(c.speaker_rules)


class _Paragraph:
    """The paragraph's quotes and masked text, worked out once when a sentence needs them (or handed over by the
    paragraph stage, which found the same: `known`)."""

    def __init__(self, text: str, para: Span, known: tuple[list[Quote], str] | None = None) -> None:
        if known is not None:
            self.quotes, self.masked = known
        else:
            self.quotes = find_quotes(text, para.start, para.end, paragraph=True) or find_single_quotes(text, para.start, para.end)
            self.masked = mask_quotes(text, self.quotes, para.start, para.end)
        self.start = para.start

    def quote_at(self, pos: int) -> Quote | None:
        return next((q for q in self.quotes if q.start - 1 <= pos < max(q.end, q.start + 1)), None)


def second_look(text: str, claims: list[Claim], para: Span, resolver: _Resolver, known: tuple[list[Quote], str] | None = None) -> list[Claim]:
    """The paragraph's claims with the open ones read again (new claims where a frame is found; the rest unchanged).
    `known`: the paragraph's quotes and masked text when the caller has them (paragraph.scan)."""
    todo: dict[int, list[int]] = {}
    # 'When Trump suggested that C, he left the room': a lead clause's cue reports nothing of the main clause after C; nor
    # does the cue of an aside between dashes ('Her support for it – Lee said she would sign such a bill – is likely …')
    lead = {c.sentence.start: c.span.end for c in claims
            if c.sentence is not None and ("content.lead-clause" in c.rules or "content.dash-aside" in c.rules)}
    aside = {c.cue_span.start for c in claims if c.cue_span is not None and "content.dashed-quote" in c.rules}
    for n, c in enumerate(claims):
        if _open(c) and c.sentence is not None:
            todo.setdefault(c.sentence.start, []).append(n)
    if not todo:
        return claims
    out = list(claims)
    near = _Near(claims)
    p: _Paragraph | None = None
    body = text[para.start : para.end]
    first, last = para.start + len(body) - len(body.lstrip()), para.start + len(body.rstrip())  # once: not a copy per sentence
    for idx in todo.values():
        sent = claims[idx[0]].sentence
        assert sent is not None
        raw = text[sent.start : sent.end]
        quoted = any(ch in raw for ch in "“”\"")
        cues = not TRIGGERS.isdisjoint(words_of(raw.lower()))
        single = first >= sent.start and last <= sent.end  # the paragraph's one sentence
        alone = ":" in raw and single
        passive = " quoted " in raw or " cited " in raw  # 'X was quoted as saying …' (quoted_as.py)
        if not quoted and not cues and not alone and not passive:
            continue
        p = p or _Paragraph(text, para, known)
        ms = p.masked[sent.start - para.start : sent.end - para.start]
        headline = find_headline(ms, text, sent.start) if alone else None
        headline = headline or (find_title_cue(ms) if single and cues else None)
        if headline is not None:  # 'Lynch: No outside influence on FBI probe': a headline names its speaker
            _apply(text, out, idx, headline, sent, resolver, None)
            continue
        for f in find_quote_frames(ms) if quoted else []:
            q = p.quote_at(sent.start + f.content[0])
            _apply(text, out, near.around(q.start, q.end) if q else idx, f, sent, resolver, (q.start, q.end) if q else None)
        for f in find_quoted_as(ms) if passive else []:
            _apply(text, out, idx, f, sent, resolver, None)
        if cues and not FIRST_PERSON.search(ms):
            cut = lead.get(sent.start, sent.start) - sent.start  # 'When X said C, Y quipped, “Q”': the first look read the
            main = " " * cut + ms[cut:] if cut > 0 else ms  # lead clause, cut at its end; blanked, its cue is not read again
            # and hides no cue of the main clause from view
            toks = tokens(main)
            for f in find_second(main, toks) + find_coordinated(main, toks):
                if sent.start + f.cue[0] in aside:
                    continue  # the cue of a quote set off by dashes ('A — “Q,” she told the Herald — B': B is the writer's)
                # 'X said, “A. B.”': a content that opens a quotation is all of it
                q = p.quote_at(sent.start + f.content[0] + 1) if ms[f.content[0] : f.content[0] + 1] in "“\"" else None
                _apply(text, out, near.around(q.start, q.end) if q else idx, f, sent, resolver, (q.start, q.end) if q else None)
    return out


class _Near:
    """The paragraph's claims by where they start, and the longest of them: the ones that may reach into a quotation,
    found without a pass over all of them (a paragraph can be a whole book). Spans only shrink in `_apply`, so the
    index made once stays a superset; `_apply` checks each span as it is now."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.order: list[int] = []
        self.starts: list[int] | None = None  # made on the first quotation: most paragraphs have none
        self.longest = 0

    def around(self, a: int, b: int) -> list[int]:
        """Indexes, in order, of the claims that may overlap [a, b)."""
        if self.starts is None:
            claims = self.claims
            self.order = sorted(range(len(claims)), key=lambda n: claims[n].span.start)
            self.starts = [claims[n].span.start for n in self.order]
            self.longest = max((c.span.end - c.span.start for c in claims), default=0)
        return sorted(self.order[bisect_left(self.starts, a - self.longest) : bisect_left(self.starts, b)])


def _apply(text: str, claims: list[Claim], idx: range | list[int], f: SecondFrame, sent: Span, resolver: _Resolver,
           whole: tuple[int, int] | None) -> None:
    """Give the open claims inside the frame's content (or the whole quotation `whole`) the frame's speaker and cue."""
    base = sent.start
    ca, cb = whole or (base + f.content[0], base + f.content[1])
    hits = [n for n in idx if _open(claims[n]) and claims[n].span.start < cb and claims[n].span.end > ca]
    if not hits:
        return
    frame = Frame(text[base + f.cue[0] : base + f.cue[1]], f.cue[0], f.cue[1], f.subject, f.role, verb=f.lemma, rules=(f.rule,))
    who, via = resolver.speaker_of(frame, base, NOBODY)
    if who.name is None:
        return
    for n in hits:
        c = claims[n]
        a, e = max(c.span.start, ca), min(c.span.end, cb)
        that = re.match(r"that\s+", text[a:e])
        a += that.end() if that else 0
        if len(text[a:e].split()) < 2 or re.match(r"(?:which|who)\b", text[a:e]):
            continue  # '…, which was one of his campaign promises': the article's aside
        kind = "quote" if whole else "attribution" if c.kind == "assertion" else c.kind
        claims[n] = replace(c, kind=kind, span=Span(a, e), quote=text[a:e], speaker=who.name, speaker_span=who.span,
                            role=who.role, cue=frame.cue, cue_span=Span(base + f.cue[0], base + f.cue[1]), via=via or f.via,
                            hedged=c.hedged or f.lemma in BELIEF, rules=(*c.rules, f.rule), speaker_rules=who.rules,
                            numbers=tuple(x for x in c.numbers if a <= x.span.start and x.span.end <= e))


def last_quote_speaker(claims: list[Claim]) -> Who | None:
    """The speaker the next paragraph's cue-less quotes fall back on, when this stage named the paragraph's last quote."""
    named = [c for c in claims if c.kind == "quote" and c.speaker]
    last = max(named, key=lambda c: c.span.start, default=None)
    if last is None or not any(r.startswith(("frame.second-", "quote.colon", "quote.subject-verb", "quote.verb-subject")) for r in last.rules):
        return None
    return Who(last.speaker, last.speaker_span, last.role, last.speaker_rules)
