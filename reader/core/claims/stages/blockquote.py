"""Block quotes of blog-citing news: a cue line ending in a colon, then the quoted post, tweet or article as
paragraphs without quote marks (often the original language first, then the translation).

    The newspaper Infobae [es] reported just after the law was passed:     (a cue line: subject, cue, anything, ':')
    Tras más de cuatro horas de debate, …                                  (the original: no claims, other_language)
    After more than four hours of debate, … The initiative indicates …     (the translation: Infobae's, sentence by
                                                                            sentence, each a `quote`)
    @user: text                                                            (a tweet line: the user's)

Unlike a press release (press.py: one claim per paragraph), a quoted post is read as statements: one quote claim per
sentence that held a claim, all the cue line's speaker's (a cue inside the post is the poster's report, not a new
speaker). The block is one paragraph unless the next one goes on in the first person, opens with 'And'/'But', follows
a heading of the post, or is another tweet line of the same user. Its rules: rules/blockquote.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.line_cues import LINE_CUES, PLURAL_LINE_CUES
from reader.core.claims.lexicon.opinion import EXCLAMATIONS, FEELINGS, MENTAL, VERDICTS
from reader.core.claims.lexicon.post_marks import LANGUAGE_TAG
from reader.core.claims.lexicon.pronouns import SUBJECT_PRONOUNS
from reader.core.claims.record import Claim
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.antecedents import antecedent_in_paragraph
from reader.core.claims.stages.clauses import TAGS_AFTER
from reader.core.claims.stages.cue_lines import LINE_MARKS, LINE_RULES, line_frame
from reader.core.claims.stages.handles import handle_owner
from reader.core.claims.stages.quotes import find_quotes, mask_quotes
from reader.core.claims.stages.speakers.names import spelled_alike
from reader.core.claims.stages.speakers.resolve import Resolver
from reader.core.claims.stages.speakers.who import NOBODY, Who
from reader.core.text.segment import paragraph_sentences
from reader.core.text.spans import Span

_MAX_WORDS = 45
_THAT = re.compile(r"\s+that\s+")
_WISHES = frozenset("hope hopes hoped wish wishes wished want wants wanted".split())
_OPEN_ENDS = frozenset("will would can could should may might must shall to the a an and or of for with that is are was were be".split())
"""Words a clause does not end with: a line that ends so leads into the list or post below it."""
_LANGUAGE_TAG_WORD = re.compile(LANGUAGE_TAG)
_MAX_BLOCK = 6
_SHOWN_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|i|de|da|del|la|van|von|al|el|bin)){0,4}[\s\u200e\u200f]+"
_TWEET = re.compile(r"\s*(?P<shown>" + _SHOWN_NAME + r")?[\u200e\u200f]?@(?P<h>\w+)[:：]\s*")
"""A quoted tweet's paragraph: '@user: text', or with the name the account shows before the handle ('Joan Baldoví i Roda
‏@joanbaldovi: …', as tweets are printed from the page)."""
_LEAD = re.compile(r"(?:[“\"]?(?:" + _SHOWN_NAME + r")?[\u200e\u200f]?\.?@\w+:?\s+|BREAKING:\s+|\[\.\.\.\]\s*)+")
_FIRST_PERSON = re.compile(r"(?<![.\w])(?:I|I[’']m|I[’']ve|we|We|our|Our|us|my|My|me)\b(?!\.\w)")
"""The writer's own voice: a paragraph in it goes on with the post. Not the letters of an abbreviation ('D.I.Y.')."""
_RETWEETED = re.compile(r"[“\"]\s*@(\w+)[:：]\s*")
"""A tweet quoting another ('@A: “@B: …”'): the quoted tweet's handle."""
_SPEAKER_IN_TWEET = re.compile(r"(?:On\s[^-–:\n]{2,60}?\s[-–]\s)?(?P<n>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2})\s?:\s+(?=\S)")
"""A live tweet of a speaker's words: 'Amr Moussa: …', 'On Abbaseya events - Amr Moussa: …', 'Fotouh: …'."""
_NOT_SPEAKERS = frozenset("BREAKING UPDATE Update Breaking Photo Video Pic PHOTO VIDEO RT Via Source Note Watch Live LIVE Q A".split())
"""Words before a colon at a tweet's start that name no speaker ('BREAKING: …', 'Photo: …')."""
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_GOES_ON = ("And ", "But ", "So ", "Yet ", "Moreover", "Furthermore")
_ENDS = (".", "!", "?", "…", "”", '"', "’", ")")
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-–—•*·]{1,2})\s+\S|[a-z]")
"""An item of a list the cue line opened: numbered ('1. Demonstrators arrived along Bolshaya Polyanka St.'), bulleted ('-- Will
not use antipersonnel landmines …;'), or the lower-case end of the line's own sentence ('EPA estimates that … it will:' then
'prevent ADHD in up to 2,600 children.')."""
_ITEM_ENDS = (";", "; and", "; or")
"""How an item of a list that goes on ends ('Requiring annual organizational climate assessments; and')."""


def _list_item(body: str) -> bool:
    return _LIST_ITEM.match(body) is not None or body.endswith(_ITEM_ENDS)
_ELISION_OPENS = ("[...]", "[…]", "(...)", "(…)")
_ELISIONS = frozenset(("[...]", "[…]", "(...)", "(…)", "...", "…"))


@dataclass(frozen=True, slots=True)
class Block:
    """A quoted post in progress: who wrote it, the cue line's cue, how many paragraphs it took, the tweet handle."""

    who: Who
    cue: str | None
    cue_span: Span | None
    taken: int = 0
    handle: str | None = None
    from_press: bool = False
    """Opened by press.py's cue line ('X said:'): taken only where the press layout does not take the paragraph."""
    listed: bool = False
    """The paragraph it took last is an item of a list: the list goes on with the next item."""
    originals: int = 0
    """Paragraphs in the post's original language between the cue line and the translation (other_language.py): the
    translation has as many ('He continues:', two Spanish paragraphs, then their two English ones)."""
    heading: bool = False
    """The paragraph it took last is a heading of the post ('Fifth fallacy: The Bible is the ultimate judge over
    homosexuality'): the post's text follows it."""


def _line_who(text: str, sent: Span, resolver: Resolver, alone: bool, before: Who | None) -> tuple[Who, str, Span, str] | None:
    """The speaker and cue of a cue line: the last line cue with a subject before it; what follows the cue up to the
    colon (an adverbial: 'just after the law was passed', 'on his blog') is read past. 'According to X:' names X; 'The
    post continued:' right after a quoted post names its writer (`before`)."""
    quotes = find_quotes(text, sent.start, sent.end)
    ms = mask_quotes(text, quotes, sent.start, sent.end).rstrip()
    quoted = _QUOTED_PERSON.search(ms) if ms.endswith(":") else None
    if quoted:  # 'X quoted from the … interview with boxer Tom Baker, who …:': the post is the quoted person's words
        role, cue = quoted.group("role").strip() or None, "cue" if quoted.group("cue") else "relay"
        return Who(quoted.group("n"), Span(sent.start + quoted.start("n"), sent.start + quoted.end("n")), role, ("speaker.mention",)), \
            quoted.group(cue), Span(sent.start + quoted.start(cue), sent.start + quoted.end(cue)), "quote.block-quoted-person"
    if not ms.endswith(":") or len(ms.split()) > _MAX_WORDS:
        return None
    tag = _TAG_AT_COLON.search(ms)
    if tag:  # 'They report that [fr]:': the language of the post below is no part of the line
        ms = ms[: tag.start()] + ":"
    inner = ms.rfind(": ", 0, len(ms) - 1)
    if inner > 0:  # 'Ramp up production of COVID-19 vaccines: the EU will:': the line is what follows the heading's colon
        ms = " " * (inner + 2) + ms[inner + 2 :]
    f = line_frame(ms, alone)
    if f is None:
        return None
    who, _ = resolver.speaker_of(f, sent.start, NOBODY)
    if "quote.block-post-goes-on" in f.rules:
        if before is None or not alone:
            return None  # 'The blogger blames the film distributors:' after a new blogger's introduction: nobody named
        fire("quote.block-post-goes-on")  # 'The post continued:' after the post: the same writer's words
        return Who(before.name, before.span, before.role, ("quote.block-post-goes-on",)), f.cue, \
            Span(sent.start + f.cue_start, sent.start + f.cue_end), "quote.block-cue-line"
    if who.name is None or who.name.lower() == "it" or "quote.block-pronoun-line" in f.rules and who.name.lower() in ("he", "she"):
        return None  # a pronoun left unresolved hands the post to nobody (a tweet below still names its user)
    rule = next((r for r in f.rules if r in LINE_RULES), "quote.block-cue-line")
    marks = tuple(r for r in f.rules if r in LINE_MARKS)  # how the line's subject was read ('Here he shares …:')
    if marks:
        who = Who(who.name, who.span, who.role, (*who.rules, *marks))
    return who, f.cue, Span(sent.start + f.cue_start, sent.start + f.cue_end), rule


_QUOTED_PERSON = re.compile(r"\b(?:(?P<cue>quot(?:ed|es|ing)|cit(?:ed|es|ing))\s+(?:from\s+(?:an?|the|his|her|their|its)\s+[^:;,“”\"]{0,60}?"
                            r"\binterview\s+(?:\[[a-z]{2,3}\]\s+)?with\s+)?|(?P<relay>shared|posted|reposted|published|republished)\s+(?:an?|the)\s+"
                            r"(?:article|post|text|piece|poem|letter|note|essay|statement)\s+(?:written\s+)?by\s+)"
                            r"(?P<role>(?:(?!(?:an?|the|of|by|from|in|on|at|to|for)\s)[a-z][\w-]*\s+){0,4}?)"
                            r"(?P<n>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})(?:\s+(?:on|in|at)\s+[^,:;“”\"]{1,40})?(?:,[^:]{0,120})?:$")
"""A cue line that quotes a person named after the verb ('quoted miller Tom Baker:', 'quoted from the Herald interview
with Tom Baker, who …:') or passes on a text they wrote ('shared an article written by Tom Baker on his wall:'): that
person's words follow, not the subject's."""
_TAG_AT_COLON = re.compile(r"\s*" + LANGUAGE_TAG + r"\s*:$")
_LEAD_IN = re.compile(r"\s(?:will|would|should|must|shall|can|could|may|might):\s*$")
"""A line that ends on a modal before its colon: it leads into a list of what will be done."""


def block_cue_line(text: str, para: Span, claims: list[Claim], resolver: Resolver,
                   before: Who | None = None) -> tuple[list[Claim], Block | None] | None:
    """A paragraph whose last sentence is a cue line: its claims before that line, and the block it opens (none after a
    list's lead-in). `before`: the writer of the post quoted just above, whom 'The post continued:' goes on with."""
    if not text[para.start : para.end].rstrip().endswith(":"):
        return None
    sents = paragraph_sentences(text, para)
    found = _line_who(text, sents[-1], resolver, len(sents) == 1, before) if sents else None
    if found is None and sents and _LEAD_IN.search(text, sents[-1].start, sents[-1].end):
        fire("not-claim.list-lead-in")  # 'Ramp up production of COVID-19 vaccines: the EU will:': the list below says it
        return [c for c in claims if c.span.end <= sents[-1].start], None
    if found is None:
        return None
    who, cue, cue_span, rule = found
    fire(rule)
    kept = [c for c in claims if c.span.end <= sents[-1].start]
    if "speaker.pronoun" in who.rules:
        who = antecedent_in_paragraph(text, para, kept, who)
    if cue == "according to" and rule != "quote.block-inverted-tail":  # 'According to X, C:': C is X's claim, as the frames read it
        kept += [c for c in claims if c.span.start >= sents[-1].start and c.cue == "according to"]
    # 'X says that C:': C is X's claim too, before the post the line hands on (a hope or a wish is none)
    kept += [c for c in claims if c.span.start >= sents[-1].start and c.cue_span == cue_span and c.speaker
             and (c.cue or "").lower() not in _WISHES and _THAT.fullmatch(text, cue_span.end, c.span.start) and _whole_clause(c.quote)]
    if rule == "quote.block-quoted-person":  # 'X – who believes that “C” – quoted Y:': C is X's still
        kept += [c for c in claims if c.span.start >= sents[-1].start and c.span.end <= cue_span.start]
    who = Who(who.name, who.span, who.role, (*who.rules, rule))
    if rule == "quote.block-inverted-tail":  # '… launched three campaigns, reports Kracktivist:': the statement is theirs
        said = _trim(text, sents[-1].start, text.rfind(",", sents[-1].start, cue_span.start))
        kept.append(Claim("attribution", said, text[said.start : said.end], speaker=who.name, speaker_span=who.span, cue=cue,
                          cue_span=cue_span, role=who.role, sentence=sents[-1], rules=(rule, "kind.attribution"),
                          speaker_rules=who.rules))
    return kept, Block(who, cue, cue_span)


def _whole_clause(said: str) -> bool:
    """A cue line's own content that is a statement: not a language tag ('[fr]') nor a list's lead-in ('every year it
    will')."""
    words = [w for w in said.split() if not _LANGUAGE_TAG_WORD.fullmatch(w)]
    return len(words) >= 4 and words[-1].lower() not in _OPEN_ENDS


def _trim(text: str, a: int, b: int) -> Span:
    """A sentence of a post without the handles or labels that open it and the hashtags that close it."""
    m = _LEAD.match(text, a, b)
    if m:
        a = m.end()
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    tags = TAGS_AFTER.search(text, a, b) if text.find("#", a, b) >= 0 else None
    if tags and tags.start() > a:  # '… they ignore. #PalHunger'
        b = tags.start()
    return Span(a, b)


_OPINION = re.compile(
    r"(?i:(?:" + alternation(EXCLAMATIONS) + r")\b"
    r"|(?:for\s+the\s+first\s+time[^,]{0,60},\s+)?(?:I|we)(?:\s+am|\s+are|[’']m|[’']re)?\s+(?:(?:really|so|very|truly|deeply)\s+)?"
    r"(?:" + alternation(FEELINGS + MENTAL) + r")\b"
    r"|(?:I|we)\s+have\s+an?\s+(?:\w+\s+){0,2}feeling\b"
    r"|it(?:\s+is|[’']s)\s+(?:(?:really|so|very|truly|simply)\s+)?(?:" + alternation(VERDICTS) + r")\s+(?:that|to|how)\b)"
)
"""A sentence of a quoted post that only says how its writer feels or judges (rule not-claim.post-opinion; the words:
lexicon/opinion.py)."""


def _via_writer(c: Claim, block: Block) -> Claim:
    """A claim the post attributes to someone else reached the article through the post: its writer is the `via`."""
    if c.via or not block.who.name or c.speaker == block.who.name or block.who.name.lower() in SUBJECT_PRONOUNS:
        return c  # a writer left as 'he' is no name to show
    fire("quote.block-reported-via")
    return replace(c, via=block.who.name, rules=(*c.rules, "quote.block-reported-via"))


def _per_sentence(text: str, para: Span, claims: list[Claim], block: Block, rule: str) -> list[Claim]:
    """One quote claim of the block's speaker per sentence of the paragraph that held a claim."""
    out = []
    by_start = sorted(claims, key=lambda c: c.span.start)
    k = 0
    for sent in paragraph_sentences(text, para):
        while k < len(by_start) and by_start[k].span.start < sent.start:
            k += 1  # sentences come in order: each claim is looked at once, not once per sentence
        j = k
        while j < len(by_start) and by_start[j].span.start < sent.end:
            j += 1
        inside = [c for c in by_start[k:j] if c.span.end <= sent.end]
        if not inside:
            continue
        own = [c for c in inside if _reported_inside(c, sent, para, text)]
        if own or any(_say_cue(c, text) and not c.speaker for c in inside):
            out += [_via_writer(c, block) for c in own] or inside  # 'the doctors say that …' inside the post: the doctors' claim,
            continue  # as the post reports it; 'They officially apologized, stating it was …': someone the post does not name
        span = _trim(text, sent.start, sent.end)
        if span.end <= span.start:
            continue
        if _OPINION.match(text, span.start, span.end):
            fire("not-claim.post-opinion")
            continue  # the writer's feeling or verdict ('I wonder what …', 'It's really sad that …'): nothing to check
        hedged = next((c for c in inside if c.hedged), None)
        out.append(Claim("quote", span, text[span.start : span.end], speaker=block.who.name, speaker_span=block.who.span,
                         cue=block.cue, cue_span=block.cue_span, role=block.who.role, hedged=hedged is not None,
                         hedge=hedged.hedge if hedged else None, numbers=tuple(n for c in inside for n in c.numbers),
                         sentence=sent, rules=(rule, "kind.quote"), speaker_rules=(*block.who.rules, rule)))
    return out


_SAY_CUES = LINE_CUES | frozenset("""say tell assure assures assured claim insist stress stresses stressed recall pointed points
    emphasized emphasises emphasised emphasizes underlined underlines acknowledged acknowledges admitted admits confirmed
    confirms denied denies revealed reveals promised promises predicted predicts threatened threatens threaten
    saying stating claiming insisting""".split())
"""Speech cues: 'the doctors say that …', '“…,” Bustamante recalled', 'Raja Parvez Ashraf threatened that …' in a post
report those speakers; 'The initiative indicates …', 'a lawyer who defended …' are the writer's own account."""


_NO_NAMED_SUBJECT = frozenset("i we you they who that which".split())
"""Subjects of a plural present cue that name nobody in the post: 'I warn that …', 'those who assert …' are the writer's
own sentence."""


def _say_cue(c: Claim, text: str) -> bool:
    """Whether the claim's cue is a speech cue (its first word: 'pointed out'); a plural present one ('Farm laws state
    that …') only after a subject that names somebody."""
    word = c.cue.split()[0].lower() if c.cue else ""
    if word in _SAY_CUES:
        return True
    span = c.speaker_span
    return word in PLURAL_LINE_CUES and span is not None and text[span.start : span.end].lower() not in _NO_NAMED_SUBJECT


def _reported_inside(c: Claim, sent: Span, para: Span, text: str) -> bool:
    """A claim the post itself attributes, with a speech cue and its subject in the same sentence (the subject after an
    inverted cue, 'according to X' with X there), or the rest of a quotation whose cue and subject opened it earlier in
    the paragraph ('X … said, “S1. S2.”': S2 is X's too)."""
    if c.speaker and "frame.according-to" in c.rules and c.speaker_span is not None:
        return sent.start <= c.speaker_span.start < c.speaker_span.end <= sent.end  # 'According to Yaseen, PTA simply …'
    if not (c.speaker and _say_cue(c, text) and c.cue_span is not None and c.speaker_span is not None):
        return False
    if sent.start <= c.speaker_span.start < c.cue_span.start and c.cue_span.end <= sent.end:
        return "frame.subject-cue" in c.rules or "frame.second-coordinated" in c.rules or "frame.coordinated" in c.rules
    if sent.start <= c.cue_span.start < c.speaker_span.start and c.speaker_span.end <= sent.end:
        return "frame.inverted" in c.rules  # '… the “emotions of the masses” reported Chaudhry.
    return "quote.in-sentence" in c.rules and para.start <= c.speaker_span.start < c.cue_span.start < c.cue_span.end <= sent.start


def _goes_on(body: str, block: Block, handle: str | None) -> bool:
    """Whether a paragraph after the block's first one is still the post (see the module's docstring)."""
    if block.taken >= _MAX_BLOCK or body.endswith(":"):
        return False
    if block.taken < block.originals:
        return handle is None  # as many paragraphs of translation as there were of the original above them
    if body in _ELISIONS:
        return handle is None  # '[...]': the post goes on after words left out (the next paragraph follows it as a heading's)
    if body.startswith(_ELISION_OPENS):
        return handle is None  # '[...] There has been lots of …': the quoted text goes on past words left out
    if block.listed and _list_item(body):
        return handle is None  # '2. Bolotnaya Square was also blocked off …', '-- Will not assist …': the list goes on
    if block.handle is not None:
        return handle == block.handle
    if block.heading:
        return handle is None and body.endswith(_ENDS)
    surname = (block.who.name or "").split()[-1:]
    if surname and surname[0] in body:
        return False  # about the writer: the article's own text again
    own = _QUOTED.sub("", body)  # 'Count on us to protect you', quoted in the article's paragraph, is no writer's 'us'
    return handle is None and (body.startswith(_GOES_ON) or bool(_FIRST_PERSON.search(own))) and body.endswith(_ENDS)


_HEADING_WORDS = 15


def _heading(body: str) -> bool:
    """A short line with no sentence-final mark: a heading inside the quoted post."""
    return not body.endswith(_ENDS) and len(body.split()) <= _HEADING_WORDS and "\n" not in body


def _handle_fits(handle: str | None, name: str | None) -> bool:
    """Whether a tweet's handle spells a name's first letters ('loubbym' for 'Loubna Maktary')."""
    return bool(handle and name) and any(len(w) >= 3 and w[:4].lower() in (handle or "") for w in (name or "").split())


def block_paragraph(text: str, para: Span, claims: list[Claim], block: Block) -> tuple[list[Claim], Block] | None:
    """A paragraph of a quoted post: its sentences as the writer's quotes, and the block as it goes on; None when
    the paragraph is the article's own again."""
    body = text[para.start : para.end].strip()
    tweet = _TWEET.match(text, para.start, para.end)
    handle = tweet.group("h").lower() if tweet else None
    if body.endswith(":") and tweet is None if block.taken == 0 else not _goes_on(body, block, handle):
        return None  # a cue line of its own (a tweet is none, even one that ends in a '(:' smiley); the article's own text again
    if tweet is not None and block.taken == 0 and "quote.block-subject-line" in block.who.rules and not _handle_fits(handle, block.who.name):
        return None  # a tweet after a line with no cue verb ('Lao Rong gives an update …:') is its own user's, unless the
        # handle spells the line's subject ('Loubna Maktary urged …:' then '@LoubbyM: …')
    fire("quote.block-paragraph")
    # a paragraph after the first goes on only with the block's handle (none, or the same user's): `handle` is the block's
    return _per_sentence(text, para, claims, block, "quote.block-paragraph"), replace(block, taken=block.taken + 1, handle=handle,
                                                                                      heading=_heading(body) and not _list_item(body),
                                                                                      listed=_list_item(body))


_NAMES = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,4}")
_NAMES_BACK = 20000
"""Runs of capitalised words in the text before a tweet (bounded, so long texts stay linear): the names a live tweet may
spell differently."""


def _named_in_tweet(text: str, para: Span, claims: list[Claim], named: re.Match[str], tweeter: Who,
                    handle: str, persons: list[str]) -> tuple[list[Claim], Block]:
    """The tweet's first sentence, after 'Name:', as that speaker's words passed on by the tweeter; the rest of the tweet
    (a comment on them: 'He's basically repeating the slogans of the revolution') stays the tweeter's."""
    fire("quote.tweet-named-speaker")
    said = named.group("n")  # 'Mousa' after 'Amr Moussa': the person the text named before, as spelled there
    named_before = persons + [n.removesuffix("’s").removesuffix("'s") for n in _NAMES.findall(text, max(0, para.start - _NAMES_BACK), para.start)]
    who = Who(spelled_alike(said, named_before) or said, Span(named.start("n"), named.end("n")), None, ())
    tweeted = Block(tweeter, None, None, taken=1, handle=handle)
    out = []
    for c in _per_sentence(text, para, claims, tweeted, "quote.tweet-line"):
        if c.span.start <= named.end() < c.span.end:
            c = replace(c, span=Span(named.end(), c.span.end), quote=text[named.end() : c.span.end], speaker=who.name,
                        speaker_span=who.span, via=tweeter.name, rules=("quote.tweet-named-speaker", "kind.quote"),
                        speaker_rules=("quote.tweet-named-speaker",))
        out.append(c)
    return out, tweeted


def tweet_line(text: str, para: Span, claims: list[Claim], persons: list[str]) -> tuple[list[Claim], Block] | None:
    """'@user: text' — a quoted tweet: its sentences are the user's quotes (a block of that user's tweets)."""
    m = _TWEET.match(text, para.start, para.end)
    if m is None or not claims:
        return None
    quoted = _RETWEETED.match(text, m.end(), para.end)
    if quoted:  # '@TumiVolume: “@KommandaObbs: It's annoying how …” democracy': the quoted tweet is its writer's
        fire("quote.retweeted")
        c = quoted.start(1) - 1
        who = Who(handle_owner(text, para.start, quoted.group(1), persons), Span(c, quoted.end(1)), None, ())
        return _per_sentence(text, para, claims, Block(who, None, None, taken=1), "quote.retweeted"), \
            Block(who, None, None, taken=1, handle=m.group("h").lower())
    name = m.group("shown").strip(" \t\n\u200e\u200f") if m.group("shown") else handle_owner(text, para.start, m.group("h"), persons)
    named = _SPEAKER_IN_TWEET.match(text, m.end(), para.end)
    if named is not None and named.group("n").split()[0] not in _NOT_SPEAKERS:
        # '@SultanAlQassemi: On vision for Egypt - Amr Moussa: A constitutional state …': a live tweet of what a speaker
        # said; the speaker is the name before the colon, the tweeter passes it on
        return _named_in_tweet(text, para, claims, named, Who(name, Span(m.start("h") - 1, m.end("h")), None, ("quote.tweet-line",)),
                               m.group("h").lower(), persons)
    fire("quote.tweet-line")
    block = Block(Who(name, Span(m.start("shown") if m.group("shown") else m.start("h") - 1, m.end("h")), None, ("quote.tweet-line",)),
                  None, None, taken=1, handle=m.group("h").lower())
    return _per_sentence(text, para, claims, block, "quote.tweet-line"), block
