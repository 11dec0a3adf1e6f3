"""Which rules fired, for the tests of rule examples and for debugging: `with tracing() as fired: …`.

Rules that leave a mark on their result (a frame's or a claim's `rules`) need no tracing; those that only
drop something (a veto, a not-claim) call `fire(id)`, which costs one context-variable read when nobody traces.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_FIRED: ContextVar[set[str] | None] = ContextVar("fired_rules", default=None)


def fire(rule_id: str) -> None:
    """Note that a rule applied (only while `tracing`)."""
    fired = _FIRED.get()
    if fired is not None:
        fired.add(rule_id)


def tracing_on() -> bool:
    """Whether someone traces (so a stage can note the rules of results it drops)."""
    return _FIRED.get() is not None


@contextmanager
def tracing() -> Iterator[set[str]]:
    """Collect the ids of the rules that fire inside the block (their marks on claims are added by the caller)."""
    fired: set[str] = set()
    token = _FIRED.set(fired)
    try:
        yield fired
    finally:
        _FIRED.reset(token)
