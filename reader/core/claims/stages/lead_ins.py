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

import functools

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


@functools.cache
def _triggers() -> frozenset[str] | None:
    """Every rule's trigger words together (None: a rule without a gate), worked out on first use."""
    gates = [r.gate for r in _ALL if r.pattern is not None]
    return None if any(g is None for g in gates) else frozenset().union(*(g or () for g in gates))


def _cuts_word(text: str, i: int) -> bool:
    """Whether offset i falls inside a run of ASCII letters as words_of sees them (on the lower-cased text)."""
    return 0 < i < len(text) and text[i - 1].lower()[-1:] in _LETTERS and text[i].lower()[:1] in _LETTERS


def _words_within(text: str, para: Span, c: Claim) -> bool:
    """Whether the claim's words (words_of its text) are words of the paragraph: it lies inside and cuts no word."""
    a, b = c.span.start, c.span.end
    return para.start <= a and b <= para.end and len(c.quote) == b - a and not _cuts_word(text, a) and not _cuts_word(text, b)


def _held(low: str, candidates: frozenset[str]) -> set[str]:
    """The candidates that lower-cased text holds as words (runs of a-z, as words_of reads them)."""
    out = set()
    for w in candidates:
        i = low.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or low[i - 1] not in _LETTERS) and (j == len(low) or low[j] not in _LETTERS):
                out.add(w)
                break
            i = low.find(w, i + 1)
    return out


def _claim_words(c: Claim, text: str, para: Span | None, candidates: frozenset[str] | None) -> set[str]:
    """The claim's words as far as the rules' gates care: when the claim's words are the paragraph's (`_words_within`),
    only the trigger words the paragraph holds (`candidates`) are looked for; else all of them (words_of)."""
    if candidates is not None and para is not None and _words_within(text, para, c):
        return _held(c.quote.lower(), candidates) if candidates else set()
    return words_of(c.quote.lower())


def drop_lead_ins(claims: list[Claim], text: str = "", para: Span | None = None, words: set[str] | None = None) -> list[Claim]:
    """`claims` (one paragraph's, in the order made) without their lead-ins. `words`: the words of the paragraph
    `para` of `text`, when the caller has them: a rule whose trigger words the paragraph lacks cannot fire on its
    claims, and of each claim only the trigger words the paragraph holds are looked for."""
    triggers = _triggers()
    candidates = triggers.intersection(words) if triggers is not None and words is not None else None
    keep: list[Claim] = []
    for c in claims:
        if c.fragments or candidates is not None and not candidates and para is not None and _words_within(text, para, c):
            keep.append(c)
            continue
        held = _claim_words(c, text, para, candidates)
        if triggers is not None and triggers.isdisjoint(held):
            keep.append(c)  # no rule's trigger word: no rule can fire
            continue
        hit = _hit(ANYWHERE, c.quote, held)
        if hit is None and not c.numbers and c.speaker is None and c.cue is None and not c.speaker_candidates:
            hit = _hit(ANNOUNCE, c.quote, held)
            if hit is not None and not any(o.span.start >= c.span.end and (o.speaker or o.cue) for o in claims):
                hit = None
        if hit is None:
            keep.append(c)
        else:
            fire(hit.id)
    return keep
