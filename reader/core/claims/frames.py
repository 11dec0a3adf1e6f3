"""Attribution frames in one sentence: who (subject), how (cue), to whom/where (via), and what (content).

Works on the sentence with quote interiors masked out, so cue words inside quotations never start
a frame. Frames covered: "X said (that) C", "C, X said", "“Q,” said X", "X told Y: “Q”",
"according to X, C" / "C, according to X" / "Per X, C", "X was told by Y of “Q”", coordinated
cues without a subject ("..., adding that C", "but said C") and nesting ("X reported its source said C").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.claims.cues import (
    CUE_VERBS,
    PHRASE_CUES,
    STUDY_CUES,
    STUDY_SUBJECTS,
    VERB_CUES,
)
from reader.core.claims.frame_gates import (
    _BASE_FORMS,
    _BY_AT_END,
    _CHANNEL_LEAD,
    _COUNT_END,
    _DEMONSTRATIVE_OBJECT,
    _INFINITIVE_AFTER,
    _LEAD_WORD,
    _NAMED_AS,
    _NAMING,
    _NOT_ONLY,
    _NOT_SPEECH,
    _NOUN_CUE,
    _PP_REST,
    _QUANTIFIER_BEFORE,
    _RAISING,
    _THINK,
    _WITH_ABSOLUTE,
)
from reader.core.claims.frame_passive import BY_SOURCE, wrapped
from reader.core.claims.frame_subject import _VERB_START, _after_cue, _subject
from reader.core.claims.stance import STANCE_PHRASES, STANCE_VERBS, stance_ok
from reader.core.claims.subjects import _BAD_IN_SUBJECT, _main_subject, _trim
from reader.core.text.alternation import by_first_char

_AUX_WORDS = ("has have had was were is are will would also then further later previously again earlier repeatedly publicly "
              "firmly not did does do both yesterday today once recently subsequently initially originally strongly sharply openly "
              "immediately separately privately formally officially bluntly angrily flatly swiftly quickly almost nearly").split() + [
    "had previously", "went on to", "go on to", "goes on to", "continued by", "continues by", "ended by"]
_BETWEEN_QUOTES = frozenset({"continued", "continues"})
"""Cues only between two parts of one quote: '“Overall,” he continued, “the presence …”' ("continued to rise" is no cue)."""
_QUOTE_BEFORE = re.compile(r"[”\"],?\s*(?:[\w.’'-]+\s+){0,4}$")
_QUOTE_AFTER = re.compile(r"(?:\s+[\w.’'-]+){0,4}?\s*[,:]\s*[“\"]")
_AUX = r"(?:(?:" + by_first_char(_AUX_WORDS) + r")\s+)*"
CUE_RE = re.compile(
    r"(?P<phrase>" + PHRASE_CUES.pattern + r"|(?P<stance>" + STANCE_PHRASES + r"))"
    r"|\b(?P<aux>" + _AUX + r")(?P<verb>" + by_first_char(
        sorted(CUE_VERBS | STUDY_CUES | VERB_CUES | STANCE_VERBS | _BETWEEN_QUOTES, key=len, reverse=True))
    + r")\b"
)
"""Auxiliaries and cue verbs branched by first character (see alternation.py): tried at every word boundary of a
cue sentence, a flat list of some 200 verbs was most of the extractor's time. The multi-word phrases go first, so
"offered a conservative estimate that" is the phrase, not the stance verb 'offered'."""
_BOUNDARY = re.compile(r"[,;:”\"—–(]\s*|\s(?:and|but|while|as|with|after|because|when|saying|adding)\s", re.I)
_DETERMINER = re.compile(r"(?:the|a|an|some|several|many|most|other|its|his|her|their|our|these|those|media|news|local|"
                         r"another|this|each|every|one|no|any|latest|new|recent|previous|earlier|separate|official|initial)$", re.I)
_PLURAL_SOURCE = re.compile(r"(?:officials|police|authorities|investigators|prosecutors|witnesses|sources|residents|experts|analysts|"
                            r"researchers|scientists|doctors|organizers|organisers|officers|rescuers|lawyers|diplomats)\b")
_PREP_GERUND = re.compile(
    r"\s(?:despite|amid|after|with|following|over)\s+(?P<s>(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s+$"
)
"""The subject of a gerund cue after a preposition: "despite Znak.com claiming …", "with officials saying …" is not
covered (a lower-case subject there is too often an object)."""
_INVERTED = re.compile(r"\s+((?:(?:the|a|an)\s+)?(?:[\w.’'-]+(?:–[\w.’'-]+)*\s*){1,8}?)(?=[,.;]|\s*$|\s+(?:on|in|at|to)\s)")
"""The source after an inverted cue ('“Q,” said X'); an en dash between words joins a compound name
("Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics")."""
_PREP_BEFORE = re.compile(r"\b(?:[Ii]n|on|at|of|for|with|from|by|during|amid|despite|without|follows|follow|followed|after)\s+$")


@dataclass(slots=True)
class Frame:
    cue: str
    cue_start: int
    cue_end: int
    subject: tuple[int, int] | None  # sentence-relative span of the source mention
    role: tuple[int, int] | None = None  # appositive span
    via: str | None = None
    contents: list[tuple[int, int]] = field(default_factory=list)
    region: tuple[int, int] = (0, 0)  # subject..cue..hearer: never content of another claim
    verb: str = ""
    passive_by: bool = False
    inherited: bool = False
    joined: bool = False  # contents are the fragments of one statement around the cue
    confirms: bool = False  # a cue with no content of its own that repeats the frame before ("…, they said Sunday")






_WORD = re.compile(r"[a-z]+")
_GATE = frozenset(CUE_VERBS | STUDY_CUES | VERB_CUES | STANCE_VERBS | _BETWEEN_QUOTES | {"expressed", "expresses",
                                                        "raised", "renewed", "commented", "referred", "introduced", "professed",
                                                        "refused", "refuses", "refuse", "declined", "declines",
                                                        "decline", "went", "called", "offered", "gave", "made", "argument",
                                                        "position", "view", "contention", "response", "defence",
                                                        "defense", "explanation", "conclusion", "assessment",
                                                        "issued", "provided", "read", "reads"})


def has_cue(lowered: str) -> bool:
    """Cheap gate: does a lower-cased text contain any cue word at all (the cue regex is costly)?"""
    return not _GATE.isdisjoint(_WORD.findall(lowered))


def has_cue_words(words: set[str]) -> bool:
    """The same gate on a paragraph's already scanned lower-case words."""
    return not _GATE.isdisjoint(words)


_GAP = re.compile(r",\s+(?:and\s+|while\s+|whereas\s+)?([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})\s+([a-z]+\s+[a-z]+)\b")


def _gapped(ms: str, f: Frame) -> list[Frame]:
    """'Tesco stated its intention to leave …, Salling its intention to strengthen …': a second subject with the
    cue left out (gapping) and content that opens with the same words starts a frame of its own."""
    if f.subject is None or f.inherited or f.passive_by or len(f.contents) != 1:
        return [f]
    a, b = f.contents[0]
    first = re.match(r"([a-z]+\s+[a-z]+)\b", ms[a:b])
    if not first:
        return [f]
    if ", " not in ms[a:b]:
        return [f]
    m = next((g for g in _GAP.finditer(ms, a + len(first.group(0)), b) if g.group(2) == first.group(1)), None)
    if not m or re.search(r"[“\"”]", ms[a:b]):
        return [f]
    g = Frame(f.cue, f.cue_start, f.cue_end, (m.start(1), m.end(1)), verb=f.verb, via=f.via)
    g.region, g.contents = (m.start(1), m.end(1)), [(m.end(1), b)]
    f.contents = [(a, m.start())]
    return [f, g]


def cue_hits(words: set[str]) -> frozenset[str]:
    """The cue words among a paragraph's lower-case words (what `find_frames` looks for in each sentence)."""
    return _GATE.intersection(words)


def find_frames(ms: str, hits: frozenset[str] | None = None) -> list[Frame]:
    """Attribution frames of one masked sentence, left to right, with content spans. `hits` (from `cue_hits` on the
    paragraph) spares the sentence its word scan: the cue regex starts a little before the first cue word found
    (room for auxiliaries, 'had previously also said'), as no match can start earlier."""
    frames: list[Frame] = []
    low = ms.lower()
    if hits is None:
        if not has_cue(low):
            return frames
        hits = _GATE.intersection(_WORD.findall(low))
    first = min((i for i in map(low.find, hits) if i >= 0), default=-1)
    if first < 0:
        return frames
    lo = 0
    for m in CUE_RE.finditer(ms, 0 if first <= 80 else ms.rfind(" ", 0, first - 80) + 1):
        if m.group("phrase"):
            cs, ce, verb = m.start("phrase"), m.end("phrase"), m.group("phrase").split()[0].lower()
        else:
            cs, ce, verb = m.start("verb"), m.end("verb"), m.group("verb")
        if frames and cs < frames[-1].region[1]:
            continue
        stance = m.group("stance") is not None or not m.group("phrase") and verb in STANCE_VERBS and verb not in CUE_VERBS
        if stance and (ms.endswith(("to ", "To "), 0, cs) or re.search(r"\bha(?:s|ve|d)\b", m.group("aux") or "")):
            continue  # "voted to support the bill", "has supported LGBT rights": an act voted on, a record, no position stated
        if verb in _BETWEEN_QUOTES and not (_QUOTE_BEFORE.search(ms, max(0, cs - 60), cs) and _QUOTE_AFTER.match(ms, ce)) \
                and not re.match(r"\s*[,:]\s*[“\"]", ms[ce:]):  # 'Limbaugh continued: “…”' leads a quote
            continue
        if verb.startswith("claim") and _RAISING.match(ms, ce):
            continue  # "the officers claimed to be seeking a bomb", "Giuliani, claiming to represent the State Department": not a report frame
        act = _NOT_SPEECH.get(verb[:6] if verb.startswith("declar") else verb[:5] if verb.startswith(("claim", "charg", "recog")) else verb[:4])
        if act is not None and act.match(ms, ce) or verb in CUE_VERBS and _DEMONSTRATIVE_OBJECT.match(ms, ce):
            continue  # "called for records", "declared a state of emergency", "the virus claimed 6606 lives": acts, not speech
        if not m.group("phrase") and not (m.group("aux") or "").strip() and not verb.endswith("ing") \
                and _PREP_BEFORE.search(ms, max(0, cs - 12), cs):
            continue  # "In remarks to AFP", "repeated failed attempts" after a verb: a noun or adjective, not a cue
        if not m.group("phrase") and not (m.group("aux") or "").strip() and verb in _BASE_FORMS \
                and re.search(r"\b(?:[Aa]n?)\s+(?:[\w.&-]+\s+){0,2}$", ms[max(lo, cs - 40) : cs]):
            continue  # "In a DW report in March": a singular noun phrase takes no base-form verb, so this is a noun
        if not m.group("phrase") and not (m.group("aux") or "").strip() and (verb in _BASE_FORMS or verb.endswith("s")) \
                and re.match(r"\s+(?:is|was|are|were|has|had|have)\b", ms[ce:]):
            continue  # "Kim's mental state is …", "the claims were": a noun before its verb
        if frames and not m.group("phrase") and verb in _THINK and frames[-1].contents \
                and re.fullmatch(r"\s*(?:that\s+)?(?:he|she|they|it|we|i|(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:also\s+|still\s+)?",
                                 ms[frames[-1].region[1] : cs]) and not re.search(r"[,;:]", ms[frames[-1].region[1] : cs]):
            continue  # "Ditto said she expects the campaign to …": the thought is part of what was said
        if frames and frames[-1].contents and frames[-1].contents[-1][0] <= cs and not m.group("phrase") \
                and re.search(r"\b(?:would|will|could|should|might|may|must|can|to)\s+(?:[a-z]+ly\s+)?$", ms[max(0, cs - 30) : cs]):
            continue  # "May said that the country would formally declare its intention …": a future act inside the report
        passive = re.search(r"\b(?:was|were|been|being|is|are|be)\s+$", ms[: m.start("verb") if m.group("verb") else cs]) is not None \
            and not (m.group("aux") or "").strip()
        aux_passive = re.search(r"\b(?:was|were|been|is|are)\s+(?:[a-z]+ly\s+)?$", m.group("aux") or "") is not None
        reduced = not (passive or aux_passive or m.group("phrase")) and verb.endswith("ed") and not (m.group("aux") or "").strip()
        if stance and (passive or aux_passive):
            continue  # "the plan was backed by …": no speaker of a position
        reduced = reduced and not stance
        if (passive or aux_passive or reduced) and not m.group("phrase"):
            by = BY_SOURCE.match(ms, ce)
            wrap = None
            if by:
                aux = None if reduced else re.search(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$", ms[lo:cs])
                wrap = wrapped(ms, lo, cs, by, lo + aux.start() if aux else None)
            if wrap and by:  # "X were reported by local media to have visited …", "The rate noted by the team was …"
                by_src = (by.start(1), by.start(1) + len(by.group(1).rstrip()))
                f = Frame(ms[cs:ce], cs, ce, by_src, verb=verb, passive_by=True, joined=True)
                f.region, f.contents = wrap
                frames.append(f)
                lo = wrap[0][1]
                continue
            if not reduced:
                late = _BY_AT_END.search(ms, ce) if not by and _INFINITIVE_AFTER.match(ms, ce) else None
                if late:  # "COVID-19 was previously announced to be a “pandemic” by the WHO": the source closes the sentence
                    f = Frame(ms[cs:ce], cs, ce, (late.start(1), late.start(1) + len(late.group(1).rstrip("."))), verb=verb, passive_by=True)
                    f.region, f.contents = (late.start(), len(ms)), [(lo, late.start())]
                    frames.append(f)
                    lo = len(ms)
                    continue
                if not by:
                    continue
                by_src = (by.start(1), by.start(1) + len(by.group(1).rstrip()))
                f = Frame(ms[cs:ce], cs, ce, by_src, verb=verb, passive_by=True)
                pos = by_src[1]
                of = re.match(r"\s+(?:of|that|about)\s+", ms[pos:])
                pos = pos + (of.end() if of else 0)
                # the hearer ("In a meeting that day he was told by X of ...") belongs to the frame, not to a claim
                hearer = re.search(r"(?:^|[,;]\s*|\b(?:and|but|while)\s+)(?:[^,;]{0,60}?\s)?(?:he|she|they|it|we|i|[A-Z][\w.’'-]*)\s+"
                                   r"(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:was|were|been|is|are)\s+(?:also\s+)?$", ms[lo:cs])
                f.region = (lo + hearer.start() if hearer else cs, pos)
                f.contents = [(pos, len(ms))] if of else []
                frames.append(f)
                lo = pos
                continue
        if verb in STUDY_CUES and not STUDY_SUBJECTS.search(ms[max(lo, cs - 60) : cs]) \
                and not (verb in ("found", "find", "finds") and re.match(r"\s+that\b", ms[ce:])
                         and re.search(r"\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ww]e)\s+$", ms[lo:cs])) \
                and not (frames and frames[-1].verb in STUDY_CUES and re.search(r"(?:,|\band)\s*$", ms[:cs])):
            continue  # "The court found that A, and found B": the second cue shares the first one's subject
        if verb.endswith("ing") and _CHANNEL_LEAD.fullmatch(ms, lo, cs):
            continue  # "In a statement announcing the pick, X called …": the participle describes the channel
        subj, role, rstart = _subject(ms, lo, m.start())
        prep = None
        if verb.endswith("ing") and not (m.group("aux") or "").strip():
            # "… despite Znak.com claiming an anonymous source described …": a gerund frame after a preposition
            prep = _PREP_GERUND.search(ms, lo, cs)
            if prep:
                subj, role, rstart = (prep.start("s"), prep.end("s")), None, prep.start()
        if m.group("phrase") and _NOUN_CUE.match(ms, cs):
            poss = re.search(r"((?:(?:the|a|an)\s+)?(?:[\w.&-]+\s+){0,4}?[\w.&-]+)[’']s?\s+$", ms[lo:cs])
            if not poss:
                continue
            subj, role, rstart = (lo + poss.start(1), lo + poss.end(1)), None, lo + poss.start(1)
        elif subj and not prep and (_DETERMINER.match(ms[subj[0]:subj[1]]) or re.search(r"[’']s?$|(?<![\w-])[a-z]+-[a-z]+$", ms[subj[0]:subj[1]])):
            continue  # "the president’s claims", "Trump’s early-morning tweets": a noun after a possessive or adjective
        if verb.endswith("s") and verb != "says" and not (m.group("aux") or "").strip() and _QUANTIFIER_BEFORE.search(ms, max(0, cs - 40), cs):
            continue  # "any tough questions that", "so many Republican claims": a quantified plural noun
        if subj and verb.endswith("s") and not (m.group("aux") or "").strip() and _COUNT_END.search(ms, subj[0], subj[1]):
            continue  # "The ten states with …": a plural count takes no '-s' verb, so the word is a noun
        if verb.endswith("s") and verb != "says" and re.match(r"\s+(?:about|of|over|from|for|on|by|remain|remained|persist|persisted|linger|lingered|"
                                                                  r"arose|emerged|mounted|grew)\b", ms[ce:]):
            continue  # "questions about", "claims of", "questions remain": a plural noun ("Some reports suggest": after a determiner, above)
        if subj is None and not frames and not m.group("phrase") and not (m.group("aux") or "").strip():
            main = _main_subject(ms, cs, verb)
            if main:
                subj, rstart = main
        if verb.endswith("ing") and subj is None and not re.search(r"(?:,|\bnot only|\bbut also)\s*$", ms[:cs]):
            continue
        inherited = inverted = False
        if subj is None:
            prev = frames[-1] if frames else None
            glue = ms[prev.region[1] if prev else 0 : cs] if prev else ""
            if prev and (re.search(r"(?:,|\band|\bbut|\bthen|\bnot only)\s*(?:also\s+)?$", ms[:cs]) or not glue.strip()):
                inherited = True
                rstart = cs
            elif re.search(r"[”\"],?\s*$", ms[:cs]) or re.search(r",\s*$", ms[:cs]):
                # inverted: '“Q,” said X' / 'C, said X'
                inv = _INVERTED.match(ms, ce)
                if verb.endswith("ing"):
                    continue  # ", observing the rescue mission": a participle phrase, not an inverted cue
                if not inv or not inv.group(1)[:1].isupper() and not inv.group(1).startswith(("the ", "a ", "an ", "former ", "acting ")) \
                        and not _PLURAL_SOURCE.match(inv.group(1)) or _BAD_IN_SUBJECT.search(inv.group(1)):
                    continue
                subj = (inv.start(1), inv.start(1) + len(inv.group(1).rstrip()))
                name = re.match(r",\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s*\.?\s*$", ms[subj[1]:])
                if name:  # "…, argued the government's lawyer, Richard Keen."
                    e = subj[1] + name.end(1)
                    e -= ms[e - 1] == "." and ms[e - 2].islower()
                    role, subj = subj, (subj[1] + name.start(1), e)
                else:
                    apposed = re.match(r",\s+((?:the|an?|[A-Z][\w.’'-]*)\s+[^,;:“”\"]{2,80}?)\s*\.?\s*$", ms[subj[1]:])
                    if apposed and not _BAD_IN_SUBJECT.search(apposed.group(1)) and not _VERB_START.match(apposed.group(1) + " "):
                        # '“Q,” said Tedros Adhanom Ghebreyesus, the Director-General of the WHO.': the role, no claim
                        role = (subj[1] + apposed.start(1), subj[1] + apposed.end(1))
                rstart = cs
                inverted = True
            else:
                continue
        if stance:
            held = subj or (frames[-1].subject if inherited else None)
            if inverted or not stance_ok(ms, verb, ce, ms[held[0] : held[1]] if held else "he"):
                continue  # an ordinary act ("backed down", "defended his title"), or no one to hold the position
        f = Frame(ms[cs:ce], cs, ce, subj, role, verb=verb, inherited=inherited)
        if verb in VERB_CUES or stance or m.group("phrase") and "rule out" in m.group("phrase"):
            content_start, via = cs, None
            f.region = (rstart, cs)
        else:
            after = max(subj[1], role[1] if role else 0) if subj and subj[0] > ce else ce
            content_start, via = _after_cue(ms, after, verb)
            f.region = (rstart, content_start)
        f.via = via
        f.contents = [(content_start, len(ms))]
        # content before the frame: "C, X said" / "“Q,” X told Y" (only when nothing, or a resumed quote, follows)
        if not inherited and rstart > lo and not frames:
            head = _trim(ms, lo, rstart)
            tail = ms[content_start:].strip(" .")
            resumed = re.match(r"[“\"]", tail) and re.search(r"[”\"],?\s*$", ms[lo:rstart])
            coordinated = re.match(r",?\s*(?:adding|saying|noting|and|but)\b", tail)
            quoted = re.search(r"[”\"],?\s*$", ms[lo:rstart]) and (re.match(r"[“\"]", ms[head[0]:]) or (
                re.search(r"[“\"]", ms[head[0]:rstart]) and verb not in VERB_CUES and not re.match(r"[A-Z][a-z]+ing\b", ms[head[0]:])))
            if inverted and tail and not resumed and len(ms[head[0]:head[1]].split()) >= 3:
                # 'C, reported officials, with 25 others injured.': the head is the content, and an absolute 'with' phrase
                # that closes the sentence goes on with the same report ("25 others injured")
                f.contents = [head]
                absolute = _WITH_ABSOLUTE.match(ms, content_start)
                if absolute:
                    f.contents.append((absolute.end(), len(ms)))
                if re.match(r"who\s", tail) and not CUE_RE.search(tail):
                    # '“Q”, said X, who was not one of either study's authors.': the source described, like a role
                    f.region = (f.region[0], len(ms))
            elif quoted and tail and not (resumed or coordinated or re.match(r"(?:that|to)\b", tail)):
                # '“Q,” X said at a briefing Monday.': the words after the cue are its circumstances, not content
                f.contents = [head]
                content_start = len(ms)
                f.region = (f.region[0], len(ms))
            elif (not tail or resumed or coordinated) and (len(ms[head[0]:head[1]].split()) >= 3 or quoted) \
                    and re.search(r"[,”\"]\s*$", ms[lo:rstart]):
                f.contents.insert(0, head)
            elif re.match(r"[—–]\s", tail) and len(ms[head[0]:head[1]].split()) >= 3 and re.search(r",\s*$", ms[lo:rstart]) \
                    and not _LEAD_WORD.match(ms, head[0]):
                # 'C, they said Sunday — murder carrying …': after the dash the article glosses C in its own voice
                f.contents = [head]
        elif frames and not inherited and re.match(r"\s*[—–]\s", ms[content_start:]) and re.search(r",\s*$", ms[:rstart]):
            f.contents, f.confirms = [], True  # 'X charged the suspect with murder, they said Sunday — murder …': the cue confirms the frame before
        frames.append(f)
        lo = f.region[1]
    frames = [g for f in frames for g in _gapped(ms, f)]
    # close contents at the next frame's region
    for i, f in enumerate(frames):
        nxt = frames[i + 1].region[0] if i + 1 < len(frames) else len(ms)
        out = []
        for a, b in f.contents:
            b = min(b, nxt) if a <= nxt else b
            named = _NAMED_AS.search(ms, a, b) if f.verb.startswith(_NAMING) else None
            if named:  # 'called it “unexpected”', 'what WalesOnline called “fury” from …': the quoted name is the content
                rest = _PP_REST.match(ms, named.end(), b)
                if rest:  # "… “fury” from local tourism chiefs": the phrase finishes the article's clause, no statement
                    f.region = (f.region[0], max(f.region[1], rest.end()))
                b = named.end()
                if f.verb.startswith(("referred", "introduced", "profess")):
                    a = named.start()  # "referred to hecklers as “ugly folks.”": the name given is the claim, a quote
            paired = _NOT_ONLY.search(ms, a, b)
            if paired and b == nxt:  # "criticized the move, this time not only implying …": the pairing is the frame's
                b = paired.start()
                frames[i + 1].region = (paired.start(), frames[i + 1].region[1])
            a2, b2 = _trim(ms, a, b)
            if b2 - a2 > 1:
                out.append((a2, b2))
        f.contents = out
    return frames
