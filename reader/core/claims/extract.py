"""The extractor's entry point and its paragraph pass.

`extract_claims` / `iter_claims` run `_Builder.paragraph` over a document's body: quotes, attribution frames
and 'according to' per sentence, then the unattributed stretches. The claim record lives in claim_record.py,
kinds and emission in claim_kinds.py, speaker resolution in claim_speakers.py (all re-exported here).
"""

from __future__ import annotations

import re

from reader.core.claims.according import VIEW_WORDS, according
from reader.core.claims.clauses import (
    _clauses,
    _concessive,
    _gaps,
    _letters,
    _own_statement,
    _quote_cover,
    _reason_parts,
    _relative_parts,
)
from reader.core.claims.confidence import rate_speakers
from reader.core.claims.cues import DOUBT_CUES
from reader.core.claims.frames import cue_hits, find_frames
from reader.core.claims.interview import Transcript, answer_claims, is_interview_note
from reader.core.claims.kinds import (
    _HEDGE_GATE,
    _HEDGES_LOW,
    _PASSIVE_GATE,
    _RHEDGES_LOW,
    _WORD,
    _Kinds,
    _scan,
)
from reader.core.claims.numbers import Found, find_numbers
from reader.core.claims.quotes import Quote, find_quotes, find_single_quotes, mask_quotes
from reader.core.claims.record import KINDS, Claim, Number
from reader.core.claims.reporting import cut_questions, process_spans
from reader.core.claims.second_look import second_look
from reader.core.claims.speaker_resolution import _CHANNEL_OF, _Speakers
from reader.core.claims.speakers import SpeakerMemory, split_subject
from reader.core.claims.typewriter import real_texts, view_of
from reader.core.documents.document import Document
from reader.core.text.segment import paragraph_sentences, paragraphs
from reader.core.text.spans import Span

__all__ = ["KINDS", "Claim", "Number", "extract_claims", "iter_claims"]

BOILERPLATE = re.compile(
    r"^(?:[•·▪●◦*\-–]\s|Source:|Read (?:more|Full Article|the full)|Photo(?:graph)?s?:|Images?:|Credit:|Picture:|"
    r"Related(?: articles)?:|See also|Follow us|Sign up|Click here|Subscribe|Copyright|©|Advertisement$|"
    r"By [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}$|\(?(?:Photo|Image|Picture)\b.*\b(?:Getty|AP|Reuters|AFP|PA|Shutterstock)\b)",
)
"""Paragraphs that are page furniture, not article text: bullets (related links), footers, credits, bylines."""

_LABEL = re.compile(r"\(\((?P<name>[^()]{1,40})\)\)\s*")
_META = re.compile(r"\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:unconfirmed|unclear|unknown|not known|uncertain)\b"
                   r"|\bcould not be (?:independently )?(?:verified|confirmed)\b")
"""Statements about what is not known introduce a claim; they are not one ("the toll remains unconfirmed but ...")."""


def _meta(s: str) -> bool:
    """`_META.search(s)`, skipped when s lacks what every match holds ('unc', 'unk' or 'not')."""
    return ("unc" in s or "unk" in s or "not" in s) and _META.search(s) is not None


_IT_IS_SAID = re.compile(r"It\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+)?\w+\s+that\s+")
_ADVERBIAL = re.compile(r"(?:On|In|At|By|During|Earlier|Later|Last|This|Early|Late|Since|Until|Before|After|Shortly)(?:\s+[\w,:’'-]+){1,4}\s*$")
"""A short stretch that is only a time or place phrase ("On Monday morning," before a frame) states nothing."""
_DESCRIBE = ("describ", "call", "characteri", "dub", "label", "term")
_LEAD_PHRASE = re.compile(r"\s*(?:On|In|At|By|During|Earlier|Later|Last|This|Early|Late|Since|Until|Before|After|Following|Amid|Speaking|Shortly|"
                          r"Meanwhile|However|Separately|Also|While|Whilst|When|Regarding|Addressing|Asked|Upon|Responding|Writing|Citing|Quoting)\b")
_SOURCE_NP = re.compile(
    r"(?:(?:the|an?|its|their|his|her|several|two|three|other)\s+)?(?:[A-Z][\w.&-]*\s+){0,2}"
    r"(?:(?:anonymous|unnamed|senior|security|intelligence|government|military|police|diplomatic|industry|informed)\s+){0,2}"
    r"sources?(?=\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ed|said|says|say|told)\b)"
)
"""Reported content whose subject is a source ("claims FSB sources have ascribed …"): the sources are the
speaker, the outer speaker the channel it reached the article through."""


_ABOVE_LATIN = re.compile(r"[^\x00-\u024f]+")


def _foreign(s: str) -> bool:
    """Mostly letters outside the Latin script: original-language text beside an English article's quote."""
    if not any(c.isalpha() for run in _ABOVE_LATIN.findall(s) for c in run):
        return False  # only curly quotes, dashes and the like above Latin: no need to count the letters
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 8 and sum(c > "\u024f" for c in letters) > 0.5 * len(letters)


_ARGUE = re.compile(r"argu|contend|contention|insist|maintain|position", re.I)


def _argument_continued(claims: list[Claim]) -> None:
    """A sentence of the article's voice between two sentences of argument in one paragraph continues the first
    one's argument: "The government's counter-argument was that C. If Parliament …, it has the power to change
    the law. It is not for the Court to opine …, argued the government's lawyer" (the middle one is the government's)."""
    by_sent: dict[int, list[Claim]] = {}
    for c in claims:
        if c.sentence is not None:
            by_sent.setdefault(c.sentence.start, []).append(c)
    sents = [by_sent[k] for k in sorted(by_sent)]
    for before, mid, after in zip(sents, sents[1:], sents[2:], strict=False):
        argued = [c for c in before if c.speaker and c.cue and _ARGUE.search(c.cue)]
        if argued and all(c.speaker is None and c.kind in ("assertion", "statistic") for c in mid) \
                and any(c.speaker and c.cue and _ARGUE.search(c.cue) for c in after):
            for c in mid:
                c.speaker, c.speaker_span, c.role = argued[-1].speaker, argued[-1].speaker_span, argued[-1].role
                c.kind = "attribution" if c.kind == "assertion" else c.kind


class _Builder(_Kinds, _Speakers):
    """Per-document state: speaker memory and the claims so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.memory = SpeakerMemory()
        self.full_names: dict[str, str | None] = {}
        self.claims: list[Claim] = []
        self.transcript = Transcript(doc.text)
        self.last_quote_speaker: tuple[str | None, Span | None, str | None] = (None, None, None)
        self.p_nums: list[Found] = []
        self.p_hedges: list[tuple[int, int, str]] = []
        self.p_rhedges: list[tuple[int, int, str]] = []
        self.closing_cue: dict[int, tuple[str | None, Span | None, str | None]] = {}
        self.p_words: set[str] | None = None
        self.p_para: Span | None = None

    @property
    def interview(self) -> bool:
        """Whether the document reads as a question-and-answer transcript (interview.py)."""
        return self.transcript.active

    def paragraph(self, para: Span) -> None:
        """One paragraph's claims. In an interview transcript (interview.py) the asking side's turns are skipped,
        and what the interviewee says in an answer is a quote by them."""
        turn = self.transcript.turn(para, lambda: self.memory.persons) if self.transcript.active else None
        first = len(self.claims)
        self.p_words, self.p_para = None, para
        if turn is None:
            self._paragraph(para)
            self._drop_reporting(first, para)
            second_look(self, first, para)
            rate_speakers(self.text, self.claims[first:], para.start, self.memory.persons)
            return
        if turn.speaker is None:
            return
        self.memory.note_person(turn.speaker)
        self._paragraph(turn.body)
        self.claims[first:] = answer_claims(self.claims[first:], turn, self.text, self.transcript.via)
        self._drop_reporting(first, para)
        rate_speakers(self.text, self.claims[first:], para.start, self.memory.persons, turn=True)

    def _drop_reporting(self, first: int, para: Span) -> None:
        """The outlet's own reporting ("Wikinews reached out to …", "declined to comment") and, in a transcript, its
        line about the interview ("Wikinews caught up with Dr Martisius …") are not claims (reporting.py, interview.py)."""
        self.claims[first:] = cut_questions(self.text, self.claims[first:], para.start, para.end, self.p_words)
        process = process_spans(self.text, para.start, para.end, self.p_words)
        if not process and not self.transcript.active:
            return
        keep = []
        for c in self.claims[first:]:
            if any(a < c.span.end and c.span.start < b for a, b in process):
                continue
            if self.transcript.active and c.sentence and is_interview_note(c.sentence.of(self.text), self.transcript.interviewers):
                continue
            keep.append(c)
        self.claims[first:] = keep

    def _paragraph(self, para: Span) -> None:
        text = self.text
        head = text[para.start : para.start + 80]
        if BOILERPLATE.match(head) or head.startswith("  •"):
            return
        label = _LABEL.match(text, para.start, para.end)
        self.p_nums = find_numbers(text, para.start, para.end)
        low = text[para.start : para.end].lower()
        words = set(_WORD.findall(low))  # the paragraph's one word scan: it gates hedges, cues and 'according to'
        self.p_words = words if para == self.p_para else None  # (and, for the whole paragraph, reporting.py)
        if _HEDGE_GATE.isdisjoint(words) and (_PASSIVE_GATE[0].isdisjoint(words) or _PASSIVE_GATE[1].isdisjoint(words)):
            self.p_hedges, self.p_rhedges = [], []
        else:
            self.p_hedges = _scan(_HEDGES_LOW, text, low, para.start)
            self.p_rhedges = [h for h in self.p_hedges if _RHEDGES_LOW.match(low, h[0] - para.start)]
        cues = cue_hits(words)
        acc_gate = "according" in words or "per" in words or not VIEW_WORDS.isdisjoint(words)
        quotes = find_quotes(text, para.start, para.end) or find_single_quotes(text, para.start, para.end)
        mp = mask_quotes(text, quotes, para.start, para.end)
        quote_speaker: dict[int, tuple[str | None, Span | None, str | None]] = {}
        self.closing_cue = {}
        pending: list[tuple[Claim, Quote | None]] = []
        first_claim = len(self.claims)
        prev: tuple[str | None, Span | None, str | None] = (None, None, None)
        for sent in paragraph_sentences(text, para):
            base = sent.start
            ms = mp[sent.start - para.start : sent.end - para.start]
            if text[sent.start : sent.end].rstrip(" ”\"’')").endswith("?"):
                continue  # a question, also inside a quote ("How can you do this despite the United Nations?")
            if not ms.isascii() and _foreign(ms):
                continue  # a quote's original-language text ("((hi))Hindi language: …"): a duplicate, not a claim
            if label and sent.start <= label.end():
                name = label.group("name").strip()
                if name.upper() in ("WN", "WIKINEWS"):
                    return
                self.memory.note_person(name)
                prev = (name, None, None)
                ms = " " * (label.end() - sent.start) + ms[label.end() - sent.start :]
            frames = find_frames(ms, cues) if cues else []
            acc = according(ms) if acc_gate else None
            covered: list[tuple[int, int]] = []
            if acc is not None:
                (sa, sb), contents, fstart = acc
                inside = [f for f in frames if f.region[0] >= sa and f.region[0] < sb + 2]
                if inside:
                    inside[0].via = text[base + sa : base + inside[0].region[0]].strip(" ,")
                    lead_in = [ct for ct in contents if ct[1] <= fstart]
                    ch = _CHANNEL_OF.match(inside[0].via)
                    if lead_in and ch:  # "C, according to a report from ABC Australia in which they said D": C is ABC's
                        src_span = Span(base + sa + ch.start("src"), base + sa + ch.end("src"))
                        covered.extend(lead_in + [(fstart, inside[0].region[0])])
                        self._content([(base + x, base + y) for x, y in lead_in], sent,
                                      (re.sub(r"^the\s+", "", text[src_span.start : src_span.end]), src_span, None),
                                      "according to", ch.group("ch"), quotes, pending, hedged=False)
                else:
                    frames = [f for f in frames if not (sa <= f.cue_start < sb)]
                    frames = [f for f in frames if f.region[0] >= fstart + (sb - fstart) or f.region[0] < fstart]
                    mention = text[base + sa : base + sb]
                    sp = split_subject(re.sub(r"^(?:the\s+)?", "", mention))
                    via = None
                    m = re.match(r"(?:the\s+|an?\s+)?(.+?)[’']s\s+(.+)", mention)
                    name = self.memory.resolve(sp, mention)
                    channel = _CHANNEL_OF.match(mention)
                    if m:
                        via, name = mention, m.group(1)
                    elif channel:  # "According to a statement from the ministry": the ministry, via the statement
                        via, name = channel.group("ch"), channel.group("src")
                    self.memory.remember(name, sp.person)
                    spk: tuple[str | None, Span | None, str | None] = (name, Span(base + sa, base + sb), sp.role)
                    covered.append((fstart, min((c[0] for c in contents if c[0] >= sb), default=sb)))  # with a role after it
                    own = [c for c in contents if not any(f.region[0] <= c[0] < (f.contents[-1][1] if f.contents else f.region[1]) for f in frames)]
                    if own:
                        joined = len(own) > 1 and own[0][1] < fstart and own[1][0] > sb and not re.search(r"[.;]", ms[own[0][1]:fstart])
                        groups = [own] if joined or len(own) == 1 else [[c] for c in own]
                        groups = [h for g in groups for h in _concessive(ms, g)]
                        for g in groups:
                            spans = [(base + x, base + y) for x, y in g]
                            covered.extend(g)
                            self._content(spans, sent, spk, "according to", via, quotes, pending, hedged=False)
                    prev = spk
            nest_via: str | None = None
            for i, f in enumerate(frames):
                if not f.contents and i + 1 == len(frames) and not f.passive_by:
                    aside = re.search(r",\s*as\s+$", ms[: f.region[0]])
                    if aside:  # "…, as the Court of Session found.": the article's aside to the content before it
                        covered.append((aside.start(), f.region[1]))
                    elif f.confirms:
                        covered.append(f.region)
                    continue  # "Over 1,000 rescuers responded.": a cue verb with nothing reported
                spk = self.speaker_of(f, base, prev)
                prev = spk
                covered.append(f.region)
                via = f.via if f.via is None or f.verb != "told" or re.search(r"\b[A-Z]|press|media", f.via) else None
                if nest_via and not via:
                    via = nest_via
                    owned = re.match(r"(?:its|their)\s+(.+)", spk[0] or "")
                    if owned:  # "Znak.com further reported its source said": the outlet's source
                        spk = (f"{nest_via}’s {owned.group(1)}", spk[1], spk[2])
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
                if f.joined or len(f.contents) == 2 and f.contents[0][1] <= f.region[0] and re.match(r"[“\"]", ms[f.contents[1][0]:]):
                    parts.append(list(f.contents))  # '“A,” he said, “B”': one quote in two fragments
                else:
                    for ca, cb in f.contents:
                        pos = ca
                        for cut in re.finditer(r",?\s+and\s+that\s+|:\s*(?=[“\"])", ms[ca:cb]):
                            parts.append([(pos, ca + cut.start())])
                            pos = ca + cut.end()
                        parts.append([(pos, cb)])
                ends = [p[-1][1] for p in parts]
                parts = _reason_parts(ms, _relative_parts(ms, _own_statement(ms, parts), ends))
                for part in parts:
                    covered.extend(part)
                    src = _SOURCE_NP.match(ms, part[0][0])
                    if src and spk[0]:
                        spk, via = (src.group(0), Span(base + src.start(), base + src.end()), None), spk[0]
                    self._content([(base + x, base + y) for x, y in part], sent, spk, f.cue, via, quotes, pending,
                                  hedged=hedged, cue_span=Span(base + f.cue_start, base + f.cue_end))
            # unattributed stretches
            gaps = _gaps(len(ms), covered)
            # "Mariupol, which HRW has described as “…”": the main clause is the description's topic, not a claim
            # ("fires, which state media said were under control" states both)
            topic = any(re.search(r",\s*which\s*$", ms[: f.region[0]]) and f.verb.startswith(_DESCRIBE) for f in frames)
            starts = {f.region[0] for f in frames}
            for ga, gb in gaps:
                if topic and gb <= min(f.region[0] for f in frames):
                    continue
                if gb in starts and _LEAD_PHRASE.match(ms, ga, gb) \
                        and not re.search(r"[;:]|\.(?:\s|$)|\b(?:has|have|had|is|are|was|were|[a-z]{3,}ed)\s", ms[ga:gb].rstrip(" ,")):
                    continue  # "On September 13 — two days after the ruling — he said": circumstances of the frame
                spans = _clauses(text, base + ga, base + gb)
                if not spans:  # a short quoted sentence ("I may do it.", "He resisted.") is still a statement
                    q = next((q for q in quotes if q.start <= base + ga + 2 and q.end >= base + gb - 2), None)
                    if q and len(text[base + ga : base + gb].split()) >= 2 and _letters(text, base + ga, base + gb) >= 6:
                        c = self.emit("quote", [(max(q.start, base + ga), min(q.end, base + gb))], sent)
                        pending.append((c, q))
                for x, y in spans:
                    if _meta(text[x:y]) or _ADVERBIAL.match(text, x, y):
                        continue
                    inq = _quote_cover(quotes, x, y)
                    if inq and sum(q[1] - q[0] for q in inq) >= 0.5 * (y - x):
                        q = next(q for q in quotes if q.start < y and q.end > x)
                        if any(c.kind == "quote" and c.sentence == sent and c.span.start <= max(q.start, x) < c.span.end
                               for c in self.claims[first_claim:]):
                            continue  # "…, with something joyful, positive.": the quote's sentence is one claim already
                        c = self.emit("quote", [(max(q.start, x), min(q.end, sent.end))], sent)
                        pending.append((c, q))
                        subject = self.subject_of_sentence(sent.start, q.open_mark) if q.open_mark > sent.start + 2 else None
                        if subject and subject[0]:  # a partial quote in a sentence about its speaker, with no cue
                            c.speaker, c.speaker_span, c.role = subject
                        continue
                    kind = self.kind_of([(x, y)], attributed=False)
                    h = self.hedge_in([(x, y)], strong=True) if kind == "report" else None
                    it_is = _IT_IS_SAID.match(text, x, y) if h else None
                    c = self.emit(kind, [(it_is.end() if it_is else x, y)], sent)
                    if kind == "report":  # "It is understood that C": the report is C
                        c.cue, c.cue_span = (h[2], Span(h[0], h[1])) if h else (None, None)
                        c.hedged, c.hedge = c.hedged or h is not None, c.hedge or (h[2] if h else None)
        _argument_continued(self.claims[first_claim:])
        # quotes with no frame of their own: the speaker of the same quote elsewhere, else the previous quote's
        for c, q in pending:
            closing = self.closing_cue.get(q.open_mark) if q is not None else None
            if closing and c.speaker != closing[0] and c.kind == "quote":
                # '…: “A. B,” said X': the cue after the quote's closing mark names who said all of it
                c.speaker, c.speaker_span, c.role = closing
            if q is not None and c.speaker:
                quote_speaker.setdefault(q.open_mark, (c.speaker, c.speaker_span, c.role))
        for c, q in pending:
            if c.speaker is not None:
                continue
            same = quote_speaker.get(q.open_mark) if q else None
            if same is None:
                # the nearest quote before it with a speaker, else the first after it, else the last paragraph's
                keys = sorted(quote_speaker)
                before = [k for k in keys if q is None or k < q.open_mark]
                k = before[-1] if before else (keys[0] if keys else None)
                same = quote_speaker[k] if k is not None else self.last_quote_speaker
            c.speaker, c.role = same[0], same[2]
            c.speaker_span = c.speaker_span or same[1]
        named = [c for c, q in pending if c.kind == "quote" and c.speaker]
        if named:
            self.last_quote_speaker = (named[-1].speaker, named[-1].speaker_span, named[-1].role)



def extract_claims(doc: Document) -> list[Claim]:
    """Find the claims of a document's body (title excluded), in text order."""
    b = _Builder(view_of(doc))
    for para in paragraphs(b.text, doc.body_start):
        b.paragraph(para)
    b.claims.sort(key=lambda c: (c.span.start, c.span.end))
    return real_texts(doc, b.claims) if b.text is not doc.text else b.claims


def iter_claims(doc: Document, batch_chars: int = 200_000):  # noqa: ANN201 - Iterator[tuple[list[Claim], float]]
    """Claims in batches of whole paragraphs, with the fraction of the body read so far, so a
    long document's claims can be shown as they are found (same results as extract_claims)."""
    b = _Builder(view_of(doc))
    done, chars = 0, 0
    body = max(1, len(doc.text) - doc.body_start)
    for para in paragraphs(b.text, doc.body_start):
        b.paragraph(para)
        chars += para.end - para.start
        if chars >= batch_chars:
            batch = sorted(b.claims[done:], key=lambda c: (c.span.start, c.span.end))
            done, chars = len(b.claims), 0
            yield real_texts(doc, batch) if b.text is not doc.text else batch, (para.end - doc.body_start) / body
    batch = sorted(b.claims[done:], key=lambda c: (c.span.start, c.span.end))
    yield real_texts(doc, batch) if b.text is not doc.text else batch, 1.0
