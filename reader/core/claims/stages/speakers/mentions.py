"""Running indexes over the text read so far: how often a word has been written, and which names stood next to a
common noun ("supermarket chain Tesco"). A query at position `end` extends the index from where the last one
stopped, so the text is read once in all, never again from its start for each name (which made a 10 MB document
take minutes: every "the chain" counted every earlier "Tesco").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

_WORDS = re.compile(r"\w+")
_PLAIN = re.compile(r"\w+$")
_NAME = r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}"
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|his|her|an?|An?)\s+$")
"""A possession of another name ('its Netto chain'), or a kind ('a Colorado company': the capitals say where it is from):
the words before the head are no name of it."""
_ARTICLE = re.compile(r"(?:The|A|An|Another|This|Its|Their)\b")
_ACROSS = re.compile(r"\n|\.\s")
"""A sentence end inside a 'name' ('Thursday.\n\nThe agency', 'company Microsoft. Officials'): the name is the part next to
the noun."""
_OVERLAP = 400
_REACH = 20000
"""How far back a description's name is looked for (as a surname's full name is: coref.full_name)."""
"""How far back an extension rescans, for a match that ended past the last query's end (names are short)."""


@dataclass(slots=True)
class WordCount:
    """Occurrences of each word (a run of word characters) in text[:upto]."""

    text: str
    upto: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def count(self, word: str, end: int) -> int:
        """How often `word` stands as a whole word in text[:end] (the same as counting r'\\bword\\b' there)."""
        if not _PLAIN.match(word) or end < self.upto:
            return len(re.findall(r"\b" + re.escape(word) + r"\b", self.text[:end]))
        if end > self.upto:
            # a word cut by the last end is counted whole now: step back to its start, take its part out
            start = self.upto
            while start > 0 and (self.text[start - 1].isalnum() or self.text[start - 1] == "_"):
                start -= 1
            if start < self.upto:
                self.counts[self.text[start : self.upto]] -= 1
            self.counts.update(_WORDS.findall(self.text, start, end))
            self.upto = end
        return self.counts[word]


_AGENCY_ACRONYM = r"|\b(?!USA\b)([A-Z]{2,4}A)\b"
"""An agency is named by an acronym ending in its 'A' (NASA, ESA, EPA, FDA, NOAA): what a later 'the space agency' means
when no name was written next to 'agency'."""


NAME_AFTER_HEADS = frozenset("newspaper outlet association charity organisation organization".split())
"""Heads whose name is read only after them ('the newspaper The Advocate', 'The Malagasy association Terres Malgaches'): the
capitalised words before them are a place ('a Kansas City newspaper')."""
MEDIA_HEADS = NAME_AFTER_HEADS | frozenset("daily weekly tabloid magazine publication website blog portal".split())
"""Heads of a description of a publication or a body ('Acme Living magazine', 'the website ACI Prensa'), read in lower case
only: 'Local Website Wins Award …' is a headline."""


@dataclass(slots=True)
class Described:
    """Names written next to one common noun ("supermarket chain Tesco", "Tesco chain"), as a scan from the text's
    start would find them: matches that end well before the last query's end are kept, the rest found again."""

    text: str
    rx: re.Pattern[str]
    head: re.Pattern[str] | None = None
    """The head word alone, which every match holds (None when a match may lack it: an agency's acronym)."""
    upto: int = 0
    found: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, name or "" when left out)

    @classmethod
    def of(cls, text: str, head: str) -> Described:
        # after a name the noun is in lower case ('Saudi Press Agency' is one name); before one it may open the sentence
        acronym = _AGENCY_ACRONYM if head == "agency" else ""
        alone = None if acronym else re.compile(re.escape(head), re.I)
        if head in MEDIA_HEADS:  # in lower case: 'Local Website Wins Award' is a headline
            # group 1 is the name before the head; '(?!)()' never matches and keeps the name after it group 2
            before = r"(" + _NAME + r")\s+" + head + r"\b(?!\s+[A-Z])" if head not in NAME_AFTER_HEADS else r"(?!)()"
            return cls(text, re.compile(before + r"|\b" + head + r"\s+(" + _NAME + r")" + _apposed(head)), alone)
        return cls(text, re.compile(r"(" + _NAME + r")\s+" + head + r"\b(?!\s+[A-Z])|\b(?i:" + head + r")\s+(" + _NAME + r")" + acronym
                                    + _apposed(head)), alone)

    def _matches(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """The matches `rx.finditer` finds in text[start:end], found faster: the pattern opens on a name it tries at every
        capital, so each search starts a name's length before the next occurrence of the head word (literal, found fast)."""
        if self.head is None:
            yield from self.rx.finditer(self.text, start, end)
            return
        pos = start
        while (word := self.head.search(self.text, pos, end)) is not None:
            m = self.rx.search(self.text, max(pos, word.start() - _OVERLAP), end)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def names(self, end: int) -> list[str]:
        """The names of the matches in the 20,000 characters before `end`, in text order (not one after 'its'/'their'/…,
        nor 'The …'): a description means a name of the story it stands in, and a long text stays linear."""
        if end != self.upto:
            if end < self.upto:
                self.found, self.upto = [], 0
            cut = self.upto
            while self.found and self.found[-1][1] > self.upto - _OVERLAP:
                cut = min(cut, self.found.pop()[0])  # near the last end a match may have been cut short: find it again
            # scan on from what was read (not from the last match, which a rare head leaves far back), at a word's start
            kept = self.found[-1][1] if self.found else 0
            start = max(kept, min(cut, self.upto - _OVERLAP))
            while start > kept and not self.text[start - 1].isspace():
                start -= 1
            for m in self._matches(start, end):
                if m.group("app"):  # 'Acme Farms, a Colorado company,': the name the description is apposed to
                    self.found.append((m.start(), m.end(), m.group("app")))
                    continue
                left_out = m.group(1) and _POSSESSIVE_BEFORE.search(self.text[max(0, m.start() - 7) : m.start()])
                if m.lastindex == 3:  # an agency's acronym
                    self.found.append((m.start(), m.end(), m.group(3)))
                    continue
                name = _ACROSS.split(m.group(1))[-1] if m.group(1) else _ACROSS.split(m.group(2))[0].rstrip(".")
                self.found.append((m.start(), m.end(), "" if left_out else name))
            self.upto = end
        recent = self.found[bisect_left(self.found, (end - _REACH,)) :]
        return [n for _, _, n in recent if n and not _ARTICLE.match(n)]


def _apposed(head: str) -> str:
    """The alternative of a name with the head in an indefinite apposition after it, closed by its comma ('Acme Farms, a
    Colorado company, built'; not 'Prices fell in Colorado, a Denver company said', a clause of its own)."""
    return r"|(?P<app>" + _NAME + r"),[^\S\n]+an?[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,3}?" + head + r","


_NAMED_BEFORE_HEAD = r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w.’'&-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w.’'&-]*)*)?"
"""A name's 'of' tail on the same line ('Supreme Court of the United Kingdom'): a name never runs across a line break."""
_ARTICLE_OPENS = re.compile(r"^(?:The|A|An)\s+")


def organisation_named(text: str, head: str, a: int) -> str | None:
    """The body a definite description ('the court') stands for: the last name with that head in the 3,000 characters
    before `a`, in its fullest form ("Supreme Court of …")."""
    named = re.compile(r"\b((?:[A-Z][\w.’'&-]*[^\S\n]+)*" + head + _NAMED_BEFORE_HEAD + ")").findall(text, max(0, a - 3000), a)
    named = [_ARTICLE_OPENS.sub("", n.rsplit(". ", 1)[-1]) for n in named]
    named = [n for n in named if len(n.split()) > 1]
    if not named:
        return None
    fuller = [n for n in named if n.startswith(named[-1] + " ")]
    return max(fuller, key=len) if fuller else named[-1]


_CAPITAL_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*[A-Z][\w’'-]*){1,7}")
_LINKS = frozenset("of and for on the &".split())
_INITIALISM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})")
_DEFINED = re.compile(r"[^\S\n]*\(([A-Z]{2,6})\)")
"""An initialism defined in brackets right after the name it stands for."""


@dataclass(slots=True)
class Spelled:
    """Names spelled out before an initialism stands for them ('the Federal Trade Commission' … 'The FTC said'): the
    capitalised runs of the text, indexed by their initials (with and without 'of', 'and': DOJ, ACCC) as the text is
    read; each query scans only what it has not seen."""

    text: str
    upto: int = 0
    runs: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def full(self, mention: str, end: int) -> str | None:
        """The last name before `end` whose initials spell the initialism `mention` ('The FTC', 'ACCC'), if any."""
        m = _INITIALISM.fullmatch(mention.strip())
        if m is None:
            return None
        if end > self.upto:
            for r in _CAPITAL_RUN.finditer(self.text, self.upto, end):
                self._index(r.start(), r.group().split())
                defined = _DEFINED.match(self.text, r.end())
                if defined:  # 'the Centers for Disease Control and Prevention (CDC)': the text says what CDC stands for
                    self._define(r.start(), r.group().split(), defined.group(1))
            self.upto = end
        runs = self.runs.get(m.group(1), [])
        k = bisect_left(runs, (end,))  # runs are kept in text order: the last one before `end`, without reading them all
        return runs[k - 1][1].rstrip("’'") if k else None  # "the Associated Press’ analysis": no mark of the possessive

    def shown(self, mention: str, end: int) -> str | None:
        """The name an initialism stands for as a reader should see it: spelled out, with the initialism the text uses
        ('Environmental Protection Agency (EPA)' for 'EPA estimates'), so both forms of the name are on the screen."""
        full = self.full(mention, end)
        if full is None:
            return None
        m = _INITIALISM.fullmatch(mention.strip())
        return f"{full} ({m.group(1)})" if m is not None and m.group(1) not in full.split() else full

    def _define(self, at: int, words: list[str], acronym: str) -> None:
        """The acronym after a name in brackets stands for the longest tail of the name that opens with its first letter
        and whose initials hold its letters in order ('Centers for Disease Control and Prevention (CDC)')."""
        for i, w in enumerate(words):
            initials = iter(x[0].upper() for x in words[i:])
            if w[0] == acronym[0] and all(ch in initials for ch in acronym.upper()):
                self.runs.setdefault(acronym, []).append((at, " ".join(words[i:])))
                return

    def _index(self, at: int, words: list[str]) -> None:
        while words and words[0].lower() in _LINKS:
            words = words[1:]
        for i in range(len(words) - 1):  # every tail: 'Today Federal Trade Commission' holds 'Federal Trade Commission'
            tail = words[i:]
            if tail[0].lower() in _LINKS:
                continue
            for key in {"".join(w[0] for w in tail if w.lower() not in _LINKS), "".join(w[0].upper() for w in tail if w != "&")}:
                if len(key) >= 2:
                    self.runs.setdefault(key, []).append((at, " ".join(tail)))


_REGISTERED = re.compile(
    r"\b((?:[A-Z][\w&’'.-]*[^\S\n]+(?:\([A-Z][\w ]*\)[^\S\n]+)?){1,4}?(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|GmbH|Limited|Corporation|Holdings))\b")
"""A company named with its legal form ('Acme Corp.', 'Pretoria Energy Company (Arable) Limited'): a company for sure."""
_LEAD_WORDS = re.compile(r"^(?:(?:But|And|So|Yet|Then|When|While|After|Before|Since|As|If|Shares|Workers)[^\S\n]+)+")


def company_named(text: str, a: int) -> str | None:
    """The company a bare 'the company' stands for: the one company named with its legal form in the 6,000 characters
    before `a` (none when two are: which one is meant is unclear)."""
    names = {_LEAD_WORDS.sub("", m.group(1)) for m in _REGISTERED.finditer(text, max(0, a - 6000), a)}
    short = {n.split(" (")[0].rsplit(" ", 1)[0] for n in names}  # 'Syri Ltd' and 'Syri Limited' are one company
    return max(names, key=len) if len(short) == 1 else None
