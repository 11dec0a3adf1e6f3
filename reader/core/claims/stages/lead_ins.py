"""Sentences that lead into what follows, sum it up or talk to the reader: not claims (GUIDE: not_claims, "pure
scene-setting", "opinions with nothing checkable").

- Announcing: a speech event named without its content ("Later, he shared an update on the IRC channel."), a
  person's mood or reception before their words ("Kidston enjoyed the win."). Only where a claim with a source
  follows in the paragraph: the announcement is then empty, what it announces is the claim.
- Transitions and summaries: "the issue of Court packing returned", "The candidates agreed on many issues".
- Talk to the reader: "is described here" (a link the text lacks), "I understand people who think differently",
  "Those giving their final pleas are: …".

Each pattern is tried on one claim's own text, so a lead-in written as a clause of a longer sentence goes alone.
An announcement holding a number stays (it states something). Its rules (id, what each decides, a real example):
rules/lead_ins.toml.
"""

from __future__ import annotations

from reader.core.claims.record import Claim
from reader.core.claims.rules import Rule, load_rules, words_of
from reader.core.claims.rules.trace import fire
from reader.core.text.spans import Span

_GROUPS = load_rules("lead_ins", Rule)
ANNOUNCE: tuple[Rule, ...] = _GROUPS["announce"]
ANYWHERE: tuple[Rule, ...] = _GROUPS["rule"]


def _hit(rules: tuple[Rule, ...], said: str, words: set[str]) -> Rule | None:
    return next((r for r in rules if r.pattern is not None and r.open(words) and r.pattern.search(said)), None)


_ALL = ANYWHERE + ANNOUNCE
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _cuts_word(text: str, i: int) -> bool:
    """Whether offset i falls inside a run of ASCII letters as words_of sees them (on the lower-cased text)."""
    return 0 < i < len(text) and text[i - 1].lower()[-1:] in _LETTERS and text[i].lower()[:1] in _LETTERS


def _words_within(text: str, para: Span, c: Claim) -> bool:
    """Whether the claim's words (words_of its text) are words of the paragraph: it lies inside and cuts no word."""
    a, b = c.span.start, c.span.end
    return para.start <= a and b <= para.end and len(c.quote) == b - a and not _cuts_word(text, a) and not _cuts_word(text, b)


def drop_lead_ins(claims: list[Claim], text: str = "", para: Span | None = None, words: set[str] | None = None) -> list[Claim]:
    """`claims` (one paragraph's, in the order made) without their lead-ins. `words`: the words of the paragraph
    `para` of `text`, when the caller has them: a paragraph holding no rule's trigger word has no lead-in, and its
    claims' own words are not read."""
    within = para if words is not None and not any(r.open(words) for r in _ALL) else None
    keep: list[Claim] = []
    for c in claims:
        if c.fragments or within is not None and _words_within(text, within, c):
            keep.append(c)
            continue
        words = words_of(c.quote.lower())
        hit = _hit(ANYWHERE, c.quote, words)
        if hit is None and not c.numbers and c.speaker is None and c.cue is None and not c.speaker_candidates:
            hit = _hit(ANNOUNCE, c.quote, words)
            if hit is not None and not any(o.span.start >= c.span.end and (o.speaker or o.cue) for o in claims):
                hit = None
        if hit is None:
            keep.append(c)
        else:
            fire(hit.id)
    return keep
