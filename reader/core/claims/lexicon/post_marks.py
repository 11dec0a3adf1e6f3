"""What blog-citing news writes beside a name: the language of the page it links ('Salomé [es]', from
reader.core.text.other_language) and the person's handle in brackets ('Juan Pueblo (@ElcondeGiovanni)'). Neither is part
of the name; the stages that read names, cue lines and tweets build their patterns from these two."""

from __future__ import annotations

import re

from reader.core.text.other_language import LANGUAGE_TAG

HANDLE_TAG = r"\(@\w+\)"
"""A handle in brackets after a name: '(@m_ebrard)'."""

LANGUAGE_TAGS_END = re.compile(r"\s*\[[a-z]{2}(?:,\s*[a-z]{2})*\]$")
"""The language tags of a linked page closing a stretch ('… black jails [zh]', '[en, ar]'): no word of a claim."""

__all__ = ["DATELINE", "DATELINE_CUT", "HANDLE_TAG", "LANGUAGE_TAG", "LANGUAGE_TAGS_END"]

DATELINE = re.compile(r"\[?(?:[A-Z][A-Z.’'-]*\s+){0,5}[A-Z][A-Z’'-]{2,}\.?(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\]?\s*"
                      r"(?:\([\w\s.]{1,30}\)\s*)?(?:[–—-]+\s*|(?<=\])\s+)(?=[A-Z“\"])")
"""A dateline opening a wire story's first paragraph ('PHILIPPINE SEA – ', 'U.S. AIR FORCE ACADEMY, Colo.– ', 'LONDON
(Reuters) - ', '[MONTEVIDEO, SciDev.Net] '): where it was filed, no part of the statement."""
DATELINE_CUT = re.compile(r"(?:[A-Z][A-Z.’'-]*\s+){0,3}[A-Z][A-Z’'-]{2,}\.?(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*(?:\([\w\s.]{1,30}\))?\s*")
"""The same dateline as a piece of its own, the clauses cut at the dash after it ('LEEDS, England (AP)'); also a line's
opening of up to four words in capitals with nothing after it (a heading: 'CARSON CASH CONTINUED')."""
