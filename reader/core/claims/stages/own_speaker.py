"""A quote paragraph that names its own speaker: the quote is that speaker's, not the last paragraph's.

A quote with no cue of its own used to take the speaker of the last paragraph's quotes (speaker.previous-paragraph).
On PolNeAR train that carry was right 35 times and named the wrong person 99 times: the quote's own paragraph
usually says who speaks, in a sentence before the quote that frames no quote itself:

- `speaker.paragraph-cue`: a claim before the quote in the same paragraph reports one speaker by a cue ('As <role>
  <Name> explained, <clause>, “…”'; '<A clause>, <role> <Name> says. “…”'), or a cue opens the quote's own sentence
  ('As <Name> put it, “…”', 'Said <Name>: “…”'); several speakers by cues: nobody is sure, the carry stays (and
  confidence.py abstains);
- `speaker.closing-cue` (as in carry.py): a cue right after the quote's closing comma that no frame read ('“…,” said
  one <unnamed role>. “…”', '“…!” <Name> said.'); the quotes after it in the paragraph take the same speaker
  (speaker.quote-before);
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

IN_WORDS = r"In\s+(?:the\s+(?:own\s+)?words\s+of\s+(?P<of>[^,;:“”\"]{2,80}?)|(?P<own>[^,;:“”\"]{2,80}?)[’']s?\s+(?:own\s+)?words)"
"""'In Ann Lee’s words', 'In the words of Ann Lee': a lead that names a quote's speaker (unattributed.py leaves it out)."""
_LEAD = re.compile(r"(?:^|(?<=[\s(—-]))(?:(?:(?:Or|And|But)\s+as|As)\s+(?P<as>[^,;:“”\"]{2,80}?(?:,[^,;:“”\"]{2,80},)?)\s+(?:[a-z]+ly\s+)?"
                   r"(?:had\s+|has\s+)?(?:put\s+it|puts\s+it|said|says|explained|explains|"
                   r"noted|notes|wrote|written|writes|observed|argued|sang|recalled|recalls|told\s+[^,;:“”\"]{2,40})\b[^,;:“”\"]{0,60}|Said\s+(?P<said>[^,;:“”\"]{2,80}?)"
                   r"|" + IN_WORDS + r")\s*[,:]\s*\S")
"""The quote's own sentence opens with its cue: 'As <Name> put it, “…”', 'As <Name> put it in a statement to <someone>,
<subject> is “…”', 'Said <Name>: “…”', 'In <Name>’s words, “…”'."""
_NAME_TAIL = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*$")
"""The capitalised words that end a mention: the name after a role ('the Hollywood columnist Louella Parsons')."""
_PART = re.compile(r"[^,\s](?:[^,]*[^,\s])?")
"""One comma-separated part of a lead's noun phrase, without its spaces."""
_NO_LEAD = frozenset("i we you it if is was this that there what when".split())


def _lead(text: str, c: Claim) -> Who | None:
    """The speaker that a cue opening the quote's own sentence names before the quote ('As X put it, “…”')."""
    if c.sentence is None:
        return None
    m = _LEAD.search(text, c.sentence.start, c.span.start)
    if m is None:
        return None
    key = next(k for k in ("as", "said", "of", "own") if m.group(k))
    np = m.group(key)
    if np.split()[0].lower() in _NO_LEAD:
        return None
    part, off = np, 0
    if "," in np:  # 'As Chris Ferguson, Director of …, put it', 'As the LinkedIn chief executive, Jeff Weiner, put it': the name
        parts = [(p.group(), p.start()) for p in _PART.finditer(np)]
        part, off = next(((x, k) for x, k in parts if _NAME_TAIL.fullmatch(x)), parts[0])
    tail = _NAME_TAIL.search(part)
    name = tail.group(0) if tail else np
    at = m.start(key) + off + (tail.start() if tail else 0)
    return Who(name, Span(at, at + len(name)), None, ("speaker.mention",))


_AS_SAID_BY = re.compile(r"[^“”\"\n]{0,800}?[”\"]\s*,?\s*(?:(?:as\s+)?(?:said|stated|written|put|told)\s+by\s+"
                         r"(?:(?P<role>(?:the|a|an|his|her|their)\s+[^,;:“”\"]{2,60}),\s*)?"
                         r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)"
                         r"|as\s+(?P<put>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?puts?\s+it\b"
                         r"|(?:is|was)\s+how\s+(?P<how>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?"
                         r"(?:describe[sd]|puts?|characteri[sz]e[sd]|summed|sums|called|calls)\b)")
"""'“…” as said by the girl's mother, Selva Herbón, on several occasions': the cue after the quote (after the rest of it,
for its first sentences), in the passive."""


def _said_by(text: str, c: Claim) -> Who | None:
    """The speaker of a passive cue right after the quote's closing mark (speaker.as-said-by)."""
    end = text.find("\n\n", c.span.end)  # the rest of the quote (its later sentences), then the cue: the paragraph
    m = _AS_SAID_BY.match(text, c.span.end, end if end >= 0 else len(text))
    if m is None:
        return None
    key = next(k for k in ("name", "put", "how") if m.group(k))  # '“…,” as Ann Lee put it.', '“…” was how Lee described it'
    return Who(m.group(key), Span(m.start(key), m.end(key)), m.group("role"), ("speaker.mention",))


_VERB_AFTER = r"(?:said|says|added|adds|told|tells|wrote|writes|explained|explains|noted|notes|recalled|recalls|continued|insisted|argued)"
_CUE_AFTER = re.compile(r"[^“”\"\n]{0,800}?(?<=[,!—-])[”\"]\s*,?\s*(?:" + _VERB_AFTER
                        + r"\s+(?P<inv>[^,.;:“”\"]{2,80}?(?:\.\s*[A-Z][^,.;:“”\"]{0,40}?){0,3})\s*[,.;:]|"
                        r"(?P<np>(?:[A-Z]|(?:one|a|an|another|the)\s)[^,;:“”\"]{1,80}?)(?:,[^“”\"]{1,140}?,)?\s+" + _VERB_AFTER + r"\b)")
"""'“…,” <Name>, <an apposition, with its own commas>, said by telephone', '“…,” said one <unnamed role>. “…”': the cue
right after the quote (after the rest of it, for its first sentences), when the quote
closes on a comma, a dash or '!' (after a full stop a new sentence begins)."""
_DETERMINER = re.compile(r"(?:one|a|an|another|the|two|three|several|some)\s", re.I)
_NOT_NP = frozenset("he she they it we i you this that there who which".split())


def _cue_after(text: str, c: Claim) -> Who | None:
    """The speaker of a cue right after the quote's closing mark that no frame read (speaker.closing-cue)."""
    end = text.find("\n\n", c.span.end)
    m = _CUE_AFTER.match(text, c.span.end, end if end >= 0 else len(text))
    if m is None:
        return None
    key = "inv" if m.group("inv") else "np"
    np = m.group(key).strip()
    if not np or np.split()[0].lower() in _NOT_NP or not any(w[:1].isupper() for w in np.split()):
        return None
    tail = None if _DETERMINER.match(np) else _NAME_TAIL.search(np)
    name = tail.group(0) if tail else np
    at = m.start(key) + (tail.start() if tail else 0)
    return Who(name, Span(at, at + len(name)), None, ("speaker.mention",))


_CAPS_RUN = re.compile(r"\b[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}\b")
_PAIR = re.compile(r"\b[A-Z][\w’'.-]+\s+[A-Z][\w’'-]+")
_RELATIVE = frozenset("whom who which that whose".split())


def _one_voice(name: str) -> bool:
    """Whether a cue's speaker can be the voice of a verbatim quote: not a headline in capitals (a digest's 'PARTY
    CHAIR RESIGNS …'), not a relative pronoun's leftovers ('whom <outlet>'), not a bare plural with no name in it
    ('experts', 'local party leaders', 'Aides': many people say, one of them is quoted)."""
    words = name.split()
    if len(words) > 8 or len(name) < 3 or _CAPS_RUN.search(name) or words[0].lower() in _RELATIVE:
        return False
    last = words[-1].lower()
    return not (last.endswith("s") and not last.endswith(("ss", "us", "is")) and not _PAIR.search(name))


def _cued(claims: list[Claim], c: Claim) -> list[Claim]:
    """The paragraph's claims before `c` whose speaker a cue of their own sentence names."""
    return [o for o in claims if o.span.end <= c.span.start and o.speaker and o.cue and o.cue != "according to"
            and o.mention_in_sentence]


def own_speaker(claims: list[Claim], c: Claim) -> tuple[Who, str] | None:
    """(speaker, rule) that the paragraph of claim `c` names for it before it, or None."""
    cued = _cued(claims, c)
    if len({o.speaker for o in cued}) != 1 or not _one_voice(cued[-1].speaker or ""):
        return None
    o = cued[-1]
    return Who(o.speaker, o.speaker_span, o.role, o.speaker_rules), "speaker.paragraph-cue"


_ANSWERED = re.compile(r"\?[”\"]\s+(?:(?P<np>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)\s+(?:said|asked|replied|added|wondered"
                       r"|told\s+[^.“”\"]{1,40})|(?:said|asked|replied|added|wondered)\s+(?P<inv>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)"
                       r"(?:,[^.“”\"]{1,100})?)\.\s*[“\"]?$")
"""'“Why would we close it?” Ann Lee said. “It makes money.”' (or 'asked Ann Lee, the owner.'): the cue after a quoted
question (no claim of its own) names the speaker of the quote that answers it."""


def _after_question(text: str, c: Claim) -> Who | None:
    """The speaker named by the cue that closes a quoted question right before the quote (speaker.closing-cue)."""
    lo = max(0, c.span.start - 200)
    brk = text.rfind("\n", lo, c.span.start)
    m = _ANSWERED.search(text, brk + 1 if brk >= 0 else lo, c.span.start)
    group = "np" if m is not None and m.group("np") else "inv"
    if m is None or m.group(group).split()[0].lower() in _NOT_NP:
        return None
    return Who(m.group(group), Span(m.start(group), m.end(group)), None, ("speaker.mention",))


def _first(text: str, c: Claim) -> tuple[Who, str] | None:
    """The speaker the quote's own sentences name around it: a passive cue after it, a cue after it, a lead before it,
    the cue after a quoted question it answers."""
    for find, rule in ((_said_by, "speaker.as-said-by"), (_cue_after, "speaker.closing-cue"), (_lead, "speaker.paragraph-cue"),
                       (_after_question, "speaker.closing-cue")):
        who = find(text, c)
        if who is not None:
            return who, rule
    return None


def paragraph_speakers(text: str, claims: list[Claim]) -> list[Claim]:
    """Once the later passes framed the paragraph's other sentences ('<A clause>, <role> <Name>
    says.'), a quote still carried in from the paragraph before (or left with nobody) takes the paragraph's own
    speaker, when it names one."""
    out = list(claims)
    given: Who | None = None  # the speaker this pass gave the quote before: '“A,” said X. “B.”' B is X's too
    for i, c in enumerate(out):
        carried = c.speaker is None or c.speaker_rules[-1:] in (("speaker.previous-paragraph",), ("speaker.paragraph-cue",))
        if c.kind != "quote" or c.cue is not None or not carried:
            continue
        found = _first(text, c) or ((given, "speaker.quote-before") if given is not None else own_speaker(out, c))
        if found is not None:
            who, rule = found
            out[i] = quick_replace(c, speaker=who.name, speaker_span=who.span, role=who.role, speaker_rules=(*who.rules, rule))
            given = who if rule != "speaker.paragraph-cue" else given
    return out
