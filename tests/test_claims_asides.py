"""Asides and negations around a cue in news prose: a party-and-state bracket after a politician's name, a lead-in
phrase before a name with its relative clause, and negated auxiliaries ('couldn't', 'isn't'), which are verbs, never
part of a name. The shapes are common in US political reporting (PolNeAR, whose text cannot be committed); the sentences
here are short ones of the same shape, and one paragraph is a news key's (tests/gold/news, CC BY 3.0)."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text
from tests.test_claims_news_cues import _news

TITLE = "Congress: a vote\n\n"


def _claims(s: str) -> list:
    return extract_claims(from_text(TITLE + s + "\n", "post.txt"))


def test_party_and_state_after_an_inverted_cues_source_is_no_claim_and_no_cut() -> None:
    cl = _claims("“The vote is on Tuesday,” said Rep. Ann Lee (D-Va.) at the time.")
    assert [(c.kind, c.speaker, c.cue) for c in cl] == [("quote", "Ann Lee", "said")]  # not 'Rep', no '(D-Va.) at the time' claim


def test_role_after_the_party_and_state_bracket_is_the_sources_role() -> None:
    cl = _claims("“The vote is on Tuesday,” said Rep. Ann Lee (D-Va.), the assistant leader of the caucus.")
    assert [(c.speaker, c.role) for c in cl] == [("Ann Lee", "the assistant leader of the caucus")]


def test_name_with_bracket_and_relative_clause_after_a_lead_in_phrase_is_the_subject() -> None:
    cl = _claims("Speaking later on the same show, Sen. Ann Lee (D-Mo.), who has endorsed Clinton, said the bill would pass.")
    c = next(c for c in cl if c.quote == "the bill would pass")
    assert (c.speaker, c.cue, c.kind) == ("Ann Lee", "said", "attribution")


def test_names_apposed_to_a_noun_phrase_are_not_cut_from_it() -> None:
    # '<Organisation> and its head, <Name>, who …, asked': the organisation shares the subject, the relative-names rule
    # does not take the name alone (the phrase before it is no lead-in)
    cl = _news("gv-spain-barcelona-ecb-siege", "The European Central Bank (ECB) and its head")
    assert not [c for c in cl if c.speaker == "Mario Draghi"]


def test_a_negated_verb_is_no_word_of_a_name() -> None:
    cl = _claims("Her office said the former diplomat couldn't recall the dinner.")
    assert [(c.speaker, c.cue, c.quote) for c in cl] == [("Her office", "said", "the former diplomat couldn't recall the dinner")]


def test_a_negated_verb_makes_no_inverted_source() -> None:
    # 'C, said X' read backwards: the clause after the cue has a verb, so it is no source, and never the speaker
    cl = _claims("Her office, when contacted by a newspaper, said the diplomat couldn't recall the dinner.")
    assert not [c for c in cl if c.speaker and "recall" in c.speaker]


def test_negated_auxiliary_before_a_cue_leaves_the_name_alone() -> None:
    cl = _claims("The attorney general isn't saying if the foundation broke any laws.")
    c = next(c for c in cl if c.cue)
    assert (c.speaker, c.cue) == ("The attorney general", "isn't saying")  # the cue keeps its negation (cue.negated)


def test_a_stance_inside_a_reported_clause_is_what_the_outer_source_said() -> None:
    # frame.nested-stance, on the sample article's sentence: the whole clause is La Riva's, with her cue
    cl = _claims("La Riva said she fully opposed charter schools.")
    assert [(c.speaker, c.cue, c.quote) for c in cl] == [("La Riva", "said", "she fully opposed charter schools")]
    assert "frame.nested-stance" in cl[0].rules


def test_a_memory_verb_inside_a_reported_clause_is_no_frame_of_its_own() -> None:
    cl = _claims("Her office said the former diplomat did not recall the dinner.")
    assert [(c.speaker, c.cue) for c in cl] == [("Her office", "said")]


def test_a_statement_passed_on_keeps_its_maker_as_the_source() -> None:
    # a verb of speech inside the clause is not nested: the inner subject made the statement, the outer passed it on
    cl = _claims("Fox News reported two law enforcement sources confirmed the probe.")
    c = next(c for c in cl if "probe" in c.quote)
    assert c.speaker == "two law enforcement sources" and c.via == "Fox News"


def test_a_place_after_the_cue_is_no_content() -> None:
    # content.place-after-cue: 'in Paris' says where it was said; the clause before the cue is the content
    cl = _claims("The plan is dead, Mr. Lee said Tuesday in Paris, noting the talks had failed.")
    assert [(c.speaker, c.cue, c.quote) for c in cl] == [("Lee", "said", "The plan is dead"),
                                                        ("Lee", "noting", "the talks had failed")]
    cl = _claims("Ms. Lee said Sunday in Madison, Wisconsin, that she was hoping for a large turnout.")
    assert [c.quote for c in cl] == ["she was hoping for a large turnout"]


def test_a_place_phrase_that_runs_into_the_content_is_content() -> None:
    # the name must end its phrase: 'in Washington officials were worried' is what was said
    cl = _claims("Mr. Lee said in Washington officials were worried.")
    assert [c.quote for c in cl] == ["in Washington officials were worried"]


def test_an_object_pronoun_or_a_reporter_after_told_is_the_hearer() -> None:
    cl = _claims("One delegate, Ann Lee, told a reporter she was leaning toward the senator.")
    assert [(c.speaker, c.quote) for c in cl] == [("Ann Lee", "she was leaning toward the senator")]
    assert [c.quote for c in _claims("Mr. Lee told him the plan was dead.")] == ["the plan was dead"]
    assert [c.quote for c in _claims("Mr. Lee told them to leave.")] == ["them to leave"]  # an order: 'them' is no hearer here


def test_content_before_told_her_is_the_content() -> None:
    cl = _claims("Her husband was free and would soon be coming home, the president told her.")
    assert [(c.speaker, c.quote) for c in cl] == [("the president", "Her husband was free and would soon be coming home")]


def test_a_state_after_a_town_is_no_persons_name() -> None:
    # 'A woman in <Town>, <State>, told': the state is where she lives, not a name apposed to her
    cl = _claims("A woman in Worcester, Massachusetts, told him she worries he is too nice.")
    assert [c.speaker for c in cl] == ["A woman in Worcester, Massachusetts"]
    cl = _claims("A woman in Ohio, Jane Smith, told him she worries he is too nice.")
    assert [c.speaker for c in cl] == ["Jane Smith"]


def test_a_negated_passive_is_still_a_passive() -> None:
    # 'wasn't called to testify': a negated 'be' before a participle is the passive, not the cue 'called'
    cl = _claims("The witness said he wasn't called to testify.")
    assert [(c.speaker, c.cue, c.quote) for c in cl] == [("The witness", "said", "he wasn't called to testify")]


def test_a_verb_clipped_onto_a_pronoun_is_no_name() -> None:
    # a tweet on a news key's page: 'I've just' is no speaker of 'said goodbye'
    cl = _claims("I can't believe that I've just said goodbye to the delegation!")
    assert not [c for c in cl if c.speaker and "I've" in c.speaker]


def test_a_sources_date_after_it_is_no_part_of_its_name() -> None:
    cl = _claims("A University of New Hampshire poll out this week shows the governor with an 8-point lead.")
    assert [(c.speaker, c.cue) for c in cl] == [("A University of New Hampshire poll", "shows")]
    cl = _claims("A new batch of emails released this week showed the close ties between the two offices.")
    assert [(c.speaker, c.cue) for c in cl] == [("A new batch of emails", "showed")]


def test_even_before_a_subject_is_a_focus_word() -> None:
    cl = _claims("Even the organizer of the rally said the rules increased the chance of violence.")
    assert [(c.speaker, c.cue) for c in cl] == [("the organizer of the rally", "said")]
    cl = _claims("Even so, Mr. Lee said the rules were fine.")
    assert [(c.speaker, c.cue) for c in cl] == [("Lee", "said")]


def test_a_cue_word_before_a_negated_or_modal_verb_is_a_noun() -> None:
    # veto.noun-before-verb: 'the Gulf states haven't been able to agree' (a news key's tweet); 'states' is no cue there
    cl = _news("gv-gulf-union-concern", "For nine years the Gulf states")
    assert not [c for c in cl if c.cue == "states"]
    cl = _claims("The report states that the plan failed.")
    assert [c.cue for c in cl] == ["states"]


def test_a_clause_taken_for_a_source_names_no_one() -> None:
    from reader.core.claims.stages.speakers.mention_shape import no_mention

    assert no_mention("Trump fired back a response") and no_mention("Sanders started out their ninth debate")
    assert no_mention("She resigned from the paper on March 14") and no_mention("I felt just really helpless")
    # a common noun with a participle is a noun phrase; so is a count
    assert not no_mention("People briefed on the move") and not no_mention("Research conducted for the center")
    assert not no_mention("One captured Russian serviceman") and not no_mention("a lawsuit filed in Manhattan")


def test_a_quote_set_off_by_dashes_is_the_cues_and_the_clauses_around_it_the_writers() -> None:
    text = ("Ann Lee, an agronomist, said the season was long.\n\n"
            "Ann Lee has seen that native fruits are in high demand in local markets — “they sell like hot cakes,” she "
            "told the Herald during an interview — but the supply is scarce.")
    cl = _claims(text)[1:]
    assert [(c.kind, c.quote, c.speaker, c.via) for c in cl] == [
        ("assertion", "Ann Lee has seen that native fruits are in high demand in local markets", None, None),
        ("quote", "they sell like hot cakes,", "Ann Lee", "the Herald"),
        ("assertion", "the supply is scarce", None, None)]
    # what stands before the dash is no part of what was said
    cl = _claims("On the record – \"The plant will open in 2030,\" said Tom Baker, the mayor.")
    assert [(c.kind, c.quote, c.speaker) for c in cl][-1] == ("quote", "The plant will open in 2030,", "Tom Baker")


def test_a_closing_mark_typed_for_the_opener_opens_the_quote() -> None:
    text = ("Ann Lee, an agronomist, said the season was long.\n\n"
            "Fruits are in high demand — ”they sell like hot cakes,” she told the Herald.")
    q = _claims(text)[-1]
    assert (q.kind, q.quote, q.speaker, q.via) == ("quote", "they sell like hot cakes,", "Ann Lee", "the Herald")
    # after a partial quote, too: 'Doing so ”seemed to be an attempt …”'
    c = _claims("Ann Lee said doing so ”seemed to be an attempt to delay the vote.”")[-1]
    assert (c.kind, c.quote, c.speaker) == ("quote", "seemed to be an attempt to delay the vote.", "Ann Lee")
    # a closer with no closer after it opens nothing
    cl = _claims("Ann Lee said the plan ”would fail, and left.")
    assert [(c.kind, c.speaker) for c in cl] == [("attribution", "Ann Lee")]
