"""How sure the speaker is: `speaker_confidence` per claim, and abstention with `speaker_candidates`.

A fact-checker trusts the speaker column, and a wrong name costs more than an empty one. The rules resolve a
speaker in three ways of falling strength: a name in the claim's own sentence (the cue's subject); a pronoun or
title in its own sentence, resolved to someone named before; a speaker carried over from an earlier sentence or
paragraph (a quote paragraph without a cue). The evidence is weak when other people are named in reach of the
claim: the person before a pronoun is not the only one it may mean, somebody else was named between a carried
speaker and the claim. Then the claim keeps its mention (the "he" of its own sentence) but no name, and lists the
people it may be: `speaker_candidates`, most likely first.

Rules (ids as in the provenance of issue 14):
- `speaker.confidence-own-name`: the speaker's name is in the claim's own sentence (0.95);
- `speaker.confidence-pronoun`: a pronoun or title resolved to the only person named since the sentence before (0.85),
  or to somebody with others in reach (0.4: abstain);
- `speaker.confidence-first-person`: a first-person 'I' outside quote marks, the person it was resolved to not named
  in its paragraph (0.3: abstain);
- `speaker.confidence-transcript`: an answer in an interview transcript, whose turn names the speaker (0.9);
- `speaker.confidence-carried`: a speaker from an earlier sentence, nobody else named since (0.8 in the paragraph, 0.7
  from the paragraph before, 0.45 further: abstain), or with somebody else named since, or any name-like phrase or
  another speaker's cue in the claim's own paragraph when it comes from an earlier one (0.4: abstain).

Its rules (id, what each decides, a real example): rules/confidence.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.claims.lexicon.numerals import UNITS
from reader.core.claims.lexicon.titles import TITLES
from reader.core.claims.record import Claim
from reader.core.claims.stages.named_persons import ANYONE, NAME, Known, last_at, persons_in, same_person, surname_of
from reader.core.claims.stages.speakers.mention_shape import no_mention, tidy_name
from reader.core.claims.stages.speakers.names import fold
from reader.core.claims.stages.speakers.who import PAST_OWN_VOICE
from reader.core.text.frozen import quick_replace
from reader.core.text.other_language import other_language
from reader.core.text.spans import Span
from reader.core.text.words import whole_words

ABSTAIN_BELOW = 0.5
"""A speaker rated lower is not shown: the claim lists its candidates instead."""

_PRONOUN = frozenset("he she him her i we they it who his all both most many some several others each one another".split())
"""Mentions that name nobody unless resolved: pronouns, and bare quantifiers ('All supported …', '…, while another says')."""
_SENTENCE_START = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[“\"]?[A-Z])|\n")

_PLURAL_GROUP = re.compile(r"[a-z][\w’'-]*(?:\s+[\w’'-]+)*?\s+[a-z][\w-]*[^su\W]s")
"""'well-informed sources', 'the protesters': a common noun in the plural, which no 'he' or 'she' can mean."""
_THE_TITLE = re.compile(r"(?:the|this)\s+(?:[\w-]+\s+){0,2}[\w-]+")


def _sentence_before(text: str, pos: int) -> int:
    """Start of the sentence before the one at `pos` (within about 600 characters)."""
    lo = max(0, pos - 600)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, min(len(text), pos + 2)) if m.end() <= pos]
    return starts[-2] if len(starts) >= 2 else (starts[0] if starts else lo)


def _english_since(text: str, lo: int, at: int) -> int:
    """`lo`, or the start of the paragraph of `at` when the stretch from `lo` reaches back into a paragraph in another
    language (the original a translation follows)."""
    brk = text.rfind("\n\n", lo, at)
    if brk < 0:
        return lo
    prev = text.rfind("\n\n", 0, brk)
    return brk + 2 if other_language(text[prev + 2 if prev >= 0 else 0 : brk]) else lo


def _bare_pronoun(name: str) -> bool:
    """'he', 'She', 'they' as a speaker's name: a mention nobody resolved ('WHO' is no pronoun); so is a bare count ('Of
    the 40 farmers, 30 said': '30' names nobody)."""
    low = name.lower()
    return low in _PRONOUN and not name.isupper() or _COUNT_ONLY.fullmatch(low) is not None


_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_COUNT_ONLY = re.compile(r"\d[\d,.]*|(?:" + _UNIT_WORDS + r")(?:[\s-](?:" + _UNIT_WORDS + r"|hundred|thousand))*")
"""A speaker's name that is only a count, in figures or in words."""


def _named_in_sentence(text: str, c: Claim) -> bool:
    """Whether the claim's own sentence names its speaker (by surname) before the claim: 'McGraw and colleagues set out
    to understand … because “…”'."""
    surname = surname_of(c.speaker or "")
    if c.sentence is None or not surname:
        return False
    return bool(whole_words(fold(text[c.sentence.start : c.span.start]), surname))


def _rate(text: str, c: Claim, para_start: int, known: Known) -> tuple[float, list[str], str]:
    """(confidence, other candidates, rule id) for a claim with a speaker."""
    assert c.speaker is not None
    mention = text[c.speaker_span.start : c.speaker_span.end] if c.speaker_span else ""
    own = c.mention_in_sentence
    low = mention.lower().strip()
    referring = _bare_pronoun(low) or _THE_TITLE.fullmatch(low) is not None \
        and low.split()[-1] in TITLES or "speaker.document-issuer" in c.speaker_rules and c.speaker.lower() not in low
    # an issuer named in the document's own mention ('data from the Gun Violence Archive') is named there, not referred to
    if own and not referring:
        return 0.95, [], "speaker.confidence-own-name"
    if not own and PAST_OWN_VOICE in c.speaker_rules and not _named_in_sentence(text, c):
        return 0.4, [], "speaker.confidence-carried"  # carried past the article's own paragraphs: a candidate, not a name
    if not own and c.speaker_rules[-1] == "speaker.previous-paragraph":
        end = _NARRATION_END.search(text, c.span.end + text.startswith(('"', "”"), c.span.end))  # the narration after the quote
        later = [p for p in persons_in(text, c.span.end, end.start() if end else len(text), ANYONE) if not same_person(p, c.speaker)]
        if later:  # '“Q,” said Sam Lau, the …' with the cue missed: the paragraph names its own speaker after the quote
            return 0.4, later, "speaker.confidence-carried"
    if _bare_pronoun(c.speaker):  # 'he' left unresolved (or resolved to another bare pronoun): nobody named
        lo = _sentence_before(text, c.span.start)
        return 0.3, persons_in(text, lo, c.span.start, known) or [c.speaker], "speaker.confidence-pronoun"
    if own and low in ("he", "she") and _PLURAL_GROUP.fullmatch(c.speaker):
        # 'She regretfully emphasized …' resolved to 'well-informed sources': a he or she is one person, not a group
        lo = _sentence_before(text, c.span.start)
        return 0.3, persons_in(text, lo, c.span.start, known), "speaker.confidence-pronoun"
    if not NAME.search(c.speaker) or len(c.speaker.split()) > 4:
        named = _carried_past_name(text, c, para_start) if not own else []
        if named:  # '“Q”' in a paragraph that names 'pollster Dan Shaw' before it, carried from '72 percent of voters'
            return 0.4, named, "speaker.confidence-carried"
        return (0.85 if own else 0.7), [], "speaker.confidence-group"  # people named around a group are no rivals
    if own and low in ("they", "it", "we", "who"):
        return 0.8, [], "speaker.confidence-group"
    if own and low == "i" and last_at(text, c.speaker, para_start, c.span.start) < 0:
        # 'To small-government Republicans …, I say, “…”' in a paragraph that names nobody: the article's narrator
        # or an interviewee the layout named, not the last person quoted before
        return 0.3, [], "speaker.confidence-first-person"  # the candidate is the name it was resolved to
    if own:
        return _pronoun(text, c.speaker, c.speaker_span.start, known, low,  # type: ignore[union-attr]
                        para_start if "speaker.gender-checked" in c.speaker_rules else None)
    # a layout's run (a press release's or a quoted post's paragraphs a cue line hands on: quote.cue-line,
    # quote.run-paragraph, quote.block-paragraph …): names inside, and in the cue line after its subject ('Isaac Stone
    # Fish, who worked with Chan …, believes that …:'), are no rivals; the run may be long
    return _carried(text, c, para_start, known)


def _carried(text: str, c: Claim, para_start: int, known: Known) -> tuple[float, list[str], str]:
    """(confidence, candidates, rule) for a speaker named outside the claim's sentence."""
    if c.speaker_span is not None and c.span.end <= c.speaker_span.start:  # named after the claim, as its quotation's signature
        return _named_after(text, c, known)
    block = any(r.startswith("quote.") for r in c.speaker_rules)
    start = _rivals_from(text, c, para_start)
    others = [] if block else [p for p in persons_in(text, start, c.span.start, known) if not same_person(p, c.speaker)]
    if others:
        return 0.4, others, "speaker.confidence-carried"
    if c.speaker_span is not None and c.speaker_span.start >= para_start:
        return 0.8, [], "speaker.confidence-carried"
    rivals = [] if block else [p for p in persons_in(text, para_start, c.span.start, ANYONE) if not same_person(p, c.speaker)]
    if rivals:  # carried in from an earlier paragraph past a person this one names first ('An adviser to <Name>, who …, said of her, “…”')
        return 0.4, rivals, "speaker.confidence-carried"
    gap = _paragraphs_between(text, c.speaker_span.end if c.speaker_span else para_start, c.span.start)
    return (0.7 if gap <= 1 else 0.55 if block else 0.45), [], "speaker.confidence-carried"


def _named_after(text: str, c: Claim, known: Known) -> tuple[float, list[str], str]:
    """A speaker named after the claim ('“A. B,” X said', '“A. B.” ― X'): sure enough unless someone else is named outside
    quote marks between the quotation's end and the name."""
    assert c.speaker_span is not None and c.speaker is not None
    lo = max(text.rfind("”", c.span.end, c.speaker_span.start), text.rfind('"', c.span.end, c.speaker_span.start), c.span.end)
    between = [p for p in persons_in(text, lo, c.speaker_span.start, known) if not same_person(p, c.speaker)]
    return (0.4, between, "speaker.confidence-carried") if between else (0.8, [], "speaker.confidence-carried")


def _paragraphs_between(text: str, lo: int, at: int) -> int:
    """Paragraph breaks between a carried speaker and the claim, a quote that runs on not counted: news opens each
    paragraph of a long quote with a quote mark and closes only the last, so a paragraph that leaves its quote open
    goes on in the next one with the same speaker ('“A.' ¶ '“B.”')."""
    gap, pos = 0, lo
    while (b := text.find("\n\n", pos, at)) >= 0:  # text[pos:b] is the paragraph (or its part after lo) before the break
        left_open = text.rfind("“", pos, b) > text.rfind("”", pos, b) or text.count('"', pos, b) % 2 == 1  # straight marks too
        runs_on = left_open and _OPENS_QUOTE.match(text, b, at) is not None
        gap += not runs_on
        pos = b + 2
    return gap


_OPENS_QUOTE = re.compile(r"\s*[“\"]")


def _rivals_from(text: str, c: Claim, para_start: int) -> int:
    """Where people named before a carried claim count as rivals: after its speaker's mention, past the rest of the cue's
    sentence for a quote after a quote ('“A,” said Alex Doner, lead author … at the University of Colorado Boulder. “B.”':
    the speaker's apposition names no rival)."""
    start = c.speaker_span.end if c.speaker_span is not None and c.speaker_span.end <= c.span.start else para_start
    if c.speaker_rules[-1] == "speaker.quote-before" and start > para_start:
        ends = (m.end() for m in _SENTENCE_START.finditer(text, start, min(len(text), c.span.start + 2)) if m.end() <= c.span.start)
        start = min(ends, default=start)
    return start


_NARRATION_END = re.compile(r"[“\"]|\n\n")
_QUOTE_MARK = re.compile(r"[“”\"]")


def _carried_past_name(text: str, c: Claim, para_start: int) -> list[str]:
    """People the claim's own paragraph names before it, when its speaker was carried in from an earlier paragraph."""
    if c.speaker_span is None or c.speaker_span.start >= para_start or any(r.startswith("quote.") for r in c.speaker_rules) \
            or _QUOTE_MARK.search(text, para_start, max(para_start, c.span.start - 2)):
        return []  # a name inside an earlier quote of the paragraph may be whom the quotes address
    return [p for p in persons_in(text, para_start, c.span.start, ANYONE) if not same_person(p, c.speaker or "")]


_CAPITALISED = re.compile(r"(?<![\w’'-])(?:[A-Z][’']|Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")
"""A capitalised word as a surname, possessive or not ('Adnan’s story', 'O’Malley', 'McCune', 'Lopez-Cantera')."""


def _known_surnames(text: str, lo: int, hi: int, known: Known) -> list[str]:
    """Persons met before, named in text[lo:hi] by surname alone ('But for Catalan, they are not so important. He noted
    …': Catalan is a rival to the last speaker)."""
    return list(dict.fromkeys(m.group() for m in _CAPITALISED.finditer(text, lo, hi) if _rival(text, lo, m, known)))


def _rival(text: str, lo: int, m: re.Match[str], known: Known) -> bool:
    """Whether a capitalised word is a person met before, named outside quote marks, and (when possessive) at the opening
    of its sentence or clause."""
    if not known.has_surname(fold(m.group())) or _quoted(text, lo, m.start()):
        return False
    return not text.startswith(("’s", "'s"), m.end()) or _OPENS_SENTENCE.search(text, max(0, m.start() - 16), m.start()) is not None


_OPENS_SENTENCE = re.compile(r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)[.!?][”\"’]?\s+|\n|,\s+)"
                             r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?$")
"""A possessive that opens its sentence or clause is about its subject ('Mr Adnan’s story is … He claims', 'For 14
months, Mrs. Clinton's campaign …'); one inside the clause ('questioned Trump's logic') is no rival."""


def _quoted(text: str, lo: int, at: int) -> bool:
    """Whether `at` stands inside quotation marks opened after `lo` ('“[Sanders] should stay …,” he added': a name the
    speaker mentions, no antecedent of the 'he' after the quote)."""
    return text.rfind("“", lo, at) > text.rfind("”", lo, at) or text.count('"', lo, at) % 2 == 1


def _pronoun(text: str, speaker: str, at: int, known: Known, low: str, checked: int | None = None) -> tuple[float, list[str], str]:
    """A pronoun or title resolved to `speaker`: sure when that person is the one named last before it (for 'he' or 'she',
    a person met before and named by surname alone since the sentence before is a rival too). A paragraph in another
    language before names no rival: 'Ley de Identidad de Género' at the end of the Spanish original is no other bishop.
    `checked`: the paragraph's start, when the pronoun went against its first candidate's gender and fell back on the
    last person of its own (speaker.gender-checked): that person is only a candidate unless the paragraph names them.
    Rivals are not weighed by gender: the given names a lexicon knows are too few to clear the way for a weak candidate."""
    lo = _english_since(text, _sentence_before(text, at), at)
    others = [p for p in persons_in(text, lo, at, known) if not same_person(p, speaker)]
    if low in ("he", "she"):
        others += [w for w in _known_surnames(text, lo, at, known) if not same_person(w, speaker) and not any(same_person(w, p) for p in others)]
    mine = last_at(text, speaker, lo, at)
    if mine >= 0:  # 'Pierce said he favored …': the person named last before the pronoun is the likeliest
        latest = max((last_at(text, p, lo, at) for p in others), default=-1)
        return (0.85, others, "speaker.confidence-pronoun") if mine > latest else (0.6, others, "speaker.confidence-pronoun")
    unnamed = checked is not None and last_at(text, speaker, checked, at) < 0
    return (0.4, others, "speaker.confidence-pronoun") if others or unnamed else (0.7, [], "speaker.confidence-pronoun")


def _cued_rivals(before: list[Claim], c: Claim) -> list[str]:
    """Speakers other than a carried one that a cue of their own sentence names earlier in the claim's paragraph: the
    quote after 'The researchers said the data showed C. They seemed to contain “…”' is no more the last paragraph's
    speaker's than theirs."""
    if c.speaker_rules[-1] != "speaker.previous-paragraph":
        return []
    found = [o.speaker for o in before if o.speaker and o.cue and o.mention_in_sentence and not same_person(o.speaker, c.speaker or "")]
    return list(dict.fromkeys(found))


def _tidied(text: str, c: Claim) -> Claim:
    """The claim with its speaker's stray bracket or colon dropped (mention_shape.tidy_name), and from its mention too."""
    assert c.speaker is not None
    name = tidy_name(c.speaker)
    if name == c.speaker:
        return c
    span = c.speaker_span
    if span is not None and text[span.start : span.end].endswith(c.speaker):
        span = Span(span.start, span.end - (len(c.speaker) - len(name)))
    return quick_replace(c, speaker=name, speaker_span=span)


def rate_speakers(text: str, claims: Iterable[Claim], para_start: int, known: Known, turn: bool = False) -> list[Claim]:
    """Each claim of a paragraph with its speaker confidence; where it is too weak, no name but the candidates.
    `known`: the people the rules have met as persons so far (SpeakerMemory.persons); `turn`: the paragraph is an
    answer in an interview transcript, whose speaker the transcript names (`speaker.confidence-transcript`, 0.9)."""
    out: list[Claim] = []
    for c in claims:
        if c.speaker is None:
            out.append(c)
            continue
        c = _tidied(text, c)
        if turn:
            out.append(quick_replace(c, speaker_confidence=0.9, speaker_rules=(*c.speaker_rules, "speaker.confidence-transcript")))
            continue
        if no_mention(c.speaker):  # 'of his rank and file', 'endorsed Trump in early June': bits of a sentence, no one
            out.append(quick_replace(c, speaker=None, role=None, speaker_confidence=0.0, speaker_rules=(*c.speaker_rules, "speaker.no-mention")))
            continue
        rivals = _cued_rivals(out, c)
        conf, others, rule = (0.4, rivals, "speaker.confidence-carried") if rivals else _rate(text, c, para_start, known)
        if conf >= ABSTAIN_BELOW:
            out.append(quick_replace(c, speaker_confidence=conf, speaker_rules=(*c.speaker_rules, rule)))
            continue
        own = c.mention_in_sentence
        named = () if _bare_pronoun(c.speaker) else (c.speaker,)
        out.append(quick_replace(c, speaker=None, role=None, speaker_span=c.speaker_span if own else None, speaker_confidence=conf,
                           speaker_candidates=(*named, *others),
                           speaker_rules=(*c.speaker_rules, rule, "speaker.abstain")))
    return out
