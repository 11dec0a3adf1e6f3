"""A quotation that goes on after a cue whose verb is no core cue ('“A,” she joked, “B.”'). The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.quote, c.speaker, c.cue) for c in _claims(text) if c.kind == "quote"]


def test_a_quotation_that_goes_on_after_any_verb_of_speech_is_the_speakers_in_both_parts() -> None:
    rows = _quotes("Tom Baker spoke first.\n\n“We lost the vote,” Ann Lee conceded, “but the mill is ours.”")
    assert rows == [("We lost the vote,", "Ann Lee", "conceded"), ("but the mill is ours.", "Ann Lee", "conceded")]
    # the verb before its subject, straight marks, a hearer between the verb and the comma
    rows = _quotes("“We lost the vote,” joked Ann Lee, “but the mill is ours.”")
    assert [(q, s) for q, s, _ in rows] == [("We lost the vote,", "Ann Lee"), ("but the mill is ours.", "Ann Lee")]
    rows = _quotes('"We lost the vote," Ann Lee shouted to reporters, "but the mill is ours. We will sell it."')
    assert {s for _, s, _ in rows} == {"Ann Lee"} and len(rows) == 3


def test_a_quotation_that_goes_on_after_a_clause_is_no_frame() -> None:
    # the verb after the quote is the sentence's own, not a cue: no speaker for the quoted name
    cs = _claims("“The Mill,” a film that Ann Lee made, opened in May, “to rave reviews.”")
    assert all(c.speaker != "Ann Lee" for c in cs)


def test_a_plural_noun_after_a_quoted_label_is_no_inverted_cue() -> None:
    cs = _claims("The mill was closed. “No entry” signs hung on the gate.")
    assert all(c.speaker is None for c in cs)
    # a verb in -s that reports still inverts
    assert _quotes("“Where will the flour go?” asks Tom Baker, a miller. “Nobody knows.”")[-1][1] == "Tom Baker"
