"""The extractor's fast paths find what the plain regex calls they stand for (speed work must not change output)."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.stages.clauses import _SPLIT, _split_matches
from reader.core.text.segment import paragraph_sentences, paragraphs

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "sample_articles").glob("*.txt"))]
EDGES = ["A said so , and the court has ruled; B —  C — D", "x and and the man was seen, and he had left ,  and it is",
         "the roads ,but police, while others; with 25 others injured", "", " and", ", and", "word  —", "— x"]


def test_split_matches_are_those_of_finditer() -> None:
    stretches = [(t, s.start, s.end) for t in TEXTS for p in paragraphs(t) for s in paragraph_sentences(t, p)]
    stretches += [(e, a, len(e)) for e in EDGES for a in range(min(len(e), 6))]
    for text, a, b in stretches:
        want = [m.span() for m in _SPLIT.finditer(text, a, b)]
        assert [m.span() for m in _split_matches(text, a, b)] == want, text[a:b][:80]


def test_quick_init_builds_what_the_generated_init_builds() -> None:
    import dataclasses

    import pytest

    from reader.core.claims.record import Claim
    from reader.core.text.frozen import quick_init
    from reader.core.text.spans import Span

    c = Claim("quote", Span(1, 4), "abc", speaker="X", rules=("a",))
    assert (c.kind, c.span, c.quote, c.speaker, c.fragments, c.hedged, c.rules) == ("quote", Span(1, 4), "abc", "X", (), False, ("a",))
    assert dataclasses.replace(c, speaker=None) == Claim("quote", Span(1, 4), "abc", rules=("a",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.kind = "assertion"  # type: ignore[misc]
    with pytest.raises(ValueError):
        Span(3, 1)  # __post_init__ still runs
    with pytest.raises(TypeError):
        Claim("quote", Span(1, 4))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        quick_init(dataclasses.dataclass(type("Open", (), {"__annotations__": {"x": int}})))


def test_quick_replace_copies_like_dataclasses_replace() -> None:
    import dataclasses

    import pytest

    from reader.core.claims.record import Claim
    from reader.core.claims.stages.frames.model import Frame
    from reader.core.text.frozen import quick_replace
    from reader.core.text.spans import Span

    c = Claim("quote", Span(1, 4), "abc", speaker="X", rules=("a",), speaker_confidence=0.5)
    for changes in ({}, {"speaker": None, "speaker_confidence": 0.9}, {"span": Span(0, 2), "quote": "ab", "rules": ()}):
        assert quick_replace(c, **changes) == dataclasses.replace(c, **changes)
    f = Frame("said", 3, 7, (0, 2), contents=((8, 20),), verb="said")
    assert f.but(via="AFP") == dataclasses.replace(f, via="AFP")
    with pytest.raises(KeyError):
        quick_replace(c, nonsense=1)


def test_number_candidates_are_those_of_the_word_start_scan() -> None:
    from reader.core.claims.rules import words_of
    from reader.core.claims.stages.numbers import _WORD_START, _candidates

    texts = [p.of(t) for t in TEXTS for p in paragraphs(t)]
    texts += ["someone won one2 one_ oneé 2one -one one-two twenty-one", "a dozen, a few; half 3 $4 £5", "", "one", "first-second"]
    for t in texts:
        low = t.lower()
        want = [m.span() for m in _WORD_START.finditer(low)]
        assert [m.span() for m in _candidates(low, words_of(low))] == want, t[:80]
        assert [m.span() for m in _candidates(low, None)] == want


def test_the_word_before_a_stop_is_what_the_regex_finds() -> None:
    import re

    from reader.core.text import segment

    word_before = re.compile(r"([\w.]+)$")

    def by_regex(text: str, stop: int, para_start: int) -> bool:  # segment._is_abbreviation as it was
        if text[stop] != ".":
            return False
        m = word_before.search(text, max(para_start, stop - 32), stop)
        if not m:
            return False
        word = m.group(1).lower().rstrip(".")
        return word in segment.ABBREVIATIONS or len(word) == 1 and word.isalpha() and text[m.start(1)].isupper() and word != "i"

    texts = [*TEXTS, "Mr\n. Smith and J. K. Rowling met Dr. Who in the U.S. on Jan. 3.", "é_1. x.\n.", "."]
    for t in texts:
        for stop in [i for i, c in enumerate(t) if c == "."]:
            for para_start in (0, max(0, stop - 3), stop):
                assert segment._is_abbreviation(t, stop, para_start) == by_regex(t, stop, para_start), (t[max(0, stop - 40) : stop + 1], para_start)


def test_three_words_is_three_split_words() -> None:
    from reader.core.claims.stages.clauses import _THREE_WORDS

    for t in ["a b c", "a b", " a  b\u2003c ", "a\u00a0b c", "ab", "", "a b\nc", "a\u200bb c", *[s[:60] for s in TEXTS]]:
        for x in range(min(len(t), 4)):
            assert (_THREE_WORDS.match(t, x, len(t)) is not None) == (len(t[x:].split()) >= 3), repr(t[x:])


def test_language_words_are_what_the_regex_finds() -> None:
    from reader.core.text import language

    for t in [*TEXTS, "km² ½ café naïve “quote” — dash’s x_y a1b ＡＢＣ Ⅻ K İstanbul", "plain ascii", "", "ß straße", "a\udc80b"]:
        low = t[: language.SAMPLE].lower()
        assert language.lower_words(low) == language._WORD.findall(low), t[:50]


def test_held_trigger_words_are_words_of_the_text() -> None:
    from reader.core.claims.rules import words_of
    from reader.core.claims.stages.lead_ins import _held, _triggers

    triggers = _triggers()
    assert triggers is not None
    for t in [*(s[:400] for s in TEXTS), "thereafter there here-and-there made2 remade Made.", "théré there", ""]:
        low = t.lower()
        assert _held(low, triggers) == words_of(low) & triggers, t[:60]


def test_alone_words_are_those_of_the_alone_pattern() -> None:
    from reader.core.claims.stages.named_persons import _ALONE, _alone_words

    edges = ["Smith said.", "\nJones went", "the Smith", "of Smith and", "said Smith Jones", "Smith-based Jones", "X-ab_Cd Jones",
             "abc-Def Jones", "“Lee” and (Park, Kim", "a Kim; an Ahn, theory Moon", "—Lee went", "x" * 300 + "-ab Lee",
             "ab’c Lee’s dog", "Lee’ Kim", "an\tAhn", "The Fed. Lee"]
    for t in [*TEXTS, *edges]:
        _alone_words.cache_clear()
        assert _alone_words(t) == frozenset(m.group(1) for m in _ALONE.finditer(t)), t[:80]


def test_be_before_is_the_search_it_gates() -> None:
    from reader.core.claims.stages.frames.find import _BE_BEFORE, _be_before

    sentences = [t[s.start : s.end] for t in TEXTS for p in paragraphs(t) for s in paragraph_sentences(t, p)]
    edges = ["it was \n", "was", " is\t", "this ", "being  ", "X be\n\n", "were\u00a0", "_is ", "é was "]
    for s, every in [*((s, False) for s in sentences), *((e, True) for e in edges)]:
        # a cue starts a word: in the sample sentences, the places after a space (and the end)
        for end in (range(len(s) + 1) if every else [i for i in range(1, len(s) + 1) if i == len(s) or s[i - 1] == " "]):
            assert _be_before(s, end) == (_BE_BEFORE.search(s, 0, end) is not None), (s[:end][-40:],)



def test_the_inverted_speaker_check_says_where_the_pattern_matches() -> None:
    import re

    from reader.core.claims.stages.second_frames import _INVERTED, _INVERTED_ANY

    sentences = [t[s.start : s.end] for t in TEXTS for p in paragraphs(t) for s in paragraph_sentences(t, p)]
    # what follows a cue or a comma, from a space at most 24 characters before the end: where _INVERTED fails on a
    # long tail it tries every way of cutting it into eight pieces, seconds a sentence
    ends = [s[m.end() :] for s in sentences for m in re.finditer(r"\b(?:says?|said|told|added|according)\b|[,;:]", s)]
    tails = [t[max(0, t.find(" ", len(t) - 24)) :] for t in ends]
    tails += [" Smith .", " the man .", " a b c d e f g h", " a b c d e f g h i", " the a b c d e f g h", " X, when y",
              " X,  the envoy!\n", " X.\n", " X ! ", " U.S. officials, he said", " Dossym Satpayev, a political scientist."]
    assert sum(_INVERTED.match(t) is not None for t in tails) > 20
    for t in tails:
        assert (_INVERTED.match(t) is None) == (_INVERTED_ANY.match(t) is None), t


def test_typewriter_marks_are_those_of_the_lookbehind_first_patterns() -> None:
    import random
    import re

    from reader.core.claims.stages.typewriter import _CLOSE, _OPEN

    opening = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–/-]))''(?=[^\s'])|(?:(?<=^)|(?<=[\s(\[—–/-]))''(?=')")  # the plain form
    closing = re.compile(r"(?<=\S)''(?=[\s,.;:!?)\]—–-]|$)")
    rnd = random.Random(14)
    texts = ["''Like this,'' he said.", "'''Tis' ''' 'x", "(''a'') —''b''– /''c''", *TEXTS]
    texts += ["".join(rnd.choice("a'' \n([—–/-,.!?)]x") for _ in range(rnd.randint(0, 14))) for _ in range(20000)]
    for t in texts:
        assert _OPEN.sub(" “", t) == opening.sub(" “", t), t
        assert _CLOSE.sub("” ", t) == closing.sub("” ", t), t


def test_other_language_is_what_the_plain_counts_decide() -> None:
    from reader.core.text import other_language as ol
    from reader.core.text.language import FUNCTION_WORDS, lower_words

    def plain(paragraph: str) -> bool:  # the counts as first written, every scan on every paragraph
        body = ol._SET_ASIDE.sub(" ", paragraph)
        letters = sum(map(str.isalpha, body))
        if letters < ol.MIN_LETTERS:
            return False
        if sum(map(str.isalpha, "".join(ol._ABOVE_LATIN.findall(body)))) > 0.5 * letters:
            return True
        words = lower_words(body.lower())
        other = sum(map(ol.OTHER_FUNCTION_WORDS.__contains__, words)) + len(ol._ACCENTED.findall(body))
        return other >= 2 and other > 2 * sum(map(FUNCTION_WORDS.__contains__, words))

    edges = ["Nuestra rodada es pacífica, ejercemos nuestro derecho a circular. #FleshAndConcrete", "Her résumé mentions the café.",
             "el la de http://x.es/el-la-de www.el.es @el_la #de [es] y en", "Это не английский текст вовсе", "ab cd", "",
             "le la les de des du et est une www.example.com/le-la", "der das und ist [de] nicht ein", "x² ½ Ⅻ ß straße el la"]
    paras = [t[p.start : p.end] for t in TEXTS for p in paragraphs(t)]
    for t in [*paras, *edges]:
        assert ol.other_language(t) == plain(t), t[:60]
    assert any(ol.other_language(t) for t in edges)
