"""W3C Web Annotation export: one `AnnotationCollection` in JSON-LD (compacted with anno.jsonld).

Mapping (read back by `reader.core.exchange.importer.parse_collection`):
- target: `source` = the article's public URL when it has one (a page read from the web or an HTML file that
  names it), so a store that has never seen the article can still find it; else
  "urn:sha256:<document fingerprint>"; selectors TextQuoteSelector + TextPositionSelector;
- bodies (TextualBody): verdict `purpose: oa:assessing`, each tag `purpose: tagging`, the note
  `purpose: commenting`, the claim key ("kind:start:end") `purpose: identifying`;
- `motivation`: "highlighting" when the annotation is a highlight, plus one per body kind, so a
  body-less non-highlight still says what it is ("bookmarking");
- `id` = "urn:uuid:<annotation id>", `created`/`modified` as stored. The anchoring state is not
  exported: it belongs to one copy of the text and is recomputed on import.
Output is deterministic (sorted, stable collection id) so export → import → export is byte-equal.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from reader.core.annotations.model import Annotation
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.common import document_url, sort_key, source_iri

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
    if ann.note:
        out.append("commenting")
    if ann.tags:
        out.append("tagging")
    return out or ["bookmarking"]


def bodies(ann: Annotation) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if ann.verdict:
        out.append({"type": "TextualBody", "purpose": ASSESSING, "value": ann.verdict})
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
    body = bodies(ann)
    if body:
        out["body"] = body
    out["target"] = {
        "type": "SpecificResource",
        "source": source,
        "selector": [
            {"type": "TextQuoteSelector", "exact": sel.exact, "prefix": sel.prefix, "suffix": sel.suffix},
            {"type": "TextPositionSelector", "start": sel.start, "end": sel.end},
        ],
    }
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
    return json.dumps(to_collection(doc, annotations), ensure_ascii=False, indent=2) + "\n"
