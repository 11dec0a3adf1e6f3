"""Speaker confidence and abstention (confidence.py): a wrong name costs more than an empty one."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text, load_document
from tests.conftest import SAMPLES


def _doc(name: str):  # noqa: ANN202
    return extract_claims(load_document(str(SAMPLES / name)))


def test_every_claim_with_a_speaker_has_a_confidence() -> None:
    for c in _doc("execution-squads.txt"):
        assert (c.speaker_confidence is not None) == (c.speaker is not None or bool(c.speaker_candidates))
        out = c.to_json()
        assert "speaker_confidence" in out and "speaker_candidates" in out


def test_a_name_in_the_claims_own_sentence_is_sure() -> None:
    """execution-squads: 'Elina Ribakova, deputy chief economist for the IIF, told the Guardian that C'."""
    c = next(c for c in _doc("execution-squads.txt") if c.quote.startswith("Russia’s isolation"))
    assert c.speaker == "Elina Ribakova" and c.speaker_confidence is not None and c.speaker_confidence >= 0.9


def test_a_pronoun_with_other_people_in_reach_abstains() -> None:
    """'He claimed to have evidence' after a sentence whose subject is no person: the rules resolve 'He' to the last
    person quoted, a paragraph before; with two other people named in the sentence before, no name is better than
    that one. (campaign-trail-oct-2020's own case, '… partner Tony Bobulinski held a press conference … He claimed',
    now finds Bobulinski as the subject of the sentence before: speaker.previous-subject.)"""
    text = ("Title\n\nJoe Biden said the deals were legal. Tony Bobulinski said Biden knew about them.\n\n"
            "Donald Trump said the economy was strong.\n\nThe meeting between Joe Biden and Tony Bobulinski took place in a "
            "hotel. He claimed to have evidence supporting the claim.")
    c = next(c for c in extract_claims(from_text(text)) if "to have evidence supporting the claim" in c.quote)
    assert c.speaker is None and c.speaker_confidence is not None and c.speaker_confidence < 0.5
    assert "Tony Bobulinski" in c.speaker_candidates
    assert c.speaker_span is not None  # the mention "He" of its own sentence stays
    assert c.speaker_label() == "speaker unclear (" + " or ".join(c.speaker_candidates[:3]) + ")"


def test_a_carried_quote_with_a_new_person_named_abstains() -> None:
    """A quote paragraph without a cue keeps the speaker of the quote before it, unless somebody else is named
    between them: then the claim lists both instead of guessing."""
    text = ("Title\n\nThe study's lead author, Ann Reyes, said, “We modeled how pollutants travel.”\n\n"
            "The deaths were stratified by race.\n\n"
            "Another co-author, civil engineering professor Tom Marsh of the institute, a long-time critic, "
            "who was not at the briefing, added, “We have seen this before.”\n\n"
            "“These results can help governments make better decisions.”\n")
    claims = extract_claims(from_text(text))
    last = claims[-1]
    assert last.quote.startswith("These results")
    assert last.speaker in (None, "Tom Marsh")
    if last.speaker is None:
        assert set(last.speaker_candidates) >= {"Tom Marsh"}


def test_interview_answers_are_sure_of_their_speaker() -> None:
    answers = [c for c in _doc("neanderthal-tools-interview.txt") if c.speaker == "Naomi Martisius"]
    assert answers and all((c.speaker_confidence or 0) >= 0.85 for c in answers)


def test_a_pronoun_nobody_resolved_is_no_name() -> None:
    """'she' left unresolved is shown as "speaker unclear (she)", never as a name; 'WHO' is no pronoun."""
    claims = extract_claims(from_text("Title\n\nClinton spoke about terrorism. “But we will not defeat it with closed eyes,” "
                                      "she said.\n"))
    quote = next(c for c in claims if c.kind == "quote")
    assert quote.speaker is None and quote.speaker_candidates == ("she",) and quote.cue == "said"
    who = [c for c in _doc("who-pandemic-declared.txt") if c.speaker in ("WHO", "World Health Organization (WHO)")]
    assert who and all(c.speaker_span and c.speaker_span.end - c.speaker_span.start == 3 for c in who)  # 'WHO', spelled out


def test_a_quote_that_runs_on_over_paragraphs_keeps_its_speaker() -> None:
    # news opens each paragraph of a long quote with a quote mark and closes only the last: one speaker throughout
    head = "Title\n\nTom Baker, the mayor, spoke on Monday.\n\n“We have no money,” Baker said.\n\n“The roads are broken. We need help."
    claims = extract_claims(from_text(head + "\n\n“Nobody listens to us.”\n"))
    last = [c for c in claims if c.quote.startswith("Nobody")][0]
    assert (last.speaker, last.speaker_confidence) == ("Tom Baker", 0.7)
    # a quote closed before the next paragraph's: that one is a guess two paragraphs on, so nobody is named
    claims = extract_claims(from_text(head + "”\n\n“Nobody listens to us.”\n"))
    last = [c for c in claims if c.quote.startswith("Nobody")][0]
    assert last.speaker is None and last.speaker_candidates == ("Tom Baker",)
