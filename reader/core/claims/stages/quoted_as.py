"""'X was quoted (by Y | in Y) as saying (that) C': reported speech in the passive, which wire copy uses for words
another outlet printed. X is the speaker, Y the outlet it reached us through, C the statement.

Read on the second look (second_look.py), on sentences the first pass left unattributed. Its rule:
rules/quoted_as.toml (`frame.quoted-as-saying`).
"""

from __future__ import annotations

import re

from reader.core.claims.stages.second_frames import SecondFrame

_CUE = r"(?:quoted|cited)\s+(?:(?:by|in)\s+(?P<via>[^,;:“”\"]{2,60}?)\s+)?as\s+(?:saying|telling\s+[^,;:“”\"]{1,40}?)"
_SUBJECT = r"(?P<subject>(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|(?:[A-Z][\w.’'-]*|he|she|they)(?:\s+[A-Z][\w.’'-]*){0,3})"
_QUOTED_AS = re.compile(
    _SUBJECT + r"\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|widely\s+|reportedly\s+)?"
    r"(?P<cue>" + _CUE + r")\s+(?:that\s+)?(?=\S)"
)
"""'Minasyan was quoted by the local media as saying that …', 'He was quoted in the newspaper as telling reporters …', 'Lee
was cited by the Herald as saying …'."""
_QUOTED_AFTER = re.compile(
    r",\s+" + _SUBJECT + r"\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?P<cue>" + _CUE + r")[\s.]*$"
)
"""'C, Lee was quoted as saying.': the statement before the passive cue."""
_END = re.compile(r"[\s.]*$")


def find_quoted_as(ms: str) -> list[SecondFrame]:
    """The 'quoted as saying' frames of one masked sentence (sentence-relative offsets)."""
    out = []
    for m in _QUOTED_AS.finditer(ms):
        end = _END.search(ms, m.end()).start()  # type: ignore[union-attr]
        if end - m.end() < 8:
            continue
        out.append(SecondFrame("frame.quoted-as-saying", m.span("cue"), m.span("subject"), None, (m.end(), end), "say",
                               via=m.group("via")))
    after = _QUOTED_AFTER.search(ms) if not out else None
    if after is not None and len(ms[: after.start()].split()) >= 3:  # 'C, Lee was quoted as saying.'
        out.append(SecondFrame("frame.quoted-as-saying", after.span("cue"), after.span("subject"), None, (0, after.start()), "say",
                               via=after.group("via")))
    return out
