"""Wrapping: visual lines tile the text exactly and fit the width (property-based)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.layout import text_width, wrap

texts = st.text(alphabet=st.sampled_from(list("ab cd\n  xyz—“”é字😀\u0301")), max_size=400)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=4, max_value=60))
def test_lines_tile_the_text_and_fit(text: str, width: int) -> None:
    lay = wrap(text, width)
    pos = 0
    for i, (s, e) in enumerate(zip(lay.starts, lay.ends, strict=True)):
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
    assert [text[s:e] for s, e in zip(lay.starts, lay.ends, strict=True)] == [
        "Putin sending in execution ",
        "squads to kill Russian troops ",
        "fleeing Ukraine war",
    ]


# ----- the fast ASCII path and the lazy layout ---------------------------------------------------
from reader.core.text.layout import LazyLayout, _wrap_ascii, _wrap_tokens  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

ascii_texts = st.text(alphabet=st.sampled_from(list("abcdefghij    ")), min_size=1, max_size=300)


@settings(max_examples=400, deadline=None)
@given(ascii_texts, st.integers(min_value=4, max_value=40))
def test_ascii_fast_path_wraps_like_the_word_by_word_path(text: str, width: int) -> None:
    fast: tuple[list[int], list[int]] = ([], [])
    slow: tuple[list[int], list[int]] = ([], [])
    _wrap_ascii(text, 0, len(text), width, *fast)
    _wrap_tokens(text, 0, len(text), width, *slow)
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=4, max_value=30), st.integers(min_value=1, max_value=40), st.data())
def test_lazy_layout_agrees_with_wrap(text: str, width: int, block: int, data: st.DataObject) -> None:
    lazy = LazyLayout(text, width, block_chars=block)
    off = data.draw(st.integers(min_value=0, max_value=len(text)))
    line = lazy.line_of(off)  # before everything is wrapped: consistent with its own lines
    assert lazy.starts[line] <= off and (line == len(lazy) - 1 or off < lazy.starts[line + 1])
    while not lazy.wrap_next(0.0):
        pass
    full = wrap(text, width)
    assert len(lazy) == len(full)
    assert [lazy.starts[i] for i in range(len(lazy))] == full.starts
    assert [lazy.ends[i] for i in range(len(lazy))] == full.ends
    assert lazy.line_of(off) == full.line_of(off)


def big_text(min_chars: int) -> str:
    chunk = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(SAMPLES.glob("*.txt")))
    return "\n\n".join([chunk] * (min_chars // len(chunk) + 1))


def test_lazy_layout_wraps_only_what_is_looked_at() -> None:
    text = big_text(3_000_000)
    lazy = LazyLayout(text, 80)
    first, last = lazy.starts[0], lazy.line_of(len(text) - 1)
    assert first == 0 and lazy.starts[last] <= len(text) - 1 < lazy.ends[last] + 1
    wrapped = sum(w is not None for w in lazy._wrapped)  # noqa: SLF001
    assert lazy.blocks > 40 and wrapped <= 4  # first block, last block and its neighbour


def test_listener_reports_how_far_later_lines_moved() -> None:
    text = big_text(600_000)
    lazy = LazyLayout(text, 60, block_chars=50_000)
    moves: list[tuple[int, int]] = []
    lazy.listener = lambda boundary, delta: moves.append((boundary, delta))
    off = len(text) - 10
    before = lazy.line_of(off)
    moves.clear()
    lazy.ensure(0)
    moved = sum(delta for boundary, delta in moves if boundary <= before)
    assert moves and lazy.line_of(off) == before + moved
