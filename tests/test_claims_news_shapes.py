"""Shapes of news sentences around a cue: what sets a subject off (a participle, an age), a hearer at the sentence's end,
a negated cue, whose claim must never read as the source's statement, 'another' as a speaker, and a second cue after a
quote's cue ('…,” X said, though she said, “…”')."""

from __future__ import annotations

from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import from_text


def _text_claims(text: str) -> list[Claim]:
    return extract_claims(from_text(text, "t"))


def test_a_participle_between_the_commas_sets_off_the_subject() -> None:
    cl = _text_claims("The company, based in Ohio, said it would appeal.")
    assert [(c.quote, c.speaker) for c in cl] == [("it would appeal", "The company")]  # no 'The company, based in Ohio' claim
    assert "subject.participle-apposition" in cl[0].speaker_rules
    cl = _text_claims("The letter, signed by 40 doctors, says that the hospital cannot cope.")
    assert [(c.quote, c.speaker, c.via) for c in cl] == [("the hospital cannot cope", None, "The letter")]


def test_a_verb_phrase_before_a_cue_in_ing_stays_the_articles() -> None:
    cl = _text_claims("Yulia Petrova, the acting Prime Minister of Ruritania, spoke out against the plan, calling it “a betrayal”.")
    assert [c.speaker for c in cl if c.quote == "a betrayal"] == ["Yulia Petrova"]


def test_an_age_between_commas_is_no_speaker() -> None:
    # 'Kim Lee, 52, a shop owner in Busan, said' once named '52' as the speaker, and 'a shop owner …' as its role.
    for text in ("Kim Lee, 52, a shop owner in Busan, said the market was empty.",
                 "“It was empty,” said Kim Lee, 52, a shop owner in Busan.",
                 "“It was empty,” Kim Lee, 52, a shop owner in Busan, told Reuters."):
        cl = _text_claims(text)
        assert [(c.speaker, c.role) for c in cl] == [("Kim Lee", "a shop owner in Busan")], text
    c = _text_claims("Kim Lee, 52, said the market was empty.")[0]
    assert (c.speaker, c.role) == ("Kim Lee", None)  # an age is no role


def test_a_hearer_ending_the_sentence_has_no_full_stop() -> None:
    assert _text_claims("“It was empty,” Kim Lee told Reuters.")[0].via == "Reuters"
    assert _text_claims("“It was empty,” Kim Lee told the U.S.")[0].via == "the U.S."


def test_a_negated_cue_shows_its_negation() -> None:
    c = _text_claims("Police did not say that the suspect was armed.")[0]
    assert (c.quote, c.speaker, c.cue) == ("the suspect was armed", "Police", "did not say")
    assert "cue.negated" in c.rules
    c = _text_claims("Smith doesn’t think the plan will work.")[0]
    assert (c.quote, c.cue) == ("the plan will work", "doesn’t think")


def test_a_negated_cue_before_a_question_claims_what_the_source_did() -> None:
    # The open question is nobody's statement ('whether the suspect was armed' is not what police said).
    for text, quote in (("Police did not say whether the suspect was armed.", "did not say whether the suspect was armed"),
                        ("Officials have not disclosed how many people were hurt.", "have not disclosed how many people were hurt")):
        cl = _text_claims(text)
        assert [(c.quote, c.speaker) for c in cl] == [(quote, text.split()[0])], text


def test_a_channel_in_the_lead_is_the_via() -> None:
    for text, via in (("Speaking to the BBC, the minister said the border would stay open.", "the BBC"),
                      ("In an interview with the BBC, the minister said the border would stay open.", "interview with the BBC"),
                      ("Writing on Facebook, the minister said the border would stay open.", "Facebook"),
                      ("In the past, the minister said the border would stay open.", None)):  # a time, no channel
        cl = _text_claims(text)
        assert [(c.quote, c.speaker, c.via) for c in cl] == [("the border would stay open", "the minister", via)], text


def test_a_cue_with_no_hearer_has_no_via() -> None:
    # 'warned that C' once gave the empty string as its via; time words after a hearer are not the hearer
    assert _text_claims("Experts warn that the virus could spread further.")[0].via is None
    assert _text_claims("Kim told the BBC yesterday that the bill was dead.")[0].via == "the BBC"
    assert _text_claims("Officials warned the administration last December that the plan would fail.")[0].via == "the administration"


def test_a_name_before_two_appositives_is_the_speaker() -> None:
    # 'NAME, ROLE, ROLE2, said' once took the first role as the speaker ('the Republican attorney general of Oklahoma')
    cl = _text_claims("Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said the rule was illegal.")
    assert [(c.quote, c.speaker, c.role) for c in cl] == [("the rule was illegal", "Scott Pruitt", "the attorney general of Oklahoma")]


def test_what_the_source_did_not_give_is_not_what_it_said() -> None:
    cl = _text_claims("Trump claimed the election was rigged, but offered no evidence.")
    assert [(c.quote, c.speaker) for c in cl if c.speaker] == [("the election was rigged", "Trump")]
    assert all(c.speaker is None and c.cue is None for c in cl if "evidence" in c.quote)  # the article's own remark
    cl = _text_claims("The minister said talks would resume and declined to elaborate.")
    assert [(c.quote, c.speaker) for c in cl] == [("talks would resume", "The minister")]
    cl = _text_claims("Ardern’s spokesman said the border would reopen, but gave no date.")
    assert [c.quote for c in cl if c.speaker] == ["the border would reopen"]


def test_how_and_when_after_the_cue_is_no_content() -> None:
    # 'C, X said on condition of anonymity': C is X's; the circumstance was once the content and C the article's
    for text in ("The talks have stalled, a government spokesman said on condition of anonymity because he was not authorized.",
                 "The talks have stalled, a government spokesman said, speaking on condition of anonymity.",
                 "The talks have stalled, a government spokesman said after the meeting.",
                 "The talks have stalled, said a government spokesman on condition of anonymity."):
        cl = _text_claims(text)
        assert [(c.quote, c.speaker) for c in cl] == [("The talks have stalled", "a government spokesman")], text
    cl = _text_claims("So it makes sense, strategists said, for Democrats to act now.")  # after a comma the content goes on
    assert [c.quote for c in cl] == ["it makes sense, strategists said, for Democrats to act now"]
    cl = _text_claims("The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8 percent.")
    assert any(c.quote.endswith("paid 0.8 percent") and c.speaker == "the agency" for c in cl)


def test_confessing_and_what_a_law_specifies_are_reports() -> None:
    c = _text_claims("Wendy Iriepa and Ignacio Estrada confessed that they had no words.")[0]
    assert (c.quote, c.speaker, c.cue) == ("they had no words", "Wendy Iriepa and Ignacio Estrada", "confessed")
    c = _text_claims("The Constitution specifies that officials are removed after being impeached.")[0]
    assert (c.speaker, c.cue) == ("The Constitution", "specifies")
    assert _text_claims("He confessed to the murder.")[0].cue is None  # an act, no report


def test_a_day_after_the_channel_is_no_part_of_it() -> None:
    assert _text_claims("The company said in a statement on Monday that profits fell.")[0].via == "statement"


def test_an_age_and_a_relative_clause_after_an_inverted_source_are_no_claim() -> None:
    cl = _text_claims("“It was empty,” said Kim Lee, 52, who runs a shop in Busan.")
    assert [(c.quote, c.speaker) for c in cl] == [("It was empty,", "Kim Lee")]


def test_the_sentences_own_verb_is_no_role() -> None:
    c = _text_claims("The senator, elected in 2010, voted against the bill, saying it was too expensive.")[-1]
    assert (c.quote, c.speaker, c.role) == ("it was too expensive", "The senator", None)


def test_quoted_as_saying_in_the_passive_names_the_speaker() -> None:
    c = _text_claims("The mayor was quoted as saying that the bridge would reopen in May.")[0]
    assert (c.quote, c.speaker) == ("the bridge would reopen in May", "The mayor")
    c = _text_claims("Smith is quoted by the Guardian as saying the bridge would reopen in May.")[0]
    assert (c.speaker, c.via) == ("Smith", "the Guardian")


def test_how_the_source_spoke_is_no_role() -> None:
    c = _text_claims("The official, speaking on condition of anonymity because he was not authorized to discuss the matter, "
                     "said the talks had stalled.")[0]
    assert (c.quote, c.speaker, c.role) == ("the talks had stalled", "The official", None)


def test_hearsay_before_the_cue_hedges_the_claim() -> None:
    c = _text_claims("UNESCO reportedly said a change of name would require approval.")[0]
    assert (c.speaker, c.cue, c.hedged) == ("UNESCO", "reportedly said", True)
    assert _text_claims("The minister said the vote was rigged.")[0].hedged is False


def test_the_month_may_is_no_hedge() -> None:
    c = _text_claims("The minister said the bridge would reopen in May.")[0]
    assert (c.hedged, c.hedge) == (False, None)
    assert _text_claims("The bridge may reopen next year.")[0].hedged is True


def test_a_question_closed_by_hashtags_is_no_claim() -> None:
    assert _text_claims("What on earth were these balloons filled with? #Sad&Angry #Armenia") == []
    assert _text_claims("@unzippedblog: What on earth were these balloons filled with? #Armenia") == []
    assert len(_text_claims("The balloons were filled with hydrogen. #Armenia")) == 1


def test_an_appeal_to_the_reader_is_no_claim() -> None:
    assert _text_claims("Visit the ISN blog and see more related stories.") == []
    assert _text_claims("@opentree20: Please immediately halt importing US beef!") == []
    assert [c.kind for c in _text_claims("Share prices fell by 5 percent.")] == ["statistic"]  # a noun, no imperative
    c = _text_claims("“Please vote for me,” she said.")  # an appeal quoted with its cue stays the speaker's
    assert len(c) == 1 and c[0].cue == "said"


def test_another_of_those_just_named_speaks_but_names_nobody() -> None:
    claims = _text_claims("One analyst says the deal is dead, while another says it can be saved.")
    assert [(c.quote, c.speaker, c.cue) for c in claims] == [
        ("the deal is dead", "One analyst", "says"), ("it can be saved", None, "says")]
    assert claims[1].speaker_candidates == ("another",)  # attributed, to somebody the article does not name
    c = _text_claims("One says the deal is dead.")[0]
    assert (c.speaker, c.cue) == (None, "says")
    # 'another' before a noun is a description that names its speaker as before
    assert _text_claims("“The bill will pass,” said another Republican senator.")[0].speaker == "another Republican senator"


def test_a_cue_after_a_turn_that_follows_a_quote_and_its_cue_is_its_own_frame() -> None:
    claims = _text_claims("“We have not decided yet,” Ann Lee said on the radio, though she said, “We lean towards yes.”")
    assert [(c.quote, c.speaker) for c in claims] == [("We have not decided yet,", "Ann Lee"), ("We lean towards yes.", "Ann Lee")]
    # a turn with no subject of its own goes on about the speaker: no frame, no claim of its own
    claims = _text_claims("“Captain,” said Ann Lee, who had been eyeing him with surprise, but at last seemed struck with a thought "
                          "which explained all the wonder.")
    assert [(c.quote, c.speaker) for c in claims] == [("Captain,", "Ann Lee")]


def test_news_reports_after_a_preposition_are_a_noun() -> None:
    c = _text_claims("Tom Baker left the party amid media reports that doubt his account of the loan.")[0]
    assert (c.speaker, c.kind) == (None, "assertion")


def test_statements_issued_before_a_participle_cue_leave_the_issuers_as_speakers() -> None:
    c = _text_claims("The two unions issued statements condemning the new law.")[0]
    assert (c.speaker, c.cue) == ("The two unions", "condemning")


def test_a_role_before_a_relative_clause_after_an_inverted_source_is_the_role() -> None:
    claims = _text_claims("“Costs are too high,” said Ann Lee, an analyst at Acme, who notes that the firm has cut jobs.")
    assert [(c.quote, c.speaker, c.role) for c in claims] == [
        ("Costs are too high,", "Ann Lee", "an analyst at Acme"), ("the firm has cut jobs", "Ann Lee", None)]


def test_as_reported_by_an_outlet_is_according_to_it() -> None:
    claims = _text_claims("As first reported by the Herald, the mayor was aware of the risk.")
    assert [(c.quote, c.speaker, c.cue, c.kind) for c in claims] == [
        ("the mayor was aware of the risk", "Herald", "As first reported by", "attribution")]
    # an outlet whose name ends in '-ism' is no creed ('according to the rules' names nobody)
    c = _text_claims("As reported by Modern Tourism, the city raised its hotel tax.")[0]
    assert (c.speaker, c.cue) == ("Modern Tourism", "As reported by")
    assert _text_claims("The mayor was aware of the risk, according to the Herald.")[0].cue == "according to"


def test_made_it_clear_without_that_reports_the_clause() -> None:
    assert [(c.quote, c.speaker, c.cue) for c in _text_claims("Ann Lee made it clear the plan will fail.")] == [
        ("the plan will fail", "Ann Lee", "made it clear")]
    c = _text_claims("Ann Lee made it clear to reporters that the plan will fail.")[0]
    assert (c.quote, c.cue) == ("the plan will fail", "made it clear to reporters that")
    assert _text_claims("The rules made it clear.")[0].cue is None  # nothing said after it


def test_he_is_never_an_outlet_named_with_the() -> None:
    text = ("Ann Lee spoke on Monday.\n\nAccording to the Herald, former officer Tom Baker found both issues disqualifying."
            "\n\nHe noted that the plan had failed.")
    c = _text_claims(text)[-1]
    assert (c.quote, c.speaker, c.cue) == ("the plan had failed", "Tom Baker", "noted")  # the paragraph before's subject
    # a title with 'the' is one person ('The U.S. Surgeon General said … He wrote')
    text = "The U.S. Surgeon General said the pandemic created new pressure.\n\nHe wrote, “It would be a tragedy.”"
    assert _text_claims(text)[-1].speaker == "The U.S. Surgeon General"


def test_a_name_alone_after_wrote_is_whom_it_was_written_to() -> None:
    c = _text_claims("There is no need to move the records, Lee wrote Baker.")[0]
    assert (c.quote, c.speaker, c.via) == ("There is no need to move the records", "Lee", "Baker")


def test_whom_a_source_spoke_to_set_off_after_the_name_is_the_via() -> None:
    rows = [(c.speaker, c.via) for t in ("Ann Lee, speaking to the BBC, said the talks had failed.",
                                         "Ann Lee, speaking to reporters Tuesday at the airport, said the talks had failed.",
                                         "Ann Lee, writing in the Herald, said the talks had failed.")
            for c in _text_claims(t)]
    assert rows == [("Ann Lee", "the BBC"), ("Ann Lee", "reporters"), ("Ann Lee", "the Herald")]
    # how or where they spoke names no channel
    c = _text_claims("The official, speaking on condition of anonymity, said the talks had failed.")[0]
    assert (c.speaker, c.via) == ("The official", None)


def test_both_before_two_names_is_no_part_of_the_speaker() -> None:
    c = _text_claims("Both Ann Lee and Tom Baker said the ruling was flawed.")[0]
    assert (c.speaker, c.quote) == ("Ann Lee and Tom Baker", "the ruling was flawed")


def test_a_relative_clause_with_a_cue_ends_before_an_irregular_main_verb() -> None:
    claims = _text_claims("The toll, which officials said could rise, stood at 45 on Monday.")
    assert [(c.quote, c.speaker) for c in claims] == [("could rise", "officials"), ("stood at 45 on Monday", None)]
