"""Wrapping: visual lines tile the text exactly and fit the width (property-based)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.layout import text_width, wrap

texts = st.text(alphabet=st.sampled_from(list("ab cd\n  xyz—“”é字😀\u0301")), max_size=400)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=4, max_value=60))
def test_lines_tile_the_text_and_fit(text: str, width: int) -> None:
    lay = wrap(text, width)
    pos = 0
    for i, (s, e) in enumerate(zip(lay.starts, lay.ends)):
        assert s == pos or (text[pos:s] == "\n" and s == pos + 1), (i, pos, s)
        assert s <= e
        piece = text[s:e]
        assert "\n" not in piece
        assert text_width(piece.rstrip(" ")) <= width
        pos = e
    assert pos == len(text)


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=4, max_value=60), st.data())
def test_line_of_finds_the_line_holding_an_offset(text: str, width: int, data: st.DataObject) -> None:
    lay = wrap(text, width)
    off = data.draw(st.integers(min_value=0, max_value=len(text)))
    line = lay.line_of(off)
    assert lay.starts[line] <= off
    assert line == len(lay) - 1 or off < lay.starts[line + 1]


def test_seed_title_wraps_at_word_boundaries() -> None:
    text = "Putin sending in execution squads to kill Russian troops fleeing Ukraine war"
    lay = wrap(text, 30)
    assert [text[s:e] for s, e in zip(lay.starts, lay.ends)] == [
        "Putin sending in execution ",
        "squads to kill Russian troops ",
        "fleeing Ukraine war",
    ]
