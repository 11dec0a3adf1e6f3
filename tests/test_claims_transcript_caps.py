"""A broadcast transcript quoted in an article, its turns labelled with names in capitals ('"PENCE: …'): each turn is
its speaker's, the speaker resolved to the person the article named; an ordinary article's 'UPDATE:' is no turn."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

_TRANSCRIPT = (
    "Mike Pence spoke to Chris Wallace on Sunday. Partial transcript as follows:\n\n"
    "\"WALLACE: The debate starts tomorrow night. Why would Trump do that?\n\n"
    "\"PENCE: Well, look, the campaign wants a serious debate. Donald Trump will rebuild the military.\n\n"
    "\"WALLACE: If I may, sir. Will she be there?\n\n"
    "\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n"
    "\"JOHN SMITH: The ratings doubled last year.\n"
)


def test_each_turn_is_its_labels_speaker() -> None:
    by_quote = {c.quote: c for c in extract_claims(from_text(_TRANSCRIPT, "t"))}
    assert by_quote["Gennifer Flowers will not be attending the debate tomorrow night"].speaker == "Mike Pence"
    assert by_quote["Donald Trump will rebuild the military"].speaker == "Mike Pence"
    assert by_quote["The debate starts tomorrow night"].speaker == "Chris Wallace"
    assert by_quote["The ratings doubled last year"].speaker == "John Smith"  # a name never given: the label, not in capitals
    assert "speaker.interview-turn" in by_quote["Donald Trump will rebuild the military"].speaker_rules


def test_one_label_in_capitals_is_no_transcript() -> None:
    text = "UPDATE: The ministry said the bridge would reopen.\n\nThe bridge closed in May. Engineers inspected it twice.\n"
    assert [(c.quote, c.speaker) for c in extract_claims(from_text(text, "t"))][0] == ("the bridge would reopen", "The ministry")
