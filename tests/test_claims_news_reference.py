"""Whom news means by a description or a line: the abbreviated titles of news style, names that never run across a line
break, a publication named after its description, a body's name opening with 'The' on a cue line, and no rivals from a
paragraph in another language (rules in reader/core/claims/rules/speakers.toml, blockquote.toml, confidence.toml)."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_an_abbreviated_title_names_the_office_holder() -> None:
    text = ("WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage.\n\n"
            "“I apologize to nobody for that,” the senator said during the debate.\n\n"
            "Gov. John Kasich spoke in Columbus on Monday. The governor said taxes would fall.")
    cs = _claims(text)
    assert next(c for c in cs if c.quote.startswith("I apologize")).speaker == "Bernie Sanders"
    assert next(c for c in cs if c.quote.startswith("taxes")).speaker == "John Kasich"


def test_a_title_that_also_describes_someone_else_names_nobody_far_off() -> None:
    text = ("Sen. Bernie Sanders kept his lead in the Democratic race.\n\n"
            "Trump attacked Cruz, the senator from Texas, at a town hall.\n\n"
            "Rubio faltered in the debate. Walking into the office, the senator said his campaign was closing strong.")
    c = next(c for c in _claims(text) if c.quote.startswith("his campaign"))
    assert c.speaker != "Bernie Sanders"


def test_a_body_named_before_is_never_read_across_a_line_break() -> None:
    text = ("Health Ministry Confirms Cases\n\n"
            "The Ministry of Health confirmed 12 cases. The ministry said more tests were planned.")
    c = next(c for c in _claims(text) if c.quote.startswith("more tests"))
    assert c.speaker == "Ministry of Health"


def test_a_publication_named_after_its_description_hands_on_its_post() -> None:
    text = ("The publication AG Magazine recounted the history behind the push for such a law:\n\n"
            "The plan for a Gender Identity law was submitted for the first time to the Argentine Parliament in 2007.")
    c = _claims(text)[-1]
    assert (c.speaker, c.role) == ("AG Magazine", "The publication")
    # the line's object is what the post is about, no claim of its own
    assert not any(c.quote.startswith("the history") for c in _claims(text))


def test_a_name_that_opens_with_the_writes_the_post_after_its_line() -> None:
    text = ("The National Front for the Gender Identity Law (FNLIG), formed in 2010 with the purpose of working toward "
            "the passage of the law, commented on the reason why it is so important on their website:\n\n"
            "The law provides both access to registry changes and access to comprehensive health care.")
    assert _claims(text)[-1].speaker == "The National Front for the Gender Identity Law (FNLIG)"
    # a line that opens on a description of no person still names nobody
    text = "The campaign, formed in 2010, commented on the reason:\n\nThe law provides access to registry changes."
    assert _claims(text)[-1].speaker is None


def test_a_paragraph_in_another_language_names_no_rival() -> None:
    text = ("One of the first criticisms came from Daniel Fernández, bishop of the Diocese of Jujuy, in Argentina:\n\n"
            "“La identidad viene dada por el sexo que recibimos”, defendió el obispo argentino, condenando el avance de "
            "la Ley de Identidad de Género.\n\n"
            "\"The church from the beginning has made its opinion known\", the bishop has said.")
    assert _claims(text)[-1].speaker == "Daniel Fernández"


def test_a_number_after_a_thousands_comma_is_no_subject() -> None:
    cs = _claims("During the broadcast of the debate there were 2,548 tweets per minute. A total of 305,824 tweets.")
    assert [c.speaker for c in cs] == [None, None]
    assert cs[-1].quote == "A total of 305,824 tweets"


def test_a_cue_word_after_an_owner_and_an_ordinal_is_a_noun() -> None:
    text = ("Véleményvezér blog reported that the PM's first reply to the question was to change the meaning of the "
            "word 'oligarch' to something meaning a capitalist or a tycoon.")
    c = _claims(text)[0]
    assert (c.speaker, c.quote) == ("Véleményvezér blog", text[text.index("the PM's") : -1])
    # the official said, he first reported: verbs still
    assert _claims("The official said the bridge was closed.")[0].speaker == "The official"


def test_an_adverb_before_the_cue_is_no_part_of_the_subject() -> None:
    cs = _claims("The budget office now says the reckoning will arrive sooner. Millennials still believe in the "
                 "American dream. The Tennessean first reported Gore's decision on Sunday.")
    assert [c.speaker for c in cs] == ["The budget office", "Millennials", "The Tennessean"]


def test_a_rival_before_a_name_is_a_role() -> None:
    c = _claims("Rival Hillary Clinton questioned what kind of person gets up at 3 a.m. to send angry tweets.")[0]
    assert (c.speaker, c.role) == ("Hillary Clinton", "Rival")


def test_a_sentence_adverb_before_a_comma_is_no_subject() -> None:
    text = ("Finally, Notes from the Cuban Exile Quarter, which gives a detailed history of the case, says that Soto "
            "Garcia, who died on Mother's Day last year, should never be forgotten.")
    assert _claims(text)[0].speaker == "Notes from the Cuban Exile Quarter"
    c = _claims("Due to scholars arguments, even the US government have stepped back and acknowledged that they "
                "don't know clear reasons for the disease outbreak.")[0]
    assert c.speaker != "Due"


def test_according_to_him_after_a_sentence_about_a_person_is_that_person() -> None:
    text = ("Kostiantyn Usov said the film was made in secret. User Natalia Vorotchenko posted this comment:\n\n"
            "You've done a tremendous job.\n\n"
            "In the April 19 interview with Vecherniye Vesti newspaper, Usov talked about the steps being taken by the "
            "authorities. According to him, the acting head of Lukyanivska has been forced to resign.")
    cs = _claims(text)
    assert cs[1].speaker == "Natalia Vorotchenko" and cs[1].role == "User"
    assert cs[-1].speaker == "Kostiantyn Usov"


def test_a_tweet_printed_with_its_account_name_is_that_account_holder_s() -> None:
    text = ("Spaniards reacted on Twitter:\n\n"
            "Joan Baldoví i Roda \u200f @joanbaldovi: Health+education budget in 2012: 5.397 billion euros. Bailing out "
            "Bankia: 7 billion euros #hagamoscomoislandia")
    cs = _claims(text)
    assert [(c.speaker, c.quote) for c in cs] == [("Joan Baldoví i Roda", "Health+education budget in 2012: 5.397 billion euros."),
                                                  ("Joan Baldoví i Roda", "Bailing out Bankia: 7 billion euros")]


def test_a_person_the_line_does_not_name_writes_the_post_after_it() -> None:
    text = ("A young girl, who does not want to be identified, gave us her account:\n\n"
            "When I got pregnant, I was too scared to tell my parents. I decided to keep quiet.")
    assert [c.speaker for c in _claims(text)] == ["A young girl", "A young girl"]
    # a line whose verb is no report of words hands on nothing
    text = ("Tweeps immediately took to their keyboards siding with interns:\n\n"
            "Interns should be paid for their work.")
    assert _claims(text)[-1].speaker is None


def test_the_name_apposed_to_an_office_is_the_speaker() -> None:
    text = ("President of the European Commission, Ursula von der Leyen, said: “We have a special responsibility.”\n\n"
            "Mariya Gabriel, Commissioner for Innovation, Research, Culture, Education and Youth, said: “The coronavirus "
            "will be with us.”\n\n"
            "Commissioner for Neighbourhood and Enlargement, Olivér Várhelyi, commented: “The European Union acted "
            "quickly.”")
    assert [(c.speaker, c.role) for c in _claims(text)] == [
        ("Ursula von der Leyen", "President of the European Commission"),
        ("Mariya Gabriel", "Commissioner for Innovation, Research, Culture, Education and Youth"),
        ("Olivér Várhelyi", "Commissioner for Neighbourhood and Enlargement")]
    # a particle after a body's word is no person's name
    assert _claims("Universidad de Chile said the strike would go on.")[0].speaker == "Universidad de Chile"


def test_they_and_it_stand_for_a_group_of_their_number() -> None:
    text = ("New research suggests two drugs may repair myelin. They found that both drugs were effective in mice.")
    assert _claims(text)[-1].speaker is None  # 'research' is no 'they'
    text = "The researchers studied mice. They found that both drugs were effective."
    assert _claims(text)[-1].speaker == "The researchers"
    text = ("Many employers said the rules were too complex. It said the consultation would close in June.")
    assert _claims(text)[-1].speaker is None  # 'many employers' is no 'it'


def test_a_thousands_separator_is_no_boundary_of_a_subject() -> None:
    c = _claims("Officials in 1,200 towns said that the water was safe.")[0]
    assert (c.speaker, c.quote) == ("Officials in 1,200 towns", "the water was safe")
    cs = _claims("A Veterans Affairs database study of more than 83,000 patients found that men had a lower risk.")
    assert all(c.speaker != "000 patients" for c in cs)


def test_more_than_a_figure_stays_in_the_subject() -> None:
    c = _claims("A Veterans Affairs database study of more than 83,000 patients found that men whose low testosterone was "
                "restored to normal had a lower risk of heart attack.")[0]
    assert c.speaker == "A Veterans Affairs database study of more than 83,000 patients"
    # a participle after a determiner is no cue: the sentence stays one statistic of the article's
    c = _claims("The FTC received more than 26,000 comments on the proposed rule, with over 25,000 comments in support "
                "of the FTC’s proposed ban on noncompetes.")
    assert [(x.kind, x.speaker) for x in c] == [("statistic", None)]


def test_a_kind_of_company_names_its_apposed_name_not_its_place() -> None:
    """'Acme Farms, a Colorado company, …. The company says C': the company is Acme Farms; 'Colorado' says where it is
    from, never who speaks (it had been the speaker)."""
    text = "Acme Farms, a Colorado company, built a new mill in 2020.\n\nThe company says on its website that the mill is safe."
    assert [(c.speaker, c.quote) for c in _claims(text) if c.cue] == [("Acme Farms", "the mill is safe")]
    text = "Prices fell in Colorado, a Denver company said on Monday.\n\nThe company says the mill is safe."
    assert all(c.speaker != "Colorado" for c in _claims(text))


def test_which_after_a_document_names_who_issued_it() -> None:
    """'The union cited a report by the Herald, which said C': as for 'A report by the Herald said C', the Herald is the
    speaker and the report its via (the document had been the speaker)."""
    for text in ("The union cited a report by the Herald, which said the mill was unsafe.",
                 "The union cited a Herald report, which said the mill was unsafe."):
        said = [c for c in _claims(text) if c.cue == "said"]
        assert [(c.speaker, c.quote) for c in said] in ([("the Herald", "the mill was unsafe")], [("Herald", "the mill was unsafe")]), said
        assert said[0].via and "report" in said[0].via


def test_according_to_a_source_and_a_closing_outlet_is_the_source_s_via_the_outlet() -> None:
    """'According to X, C, the Herald reported.' (a news key has '…, reported G1.'): X said C; the Herald passed it on, so
    it is the via, never the speaker of a content that opens with 'According to X'."""
    for text in ("According to Ann Lee, the prices are too low, the Herald reported.",
                 "According to Ann Lee, the prices are too low, reported the Herald.",
                 'According to Minister Ann Lee, the only farmer among those who voted, "these prices are too low", reported the Herald.'):
        said = [c for c in _claims(text) if c.speaker]
        assert [(c.speaker, c.via) for c in said] == [("Ann Lee", "the Herald")], said
        assert "reported" not in said[0].quote and not said[0].quote.startswith("According")
