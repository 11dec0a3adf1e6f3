"""Names beside roles and relative clauses: '“Q,” said its leader, Ann Lee.' names the person with the role; a name before
a sentence's full stop keeps no stop; 'criticism from Lee, who called …' shows the full name the text wrote before; and a
cue with nothing after it ('a claim the company denies') makes no claim; the comma in '3,000' sets nothing off. The
sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims

_INTRO = "Tom Baker is a farmer. Ann Lee runs the mill.\n\nThe union met on Monday. "


def test_an_owned_role_then_a_name_after_an_inverted_cue() -> None:
    c = _claims(_INTRO + "“This is a great day,” said its leader, Ann Lee.")[-1]
    assert (c.quote, c.speaker, c.role) == ("This is a great day,", "Ann Lee", "its leader")
    # an owned role alone stays a description
    c = _claims("The union met on Monday. “This is a great day,” said its chairman.")[-1]
    assert (c.quote, c.speaker, c.role) == ("This is a great day,", "its chairman", None)


def test_a_name_before_the_full_stop_ends_before_it() -> None:
    text = "The union met on Monday. “This is a great day,” said union leader Ann Lee."
    c = _claims(text)[-1]
    assert c.speaker_span is not None
    assert (text[c.speaker_span.start : c.speaker_span.end], c.role) == ("Ann Lee", "union leader")
    # an initial or 'Jr.' keeps its stop
    c = _claims("The union met on Monday. “This is a great day,” said union leader Ann B. Lee Jr.")[-1]
    assert c.speaker == "Ann B. Lee Jr."


def test_a_relative_clauses_antecedent_shows_the_full_name_written_before() -> None:
    c = _claims(_INTRO + "Baker’s remarks drew criticism from Lee, who called them “shameful.”")[-1]
    assert (c.quote, c.speaker) == ("shameful.", "Ann Lee")


def test_a_cue_with_nothing_after_it_makes_no_claim() -> None:
    cs = _claims("The union claims the mill is profitable, a claim the company denies.")
    assert [(c.speaker, c.cue) for c in cs] == [("The union", "claims")]


def test_a_participles_phrase_ending_in_a_quotation_sets_the_subject_off() -> None:
    for text in ("Tom Baker, citing “the old pride of the town,” said the mill could be competitive.",
                 "Tom Baker, calling the plan “a disaster,” said the mill could be competitive."):
        c = _claims(text)[-1]
        assert (c.quote, c.speaker, c.cue) == ("the mill could be competitive", "Tom Baker", "said")


def test_an_aside_between_two_hyphens_reads_as_one_between_dashes() -> None:
    c = _claims("The old miller -- Tom Baker, who sold the mill in 1990 -- said the plan failed.")[-1]
    assert (c.quote, c.speaker, c.role) == ("the plan failed", "Tom Baker", "The old miller")


def test_a_negated_passive_is_no_cue() -> None:
    cs = _claims("The terms were not disclosed, as the bank asked.")
    assert [(c.speaker, c.cue) for c in cs] == [(None, None)]


def test_a_channel_set_off_by_commas_is_the_via() -> None:
    for text, via in (("Ann Lee's lawyer, in a statement, said she would appeal.", "statement"),
                      ("Ann Lee, through her lawyer, said she would appeal.", "her lawyer")):
        c = _claims(text)[0]
        assert (c.quote, c.via, c.role) == ("she would appeal", via, None), text


def test_a_number_with_a_thousands_comma_sets_off_no_apposition() -> None:
    for text, who in (("The union, which represents 3,000 farmers, said the price was too low.", "The union"),
                      ("Acme, which employs 12,500 people, said the mill was safe.", "Acme")):
        [c] = _claims(text)
        assert (c.speaker, c.role, c.kind) == (who, None, "attribution"), text  # not 'represents 3', role '000 farmers'


def test_a_counted_noun_phrase_before_a_relative_clause_is_the_subject() -> None:
    for text, who in (("Two of the farmers, who asked not to be named, said the price was too low.", "Two of the farmers"),
                      ("Some millers, who lost their contracts, said the price was too low.", "Some millers")):
        [c] = _claims(text)
        assert (c.speaker, c.kind, c.cue) == (who, "attribution", "said"), text  # not a statistic of the whole sentence


def test_two_names_with_a_shared_apposition_are_both_the_speaker() -> None:
    [c] = _claims("Ann Lee and Tom Baker, both farmers, said the price was too low.")
    assert (c.speaker, c.role) == ("Ann Lee and Tom Baker", "both farmers")  # not Tom Baker alone


def test_a_quantifier_opening_a_group_is_no_part_of_a_name() -> None:
    for text, who in (("Some Acme workers said the mill had closed.", "Some Acme workers"),
                      ("Farmers and millers almost unanimously expressed outrage over the price.", "Farmers and millers")):
        [c] = _claims(text)
        assert c.speaker == who, text  # not 'Some Acme' taken for a person, nor 'millers almost'


def test_a_short_participle_after_the_subject_is_no_verb_of_its_own() -> None:
    [c] = _claims("Farmers going to the market on Tuesday said they support the new price.")
    assert (c.speaker, c.cue) == ("Farmers", "said")  # 'going' as 'trying' is: a phrase about the farmers


def test_a_group_described_by_a_participle_and_its_members_is_the_subject() -> None:
    [c] = _claims("Farmers interviewed at markets this week, including Tom Baker, said they had no problem with the price.")
    assert (c.speaker, c.cue) == ("Farmers", "said")  # the farmers, not the members named, nor no frame at all


def test_a_noun_phrase_with_its_places_before_a_participle_is_the_subject() -> None:
    [c] = _claims("Owners of mills in two valleys hoping to keep them open said the price was too low.")
    assert (c.speaker, c.cue) == ("Owners of mills in two valleys", "said")
