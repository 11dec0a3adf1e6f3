"""The act vetoes marked `everywhere` in rules/vetoes.toml ('called for records', 'claimed responsibility', a call on the
telephone) asked by a stage other than the frame finder, so that the second look does not read as speech a verb the
first look dropped as an act. The others ('attacked a village') the second look judges by its own stance rules."""

from __future__ import annotations

from functools import cache

from reader.core.claims.stages.frames.vetoes import CUE_VETOES, LATE_VETOES, Veto, stem_of


@cache
def _of_stem(stem: str) -> tuple[Veto, ...]:
    return tuple(v for v in (*CUE_VETOES, *LATE_VETOES) if v.stem == stem and v.everywhere)


def act_vetoed(verb: str, ms: str, end: int) -> str | None:
    """The id of the act veto whose pattern matches right after `verb` (ending at `end` in `ms`), or None."""
    return next((v.id for v in _of_stem(stem_of(verb.lower())) if v.pattern is not None and v.pattern.match(ms, end)), None)
