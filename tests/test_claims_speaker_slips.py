"""Slips that put a wrong name, or none, on plain news shapes: a quotation opened with a straight mark and closed with a
curly one, 'continued' with a participle after it, a participle that opens the sentence, a word of degree before an
adjective, an adverb between a subject and its verb, and a 'they' that would stand for a poll. The sentences are
written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_straight_opener_closed_by_a_curly_mark_is_one_quotation() -> None:
    text = ("“This budget is a mess,” Ann Lee said of the mayor's plan.\n\n"
            "\"But the council passed it,” Tom Baker said.\n\n"
            "\"I know. That is why we must act,” Lee said.")
    rows = [(c.quote, c.speaker) for c in _claims(text) if c.kind == "quote"]
    assert ("But the council passed it,", "Tom Baker") in rows
    assert ("That is why we must act,", "Ann Lee") in rows
    # the curly closer ends the quotation: the cue after it is no part of what was said
    assert not any("said" in q for q, _ in rows)
    # a curly pair inside straight marks still nests
    inner = _claims("\"The “best” plan is ours,\" Ann Lee said.")[0]
    assert (inner.quote, inner.speaker) == ("The “best” plan is ours,", "Ann Lee")


def test_continued_with_a_participle_after_it_closes_the_quotation() -> None:
    text = ("“The mill is losing money,” Tom Baker said.\n\n"
            "“Most of the loss is in wages,” he continued, citing the rise in the minimum wage.")
    c = _claims(text)[-1]
    assert (c.quote, c.cue, c.speaker) == ("Most of the loss is in wages,", "continued", "Tom Baker")
    # 'continued to' is still no cue
    assert _claims("Prices continued to rise in May, citing no cause.")[0].cue is None


def test_a_participle_that_opens_the_sentence_is_no_speaker() -> None:
    cs = _claims("Carrying banners naming the mayor “a loser,” the farmers marched outside the hall.")
    assert all(c.speaker is None or "Carrying" not in c.speaker for c in cs)
    # a place in -ing before a plural of people is a subject
    c = _claims("Reading officials said the road was closed.")[0]
    assert (c.quote, c.speaker) == ("the road was closed", "Reading officials")


def test_a_word_of_degree_ends_no_subject() -> None:
    c = _claims("The most revealing claim Ann Lee has made is that the mill will reopen.")[0]
    assert (c.speaker, c.cue) == (None, None)
    c = _claims("Perhaps most revealing, though, was the mayor's choice of music.")[0]
    assert (c.speaker, c.cue) == (None, None)
    # 'most' opening a plural subject is no word of degree
    c = _claims("Most analysts say the plan failed.")[0]
    assert (c.quote, c.speaker) == ("the plan failed", "Most analysts")


def test_an_adverb_before_the_verb_is_no_word_of_the_name() -> None:
    c = _claims("Auditors soon noted that the accounts had been altered.")[0]
    assert (c.speaker, c.cue) == ("Auditors", "noted")
    c = _claims("The mayor later wrote that the road was closed.")[0]
    assert (c.speaker, c.cue) == ("The mayor", "wrote")


def test_they_stands_for_no_poll_that_says() -> None:
    text = ("Ann Lee won 61 percent of the vote, according to exit polls.\n\n"
            "Farmers want a mayor who listens, they say.")
    polled, said = _claims(text)
    assert polled.speaker == "exit polls"
    assert (said.cue, said.speaker) == ("say", None)  # people say; a poll shows
    text = ("Two surveys found that most farmers want lower prices.\n\n"
            "They also found that millers want higher prices.")
    found = _claims(text)[-1]
    assert (found.cue, found.speaker) == ("found", "Two surveys")  # what surveys do


def test_a_relative_clause_after_the_subject_is_no_role() -> None:
    cs = _claims("Of the mayor, Ann Lee, who ran against Tom Baker in 2019, said, “He is careless. But he means well.”")
    assert [(c.speaker, c.role) for c in cs] == [("Ann Lee", None), ("Ann Lee", None)]


def test_the_quotes_own_inverted_cue_beats_the_paragraphs_other_cue() -> None:
    text = ("Several columnists predicted a disaster for the harvest. "
            "\"Farmers should stay home this week,\" opined the Riverton Gazette.")
    c = _claims(text)[-1]
    assert (c.quote, c.speaker, c.cue) == ("Farmers should stay home this week,", "the Riverton Gazette", "opined")


def test_a_word_after_an_owner_or_a_phrase_ending_in_and_is_no_colon_cue() -> None:
    text = ("Counts of rural voters and measures of farmers’ views are weak - Acme Research: "
            "“All the panels hold more keen people than they should. The gaps were very large.”")
    assert all(c.cue not in ("views", "measures") for c in _claims(text))


def test_a_surname_with_a_lower_case_particle_opens_a_sentence_and_is_its_subject() -> None:
    text = ("Ana de Souza considers herself transnational. She grew up in Brazil.\n\n"
            "de Souza has strong feelings about identity. She believes speaking a language is a very important part of "
            "identity. de Souza speaks both Portuguese and English.")
    believed = next(c for c in _claims(text) if c.cue == "believes")
    assert (believed.quote, believed.speaker) == ("speaking a language is a very important part of identity", "Ana de Souza")
    assert "de Souza speaks both Portuguese and English" in [c.quote for c in _claims(text)]


def test_a_titled_owners_team_is_the_team() -> None:
    text = ("Dr. Tom Baker’s team found that two compounds stimulated the cells.\n\n"
            "Next, they examined whether the drugs could help. They found that both drugs were effective.")
    cs = [c for c in _claims(text) if c.cue == "found"]
    assert [(c.quote, c.speaker) for c in cs] == [("two compounds stimulated the cells", "Dr. Tom Baker’s team"),
                                                  ("both drugs were effective", "Dr. Tom Baker’s team")]
    c = _claims("Senator Lee's office said the poll was wrong.")[0]
    assert (c.speaker, c.role) == ("Senator Lee's office", None)
    # a title and a surname alone stay a person with a role
    c = _claims("Senator Lee said the poll was wrong.")[0]
    assert (c.speaker, c.role) == ("Lee", "Senator")


def test_a_relative_clause_with_its_own_comma_stays_in_the_apposition() -> None:
    c = _claims("Ann Lee, the farmer who chairs the mill board, which sets the prices, said the new rules call into question "
                "the fairness of the market.")[0]
    assert (c.quote, c.speaker, c.role) == ("the new rules call into question the fairness of the market", "Ann Lee",
                                            "the farmer who chairs the mill board")
    c = _claims("Of the mayor, Tom Baker, who ran against her in 2019, said, “She is careless.”")[0]
    assert (c.speaker, c.role) == ("Tom Baker", None)


def test_a_name_and_its_auxiliary_after_a_lead_is_the_main_clause() -> None:
    c = _claims("Despite the polls, Ann Lee had stayed out of the race, arguing she did not want to split the vote.")[-1]
    assert (c.quote, c.speaker, c.cue) == ("she did not want to split the vote", "Ann Lee", "arguing")


def test_she_after_a_described_person_is_that_person() -> None:
    text = ("Ann Lee said the law is needed.\n\n"
            "A 41-year-old Leeds farmer, meanwhile, was fined in May after she posted comments. "
            "“Close the mill!” she wrote.")
    c = _claims(text)[-1]
    assert (c.quote, c.speaker) == ("Close the mill!", "A 41-year-old Leeds farmer")  # not Ann Lee, the last one named


def test_a_cue_lines_own_that_clause_is_its_speakers_claim() -> None:
    text = ("Finally, the Farm Notes blog, which gives a history of the case, says that the old mill should never be "
            "forgotten:\n\n"
            "The rate of closures on the island has skyrocketed.")
    rows = [(c.quote, c.speaker, c.kind) for c in _claims(text)]
    assert rows == [("the old mill should never be forgotten", "the Farm Notes blog", "attribution"),
                    ("The rate of closures on the island has skyrocketed.", "the Farm Notes blog", "quote")]
    # a hope is no claim of the line's own
    hoped = _claims("Ann Lee hopes that the mill will reopen during the summer:\n\nThe mill is old.")
    assert "the mill will reopen during the summer" not in [c.quote for c in hoped]


def test_a_coordinated_cue_after_a_conjunction_and_an_ordinal_in_the_name() -> None:
    c = _claims("But the Court of Appeals for the 2nd Circuit overruled and said the county had opened enough polling stations.")[-1]
    assert (c.quote, c.speaker) == ("the county had opened enough polling stations", "the Court of Appeals for the 2nd Circuit")


def test_a_report_by_way_of_while_or_by_is_the_main_clauses_subjects() -> None:
    c = _claims("Ann Lee kept her seat on the board, while saying that the new tax worried her.")[-1]
    assert (c.quote, c.speaker, c.cue) == ("the new tax worried her", "Ann Lee", "saying")
    cs = _claims("Tom Baker ended the meeting by saying he would stay on the board.")
    assert [(c.quote, c.speaker) for c in cs] == [("Tom Baker ended the meeting", None),
                                                  ("he would stay on the board", "Tom Baker")]
    # 'by calling him out' reports nothing; 'as time goes by' keeps its 'by'
    assert [c.cue for c in _claims("The governor embarrassed his rival at the fair by calling him out twice.")] == [None]
    assert _claims("More people have gathered as time goes by.")[0].quote == "More people have gathered as time goes by"


def test_an_apposition_between_the_subject_and_its_first_verb() -> None:
    c = _claims("Ann Lee, a spokeswoman for Acme, declined to comment on the plan but said the company would cooperate.")[-1]
    assert (c.quote, c.speaker, c.cue) == ("the company would cooperate", "Ann Lee", "said")


def test_he_at_a_paragraphs_start_is_the_subject_of_the_paragraph_before() -> None:
    text = ("Ann Lee said the town had forgotten the farmers.\n\n"
            "Tom Baker, a farmer, lost his barn in the flood.\n\n"
            "“I have nothing left,” he said.")
    c = _claims(text)[-1]
    assert (c.quote, c.speaker) == ("I have nothing left,", "Tom Baker")
    # a time is no source of 'X, the mayor, spoke on Monday.'
    assert _claims("Ann Lee, the mayor, spoke on Monday.")[0].cue is None


def test_local_media_after_the_content_and_the_passive_quoted_as_saying() -> None:
    c = _claims("Three people died, local media reported.")[0]
    assert (c.quote, c.speaker, c.cue) == ("Three people died", "local media", "reported")
    c = _claims("Ann Lee was cited by the Herald as saying the strike would go on.")[0]
    assert (c.quote, c.speaker, c.via) == ("the strike would go on", "Ann Lee", "the Herald")
    c = _claims("The strike would go on, Ann Lee was quoted as saying.")[0]
    assert (c.quote, c.speaker) == ("The strike would go on", "Ann Lee")


def test_a_participle_between_commas_is_no_role_and_what_it_cites_is_the_via() -> None:
    c = _claims("The Herald, citing police, reported that three people died.")[0]
    assert (c.speaker, c.role, c.via) == ("The Herald", None, "police")
    c = _claims("Ann Lee, speaking through an interpreter, said the mill was closed.")[0]
    assert (c.speaker, c.role) == ("Ann Lee", None)


def test_a_name_after_but_is_the_subject_and_a_sentence_ending_in_its_cue_has_none() -> None:
    text = ("“The talks went well,” said Tom Baker.\n\n"
            "But John Smith, the union leader, was less upbeat. “Nothing was agreed,” he said.")
    assert _claims(text)[-1].speaker == "John Smith"
    text = ("Farmers praised the plan. Yet the mayor is also a “safe pair of hands,” Tom Baker said.\n\n"
            "“I think they will work it out,” he said.")
    assert _claims(text)[-1].speaker == "Tom Baker"  # the speaker of the cue, not the sentence's first noun phrase


def test_a_role_that_says_a_gender_votes_on_the_pronoun() -> None:
    text = ("Ann Lee, a teacher, said the school was closing. Her husband, Tom Lee, said he would move.\n\n"
            "“We have no choice,” she said.")
    assert _claims(text)[-1].speaker != "Tom Lee"  # a husband is no 'she'
    text = "Ann Lee, a spokeswoman for the mill, said it would close.\n\n“He will not be missed,” he said."
    assert _claims(text)[-1].speaker != "Ann Lee"


def test_what_follows_a_quotes_cue_is_how_or_when_it_was_said() -> None:
    c = _claims("“I was not expecting this,” said Ann Lee after the race.")
    assert [(x.quote, x.speaker) for x in c] == [("I was not expecting this,", "Ann Lee")]  # not 'Lee after the race'
    c = _claims("“The answer is no,” said Acme shareholder Ann Lee when asked about the vote.")
    assert [(x.quote, x.speaker, x.role) for x in c] == [("The answer is no,", "Ann Lee", "Acme shareholder")]
    c = _claims("“The answer is no,” Ann Lee says to Tom Baker at the gate.")
    assert [(x.quote, x.speaker) for x in c] == [("The answer is no,", "Ann Lee")]  # 'to Baker at the gate' is no content
    # what follows a comma after the source goes on with the content
    c = _claims("The club has drawn a crowd, said Ann Lee, with chess lessons and long walks by the river.")
    assert any("chess lessons" in x.quote for x in c)


def test_a_quotes_last_sentence_before_its_cue_is_the_cues_content() -> None:
    text = "“He said it twice. It is wrong,” Tom Baker tweeted after Ann Lee argued that the fund was empty."
    rows = [(c.quote, c.speaker) for c in _claims(text)]
    assert ("It is wrong,", "Tom Baker") in rows and ("He said it twice.", "Tom Baker") in rows
    assert not [q for q, _ in rows if q == "after"]


def test_a_time_alone_after_the_cue_is_no_claim() -> None:
    cs = _claims("“The answer is no,” Ann Lee, who wants to cut the tax, said at the time.")
    assert "at the time" not in [c.quote for c in cs]
    assert ("The answer is no,", "Ann Lee") in [(c.quote, c.speaker) for c in cs]


def test_a_sentence_adverb_before_a_name_is_no_part_of_it() -> None:
    # 'Even Ann Lee, a supporter, said': the adverb opens the sentence; the speaker is Ann Lee, whatever rule found her
    assert [c.speaker for c in _claims("Even Ann Lee, who owns shares in the mill, said it should close.")] == ["Ann Lee"]
    assert [c.speaker for c in _claims("Later Lee, the board's chair, said the mill should close.")] == ["Lee"]


def test_a_one_word_name_that_a_who_clause_describes_is_the_she_after_it() -> None:
    # 'Zelda, who …, came forward. “…,” she said': a 'who' clause makes the one-word subject a person, so the 'she'
    # after it is Zelda, not the woman named paragraphs before
    for opener in ("", "Later "):
        text = ("Ann Lee spoke first: “We will win,” she said.\n\n"
                f"{opener}Zelda, who bakes for the mill, came forward at the meeting. “The mill is our home,” she said.")
        [home] = [c for c in _claims(text) if "our home" in c.quote]
        assert home.speaker == "Zelda", (opener, home)


def test_a_verb_addressed_to_the_reader_before_a_surname_is_no_given_name() -> None:
    # 'Hear Baker’s remarks …' is no person called 'Hear Baker': the 'Baker' who speaks later is Tom Baker
    text = ("Tom Baker spoke at the mill on Monday.\n\nHear Baker’s remarks to the farmers in the clip under this line:\n\n"
            "Then Baker said the mill would stay open for another year.")
    assert [c.speaker for c in _claims(text) if "stay open" in c.quote] == ["Tom Baker"]
