"""What stands around a cue is no claim of its own, and a cue word that is a noun makes none: the affiliation after a
name that a role opens ('said study co-author Professor X of Y University'), a stance verb alone before the colon of its
quote ('X disagreed: “…”') (both shapes are in the issue's list of what failed on blind text), a cue word after a verb of
giving or showing ('made promises') or before its own verb ('reporting is'). The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims
from tests.claim_rows import rows_of as _rows


def test_an_affiliation_after_a_role_and_a_name_is_part_of_the_source() -> None:
    cs = _claims("“The results are clear,” said study co-author Professor John Smith of Harvard University.")
    assert [(c.quote, c.speaker, c.role) for c in cs] == [("The results are clear,", "John Smith", "study co-author")]
    text = "“The results are clear,” said study co-author Professor John Smith of Harvard University."
    assert text[cs[0].speaker_span.start : cs[0].speaker_span.end] == "Professor John Smith of Harvard University"
    # a role after the affiliation is still the role
    c = _claims("“It works,” said lead author John Smith of the University of Oslo, a physicist.")[0]
    assert (c.speaker, c.role) == ("John Smith", "a physicist")


def test_a_stance_verb_alone_before_a_quote_is_no_claim() -> None:
    assert _rows("Ann Lee disagreed: “The data are weak.”") == [("The data are weak.", "Ann Lee", None)]
    # the stance's object before the colon is still what the speaker holds
    assert _rows("Critics opposed the plan: “It is bad.”") == [("opposed the plan", "Critics", None),
                                                                ("It is bad.", "Critics", None)]


def test_a_cue_word_after_a_verb_of_giving_or_showing_is_its_object() -> None:
    for text in ("This graphic provides forecast rainfall totals for a specified time period.",
                 "After the protests, the government eventually made promises to halt imports immediately.",
                 "This requires questions and tasks in all subjects to be framed clearly."):
        c = _claims(text)[0]
        assert (c.cue, c.speaker, c.kind) == (None, None, "assertion"), text
        assert c.quote == text.rstrip(".")
    # the statement of whoever said it is still theirs
    c = _claims("David Taylor said the system showed enough promise to take part in the next test.")[0]
    assert (c.speaker, c.quote) == ("David Taylor", "the system showed enough promise to take part in the next test")


def test_an_ing_or_s_cue_word_before_its_verb_is_a_noun() -> None:
    for text in ("This type of guerilla reporting is in line with the general trend.",
                 "Around the attack, the uncertainty around death reports became a political issue."):
        c = _claims(text)[0]
        assert (c.cue, c.speaker, c.kind) == (None, None, "assertion"), text
    # a progressive with its auxiliary still reports
    assert _rows("Officials are saying the town is safe.") == [("the town is safe", "Officials", None)]


def test_the_date_of_a_channel_after_the_cue_is_no_content() -> None:
    for text in ("The minister said, in a letter to MPs dated 4 May, that the plan had failed.",
                 "The minister said in a statement dated May 4, 2020 that the plan had failed."):
        assert [(c.quote, c.speaker) for c in _claims(text)] == [("the plan had failed", "The minister")], text


def test_a_person_named_before_found_that_reports_a_finding() -> None:
    c = _claims("Traffic Commissioner Nick Jones found, in his written decision dated 19 December 2019, that the operator "
                "was a danger to the industry.")[0]
    assert (c.quote, c.speaker, c.role, c.via) == ("the operator was a danger to the industry", "Nick Jones", "Traffic Commissioner",
                                                   "written decision")
    c = _claims("At the inquiry, the Charlotte Observer found that 1 in 4 residents lived in poor neighborhoods.")[0]
    assert c.speaker == "the Charlotte Observer"
    # a thing that 'found' something is no finder; nor is a bare find
    assert _claims("The search found that nothing was missing.")[0].speaker is None
    assert _claims("Police officers found a car near the river.")[0].speaker is None


def test_an_act_inside_a_report_is_the_reporters_statement() -> None:
    # 'replied to' and 'agrees with' with a prepositional object report no words of the inner subject
    assert _rows("But Ramos said the mayor has not replied to his interview requests.") == [
        ("the mayor has not replied to his interview requests", "Ramos", None)]
    assert _rows("Alex Glocer said he agrees with those findings.") == [("he agrees with those findings", "Alex Glocer", None)]
    # a statement passed on keeps its maker
    assert _rows("Fox News reported two sources confirmed the deal was off.") == [("the deal was off", "two sources", "Fox News")]


def test_commented_reports_with_that_or_closing_its_clause() -> None:
    assert _rows("Many people have commented that the court has not played a democratic role.") == [
        ("the court has not played a democratic role", "Many people", None)]
    assert _rows("He would be a better president, one user commented.") == [("He would be a better president", "one user", None)]
    # with its object it names what was commented on, the phrase's statement; with 'not' it is no claim at all
    assert [(c.quote, c.cue) for c in _claims("He also commented on the border agreement.")] == [
        ("commented on the border agreement", "commented")]
    assert _claims("The campaign has not commented on the reason for canceling the interview.") == []


def test_a_dash_sets_off_the_statement_before_a_closing_cue() -> None:
    assert _rows("The strike will continue — Ann Lee said on Monday.") == [("The strike will continue", "Ann Lee", None)]
    assert _rows("Prices will rise - the minister said.") == [("Prices will rise", "the minister", None)]


def test_what_a_speech_verb_is_about_before_a_quotes_colon_is_no_claim() -> None:
    assert _rows('Ann Lee said of the plan: "It will not work."') == [("It will not work.", "Ann Lee", None)]
    # a warning of something states it
    assert [c.quote for c in _claims('Ann Lee warned of a long strike: "We are ready."')] == ["warned of a long strike", "We are ready."]


def test_a_lead_channel_with_its_publication_is_the_channel() -> None:
    c = _claims("In an interview published Sunday by the Guardian, Lee said the figure was rising.")[0]
    assert (c.quote, c.speaker, c.via) == ("the figure was rising", "Lee", "interview")
    c = _claims("In a Facebook message posted Friday, the senator said he could not support the nominee.")[0]
    assert (c.speaker, c.via) == ("the senator", "Facebook message")


def test_a_dateline_is_no_part_of_the_statement() -> None:
    assert _rows("LONDON — The figure was rising, officials said Monday.") == [("The figure was rising", "officials", None)]
    assert _rows("WASHINGTON (Reuters) - The figure was rising, officials said.") == [("The figure was rising", "officials", None)]


def test_whom_a_source_cites_after_its_cue_is_the_channel() -> None:
    assert _rows("The figure was rising, the newspaper said, citing police.") == [("The figure was rising", "the newspaper", "police")]
    # a reason cited is no channel: the claim keeps its old reading
    c = _claims("This is not a hard race, Manafort said, citing Trump's appeal.")[0]
    assert c.via is None


def test_a_question_asked_of_the_speaker_ends_before_the_answer_s_cue() -> None:
    # not-claim.reported-question ran to the sentence's end and took the answer with it
    c = _claims("Smith, asked whether he would appeal, said he had not decided.")
    assert [(x.quote, x.speaker) for x in c] == [("he had not decided", "Smith")]


def test_a_participle_clause_before_the_frame_is_no_claim() -> None:
    c = _claims("When asked about the ruling, Smith said it was unfair.")
    assert [(x.quote, x.speaker) for x in c] == [("it was unfair", "Smith")]


def test_a_time_counted_back_after_the_cue_is_no_content() -> None:
    c = _claims("The plan is dead, the Guardian reported a few days later.")
    assert [(x.quote, x.speaker) for x in c] == [("The plan is dead", "the Guardian")]
    c = _claims("Smith said two days later that the plan was dead.")
    assert [(x.quote, x.speaker) for x in c] == [("the plan was dead", "Smith")]


def test_what_an_outlet_reported_as_a_noun_phrase_is_its_object() -> None:
    c = _claims("The New York Times first reported the plan on Monday.")[0]
    assert (c.quote, c.speaker) == ("reported the plan on Monday", "The New York Times")
    assert "content.object-at-verb" in c.rules
    # a clause after 'reported' is reported: 'was' is no noun
    assert _claims("Reuters reported the deal was done.")[0].quote == "the deal was done"


def test_who_passed_the_words_on_is_the_channel() -> None:
    c = _claims("Smith said through a spokesperson that the talks would resume.")[0]
    assert (c.quote, c.speaker, c.via) == ("the talks would resume", "Smith", "spokesperson")
    c = _claims("Smith said through his lawyer, Tom Baker, that the talks would resume.")[0]
    assert (c.quote, c.speaker, c.via) == ("the talks would resume", "Smith", "lawyer, Tom Baker")


def test_where_the_channel_appeared_is_no_content() -> None:
    c = _claims("Smith said in a video posted on social media that the deal was off.")[0]
    assert (c.quote, c.speaker, c.via) == ("the deal was off", "Smith", "video")


def test_where_the_hearer_was_told_is_no_content() -> None:
    for tail in ("reporters in Geneva", "reporters at the White House", "lawmakers in Washington", "reporters on Friday"):
        assert _rows(f"The talks will resume on Monday, Ann Lee told {tail}.") == [
            ("The talks will resume on Monday", "Ann Lee", None)], tail


def test_the_channel_of_a_colon_led_quote_and_of_a_lead_is_kept_without_its_time() -> None:
    assert _rows("Ann Lee posted on Facebook: “We will not give up.”") == [("We will not give up.", "Ann Lee", "Facebook")]
    assert _rows("Ann Lee commented in a blog post: “We will not give up.”") == [("We will not give up.", "Ann Lee", "blog post")]
    assert _rows("Speaking to reporters on Monday, Ann Lee said the fight would go on.") == [
        ("the fight would go on", "Ann Lee", "reporters")]


def test_evidence_shows_after_its_determiner_is_a_verb() -> None:
    # 'the show', 'new shows' are nouns after a determiner; after a head that is evidence, 'show' is the study's verb
    for source in ("the data show", "a new report shows"):
        (c,) = [c for c in _claims(f"Deaths fell by a third last year, {source}.") if c.cue]
        assert (c.quote, c.cue) == ("Deaths fell by a third last year", source.split()[-1]), source
    assert not [c for c in _claims("The new shows open on Friday.") if c.cue]


def test_as_x_put_it_names_the_quotes_speaker_and_is_no_claim() -> None:
    for lead in ("As Tom Baker put it", "Or as Tom Baker recently put it", "As Tom Baker, director of the agency, put it",
                 "Or as Tom Baker, Director of the Agency, recently put it"):
        assert _rows(f"{lead}, “Get on with it and get things done.”") == [
            ("Get on with it and get things done.", "Tom Baker", None)], lead
    assert _rows("As the agency's director, Tom Baker, put it, “Get on with it.”") == [("Get on with it.", "Tom Baker", None)]


def test_a_pointer_to_embedded_media_is_no_claim() -> None:
    for text in ("This video shows interviews with residents and their views on the road project.",
                 "The following video [ar] shows the immediate aftermath of the explosion.",
                 "In the following video uploaded by the festival, the poet recites a poem.",
                 "The following images are of the movement in New York City."):
        assert _rows(text) == [], text
    # what a video did, or evidence a video shows, stays
    assert _rows("Another recent video posed the question of who pays.") != []
    assert [c.speaker for c in _claims("Video footage shows police beating protesters.")] == ["Video footage"]


def test_what_follows_an_aside_between_dashes_is_the_articles() -> None:
    rows = _rows("Her support for a higher minimum wage – Ann Lee said she would sign such a bill – is likely to be a flashpoint.")
    assert ("she would sign such a bill", "Ann Lee", None) in rows
    assert ("is likely to be a flashpoint", None, None) in rows  # not Lee's: her cue is inside the aside


def test_an_object_pronoun_after_a_cue_is_the_hearer_and_no_channel() -> None:
    # 'told us about X' says what was talked about, like 'told reporters about X'; 'us', 'me', 'them' are whom it was
    # told, never a channel to show as the via
    [ordeal] = _claims("A farmer told us about her ordeal at the mill.")
    assert (ordeal.speaker, ordeal.quote, ordeal.via) == ("A farmer", "about her ordeal at the mill", None)
    [assured] = _claims("Ann Lee assured me the mill would stay open.")
    assert (assured.speaker, assured.quote, assured.via) == ("Ann Lee", "the mill would stay open", None)
    [telling] = [c for c in _claims("Tom Baker wrote to the farmers, telling them the mill would close.") if c.cue == "telling"]
    assert telling.via is None and "content.via" not in telling.rules


def test_a_theory_is_a_belief_of_its_holder() -> None:
    """'Scientists had theorized C', 'The miller hypothesized C': what they held true, as after 'believed'."""
    for text, who, cue in [("Scientists had theorized the mill was about 200 years old.", "Scientists", "theorized"),
                           ("The miller hypothesized that the wheel was older than the mill.", "The miller", "hypothesized")]:
        cs = [c for c in _claims(text) if c.speaker]
        assert [(c.speaker, c.cue) for c in cs] == [(who, cue)], cs
        assert not cs[0].quote.startswith(cue)


def test_an_owner_s_time_word_after_the_cue_is_part_of_the_circumstance() -> None:
    """'said at Tuesday’s board meeting that C': 'Tuesday' owns the meeting, so the content is C, not "’s board
    meeting that C"."""
    cs = [c for c in _claims("Tom Baker said at Tuesday’s board meeting that the mill should stay open.") if c.speaker]
    assert [(c.speaker, c.quote) for c in cs] == [("Tom Baker", "the mill should stay open")]


def test_a_plural_before_the_told_clause_is_whom_it_was_told() -> None:
    """'told farmers he would resign': the plural before the clause's pronoun is the hearer, no part of what was told."""
    for text, said in [("Tom Baker told farmers he would resign.", "he would resign"),
                       ("Tom Baker told millers he sees the price as fair.", "he sees the price as fair")]:
        assert [(c.speaker, c.cue, c.quote) for c in _claims(text) if c.speaker] == [("Tom Baker", "told", said)]
