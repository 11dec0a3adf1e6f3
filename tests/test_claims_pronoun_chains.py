"""A 'he' whose sentence opens with the same pronoun is the subject of the sentence before, not a name inside that
sentence's clause, and a quotation closed with an opening mark by mistake still has its cue. The sentences are written for
these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims

_TEXT = ("Ann Lee answered the council, noting that Tom Baker of the Herald had reported last spring that her farm was failing. "
         "She agreed, she said, that the farm was small.\n\n"
         "“Small is fine,“ she said. “We grow more every year.”")


def test_a_pronoun_opening_its_sentence_again_is_the_subject_before() -> None:
    rows = {c.quote: c for c in _claims(_TEXT)}
    agreed = rows["the farm was small"]
    assert agreed.speaker == "Ann Lee" and "speaker.previous-subject" in agreed.speaker_rules
    # the quotes of the next paragraph go on with her, the first framed by its own cue
    assert (rows["Small is fine,"].speaker, rows["Small is fine,"].cue) == ("Ann Lee", "said")
    assert rows["We grow more every year."].speaker == "Ann Lee"


def test_an_opening_mark_typed_for_the_closer_still_closes_before_the_cue() -> None:
    c = _claims("Tom Baker spoke first. “We lost,“ said Ann Lee.")[-1]
    assert (c.quote, c.speaker, c.cue) == ("We lost,", "Ann Lee", "said")


def test_a_he_after_an_unnamed_spokesman_for_a_body_is_the_spokesman() -> None:
    cs = _claims("A spokesman for the ministry said the talks would resume. He added that no date had been set.")
    assert [(c.quote, c.speaker) for c in cs] == [("the talks would resume", "A spokesman for the ministry"),
                                                  ("no date had been set", "A spokesman for the ministry")]
