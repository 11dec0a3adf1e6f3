"""What the speaker stage remembers of a document so far: the people named as sources (indexed by surname, first
name, initials and title, so a lookup costs the same on page 1 and page 10,000), and the last person, group and
speaker, for pronouns and carried-over quotes.

`resolve` maps a mention to a full name and says which rule did it: a pronoun to the last source, a surname to
the person named before, "the president" to the person introduced with that title.

Its rules (id, what each decides, a real example): rules/memory.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.claims.lexicon.given_names import given_gender
from reader.core.claims.lexicon.np_words import PLURAL_WITHOUT_S
from reader.core.claims.lexicon.pronouns import INDEFINITE_PRONOUNS, SUBJECT_PRONOUNS
from reader.core.claims.lexicon.titles import HONORIFICS, PLURAL_SOURCES, POSTNOMINALS, ROLE_HEADS, SUBORDINATE, TITLE_SYNONYMS, TITLES
from reader.core.claims.stages.speakers.mention_shape import no_mention
from reader.core.claims.stages.speakers.names import Speaker, fold, strip_possessive


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


def _same_title(a: list[str], b: list[str]) -> bool:
    return [TITLE_SYNONYMS.get(t, t) for t in a] == [TITLE_SYNONYMS.get(t, t) for t in b]

_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _initials(name: str) -> str:
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w[0].isupper())


_TITLE = re.compile(r"(?:the|this)\s+((?:[\w-]+\s+){0,2}[\w-]+)$")
_FIRST_TOKEN = re.compile(r"\S*")
_DESCRIBED = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s|[a-z]|[A-Z][a-z]+s\s+of\b")
"""A speaker written as a description ('His message', 'the report', 'Members of the conservative press'), not a name:
no 'he' or 'she' stands for it."""


_HONOURS = frozenset(HONORIFICS) | frozenset(p.lower() for p in POSTNOMINALS)
"""Words around a British title that are no title themselves: an honorific, the letters after a name."""


def _titled(description: str) -> bool:
    """'The U.S. Surgeon General', 'the prime minister': one person named by a title, whom a later 'he' or 'she' may mean."""
    words = description.split()
    return len(words) > 1 and words[0].lower() == "the" and words[-1].lower() in TITLES


_NO_ONE = INDEFINITE_PRONOUNS | frozenset(SUBJECT_PRONOUNS) | {"him", "her", "them", "us", "you"}
_OTHER = {"he": "she", "she": "he"}
_GENDER_REACH = 20
"""How many persons back (by their last naming) a pronoun that goes against its candidate looks for one who fits (a book
names thousands)."""
_OWN_PRONOUNS = {"he": "he", "she": "she"}
_GENDERED_ROLES = {**dict.fromkeys("""husband father son brother boyfriend grandfather grandson uncle nephew king prince widower man
    businessman congressman""".split(), "he"), **dict.fromkeys("""wife mother daughter sister girlfriend grandmother
    granddaughter aunt niece queen princess widow woman businesswoman congresswoman spokeswoman chairwoman actress""".split(), "she")}
"""Role words that say whether 'he' or 'she' stands for the person ('Her husband, Tom Lee, said …')."""
_HONORIFIC_GENDER = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s")
_ONE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s")
"""A speaker who is one of a kind ('a friend of mine', 'one official'): no 'they' stands for it."""
_BLANK_THEN_TEXT = re.compile(r"[ \t]+\S")
_COLLECTIVE = PLURAL_WITHOUT_S | frozenset("""team government company committee council group party campaign administration
    ministry department agency board family crew""".split())
"""Heads that take 'they' as well as 'it' ('The team … They found'), or 'they' without an -s ('the police')."""
_DESCRIBED_GROUP = re.compile(r"(?:(?:the|these|those|this|that|many|some|most|all|several)\s+)?(?:[a-z][\w-]*\s+)*([a-z][\w-]*)$", re.I)


def _agrees(group: str, plural: bool) -> bool:
    """Whether a group a description names ('the researchers', 'research') can be what 'they' (plural) or 'it' stands
    for; a name ('NASA', 'The Guardian') can be either."""
    m = _DESCRIBED_GROUP.fullmatch(group)
    if m is None or any(w[:1].isupper() for w in group.split()[1:]) or group.split()[0][:1].isupper() and len(group.split()) == 1:
        return True
    head = m.group(1).lower()
    if head in _COLLECTIVE:
        return True
    many = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return many == plural


def _plural_people(name: str) -> bool:
    """'Officials', 'Scientists': people in the plural, whom no 'he' or 'she' stands for."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in PLURAL_SOURCES or last.endswith("s") and last[:-1] in ROLE_HEADS


_RELATION_WORDS = frozenset("of to for like with about against among including".split())
"""A word that makes the name after it the one the mention is related to ('aides to Baker', 'friends of Mr. Baker')."""


def _described_by_name(mention: str) -> bool:
    """Whether a mention describes people by the name that ends it ('Supporters of Baker', 'people close to Ann Lee',
    'a spokeswoman for Ann Lee'), so the name's surname stands for someone else."""
    words = mention.split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    return 0 < i < len(words) and words[i - 1].lower() in _RELATION_WORDS


@dataclass(slots=True)
class People:
    """The persons named so far, in the order first named, with the indexes the lookups need (each maps a key to
    the positions of the persons that have it, in order)."""

    names: list[str] = field(default_factory=list)
    order: dict[str, int] = field(default_factory=dict)
    by_last: dict[str, list[int]] = field(default_factory=dict)  # folded last word
    by_first: dict[str, list[int]] = field(default_factory=dict)  # folded first word
    by_lead: dict[str, list[int]] = field(default_factory=dict)  # first letter, persons of two words or more
    by_word: dict[str, list[int]] = field(default_factory=dict)  # text up to the first blank (a label at a paragraph start)
    by_suffix: dict[str, list[int]] = field(default_factory=dict)  # the name lower-cased, and its last words ('siegel')
    by_initials: dict[str, list[int]] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)
    """The last persons named (or named again), most recent last: whom a 'he' that goes against its candidate may mean."""

    def __contains__(self, name: object) -> bool:
        return name in self.order

    def __iter__(self):  # noqa: ANN204 - Iterator[str]
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def add(self, name: str) -> None:
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)
        if len(self.recent) > _GENDER_REACH:
            del self.recent[0]
        if name in self.order:
            return
        i = len(self.names)
        self.names.append(name)
        self.order[name] = i
        toks = name.split()
        if toks:
            self.by_last.setdefault(fold(toks[-1]), []).append(i)
            self.by_first.setdefault(fold(toks[0]), []).append(i)
            if len(toks) > 1:
                self.by_lead.setdefault(toks[-1][:1], []).append(i)
        self.by_word.setdefault(_FIRST_TOKEN.match(name).group(), []).append(i)  # type: ignore[union-attr]
        low = name.lower().split(" ")
        for k in range(len(low)):
            self.by_suffix.setdefault(" ".join(low[k:]), []).append(i)
        self.by_initials.setdefault(_initials(name), []).append(i)

    def last_with_surname(self, folded: str) -> str | None:
        """The person last added whose last word folds to `folded`."""
        hits = self.by_last.get(folded)
        return self.names[hits[-1]] if hits else None

    def has_surname(self, folded: str) -> bool:
        return folded in self.by_last

    def label(self, name: str) -> str | None:
        """The person an interview label names: the same name or its last words (case aside), or its initials
        ("MS" for Michael Siegel); the first named of those."""
        hits = list(self.by_suffix.get(name.lower(), ()))
        if name.isupper() and len(name) > 1:
            hits += self.by_initials.get(name, ())
        return self.names[min(hits)] if hits else None

    def opening(self, text: str, start: int, token: str) -> str | None:
        """The first named person whose name opens text[start:] and is followed by a blank and more text."""
        for i in self.by_word.get(token, ()):
            p = self.names[i]
            end = start + len(p)
            if text.startswith(p, start) and _BLANK_THEN_TEXT.match(text, end, end + 3):
                return p
        return None


@dataclass(slots=True)
class SpeakerMemory:
    """Names seen as sources so far, for pronouns, surnames and carried-over quotes."""

    last_person: str | None = None
    last_group: str | None = None
    last_speaker: str | None = None
    persons: People = field(default_factory=People)
    titled: dict[str, list[tuple[list[str], str]]] = field(default_factory=dict)
    """A person's title words by the title's last word (synonyms folded): 'the president' looks only at presidents."""

    gender: dict[str, dict[str, int]] = field(default_factory=dict)
    """Votes on 'he' or 'she' for each person: the pronouns resolved to them, their honorifics."""
    unnamed: str | None = None
    """The last source that is one unnamed person ('a defense ministry spokesman'): a 'he' right after it is them."""
    bodies: set[str] = field(default_factory=set)
    """Sources named with 'the' before a name and no person in them ('the Herald', 'the Pentagon'): no 'he' or 'she'."""

    def resolve(self, sp: Speaker, mention: str) -> tuple[str, str | None]:
        """(full name, rule) for a mention: pronoun -> last source; surname -> earlier full name; (sp.name, None) else."""
        low = mention.strip().lower()
        if low in ("he", "she", "i", "him", "her"):
            if self.unnamed is not None and self.unnamed == self.last_speaker:
                return self.unnamed, "speaker.unnamed-person"
            last = self.last_speaker
            named = last if last and (not _DESCRIBED.match(last) or _titled(last)) and not _plural_people(last) and last not in self.bodies \
                and " and " not in last else None  # 'Ann Lee and Tom Baker' are no 'he'
            return self.last_person or named or mention, "speaker.pronoun"
        if low == "we":
            return mention, "speaker.pronoun"  # outside quote marks 'we' is the writers ('But we found that C'), not the last group
        if low in ("it", "they", "them"):
            return self._group(low) or mention, "speaker.pronoun"
        title = _TITLE.match(low)
        if title and not sp.person and title.group(1).split()[-1] in TITLES:
            full = self._by_title(title.group(1).split())
            if full:
                return full, "speaker.title-introduced"  # "The President" -> the person last introduced as "… President …"
        if not sp.person and " and " in sp.name:  # "Biden and Harris" is two people, not the Harris named before
            pair = self._pair(sp.name)
            if pair:
                return pair, "speaker.pair-surnames"
        elif not sp.person:
            found = self._by_surname(sp)
            if found:
                return found
        if sp.role and len(sp.name.split()) == 1:
            # "Prime Minister Tuilaepa" after "Tuilaepa Sailele Malielegaoi": a name that leads with the family name
            key = fold(sp.name)
            hits = [i for i in self.persons.by_first.get(key, []) + self.persons.by_last.get(key, []) if len(self.persons.names[i].split()) > 1]
            if hits:
                return self.persons.names[max(hits)], "speaker.title-and-family-name"
        return sp.name, None

    def _group(self, low: str) -> str | None:
        """The group or body an 'it', 'they' or 'them' stands for: the last one named, if it agrees with the pronoun."""
        group = self.last_group or self.last_speaker
        if group and low in ("they", "them") and (_ONE.match(group) or group in self.persons):
            return None  # 'a friend of mine stated …  They stated', a named person: one person is no 'they'
        if group and not _agrees(group, low != "it"):
            return None  # 'research' is no 'they', 'many employers' no 'it'
        if group and low == "it" and group in self.persons:
            return None  # 'Tom Baker wrote the report. It says C': a person is never an 'it'
        return group

    def _by_title(self, want: list[str]) -> str | None:
        for toks, full in reversed(self.titled.get(TITLE_SYNONYMS.get(want[-1], want[-1]), [])):
            if _same_title(toks[-len(want):], want) and (len(toks) == len(want) or toks[-len(want) - 1] not in SUBORDINATE):
                return full
        return None

    def _pair(self, name: str) -> str | None:
        """'Pierce and Carroll' -> 'Brock Pierce and Brian Carroll' when both surnames name persons met before."""
        parts = name.split(" and ")
        if len(parts) != 2 or not all(len(p.split()) == 1 and p[:1].isupper() for p in parts):
            return None
        found = [self._by_surname(Speaker(p, None, False)) for p in parts]
        if not all(f and f[1] == "speaker.surname" for f in found):
            return None
        return " and ".join(f[0] for f in found if f)

    def _by_surname(self, sp: Speaker) -> tuple[str, str] | None:
        if _described_by_name(sp.name):
            return None  # 'Supporters of Baker', 'a close adviser to Baker': people described by Baker, not Baker
        people = self.persons
        last = fold(strip_possessive(sp.name.split()[-1])) if sp.name.split() else ""
        hits = people.by_last.get(last, [])
        exact = people.order.get(sp.name)
        best = max(hits[-1] if hits else -1, exact if exact is not None else -1)
        if best >= 0:
            return people.names[best], "speaker.surname"
        if len(sp.name.split()) == 1 and len(last) >= 4:
            near = [i for i in people.by_lead.get(last[:1], []) if _one_edit(people.names[i].split()[-1], last)]
            if near:
                return people.names[near[-1]], "speaker.spelling-variant"  # "Saree" after "Yahya Sarea"
        return None

    def remember_role(self, name: str, role: str | None) -> None:
        """A person's title, so that a later "the president" can be resolved to them; a role that says a gender ('Her
        husband', 'a spokeswoman') is a vote on the pronoun that stands for them (worth two, as an honorific)."""
        if role:
            toks = role.lower().strip(" ,").split()
            gender = next((_GENDERED_ROLES[t] for t in toks if t in _GENDERED_ROLES), None)
            if gender:
                self._vote(name, gender, 2)
            while toks and toks[-1].rstrip(".") in _HONOURS:
                toks.pop()  # 'the Attorney General the Rt Hon. … QC MP': the title is 'attorney general'
            if toks:
                self.titled.setdefault(TITLE_SYNONYMS.get(toks[-1], toks[-1]), []).append((toks, name))

    def remember(self, name: str, person: bool, mention: str = "") -> None:
        if name.lower().strip(" .,!?") in _NO_ONE or no_mention(name):
            return  # 'Everybody thought …', a 'he' nobody resolved, a clause taken for a source: no one a later 'they' or 'he' stands for
        if not person and mention[:4].lower() == "the " and mention[4:5].isupper() and not _titled(mention) and not _titled(name):
            self.bodies.add(name)  # 'According to the Herald, …. He noted': the Herald is no 'he'
        self.last_speaker = name
        if person or name in self.persons:
            self.last_person = name
            self.persons.add(name)
        else:
            self.last_group = name

    def note_person(self, name: str) -> None:
        self.persons.add(name)
        self.last_person = name

    def gendered(self, name: str, mention: str, rules: list[str]) -> str:
        """The person a 'he' or 'she' stands for, checked against what the text showed of them: a 'he' is no one the
        text has called 'she' (twice, and more often than 'he') or 'Ms.' ('Agatha Janzen … she' … 'He said'): then
        the person named (or named again) most recently who is a 'he', or the bare pronoun, nobody (rule speaker.gender-checked). Each
        pronoun resolved to a person and each honorific (worth two) is a vote on which they are."""
        low = mention.strip().lower()
        honorific = _HONORIFIC_GENDER.match(mention)
        if honorific and name:
            self._vote(name, "he" if honorific.group(1) == "Mr" else "she", 2)
        if low not in ("he", "she") or not name or name not in self.persons:
            return name
        if self._is(name, _OTHER[low]):
            rules.append("speaker.gender-checked")
            return next((p for p in reversed(self.persons.recent) if self._is(p, low)), mention)
        self._vote(name, low, 1)
        return name

    def _vote(self, name: str, pronoun: str, weight: int) -> None:
        votes = self.gender.setdefault(name, {})
        votes[pronoun] = votes.get(pronoun, 0) + weight

    def _is(self, name: str, pronoun: str) -> bool:
        """Whether the votes say `pronoun` stands for the person; a given name of one gender ('Ann', 'Tom',
        lexicon/given_names.py) counts as two votes, as an honorific does."""
        votes = self.gender.get(name, {})
        given = given_gender(name)
        yes = votes.get(pronoun, 0) + 2 * (given == pronoun)
        return yes >= 2 and yes > votes.get(_OTHER[pronoun], 0) + 2 * (given == _OTHER[pronoun])

    def own_pronoun(self, name: str, content_start: str) -> None:
        """A vote from the first word of what a person is reported to have said: 'Catalan said he agrees' (he). A
        possessive there is no vote ('… said her campaign' may be another woman's)."""
        first = content_start.split(" ", 1)[0].lower()
        pronoun = _OWN_PRONOUNS.get(first)
        if pronoun:
            self._vote(name, pronoun, 1)
