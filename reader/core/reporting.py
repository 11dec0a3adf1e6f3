"""The outlet's own reporting, which is not a claim of the story: "Wikinews reached out to Sergey M.", "EFF is yet
to respond to Wikinews queries", "he said he won't give any comments at this time", "declined to comment".

These say how the article was made, not what happened; a fact-checker has nothing in them to check. A claim is
dropped only where it overlaps such a phrase, so "declined to comment, but said earlier that C" keeps C.
"""

from __future__ import annotations

import re

_GATE = re.compile(r"reach|respond|comment|reply", re.I)
"""A word every phrase below holds: most paragraphs are passed over with one scan and no copy."""
_PROCESS = re.compile(
    r"\b(?:reached\s+out\s+to|(?:is|are|was|were|has|have)\s+(?:yet\s+to|not)\s+(?:yet\s+)?respond(?:ed)?\s+to"
    r"|did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to|could\s+not\s+(?:immediately\s+)?be\s+reached"
    r"|(?:declined|refused)\s+to\s+comment|(?:won[’']t|will\s+not|would\s+not|wouldn[’']t)\s+(?:give|make|offer)\s+any\s+comments?"
    r"|no\s+comment|requests?\s+for\s+comment)\b",
    re.I,
)


def process_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where `text[start:end]` talks about reaching sources for the article."""
    if _GATE.search(text, start, end) is None:
        return []
    return [(m.start(), m.end()) for m in _PROCESS.finditer(text, start, end)]
