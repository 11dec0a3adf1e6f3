"""The claim record and the extractor's entry point.

A claim is a checkable statement plus who is said to have made it (see tests/gold/GUIDE.md).
All spans are `[start, end)` in the document's normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reader.core.clauses import (
    _clauses,
    _concessive,
    _gaps,
    _letters,
    _own_statement,
    _quote_cover,
)
from reader.core.cues import DOUBT_CUES, HEDGES, OUTLET_HEAD, REPORT_HEDGES
from reader.core.document import Document
from reader.core.frames import Frame, according, find_frames, has_cue_words
from reader.core.numbers import Found, find_numbers
from reader.core.quotes import Quote, find_quotes, find_single_quotes, mask_quotes
from reader.core.segment import paragraph_sentences, paragraphs
from reader.core.spans import Span
from reader.core.speakers import Speaker, SpeakerMemory, split_subject

KINDS = ("quote", "attribution", "report", "statistic", "assertion")


@dataclass(frozen=True, slots=True)
class Number:
    span: Span
    text: str
    value: float | None


@dataclass(slots=True)
class Claim:
    kind: str
    span: Span
    quote: str
    fragments: list[Span] = field(default_factory=list)
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    via: str | None = None
    role: str | None = None
    hedged: bool = False
    hedge: str | None = None
    numbers: list[Number] = field(default_factory=list)
    sentence: Span | None = None

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def to_json(self) -> dict[str, Any]:
        """The prediction format of score_claims.py, plus our extra fields."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "quote": self.quote,
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.as_list() if self.speaker_span else None,
            "cue": self.cue,
            "via": self.via,
            "role": self.role,
            "hedged": self.hedged,
            "numbers": [{"text": n.text, "start": n.span.start, "end": n.span.end, "value": n.value} for n in self.numbers],
        }
        if self.fragments:
            out["fragments"] = [f.as_list() for f in self.fragments]
        if self.hedge:
            out["hedge"] = self.hedge
        return out



BOILERPLATE = re.compile(
    r"^(?:[•·▪●◦*\-–]\s|Source:|Read (?:more|Full Article|the full)|Photo(?:graph)?s?:|Images?:|Credit:|Picture:|"
    r"Related(?: articles)?:|See also|Follow us|Sign up|Click here|Subscribe|Copyright|©|Advertisement$|"
    r"By [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}$|\(?(?:Photo|Image|Picture)\b.*\b(?:Getty|AP|Reuters|AFP|PA|Shutterstock)\b)",
)
"""Paragraphs that are page furniture, not article text: bullets (related links), footers, credits, bylines."""

_WORD = re.compile(r"[a-z]+")
_HEDGE_GATE = frozenset(
    """reportedly allegedly purportedly apparently presumably supposedly unconfirmed suspected appear appears appeared
    seem seems seemed sounds likely unlikely could may might estimate estimated rumored rumoured
    believed thought""".split()
)
_PASSIVE_GATE = (frozenset({"said", "reported"}), frozenset({"is", "are", "was", "were"}))
"""Words one of which every hedge contains ("said"/"reported" only with a form of 'be': "is said to");
paragraphs without any skip the hedge regex."""
_HEDGES_LOW = re.compile(HEDGES.pattern.replace(r"(?<![^\W\d])\b(", "("))
_RHEDGES_LOW = re.compile(REPORT_HEDGES.pattern.replace(r"(?<![^\W\d])\b(", "("))
"""The hedge patterns without a leading word boundary, run on lower-cased text: the regex engine can then
skip ahead by first letter (a leading \b forces a full attempt at every position)."""


def _scan(rx: re.Pattern[str], text: str, low: str, base: int) -> list[tuple[int, int, str]]:
    return [(base + m.start(), base + m.end(), text[base + m.start() : base + m.end()]) for m in rx.finditer(low)
            if m.start() == 0 or not low[m.start() - 1].isalnum()]


_LABEL = re.compile(r"\(\((?P<name>[^()]{1,40})\)\)\s*")
_META = re.compile(r"\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:unconfirmed|unclear|unknown|not known|uncertain)\b"
                   r"|\bcould not be (?:independently )?(?:verified|confirmed)\b")
"""Statements about what is not known introduce a claim; they are not one ("the toll remains unconfirmed but ...")."""
_VAGUE = re.compile(r"(?:some |unconfirmed |media |news |several |other |many |local )*(?:reports?|rumou?rs?|speculation)$", re.I)
"""A source too vague to name: "Some reports suggest a deliberate criminal act" is a report."""
_ADVERBIAL = re.compile(r"(?:On|In|At|By|During|Earlier|Later|Last|This|Early|Late|Since|Until|Before|After)(?:\s+[\w,’'-]+){1,4}\s*$")
"""A short stretch that is only a time or place phrase ("On Monday morning," before a frame) states nothing."""
_CHANNEL_OF = re.compile(
    r"(?P<ch>(?:[\w’'-]+\s+){0,3}?" + OUTLET_HEAD.pattern[2:-2] + r")\s+(?:from|by|of)\s+"
    r"(?P<src>(?:the\s+)?[A-Z][^,]*?)(?=\s+(?:during|on|in|at|last|this|earlier|late)\b|$)"
)
"""A channel named as the subject: "A statement from the ministry said" -> source the ministry, via the statement."""
_LEAD_PHRASE = re.compile(r"\s*(?:On|In|At|By|During|Earlier|Later|Last|This|Early|Late|Since|Until|Before|After|Following|Amid|Speaking|"
                          r"Meanwhile|However|Separately|Also|While|Whilst|When|Regarding|Addressing|Asked|Upon|Responding|Writing)\b")
_SURNAME = re.compile(r"[A-Z][a-z]{2,}$")
_COMMON_NP = re.compile(r"(?:one|a|an|the|another)(?:\s+[a-z][\w-]*){1,4}$", re.I)
_PROPER = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|de|the))*$")
"""An appositive pair "a common noun phrase, a proper name": the name is the speaker, the noun phrase its role."""
_SOURCE_NP = re.compile(
    r"(?:(?:the|an?|its|their|his|her|several|two|three|other)\s+)?(?:[A-Z][\w.&-]*\s+){0,2}"
    r"(?:(?:anonymous|unnamed|senior|security|intelligence|government|military|police|diplomatic|industry|informed)\s+){0,2}"
    r"sources?(?=\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ed|said|says|say|told)\b)"
)
"""Reported content whose subject is a source ("claims FSB sources have ascribed …"): the sources are the
speaker, the outer speaker the channel it reached the article through."""
def _foreign(s: str) -> bool:
    """Mostly letters outside the Latin script: original-language text beside an English article's quote."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 8 and sum(c > "\u024f" for c in letters) > 0.5 * len(letters)


class _Builder:
    """Per-document state: speaker memory and the claims so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.memory = SpeakerMemory()
        self.full_names: dict[str, str | None] = {}
        self.claims: list[Claim] = []
        self.last_quote_speaker: tuple[str | None, Span | None, str | None] = (None, None, None)
        self.p_nums: list[Found] = []
        self.p_hedges: list[tuple[int, int, str]] = []
        self.p_rhedges: list[tuple[int, int, str]] = []

    def found(self, spans: list[tuple[int, int]]) -> list[Found]:
        """Numbers inside spans, from the paragraph's one scan (the number regex is the costly part)."""
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
        body = " ".join(self.text[x:y] for x, y in spans)
        rh = self.hedge_in(spans, strong=True)
        if rh and (not attributed or rh[2].lower() in ("reportedly", "allegedly")):
            return "report"
        nums = self.found(spans)
        n_words = len(body.split())
        # a vague quantity ("thousands") or a time span in figures ("30 hours") is the point only of a short clause
        if any(n.statistical for n in nums) or any(n.statistical is None and n_words <= (12 if n.text[:1].isdigit() else 20) for n in nums):
            return "statistic"
        return "attribution" if attributed else "assertion"

    def speaker_of(self, f: Frame, base: int, prev: tuple[str | None, Span | None, str | None]) -> tuple[str | None, Span | None, str | None]:
        """(resolved name, mention span, role) for a frame; inherited frames reuse `prev`."""
        if f.inherited or f.subject is None:
            return prev
        a, b = base + f.subject[0], base + f.subject[1]
        mention = self.text[a:b]
        role = None
        ch = _CHANNEL_OF.match(mention)
        if ch:  # "Another report from the Mexican government during the weekend said": the government, via the report
            f.via = f.via or mention[: ch.end("ch")]
            a, b = a + ch.start("src"), a + ch.end("src")
            mention = self.text[a:b]
        if f.role is not None:
            ra, rb = base + f.role[0], base + f.role[1]
            first, second = split_subject(mention), split_subject(self.text[ra:rb])
            common = _COMMON_NP.match(mention) and _PROPER.match(self.text[ra:rb])
            if (second.person and not first.person) or common:  # "One news site, Znak.com, claims"
                a, b, ra, rb = ra, rb, a, b
                mention, first = self.text[a:b], second
            role = self.text[ra:rb]
            sp = first
        else:
            sp = split_subject(mention)
            role = sp.role
            pair = [split_subject(x) for x in re.split(r"\s+and\s+", mention)]
            pair = [p if p.person else split_subject(re.split(r"\s+(?:of|for|at|from|with|in)\s+", p.name)[-1]) for p in pair]
            in_pp = re.search(r"\s(?:of|for|at|from)\s+(?:the\s+)?[A-Z]", re.split(r"\s+and\s+", mention)[0])
            if len(pair) == 2 and all(p.person for p in pair) and not in_pp:  # "Senator X and Representative Y both questioned"
                sp = Speaker(f"{pair[0].name} and {pair[1].name}", None, False)
                role = None
        low = mention.lower()
        if not sp.person and _SURNAME.match(mention) and not any(p.split()[-1] == mention for p in self.memory.persons):
            if mention not in self.full_names:  # looked for once, in the 20,000 characters before: long texts stay linear
                rx = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+" + re.escape(mention) + r"\b")
                found = rx.findall(self.text, max(0, a - 20000), a)
                self.full_names[mention] = found[-1] if found else None
            full = self.full_names[mention]
            if full:  # "Johnson has repeatedly stated" after "Boris Johnson" in the text: a person
                sp = Speaker(full, sp.role, True)
        name = self.memory.resolve(sp, mention)
        if low == "who" and prev[0] and prev[1] and not self.text[prev[1].end : a].strip(" ,"):
            name = prev[0]  # "…, according to police, who said …"
        elif low == "who":
            before = self.text[base : a]
            ante = re.search(r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*),\s*$", before) \
                or re.search(r"((?:[A-Z][\w.’'-]*\s*){1,5}),?[^,]{0,60},?\s*$", before)
            if ante:  # the nearest name before ", who said": "the home of Prime Minister Tuilaepa, who told"
                sp = split_subject(ante.group(1).strip())
                name = self.memory.resolve(sp, sp.name)
                role = role or sp.role
        person = sp.person or low in ("he", "she") or name in self.memory.persons
        if low not in ("he", "she", "it", "they", "we", "i", "who"):
            self.memory.remember(name, person)
            if person and role:
                self.memory.remember_role(name, role)
        else:
            self.memory.last_speaker = name
        return name, Span(a, b), role

    def paragraph(self, para: Span) -> None:
        text = self.text
        head = text[para.start : para.start + 80]
        if BOILERPLATE.match(head) or head.startswith("  •"):
            return
        label = _LABEL.match(text, para.start, para.end)
        self.p_nums = find_numbers(text, para.start, para.end)
        low = text[para.start : para.end].lower()
        words = set(_WORD.findall(low))  # the paragraph's one word scan: it gates hedges, cues and 'according to'
        if _HEDGE_GATE.isdisjoint(words) and (_PASSIVE_GATE[0].isdisjoint(words) or _PASSIVE_GATE[1].isdisjoint(words)):
            self.p_hedges, self.p_rhedges = [], []
        else:
            self.p_hedges = _scan(_HEDGES_LOW, text, low, para.start)
            self.p_rhedges = [h for h in self.p_hedges if _RHEDGES_LOW.match(low, h[0] - para.start)]
        cues = has_cue_words(words)
        acc_gate = "according" in words or "per" in words
        quotes = find_quotes(text, para.start, para.end) or find_single_quotes(text, para.start, para.end)
        mp = mask_quotes(text, quotes, para.start, para.end)
        quote_speaker: dict[int, tuple[str | None, Span | None, str | None]] = {}
        pending: list[tuple[Claim, Quote | None]] = []
        prev: tuple[str | None, Span | None, str | None] = (None, None, None)
        for sent in paragraph_sentences(text, para):
            base = sent.start
            ms = mp[sent.start - para.start : sent.end - para.start]
            if ms.rstrip(" ”\"’')").endswith("?"):
                continue
            if not ms.isascii() and _foreign(ms):
                continue  # a quote's original-language text ("((hi))Hindi language: …"): a duplicate, not a claim
            if label and sent.start <= label.end():
                name = label.group("name").strip()
                if name.upper() in ("WN", "WIKINEWS"):
                    return
                self.memory.note_person(name)
                prev = (name, None, None)
                ms = " " * (label.end() - sent.start) + ms[label.end() - sent.start :]
            frames = find_frames(ms) if cues else []
            acc = according(ms) if acc_gate else None
            covered: list[tuple[int, int]] = []
            if acc is not None:
                (sa, sb), contents, fstart = acc
                inside = [f for f in frames if f.region[0] >= sa and f.region[0] < sb + 2]
                if inside:
                    inside[0].via = text[base + sa : base + inside[0].region[0]].strip(" ,")
                else:
                    frames = [f for f in frames if not (sa <= f.cue_start < sb)]
                    frames = [f for f in frames if f.region[0] >= fstart + (sb - fstart) or f.region[0] < fstart]
                    mention = text[base + sa : base + sb]
                    sp = split_subject(re.sub(r"^(?:the\s+)?", "", mention))
                    via = None
                    m = re.match(r"(?:the\s+|an?\s+)?(.+?)[’']s\s+(.+)", mention)
                    name = self.memory.resolve(sp, mention)
                    if m:
                        via, name = mention, m.group(1)
                    self.memory.remember(name, sp.person)
                    spk = (name, Span(base + sa, base + sb), sp.role)
                    covered.append((fstart, sb))
                    own = [c for c in contents if not any(f.region[0] <= c[0] < (f.contents[-1][1] if f.contents else f.region[1]) for f in frames)]
                    if own:
                        frag = own if len(own) > 1 and own[0][1] < fstart and own[1][0] > sb and not re.search(r"[.;]", ms[own[0][1]:fstart]) else own[:1]
                        groups = [frag] if frag is not own[:1] or len(own) == 1 else [[c] for c in own]
                        groups = [h for g in groups for h in _concessive(ms, g)]
                        for g in groups:
                            spans = [(base + x, base + y) for x, y in g]
                            covered.extend(g)
                            self._content(spans, sent, spk, "according to", via, quotes, pending, hedged=False)
                    prev = spk
            nest_via: str | None = None
            for i, f in enumerate(frames):
                if not f.contents and i + 1 == len(frames) and not f.passive_by:
                    continue  # "Over 1,000 rescuers responded.": a cue verb with nothing reported
                spk = self.speaker_of(f, base, prev)
                prev = spk
                covered.append(f.region)
                via = f.via if f.via is None or f.verb != "told" or re.search(r"\b[A-Z]|press|media", f.via) else None
                if nest_via and not via:
                    via = nest_via
                    own = re.match(r"(?:its|their)\s+(.+)", spk[0] or "")
                    if own:  # "Znak.com further reported its source said": the outlet's source
                        spk = (f"{nest_via}’s {own.group(1)}", spk[1], spk[2])
                nest_via = None
                if not f.contents and i + 1 < len(frames):
                    nest_via = spk[0]
                    continue
                hedged = f.verb in DOUBT_CUES
                lead = re.search(r"(?:^|,\s*)(?:[Aa]ccording to|[Ii]n|[Oo]n|[Vv]ia)\s+((?:an?|the)\s+[^,]{3,80}?)\s*$", ms[: f.region[0]])
                if lead and (acc is None or acc[0][0] > f.region[0]):
                    via = via or lead.group(1)
                    covered.append((lead.start(), f.region[0]))
                parts: list[list[tuple[int, int]]] = []
                if len(f.contents) == 2 and f.contents[0][1] <= f.region[0] and re.match(r"[“\"]", ms[f.contents[1][0]:]):
                    parts.append(list(f.contents))  # '“A,” he said, “B”': one quote in two fragments
                else:
                    for c in f.contents:
                        pos = c[0]
                        for m in re.finditer(r",?\s+and\s+that\s+|:\s*(?=[“\"])", ms[c[0] : c[1]]):
                            parts.append([(pos, c[0] + m.start())])
                            pos = c[0] + m.end()
                        parts.append([(pos, c[1])])
                parts = _own_statement(ms, parts)
                for part in parts:
                    covered.extend(part)
                    src = _SOURCE_NP.match(ms, part[0][0])
                    if src and spk[0]:
                        spk, via = (src.group(0), Span(base + src.start(), base + src.end()), None), spk[0]
                    self._content([(base + x, base + y) for x, y in part], sent, spk, f.cue, via, quotes, pending,
                                  hedged=hedged, cue_span=Span(base + f.cue_start, base + f.cue_end))
            # unattributed stretches
            gaps = _gaps(len(ms), covered)
            topic = any(re.search(r",\s*which\s*$", ms[: f.region[0]]) for f in frames)
            starts = {f.region[0] for f in frames}
            for ga, gb in gaps:
                if topic and gb <= min(f.region[0] for f in frames):
                    continue
                if gb in starts and _LEAD_PHRASE.match(ms, ga, gb) and not re.search(r"[;:.]|\b(?:has|have|had|is|are|was|were|[a-z]{3,}ed)\s", ms[ga:gb]):
                    continue  # "On September 13 — two days after the ruling — he said": circumstances of the frame
                spans = _clauses(text, base + ga, base + gb)
                if not spans:  # a short quoted sentence ("I may do it.", "He resisted.") is still a statement
                    q = next((q for q in quotes if q.start <= base + ga + 2 and q.end >= base + gb - 2), None)
                    if q and len(text[base + ga : base + gb].split()) >= 2 and _letters(text, base + ga, base + gb) >= 6:
                        c = self.emit("quote", [(max(q.start, base + ga), min(q.end, base + gb))], sent)
                        pending.append((c, q))
                for x, y in spans:
                    if _META.search(text[x:y]) or _ADVERBIAL.match(text, x, y):
                        continue
                    inq = _quote_cover(quotes, x, y)
                    if inq and sum(q[1] - q[0] for q in inq) >= 0.5 * (y - x):
                        q = next(q for q in quotes if q.start < y and q.end > x)
                        c = self.emit("quote", [(max(q.start, x), min(q.end, sent.end))], sent)
                        pending.append((c, q))
                        continue
                    kind = self.kind_of([(x, y)], attributed=False)
                    c = self.emit(kind, [(x, y)], sent)
                    if kind == "report":
                        h = self.hedge_in([(x, y)], strong=True)
                        c.cue, c.cue_span = (h[2], Span(h[0], h[1])) if h else (None, None)
        # quotes with no frame of their own: the speaker of the same quote elsewhere, else the previous quote's
        for c, q in pending:
            if q is not None and c.speaker:
                quote_speaker.setdefault(q.open_mark, (c.speaker, c.speaker_span, c.role))
        for c, q in pending:
            if c.speaker is not None:
                continue
            spk = quote_speaker.get(q.open_mark) if q else None
            if spk is None:
                # the nearest quote before it with a speaker, else the first after it, else the last paragraph's
                keys = sorted(quote_speaker)
                before = [k for k in keys if q is None or k < q.open_mark]
                k = before[-1] if before else (keys[0] if keys else None)
                spk = quote_speaker[k] if k is not None else self.last_quote_speaker
            c.speaker, c.role = spk[0], spk[2]
            c.speaker_span = c.speaker_span or spk[1]
        named = [c for c, q in pending if c.kind == "quote" and c.speaker]
        if named:
            self.last_quote_speaker = (named[-1].speaker, named[-1].speaker_span, named[-1].role)

    def _content(self, spans: list[tuple[int, int]], sent: Span, spk: tuple[str | None, Span | None, str | None],
                 cue: str, via: str | None, quotes: list[Quote], pending: list[tuple[Claim, Quote | None]],
                 hedged: bool, cue_span: Span | None = None) -> None:
        """Turn the content of one frame into claims: quotes when quote marks carry it, else by kind."""
        text = self.text
        name, mention, role = spk
        kw = dict(speaker=name, speaker_span=mention, role=role, cue=cue, cue_span=cue_span, via=via)
        total = sum(_letters(text, a, b) for a, b in spans)
        pieces = [p for a, b in spans for p in _quote_cover(quotes, a, b)]
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
                c = self.emit("quote", g, sent, **kw)  # type: ignore[arg-type]
                if hedged:
                    c.hedged, c.hedge = True, cue
                q = next((q for q in quotes if q.start <= g[0][0] < q.end), None)
                pending.append((c, q))
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
        c = self.emit(kind, spans, sent, **kw)  # type: ignore[arg-type]
        if hedged:
            c.hedged, c.hedge = True, cue
        if kind == "quote" or pieces:
            pending.append((c, None))


def extract_claims(doc: Document) -> list[Claim]:
    """Find the claims of a document's body (title excluded), in text order."""
    b = _Builder(doc)
    for para in paragraphs(doc.text, doc.body_start):
        b.paragraph(para)
    b.claims.sort(key=lambda c: (c.span.start, c.span.end))
    return b.claims


def iter_claims(doc: Document, batch_chars: int = 200_000):  # noqa: ANN201 - Iterator[tuple[list[Claim], float]]
    """Claims in batches of whole paragraphs, with the fraction of the body read so far, so a
    long document's claims can be shown as they are found (same results as extract_claims)."""
    b = _Builder(doc)
    done, chars = 0, 0
    body = max(1, len(doc.text) - doc.body_start)
    for para in paragraphs(doc.text, doc.body_start):
        b.paragraph(para)
        chars += para.end - para.start
        if chars >= batch_chars:
            batch = sorted(b.claims[done:], key=lambda c: (c.span.start, c.span.end))
            done, chars = len(b.claims), 0
            yield batch, (para.end - doc.body_start) / body
    yield sorted(b.claims[done:], key=lambda c: (c.span.start, c.span.end)), 1.0
