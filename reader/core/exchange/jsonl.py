"""JSON Lines export: a document header, every claim, then every annotation, one object per line.

For scripts and pipelines (jq, pandas.read_json(lines=True)). Each line has a "type" field. Line
separators that `str.splitlines` and some editors honour inside JSON strings (U+0085, U+2028,
U+2029) are escaped too, so "one object per line" holds for every reader, not just json.loads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from reader.core.annotations.model import Annotation, VerdictEvent
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.common import claim_key, link, sort_key
from reader.core.exchange.safe_out import json_text

FORMAT_VERSION = 1


def dumps_line(obj: dict[str, Any]) -> str:
    """One record, one line: U+0085/U+2028/U+2029 and every other invisible character are escaped."""
    return json_text(obj, compact=True)


def annotation_record(ann: Annotation) -> dict[str, Any]:
    """The annotation as stored; an orphan's start/end are null (they would point at unrelated words)."""
    record: dict[str, Any] = {"type": "annotation", **asdict(ann)}
    record["tags"] = list(ann.tags)
    record["evidence"] = list(ann.evidence)
    if ann.is_orphan:
        record["selector"]["start"] = record["selector"]["end"] = None
    return record


def event_record(event: VerdictEvent) -> dict[str, Any]:
    record: dict[str, Any] = {"type": "verdict", **asdict(event)}
    record["evidence"] = list(event.evidence)
    return record


def export_jsonl(doc: Document, claims: list[Claim], annotations: list[Annotation],
                 history: Mapping[str, Sequence[VerdictEvent]] | None = None) -> str:
    """Header, claims, annotations, then (given `history`) every verdict event of those annotations."""
    lines = [
        dumps_line(
            {
                "type": "document",
                "format_version": FORMAT_VERSION,
                "path": doc.path,
                "title": doc.title,
                "fingerprint": doc.fingerprint,
                "claims": len(claims),
                "annotations": len(annotations),
            }
        )
    ]
    ids_by_key = {row.key: [a.id for a in row.annotations] for row in link(claims, annotations) if row.claim}
    for claim in claims:
        key = claim_key(claim)
        lines.append(dumps_line({"type": "claim", "key": key, **claim.to_json(), "annotation_ids": ids_by_key.get(key, [])}))
    for ann in sorted(annotations, key=sort_key):
        lines.append(dumps_line(annotation_record(ann)))
    for ann in sorted(annotations, key=sort_key):
        lines += [dumps_line(event_record(e)) for e in (history or {}).get(ann.id, ())]
    return "\n".join(lines) + "\n"
