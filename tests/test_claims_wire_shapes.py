"""Shapes of straight news (the wire keys, tests/gold/wire/): evidence a speaker cites inside a report ('The team said
the readings suggest C' is the team's), things made for a purpose that 'aim to' (no one's intention), a person a
paragraph introduces before 'he said', military ranks before a name, and a participle 'calling it …' after a comma.
The sentences are written for these tests, in the shapes of the keys."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims
from tests.claim_rows import rows_of as _rows


def test_evidence_a_speaker_cites_is_part_of_what_they_said() -> None:
    assert _rows("The team said radar readings suggest the area holds a large amount of ice.") == [
        ("radar readings suggest the area holds a large amount of ice", "The team", None)]
    assert _rows("Researchers say new observations indicate the planet may hold an ocean.") == [
        ("new observations indicate the planet may hold an ocean", "Researchers", None)]
    c = _claims("But the researchers say the latest study suggests the deposit is the largest ever found.")[0]
    assert (c.speaker, c.via, c.cue) == ("the researchers", None, "say")


def test_a_person_a_report_names_still_makes_their_own_statement() -> None:
    # 'suggested' after a name or a source noun is that source's statement, passed on by the outer speaker
    assert _rows("Fox News reported two sources suggested the deal was off.") == [("the deal was off", "two sources", "Fox News")]
    assert _rows("The official said Smith suggested the vote be delayed.") == [("the vote be delayed", "Smith", "The official")]


def test_what_a_thing_is_for_is_no_intention() -> None:
    c = _claims("The flights aimed to support efforts to build new aircraft for other planets.")[0]
    assert (c.speaker, c.cue, c.kind) == (None, None, "assertion")
    c = _claims("The new rules on Mars missions seek to cut costs by a third.")[0]
    assert c.speaker is None
    # a body that intends something is still its source
    assert _rows("The union aimed to block the bill.") == [("to block the bill", "The union", None)]


def test_he_after_a_chain_of_pronoun_sentences_is_the_person_introduced() -> None:
    text = ("Charles Cadieux said the planet is rocky.\n\nRené Doyon is a project scientist at the University of Montreal. "
            "He helped lead the research. He said more observations will be needed.")
    c = _claims(text)[-1]
    assert (c.quote, c.speaker) == ("more observations will be needed", "René Doyon")


def test_a_paragraph_that_introduces_a_person_gives_the_next_he_said() -> None:
    text = ("Sgt. 1st Class Alex Diaz said the radios worked well.\n\n"
            "Sgt. 1st Class David Taylor from Panama City, Fla., also assigned to the unit, has had three tours in Iraq. "
            "For his first two tours, he worked in signal jobs.\n\n"
            "“This will be my third exercise,” he said. Taylor noted that the system had promise.")
    c = next(c for c in _claims(text) if c.quote.startswith("This will be"))
    assert c.speaker == "David Taylor"


def test_the_name_of_a_thing_introduces_no_one() -> None:
    # 'Flight Readiness Review' is never named by its last word alone: no person, the last speaker stays
    text = ("“The review went well,” said Brad Neal, chairman of the board.\n\n"
            "Flight Readiness Review is the first step in the approval process. The Flight Safety Review comes next.\n\n"
            "“We are ready,” he said.")
    assert _claims(text)[-1].speaker == "Brad Neal"


def test_a_military_rank_is_a_role_not_part_of_the_name() -> None:
    c = _claims("Sgt. 1st Class Alex Diaz said the radios worked well.")[0]
    assert (c.speaker, c.role) == ("Alex Diaz", "Sgt. 1st Class")
    c = _claims("Command Sgt. Maj. Tim Cook said the training paid off.")[0]
    assert (c.speaker, c.role) == ("Tim Cook", "Command Sgt. Maj.")
    c = _claims("Spc. Ana Ruiz said the vehicles held up.")[0]
    assert (c.speaker, c.role) == ("Ana Ruiz", "Spc.")


def test_calling_after_a_comma_reports_for_the_subject() -> None:
    rows = _rows("Protesters marched through the capital on Sunday, calling for the resignation of the prime minister.")
    assert ("calling for the resignation of the prime minister", "Protesters", None) in rows


def test_a_share_of_respondents_speaks_for_the_survey() -> None:
    text = ("The Pew Research Center carried out the study and released the results last month.\n\n"
            "About half of all respondents reported they feel close to people all over the world.")
    c = _claims(text)[-1]
    assert (c.speaker, c.cue) == ("Pew Research Center", "reported")
    assert "speaker.survey-share" in c.speaker_rules


def test_a_share_with_no_survey_named_has_no_speaker() -> None:
    c = _claims("Sixty percent said they would vote in the election.")[0]
    assert (c.speaker, c.cue) == (None, "said")
    assert "speaker.survey-unclear" in c.speaker_rules
    # a group that spoke is no share of respondents
    assert _claims("Most of the candidates said they would debate again.")[0].speaker == "Most of the candidates"


def test_what_respondents_said_in_a_finding_is_the_findings() -> None:
    c = _claims("The Pew study found that 93 percent of respondents from Mexico said that speaking Spanish is important.")[0]
    assert (c.speaker, c.via, c.cue) == ("Pew", "The Pew study", "found")  # the study's issuer, the study its channel
    assert c.quote.startswith("93 percent of respondents")
    # a person's statement passed on by a report stays theirs
    assert _rows("Officials said the minister said the plan was dead.") == [("the plan was dead", "the minister", "Officials")]


def test_an_administrator_title_is_a_role() -> None:
    text = ("In May, Aurora Innovation said it was preparing to launch trucks.\n\n"
            "FAA Administrator Mike Whitaker said the aircraft were new. He added that the rules mark a beginning.")
    rows = [(c.speaker, c.role) for c in _claims(text)]
    assert rows[1:] == [("Mike Whitaker", "FAA Administrator"), ("Mike Whitaker", None)]


def test_the_agency_is_the_one_named_with_that_noun() -> None:
    text = ("The American space agency NASA says the helicopter crashed.\n\n"
            "The space agency says the data could help future missions.")
    rows = [(c.speaker, c.role) for c in _claims(text)]
    assert rows == [("NASA", "The American space agency"), ("NASA", None)]


def test_a_name_next_to_its_noun_stops_at_the_sentence_end() -> None:
    # 'company Microsoft. Officials': the name is Microsoft, not 'Microsoft. Officials'
    text = ("The tools were announced by American software company Microsoft. Officials explained the tools.\n\n"
            "The company said it expects a full release in 2025.")
    assert _claims(text)[-1].speaker == "Microsoft"


def test_he_after_a_title_is_the_titled_person() -> None:
    text = ("The U.S. Surgeon General said the lockdowns have created new pressure on young people.\n\n"
            "He wrote, “It would be a tragedy if we beat back one crisis only to allow another to grow.”")
    assert _claims(text)[-1].speaker == "The U.S. Surgeon General"
    # a description of a thing is no 'he'
    text = "The company said sales rose.\n\nHe wrote, “It was a good year.”"
    assert _claims(text)[-1].speaker is None


def test_his_and_her_sentences_pass_the_subject_on() -> None:
    text = ("Thomas Watters of the U.S. Smithsonian Institution led the new research. His team’s findings were published in a "
            "journal. He said in a statement the deposits were thicker than earlier estimates had shown.")
    assert _claims(text)[-1].speaker == "Thomas Watters"


def test_she_after_even_so_is_the_subject_before() -> None:
    text = ("Maria Lopez said she loves languages.\n\nSaodat Sadikova has never traveled outside Uzbekistan. Even so, she "
            "reports feeling connected to people around the world.")
    assert _claims(text)[-1].speaker == "Saodat Sadikova"


def test_a_study_found_is_its_issuer_named_paragraphs_before() -> None:
    filler = "\n\n".join(["Sadikova grew up in a small town near the capital and studied languages at school."] * 4)
    text = (f"That information comes from a new report by Pew Research Center, an organization based in Washington.\n\n{filler}"
            "\n\nFeeling close to others is more common in Europe than in most other places, the study found.")
    c = _claims(text)[-1]
    assert (c.speaker, c.via) == ("Pew Research Center", "the study")


def test_a_cue_word_in_a_hyphenated_compound_is_no_verb() -> None:
    c = _claims("And the UN-backed COVAX program purchased shots for poor countries around the world.")[0]
    assert (c.speaker, c.cue, c.kind) == (None, None, "assertion")
    c = _claims("The self-described democratic socialist said the race was not over.")[0]
    assert (c.speaker, c.cue) == ("The self-described democratic socialist", "said")


def test_an_event_that_concluded_reports_nothing() -> None:
    c = _claims("The event, known as NIE, concluded Oct. 8 and was the final test of the new network.")[0]
    assert (c.speaker, c.cue) == (None, None)
    c = _claims("The study concluded that the drug was safe.")[0]
    assert (c.cue, c.quote) == ("concluded", "the drug was safe")


def test_called_between_commas_names_a_title() -> None:
    c = _claims("The report, called Attitudes on an Interconnected World, was released on December 6.")[0]
    assert (c.speaker, c.cue) == (None, None)
    assert _claims("Trump called the deal a disaster for American workers.")[0].speaker == "Trump"


def test_a_name_after_a_subordinator_is_the_cues_subject() -> None:
    c = _claims("This came after Merck had reported success in testing its version of the pill.")[0]
    assert (c.speaker, c.cue) == ("Merck", "reported")


def test_the_agent_of_a_participle_is_no_speaker_unless_it_issued_a_document() -> None:
    c = _claims("The new data collected by the James Webb showed the planet might have a nitrogen-rich atmosphere.")[0]
    assert c.speaker != "James Webb" and c.cue == "showed"
    c = _claims("Trump is innocent, according to a court document filed by state attorney Dave Aronberg.")[0]
    assert c.speaker == "Dave Aronberg"


def test_a_justice_department_title_before_the_name_after_an_inverted_cue() -> None:
    rows = {c.quote: (c.speaker, c.role) for c in _claims(
        "“Individuals like Tan seek to steal trade secrets,” said U.S. Attorney Trent Shores for the Northern District of "
        "Oklahoma. “Stealing trade secrets can destroy a business,” said Special Agent in Charge Richard Quinn of the FBI "
        "St. Louis Division. “This case shows our resolve,” said Assistant Attorney General for National Security John C. "
        "Demers.")}
    assert rows["Individuals like Tan seek to steal trade secrets,"] == ("Trent Shores", "U.S. Attorney for the Northern District of Oklahoma")
    assert rows["Stealing trade secrets can destroy a business,"][0] == "Richard Quinn"
    assert rows["This case shows our resolve,"] == ("John C. Demers", "Assistant Attorney General for National Security")
    assert not any(q.startswith(("Attorney", "in Charge")) for q in rows)  # no piece of the cue left as a claim


def test_a_time_phrase_before_the_first_comma_is_no_speaker() -> None:
    c = _claims("Hongjin Tan resigned on Monday. Later that day, he returned the thumb drive, claiming that he had forgotten it.")[-1]
    assert (c.quote, c.speaker) == ("he had forgotten it", "Hongjin Tan")
    # 'But X, unlike Y, …': the name after 'But' stays the subject
    rows = _rows("But Bright, unlike Sadikova, does not report feeling connected to people around the world.")
    assert rows and all(spk != "Sadikova" for _, spk, _ in rows)


def test_name_title_body_said_is_the_person() -> None:
    text = ("Title\n\nThe plan was published.\n\nPrerana Issar, Chief People Officer, NHS England said:\n\n"
            "Helping people manage their health at work is good for employees.")
    c = _claims(text)[-1]
    assert (c.speaker, c.role) == ("Prerana Issar", "Chief People Officer, NHS England")
    # the last part a person's name: that person speaks, no body
    c = _claims("Speaking to Dunya TV, Minister for Information and Technology, Raja Pervaiz Ashraf said Facebook complied.")[0]
    assert c.speaker == "Raja Pervaiz Ashraf"


def test_evidence_established_or_demonstrated_that() -> None:
    c = _claims("Evidence at trial established that Zhang worked as a rice breeder for the company.")[0]
    assert (c.speaker, c.cue, c.quote) == ("Evidence at trial", "established", "Zhang worked as a rice breeder for the company")
    c = _claims("Trial evidence demonstrated that visitors came to his home in 2013.")[0]
    assert c.cue == "demonstrated"
    # with an object they are acts
    for s in ("The research team established a reduced-complexity model.", "Protesters demonstrated outside the embassy."):
        assert _claims(s)[0].cue is None, s


def test_a_place_opening_a_paragraph_introduces_no_one() -> None:
    text = ("The army declared a state of siege in Santa Cruz Barillas on Tuesday.\n\n"
            "Santa Cruz Barillas has seen protests against a dam for months. Barillas is in the north.\n\n"
            "“We will not leave,” he said.")
    assert _claims(text)[-1].speaker != "Santa Cruz Barillas"


def test_went_on_to_clarify_is_one_cue() -> None:
    c = _claims("Williamson went on to clarify that the tests are not about whether a system is good or bad.")[0]
    assert (c.speaker, c.cue) == ("Williamson", "went on to clarify")
    # 'clarify' with an object is an act
    assert _claims("The court will clarify the rules next week.")[0].cue is None


def test_carried_quote_past_another_speakers_cue_abstains() -> None:
    text = ("Thomas Watters of the U.S. Smithsonian Institution led the new research. He said in a statement the deposits were "
            "thicker than earlier estimates had shown.\n\nThe researchers said the data showed the deposits extended deep "
            "beneath the surface. They seemed to contain “layers of dust and ice, all topped by a protective layer.”")
    last = _claims(text)[-1]
    assert last.kind == "quote" and last.speaker is None
    assert "The researchers" in last.speaker_candidates and "Thomas Watters" in last.speaker_candidates
    # with no other speaker's cue in its paragraph the carry stands
    text = ("Thomas Watters of the U.S. Smithsonian Institution led the new research. He said in a statement the deposits were "
            "thicker than earlier estimates had shown.\n\nThe deposits extended deep beneath the surface. They seemed to "
            "contain “layers of dust and ice, all topped by a protective layer.”")
    assert _claims(text)[-1].speaker == "Thomas Watters"


def test_british_honorifics_and_letters_after_a_name() -> None:
    text = ("The Attorney General, the Rt Hon Suella Braverman QC MP, said the sentences were too low.\n\n"
            "Following the decision, the Attorney General said:\n\nThis was a chilling and appalling case.\n\n"
            "Conor McGinn MP said the law was a welcome step.")
    claims = _claims(text)
    assert claims[0].speaker == "Suella Braverman" and claims[0].role == "The Attorney General"
    assert claims[1].speaker == "Suella Braverman"  # the title named with her before
    assert claims[2].speaker == "Conor McGinn" and claims[2].role == "MP"


def test_party_tag_between_name_and_role() -> None:
    text = "Sen. Michael Hastings, D-Frankfort, the chief sponsor of the insurance bill, said he plans to reintroduce the bill."
    c = _claims(text)[-1]
    assert c.speaker == "Michael Hastings" and c.role == "the chief sponsor of the insurance bill"


def test_hyphenated_titles_are_no_part_of_the_name() -> None:
    text = "“We work hard to find the threats we cannot see,” said FBI Assistant Director-in-Charge Sweeney."
    c = _claims(text)[0]
    assert c.speaker == "Sweeney" and c.role == "FBI Assistant Director-in-Charge"
    assert _claims("Secretary-General Antonio Guterres said the talks would resume.")[0].speaker == "Antonio Guterres"
    assert _claims("Jean-Pierre Dupont said the talks would resume.")[0].speaker == "Jean-Pierre Dupont"


def test_we_outside_quote_marks_is_not_the_last_group() -> None:
    text = ("The algorithms predict what you will like. We also looked at replies. But we found that people engage with "
            "plenty of posts.")
    c = _claims(text)[-1]
    assert c.speaker is None and c.speaker_span is not None and c.speaker_span.of(text) == "we"


def test_a_time_owns_no_report_and_an_inquiry_names_no_issuer() -> None:
    text = "The Charity Commission removed a trustee. Today’s report heavily criticises institutional failings."
    c = _claims(text)[-1]
    assert c.speaker is None and c.via == "Today’s report" and "speaker.document-unclear" in c.speaker_rules
    text = "An official inquiry has found misconduct and mismanagement at the charity."
    c = _claims(text)[-1]
    assert c.speaker is None and c.via == "An official inquiry"
    # the inquiry the article is about stays its speaker
    text = "The Charity Commission opened an inquiry in 2019. The inquiry found that the trustees failed to act."
    assert _claims(text)[-1].speaker == "The inquiry"


def test_investigators_and_inspectors_report_what_they_found() -> None:
    c = _claims("Investigators also found that the trustees had ignored the warnings.")[-1]
    assert c.speaker == "Investigators" and c.cue == "found" and c.kind == "attribution"
    c = _claims("Ofsted inspectors found that pupils were taught in unsafe rooms.")[-1]
    assert c.speaker == "Ofsted inspectors"
    # without 'that', what investigators 'found' is no report of theirs
    c = _claims("The risks may prove larger than the classified information that investigators said they found on her system.")
    assert all(x.cue != "found" for x in c)


def test_what_a_court_was_told_is_an_attribution_with_no_speaker() -> None:
    text = ("At Cambridge Magistrates’ Court on 8 August 2019, the court was told that both pollution incidents were a result "
            "of silage liquor leaking from ag-bags.")
    c = _claims(text)[-1]
    assert c.quote.startswith("both pollution incidents") and c.kind == "attribution" and c.speaker is None
    assert c.cue == "the court was told that" and "claim.heard-in-court" in c.rules
    c = _claims("Magistrates heard that ag-bags are large bags often stored on fields.")[-1]
    assert c.quote.startswith("ag-bags") and c.cue == "Magistrates heard that"
    # 'heard from X that C' names its speaker elsewhere: not this rule
    assert "claim.heard-in-court" not in _claims("The court heard from a witness that Smith had left early.")[-1].rules


def test_a_prefixed_surname_finds_its_full_name() -> None:
    text = ("Emilie Vansant said the trees help.\n\nNils McCune, an agroecology researcher at the University of Vermont, has "
            "worked with many projects. Most importantly, McCune said, the entire process is managed by the community.\n\n"
            "This helps guard against outside interests, he said: “Most textbooks only see one product.”")
    claims = _claims(text)
    assert [c.speaker for c in claims if c.cue] == ["Emilie Vansant", "Nils McCune", "Nils McCune"]


def test_name_comma_title_of_body_said() -> None:
    text = "Laura Walters, Special Crown Prosecutor of the Crown Prosecution Service said:\n\nThe company knowingly produced defective medicine."
    c = _claims(text)[-1]
    assert c.speaker == "Laura Walters" and c.role == "Special Crown Prosecutor of the Crown Prosecution Service"
    c = _claims("In Washington, White House spokesman Josh Earnest said the talks would go on.")[-1]
    assert c.speaker == "Josh Earnest"


def test_findings_and_warnings_that_need_that() -> None:
    c = _claims("Investigators uncovered that the company had paid workers below the minimum wage.")[-1]
    assert c.speaker == "Investigators" and c.cue == "uncovered"
    c = _claims("Experts caution that these market opportunities should be created carefully.")[-1]
    assert c.speaker == "Experts" and c.cue == "caution"
    claims = _claims("Carroll agreed and cautioned about the effect of cannabis use on the brain.")
    assert all(c.cue != "cautioned" for c in claims)
    claims = _claims("“These results may be the first time that any spacecraft has discovered a new population,” said Alan Stern.")
    assert all(c.cue != "has discovered" and c.cue != "discovered" for c in claims)


def test_a_known_surname_since_the_sentence_before_makes_he_unsure() -> None:
    text = ("Jorge Catalan said traditions matter less to him. Agatha Janzen said customs are central to being Canadian.\n\n"
            "But for Catalan, they are not so important. He noted that Mexican traditions have changed over time.")
    c = _claims(text)[-1]
    assert c.speaker is None and "Catalan" in c.speaker_candidates and "Agatha Janzen" in c.speaker_candidates
    # a name inside the quote the pronoun closes is no rival
    text = ("Ben Jealous said the party must unite.\n\n“[Sanders] should stay in until he gets everything he’s fighting for,” "
            "he added.")
    assert _claims(text)[-1].speaker == "Ben Jealous"


def test_release_cue_lines_with_a_title_in_capitals() -> None:
    c = _claims("Andrew Moll, Chief Inspector of Marine Accidents said:\n\nThe search has been extended.")[-1]
    assert c.speaker == "Andrew Moll" and c.role == "Chief Inspector of Marine Accidents"
    c = _claims("Oliver Howells, Senior Ecologist, Defence Infrastructure Organisation, said:\n\nThe orchid is rare.")[-1]
    assert c.speaker == "Oliver Howells"


def test_a_date_in_brackets_after_the_cue_is_no_content() -> None:
    text = ("The UK will provide up to £15 million to help Pakistan respond to the floods, Foreign Secretary Liz Truss "
            "announced today (1 September 2022).")
    c = _claims(text)[-1]
    assert c.speaker == "Liz Truss" and c.quote.startswith("The UK will provide")


def test_the_speakers_own_apposition_names_no_rival_for_the_next_quote() -> None:
    text = ("The dust counter was built in Boulder.\n\n"
            "“New Horizons is making the first direct measurements of dust far beyond Pluto,” said Alex Doner, lead author of "
            "the paper and a graduate student at the University of Colorado Boulder who serves as SDC lead. “The idea that we "
            "might have detected an extended Kuiper Belt offers another clue.”")
    assert _claims(text)[-1].speaker == "Alex Doner"
    # a person named in a sentence of its own between the quotes still is
    text = ("“The dust is far beyond Pluto,” said Alex Doner, lead author of the paper. Alan Stern leads the mission, and "
            "Stern chose the team. “The idea that we might have detected an extended Kuiper Belt offers another clue.”")
    assert _claims(text)[-1].speaker is None


def test_reported_speech_that_goes_on_backshifted() -> None:
    text = ("William Burnidge said ranchers like the collars. He added that virtual fences could help protect rare plants. "
            "They could also support conservation of wild animals.")
    c = _claims(text)[-1]
    assert c.speaker == "William Burnidge" and c.kind == "attribution" and "speaker.speech-continued" in c.rules
    text = ("Each side said the other would be responsible if the money is not approved. The issue could also become a "
            "factor in the elections.")
    assert _claims(text)[-1].speaker is None


def test_a_possessive_that_opens_the_sentence_before_makes_she_unsure() -> None:
    text = ("Phyllis Schlafly said the amendment would fail. Betty Friedan said Schlafly was wrong.\n\n"
            "Mrs. Schlafly's pronouncements drove her antagonists to distraction. She said that sex-education classes harm "
            "families.")
    c = _claims(text)[-1]
    assert c.speaker is None and "Schlafly" in c.speaker_candidates
    # a possessive inside the clause is no rival
    text = ("Juan Zarate said the plan was flawed. Donald Trump said the plan was sound.\n\n"
            "Juan Zarate also questioned Trump's logic. He said that sanctuary must be denied to the group.")
    assert _claims(text)[-1].speaker == "Juan Zarate"


def test_an_asserting_stance_with_that_gives_the_clause() -> None:
    c = _claims("The minister underscored that the plan would cost less.")[-1]
    assert c.quote == "the plan would cost less" and c.cue == "underscored"
    c = _claims("Smith highlighted that the budget was cut by half.")[-1]
    assert c.quote == "the budget was cut by half" and c.speaker == "Smith"
    # with an object it stays the stance
    assert _claims("Smith highlighted the value of the talks.")[-1].quote.startswith("highlighted")


def test_a_number_in_a_name_is_no_statistic() -> None:
    assert _claims("The exoplanet is known as LHS 1140 b.")[0].kind == "assertion"
    assert _claims("Capability Set 13 is the Army's first fully integrated package.")[0].kind == "assertion"
    assert _claims("About 40 people were hurt in the blast.")[0].kind == "statistic"
    assert _claims("The team inspected the centre in north-west London 3 times between 2019 and 2021.")[0].kind == "statistic"


def test_a_live_tweet_of_a_named_speaker() -> None:
    text = ("Their replies were tweeted by Emirati commentator Sultan Al Qassemi:\n\n@SultanAlQassemi: On vision for Egypt - "
            "Amr Moussa: A constitutional state that leads the region and serves its people #monazarat\n\n@DaliaEzzat_: "
            "Abuel Fottouh : bread, freedom, dignity and social justice. He's basically repeating the slogans of the revolution")
    claims = _claims(text)
    assert (claims[0].speaker, claims[0].via, claims[0].quote) == ("Amr Moussa", "Sultan Al Qassemi",
                                                                   "A constitutional state that leads the region and serves its people")
    assert claims[1].speaker == "Abuel Fottouh" and claims[1].quote.startswith("bread")
    assert claims[2].speaker != "Abuel Fottouh"  # the tweeter's own comment
    assert _claims("@unzippedblog: BREAKING: The blast hurt 140 people.")[0].speaker != "BREAKING"
