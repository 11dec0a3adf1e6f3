"""What the help screen lists: sections of bindings, each from the widgets' own BINDINGS (reader/tui/screens/help.py
draws them). Apart from the help screen so a screen can say what it shows without loading the help screen itself
(start-up time)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Section:
    """A heading and the classes whose bindings it lists (but for the `hidden` actions: not here, not now)."""

    title: str
    classes: Sequence[type]
    hidden: frozenset[str] = frozenset()


def own_bindings(classes: Iterable[type]) -> list[Binding]:
    """The bindings with an id declared by `classes` and their bases, first declaration of an action first."""
    out: list[Binding] = []
    seen: set[str] = set()
    for owner in classes:
        for cls in owner.__mro__:
            for b in cls.__dict__.get("BINDINGS", ()):
                if isinstance(b, Binding) and b.id and b.action not in seen:
                    seen.add(b.action)
                    out.append(b)
    return out


def binding_rows(classes: Iterable[type], keymap: Mapping[str, str], key_display: Callable[[Binding], str],
                 hidden: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(keys, description) per action, with the user's keys where the keymap remaps the binding."""
    rows = []
    for b in own_bindings(classes):
        if b.action in hidden:
            continue
        keys = keymap.get(b.id or "", b.key)
        shown = []
        for key in keys.split(","):
            display = key_display(b.with_key(key.strip()))
            if display not in shown:
                shown.append(display)
        rows.append((" ".join(shown), b.tooltip or b.description))
    return rows
