"""schema.org ClaimReview export: one ClaimReview per claim the user has given a verdict.

Fact-checking platforms (Google Fact Check Tools, Meedan Check) ingest ClaimReview; Check maps
`reviewRating.alternateName` (else `ratingValue`) to its statuses, so alternateName carries our
verdict word verbatim and ratingValue sits on a stated 1..4 scale. "unverified" is not a point on
a truth scale, so it gets no ratingValue. Free annotations (no claim) are included when they carry
a verdict: the user judged that span, which is what a review is.
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.annotations.model import Annotation
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.common import VERDICT_LABELS, ClaimRow, document_url, link
from reader.core.exchange.safe_out import json_text

SCHEMA_CONTEXT = "https://schema.org"
WORST_RATING = 1
BEST_RATING = 4
RATING_VALUES = {"false": 1, "misleading": 2, "needs-context": 3, "true": 4}
SUMMARY_MAX = 75
"""Google asks for claimReviewed under ~75 characters; the full text goes in itemReviewed.text."""

_ORG_WORDS = re.compile(
    r"\b(?:service|ministry|government|department|agency|office|committee|council|commission|"
    r"bureau|institute|university|college|organi[sz]ation|association|foundation|party|police|army|"
    r"navy|military|forces|intelligence|pentagon|kremlin|white house|parliament|congress|senate|court|"
    r"times|post|news|press|reuters|bbc|cnn|company|inc|ltd|corp|corporation|group|bank|"
    r"watch|network|union|league|board|authority|administration|hospital|centre|center)\b",
    re.I,
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def speaker_author(speaker: str | None) -> dict[str, Any] | None:
    """A Person or Organization for a speaker string; a guess, so it errs towards Person for names.

    Organization when the name holds an institution word ("Security Service of Ukraine", "the
    Pentagon", "Human Rights Watch") or is an acronym (SBU); a bare pronoun is no author at all.
    """
    if not speaker or not speaker.strip():
        return None
    name = " ".join(speaker.split()).strip(" ,.:;")
    if name.lower() in _PRONOUNS:
        return None
    if _ACRONYM.search(name) or _ORG_WORDS.search(name) or name.lower().startswith("the "):
        kind = "Organization"
    else:
        kind = "Person"
    return {"@type": kind, "name": name}


def summarize(text: str, limit: int = SUMMARY_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def _date(iso: str) -> str:
    return iso[:10]


def review_for(row: ClaimRow, doc: Document, judged: Annotation) -> dict[str, Any]:
    verdict = judged.verdict or ""
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": verdict,
        "name": VERDICT_LABELS.get(verdict, verdict),
        "worstRating": WORST_RATING,
        "bestRating": BEST_RATING,
    }
    if verdict in RATING_VALUES:
        rating["ratingValue"] = RATING_VALUES[verdict]
    if judged.note:
        rating["ratingExplanation"] = judged.note

    appearance: dict[str, Any] = {"@type": "Article"}
    if doc.title:
        appearance["headline"] = doc.title
    url = document_url(doc)
    if url:
        appearance["url"] = url
    if doc.meta.get("date"):
        appearance["datePublished"] = doc.meta["date"]

    item: dict[str, Any] = {"@type": "Claim", "text": row.quote}
    author = speaker_author(row.claim.speaker if row.claim else None)
    if author:
        item["author"] = author
    if doc.meta.get("date"):
        item["datePublished"] = doc.meta["date"]
    item["appearance"] = appearance

    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": summarize(row.quote),
        "reviewRating": rating,
        "itemReviewed": item,
        "datePublished": _date(judged.modified),
    }
    if doc.meta.get("review_url"):
        review["url"] = doc.meta["review_url"]
    if doc.meta.get("reviewer"):
        review["author"] = {"@type": "Organization", "name": doc.meta["reviewer"]}
    elif judged.verdict_by:
        review["author"] = {"@type": "Person", "name": judged.verdict_by}
    if judged.evidence:
        review["citation"] = [citation(source) for source in judged.evidence]
    if judged.note:
        review["reviewBody"] = judged.note
    return review


def citation(source: str) -> dict[str, Any]:
    """A source the verdict rests on: a CreativeWork by its url when it is a link, else by its name."""
    if source.startswith(("http://", "https://")) and " " not in source.strip():
        return {"@type": "CreativeWork", "url": source.strip()}
    return {"@type": "CreativeWork", "name": source}


def to_claimreviews(doc: Document, claims: list[Claim], annotations: list[Annotation]) -> dict[str, Any]:
    reviews = []
    for row in link(claims, annotations):
        judged = row.verdict_annotation
        if judged is not None and not judged.is_orphan:
            reviews.append(review_for(row, doc, judged))
    return {"@context": SCHEMA_CONTEXT, "@graph": reviews}


def export_claimreview(doc: Document, claims: list[Claim], annotations: list[Annotation]) -> str:
    return json_text(to_claimreviews(doc, claims, annotations), indent=2) + "\n"
