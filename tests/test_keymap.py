"""The key table (reader/tui/keymap.txt): every row reaches its class, and a bad row is caught at import."""

from __future__ import annotations

import pytest

from reader.tui.keymap import parse_keymap, table
from tests.test_feel_ui import our_binding_owners


def test_every_row_of_the_table_is_a_binding_of_its_class() -> None:
    owners = {cls.__name__: cls for cls in our_binding_owners()}
    rows = table()
    assert len(rows) >= 15 and sum(len(r) for r in rows.values()) >= 70
    for owner, bindings in rows.items():
        assert owner in owners, f"keymap.txt names {owner}, which has no BINDINGS"
        declared = {b.id for b in owners[owner].__dict__["BINDINGS"]}
        assert {b.id for b in bindings} <= declared


def test_flags_become_footer_and_priority() -> None:
    rows = parse_keymap("A | a.one | x,y | go(1) | Go | footer,priority | Go one\nA | a.two | z | stop | Stop | - | Stop it\n")
    one, two = rows["A"]
    got = (one.key, one.action, one.description, one.show, one.priority, one.id, one.tooltip)
    assert got == ("x,y", "go(1)", "Go", True, True, "a.one", "Go one")
    assert (two.show, two.priority) == (False, False)


BAD_ROWS = [
    "A | a.one | x | go | Go | -",  # a cell missing
    "A | a.one | x | go | Go | loud | tip",  # an unknown flag
    "A | a.one | x | go | Go | - | t\nB | a.one | y | go | Go | - | t",  # an id twice
]


@pytest.mark.parametrize("bad", BAD_ROWS)
def test_a_bad_row_names_its_line(bad: str) -> None:
    with pytest.raises(ValueError, match=r"keys:\d+"):
        parse_keymap(bad, "keys")
