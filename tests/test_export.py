"""Export formats: W3C round trip and JSON-LD validity (pyld, offline), ClaimReview fields, CSV safety,
Markdown snapshot and escaping, JSONL framing."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pyld import jsonld

from reader.core.annotations.model import Annotation, Selector
from reader.core.documents.document import from_text
from reader.core.exchange.claimreview import speaker_author, summarize
from reader.core.exchange.csv_table import HEADER
from reader.core.exchange.export import EXTENSIONS, FORMATS, ExportError, export
from reader.core.exchange.importer import import_into, parse_collection
from reader.core.exchange.markdown import escape
from reader.core.text.spans import Span
from tests.export_fixtures import expand, key, open_fresh_store, seed_annotations, seed_claims, seed_doc

OA = "http://www.w3.org/ns/oa#"
AS = "http://www.w3.org/ns/activitystreams#"
SDO = "http://schema.org/"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


@pytest.fixture(scope="module")
def seed() -> tuple[Any, list[Any], list[Annotation]]:
    doc = seed_doc()
    claims = seed_claims(doc)
    return doc, claims, seed_annotations(doc, claims)


# ---------------------------------------------------------------- W3C


def test_w3c_round_trip_is_identical(seed: Any) -> None:
    doc, claims, anns = seed
    first = export(doc, claims, anns, "w3c")
    report = import_into(doc, parse_collection(first), existing=[])
    assert (report.anchored, report.fuzzy, report.orphaned, report.skipped) == (len(anns), 0, 0, 0)
    assert sorted((replace(a, score=None) for a in report.annotations), key=lambda a: a.id) == sorted(anns, key=lambda a: a.id)
    assert {a.score for a in report.annotations} == {1.0}  # each placed on its own words, full context
    assert export(doc, claims, report.annotations, "w3c") == first


def test_w3c_round_trip_through_a_fresh_store(seed: Any, tmp_path: Path) -> None:
    """The issue's flow: annotate → export w3c → new empty store → import → export again."""
    doc, claims, anns = seed
    first = export(doc, claims, anns, "w3c")
    store = open_fresh_store(tmp_path / "fresh")
    try:
        report = import_into(doc, parse_collection(first), existing=store.for_document(doc))
        for a in report.annotations:
            store.save(a)
    finally:
        store.close()
    reopened = open_fresh_store(tmp_path / "fresh")
    try:
        assert export(doc, claims, reopened.for_document(doc), "w3c") == first
    finally:
        reopened.close()


def test_w3c_shape(seed: Any) -> None:
    doc, claims, anns = seed
    data = json.loads(export(doc, claims, anns, "w3c"))
    assert data["@context"] == ["http://www.w3.org/ns/anno.jsonld", {"assessing": "oa:assessing"}]
    assert data["type"] == "AnnotationCollection" and data["total"] == len(anns)
    items = data["first"]["items"]
    first = items[0]
    assert first["id"] == "urn:uuid:00000000-0000-4000-8000-000000000001"
    assert first["target"]["source"] == "urn:sha256:" + doc.fingerprint
    quote, pos = first["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == claims[0].quote
    assert (pos["type"], pos["start"], pos["end"]) == ("TextPositionSelector", claims[0].start, claims[0].end)
    purposes = [(b["purpose"], b["value"]) for b in first["body"]]
    assert purposes == [
        ("assessing", "unverified"),  # a plain word like the others (the context defines it)
        ("tagging", "russia"),
        ("tagging", "desertion"),
        ("commenting", "Only source is an SBU Telegram post."),
        ("identifying", key(claims[0])),
    ]
    highlight = next(i for i in items if i["id"].endswith("5"))
    assert highlight["motivation"] == "highlighting" and "body" not in highlight


def _flatten_singletons(value: Any) -> Any:
    """JSON-LD compaction turns 1-element arrays into values; compare modulo that."""
    if isinstance(value, list):
        items = [_flatten_singletons(v) for v in value]
        return items[0] if len(items) == 1 else items
    if isinstance(value, dict):
        return {k: _flatten_singletons(v) for k, v in value.items()}
    return value


def test_w3c_is_valid_json_ld_with_the_bundled_context(seed: Any) -> None:
    doc, claims, anns = seed
    data = json.loads(export(doc, claims, anns, "w3c"))
    expanded = expand(data)
    flat = json.dumps(expanded)
    for iri in ("hasSelector", "exact", "prefix", "suffix", "start", "end", "hasTarget", "hasBody", "hasSource", "hasPurpose", "motivatedBy"):
        assert f'"{OA}{iri}"' in flat, iri
    for iri in ("TextQuoteSelector", "TextPositionSelector", "TextualBody", "assessing", "tagging", "commenting", "highlighting"):
        assert f"{OA}{iri}" in flat, iri
    assert f"{AS}items" in flat and f"{AS}first" in flat
    assert f'"@id": "urn:sha256:{doc.fingerprint}"' in flat
    # Nothing was dropped as an undefined term: compacting the expansion gives our document back.
    compacted = jsonld.compact(expanded, {"@context": data["@context"]}, {"documentLoader": expand.__globals__["offline_loader"]})
    compacted["@context"] = data["@context"]
    assert _flatten_singletons(compacted) == _flatten_singletons(data)


# ---------------------------------------------------------------- ClaimReview


def test_claimreview_fields(seed: Any) -> None:
    doc, claims, anns = seed
    data = json.loads(export(doc, claims, anns, "claimreview"))
    reviews = data["@graph"]
    # One review per claim with a verdict (putin, squads, seven); ussr and the free highlight have none.
    assert [r["itemReviewed"]["text"] for r in reviews] == [claims[0].quote, claims[1].quote, claims[3].quote]
    putin, squads, seven = reviews
    assert seven["reviewRating"]["alternateName"] == "false"  # the latest verdict wins over the older "true"
    assert (seven["reviewRating"]["ratingValue"], seven["reviewRating"]["worstRating"], seven["reviewRating"]["bestRating"]) == (1, 1, 4)
    assert seven["datePublished"] == "2024-03-05"
    assert seven["itemReviewed"]["author"] == {"@type": "Organization", "name": "American intelligence"}
    assert squads["itemReviewed"]["author"] == {"@type": "Organization", "name": "Security Service of Ukraine (SBU)"}
    assert squads["reviewRating"]["ratingValue"] == 2
    assert "ratingValue" not in putin["reviewRating"]  # unverified is not a point on the truth scale
    assert "author" not in putin["itemReviewed"]
    assert len(putin["claimReviewed"]) <= 75 and putin["claimReviewed"].endswith("…")
    appearance = putin["itemReviewed"]["appearance"]
    assert appearance["headline"] == doc.title and "url" not in appearance  # a .txt copy on disk has no public URL
    given = json.loads(export(replace(doc, meta={**doc.meta, "url": "https://news.example/squads"}), claims, anns, "claimreview"))
    assert given["@graph"][0]["itemReviewed"]["appearance"]["url"] == "https://news.example/squads"


def test_claimreview_expands_with_bundled_schema_org(seed: Any) -> None:
    doc, claims, anns = seed
    expanded = expand(json.loads(export(doc, claims, anns, "claimreview")))
    nodes = expanded[0].get("@graph", expanded)
    assert len(nodes) == 3
    review = nodes[0]
    assert review["@type"] == [SDO + "ClaimReview"]
    for prop in ("claimReviewed", "reviewRating", "itemReviewed", "datePublished"):
        assert SDO + prop in review, prop
    rating = review[SDO + "reviewRating"][0]
    assert rating[SDO + "alternateName"][0]["@value"] == "unverified"
    item = nodes[1][SDO + "itemReviewed"][0]
    assert item["@type"] == [SDO + "Claim"]
    assert item[SDO + "author"][0]["@type"] == [SDO + "Organization"]
    assert SDO + "appearance" in item


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Elina Ribakova", "Person"),
        ("Security Service of Ukraine (SBU)", "Organization"),
        ("the Pentagon", "Organization"),
        ("Human Rights Watch", "Organization"),
        ("NATO", "Organization"),
        ("Ministry of Defence", "Organization"),
        ("he", None),
        ("", None),
    ],
)
def test_speaker_author_heuristic(speaker: str, expected: str | None) -> None:
    author = speaker_author(speaker)
    assert (author or {}).get("@type") == expected


def test_summarize_cuts_at_a_word() -> None:
    assert summarize("short claim") == "short claim"
    long = "word " * 40
    out = summarize(long)
    assert len(out) <= 75 and out.endswith("word…")


# ---------------------------------------------------------------- CSV


def test_csv_reads_back_and_neutralises_formulas(seed: Any) -> None:
    doc, claims, anns = seed
    text = export(doc, claims, anns, "csv")
    assert text.endswith("\r\n") and "\r\n" in text.split("\n", 1)[0] + "\n"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(HEADER)
    body = rows[1:]
    assert len(body) == len(claims) + 1  # every claim, plus the free highlight
    assert all(len(r) == len(HEADER) for r in body)
    by_claim = {r[HEADER.index("Claim key")]: r for r in body}
    squads = by_claim[key(claims[1])]
    assert squads[HEADER.index("Tags")] == "'=cmd|' /C calc'!A0"
    assert squads[HEADER.index("Speaker")] == "Security Service of Ukraine (SBU)"
    seven = by_claim[key(claims[3])]
    assert seven[HEADER.index("Verdict")] == "false"
    assert seven[HEADER.index("Tags")] == "'+1; -1; @SUM(A1)"
    notes = seven[HEADER.index("Notes")]
    assert notes.startswith('US estimate, not "7,000", was\nlater revised')  # quotes, comma, the line break survive
    ussr = by_claim[key(claims[4])]
    assert ussr[HEADER.index("Tags")] == " tab; \u240dcr"  # tab → space, CR → ␍: nothing for a spreadsheet to run
    free = by_claim[""]
    assert free[HEADER.index("Kind")] == "annotation" and "frostbite" in free[0]
    # No cell anywhere would be read by a spreadsheet as a formula.
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


@pytest.mark.parametrize(("hostile", "written"), [
    ("=1+1", "=1+1"), ("+SUM(A1)", "+SUM(A1)"), ("-2+3", "-2+3"), ("@cmd", "@cmd"), ('=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'),
    ("\t=x", " =x"), ("\r=x", "\u240d=x"), (" =x", " =x"), ("\n=x", "\n=x"), ("\u200b=x", "\u2038=x"), ("\u00a0 @x", "\u00a0 @x"),
    ("\u202e=x", "\u2047=x"), ("\ufeff-1", "\u2038-1"), ("＝1+1", "＝1+1"),
])
def test_csv_formula_cases(hostile: str, written: str) -> None:
    """Leading whitespace, line breaks and invisible characters before = + - @ do not hide a formula."""
    doc = from_text("Title\n\nSome body text here.\n", path="x.txt")
    span = Span(7, 16)
    a = Annotation(Selector.from_span(doc.text, span), doc.fingerprint, note=hostile, tags=(hostile,))
    rows = list(csv.DictReader(io.StringIO(export(doc, [], [a], "csv"), newline="")))
    assert rows[0]["Notes"] == "'" + written
    assert rows[0]["Tags"] == "'" + written


# ---------------------------------------------------------------- Markdown


def test_markdown_snapshot(seed: Any) -> None:
    doc, claims, anns = seed
    got = export(doc, claims, anns, "markdown")
    got = got.replace(doc.fingerprint[:12], "FINGERPRINT")
    golden = SNAPSHOTS / "execution-squads.md"
    if os.environ.get("UPDATE_SNAPSHOTS") or not golden.exists():
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_markdown_structure_survives_hostile_text(seed: Any) -> None:
    doc, claims, anns = seed
    tokens = MarkdownIt("commonmark").parse(export(doc, claims, anns, "markdown"))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == [doc.title, "False", "Misleading", "Unverified", "No verdict"]  # verdicts first, most urgent first
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"link_open", "html_inline", "html_block", "ordered_list_open", "fence", "code_block"}
    code = [c.content for t in tokens for c in (t.children or []) if c.type == "code_inline"]
    assert code == [doc.fingerprint[:12]]  # our own sha256 only, not the user's `tick`
    inline = " ".join(c.content for t in tokens for c in (t.children or []) if c.type == "text")
    assert "# Not a heading" in inline and "[link](http://evil.example) <b>html</b> *stars* `tick`" in inline


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#*_[]()<>!`|~&=+-.1 \\>:\nabc")), max_size=40))
def test_markdown_escape_keeps_text_literal(text: str) -> None:
    md = MarkdownIt("commonmark")
    tokens = md.parse("para: " + escape(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"] or not text.strip()
    if text.strip():
        rendered = "".join(c.content for c in tokens[1].children or [] if c.type == "text")
        assert rendered == "para: " + " ".join(text.split())


# ---------------------------------------------------------------- JSONL and dispatch


def test_jsonl_one_object_per_line(seed: Any) -> None:
    doc, claims, anns = seed
    tricky = anns[0].edited(note="line\u2028separator\u0085nel\nnewline")
    text = export(doc, claims, [tricky, *anns[1:]], "jsonl")
    lines = text.splitlines()  # splits on U+2028 and U+0085 too
    records = [json.loads(line) for line in lines]
    assert [r["type"] for r in records] == ["document"] + ["claim"] * len(claims) + ["annotation"] * len(anns)
    assert records[0]["fingerprint"] == doc.fingerprint
    assert records[1]["annotation_ids"] == [anns[0].id]
    assert any(r.get("note") == "line\u2028separator\u0085nel\nnewline" for r in records)


def test_every_format_exports_and_unknown_is_refused(seed: Any) -> None:
    doc, claims, anns = seed
    assert set(FORMATS) == set(EXTENSIONS) == {"w3c", "claimreview", "csv", "markdown", "jsonl"}
    for fmt in FORMATS:
        assert export(doc, claims, [], fmt)
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        export(doc, claims, anns, "pdf")


_user_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=30)
"""What the boundary lets in: NUL and unpaired surrogates are refused or shown as ␀/U+FFFD before any store."""


@settings(max_examples=150, deadline=None)
@given(
    start=st.integers(0, 2000),
    length=st.integers(1, 120),
    verdict=st.sampled_from([None, "true", "false", "misleading", "unverified", "needs-context"]),
    tags=st.lists(_user_text.filter(str.strip), max_size=4).map(tuple),
    note=st.none() | _user_text,
    highlight=st.booleans(),
)
def test_w3c_round_trip_property(start: int, length: int, verdict: str | None, tags: tuple[str, ...], note: str | None, highlight: bool) -> None:
    """Any annotation's user data survives export → import unchanged (bytes of the second export too)."""
    doc = seed_doc()
    span = Span(start, min(len(doc.text), start + length))
    ann = Annotation(Selector.from_span(doc.text, span), doc.fingerprint, doc.path, doc.title,
                     verdict=verdict, tags=tags, note=note, highlight=highlight)
    first = export(doc, [], [ann], "w3c")
    report = import_into(doc, parse_collection(first), [])
    assert [replace(a, score=None) for a in report.annotations] == [ann]
    assert export(doc, [], report.annotations, "w3c") == first


# ---------------------------------------------------------------- orphans and the verdict's who and why


def test_orphans_are_exported_without_positions(tmp_path: Path) -> None:
    """Repro 4: an orphan's old offsets cover unrelated words of the current text; no format carries them."""
    text = "Budget day\n\nThe minister said taxes would fall by 5 percent next year.\n\nCritics doubt it.\n"
    old = from_text(text, path=str(tmp_path / "a.txt"))
    span = Span(text.index("taxes"), text.index(" next year"))
    orphan = replace(Annotation(Selector.from_span(text, span), old.fingerprint, verdict="false", note="n"), state="orphan")
    doc = from_text("Budget day\n\nSomething else entirely happened on the day.\n\nCritics doubt it.\n", path=old.path)
    item = json.loads(export(doc, [], [orphan], "w3c"))["first"]["items"][0]
    assert [s["type"] for s in item["target"]["selector"]] == ["TextQuoteSelector"]
    (row,) = list(csv.DictReader(io.StringIO(export(doc, [], [orphan], "csv"), newline="")))
    assert (row["Start"], row["End"], row["Kind"], row["Verdict"]) == ("", "", "orphan", "false")
    md = export(doc, [], [orphan], "markdown")
    assert "chars" not in md and "its words are gone from this text" in md
    record = [json.loads(line) for line in export(doc, [], [orphan], "jsonl").splitlines()][-1]
    assert record["selector"]["start"] is None and record["state"] == "orphan"
    assert json.loads(export(doc, [], [orphan], "claimreview"))["@graph"] == []  # no review of words no longer there


def test_verdict_author_time_and_sources_are_exported(seed: Any) -> None:
    doc, claims, anns = seed
    items = {i["id"]: i for i in json.loads(export(doc, claims, anns, "w3c"))["first"]["items"]}
    three = items["urn:uuid:00000000-0000-4000-8000-000000000003"]
    assert three["creator"] == {"type": "Person", "name": "ana"}
    verdict = next(b for b in three["body"] if b["purpose"] == "assessing")
    assert (verdict["creator"]["name"], verdict["created"]) == ("ben", "2024-03-03T10:00:00.000Z")
    links = [b for b in three["body"] if b["purpose"] == "linking"]
    assert links == [{"id": "https://www.example.org/us-estimate-revised", "purpose": "linking"},
                     {"type": "TextualBody", "purpose": "linking", "value": "ISW campaign assessment, 5 March 2024"}]
    assert "linking" in three["motivation"]
    reviews = json.loads(export(doc, claims, anns, "claimreview"))["@graph"]
    seven = next(r for r in reviews if r["reviewRating"]["alternateName"] == "false")
    assert seven["author"] == {"@type": "Person", "name": "ben"}
    assert seven["citation"] == [{"@type": "CreativeWork", "url": "https://www.example.org/us-estimate-revised"},
                                 {"@type": "CreativeWork", "name": "ISW campaign assessment, 5 March 2024"}]
    back = {a.id: a for a in import_into(doc, parse_collection(export(doc, claims, anns, "w3c")), []).annotations}
    a3 = back["00000000-0000-4000-8000-000000000003"]
    assert (a3.creator, a3.verdict_by, a3.verdict_at, a3.evidence) == ("ana", "ben", "2024-03-03T10:00:00.000Z", anns[2].evidence)


def test_jsonl_carries_the_verdict_history(seed: Any) -> None:
    from reader.core.annotations.model import VerdictEvent

    doc, claims, anns = seed
    history = {anns[2].id: [VerdictEvent("e1", anns[2].id, "ana", "2024-03-02T09:00:00.000Z", "true", ()),
                            VerdictEvent("e2", anns[2].id, "ben", "2024-03-03T10:00:00.000Z", "false", anns[2].evidence, 1)]}
    lines = [json.loads(line) for line in export(doc, claims, anns, "jsonl", history).splitlines()]
    events = [r for r in lines if r["type"] == "verdict"]
    assert [(e["actor"], e["value"], e["base_version"]) for e in events] == [("ana", "true", 0), ("ben", "false", 1)]
    assert events[1]["evidence"] == list(anns[2].evidence)


HOSTILE_TEXT = "a\x1b]0;title\x07b\x1b]52;c;ZXZpbA==\x07c\x1b]8;;http://x\x1b\\d\x1b[2Je\u009b31mf\u202eg\u2066h\u200bi</script>j\u2028k"


@pytest.mark.parametrize("fmt", ["w3c", "claimreview", "jsonl", "markdown", "csv"])
def test_exports_never_carry_terminal_controls_or_bidi(fmt: str, tmp_path: Path) -> None:
    """Repro 6: ESC/BEL/OSC 52/OSC 8/CSI, C1 CSI, bidi overrides, zero-width and line separators in the
    article and the notes: raw in no export, whatever stdout is; JSON keeps them as \\u escapes."""
    from reader.core.claims.extract import Claim
    from reader.core.text.safe import is_safe

    text = f"Title {HOSTILE_TEXT}\n\nThe claim {HOSTILE_TEXT} is here.\n"
    doc = from_text(text, path=str(tmp_path / "x.txt"))
    span = Span(text.index("The claim"), text.index(" is here"))
    claim = Claim("assertion", span, span.of(text), speaker=HOSTILE_TEXT)
    a = Annotation(Selector.from_span(text, span), doc.fingerprint, doc.path, doc.title, verdict="false", tags=(HOSTILE_TEXT,),
                   note=HOSTILE_TEXT, claim_key=f"assertion:{span.start}:{span.end}", creator=HOSTILE_TEXT, verdict_by=HOSTILE_TEXT,
                   evidence=(HOSTILE_TEXT,))
    out = export(doc, [claim], [a], fmt)
    plain = out.replace("\r\n", "") if fmt == "csv" else out  # RFC 4180 row ends
    assert is_safe(plain.replace("\n", "")), [c for c in plain if not is_safe(c) and c != "\n"][:5]
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    if fmt in ("w3c", "claimreview", "jsonl"):
        assert "</script>" not in out and "<\\/script>" in out
        data = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else [json.loads(out)]
        assert any(HOSTILE_TEXT in v for v in _strings(data))  # lossless: the escapes read back as the text
    out.encode("utf-8")  # and always encodable


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
