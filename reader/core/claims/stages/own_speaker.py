"""A quote paragraph that names its own speaker: the quote is that speaker's, not the last paragraph's.

A quote with no cue of its own used to take the speaker of the last paragraph's quotes (speaker.previous-paragraph).
On PolNeAR train that carry was right 35 times and named the wrong person 99 times: the quote's own paragraph
usually says who speaks, in a sentence before the quote that frames no quote itself:

- `speaker.paragraph-cue`: a claim before the quote in the same paragraph reports one speaker by a cue ('As White
  House press secretary Josh Earnest explained, …, “…”'; 'Or maybe Jeb Bush, digital consultant Phil Musser says.
  “…”'); several speakers by cues: nobody is sure, the carry stays (and confidence.py abstains);
- `speaker.as-said-by`: a passive cue right after the quote names its speaker ('“…” as said by the girl's mother,
  Selva Herbón, on several occasions').

Its rules (id, what each decides, a real example): rules/own_speaker.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.record import Claim
from reader.core.claims.stages.speakers.who import Who
from reader.core.text.frozen import quick_replace
from reader.core.text.spans import Span

_LEAD = re.compile(r"(?:^|(?<=[\s(—-]))(?:As\s+(?P<as>[^,;:“”\"]{2,80}?)\s+(?:had\s+|has\s+)?(?:put\s+it|puts\s+it|said|says|explained|explains|"
                   r"noted|notes|wrote|written|writes|observed|argued|sang|recalled|recalls|told\s+[^,;:“”\"]{2,40})\b[^,;:“”\"]{0,60}|Said\s+(?P<said>[^,;:“”\"]{2,80}?))\s*[,:]\s*\S")
"""The quote's own sentence opens with its cue: 'As Vulture put it, “…”', 'As Ms. Simonyan put it in a statement …, RT is
“…”', 'Said Ellis: “…”'."""
_NAME_TAIL = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*$")
"""The capitalised words that end a mention: the name after a role ('the Hollywood columnist Louella Parsons')."""
_NO_LEAD = frozenset("i we you it if is was this that there what when".split())


def _lead(text: str, c: Claim) -> Who | None:
    """The speaker that a cue opening the quote's own sentence names before the quote ('As X put it, “…”')."""
    if c.sentence is None:
        return None
    m = _LEAD.search(text, c.sentence.start, c.span.start)
    if m is None:
        return None
    key = "as" if m.group("as") else "said"
    np = m.group(key)
    if np.split()[0].lower() in _NO_LEAD:
        return None
    tail = _NAME_TAIL.search(np)
    name = tail.group(0) if tail else np
    at = m.start(key) + (tail.start() if tail else 0)
    return Who(name, Span(at, at + len(name)), None, ("speaker.mention",))


_AS_SAID_BY = re.compile(r"[^“”\"\n]{0,800}?[”\"]\s*,?\s*(?:as\s+)?(?:said|stated|written|put|told)\s+by\s+"
                         r"(?:(?P<role>(?:the|a|an|his|her|their)\s+[^,;:“”\"]{2,60}),\s*)?"
                         r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)")
"""'“…” as said by the girl's mother, Selva Herbón, on several occasions': the cue after the quote (after the rest of it,
for its first sentences), in the passive."""


def _said_by(text: str, c: Claim) -> Who | None:
    """The speaker of a passive cue right after the quote's closing mark (speaker.as-said-by)."""
    end = text.find("\n\n", c.span.end)  # the rest of the quote (its later sentences), then the cue: the paragraph
    m = _AS_SAID_BY.match(text, c.span.end, end if end >= 0 else len(text))
    if m is None:
        return None
    role = m.group("role")
    return Who(m.group("name"), Span(m.start("name"), m.end("name")), role, ("speaker.mention",))


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


def paragraph_speakers(text: str, claims: list[Claim]) -> list[Claim]:
    """Once the later passes framed the paragraph's other sentences ('Or maybe Jeb Bush, digital consultant Phil Musser
    says.'), a quote still carried in from the paragraph before (or left with nobody) takes the paragraph's own
    speaker, when it names one."""
    out = list(claims)
    for i, c in enumerate(out):
        carried = c.speaker is None or c.speaker_rules[-1] in ("speaker.previous-paragraph", "speaker.paragraph-cue")
        if c.kind != "quote" or c.cue is not None or not carried:
            continue
        said_by, lead = _said_by(text, c), _lead(text, c)
        found = (said_by, "speaker.as-said-by") if said_by is not None else (lead, "speaker.paragraph-cue") if lead is not None \
            else own_speaker(out, c)
        if found is not None:
            who, rule = found
            out[i] = quick_replace(c, speaker=who.name, speaker_span=who.span, role=who.role, speaker_rules=(*who.rules, rule))
    return out
