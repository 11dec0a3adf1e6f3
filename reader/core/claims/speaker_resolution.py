"""Who said it: a frame's subject resolved to a speaker name, mention span and role.

A mixin of the paragraph builder in claims.py (it reads `text` and the per-document `memory`/`full_names`).
"""

from __future__ import annotations

import re

from reader.core.claims.coref import full_name, group_of, place_of, plural_subject, previous_group, previous_subject, titled_person
from reader.core.claims.cues import OUTLET_HEAD
from reader.core.claims.frames import Frame
from reader.core.claims.record import Who
from reader.core.claims.speakers import ORG_WORDS, TITLES, Speaker, SpeakerMemory, fold, split_subject
from reader.core.text.spans import Span

_CHANNEL_OF = re.compile(
    r"(?P<ch>(?:[\w’'-]+\s+){0,3}?" + OUTLET_HEAD.pattern[2:-2] + r")\s+(?:from|by|of)\s+"
    r"(?P<src>(?:the\s+)?[A-Z][^,]*?|the\s+[a-z][^,]*?)(?=\s+(?:during|on|in|at|last|this|earlier|late)\b|$)"
)
"""A channel named as the subject: "A statement from the ministry said" -> source the ministry, via the statement."""
_RELATIVE = re.compile(r",?\s+(?:which|who)\s+[^,;:]{1,80}(?:,|$)")
"""A relative clause inside a subject ("A, which makes X, and B"): who the source is, not its name."""
_ACRONYM_BEFORE = re.compile(r"((?:[A-Z][\w.&’'-]*,?\s+(?:(?:of|on|for|and|the)\s+)*)+[A-Z][\w.&’'-]*\s*\([A-Z][A-Za-z]{1,9}\)),?\s*$")
"""The organisation just before ", who said": its full name with the acronym ("…, Scientific and Cultural Organization (UNESCO) who")."""
_SUBJECT_AT = re.compile(r"(?:(?:But|And|Specifically|However|Meanwhile|Instead|Earlier|Later),?\s+)?(?P<s>[Hh]e|[Ss]he|"
                         r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:(?:also|was|is|had|has|have|were|are|then|later)\s+)*[a-z]{3,}(?:ed|s|ing)\b")
"""A sentence that opens with its subject, a pronoun or a name, then its verb."""
_QUOTE_LEAD = re.compile(r"\s*[“\"][^”\"]*[”\"],?\s*")
"""'“We will rebuild,” she told reporters': only a quote before the pronoun."""
_THE_TITLE = re.compile(r"(?:the|this)\s+(?:[\w-]+\s+){0,2}[\w-]+")
_AT_START = re.compile(r"[\s“”\"]*(?:(?:But|And|Then|Later|Meanwhile|However|Earlier|Now)\b,?\s*)?")
_NAME_THEN_ROLE = re.compile(r"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),"
                             r"\s+(?:the|a|an)\s+[^,;]{3,90},\s*$")
"""'Marc H. Morial, the chief executive of the National Urban League, who said': the person, not the organisation of the role."""
_THE_ORG = re.compile(r"(?:the|this)\s+([a-z]+)$", re.I)
"""A definite description of an organisation ("the court", "the agency"): the nearest such name before it."""
_SURNAME = re.compile(r"[A-Z\u00C0-\u00DE][^\W\d_A-Z]{2,}$")
_COMMON_NP = re.compile(r"(?:one|a|an|the|another)(?:\s+[a-z][\w-]*){1,4}$", re.I)
_PROPER = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|de|the))*$")
"""An appositive pair "a common noun phrase, a proper name": the name is the speaker, the noun phrase its role."""


_OWNED_CHANNEL = re.compile(
    r"(?P<owner>(?:the\s+|an?\s+)?[\w.&’'-]+(?:\s+[\w.&’'-]+){0,3}?)[’']s\s+(?:[\w-]+\s+){0,2}?(?:"
    + OUTLET_HEAD.pattern[2:-2] + r"|summary|ruling|decision|judgment)$", re.I)
"""A channel owned by the source: "The chain's press release reported" -> the chain, via the press release."""
_COURT_DOC = re.compile(r"(?:the\s+)?(?:(?:summary|text|copy|full\s+text)\s+of\s+(?:the\s+)?)?"
                        r"(?:decision|ruling|judgment|judgement|verdict|opinion)$", re.I)
"""A court's document as the subject ("The summary of the decision read in part:"): the court named before."""
_COMPANY = frozenset("chain retailer firm company carrier airline manufacturer maker supermarket bank insurer "
                     "developer operator lender broadcaster publisher".split())
"""Heads of a definite description of a business ("the chain"): the most mentioned name seen with that head."""
_PAIR_NOUN = re.compile(r"(?:the|both)\s+(?:two\s+)?(?:parties|sides|companies|firms|partners)$", re.I)
_NAME = r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}"
_PAIR = re.compile(r"(?<![\w-])(" + _NAME + r")\s+and\s+(?:(?:[a-z][\w-]*|[A-Z]\w*-[a-z][\w-]*)\s+){0,3}(" + _NAME + r")")
"""Two names joined by 'and' ("Tesco and Denmark-based retailer Salling Group"): what "the parties" refer to."""


def _mentions(text: str, name: str, end: int) -> int:
    return len(re.findall(r"\b" + re.escape(name.split()[0]) + r"\b", text[:end]))


def described(text: str, head: str, end: int) -> str | None:
    """The most mentioned name written next to a common noun before `end` ("supermarket chain Tesco", "its Netto
    chain" is left out: a possession of another name): what a later "the chain" most likely means (ties: the nearest)."""
    rx = re.compile(r"(" + _NAME + r")\s+(?i:" + head + r")\b|\b(?i:" + head + r")\s+(" + _NAME + r")")
    found = [(m.group(1) or m.group(2)) for m in rx.finditer(text, 0, end)
             if not (m.group(1) and re.search(r"\b(?:its|their|his|her)\s+$", text[max(0, m.start() - 7) : m.start()]))]
    found = [n for n in found if not re.match(r"(?:The|A|An|This|Its|Their)\b", n)]
    if not found:
        return None
    return max(reversed(found), key=lambda n: _mentions(text, n, end))


def paired(text: str, end: int) -> str | None:
    """The last two names joined by 'and' before `end` that both recur in the text: "the parties", "both sides"."""
    for m in reversed(list(_PAIR.finditer(text, max(0, end - 5000), end))):
        a, b = m.group(1), m.group(2)
        if a.split()[0] in ("The", "A", "An", "In", "On", "At", "But", "And") or a == b:
            continue
        if _mentions(text, a, end) >= 2 and _mentions(text, b, end) >= 2:
            return f"{a} and {b}"
    return None


class _Speakers:
    """Speaker resolution across a document's frames."""

    text: str
    memory: SpeakerMemory
    full_names: dict[str, str | None]

    def speaker_of(self, f: Frame, base: int, prev: Who) -> Who:
        """(resolved name, mention span, role) for a frame; inherited frames reuse `prev`."""
        if f.inherited or f.subject is None:
            return prev
        a, b = base + f.subject[0], base + f.subject[1]
        mention = _RELATIVE.sub("", self.text[a:b])
        role = None
        described_as = None
        own = _OWNED_CHANNEL.fullmatch(mention)
        if own and not split_subject(mention).person:  # "The chain's press release": the chain, via the release
            f.via = f.via or mention
            a, b = a + own.start("owner"), a + own.end("owner")
            mention = self.text[a:b]
        if _COURT_DOC.fullmatch(mention):  # "The summary of the decision read in part:" -> the court
            f.via = f.via or mention
            described_as = "the court"
        ch = _CHANNEL_OF.match(mention)
        if ch:  # "Another report from the Mexican government during the weekend said": the government, via the report
            f.via = f.via or mention[: ch.end("ch")]
            a, b = a + ch.start("src"), a + ch.end("src")
            mention = self.text[a:b]
        if f.role is not None:
            ra, rb = base + f.role[0], base + f.role[1]
            first, second = split_subject(mention), split_subject(self.text[ra:rb])
            common = _COMMON_NP.match(mention) and _PROPER.match(self.text[ra:rb])
            if (second.person and not first.person) or common:  # "One news site, Znak.com, claims"
                a, b, ra, rb = ra, rb, a, b
                mention, first = self.text[a:b], second
            role = self.text[ra:rb]
            sp = first
        else:
            sp = split_subject(mention)
            role = sp.role
            pair = [split_subject(x) for x in re.split(r"\s+and\s+", mention)]
            pair = [p if p.person else split_subject(re.split(r"\s+(?:of|for|at|from|with|in)\s+", p.name)[-1]) for p in pair]
            in_pp = re.search(r"\s(?:of|for|at|from)\s+(?:the\s+)?[A-Z]", re.split(r"\s+and\s+", mention)[0])
            if len(pair) == 2 and all(p.person for p in pair) and not in_pp:  # "Senator X and Representative Y both questioned"
                sp = Speaker(f"{pair[0].name} and {pair[1].name}", None, False)
                role = None
            elif len(pair) == 2 and all(_PROPER.match(x) for x in re.split(r"\s+and\s+", mention)):
                sp = Speaker(mention, None, False)  # "Kimberly-Clark and Solaris Paper emphasized": two organisations
        low = mention.lower()
        if not sp.person and _SURNAME.match(mention) and not any(fold(p.split()[-1]) == fold(mention) for p in self.memory.persons):
            if mention not in self.full_names:  # looked for once, in the 20,000 characters before: long texts stay linear
                self.full_names[mention] = full_name(self.text, mention, max(0, a - 20000), a)
            full = self.full_names[mention]
            if full:  # "Johnson has repeatedly stated" after "Boris Johnson" in the text: a person
                sp = Speaker(full, sp.role, True)
        org = _THE_ORG.match(described_as or mention)
        if org and org.group(1).lower() in _COMPANY and not sp.person:
            named_as = described(self.text, org.group(1).lower(), a)
            if named_as:  # "The chain's press release" after "supermarket chain Tesco" and many a "Tesco"
                sp = Speaker(named_as, None, False)
        elif _PAIR_NOUN.match(mention) and not sp.person:
            both = paired(self.text, a)
            if both:  # "The parties said" after "Tesco and Denmark-based retailer Salling Group announced"
                sp = Speaker(both, None, False)
        elif org and org.group(1).lower() in ORG_WORDS and not sp.person:
            head = org.group(1).capitalize()
            named = re.compile(r"\b((?:[A-Z][\w.’'&-]*\s+)*" + head
                               + r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:and\s+)?[A-Z][\w.’'&-]*)*)?)").findall(
                self.text, max(0, a - 3000), a)
            named = [re.sub(r"^(?:The|A|An)\s+", "", n.rsplit(". ", 1)[-1]) for n in named]
            named = [n for n in named if len(n.split()) > 1]
            if named:  # "The court found" after "the Supreme Court of the United Kingdom": the named court
                fuller = [n for n in named if n.startswith(named[-1] + " ")]  # its fullest form: "Supreme Court of …"
                sp = Speaker(max(fuller, key=len) if fuller else named[-1], None, False)
        if not sp.person and (low.startswith(("the ", "this ", "that "))):
            group = group_of(self.text, mention, a, self.memory.persons) or place_of(self.text, mention, a)
            if group:  # "The team wrote" after "Siegel and colleagues"; "The city estimated" after "the city of White Plains"
                sp = Speaker(group, None, False)
        name = self.memory.resolve(sp, mention)
        if name == sp.name and not sp.person and _THE_TITLE.fullmatch(low) and low.split()[-1] in TITLES:
            name = titled_person(self.text, mention, a) or name  # "The foreign minister" named with the title before
        if low in ("he", "she") and (_AT_START.fullmatch(self.text, base, a) or _QUOTE_LEAD.fullmatch(self.text, base, a)):
            subject = previous_subject(self.text, base, self.memory.persons)
            if subject:  # "Adamowicz, 53, has supported … He recently condemned": the subject of the sentence before
                name = subject
                self.memory.note_person(name)  # the next 'she said' of the paragraph is the same person
        elif low == "they" and a > base:
            plural = plural_subject(self.text, base, a)
            if plural:  # "State prosecutors charged the suspect …, they said"
                name = plural
        elif low == "they" and _AT_START.fullmatch(self.text, base, a):
            group = previous_group(self.text, base)
            if group:  # "The Montreal team, led by Björn Benneke, used data … They found that C"
                name = group
        if low == "who" and prev.name and prev.span and not self.text[prev.span.end : a].strip(" ,"):
            name = prev.name  # "…, according to police, who said …"
        elif low == "who":
            before = self.text[base : a]
            ante = _NAME_THEN_ROLE.search(before) or _ACRONYM_BEFORE.search(before) \
                or re.search(r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*),\s*$", before) \
                or re.search(r"((?:[A-Z][\w.’'-]*\s*){1,5}),?[^,]{0,60},?\s*$", before)
            if ante:  # the nearest name before ", who said": "the home of Prime Minister Tuilaepa, who told"
                sp = split_subject(ante.group(1).strip())
                name = self.memory.resolve(sp, sp.name)
                role = role or sp.role
        person = sp.person or low in ("he", "she") or name in self.memory.persons
        if low not in ("he", "she", "it", "they", "we", "i", "who"):
            self.memory.remember(name, person)
            if person and role:
                self.memory.remember_role(name, role)
        else:
            self.memory.last_speaker = name
        return Who(name, Span(a, b), role)

    def subject_of_sentence(self, base: int, end: int) -> Who | None:
        """The person or named source that is the subject of the sentence at `base`, for a partial quote with no cue
        of its own ('she was directing six of the House's committees to “proceed …”'); None for a common noun."""
        m = _SUBJECT_AT.match(self.text, base, end)
        if not m:
            return None
        mention = m.group("s")
        a = m.start("s")
        low = mention.lower()
        if low in ("he", "she"):
            name = self.memory.resolve(Speaker(mention, None, True), mention)
            return Who(name, Span(a, a + len(mention))) if name.lower() != low else None
        sp = split_subject(mention)
        if not (sp.person or fold(sp.name) in {fold(p.split()[-1]) for p in self.memory.persons} or sp.name == self.memory.last_group):
            return None
        return Who(self.memory.resolve(sp, mention), Span(a, a + len(mention)), sp.role)
