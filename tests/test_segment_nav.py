"""Cursor moves by sentence and paragraph segment only the paragraphs around the cursor; they must land
exactly where the whole-text segmentation puts sentence and paragraph starts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.segment import paragraph_step, paragraphs, sentence_at, sentence_step, sentences
from tests.conftest import SAMPLES

SEED_TEXT = (SAMPLES / "execution-squads.txt").read_text(encoding="utf-8")
PIECES = [p.of(SEED_TEXT) for p in sentences(SEED_TEXT)] + ["U.S. Sen. J. K. Smith said.", "“Yes.”", "a", ""]
SEPARATORS = [" ", "\n", "\n\n", "\n \n\t", "\n\n\n", "  "]


def expected(text: str, pos: int) -> tuple[int | None, ...]:
    s = [x.start for x in sentences(text)]
    p = [x.start for x in paragraphs(text)]
    return (next((x for x in s if x > pos), None), next((x for x in reversed(s) if x < pos), None),
            next((x for x in p if x > pos), None), next((x for x in reversed(p) if x < pos), None))


def got(text: str, pos: int) -> tuple[int | None, ...]:
    return (sentence_step(text, pos, 1), sentence_step(text, pos, -1), paragraph_step(text, pos, 1), paragraph_step(text, pos, -1))


def test_every_position_of_the_seed_article() -> None:
    for pos in range(len(SEED_TEXT) + 1):
        assert got(SEED_TEXT, pos) == expected(SEED_TEXT, pos), pos


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=12), st.data())
def test_random_texts_and_positions(parts: list[tuple[str, str]], data: st.DataObject) -> None:
    text = "".join(piece + sep for piece, sep in parts)
    pos = data.draw(st.integers(0, len(text)))
    assert got(text, pos) == expected(text, pos)
    holding = next((s for s in sentences(text) if s.contains(pos)), None)
    assert sentence_at(text, pos) == holding


def test_moves_in_a_20_mb_text_segment_only_around_the_cursor(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reader.core.text.segment as segment

    text = ("Padding words here. " * 50 + "\n\n") * 20_000
    seen: list[int] = []
    whole = segment.sentences

    def counting(t: str, start: int = 0, end: int | None = None) -> list:  # type: ignore[type-arg]
        seen.append((len(t) if end is None else end) - start)
        return whole(t, start, end)

    monkeypatch.setattr(segment, "sentences", counting)
    middle = len(text) // 2 + 7  # inside the first sentence of a paragraph
    nxt = sentence_step(text, middle, 1)
    assert nxt is not None and 0 < nxt - middle <= len("Padding words here. ")
    assert sentence_step(text, middle, -1) == middle - 7
    assert sentence_step(text, middle - 7, -1) == middle - 7 - 2 - len("Padding words here. ")  # over the blank line
    assert paragraph_step(text, middle, 1) == text.index("\n\nPadding", middle) + 2
    assert seen and sum(seen) < 10_000  # a paragraph or two, not 20 MB
