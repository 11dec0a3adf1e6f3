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
from itertools import islice

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import CHANNEL_NOUNS, OWNED_SOURCE_HEAD
from reader.core.claims.lexicon.connectives import OPENERS, PARENTHETICALS
from reader.core.claims.lexicon.line_cues import LINE_CUES, NOT_SUBJECTS
from reader.core.claims.lexicon.opinion import EXCLAMATIONS, FEELINGS, MENTAL, REACTIONS, VERDICTS
from reader.core.claims.lexicon.post_marks import HANDLE_TAG, LANGUAGE_TAG
from reader.core.claims.lexicon.pronouns import SUBJECT_PRONOUNS
from reader.core.claims.lexicon.time import MONTHS, WEEKDAYS
from reader.core.claims.lexicon.titles import ROLE_HEADS
from reader.core.claims.record import Claim
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.antecedents import antecedent_in_paragraph
from reader.core.claims.stages.clauses import TAGS_AFTER
from reader.core.claims.stages.frames.find import find_frames
from reader.core.claims.stages.frames.model import Frame, Range
from reader.core.claims.stages.handles import handle_owner
from reader.core.claims.stages.inverted_lines import inverted_line
from reader.core.claims.stages.quotes import find_quotes, mask_quotes
from reader.core.claims.stages.speakers.resolve import Resolver
from reader.core.claims.stages.speakers.who import NOBODY, Who
from reader.core.text.language import FUNCTION_WORDS
from reader.core.text.segment import paragraph_sentences
from reader.core.text.spans import Span

_TAIL = " Xxxx xxxx."
_MAX_WORDS = 45
_MAX_BLOCK = 6
_CUE_WORD = re.compile(r"\b([a-z]+)\b")
_ACCORDING = re.compile(r"(?:[Aa]ccording to)\s")
_TWEET = re.compile(r"\s*[\u200e\u200f]?@(\w+)[:：]\s*")
_LEAD = re.compile(r"(?:[\u200e\u200f]?\.?@\w+:?\s+|BREAKING:\s+|\[\.\.\.\]\s*)+")
_FIRST_PERSON = re.compile(r"(?<![.\w])(?:I|I[’']m|I[’']ve|we|We|our|Our|us|my|My|me)\b(?!\.\w)")
"""The writer's own voice: a paragraph in it goes on with the post. Not the letters of an abbreviation ('D.I.Y.')."""
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_GOES_ON = ("And ", "But ", "So ", "Yet ", "Moreover", "Furthermore")
_ENDS = (".", "!", "?", "…", "”", '"', "’", ")")
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
    heading: bool = False
    """The paragraph it took last is a heading of the post ('Fifth fallacy: The Bible is the ultimate judge over
    homosexuality'): the post's text follows it."""


def _line_who(text: str, sent: Span, resolver: Resolver, alone: bool) -> tuple[Who, str, Span, str] | None:
    """The speaker and cue of a cue line: the last line cue with a subject before it; what follows the cue up to the
    colon (an adverbial: 'just after the law was passed', 'on his blog') is read past. 'According to X:' names X."""
    quotes = find_quotes(text, sent.start, sent.end)
    ms = mask_quotes(text, quotes, sent.start, sent.end).rstrip()
    if not ms.endswith(":") or len(ms.split()) > _MAX_WORDS:
        return None
    f = _according_line(ms) if _ACCORDING.match(ms) else _quoted_line_frame(ms) or _inverted_line_frame(ms) or _cue_line_frame(ms, alone)
    if f is None:
        return None
    who, _ = resolver.speaker_of(f, sent.start, NOBODY)
    if who.name is None:
        return None
    rule = next((r for r in f.rules if r in _LINE_RULES), "quote.block-cue-line")
    return who, f.cue, Span(sent.start + f.cue_start, sent.start + f.cue_end), rule


_LANGUAGE_TAG = re.compile(r"\s*" + LANGUAGE_TAG + r"\s*$")
_TAG_WORD = re.compile(LANGUAGE_TAG + "|" + HANDLE_TAG)
_OWNER = re.compile(r"(?:the\s+)?(.+?)[’']s\s+\S")


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


def _cue_line_frame(ms: str, alone: bool) -> Frame | None:
    """The frame of a line's last line cue: the frame rules' own; else, for a named subject, theirs as if the verb were
    'said' (they know 'commented' only with 'that': 'Ibrahim Mothana, a Yemeni writer and activist, commented on the
    drone policy:'); else the name or pronoun right before the cue as its subject ('blogged', 'tweeted')."""
    cues = [m for m in _CUE_WORD.finditer(ms) if m.group(1) in LINE_CUES]
    if not cues:  # a line with no cue verb hands a post on only as a paragraph of its own (not inside a novel's prose)
        return _subject_line_frame(ms) if alone or _BE_REACTION.search(ms) else None  # '… is very frustrated:' ends a paragraph
    cut = cues[-1].end()
    frames = [f for f in find_frames(ms[:cut] + ":" + _TAIL) if f.cue_end <= cut and f.subject is not None]
    if frames:
        return frames[-1]
    f = _said_at(ms, cues[-1].start())
    if f is not None:  # a cue the frame rules know only with 'that' or a quote ('commented'): a named subject read as for 'said'
        return _line_frame(cues[-1].group(1), cues[-1].start(), cut, f.subject, (f.region[0], cut), "quote.block-cue-line",
                           role=f.role)
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


_VERB_LIKE = re.compile(r"(?<!-)\b(?:[a-z][\w’'-]*(?:s|ed)|has|have|had)\b")
"""A word that may be a finite verb: 'believes', 'described', 'has' (a cue line's verb the frame rules do not know as a
cue). Not a form of 'be': 'HyTEC is structured in two phases:' describes, it hands nothing on."""
_NOT_VERBS = FUNCTION_WORDS - {"has", "have", "had"}
"""Function words _VERB_LIKE matches that are no verb ('was', 'this', 'as'); 'Mark MacKinnon has pointed out …:' is."""
_NO_NAME = FUNCTION_WORDS | NOT_SUBJECTS
"""First words of a subject that name nobody ('The', 'Here', 'Other')."""
_MAX_TRIES = 8
_LINE_RULES = ("quote.block-subject-line", "quote.block-inverted-line", "quote.block-inverted-tail")
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
    for m in [reacts] if reacts else islice(_VERB_LIKE.finditer(ms), _MAX_TRIES):
        if m.group() in _NOT_VERBS and m is not reacts:
            continue
        f = _said_at(ms, m.start())
        if f is not None:
            cut = len(ms) - 1
            end = len(ms.rstrip(": ")) if m is reacts else m.end()  # the cue of a reaction is all of it: 'is very frustrated'
            return _line_frame(ms[m.start() : end], m.start(), end, f.subject, (f.region[0], cut), "quote.block-subject-line",
                               verb=m.group(), role=f.role)
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
        owner = _OWNER.match(ms, *f.subject)
        if owner and OWNED_SOURCE_HEAD.search(ms, owner.end(1), f.subject[1]) and _opens_with_name(ms, owner.span(1)):
            fire("quote.block-owner-line")
            return replace(f, subject=owner.span(1), rules=(*f.rules, "quote.block-owner-line"))
    return None


_TIME_OPENER = re.compile(r"(?:(?:" + alternation(PARENTHETICALS, title=True) + r"),\s+)?"
                          r"(?:(?:[Oo]n|[Ii]n|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater)\s+)?(?:"
                          + alternation(MONTHS + WEEKDAYS + ("week", "month", "year", "yesterday", "today"), title=True)
                          + r")\b[^,:;]{0,20},\s*")
"""When a cue line's post appeared, perhaps after a linking phrase ('On March 3, ', 'For example, on March 3, ', 'Last
week, '): no part of its subject."""


_CHANNEL_OPENER = re.compile(r"(?:On|In)\s+(?:his|her|their|its|a|an|the)\s+(?:[\w’'.-]+\s+){0,3}?(?:" + alternation(CHANNEL_NOUNS)
                             + r")\b[^,:;]{0,40},\s*")
"""Where a cue line's writer wrote ('On his blog Share Press, blogger Varma provided some more details:'): no part of its
subject."""


def _opens_with_name(ms: str, subject: tuple[int, int]) -> bool:
    """Whether the line opens with its subject (after 'But', 'However,' at most) and the subject is a name: its first
    and last words capitalised or an @handle — 'Lyson Sibande', 'Historian and analyst Egídio Vaz', 'Oxfam'; not 'the
    witness', 'Partial transcript', 'Read the latest' (an imperative), 'Here', nor a name deep in a long sentence ('…,
    and NBC News has proof:')."""
    lead = _TIME_OPENER.match(ms, 0, subject[0]) or _CHANNEL_OPENER.match(ms, 0, subject[0])  # 'On March 3, ', 'On his blog X, '
    before = ms[lead.end() if lead else 0 : subject[0]].split()
    if len(before) > 1 or before and before[0].rstrip(",").lower() not in OPENERS:
        return False
    words = ms[subject[0] : subject[1]].split()
    if not words or words[0].lower() in _NO_NAME:
        return False
    first = words[0] if words[0].lower() not in ROLE_HEADS or len(words) < 2 else words[1]  # 'blogger Varma'
    return all(w[:1].isupper() or w[:1] == "@" for w in (first, words[-1]))  # 'Historian and analyst Egídio Vaz'


def block_cue_line(text: str, para: Span, claims: list[Claim], resolver: Resolver) -> tuple[list[Claim], Block] | None:
    """A paragraph whose last sentence is a cue line: its claims before that line, and the block it opens."""
    if not text[para.start : para.end].rstrip().endswith(":"):
        return None
    sents = paragraph_sentences(text, para)
    found = _line_who(text, sents[-1], resolver, len(sents) == 1) if sents else None
    if found is None:
        return None
    who, cue, cue_span, rule = found
    fire(rule)
    kept = [c for c in claims if c.span.end <= sents[-1].start]
    if "speaker.pronoun" in who.rules:
        who = antecedent_in_paragraph(text, para, kept, who)
    if cue == "according to" and rule != "quote.block-inverted-tail":  # 'According to X, C:': C is X's claim, as the frames read it
        kept += [c for c in claims if c.span.start >= sents[-1].start and c.cue == "according to"]
    who = Who(who.name, who.span, who.role, (*who.rules, rule))
    if rule == "quote.block-inverted-tail":  # '… launched three campaigns, reports Kracktivist:': the statement is theirs
        said = _trim(text, sents[-1].start, text.rfind(",", sents[-1].start, cue_span.start))
        kept.append(Claim("attribution", said, text[said.start : said.end], speaker=who.name, speaker_span=who.span, cue=cue,
                          cue_span=cue_span, role=who.role, sentence=sents[-1], rules=(rule, "kind.attribution"),
                          speaker_rules=who.rules))
    return kept, Block(who, cue, cue_span)


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
        own = [c for c in inside if _reported_inside(c, sent, para)]
        if own:
            out += own  # 'the doctors say that …' inside the post: the doctors' claim, as the post reports it
            continue
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
    confirms denied denies revealed reveals promised promises predicted predicts threatened threatens threaten""".split())
"""Speech cues: 'the doctors say that …', '“…,” Bustamante recalled', 'Raja Parvez Ashraf threatened that …' in a post
report those speakers; 'The initiative indicates …', 'a lawyer who defended …' are the writer's own account."""


def _reported_inside(c: Claim, sent: Span, para: Span) -> bool:
    """A claim the post itself attributes, with a speech cue and its subject in the same sentence (the subject after an
    inverted cue, 'according to X' with X there), or the rest of a quotation whose cue and subject opened it earlier in
    the paragraph ('X … said, “S1. S2.”': S2 is X's too)."""
    if c.speaker and "frame.according-to" in c.rules and c.speaker_span is not None:
        return sent.start <= c.speaker_span.start < c.speaker_span.end <= sent.end  # 'According to Yaseen, PTA simply …'
    if not (c.speaker and c.cue and c.cue.split()[0].lower() in _SAY_CUES and c.cue_span is not None and c.speaker_span is not None):
        return False
    if sent.start <= c.speaker_span.start < c.cue_span.start and c.cue_span.end <= sent.end:
        return "frame.subject-cue" in c.rules or "frame.second-coordinated" in c.rules
    if sent.start <= c.cue_span.start < c.speaker_span.start and c.speaker_span.end <= sent.end:
        return "frame.inverted" in c.rules  # '… the “emotions of the masses” reported Chaudhry.
    return "quote.in-sentence" in c.rules and para.start <= c.speaker_span.start < c.cue_span.start < c.cue_span.end <= sent.start


def _goes_on(body: str, block: Block, handle: str | None) -> bool:
    """Whether a paragraph after the block's first one is still the post (see the module's docstring)."""
    if block.taken >= _MAX_BLOCK or body.endswith(":"):
        return False
    if body in _ELISIONS:
        return handle is None  # '[...]': the post goes on after words left out (the next paragraph follows it as a heading's)
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


def block_paragraph(text: str, para: Span, claims: list[Claim], block: Block) -> tuple[list[Claim], Block] | None:
    """A paragraph of a quoted post: its sentences as the writer's quotes, and the block as it goes on; None when
    the paragraph is the article's own again."""
    body = text[para.start : para.end].strip()
    tweet = _TWEET.match(text, para.start, para.end)
    handle = tweet.group(1).lower() if tweet else None
    if body.endswith(":") and tweet is None if block.taken == 0 else not _goes_on(body, block, handle):
        return None  # a cue line of its own (a tweet is none, even one that ends in a '(:' smiley); the article's own text again
    fire("quote.block-paragraph")
    # a paragraph after the first goes on only with the block's handle (none, or the same user's): `handle` is the block's
    return _per_sentence(text, para, claims, block, "quote.block-paragraph"), replace(block, taken=block.taken + 1, handle=handle,
                                                                                      heading=_heading(body))


def tweet_line(text: str, para: Span, claims: list[Claim], persons: list[str]) -> tuple[list[Claim], Block] | None:
    """'@user: text' — a quoted tweet: its sentences are the user's quotes (a block of that user's tweets)."""
    m = _TWEET.match(text, para.start, para.end)
    if m is None or not claims:
        return None
    name = handle_owner(text, para.start, m.group(1), persons)
    fire("quote.tweet-line")
    block = Block(Who(name, Span(m.start(1) - 1, m.end(1)), None, ("quote.tweet-line",)), None, None, taken=1,
                  handle=m.group(1).lower())
    return _per_sentence(text, para, claims, block, "quote.tweet-line"), block
