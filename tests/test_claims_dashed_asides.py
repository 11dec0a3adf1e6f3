"""An aside set off by dashes after 'according to X' describes X ('According to the farmers — a local group — C'); one
set off by commas does when its head is a role or a body. A dash after a closing 'according to X' opens the writer's
aside, no part of the claim. A cue line that quotes a person named after the verb hands the post to that person. The
sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_an_aside_in_dashes_after_according_to_is_no_content() -> None:
    for text in ("According to the farmers — a local group — the mill will close.",
                 "According to the farmers - a local group - the mill will close.",
                 "According to the farmers, a local group, the mill will close."):
        [c] = _claims(text)
        assert (c.cue, c.speaker_span is not None, c.quote) == ("according to", True, "the mill will close"), text


def test_a_dash_after_a_closing_according_to_opens_the_writers_aside() -> None:
    claims = _claims("The mill will close, according to the farmers — and they should know.")
    said = next(c for c in claims if c.cue == "according to")
    assert said.quote == "The mill will close"
    assert not any(c.cue and "should know" in c.quote for c in claims)


def test_a_cue_line_that_quotes_a_person_hands_the_post_to_them() -> None:
    text = ("Ann Lee - who believes that “the mill is worth saving” - quoted from the May 2 Herald interview with miller "
            "and farmer Tom Baker, who opposes the sale:\n\nThis mill is the biggest in the valley. It has to stay open.\n\n"
            "The union said it would meet.")
    claims = _claims(text)
    post = [c for c in claims if c.quote.startswith(("This mill", "It has to"))]
    assert [(c.speaker, c.role) for c in post] == [("Tom Baker", "miller and farmer")] * 2
    own = next(c for c in claims if "worth saving" in c.quote)
    assert own.speaker == "Ann Lee"


def test_a_cue_line_that_shares_a_text_hands_the_post_to_its_writer() -> None:
    text = ("Another blogger residing in Leeds shared an article written by Tom Baker on his wall:\n\n"
            "The mill is closing. It has to stay open.\n\nThe union said it would meet.")
    post = [c for c in _claims(text) if c.quote.startswith(("The mill", "It has to"))]
    assert [c.speaker for c in post] == ["Tom Baker", "Tom Baker"]


def test_a_participle_after_blogger_is_no_user_name() -> None:
    text = "Another blogger residing in Leeds wrote on his wall:\n\nThe mill is closing.\n\nThe union said it would meet."
    [post] = [c for c in _claims(text) if c.quote.startswith("The mill")]
    assert post.speaker != "residing"


def test_a_participle_with_its_agent_between_dashes_describes_the_subject() -> None:
    for text in ("The farmers — helped by the union — said that the mill should close.",
                 "The farmers - backed by the union - said that the mill should close."):
        [c] = _claims(text)
        assert (c.speaker, c.quote) == ("The farmers", "the mill should close"), text
