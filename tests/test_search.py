"""Search index and query language: the fzf syntax, field filters, typos, and hypothesis properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.annotations.model import Annotation, Selector
from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import from_text, load_document
from reader.core.search.index import SearchIndex
from reader.core.search.query import WORD, fold, parse, word_score
from reader.core.text.spans import Span

ROOT = Path(__file__).resolve().parent.parent
SQUADS = ROOT / "sample_articles" / "execution-squads.txt"

TEXT = (
    "Putin sends execution squads\n\n"
    "Leader Vladimir Putin has reportedly sent in execution squads to round up soldiers. "
    "Russia has exhausted its offensive potential, the government said. "
    "Dmitry Peskov insisted the operation was proceeding strictly according to plan. "
    "He refused to rule out nuclear weapons if russia faced an existential threat. "
    "Elina Ribakova said the isolation of the economy is not a temporary blip.\n\n"
    "The fighting is bitterest around Mariupol. Starlink dishes were sent to Ukraine."
)


def span_of(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start, start + len(quote))


def claim(text: str, quote: str, speaker: str | None = None, kind: str = "quote") -> Claim:
    return Claim(kind=kind, span=span_of(text, quote), quote=quote, speaker=speaker)


@pytest.fixture(scope="module")
def doc():
    return from_text(TEXT, "t.txt")


@pytest.fixture(scope="module")
def claims(doc):
    t = doc.text
    return [
        claim(t, "sent in execution squads to round up soldiers", None, "report"),
        claim(t, "Russia has exhausted its offensive potential", "the government", "attribution"),
        claim(t, "the operation was proceeding strictly according to plan", "Dmitry Peskov"),
        claim(t, "refused to rule out nuclear weapons", "Dmitry Peskov", "report"),
        claim(t, "the isolation of the economy is not a temporary blip", "Elina Ribakova"),
    ]


@pytest.fixture(scope="module")
def index(doc, claims):
    return SearchIndex.build(doc, claims)


def folded_labels(hits):
    return [fold(h.label) for h in hits]


# --- typos, AND, negation --------------------------------------------------------------------------


def test_typo_finds_the_execution_squads_claim(index, claims):
    hits = index.search("exectuion sqads")
    assert hits[0].source == "claim"
    assert "execution squads" in claims[hits[0].claim_index].quote
    assert "".join(hits[0].label[i] for i in hits[0].lit) == "exectionsqads"  # the LCS of each word


def test_typo_on_the_real_article_and_extractor():
    doc = load_document(str(SQUADS))
    index = SearchIndex.build(doc, extract_claims(doc))
    first = index.search("exectuion sqads")[0]
    assert first.source == "claim"
    assert "execution squads" in fold(first.label)
    assert "execution squads" in fold(first.span.of(doc.text))


def test_space_is_and(index):
    hits = index.search("putin squads")
    assert hits and all("putin" in t and "squads" in t for t in folded_labels(hits))


def test_negation_excludes(index):
    assert any("russia" in t for t in folded_labels(index.search("russia")))
    hits = index.search("!russia")
    assert hits and all("russia" not in t for t in folded_labels(hits))
    hits = index.search("peskov !nuclear")
    assert hits and all("peskov" in t and "nuclear" not in t for t in folded_labels(hits))


def test_negation_excludes_on_the_real_article():
    doc = load_document(str(SQUADS))
    index = SearchIndex.build(doc, extract_claims(doc))
    hits = index.search("!russia", limit=1000)
    assert hits and all("russia" not in t for t in folded_labels(hits))
    assert not any("russia" in fold(h.label) for h in index.search("troops !russia", limit=1000))


def test_or_between_terms(index):
    texts = folded_labels(index.search("mariupol | starlink"))
    assert any("mariupol" in t for t in texts) and any("starlink" in t for t in texts)
    assert all("mariupol" in t or "starlink" in t for t in texts)


def test_or_needs_no_spaces(index):
    """Issue 17 item 6: `a|b` as the README writes it, with or without spaces around the bar."""
    tight = index.search("mariupol|starlink")
    assert tight and folded_labels(tight) == folded_labels(index.search("mariupol | starlink"))
    assert index.search("mariupol\\|starlink") == []  # an escaped bar is a literal one


def test_a_typo_in_a_speaker_name_still_finds_their_claims(index):
    assert [h.claim_index for h in index.search("@peskvo")] == [2, 3]
    assert [h.claim_index for h in index.search("@ribakvoa")] == [4]
    assert index.search("@zzzzz") == []


def test_none_verdict_in_search(doc, claims):
    """`:none` in the search bar as in the claims filter: claims nobody has given a verdict."""
    judged = annotate(doc, "Russia has exhausted its offensive potential", verdict="false")
    index = SearchIndex.build(doc, claims, [judged])
    unjudged = [h.claim_index for h in index.search(":none", limit=100) if h.source == "claim"]
    assert unjudged == [0, 2, 3, 4]
    assert [h.claim_index for h in index.search(":none potential", limit=100) if h.source == "claim"] == []


def test_one_typo_in_a_short_word(index):
    """A swapped or wrong letter in a 4-5 letter word (`plna` for plan) still matches, at the lowest score."""
    assert any("according to plan" in t for t in folded_labels(index.search("plna")))
    assert any("according to plan" in t for t in folded_labels(index.search("acording to plna")))


def test_a_word_that_matches_nothing_leaves_the_hits_of_the_others(index):
    """`isolatoin economy blp`: `blp` is too short to fuzz and is in no word; rather than nothing, the hits that
    hold every other word, marked as not whole."""
    assert index.search("isolation economy qqq") != []
    hits = index.search("isolatoin economy blp")
    assert hits and all(not h.whole for h in hits)
    assert any("temporary blip" in t for t in folded_labels(hits))


def test_a_hit_with_every_word_is_whole_and_none_partial_is_added(index):
    hits = index.search("isolation economy")
    assert hits and all(h.whole for h in hits)
    assert all("isolation" in t and "economy" in t for t in folded_labels(hits) if "blip" in t)


def test_one_word_that_matches_nothing_finds_nothing(index):
    assert index.search("qqqz") == []


# --- fzf operators and smart case ------------------------------------------------------------------


def test_exact_term_does_not_fuzz(index):
    assert index.search("exectuion")
    assert index.search("'exectuion") == []
    hits = index.search("'execution")
    assert hits and all("execution" in t for t in folded_labels(hits))


def test_prefix_and_suffix(index):
    hits = index.search("^the")
    assert hits and all(t.startswith("the") for t in folded_labels(hits))
    assert any(h.source == "sentence" and h.label.startswith("The fighting") for h in hits)
    hits = index.search("ukraine.$")
    assert [h.label for h in hits] == ["Starlink dishes were sent to Ukraine."]
    assert hits[0].lit == tuple(range(len(hits[0].label) - 8, len(hits[0].label)))
    assert index.search("^Starlink dishes were sent to Ukraine.$")[0].source == "sentence"


def test_smart_case(doc):
    index = SearchIndex.build(doc, [])
    lower = folded_labels(index.search("russia"))
    assert len(lower) == 2  # "Russia has…" and "…if russia faced…"
    upper = index.search("Russia")
    assert [h.label.startswith("Russia") for h in upper] == [True]
    assert index.search("RUSSIA") == []
    assert index.search("'russia")  # exact but folded: case-insensitive


def test_accents_fold(doc):
    index = SearchIndex.build(doc, [])
    assert index.search("mariúpol")[0].label.startswith("The fighting")


# --- fields --------------------------------------------------------------------------------------


def test_speaker_field_lists_that_speakers_claims(index, claims):
    hits = index.search("@peskov")
    assert [h.claim_index for h in hits] == [2, 3]  # both of his claims, in text order
    assert all(h.source == "claim" for h in hits)
    assert [h.claim_index for h in index.search("@peskov nuclear")] == [3]
    assert all(claims[h.claim_index].speaker != "Dmitry Peskov" for h in index.search("!@peskov") if h.source == "claim")


def test_speaker_field_on_the_real_extractor():
    doc = load_document(str(SQUADS))
    claims = extract_claims(doc)
    index = SearchIndex.build(doc, claims)
    hits = index.search("@peskov")
    expected = [i for i, c in enumerate(claims) if c.speaker and "peskov" in c.speaker.lower()]
    assert [h.claim_index for h in hits] == expected
    assert all(h.source == "claim" for h in hits)


def test_speaker_rows(index):
    hits = index.search("ribakova")
    assert any(h.source == "speaker" and h.label == "Elina Ribakova" for h in hits)


def annotate(doc, quote: str, **body) -> Annotation:
    return Annotation(Selector.from_span(doc.text, span_of(doc.text, quote)), doc.fingerprint, **body)


def test_tags_verdicts_and_notes(doc, claims):
    a = annotate(doc, "nuclear weapons", tags=("nukes", "threat"), verdict="misleading", note="Context: doctrine")
    b = annotate(doc, "Starlink dishes", tags=("tech",), verdict="true")
    index = SearchIndex.build(doc, claims, [a, b])
    tag_hits = index.search("#nukes")
    assert {h.source for h in tag_hits} == {"tag", "note", "claim"}
    assert all(h.annotation_id == a.id for h in tag_hits if h.source != "claim")
    assert [h.claim_index for h in tag_hits if h.source == "claim"] == [3]
    verdict = index.search(":mislead")
    assert {h.annotation_id for h in verdict if h.annotation_id} == {a.id}
    free = index.search(":true")  # a free-span annotation marks its sentence
    assert any(h.source == "sentence" and "Starlink" in h.label for h in free)
    assert all(h.annotation_id != a.id for h in index.search("!:misleading"))
    note = index.search("doctrine")
    assert note[0].source == "note" and note[0].span == a.span
    assert "".join(note[0].label[i] for i in note[0].lit) == "doctrine"
    index.set_annotations([b])
    assert index.search("#nukes") == [] and index.search("doctrine") == []
    assert index.search("#tech")


# --- text matches --------------------------------------------------------------------------------


def test_text_matches(index, doc):
    spans = index.text_matches("exectuion")
    assert spans == sorted(spans)
    assert [fold(s.of(doc.text)) for s in spans] == ["execution"] * 2
    russia = index.text_matches("russia")
    assert len(russia) == 2 and all(fold(s.of(doc.text)) == "russia" for s in russia)
    assert index.text_matches("russia !nuclear") == russia[:1]
    assert index.text_matches("@peskov") == [claims_span for claims_span in sorted(h.span for h in index.search("@peskov"))]
    assert index.text_matches("") == []
    window = Span(0, russia[0].end)
    assert index.text_matches("russia", window=window) == russia[:1]


# --- properties ----------------------------------------------------------------------------------

WORDS = sorted({w for w in WORD.findall(TEXT)})
_mutated = st.sampled_from(WORDS).flatmap(
    lambda w: st.sampled_from([w, w.lower(), w[:3], w[1:], w[::-1][:4], w[:2] + w[3:], w[:-1] + "x"])
).filter(bool)
_term = st.tuples(st.sampled_from(["", "", "", "!", "'", "^", "@", "#", ":"]), _mutated, st.sampled_from(["", "", "$"]))
QUERY = st.lists(_term.map(lambda t: "".join(t)), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(query=QUERY)
def test_hits_are_within_the_text_and_lit_what_matched(index, doc, query):
    hits = index.search(query, limit=20)
    assert len(hits) <= 20
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    needles = "".join(t.text for g in parse(query).groups for t in g)
    for h in hits:
        assert 0 <= h.span.start <= h.span.end <= len(doc.text)
        assert list(h.lit) == sorted(set(h.lit))
        assert all(0 <= i < len(h.label) for i in h.lit)
        assert len(h.lit) <= len(needles)
        assert all(fold(h.label[i]) in fold(needles) for i in h.lit)
    for s in index.text_matches(query):
        assert 0 <= s.start < s.end <= len(doc.text)


SENTENCE = st.lists(st.sampled_from(WORDS + ["whale", "whales", "while", "white"]), min_size=1, max_size=8).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


@settings(max_examples=60, deadline=None)
@given(sents=st.lists(SENTENCE, min_size=1, max_size=12), term=_mutated)
def test_index_agrees_with_scoring_every_sentence(sents, term):
    """The bitset/vocabulary path returns exactly what scoring each sentence word by word gives."""
    doc = from_text("\n\n".join(sents))
    index = SearchIndex.build(doc, [])
    parsed = parse(term).groups[0][0]  # smart case: capitals make it case-sensitive
    expected = {}
    for e in index.entries:
        best = max((word_score(parsed.text, w) for w in WORD.findall(e.text(parsed))), default=0)
        if best:
            expected[e.span] = max(best, expected.get(e.span, 0))
    got = {h.span: h.score for h in index.search(term, limit=1000)}
    assert got == expected


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(query=st.lists(_mutated, min_size=1, max_size=2).map(" ".join), cursor=st.integers(0, len(TEXT)), k=st.integers(1, 3))
def test_windowed_text_matches_agree_with_the_full_list(index, doc, query, cursor, k):
    """`n` asks for the next match after the cursor: same answer as filtering the full list."""
    full = index.text_matches(query)
    assert full == sorted(full)
    after = index.text_matches(query, window=Span(cursor, len(doc.text)), limit=k)
    assert after == [s for s in full if s.start >= cursor][:k]
