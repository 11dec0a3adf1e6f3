"""The speaker stage: a frame's subject resolved to the name a reader should see, its mention span and role.

`Resolver.speaker_of` runs the speaker rules in order over one mention (`_Mention`, the state they share): a
relative clause dropped, a channel ("The chain's press release") or a court's document read through to whoever
issued it, the name split from its role, then the ways a short mention finds its full name — a surname named
before, "the chain" for the company most named with that noun, "the parties", "the court", "the team", "the
city", "the foreign minister", a pronoun for the subject of the sentence before, 'who' for the name before it.
Each rule that changes the answer is recorded in the speaker's rules.

Its rules (id, what each decides, a real example): rules/speakers.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import CHANNEL_HEAD
from reader.core.claims.lexicon.connectives import BEFORE_CLAUSE, CLAUSE_LEADS, OPENERS
from reader.core.claims.lexicon.cue_tail import EVIDENCE_SUBJECTS
from reader.core.claims.lexicon.cues import STUDY_CUES
from reader.core.claims.lexicon.titles import COMPANY_HEADS, ORG_WORDS, ROLE_HEADS
from reader.core.claims.lexicon.verbs import FINITE, HAVE
from reader.core.claims.stages.frames.model import Frame
from reader.core.claims.stages.speakers.channel_mentions import ADJUNCT_CHANNEL, CHANNEL_OF, COURT_DOC, OWNED_CHANNEL, PUT_OUT_CHANNEL, TIME_OWNER
from reader.core.claims.stages.speakers.coref import (
    QUANTIFIERS,
    full_name,
    group_of,
    own_subject,
    place_of,
    plural_subject,
    previous_group,
    previous_plural,
    previous_subject,
)
from reader.core.claims.stages.speakers.memory import SpeakerMemory
from reader.core.claims.stages.speakers.mentions import MEDIA_HEADS, Described, Spelled, WordCount, company_named, organisation_named
from reader.core.claims.stages.speakers.named_after import named_after
from reader.core.claims.stages.speakers.names import Speaker, fold, split_subject
from reader.core.claims.stages.speakers.offices import office_holder
from reader.core.claims.stages.speakers.pairs import PAIR, PAIR_NOUN, PROPER_END, name_and_role
from reader.core.claims.stages.speakers.relatives import who_antecedent
from reader.core.claims.stages.speakers.who import Who
from reader.core.text.spans import Span

_RELATIVE = re.compile(r",?\s+(?:which|who)\s+[^,;:]{1,80}(?:,|$)")
"""A relative clause in a subject ("A, which makes X, and B"): who the source is, not its name (subbed only where 'wh' is)."""
_THOSE_WHO = re.compile(r"(?:(?:[Aa]ll|[Mm]ost|[Mm]any|[Ss]ome|[Hh]alf|[Ff]ew|[Nn]one|[Bb]oth)\s+of\s+)?[Tt]hose\s+who\b")
"""'Those who spoke with the Herald': without its relative clause the name would be 'Those', which says nobody."""
_SUBJECT_AT = re.compile(r"(?:(?:" + alternation(OPENERS + ("specifically", "instead"), title=True) + r"),?\s+)?(?P<s>[Hh]e|[Ss]he|"
                         r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:(?:" + alternation(("also",) + FINITE + ("then", "later"))
                         + r")\s+)*[a-z]{3,}(?:ed|s|ing)\b")
"""A sentence that opens with its subject, a pronoun or a name, then its verb."""
_SUBORDINATE_LEAD = re.compile(r"(?:" + alternation(CLAUSE_LEADS, title=True) + r")\s[^,;:“”\"]{1,200},\s+")
"""A subordinate clause opening the sentence: its subject is not the sentence's."""
_QUOTE_LEAD = re.compile(r"\s*[“\"][^”“\"]*[”“\"],?\s*|\s*(?P<p>He|She)\s[^,;:“”\"]{1,60},\s*")
"""Only a quote before the pronoun ('“We will rebuild,” she told'), or the same pronoun opening ('She agreed, she said, that')."""
_ORG_OPENS = re.compile(r"(?P<s>(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){0,5})"
                        r"(?=\s+(?:(?:also|" + alternation(HAVE) + r"|[a-z]+ly)\s+)*(?:[a-z]{3,}ed|says|said|is|was|has|had)\b)")
"""The name that opens a sentence as its subject: what a later 'it' of the same sentence stands for."""
_UNNAMED_PERSON = re.compile(r"[Aa]n?\s+(?:[\w-]+\s+){0,3}(?:" + alternation(sorted(ROLE_HEADS, key=lambda w: (-len(w), w)))
                             + r")(?:\s+(?:for|of|at|from|with)\s+[^,;:]{1,60})?")
"""One person left unnamed, introduced with 'a': 'a defense ministry spokesman', 'A spokesman for the ministry', 'an expert'."""
_CLAUSE_BEFORE = re.compile(r",\s*(?:(?:" + alternation(BEFORE_CLAUSE) + r")\s+)?\s*$")
_OPENS = OPENERS + ("here", "then", "now", "even so", "still", "instead", "later that day", "earlier that day", "that day", "the next day",
                    "the following day")
"""Words that may open a sentence before its pronoun subject ('Even so, she reports …')."""
_AT_START = re.compile(r"[\s“”\"]*(?:(?:" + alternation(_OPENS, title=True) + r")\b,?\s*|According\s+to\s+[^,]{1,40},\s*"
                       r"|(?:In|On|Last|Earlier|Later|Since|By)\s+[^,.;“”\"]{1,30},\s*)?")
_THE_ORG = re.compile(r"(?:the|this)\s+([a-z]+)$", re.I)
"""A definite description of an organisation ("the court", "the agency"): the nearest such name before it."""
_DESCRIBED_HEADS = COMPANY_HEADS | frozenset(("agency",)) | MEDIA_HEADS
"""Heads of a description written next to an organisation's name ('space agency NASA', 'supermarket chain Tesco'): a later
'the space agency' is the name most often written with it."""
_THE_DESCRIBED = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:[A-Za-z]+\s+){1,2}?([a-z]+)$")
"""A description with its modifiers ('the space agency', 'the grocery chain'): read only for `_DESCRIBED_HEADS`."""
_SURNAME = re.compile(r"(?:Mc|Mac|O[’']|D[’'])?[A-Z\u00C0-\u00DE][^\W\d_A-Z]{2,}$")  # a surname alone ('Pierce', 'McCune', 'O’Brien')
_COMMON_NP = re.compile(r"(?:one|a|an|the|another)(?:\s+[a-z][\w-]*){1,4}$", re.I)
_HANDLE = re.compile(r"@\w+")
"""A handle apposed to a description ("Global Voices' partner newspaper in Mozambique, @Verdade,"): the source's name."""
_PROPER = PROPER_END
"""An appositive pair "a common noun phrase, a proper name": the name is the speaker, the noun phrase its role."""



@dataclass(slots=True)
class _Mention:
    """What the speaker rules read and change for one frame: the mention's span and text, the speaker so far, its role,
    the via, and the rules that applied."""

    a: int
    b: int
    mention: str
    via: str | None
    sp: Speaker = field(default_factory=lambda: Speaker("", None, False))
    role: str | None = None
    name: str = ""
    described_as: str | None = None
    rules: list[str] = field(default_factory=list)

    @property
    def low(self) -> str:
        return self.mention.lower()


class Resolver:
    """Speaker resolution across a document's frames (per-document state: what was named so far, running indexes)."""

    def __init__(self, text: str, memory: SpeakerMemory) -> None:
        self.text = text
        self.memory = memory
        self.full_names: dict[str, str | None] = {}
        self.words = WordCount(text)
        self.described: dict[str, Described] = {}
        self.spelled = Spelled(text)
        self._folded: str | None = None
        self._speakers: dict[str, Speaker] = {}
        self._named: dict[str, tuple[Speaker, str | None, str | None]] = {}

    def split(self, subject: str) -> Speaker:
        """split_subject, remembered for the document (a source is named again and again)."""
        sp = self._speakers.get(subject)
        if sp is None:
            sp = self._speakers[subject] = split_subject(subject)
        return sp

    @property
    def folded(self) -> str:
        """The document without diacritics, folded once (same offsets: each character folds to one)."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def speaker_of(self, f: Frame, base: int, prev: Who) -> tuple[Who, str | None]:
        """(speaker, via) for a frame; inherited frames share `prev`. The via is the frame's, or the channel the subject
        names ("The chain's press release")."""
        if f.inherited or f.subject is None:
            return (prev if "speaker.shared" in prev.rules or prev.name is None else
                    Who(prev.name, prev.span, prev.role, (*prev.rules, "speaker.shared"))), f.via
        a, b = base + f.subject[0], base + f.subject[1]
        said = self.text[a:b]
        st = _Mention(a, b, _RELATIVE.sub("", said) if "wh" in said and not _THOSE_WHO.match(said) else said, f.via)
        if st.mention != said:
            st.rules.append("speaker.relative-dropped")
        self._through_channel(st)
        self._split(st, f, base)
        self._full_name(st)
        self._named_before(st)
        later = None if st.sp.person or not st.low.startswith(("a ", "an ")) else named_after(self.text, st.mention, st.b)
        if later:  # '… said a senior intelligence advisor.' … 'Gary Phillips, senior intelligence advisor for …, spoke'
            st.sp, st.role = Speaker(later[0], later[1], True), st.role or later[1]
            st.rules.append("speaker.named-after")
        st.name, rule = self.memory.resolve(st.sp, st.mention)
        if rule == "speaker.pronoun" and st.low in ("they", "them") and not _evidence_they(st.name, f.verb):
            st.name = st.mention  # 'According to exit polls, … They say C': polls find and show; people say
        if rule:
            st.rules.append(rule)
        self._in_context(st, base, prev)
        st.name = self.memory.gendered(st.name, st.mention, st.rules)
        self._remember(st)
        if f.contents and st.name in self.memory.persons:  # 'Catalan said he agrees …': the reported clause's pronoun is his
            self.memory.own_pronoun(st.name, self.text[base + f.contents[0][0] : base + f.contents[0][0] + 6])
        rules = [r for r in f.rules if r.startswith("subject.")] + ["speaker.mention"] + st.rules
        return Who(st.name, Span(st.a, st.b), st.role, tuple(rules)), st.via

    def _through_channel(self, st: _Mention) -> None:
        """A channel or a court's document as the subject: the source behind it, the channel as via."""
        adj = ADJUNCT_CHANNEL.fullmatch(st.mention)
        if adj and not self.split(st.mention).person:  # "a fire service statement": the fire service, via the statement
            self._narrow(st, adj.span("owner"), st.mention, "speaker.channel-adjunct")
        put = PUT_OUT_CHANNEL.fullmatch(st.mention)
        if put and not CHANNEL_HEAD.search(put.group("owner")):  # "researchers … posted findings": the researchers
            self._narrow(st, put.span("owner"), put.group("ch"), "speaker.put-out-channel")
        own = OWNED_CHANNEL.fullmatch(st.mention)
        person = self.split(st.mention) if own else None  # 'The agency’s annual Water Quality report' names no person
        if own and not (person and person.person and st.mention.endswith(person.name)) and not TIME_OWNER.fullmatch(own.group("owner")):
            # "The chain's press release": the chain, via the release ('Today’s report' is owned by no one)
            self._narrow(st, own.span("owner"), st.mention, "speaker.owned-channel")
        if COURT_DOC.fullmatch(st.mention):  # "The summary of the decision read in part:" -> the court
            st.via = st.via or st.mention
            st.described_as = "the court"
            st.rules.append("speaker.court-document")
        ch = CHANNEL_OF.match(st.mention)
        if ch:  # "Another report from the Mexican government during the weekend said": the government, via the report
            own = OWNED_CHANNEL.fullmatch(ch.group("ch"))  # "RIAA's notice published by GitHub": RIAA's words
            self._narrow(st, own.span("owner") if own else ch.span("src"), st.mention[: ch.end("ch")], "speaker.channel-of")

    def _narrow(self, st: _Mention, span: tuple[int, int], via: str, rule: str) -> None:
        """The source is the part `span` of the mention (offsets into it); what the mention named around it is the via,
        unless the frame had one already."""
        st.via = st.via or via
        st.a, st.b = st.a + span[0], st.a + span[1]
        if self.text.endswith(("’", "'"), st.a, st.b) and st.b - st.a > 1:
            st.b -= 1  # "The Associated Press’ analysis": the owner without the mark of its possessive
        st.mention = self.text[st.a : st.b]
        st.rules.append(rule)

    def _split(self, st: _Mention, f: Frame, base: int) -> None:
        """Name and role: an appositive pair, two persons or organisations joined by 'and', or a title before a name."""
        if f.role is not None:
            ra, rb = base + f.role[0], base + f.role[1]
            first, second = self.split(st.mention), self.split(self.text[ra:rb])
            common = _COMMON_NP.match(st.mention) and _PROPER.match(self.text[ra:rb]) or (
                _HANDLE.fullmatch(self.text[ra:rb]) and not first.person and not _PROPER.match(st.mention))
            if (second.person and not first.person) or common:  # "One news site, Znak.com, claims"
                st.a, st.b, ra, rb = ra, rb, st.a, st.b
                st.mention, first = self.text[st.a : st.b], second
                st.rules.append("speaker.role-apposed")
            st.role, st.sp = self.text[ra:rb], first
            both = self._name_and_role(st.mention) if " and " in st.mention else None
            if both is not None and both[2] == "speaker.two-persons":  # 'Ann Lee and Tom Baker, both farmers, said'
                st.sp = both[0]
                st.rules.append("speaker.two-persons")
            return
        st.sp, st.role, rule = self._name_and_role(st.mention)
        if rule:
            st.rules.append(rule)

    def _name_and_role(self, mention: str) -> tuple[Speaker, str | None, str | None]:
        """pairs.name_and_role, read once per mention and document (it depends on the words alone)."""
        named = self._named.get(mention)
        if named is None:
            named = self._named[mention] = name_and_role(self.split, mention)
        return named

    def _full_name(self, st: _Mention) -> None:
        """A bare surname not yet a known source: the fullest name written for it in the 20,000 characters before."""
        full = None if st.sp.person else self._full_of(st.mention, st.a)
        if full:  # "Johnson has repeatedly stated" after "Boris Johnson" in the text: a person
            st.sp = Speaker(full, st.sp.role, True)
            st.rules.append("speaker.full-name-in-text")

    def _full_of(self, mention: str, at: int, keep: bool = True) -> str | None:
        """The fullest name written for a bare surname not yet a known source, in the 20,000 characters before `at`; kept
        for the surname's later mentions unless `keep` is false (a relative clause's antecedent is no speaker's mention)."""
        if not _SURNAME.match(mention) or self.memory.persons.has_surname(fold(mention)):
            return None
        full = self.full_names[mention] if mention in self.full_names else full_name(self.text, mention, max(0, at - 20000), at, self.folded)
        if keep:  # looked for once: long texts stay linear, and a bare surname shown as a speaker stays as shown
            self.full_names[mention] = full
        return full

    def _named_before(self, st: _Mention) -> None:
        """A definite description ('the chain', 'the parties', 'the court', 'the team', 'the city'): the name it stands for."""
        if st.sp.person:
            return
        org = _THE_ORG.match(st.described_as or st.mention)
        described = None if org else _THE_DESCRIBED.match(st.described_as or st.mention)  # 'the space agency': with modifiers
        head = org.group(1).lower() if org else described.group(1) if described and described.group(1) in _DESCRIBED_HEADS else ""
        named_as = self._described(head, st.a) if head in _DESCRIBED_HEADS else None
        spelled = None if named_as else self.spelled.shown(st.mention, st.a)
        if named_as or spelled:  # "The chain's press release" after "supermarket chain Tesco"; "The space agency" after "NASA"
            st.sp = Speaker(named_as or spelled or "", None, False)  # "The FTC" after "the Federal Trade Commission"
            st.rules.append("speaker.company-described" if named_as else "speaker.acronym-spelled")
        elif head in COMPANY_HEADS:  # a company's description names no court or pair; the group and place readings below still apply
            registered = company_named(self.text, st.a) if head in ("company", "firm") and org else None
            if registered:  # "the company said" after "Pretoria Energy Company (Arable) Limited", the one company named
                st.sp = Speaker(registered, None, False)
                st.rules.append("speaker.company-registered")
        elif PAIR_NOUN.match(st.mention):
            both = self._paired(st.a)
            if both:  # "The parties said" after "Tesco and Denmark-based retailer Salling Group announced"
                st.sp = Speaker(both, None, False)
                st.rules.append("speaker.pair-named-before")
        elif head in ORG_WORDS:
            named = organisation_named(self.text, org.group(1).capitalize(), st.a) if org else None
            if named:  # "The court found" after "the Supreme Court of the United Kingdom": the named court
                st.sp = Speaker(named, None, False)
                st.rules.append("speaker.organisation-named-before")
        if not st.sp.person and st.low.startswith(("the ", "this ", "that ")):
            group = group_of(self.text, st.mention, st.a, self.memory.persons) or place_of(self.text, st.mention, st.a)
            if group:  # "The team wrote" after "Siegel and colleagues"; "The city estimated" after "the city of White Plains"
                st.sp = Speaker(group, None, False)
                st.rules.append("speaker.group-named-before")

    def _in_context(self, st: _Mention, base: int, prev: Who) -> None:
        """Rules that read the sentences around the mention: a title named before, a pronoun for the subject of the
        sentence before or of its own, 'who' for the name before it."""
        low, text, a = st.low, self.text, st.a
        held = office_holder(text, low, (a, st.b), base, st.name == st.sp.name, self.memory.last_person is None) if not st.sp.person else None
        if held:  # "The foreign minister" named with the title before; a lede's office named in the next paragraph
            st.name = held[0]
            st.rules.append(held[1])
            if held[1] == "speaker.named-next":
                self.memory.note_person(held[0])  # the next paragraph's 'he said' is the same person
        lead = _QUOTE_LEAD.fullmatch(text, base, a) if low in ("he", "she") else None
        if low in ("he", "she") and (_AT_START.fullmatch(text, base, a) or lead and (lead.group("p") or low).lower() == low):
            subject = previous_subject(text, base, self.memory.persons)
            if subject:  # "Adamowicz, 53, has supported … He recently condemned": the subject of the sentence before
                st.name = subject
                st.rules.append("speaker.previous-subject")
                self.memory.note_person(subject)  # the next 'she said' of the paragraph is the same person
        elif low in ("he", "she") and a > base and (own := own_subject(text, base, a, low, self.memory.persons)):
            st.name = own  # 'Ann Lee read the letter differently: “…,” she said': the sentence's own subject
            st.rules.append("speaker.sentence-subject-pronoun")
        elif low == "they":
            group = plural_subject(text, base, a) if a > base else previous_group(text, base) if _AT_START.fullmatch(text, base, a) else None
            if group:  # "State prosecutors charged the suspect …, they said"; "The Montreal team … They found that C"
                st.name = group
                st.rules.append("speaker.plural-subject" if a > base else "speaker.previous-group")
        elif low == "it" and (st.name or "it").lower() == "it" and (_AT_START.fullmatch(text, base, a) or _QUOTE_LEAD.fullmatch(text, base, a)) \
                and (body := previous_group(text, base, one=True)):  # an 'it' memory did not resolve: "The board met. “Q,” it said"
            st.name = body
            st.rules.append("speaker.previous-group")
        elif low == "it" and a > base and _CLAUSE_BEFORE.search(text, base, a):
            own = _ORG_OPENS.match(text, base, a)
            if own and not self.split(own.group("s")).person:  # "The EU partially funded the studies, as it considers …"
                st.name = own.group("s")
                st.rules.append("speaker.it-sentence-subject")
        elif low in QUANTIFIERS and _AT_START.fullmatch(text, base, a):
            group = previous_plural(text, base)
            if group:  # "The candidates agreed on many issues. All supported …": the candidates
                st.name = group
                st.rules.append("speaker.quantifier-plural")
        if low in ("who", "which"):
            self._who(st, base, prev)

    def _who(self, st: _Mention, base: int, prev: Who) -> None:
        if prev.name and prev.span and prev.span.end <= st.a and not self.text[prev.span.end : st.a].strip(" ,"):
            st.name = prev.name  # "…, according to police, who said …"
            st.rules.append("speaker.who-previous-source")
            return
        ante = who_antecedent(self.text[base : st.a], st.low)
        at = self.text.rfind(ante, base, st.a) if ante and st.low == "which" else -1
        if at >= 0:  # '…, a report by the Herald, which said': the Herald, via the report (the channel rules of a subject)
            self._through_channel(doc := _Mention(at, at + len(ante), ante, None))
            if doc.rules:
                ante, st.via, st.rules = doc.mention, st.via or doc.via, st.rules + doc.rules
        if ante:  # the nearest name before ", who said": "the home of Prime Minister Tuilaepa, who told"
            st.sp = self.split(ante)
            full = None if st.sp.person else self._full_of(ante, st.a, keep=False)
            st.sp = Speaker(full, st.sp.role, True) if full else st.sp  # 'criticism from Lee, who called …' after 'Ann Lee'
            st.name = self.memory.resolve(st.sp, st.sp.name)[0]
            st.role = st.role or st.sp.role
            st.rules.append("speaker.who-antecedent")

    def _remember(self, st: _Mention) -> None:
        low, name = st.low, st.name
        person = st.sp.person or low in ("he", "she") or name in self.memory.persons
        if low not in ("he", "she", "it", "they", "we", "i", "who", "which"):
            self.memory.remember(name, person, st.mention)
            if not person and _UNNAMED_PERSON.fullmatch(name):
                self.memory.unnamed = name  # '…,” said a defense ministry spokesman. He said that …': the spokesman
            if person and st.role:
                self.memory.remember_role(name, st.role)
        else:
            self.memory.last_speaker = name

    def _described(self, head: str, end: int) -> str | None:
        """The most mentioned name written next to a common noun before `end` ("supermarket chain Tesco"; "its Netto
        chain" is left out: a possession of another name): what a later "the chain" most likely means (ties: the nearest)."""
        index = self.described.get(head)
        if index is None:
            index = self.described[head] = Described.of(self.text, head)
        found = index.names(end)
        if not found:
            return None
        counts = {n: self.words.count(n.split()[0], end) for n in set(found)}
        return max(reversed(found), key=counts.__getitem__)

    def _paired(self, end: int) -> str | None:
        """The last two names joined by 'and' before `end` that both recur in the text: "the parties", "both sides"."""
        for m in reversed(list(PAIR.finditer(self.text, max(0, end - 5000), end))):
            a, b = m.group(1), m.group(2)
            if a.split()[0] in ("The", "A", "An", "In", "On", "At", "But", "And") or a == b:
                continue
            if self.words.count(a.split()[0], end) >= 2 and self.words.count(b.split()[0], end) >= 2:
                return f"{a} and {b}"
        return None

    def subject_of_sentence(self, base: int, end: int) -> Who | None:
        """The person or named source that is the subject of the sentence at `base`, for a partial quote with no cue
        of its own ('she was directing six of the House's committees to “proceed …”'); None for a common noun."""
        lead = _SUBORDINATE_LEAD.match(self.text, base, end)  # 'When Trump suggested …, Rubio fired back: “…”': Rubio
        m = _SUBJECT_AT.match(self.text, lead.end() if lead else base, end)
        if not m:
            return None
        mention = m.group("s")
        a = m.start("s")
        low = mention.lower()
        span = Span(a, a + len(mention))
        if low in ("he", "she"):
            name = self.memory.resolve(Speaker(mention, None, True), mention)[0]
            return Who(name, span, None, ("speaker.sentence-subject", "speaker.pronoun")) if name.lower() != low else None
        sp = self.split(mention)
        if not (sp.person or self.memory.persons.has_surname(fold(sp.name)) or sp.name == self.memory.last_group):
            return None
        name, rule = self.memory.resolve(sp, mention)
        return Who(name, span, sp.role, ("speaker.sentence-subject",) + ((rule,) if rule else ()))


_EVIDENCE_VERBS = STUDY_CUES | frozenset("suggest suggests suggested indicate indicates indicated point points pointed".split())


def _evidence_they(name: str, verb: str) -> bool:
    """Whether a group 'they' stands for can do what the cue says: a poll, a report or records only show or find."""
    words = name.split()
    return not words or words[-1].lower() not in EVIDENCE_SUBJECTS or verb in _EVIDENCE_VERBS
