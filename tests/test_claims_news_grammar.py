"""The grammar of news around a cue word: a cue word that is a noun after a singular description ('The latest annual
report from X shows C'), a clause taken for a subject ('The senator won a number of … states'), the speaker of a
channel that introduces a participle ('X held a press conference claiming C'), a role before a titled name, and
no 'she' for a group. The sentences are written for these tests, in the shapes of the wire keys and of news."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims
from tests.claim_rows import rows_of as _rows


def test_a_base_form_cue_word_after_a_singular_description_is_a_noun() -> None:
    c = _claims("The latest annual report from the agency shows there has been progress towards the target.")[0]
    assert (c.speaker, c.via, c.cue) == ("the agency", "The latest annual report", "shows")
    c = _claims("The October report exceeded expectations, with 271,000 new jobs.")[0]
    assert c.speaker is None and c.cue is None
    # a plural subject, one without an -s, a count or an auxiliary keeps the base form a verb
    assert _rows("The police report that two men were held.") == [("two men were held", "The police", None)]
    assert _rows("The researchers report that the drug worked.") == [("the drug worked", "The researchers", None)]
    assert _claims("The campaign would not say if the senator had been interviewed.")[0].speaker == "The campaign"


def test_a_clause_before_a_cue_word_is_no_subject() -> None:
    c = _claims("The senator won a number of smaller caucus states, including Washington and Alaska.")[0]
    assert (c.speaker, c.cue, c.kind) == (None, None, "assertion")
    c = _claims("President Obama won the state twice.")[0]
    assert (c.speaker, c.cue, c.quote) == (None, None, "President Obama won the state twice")


def test_who_introduces_a_report_through_a_channel_is_its_speaker() -> None:
    c = _claims("The mayor's former business partner John Cole held a press conference claiming the mayor knew about the deals.")[0]
    assert (c.quote, c.speaker, c.role) == ("the mayor knew about the deals", "John Cole", "The mayor's former business partner")
    assert "subject.before-channel" in c.rules
    assert _rows("Later, the campaign released a statement saying it was postponing the rally.") == [
        ("it was postponing the rally", "the campaign", None)]
    c = _claims("Jane Roe said the vote was close.\n\nShe also sent a tweet saying the rules would change.")[-1]
    assert (c.quote, c.speaker, c.cue) == ("the rules would change", "Jane Roe", "saying")
    # a participle that is no report after no channel leaves the sentence the article's
    c = _claims("The rally showed an awkward but promising transition for the campaign.")[0]
    assert (c.speaker, c.cue) == (None, None)


def test_a_role_before_a_titled_name_is_the_role() -> None:
    c = _claims("National Police Chiefs’ Council Lead for Roads Policing Operations, Commander Kyle Gordon, said:\n\n"
                "“We have worked with the agency on road safety for many years.”")[0]
    assert (c.speaker, c.role) == ("Kyle Gordon", "National Police Chiefs’ Council Lead for Roads Policing Operations")


def test_she_is_no_group_of_people() -> None:
    text = ("Members of the conservative press accused the candidate of implying police officers were racist.\n\n"
            "She also sent a tweet saying she would put new guidelines in place.")
    c = _claims(text)[-1]
    assert c.speaker != "Members of the conservative press"


def test_a_numbered_line_starts_a_new_claim() -> None:
    text = "Not surprised. The court has a record:\n1. Okayed the first martial law\n2. Dismissed the government twice"
    quotes = [c.quote for c in _claims(text)]
    assert "Okayed the first martial law" in quotes and "Dismissed the government twice" in quotes
    assert not any("\n" in q for q in quotes)


def test_a_person_questioned_is_no_speech() -> None:
    c = _claims("Police passed this information on to our team and when we questioned Biggs, he said he had worked there once.")
    assert not any(x.cue == "questioned" for x in c)
    assert [x.quote for x in c if x.cue == "said"] == ["he had worked there once"]
    # doubt about a thing, or whether, is still a position
    assert _rows("The senator questioned Mr. Smith's logic.")[0][1] == "The senator"
    assert _claims("Smith questioned whether the plan would work.")[0].speaker == "Smith"


def test_according_to_a_channel_of_a_titled_person() -> None:
    c = _claims("The plan costs more, according to a speech delivered by Deputy Secretary of Defense Bob Work, Jan. 28, 2015.")[0]
    assert (c.speaker, c.role, c.via) == ("Bob Work", "Deputy Secretary of Defense", "a speech")
    c = _claims("According to a statement from the ministry, 40 soldiers died.")[0]
    assert (c.speaker, c.via) == ("the ministry", "a statement")


def test_a_lede_office_is_the_person_the_next_paragraph_names() -> None:
    text = ("Cyber defence poses significant challenges for the department, the principal deputy assistant secretary of "
            "defense for policy said today.\n\nJames N. Miller, said the problem “is not a glass half full story.”\n\n"
            "“There is a glass,” he said.")
    c = _claims(text)
    assert c[0].speaker == "James N. Miller" and "speaker.named-next" in c[0].speaker_rules
    assert c[-1].speaker == "James N. Miller"
    # an office met after a person was named is that person's or no one's, never the next paragraph's
    text = ("Jane Roe said the plan was sound.\n\nThe senator has spoken about the plan in unusual terms.\n\n"
            "John Cole, the union's president, said the vote was close.")
    assert all(x.speaker != "John Cole" for x in _claims(text)[:2])


def test_a_group_and_country_in_brackets_are_no_part_of_the_name() -> None:
    c = _claims("EP rapporteur on fuels infrastructure Ismail Ertug (S&D, DE) said: “We have 377 000 charging stations.”")[0]
    assert (c.speaker, c.role) == ("Ismail Ertug", "EP rapporteur on fuels infrastructure")
    assert _claims("Jan Novak (CZ) said the bill would pass.")[0].speaker == "Jan Novak"
    assert _claims("The World Health Organization (WHO) said the virus spread.")[0].speaker == "The World Health Organization (WHO)"


def test_a_closing_cue_after_a_frame_is_whom_the_next_he_means() -> None:
    text = ("Defense Secretary Leon Panetta said the department was sound.\n\n"
            "Jane Roe, the agency's policy chief, today announced her intention to step down, Panetta said.\n\n"
            "“In her talks with me, Jane made clear that her decision is personal,” he said.")
    c = _claims(text)[-1]
    assert c.speaker == "Leon Panetta" and "speaker.pronoun" in c.speaker_rules


def test_a_closing_cue_after_a_stance_reports_the_whole_clause() -> None:
    c = _claims("Secretary Chuck Hagel fully supports the changes announced today, Press Secretary John Kirby said.")
    assert [(x.quote, x.speaker) for x in c] == [("Secretary Chuck Hagel fully supports the changes announced today", "John Kirby")]
    assert "frame.closing-tail" in c[0].rules
    # an outlet's tail passes a statement on: the statement stays its speaker's (frame.relay-tail)
    assert _rows("A Turkish official said that the pipeline is unnecessary, Cyprus Mail reported.") == [
        ("the pipeline is unnecessary", "A Turkish official", "Cyprus Mail")]


def test_a_dateline_is_no_part_of_the_statement() -> None:
    for text in ("PHILIPPINE SEA – Ships from the strike group conducted integrated operations.",
                 "U.S. AIR FORCE ACADEMY, Colo.– Cadets are at the forefront of hypersonic flight research.",
                 "DES MOINES - This year's campaign has proved to be a bleak season for mainstream candidates.",
                 "[MONTEVIDEO, SciDev.Net] Countries in Latin America are pooling expertise."):
        q = _claims(text)[0].quote
        assert q[0].isupper() and not q.split()[0].isupper() or q.startswith("U.S. Air"), q
    assert _claims("NATO said the plan would work.")[0].speaker == "NATO"


def test_a_role_or_home_town_after_an_inverted_cue_is_no_claim() -> None:
    text = ("“We value this work,” said Capt. Fred Goldhammer, commanding officer, USS Ronald Reagan. “It matters.”\n\n"
            "“It’s vital to base security,” said Col. Derek Salmi, 92nd Air Refueling Wing commander.\n\n"
            "“It's a perfect fit,” said Adams, of Middleton, Tenn.")
    c = _claims(text)
    assert all(x.kind == "quote" for x in c), [(x.kind, x.quote) for x in c]
    assert [x.role for x in c] == ["commanding officer, USS Ronald Reagan"] * 2 + ["92nd Air Refueling Wing commander",
                                                                                   "of Middleton, Tenn."]


def test_a_described_subject_with_a_relative_clause_is_the_speaker() -> None:
    assert _rows("The company, which makes cars, said sales fell.") == [("sales fell", "The company", None)]
    assert _claims("The company, which makes cars, said that sales fell.")[0].speaker == "The company"


def test_nothing_cuts_a_short_aside_in_brackets() -> None:
    c = _claims("Of those, 8 to 13 are forecast to become hurricanes, including 4 to 7 major hurricanes (category 3, 4 or 5; "
                "with winds of 111 mph or higher).")
    assert len(c) == 1 and c[0].quote.endswith("111 mph or higher)")


def test_a_quoted_name_inside_a_clause_speaks_for_no_one() -> None:
    c = _claims("Republicans quickly learned that the “Solid South” no longer gave them a lock on the Electoral College.")
    assert [(x.speaker, x.kind) for x in c] == [(None, "assertion")]
    c = _claims('When he said he would "protect our citizens," the crowd applauded loudly.')
    assert all(x.speaker != "the crowd" for x in c)
    # a quote that opens the sentence is still its speaker's
    assert _claims("“He’s killed himself,” she cried.")[0].cue == "cried"


def test_a_bodys_officer_and_a_titled_person_before_a_body() -> None:
    c = _claims("Victim Support Scotland chief executive, Kate Wallace, said: “We are here to support people.”")[0]
    assert (c.speaker, c.role) == ("Kate Wallace", "Victim Support Scotland chief executive")
    c = _claims("Assistant Chief Constable Bex Smith, Police Scotland said: “Domestic abuse remains an under-reported crime.”")[0]
    assert (c.speaker, c.role) == ("Bex Smith", "Police Scotland")
    # a time before the comma is no person, a titled name after it is no body
    c = _claims("On Tuesday, Senate Majority Leader Mitch McConnell said the vote was inappropriate.")[0]
    assert c.speaker == "Mitch McConnell"


def test_a_he_is_no_one_the_text_called_she() -> None:
    text = ("John Cole said the plan was sound.\n\nMs. Jane Roe said the plan was weak.\n\n“We will see,” he said.")
    c = _claims(text)[-1]
    assert c.speaker != "Jane Roe" and "speaker.gender-checked" in c.speaker_rules
    # and a 'she' for her stays hers
    text = ("John Cole said the plan was sound.\n\nMs. Jane Roe said the plan was weak.\n\n“We will see,” she said.")
    assert _claims(text)[-1].speaker == "Jane Roe"


def test_questions_after_a_verb_of_asking_are_a_noun() -> None:
    assert [(c.speaker, c.kind) for c in _claims("Cadets answer questions such as how to intercept a weapon in a long fight.")] == [
        (None, "assertion")]
    assert _claims("The attack raises questions regarding the strategy.")[0].speaker is None


def test_who_said_he_did_is_a_he() -> None:
    text = ("Jorge Catalan said he agrees that speaking Spanish is very important. Catalan said he added a class.\n\n"
            "Agatha Janzen said she was born in Canada. She said she moved to Toronto.\n\n"
            "But for Catalan, customs are not so important. He noted that he does not take part in many traditions.")
    c = [x for x in _claims(text) if x.cue == "noted"][0]
    assert c.speaker == "Jorge Catalan" and "speaker.gender-checked" in c.speaker_rules


def test_a_thing_that_threatens_is_no_ones_threat() -> None:
    c = _claims("This cut threatens to undermine the recovery by diminishing the capacity of six million people to make ends meet.")
    assert all(x.speaker is None for x in c)
    assert _claims("The union threatened to strike.")[0].speaker == "The union"


def test_a_figure_in_a_name_or_an_old_year_is_no_statistic() -> None:
    assert _claims("Vodafone is now providing 4G, 3G and 2G services from the new mast.")[0].kind == "assertion"
    assert _claims("Omai travelled with Captain Cook to London in 1774.")[0].kind == "assertion"
    assert _claims("This is equivalent to 1700 football pitches.")[0].kind == "statistic"
    assert _claims("The company raised $3B in a year.")[0].kind == "statistic"


def test_how_to_reach_someone_is_no_claim() -> None:
    text = ("Please report drone activity to the 92nd Security Forces Squadron at 509-247-5555. For any questions, call the "
            "Public Affairs office at 509-247-5705.\n\nWant to find out more? Explore current opportunities, or contact the "
            "team at marketplace@digital.gov.au")
    assert _claims(text) == []
    assert _claims("Police called the family at 9 p.m. on Monday, officials said.")


def test_a_leading_participle_phrase_stays_with_its_clause() -> None:
    c = _claims("Since launching in 2016, the Marketplace has focused on transforming how government buys digital services.")
    assert len(c) == 1 and c[0].quote.startswith("Since launching in 2016, the Marketplace")
    assert [x.quote for x in _claims("As the storm neared, officials closed the roads.")] == ["the storm neared", "officials closed the roads"]


def test_a_stray_comma_between_a_name_and_its_cue() -> None:
    c = _claims("Sen. Jack Reed (D-R.I.), said after a lunch that he had not read the plan.")[0]
    assert (c.speaker, c.cue) == ("Jack Reed", "said")
    # an adverb is no name, a participle no cue of the name, and 'X, said Y' is inverted
    assert _claims("Initially, state regulators did not consider him a realistic option.")[0].speaker is None
    assert _claims("And Trump, said Sunshine, does not forgive or forget.")[0].speaker == "Sunshine"


def test_whom_a_speaker_told_is_never_the_speaker() -> None:
    c = _claims("“It’s a whole world in an island,” Sebastian Pipins, the study’s lead author and a Ph.D. candidate with "
                "the Imperial College London, U.K., told Mongabay by phone.")
    assert all(x.speaker != "Mongabay by phone" for x in c)
    assert _rows("“It’s a whole world,” Sebastian Pipins told Mongabay by phone.") == [
        ("It’s a whole world,", "Sebastian Pipins", "Mongabay")]


def test_a_circumstance_before_that_is_no_content() -> None:
    assert _rows("Sen. Jack Reed said after a lunch on Tuesday that he had not read the plan.") == [
        ("he had not read the plan", "Jack Reed", None)]
    # a clause after 'after' is no circumstance of the cue: the quote before the cue stays the content
    c = _claims("“It is misleading,” Axelrod tweeted after Clinton argued for the bill on Sunday that it was a bailout.")
    assert [(x.quote, x.speaker) for x in c] == [("It is misleading,", "Axelrod")]


def test_a_cue_word_after_a_description_at_the_end_of_a_clause_is_a_noun() -> None:
    # 'the latest state of …', 'his home state of …', 'the report doesn't mean': the word completes a description
    c = _claims("Here he shares the latest state of the Bangladeshi film industry.")[0]
    assert (c.speaker, c.cue, c.quote) == (None, None, "Here he shares the latest state of the Bangladeshi film industry")
    c = _claims("Sanders also won Oklahoma and his home state of Vermont.")[0]
    assert (c.speaker, c.cue) == (None, None)
    # a description inside the subject's prepositional phrase leaves the verb a verb
    assert _rows("Political observers in Virginia and around the country say Scott deserves the seat.") == [
        ("Scott deserves the seat", "Political observers in Virginia and around the country", None)]
    assert _rows("Scientists involved in the new research say the ice could hold water.") == [
        ("the ice could hold water", "Scientists involved in the new research", None)]


def test_the_person_apposed_to_a_description_is_the_next_he() -> None:
    text = ("“This was very surprising,” said Lauren Schurmeier, who led the study.\n\n"
            "She said the team had expected deeper craters.\n\n"
            "The lead writer of the study, Jonah Peter, is a doctoral student at Harvard University. He called the find "
            "“particularly exciting,” saying the molecule is “the starting point for most theories on the origin of life.”")
    c = _claims(text)[-1]
    assert (c.speaker, "speaker.previous-subject" in c.speaker_rules) == ("Jonah Peter", True)


def test_an_owner_before_a_persons_name_is_their_role() -> None:
    c = _claims("“This was very surprising,” said University of Hawaii’s Lauren Schurmeier, who led the study.")[0]
    assert (c.speaker, c.role) == ("Lauren Schurmeier", "University of Hawaii’s")
    c = _claims("Fox's Chris Wallace said the debate was heated.")[0]
    assert (c.speaker, c.role) == ("Chris Wallace", "Fox's")
    # an owner's channel is no person ('Schlafly’s Final Column': Schlafly's words through it)
    c = _claims("Schlafly’s Final Column says the nation needs secure borders.")[0]
    assert c.speaker != "Final Column"


def test_the_agency_is_the_agency_named_by_its_acronym() -> None:
    text = ("NASA has reconnected with Voyager 1 after a break in communications. NASA said the craft had switched "
            "transmitters.\n\nThe agency said the Voyagers are studying how the interstellar medium interacts with the "
            "solar wind.")
    c = _claims(text)[-1]
    assert c.speaker == "NASA" and text[c.speaker_span.start : c.speaker_span.end] == "The agency"
    # a name written next to 'agency' still wins ('the news agency Xinhua')
    text = ("The USA team won, the news agency Xinhua said. Xinhua said the match was close.\n\n"
            "The agency said the final will be on Sunday.")
    assert _claims(text)[-1].speaker == "Xinhua"


def test_an_initialism_is_the_name_spelled_out_before_it() -> None:
    text = ("Today, the Federal Trade Commission issued a final rule banning noncompetes.\n\n"
            "The FTC estimates that the rule will lead to 8,500 new businesses a year.\n\n"
            "The Department of Justice filed a suit. The DOJ said the law was discriminatory.")
    cs = _claims(text)
    assert [(c.speaker, "speaker.acronym-spelled" in c.speaker_rules) for c in cs if c.speaker][-2:] == [
        ("Federal Trade Commission (FTC)", True), ("Department of Justice (DOJ)", True)]  # both forms of the name shown
    # a bare acronym with nothing spelled out before stays as written
    assert _claims("NASA said the craft was fine.")[0].speaker == "NASA"


def test_an_owner_before_its_document_is_shown_without_the_possessive_mark() -> None:
    text = "The Farmers Union’ survey found that most mills lost money.\n\nThe Millers Guild’ report said the harvest was poor."
    assert [c.speaker for c in _claims(text)] == ["Farmers Union", "Millers Guild"]


def test_a_national_description_of_an_agency_is_the_agency() -> None:
    text = ("NASA has found hydrogen cyanide on Enceladus. NASA said the finding was exciting.\n\n"
            "The American space agency said the new evidence came from its Cassini spacecraft.")
    assert _claims(text)[-1].speaker == "NASA"


def test_a_person_named_after_a_long_title_is_the_next_she() -> None:
    text = ("“There’s a real push to expand collaboration,” said Baker. She thanked the team.\n\n"
            "Principal Deputy Director for DPAA Fern Sumpter Winbush had the opportunity to showcase the agency's work. "
            "She also highlighted how the growing pool of countries has expanded the need for funding.")
    assert _claims(text)[-1].speaker == "Fern Sumpter Winbush"


def test_the_title_named_before_with_a_middle_initial() -> None:
    text = ("Officials hope more victims will come forward after the change Defense Secretary Leon E. Panetta made.\n\n"
            "In announcing the new policy, the secretary said the change will ensure high-level attention.")
    c = _claims(text)[-1]
    assert (c.speaker, "speaker.title-named-before" in c.speaker_rules) == ("Leon E. Panetta", True)


def test_a_range_of_days_before_a_month_is_a_date() -> None:
    assert _claims("The summit will be held at Camp David from 18-19 May, 2012.")[0].kind == "assertion"
    assert _claims("The talks ran from 3 to 5 June.")[0].kind == "assertion"
    assert _claims("Some 3 to 5 people came in June.")[0].kind == "statistic"  # a count, not a date


def test_the_last_line_of_a_paragraph_hands_on_the_post_after_it() -> None:
    text = ("Despite having permission, PalFest attracted the attention of the government. Nader ElKhuzundar described "
            "what happened:\n\nIn the last day of PalFest, a session was held in the old city. The session included a "
            "goodbye performance.\n\nThe festival ended on Thursday.")
    cs = _claims(text)
    assert [c.speaker for c in cs if c.quote.startswith(("In the last day", "The session"))] == ["Nader ElKhuzundar"] * 2
    assert next(c for c in cs if c.quote.startswith("The festival")).speaker is None
    # a credit '(via …)' is where the text was found, and a line that relays others' words names no writer
    text = ("The paper openly criticized the ambassador for playing tricks (via China Media Project):\n\n"
            "The ambassador must disclose his assets.")
    assert all(c.speaker != "Project" and "China Media" not in (c.role or "") for c in _claims(text))
    text = ("Many were outraged. China Media Project has translated some of the responses from Sina Weibo:\n\n"
            "This is a lesson for all of us.")
    assert _claims(text)[-1].speaker is None


def test_a_report_inside_a_post_is_not_the_posters_own() -> None:
    text = ("The police came back later. Nader ElKhuzundar described what happened:\n\n"
            "Three hours later, the chief of police visited the hotel. They officially apologized, stating it was an "
            "individual error.")
    cs = _claims(text)
    assert next(c for c in cs if c.quote.startswith("Three hours")).speaker == "Nader ElKhuzundar"
    assert all(c.speaker != "Nader ElKhuzundar" for c in cs if "individual error" in c.quote)


def test_a_tweet_after_a_line_with_no_cue_verb_is_its_own_users() -> None:
    text = ("Lao Rong gives an update of the situation and was able to spark some discussion:\n\n"
            "@maoliao: Al Jazeera is independent from western media.")
    assert _claims(text)[-1].speaker != "Lao Rong"
    text = ("Loubna Maktary urged immediate action to be taken to save Yemen's children:\n\n"
            "@LoubbyM: Children in Yemen are dying of hunger.")
    assert _claims(text)[-1].speaker == "Loubna Maktary"


def test_they_is_never_one_named_person() -> None:
    text = ("“We will not back down,” said Nathan Salmon.\n\n"
            "They thought the rules would change.")
    assert _claims(text)[-1].speaker != "Nathan Salmon"


def test_a_live_tweet_names_the_speaker_as_the_text_spelled_them() -> None:
    text = ("The debate was between the top two candidates, Amr Moussa and Abdel Moneim Aboul Fotouh.\n\n"
            "@iyad: On Israel - Mousa: I call for reviewing our treaty with Israel.\n\n"
            "@dalia: Abuel Fottouh: bread, freedom, dignity and social justice.\n\n"
            "@bassem: Fotouh: If I were president, the events would not have happened.")
    named = [c.speaker for c in _claims(text) if "quote.tweet-named-speaker" in c.rules]
    assert named == ["Amr Moussa", "Abdel Moneim Aboul Fotouh", "Abdel Moneim Aboul Fotouh"]
    # a name the text never spelled otherwise stays as the tweet wrote it
    assert [c.speaker for c in _claims("@dalia: Hamdeen Sabahi: we will win.") if c.speaker][:1] == ["Hamdeen Sabahi"]
    # a run of capitals begun by a sentence's first word is no other spelling ('While Trump' is Donald Trump's surname)
    text = ("Donald Trump spoke first. While Trump waited, the crowd chanted.\n\n"
            "@dalia: Trump: I will win for you.")
    assert [c.speaker for c in _claims(text) if "quote.tweet-named-speaker" in c.rules] == ["Donald Trump"]


def test_a_translation_is_the_posts_after_its_original() -> None:
    # a line with a partial quote, then the post in French, then its translation: the translation is the writer's
    text = ("Togolese blogger Rodrigue Kopgli called Bongo “one of the last crocodiles of Françafrique”:\n\n"
            "Ami de tous les gouvernements français depuis De Gaulle, il n'a jamais cessé d'être l'agent des services "
            "secrets français qu'il était depuis son arrivée au pouvoir.\n\n"
            "Friend of all French governments since De Gaulle, he never stopped being the French secret service agent "
            "that he had been since he came to power.")
    assert _claims(text)[-1].speaker == "Rodrigue Kopgli"
    # two paragraphs of the original: two of the translation
    text = ("Silvio Rendón writes about the neglect from the government. He continues:\n\n"
            "El tema no es la inversión ni nacional ni extranjera, sino que se respeten los derechos de las comunidades "
            "nativas de la selva.\n\n"
            "El gobierno accedió al diálogo en medio de la protesta nativa, con los bloqueos ya en marcha en la selva.\n\n"
            "The issue is not about national or foreign investment, but that the rights of native communities are "
            "respected.\n\n"
            "The government agreed to dialogue amid native protests with the roadblocks already underway.\n\n"
            "The protests went on for weeks.")
    cs = _claims(text)
    assert [c.speaker for c in cs if c.quote.startswith(("The issue", "The government agreed"))] == ["Silvio Rendón"] * 2
    assert next(c for c in cs if c.quote.startswith("The protests")).speaker is None


def test_a_handle_apposed_to_a_description_is_the_source() -> None:
    text = ("Global Voices' partner newspaper in Mozambique, @Verdade, published an editorial that criticized the "
            "statement:\n\nThe President continues to be indifferent to the voters.")
    assert _claims(text)[-1].speaker == "@Verdade"


def test_a_channel_by_its_writer_hands_on_the_post() -> None:
    text = ("When Bongo was admitted in a clinic earlier in May, a comment by Akin at the African Loft predicted his "
            "death away from his subjects:\n\nThe greatest indictment of his regime is that Gabon does not have hospitals.")
    assert _claims(text)[-1].speaker == "Akin"
    # a person's name with a handle after it stays the person's
    c = _claims("Yemeni blogger Ataf Alwazir, @WomanfromYemen, said the attack was planned.")[0]
    assert c.speaker == "Ataf Alwazir"


def test_an_opening_mark_typed_for_the_closer_closes_the_quote() -> None:
    text = ("Togolese blogger Rodrigue Kopgli called Bongo “one of the last crocodiles of Françafrique“:\n\n"
            "Friend of all French governments since De Gaulle, he never stopped being the French secret service agent.")
    cs = _claims(text)
    assert cs[-1].speaker == "Rodrigue Kopgli" and cs[-1].quote.startswith("Friend of all")
    # the quotation closed there runs no further: what follows it is read as after a right closing mark (a circumstance)
    c = _claims("Ted Cruz called the remarks “abhorrent“ in a tweet Sunday.")[0]
    right = _claims("Ted Cruz called the remarks “abhorrent” in a tweet Sunday.")[0]
    assert (c.speaker, c.quote) == ("Ted Cruz", "the remarks “abhorrent“") and right.quote == "the remarks “abhorrent”"
    # an opener after a space still opens a quotation inside the first
    c = _claims("Jones said the group would “fight “hard” for it” this year.")[0]
    assert (c.speaker, c.quote) == ("Jones", "the group would “fight “hard” for it” this year")
