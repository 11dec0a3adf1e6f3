"""The news keys (tests/gold/news/, Global Voices posts labelled blind by the guide: ninety-one since session 19): blog-citing news, whose
quotes are tweets and blog posts printed after a cue line ending in a colon, often in their original language
(Spanish, Greek) above the translation. The floors sit where the rules stand (they only go up);
`python -m tests.gold_scoring tests/gold/news` prints the table.
"""

from __future__ import annotations

import pytest

from tests.gold_scoring import NEWS_KEYS, check_pool, score_keys, score_pooled

POOL = score_pooled(NEWS_KEYS)
KEYS = score_keys(NEWS_KEYS)

# Before the blockquote rules (issue 15, session news16): f1 0.745, exact 0.407, speaker 0.276, wrong 0.118, kinds 0.526,
# not-claims 17. Other-language paragraphs, cue lines with writing/posting verbs and tweet lines (stages/blockquote.py):
# f1 0.788, exact 0.485, speaker 0.600, wrong 0.133, kinds 0.724; plain speech cues only inside a post, tweet handles
# named: f1 0.786, exact 0.492, speaker 0.618, wrong 0.118, kinds 0.726, not-claims 18; every speech cue inside a post
# keeps its speaker ('“…,” Bustamante recalled'): f1 0.788, exact 0.497, speaker 0.667, wrong 0.067, kinds 0.731.
# Six more keys (keys10, labelled blind, scored before any rule looked at them): those six alone f1 0.668, exact 0.307,
# speaker 0.378, wrong 0.207, kinds 0.512, not-claims 27; all twelve f1 0.728, exact 0.401, speaker 0.516, wrong 0.14,
# kinds 0.627, not-claims 45. Cue lines with no cue verb (quote.block-subject-line), press16's rules, full-width tweet
# colons: f1 0.722, exact 0.4, speaker 0.612, wrong 0.151, kinds 0.692, not-claims 45. A quote's own paragraph names its
# speaker, a passive cue after a quote ('“…” as said by the girl's mother, Selva Herbón'), 'said in an interview with Global
# Voices that C' (news17): f1 0.724, exact 0.403, speaker 0.632, wrong 0.132, kinds 0.696; -ly adverbs before a cue and
# a 'she' that is no group: wrong 0.118. A subject line must open with a name; eight tries at its verb, no rivals from
# its cue line's objects: f1 0.733, exact 0.407, speaker 0.704, wrong 0.112, kinds 0.727.
# Session 8, the twelve: f1 0.745, exact 0.43, speaker 0.813, wrong 0.087, kinds 0.773, not-claims 37. Six more keys (keys11,
# labelled blind, scored before any rule looked at them): those six alone f1 0.791, exact 0.465, speaker 0.355, wrong
# 0.177, kinds 0.631, not-claims 29; all eighteen f1 0.76, exact 0.441, speaker 0.679, wrong 0.113, kinds 0.724. Cue lines
# with the source after the cue ('Said the sharp-tongued Amsterdam:', '…, reports Kracktivist:'), more line-cue verbs
# (added, cites, informs, reacted …), speech cues inside a post kept ('pointed out', 'emphasized'): f1 0.761,
# exact 0.446, speaker 0.716, wrong 0.118, kinds 0.749, not-claims 65. Initials in a name ('S. P. Udayakumar … He stress
# that:'): speaker 0.725, wrong 0.109. Coverage banners, section headings, pointers to an embedded video: f1 0.768, exact
# 0.45, not-claims 58.
# The new line-cue verbs (added, cites, informs …) taken back: they named more writers right but more wrongly too
# (speaker 0.725 -> 0.712, wrong 0.109 -> 0.104, kinds 0.749 -> 0.735).
# Session 9: a named cue-line subject past its apposition ('Ibrahim Mothana, a Yemeni writer and activist, commented on
# the drone policy:'), 'London-based' no verb, a tweet ending in '(:' no cue line: speaker 0.712 -> 0.726, wrong 0.104 ->
# 0.09. Six more keys (keys13, labelled blind, scored before any rule looked at them): those six alone f1 0.679, exact
# 0.307, speaker 0.369, wrong 0.246, kinds 0.579, not-claims 31; all twenty-four f1 0.747, exact 0.415, speaker 0.643,
# wrong 0.126, kinds 0.699, not-claims 89.
# A handle is the person named shortly before whose name it spells ('@tomfinn2' after 'Journalist Tom Finn was at the
# scene:', '@FizaBatoolGilan' Fiza Batool Gilani): speaker 0.643 -> 0.675, wrong 0.126 -> 0.094.
# 'According to X' inside a post is X's claim; 'according to' a norm or creed names no speaker: speaker 0.682, wrong 0.087.
# The person, not the role, past words describing her; 'A source who … told' (subject.who-clause): speaker 0.69, wrong
# 0.079. An inverted cue inside a post keeps its speaker: speaker 0.693, wrong 0.076. 'X quotes Y saying that …:' hands
# the post to Y (subject.quoted-as-saying): speaker 0.697, wrong 0.072.
# Six more keys (keys14, labelled blind, scored before any rule looked at them): those six alone f1 0.72, exact 0.429,
# speaker 0.587, wrong 0.19, kinds 0.754, not-claims 33 (the code of the session's start scores them f1 0.715, exact
# 0.426, speaker 0.587, wrong 0.19: the session's rules did not carry over to them); all thirty f1 0.742, exact 0.422,
# speaker 0.676, wrong 0.094, kinds 0.716, not-claims 122. A post goes on past a paragraph opening with 'So' or 'Yet':
# speaker 0.682, kinds 0.719.
# A line ending with its source after 'according to' or 'as' ('…, as Juan Pueblo [es] (@ElcondeGiovanni) points out:'),
# names without their language tag and handle: speaker 0.688, kinds 0.722.
# 'According to X, C:' — X ends at the comma, C is X's claim: f1 0.743, speaker 0.689.
# A short original with accents ('Nuestra rodada es pacífica, …') is another language: speaker 0.692, kinds 0.724.
# A pronoun cue line is the speaker its own paragraph named ('Imran calls this … He comments:'): speaker 0.692 -> 0.713,
# wrong 0.094 -> 0.073.
# A linking adverbial ('For example, ') and a tweet's closing hashtags are no part of a claim's span: exact 0.425 ->
# 0.438, not-claims 121.
# A pronoun cue line is also the person introduced with a handle before it, on the press layout's path too ('… Marcelo
# Ebrard [es] (@m_ebrard) seems unworried when he tweets:'): speaker 0.716, wrong 0.07.
# Six more keys (keys16, labelled blind, scored before any rule looked at them): those six alone f1 0.736, exact 0.428,
# speaker 0.418, wrong 0.209, kinds 0.632, not-claims 26 (the session-start code: f1 0.737, exact 0.409, speaker 0.388,
# wrong 0.209); all thirty-six f1 0.743, exact 0.436, speaker 0.667, wrong 0.093, kinds 0.709, not-claims 147. A
# transcript's timestamp ('6'44": …') opens no quotation, so its paragraph is not the last quoted speaker's: speaker
# 0.671, wrong 0.076; exact 0.431 and kinds 0.697, as the key counts that transcript's sentences as quotes of the TV.
# A title between two names is the name after it ('to save Mashtots Park, the Armenian President, Serzh Sargsyan, …' then
# 'The president announced'): speaker 0.673, wrong 0.074.
# A frame inside dashes ends its content at the closing dash ('– who said that C –'): wrong 0.074 -> 0.069, kinds 0.695.
# ('points' as a cue like 'pointed' named Jackson Tan too, speaker 0.678, but raised PolNeAR train's wrong names: left out.)
# 'requested' is a stance like 'demanded' ('The participants also requested that …'): speaker 0.676, wrong 0.066.
# A document as speaker with no issuer named and no word of its mention naming one ('According to a press release, …',
# 'The document demands') leaves the speaker unclear: wrong 0.066 -> 0.061.
# 'According to researcher Gustavo Soto's post on the CEADESC [es] blog:' — the tag is no word, the post's owner writes:
# speaker 0.678.
# Session 10: 'points out that C' is a cue, 'who' after an aside's dash is the name before it: speaker 0.683.
# Six more keys (keys18, labelled blind, scored before any rule looked at them): those six alone f1 0.634, exact 0.323,
# speaker 0.446, wrong 0.125, kinds 0.651, not-claims 30; all forty-two f1 0.728, exact 0.417, speaker 0.654, wrong 0.069,
# kinds 0.693, not-claims 177.
# Session 10, rules for the language of news seen on all forty-two and PolNeAR train: 'points out', 'as X reported',
# possessive owners and recipients, subjects news writes before a cue (quantifiers, roles before names, dashes, relative
# clauses), no wrong name from a lead phrase or a subordinator, cue lines opening with a date or a channel, a name's page,
# retweets, posts going on past an elision: f1 0.733, exact 0.425, speaker 0.69, wrong 0.045, kinds 0.708, not-claims 176.
# Six more keys (keys20, labelled blind, scored before any rule looked at them): those six alone f1 0.66, exact 0.367,
# speaker 0.464, wrong 0.143, kinds 0.624, not-claims 31 (the session-start code: f1 0.65, exact 0.357, speaker 0.446,
# wrong 0.161); all forty-eight f1 0.724, exact 0.419, speaker 0.668, wrong 0.056, kinds 0.699, not-claims 207.
# Then 'according to official figures 43.6% …', 'as X reported about Y', a lower-case user name, a post's numbered list
# and more: f1 0.725, exact 0.421, speaker 0.686, wrong 0.054, kinds 0.711, not-claims 206.
# A speaker that opens with a preposition or ends with a function word names no one (speaker.no-mention; PolNeAR dev's
# speaker_wrong 0.073 -> 0.069): speaker 0.684, as the key counted 'through their legitimate representatives …' right.
# Session 11: six more keys (keys22, labelled blind; scored before any rule looked at them, the same with the session-start
# code): those six alone f1 0.712, exact 0.498, speaker 0.667, wrong 0.146, kinds 0.75, not-claims 29; all fifty-four
# f1 0.725, exact 0.427, speaker 0.682, wrong 0.061, kinds 0.714, not-claims 235. A cue word in -s before a negated or
# modal verb is a noun ('the Gulf states haven't been able to agree'): speaker 0.684, wrong 0.06.
# Session 12: a plural noun right before 'who' is its antecedent ('activists who argue C'), a line introducing a writer
# after 'is' ('… is Ethiopia Muslims:') hands the post to the name, an ordinal in figures is no count: f1 0.725, exact
# 0.429, speaker 0.689, wrong 0.06, kinds 0.72, not-claims 235.
# Session 16 (2026-12-06): four more May 2012 posts (batch keys-gv2012, labelled blind; first look at cb302d4: f1 0.758,
# exact 0.539, speaker 0.524, wrong 0.167, kinds 0.831, not-claims 25): all fifty-eight f1 0.729, exact 0.44, speaker
# 0.679, wrong 0.062, kinds 0.731, not-claims 255. A live tweet of a named speaker ('@user: Amr Moussa: …'): speaker
# 0.686, wrong 0.056, exact 0.443.
# Session 17: exact 0.442. 'The first name you'll hear' is no frame of 'name' any more (a base form after a singular
# description is a noun); that bogus frame had kept one Ethiopian post's paragraph from being read as a press statement
# of one claim (gv-ethiopia-eskinder-pen-award).
# A line opening with a list marker starts a new sentence ('2. Dismissed …'): exact 0.446.
# Session 18: the last sentence of a longer paragraph hands the post after it to its subject ('… Nader ElKhuzundar
# described what happened:'), a tweet after such a line is its own user's unless the handle spells the subject, a
# report inside the post with no named speaker is nobody's ('They officially apologized, stating …'), 'they' is never one
# named person: speaker 0.703 (nine more right), wrong 0.057 (one more: a police chief's words in a blogger's post, the
# post's writer shown), kinds 0.744, exact 0.447.
# A live tweet's speaker named as the text spelled them before ('Mousa', 'Fotouh' for 'Amr Moussa', 'Abdel Moneim Aboul
# Fotouh'): speaker 0.706, wrong 0.054.
# With three June 2009 posts (batch keys-gv3, labelled blind; first look at f45783b: f1 0.584, exact 0.279, speaker
# 0.244, wrong 0.178, kinds 0.40, not-claims 19: round-ups of blog reactions, each post in French, Spanish or Arabic
# above its translation), a line with a partial quote before an original and its translation, as many translated
# paragraphs as original ones, a handle apposed to a description ('…, @Verdade,') as the source (the three: speaker
# 0.356, wrong 0.156): all sixty-one f1 0.719, exact 0.438, speaker 0.685, wrong 0.061, kinds 0.732, not-claims 274.
# A channel by its writer as a cue line's subject ('a comment by Akin at the African Loft predicted …:'): speaker 0.687.
# An opening mark typed for the closer ('“one of the last crocodiles of Françafrique“:') closes the quote, so the line
# hands its post on: speaker 0.691 (three more right), wrong 0.063 (one more: 'as written by Pierre Péan' inside the
# post, the poster shown), exact 0.44, kinds 0.736, not-claims 273.
# Session 19: six more May 2012 posts (batch keys-gv4, labelled blind; first look at 474b403: f1 0.776, exact 0.525,
# speaker 0.343, wrong 0.137, kinds 0.662, not-claims 37: a deputy's letter, a governor's statement in the third person,
# an archdiocese's statement, NGO reports with figures, a court ruling, a Senate vote): all sixty-seven f1 0.726, exact
# 0.45, speaker 0.644, wrong 0.073, kinds 0.727, not-claims 310. The floors and ceilings move with the new keys, not
# with any rule.
# A publication named after its description, a body's name opening with 'The' on a cue line, no rivals from a paragraph
# in another language: speaker 0.656, kinds 0.734 (the keys-gv4 six: speaker 0.431).
# Twelve more May 2012 posts (batches keys-gv5 and keys-gv6, labelled blind; first look at bccde1b: f1 0.679, exact
# 0.457, speaker 0.388, wrong 0.198, kinds 0.665, not-claims 97: round-ups of reactions to a death, a debate, a
# constitution draft, an eviction, ministers' appointments, a hockey final): all seventy-nine f1 0.719, exact 0.452,
# speaker 0.619, wrong 0.09, kinds 0.7236, not-claims 407. Again the floors and ceilings move with the new keys only.
# A number after a thousands comma is no subject, a cue word after an owner's ordinal is a noun, adverbs before a cue
# leave the subject: wrong 0.087, exact 0.454. Twelve more May 2012 posts (batches keys-gv7 and keys-gv8, labelled
# blind; first look at 6ec767f: f1 0.612, exact 0.386, speaker 0.443, wrong 0.126, kinds 0.596, not-claims 141): all
# ninety-one f1 0.701, exact 0.442, speaker 0.592, wrong 0.093, kinds 0.7058, not-claims 548 (the new keys only).
# Sentence adverbs before a comma are no subject ('Finally, Notes from …, says'), 'According to him' after a sentence about
# a person is that person, 'User', 'Netizen' before a name are roles: speaker 0.596, wrong 0.089.
# A tweet printed with its account's name before the handle ('Joan Baldoví i Roda ‏@joanbaldovi: …') is that name's, and
# its sentences are quotes: speaker 0.60 (nine more right), but f1 0.701 -> 0.70, kinds 0.7058 -> 0.7025 (the keys-gv7
# Bankia post labels a tweet's figures as statistics, which the tweet's quotes now cover) and wrong 0.089 -> 0.09 (a
# tweet's 'According to #BFA' is BFA's, the tweeter shown): floors lowered for these reasons only.
# A person a cue line introduces without a name ('A young girl, who does not want to be identified, gave us her
# account:') writes the post after it: speaker 0.606, f1 0.701, exact 0.444, kinds 0.705.
POOL_FLOOR = {"f1": 0.717, "exact_f1": 0.459, "speaker_accuracy": 0.661}  # session 35: speaker 0.661 (post lines, given names)
# session 34: exact 0.46; session 33: f1 0.717, exact 0.459, speaker 0.655
# (headings, fragments, a quoted interview's sentences its interviewee's); 2026-12-07 (speaker 0.627 -> 0.642, exact 0.45 ->
# 0.452): a blogger's one-word name that writes, 'Newspaper reports say', an adverb after 'has', 'In early April, he wrote';
# -> f1 0.714, exact 0.456, speaker 0.646 (session 27): a cue line's own 'says that C:' is kept before the post it hands on
POOL_WRONG_CEILING = 0.076  # session 35: 0.076 (a 'he' after a woman's name, a post's subject inside a 'that' clause);
# session 33: 0.083 (a post's own cue after a plural subject: 'Farm laws state that');
# 0.054 -> 0.061 (June 2009) -> 0.063 (closing mark) -> 0.073 (gv4) -> 0.09 (gv5, gv6) -> 0.093 (gv7, gv8) -> 0.089
# -> 0.085 (2026-12-07)
# 543 (session 29): quoted questions are no claims; 541 (session 30): headings in sentence case.
NOT_CLAIMS_CEILING = 540  # 540 (session 35); 541: 549 (session 27): a cue line's own 'X says that C:' is now X's claim; in one key C is an
# assessment ('nobody won the debate') the key lists as a not-claim, which no lexical rule tells from a claim.
# Before: 548 -> 553: the five not-claims of keys-news5 at their first look (bbbcab7); -> 551 (felt exclamations) -> 548 (media)
# -> 552: "Unzipped: Gay Armenia was shocked:" now hands its post to the blog (the heading before its colon no part of the
# line), and one of the post's opinions the key lists as a not-claim is now a quote of the blog, as its other sentences are
KINDS_FLOOR = 0.722  # session 35: 0.7225; session 33: 0.7215, down for one key: a figure joined to a unit of time by a hyphen ('a 90-day comment
# period', 'a 19-minute flight') is a duration that modifies a noun, the point only of a short clause (12 kinds change over
# all keys: 9 now agree with their keys, all in wire; 3 disagree, one news key's '48-hour strike', which it calls a
# statistic); session 31: 0.7225; session 30: 0.724 (an age, days of a month). Down with 'The journalist Ignacio
# Escolar outlined the numbers …:', whose post is now his (speaker and exact up): five of its sentences are quotes now, and
# the key calls them statistics (over all news and wire keys, 106 numbered post sentences are quotes in the keys, 36 statistics);
# 0.706 -> 0.707: a perception with no holder is a report -> 0.713 (posts read as quotes) -> 0.717 -> 0.718
# -> 0.72 (session 27)
SPEAKER_FLOOR = {
    "gv-argentina-death-with-dignity": 0.97,  # 0.133 -> 0.667 -> 0.8 -> 1.0 (session 10)
    "gv-armenia-firebombers-bail": 0.92,  # 0.231 (keys10) -> 0.846 -> 0.923
    "gv-china-al-jazeera-expulsion": 0.74,  # 0.188 -> 0.385 -> 0.615 (keys10) -> 0.75 (session 10)
    "gv-egypt-gizawy-arrest": 0.9,  # 0.409 -> 0.857 -> 0.905 (session 10)
    "gv-greece-police-violence": 0.66,  # 0.333 -> 0.667
    "gv-israel-asylum-seekers-racism": 0.97,  # 0.529 -> 0.706 -> 0.941 (keys10) -> 1.0 (session 10)
    "gv-malawi-banda-homosexuality-ban": 0.97,  # 0.533 -> 0.667 -> 0.933 (keys10) -> 1.0 (session 10)
    "gv-mozambique-guebuza-social-networks": 0.2,  # 0.167 -> 0.2 (keys10)
    "gv-palestine-hunger-strike-deal": 0.97,  # 0.167 -> 1.0
    "gv-russia-ustream-ddos": 0.45,  # 0.273 -> 0.364 -> 0.455
    "gv-yemen-food-crisis": 0.71,  # 0.467 -> 0.533 (keys10) -> 0.714 (session 10)
    "gv-zambia-judge-suspensions": 0.88,  # 0.2 -> 0.889
    "gv-bangladesh-sagar-runi-protests": 0.0,  # 0.0 (keys11; 0.667 with 'informs' as a line cue, taken back)
    "gv-germany-blockupy-frankfurt": 0.62,  # 0.625 (keys11)
    "gv-india-kudankulam-crackdown": 0.81,  # 0.364 -> 0.636 -> 0.727 (keys11) -> 0.818 (session 10)
    "gv-yemen-us-drone-strikes": 0.6,  # 0.4 (keys11) -> 0.6
    "gv-zambia-sata-defamation-suits": 0.5,  # 0.25 -> 0.5 (keys11)
    "gv-zambia-watchdog-hacked": 0.36,  # 0.318 -> 0.364 (keys11)
    "gv-ethiopia-muslim-protests-online": 0.42,  # 0.286 (keys13) -> 0.429 (session 10)
    "gv-pakistan-twitter-block": 0.61,  # 0.269 (keys13) -> 0.462 -> 0.5 -> 0.538 -> 0.577 -> 0.615
    "gv-palestine-mass-hunger-strike": 0.88,  # 0.778 (keys13) -> 0.889
    "gv-russia-bolotnaya-sit-in-debate": 0.49,  # 0.364 (keys13) -> 0.455 -> 0.5 (session 10)
    "gv-south-korea-us-beef-protests": 0.33,  # 0.167 (keys13) -> 0.333 (session 10)
    "gv-yemen-sanaa-suicide-blast": 0.97,  # 0.5 (keys13) -> 1.0
    "gv-bolivia-protests-sweep-country": 0.28,  # 0.167 (keys14) -> 0.143 (a wrong name left empty) -> 0.286 ('Netizen' a role)
    "gv-india-vimeo-torrent-block": 0.85,  # 0.643 (keys14) -> 0.857 (session 10)
    "gv-lesotho-election-date-set": 0.97,  # 0.769 (keys14) -> 0.923 -> 1.0 (session 10)
    "gv-mexico-supervia-bike-protest": 0.9,  # 0.5 (keys14) -> 0.7 -> 0.727 -> 0.818 -> 0.909
    "gv-pakistan-gilani-contempt-verdict": 0.91,  # 0.333 (keys14) -> 0.917
    "gv-thailand-akong-death-in-prison": 0.97,  # 1.0 (keys14)
    "gv-armenia-mashtots-park-kiosks": 0.33,  # 0.222 (keys16) -> 0.333 -> 0.444 (a member named after a group) -> 0.333:
    # a quote's own cue now beats another sentence's cue ('“…,” the blogger commented' names 'the blogger', no one the
    # rules resolve; the paragraph's earlier cue had named Unzipped by luck). The same change named the right person on
    # PolNeAR train and in Moby-Dick (a paper's '“…,” opined' after another sentence's cue; 'Starbuck grasped Ahab by the arm—“…”')
    "gv-bolivia-tipnis-road-conflict": 0.75,  # 0.5 (keys16) -> 0.75
    "gv-cuba-bloggers-meeting-controversy": 0.71,  # 0.571 (keys16) -> 0.714 (session 10)
    "gv-israel-mofaz-unity-government": 0.73,  # 0.667 (keys16) -> 0.8 (session 10) -> 0.733 (2026-12-06: a surname in reach makes a "he" unsure)
    "gv-singapore-hougang-by-election": 0.57,  # 0.429 (keys16) -> 0.571
    "gv-taiwan-orchid-island-nuclear-waste": 0.29,  # 0.222 (keys16) -> 0.294
    "gv-china-gary-locke-propaganda": 0.66,  # 0.667 (keys18)
    "gv-ethiopia-eskinder-pen-award": 0.97,  # 0.8 (keys18) -> 1.0 (session 10)
    "gv-guatemala-barillas-state-of-siege": 0.58,  # 0.545 (keys18) -> 0.667 -> 0.583: 'through their legitimate representatives …' is no name
    "gv-palestine-palfest-gaza": 0.49,  # 0.25 (keys18) -> 0.5 (session 10)
    "gv-yemen-harassment-figure": 0.59,  # 0.6 (keys18)
    "gv-zambia-judges-suspension-backlash": 0.49,  # 0.417 (keys18) -> 0.5 (session 10)
    "gv-armenia-rally-balloon-blast": 0.75,  # 0.75 (keys20)
    "gv-colombia-may-day-marches": 0.09,  # 0.0 (keys20) -> 0.1 (session 10)
    "gv-panama-labour-day-change": 0.71,  # 0.714 (keys20)
    "gv-russia-putin-inauguration-clashes": 0.97,  # 0.308 (keys20) -> 1.0 (session 10)
    "gv-russia-yavlinsky-opposition-rift": 0.54,  # 0.545 (keys20)
    "gv-spain-barcelona-ecb-siege": 0.5,  # 0.5 (keys20)
    "gv-cuba-ortega-protesters": 0.22,  # 0.222 (keys22)
    "gv-ethiopia-g8-press-freedom": 0.33,  # 0.333 (keys22)
    "gv-gulf-union-concern": 0.97,  # 0.667 (keys22) -> 1.0 (a cue word before a negated verb is a noun)
    "gv-india-pakistan-missile-tests": 0.97,  # 1.0 (keys22)
    "gv-indonesia-palmerah-cowboy": 0.5,  # 0.5 (keys22)
    "gv-usa-occupy-returns": 0.87,  # 0.875 (keys22)
    "gv-bangladesh-cinema-halls-closing": 0.45,  # 0.45 (2026-12-06 batch)
    "gv-egypt-presidential-debate": 0.71,  # 0.429 (2026-12-06 batch) -> 0.714 (live tweets of named speakers)
    "gv-spain-lavapies-eviction": 0.75,  # 0.75 (2026-12-06 batch)
    "gv-tunisia-free-expression-campaign": 0.97,  # 1.0 (2026-12-06 batch)
    "gv-egypt-action-after-obama-talk": 0.23,  # 0.176 -> 0.235 (a line opening on what it replies to)
    "gv-gabon-omar-bongo-death": 0.77,  # 0.333 -> 0.444 ('a comment by Akin … predicted …:') -> 0.778 (Kopgli's post)
    "gv-peru-responsibility-amazon-casualties": 0.66,  # 0.263 -> 0.526 (two Spanish paragraphs, two English) -> 0.667
    "gv-africa-land-deals-transparency": 0.51,  # 0.241 (keys-gv4, first look) -> 0.517 (they/agent lines)
    "gv-argentina-gender-identity-law": 0.66,  # 0.0 (keys-gv4, first look) -> 0.667 ('The publication AG Magazine', FNLIG)
    "gv-brazil-racial-quotas-ruling": 0.57,  # 0.571 (keys-gv4, first look)
    "gv-mexico-regina-martinez-murder": 0.08,  # 0.083 (keys-gv4, first look)
    "gv-peru-garatea-license-withdrawn": 0.44,  # 0.278 (keys-gv4, first look) -> 0.444
    "gv-russia-khinshtein-extremist-tweets": 0.7,  # 0.7 (keys-gv4, first look)
    "gv-cuba-revolution-bloggers-principles": 0.30,  # 0.231 (keys-gv5/gv6, first look) -> 0.308 (a pronoun line)
    "gv-ethiopia-wef-growth-democracy": 0.4,  # 0.409 (keys-gv5/gv6, first look)
    "gv-french-caribbean-ministers": 0.3,  # 0.3 (keys-gv5/gv6, first look)
    "gv-hungary-oligarch-buzzword": 0.4,  # 0.3 (keys-gv5/gv6, first look) -> 0.4 ('the PM's first reply')
    "gv-kenya-pay-interns": 0.6,  # 0.643 (keys-gv5/gv6, first look) -> 0.6: the tweets-per-minute sentence, missed before, is now
    # found (its "tweets were being tweeted" is no frame of "around 150"), unattributed (the key: Nairobi Wire)
    "gv-malawi-joyce-banda-reactions": 0.31,  # 0.312 (keys-gv5/gv6, first look)
    "gv-mexico-carlos-fuentes-death": 0.66,  # 0.667 (keys-gv5/gv6, first look)
    "gv-mexico-first-presidential-debate": 0.28,  # 0.286 (keys-gv5/gv6, first look)
    "gv-philippines-scarborough-online": 0.66,  # 0.667 (keys-gv5/gv6, first look)
    "gv-russia-hockey-world-championship": 0.12,  # 0.125 (keys-gv5/gv6, first look)
    "gv-spain-12m-sol-eviction": 0.0,  # 0.0 (keys-gv5/gv6, first look)
    "gv-zambia-draft-constitution": 0.6,  # 0.6 (keys-gv5/gv6, first look)
    "gv-bahamas-election-results": 0.66,  # 0.5 (keys-gv7/gv8, first look) -> 0.583 (a line with "gave") -> 0.667 (the post continued)
    "gv-cuba-soto-ferrer-dissidents": 0.28,  # 0.214 (keys-gv7/gv8, first look) -> 0.286 ('Finally, Notes from …, says')
    "gv-drc-goma-clandestine-abortions": 0.9,  # 0.632 (keys-gv7/gv8, first look) -> 0.9 ("A young girl, …, gave us her account:")
    "gv-kyrgyzstan-blogger-karimdjanov": 0.33,  # 0.333 (keys-gv7/gv8, first look)
    "gv-norway-oslo-forum-latin-america": 0.66,  # 0.667 (keys-gv7/gv8, first look)
    "gv-russia-varlamov-omsk-campaign": 0.53,  # 0.533 (keys-gv7/gv8, first look)
    "gv-south-africa-spear-painting": 0.66,  # 0.667 (keys-gv7/gv8, first look)
    "gv-south-korea-beef-inspection-team": 0.4,  # 0.4 (keys-gv7/gv8, first look)
    "gv-spain-bankia-bailout": 0.38,  # 0.077 (keys-gv7/gv8, first look) -> 0.385 (tweets with their account names)
    "gv-switzerland-basic-income-initiative": 0.77,  # 0.778 (keys-gv7/gv8, first look)
    "gv-ukraine-lukyanivska-prison-film": 0.45,  # 0.3 (keys-gv7/gv8, first look) -> 0.45 ('According to him')
    "gv-ukraine-tymoshenko-euro-2012": 0.16,  # 0.167 (keys-gv7/gv8, first look)
    "gv-croatia-poultry-megafarms-protests": 0.69,  # 0.667 (keys-news5, first look) -> 0.692 ('which locals … claim will')
    "voa-china-banned-platforms-followers": 0.85,  # 0.8 (keys-news5, first look) -> 0.85 ('research director for China, Hong Kong and Taiwan')
}


def test_news_pool_floors() -> None:
    check_pool(POOL, POOL_FLOOR, POOL_WRONG_CEILING, NOT_CLAIMS_CEILING, KINDS_FLOOR)


@pytest.mark.parametrize("key", sorted(SPEAKER_FLOOR))
def test_news_key_speaker_floor(key: str) -> None:
    r = KEYS[key]
    assert (r["speaker_accuracy"] or 0) >= SPEAKER_FLOOR[key], r


def test_every_news_key_has_a_floor() -> None:
    assert sorted(p.stem for p in NEWS_KEYS) == sorted(SPEAKER_FLOOR)
