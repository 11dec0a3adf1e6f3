"""One name per speaker across the corpus: "Putin", "President Putin" and "Vladimir Putin" count as one.

The extractor already resolves a surname to the full name within an article; across articles, spellings
still differ (titles, middle names or initials, accents, 'the', an acronym after the name). Names are
grouped by their folded last word, so the work streams through the corpus's distinct speakers one
surname at a time (DuckDB sorts them; see finalize.py) and never holds them all:

- a person's name (two or more capitalised words) is one person with every name sharing its first and
  last word ("Recep Tayyip Erdoğan" = "Recep Erdoğan"), shown as the most frequent spelling;
- a lone surname ("Putin", "President Putin") joins the person who holds most of that surname's mentions,
  when one does (two thirds or more); "Johnson" with several Johnsons stays itself;
- "World Health Organization (WHO)" is "World Health Organization", and "WHO" alone follows it;
- anything else (an office, "officials", "the ministry") is its own spelling without a leading article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

TITLES = frozenset("""
president vice prime minister deputy foreign secretary chancellor senator sen sen. representative rep rep. congressman
congresswoman governor gov gov. mayor premier king queen prince princess pope sheikh swami ayatollah general gen gen.
colonel col col. lieutenant captain capt capt. commander admiral sergeant judge justice chief director ceo chairman
chairwoman chair spokesman spokeswoman spokesperson leader dr dr. mr mr. mrs mrs. ms ms. mx professor prof prof.
sir dame lord lady rev rev. reverend father bishop archbishop cardinal rabbi imam minister-president attorney
ambassador commissioner inspector detective officer agent coach manager founder executive secretary-general
""".split())
PARTICLES = frozenset("de da das do dos van von der den del della di du la le bin ibn al el y zu ter ten".split())
_ACRONYM = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[A-Z][A-Za-z0-9&.]{1,11})\)$")
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACE = re.compile(r"\s+")
DOMINANT = 2 / 3


@dataclass(frozen=True, slots=True)
class Name:
    """A distinct speaker string, its count in the corpus, and how it is grouped."""

    speaker: str
    count: int
    clean: str
    key: str                   # folded last word: the group it is decided in
    alias_of: str | None = None  # for an acronym row: the long name it stands for


_SMALL_WORDS = frozenset("of and the for on in at to from de du la".split())


def _spelled_out(s: str) -> re.Match[str] | None:
    """'World Health Organization (WHO)': a name and its acronym, when the acronym is the name's initials (all its
    words', or its capitalised words') — not 'Investigative Committee and the Federal Security Service (FSB)'."""
    m = _ACRONYM.match(s)
    if not m:
        return None
    short = m["short"].replace(".", "").upper()
    words = re.findall(r"[^\W\d_][\w'’-]*", m["long"])
    for variant in (words, [w for w in words if w.casefold() not in _SMALL_WORDS]):
        initials = "".join(w[0] for w in variant).upper()
        if initials == short or (len(short) >= 3 and initials.endswith(short) and len(variant) - len(short) <= 2):
            return m
    return None


def fold(s: str) -> str:
    """Case, accents and dots ignored: 'Erdoğan' = 'erdogan', 'J.' = 'j'."""
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace(".", "")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def clean(speaker: str) -> str:
    """The name without leading titles and articles, possessive, trailing punctuation or an acronym in brackets."""
    s = _SPACE.sub(" ", speaker).strip().strip(",;:")
    m = _spelled_out(s)
    if m:
        s = m["long"]
    words = s.split(" ")
    if len(words) > 1 and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    # Titles go only before a capitalised name ("President Vladimir Putin"), never leaving nothing ("the President").
    i = 0
    while i < len(words) - 1 and (words[i].casefold() in TITLES or (i == 0 and _acronym(words[0]) and words[1].casefold() in TITLES)):
        i += 1
    if i and _capitalised(words[i]) and words[i].casefold() not in TITLES:
        words = words[i:]
    words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return " ".join(words)


def is_person(words: list[str]) -> bool:
    """Two or more capitalised words (particles like 'van', 'bin' allowed inside): looks like a person's name."""
    if len(words) < 2 or not (_capitalised(words[0]) and _capitalised(words[-1])):
        return False
    return all(_capitalised(w) or w.casefold() in PARTICLES for w in words[1:-1]) and not any(_acronym(w) for w in words)


def _acronym(word: str) -> bool:
    """'ABHM', 'U.N.' (an organisation's letters), not an initial ('V.')."""
    letters = word.replace(".", "").replace("&", "")
    return len(letters) > 1 and letters.isupper()


def names_of(speaker: str, count: int) -> list[Name]:
    """The grouping rows of one distinct speaker: its own, plus an acronym row when it spells one out."""
    c = clean(speaker)
    rows = [Name(speaker, count, c, fold(c.split(" ")[-1]))]
    m = _spelled_out(_SPACE.sub(" ", speaker).strip())
    if m:
        rows.append(Name(speaker, count, m["short"], fold(m["short"]), alias_of=c))
    return rows


def _surname(words: list[str]) -> bool:
    """A lone capitalised word, or a surname with its particle ('La Riva', 'van Gogh'): may stand for a full name."""
    if len(words) == 1:
        return _capitalised(words[0])
    return words[0].casefold() in PARTICLES and is_person([words[0].capitalize(), *words[1:]])


def _display(forms: dict[str, int]) -> str:
    """The most used spelling; a tie goes to the longer, then the alphabetically first."""
    return min(forms, key=lambda f: (-forms[f], -len(f), f))


def canonical_group(names: Iterable[Name]) -> dict[str, str]:
    """speaker -> canonical name for every speaker of one group (one folded last word)."""
    rows = list(names)
    persons: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    others: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    aliases: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    cluster_of: dict[str, tuple[str, ...]] = {}
    for n in rows:
        words = n.clean.split(" ")
        if n.alias_of is not None:
            aliases[fold(n.clean)][n.alias_of] += n.count
        elif is_person(words) and words[0].casefold() not in PARTICLES:
            key = (fold(words[0]), n.key)
            persons[key][n.clean] += n.count
            cluster_of[n.speaker] = ("p", *key)
        elif not _surname(words):
            others[fold(n.clean)][n.clean] += n.count
            cluster_of[n.speaker] = ("o", fold(n.clean))
    out: dict[str, str] = {}
    for n in rows:
        if n.alias_of is not None or n.speaker in out:
            continue
        cluster = cluster_of.get(n.speaker)
        if cluster is not None and cluster[0] == "p":
            out[n.speaker] = _display(persons[(cluster[1], cluster[2])])
        elif cluster is not None:
            out[n.speaker] = _display(others[cluster[1]])
        else:
            out[n.speaker] = _single(n, persons, aliases)
    for n in rows:  # a speaker seen only as "Long Name (ABC)" still gets its long name
        out.setdefault(n.speaker, n.alias_of or n.clean)
    return out


def _single(n: Name, persons: dict[tuple[str, str], dict[str, int]], aliases: dict[str, dict[str, int]]) -> str:
    """A lone surname: the dominant person with that surname, else the dominant long form of an acronym."""
    if persons:
        totals = {key: sum(forms.values()) for key, forms in persons.items()}
        best = min(totals, key=lambda k: (-totals[k], k))
        if totals[best] >= DOMINANT * sum(totals.values()):
            return _display(persons[best])
    expansions = aliases.get(fold(n.clean))
    if expansions:
        total = sum(expansions.values())
        best_long = _display(expansions)
        if expansions[best_long] >= DOMINANT * total:
            return best_long
    return n.clean
