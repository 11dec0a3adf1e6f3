"""Numbers as news writes them: "7,000", "40%", "$3.5bn", "one million", "two thirds", "hundreds".

Each match carries its span and a parsed value so a fact-checker can compare figures across
sources. Years and clock times are found too, but `is_statistical` tells counts and amounts
(the point of a `statistic` claim) from dates and ordinal labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.designations import LABEL_NOUNS
from reader.core.claims.lexicon.numerals import COUNT_NOUNS, FRACTIONS, ORDINALS, SCALES, UNITS, VAGUE
from reader.core.claims.lexicon.time import MONTH_ABBREVIATIONS, MONTHS
from reader.core.claims.rules.trace import fire
from reader.core.text.alternation import by_first_char
from reader.core.text.frozen import quick_init

_WORD = "(?:" + "|".join(sorted((re.escape(w) for w in UNITS if " " not in w), key=len, reverse=True)) + ")"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_SCALE_ABBR = r"(?:bn|mn|tn|k|m|b)"
_CURRENCY = r"(?:[$£€¥₹]|US\$|A\$|C\$|Rs\.?\s?)"

NUMBER_RE = re.compile(
    rf"""
    (?<![^\W\d])(?:  # fail fast inside words: every number starts at a word start or with a digit/currency
    (?P<vague>\b(?:(?:tens|hundreds)\s+of\s+thousands|(?:a\s+few|several)\s+(?:dozen|hundred|thousand|million|billion)|dozens|scores|hundreds|thousands|millions|billions)\b)
  | (?P<frac>\b(?:one|two|three|a)[\s-](?:half|halves|thirds?|quarters?|fifths?)\b)
  | (?P<fig>
        (?P<cur>{_CURRENCY})?
        (?<![\w.,])(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<dec>\.\d+)?(?![\w,]\d)
        (?:\s?(?P<pct>%|per\s?cent\b|percent\b))?
        (?:(?:\s|-)?(?P<abbr>{_SCALE_ABBR})\b|[^\S\n]{{1,2}}(?P<sc>{_SCALE_WORD})s?\b)?
        (?P<ampm>\s?[ap]\.?m\b\.?)?
    )
  | (?P<words>\b{_WORD}(?:[\s-]{_WORD})?(?:[^\S\n]{{1,2}}{_SCALE_WORD}s?)?\b)
  | (?P<ord>\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)

@quick_init
@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    text: str
    value: float | None
    statistical: bool | None  # None: a vague quantity ("hundreds"), the point only of a short clause


def _word_value(words: str) -> float | None:
    total = 0.0
    parts = re.split(r"[\s-]+", words.lower())
    current = 0.0
    for p in parts:
        if p in UNITS:
            current += UNITS[p]
        elif p.rstrip("s") in SCALES:
            current = (current or 1) * SCALES[p.rstrip("s")]
            total += current
            current = 0.0
        else:
            return None
    return total + current


_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|from|by|until|of|circa|c\.)|\()\s*$")
"""What stands before an older year ('in 1774', '(1723-1792)'); '1700 football pitches' is a count."""


_NOUN_NEXT = re.compile(r"[\s-]+(?!(?:of|more|less|in|on|at|to|from|for|by|as|than|and|or|the|an?|its|their|his|her|since|over|this"
                        r"|that|each|per|higher|lower|last|year|after|before)\b)[a-z]{3,}")
"""A noun after 'a third' or 'a fifth' ('a third child', 'a fifth term'): the ordinal; 'cut by a third', 'a third of' are shares."""


def parse(m: re.Match[str]) -> Found | None:
    """Turn one NUMBER_RE match into a value; None when the match is not a number after all."""
    text = m.group(0)
    if m.group("vague"):
        return Found(m.start(), m.end(), text, VAGUE[re.sub(r"\s+", " ", text.lower())], None)
    if m.group("frac"):
        num, den = re.split(r"[\s-]", text.lower(), maxsplit=1)
        if num == "a" and den in ORDINALS and _NOUN_NEXT.match(m.string, m.end()):  # 'a third child': an ordinal
            return Found(m.end() - len(den), m.end(), text[-len(den):], float(ORDINALS[den]), False)
        n = 1 if num == "a" else UNITS[num]
        return Found(m.start(), m.end(), text, n / FRACTIONS[den], True)
    if m.group("fig"):
        raw = m.group("digits").replace(",", "")
        value = float(raw + (m.group("dec") or ""))
        scale = m.group("sc") or m.group("abbr")
        if scale:
            s = scale.lower()
            if s == "m" and not m.group("cur") and not m.group("dec"):
                # "5m" after a bare figure is more often metres; only money makes it millions
                return Found(m.start(), m.end(), text, value, True)
            value *= SCALES.get(s, 1.0)
        pct = bool(m.group("pct"))
        old = 1500 <= value < 1800 and _YEAR_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) is not None
        year = not m.group("cur") and not pct and not scale and not m.group("dec") and "," not in text \
            and len(raw) == 4 and (1800 <= value <= 2100 or old)
        clock = bool(m.group("ampm"))
        return Found(m.start(), m.end(), text, value, not (year or clock))
    if m.group("words"):
        worded = _word_value(text)
        if worded is None:
            return None
        return Found(m.start(), m.end(), text, worded, worded >= 1000)
    if m.group("ord"):
        return Found(m.start(), m.end(), text, float(ORDINALS[text.lower()]), False)
    return None


_NEXT_WORD = re.compile(r"[\s-]+([a-z]+)(?:[\s-]+([a-z]+))?")
_MONTH = re.compile("(?:" + alternation(MONTHS + MONTH_ABBREVIATIONS, title=True) + r")\.?\s+$")
_DURATION = re.compile(r"(?:\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?)|-(?:second|minute|hour|day|week|month|year))\b"
                       r"(?P<cmp>\s+(?:faster|slower|quicker|ahead|behind)\b)?")
"""A time span ("trapped for over 30 hours", a hyphenated 'a 90-day comment period', 'a 19-minute flight') is the point only
of a short clause, like a vague quantity; a margin ("81 seconds faster than the record") is the point of its clause."""
_PARTITIVE = re.compile(r"\s+(?:of\s+(?:the|these|those)\s+(?![a-z]+est\b)(?:[A-Za-z]+(?:[\s-][a-z]+)?s)\b(?![’'])"
                        r"|out\s+of\s|in\s+(?:every|each)\s|per\s)")
"""'One of the Representatives was …', 'three of the victims', 'one out of every thousand children': a count out of a
group or a ratio (not 'one of the largest'; after a copula, 'X is one of the front runners', a membership)."""


def _counted_out(text: str, f: Found, at: int, end: int) -> bool:
    """A count out of a group or a ratio after a number word: 'three of the victims', 'one out of every thousand'; 'one of
    the activists' is a way to name one of them, no count (20 of 21 such claims on the keys are no statistic)."""
    m = _PARTITIVE.match(text, at, end)
    return m is not None and not (f.value == 1 and m.group(0).lstrip().startswith("of"))


_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|as|became|becomes|become|remains|remained)\s+$", re.I)
_BOUND = re.compile(r"\b(?:under|over|more\s+than|less\s+than|fewer\s+than|nearly|almost)\s+$", re.I)
"""A number word after a bound ('in under two hours', 'nearly three weeks') is a measured amount."""


_CLOCK = re.compile(
    r"(?:(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})\b)?|(?P<hhmm>\d{4}))(?P<ampm>\s?[ap]\.?m\b\.?)?(?P<zone>\s*(?:UTC|GMT|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|AEDT)\b)?"
)
"""Clock times: "10:39 a.m." (one number, not "10" and "39"), "0930 UTC"; not statistics. With seconds and no
a.m./p.m. ("2:20:51") it is a finishing time, a measured amount."""
_STARTS = frozenset(w.split()[0] for w in UNITS) | frozenset(ORDINALS) | frozenset(
    "dozens scores hundreds thousands millions billions tens several".split())
_CANDIDATE = re.compile("(?:" + "|".join(sorted(_STARTS, key=len, reverse=True)) + r")\b|[\d$£€¥₹]")
"""Where a number can start, on lower-cased text; the full NUMBER_RE is then tried only at these spots."""


_A_NUMBER = frozenset({"dozen", "half", "third", "quarter", "fifth", "few"})
"""The words after which 'a' is a number ("a dozen", "a third"), not the article."""
_A_BEFORE_NUMBER = r"(?=[\s-]+(?:" + "|".join(sorted(_A_NUMBER)) + r")(?![a-z]))"
_WORD_START = re.compile(r"[\d$£€¥₹]|(?<![a-z])(?:" + by_first_char(sorted(_STARTS - {"a"}, key=len, reverse=True))
                         + r")\b|(?<![a-z])a" + _A_BEFORE_NUMBER)
"""The same candidates where they can survive the word-start check in find_numbers (no ASCII letter before a
number word; 'a' only before 'dozen', 'half', 'third' …, as find_numbers passes over the article), twice as fast:
a number word inside a word fails on its first character, and the alternation branches by first letter instead of
trying every word. Used when lower-casing kept the text's length."""


_A_START = re.compile(r"a(?<![a-z]a)" + _A_BEFORE_NUMBER)
"""_WORD_START's 'a' branch ('a dozen', 'a third'), its lookbehind after the 'a': a literal the regex engine skips to."""


_PEEK = re.compile(r"[\s-]+([a-z]+)(?:[\s-]+([a-z]+))?")
_JOINERS = frozenset(UNITS) | frozenset(SCALES) | frozenset(FRACTIONS) | {"dozen", "of"}
"""Words after a number word that make it part of a longer number ("two thirds", "one hundred", "tens of")."""


_CASUALTY_AFTER = re.compile(r"(?:[\s-]+[a-z]+){0,3}?[\s-]+(?:were|was|have been|had been|are|been)?\s*"
                             r"(?:killed|died|dead|injured|wounded|hurt|missing|arrested|detained|evacuated|rescued)\b")
"""'six Mexican nationals were killed': a count whose noun is not a count noun, told by what happened to them."""
_LIMIT_BEFORE = re.compile(r"\b(?:limit(?:s|ed|ing)?|restrict(?:s|ed|ing|ions?)|cap(?:s|ped)?|up to|maximum of|at most|"
                           r"no more than)\b[^.;:]{0,60}$", re.I)
_LIMIT_AFTER = re.compile(r"(?:-[a-z]+\s+(?:limit|restriction|cap|maximum)|(?:[\s-]+[a-z]+)?\s+per\s+(?:transaction|order|person|"
                          r"customer|household|family|visit|day|week|month|head|capita))\b", re.I)
"""A purchase limit or quota ("limited … to two packs", "a one-pack limit", "one pack per order") is a figure that is the point."""
_DAY_AFTER_MONTH = re.compile("(?:" + alternation(MONTHS, title=True) + r")\s+\d{1,2}(?:st|nd|rd|th)?"
                              r"(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?){0,5}\s*(?:,|and|or|to|–|-)\s*(?:and\s+)?$")
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and|or)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                          r"(?:" + alternation(MONTHS, title=True) + r")\b")
"""'March 4 and 5', 'May 2, 3, and 4', '17 January', '18-19 May': days of a month, not counts."""
_AGE = re.compile(r"(?:[–-]\d+)?(?:-|\s+)years?[- ]olds?\b")
_AGE_APPOSED = re.compile(r"[A-Z][\w’'-]+,\s+$")
_AGED = re.compile(r"\b(?:aged?|(?<!average\s)(?<!median\s)age\s+of)\s+$")
"""'aged 53', 'at the age of 83': an age ('an average age of 81' is a statistic)."""


_CITATION_BEFORE = re.compile(r"(?:§+|\b(?:Section|Article|Chapter|Amendment|Resolution))\s*$")
_LABEL_BEFORE = re.compile(r"(?:\b(?:" + alternation(LABEL_NOUNS) + r")\.?\s+|#)$")
"""'Phase 1', 'Falcon 9', 'Launch Complex 40', 'Polarimeter #2': a number that names a thing (lexicon/designations.py)."""
_NAME_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[a-z]?|(?<=[\w,] )(?!(?:" + alternation(MONTHS, title=True) + r")\b)[A-Z][a-z]+)[ -]$")
"""A number that goes on a name: after an acronym ('LHS 1140 b', 'NIE 16.1') or after a capitalised word inside a
sentence ('Capability Set 13', 'Falcon 9'); a capital opening the sentence ('About 40 …', 'Over 300 …') is no name."""
_CITATION_AFTER = re.compile(r"\s+U\.\s?S\.\s?C(?:ode|\.)?|\s+CFR\b")


def _not_a_count(text: str, f: Found, end: int) -> bool:
    """An age ("21-year-old", "Adamowicz, 53, has"), a name with a figure ("8chan"), '24/7' or a legal citation
    ("17 U.S. Code § 1201"): not a statistic."""
    after = text[f.end : min(end, f.end + 12)]
    if _CITATION_BEFORE.search(text, max(0, f.start - 12), f.start) or _CITATION_AFTER.match(after):
        return True
    if (_LABEL_BEFORE.search(text, max(0, f.start - 14), f.start) or _NAME_BEFORE.search(text, max(0, f.start - 24), f.start)
            and not _counts(text, f.end, end)) and after[:1] != "%":
        fire("kind.number-label")
        return True
    if _AGE.match(after) or (after[:1] == "," and _AGE_APPOSED.search(text, max(0, f.start - 30), f.start)) \
            or _AGED.search(text[max(0, f.start - 20) : f.start]) \
            or after[:1] == "/" or text[f.start - 1 : f.start] == "/":
        return True
    return False


def _counts(text: str, at: int, end: int) -> bool:
    """Whether a count noun follows the number ('London 3 times', 'Texas 500 people'): a count after a name, no label."""
    nxt = _NEXT_WORD.match(text, at, min(end, at + 40))
    return bool(nxt and (nxt.group(1) in COUNT_NOUNS or nxt.group(2) in COUNT_NOUNS or nxt.group(1) == "times"))


def _designation(text: str, start: int, hyphen: int) -> bool:
    """A letter-and-digit token before the hyphen ("K2-18b", "MH-17"), not a range ("20-30")."""
    b = hyphen
    while b > start and text[b - 1].isalnum():
        b -= 1
    return any(c.isalpha() for c in text[b:hyphen])


_WORD_GATE = _STARTS - {"a"} | _A_NUMBER
"""The words (runs of ASCII letters, rules/gate.py's `words_of`) one of which a _WORD_START word match stands as."""
_FIGURE_START = re.compile(r"[\d$£€¥₹]")
_NUMBER_WORDS = _STARTS - {"a"}


def _candidates(low: str, words: set[str] | None) -> Iterable[re.Match[str]]:
    """`_WORD_START.finditer(low)`, found faster when the words of `low` are known: a _WORD_START word match is a
    whole run of letters (nothing from a-z before it, a word boundary after), so it is one of the text's words that
    start a number; _WORD_START is then tried only where a figure character or one of those words stands, or an 'a'
    before 'dozen', 'half' … (_A_START, when the text holds one of those)."""
    if words is None:
        return _WORD_START.finditer(low)
    hits = _NUMBER_WORDS.intersection(words)
    a_number = not _A_NUMBER.isdisjoint(words)
    if not hits and not a_number:
        return _FIGURE_START.finditer(low)  # no number word: the figure characters are all _WORD_START finds
    starts = [m.start() for m in _FIGURE_START.finditer(low)]
    if a_number:
        starts += [m.start() for m in _A_START.finditer(low)]
    find = low.find
    for w in hits:
        i = find(w)
        while i >= 0:
            starts.append(i)
            i = find(w, i + 1)
    out: list[re.Match[str]] = []
    end, match = 0, _WORD_START.match
    for i in sorted(starts):
        if i >= end and (m := match(low, i)) is not None:
            out.append(m)
            end = m.end()
    return out


def find_numbers(text: str, start: int = 0, end: int | None = None, low: str | None = None,
                 words: set[str] | None = None) -> list[Found]:
    """All numbers in text[start:end], with absolute offsets (NUMBER_RE tried only at candidate starts). `low` and
    `words`, text[start:end] lower-cased and its words when the caller has them, spare the scan of a stretch that
    holds no digit, currency sign or number word."""
    end = len(text) if end is None else end
    out: list[Found] = []
    pos = start
    low = text[start:end].lower() if low is None else low
    same = len(low) == end - start
    if same and words is not None and words.isdisjoint(_WORD_GATE) and _FIGURE_START.search(low) is None:
        return out
    for t in _candidates(low, words) if same else _CANDIDATE.finditer(low):
        a = start + t.start()
        if a < pos or (a > start and text[a - 1].isalpha()):
            continue
        ch = text[a]
        step: tuple[Found | None, int] | None = None
        if ch.isalpha():
            step = _number_word(text, low, t, a, start, end, pos)
        elif ch.isdigit() and a > start and text[a - 1] in "$£€¥₹":
            a = _currency_start(text, a - 1, start)
        elif ch.isdigit() and a > start + 1 and text[a - 1] == "-" and (text[a - 2].isalpha() or _designation(text, start, a - 1)):
            e = a
            while e < end and text[e].isalnum():
                e += 1
            step = None, e  # "COVID-19", "K2-18b": a name with a numeral, not a number
        elif ch.isdigit():
            step = _clock(text, a, end)
        if step is None:
            step = _figure(text, a, start, end)
        if step is None:
            continue
        found, pos = step
        if found is not None:
            out.append(found)
    return out


def _number_word(text: str, low: str, t: re.Match[str], a: int, start: int, end: int, pos: int) -> tuple[Found | None, int] | None:
    """A lone number word ("one", "first") without the full regex, or None when another number word, a scale or a
    fraction may follow ("one hundred", "twenty-five", "one third"); "a" that is the article is passed over."""
    word = t.group()
    nxt = _PEEK.match(low, t.end())
    if word == "a" and not (nxt and nxt.group(1) in _A_NUMBER):
        return None, pos  # the article, not "a dozen" / "a third"
    if not (word in ORDINALS or word in UNITS) or (nxt and nxt.group(1) in _JOINERS):
        return None
    if word in ORDINALS:
        return Found(a, a + len(word), text[a : a + len(word)], float(ORDINALS[word]), False), a + len(word)
    stat: bool | None = bool(nxt and (nxt.group(1) in COUNT_NOUNS or nxt.group(2) in COUNT_NOUNS)) \
        or _CASUALTY_AFTER.match(low, t.end()) is not None \
        or _LIMIT_BEFORE.search(text, max(start, a - 70), a) is not None or _LIMIT_AFTER.match(text, a + len(word)) is not None \
        or UNITS[word] > 0 and _BOUND.search(text, max(start, a - 12), a) is not None \
        or nxt is not None and nxt.group(1) in ("out", "in", "per") and _PARTITIVE.match(text, a + len(word), end) is not None
    if not stat and nxt and nxt.group(1) in ("seconds", "minutes", "hours"):
        stat = None  # "six minutes later": a time span, the point only of a short clause
    return Found(a, a + len(word), text[a : a + len(word)], float(UNITS[word]), stat), a + len(word)


_CURRENCY_PREFIX = re.compile(r"(?:US|A|C|NZ|HK)$")


def _currency_start(text: str, a: int, start: int) -> int:
    """Where a figure after a currency sign starts: at the sign, or at a country prefix ("US$400 million")."""
    pre = _CURRENCY_PREFIX.match(text[max(start, a - 2) : a]) or _CURRENCY_PREFIX.match(text[max(start, a - 1) : a])
    if pre and (a - len(pre.group()) == start or not text[a - len(pre.group()) - 1].isalnum()):
        a -= len(pre.group())  # "US$400 million": the currency prefix belongs to the figure
    return a


def _clock(text: str, a: int, end: int) -> tuple[Found | None, int] | None:
    """A clock time ("10:39 a.m.", "10:30 BST", "1639 UTC") or a race time ("2:20:51"); None for other figures."""
    clock = _CLOCK.match(text, a, end)
    if clock and clock.group("s") and not clock.group("ampm") and not clock.group("zone"):
        e = clock.end("s")  # "2:20:51": a race time (hours, minutes, seconds)
        return Found(a, e, text[a:e], float(int(clock.group("h")) * 3600 + int(clock.group("m")) * 60 + int(clock.group("s"))), True), e
    if clock and (clock.group("m") or clock.group("zone")):  # "10:39 a.m.", "10:30 BST", "1639 UTC"
        h, mi = (clock.group("h"), clock.group("m")) if clock.group("m") else (clock.group("hhmm")[:-2], clock.group("hhmm")[-2:])
        if h is not None and mi is not None and int(h) < 24 and int(mi) < 60:
            e = clock.end("ampm") if clock.group("ampm") else clock.end("s") if clock.group("s") \
                else clock.end("m") if clock.group("m") else clock.end("hhmm")
            return Found(a, e, text[a:e], int(h) + int(mi) / 60, False), e
    return None


_NAME_AFTER = re.compile(r"[a-z]{3,}")
_CODE_LETTERS = frozenset("ACDEFGHIJLNOPQRSUVWXYZ")
"""Capitals that make a figure before them a name ('4G', '18F', '3D'); K, M, B and T are the scales ('50K', '$3B')."""
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")


def _figure(text: str, a: int, start: int, end: int) -> tuple[Found | None, int] | None:
    """The full number regex at `a`, and whether what it found is a count or amount (the point of a statistic), a
    date, a name with a figure in it ("8chan"), an age or a time span; None when nothing matches there."""
    m = NUMBER_RE.match(text, a, end)
    if not m:
        return None
    f = parse(m)
    if f is None:
        return None, m.end()
    if m.group("words") and not f.statistical:
        nxt = _NEXT_WORD.match(text, m.end(), min(end, m.end() + 40))
        if nxt and (nxt.group(1) in COUNT_NOUNS or nxt.group(2) in COUNT_NOUNS) \
                or _counted_out(text, f, m.end(), end) and not _COPULA_BEFORE.search(text, max(start, f.start - 12), f.start) \
                or f.value and _BOUND.search(text, max(start, f.start - 12), f.start):
            f = Found(f.start, f.end, f.text, f.value, True)
        return f, m.end()
    if not (f.statistical and m.group("digits")):
        return f, m.end()
    if m.end() < end and text[m.end()].isalpha() and _NAME_AFTER.match(text[m.end() : m.end() + 3]) and not m.group("abbr") \
            and not m.group("sc"):
        return None, m.end()  # "8chan": a name with a figure in it
    if m.end() < end and text[m.end()] in _CODE_LETTERS and not m.group("cur") and not m.group("sc") \
            and not text[m.end() + 1 : m.end() + 2].isalpha():
        return None, m.end()  # '4G, 3G and 2G services', '18F', '3D': a figure glued to a capital is a name
    if _ORDINAL_SUFFIX.match(text, m.end(), end):
        return Found(f.start, f.end, f.text, f.value, False), m.end()  # "the 64th Nakba Day", "the 27th and 28th April": a label or a date
    if _not_a_count(text, f, end):
        return Found(f.start, f.end, f.text, f.value, False), m.end()
    if not (m.group("cur") or m.group("pct") or m.group("dec")):
        if f.value is not None and f.value <= 31 and (_MONTH.search(text, max(start, f.start - 12), f.start)
                                                      or _DAY_AFTER_MONTH.search(text, max(start, f.start - 48), f.start)
                                                      or _MONTH_AFTER.match(text, f.end, min(end, f.end + 12))):
            f = Found(f.start, f.end, f.text, f.value, False)  # "December 22": a date
        elif d := _DURATION.match(text, f.end, min(end, f.end + 20)):
            f = Found(f.start, f.end, f.text, f.value, True if d.group("cmp") else None)
    return f, m.end()
