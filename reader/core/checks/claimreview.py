"""schema.org ClaimReview in, as fact-checkers publish it.

Shapes met in the wild, all read: one ClaimReview object; a list of them; JSON-LD `@graph` (our own
export, reader/core/exchange/claimreview.py); the `DataFeed` that public feeds ship
(`dataFeedElement[].item[]`, an item being one review or a list); ItemList wrappers; JSON Lines. Any field may
be missing, a string where an object was expected, or a list where one value was: we take what is usable
and skip a review only when it has no claim text at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader.core.checks.record import KnownCheck, make_check

MAX_DEPTH = 12
"""Wrappers we descend through; real feeds nest three or four deep."""
ELLIPSES = ("…", "...")


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", node.get("type"))
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def iter_reviews(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every ClaimReview object inside `data`, in document order."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from iter_reviews(item, depth + 1)
        return
    if not isinstance(data, dict):
        return
    if "ClaimReview" in _types(data) or ("claimReviewed" in data and "@type" not in data):
        yield data
        return
    for wrapper in ("@graph", "dataFeedElement", "item", "itemListElement", "mainEntity", "hasPart"):
        if wrapper in data:
            yield from iter_reviews(data[wrapper], depth + 1)


def _first(value: Any) -> Any:
    while isinstance(value, list):
        value = value[0] if value else None
    return value


def _name(value: Any) -> str:
    """A Person/Organization's name, or the value itself when a feed gives a bare string."""
    value = _first(value)
    if isinstance(value, dict):
        return _name(value.get("name") or value.get("alternateName") or value.get("legalName"))
    return value if isinstance(value, str) else ""


def _url(value: Any) -> str:
    value = _first(value)
    if isinstance(value, dict):
        return _url(value.get("url") or value.get("@id") or value.get("sameAs"))
    return value if isinstance(value, str) else ""


def _rating(value: Any) -> str:
    """The verdict in words: alternateName (what Google and Meedan Check read), name, else value/best."""
    value = _first(value)
    if isinstance(value, str):
        return value
    if not isinstance(value, dict):
        return ""
    for field in ("alternateName", "name"):
        words = _first(value.get(field))
        if isinstance(words, str) and words.strip():
            return words
    number = value.get("ratingValue")
    if isinstance(number, int | float | str) and not isinstance(number, bool) and str(number).strip():
        best = value.get("bestRating")
        return f"{number}/{best}" if isinstance(best, int | float | str) and not isinstance(best, bool) else str(number)
    return ""


def _claim_text(review: dict[str, Any], item: dict[str, Any]) -> Any:
    """claimReviewed; the item's full text when claimReviewed is missing or a shortened summary (ours is)."""
    summary = _first(review.get("claimReviewed"))
    full = _first(item.get("text"))
    if isinstance(full, str) and full.strip():
        if not isinstance(summary, str) or not summary.strip():
            return full
        cut = summary.rstrip()
        if cut.endswith(ELLIPSES) and full.startswith(cut.rstrip(".…").rstrip()[:40]):
            return full
    return summary


def review_check(review: dict[str, Any], source: str = "") -> KnownCheck | None:
    item = _first(review.get("itemReviewed"))
    item = item if isinstance(item, dict) else {}
    appearance = _url(item.get("appearance")) or _url(item.get("firstAppearance")) or _url(item.get("url"))
    return make_check(
        claim=_claim_text(review, item),
        rating=_rating(review.get("reviewRating")),
        url=_url(review.get("url")) or _url(review.get("@id")),
        reviewer=_name(review.get("author")) or _name(review.get("publisher")),
        date=_first(review.get("datePublished")) or _first(review.get("dateCreated")),
        title=_first(review.get("name")) or _first(review.get("headline")),
        claimant=_name(item.get("author")),
        appearance=appearance,
        source=source,
    )


def checks_from_json(data: Any, source: str = "") -> tuple[list[KnownCheck], int]:
    """(the checks found, how many reviews were skipped for having no claim text)."""
    checks, skipped = [], 0
    for review in iter_reviews(data):
        check = review_check(review, source)
        if check is None:
            skipped += 1
        else:
            checks.append(check)
    return checks, skipped
