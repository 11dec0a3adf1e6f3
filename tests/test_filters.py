"""The tabs' filter words: one grammar for the claims and annotations tabs (reader.core.session.filters)."""

from reader.core.annotations.model import Annotation, Selector
from reader.core.session.filters import annotation_matches as matches_filter
from reader.core.session.filters import filter_words, has_tag, has_verdict


def test_words_split_into_sigil_and_rest() -> None:
    assert list(filter_words(["@Peskov", "#Casualties", "plain", "~orphan"], "@#:")) == [
        ("@", "peskov"), ("#", "casualties"), ("", "plain"), ("", "~orphan"),
    ]


def test_tag_and_verdict() -> None:
    assert has_tag(("Casualties", "x"), "casualties")
    assert not has_tag((), "casualties")
    assert has_verdict(None, "none") and has_verdict("false", "false")
    assert not has_verdict("false", "none") and not has_verdict(None, "false")


def _annotation(**kw: object) -> Annotation:
    return Annotation(Selector("Troops withdrew", "", "", 0, 15), "fp", **kw)  # type: ignore[arg-type]


def test_annotations_filter() -> None:
    judged = _annotation(verdict="false", tags=("Needs-Source",), note="see the UN report", state="fuzzy")
    bare = _annotation()
    assert matches_filter(judged, [":false", "#needs-source", "~fuzzy", "troops", "UN"])
    assert not matches_filter(judged, [":none"]) and matches_filter(bare, [":none"])
    assert matches_filter(bare, [":"]) and not matches_filter(judged, [":"])  # a bare ':' keeps the unjudged
    assert not matches_filter(bare, ["#needs-source"]) and not matches_filter(bare, ["~orphan"])


def test_claims_filter() -> None:
    from reader.core.claims.record import Claim
    from reader.core.session.claim_view import ClaimMark, claim_matches
    from reader.core.text.spans import Span

    c = Claim("quote", Span(0, 15), "Troops withdrew", speaker="Dmitry Peskov", hedged=True)
    false = ClaimMark("false", ("Casualties",))
    assert claim_matches(c, false, ["@peskov", "#casualties", ":false", "quote", "hedged", "TROOPS"])
    assert claim_matches(c, ClaimMark(), [":none"]) and not claim_matches(c, ClaimMark("false"), [":none"])
    assert claim_matches(c, ClaimMark(), [":"])  # a bare ':' (a verdict being typed) keeps every claim
    assert not claim_matches(c, ClaimMark(), ["numbers"]) and not claim_matches(c, ClaimMark(), ["~troops"])
    assert claim_matches(c, ClaimMark(), ["@peskvo"])  # a typo in a speaker's name still finds them
    assert not claim_matches(c, ClaimMark(), ["@ribakova"])
