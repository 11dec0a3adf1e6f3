"""Who: a resolved speaker as the stages pass it on — the name a reader should see, the mention it was read from, the
role, and the ids of the rules that chose it (a claim's `speaker_rules`)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.text.frozen import quick_init
from reader.core.text.spans import Span


@quick_init
@dataclass(frozen=True, slots=True)
class Who:
    name: str | None = None
    span: Span | None = None
    role: str | None = None
    rules: tuple[str, ...] = ()


NOBODY = Who()

PAST_OWN_VOICE = "speaker.past-own-voice"
"""The rule a carried speaker gains when a paragraph in the article's own voice stands between its quote and the next
quote with no cue (stages/carry.py): that quote is only likely theirs, so confidence.py lists them as a candidate."""
