"""Claim kinds and emission: numbers and hedges found once per paragraph, a stretch's kind
(report / statistic / attribution / assertion), and how a frame's content becomes quote or plain claims.

A mixin of the paragraph builder in claims.py (it reads `text`, `claims` and the paragraph scans `p_*`).
"""

from __future__ import annotations

import re

from reader.core.claims.clauses import _letters, _quote_cover
from reader.core.claims.cues import HEDGES, REPORT_HEDGES
from reader.core.claims.numbers import Found
from reader.core.claims.quotes import Quote
from reader.core.claims.record import Claim, Number, Who
from reader.core.text.alternation import branch_by_first_char
from reader.core.text.spans import Span

_WORD = re.compile(r"[a-z]+")
_HEDGE_GATE = frozenset(
    """reportedly allegedly purportedly apparently presumably supposedly unconfirmed suspected appear appears appeared
    seem seems seemed sounds likely unlikely could may might estimate estimated rumored rumoured
    believed thought understood alleged perhaps possibly""".split()
)
_PASSIVE_GATE = (frozenset({"said", "reported", "announced"}), frozenset({"is", "are", "was", "were"}))
"""Words one of which every hedge contains ("said"/"reported" only with a form of 'be': "is said to");
paragraphs without any skip the hedge regex."""


def _low(rx: re.Pattern[str]) -> re.Pattern[str]:
    plain = rx.pattern.replace(r"(?<![^\W\d])\b(", "(")
    grouped = branch_by_first_char(plain[1:-3]) if plain.startswith("(") and plain.endswith(r")\b") else None
    return re.compile(plain if grouped is None else "(" + grouped + r")\b")


_HEDGES_LOW = _low(HEDGES)
_RHEDGES_LOW = _low(REPORT_HEDGES)
"""The hedge patterns without a leading word boundary, run on lower-cased text and branched by first letter:
the regex engine can then skip ahead to the letters a hedge starts with (a leading \b forces a full attempt at
every position, and a flat alternation one test per hedge)."""


def _scan(rx: re.Pattern[str], text: str, low: str, base: int) -> list[tuple[int, int, str]]:
    return [(base + m.start(), base + m.end(), text[base + m.start() : base + m.end()]) for m in rx.finditer(low)
            if m.start() == 0 or not low[m.start() - 1].isalnum()]


_VAGUE = re.compile(r"(?:some |unconfirmed |media |news |several |other |many |local )*(?:reports?|rumou?rs?|speculation)$", re.I)
"""A source too vague to name: "Some reports suggest a deliberate criminal act" is a report."""


_CUE_AFTER = re.compile(r"[,.]?\s*(?:[\w.’'-]+\s+){0,5}")
"""Between a quote's closing mark and its cue: '…,” said X' / '…,” Wynnum coach Matt Myers said'."""


_REPORTS_SUBJECT = re.compile(r"(?:(?:Some|Other|Conflicting|Early|Initial|Unconfirmed|Media|News|Local)\s+)*(?:[Rr]eports|[Rr]umou?rs)\b"
                              r"(?!\s+(?:said|say|says|that|show|showed)\b)")
"""An unattributed statement whose subject is unnamed reports ("Reports … vary", "Conflicting reports emerged")."""


_QUOTE_GOES_ON = re.compile(r"(?:and|but)\s")
"""A quote that opens with a conjunction continues the reported sentence with a statement of its own."""
_AND_AFTER_QUOTE = re.compile(r"\s*,?\s*and\s+(?=(?:the|a|an|his|her|its|their|[A-Z])\b)")


_QUANTITY_CHANGE = re.compile(
    r"(?:the\s+)?(?:number|rate|percentage|proportion|share|amount|total|level|death\s+toll|toll|count)\s+of\b[^.;]{0,100}?\b"
    r"(?:exceeded|rose|fell|doubled|tripled|quadrupled|increased|decreased|dropped|declined|surpassed|reached|grew|jumped|soared|plunged|halved)\b",
    re.I)
"""A clause about how a quantity changed or compares, without a figure: the quantity is its point."""


class _Kinds:
    """Per-paragraph number/hedge scans and the claims they shape."""

    text: str
    claims: list[Claim]
    p_nums: list[Found]
    p_hedges: list[tuple[int, int, str]]
    p_rhedges: list[tuple[int, int, str]]
    closing_cue: dict[int, Who]
    """Per paragraph: a quote's opening mark -> the speaker of the cue right after its closing mark."""

    def found(self, spans: list[tuple[int, int]]) -> list[Found]:
        """Numbers inside spans, from the paragraph's one scan (the number regex is the costly part)."""
        if not self.p_nums:
            return []
        return [f for f in self.p_nums for a, b in spans if a <= f.start and f.end <= b]

    def hedge_in(self, spans: list[tuple[int, int]], strong: bool = False) -> tuple[int, int, str] | None:
        for h in self.p_rhedges if strong else self.p_hedges:
            if any(a <= h[0] and h[1] <= b for a, b in spans):
                return h
        return None

    def numbers(self, spans: list[tuple[int, int]]) -> list[Number]:
        return [Number(Span(f.start, f.end), f.text, f.value) for f in self.found(spans)]

    def emit(self, kind: str, spans: list[tuple[int, int]], sent: Span, **kw: object) -> Claim:
        spans = [(a, b) for a, b in spans if b > a]
        a, b = spans[0][0], spans[-1][1]
        claim = Claim(kind, Span(a, b), self.text[a:b], sentence=sent, **kw)  # type: ignore[arg-type]
        if len(spans) > 1:
            claim.fragments = [Span(x, y) for x, y in spans]
        claim.numbers = self.numbers(spans)
        if not claim.hedged:
            h = self.hedge_in(spans)
            if h:
                claim.hedged, claim.hedge = True, h[2]
        self.claims.append(claim)
        return claim

    def kind_of(self, spans: list[tuple[int, int]], attributed: bool) -> str:
        rh = self.hedge_in(spans, strong=True)
        if rh and (not attributed or rh[2].lower() in ("reportedly", "allegedly")):
            return "report"
        if not attributed and _REPORTS_SUBJECT.match(self.text, spans[0][0]):
            return "report"  # "Reports on the implement used vary between …": unnamed reports are the subject
        nums = self.found(spans)
        if all(n.statistical is False for n in nums) and _QUANTITY_CHANGE.match(self.text, spans[0][0], spans[-1][1]):
            return "statistic"  # "the number of cases … exceeded those of any other whole year": a quantity compared
        if nums:  # the word count matters only for numbers
            n_words = len(" ".join(self.text[x:y] for x, y in spans).split())
            # a vague quantity ("thousands") or a time span in figures ("30 hours") is the point only of a short clause
            if any(n.statistical for n in nums) or any(n.statistical is None and n_words <= (12 if n.text[:1].isdigit() else 20) for n in nums):
                return "statistic"
        return "attribution" if attributed else "assertion"

    def _content(self, spans: list[tuple[int, int]], sent: Span, spk: Who,
                 cue: str, via: str | None, quotes: list[Quote], pending: list[tuple[Claim, Quote | None]],
                 hedged: bool, cue_span: Span | None = None) -> None:
        """Turn the content of one frame into claims: quotes when quote marks carry it, else by kind."""
        text = self.text
        name, mention, role = spk.name, spk.span, spk.role
        kw = dict(speaker=name, speaker_span=mention, role=role, cue=cue, cue_span=cue_span, via=via)
        total = sum(_letters(text, a, b) for a, b in spans)
        pieces = [p for a, b in spans for p in _quote_cover(quotes, a, b)]
        if pieces and len(spans) == 1:
            a, b = spans[0]
            lead = _QUOTE_GOES_ON.match(text, pieces[0][0])
            if lead and len(text[a : pieces[0][0]].split()) >= 4 and not _quote_cover(quotes, a, pieces[0][0] - 1):
                # 'Duda told local media C “and there is hope, but …”': the reported clause, then a quote of its own
                self._content([(a, pieces[0][0] - 1)], sent, spk, cue, via, quotes, pending, hedged, cue_span)
                spans = [(pieces[0][0], b)]
                total = _letters(text, pieces[0][0], b)
            else:
                q = next((q for q in quotes if q.start <= pieces[0][0] < q.end), None)
                rest = _AND_AFTER_QUOTE.match(text, q.outer_end, b) if q is not None and q.start <= a + 1 else None
                if rest and q is not None and not _quote_cover(quotes, rest.end(), b) and len(text[rest.end() : b].split()) >= 3:
                    # 'said “We couldn’t win,” and the city flag is at half-mast': the quote, then the article's own clause
                    own = self.emit(self.kind_of([(rest.end(), b)], attributed=False), [(rest.end(), b)], sent)
                    own.sentence = sent
                    spans, pieces = [(a, q.outer_end)], [(max(q.start, a), min(q.end, b))]
                    total = sum(_letters(text, x, y) for x, y in spans)
        if pieces and sum(_letters(text, a, b) for a, b in pieces) >= 0.5 * total:
            groups: list[list[tuple[int, int]]] = [[pieces[0]]]
            for p in pieces[1:]:
                glue = text[groups[-1][-1][1] : p[0]]
                if re.search(r"\band\b|[.;]", glue):
                    groups.append([p])
                else:
                    groups[-1].append(p)
            for g in groups:
                g = [(a, b) for a, b in g if _letters(text, a, b)]
                if not g:
                    continue
                c = self.emit("quote", g, sent, **kw)
                if hedged:
                    c.hedged, c.hedge = True, cue
                q = next((q for q in quotes if q.start <= g[0][0] < q.end), None)
                pending.append((c, q))
                if q is not None and q.close_mark is not None and cue_span is not None and name \
                        and q.close_mark < cue_span.start and _CUE_AFTER.fullmatch(text, q.close_mark + 1, cue_span.start):
                    self.closing_cue[q.open_mark] = spk
            return
        words = len(" ".join(text[a:b] for a, b in spans).split())
        vague = mention is not None and _VAGUE.match(text[mention.start : mention.end]) is not None
        if vague and words <= 8:
            a = mention.start if mention else spans[0][0]
            c = self.emit("report", [(a, spans[-1][1])], sent, cue=cue, cue_span=cue_span)
            c.hedged, c.hedge = True, cue
            return
        kind = self.kind_of(spans, attributed=True)
        if vague:
            kind = "report"
        c = self.emit(kind, spans, sent, **kw)
        if hedged:
            c.hedged, c.hedge = True, cue
        if kind == "quote" or pieces:
            pending.append((c, None))
