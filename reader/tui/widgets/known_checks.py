"""How a claim's known checks look: the marker in the claims list and the lines of the claim's detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from reader.core.text.safe import safe_inline, safe_text

if TYPE_CHECKING:
    from reader.core.checks.matcher import Match

MARKER = "⚑"
"""A glyph, not only a colour, so a matched claim reads without colour (NO_COLOR)."""


def known_detail(matches: list[Match], width: int = 200) -> Text:
    """One block per match: score, rating, reviewer and date; the checked claim with the words it shares with
    this claim lit; the link. Plain Text: a feed's strings are never parsed as markup."""
    out = Text(end="")
    for n, m in enumerate(matches):
        c = m.check
        if n:
            out.append("\n")
        out.append(f"{MARKER} known check {m.score:.2f} ", style="bold")
        out.append(f"[{safe_inline(c.rating, 40) or 'no rating'}]", style="bold reverse")
        said = " · ".join(safe_inline(x, 40) for x in (c.reviewer, c.date) if x)
        if said:
            out.append(f" {said}", style="italic")
        claim = Text(safe_text(c.claim), end="")  # safe_text keeps each code point's offset: the spans still fit
        for start, end in m.check_spans:
            claim.stylize("bold underline", start, end)
        out.append("\n")
        out.append_text(claim)
        if c.url:
            out.append("\n" + safe_inline(c.url, width), style="dim")
    return out
