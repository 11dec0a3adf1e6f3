"""The press-release layout: a quote printed as paragraphs after a cue line ending in a colon.

Press releases (and many news sites after their markup is gone) quote a speaker so:

    Sir Simon Stevens, NHS chief executive, said: “A. B.”          (cue, colon, the quote to the paragraph's end)
    Dr Graham Burns, clinical lead …, said: “A. B. C.               (left open: the quote goes on …)
    “D.”                                                           (… in the next paragraph, which reopens it)
    Home Office minister Jeremy Browne said:                       (a cue line alone; the quote follows, often with
    A. B.                                                           no quote marks at all, a blockquote's '>' gone)

Each quoted paragraph is one statement of the speaker's: one `quote` claim over the whole paragraph's quote, not one
per sentence (the sentences' own claims are folded into it). A paragraph after a cue line, or after a paragraph of
the same run, is the speaker's until the text is plainly narrative again; the stop conditions are conservative, as
a wrong speaker costs more than none: a heading, a paragraph with a cue of its own, a paragraph about the speaker in
the third person, a list item, a paragraph ending in a colon; an unmarked paragraph after the first one is taken only
when it speaks in the first or second person.

Its rules (id, what each decides, a real example): rules/press.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.core.claims.lexicon.verbs import AUXILIARY_FORMS, IRREGULAR_PAST
from reader.core.claims.record import Claim
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.antecedents import antecedent_in_paragraph
from reader.core.claims.stages.frames.find import find_frames
from reader.core.claims.stages.quotes import Quote, find_quotes, mask_quotes
from reader.core.claims.stages.speakers.resolve import Resolver
from reader.core.claims.stages.speakers.who import NOBODY, Who
from reader.core.text.segment import paragraph_sentences
from reader.core.text.spans import Span
from reader.core.text.words import whole_words

_TAIL = " Xxxx xxxx."
"""Read after a cue line ending in a colon, so the frame rules see the content it announces (its offsets are past the
line's own, so the subject and cue found are the line's)."""
_CUE_LINE_MAX_WORDS = 45
_OPENS = "“\"«„"
_ENDS = (".", "!", "?", "…", "”", '"', "’", "»", ")", ";")
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|we|We|we[’']re|We[’']re|we[’']ve|We[’']ve|our|Our|ours|us|my|My|me|myself"
                           r"|ourselves|you|You|your|Your)\b")
_THIRD_PERSON_START = re.compile(r"(?:He|She|They|His|Her|Their)\s")
_MAX_RUN = 6
"""Paragraphs of one run at most: a release's quote runs to a few paragraphs; beyond that it is narrative again."""


@dataclass(frozen=True, slots=True)
class Run:
    """A quote that goes on past its paragraph: who said it, the cue, and whether quote marks carry it."""

    who: Who
    cue: str | None
    cue_span: Span | None
    marked: bool
    taken: int = 0


def _line_frame_who(text: str, sent: Span, resolver: Resolver) -> tuple[Who, str, Span] | None:
    """The speaker and cue of a sentence that ends in a colon, read as if its quote followed; None when no frame ends
    right at the colon (a list's lead-in, 'Notes to editors:')."""
    quotes = find_quotes(text, sent.start, sent.end)
    ms = mask_quotes(text, quotes, sent.start, sent.end).rstrip()
    if not ms.endswith(":") or len(ms.split()) > _CUE_LINE_MAX_WORDS:
        return None
    frames = find_frames(ms + _TAIL)
    f = frames[-1] if frames else None
    if f is None or f.subject is None or not f.contents or f.contents[0][0] < len(ms) - 1:
        return None
    who, _ = resolver.speaker_of(f, sent.start, NOBODY)
    if who.name is None or who.name.lower() == "it":
        return None  # an 'it' left unresolved names no one to hand the lines below to (a tweet among them names its user)
    return who, f.cue, Span(sent.start + f.cue_start, sent.start + f.cue_end)


def cue_line(text: str, para: Span, claims: list[Claim], resolver: Resolver) -> tuple[list[Claim], Run] | None:
    """A paragraph whose last sentence is a cue line ('Home Office minister Jeremy Browne said:'): the claims before
    it, and the run it opens; None when it is no cue line."""
    if not text[para.start : para.end].rstrip().endswith(":"):
        return None
    sents = paragraph_sentences(text, para)
    if not sents:
        return None
    last = sents[-1]
    found = _line_frame_who(text, last, resolver)
    if found is None:
        return None
    who, cue, cue_span = found
    fire("quote.cue-line")
    kept = [c for c in claims if c.span.end <= last.start]
    if "speaker.pronoun" in who.rules:  # '… Marcelo Ebrard [es] (@m_ebrard) seems unworried when he tweets:'
        who = antecedent_in_paragraph(text, para, kept, who)
    return kept, Run(Who(who.name, who.span, who.role, (*who.rules, "quote.cue-line")), cue, cue_span, marked=False)


def _whole(claims: list[Claim], span: Span, text: str, run: Run, rule: str) -> Claim:
    """One quote claim over `span` made of the claims inside it (their numbers and hedge kept), spoken by the run's
    speaker."""
    inside = [c for c in claims if span.start <= c.span.start and c.span.end <= span.end]
    first = inside[0] if inside else None
    hedged = next((c for c in inside if c.hedged), None)
    numbers = tuple(n for c in inside for n in c.numbers)
    sentence = first.sentence if first is not None else None
    return Claim("quote", span, text[span.start : span.end], speaker=run.who.name, speaker_span=run.who.span, cue=run.cue,
                 cue_span=run.cue_span, role=run.who.role, hedged=hedged is not None, hedge=hedged.hedge if hedged else None,
                 numbers=numbers, sentence=sentence, rules=(rule, "kind.quote"), speaker_rules=run.who.rules)


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and (text[a].isspace() or text[a] in _OPENS):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b)


def _paragraph_quote(text: str, para: Span) -> Quote | None:
    """The quote a paragraph is made of: it opens the paragraph and runs to its end (closed there or left open)."""
    head = para.start + len(text[para.start : para.end]) - len(text[para.start : para.end].lstrip())
    if head >= para.end or text[head] not in _OPENS:
        return None
    quotes = find_quotes(text, para.start, para.end)
    if len(quotes) != 1 or quotes[0].open_mark != head:
        return None
    q = quotes[0]
    return q if q.close_mark is None or not text[q.close_mark + 1 : para.end].strip(" .,") else None


def _own_cue(claims: list[Claim], span: Span, run: Run) -> bool:
    """A claim in the paragraph with a cue of its own outside `span`, or naming somebody else than the run's speaker (by
    name: 'he agreed to meet me' in the speaker's words is their report of another)."""
    for c in claims:
        if c.cue is None or c.cue_span is None:
            continue
        if not (span.start <= c.cue_span.start < span.end):
            return True
        mention = c.speaker_span is not None and c.speaker_span.start < span.end and c.speaker not in (None, run.who.name) \
            and "subject.pronoun" not in c.speaker_rules
        if mention and c.speaker and not _FIRST_PERSON.fullmatch(c.speaker):
            return True
    return False


def marked_paragraph(text: str, para: Span, claims: list[Claim], run: Run) -> tuple[list[Claim], Run] | None:
    """A paragraph that is one quote (it opens with the mark) after a cue line or a quote of the run: the run's
    speaker's, one claim."""
    q = _paragraph_quote(text, para)
    if q is None:
        return None
    span = _trim(text, q.start, q.end)
    if span.end <= span.start or _own_cue(claims, span, run):
        return None
    outside = [c for c in claims if not (span.start <= c.span.start and c.span.end <= span.end)]
    rule = "quote.run-paragraph"
    return [*outside, _whole(claims, span, text, run, rule)], replace(run, marked=True, taken=run.taken + 1)


def _narrative(text: str, para: Span, claims: list[Claim], run: Run) -> bool:
    """Whether an unmarked paragraph after a cue line is plainly the article's again (see the module's docstring)."""
    body = text[para.start : para.end].strip()
    if not body or not body.endswith(_ENDS) or len(body.split()) < 4 or body[0].islower() or body[0] in "•·-–*":
        return True  # a heading, a list item
    if run.taken >= _MAX_RUN or _own_cue(claims, Span(para.start, para.end), run):
        return True
    surname = (run.who.name or "").split()[-1:]
    if surname and whole_words(body, surname[0]) or _THIRD_PERSON_START.match(body):
        return True  # about the speaker
    return run.taken > 0 and not _FIRST_PERSON.search(body)


def unmarked_paragraph(text: str, para: Span, claims: list[Claim], run: Run) -> tuple[list[Claim], Run] | None:
    """A paragraph with no quote marks after a cue line (or the run's paragraph before it): the speaker's, one quote
    claim; None when it reads as narrative."""
    if run.marked or any(ch in text[para.start : para.end] for ch in _OPENS) or _narrative(text, para, claims, run):
        return None
    span = _trim(text, para.start, para.end)
    return [_whole(claims, span, text, run, "quote.cue-line")], replace(run, taken=run.taken + 1)


_COLON_QUOTE = re.compile(r":\s*$")
_PRESS_CUES = frozenset("said says added adds commented comments continued concluded explained stated".split())
"""The verbs of a press release's cue ('X said:', 'Concluding the Minister said:'); a summary that 'read in part:' or a
speaker who 'proposed:' something quotes a document or a plea, whose sentences news keys count one by one."""


def _release_cue(text: str, para: Span, c: Claim) -> bool:
    """Whether `c` was said with a release's cue: a press verb, in a sentence that opens the paragraph ('The WHO's
    website said: “…”' after a sentence of its own is news, not a release's quote)."""
    return bool(c.speaker and c.cue and c.cue_span is not None and c.sentence is not None
                and c.cue.split()[0].lower() in _PRESS_CUES and not text[para.start : c.sentence.start].strip())


def _run_of(c: Claim, *, marked: bool, taken: int = 0) -> Run:
    """The run a release's quote opens: its speaker and cue go on to the next paragraphs."""
    return Run(Who(c.speaker, c.speaker_span, c.role, c.speaker_rules), c.cue, c.cue_span, marked=marked, taken=taken)


def colon_quote(text: str, para: Span, claims: list[Claim]) -> tuple[list[Claim], Run] | None:
    """'X, role, said: “A. B. C.”' — a cue, a colon, and a quote to the paragraph's end: the quote is one claim of the
    cue's speaker (its sentences folded into it), and a run the next paragraph may go on with."""
    quotes = find_quotes(text, para.start, para.end)
    if not quotes:
        return None
    q = quotes[-1]
    if q.close_mark is not None and text[q.close_mark + 1 : para.end].strip(" .,"):
        return None
    if not _COLON_QUOTE.search(text, para.start, q.open_mark):
        return None
    span = _trim(text, q.start, q.end)
    inside = [c for c in claims if span.start <= c.span.start and c.span.end <= span.end]
    said = next((c for c in inside if c.speaker and c.cue and c.cue_span is not None and c.cue_span.end <= q.open_mark), None)
    if said is None or said.kind != "quote" or not _release_cue(text, para, said):
        return None
    run = _run_of(said, marked=True)
    if len(inside) < 2:
        return claims, run
    outside = [c for c in claims if c not in inside]
    merged = replace(_whole(claims, span, text, run, "quote.colon-paragraph"), sentence=said.sentence)
    return [*outside, merged], run


_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs via".split())


def _heading(body: str) -> bool:
    """A heading: a short line with no sentence end, its words capitalised ('Small Particles, Big Questions',
    'Background'), or a few words ending in a colon ('Notes to editors:')."""
    words = body.split()
    if body.endswith(":"):
        return len(words) <= 4
    if body.endswith(_ENDS) or not 1 <= len(words) <= 10 or body.replace(",", "").isdigit() or len(body) < 3:
        return False
    return all(w[:1].isupper() for w in (w.strip(",;–-()") for w in words) if w and w.lower() not in _SMALL_WORDS)


_HEADING_VERBS = frozenset((*AUXILIARY_FORMS, *IRREGULAR_PAST))
_QUESTION_HEADING = ("What ", "Why ", "How ", "When ", "Where ", "Who ")
_NOT_IN_HEADING = frozenset("@#:[]/0123456789")


def _finite(words: list[str]) -> bool:
    """Whether a line's words hold a finite verb: an auxiliary, a contraction, a past in -ed after the first word, or a
    present in -s after a capitalised subject ('Justice Secretary sets out proposals')."""
    for i, word in enumerate(words):
        w = word.lower().strip(",;()")
        if w in _HEADING_VERBS or w.endswith(("n't", "n’t")) or w.endswith(("'s", "’s", "'re", "’re", "'ll", "’ll")):
            return True
        if i > 0 and len(w) > 3 and w.endswith("ed") and word[0].islower():
            return True
        if i > 1 and word[0].islower() and w.endswith("s") and not w.endswith("ss") and words[i - 1][0].isupper():
            return True
    return False


def _plain_heading(body: str) -> bool:
    """A heading in sentence case: a short line with no sentence end and no finite verb ('New tools for hurricane
    analysis and forecasting this year'), or one that opens on a question word ('Why your feed may clash with your
    values'). A list item ('…; and'), a tweet line or a figure is no heading."""
    words = body.split()
    if body.endswith(_ENDS) or not 2 <= len(words) <= 12 or not body[0].isupper() or words[-1] in ("and", "or"):
        return False
    if any(ch in _NOT_IN_HEADING for ch in body):
        return False
    return body.startswith(_QUESTION_HEADING) or not _finite(words)


def drop_headings(text: str, para: Span, claims: list[Claim]) -> list[Claim]:
    """A paragraph's claims without a heading ('Small Particles, Big Questions', 'Notes to editors:') and without a
    last sentence that ends in a colon to lead into what follows ('Other elements include:'): neither states anything."""
    body = text[para.start : para.end].strip()
    if _heading(body):
        fire("not-claim.heading")
        return [c for c in claims if c.speaker or c.cue]
    if _plain_heading(body):
        fire("not-claim.plain-heading")
        return [c for c in claims if c.speaker or c.cue]
    if not body.endswith(":"):
        return claims
    last = paragraph_sentences(text, para)[-1:]
    lead = [c for c in claims if last and c.span.start >= last[0].start]
    if lead and all(not (c.speaker or c.cue or c.numbers) and len(c.quote.split()) <= 8 for c in lead):
        fire("not-claim.colon-lead-in")
        return [c for c in claims if c not in lead]
    return claims


_COLON_THEN_TEXT = re.compile(r":\s+(?=\S)")


def colon_unmarked(text: str, para: Span, claims: list[Claim]) -> tuple[list[Claim], Run] | None:
    """'Home Office minister Jeremy Browne said: A. B.' with no quote marks — a release's cue opening the paragraph,
    a colon, and the speaker's words to its end: one quote claim of the cue's speaker (the sentences after the first,
    read as the article's own, folded into it), and a run the next paragraphs may go on with (in the first person)."""
    if any(ch in text[para.start : para.end] for ch in _OPENS) or not claims:
        return None
    said = claims[0]
    if not _release_cue(text, para, said):
        return None
    colon = _COLON_THEN_TEXT.search(text, said.cue_span.end, said.span.start + 1)
    if colon is None or text[said.cue_span.end : colon.start()].count(" ") > 6 or colon.end() != said.span.start:
        return None  # the content starts right after the colon ('said in a statement: A'), nothing else between
    rest = [c for c in claims if c.span.start >= said.span.start]
    if any(c.cue or c.speaker for c in rest[1:]):
        return None  # a cue of its own later in the paragraph: not one statement
    run = _run_of(said, marked=False, taken=1)
    span = _trim(text, said.span.start, para.end)
    merged = replace(_whole(claims, span, text, run, "quote.colon-paragraph"), sentence=said.sentence)
    return [c for c in claims if c not in rest] + [merged], run


def press_layout(text: str, para: Span, claims: list[Claim], run: Run | None, resolver: Resolver) -> tuple[list[Claim], Run | None]:
    """A paragraph's claims read in the press-release layout, and the run the next paragraph may continue."""
    if run is not None:
        took = marked_paragraph(text, para, claims, run) or unmarked_paragraph(text, para, claims, run)
        if took is not None:
            return took
    line = cue_line(text, para, claims, resolver)
    if line is not None:
        return line
    own = (colon_quote(text, para, claims) or colon_unmarked(text, para, claims)) if ":" in text[para.start : para.end] else None
    return own if own is not None else (drop_headings(text, para, claims), None)
