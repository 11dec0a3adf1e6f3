"""The tabs' filter words: one grammar for the claims and annotations tabs (reader.core.session.filters)."""

from reader.core.annotations.model import Annotation, Selector
from reader.core.session.filters import filter_words, has_tag, has_verdict
from reader.tui.widgets.annotations_view import matches_filter


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
    from reader.core.claims.extract import Claim
    from reader.core.text.spans import Span
    from reader.tui.widgets.claims_list import claim_matches

    c = Claim("quote", Span(0, 15), "Troops withdrew", speaker="Dmitry Peskov", hedged=True)
    assert claim_matches(c, "false", ("Casualties",), ["@peskov", "#casualties", ":false", "quote", "hedged", "TROOPS"])
    assert claim_matches(c, None, (), [":none"]) and not claim_matches(c, "false", (), [":none"])
    assert not claim_matches(c, None, (), [":"])  # unlike the annotations tab, a bare ':' keeps none
    assert not claim_matches(c, None, (), ["numbers"]) and not claim_matches(c, None, (), ["~troops"])
