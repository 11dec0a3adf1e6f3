"""A document as the grammatical speaker: the body that issued it speaks, the document is the `via`."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import load_document

ROOT = Path(__file__).resolve().parent.parent


def _claims(name: str) -> list[Claim]:
    return extract_claims(load_document(str(ROOT / "sample_articles" / f"{name}.txt")))


def _find(claims: list[Claim], words: str) -> Claim:
    found = [c for c in claims if words in c.quote]
    assert len(found) == 1, [c.quote for c in claims]
    return found[0]


def test_an_owned_notice_is_its_owners_words() -> None:
    cl = _claims("youtube-dl-dmca")
    c = _find(cl, "circumvent the technological protection measures")  # "RIAA's DMCA notice alleged …"
    assert (c.speaker, c.via) == ("RIAA", "RIAA's DMCA notice")
    assert "speaker.owned-channel" in c.speaker_rules


def test_an_owned_notice_published_by_another_stays_its_owners() -> None:
    c = _find(_claims("youtube-dl-dmca"), "1201 Circumvention")  # "RIAA's notice published by GitHub reads …"
    assert (c.speaker, c.via) == ("RIAA", "RIAA's notice")


def test_a_poll_published_by_an_outlet_is_the_outlets() -> None:
    c = _find(_claims("house-subpoena-ukraine"), "over 220 members")  # "According to a poll published by NBC News …"
    assert (c.speaker, c.via) == ("NBC News", "a poll")
    assert "speaker.channel-of" in c.speaker_rules


def test_a_source_that_put_out_findings_speaks_through_them() -> None:
    c = _find(_claims("coronavirus-underreported"), "may considerably exceed 1000")  # "… posted findings estimating …"
    assert (c.speaker, c.via) == ("researchers at Imperial College London", "findings")
    assert "speaker.put-out-channel" in c.speaker_rules


def test_an_issuer_named_before_its_statement_is_the_source() -> None:
    c = _find(_claims("bontddu-hall-fire"), "Resources sent included")  # "… according to a fire service statement"
    assert (c.speaker, c.via) == ("fire service", "a fire service statement")
    assert "speaker.channel-adjunct" in c.speaker_rules
