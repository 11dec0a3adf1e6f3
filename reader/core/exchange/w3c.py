"""W3C Web Annotation export: one `AnnotationCollection` in JSON-LD (compacted with anno.jsonld).

Mapping (read back by `reader.core.exchange.importer.parse_collection`):
- target: `source` = the article's public URL when it has one (a page read from the web or an HTML file that
  names it), so a store that has never seen the article can still find it; else
  "urn:sha256:<document fingerprint>"; selectors TextQuoteSelector + TextPositionSelector;
- bodies (TextualBody): verdict `purpose: oa:assessing`, each tag `purpose: tagging`, the note
  `purpose: commenting`, the claim key ("kind:start:end") `purpose: identifying`;
- `motivation`: "highlighting" when the annotation is a highlight, plus one per body kind, so a
  body-less non-highlight still says what it is ("bookmarking");
- `id` = "urn:uuid:<annotation id>", `created`/`modified` as stored, `creator` a Person named by the
  annotation's creator; the verdict body carries its own `creator` and `created` (who set the verdict,
  when), and each source the verdict rests on is a body with `purpose: linking` (a web resource by its
  `id` for a link, a TextualBody for a citation).
- The anchoring state belongs to one copy of the text and is recomputed on import, except that an
  orphan (its words are gone from the current text) is exported with its TextQuoteSelector only:
  offsets into the current text would point at unrelated words.
Output is deterministic (sorted, stable collection id) so export → import → export is byte-equal.
"""

from __future__ import annotations

import uuid
from typing import Any

from reader.core.annotations.model import Annotation
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.common import document_url, sort_key, source_iri
from reader.core.exchange.safe_out import json_text

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ASSESSING = "assessing"
CONTEXT = [ANNO_CONTEXT, {"assessing": "oa:assessing"}]
"""The vocabulary defines oa:assessing but the published anno.jsonld context has no `assessing` term (it
lists `reviewing`). The model allows further contexts after anno.jsonld, so this one adds the term: every
motivation and purpose is then a plain word ("assessing" beside "commenting"), and still expands to its
oa: IRI."""
UUID_PREFIX = "urn:uuid:"


def annotation_id_iri(ann_id: str) -> str:
    """Our ids are UUIDs, exported as urn:uuid:; an id that is already an IRI is kept as is."""
    return ann_id if ":" in ann_id else UUID_PREFIX + ann_id


def motivations(ann: Annotation) -> list[str]:
    out = ["highlighting"] if ann.highlight else []
    if ann.verdict:
        out.append(ASSESSING)
    if ann.verdict and ann.evidence:
        out.append("linking")
    if ann.note:
        out.append("commenting")
    if ann.tags:
        out.append("tagging")
    return out or ["bookmarking"]


def person(name: str) -> dict[str, Any]:
    return {"type": "Person", "name": name}


def is_link(source: str) -> bool:
    """A source given as a web address (else it is a citation: a title, a report and page...)."""
    return source.startswith(("http://", "https://")) and " " not in source.strip()


def evidence_body(source: str) -> dict[str, Any]:
    if is_link(source):
        return {"id": source.strip(), "purpose": "linking"}
    return {"type": "TextualBody", "purpose": "linking", "value": source}


def bodies(ann: Annotation) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if ann.verdict:
        verdict: dict[str, Any] = {"type": "TextualBody", "purpose": ASSESSING, "value": ann.verdict}
        if ann.verdict_by:
            verdict["creator"] = person(ann.verdict_by)
        if ann.verdict_at:
            verdict["created"] = ann.verdict_at
        out.append(verdict)
        out += [evidence_body(source) for source in ann.evidence]
    for tag in ann.tags:
        out.append({"type": "TextualBody", "purpose": "tagging", "value": tag})
    if ann.note:
        out.append({"type": "TextualBody", "purpose": "commenting", "value": ann.note, "format": "text/plain"})
    if ann.claim_key:
        out.append({"type": "TextualBody", "purpose": "identifying", "value": ann.claim_key})
    return out


def annotation_to_w3c(ann: Annotation, source: str) -> dict[str, Any]:
    """One Annotation object (no @context: it sits inside a collection)."""
    sel = ann.selector
    motivation = motivations(ann)
    out: dict[str, Any] = {
        "id": annotation_id_iri(ann.id),
        "type": "Annotation",
        "motivation": motivation[0] if len(motivation) == 1 else motivation,
        "created": ann.created,
        "modified": ann.modified,
    }
    if ann.creator:
        out["creator"] = person(ann.creator)
    body = bodies(ann)
    if body:
        out["body"] = body
    selectors: list[dict[str, Any]] = [{"type": "TextQuoteSelector", "exact": sel.exact, "prefix": sel.prefix, "suffix": sel.suffix}]
    if not ann.is_orphan:
        selectors.append({"type": "TextPositionSelector", "start": sel.start, "end": sel.end})
    out["target"] = {"type": "SpecificResource", "source": source, "selector": selectors}
    return out


def collection_id(source: str) -> str:
    """Stable per document, so two exports of the same annotations are identical."""
    return UUID_PREFIX + str(uuid.uuid5(uuid.NAMESPACE_URL, source + "#annotations"))


def to_collection(doc: Document, annotations: list[Annotation]) -> dict[str, Any]:
    """The AnnotationCollection with all items embedded in its first (only) AnnotationPage."""
    source = document_url(doc) or source_iri(doc)
    items = [annotation_to_w3c(a, source) for a in sorted(annotations, key=sort_key)]
    label = f"claim-reader annotations on {doc.title}" if doc.title else "claim-reader annotations"
    return {
        "@context": CONTEXT,
        "id": collection_id(source),
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def export_w3c(doc: Document, claims: list[Claim], annotations: list[Annotation]) -> str:
    """Claims without annotations are not annotations: W3C output carries the user's annotations only."""
    del claims
    return json_text(to_collection(doc, annotations), indent=2) + "\n"
