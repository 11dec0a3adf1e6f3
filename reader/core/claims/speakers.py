"""Who said it: split a subject noun phrase into name and role, and resolve pronouns.

"Putin's spokesman Dmitry Peskov" -> name "Dmitry Peskov", role "Putin's spokesman";
"Elina Ribakova, deputy chief economist for the IIF," -> name + appositive role;
"he"/"she" -> the last person named as a source; "it"/"they" -> the last organisation or group.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

TITLES = frozenset(
    """president minister governor director professor prof senator sen rep representative dr mr mrs ms
    speaker chairman chairwoman chair secretary spokesman spokeswoman spokesperson chief general mayor deputy
    vice premier chancellor leader whip commissioner ambassador attorney judge justice sheriff officer
    inspector superintendent captain lieutenant colonel sergeant commander admiral major king queen prince
    princess pope bishop archbishop cardinal rabbi imam ceo chief executive founder head councillor councilman
    councilwoman lawmaker congressman congresswoman assemblyman mp mep dean coach manager analyst economist
    lawyer attorney-general surgeon detective constable spokesperson coroner gov lt gen col capt sgt supt det insp cllr
    cmdr democrat republican prosecutor""".split()
)
ORG_WORDS = frozenset(
    """committee ministry service services government department organization organisation institute university
    party council court house senate agency office bureau police army forces commission news times post
    company corporation group association union bank fund board federation league agency ministry
    authority authorities administration center centre foundation school college hospital network channel
    press media reuters tass cnn bbc council parliament congress assembly embassy fbi cia who un nato""".split()
)
DETERMINERS = re.compile(r"^(?:the|a|an|one|some|several|many|most|two|three|other|its|his|her|their)\b", re.I)
_SUBORDINATE = frozenset("vice deputy former acting assistant associate ex-".split())
PRONOUN_RE = re.compile(r"^(?:he|she|they|it|we|i)$", re.I)
_CAP = re.compile(r"^[A-Z\u00C0-\u00DE][\w.’'\-]*$")
_PREP_SPLIT = re.compile(r"\s+(?:of|for|at|from|with|in)\s+")


_WITH_ACRONYM = re.compile(r"(?:the\s+)?((?:[A-Z][\w.&’'-]*,?\s+(?:(?:of|on|for|and|the|de|du|des)\s+)*)+[A-Z][\w.&’'-]*\s*\([A-Z][A-Za-z]{1,9}\))")
"""A name written with its acronym in brackets is an organisation's full name."""


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    role: str | None
    person: bool


def _is_cap(tok: str) -> bool:
    return bool(_CAP.match(tok)) or tok in ("de", "van", "von", "bin", "al", "da", "di", "le", "la")


def _strip_poss(tok: str) -> str:
    return re.sub(r"[’']s?$", "", tok)


_PORTFOLIO = frozenset("""state defense defence health justice education energy labor labour commerce agriculture
    transportation transport interior treasury finance foreign home affairs security homeland veterans housing trade
    culture environment war the""".split())


def _titled_name(subject: str, head: str) -> Speaker | None:
    """'US Secretary of State Mike Pompeo', 'Director-General of the WHO Tedros Adhanom Ghebreyesus': a title with
    its 'of …' complement, then the person's name (the trailing capitalised words after the portfolio or acronym)."""
    if not any(_strip_poss(t).lower().rstrip(".") in TITLES or t.lower().split("-")[0] in TITLES for t in head.split()):
        return None
    toks = subject.split()
    i = len(toks)
    while i and _is_cap(toks[i - 1]) and toks[i - 1][0].isupper():
        i -= 1
    marks = [k for k in range(i, len(toks)) if toks[k].lower() in _PORTFOLIO or toks[k].lower() in ORG_WORDS or toks[k].isupper()]
    if not marks:
        return None
    i = marks[-1] + 1  # the name follows the last portfolio, organisation word or acronym of the run
    name = toks[i:]
    if len(name) < 2 or len(name) > 4 or not all(any(c.islower() for c in t) for t in name) or i <= len(head.split()) \
            or not toks[i - 1][0].isupper():  # "President of the United States": the complement, not a name
        return None
    return Speaker(" ".join(name), " ".join(toks[:i]), True)


_LEADING_CONJ = re.compile(r"^(?:And|But|Or|So|Yet|Then|Also)\s+(?=[A-Z])")
"""'And Hawkins, the only candidate …, endorsed': the conjunction opens the sentence, it is no part of the name."""


def split_subject(subject: str) -> Speaker:
    """Name and role of a subject noun phrase (appositives already separated by the caller)."""
    subject = _LEADING_CONJ.sub("", subject.strip(" ,"))
    acronym = _WITH_ACRONYM.fullmatch(subject)
    head = _PREP_SPLIT.split(subject, maxsplit=1)[0]
    if acronym and (head == subject or not split_subject(head).person):
        # "the United States Commission on International Religious Freedom (USCIRF)": an organisation, whole
        # ("Director Anthony Fauci of the … (NIAID)" is a person with a role)
        return Speaker(acronym.group(1), None, False)
    if subject.endswith(".") and not re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr|Inc|Co|Ltd)\.$", subject):
        subject = subject[:-1]  # sentence-final stop after an inverted cue ("... said Bash.")
    head = _PREP_SPLIT.split(subject, maxsplit=1)[0]
    if head != subject:
        titled = _titled_name(subject, head)
        if titled:
            return titled
    toks = head.split()
    # last run of capitalised tokens in the head
    run_end = len(toks)
    while run_end and not _is_cap(toks[run_end - 1]):
        run_end -= 1
    run_start = run_end
    while run_start and _is_cap(toks[run_start - 1]):
        run_start -= 1
    run = toks[run_start:run_end]
    # drop leading titles / org words ("Health Minister Veronika Skvortsova")
    k = 0
    for i, t in enumerate(run):
        low = _strip_poss(t).lower().rstrip(".")
        if low in TITLES or low in ORG_WORDS:
            k = i + 1
    name_toks = run[k:]
    lowered = [_strip_poss(t).lower() for t in name_toks]
    person = (
        len(name_toks) >= 2
        and not any(t in ORG_WORDS for t in lowered)
        and not any(t.endswith(("’s", "'s")) for t in name_toks)
        and all(any(c.islower() for c in t) for t in name_toks)
        and name_toks[0].lower() not in ("the", "a", "an")
    )
    if person:
        name = " ".join(name_toks)
        role_parts = toks[:run_start] + run[:k]
        rest = subject[len(head):].strip()
        role = " ".join(role_parts) + ((" " + rest) if rest else "")
        return Speaker(name, role.strip() or None, True)
    if len(name_toks) == 1 and k > 0 and len(run) > k:
        # "President Trump", "Senator Warren": a title then a surname
        return Speaker(name_toks[0], " ".join(toks[:run_start] + run[:k]) or None, True)
    if len(subject.split()) == 1 and _is_cap(toks[0]) and toks[0].lower() not in ORG_WORDS and toks[0][1:].islower():
        # a bare surname ("Muyembe", "Zinichev") or a one-word org; caller decides by history
        return Speaker(toks[0], None, False)
    return Speaker(subject, None, False)


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = "".join(x for x in unicodedata.normalize("NFKD", c.translate(_UNDECOMPOSED)) if not unicodedata.combining(x))
    return base if len(base) == 1 else c


class _FoldMap(dict[int, int]):
    """str.translate table that folds each code point on first sight and remembers it (a regex substitution calling
    Python per non-ASCII character was a tenth of a long text's extraction: every curly quote and dash)."""

    def __missing__(self, code: int) -> int:
        self[code] = ord(_fold_char(chr(code)))
        return self[code]


_FOLD_MAP = _FoldMap()


def fold(s: str) -> str:
    """A name without its diacritics ("Erdoğan" -> "Erdogan", "Głódź" -> "Glodz"): the same person spelt with or
    without them (NFKD strips combining marks; a few letters that do not decompose are mapped by hand). Each character
    folds to one character (others are kept), so offsets in a folded text are the original's."""
    if s.isascii():
        return s
    return s.translate(_FOLD_MAP)


_TITLE_SYNONYMS = {"secretary": "minister", "spokeswoman": "spokesman", "spokesperson": "spokesman",
                   "chairwoman": "chairman", "chair": "chairman", "chief": "head"}
"""Titles news uses for the same office: "Mexico's Foreign Secretary" is later "the foreign minister"."""


def _same_title(a: list[str], b: list[str]) -> bool:
    return [_TITLE_SYNONYMS.get(t, t) for t in a] == [_TITLE_SYNONYMS.get(t, t) for t in b]


def _one_edit(a: str, b: str) -> bool:
    """Same first letter and at most one substitution, insertion, deletion or swap of neighbours apart."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


@dataclass(slots=True)
class SpeakerMemory:
    """Names seen as sources so far, for pronouns, surnames and carried-over quotes."""

    last_person: str | None = None
    last_group: str | None = None
    last_speaker: str | None = None
    persons: list[str] = field(default_factory=list)
    titled: list[tuple[str, str]] = field(default_factory=list)

    def resolve(self, sp: Speaker, mention: str) -> str:
        """Full name for a mention: pronoun -> last source; surname -> earlier full name."""
        low = mention.strip().lower()
        if low in ("he", "she", "i", "him", "her"):
            return self.last_person or self.last_speaker or mention
        if low in ("it",):
            return self.last_group or self.last_speaker or mention
        if low in ("they", "we", "them"):
            return self.last_group or self.last_speaker or mention
        title = re.match(r"(?:the|this)\s+((?:[\w-]+\s+){0,2}[\w-]+)$", low)
        if title and not sp.person and title.group(1).split()[-1] in TITLES:
            want = title.group(1).split()
            for role, full in reversed(self.titled):
                toks = role.split()
                if _same_title(toks[-len(want):], want) and (len(toks) == len(want) or toks[-len(want) - 1] not in _SUBORDINATE):
                    return full  # "The President" -> the person last introduced as "United States President ..."
        if not sp.person:
            last = fold(_strip_poss(sp.name.split()[-1])) if sp.name.split() else ""
            for full in reversed(self.persons):
                if fold(full.split()[-1]) == last or full == sp.name:
                    return full
            if len(sp.name.split()) == 1 and len(last) >= 4:
                for full in reversed(self.persons):
                    if len(full.split()) > 1 and _one_edit(full.split()[-1], last):
                        return full  # "Saree" after "Yahya Sarea": a transliterated name spelt two ways
                for full in reversed(self.persons):
                    toks = full.split()
                    if len(toks) == 2 and fold(toks[0]) == last and ("-" in toks[1] or len(toks[0]) <= 3):
                        return full  # "Tong" after "Tong Yung-soo": the family name first
        if sp.role and len(sp.name.split()) == 1:
            # "Prime Minister Tuilaepa" after "Tuilaepa Sailele Malielegaoi": a name that leads with the family name
            for full in reversed(self.persons):
                if len(full.split()) > 1 and fold(sp.name) in (fold(full.split()[0]), fold(full.split()[-1])):
                    return full
        return sp.name

    def remember_role(self, name: str, role: str | None) -> None:
        """A person's title, so that a later "the president" can be resolved to them."""
        if role:
            self.titled.append((role.lower().strip(" ,"), name))

    def remember(self, name: str, person: bool) -> None:
        self.last_speaker = name
        if person or name in self.persons:
            self.last_person = name
            if name not in self.persons:
                self.persons.append(name)
        else:
            self.last_group = name

    def note_person(self, name: str) -> None:
        if name not in self.persons:
            self.persons.append(name)
        self.last_person = name
