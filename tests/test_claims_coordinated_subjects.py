"""The sentence's subject of a cue joined to a verb phrase before it ('X did Y and said C'), and the time words that
stand between a subject and its verb ('The minister on Tuesday rejected …'). The shapes are common in news reporting
(PolNeAR's text cannot be committed); the sentences here are short ones of the same shape."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

TITLE = "Council: a vote\n\n"


def _claims(s: str) -> list:
    return extract_claims(from_text(TITLE + s + "\n", "post.txt"))


def _said_in(cl: list, content: str):
    return next(c for c in cl if c.quote == content)


def _said(s: str, content: str):
    return _said_in(_claims(s), content)


def _opening(cl: list, words: str):
    """The claim whose quote opens with `words`."""
    return next(c for c in cl if c.quote.startswith(words))


def test_when_between_the_subject_and_its_verb_is_no_part_of_the_name() -> None:
    c = _said("The minister on Tuesday rejected the plan and said it would fail.", "it would fail")
    assert (c.speaker, c.cue) == ("The minister", "said")
    c = _said("Sen. Ann Lee last week dismissed the report and said it was wrong on every count.", "it was wrong on every count")
    assert c.speaker == "Ann Lee"


def test_an_outlet_named_for_its_day_keeps_it() -> None:
    c = _said("The Mail on Sunday reported that the minister would resign.", "the minister would resign")
    assert c.speaker == "The Mail on Sunday"


def test_a_date_after_a_participle_stays_with_it() -> None:
    # 'released in late August' dates the poll's release; cutting 'late August' would leave 'released in' as the source
    c = _said("A county poll released in late August found that most voters backed the levy.", "most voters backed the levy")
    assert c.speaker is not None and "August" not in c.speaker and not c.speaker.endswith("in")


def test_a_name_with_a_verb_in_the_present_is_the_subject_of_a_joined_cue_in_the_present() -> None:
    c = _said("Acme Steel runs two plants in Ohio and says it will close one of them next year.",
              "it will close one of them next year")
    assert (c.speaker, c.cue) == ("Acme Steel", "says")


def test_a_plural_noun_after_a_capitalised_word_is_no_present_verb() -> None:
    # 'Medicine students support …': the students, not a subject 'Medicine' with the verb 'students'
    cl = _claims("Medicine students support the strike, claiming that the government is cutting lecturers' pay.")
    assert not [c for c in cl if c.speaker == "Medicine"]


def test_a_joined_base_form_under_an_infinitive_is_no_cue_of_the_subject() -> None:
    cl = _claims("Ann Lee wants to fix the roads and tell voters how she will pay for it.")
    assert not [c for c in cl if c.cue == "tell"]


def test_a_name_apposed_to_a_common_noun_phrase_is_the_speaker_of_a_joined_cue() -> None:
    c = _said("A neighbour, Mary Smith, had watched the fire and said it started in the kitchen.", "it started in the kitchen")
    assert (c.speaker, c.cue) == ("Mary Smith", "said")
    c = _said("One of the fishermen, Joe Brown, had worked the harbour for decades and said the new quota would ruin him.",
              "the new quota would ruin him")
    assert c.speaker == "Joe Brown"


def test_a_possessive_is_no_subjects_end() -> None:
    cl = _claims("Ohio's largest steel maker Acme runs two plants and says it will close one of them.")
    assert not [c for c in cl if c.speaker and c.speaker.endswith("'s")]


def test_it_opening_a_clause_after_the_cue_is_content_not_an_object() -> None:
    c = _said("The council met on Monday and said it had approved the budget.", "it had approved the budget")
    assert (c.speaker, c.cue) == ("The council", "said")


def test_a_preposition_is_never_a_subject() -> None:
    # 'despite admitting …' and 'without saying' hold a gerund cue, but 'despite', 'without' name no one
    for s in ("The governor, despite admitting that the budget was tight, signed the bill on Friday.",
              "It goes without saying that the old bridge needs repairs before the winter."):
        assert not [c for c in _claims(s) if c.speaker and c.speaker.split()[-1] in ("despite", "without")]


def test_a_bare_cue_word_after_a_an_and_a_name_is_a_noun() -> None:
    # 'a Daily Herald report': the report is a noun, and the words before it are no subject
    cl = _claims("The new ad, called “Fair Share,” features a Daily Herald report from last week that the firm lost $1 billion.")
    assert not [c for c in cl if c.speaker and c.speaker.startswith("features")]


def test_a_clause_after_a_cue_is_no_inverted_source() -> None:
    # after a long relative clause the cue has no subject of its own; 'the music brought back memories' is what was said
    cl = _claims("Tom Reed, 61, of Dover, who saw the parade from his porch on Main Street, said the music brought back memories of his brother.")
    assert not [c for c in cl if c.speaker and c.speaker.startswith("the music")]


def test_a_focus_word_opens_no_subject() -> None:
    # '…, particularly his warning that C': the warning is the noun phrase's, and 'particularly his' names no one
    cl = _claims("But he leaves behind anger at the remarks made during his visit, particularly his warning that the plant would close.")
    assert not [c for c in cl if c.speaker and c.speaker.split()[0] == "particularly"]


def test_a_clause_before_the_main_clause_is_no_apposition() -> None:
    # 'although he thanked …, he sounded …, saying': the subject is the main clause's pronoun, not the clause before it
    cl = _claims("“We start today,” Ann Lee said. And although she thanked the volunteers for their work, she sounded a note of doubt, "
                 "saying, “I am not sure we can finish it.”")
    c = _opening(cl, "I am not sure")
    assert c.speaker == "Ann Lee"


def test_states_before_an_infinitive_or_a_relative_is_a_noun() -> None:
    cl = _claims("The senator sent staff to all 11 of the “Super Tuesday” March 1 states to organize supporters.")
    assert not [c for c in cl if c.cue == "states"]
    cl = _claims("Most Southern states that will vote on March 1 have large rural populations.")
    assert not [c for c in cl if c.cue == "states"]


def test_a_frequency_adverb_stands_between_a_subject_and_its_cue() -> None:
    c = _said("Residents often say the river floods every spring.", "the river floods every spring")
    assert (c.speaker, c.cue) == ("Residents", "say")


def test_a_clause_taken_for_a_source_names_no_one() -> None:
    from reader.core.claims.stages.speakers.mention_shape import no_mention

    assert no_mention("most voters have no idea") and no_mention("the council's report to be released Thursday")
    assert no_mention("Ann Lee as she closed out") and no_mention("regardless of how many census takers")
    assert not no_mention("Others who have advocated a tougher approach") and not no_mention("Everyone I interviewed")
    assert not no_mention("The Association of Flight Attendants")


def test_a_clause_taken_for_a_source_is_emptied() -> None:
    # 'who their state senator …' reads 'state' as a cue; its 'source' is a clause, which the speaker column never shows
    cl = _claims("In many districts, most voters have no idea who their state senator or state representative is, so when they "
                 "go to vote, they guess.")
    assert not [c for c in cl if c.speaker and "no idea" in c.speaker]


def test_a_later_pronoun_never_stands_for_a_clause_taken_for_a_source() -> None:
    cl = _claims("In many districts, most voters have no idea who their state senator or state representative is, so when they "
                 "go to vote, they guess.\n\nThey say the ballot is far too long.")
    c = _said_in(cl, "the ballot is far too long")
    assert c.speaker is None or "no idea" not in c.speaker


def test_a_name_and_its_past_verb_after_the_last_comma_is_the_main_clause_subject() -> None:
    # 'On Thursday, however, X spoke to …, promising C' / 'Stung by …, as well as …, X revised his plan, promising C'
    for s in ("On Thursday, however, Lee spoke to a gathering of farm leaders, promising to cut fuel taxes.",
              "Stung by the reviews, as well as complaints over the plan’s costs, Lee revised her plan, promising to cut fuel taxes."):
        c = _said(s, "to cut fuel taxes")
        assert (c.speaker, c.cue) == ("Lee", "promising")


def test_neither_opens_no_name() -> None:
    cl = _claims("Neither Ann Lee nor John Doe spoke with reporters. On Thursday, after staying neutral for months, Lee appeared "
                 "with a radio host and endorsed Doe, saying, “I think he is exactly what this city needs.”")
    c = _opening(cl, "I think he is")
    assert c.speaker == "Ann Lee"


def test_a_clause_after_a_lead_gives_its_subject_not_itself() -> None:
    # 'In May, a district judge sided with the Democrats, saying C': the judge; the clause stays the article's own
    cl = _claims("In May, a district judge sided with the city, saying the law violated the state constitution.")
    c = _said_in(cl, "the law violated the state constitution")
    assert c.speaker == "a district judge"
    assert [x for x in cl if x.quote.endswith("sided with the city") and x.speaker is None]
    cl = _claims("“The fund is safe,” Ann Lee said on Monday.\n\nOn Thursday, she hedged on the budget, telling reporters the fund "
                 "would last a year.")
    assert _said_in(cl, "the fund would last a year").speaker == "Ann Lee"


def test_a_predicate_or_a_name_with_a_verb_in_the_present_is_no_mention() -> None:
    from reader.core.claims.stages.speakers.mention_shape import no_mention

    assert no_mention("faces a tough re-election battle in his home state") and no_mention("barely dwelled on those two rivals")
    assert no_mention("Acme leads the field with 36 percent") and no_mention("He also shored up his father's argument")
    assert no_mention("made an endless stream of coffees")
    for np in ("supporters of Democrat Ann Lee", "Republican members of Congress", "lawyers for the family", "figures her campaign released",
               "People briefed on the move", "Fox News reports"):
        assert not no_mention(np), np


def test_a_plural_noun_right_before_who_is_its_antecedent() -> None:
    c = _said("The project has angered activists who argue that the works will harm the river.", "the works will harm the river")
    assert c.speaker == "activists"
    # after 'are', the group is the object of a statement about it, not the antecedent taken for the speaker
    from reader.core.claims.stages.speakers.relatives import who_antecedent

    assert who_antecedent("Ann Lee knows there are voters ") != "voters"


def test_which_after_a_named_body_is_its_speaker() -> None:
    c = _said("The decision was welcomed by the opposition, which said the vote was fair.", "the vote was fair")
    assert (c.speaker, c.cue) == ("the opposition", "said")
    c = _said("The bill was backed by the European Commission, which said it would cut costs.", "it would cut costs")
    assert c.speaker == "the European Commission"
    # no body before the comma, a base form, or a record's verb: no frame
    for s in ("The rules were changed in 2019, which said nothing about the vote.",
              "The attacks caused fires at a plant and an oil field, which state media said were under control.",
              "Oxfam spoke after new figures from the World Food Programme, which showed a rise in hunger."):
        assert not [c for c in _claims(s) if c.speaker in ("an oil field", "World Food Programme") or c.cue == "said" and c.speaker is None]


def test_the_head_of_state_is_the_president_named_before() -> None:
    c = _said("President Ann Lee suspended three judges on Monday. The head of State noted that her office had received complaints.",
              "her office had received complaints")
    assert c.speaker == "Ann Lee"


def test_a_title_two_people_held_names_neither() -> None:
    # the nearest president is not the one a later 'the president' means when the text names two: the mention stays
    cl = _claims("President Ann Lee suspended three judges on Monday. The debts grew under President John Doe, who left in 2011. "
                 "The president said the judges had broken the law.")
    c = _said_in(cl, "the judges had broken the law")
    assert c.speaker not in ("John Doe", "Ann Lee")
    # a former holder of the office is no rival: 'the country's second president'
    cl = _claims("President Ann Lee suspended three judges on Monday. The case had been brought against the country's second "
                 "president John Doe. The president said the judges had broken the law.")
    assert _said_in(cl, "the judges had broken the law").speaker == "Ann Lee"


def test_a_carried_speaker_is_unclear_where_the_quotes_paragraph_names_someone_else() -> None:
    # after the quote: 'That was the view of John Doe' names its likely speaker; the carried name is only a candidate
    cl = _claims("“We will win the vote,” Ann Lee said on Monday.\n\n“The count is wrong.” That was the view of John Doe, who runs "
                 "the rival campaign.")
    c = _said_in(cl, "The count is wrong.")
    assert c.speaker is None and "John Doe" in c.speaker_candidates
    # before the quote, for a group carried in ('72 percent of voters'): 'pollster Dan Shaw' is named first
    cl = _claims("Asked if the mayor is fit to serve, 72 percent of voters said yes while 48 percent overall agreed.\n\nThe timing of "
                 "the surge does not surprise Republican pollster Dan Shaw: “Historically, lesser-known candidates beating establishment "
                 "figures happens often.”")
    c = _opening(cl, "Historically")
    assert c.speaker is None and "Dan Shaw" in c.speaker_candidates


def test_a_colon_led_quote_after_an_apposed_subject_or_since() -> None:
    for s, who in (("Senate Majority Leader Ann Lee, R-Ky., delivered a blunt message to the mayor: “It is time to quit attacking people.”",
                    ("Ann Lee", "delivered")),
                   ("John Doe, who signed the gun laws as governor, interjected to say: “They have both been inconsistent.”",
                    ("John Doe", "interjected")),
                   ("Ann Lee has since apologized for what happened: “Yes, I should have used two email addresses.”", ("Ann Lee", "apologized"))):
        c = next(c for c in _claims(s) if c.kind == "quote")
        assert (c.speaker, c.cue) == who, s


def test_an_ordinal_in_figures_makes_no_statistic() -> None:
    # 'the 64th Nakba Day', 'the 27th and 28th April': a label and a date, not a count
    for s in ("The event was programmed for the 27th and 28th April 2012.", "The agreement came a day before the 64th Nakba Day."):
        assert [c.kind for c in _claims(s)] == ["assertion"], s
    assert [c.kind for c in _claims("Two of the suspects were arrested on Friday.")] == ["statistic"]


def test_a_second_report_joined_by_and_is_its_own_speaker_s() -> None:
    """'Tom Baker said C and Ann Lee said D': after a clause with a verb, 'and' and a subject open a clause of their own,
    not more of C (D had been Baker's); 'and that Ann Lee said D' is still Baker's report of her."""
    rows = [(c.speaker, c.quote) for c in _claims("Tom Baker said the mill was safe and Ann Lee said it was not.")]
    assert rows == [("Tom Baker", "the mill was safe"), ("Ann Lee", "it was not")]
    rows = [(c.speaker, c.quote) for c in _claims("Officials said the mill was safe and residents said they felt relieved.")]
    assert rows == [("Officials", "the mill was safe"), ("residents", "they felt relieved")]
    rows = [(c.speaker, c.quote) for c in _claims("The mill was closed on Monday and the mayor said the price was too low.")]
    assert ("the mayor", "the price was too low") in rows
    # one subject of two names, two plurals: never cut at its 'and'
    assert [c.speaker for c in _claims("Tom Baker and Ann Lee said the mill was safe.")] == ["Tom Baker and Ann Lee"]
    assert [c.speaker for c in _claims("It was clear that millers and farmers said the mill was safe.") if c.speaker] != ["farmers"]
    rows = [(c.speaker, c.quote) for c in _claims("Tom Baker said the mill was safe and that Ann Lee said it was not.")]
    assert rows == [("Tom Baker", "the mill was safe"), ("Tom Baker", "Ann Lee said it was not")]


def test_a_lead_clause_ends_before_a_titled_name() -> None:
    """'While the farmers have argued that C, Mr. Baker will …': the title's full stop is part of the main clause's subject."""
    rows = [(c.speaker, c.quote) for c in _claims("While the farmers have argued that the mill is safe, Mr. Baker will close it in May.")]
    assert rows == [("the farmers", "the mill is safe"), (None, "Mr. Baker will close it in May")]
