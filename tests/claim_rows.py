"""A plain text's claims, and their (quote, speaker, via) rows: what the tests of single shapes of news compare."""

from __future__ import annotations

from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import from_text


def claims_of(text: str) -> list[Claim]:
    return extract_claims(from_text(text, "t"))


def rows_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.quote, c.speaker, c.via) for c in claims_of(text)]
