"""Quoted posts in blog-citing news (reader/core/claims/stages/blockquote.py), on paragraphs of the news keys' Global
Voices posts (tests/gold/news/articles, CC BY 3.0): who a cue line hands the post after it to."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

TITLE = "Malawi: Reactions\n\n"


def _claims(body: str) -> list:
    return extract_claims(from_text(TITLE + body, "post.txt"))


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
    post = [c for c in _claims(body) if "hungry" in c.quote]
    assert post and all(c.speaker is None for c in post), post


def test_a_tweet_line_with_a_full_width_colon_is_the_user_s() -> None:
    # quote.tweet-line: Chinese posts write '@user：' with U+FF1A
    body = ("There are relatively few discussions within the Chinese blogosphere.\n\n"
            "@毛聊：Al Jazeera is a third-world media and is independent from western media. If China cannot allow them to "
            "operate here, how can we lead the third world?")
    tweet = [c for c in _claims(body) if "third-world media" in c.quote]
    assert tweet and tweet[0].speaker == "@毛聊", tweet
