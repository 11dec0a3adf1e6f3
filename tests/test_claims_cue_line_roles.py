"""A cue line whose subject is a role and a name after 'the' ('The blogger Tom Baker shared his observations:') hands
the post below it to the name, as a line that opens on the name does. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims

_POST = "The mill has closed, and the farmers have left the valley."


def _post_speaker(line: str) -> str | None:
    claims = _claims(f"{line}\n\n{_POST}")
    return next(c.speaker for c in claims if c.quote.startswith("The mill has closed"))


def test_a_role_and_a_name_after_the_article_name_the_writer() -> None:
    assert _post_speaker("The blogger Tom Baker shared his observations:") == "Tom Baker"
    assert _post_speaker("The journalist Ann Lee described the scene:") == "Ann Lee"


def test_a_role_with_no_name_names_nobody() -> None:
    assert _post_speaker("The blogger shared his observations:") is None
