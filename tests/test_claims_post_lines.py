"""Cue lines of blog-citing news that name their writer only through what came before them: a pronoun ('Here he shares
…:'), a group's 'they' ('They report that [fr]:'), the post just quoted ('The post continued:'). Paragraphs of the news
keys' Global Voices posts (tests/gold/news/articles, CC BY 3.0) and short sentences of the same shapes."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

TITLE = "Reactions\n\n"
NEWS = Path(__file__).parent / "gold" / "news" / "articles"


def _window(stem: str, opening: str, count: int) -> str:
    """`count` paragraphs of a news key's article, from the one that opens with `opening` on, as one body."""
    paras = (NEWS / f"{stem}.txt").read_text(encoding="utf-8").split("\n\n")
    at = next(i for i, p in enumerate(paras) if p.startswith(opening))
    return "\n\n".join(paras[at : at + count])


def _holding(body: str, words: str) -> list:
    """The claims of `body` whose quote holds `words`."""
    return [c for c in extract_claims(from_text(TITLE + body, "post.txt")) if words in c.quote]


def test_a_pronoun_line_after_an_opener_hands_the_post_to_the_subject_before() -> None:
    # quote.block-pronoun-line: 'shares' is no cue verb, 'he' the subject; 'Here' opens the sentence
    body = ("Tom Baker blogs on cinema regularly. Here he shares the latest state of the Bangladeshi film industry [bn]:\n\n"
            "The Bangladeshi cinema industry is going through its worst time. In 1990-91 the number of cinema halls were "
            "around 1230.")
    post = _holding(body, "cinema industry") + _holding(body, "1230")
    assert len(post) == 2 and all(c.speaker == "Tom Baker" and c.kind == "quote" for c in post), post
    assert all("quote.block-pronoun-line" in c.speaker_rules or "quote.block-subject-line" in c.speaker_rules for c in post)


def test_a_noun_among_the_line_s_words_is_no_cue() -> None:
    # 'the latest state of …': 'state' is a noun; the line is read for its subject and verb, not for 'state'
    body = ("Tom Baker blogs on cinema regularly. He shares the latest state of the film industry:\n\n"
            "The Bangladeshi cinema industry is going through its worst time.")
    post = _holding(body, "worst time")
    assert post and post[0].speaker == "Tom Baker", post


def test_a_group_s_they_with_a_language_tag_hands_the_post_to_the_group() -> None:
    body = _window("gv-africa-land-deals-transparency", "Farmers in Madagascar share similar concerns", 3)
    post = _holding(body, "Malagasy families do not usually own") + _holding(body, "24 steps")
    assert len(post) == 2 and all(c.speaker == "Terres Malgaches" for c in post), post
    assert not _holding(body, "[fr]"), "the language tag is no claim"


def test_the_post_continued_goes_on_with_the_writer_of_the_post_above() -> None:
    body = _window("gv-bahamas-election-results", "On election day itself, Blogworld posted", 6)
    post = _holding(body, "The greatest obstacle")
    assert post and post[0].speaker == "Blogworld", post
    assert "quote.block-post-goes-on" in post[0].speaker_rules


def test_a_line_about_the_blog_just_quoted_names_that_blog() -> None:
    # 'The blog, in a post by …, also suggested …:' after Weblog Bahamas's post: Weblog Bahamas, not 'The blog'
    body = _window("gv-bahamas-election-results", "As it turned out, her second prediction", 5)
    post = _holding(body, "Mr.Christie is getting a chance")
    assert post and post[0].speaker == "Weblog Bahamas", post


def test_a_post_line_with_no_post_above_names_nobody() -> None:
    body = ("A guest blogger at Sachalayatan reminisces about his childhood memories of going to cinemas with family. "
            "The blogger blames the film distributors for lack of viewers in movie theaters:\n\n"
            "Now we don't watch movies in Theaters with family. I would not blame low quality pictures.")
    post = _holding(body, "don't watch movies")
    assert post and post[0].speaker != "The blogger", post


def test_an_organisation_named_after_what_it_is_is_the_they_of_the_next_sentence() -> None:
    claims = _holding("The association Terres Malgaches works on land rights. They report that land is scarce.", "scarce")
    assert claims and claims[0].speaker == "Terres Malgaches", claims
    assert "speaker.previous-group" in claims[0].speaker_rules


def test_the_agent_of_a_passive_line_writes_the_post() -> None:
    body = _window("gv-africa-land-deals-transparency", "The need for transparency in land deals is further emphasized", 2)
    post = _holding(body, "Far too many people are being kept in the dark")
    assert post and post[0].speaker == "Megan MacInnes", post
    assert "quote.block-agent-line" in post[0].speaker_rules


def test_someone_s_words_relayed_by_the_agent_stay_theirs() -> None:
    # "Amr Moussa's reply was tweeted by Sultan Al Qassemi:": the tweet quotes Moussa, it is no post of Al Qassemi's
    body = _window("gv-egypt-presidential-debate", "Regarding how they would have managed the Abbassiya events", 2)
    said = _holding(body, "I didn't wait until I become president")
    assert said and said[0].speaker == "Amr Moussa", said


def test_a_member_named_after_a_group_writes_the_post() -> None:
    body = _window("gv-armenia-mashtots-park-kiosks", "During his visit to Mashtots Park, Sargysan", 2)
    post = _holding(body, "call for mayor Margarian's resignation")
    assert post and post[0].speaker == "Anahit Markosian", post
    assert "quote.block-member-line" in post[0].speaker_rules


def test_a_line_opening_on_what_it_replies_to_names_the_writer_after_it() -> None:
    body = ("In reply to Shokier's post, Desert Cat offered a different opinion:\n\n"
            "Although I had no high hopes in his speech, I didn't try to speculate anything.")
    post = _holding(body, "no high hopes")
    assert post and post[0].speaker == "Desert Cat" and post[0].kind == "quote", post


def test_no_name_opens_on_a_pronoun() -> None:
    # 'He Quoting remarks:' (a typo in a news key's post) had made 'He Quoting' the writer of the post below
    body = _window("gv-egypt-action-after-obama-talk", "Adel, a 23-year-old blogger", 4)
    post = _holding(body, "translated into action")
    assert post and post[0].speaker != "He Quoting", post


POST = "Blogger Ann Lee argued that the mill owes its workers money:\n\n"


def test_a_plural_cue_inside_a_post_is_its_subject_s_claim_through_the_writer() -> None:
    # a plural present cue ('Farm laws clearly state that') reports its subject, as 'says' would; the writer is the via
    body = POST + "You must wake up! Farm laws clearly state that a mill must pay its workers every month."
    [law] = _holding(body, "pay its workers")
    assert (law.speaker, law.cue, law.via, law.kind) == ("Farm laws", "state", "Ann Lee", "attribution"), law
    assert "quote.block-reported-via" in law.rules


def test_the_writer_s_own_first_person_cue_stays_the_writer_s_quote() -> None:
    # 'I warn that …', 'those who assert …': the plural form names nobody but the writer
    body = POST + "You must wake up! I warn that the workers will strike. I disagree with those who assert the mill is broke."
    warned, disagreed = _holding(body, "will strike"), _holding(body, "is broke")
    assert [(c.speaker, c.kind, c.via) for c in warned + disagreed] == [("Ann Lee", "quote", None)] * 2, warned + disagreed


def test_a_second_cue_after_and_inside_a_post_keeps_its_sentence_s_subject() -> None:
    # 'X stressed A, and said that C' inside the post: C is X's (frame.coordinated), reached through the writer
    body = POST + "The owners met the farmers. Tom Baker, the owner, stressed the long history of the mill, and said that it would close."
    [closing] = _holding(body, "would close")
    assert (closing.speaker, closing.cue, closing.via) == ("Tom Baker", "said", "Ann Lee"), closing


def test_a_cue_word_after_a_possessive_is_a_noun_and_hands_nothing_on() -> None:
    # 'Hear Mayor Lee’s remarks to the farmers in the clip under this line:' points at a recording the page embeds; the
    # paragraph after it is the article's own, with its own cue
    body = ("Tom Baker spoke at the mill on Monday.\n\nHear Mayor Lee’s remarks to the farmers in the clip under this line:\n\n"
            "Then Baker thanked the farmers for their patience.")
    later = _holding(body, "thanked the farmers")
    assert [(c.kind, c.speaker) for c in later] == [("assertion", None)], later  # not a quote of 'Lee’s'
    assert all("quote.block-paragraph" not in c.rules for c in later)


def test_a_lead_in_phrase_before_the_line_s_subject_is_no_part_of_it() -> None:
    """'With the launch of the initiative, Hubleur hopes [fr] that …:' (a news key's line): the lead-in is what the writer
    reacts to; the post below, after its original, is Hubleur's."""
    body = _window("gv-switzerland-basic-income-initiative", "With the launch of the initiative", 4)
    post = _holding(body, "I remember talking about it")
    assert [(c.speaker, c.kind) for c in post] == [("Hubleur", "quote")], post
    body = "With the sale of the mill, Ann Lee hopes [fr] that prices will hold:\n\nWe sold the mill to pay the farmers. Prices are fair."
    assert {c.speaker for c in _holding(body, "the mill to pay")} == {"Ann Lee"}


def test_a_language_tag_after_a_belief_verb_hides_no_report() -> None:
    """'Ann Lee hopes [fr] that C': the tag marks the linked post's language; C is still what she hopes."""
    claims = _holding("Ann Lee hopes [fr] that the mill will stay open.", "the mill will stay open")
    assert [(c.speaker, c.cue, c.quote) for c in claims] == [("Ann Lee", "hopes", "the mill will stay open")]


def test_a_name_inside_the_line_s_that_clause_is_not_who_says_the_post() -> None:
    """'Vishnevskii also laments that Yabloko's candidate in Omsk, Aleksandr Korotkov, has not generated more public
    interest, saying:' (a news key's line): the candidate is the clause's subject; 'saying' is the main clause's, so
    the post below is Vishnevskii's, not Korotkov's."""
    body = _window("gv-russia-varlamov-omsk-campaign", "St. Petersburg city assemblyman", 5)
    post = _holding(body, "doesn't even have a blog")
    assert post and all(c.speaker == "Boris Vishnevskii" for c in post), post
