"""The extractor's entry points: `extract_claims` (a document's claims) and `iter_claims` (the same, streamed).

A document is read paragraph by paragraph, in order, through named stages (reader/core/claims/stages/):

1. paragraph.py — the paragraph scanned once (words, numbers, hedges, quote spans, the masked text), or dropped
   as page furniture; in an interview transcript, interview.py says whose turn it is;
2. sentences (reader.core.text.segment), each skipped when it is a question or original-language text;
3. frames/ — attribution frames: cue, source mention, content, channel (and 'according to');
4. speakers/ — each frame's source resolved to the name a reader should see;
5. kinds.py, unattributed.py — claims of the frames' content and of the stretches no frame covers, with their
   kinds, hedges and numbers;
6. carry.py, not_claims.py — quotes with no cue of their own take a speaker; the outlet's own reporting and
   reported questions go;
7. second_look.py — sentences left unattributed read again with plain frames and the long tail of cues, and
   pronouns_after.py — a 'she' or 'they' right after a source the second look found is that source;
   documents.py — a document as the speaker ('The statement said') is its issuer's words; lead_ins.py —
   sentences that announce, sum up or talk to the reader ('Later, he shared an update on the IRC channel.') go;
   measures.py — a figure read 'in the RealClearPolitics average' is that body's; press.py — the press-release
   layout: a quote printed as paragraphs after a cue line ending in a colon, one claim a paragraph;
8. confidence.py — how sure each speaker is; where the evidence is weak, no name but `speaker_candidates`.

Doubled apostrophes used as quote marks (newswire archives) are read through a same-length view (typewriter.py).

Every claim says which rules made it (`Claim.rules`) and which chose its speaker (`Claim.speaker_rules`). A
paragraph's claims depend only on the paragraphs before it, so `iter_claims` hands them out as they are made.

Its rules (id, what each decides, a real example): rules/extract.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.opinion import FEELINGS
from reader.core.claims.record import KINDS, Claim, Number
from reader.core.claims.rules import words_of
from reader.core.claims.rules.record import warm_gates
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.blockquote import Block, block_cue_line, block_paragraph, tweet_line
from reader.core.claims.stages.carry import argument_continued, passive_advice, quote_speakers, speech_continued
from reader.core.claims.stages.confidence import rate_speakers
from reader.core.claims.stages.documents import document_issuers
from reader.core.claims.stages.interview import Transcript, answer_claims, is_interview_note, may_hold_note
from reader.core.claims.stages.kinds import Emitter
from reader.core.claims.stages.lead_ins import drop_lead_ins
from reader.core.claims.stages.measures import measure_sources
from reader.core.claims.stages.not_claims import cut_questions, drop_quoted_questions, process_spans, voice_spans
from reader.core.claims.stages.own_speaker import paragraph_speakers
from reader.core.claims.stages.paragraph import BOILERPLATE, Scan, back_matter, scan
from reader.core.claims.stages.press import Run, press_layout
from reader.core.claims.stages.pronouns_after import pronouns_after_second_look
from reader.core.claims.stages.second_look import last_quote_speaker, second_look
from reader.core.claims.stages.sentence import SentencePass
from reader.core.claims.stages.speakers.coref import introduced_person
from reader.core.claims.stages.speakers.memory import SpeakerMemory
from reader.core.claims.stages.speakers.resolve import Resolver
from reader.core.claims.stages.speakers.who import NOBODY, Who
from reader.core.claims.stages.typewriter import real_texts, view_of
from reader.core.documents.document import Document
from reader.core.text.language import is_english
from reader.core.text.other_language import other_language
from reader.core.text.segment import paragraph_sentences, paragraphs
from reader.core.text.spans import Span

__all__ = ["KINDS", "Claim", "Number", "extract_claims", "iter_claims", "warm_up"]

_ABOVE_LATIN = re.compile(r"[^\x00-\u024f][^\x00-\u024f]*")
"""Runs of characters above the Latin script, written `XX*` not `X+`: a pattern that opens with a character class lets the
regex engine skip to the next such character (a repeat first makes it try every position of the text)."""
_QUESTION_END = " ”\"’')"


def _foreign(s: str) -> bool:
    """Mostly letters outside the Latin script: original-language text beside an English article's quote."""
    if not any(c.isalpha() for run in _ABOVE_LATIN.findall(s) for c in run):
        return False  # only curly quotes, dashes and the like above Latin: no need to count the letters
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 8 and sum(c > "\u024f" for c in letters) > 0.5 * len(letters)


def _quoted_by(claims: list[Claim]) -> Who | None:
    """Who the paragraph's last quote is by, if a quote closes it (a quoted post's paragraph)."""
    last = max(claims, key=lambda c: c.span.start, default=None)
    if last is None or last.kind != "quote" or not last.speaker:
        return None
    return Who(last.speaker, last.speaker_span, last.role, last.speaker_rules)


class Extractor:
    """Per-document state, paragraph to paragraph: who was named so far, the last quote's speaker, the transcript."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.memory = SpeakerMemory()
        self.resolver = Resolver(doc.text, self.memory)
        self.transcript = Transcript(doc.text)
        self.last_quote_speaker: Who = NOBODY
        self.quoted_above: Who | None = None
        """Who the last paragraph's closing quote is by: the writer 'The post continued:' goes on with."""
        self.run: Run | None = None
        self.block: Block | None = None
        self.scanned: Scan | None = None
        """The last paragraph's scan (second_look reads its quotes and masked text)."""
        self.listing = False
        """Whether the last paragraph was back matter ('Sources' and the citations under it)."""
        self.cited: dict[str, Claim] = {}
        """The last claim with a document as its via, by the document's noun: whose a later 'the statement' is."""

    def paragraph(self, para: Span) -> list[Claim]:
        """One paragraph's claims, in the order made. In an interview transcript (interview.py) the asking side's
        turns are skipped, and what the interviewee says in an answer is a quote by them."""
        self.listing = back_matter(self.text, para, self.listing)
        if self.listing:
            fire(BOILERPLATE.id)
            return []  # 'Sources' and the citations under it: page furniture
        turn = self.transcript.turn(para, self.memory.persons) if self.transcript.active else None
        if turn is None:
            if not self.transcript.active and other_language(self.text[para.start : para.end]):
                fire("not-claim.other-language-paragraph")
                if self.block is not None and self.block.taken == 0:
                    self.block = replace(self.block, originals=self.block.originals + 1)
                return []  # a quoted post's original language above its translation (other_language.py)
            above, self.quoted_above = self.quoted_above, None
            claims, words = self._paragraph(para, whole=True)
            claims = self._drop_reporting(claims, para, words)
            if not self.transcript.active:
                known = (self.scanned.quotes, self.scanned.masked) if self.scanned is not None else None
                looked = second_look(self.text, claims, para, self.resolver, known)
                claims = passive_advice(measure_sources(document_issuers(self.text, looked, self.cited)))
                claims = pronouns_after_second_look(self.text, claims, self.memory.persons)
                claims = paragraph_speakers(self.text, claims)  # once the later passes framed its other sentences
                self.last_quote_speaker = last_quote_speaker(claims) or self.last_quote_speaker
                claims = document_issuers(self.text, self._layouts(para, claims, above), self.cited)  # a cue line's document too ('The guidance …:')
                self._introduced(para, claims)
                self.quoted_above = _quoted_by(claims)
            return rate_speakers(self.text, drop_lead_ins(drop_quoted_questions(claims), self.text, para, words), para.start, self.memory.persons)
        if turn.speaker is None:
            fire("not-claim.interviewer-turn")
            return []
        self.memory.note_person(turn.speaker)
        claims, _ = self._paragraph(turn.body, whole=False)
        words = words_of(self.text[para.start : para.end].lower())  # the body was scanned without its label
        claims = self._drop_reporting(answer_claims(claims, turn, self.text, self.transcript.via), para, words)
        claims = drop_lead_ins(drop_quoted_questions(claims), self.text, para, words)
        return rate_speakers(self.text, claims, para.start, self.memory.persons, turn=True)

    def _introduced(self, para: Span, claims: list[Claim]) -> None:
        """A paragraph in the article's own voice that opens on a person named in full ('Sgt. 1st Class David Taylor …
        has had three tours in Iraq.') makes that person the one a later 'he said' means (rule speaker.introduced)."""
        if any(c.speaker or c.cue for c in claims):
            return
        name = introduced_person(self.text, para.start, para.end, lambda w: self.resolver.words.count(w, para.start) > 0)
        if name is not None:
            fire("speaker.introduced")
            self.memory.note_person(name)

    def _layouts(self, para: Span, claims: list[Claim], above: Who | None) -> list[Claim]:
        """The paragraph read in the press-release layout (press.py) or as a quoted post of blog-citing news
        (blockquote.py): a paragraph a cue line hands to its speaker, a tweet line. `above`: who the paragraph before
        closed on quoting."""
        pending, self.block = self.block, None
        if pending is not None and not pending.from_press:
            took = block_paragraph(self.text, para, claims, pending)
            if took is not None:
                self.run, self.block = None, took[1]
                return took[0]
        tweet = tweet_line(self.text, para, claims, self.memory.persons.names) if self.run is None else None
        if tweet is not None:
            self.block = tweet[1]
            return tweet[0]
        before = self.run
        out, self.run = press_layout(self.text, para, claims, self.run, self.resolver)
        if pending is not None and (before is None or self.run is None or self.run.taken <= before.taken):
            took = block_paragraph(self.text, para, claims, pending)
            if took is not None:
                self.run, self.block = None, took[1]
                return took[0]
        if self.run is not None:
            self.last_quote_speaker = self.run.who
            if self.run.taken == 0 and not self.run.marked and "quote.cue-line" in self.run.who.rules:
                self.block = Block(self.run.who, self.run.cue, self.run.cue_span, from_press=True)
            elif self.run.marked:  # 'X called Bongo “one of the last crocodiles”:' — a partial quote, then the post
                line = block_cue_line(self.text, para, out, self.resolver)
                if line is not None:
                    self.block = line[1]
            return out
        line = block_cue_line(self.text, para, out, self.resolver, above)  # 'The post continued:' goes on with the post above
        if line is not None:
            out, self.block = line
        return out

    def _drop_reporting(self, claims: list[Claim], para: Span, words: set[str] | None) -> list[Claim]:
        """The outlet's own reporting ("Wikinews reached out to …", "declined to comment") and, in a transcript, its
        line about the interview ("Wikinews caught up with Dr Martisius …") are not claims (not_claims.py, interview.py)."""
        if words is None:  # page furniture (no scan)
            words = words_of(self.text[para.start : para.end].lower())
        claims = cut_questions(self.text, claims, para.start, para.end, words)
        process = process_spans(self.text, para.start, para.end, words)
        voice = voice_spans(self.text, para.start, para.end, words)
        if voice:  # the article steering its reader: only its own (unattributed) claims go
            claims = [c for c in claims if c.speaker or c.cue or c.speaker_candidates or c.kind == "quote"
                      or not any(a < c.span.end and c.span.start < b for a, b in voice)]
        if not process and not self.transcript.active:
            return claims
        keep = []
        notes = self.transcript.active and may_hold_note(self.text[para.start : para.end], words)
        for c in claims:
            if any(a < c.span.end and c.span.start < b for a, b in process):
                continue
            if notes and c.sentence and is_interview_note(c.sentence.of(self.text), self.transcript.interviewers):
                fire("not-claim.interview-note")
                continue
            keep.append(c)
        return keep

    def _paragraph(self, para: Span, whole: bool) -> tuple[list[Claim], set[str] | None]:
        """The claims of a paragraph (or an answer's body), and its word set when `whole` (for not_claims.py)."""
        found = self.scanned = scan(self.text, para)
        if found is None:
            return [], None
        em = Emitter(self.text, found)
        prev = NOBODY
        for sent in paragraph_sentences(self.text, para):
            ms = found.masked[sent.start - para.start : sent.end - para.start]
            if _question(self.text[sent.start : sent.end]):
                fire("not-claim.question")
                continue  # a question, also inside a quote ("How can you do this despite the United Nations?")
            if _exclaimed(self.text[sent.start : sent.end]):
                fire("not-claim.exclamation")
                continue  # 'Shame on you!', 'This is my country, the place my children will live !': a feeling, nothing to check
            if _IMPERATIVE.match(self.text, sent.start, sent.end) and _SAID.isdisjoint(words_of(self.text[sent.start : sent.end].lower())) \
                    and not any(q.open_mark <= sent.start < q.end for q in found.quotes):
                fire("not-claim.imperative")
                continue  # an appeal to the reader ('Visit the ISN blog …'): nothing to check; a quoted one is its speaker's
            if not ms.isascii() and _foreign(ms):
                fire("not-claim.original-language")
                continue  # a quote's original-language text ("((hi))Hindi language: …"): a duplicate, not a claim
            prev = SentencePass(em, self.resolver, self.memory, sent, ms, prev).run()
        argument_continued(em.claims)
        speech_continued(self.text, em.claims)
        self.last_quote_speaker = quote_speakers(em.claims, em.pending, em.closing_cue, self.last_quote_speaker, self.text)
        return em.claims, found.words if whole else None


_IMPERATIVE = re.compile(r"[“\"‘']?(?:@\w+:\s*)?(?:Please|Don[’']t|Do\s+not|Let[’']s|Let\s+us|Visit|Click|Imagine|Join\s+us|Follow\s+(?:us|@)"
                         r"|Tweet\s+(?:with|this|to|us|your)|Remember\s+(?:that|to))\s+(?=[a-z@#\d]|the\b|this\b|our\b)")
"""A sentence in the imperative, an appeal to the reader ('Please immediately halt importing US beef!' in a tweet, 'Don't
forget to …', 'Visit the ISN blog …'): only openings that are no noun ('Share prices fell', 'Sign language') and no name,
and never inside quotation marks or with a speech verb ('“Don't be afraid of Covid,” Trump tweeted' is his claim)."""
_SAID = frozenset("said says say told tells asked asks added adds wrote writes urged urges pleaded shouted chanted".split())
"""Speech verbs that give a quoted appeal a speaker ('“Please vote for me,” she said')."""
_TAGS_END = re.compile(r"(?:\s+[#@]\S+)+\s*$")
"""Hashtags or handles closing a tweet ('What on earth were these balloons filled with? #Sad&Angry #Armenia')."""


def _closed(sentence: str) -> str:
    """The sentence without a tweet's closing tags and its closing quote marks: what is left ends on its own mark."""
    if "#" in sentence or "@" in sentence:
        sentence = _TAGS_END.sub("", sentence)
    return sentence.rstrip(_QUESTION_END)


def _question(sentence: str) -> bool:
    """A sentence that asks, its closing quote marks and a tweet's closing tags aside."""
    return _closed(sentence).endswith("?")


_FELT = re.compile(r"^\W*(?:What an?|How|Let[’']?s|Shame|Congratulations|Congrats|Thank you|Thanks|Long live|Down with|God bless|Bravo"
                   r"|Wow|Oh)\b|\b(?:I|we|We)(?:[’']m|[’']re|\s+am|\s+are|\s+feel)?\s+(?:so\s+|very\s+|really\s+)?(?:"
                   + alternation(FEELINGS) + r"|love|hate|excited|thrilled)\b|\b(?:[Ss]hame on|[Ww]ell done)\b")
"""How an exclamation says what its speaker feels: its opening ('What a …', 'Shame on …', 'Thank you …') or a feeling of
'I' or 'we' ('we love him', 'I'm so proud')."""
_EXCLAMATION_WORDS = 12
"""An exclamation is short: a longer sentence closing on '!' tells something (a scene that ends on a quoted shout)."""


def _exclaimed(sentence: str) -> bool:
    """A short exclamation with no figure in it that says how its speaker feels ('Shame on you!', 'What a blatant
    disregard to human lives!!', 'we love him!'): nothing a fact-checker could check. 'We just won Ohio!' and 'He voted for
    the war, not me!' tell something and stay."""
    if "!" not in sentence:
        return False
    sentence = _closed(sentence)
    return sentence.endswith("!") and len(sentence.split()) <= _EXCLAMATION_WORDS \
        and not any(ch.isdigit() for ch in sentence) and _FELT.search(sentence) is not None


def _order(claims: list[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.span.start, c.span.end))


def extract_claims(doc: Document) -> list[Claim]:
    """Find the claims of a document's body (title excluded), in text order; none for a text that is not English
    (the rules read English only: `reader.core.text.language.language_notice` says so to the reader)."""
    if not is_english(doc.text[doc.body_start :]):
        return []
    view = view_of(doc)
    x = Extractor(view)
    claims = _order([c for para in paragraphs(view.text, doc.body_start) for c in x.paragraph(para)])
    return claims if view is doc else real_texts(doc, claims)


def iter_claims(doc: Document, batch_chars: int = 200_000, *, first_chars: int | None = None) -> Iterator[tuple[list[Claim], float]]:
    """Claims in batches of whole paragraphs, with the fraction of the body read so far, so a long document's claims
    can be shown as they are found (same results as extract_claims). The first batch may be smaller (`first_chars`):
    it is what the reader sees first."""
    if not is_english(doc.text[doc.body_start :]):
        yield [], 1.0
        return
    view = view_of(doc)
    x = Extractor(view)
    batch: list[Claim] = []
    chars, size = 0, batch_chars if first_chars is None else first_chars
    body = max(1, len(doc.text) - doc.body_start)
    for para in paragraphs(view.text, doc.body_start):
        batch.extend(x.paragraph(para))
        chars += para.end - para.start
        if chars >= size:
            yield (_order(batch) if view is doc else real_texts(doc, _order(batch))), (para.end - doc.body_start) / body
            batch, chars, size = [], 0, batch_chars
    yield (_order(batch) if view is doc else real_texts(doc, _order(batch))), 1.0


def warm_up() -> None:
    """Work out now what the rules otherwise work out on the first text they read (their gates), for a process
    that loads the extractor before its document comes (reader.core.session.extract_process)."""
    warm_gates()
