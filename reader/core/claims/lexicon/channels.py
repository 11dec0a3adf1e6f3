"""Channels: the media and documents words reach a reader through ("in a statement", "said via Twitter", "a
Telegram post from the SBU"), and the hearers they were told to ("told reporters"). A channel is the `via` of a
claim, never its speaker.

The lists differ on purpose: each is the set a rule was checked against (a 'report' issued by a body is a
channel it speaks through; a 'report' as the subject of 'found' is a study)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation

CHANNEL_NOUNS = ("interview", "post", "statement", "tweet", "broadcast", "press conference", "news conference", "briefing",
                 "video", "report", "letter", "op-ed", "column", "article", "podcast", "speech", "message", "email", "blog",
                 "website", "site", "release", "framework", "statistics", "documentary", "programme", "program", "show",
                 "hearing", "filing", "court filing", "memo", "notice", "complaint", "poll")
"""Nouns naming a channel: "in a CNN interview", "a Telegram post from the SBU" (the head of a channel phrase)."""
CHANNEL_HEAD = re.compile(r"\b(?:" + alternation(CHANNEL_NOUNS) + r")\b", re.I)
"""Nouns naming a channel: "in a CNN interview", "a Telegram post from the SBU"."""
PUT_OUT_BY = ("published", "issued", "released", "conducted", "commissioned", "filed", "sent", "delivered")
"""How a channel's source is named after it: "a poll published by NBC News", "a report issued by the agency"."""
PUT_OUT = PUT_OUT_BY + ("posted", "shared", "put out", "presented", "unveiled")
"""What a source does with a channel before the channel speaks: "researchers posted findings estimating …"."""
ISSUED_DOCUMENTS = ("statement", "release", "press release", "report", "notice", "complaint", "filing", "memo", "letter", "post",
                    "tweet", "article", "analysis", "survey", "poll", "study")
"""Documents their issuer speaks through, so that a noun before one names it: "a fire service statement", "a Kremlin
statement" (not "a CNN interview": an interview is the interviewee's words)."""
SPOKEN_THROUGH = ("interview", "post", "statement", "tweet", "broadcast", "press conference", "news conference", "briefing",
                  "video", "letter", "op-ed", "column", "article", "podcast", "speech", "message", "email", "blog", "website",
                  "release", "report", "hearing", "filing", "memo", "documentary", "appearance", "judgment", "judgement", "ruling",
                  "verdict", "decision")
"""A channel after the cue: "said in a statement", "told … during a press conference"."""
ISSUED = ("statement", "message", "letter", "post", "tweet", "release", "report", "video")
"""What a subject releases or issues and then 'says': "They released a statement which said …"."""
INTRODUCING = ("statement", "statements", "message", "messages", "post", "tweet", "tweets", "letter", "letters", "video", "release",
               "interview", "view", "views", "opinion",
               "sentiment", "concerns?", "paper", "memo", "op-ed", "email", "emails", "ad", "ads",
               "conference", "briefing", "speech", "report", "resolution", "petition", "pitch", "appeal", "plea", "argument",
               "announcement", "remarks", "comments", "address", "filing", "complaint", "lawsuit", "notice")
"""A main clause that only introduces a report: "X posted a message, saying …", "X unleashed a series of tweets early Friday
saying …", "X issued a policy paper welcoming …", "X held a press conference claiming …", "X made an appeal to farmers
saying …" ('concerns?' is a regex). Not a piece someone else may own ('a paper's column urging her …')."""
OWNED_SOURCES = CHANNEL_NOUNS + ("figures", "data", "records", "estimate", "estimates", "count", "tally", "numbers", "findings",
                                  "study", "survey", "analysis", "research", "account", "paper", "page", "situation report")
"""What an owner speaks through in 'according to the ministry's figures': the owner is the source, the rest the `via`.
A person's role is none ('according to the festival's founder, Ahdaf Soueif': the founder is the source)."""
OWNED_SOURCE_HEAD = re.compile(r"\b(?:" + alternation(OWNED_SOURCES) + r")\b", re.I)
COURT_DOCUMENTS = ("decision", "ruling", "judgment", "judgement", "verdict", "opinion")
"""A court's document as the grammatical speaker: "The summary of the decision read in part: …"."""
FINDINGS = ("findings", "report", "study", "paper", "statement", "survey", "analysis", "research")
"""Documents a sentence's lead-in names as where its content comes from: "In a new report, the agency warned …"."""
LAWS = ("code", "act", "constitution", "amendment", "treaty", "charter", r"article\s+\d+", r"section\s+\d+")
"""Laws and charters that 'say' what follows ("the Constitution, which says …"); capitalised in text, 'article\\s+\\d+'
and 'section\\s+\\d+' are regexes."""
LAW_VERBS = ("says", "said", "states", "stated", "reads", "read", "provides", "stipulates", "declares")
"""What a law does with its words ("17 U.S. Code § 1201 … which says")."""
PLATFORMS = ("Twitter", "Facebook", "Instagram", "Telegram", "YouTube", "TikTok", "Weibo", "WeChat", "LinkedIn", "Truth Social",
             "X", "Threads", "Bluesky", "Reddit")
"""Platforms named bare after a cue: "said via Twitter:"."""
HEARERS = ("press", "media", "reporters", "journalists", "lawmakers", "captors", "supporters", "investigators", "police", "officials",
           "parliament", "members", "viewers", "listeners", "residents")
"""Common nouns for whom a cue's words were told ("told reporters"): the hearer, kept as the claim's `via`."""
ADDRESSEES = ("journalists", "reporters", "press", "media", "lawmakers", "supporters", "parliament", "congress", "nation", "crowd",
              "audience", "court", "jury", "committee")
"""Whom words are said 'to' after the cue ("said to reporters", "announcing to journalists"), kept as the `via`."""
TO_OBJECT = ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "me", "him", "them", "us") + ADDRESSEES
"""Words after 'to' that open its object or hearer, not an infinitive ("states to the press", "wrote to reporters"): a word
before 'to' plus any other word ("the Super Tuesday states to organize") is a noun, not a verb of speech."""
