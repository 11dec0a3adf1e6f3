"""A quote inside a sentence of the article's own that names its own subject ('Acme branded the plan an “outlaw
scheme.”') takes no speaker from another quote or paragraph. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in _claims(text)}


def test_a_partial_quote_in_a_sentence_naming_someone_else_is_not_carried() -> None:
    speakers = _speakers("“The plan is a disaster,” said Ann Lee.\n\nAcme branded the plan an “outlaw scheme in the valley.”")
    assert speakers["The plan is a disaster,"] == "Ann Lee"
    assert speakers["outlaw scheme in the valley."] is None


def test_a_partial_quote_in_a_sentence_naming_the_speaker_keeps_her() -> None:
    speakers = _speakers("“The plan is a disaster,” said Ann Lee.\n\nLee branded the plan an “outlaw scheme in the valley.”")
    assert speakers["outlaw scheme in the valley."] == "Ann Lee"
