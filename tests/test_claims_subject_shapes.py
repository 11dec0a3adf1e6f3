"""Subjects of a plain 'said' that read as no noun phrase before: a source 'close to' someone, a demonstrative and its
noun, a share of respondents, a sentence in brackets; and the issuer of 'That study' named as 'a NASA-led study', never a
month. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims
from tests.claim_rows import rows_of as _rows


def test_a_source_close_to_someone_is_a_source() -> None:
    assert _rows("The plan failed, a source close to him said.") == [("The plan failed", "a source close to him", None)]


def test_a_demonstrative_and_its_noun_are_a_subject() -> None:
    assert _rows("That person said the hostility hurt his campaign.") == [("the hostility hurt his campaign", "That person", None)]
    assert _rows("This official said that the vote was close.") == [("the vote was close", "This official", None)]
    # 'That' alone is no subject
    assert _claims("That is what he said.")[0].speaker is None


def test_a_share_of_respondents_is_the_frames_subject() -> None:
    c = _claims("More than half of respondents in the poll said the nation needs a third party.")[0]
    assert (c.quote, c.cue) == ("the nation needs a third party", "said")
    assert c.speaker is None  # a share of the people asked, no survey's issuer named: nobody to hold to the words
    # 'less than' with a time is no share: no subject
    assert _claims("The department less than two weeks ago said for the first time that the email was secret.")[0].cue is None


def test_a_sentence_in_brackets_has_its_own_subject_and_no_closing_bracket() -> None:
    assert _rows("(The magazine says it tracks another 500 fortunes.)") == [("it tracks another 500 fortunes", "The magazine", None)]
    # a credit line in brackets is no claim
    assert _rows("The vote was close. (Additional reporting by Ann Lee)") == [("The vote was close", None, None)]


def test_that_study_is_its_issuers_and_a_month_issues_nothing() -> None:
    text = ("The new research supports a NASA-led study from October 2023 that suggested 17 planets could hold oceans. "
            "That study noted that water likely breaks through the ice.")
    c = _claims(text)[-1]
    assert (c.quote, c.speaker, c.via) == ("water likely breaks through the ice", "NASA", "That study")
    text = "The results match a study from October 2023. That study noted that water likely breaks through the ice."
    c = _claims(text)[-1]
    assert (c.speaker, c.via) == (None, "That study")


def test_a_city_and_its_state_inside_an_apposition_are_one_place() -> None:
    assert _rows("Sandra Inman, a supporter from Jackson, Miss., attending the convention, said she could not vote for him.") == [
        ("she could not vote for him", "Sandra Inman", None)]
    assert _rows("Clinton, during a town hall meeting in Columbus, Ohio, said she was going to help miners.") == [
        ("she was going to help miners", "Clinton", None)]
    # a weekday before a state is no city: the state is the subject
    assert _claims("On Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules.")[0].speaker == "Texas"


def test_a_whose_clause_with_commas_inside_describes_the_name_before_it() -> None:
    assert _rows("Mr. Slinker, whose latest start-up, Paradata, uses data to help brands, said the candidate was like a founder.") == [
        ("the candidate was like a founder", "Slinker", None)]


def test_a_documents_maker_set_off_after_it_speaks_for_it() -> None:
    assert _rows("The study, led by Ann Lee of Yale University, found that coffee lowers the risk of stroke.") == [
        ("coffee lowers the risk of stroke", "Ann Lee of Yale University", "The study")]
    assert _rows("The report, published Tuesday by the Brookings Institution, found that wages had fallen.") == [
        ("wages had fallen", "Brookings Institution", "The report")]


def test_a_name_with_age_hometown_and_who_clause_is_the_subject() -> None:
    assert _rows("Harry Bond, 30, of Raleigh, who was polled, said both candidates scared him.") == [
        ("both candidates scared him", "Harry Bond", None)]
    c = _claims("“Both scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.")[0]
    assert (c.quote, c.speaker, c.kind) == ("Both scare me,", "Harry Bond", "quote")


def test_a_surname_after_a_word_of_mood_is_the_person() -> None:
    assert _rows("Speaking after the meeting, a visibly angry Lee said the vote was rigged.") == [("the vote was rigged", "Lee", None)]
    # a description's head before a name is its role
    c = _claims("The newspaper Infobae reported that the law passed.")[0]
    assert c.speaker == "Infobae"


def test_an_adverb_after_an_inverted_cue_is_no_source() -> None:
    c = _claims("The mayor, Tom Baker, spoke first.")[0]
    assert (c.speaker, c.cue) == (None, None)


def test_the_subject_after_but_or_though_is_the_cues() -> None:
    assert _rows("The road was closed but residents said they could still pass.") == [
        ("The road was closed", None, None), ("they could still pass", "residents", None)]
    assert _rows("The plan failed though Pierce and Carroll said it was sound.") == [
        ("The plan failed", None, None), ("it was sound", "Pierce and Carroll", None)]
    # 'but not' joins no clause
    assert _claims("Smith but not Jones said the plan was good.")[0].speaker is None


def test_a_claim_with_a_speaker_and_no_speaker_rules_is_read_safely() -> None:
    from reader.core.claims.record import Claim
    from reader.core.claims.stages.own_speaker import paragraph_speakers
    from reader.core.text.spans import Span

    text = "“We are ready,” the union said."
    c = Claim("quote", Span(1, 13), text[1:13], speaker="the union")  # no rule named its speaker
    assert paragraph_speakers(text, [c]) == [c]


def test_a_document_with_its_issuers_name_before_its_noun_is_the_issuers() -> None:
    assert _rows("A World Bank report released Monday found that the figure was rising.") == [
        ("the figure was rising", "World Bank", "A World Bank report")]
    # a month or a state before the noun names no issuer
    for text, word in (("The April survey found that most voters were undecided.", "April"),
                       ("The Oregon study found that most plants were eaten.", "Oregon")):
        c = _claims(text)[0]
        assert c.speaker != word and c.via is None, text


def test_members_named_after_a_group_leave_the_group_as_the_subject() -> None:
    assert _rows("Critics of the plan, including the former minister Ann Lee, say it is reckless.") == [
        ("it is reckless", "Critics of the plan", None)]
    assert _rows("Some economists, such as Tom Baker of Yale, argue that the plan is reckless.") == [
        ("the plan is reckless", "Some economists", None)]


def test_a_name_with_its_role_and_no_comma_before_the_cue_is_the_speaker() -> None:
    # subject.name-then-role: the role is no speaker; a bracketed party and country tag may stand for the comma
    c = _claims("Andrzej BUŁA (EPP, PL), co-rapporteur for the RESTORE regulation said: “This law is very important.”")[0]
    assert (c.speaker, c.role) == ("Andrzej BUŁA", "co-rapporteur for the RESTORE regulation")
    c = _claims("Younous OMARJEE (the Left, FR) co-rapporteur for the RESTORE regulation stated: “We adopted it.”")[0]
    assert (c.speaker, c.role) == ("Younous OMARJEE", "co-rapporteur for the RESTORE regulation")
    c = _claims("John Smith, director of the agency said the bill was ready.")[0]
    assert (c.speaker, c.role, c.quote) == ("John Smith", "director of the agency", "the bill was ready")
    # an opening phrase is no name
    assert _claims("In Paris, the director of the agency said the bill was ready.")[0].speaker == "the director of the agency"


def test_the_name_after_an_inverted_role_may_be_followed_by_where_they_work() -> None:
    c = _claims("“Our results suggest the test could help,” said the study’s senior author, Cuilin Zhang, Ph.D., of the "
                "Epidemiology Branch.")[0]
    assert (c.speaker, c.role) == ("Cuilin Zhang", "the study’s senior author")
    c = _claims("“We are ready,” said the agency’s director, Jane Doe, in a statement.")[0]
    assert c.speaker == "Jane Doe"


def test_a_role_after_an_according_to_source_is_no_content() -> None:
    c = _claims("The plan was sound, according to Jane Doe, the agency's director.")
    assert [(x.quote, x.speaker) for x in c] == [("The plan was sound", "Jane Doe")]
    c = _claims("The plan was sound, according to the agency's director, Jane Doe.")
    assert [(x.quote, x.speaker) for x in c] == [("The plan was sound", "Jane Doe")]
    # a clause after the source is content, even with no verb the role test knows ('left')
    c = _claims("About 10 p.m., according to a timeline, the security contractors left for the compound.")
    assert any(x.quote.startswith("the security contractors left") for x in c), c


def test_a_role_apposed_after_an_inverted_source_may_be_followed_by_how_it_was_said() -> None:
    c = _claims("“We are ready,” said Jane Doe, the agency's director, in a statement.")
    assert [(x.quote, x.speaker, x.role) for x in c] == [("We are ready,", "Jane Doe", "the agency's director")]


def test_the_main_cue_after_a_relative_clause_with_its_own_cue_is_the_antecedent_s() -> None:
    # 'who officials said was in Paris' is the officials' claim; 'said the deal was off' is Smith's, not theirs
    c = _claims("Smith, who officials said was in Paris, said the deal was off.")
    assert [(x.quote, x.speaker) for x in c] == [("was in Paris", "officials"), ("the deal was off", "Smith")]
    c = _claims("The driver, who police said had been drinking, told officers he was fine.")
    assert c[-1].speaker == "The driver", c


def test_where_a_photo_shows_the_speaker_is_no_part_of_the_name() -> None:
    assert _claims("Smith (pictured) said the drug was safe.")[0].speaker == "Smith"
    assert _claims("Jane Smith (left) said the drug was safe.")[0].speaker == "Jane Smith"


def test_a_named_speaker_s_answer_after_but_ends_the_content() -> None:
    c = _claims("Smith said the drug was safe but Jones disagreed.")
    assert [(x.quote, x.speaker) for x in c] == [("the drug was safe", "Smith")]
    # 'but' before no name goes on with the content
    assert _claims("Smith said the drug was safe but expensive.")[0].quote == "the drug was safe but expensive"


def test_a_named_subject_of_a_subordinate_clause_is_the_subject_of_its_coordinated_cue() -> None:
    c = _claims("The audience clapped as Ann Lee reached the podium and said the plan would pass.")
    said = [x for x in c if x.cue == "said"]
    assert said and (said[0].speaker, said[0].quote) == ("Ann Lee", "the plan would pass"), c
    c = _claims("When Ann Lee thanked the volunteers and said the plan would pass, a woman shouted.")
    said = [x for x in c if x.cue == "said"]
    assert said and (said[0].speaker, said[0].quote) == ("Ann Lee", "the plan would pass"), c


def test_the_main_clause_after_a_lead_clause_s_content_is_the_article_s_own() -> None:
    c = _claims("When Trump suggested that the deal was off, he left the room.")
    assert [(x.quote, x.speaker) for x in c] == [("the deal was off", "Trump"), ("he left the room", None)]


def test_a_relative_clause_closing_an_inverted_source_s_role_is_part_of_the_role() -> None:
    c = _claims("“The sample is too small. We need more data,” said Tom Baker, a professor of statistics at the University of "
                "Iowa who was not involved in the study.")
    assert all(x.speaker == "Tom Baker" for x in c) and all(x.kind == "quote" for x in c), c
    assert c[-1].role is not None and c[-1].role.endswith("not involved in the study")
    # a relative clause with a cue of its own still reports
    c = _claims("“We are ready,” said Tom Baker, a local councillor who said the vote would pass.")
    assert any(x.quote == "the vote would pass" for x in c), c


def test_a_ministers_portfolio_is_part_of_the_title() -> None:
    for title in ("Minister for Defence Industry", "Minister for Science and Technology", "Minister for Tourism"):
        (c,) = [c for c in _claims(f"{title} Melissa Price said the plan was sound.") if c.cue]
        assert (c.speaker, c.role) == ("Melissa Price", title), title


def test_a_participle_cue_after_a_dash_reports_for_the_main_clause() -> None:
    assert _rows("Tom Baker changed his mind on the spot – saying he would now back the plan.") == [
        ("Tom Baker changed his mind on the spot", None, None), ("he would now back the plan", "Tom Baker", None)]


def test_a_counted_plural_after_a_subordinator_is_the_subject_and_two_platforms_the_channel() -> None:
    cl = _claims("Title\n\nThe call comes after two popular bloggers alleged on X and YouTube that police were questioning "
                 "their followers.\n")
    c = next(c for c in cl if c.cue == "alleged")
    assert (c.speaker, c.via, c.quote) == ("two popular bloggers", "X and YouTube", "police were questioning their followers")


def test_an_adverb_after_the_perfects_auxiliary_leaves_the_subject_whole() -> None:
    cl = _claims("Title\n\nThe NGO Acme has already explained its concerns in a report released in 2008:\n\n"
                 "Today's food and financial crises have, in tandem, triggered a new global land grab.\n")
    assert (cl[-1].kind, cl[-1].speaker, cl[-1].cue) == ("quote", "The NGO Acme", "explained")
    c = _claims("Title\n\nAnn Lee has vigorously argued that the plan would fail.\n")[-1]
    assert (c.speaker, c.cue, c.quote) == ("Ann Lee", "argued", "the plan would fail")
    # after 'was' the participle is a passive's: its subject says nothing
    assert all(c.speaker != "The plan" for c in _claims("Title\n\nThe plan was widely criticized by economists.\n"))


def test_found_that_after_a_pronoun_and_an_adverb_reports() -> None:
    c = _claims("Title\n\nResearchers at Acme tested two drugs. They also found that both drugs were effective.\n")[-1]
    assert (c.kind, c.speaker, c.cue, c.quote) == ("attribution", "Researchers at Acme", "found", "both drugs were effective")


def test_also_before_a_verb_and_its_object_ends_the_subject() -> None:
    """'Farmers also call for higher prices while stressing that C': the farmers stress C; 'also call for higher prices' is
    their clause, never part of the name (it had been the speaker 'Farmers also call for higher prices')."""
    for text, who in [("Farmers also call for higher prices while stressing that the mill is unsafe.", "Farmers"),
                      ("In the report, MEPs also call for lower prices while stressing that the mill is unsafe.", "MEPs")]:
        said = [c for c in _claims(text) if c.cue == "stressing"]
        assert [(c.speaker, c.quote) for c in said] == [(who, "the mill is unsafe")], _claims(text)
