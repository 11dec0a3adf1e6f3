"""The stretches of a sentence no frame covers: cut into clauses (clauses.py), each is the article's own statement —
an assertion, a statistic, a report when a strong hedge makes it one ("It is understood that C": the report is C),
or a quote when quote marks carry it. Some stretches state nothing: circumstances of a frame ("On September 13,
he said"), a time or place alone, what is not known ("the toll remains unconfirmed"), the topic of a description.

Its rules (id, what each decides, a real example): rules/unattributed.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.rules import Rule, load_rules, pattern_of
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.clauses import gaps, letter_count, split_clauses
from reader.core.claims.stages.fragments import is_fragment
from reader.core.claims.stages.frames.model import Frame, Range
from reader.core.claims.stages.kinds import Emitter
from reader.core.claims.stages.own_speaker import IN_WORDS
from reader.core.claims.stages.quotes import Quote
from reader.core.claims.stages.speakers.resolve import Resolver
from reader.core.claims.stages.speakers.who import NOBODY
from reader.core.text.spans import Span

load_rules("unattributed", Rule)
_META = pattern_of("not-claim.unknown")
"""What is not known ('the toll remains unconfirmed'; not 'There are unconfirmed reports of …'): the record's own pattern."""
_IT_IS_SAID = re.compile(r"It\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+)?\w+\s+that\s+")
_HEARD = re.compile(r"(?:(?:At|During|In)\s+[^,;]{1,80},\s+)?(?P<cue>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){0,3}(?:[Cc]ourt|[Jj]ury|[Mm]agistrates|"
                    r"[Ii]nquest|[Tt]ribunal|[Hh]earing)\s+(?:(?:was|were|has\s+been|had\s+been)\s+told|(?:also\s+)?heard)"
                    r"(?:\s+that)?)\s+(?!from\b)(?=[A-Za-z“\"‘])")
"""What a court was told or heard ('the court was told that C', 'Magistrates heard that C', 'The jury heard C'): a statement
made in court by someone the sentence does not name; C is an attribution with that cue and no speaker."""
_ADVERBIAL = re.compile(r"(?:On|In|At|By|During|Earlier|Later|Last|This|Early|Late|Since|Until|Before|After|Shortly)(?:\s+[\w,:’'-]+){1,4}\s*$")
_DESCRIBE = ("describ", "call", "characteri", "dub", "label", "term")
_LEADS = ("Of|On|In|At|By|During|Earlier|Later|Last|This|Early|Late|Today|Yesterday|Tonight|Since|Until|Before|After|Following|Amid|Speaking|Shortly|"
          "Meanwhile|However|Separately|Also|While|Whilst|When|Regarding|Addressing|Asked|Upon|Responding|Writing|Citing|Quoting")
_LEAD_PHRASE = re.compile(r"\s*(?:(?P<conj>And|But|Yet|So|Still)\s+(?i:" + _LEADS + r")|(?:" + _LEADS + r"))\b")
"""A circumstance that opens the sentence before its frame ('On Monday, Ann Lee said', 'And at the other mills, such as
the one in York, she said'), or the group a count after it is part of ('Of the 40 farmers, 30 said'): when it states
nothing of its own, no claim."""
_STATES = re.compile(r"[;:]|\.(?:\s|$)|\b(?:has|have|had|is|are|was|were|[a-z]{3,}ed)\s")
_STATES_BEFORE_COMMA = re.compile(r"\b[a-z]{3,}ed,")
"""A past before the lead's comma after a conjunction ('But in May the mill closed, and …'): the lead states something."""
_PARTICIPLE_LEAD = re.compile(r"\s*(?:When|While|If|Once|Unless|Until|Though|Although|After|Before|Whether)\s+(?:[a-z]+ly\s+)?"
                              r"[a-z]{3,}(?:ed|en)\b(?:\s+(?!(?:has|have|had|is|are|was|were)\b)[\w’'-]+){0,8}\s*,\s*")
"""'When asked about the ruling, Smith said': a participle clause before the frame, its circumstance, no claim."""
_AS_PUT_IT = re.compile(r"\s*(?:(?:(?:Or|And|But)\s+as|As)\s+[^;:“”\"]{2,120}?\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?puts?\s+it"
                        r"|" + IN_WORDS + r"),\s*(?=[“\"])")
"""'Or as Chris Ferguson, Director of …, recently put it, “Q”', 'In Ann Lee’s words, “Q”': the lead of a quote, which names
its speaker; no claim."""
_HOW_TAIL = re.compile(r"\s*(?=[“\"][^”\"]{2,200}[”\"],?\s+(?:is|was)\s+how\s+[A-Z])")
"""'“Reckless and cruel” was how Ann Lee described the plan': the quote, then whose words they are; no claim of its own."""
_WHICH_BEFORE = re.compile(r",\s*which\s*$")
_LABEL_LEAD = re.compile(r"(?:In|As|With)\s+(?:a|an|another|yet\s+another|what\s+\w+\s+\w+)\s+(?:[\w-]+\s+){0,2}[“\"][^”\"\n]{1,40}?,?[”\"],?\s+")
"""'In another potential “October surprise,” on the week of …': a label in scare quotes framing the sentence."""


def _meta(s: str) -> bool:
    """`_META.search(s)`, skipped when s lacks what every match holds ('unc', 'unk' or 'not')."""
    return ("unc" in s or "unk" in s or "not" in s) and _META.search(s) is not None


def gap_claims(em: Emitter, resolver: Resolver, sent: Span, ms: str, covered: list[Range], frames: list[Frame]) -> None:
    """Claims of the stretches of the sentence that `covered` leaves out."""
    text, base = em.text, sent.start
    # "Mariupol, which HRW has described as “…”": the main clause is the description's topic, not a claim
    # ("fires, which state media said were under control" states both)
    topic = any(_WHICH_BEFORE.search(ms[: f.region[0]]) and f.verb.startswith(_DESCRIBE) for f in frames)
    starts = {f.region[0] for f in frames}
    for ga, gb in gaps(len(ms), covered):
        if topic and gb <= min(f.region[0] for f in frames):
            fire("not-claim.described-topic")
            continue
        lead = _LEAD_PHRASE.match(ms, ga, gb) if gb in starts else None
        states = lead is not None and (_STATES.search(ms[ga:gb].rstrip(" ,")) is not None
                                       or lead.group("conj") is not None and _STATES_BEFORE_COMMA.search(ms, ga, gb) is not None)
        if gb in starts and (lead is not None and not states or _PARTICIPLE_LEAD.fullmatch(ms, ga, gb)):
            fire("not-claim.frame-circumstance")
            continue  # "On September 13 — two days after the ruling — he said": circumstances of the frame
        put = _AS_PUT_IT.match(text, base + ga, base + gb) or _HOW_TAIL.match(text, base + ga, base + gb)
        q = em.quote_at(put.end() + 1 if put.re is _AS_PUT_IT else put.start() + 1) if put else None
        if put and q is not None:  # 'Or as X, <role>, recently put it, “Q”': the lead names who speaks (own_speaker.py)
            fire("not-claim.as-put-it")
            i = em.emit("quote", [(q.start, min(q.end, base + gb))], sent, ("quote.in-sentence",))
            em.pending.append((i, q))
            continue
        spans = split_clauses(text, base + ga, base + gb)
        if not spans:  # a short quoted sentence ("I may do it.", "He resisted.") is still a statement
            q = em.quote_around(base + ga + 2, base + gb - 2)
            if q and len(text[base + ga : base + gb].split()) >= 2 and letter_count(text, base + ga, base + gb) >= 6:
                i = em.emit("quote", [(max(q.start, base + ga), min(q.end, base + gb))], sent, ("quote.short-sentence",))
                em.pending.append((i, q))
        for x, y in spans:
            _clause_claim(em, resolver, sent, x, y)


def _whole_quotes(em: Emitter, over: list[int], x: int, y: int) -> bool:
    """Whether the quotations over the clause follow one another, each but the last closing inside it, each with four words or
    more inside it (the last may run on into the next sentence)."""
    quotes = [em.scan.quotes[n] for n in over]
    closed = all(q.close_mark is not None and x <= q.open_mark and q.close_mark < y for q in quotes[:-1])
    return closed and all(len(em.text[max(q.start, x) : min(q.end, y)].split()) >= 4 for q in quotes)


def _quote_claim(em: Emitter, resolver: Resolver, sent: Span, q: Quote, x: int) -> None:
    """The quotation over a clause as one quote claim, unless the sentence has a quote claim over it already."""
    if any(c.kind == "quote" and c.sentence == sent and c.span.start <= max(q.start, x) < c.span.end for c in em.sentence_claims(sent)):
        fire("not-claim.quote-claimed-already")
        return  # "…, with something joyful, positive.": the quote's sentence is one claim already
    subject = resolver.subject_of_sentence(sent.start, q.open_mark) if q.open_mark > sent.start + 2 else None
    who = subject if subject is not None and subject.name else NOBODY  # a partial quote in a sentence about its speaker
    i = em.emit("quote", [(max(q.start, x), min(q.end, sent.end))], sent, ("quote.in-sentence",), who=who)
    em.pending.append((i, q))


def _clause_claim(em: Emitter, resolver: Resolver, sent: Span, x: int, y: int) -> None:
    """One clause of the article's own voice as a claim (or none)."""
    text = em.text
    lead = _LABEL_LEAD.match(text, x, y) if text[x] in "IAW" else None
    if lead:
        fire("not-claim.scare-label")
        x = lead.end()
    if _meta(text[x:y]) or _ADVERBIAL.match(text, x, y):
        fire("not-claim.unknown" if _meta(text[x:y]) else "not-claim.adverbial")
        return
    if is_fragment(text, x, y, sent.start) and not em.quotes_over(x, y):
        fire("not-claim.fragment")  # 'but without the guarantee': no verb, nothing stated (fragments.py)
        return
    over = em.quotes_over(x, y)
    inq = em.quote_cover(x, y)
    if inq and sum(q[1] - q[0] for q in inq) >= 0.5 * (y - x):
        for n in over if len(over) > 1 and _whole_quotes(em, over, x, y) else over[:1]:  # '“A.” ― Lee⏎“B.” ― Baker': each
            _quote_claim(em, resolver, sent, em.scan.quotes[n], x)
        return
    heard = _HEARD.match(text, x, y)
    if heard is not None and heard.end() < y:  # 'The court was told that C': C was said in court, by someone unnamed
        em.content([(heard.end(), y)], sent, NOBODY, text[heard.start("cue") : heard.end("cue")], None, False,
                   Span(heard.start("cue"), heard.end("cue")), ("claim.heard-in-court",))
        return
    kind, why = em.kind_of([(x, y)], attributed=False)
    h = em.hedge_in([(x, y)], strong=True) if kind == "report" else None
    it_is = _IT_IS_SAID.match(text, x, y) if h else None
    rules = ("claim.unattributed",) + (("claim.it-is-said",) if it_is else ()) + (why,)
    if kind == "report":  # "It is understood that C": the report is C
        em.emit(kind, [(it_is.end() if it_is else x, y)], sent, rules, cue=h[2] if h else None, cue_span=Span(h[0], h[1]) if h else None,
                extra=h)
    else:
        em.emit(kind, [(x, y)], sent, rules)
