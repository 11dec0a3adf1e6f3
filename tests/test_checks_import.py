"""Importing known checks: ClaimReview as feeds ship it (DataFeed, lists, @graph, single objects, JSON Lines),
our own ClaimReview export, CSV/TSV with named columns, missing fields and hostile text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.annotations.model import Annotation, Selector
from reader.core.checks.archive import CheckArchive
from reader.core.checks.importing import CheckFileError, Columns, load_claimreview, load_table
from reader.core.documents.document import from_text
from reader.core.exchange.export import export


def review(claim: str | None, rating: Any = "False", url: str | None = "https://checks.example.org/r/1", **more: Any) -> dict[str, Any]:
    """A ClaimReview shaped like those in the public feeds (Google Fact Check / Data Commons)."""
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": "2020-03-17",
                           "author": {"@type": "Organization", "name": "Full Fact", "url": "https://fullfact.org"},
                           "reviewRating": {"@type": "Rating", "alternateName": rating, "ratingValue": 1, "bestRating": 5},
                           "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Social media users"},
                                            "appearance": [{"@type": "CreativeWork", "url": "https://social.example/post/42"}]}}
    if claim is not None:
        out["claimReviewed"] = claim
    if url is not None:
        out["url"] = url
    out.update(more)
    return out


def write(tmp_path: Path, name: str, data: Any) -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_datafeed_with_item_lists_and_single_items(tmp_path: Path) -> None:
    feed = {"@context": "https://schema.org", "@type": "DataFeed", "name": "Fact checks",
            "dataFeedElement": [
                {"@type": "DataFeedItem", "dateCreated": "2020-03-17", "item": [
                    review("Drinking hot water every 15 minutes kills the new coronavirus.", url="https://checks.example.org/a"),
                    review("Holding your breath for 10 seconds is a test for coronavirus.", url="https://checks.example.org/b"),
                ]},
                {"@type": "DataFeedItem", "item": review("5G masts spread the coronavirus.", "Pants on Fire", url="https://checks.example.org/c")},
            ]}
    loaded = load_claimreview(write(tmp_path, "feed.json", feed))
    assert [c.claim for c in loaded.checks] == [
        "Drinking hot water every 15 minutes kills the new coronavirus.",
        "Holding your breath for 10 seconds is a test for coronavirus.",
        "5G masts spread the coronavirus.",
    ]
    first = loaded.checks[0]
    assert (first.rating, first.reviewer, first.date, first.url) == ("False", "Full Fact", "2020-03-17", "https://checks.example.org/a")
    assert (first.claimant, first.appearance, first.source) == ("Social media users", "https://social.example/post/42", "feed.json")
    assert loaded.checks[2].rating == "Pants on Fire"


@pytest.mark.parametrize("shape", ["single", "list", "graph", "jsonl"])
def test_plain_shapes_without_datafeed(tmp_path: Path, shape: str) -> None:
    a = review("Vitamin C cures coronavirus.", url="https://checks.example.org/v")
    b = review("Garlic protects against coronavirus.", "Mostly false", url="https://checks.example.org/g")
    data: Any = {"single": a, "list": [a, b], "graph": {"@context": "https://schema.org", "@graph": [a, b]},
                 "jsonl": json.dumps(a) + "\n" + json.dumps(b) + "\n"}[shape]
    loaded = load_claimreview(write(tmp_path, f"{shape}.json", data))
    assert loaded.checks[0].claim == "Vitamin C cures coronavirus."
    assert len(loaded.checks) == (1 if shape == "single" else 2)


def test_missing_optional_fields_and_odd_types(tmp_path: Path) -> None:
    bare = {"@type": "ClaimReview", "claimReviewed": "The Eiffel Tower was sold for scrap in 1925."}
    odd = {"@type": ["ClaimReview"], "claimReviewed": ["A list where a string was expected."], "author": "Les Décodeurs",
           "reviewRating": [{"ratingValue": 2, "bestRating": 5}], "itemReviewed": "not an object", "datePublished": 20200101}
    no_claim = review(None)
    loaded = load_claimreview(write(tmp_path, "odd.json", [bare, odd, no_claim, 7, None, "text"]))
    assert loaded.skipped == 1
    first, second = loaded.checks
    assert (first.rating, first.reviewer, first.url, first.date, first.claimant) == ("", "", "", "", "")
    assert first.key  # derived: importing the same file again updates instead of duplicating
    assert (second.claim, second.reviewer, second.rating, second.date) == ("A list where a string was expected.", "Les Décodeurs", "2/5", "20200101")


def test_hostile_text_is_stored_visibly_and_never_breaks(tmp_path: Path) -> None:
    raw = ('[{"@type": "ClaimReview", "claimReviewed": "Lone \\ud800 surrogate, NUL \\u0000, ESC \\u001b[31m red, bell \\u0007, csi \\u009b2J",'
           ' "reviewRating": {"alternateName": "\\u202eeslaF"}, "author": {"name": "x\\u0000y"}, "url": "https://e.org/\\udfff"}]')
    loaded = load_claimreview(write(tmp_path, "hostile.json", raw))
    check = loaded.checks[0]
    assert "\ufffd" in check.claim and "\u2400" in check.claim and "\u241b" in check.claim and "\u2407" in check.claim
    fields = check.claim + check.reviewer + check.url
    assert not any(ord(c) < 32 or 0x80 <= ord(c) < 0xA0 or 0xD800 <= ord(c) <= 0xDFFF for c in fields)
    with CheckArchive(str(tmp_path / "checks.db")) as archive:
        assert archive.add(loaded.checks).added == 1
        assert next(iter(archive)).check == check


@pytest.mark.parametrize(("content", "needle"), [
    (b"{not json", "not JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"@type": "WebPage", "name": "no reviews here"}', "no ClaimReview found"),
])
def test_bad_files_are_one_clear_error(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(CheckFileError) as caught:
        load_claimreview(str(path))
    assert needle in str(caught.value) and "\n" not in str(caught.value)


def test_our_own_claimreview_export_comes_back_with_the_full_claim(tmp_path: Path) -> None:
    text = ("Officials said the bridge carries 40,000 vehicles every day and that repairs will take at least two years "
            "to finish, according to the regional transport ministry.\n")
    doc = from_text(text, path=str(tmp_path / "bridge.txt"), title="Bridge repairs")
    quote = text[: text.index(",", 60)]
    ann = Annotation(selector=Selector(exact=quote, prefix="", suffix="", start=0, end=len(quote)), doc_fingerprint=doc.fingerprint,
                     verdict="misleading", note="Counts from 2019 show 31,000.")
    exported = export(doc, [], [ann], "claimreview")
    loaded = load_claimreview(write(tmp_path, "ours.jsonld", exported))
    assert [c.claim for c in loaded.checks] == [quote]
    assert loaded.checks[0].rating == "misleading"


def test_tsv_and_csv_with_named_columns(tmp_path: Path) -> None:
    tsv = ("claim_id\tclaim text\tverdict\tlink\n"
           "17\tThe Great Wall of China is visible from the Moon with the naked eye.\tFalse\thttps://checks.example.org/wall\n"
           "18\t\tFalse\thttps://checks.example.org/empty\n"
           "\tNo id on this row.\tTrue\t\n")
    loaded = load_table(write(tmp_path, "checks.tsv", tsv), Columns(text="Claim Text", id="claim_id", optional={"rating": "verdict", "url": "link"}))
    assert loaded.skipped == 2
    (check,) = loaded.checks
    assert (check.key, check.rating, check.url, check.source) == ("checks.tsv:17", "False", "https://checks.example.org/wall", "checks.tsv")
    csv_text = 'id,text,reviewer\n1,"Bats are blind, says the proverb\x00",Snopes\n2,Lightning never strikes the same place twice.\n'
    loaded = load_table(write(tmp_path, "checks.csv", csv_text), Columns(text="text", id="id", optional={"reviewer": "reviewer"}))
    assert [c.reviewer for c in loaded.checks] == ["Snopes", ""]
    assert loaded.checks[0].claim.endswith("proverb\u2400")


def test_missing_column_names_the_columns_there_are(tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "id,claim\n1,x\n")
    with pytest.raises(CheckFileError, match=r"no column 'text' \(columns: id, claim\)"):
        load_table(path, Columns(text="text", id="id"))


def test_importing_again_updates_instead_of_duplicating(tmp_path: Path) -> None:
    first = [review("Bananas are radioactive enough to set off port detectors.", "True", url="https://checks.example.org/banana")]
    path = write(tmp_path, "feed.json", first)
    with CheckArchive(str(tmp_path / "checks.db")) as archive:
        assert archive.add(load_claimreview(path).checks).added == 1
        assert archive.add(load_claimreview(path).checks).unchanged == 1
        changed = [review("Bananas are radioactive enough to set off port detectors.", "Mostly true", url="https://checks.example.org/banana",
                          name="Do bananas set off radiation detectors?")]
        counts = archive.add(load_claimreview(write(tmp_path, "feed.json", changed)).checks)
        assert (counts.added, counts.updated) == (0, 1)
        assert len(archive) == 1
        (stored,) = archive
        assert (stored.check.rating, stored.check.title) == ("Mostly true", "Do bananas set off radiation detectors?")
        assert stored.title_terms == ("banana", "set", "off", "radiat", "detector")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(alphabet=st.characters(codec=None)),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["@type", "claimReviewed", "reviewRating", "author", "itemReviewed", "url", "item",
                                       "dataFeedElement", "@graph", "name", "alternateName", "text", "appearance"]), children, max_size=5),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(data=JSON, wrap=st.sampled_from(["plain", "review", "feed"]))
def test_any_json_is_read_or_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory, data: Any, wrap: str) -> None:
    if wrap == "review":
        data = {"@type": "ClaimReview", "claimReviewed": data, "reviewRating": data, "author": data, "itemReviewed": data}
    elif wrap == "feed":
        data = {"@type": "DataFeed", "dataFeedElement": [{"item": [data, {"@type": "ClaimReview", "claimReviewed": data}]}]}
    path = tmp_path_factory.mktemp("fuzz") / "f.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        loaded = load_claimreview(str(path))
    except CheckFileError as exc:
        assert "\n" not in str(exc)
        return
    for check in loaded.checks:
        assert check.claim and check.key
        assert not any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for field in (check.claim, check.rating, check.reviewer) for c in field)
