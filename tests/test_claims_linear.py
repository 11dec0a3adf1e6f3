"""A paragraph can be a whole book (a pasted text with no blank lines): the emitter finds a claim's numbers, hedges and
quoted parts through indexes of the paragraph's scan instead of a pass over all of it per claim. These tests hold the
indexes to the plain definitions they replace, on a real paragraph and random spans (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.claims.stages.clauses import quote_cover
from reader.core.claims.stages.kinds import Emitter
from reader.core.claims.stages.paragraph import scan
from reader.core.text.spans import Span
from tests.conftest import SAMPLES

TEXT = " ".join((SAMPLES / "power-plant-pollution-deaths.txt").read_text(encoding="utf-8").split("\n"))
SCAN = scan(TEXT, Span(0, len(TEXT)))

spans = st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))).map(sorted).map(tuple), min_size=1,
                 max_size=3)


def _emitter() -> Emitter:
    assert SCAN is not None and SCAN.numbers and SCAN.hedges and SCAN.quotes  # the paragraph has all three
    return Emitter(TEXT, SCAN)


@settings(max_examples=300, deadline=None)
@given(spans)
def test_numbers_inside_spans_are_the_scan_s_in_its_order(cut: list[tuple[int, int]]) -> None:
    assert SCAN is not None
    plain = [f for f in SCAN.numbers for a, b in cut if a <= f.start and f.end <= b]
    assert _emitter().found(cut) == plain


@settings(max_examples=300, deadline=None)
@given(spans, st.booleans())
def test_the_first_hedge_inside_spans_is_the_scan_s_first(cut: list[tuple[int, int]], strong: bool) -> None:
    assert SCAN is not None
    hedges = SCAN.rhedges if strong else SCAN.hedges
    plain = next((h for h in hedges if any(a <= h[0] and h[1] <= b for a, b in cut)), None)
    assert _emitter().hedge_in(cut, strong) == plain


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)))
def test_quoted_parts_of_a_stretch_are_the_plain_cover(a: int, b: int) -> None:
    assert SCAN is not None
    a, b = min(a, b), max(a, b)
    assert _emitter().quote_cover(a, b) == quote_cover(SCAN.quotes, a, b)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)))
def test_the_quote_around_a_stretch_is_the_scan_s_first(a: int, b: int) -> None:
    assert SCAN is not None
    plain = next((q for q in SCAN.quotes if q.start <= a and q.end >= b), None)
    assert _emitter().quote_around(a, b) == plain
    over = [k for k, q in enumerate(SCAN.quotes) if q.start < b and q.end > a]
    assert _emitter().quotes_over(a, b) == over


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(TEXT)))
def test_the_quote_at_a_position_is_the_scan_s_first_holding_it(pos: int) -> None:
    assert SCAN is not None
    assert _emitter().quote_at(pos) == next((q for q in SCAN.quotes if q.start <= pos < q.end), None)


def test_a_descriptions_names_are_those_of_the_last_twenty_thousand_characters() -> None:
    # each 'the website' of a long text asks for the names written with 'website' before it: only the recent ones are read,
    # so a text of many stories stays linear, and a story's 'the website' means a website of that story
    from reader.core.claims.stages.speakers.mentions import Described

    filler = "The river rose again on Monday. " * 700  # about 22,400 characters
    text = "The website Acme News ran the story. " + filler + "The website Baker Daily ran it too. " + "The website said so."
    index = Described.of(text, "website")
    assert index.names(len(text)) == ["Baker Daily"]
    assert index.names(40) == ["Acme News"]


_WORDS = ["Acme", "Tom", "Baker", "Mill", "Daily", "chain", "Chain", "company", "website", "newspaper", "the", "its", "said",
          "grocery", "rose", ".", ",", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.sampled_from(["chain", "company", "website", "newspaper"]))
def test_a_description_s_matches_are_the_plain_scan_s(words: list[str], head: str) -> None:
    # the index looks for the head word first and starts each search a name's length before it: the same matches as
    # the pattern's own scan of the whole text
    from reader.core.claims.stages.speakers.mentions import Described

    text = " ".join(words)
    index = Described.of(text, head)
    assert [m.span() for m in index._matches(0, len(text))] == [m.span() for m in index.rx.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["The Federal Trade Commission", "the FTC", "Fair Trade Council", "rose", "said", "."]), max_size=40),
       st.lists(st.floats(0, 1), min_size=1, max_size=5))
def test_an_initialism_stands_for_the_last_name_before_it_that_it_spells(words: list[str], cuts: list[float]) -> None:
    from reader.core.claims.stages.speakers.mentions import Spelled

    # the runs are kept in text order, so the last one before `end` is found by bisection, not by reading them all
    text = " ".join(words)
    index = Spelled(text)
    for end in sorted(int(c * len(text)) for c in cuts):
        got = index.full("the FTC", end)
        plain = [name for at, name in index.runs.get("FTC", ()) if at < end]
        assert got == (plain[-1] if plain else None)
    assert [at for at, _ in index.runs.get("FTC", ())] == sorted(at for at, _ in index.runs.get("FTC", ()))
