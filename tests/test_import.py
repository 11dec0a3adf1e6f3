"""Import: the shapes other tools write (Hypothesis, bare annotations, pages), anchoring counts, and bad
input refused with one line before anything could be saved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations.model import Annotation, Selector
from reader.core.documents.document import Document, from_text, load_document
from reader.core.exchange.export import export
from reader.core.exchange.importer import ImportFormatError, import_into, named_fingerprints, parse_collection
from reader.core.text.spans import Span
from tests.export_fixtures import ROOT, open_fresh_store, seed_annotations, seed_claims, seed_doc

PAGE = "https://www.example.com/news/putin-execution-squads"


@pytest.fixture(scope="module")
def doc() -> Document:
    return seed_doc()


def _quote(doc: Document, exact: str, context: int = 32) -> dict[str, Any]:
    i = doc.text.index(exact)
    return {
        "type": "TextQuoteSelector",
        "exact": exact,
        "prefix": doc.text[max(0, i - context) : i],
        "suffix": doc.text[i + len(exact) : i + len(exact) + context],
    }


def hypothesis_annotation(n: int, quote: dict[str, Any], text: str = "", tags: tuple[str, ...] = (), web_offset: int = 4000) -> dict[str, Any]:
    """Shaped like Hypothesis's /api/annotations/{id}.jsonld: bodies without purpose for the note,
    target as a list, RangeSelector + TextPositionSelector (offsets in the web page's DOM text, so
    wrong for our plain text) + TextQuoteSelector."""
    body = ([{"type": "TextualBody", "value": text, "format": "text/markdown"}] if text else []) + [
        {"type": "TextualBody", "purpose": "tagging", "value": t} for t in tags
    ]
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": f"https://hypothes.is/a/Hyp{n:04d}xYz",
        "created": f"2022-03-2{n}T08:00:00.000000+00:00",
        "modified": f"2022-03-2{n}T08:30:00.000000+00:00",
        "creator": "acct:checker@hypothes.is",
        "body": body,
        "target": [
            {
                "source": PAGE,
                "selector": [
                    {"type": "RangeSelector", "startContainer": "/main[1]/p[3]", "startOffset": 0, "endContainer": "/main[1]/p[3]", "endOffset": 40},
                    {"type": "TextPositionSelector", "start": web_offset, "end": web_offset + len(quote["exact"])},
                    quote,
                ],
            }
        ],
    }


def test_hypothesis_export_anchors_with_counts(doc: Document) -> None:
    long = "A senior Pentagon official told the New York Times that Russian forces were “struggling on many fronts,”"
    typo = dict(_quote(doc, long), exact=long.replace("senior", "senor").replace("many", "meny"))
    items = [
        hypothesis_annotation(1, _quote(doc, "7,000 Russian troops had been killed"), "Check the **source**", ("numbers", "US intel")),
        hypothesis_annotation(2, _quote(doc, "Russia has exhausted its “offensive potential”")),
        hypothesis_annotation(3, _quote(doc, "execution squads"), "which squads?"),  # occurs several times: context decides
        hypothesis_annotation(4, typo, "edited quote"),
        hypothesis_annotation(5, {"type": "TextQuoteSelector", "exact": "a sentence this article never contained", "prefix": "", "suffix": ""}),
        {"type": "Annotation", "id": "https://hypothes.is/a/pdfonly",
         "target": {"source": PAGE, "selector": {"type": "FragmentSelector", "value": "page=2"}}},
    ]
    imported = parse_collection(json.dumps(items))
    assert len(imported) == 5  # the FragmentSelector-only one carries nothing we can place in text
    report = import_into(doc, imported, existing=[])
    assert (report.anchored, report.fuzzy, report.orphaned, report.skipped) == (3, 1, 1, 0)
    by_note = {a.note: a for a in report.annotations}
    first = by_note["Check the **source**"]
    assert first.tags == ("numbers", "US intel") and not first.highlight and first.state == "moved"
    assert doc.text[first.selector.start : first.selector.end] == "7,000 Russian troops had been killed"
    assert first.created == "2022-03-21T08:00:00.000000+00:00" and first.doc_fingerprint == doc.fingerprint
    squads = by_note["which squads?"]
    assert squads.selector.start == doc.text.index("execution squads")  # the occurrence whose context matched
    bare = next(a for a in report.annotations if a.note is None and a.state != "orphan")
    assert bare.highlight  # no body at all: a Hypothesis highlight
    assert by_note["edited quote"].state == "fuzzy"
    # Foreign ids become stable UUIDs: importing the same file again adds nothing.
    again = import_into(doc, parse_collection(json.dumps(items)), existing=report.annotations)
    assert (again.annotations, again.skipped) == ([], 5)


def test_hypothesis_client_export_format(doc: Document) -> None:
    """The Hypothesis client's "Export" JSON: {annotations: [{text, tags, target: [...]}]}."""
    data = {
        "export_date": "2024-01-01T00:00:00Z",
        "annotations": [
            {"id": "abc", "text": "note", "tags": ["t1"], "uri": PAGE,
             "target": [{"source": PAGE, "selector": [_quote(doc, "desperately low morale")]}]}
        ],
    }
    (imp,) = parse_collection(json.dumps(data))
    assert (imp.exact, imp.note, imp.tags, imp.start) == ("desperately low morale", "note", ("t1",), None)
    report = import_into(doc, [imp], [])
    assert report.anchored == 1 and report.annotations[0].span.of(doc.text) == "desperately low morale"


@pytest.mark.parametrize("shape", ["single", "list", "items", "first.items", "page"])
def test_accepted_shapes(doc: Document, shape: str) -> None:
    ann = {
        "id": "urn:uuid:11111111-2222-4333-8444-555555555555",
        "type": "oa:Annotation",
        "body": {"type": "TextualBody", "purpose": "assessing", "value": "Pants on Fire"},
        "target": {"source": {"id": PAGE}, "selector": {"type": "http://www.w3.org/ns/oa#TextQuoteSelector", "exact": "desperately low morale"}},
    }
    wrapped: Any = {
        "single": ann,
        "list": [ann],
        "items": {"type": "AnnotationCollection", "items": [ann]},
        "first.items": {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [ann]}},
        "page": {"type": "AnnotationPage", "items": [ann]},
    }[shape]
    (imp,) = parse_collection(json.dumps(wrapped))
    assert (imp.id, imp.exact, imp.verdict, imp.source) == ("11111111-2222-4333-8444-555555555555", "desperately low morale", "false", PAGE)


def test_unknown_verdict_kept_as_tag_and_position_only_needs_our_document(doc: Document) -> None:
    ours = {"target": {"source": "urn:sha256:" + doc.fingerprint, "selector": {"type": "TextPositionSelector", "start": 0, "end": 5}},
            "body": {"purpose": "oa:assessing", "value": "spicy"}}
    foreign = {"target": {"source": PAGE, "selector": {"type": "TextPositionSelector", "start": 0, "end": 5}}}
    imported = parse_collection(json.dumps([ours, foreign]))
    assert imported[0].tags == ("verdict:spicy",) and imported[0].verdict is None
    report = import_into(doc, imported, [])
    assert report.skipped == 1 and report.anchored == 1
    assert report.annotations[0].span.of(doc.text) == "Putin"


def test_newer_version_of_the_same_article_imports_as_moved(doc: Document) -> None:
    """Annotations whose source names another fingerprint still import when their quotes anchor."""
    claims = seed_claims(doc)
    anns = seed_annotations(doc, claims)
    note = "Putin sending in execution squads\n\nEDITOR'S NOTE: this story was updated.\n"
    edited = from_text(note + doc.text.split("\n", 1)[1], path="edited.txt")
    imported = parse_collection(export(doc, claims, anns, "w3c"))
    assert named_fingerprints(imported) == [doc.fingerprint]
    report = import_into(edited, imported, [])
    assert report.anchored == len(anns) and report.orphaned == 0
    assert {a.state for a in report.annotations} == {"moved"}


# ---------------------------------------------------------------- refused input


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "not JSON: Expecting property name enclosed in double quotes at line 1 column 2"),
        ("", "not JSON: Expecting value at line 1 column 1"),
        ("42", "expected an Annotation, a list of them or an AnnotationCollection, got a number"),
        ('"an annotation"', "got a string"),
        ("null", "got null"),
        ('{"title": "my notes", "entries": []}', "found an object with keys entries, title"),
        ("[1, 2]", "annotation #1 is not a JSON object: 1"),
        ("[]", "no annotations in the file"),
        ('{"type": "AnnotationCollection", "first": "https://example.org/page1"}', "pages are not embedded"),
        ('[{"type": "Annotation", "target": "https://example.org/x"}]', "none of the 1 annotations has a TextQuoteSelector or TextPositionSelector"),
        pytest.param("[" * 100000 + "]" * 100000, "nested more than 64 levels", id="deep-nesting"),
        pytest.param("[" * 990 + "]" * 990, "nested more than 64 levels", id="nesting-990"),
    ],
)
def test_bad_input_is_one_line(data: str, message: str) -> None:
    with pytest.raises(ImportFormatError) as err:
        parse_collection(data)
    assert message in str(err.value)
    assert "\n" not in str(err.value) and len(str(err.value)) < 200


def test_another_documents_annotations_are_refused(doc: Document) -> None:
    other = load_document(str(ROOT / "sample_articles" / "ebola-treatments.txt"))
    sentences = [s for s in other.text.split("\n") if len(s) > 80][:3]
    anns = [
        Annotation(Selector.from_span(other.text, Span(other.text.index(s), other.text.index(s) + 60)), other.fingerprint, verdict="true")
        for s in sentences
    ]
    existing = seed_annotations(doc, seed_claims(doc))
    before = list(existing)
    with pytest.raises(ImportFormatError) as err:
        import_into(doc, parse_collection(export(other, [], anns, "w3c")), existing)
    message = str(err.value)
    assert message.startswith("these annotations are for another document (they name urn:sha256:" + other.fingerprint[:20])
    assert "none of their 3 quotes occur in execution-squads.txt" in message and "\n" not in message
    assert existing == before


def test_store_untouched_on_bad_import(doc: Document, tmp_path: Path) -> None:
    """The CLI flow (parse → import_into → save each) never reaches save on a refused file."""
    store = open_fresh_store(tmp_path / "store")
    mine = seed_annotations(doc, seed_claims(doc))
    other = from_text("Another article\n\nNothing in common with the seed article at all, none.\n", path="other.txt")
    foreign = [Annotation(Selector.from_span(other.text, Span(17, 40)), other.fingerprint, note="x")]
    try:
        for a in mine:
            store.save(a)
        before = sorted(store.for_document(doc), key=lambda a: a.id)
        for bad in ("{oops", "[]", export(other, [], foreign, "w3c")):
            with pytest.raises(ImportFormatError):
                report = import_into(doc, parse_collection(bad), store.for_document(doc))
                for a in report.annotations:  # pragma: no cover - must not be reached
                    store.save(a)
    finally:
        store.close()
    reopened = open_fresh_store(tmp_path / "store")
    try:
        assert sorted(reopened.for_document(doc), key=lambda a: a.id) == before
        assert len(before) == len(mine)
    finally:
        reopened.close()
