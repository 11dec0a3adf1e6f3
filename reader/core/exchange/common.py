"""Shared pieces of the exporters: linking annotations to claims, document identifiers, verdict labels.

Every format needs the same answer to "which annotations belong to which claim", so it is computed
once here. Claim keys ("kind:start:end") drift when the extractor improves, so a stale key falls back
to span overlap instead of silently dropping the user's verdict.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from reader.core.annotations.model import Annotation
from reader.core.claims.record import Claim, claim_key
from reader.core.documents.document import Document

VERDICT_LABELS = {
    "true": "True",
    "false": "False",
    "misleading": "Misleading",
    "unverified": "Unverified",
    "needs-context": "Needs context",
}
SOURCE_PREFIX = "urn:sha256:"
"""Target sources name the document by content hash: paths move, the normalized text does not."""


def source_iri(doc: Document) -> str:
    return SOURCE_PREFIX + doc.fingerprint


def document_url(doc: Document) -> str | None:
    """Where the article is published: its recorded URL (an HTML page's, a fetched page's, or the one given in
    the export dialog), else None. Never a file:// URI of the reader's own copy: that would name a path on
    the fact-checker's disk (/tmp/…) in a review meant for the public."""
    return doc.meta.get("url") or doc.meta.get("source_url") or None


def sort_key(ann: Annotation) -> tuple[int, int, str, str]:
    return (ann.selector.start, ann.selector.end, ann.created, ann.id)


@dataclass
class ClaimRow:
    """One claim (or None: a free annotation) with the annotations that belong to it."""

    claim: Claim | None
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def key(self) -> str | None:
        return claim_key(self.claim) if self.claim else (self.annotations[0].claim_key if self.annotations else None)

    @property
    def verdict_annotation(self) -> Annotation | None:
        """The most recently modified annotation that gives a verdict: the current judgement."""
        judged = [a for a in self.annotations if a.verdict]
        return max(judged, key=lambda a: (a.modified, a.id)) if judged else None

    @property
    def verdict(self) -> str | None:
        ann = self.verdict_annotation
        return ann.verdict if ann else None

    @property
    def tags(self) -> list[str]:
        seen: dict[str, None] = {}
        for ann in self.annotations:
            for tag in ann.tags:
                seen.setdefault(tag, None)
        return list(seen)

    @property
    def notes(self) -> list[str]:
        return [a.note for a in self.annotations if a.note]

    @property
    def quote(self) -> str:
        if self.claim:
            return self.claim.quote
        return self.annotations[0].selector.exact if self.annotations else ""

    @property
    def start(self) -> int:
        return self.claim.span.start if self.claim else self.annotations[0].selector.start

    @property
    def end(self) -> int:
        return self.claim.span.end if self.claim else self.annotations[0].selector.end


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def link(claims: list[Claim], annotations: list[Annotation]) -> list[ClaimRow]:
    """Rows in text order: every claim with its annotations, then free annotations as their own rows.

    An annotation joins the claim whose key it carries; failing that, the claim covering at least
    half of its span (largest overlap wins). Orphaned annotations never join a claim: their span
    is stale.
    """
    rows = [ClaimRow(c) for c in claims]
    by_key = {claim_key(c): row for c, row in zip(claims, rows, strict=True)}
    order = sorted(range(len(claims)), key=lambda i: claims[i].span.start)
    starts = [claims[i].span.start for i in order]
    longest = max((len(c.span) for c in claims), default=0)
    free: list[ClaimRow] = []
    for ann in sorted(annotations, key=sort_key):
        row = by_key.get(ann.claim_key or "") if not ann.is_orphan else None
        if row is None and not ann.is_orphan:
            s, e = ann.selector.start, ann.selector.end
            best, best_i = 0, -1
            # Only claims starting in [s - longest, e) can overlap: bisect instead of scanning all.
            for j in range(bisect_left(starts, s - longest), bisect_left(starts, max(e, s + 1))):
                c = claims[order[j]]
                ov = _overlap(s, e, c.span.start, c.span.end)
                if ov > best:
                    best, best_i = ov, order[j]
            if best > 0 and best * 2 >= max(1, e - s):
                row = rows[best_i]
        if row is None:
            free.append(ClaimRow(None, [ann]))
        else:
            row.annotations.append(ann)
    out = rows + free
    out.sort(key=lambda r: (r.claim is None and r.annotations[0].is_orphan, r.start, r.end))
    return out
