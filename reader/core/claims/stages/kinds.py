"""The kind stage and emission: a stretch's kind (quote / report / statistic / attribution / assertion), its hedge and
numbers (from the paragraph's one scan), and how a frame's content becomes claims — quotes when quote marks carry
it, else one claim of its kind. `Emitter` holds one paragraph's claims; each is made whole, with the ids of the
rules that made it, and is not changed after (a later pass that gives a quote its speaker makes a new one).

Its rules (id, what each decides, a real example): rules/kinds.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.time import DAY_PARTS, PERIODS, RELATIVE, WEEKDAYS
from reader.core.claims.record import Claim, Number
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.clauses import letter_count
from reader.core.claims.stages.numbers import Found
from reader.core.claims.stages.paragraph import Hedge, Scan
from reader.core.claims.stages.quotes import Quote
from reader.core.claims.stages.speakers.who import NOBODY, Who
from reader.core.text.spans import Span, strip_span

_VAGUE = re.compile(r"(?:some |unconfirmed |unverified |media |news |press |several |multiple |other |many |local |initial |early |social media )*"
                    r"(?:reports?|rumou?rs?|speculation)$", re.I)
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


_AND_OR_STOP = re.compile(r"\band\b|[.;]")

_UNCLEAR = frozenset(("speaker.owner-unnamed", "speaker.according-recipient", "speaker.document-unclear"))
"""Rules that leave a speaker unclear on purpose: the claim keeps them, to say why it names no one (--explain)."""

_Index = tuple[list[int], list[int]]


def _index(at: list[int]) -> _Index:
    """(the items' indexes in order of their start, those starts) of one of the scan's lists, worked out once per
    paragraph: a paragraph's scan can be a whole book, and a pass over all of it per claim would make it quadratic."""
    order = sorted(range(len(at)), key=at.__getitem__)
    return order, [at[k] for k in order]


_CONJUNCTION = r"(?:and|or|but)(?:\s+(?:then|also|even|[a-z]{3,}ly))?"
_CONJUNCTION_ONLY = re.compile(_CONJUNCTION, re.I)
"""A content that is only the conjunction (and an adverb) before a coordinated second cue ('agreed or strongly agreed')."""
_WHEN_ONLY = re.compile(r"(?:(?:just|only|about|nearly|almost|some)\s+)?(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?"
                        r"(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:before|earlier|ago|later)"
                        r"|(?:in\s+)?(?:1[89]|20)\d\d|(?:(?:" + alternation(RELATIVE) + r")\s+)?(?:" + alternation(PERIODS + DAY_PARTS) + ")"
                        r"|(?:on\s+)?(?:" + alternation(WEEKDAYS) + ")|yesterday|today|earlier|before|previously|recently", re.I)
"""A content that only says when ('had announced just days before', 'repeats in 2009'): the cue's object was left out (the
elections Netanyahu had announced), so nothing was reported."""
_CONJUNCTION_END = re.compile(r"[\s,]+" + _CONJUNCTION + r"\s*$")
"""The same conjunction closing a content that runs up to the second cue."""


@dataclass(slots=True)
class Emitter:
    """One paragraph's claims, made from its scan. `pending`: quotes (claim index, quote) whose speaker a later pass may
    still give; `closing_cue`: a quote's opening mark -> the speaker of the cue right after its closing mark."""

    text: str
    scan: Scan
    claims: list[Claim] = field(default_factory=list)
    pending: list[tuple[int, Quote | None]] = field(default_factory=list)
    closing_cue: dict[int, Who] = field(default_factory=dict)
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    """Indexes of `claims` by the start of their sentence."""
    _by_numbers: _Index | None = None
    _by_hedges: _Index | None = None
    _by_rhedges: _Index | None = None
    _by_quotes: _Index | None = None
    """The scan's lists indexed by start (`_index`), each made on first use."""

    def found(self, spans: list[tuple[int, int]]) -> list[Found]:
        """Numbers inside spans, from the paragraph's one scan (the number regex is the costly part), in scan order."""
        numbers = self.scan.numbers
        if not numbers:
            return []
        if self._by_numbers is None:
            self._by_numbers = _index([f.start for f in numbers])
        order, starts = self._by_numbers
        hits = [order[i] for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))
                if numbers[order[i]].end <= b]
        return [numbers[k] for k in sorted(hits)]

    def hedge_in(self, spans: list[tuple[int, int]], strong: bool = False) -> Hedge | None:
        """The first hedge of the scan inside one of the spans."""
        hedges = self.scan.rhedges if strong else self.scan.hedges
        if not hedges:
            return None
        index = self._by_rhedges if strong else self._by_hedges
        if index is None:
            index = _index([h[0] for h in hedges])
            if strong:
                self._by_rhedges = index
            else:
                self._by_hedges = index
        order, starts = index
        inside = [order[i] for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))
                  if hedges[order[i]][1] <= b]
        return hedges[min(inside)] if inside else None

    def quotes_over(self, a: int, b: int) -> list[int]:
        """Indexes, in scan order, of the paragraph's quotes that overlap [a, b), found by their starts: quotes do not
        overlap, so only the one that opens just before `a` can reach in."""
        quotes = self.scan.quotes
        if not quotes:
            return []
        if self._by_quotes is None:
            self._by_quotes = _index([q.start for q in quotes])
        order, starts = self._by_quotes
        first = max(0, bisect_left(starts, a) - 1)
        return sorted(order[i] for i in range(first, bisect_left(starts, b)) if quotes[order[i]].end > a)

    def quote_cover(self, a: int, b: int) -> list[tuple[int, int]]:
        """The parts of [a, b) inside the paragraph's quotes (clauses.quote_cover over the scan's quotes)."""
        quotes = self.scan.quotes
        return [(max(quotes[k].start, a), min(quotes[k].end, b)) for k in self.quotes_over(a, b)]

    def quote_around(self, a: int, b: int) -> Quote | None:
        """The first of the paragraph's quotes that opens by `a` and closes at `b` or later."""
        quotes = self.scan.quotes
        near = self.quotes_over(a, b) if b > a else range(len(quotes))  # an empty stretch: any quote may hold it
        return next((quotes[k] for k in near if quotes[k].start <= a and quotes[k].end >= b), None)

    def quote_at(self, pos: int) -> Quote | None:
        """The first of the paragraph's quotes whose inside holds `pos`."""
        return self.quote_around(pos, pos + 1)

    def sentence_claims(self, sent: Span) -> list[Claim]:
        """The claims made so far in one sentence."""
        return [self.claims[i] for i in self.by_sentence.get(sent.start, ())]

    def emit(self, kind: str, spans: list[tuple[int, int]], sent: Span, rules: tuple[str, ...], who: Who = NOBODY,
             cue: str | None = None, cue_span: Span | None = None, via: str | None = None, doubt: str | None = None,
             extra: Hedge | None = None) -> int:
        """Make a claim whole and keep it; its index. `doubt`: the cue that hedges it; `extra`: a hedge the caller found
        (used when the claim holds none of its own)."""
        kept = [s for s in (strip_span(self.text, Span(a, b)) for a, b in spans if b > a) if s.end > s.start]
        spans = [(s.start, s.end) for s in kept] or [(a, b) for a, b in spans if b > a]  # '“ It continues …': no blank at an edge
        a, b = spans[0][0], spans[-1][1]
        if via and " – " in via and via not in self.text[sent.start : sent.end]:
            via = via.replace(" – ", " - ")  # read off the masked text, which shows a spaced hyphen as a dash (quotes.py)
        if doubt:
            hedged, hedge, rules = True, doubt, (*rules, "hedge.doubt-cue")
        else:
            h = self.hedge_in(spans)
            hedge = h[2] if h else extra[2] if extra else None
            hedged = hedge is not None
            if h:
                rules = (*rules, "hedge.word")
        claim = Claim(kind, Span(a, b), self.text[a:b], fragments=tuple(Span(x, y) for x, y in spans) if len(spans) > 1 else (),
                      speaker=who.name, speaker_span=who.span, cue=cue, cue_span=cue_span, via=via, role=who.role, hedged=hedged,
                      hedge=hedge, numbers=tuple(Number(Span(f.start, f.end), f.text, f.value) for f in self.found(spans)),
                      sentence=sent, rules=rules, speaker_rules=who.rules if who.name or not _UNCLEAR.isdisjoint(who.rules) else ())
        self.claims.append(claim)
        self.by_sentence.setdefault(sent.start, []).append(len(self.claims) - 1)
        return len(self.claims) - 1

    def kind_of(self, spans: list[tuple[int, int]], attributed: bool) -> tuple[str, str]:
        """(kind, the rule that chose it) of a stretch."""
        rh = self.hedge_in(spans, strong=True)
        if rh and (not attributed or rh[2].lower() in ("reportedly", "allegedly")):
            return "report", "kind.report-hedge"
        if not attributed and _REPORTS_SUBJECT.match(self.text, spans[0][0]):
            return "report", "kind.reports-subject"  # "Reports on the implement used vary between …": unnamed reports
        nums = self.found(spans)
        if all(n.statistical is False for n in nums) and _QUANTITY_CHANGE.match(self.text, spans[0][0], spans[-1][1]):
            return "statistic", "kind.quantity-change"  # "the number of cases … exceeded those of any other whole year"
        if nums:  # the word count matters only for numbers
            n_words = len(" ".join(self.text[x:y] for x, y in spans).split())
            # a vague quantity ("thousands") or a time span in figures ("30 hours") is the point only of a short clause
            if any(n.statistical for n in nums) or any(n.statistical is None and n_words <= (12 if n.text[:1].isdigit() else 20) for n in nums):
                return "statistic", "kind.statistic"
        return ("attribution", "kind.attribution") if attributed else ("assertion", "kind.assertion")

    def content(self, spans: list[tuple[int, int]], sent: Span, who: Who, cue: str, via: str | None, hedged: bool,
                cue_span: Span | None, rules: tuple[str, ...]) -> None:
        """Turn the content of one frame into claims: quotes when quote marks carry it, else by kind. A content that is
        only the conjunction before a second cue ('said and wrote that C': 'and'; 'agreed or strongly agreed') is none."""
        text = self.text
        only = text[spans[0][0] : spans[0][1]].strip(" ,") if len(spans) == 1 else None
        if only is not None and _CONJUNCTION_ONLY.fullmatch(only):
            return
        if only is not None and _WHEN_ONLY.fullmatch(only.strip(" ,.")):
            fire("not-claim.when-only")
            return
        tail = _CONJUNCTION_END.search(text, max(spans[-1][0], spans[-1][1] - 32), spans[-1][1])  # the span's last words only
        if tail is not None and tail.start() > spans[-1][0]:  # 'urges him to leave and repeatedly [says …]': the second cue's
            spans = [*spans[:-1], (spans[-1][0], tail.start())]
        pieces = [p for a, b in spans for p in self.quote_cover(a, b)]
        if pieces and len(spans) == 1:
            split = self._split_quote(spans[0], pieces, sent, who, cue, via, hedged, cue_span, rules)
            if split is not None:
                spans, pieces, rules = split
        doubt = cue if hedged else None
        if pieces and sum(letter_count(text, a, b) for a, b in pieces) >= 0.5 * sum(letter_count(text, a, b) for a, b in spans):
            self._quotes(pieces, sent, who, cue, via, doubt, cue_span, (*rules, "kind.quote"))
            return
        mention = who.span
        vague = mention is not None and _VAGUE.match(text[mention.start : mention.end]) is not None
        if vague and len(" ".join(text[a:b] for a, b in spans).split()) <= 8:
            a = mention.start if mention and cue != "according to" else spans[0][0]  # 'According to media reports, C': C
            self.emit("report", [(a, spans[-1][1])], sent, (*rules, "kind.vague-source"), cue=cue, cue_span=cue_span, doubt=cue)
            return
        kind, why = self.kind_of(spans, attributed=True)
        if vague:
            kind, why = "report", "kind.vague-source"
        i = self.emit(kind, spans, sent, (*rules, why), who=who, cue=cue, cue_span=cue_span, via=via, doubt=doubt)
        if kind == "quote" or pieces:
            self.pending.append((i, None))

    def _split_quote(self, span: tuple[int, int], pieces: list[tuple[int, int]], sent: Span, who: Who, cue: str, via: str | None,
                     hedged: bool, cue_span: Span | None, rules: tuple[str, ...]
                     ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], tuple[str, ...]] | None:
        """A reported clause and a quote of its own in one content: the part that is not the quote is claimed apart;
        (spans, pieces, rules) left for the quote, or None when the content is one piece."""
        text = self.text
        a, b = span
        lead = _QUOTE_GOES_ON.match(text, pieces[0][0])
        if lead and len(text[a : pieces[0][0]].split()) >= 4 and not self.quote_cover(a, pieces[0][0] - 1):
            # 'Duda told local media C “and there is hope, but …”': the reported clause, then a quote of its own
            self.content([(a, pieces[0][0] - 1)], sent, who, cue, via, hedged, cue_span, (*rules, "content.clause-then-quote"))
            return [(pieces[0][0], b)], pieces, (*rules, "content.clause-then-quote")
        q = self.quote_at(pieces[0][0])
        rest = _AND_AFTER_QUOTE.match(text, q.outer_end, b) if q is not None and q.start <= a + 1 else None
        if rest and q is not None and not self.quote_cover(rest.end(), b) and len(text[rest.end() : b].split()) >= 3:
            # 'said “We couldn’t win,” and the city flag is at half-mast': the quote, then the article's own clause
            kind, why = self.kind_of([(rest.end(), b)], attributed=False)
            self.emit(kind, [(rest.end(), b)], sent, ("claim.unattributed", "content.quote-then-own-clause", why))
            return [(a, q.outer_end)], [(max(q.start, a), min(q.end, b))], (*rules, "content.quote-then-own-clause")
        return None

    def _quotes(self, pieces: list[tuple[int, int]], sent: Span, who: Who, cue: str, via: str | None, doubt: str | None,
                cue_span: Span | None, rules: tuple[str, ...]) -> None:
        """One quote claim per run of quoted pieces ('and' or a stop between pieces starts a new one)."""
        text = self.text
        groups: list[list[tuple[int, int]]] = [[pieces[0]]]
        for p in pieces[1:]:
            if _AND_OR_STOP.search(text[groups[-1][-1][1] : p[0]]):
                groups.append([p])
            else:
                groups[-1].append(p)
        for g in groups:
            g = [(a, b) for a, b in g if letter_count(text, a, b)]
            if not g:
                continue
            i = self.emit("quote", g, sent, rules, who=who, cue=cue, cue_span=cue_span, via=via, doubt=doubt)
            q = self.quote_at(g[0][0])
            self.pending.append((i, q))
            if q is not None and q.close_mark is not None and cue_span is not None and who.name \
                    and q.close_mark < cue_span.start and _CUE_AFTER.fullmatch(text, q.close_mark + 1, cue_span.start):
                self.closing_cue[q.open_mark] = who
