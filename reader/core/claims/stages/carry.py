"""The paragraph's last speaker passes, over claims already made (each gets a new claim, never a change):

- a sentence of the article's voice between two sentences of argument goes on with the first one's argument;
- a quote with no frame of its own takes the speaker of the cue after its closing mark, else of another part of
  the same quote, else of the nearest quote before it (or the first after), else the paragraph's own speaker
  (own_speaker.py), else of the last paragraph's quotes;
- advice in the passive with no agent ("Residents were advised to expect …") is the advice of the source of the
  sentence before it (passive_advice).

Its rules (id, what each decides, a real example): rules/carry.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon.cues import DOUBT_VERBS
from reader.core.claims.lexicon.given_names import given_gender
from reader.core.claims.record import Claim
from reader.core.claims.stages.own_speaker import own_speaker
from reader.core.claims.stages.quotes import Quote
from reader.core.claims.stages.speakers.who import PAST_OWN_VOICE, Who
from reader.core.text.frozen import quick_replace

_OWN_VOICE = frozenset(("assertion", "statistic", "report"))
"""Kinds of a claim with no speaker that is the article's own voice."""
_REPORTED_SPEECH = frozenset("said says told tells added adds explained explains argued argues insisted insists noted notes "
                             "warned warns wrote writes stated states".split()) | DOUBT_VERBS
"""Cues of reported speech and of a view held ('Another expert, Bong Young-shik …, doubts the commitment …'): the
paragraph's only speaker by such a cue also speaks a quote paragraph after it."""
_ARGUE = re.compile(r"argu|contend|contention|insist|maintain|position", re.I)


def _who(c: Claim) -> Who:
    return Who(c.speaker, c.speaker_span, c.role, c.speaker_rules)


def _with(c: Claim, who: Who, rule: str, span: bool = True) -> Claim:
    """A copy of the claim with `who` as speaker (the mention kept when `span` is False and it has one)."""
    return quick_replace(c, speaker=who.name, speaker_span=who.span if span or c.speaker_span is None else c.speaker_span, role=who.role,
                   speaker_rules=(*who.rules, rule) if who.name else c.speaker_rules)


_ADVICE_VERBS = ("advised", "told", "warned", "urged", "instructed", "reminded", "encouraged")
_ADVISED = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:were|was|have\s+been|"
                      r"has\s+been|are|is)\s+(?:also\s+)?(?:" + "|".join(_ADVICE_VERBS) + r")\s+to\s+[a-z]")
"""'Residents were advised to expect …': advice in the passive, no agent named."""


def _advised(quote: str) -> bool:
    """`_ADVISED.match(quote)`, tried only when the quote holds one of its verbs (every match does)."""
    return any(v in quote for v in _ADVICE_VERBS) and _ADVISED.match(quote) is not None


def passive_advice(claims: list[Claim]) -> list[Claim]:
    """An unattributed claim that opens with advice in the passive and no agent takes the speaker of the sentence just
    before it in the paragraph, when a claim of that sentence has one (speaker.passive-advice)."""
    out = list(claims)
    for i, c in enumerate(out):
        if c.speaker or c.cue or c.speaker_candidates or c.sentence is None or not _advised(c.quote):
            continue
        earlier = [o for o in out if o.sentence is not None and o.sentence.end <= c.sentence.start]
        if not earlier:
            continue
        prev = max(o.sentence.start for o in earlier if o.sentence is not None)
        said = next((o for o in earlier if o.sentence is not None and o.sentence.start == prev and o.speaker and o.cue
                     and o.cue != "according to"), None)  # a frame of the sentence before: "the city issued a statement …"
        if said is not None:
            out[i] = _with(c, _who(said), "speaker.passive-advice")
    return out


def _by_sentence(claims: list[Claim]) -> list[list[int]]:
    """The claims' indexes grouped by sentence, in the order of the sentences."""
    by_sent: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        if c.sentence is not None:
            by_sent.setdefault(c.sentence.start, []).append(i)
    return [by_sent[k] for k in sorted(by_sent)]


def argument_continued(claims: list[Claim]) -> None:
    """A sentence of the article's voice between two sentences of argument in one paragraph continues the first
    one's argument (the claims of the middle sentence are replaced in `claims`)."""
    sents = _by_sentence(claims)
    for before, mid, after in zip(sents, sents[1:], sents[2:], strict=False):
        argued = [claims[i] for i in before if claims[i].speaker and claims[i].cue and _ARGUE.search(claims[i].cue or "")]
        if argued and all(claims[i].speaker is None and claims[i].kind in ("assertion", "statistic") for i in mid) \
                and any(claims[i].speaker and claims[i].cue and _ARGUE.search(claims[i].cue or "") for i in after):
            for i in mid:
                c = claims[i]
                c = _with(c, _who(argued[-1]), "speaker.argument-continued")
                claims[i] = quick_replace(c, kind="attribution" if c.kind == "assertion" else c.kind, rules=(*c.rules, "speaker.argument-continued"))


_BACKSHIFT = re.compile(r"\b(?:(?:would|could|might)\s+also|also\s+(?:would|could|might))\b")
_IT_OR_THEY = re.compile(r"(?:It|They)\s")
_CONTINUES = frozenset("said told added explained noted warned stressed insisted argued wrote stated".split())
"""Past-tense cues of reported speech whose clause the next sentence may go on with ('He added that A. They could also
B'): 'would also', 'could also' backshifted is the reporter's tense ('This would be nearly half' alone is the article's)."""


def speech_continued(text: str, claims: list[Claim]) -> None:
    """A sentence with no cue of its own right after a sentence of reported speech in the past tense, opening on 'It' or
    'They' (the clause's subject again) and going on in the backshifted tense ('would also', 'could also', 'might also'),
    goes on with that speech: 'He added that virtual fences could help protect rare plants. They could also support
    conservation of wild animals.' (the claims of the second sentence are replaced in `claims`, rule
    speaker.speech-continued)."""
    sents = _by_sentence(claims)
    for before, after in zip(sents, sents[1:], strict=False):
        said = [claims[i] for i in before if claims[i].speaker and claims[i].cue and claims[i].kind != "quote"
                and claims[i].cue.split()[-1].lower() in _CONTINUES]
        if not said or not all(claims[i].speaker is None and claims[i].cue is None and claims[i].kind in ("assertion", "statistic")
                                for i in after):
            continue
        sent = claims[after[0]].sentence
        body = text[sent.start : sent.end] if sent is not None else ""
        if not _IT_OR_THEY.match(body) or not _BACKSHIFT.search(body) or any(m in body for m in "“”\""):
            continue
        for i in after:
            c = _with(claims[i], _who(said[-1]), "speaker.speech-continued")
            claims[i] = quick_replace(c, kind="attribution" if c.kind == "assertion" else c.kind,
                                      rules=(*c.rules, "speaker.speech-continued"))


_NOT_NAMES = frozenset("""The A An In On At But And It This That These Those He She They We I His Her Their Its Our When While After
    Before As If For By With From Of To Some Many Most One Last Next Earlier Later Meanwhile Then So Yet Still Now Also Even
    Only Just Here There""".split())
"""Capitalised words that open a sentence or a phrase and name no one."""
_PLACE_OR_CHANNEL = frozenset("on in at to from via".split())
"""A name after these is where or how it was said ('Then, a week later on the radio: “…”'), no subject of its own."""


def _names_someone_else(text: str, c: Claim, q: Quote | None, who: Who) -> bool:
    """Whether a quote opens inside a sentence of the article's own that names someone other than `who` before it
    ('Acme branded the plan an “outlaw scheme.”' after a quote of Ann Lee's): three words or more before the
    opening mark, no quote mark among them (a quote that goes on after its cue, '“A,” said X, “and B.”', is X's), a
    capitalised name among them (not after 'on', 'in' …) and not `who`'s surname. A person's full name there (a given
    name and a capitalised word) is left to the confidence stage, which lists it among the candidates ('… pollster Dan
    Shaw: “…”')."""
    if q is None or c.sentence is None or not c.sentence.start <= q.open_mark or not who.name:
        return False
    before = text[c.sentence.start : q.open_mark]
    words = before.split()
    if len(words) < 3 or any(m in before for m in "“”\"‘’'"):
        return False
    names = [w for k, w in enumerate(words) if w[:1].isupper() and w.strip(",;:.()") not in _NOT_NAMES
             and (k == 0 or words[k - 1].lower() not in _PLACE_OR_CHANNEL)]
    full = any(b[:1].isupper() and given_gender(a) is not None for a, b in zip(words, words[1:], strict=False))
    return bool(names) and not full and who.name.split()[-1] not in before


def quote_speakers(claims: list[Claim], pending: list[tuple[int, Quote | None]], closing_cue: dict[int, Who], last: Who,
                   text: str = "") -> Who:
    """Give the pending quotes (claim index, quote) their speakers in `claims`; the speaker the next paragraph's quotes
    fall back on. A quote inside a sentence of the article's own that names someone else takes no speaker from another
    quote."""
    by_quote: dict[int, Who] = {}
    for i, q in pending:
        c = claims[i]
        closing = closing_cue.get(q.open_mark) if q is not None else None
        if closing and c.speaker != closing.name and c.kind == "quote":
            # '…: “A. B,” said X': the cue after the quote's closing mark names who said all of it
            c = claims[i] = _with(c, closing, "speaker.closing-cue")
        if q is not None and c.speaker:
            by_quote.setdefault(q.open_mark, _who(c))
    keys = sorted(by_quote)
    for i, q in pending:
        c = claims[i]
        if c.speaker is not None:
            continue
        same, rule = (by_quote.get(q.open_mark), "speaker.same-quote") if q else (None, "")
        if same is None:
            # the nearest quote before it with a speaker, else the first after it, else the paragraph's own speaker
            # (own_speaker), else the last paragraph's
            before = [k for k in keys if q is None or k < q.open_mark]
            k = before[-1] if before else (keys[0] if keys else None)
            same, rule = (by_quote[k], "speaker.quote-before" if before else "speaker.quote-after") if k is not None else \
                own_speaker(claims, c) or (last, "speaker.previous-paragraph")
            if _names_someone_else(text, c, q, same):
                continue  # 'Acme branded the plan an “outlaw scheme.”': the sentence names its own subject
        claims[i] = _with(c, same, rule, span=False)
    named = [claims[i] for i, _ in pending if claims[i].kind == "quote" and claims[i].speaker]
    if named:
        return _who(named[-1])
    # 'Mayor Jane Holt said the council would vote next week.' then a quote paragraph with no cue: hers
    said = [c for c in claims if c.speaker and c.cue and c.kind in ("attribution", "statistic") and c.speaker_span
            and c.cue.split()[0].lower() in _REPORTED_SPEECH]
    if said and len({c.speaker for c in said}) == 1:
        return _who(said[-1])
    if last.name and PAST_OWN_VOICE not in last.rules and any(c.speaker is None and c.kind in _OWN_VOICE for c in claims):
        # a paragraph in the article's own voice between two quotes: the quote after it is only likely the last speaker's
        return Who(last.name, last.span, last.role, (*last.rules, PAST_OWN_VOICE))
    return last
