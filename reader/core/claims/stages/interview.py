"""Interview transcripts: who is speaking in a question-and-answer article.

News sites print interviews as turns, each paragraph opened by a label: "((WN))" or "Q:" for the
interviewer, "((Naomi Martisius))", "Michael Siegel" or the initials "MS" for the person answering;
a paragraph with no label continues the turn before it. The interviewer's turns are questions and
pleasantries, not claims. Everything the interviewee says is their own words, so each statement in an
answer is a `quote` by them, even without quotation marks (tests/gold/GUIDE.md: who made the statement).

A document is a transcript only if some paragraph opens with an interviewer's label, or if it quotes a broadcast
transcript whose labels are names in capitals ('"WALLACE: …', '"PENCE: …': four turns or more, by two speakers or more,
every label a speaker's), so ordinary articles (where "Update:" or a name may open a paragraph) never go through these rules.

Its rules (id, what each decides, a real example): rules/interview.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reader.core.claims.record import Claim
from reader.core.claims.rules.gate import derive_gate
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.speakers.coref import full_name
from reader.core.claims.stages.speakers.memory import People
from reader.core.text.spans import Span
from reader.core.text.words import whole_words

INTERVIEWERS = ("wn", "wikinews", "q", "question", "interviewer")
"""Labels of the asking side; the outlet that ran the interview is added when its name opens a question."""

_BRACKETED = re.compile(r"\(\((?P<name>[^()\n]{1,40})\)\)[ \t]*")
_COLON = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*:[ \t]+")
_ANSWER_WORDS = ("a", "answer")
_CAPS = re.compile(r"[“\"]?(?P<name>[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,2})[ \t]*:[ \t]+")
"""A broadcast transcript's label, each turn's paragraph perhaps opened by a quote mark: '"WALLACE: Let's start …'."""
_CAPS_TURN = re.compile(r"\n[ \t]*[“\"]?(?P<name>[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,2})[ \t]*:[ \t]+")
_CAPS_TURNS = 4
"""A transcript of names in capitals has at least this many turns, by at least two speakers ('UPDATE:' is no turn)."""
_NAME_REACH = 20000
"""How far before a label its person's full name is looked for (as for a surname elsewhere: linear in the text)."""
_FIRST_BRACKETED = re.compile(r"(?:^|\n)[ \t]*\(\([^()\n]{1,40}\)\)")
_OPENER = r"[ \t]*(?:\(\((?:WN|Wikinews|Q|Question|Interviewer)\)\)|(?:Q|Question|Interviewer|Wikinews|WN)[ \t]*:)"
_OPENS_AT, _OPENS_AFTER_NEWLINE = re.compile(_OPENER, re.I), re.compile(r"\n" + _OPENER, re.I)
"""A paragraph opened by an interviewer's label ('((WN))', 'Q:', 'Wikinews:'): the document is (or holds) a transcript. Searched as `(?:^|\n)` and the
label, in two: at the text's start, then after a newline (a literal the engine skips to; with '^|' first, it tried
every position of the text)."""
_ASKING = re.compile(r"^(?:thank(?:s| you)\b|(?:we|i)(?:['’]d| would) like to ask\b)|\?[\"”’']?$", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.I)
_INTERVIEW_NOTE = re.compile(
    r"\b(?:interview(?:s|ed)?|answer(?:ed)?\s+(?:some\s+|a\s+few\s+|our\s+)?questions|caught\s+up\s+with|sat\s+down\s+with|"
    r"spoke\s+(?:to|with)|talked\s+(?:to|with))\b", re.I)


@dataclass(frozen=True, slots=True)
class Turn:
    """One paragraph of a transcript. `speaker` None: the interviewer's (skip it)."""

    speaker: str | None
    body: Span
    """The paragraph after its label."""
    label: Span | None
    """The label naming the speaker, if the paragraph has one."""


class Transcript:
    """Turn-taking state over a document's paragraphs, in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.interviewers = set(INTERVIEWERS)
        opens = _OPENS_AT.match(text) or _OPENS_AFTER_NEWLINE.search(text)
        caps = _caps_turns(text) if opens is None else None
        self.active = opens is not None or caps is not None
        self.label = _BRACKETED if opens is not None and "((" in opens.group() else _CAPS if caps is not None else _COLON
        first = _FIRST_BRACKETED.search(text) if self.label is _BRACKETED else opens or caps
        self.start = first.start() if first is not None else len(text)
        """Where the exchange starts: the first bracketed label (an answer may come first), or the first interviewer's
        label. Before it a paragraph opening with a known name is no turn ("Red Hat also sponsors …" before a CentOS
        interview is no answer by Red Hat); the interviewer's unlabelled opening is still theirs."""
        """One label style per transcript: with "((WN))" turns, "Frido Welker: I think …" inside an answer is not a turn."""
        self.current: str | None = None
        """The interviewee of the turn under way (a label-less paragraph continues it)."""
        self.outlet: str | None = None
        self.caps_names: dict[str, str] = {}

    @property
    def via(self) -> str:
        return f"{self.outlet} interview" if self.outlet else "interview"

    def turn(self, para: Span, persons: People) -> Turn | None:
        """The paragraph's turn, or None when it is article prose (not part of the exchange).

        `persons`: the people the article has named so far, for labels that are a bare name or its initials."""
        if not self.active:
            return None
        text = self.text
        m = self.label.match(text, para.start, para.end)
        if m is not None:
            return self._labelled(m, para, persons)
        bare = self._bare_label(para, persons) if para.end > self.start else None
        if bare is not None:
            self.current, label = bare
            return Turn(self.current, Span(_skip_blanks(text, label.end), para.end), label)
        said = _outside_quotes(text[para.start : para.end]).strip()
        if _ASKING.search(said) or (self.current is None and _SECOND_PERSON.search(said)):
            # the interviewer's unlabelled lines: "Thank you for agreeing …", "I'd like to ask you about …"
            return Turn(None, para, None)
        if self.current is not None and _names_in_third_person(said, self.current):
            self.current = None  # "Siegel's study …": the article's prose again, about the interviewee (turns ended)
        return None if self.current is None else Turn(self.current, para, None)

    def _labelled(self, m: re.Match[str], para: Span, persons: People) -> Turn | None:
        name = m.group("name").strip()
        low = name.lower()
        label = Span(m.start("name"), m.start("name") + len(name))
        body = Span(m.end(), para.end)
        asking = self.text[para.start : para.end].rstrip(" \"”’'").endswith("?")
        full = self._full_name(name, persons)
        if low in self.interviewers or (asking and full is None and re.fullmatch(r"[A-Z]{2,4}", name)):
            self.interviewers.add(low)  # a reporter's initials, "((RS))", once they ask
            if low in ("wn", "wikinews"):
                self.outlet = "Wikinews"
            return Turn(None, body, label)
        if low in _ANSWER_WORDS:
            return Turn(self.current, body, label) if self.current else None
        if full is None and self.label is _CAPS:
            full = self._caps_name(name, para.start)
        self.current = full or name
        return Turn(self.current, body, label)

    def _caps_name(self, name: str, at: int) -> str:
        """A broadcast label's person: 'PENCE' is the Mike Pence the article named before (read once per label),
        'JAKE TAPPER' Jake Tapper; initials stay as written."""
        if name not in self.caps_names:
            title = name.title() if len(name) > 4 or " " in name else name
            named = full_name(self.text, title, max(0, at - _NAME_REACH), at) if " " not in title else None
            self.caps_names[name] = named or title
        return self.caps_names[name]

    def _full_name(self, name: str, persons: People) -> str | None:
        """The person a label names: the same name, its surname, or its initials ("MS" for Michael Siegel)."""
        return persons.label(name)

    def _bare_label(self, para: Span, persons: People) -> tuple[str, Span] | None:
        """'Michael Siegel I am a professor …' or 'MS Although we …': a known name or its initials, then the answer."""
        text = self.text
        token = _TOKEN.match(text, para.start)
        p = persons.opening(text, para.start, token.group()) if token else None
        if p is not None:
            return p, Span(para.start, para.start + len(p))
        m = re.match(r"([A-Z]{2,4})[ \t]+(?=[A-Z\d\"“])", text[para.start : para.start + 8])
        if m:
            full = self._full_name(m.group(1), persons)
            if full is not None:
                return full, Span(para.start, para.start + len(m.group(1)))
        return None


def _caps_turns(text: str) -> re.Match[str] | None:
    """The first turn of a transcript whose labels are names in capitals ('PENCE: Well, look, …'), or None."""
    if text.find(":") < 0:
        return None
    turns = list(_CAPS_TURN.finditer(text))
    if len(turns) < _CAPS_TURNS or len({m.group("name") for m in turns}) < 2:
        return None
    return turns[0]


def _names_in_third_person(said: str, person: str) -> bool:
    """Whether a paragraph with no label names the interviewee by surname: prose about them, not their answer."""
    surname = person.split()[-1]
    return len(person.split()) > 1 and len(surname) > 2 and bool(whole_words(said, surname))


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


_TOKEN = re.compile(r"\S+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _outside_quotes(s: str) -> str:
    return _QUOTED.sub(" ", s)


_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")
"""Letters outside ASCII that a case-blind regex takes for an ASCII one ('ſ' for 's', the Kelvin sign for 'k')."""


def may_hold_note(paragraph: str, words: set[str]) -> bool:
    """Whether a sentence of this paragraph (with these lower-case words) can be an interview note: it holds a word of
    the note pattern's derived gate (or a letter the case-blind pattern reads as ASCII, which words_of does not)."""
    gate = derive_gate(_INTERVIEW_NOTE)
    return gate is None or not gate.isdisjoint(words) or any(c in paragraph for c in _CASE_TWINS)


def is_interview_note(sentence: str, interviewers: Iterable[str]) -> bool:
    """The article's own line about the interview itself ("Wikinews caught up with Dr Martisius …", "Siegel agreed
    to answer some questions for Wikinews's correspondent"): it names the interview and the side asking."""
    if _INTERVIEW_NOTE.search(sentence) is None:
        return False
    low = sentence.lower()
    return _naming(frozenset(n for n in interviewers if len(n) > 2)).search(low) is not None


@lru_cache(maxsize=64)
def _naming(names: frozenset[str]) -> re.Pattern[str]:
    """A pattern for any of the asking side's names as a word, or 'us', 'our', 'we'."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + (r"|" if names else "") + r"us|our|we)\b")


_OWN_WORDS = re.compile(r"(?:[Ii]|[Ww]e|[Uu]s|[Mm]e|[Mm]y|[Oo]ur|[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]hey)\b"
                        r"|(?:[Tt]he|[Mm]y|[Oo]ur)\s+[a-z]|[a-z]")
"""A frame whose subject is the speaker or a plain noun phrase ("we believe", "I don't think", "the results suggest")
is still the interviewee talking; only a named subject ("Red Hat said …") is someone they report."""
_SMALL_TALK = re.compile(r"(?:(?:yes|yeah|no|okay|ok|so|well|right|sure|thanks?|thank\s+you|great|exactly|absolutely)\b[\s,.!]*)+"
                         r"(?:(?:and\s+)?i\s+(?:concur|agree|see|guess|think\s+so)\b)?[\s.!]*", re.I)
_HYPOTHETICAL = re.compile(r"if\s+i\s+(?:were|was|had|could)\b", re.I)

_THREE_WORDS = re.compile(r"\w+\W+\w+\W+\w+")
"""Found in a text with three words or more (runs of \\w), without listing them all."""
_I_OR_WE = re.compile(r"[Ii]|[Ww]e")


def answer_claims(claims: list[Claim], turn: Turn, text: str, via: str) -> list[Claim]:
    """The claims of one answer: the interviewee's own statements become quotes by them, one per sentence (the
    unit a reader quotes them by); small talk ("Yes, and I concur", "Okay.") and their hypotheticals go."""
    speaker = turn.speaker or ""
    out: list[Claim] = []
    own: dict[int, list[Claim]] = {}
    for c in claims:
        mention = c.speaker_span.of(text) if c.speaker_span else ""
        if c.speaker is None or c.speaker == speaker or _OWN_WORDS.match(mention):
            own.setdefault(c.sentence.start if c.sentence else c.span.start, []).append(c)
        else:
            out.append(c)  # someone they report: "Red Hat said …"
    for group in own.values():
        merged = _one_quote(group, speaker, text, via, turn.label)
        if merged is not None:
            out.append(merged)
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out


def _one_quote(group: list[Claim], speaker: str, text: str, via: str, label: Span | None) -> Claim | None:
    sentence = group[0].sentence
    a = min(c.span.start for c in group)
    b = max(c.span.end for c in group)
    if sentence is not None:
        words = sentence.of(text)
        a = sentence.start + len(words) - len(words.lstrip())
        b = sentence.start + len(words.rstrip(" \t\n.!…;:"))
    said = text[a:b]
    if not _THREE_WORDS.search(said) or _SMALL_TALK.fullmatch(said) or _HYPOTHETICAL.match(said):
        fire("not-claim.small-talk")
        return None
    first = group[0]
    mention = first.speaker_span.of(text) if first.speaker_span else ""
    hedged = [c for c in group if c.hedged]
    return Claim(
        kind="quote", span=Span(a, b), quote=said, speaker=speaker,
        speaker_span=first.speaker_span if _I_OR_WE.fullmatch(mention) else label,
        via=first.via or via, hedged=bool(hedged), hedge=hedged[0].hedge if hedged else None,
        numbers=tuple(sorted({n for c in group for n in c.numbers}, key=lambda n: n.span.start)), sentence=sentence,
        rules=("claim.interview-answer",), speaker_rules=("speaker.interview-turn",),
    )
