"""Quote frames: whoever stands next to a quotation, with any verb, said it.

News puts a speaker beside a quote with verbs no cue list holds ('a friend commented: “…”', '“…,” Trump quipped.',
'the letter reads: “…”', 'In a statement, Greenpeace defended the protest as “peaceful”: “…”'). Where a colon or
dash opens the quote, or the sentence closes right after it, the subject of the verb next to the marks is the
speaker of the whole quotation (all its sentences). Offsets are sentence-relative, on the masked sentence.

- `quote.colon-led`: SUBJECT [aux] VERB [up to eight words]: “QUOTE”  (also with a dash);
- `quote.subject-verb-after`: “QUOTE,” SUBJECT [aux] VERB [a short circumstance].
- `quote.verb-subject-after`: “QUOTE,” VERB SUBJECT [, apposition].

Its rules (id, what each decides, a real example): rules/quote_frames.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon.cue_tail import ALL
from reader.core.claims.stages.second_frames import SecondFrame, noun_like, np_before, skip_aux, tokens

_IRREGULAR = frozenset("""said told wrote spoke put read reads thought felt knew gave made took went came saw heard meant
    began kept left held brought sang""".split())
_NOT_VERB = frozenset("""news this his its was has does is us yes thus plus bus gas less unless was series species
    always perhaps whereas""".split())
_CLOSE_TAIL = re.compile(r"(?:\s+[^,;:“”\"]{1,50}?)?\s*[.!]?\s*$")
_APPOSED_END = re.compile(r"\s*(?:,\s*[^,;:“”\"]{2,90}?)?\s*[.!]?\s*$")


def _verb_like(word: str) -> bool:
    low = word.lower()
    if not word[:1].islower() or low in _NOT_VERB:
        return False
    return low in ALL or low in _IRREGULAR or low.endswith("ed") or low.endswith("s") and len(low) > 3 and not low.endswith("ss")


def _colon_led(ms: str, toks: list[tuple[int, int, str]], qi: int) -> SecondFrame | None:
    """'a friend commented: “Q”' — the quote mark at token qi follows a colon or a dash."""
    if qi < 3 or toks[qi - 1][2] not in (":", "—", "–"):
        return None
    for vi in range(qi - 2, max(-1, qi - 11), -1):
        if toks[vi][2] in (",", ";") and vi < qi - 2:
            break
        if not _verb_like(toks[vi][2]):
            continue
        k, passive = skip_aux(toks, vi)
        i = np_before(toks, k) if not passive else None
        if i is None:
            continue
        return SecondFrame("quote.colon-led", (toks[vi][0], toks[vi][1]), (toks[i][0], toks[k - 1][1]), None,
                           (toks[qi][1], len(ms.rstrip())), toks[vi][2].lower())
    return None


def _after_quote(ms: str, toks: list[tuple[int, int, str]], ci: int) -> SecondFrame | None:
    """'“Q,” Trump quipped.' / '“Q,” quipped Trump.' — the closing mark at token ci ends the quote."""
    j = ci + 1 + (ci + 1 < len(toks) and toks[ci + 1][2] == ",")
    if j >= len(toks) or not toks[j][2][:1].isalnum():
        return None
    opening = max((k for k in range(ci) if toks[k][2] in ("“", "\"")), default=None)
    content = (toks[opening][1] if opening is not None else 0, toks[ci][0])  # no opening mark: the quote began a sentence before
    if _verb_like(toks[j][2]) and j + 1 < len(toks):  # '“Q,” quipped Trump, the nominee.'
        end = next((k for k in range(j + 1, len(toks)) if toks[k][2] in (",", ".", "!")), len(toks))
        words = [t[2] for t in toks[j + 1 : end]]
        if words and len(words) <= 12 and all(noun_like(w) or w.lower() in ("the", "a", "an", "of", "for", "at") for w in words) \
                and _APPOSED_END.fullmatch(ms, toks[end - 1][1]):
            return SecondFrame("quote.verb-subject-after", (toks[j][0], toks[j][1]), (toks[j + 1][0], toks[end - 1][1]), None, content,
                               toks[j][2].lower())
    for vi in range(j + 1, min(len(toks), j + 9)):
        if not _verb_like(toks[vi][2]):
            continue
        k, passive = skip_aux(toks, vi)
        if passive or k <= j or np_before(toks, k) != j or not _CLOSE_TAIL.fullmatch(ms, toks[vi][1]):
            return None
        return SecondFrame("quote.subject-verb-after", (toks[vi][0], toks[vi][1]), (toks[j][0], toks[k - 1][1]), None, content,
                           toks[vi][2].lower())
    return None


def find_quote_frames(ms: str) -> list[SecondFrame]:
    """Frames that attach the quotations of one masked sentence to the subject of the verb beside them."""
    toks = tokens(ms)
    out = []
    for n, (_, _, w) in enumerate(toks):
        f = _colon_led(ms, toks, n) if w in ("“", "\"") else None
        f = f or (_after_quote(ms, toks, n) if w in ("”", "\"") else None)
        if f is not None:
            out.append(f)
    return out
