"""Hedges: the words by which an article declines to vouch for what it reports (tests/gold/GUIDE.md: reportedly,
allegedly, suggest, estimate, unconfirmed, could, may). A claim holding one is `hedged`; an unattributed clause
holding a strong one is a `report` rather than an `assertion`."""

from __future__ import annotations

import re

_HEARSAY = (r"is said to|are said to|was said to|were said to|"
            r"(?:was|were|is|are)(?: \w+){0,3} (?:reported|announced) to|"
            r"(?:was|were|is|are|(?:has|have|had) been)(?: (?:also|still|widely|now|not|largely|generally|broadly))? expected to|"
            r"it (?:is|was|has been|had been) (?:widely )?(?:reported|believed|understood|rumou?red|alleged|claimed|said|hoped|feared"
            r"|thought)(?: that)?\b|"
            r"(?:is|are|was|were) (?:widely |generally |largely |often |now )?(?:seen|regarded|viewed) as|"
            r"rumou?red|believed to|thought to")
"""What is said, expected or believed by no one named ('is said to', 'it is believed that', 'was seen as'): the last
alternatives of both patterns below, which a report hedge and any hedge share."""

HEDGES = re.compile(
    r"(?<![^\W\d])\b(reportedly|allegedly|purportedly|apparently|presumably|supposedly|unconfirmed|suspected|"
    r"appears?(?= to| able)|appeared to|appear(?:s|ed)?(?= (?:un|in|im|ir|dis|non)[a-z]{4,}| [a-z]{3,}(?:ed|ent|ant|ive|ous|ful|able|ible|less)\b)|"
    r"seems?(?= to)|seemed to|what sounds like|likely|unlikely|perhaps|possibly|"
    r"could|may|might|estimated?|" + _HEARSAY + r")\b",
    re.I,
)
"""Words that signal doubt (GUIDE: reportedly, allegedly, suggest, estimate, unconfirmed, could, may)."""

REPORT_HEDGES = re.compile(
    r"(?<![^\W\d])\b(reportedly|allegedly|purportedly|supposedly|unconfirmed|suspected|appears?(?= to| able)|appeared to|"
    r"appear(?:s|ed)?(?= (?:un|in|im|ir|dis|non)[a-z]{4,}| [a-z]{3,}(?:ed|ent|ant|ive|ous|ful|able|ible|less)\b)|"
    r"seems?(?= to)|seemed to|what sounds like|" + _HEARSAY + r")\b",
    re.I,
)
"""Hedges strong enough to make an unattributed clause a `report` rather than an `assertion`."""
