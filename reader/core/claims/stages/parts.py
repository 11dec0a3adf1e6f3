"""A frame's content cut into the statements it reports: at ', and that' (or ', but that') and at a colon before a quote, where the
article's own voice resumes ('; D', ', while D'), a relative clause after ';' that goes on with the report, and a
'because'/'when' clause that is a statement of its own. Each part carries the rules that cut it.

Its rules (id, what each decides, a real example): rules/parts.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.stages.clauses import own_statement, reason_parts, relative_parts
from reader.core.claims.stages.frames.model import Frame, Range

Part = tuple[list[Range], tuple[str, ...]]

_CUT = re.compile(r"(?<!\bnothing)(?<!\banything)(?<!\ball),?\s+(?:and|but)\s+that\s+"
                  r"(?!(?:was|is|were|are|has|had|have|would|will|could|should|may|might|must|seems?|seemed|means?|meant|makes?|made|did|does|do|can|remains?|remained|[a-z]+ed|(?!only)[a-z]+ly)\b)|:\s*(?=[“\"])")
"""Every match holds 'that' or ':' (a content with neither is not searched: most are not). A 'that' before a verb (or an
adverb in -ly) is a pronoun ('… but that proved wrong', '… which the council tried to close but that opened again'), no
second report; nor is one after 'nothing but' ('says nothing but that one word')."""
_OPENS_QUOTE = re.compile(r"[“\"]")


_SPEECH = frozenset("said says wrote writes added adds told tells asked asks".split())
"""Verbs whose 'of'/'about' phrase before a quote's colon is only its topic ('warned of a tough fight' states something)."""
_TOPIC = re.compile(r"(?:of|about)\s+[^,;:“”\"]{1,60}")
"""What a cue is about, before the colon of its quote ('Ann Lee said of the plan: “…”')."""


def _bare_cue(ms: str, f: Frame, a: int, b: int) -> bool:
    """A part that is the cue verb and nothing else, or its topic: a stance read at its verb ('disagreed') or 'said of
    the plan' before the colon of a quote."""
    if not f.cue_start <= a <= f.cue_end + 1:
        return False  # a head before the cue ('C, X said: “…”') or a clause after it
    rest = ms[max(a, f.cue_end) : b].strip()
    return not rest or f.verb in _SPEECH and _TOPIC.fullmatch(rest) is not None


_CIRCUMSTANCE_ONLY = re.compile(r"\s*(?:(?:at|on|in|during|after|before|later|earlier)\s+(?:the\s+|that\s+|this\s+)?(?:time|moment|weekend|day|night"
                                r"|morning|afternoon|evening|week|[A-Z][a-z]+day)|then|later|earlier|again|yesterday|today|after|before"
                                r"|afterwards?)\s*[.,;]?\s*", re.I)
"""What follows a cue when it names only when it was said ('said at the time', 'said later'): no content of its own."""


def content_parts(ms: str, f: Frame, skipped: list[Range] | None = None) -> list[Part]:
    """The statements a frame's content reports, in order, each with the rules that cut it out; the stretches that state
    nothing (the cue alone before a quote's colon) go to `skipped`, which the frame still covers."""
    parts: list[Part] = []
    if f.joined or len(f.contents) == 2 and f.contents[0][1] <= f.region[0] and _OPENS_QUOTE.match(ms, f.contents[1][0]):
        parts.append((list(f.contents), ("content.one-quote-in-two",) if not f.joined else ()))
    else:
        for ca, cb in f.contents:
            pos = ca
            piece = ms[ca:cb]
            for cut in _CUT.finditer(piece) if "that" in piece or ":" in piece else ():
                if not _bare_cue(ms, f, pos, ca + cut.start()):  # 'Ann Lee disagreed: “…”': the verb alone states nothing
                    parts.append(([(pos, ca + cut.start())], ("content.and-that",)))
                elif skipped is not None:
                    skipped.append((pos, ca + cut.start()))
                pos = ca + cut.end()
            parts.append(([(pos, cb)], ("content.and-that",) if pos > ca else ()))
    timed = [all(_CIRCUMSTANCE_ONLY.fullmatch(ms, *r) for r in p) for p, _ in parts]
    if skipped is not None:  # '“Q,” Lee, who wants to cut the tax, said at the time.': a time alone states nothing
        skipped.extend(r for (p, _), t in zip(parts, timed, strict=True) if t for r in p)
    parts = [part for part, t in zip(parts, timed, strict=True) if not t]
    ends = [p[-1][1] for p, _ in parts]
    own = own_statement(ms, [p for p, _ in parts])
    parts = [(o, tags + (("content.own-voice-resumes",) if o != p else ())) for (p, tags), o in zip(parts, own, strict=True)]
    relative = relative_parts(ms, [p for p, _ in parts], ends)
    parts += [(p, ("content.relative-continues",)) for p in relative[len(parts):]]
    out: list[Part] = []
    for p, tags in parts:
        split = reason_parts(ms, [p])
        out.extend((q, tags + (("content.reason-clause",) if len(split) > 1 else ())) for q in split)
    return out
