"""Words that look like cues or commas that look like apposition, but are neither: the commas of a bracketed tag after a
name ('(ECR, CZ)'), an 'and' inside a bracketed aside of a subject, an -ing word that is the object of a verb ('deter
reporting'), 'state', 'states', 'report' and 'called' as nouns or names, 'maintained' with an object; a clause taken for
a name; a language tag before ', who' (stages/quotes.py's mask, speakers/names.py, speakers/resolve.py,
speakers/mention_shape.py, speakers/coref.py and rules/vetoes.toml)."""

from __future__ import annotations

import pytest

from tests.claim_rows import claims_of as _claims


def _reports_nothing(sentence: str) -> bool:
    """No claim of the sentence has a cue or a speaker: the word that looked like a cue was read as what it is."""
    return all(c.cue is None and c.speaker is None for c in _claims(sentence))


def test_the_commas_of_a_bracketed_tag_set_off_nothing() -> None:
    text = "Veronika Novak (ECR, CZ), rapporteur for the related regulation, said: “Several countries were hit by floods.”"
    cs = _claims(text)
    assert [(c.quote, c.speaker, c.role) for c in cs] == [
        ("Several countries were hit by floods.", "Veronika Novak", "rapporteur for the related regulation")]


def test_a_participle_aside_in_brackets_names_no_speaker() -> None:
    text = ("An independent investigation (commissioned by Rigpa Fellowship and Rigpa Fellowship US) found that, on the "
            "balance of probabilities, some students were abused.")
    c = _claims(text)[-1]
    assert (c.speaker, c.cue) == ("An independent investigation", "found")


def test_two_people_with_their_party_tags_are_still_two_people() -> None:
    c = _claims("Senator John Smith (R-Texas) and Representative Mary Jones (D-Ohio) said the bill would pass.")[-1]
    assert (c.quote, c.speaker) == ("the bill would pass", "John Smith and Mary Jones")


@pytest.mark.parametrize("sentence", ["Such policies deter reporting on all sensitive topics, including food security.",
                                      "The law bans reporting on military operations.",
                                      "Ann Lee contributed reporting from Charleston."])
def test_an_ing_word_after_a_verb_that_takes_it_as_object_is_no_cue(sentence: str) -> None:
    assert [(c.kind, c.cue, c.speaker) for c in _claims(sentence)] == [("assertion", None, None)]


def test_an_ing_cue_after_its_subject_still_reports() -> None:
    c = _claims("The strike ended on Monday, with officials saying that wages would rise.")[-1]
    assert (c.quote, c.speaker) == ("wages would rise", "officials")


@pytest.mark.parametrize("sentence", ["Supporters include state Sen. Ann Lee, who chairs the budget panel.",
                                      "Swing state Ohio has 18 electoral votes.",
                                      "She lives in the southern U.S. state of Arkansas.",
                                      "Tax revenue fell as the state’s budget deficit grew."])
def test_state_as_a_noun_is_no_cue(sentence: str) -> None:
    assert _reports_nothing(sentence)


@pytest.mark.parametrize(("sentence", "quote", "speaker"), [
    ("The court documents state that the firm sold 4,000 fake jerseys.", "the firm sold 4,000 fake jerseys", "The court documents"),
    ("The firm sold 4,000 fake jerseys, the court documents state.", "The firm sold 4,000 fake jerseys", "the court documents"),
])
def test_state_as_a_verb_still_reports(sentence: str, quote: str, speaker: str) -> None:
    c = next(c for c in _claims(sentence) if c.cue == "state")
    assert (c.quote, c.speaker) == (quote, speaker)


def test_a_base_form_after_the_is_a_noun() -> None:
    # 'the report' is a thing that happened, not a cue with 'Trump and Biden' as its content
    cs = _claims("Shortly after the report, Trump and Biden held dueling town halls on NBC and ABC.")
    assert [(c.kind, c.cue) for c in cs] == [("assertion", None)]


@pytest.mark.parametrize("sentence", ["Swing states Ohio and Iowa are home to 15 million people.",
                                      "Turnout rose in several Western states, to 61 percent in Idaho."])
def test_states_as_a_noun_is_no_cue(sentence: str) -> None:
    assert _reports_nothing(sentence)


def test_states_as_a_verb_still_reports() -> None:
    c = _claims("A document on the campaign's website states that couples would receive six weeks of paid leave.")[-1]
    assert (c.cue, c.quote) == ("states", "couples would receive six weeks of paid leave")


@pytest.mark.parametrize("sentence", ["As a condition of her employment, Ann Lee maintained a TOP SECRET security clearance.",
                                      "The mayor maintained her lead in the polls through May."])
def test_maintaining_a_thing_asserts_nothing(sentence: str) -> None:
    assert _reports_nothing(sentence)


def test_maintaining_innocence_is_still_a_claim() -> None:
    c = _claims("Ann Lee has maintained her innocence.")[-1]
    assert (c.cue, c.speaker) == ("maintained", "Ann Lee")


def test_a_participle_after_a_count_is_an_adjective() -> None:
    assert [c.cue for c in _claims("Crews deal with almost 180 reported incidents on the road every day.")] == [None]


def test_a_year_before_the_cue_is_no_count() -> None:
    c = _claims("The company in 2015 reported that profits fell.")[-1]
    assert (c.cue, c.quote) == ("reported", "profits fell")


def test_the_number_of_a_name_is_no_count() -> None:
    c = _claims("Indeed, News 12 reported, only buildings next to the break were without water.")[-1]
    assert (c.cue, c.speaker) == ("reported", "News 12")


@pytest.mark.parametrize("sentence", ["Global cooling – sometimes called volcanic winter – could pose a threat to crops.",
                                      "The planned explorer, called a rotorcraft, operates much like a helicopter.",
                                      "The second measure, the so-called Self-Determination Initiative, goes to a vote in May."])
def test_called_as_naming_is_no_cue(sentence: str) -> None:
    assert _reports_nothing(sentence)


@pytest.mark.parametrize("mention", ["two aides urged her to drop the plan",
                                     "the campaign sent out a fundraising email",
                                     "The vote came just days after the council",
                                     "officials put up signs in the stands"])
def test_a_clause_with_a_verb_and_its_object_names_no_one(mention: str) -> None:
    from reader.core.claims.stages.speakers.mention_shape import no_mention

    assert no_mention(mention)


@pytest.mark.parametrize("mention", ["Voters who heard the speech", "new data released today by the bureau",
                                     "a poll conducted for the Associated Press", "one Republican involved"])
def test_a_description_with_a_participle_still_names_someone(mention: str) -> None:
    from reader.core.claims.stages.speakers.mention_shape import no_mention

    assert not no_mention(mention)


def test_a_clause_taken_for_a_source_leaves_the_claim_without_a_name() -> None:
    text = "At the games, officials put up signs in the stands saying waving the flag was prohibited."
    c = next(c for c in _claims(text) if c.quote == "waving the flag was prohibited")
    assert c.speaker is None


def test_a_language_tag_after_a_name_leaves_it_the_antecedent_of_who() -> None:
    text = ("Peruvian ex-pat in Spain, Jomra unequivocally criticizes President García [es], who said [es] that the "
            "protesters were wrong.")
    c = next(c for c in _claims(text) if c.quote == "the protesters were wrong")
    assert (c.speaker, c.role) == ("García", "President")


def test_a_role_named_later_gives_the_quote_its_person() -> None:
    text = ("“Our adversaries have begun to catch us in technology,” said a senior intelligence advisor.\n\n"
            "Gary Phillips, senior intelligence advisor for the Army Training and Doctrine Command, spoke about the study.")
    c = _claims(text)[0]
    assert (c.speaker, c.role) == ("Gary Phillips", "senior intelligence advisor")
    assert "speaker.named-after" in c.speaker_rules


def test_a_role_named_later_with_another_role_stays_unnamed() -> None:
    text = ("“Our adversaries have begun to catch us in technology,” said a senior intelligence advisor.\n\n"
            "Gary Phillips, director of the Army Training and Doctrine Command, spoke about the study.")
    assert _claims(text)[0].speaker != "Gary Phillips"


@pytest.mark.parametrize("sentence", ["A new lightweight dropsonde called Streamsonde will be deployed into developing storms.",
                                      "She now helps lead a program called Safe Streets."])
def test_a_name_after_a_noun_with_a_is_no_speech(sentence: str) -> None:
    assert _reports_nothing(sentence)


def test_calling_someone_something_is_still_speech() -> None:
    c = _claims("A senior official called Trump a liar on Monday.")[-1]
    assert (c.cue, c.speaker) == ("called", "A senior official")


def test_a_participle_with_its_agent_is_no_active_frame() -> None:
    cs = _claims("The latest funding announced by the Foreign Secretary comes after the UK provided £1.5 million last week.")
    assert [(c.speaker, c.cue) for c in cs] == [(None, None)]


@pytest.mark.parametrize("sentence", ["Development economics in the past often focused on what poor countries lacked.",
                                      "The study focused on particulate matter."])
def test_a_topic_that_focused_on_something_holds_no_position(sentence: str) -> None:
    assert _reports_nothing(sentence)


@pytest.mark.parametrize(("sentence", "speaker"), [("Pierce focused on providing further training for officers.", "Pierce"),
                                                   ("Both candidates focused on each other's record.", "Both candidates")])
def test_a_person_who_focused_on_something_holds_a_position(sentence: str, speaker: str) -> None:
    assert (_claims(sentence)[-1].cue, _claims(sentence)[-1].speaker) == ("focused", speaker)


def test_a_pronoun_after_a_source_the_second_look_found_is_that_source() -> None:
    text = ("Thomas Hughes was sentenced to 21 years.\n\nThe Attorney General, the Rt Hon Suella Braverman QC MP, referred "
            "the sentences of both Tustin and Hughes to the Court of Appeal because she believed they were too low.")
    c = next(c for c in _claims(text) if c.quote == "they were too low")
    assert c.speaker == "Suella Braverman"
    assert "speaker.pronoun-after-second-look" in c.speaker_rules


def test_they_after_a_group_the_second_look_found_is_that_group() -> None:
    text = ("MEPs call on the Belarusian regime to release all political prisoners. They note with great concern the "
            "subordination of Belarus to Moscow.")
    assert _claims(text)[-1].speaker == "MEPs"


def test_a_subordinator_opens_no_name() -> None:
    from reader.core.claims.stages.speakers.names import split_subject

    assert split_subject("Whenever García").name == "García"


def test_a_plural_noun_in_s_before_a_speech_verb_is_the_subject_not_a_cue() -> None:
    c = _claims("Title\n\nNewspaper reports say that this year only 45 films will be produced.\n")[-1]
    assert (c.kind, c.speaker, c.cue, c.quote) == ("statistic", "Newspaper reports", "say", "this year only 45 films will be produced")
    c = _claims("Title\n\nKansas wheat growers say the new silo will open in May.\n")[-1]
    assert (c.speaker, c.cue, c.via) == ("Kansas wheat growers", "say", None)
    c = _claims("Title\n\nUnconfirmed reports suggest that instead of helium the balloons were filled with a cheap gas.\n")[-1]
    assert (c.kind, c.speaker, c.cue) == ("report", "Unconfirmed reports", "suggest")
