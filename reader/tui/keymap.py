"""Every key of the reader, read from one table (keymap.txt) and handed to each class as its BINDINGS.

Why a table: about eighty bindings across a dozen classes each need an id (the config remaps keys by id), a label
and a tooltip (help, footer and palette are generated from them). In one table they are read, reviewed and kept
unique at a glance; each class still owns its actions and takes its own rows: `BINDINGS = keymap("ArticleView")`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from textual.binding import Binding

TABLE = Path(__file__).with_name("keymap.txt")
FLAGS = frozenset({"footer", "priority", "-"})
COLUMNS = ("owner", "id", "keys", "action", "description", "flags", "tooltip")


def parse_keymap(text: str, source: str = "keymap.txt") -> dict[str, list[Binding]]:
    """Bindings by owner class name, in table order; a malformed row is a ValueError naming its line."""
    owners: dict[str, list[Binding]] = {}
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split(" | ")]
        if tuple(cells) == COLUMNS:
            continue
        if len(cells) != len(COLUMNS) or not all(cells):
            raise ValueError(f"{source}:{number}: want {len(COLUMNS)} cells ({' | '.join(COLUMNS)})")
        owner, binding_id, keys, action, description, flags, tooltip = cells
        marks = set(flags.split(","))
        if not marks <= FLAGS or binding_id in seen:
            raise ValueError(f"{source}:{number}: unknown flag in {flags!r} or id {binding_id!r} used twice")
        seen.add(binding_id)
        owners.setdefault(owner, []).append(Binding(keys, action, description, show="footer" in marks, priority="priority" in marks,
                                                    id=binding_id, tooltip=tooltip))
    return owners


@cache
def table() -> dict[str, list[Binding]]:
    return parse_keymap(TABLE.read_text(encoding="utf-8"), str(TABLE))


def keymap(owner: str) -> list[Binding]:
    """The rows of `owner` (a class name), as a new list the class may extend."""
    rows = table().get(owner)
    if not rows:
        raise KeyError(f"{TABLE}: no keys for {owner}")
    return list(rows)


def nav_bindings(prefix: str, noun: str) -> list[Binding]:
    """The moves of a list, the same in every list (so made here, not repeated in the table), with ids
    `<prefix>.down` … so each list's keys can be remapped on their own."""
    return [
        Binding("down,j", "cursor_down", f"Next {noun}", show=False, id=f"{prefix}.down", tooltip=f"Highlight the next {noun}"),
        Binding("up,k", "cursor_up", f"Previous {noun}", show=False, id=f"{prefix}.up", tooltip=f"Highlight the previous {noun}"),
        Binding("home,g", "first", "First", show=False, id=f"{prefix}.first", tooltip=f"The first {noun}"),
        Binding("end,G", "last", "Last", show=False, id=f"{prefix}.last", tooltip=f"The last {noun}"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id=f"{prefix}.page-down", tooltip="Down one screen"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id=f"{prefix}.page-up", tooltip="Up one screen"),
    ]
