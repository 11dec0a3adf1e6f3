"""One sentence's claims: its frames (and an 'according to' frame) resolved to speakers and turned into claims by
content, then the stretches no frame covers, cut into clauses, as the article's own statements (or quotes, or
reports when a strong hedge makes them one). A frame with no content of its own makes no claim: a cue verb with
nothing reported ("Over 1,000 rescuers responded."), an aside, a confirmation, or the channel of the next frame.

`SentencePass.run` reads as the stages in order: according → frames → unattributed stretches. The sentence is
masked (quote interiors as 'x'), so offsets into it are sentence-relative; claims get document offsets.

Its rules (id, what each decides, a real example): rules/sentence.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reader.core.claims.lexicon.channels import OWNED_SOURCE_HEAD
from reader.core.claims.lexicon.cues import DOUBT_CUES
from reader.core.claims.rules.trace import fire, tracing_on
from reader.core.claims.stages.clauses import split_concessive
from reader.core.claims.stages.frames.according import RELATIVE_ASIDE, REPORTED_LEAD, according, role_to_end
from reader.core.claims.stages.frames.clause_subject import opener_len, trim_span
from reader.core.claims.stages.frames.find import find_frames
from reader.core.claims.stages.frames.hearer import citing_tail, lead_channel
from reader.core.claims.stages.frames.model import Frame, Range
from reader.core.claims.stages.kinds import Emitter
from reader.core.claims.stages.paragraph import ACCORDING_GATE
from reader.core.claims.stages.parts import content_parts
from reader.core.claims.stages.speakers.channel_mentions import ADJUNCT_CHANNEL, CHANNEL_OF
from reader.core.claims.stages.speakers.coref import previous_subject
from reader.core.claims.stages.speakers.memory import SpeakerMemory
from reader.core.claims.stages.speakers.pairs import one_or_two
from reader.core.claims.stages.speakers.resolve import Resolver
from reader.core.claims.stages.speakers.who import Who
from reader.core.claims.stages.unattributed import gap_claims
from reader.core.text.spans import Span

_OPENS_ACCORDING = re.compile(r"[\s“”\"]*[Aa]ccording\s+to\s+")
def _lead_cue(lead: str) -> str:
    """The cue of an 'according to' frame: 'according to', or the words of a lead that reads so ('As first reported by')."""
    m = REPORTED_LEAD.match(lead.strip())
    return m.group(0) if m else "according to"
"""A sentence that opens with 'According to': a pronoun after it stands where a subject would ('According to him, C')."""
_HEARSAY = re.compile(r"\b(?:reportedly|allegedly|purportedly|supposedly)\s+(?:[a-z]+ly\s+)?$")
"""A hearsay adverb right before the cue ('X reportedly said', 'allegedly told'): the cue is hedged."""
_SOURCE_NP = re.compile(
    r"(?:(?:the|an?|its|their|his|her|several|two|three|other)\s+)?(?:[A-Z][\w.&-]*\s+){0,2}"
    r"(?:(?:anonymous|unnamed|senior|security|intelligence|government|military|police|diplomatic|industry|informed)\s+){0,2}"
    r"sources?(?=\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ed|said|says|say|told)\b)"
)
"""Reported content whose subject is a source ("claims FSB sources have ascribed …"): the sources are the
speaker, the outer speaker the channel it reached the article through."""
_AS_ASIDE = re.compile(r",\s*as\s+$")
_ABOUT_OBJECT = re.compile(r"[a-z]+\s+(?:about|on|from|in|at)\s+[^,;:“”\"]{1,60}[.!]?$")
"""A cue's object that says what it was about ('reported about Manizales'), up to the sentence's end."""
_AS_SOURCE_MIN = 12
"""The least content 'C, as X said' gives X: shorter is no clause."""
_BARE_FIGURES = re.compile(r"(?:(?:official|new|latest|recent|government|provisional|preliminary|published|court|legal|internal|leaked|police)"
                           r"\s+){0,2}(?:figures|data|statistics|estimates|numbers|records|documents|filings|papers)"
                           r"(?:\s+(?:(?:filed|released|published|made\s+public)\b(?![^,;]*\bby\b)|obtained\b|seen\b|reviewed\b)[^,;]{0,60})?")
"""Figures or papers with no issuer named in them ('according to official figures', 'according to court documents filed on
Monday', 'documents obtained by the Guardian'; not 'data released Friday by state gaming regulators'): a document as the
source, with no one behind it."""
_SENT_TO = re.compile(r"\b(?:sent|addressed|written|delivered|handed)\s+to\b")
"""A document 'sent to' someone: who is named after it received it, and wrote none of it."""
_OWNED = re.compile(r"(?:its|their)\s+(.+)")
_TOLD_VIA = re.compile(r"\b[A-Z]|press|media")
_POSSESSIVE = re.compile(r"(?:the\s+|an?\s+)?(.+?)[’']s\s+(.+)")
_THE = re.compile(r"^the\s+")
_STOP = re.compile(r"[.;]")
_RELAY_VERBS = frozenset("reported reports wrote writes".split())
_RELAY_END = re.compile(r"[\s.”\"]*")


def _may_accord(ms: str, words: set[str]) -> bool:
    """Whether the sentence holds one of the paragraph's words from ACCORDING_GATE (derived from the 'according to'
    pattern: every match holds one), looked for as text: the pattern is searched only in such sentences."""
    low = ms.lower()
    return any(w in low for w in ACCORDING_GATE.intersection(words))


@dataclass(slots=True)
class SentencePass:
    """The claims of one sentence, emitted into the paragraph's `Emitter`; `prev` is the last frame's speaker, which a
    coordinated cue and 'who' read (it carries on to the next sentence of the paragraph)."""

    em: Emitter
    resolver: Resolver
    memory: SpeakerMemory
    sent: Span
    ms: str
    prev: Who
    covered: list[Range] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)

    @property
    def base(self) -> int:
        return self.sent.start

    def run(self) -> Who:
        """Emit the sentence's claims; the speaker the next sentence's coordinated cues share."""
        scan = self.em.scan
        self.frames = find_frames(self.ms, scan.cues) if scan.cues else []
        if self.frames and tracing_on():  # a frame that makes no claim (a confirmation, an aside) still applied its rules
            for f in self.frames:
                for r in f.rules:
                    fire(r)
        acc = according(self.ms) if scan.according and _may_accord(self.ms, scan.words) else None
        if acc is not None:
            self._according(*acc)
        self._frame_claims(acc[0][0] if acc is not None else None)
        gap_claims(self.em, self.resolver, self.sent, self.ms, self.covered, self.frames)
        return self.prev

    def _doc(self, spans: list[Range]) -> list[Range]:
        return [(self.base + x, self.base + y) for x, y in spans]

    def _according(self, source: Range, contents: list[Range], fstart: int) -> None:
        """'According to X, C': X is the source of C, unless a frame inside it reports (then it is that frame's via)."""
        sa, sb = source
        inside = [f for f in self.frames if sa <= f.region[0] < sb + 2]
        if inside:
            self._according_frame(inside[0], source, contents, fstart)
            return
        self.frames = [f for f in self.frames if not (sa <= f.cue_start < sb) and (f.region[0] >= sb or f.region[0] < fstart)]
        who, via = self._according_source(source)
        tail = self._relayed_by(sb)
        if tail is not None:  # 'According to X, C, the Herald reported.': X's words, the Herald passed them on
            cut = self.ms.rfind(",", sb, min(tail.cue_start, tail.region[0]))
            contents = [(a, min(b, cut)) for a, b in contents if a < cut]
            outlet = self.ms[tail.subject[0] : tail.subject[1]]
            via = via or (outlet[:-1] if outlet.endswith(".") and "." not in outlet.split()[-1][:-1] else outlet)  # 'G1.', not 'U.S.'
            self.covered.append((cut, tail.region[1]))
        role = any(c[1] <= fstart for c in contents) and role_to_end(self.ms, sb + 1)  # content before, a role after
        rest = len(self.ms) if RELATIVE_ASIDE.match(self.ms, sb + 1) or role else sb  # '…, which monitors …', '…, the agency's director.'
        self.covered.append((fstart, min((c[0] for c in contents if c[0] >= sb), default=rest)))  # with a role after it
        own = [c for c in contents if not any(f.region[0] <= c[0] < (f.contents[-1][1] if f.contents else f.region[1]) for f in self.frames)]
        if own:
            joined = len(own) > 1 and own[0][1] < fstart and own[1][0] > sb and not _STOP.search(self.ms[own[0][1]:fstart])
            groups = [own] if joined or len(own) == 1 else [[c] for c in own]
            for g in groups:
                for h in split_concessive(self.ms, g):
                    self.covered.extend(h)
                    rules = ("cue.according-to", "frame.according-to") + (("content.concessive",) if h != g else ())
                    self.em.content(self._doc(h), self.sent, who, _lead_cue(self.ms[fstart:sa]), via, False, None, rules)
        self.prev = who

    def _relayed_by(self, sb: int) -> Frame | None:
        """The sentence's closing cue after 'according to X, C' that names only who passed C on ('…, the Herald reported.',
        '…, reported the Herald.'): taken out of the frames (rule frame.relay-tail), its subject the via."""
        last = self.frames[-1] if self.frames else None
        if last is None or last.subject is None or last.verb not in _RELAY_VERBS or not _RELAY_END.fullmatch(self.ms, last.region[1]) \
                or self.ms.rfind(",", sb, min(last.cue_start, last.region[0])) <= sb:
            return None
        fire("frame.relay-tail")
        self.frames = self.frames[:-1]
        return last

    def _according_frame(self, f: Frame, source: Range, contents: list[Range], fstart: int) -> None:
        """A frame inside 'according to X': X is its via; a lead-in before 'according to a report from ABC' is ABC's."""
        sa, _ = source
        k = self.frames.index(f)
        f = self.frames[k] = replace(f, via=self.ms[sa : f.region[0]].strip(" ,"))
        lead_in = [ct for ct in contents if ct[1] <= fstart]
        ch = CHANNEL_OF.match(f.via or "")
        if lead_in and ch:  # "C, according to a report from ABC Australia in which they said D": C is ABC's
            src = Span(self.base + sa + ch.start("src"), self.base + sa + ch.end("src"))
            self.covered.extend([*lead_in, (fstart, f.region[0])])
            who = Who(_THE.sub("", src.of(self.em.text)), src, None, ("speaker.mention", "speaker.channel-of"))
            self.em.content(self._doc(lead_in), self.sent, who, "according to", ch.group("ch"), False, None,
                            ("cue.according-to", "frame.according-to", "content.according-channel-lead-in"))

    def _according_source(self, source: Range) -> tuple[Who, str | None]:
        """The speaker an 'according to' names, and the channel it names with it."""
        sa, sb = source
        mention = self.em.text[self.base + sa : self.base + sb]
        sp, two = one_or_two(_THE.sub("", mention))
        name: str | None
        name, rule = self.memory.resolve(sp, mention)
        rules = ["speaker.mention"] + [r for r in (rule, two) if r]
        via = None
        m = _POSSESSIVE.match(mention)
        channel = CHANNEL_OF.match(mention)
        if _SENT_TO.search(mention):  # 'According to instructions sent to his lawyers Ituna Partners': the lawyers received them
            via, name = mention, None
            rules.append("speaker.according-recipient")
        elif m and OWNED_SOURCE_HEAD.search(m.group(2)):  # not 'the festival's founder': a person, named as such
            via, name = mention, m.group(1)
            rules.append("speaker.according-possessive")
            if not any(w[:1].isupper() for w in name.split()):  # 'the company's website': no one named
                name = None
                rules.append("speaker.owner-unnamed")
        elif channel:  # "According to a statement from the ministry": the ministry, via the statement
            src, pair = one_or_two(_THE.sub("", channel.group("src")))  # 'a statement by Defense Secretary Bob Work': Bob Work
            via, name = channel.group("ch"), src.name if src.person or pair else channel.group("src")
            sp, sa, sb = (src if src.person or pair else sp), sa + channel.start("src"), sa + channel.end("src")
            rules.extend(["speaker.channel-of"] + ([pair] if pair else []))
        elif (adjunct := ADJUNCT_CHANNEL.fullmatch(mention)) and not sp.person:  # "according to a fire service statement"
            via, name = mention, adjunct.group("owner")
            rules.append("speaker.channel-adjunct")
        elif _BARE_FIGURES.fullmatch(mention.strip()):  # 'according to official figures': no one is named for them
            via, name = mention.strip(), None
            rules.append("speaker.document-unclear")
        elif mention.lower() in ("him", "her") and _OPENS_ACCORDING.fullmatch(self.em.text, self.base, self.base + sa):
            subject = previous_subject(self.em.text, self.base, self.memory.persons)
            if subject:  # 'Usov talked about the steps … According to him, C': the subject of the sentence before
                name = subject
                rules.append("speaker.previous-subject")
        spelled = self.resolver.spelled.shown(name, self.base + sa) if name and not sp.person else None
        if spelled:  # 'according to OID' after 'the Oklahoma Insurance Department (OID)'
            name = spelled
            rules.append("speaker.acronym-spelled")
        if name is not None:
            self.memory.remember(name, sp.person, mention.strip())
        return Who(name, Span(self.base + sa, self.base + sb), sp.role, tuple(rules)), via

    def _frame_claims(self, acc_start: int | None) -> None:
        """Each frame's content as claims of its speaker; a frame with no content is an aside, a confirmation, or the
        channel of the next frame ('Znak.com further reported its source said C')."""
        nest_via: str | None = None
        frames = self.frames
        for i, f in enumerate(frames):
            if (not f.contents or self._aside_object(f)) and i + 1 == len(frames) and not f.passive_by:
                self._no_content(f, i, acc_start)
                continue  # "Over 1,000 rescuers responded.": a cue verb with nothing reported
            who, fvia = self.resolver.speaker_of(f, self.base, self.prev)
            if "subject.who" not in f.rules or self.prev.name is None:
                self.prev = who  # a relative clause's 'who' is not the subject a later '…, adding C' shares
            else:
                fire("speaker.relative-not-shared")
            self.covered.append(f.region)
            via = fvia if fvia is None or f.verb != "told" or _TOLD_VIA.search(fvia) else None
            rules = f.rules
            if nest_via and not via:
                who, via, rules = self._nested(who, nest_via), nest_via, (*rules, "frame.nested")
            nest_via = None
            if not f.contents and i + 1 < len(frames):
                nest_via = who.name
                continue
            self._frame_content(f, who, via, acc_start, rules)

    def _aside_object(self, f: Frame) -> bool:
        """'C, as Frontera Informativa [es] reported about Manizales.': an aside's cue whose object is what it was about,
        no reported clause."""
        return "content.object-at-verb" in f.rules and _AS_ASIDE.search(self.ms[: f.region[0]]) is not None \
            and _ABOUT_OBJECT.match(self.ms, f.contents[0][0]) is not None

    def _no_content(self, f: Frame, i: int, acc_start: int | None) -> None:
        """The last frame, with nothing after its cue: an aside 'C, as X reported', a confirmation, or a cue verb with
        nothing reported. 'C, as X reported on his blog.' alone in its sentence makes C X's; after another frame
        ('Major argued that C, as the Court of Session found') it is the article's aside to that frame's content."""
        aside = _AS_ASIDE.search(self.ms[: f.region[0]])
        if aside is None:
            if f.confirms:
                self.covered.append(f.region)
            if i > 0 and f.subject is not None and self.ms[: f.region[0]].rstrip().endswith(","):
                # 'X announced C, Panetta said.': the closing cue's speaker is the sentence's last, whom a 'he' after means
                self.prev = self.resolver.speaker_of(f, self.base, self.prev)[0]
                fire("speaker.closing-cue-remembered")
            return
        self.covered.append((aside.start(), max(f.region[1], f.contents[-1][1] if f.contents else 0)))  # 'reported about X' too
        head = trim_span(self.ms, 0, aside.start())
        head = (head[0] + opener_len(self.ms[head[0] : head[1]]), head[1])
        if i > 0 or acc_start is not None or head[1] - head[0] < _AS_SOURCE_MIN:
            fire("frame.as-aside")
            return
        fire("frame.as-source")
        who, via = self.resolver.speaker_of(f, self.base, self.prev)
        self.prev = who
        self._frame_content(replace(f, contents=(head,)), who, via, acc_start, (*f.rules, "frame.as-source"))

    @staticmethod
    def _nested(who: Who, outer: str) -> Who:
        """After a frame with no content the outer speaker is the via; 'its source' is the outer speaker's source."""
        owned = _OWNED.match(who.name or "")
        if owned:  # "Znak.com further reported its source said": the outlet's source
            return Who(f"{outer}’s {owned.group(1)}", who.span, who.role, (*who.rules, "speaker.nested-source"))
        return who

    def _cue(self, f: Frame) -> tuple[str, Span, bool]:
        """The frame's cue, its span and whether it doubts what it reports: a cue of doubt ('claimed'), or a hearsay
        adverb right before it, which joins the cue ('UNESCO reportedly said C': the article does not vouch it was said)."""
        hearsay = _HEARSAY.search(self.ms, f.subject[1] if f.subject else f.region[0], f.cue_start) if f.cue_start > f.region[0] else None
        if hearsay is None:
            return f.cue, Span(self.base + f.cue_start, self.base + f.cue_end), f.verb in DOUBT_CUES  # (a negated cue's words stand apart)
        return self.ms[hearsay.start() : f.cue_end], Span(self.base + hearsay.start(), self.base + f.cue_end), True

    def _frame_content(self, f: Frame, who: Who, via: str | None, acc_start: int | None, rules: tuple[str, ...]) -> None:
        """The frame's content as claims."""
        lead = lead_channel(self.ms, f.region[0]) if acc_start is None or acc_start > f.region[0] else None
        if lead is not None:
            via = via or lead[1]
            self.covered.append((lead[0], f.region[0]))
            rules = (*rules, "content.lead-channel")
        cue, cue_span, doubt = self._cue(f)
        parts = content_parts(self.ms, f, self.covered)
        cited = citing_tail(self.ms, parts[-1][0][-1][1]) if parts and parts[-1][0] and "cue.stance" not in f.rules else None
        if cited is not None:  # 'Reuters reported that C, citing two officials.': the officials are the channel
            self.covered.append((parts[-1][0][-1][1], cited[0]))
            via, rules = via or cited[1], (*rules, "frame.relay-tail")
        for part, tags in parts:
            self.covered.extend(part)
            src = _SOURCE_NP.match(self.ms, part[0][0])
            if src and who.name:
                who, via = Who(src.group(0), Span(self.base + src.start(), self.base + src.end()), None,
                               ("speaker.source-noun-phrase",)), who.name
            self.em.content(self._doc(part), self.sent, who, cue, via, doubt, cue_span, rules + tags)
