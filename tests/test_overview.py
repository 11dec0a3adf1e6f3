"""Typed jumps and the speakers overview on the seed article's real claims."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import load_document
from reader.core.session.overview import next_claim, speakers
from tests.conftest import SEED


def test_jumps_visit_quotes_in_order_and_wrap() -> None:
    claims = extract_claims(load_document(str(SEED)))
    quotes = [i for i, c in enumerate(claims) if c.kind == "quote"]
    seen, offset = [], 0
    for _ in range(len(quotes) + 1):
        i = next_claim(claims, offset, 1, "quote")
        seen.append(i)
        offset = claims[i].span.start
    assert seen == quotes + quotes[:1]
    assert next_claim(claims, claims[quotes[1]].span.start, -1, "quote") == quotes[0]
    assert next_claim(claims, 0, -1, "quote") == quotes[-1]


def test_unreviewed_skips_claims_with_a_verdict() -> None:
    claims = extract_claims(load_document(str(SEED)))
    assert next_claim(claims, -1, 1, "unreviewed", reviewed={0, 1}) == 2
    assert next_claim(claims, -1, 1, "unreviewed", reviewed=set(range(len(claims)))) is None


def test_speakers_overview_resolves_roles_and_outlets() -> None:
    claims = extract_claims(load_document(str(SEED)))
    people = {s.name: s for s in speakers(claims)}
    peskov = people["Dmitry Peskov"]
    assert len(peskov.claims) == 2 and any("spokesman" in r for r in peskov.roles)
    assert any("CNN" in v for v in peskov.vias)
    ribakova = people["Elina Ribakova"]
    assert len(ribakova.claims) == 3 and any("Guardian" in v for v in ribakova.vias)
