"""Cue lines of blog-citing news: how a line ending in a colon names the writer of the post after it ('The newspaper
Infobae [es] reported just after the law was passed:', 'According to the newspaper Clarin [es]:', 'Reacted a reader
calling himself Say What?:', 'For example, on March 3, Mofaz's official Facebook page posted:'). blockquote.py hands the
paragraphs after the line to the writer this module finds. Its rules: rules/blockquote.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import CHANNEL_NOUNS, OWNED_SOURCE_HEAD
from reader.core.claims.lexicon.connectives import OPENERS, PARENTHETICALS
from reader.core.claims.lexicon.line_cues import INVERTED_CUES, LINE_CUES, NOT_SUBJECTS, PLURAL_LINE_CUES, RELAYING
from reader.core.claims.lexicon.opinion import REACTIONS
from reader.core.claims.lexicon.post_marks import HANDLE_TAG, LANGUAGE_TAG
from reader.core.claims.lexicon.prepositions import LEAD_PREPOSITIONS
from reader.core.claims.lexicon.pronouns import SUBJECT_PRONOUNS
from reader.core.claims.lexicon.time import MONTHS, WEEKDAYS
from reader.core.claims.lexicon.titles import NAMED_HEADS, ROLE_HEADS, UNNAMED_PERSONS, USER_HEADS
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.find import find_frames
from reader.core.claims.stages.frames.model import Frame, Range
from reader.core.claims.stages.inverted_lines import inverted_line
from reader.core.text.language import FUNCTION_WORDS

_TAIL = " Xxxx xxxx."
"""The stand-in for the post after a cue line's colon: the frame rules read the line as a sentence with a content."""
_CUE_WORD = re.compile(r"\b([a-z]+)\b")
_ACCORDING = re.compile(r"(?:[Aa]ccording to)\s")


def line_frame(ms: str, alone: bool) -> Frame | None:
    """The frame of a cue line (masked, ending in ':'): 'According to X:', 'X quotes Y saying …:', an inverted line
    ('Reacted X:'), else the line's last line cue or its subject."""
    if _ACCORDING.match(ms):
        return _according_line(ms)
    return _quoted_line_frame(ms) or _inverted_line_frame(ms) or _agent_line_frame(ms) or _cue_line_frame(ms, alone)


_AGENT = re.compile(r"\b(?:is|was|are|were|been)\s+(?:(?:also|further|then|later|[a-z]+ly)\s+)*(?P<v>[a-z]{3,}ed)\s+by\s+"
                    r"(?:(?:" + alternation(sorted(ROLE_HEADS | USER_HEADS)) + r")\s+)?"
                    r"(?P<n>[A-Z@][\w.’'@-]*(?:\s+(?:[A-Z][\w.’'-]*|de|da|del|van|von|al|el|bin)){0,4})"
                    r"(?=\s*(?:\([^()]{1,40}\)\s*)?(?:,[^:]{1,120}|\s+(?:on|in)\s+[^:,]{1,60})?:$)")
"""A line whose writer is the agent of a passive ('The need for transparency in land deals is further emphasized by Megan
MacInnes, Senior Land Campaigner at Global Witness:'): the name after 'by', with nothing but an apposition or where
they wrote ('on his blog') before the colon."""


_WORDS_OF = re.compile(r"[\w.][’']s?\s+(?:[a-z]+\s+){0,2}(?:reply|response|answer|words|remarks?|comments?|statement|speech|message|"
                      r"question|views?|opinion|tweet|post)\b")
"""Someone's words as the subject of a passive line: its agent relays them."""


def _agent_line_frame(ms: str) -> Frame | None:
    m = _AGENT.search(ms)
    if m is None or _WORDS_OF.search(ms, 0, m.start()):
        return None  # "Amr Moussa's reply was tweeted by Sultan Al Qassemi:": Moussa's words, relayed
    fire("quote.block-agent-line")
    return _line_frame(m.group("v"), m.start("v"), m.end("v"), m.span("n"), (m.start("n"), len(ms) - 1), "quote.block-agent-line")


_LANGUAGE_TAG = re.compile(r"\s*" + LANGUAGE_TAG + r"\s*$")
_TAG_WORD = re.compile(LANGUAGE_TAG + "|" + HANDLE_TAG)
_OWNER = re.compile(r"(?:the\s+)?(.+?)[’']s\s+\S")


def _marked(line: Frame, found: Frame) -> Frame:
    """The line's frame with what `_said_at` found of its subject (LINE_MARKS: 'Here he shares …:')."""
    return replace(line, rules=(*line.rules, *(r for r in found.rules if r in LINE_MARKS)))


def _line_frame(cue: str, cue_start: int, cue_end: int, subject: Range, region: Range, rule: str, verb: str | None = None,
                role: Range | None = None) -> Frame:
    """A cue line's frame: its content is the stand-in for the post (`_TAIL`) after the colon that ends `region`."""
    end = region[1]
    return Frame(cue, cue_start, cue_end, subject, role=role, contents=((end + 2, end + 2 + len(_TAIL)),), region=region,
                 verb=verb or cue, rules=(rule,))


def _quoted_line_frame(ms: str) -> Frame | None:
    """'Dawn.com quotes Chairman PTA Mohammed Yaseen saying that …:': the post after the line is the quoted person's
    (subject.quoted-as-saying), not the quoter's."""
    if " saying" not in ms:
        return None
    f = next((f for f in find_frames(ms[:-1] + ". " + _TAIL) if "subject.quoted-as-saying" in f.rules and f.subject), None)
    if f is None:
        return None
    return _line_frame(f.cue, f.cue_start, f.cue_end, f.subject, (f.region[0], len(ms) - 1), "quote.block-cue-line",
                       verb=f.verb, role=f.role)


def _inverted_line_frame(ms: str) -> Frame | None:
    """The frame of a cue line whose source follows its cue (inverted_lines.py)."""
    found = inverted_line(ms)
    if found is None:
        return None
    cue, start, end, subject, rule = found
    return _line_frame(cue, start, end, subject, (start, len(ms) - 1), rule, verb=cue.lower())


def _according_line(ms: str) -> Frame | None:
    """'According to the newspaper Clarin [es]:' — the source is what follows 'according to'."""
    m = _ACCORDING.match(ms)
    assert m is not None
    a, b = m.end(), len(ms) - 1
    comma = ms.find(",", a, b)
    b = comma if comma >= 0 else b  # 'According to Daniel Gershenson [es] (@alconsumidor), the police made threats:'
    tag = _LANGUAGE_TAG.search(ms, a, b)
    b = tag.start() if tag else b  # the source's language ('Clarin [es]') is no part of its name
    words = [w for w in ms[a:b].split() if not _TAG_WORD.fullmatch(w)]  # '… on the CEADESC [es] blog': the tag is no word
    if not words or len(words) > 8 or not any(w[:1].isupper() or w[:1] == "@" for w in words):
        return None
    owner = _OWNER.match(ms, a, b)
    if owner:  # 'According to researcher Gustavo Soto's post on the CEADESC [es] blog:': the post's writer
        b = owner.end(1)
    return _line_frame("according to", m.start(), m.end() - 1, (a, b), (0, b), "quote.block-cue-line")


_NAME_WORD = re.compile(r"(?:[A-Z@][\w.'’@-]*|" + LANGUAGE_TAG + "|" + HANDLE_TAG + r"|of|the|de|al|el|–)$")


_POSSESSED = re.compile(r"[’']s?\s+$")
"""A possessive right before a cue word makes it a noun: 'Hear Baker’s remarks to the farmers in the clip under this line:'
hands nothing on."""


def _cue_line_frame(ms: str, alone: bool) -> Frame | None:
    """The frame of a line's last line cue: the frame rules' own; else, for a named subject, theirs as if the verb were
    'said' (they know 'commented' only with 'that': 'Ibrahim Mothana, a Yemeni writer and activist, commented on the
    drone policy:'); else the name or pronoun right before the cue as its subject ('blogged', 'tweeted')."""
    cues = [m for m in _CUE_WORD.finditer(ms) if (m.group(1) in LINE_CUES or m.group(1) in PLURAL_LINE_CUES and _THEY.search(ms, 0, m.start()))
            and not _POSSESSED.search(ms, max(0, m.start() - 3), m.start())]
    if not cues:  # a line with no cue verb hands a post on only as a paragraph of its own (not inside a novel's prose)
        intro = _INTRODUCED.search(ms) if alone else None
        if intro:  # 'Another Facebook group advocating for their cause is Ethiopia Muslims:': the name after 'is' writes the post
            name = intro.span("n")
            return _line_frame(intro.group("be"), intro.start("be"), intro.end("be"), name, (0, len(ms) - 1), "quote.block-introduced-line")
        if alone or _BE_REACTION.search(ms):  # '… is very frustrated:' ends a paragraph
            return _subject_line_frame(ms)
        f = _subject_line_frame(_VIA_CREDIT.sub(lambda m: " " * len(m.group()), ms))
        # the last sentence of a longer paragraph hands the post on only from a subject that opens on a name, no cue verb
        # ('…, PalFest attracted the attention of … Nader ElKhuzundar described what happened:'); a credit '(via …)' is
        # where the text was found, never its writer
        return f if f is not None and f.subject and ms[f.subject[0] :].split()[0].lower() not in INVERTED_CUES else None
    cut = cues[-1].end()
    frames = [f for f in find_frames(ms[:cut] + ":" + _TAIL) if f.cue_end <= cut and f.subject is not None]
    if frames:
        return frames[-1]
    f = _said_at(ms, cues[-1].start())
    if f is not None:  # a cue the frame rules know only with 'that' or a quote ('commented'): a named subject read as for 'said'
        return _marked(_line_frame(cues[-1].group(1), cues[-1].start(), cut, f.subject, (f.region[0], cut), "quote.block-cue-line",
                                   role=f.role), f)
    words = list(re.finditer(r"\S+", ms[: cues[-1].start()]))
    if not words:
        return None
    if words[-1].group().lower() in SUBJECT_PRONOUNS and words[-1].group().lower() != "it":
        first = len(words) - 1
    else:
        first = len(words)
        while first > 0 and _NAME_WORD.match(words[first - 1].group()) and len(words) - first < 8:
            first -= 1
        while first < len(words) and not (words[first].group()[:1].isupper() or words[first].group()[:1] == "@"):
            first += 1
        if first >= len(words):
            return None
    a, b = words[first].start(), words[-1].end()
    return _line_frame(cues[-1].group(1), cues[-1].start(), cut, (a, b), (a, cut), "quote.block-cue-line")


_VIA_CREDIT = re.compile(r"\s*\(via\s[^()]{1,80}\)")
_INTRODUCED = re.compile(r"\s(?P<be>is|was)\s+(?P<n>[A-Z@][\w.’'&@-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*(?:\[[a-z]{2,3}\]\s*)?:$")
"""A line that introduces a writer by name after 'is' ('One such group is Ethiopia Muslims:'): the name, not the subject
before 'is', writes the post that follows."""
_VERB_LIKE = re.compile(r"(?<!-)\b(?:[a-z][\w’'-]*(?:s|ed)|has|have|had|gave|wrote|sent)\b")
"""A word that may be a finite verb: 'believes', 'described', 'has', 'gave' (a cue line's verb the frame rules do not know
as a cue). Not a form of 'be': 'HyTEC is structured in two phases:' describes, it hands nothing on."""
_NOT_VERBS = FUNCTION_WORDS - {"has", "have", "had"}
"""Function words _VERB_LIKE matches that are no verb ('was', 'this', 'as'); 'Mark MacKinnon has pointed out …:' is."""
_NO_NAME = FUNCTION_WORDS | NOT_SUBJECTS
"""First words of a subject that name nobody ('The', 'Here', 'Other')."""
_MAX_TRIES = 8
LINE_RULES = ("quote.block-agent-line", "quote.block-subject-line", "quote.block-inverted-line", "quote.block-inverted-tail",
              "quote.block-introduced-line")
_BE_REACTION = re.compile(r"\b(?:is|was|are|were)(?=\s+(?:(?:very|so|really|quite|deeply|clearly|visibly|particularly|also|less|more)\s+)*"
                          r"(?:" + alternation(REACTIONS) + r")\s*:$)")
"""A form of 'be' before how the subject takes something ('Blogger Charlie Custer from ChinaGeeks is very frustrated:'):
the writer's reaction follows, as after a verb."""


def _subject_line_frame(ms: str) -> Frame | None:
    """A cue line whose verb is no cue ('Sigal Rozen, a prominent refugee rights activist …, described the
    consequences of this incitement:', 'Oxfam offered more figures:'): the frame rules read it as if that verb were
    'said' — they find the subject, its role and apposition as for any cue — and the post after it is the subject's
    (`quote.block-subject-line`). Only the first few verb-like words are tried; a line where none has a subject
    names nobody."""
    reacts = _BE_REACTION.search(ms)
    if any(w in RELAYING for w in ms.lower().split()):
        return None  # 'China Media Project has translated some of the responses:': others' words, writer unclear
    for m in [reacts] if reacts else islice(_VERB_LIKE.finditer(ms), _MAX_TRIES):
        if m.group() in _NOT_VERBS and m is not reacts:
            continue
        f = _said_at(ms, m.start())
        if f is not None:
            cut = len(ms) - 1
            end = len(ms.rstrip(": ")) if m is reacts else m.end()  # the cue of a reaction is all of it: 'is very frustrated'
            return _marked(_line_frame(ms[m.start() : end], m.start(), end, f.subject, (f.region[0], cut), "quote.block-subject-line",
                                       verb=m.group(), role=f.role), f)
    return None


def _said_at(ms: str, at: int) -> Frame | None:
    """The frame the frame rules read when 'said' stands at `at` of the line, if its subject opens the line with a name:
    how a cue line is read whose verb they do not know as a cue, or know only with 'that'. A name's page or account
    ('Mofaz's official Facebook page posted:') is the name's."""
    for f in find_frames(ms[:at] + "said:" + _TAIL):
        if f.cue_start != at or f.subject is None:
            continue
        if _opens_with_name(ms, f.subject):
            return f
        like = _LIKE_MEMBER.match(ms, f.subject[1]) if _opens_line(ms, f.subject) else None
        if like:  # 'Some, like Anahit Markosian, called for his resignation …:': the member named writes the post
            fire("quote.block-member-line")
            return replace(f, subject=like.span("n"), role=None, rules=(*f.rules, "quote.block-member-line"))
        if _THE_POST.fullmatch(ms, 0, f.subject[1]):  # 'The post continued:': its writer, if a post was quoted just above
            return replace(f, rules=(*f.rules, "quote.block-post-goes-on"))
        if _PRONOUN_LINE.fullmatch(ms, 0, f.subject[1]):  # 'Here he shares the latest state of the film industry:'
            fire("quote.block-pronoun-line")  # the speaker rules read the pronoun as for any cue
            return replace(f, rules=(*f.rules, "quote.block-pronoun-line"))
        if _UNNAMED.fullmatch(ms, *f.subject) and f.subject[0] == 0:  # 'A young girl, who does not want to be identified, …:'
            fire("quote.block-unnamed-line")
            return replace(f, rules=(*f.rules, "quote.block-unnamed-line"))
        owner = _OWNER.match(ms, *f.subject)
        if owner and OWNED_SOURCE_HEAD.search(ms, owner.end(1), f.subject[1]) and _opens_with_name(ms, owner.span(1)):
            fire("quote.block-owner-line")
            return replace(f, subject=owner.span(1), rules=(*f.rules, "quote.block-owner-line"))
        by = _CHANNEL_BY.fullmatch(ms, *f.subject)
        if by:  # 'a comment by Akin at the African Loft predicted …:': the comment's writer
            fire("quote.block-owner-line")
            return replace(f, subject=by.span("src"), rules=(*f.rules, "quote.block-owner-line"))
    return None


_THE_POST = re.compile(r"(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:blog|same|original|first)\s+)?"
                       r"(?:post|blog|article|piece|entry|letter|statement|text|writer|blogger|author)")
"""A cue line's subject that points back to the post just quoted, or to its writer ('The post continued:')."""
_THEY = re.compile(r"\b(?:[Tt]hey|[Ww]e)\s+(?:(?:also|then|now|often|still)\s+)?$")
_LIKE_MEMBER = re.compile(r",\s+like\s+(?P<n>[A-Z@][\w.’'@-]*(?:\s+[A-Z][\w.’'-]*){0,4})(?:\s*\(@\w+\))?,")
"""A group subject with one member named after it: the member writes the post the line hands on."""
LINE_MARKS = ("quote.block-member-line", "quote.block-post-goes-on", "quote.block-pronoun-line")
"""What `_said_at` found of a line's subject that the line's frame keeps."""
_PRONOUN_LINE = re.compile(r"(?:(?:" + alternation(OPENERS + ("here", "now", "then"), title=True) + r"),?\s+)?(?:He|She|he|she)")
"""A line whose subject is 'he' or 'she', first or after an opener: the person the pronoun stands for writes the post."""
_UNNAMED = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}(?:" + alternation(UNNAMED_PERSONS) + r")")
"""A person the line introduces without a name, by what they are ('A young girl', 'one local resident'): the post is
theirs. Not 'the witness': a definite description points back to somebody, whom the line does not name."""
_CHANNEL_BY = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w’'-]+\s+){0,2}?(?:" + alternation(CHANNEL_NOUNS + ("comment",)) + r")s?\s+"
                         r"(?:by|from)\s+(?P<src>[A-Z@][\w.’'@-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:\s+[a-z]+\s+.+)?")
"""A channel and its writer as a cue line's subject ('a comment by Akin at the African Loft', 'A post by Zeinobia')."""


_TIME_OPENER = re.compile(r"(?:(?:" + alternation(PARENTHETICALS, title=True) + r"),\s+)?"
                          r"(?:(?:[Oo]n|[Ii]n|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+)?(?:"
                          + alternation(MONTHS + WEEKDAYS + ("week", "month", "year", "yesterday", "today"), title=True)
                          + r")\b[^,:;]{0,20},\s*"
                          r"|(?:[Oo]n|[Ii]n|[Ll]ast|[Tt]his)\s+(?:" + alternation(MONTHS + WEEKDAYS, title=True)
                          + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+(?=the\s|[A-Z])")
"""When a cue line's post appeared, perhaps after a linking phrase ('On March 3, ', 'For example, on March 3, ', 'Last
week, '), or a month or day with no comma before the subject ('In March the charity Acme Aid gave a warning …:'): no part of
its subject."""


_CHANNEL_OPENER = re.compile(r"(?:On|In)\s+(?:his|her|their|its|a|an|the)\s+(?:[\w’'.-]+\s+){0,3}?(?:" + alternation(CHANNEL_NOUNS)
                             + r")\b[^,:;]{0,40},\s*")
"""Where a cue line's writer wrote ('On his blog Share Press, blogger Varma provided some more details:'): no part of its
subject."""


_REPLY_OPENER = re.compile(r"In\s+(?:reply|response|answer)\s+to\s[^,:;“”\"]{1,80},\s*")
"""What the writer answered ('In reply to Shokier's post, Desert Cat offered a different opinion:'): no part of the subject."""
_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]+ing\b[^,:;“”\"]{0,80},\s*")
"""What the writer did as they wrote ('Shedding a light onto the government crackdown on the protesters, Kracktivist
cites:'): no part of the subject."""


_LEAD_OPENER = re.compile(r"(?:" + alternation(LEAD_PREPOSITIONS, title=True) + r")\s+(?:the|a|an|this|that|his|her|their|its)\s+"
                          r"[^,:;“”\"]{1,60},\s*")
"""A lead-in phrase on what the writer reacts to ('With the launch of the initiative, Hubleur hopes …:'): no part of the subject."""
_LINE_OPENERS = (_TIME_OPENER, _CHANNEL_OPENER, _PARTICIPLE_OPENER, _REPLY_OPENER, _LEAD_OPENER)


def _before_bracket(words: list[str]) -> list[str]:
    """A name's words up to a bracketed aside ('(Patriotic March)', '(FNLIG)'), or all of them if it opens with one."""
    return words[: next((i for i, w in enumerate(words) if w.startswith("(")), len(words))] or words


def _opens_line(ms: str, subject: tuple[int, int]) -> bool:
    """Whether the subject opens the line, after an opener ('On Twitter, some participants, like …') at most."""
    lead = next((m for m in (o.match(ms, 0, subject[0]) for o in _LINE_OPENERS) if m), None)
    before = ms[lead.end() if lead else 0 : subject[0]].split()
    return not before or len(before) == 1 and before[0].rstrip(",").lower() in OPENERS


def _opens_with_name(ms: str, subject: tuple[int, int]) -> bool:
    """Whether the line opens with its subject (after 'But', 'However,' at most) and the subject is a name: its first
    and last words capitalised or an @handle — 'Lyson Sibande', 'Historian and analyst Egídio Vaz', 'Oxfam'; not 'the
    witness', 'Partial transcript', 'Read the latest' (an imperative), 'Here', nor a name deep in a long sentence ('…,
    and NBC News has proof:')."""
    if not _opens_line(ms, subject):
        return False
    words = [w.strip("“”\"") for w in ms[subject[0] : subject[1]].split()]
    if len(words) > 2 and words[0].lower() == "the" and words[1].lower() in NAMED_HEADS:
        words = _before_bracket(words[2:])  # 'the blog “Marcha Patiotica” (Patriotic March)': the name after its description
    if len(words) > 2 and words[0].lower() == "the" and (words[1].lower() in ROLE_HEADS or words[1].lower() in USER_HEADS) \
            and words[2][:1].isupper():
        words = words[2:]  # 'The blogger Principia Marsupia, after …, shared his observations:': the name after the role
    if len(words) >= 2 and words[0] == "The" and words[1][:1].isupper() and words[1].lower() not in _NO_NAME:
        words = _before_bracket(words[1:])  # 'The National Front for the Gender Identity Law (FNLIG), formed in 2010 …:': a name
    if not words or words[0].lower() in _NO_NAME:
        return False
    first = words[0] if words[0].lower() not in ROLE_HEADS or len(words) < 2 else words[1]  # 'blogger Varma'
    if len(words) >= 2 and words[-2].lower() in USER_HEADS and first[:1].isupper():
        return True  # 'Russian LJ user gyperbol': a user name, written as its owner writes it
    return all(w[:1].isupper() or w[:1] == "@" for w in (first, words[-1]))  # 'Historian and analyst Egídio Vaz'
