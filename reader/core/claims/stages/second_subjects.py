"""The noun phrases of the second look (second_frames.py, coordinated.py, quote_frames.py): a masked sentence's tokens,
the subject noun phrase that ends before a cue, and the apposition set off between it and the cue."""

from __future__ import annotations

import re

from reader.core.claims.lexicon.connectives import OPENING_ADVERBS
from reader.core.claims.lexicon.cue_tail import RELATED_TO
from reader.core.claims.lexicon.np_words import CLAUSE_OPEN, DETERMINERS, ED_NOUNS, ING_NOUNS, LEAD_WORDS, NOT_NOUNS, NP_INNER
from reader.core.claims.lexicon.pronouns import SUBJECT_PRONOUNS

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F][\w’'.&/-]*|[,;:()\[\]—–“”\"]")
_ABBREVIATIONS = frozenset("mr mrs ms dr jr sr st gov sen rep prof gen col lt sgt capt inc ltd co corp no vs ave mt ft".split())
_PRONOUNS = frozenset(SUBJECT_PRONOUNS)


def tokens(ms: str) -> list[tuple[int, int, str]]:
    """Words and marks; a full stop closing a word is a token of its own unless the word is an abbreviation."""
    out = []
    for m in _TOKEN.finditer(ms):
        w = m.group(0)
        if w.endswith(".") and len(w) > 2 and "." not in w[:-1] and w[:-1].lower() not in _ABBREVIATIONS:
            out += [(m.start(), m.end() - 1, w[:-1]), (m.end() - 1, m.end(), ".")]
        else:
            out.append((m.start(), m.end(), w))
    return out


def noun_like(word: str) -> bool:
    """A word that may stand in a subject noun phrase (no verb, no clause word)."""
    if not word[:1].isalnum():
        return False
    low = word.lower()
    if word[:1].isupper() or word[:1].isdigit():
        return low not in CLAUSE_OPEN and low not in LEAD_WORDS
    if low in NOT_NOUNS or low in CLAUSE_OPEN and low != "and" or low.endswith(("n't", "n’t")):
        return False  # a negated verb ('couldn't recall') is no noun
    if low.endswith("ed") and low not in ED_NOUNS:
        return False
    if low.endswith("ing") and low not in ING_NOUNS:
        return False
    return not low.endswith("ly") or low in ("early", "family", "daily", "weekly", "ally", "rally", "italy", "sally")


_OPENING_ADVERBS = frozenset(OPENING_ADVERBS)


def _clause_start(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Token i opens a clause: the sentence start, or after a comma, colon, dash, bracket, quote or subordinator, or
    after a sentence adverb that opens the sentence ('Then she spoke to the farmers, calling …', 'Later Ann Lee said')."""
    if i == 0:
        return True
    prev = toks[i - 1][2]
    return prev in ",;:—–(“”\"" or prev.lower() in CLAUSE_OPEN or i == 1 and prev[:1].isupper() and prev.lower() in _OPENING_ADVERBS


def np_before(toks: list[tuple[int, int, str]], end: int) -> int | None:
    """Index of the first token of a subject noun phrase that ends just before token `end`, opening its clause."""
    i = end
    while i > 0 and end - i < 12:
        w = toks[i - 1][2]
        low = w.lower()
        if low in _PRONOUNS and i == end:
            return i - 1 if _clause_start(toks, i - 1) else None
        if not (noun_like(w) or low in DETERMINERS or low in NP_INNER or low == "to" and i > 1 and toks[i - 2][2].lower() in RELATED_TO):
            break  # 'aides to Clinton', 'a source close to him': 'to' after a relation is inside the phrase
        i -= 1
    while i < end and (toks[i][2].lower() in NP_INNER and toks[i][2].lower() not in ("the",)):
        i += 1  # a phrase never opens with 'of', 'and'
    if i >= end:
        return None
    if not _clause_start(toks, i):
        # 'X left and Trump said': the last coordinated name opens its own clause
        ands = [k for k in range(i, end) if toks[k][2] == "and"]
        if not ands or ands[-1] + 1 >= end:
            return None
        i = ands[-1] + 1
        if not _clause_start(toks, i):
            return None
    words = [t[2].lower() for t in toks[i:end]]
    if all(w in DETERMINERS or w in NP_INNER for w in words):
        return None
    return i


def appositive_subject(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """'X, a former aide, said' / 'X, who calls Trump a sociopath, said': the subject before the apposition (up to three
    commas back), as (first token, last token + 1, apposition token range)."""
    if k == 0 or toks[k - 1][2] != ",":
        end = k
        i = np_before(toks, end)
        return (i, end, None) if i is not None else None
    commas = [j for j in range(k - 2, max(-1, k - 40), -1) if toks[j][2] == ","]
    found = [(i, c, (c + 1, k - 1)) for c in commas[:3] if c + 1 < k - 1 and (i := np_before(toks, c)) is not None]
    # 'Hogan Gidley, a former director of the party, whose roots …, said': the phrase that opens the sentence
    f = next((f for f in found if all(t[2] in "“\"" for t in toks[: f[0]])), found[0] if found else None)
    if f is not None and f[2] is not None and _verb_after_comma(toks, *f[2]):
        return f[0], f[1], None  # 'The senator, elected in 2010, voted against the bill, saying C': the verb's, no role
    return f


_APPOSITION_GOES_ON = frozenset(("who", "whose", "which", "whom", "and", "or", "the", "a", "an"))


def _verb_after_comma(toks: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Whether a comma inside tokens a..b is followed by a lower-case word that goes on with no noun phrase: 'The
    senator, elected in 2010, voted against the bill, saying C', 'Trump, meanwhile, was making a pitch …, refusing C'
    ('voted', 'was' are the sentence's verb: the stretch is no apposition)."""
    return any(toks[j][2] == "," and toks[j + 1][2][:1].islower() and toks[j + 1][2].lower() not in _APPOSITION_GOES_ON
               and toks[j + 1][2].lower() not in NP_INNER and toks[j + 1][2].lower() not in DETERMINERS for j in range(a, b - 1))
