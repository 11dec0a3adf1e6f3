"""Quoted posts in blog-citing news (reader/core/claims/stages/blockquote.py), on paragraphs of the news keys' Global
Voices posts (tests/gold/news/articles, CC BY 3.0): who a cue line hands the post after it to."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

TITLE = "Malawi: Reactions\n\n"
NEWS = Path(__file__).parent / "gold" / "news" / "articles"


def _claims(body: str) -> list:
    return extract_claims(from_text(TITLE + body, "post.txt"))


def _paragraphs(stem: str) -> list[str]:
    """A news key's article as published (tests/gold/news/articles), paragraph by paragraph, its title first."""
    return (NEWS / f"{stem}.txt").read_text(encoding="utf-8").split("\n\n")


def _window(stem: str, opening: str, count: int) -> str:
    """`count` paragraphs of a news key's article, from the one that opens with `opening` on, as one body."""
    paras = _paragraphs(stem)
    at = next(i for i, p in enumerate(paras) if p.startswith(opening))
    return "\n\n".join(paras[at : at + count])


def _holding(body: str, words: str) -> list:
    """The claims of `body` whose quote holds `words`."""
    return [c for c in _claims(body) if words in c.quote]


def test_a_cue_line_whose_verb_is_no_cue_hands_the_post_to_its_subject() -> None:
    # quote.block-subject-line: 'suggests' is no cue verb; the paragraph after the colon is Abdulmalik's
    body = ("Abdulmalik suggests that the move results from donor pressure:\n\n"
            "No wonder the late President quarreled with her. She is just a stooge of the West. We don't need such stooges in Africa")
    post = [c for c in _claims(body) if c.span.start > len(TITLE) + 70]
    assert post and all(c.speaker == "Abdulmalik" and c.kind == "quote" for c in post), post
    assert all("quote.block-subject-line" in c.speaker_rules for c in post)


def test_a_line_opening_with_a_function_word_names_nobody() -> None:
    body = ("Here is what the charity offered:\n\n"
            "Today 5 million people go hungry so often that it affects their long-term health.")
    post = _holding(body, "hungry")
    assert post and all(c.speaker is None for c in post), post


def test_a_tweet_line_with_a_full_width_colon_is_the_user_s() -> None:
    # quote.tweet-line: Chinese posts write '@user：' with U+FF1A
    body = ("There are relatively few discussions within the Chinese blogosphere.\n\n"
            "@毛聊：Al Jazeera is a third-world media and is independent from western media. If China cannot allow them to "
            "operate here, how can we lead the third world?")
    tweet = _holding(body, "third-world media")
    assert tweet and tweet[0].speaker == "@毛聊", tweet


def test_a_heading_inside_the_post_does_not_end_it() -> None:
    # a post's own heading (short, no final mark) is followed by its text: both are the cue line's speaker's
    body = ("Lyson Sibande identifies five fallacies against decriminalisation of homosexuality:\n\n"
            "Fifth fallacy: The Bible is the ultimate judge over homosexuality\n\n"
            "It is an absurd fallacy ever, to think that every human being believes in the Bible.")
    text = _holding(body, "absurd fallacy")
    assert text and text[0].speaker == "Lyson Sibande" and text[0].kind == "quote", text


def test_the_post_ends_where_the_article_speaks_again() -> None:
    # without a heading, a third-person paragraph after the post is the article's own
    body = ("Abdulmalik suggests that the move results from donor pressure:\n\n"
            "No wonder the late President quarreled with her.\n\n"
            "Malawian religious groups have made it clear that same sex marriages cannot be allowed.")
    after = [c for c in _claims(body) if "religious groups" in c.quote or "same sex" in c.quote]
    assert after and all(c.speaker != "Abdulmalik" for c in after), after


def test_a_line_whose_subject_is_no_name_or_not_its_opening_hands_nothing_on() -> None:
    # quote.block-subject-line needs a name opening the line: not 'Partial transcript', not an imperative, not a
    # name deep in a long sentence
    for line in ("Partial transcript as follows:", "Read the latest updates on the debate below:",
                 "But while he may not have made the initial suggestion, he did support the idea, and NBC News has proof:"):
        body = line + "\n\nToday 5 million people go hungry so often that it affects their long-term health."
        post = _holding(body, "hungry")
        assert post and all("quote.block-subject-line" not in c.speaker_rules for c in post), (line, post)


def test_a_long_apposition_and_names_inside_the_cue_line_do_not_lose_the_speaker() -> None:
    # the line's plural nouns ('rights', 'employees', 'threats') are tried as verbs first and name nobody; the person
    # the cue line mentions after its subject ('worked with Chan', 'targeted Chan') is no rival for the post
    text = ("China: Reactions\n\n"
            "Al Jazeera English's Beijing correspondent Melissa Chan's press credential were revoked by the Chinese "
            "government on May 8, 2012, resulting in the shutting down of Al Jazeera's English Bureau in Beijing.\n\n"
            "Sigal Rozen, a prominent refugee rights activist from the Hotline for Migrant Workers (whose employees last week "
            "received death threats for assisting refugees), described the consequences of this incitement:\n\n"
            "Their subjective feelings of fear are understandable.\n\n"
            "Isaac Stone Fish, who worked with Chan on the board of the Foreign Correspondent's Club of China, believes that "
            "the China government targeted Chan due to her Chinese heritage:\n\n"
            "But Chan also fits into the troubling pattern of the foreigners Beijing has targeted over the last decade.")
    claims = extract_claims(from_text(text, "post.txt"))
    fear = [c for c in claims if "feelings of fear" in c.quote]
    pattern = [c for c in claims if "troubling pattern" in c.quote]
    assert fear and fear[0].speaker == "Sigal Rozen", fear
    assert pattern and pattern[0].speaker == "Isaac Stone Fish", pattern


def test_a_post_s_feelings_and_verdicts_are_no_claims() -> None:
    # not-claim.post-opinion: the writer's state of mind is no claim; the post's statements of fact stay claims
    article = (NEWS / "gv-yemen-food-crisis.txt").read_text(encoding="utf-8")
    line = article.index("Yemeni blogger Afrah Nasser wrote a post")
    post_end = article.index("\n\n", article.index("I wonder what the government"))
    claims = _claims(article[line:post_end])
    assert not [c for c in claims if c.quote.startswith("I wonder")], claims
    assert [c for c in claims if c.quote.startswith("Food crisis is increasingly becoming epidemic in Yemen")
            and c.speaker == "Afrah Nasser"], claims


def test_a_quote_inside_a_post_with_its_own_coordinated_cue_is_its_speaker_s() -> None:
    # frame.second-coordinated after a time lead-in ('Last night [April 27],'), kept inside the post: the post reports
    # the spokesman's words, and the quote's second sentence keeps him
    text = (NEWS / "gv-yemen-food-crisis.txt").read_text(encoding="utf-8")
    at = text.index("Afrah Nasser")
    cue_line = text[text.rfind("\n\n", 0, at) + 2 : text.index("\n\n", at)]
    para = next(p for p in text.split("\n\n") if "al-Asaadi" in p)
    cl = _claims(cue_line + "\n\n" + para)
    said = [c for c in cl if "million children" in c.quote or "120 thousand" in c.quote]
    assert len(said) == 2 and all(c.speaker == "Mohammed al-Asaadi" for c in said), said
    assert [c.speaker for c in cl if "Food crisis is" in c.quote] == ["Afrah Nasser"]


def test_a_hyphenated_arabic_article_is_part_of_the_name() -> None:
    from reader.core.claims.stages.speakers.names import split_subject

    assert split_subject("Foreign Minister Adel al-Jubeir").name == "Adel al-Jubeir"
    assert split_subject("UNICEF spokesman Mohammed al-Asaadi").name == "Mohammed al-Asaadi"
    assert split_subject("the al-Qaeda leader").person is False


def test_according_to_a_described_outlet_hands_the_post_to_it() -> None:
    # quote.block-cue-line: 'According to the newspaper Clarin [es]:' — the outlet is the source, without its language tag
    text = (NEWS / "gv-argentina-death-with-dignity.txt").read_text(encoding="utf-8")
    at = text.index("Argentina finds itself")
    cl = _claims(text[at : text.index("In Colombia a law", at) + 60])
    post = [c for c in cl if "Luxembourg" in c.quote or "Three states" in c.quote]
    assert post and all((c.speaker, c.role) == ("Clarin", "the newspaper") for c in post), post


def test_a_post_goes_on_past_an_elision_and_ends_at_the_article_s_own_paragraph() -> None:
    # '[...]' between two paragraphs of a quoted post keeps the post open; 'D.I.Y.' is no first person ('I')
    text = (NEWS / "gv-armenia-firebombers-bail.txt").read_text(encoding="utf-8")
    at = text.index("Ianyan updates its readers")
    cl = _claims(text[at : text.index("Meanwhile, in response", at)])
    after = [c for c in cl if "Nationalistic sentiments" in c.quote]
    assert [c.speaker for c in after] == ["Ianyan"], after
    own = [c for c in cl if "Some NGOs" in c.quote]
    assert own and all(c.speaker is None for c in own), own


def test_a_named_writer_s_reaction_line_hands_the_post_on() -> None:
    # quote.block-subject-line: 'is very frustrated:' (a form of 'be' before a reaction) ends a longer paragraph
    text = (NEWS / "gv-china-al-jazeera-expulsion.txt").read_text(encoding="utf-8")
    at = text.index("Victor Yang also points out")
    cl = _claims(text[at : text.index("\n\n", text.index("The expulsion of @melissakchan"))])
    post = [c for c in cl if "cowardly" in c.quote]
    assert [(c.speaker, c.role, c.cue) for c in post] == [("Charlie Custer", "Blogger from ChinaGeeks", "is very frustrated")], post
    assert not _claims("HyTEC is structured in two phases:\n\nPhase one is a suborbital flight.")[-1].speaker


def test_a_cue_line_with_its_source_after_the_cue_hands_the_post_on() -> None:
    # quote.block-inverted-line: 'Reacted a reader calling himself Say What?:' — the name he goes by
    text = (NEWS / "gv-zambia-watchdog-hacked.txt").read_text(encoding="utf-8")
    at = text.index("Reacted a reader calling himself")
    cl = _claims(text[at : text.index("\n\n", text.index("\n\n", at) + 2)])
    assert cl and all(c.speaker == "Say What?" and "quote.block-inverted-line" in c.speaker_rules for c in cl), cl


def test_a_statement_ending_reports_x_is_x_s_and_hands_the_post_on() -> None:
    # quote.block-inverted-tail: '…, reports Kracktivist:' — the line is Kracktivist's claim, and so is the post after it
    text = (NEWS / "gv-india-kudankulam-crackdown.txt").read_text(encoding="utf-8")
    at = text.index("The protests continued as")
    cl = _claims(text[at : text.index("\n\n", text.index("\n\n", at) + 2)])
    line = [c for c in cl if "launched three campaigns" in c.quote]
    assert [(c.kind, c.speaker, c.cue) for c in line] == [("attribution", "Kracktivist", "reports")], line
    assert not line[0].quote.endswith((",", ":"))
    post = [c for c in cl if c.span.start > line[0].span.end]
    assert post and all(c.speaker == "Kracktivist" for c in post), post


def test_he_after_a_name_with_initials_and_an_affiliation_is_that_person() -> None:
    # speaker.previous-subject: 'S. P. Udayakumar of the voluntary organisation … (PMANE) lists 13 reasons … He stress that:'
    from reader.core.claims.stages.speakers.names import split_subject

    text = (NEWS / "gv-india-kudankulam-crackdown.txt").read_text(encoding="utf-8")
    at = text.index("Concerns have been sparked")
    cl = _claims(text[at : text.index("\n\n", text.index("He stress that:")) + 200])
    said = [c for c in cl if "More than 1 million people" in c.quote]
    assert [c.speaker for c in said] == ["S. P. Udayakumar"], said
    assert split_subject("S. P. Udayakumar").person and not split_subject("U.S. Army").person


def test_a_named_writer_with_an_apposition_and_a_cue_known_only_with_that_hands_the_tweet_on() -> None:
    # quote.block-cue-line: 'commented' frames only with 'that' or a quote; 'Name, apposition, commented on X:' is read
    # as if it were 'said', so the tweet after it is Ibrahim Mothana's, not the handle's (gv-yemen-us-drone-strikes)
    body = ("Ibrahim Mothana, a Yemeni writer and activist, commented on the drone policy:\n\n"
            "@imothanaYemen: Expanding drones program is not in the interest of #Yemen nor the US. It will only expand an "
            "ongoing Talibanization process for tribal areas")
    tweet = [c for c in _claims(body) if c.span.start > len(TITLE) + 80]
    assert len(tweet) == 2 and all(c.speaker == "Ibrahim Mothana" and c.kind == "quote" for c in tweet), tweet
    assert all("quote.block-cue-line" in c.speaker_rules for c in tweet)


def test_a_described_subject_and_a_tweet_ending_in_a_smiley_stay_one_post() -> None:
    # 'London-based' holds no verb ('based' is part of a compound), and a tweet that ends in '(:' is no cue line of
    # its own: the tweet is Loubna Maktary's (gv-yemen-food-crisis)
    body = ("London-based Yemeni Loubna Maktary urged immediate action to be taken to save Yemen's dying children:\n\n"
            "@LoubbyM: Children in Yemen are dying of HUNGER!!! Stop ignoring them. Yemen is not a political problem, it "
            "is a human catastrophe #YemenFoodCrisis (:")
    tweet = [c for c in _claims(body) if c.span.start > len(TITLE) + 100]
    assert tweet and all(c.speaker is not None and "Loubna Maktary" in c.speaker for c in tweet), tweet
    assert all("quote.block-subject-line" in c.speaker_rules for c in tweet)


def test_a_handle_is_the_person_named_before_whose_name_it_spells() -> None:
    # quote.tweet-line: '@tomfinn2' spells Tom Finn, named in the line before (past 'Journalist'); '@FizaBatoolGilan'
    # is 'Fiza Batool Gilani' cut at Twitter's fifteen characters (gv-yemen-sanaa-suicide-blast,
    # gv-pakistan-twitter-block)
    body = ("Journalist Tom Finn was at the scene:\n\n"
            "@tomfinn2: In Sabaeen. Police everywhere, pieces of flesh scattered over the tarmac. Injured all in hospital.")
    tweet = _holding(body, "Police everywhere")
    assert tweet and tweet[0].speaker == "Tom Finn", tweet
    body = ("While Fiza Batool Gilani the daughter of Prime Minister Yousuf Raza Gilani also laid claim for the Prime Minister "
            "to have restored the twitter connection.\n\n"
            "@FizaBatoolGilan: The Prime Minister has ordered the IT Minister to restore Twitter service in Pakistan")
    tweet = _holding(body, "restore Twitter service")
    assert tweet and tweet[0].speaker == "Fiza Batool Gilani", tweet


def test_according_to_a_person_inside_a_post_is_that_person_s_claim() -> None:
    # the GUIDE's rule on quoted posts: a sentence with its own source ('According to Yaseen, C') is that source's claim,
    # not the post writer's (gv-pakistan-twitter-block; Yaseen is named earlier in the article)
    body = ("Farieha Aziz comments on BoloBhi:\n\n"
            "Speaking to Dunya TV, Minister for Information and Technology, Raja Pervaiz Ashraf said Facebook complied with "
            "the government’s request to remove blasphemous content, but Twitter refused. According to Yaseen, PTA simply "
            "passed on the orders to the ISPs and has no knowledge of how long the website is likely to remain blocked.")
    pta = _holding(body, "PTA simply")
    assert len(pta) == 1 and pta[0].speaker == "Yaseen" and "frame.according-to" in pta[0].rules, pta


def test_according_to_a_creed_names_no_speaker_inside_a_post_or_out() -> None:
    # veto.according-norm: 'According to Christianity, C' in Lyson Sibande's post is his own account, not Christianity's
    # (gv-malawi-banda-homosexuality-ban); 'according to the usual sea-custom' in Moby-Dick names nobody either
    body = ("Lyson Sibande identifies five fallacies against decriminalisation of homosexuality:\n\n"
            "My conclusion:\nAccording to Christianity, homosexuality harbors grievous transgression of God’s law and is "
            "punishable by death; Leviticus 20:13, as a Christian myself, I believe this Biblical teaching is irrefutable "
            "within its domains.")
    creed = _holding(body, "grievous transgression")
    assert creed and all(c.speaker == "Lyson Sibande" for c in creed), creed
    custom = extract_claims(from_text("Example\n\nHe added, that he shuddered at the thought of being buried in his hammock, "
                                      "according to the usual sea-custom, tossed like something vile to the death-devouring "
                                      "sharks."))
    assert custom and all("custom" not in (c.speaker or "") and c.cue != "according to" for c in custom), custom


def test_an_inverted_cue_inside_a_post_keeps_its_speaker() -> None:
    # '… the “emotions of the masses” reported Chaudhry.' inside the post Express Tribune's cue line hands on is
    # Chaudhry's claim (gv-pakistan-twitter-block)
    body = ("Express Tribune through its sources claimed that the block was due to a blasphemous cartoon competition:\n\n"
            "Express News correspondent Suhail Chaudhry had reported that the access to Twitter was blocked due to an ongoing "
            "“competition” of Prophet Muhammad’s (pbuh) caricatures. This move was made, keeping in mind the “emotions of "
            "the masses” reported Chaudhry.")
    move = _holding(body, "This move was made")
    assert len(move) == 1 and move[0].speaker is not None and "Chaudhry" in move[0].speaker, move
    assert "frame.inverted" in move[0].rules


def test_a_line_quoting_a_person_saying_hands_the_post_to_that_person() -> None:
    # subject.quoted-as-saying: 'Dawn.com quotes Chairman PTA Mohammed Yaseen saying that …:' — the words after it are
    # Yaseen's, passed on by Dawn.com; the line had made 'Dawn.com' the writer (gv-pakistan-twitter-block)
    body = ("Dawn.com quotes Chairman PTA Mohammed Yaseen saying that they tried to negotatiate with Twitter to remove the "
            "content:\n\n"
            "We have been negotiating with them until last night, but they did not agree to remove the stuff, so we had to "
            "block it")
    said = _holding(body, "We have been negotiating")
    assert len(said) == 1 and said[0].speaker is not None and said[0].speaker.endswith("Mohammed Yaseen"), said
    line = extract_claims(from_text(TITLE + "Dawn.com quotes Chairman PTA Mohammed Yaseen saying that they tried to "
                                    "negotiate with Twitter to remove the content."))
    assert [(c.speaker, c.via) for c in line] == [("Chairman PTA Mohammed Yaseen", "Dawn.com")], line


def test_a_line_ending_with_its_source_after_according_to_or_as_hands_the_post_on() -> None:
    # quote.block-inverted-tail: '…, according to Mónica Tapia A. [es] (@monicatapiaa):' and '…, as Juan Pueblo [es]
    # (@ElcondeGiovanni) points out:' name the source at the end; the statement before it is theirs too, and the
    # language tag and handle are no part of the name (gv-mexico-supervia-bike-protest: the paragraphs as published)
    article = _paragraphs("gv-mexico-supervia-bike-protest")
    for line, original, translation, speaker in ((article[2], article[3], article[4], "Mónica Tapia A."),
                                                  (article[20], article[21], article[22], "Juan Pueblo")):
        claims = _claims("\n\n".join((line, original, translation)))
        assert claims and all(c.speaker == speaker for c in claims), claims
        assert any(c.span.start > len(TITLE) + len(line) + len(original) for c in claims), claims  # the translation


def test_according_to_a_source_and_a_statement_ending_in_a_colon() -> None:
    # quote.block-cue-line: 'According to Daniel Gershenson [es] (@alconsumidor), the police made threats:' — the source
    # ends at the comma (the line had named 'Daniel Gershenson, the police made threats'), the statement after it is his
    # claim, and the post after the line his (gv-mexico-supervia-bike-protest, greece-police-violence: as published)
    article = _paragraphs("gv-mexico-supervia-bike-protest")
    line = next(p for p in article if p.startswith("According to Daniel Gershenson"))
    post = article[article.index(line) + 1]
    claims = _claims(line + "\n\n" + post)
    assert claims and all(c.speaker == "Daniel Gershenson" for c in claims), claims
    article = _paragraphs("gv-greece-police-violence")
    line = next(p for p in article if p.startswith("According to film director Nikos Soulis"))
    claims = _claims(line + "\n\n" + article[article.index(line) + 1])
    assert any("burning garbage" in c.quote and c.speaker == "Nikos Soulis" and c.span.start < len(TITLE) + len(line)
               for c in claims), claims


def test_a_pronoun_cue_line_is_the_person_its_paragraph_named() -> None:
    # quote.block-pronoun-antecedent: 'Imran calls this a redundant activity. … He comments:' — the post after it is
    # Imran's, not the writer an earlier cue line named (gv-pakistan-gilani-contempt-verdict, as published)
    article = _paragraphs("gv-pakistan-gilani-contempt-verdict")
    start = next(i for i, p in enumerate(article) if p.startswith("Nazar M. Chohan comments:"))
    claims = _claims("\n\n".join(article[start : start + 4]))
    post = [c for c in claims if "SC is just keeping up to its reputation" in c.quote or "martial law" in c.quote]
    assert post and all(c.speaker == "Imran" for c in post), post
    assert any(c.speaker == "Nazar M. Chohan" for c in claims)  # his own post, before


def test_a_pronoun_cue_line_is_the_person_introduced_with_a_handle_before_it() -> None:
    # quote.block-pronoun-antecedent: '… its head of government Marcelo Ebrard [es] (@m_ebrard) seems unworried when he
    # tweets:' — the tweet is Ebrard's, not Juan Pueblo's from the cue line before (gv-mexico-supervia-bike-protest)
    article = _paragraphs("gv-mexico-supervia-bike-protest")
    start = next(i for i, p in enumerate(article) if "as Juan Pueblo" in p)
    end = next(i for i, p in enumerate(article) if "when he tweets:" in p) + 3
    tweet = _holding("\n\n".join(article[start:end]), "Fifteenth-birthday celebrations")
    assert tweet and all(c.speaker == "Marcelo Ebrard" for c in tweet), tweet


def test_a_transcript_timestamp_opens_no_quotation() -> None:
    # '6'44": In 1996, …' in a transcript of a video: the double mark after the figures is seconds, so the paragraph is
    # no quotation that the last paragraph's quoted speaker (the township magistrate) takes over
    # (gv-taiwan-orchid-island-nuclear-waste, as published)
    article = _paragraphs("gv-taiwan-orchid-island-nuclear-waste")
    at = next(i for i, p in enumerate(article) if p.startswith("6'44\": In 1996"))
    claims = _claims("\n\n".join(article[at - 1 : at + 1]))
    later = [c for c in claims if "nuclear waste storage facility was full" in c.quote]
    assert later and all(c.speaker is None for c in later), later
    assert any(c.speaker is not None and "magistrate" in c.speaker for c in claims)  # his own quotes, before


def test_according_to_a_person_s_post_tagged_with_its_language_is_that_person() -> None:
    # 'According to researcher Gustavo Soto's post on the CEADESC [es] blog:' — the tag is no word of the source, and
    # the post's owner is the writer (gv-bolivia-tipnis-road-conflict, as published)
    post = _holding(_window("gv-bolivia-tipnis-road-conflict", "According to researcher Gustavo Soto", 2), "global capitalist interests")
    assert post and all(c.speaker == "Gustavo Soto" and c.role == "researcher" for c in post), post


def test_a_name_s_page_posting_after_a_linking_phrase_and_a_date_hands_the_post_to_the_name() -> None:
    # quote.block-owner-line: '… For example, on March 3, Mofaz's official Facebook page posted:' then the post (its
    # Hebrew original, then the translation)
    cl = _claims(_window("gv-israel-mofaz-unity-government", "Israelis turned to Twitter", 3))
    assert any(c.speaker == "Shaul Mofaz" or c.speaker == "Mofaz" for c in cl if "Bibi" in c.quote)


def test_a_lower_case_role_before_a_name_after_a_channel_opener_names_the_writer() -> None:
    # 'On his blog Share Press, blogger Varma provided some more details:' — the channel is where he wrote, 'blogger' his
    # role, the post after the line Varma's (quote.block-subject-line)
    cl = _claims(_window("gv-india-vimeo-torrent-block", "On his blog Share Press", 2))
    line = "On his blog Share Press, blogger Varma provided some more details:"
    assert {c.speaker for c in cl if c.span.start > len(line) + len(TITLE)} == {"Varma"}


def test_a_handle_opens_a_cue_line_and_a_quoted_us_does_not_carry_the_post_on() -> None:
    # '@jhohmylaw tweeted [ko] about his reasons for protesting on the second day:' hands the post (its Korean original,
    # then the translation) to the handle; the article's next paragraph quotes a government ad ('Count on us to protect
    # you'): that 'us' is the ad's, not the writer's, so the post ends before it
    cl = _claims(_window("gv-south-korea-us-beef-protests", "@jhohmylaw tweeted", 4))
    assert any(c.speaker == "@jhohmylaw" and "candle light vigils" in c.quote for c in cl)
    assert all(c.speaker != "@jhohmylaw" for c in cl if "Count on us" in c.quote or "right-wing newspapers" in c.quote)


def test_a_tweet_quoting_another_tweet_is_the_quoted_writer_s() -> None:
    # quote.retweeted: '@TumiVolume: “@KommandaObbs: It's annoying how …” democracy'
    para = next(p for p in _paragraphs("gv-lesotho-election-date-set") if p.startswith("@TumiVolume"))
    c = next(c for c in _claims(para) if "small country like Lesotho" in c.quote)
    assert c.speaker == "@KommandaObbs" and c.quote.startswith("It's annoying")


def test_a_paragraph_opening_with_an_elision_goes_on_with_the_post() -> None:
    # '[...] There has been lots of Govt and private agencies …': the quoted blog post goes on past words left out
    cl = _claims(_window("gv-india-vimeo-torrent-block", "On his blog Share Press", 3))
    assert {c.speaker for c in cl if "lots of Govt" in c.quote or "specific orders" in c.quote} == {"Varma"}


def test_a_cue_line_opening_with_what_the_writer_did_names_the_writer() -> None:
    # 'Shedding a light onto the government crackdown on the protesters, Kracktivist cites:' then the post
    cl = _claims(_window("gv-india-kudankulam-crackdown", "Shedding a light onto", 2))
    assert any(c.speaker == "Kracktivist" and "107 FIRs" in c.quote for c in cl)


def test_a_named_outlet_with_its_description_opens_a_subject_line() -> None:
    # 'The blog Marcha Patiotica shares some grim statistics:' — 'the blog' describes the name; 'The witness' is no name
    post = "\n\nBetween 2011 and 2012, 35 union leaders have been killed."
    named = _claims("The blog Marcha Patiotica shares some grim statistics:" + post)
    assert any(c.speaker == "Marcha Patiotica" for c in named)
    assert all(c.speaker is None for c in _claims("The witness shares some grim statistics:" + post))


def test_a_user_s_numbered_list_goes_on_item_by_item() -> None:
    # 'Russian LJ user gyperbol provided [ru] readers with a detailed city map …, along with the following numbered
    # explanations:' then '1. …' in Russian and in English, '2. …' …: every English item is gyperbol's
    cl = _claims(_window("gv-russia-putin-inauguration-clashes", "Russian LJ user gyperbol", 7))
    items = [c for c in cl if "Bolshaya Polyanka" in c.quote or "Serafimovich" in c.quote or "Bolotnaya Square" in c.quote]
    assert len(items) == 3 and {(c.speaker, c.role) for c in items} == {("gyperbol", "Russian LJ user")}


def test_a_line_introducing_a_writer_after_is_hands_the_post_to_the_name() -> None:
    cl = _claims(_window("gv-ethiopia-muslim-protests-online", "Another Facebook group advocating", 2))
    post = [c for c in cl if c.quote.startswith("The overall development")]
    assert post and post[0].kind == "quote" and post[0].speaker == "Ethiopia Muslims"
    assert not [c for c in cl if c.speaker == "Another Facebook group"]
