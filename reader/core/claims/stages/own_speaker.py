"""A quote paragraph that names its own speaker: the quote is that speaker's, not the last paragraph's.

A quote with no cue of its own used to take the speaker of the last paragraph's quotes (speaker.previous-paragraph).
On PolNeAR train that carry was right 35 times and named the wrong person 99 times: the quote's own paragraph
usually says who speaks, in a sentence before the quote that frames no quote itself:

- `speaker.paragraph-cue`: a claim before the quote in the same paragraph reports one speaker by a cue ('As White
  House press secretary Josh Earnest explained, …, “…”'; 'Or maybe Jeb Bush, digital consultant Phil Musser says.
  “…”'); several speakers by cues: nobody is sure, the carry stays (and confidence.py abstains).

Its rules (id, what each decides, a real example): rules/own_speaker.toml.
"""

from __future__ import annotations

from reader.core.claims.record import Claim
from reader.core.claims.stages.speakers.who import Who
from reader.core.text.frozen import quick_replace


def _cued(claims: list[Claim], c: Claim) -> list[Claim]:
    """The paragraph's claims before `c` whose speaker a cue of their own sentence names."""
    return [o for o in claims if o.span.end <= c.span.start and o.speaker and o.cue and o.cue != "according to"
            and o.speaker_span is not None and o.sentence is not None and o.sentence.start <= o.speaker_span.start < o.sentence.end]


def own_speaker(claims: list[Claim], c: Claim) -> tuple[Who, str] | None:
    """(speaker, rule) that the paragraph of claim `c` names for it before it, or None."""
    cued = _cued(claims, c)
    if len({o.speaker for o in cued}) != 1:
        return None
    o = cued[-1]
    return Who(o.speaker, o.speaker_span, o.role, o.speaker_rules), "speaker.paragraph-cue"


def paragraph_speakers(claims: list[Claim]) -> list[Claim]:
    """Once the later passes framed the paragraph's other sentences ('Or maybe Jeb Bush, digital consultant Phil Musser
    says.'), a quote still carried in from the paragraph before (or left with nobody) takes the paragraph's own
    speaker, when it names one."""
    out = list(claims)
    for i, c in enumerate(out):
        carried = c.speaker_rules[-1:] == ("speaker.previous-paragraph",) or c.speaker is None
        if c.kind != "quote" or c.cue is not None or not carried:
            continue
        found = own_speaker(out, c)
        if found is not None:
            who, rule = found
            out[i] = quick_replace(c, speaker=who.name, speaker_span=who.span, role=who.role, speaker_rules=(*who.rules, rule))
    return out
