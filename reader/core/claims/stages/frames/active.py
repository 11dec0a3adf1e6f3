"""Active frames: a source before the cue ("X said C"), none (a coordinated cue: "…, adding that C"), or after it
(an inverted cue: '“Q,” said X'); then where the content starts and whether content stands before the frame."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.cue_tail import RELATED_TO, TELL
from reader.core.claims.lexicon.cues import ASSERTING_STANCE, FINITE_SPEECH, STANCE_PROGRESSIVE, THAT_CLAUSE, VERB_CUES
from reader.core.claims.lexicon.determiners import DESCRIBING_OPENERS
from reader.core.claims.lexicon.np_words import ED_NOUNS
from reader.core.claims.lexicon.titles import IN_NOT_TITLE, PLURAL_SOURCES, ROLE_HEADS
from reader.core.claims.lexicon.verbs import MODALS
from reader.core.claims.rules import Rule, load_rules, rule
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.appositive import AGE, VERB_START
from reader.core.claims.stages.frames.before import head_content
from reader.core.claims.stages.frames.clause_subject import BAD_IN_SUBJECT, BRACKET_ASIDE, main_subject
from reader.core.claims.stages.frames.hearer import after_cue
from reader.core.claims.stages.frames.lead_clause import but_clause_end, lead_clause_end
from reader.core.claims.stages.frames.model import CueHit, Frame, Source
from reader.core.claims.stages.frames.name_role import name_before_role
from reader.core.claims.stages.frames.stance import can_hold, stance_ok
from reader.core.claims.stages.frames.subject import PARENTHETICAL_END, find_subject
from reader.core.claims.stages.frames.vetoes import NOUN_VETOES, PARTICIPLE_PHASE, POSSESSED_PHASE, vetoed

_PREP_GERUND = re.compile(
    r"\s(?:despite|amid|after|with|following|over)\s+(?P<s>(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s+$"
)
"""The subject of a gerund cue after a preposition: "despite Znak.com claiming …", "with officials saying …" is not
covered (a lower-case subject there is too often an object)."""
_NOUN_CUE = re.compile(r"(?:counter-)?(?:argument|position|view|contention|response|defen[cs]e|explanation|conclusion|assessment)\b")
_POSSESSOR = re.compile(r"((?:(?:the|a|an)\s+)?(?:[\w.&-]+\s+){0,4}?[\w.&-]+)[’']s?\s+$")
_COORDINATED = re.compile(r"(?:,|\band|\b(?P<or>or)|\bbut|\bthen|\bnot only)\s*(?:also\s+|(?!(?:possibly|probably|perhaps)\s)[a-z]{3,}ly\s+)?$")
"""A second cue joined to the first ('said and wrote that C', 'agreed or strongly agreed that C'); after 'or' only a finite
form ('or implied', not 'or add a comment'), and no hedging adverb ('and possibly find')."""
_AFTER_QUOTE_OR_COMMA = re.compile(r"[”\"],?\s*$|,\s*$")
_INVERTED = re.compile(r"\s+((?:(?:the|a|an)\s+)?[\w.’'-]+(?:–[\w.’'-]+)*(?:\s+[\w.’'-]+(?:–[\w.’'-]+)*){0,15}?)"
                       r"(?=\s*[,;]|\s*\.(?![\w.’'-]*\s+[\w“\"])|\s*$"
                       r"|\s+(?:on|" + IN_NOT_TITLE + r"|at|to|who|whose|when|after|before|while|during)\s|\s+" + BRACKET_ASIDE + ")")
"""The source after an inverted cue ('“Q,” said X'); a full stop inside the sentence is an abbreviation's or an initial's
('said U.S. Attorney Trent Shores', 'said Assistant Attorney General John C. Demers'), 'in Charge' a title's ('said Special
Agent in Charge Richard Quinn'); an en dash between words joins a compound name
("Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics"). It stops before 'on|in|at|to' ('said Smith on
Monday', 'said a close adviser to the two mayors'): the space before a word belongs to that word, so the lazy
repetition stops there (it ran on to the sentence's end while each word kept its trailing space). It stops before a relative
clause too ('said a longtime GOP data expert who has worked for …': the expert). A title may be long ('said Acting
Special Agent in Charge Jane Doe of U.S. Immigration and Customs Enforcement's Homeland Security Investigations (HSI)'):
up to sixteen words."""
_ASIDE = re.compile(r"\s*" + BRACKET_ASIDE)
"""A bracketed aside after an inverted cue's source: a party and state ('said Rep. Bobby Scott (D-Va.)'), an age."""
_AGE_ASIDE = re.compile(r",\s*" + AGE.pattern + r"(?=\s*,\s*\S)")
"""An age set off by commas before the role ('said Kim Lee, 52, a shop owner in Busan'): part of the source, no role."""
_SOURCE_OPENERS = tuple(w + " " for w in DESCRIBING_OPENERS)
"""Lower-case openers of a source after an inverted cue: '“Q,” said another analyst', 'said one Democrat familiar with …'."""
_RELATED_TAIL = re.compile(r"\s+to\s+((?:(?:the|a|an|his|her|their|its|both)\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,5}?)(?=[,.;]|\s*$|\s+(?:on|in|at)\s)")
"""'said a close adviser to the two mayors', 'said a source close to the campaign': a relation's 'to' (lexicon/cue_tail.
RELATED_TO) stays in the source; any other 'to' after the source starts its hearer ('said Smith to reporters')."""
_TO_HEARER = re.compile(r"\s+to\s+(?:(?:the|a|an|his|her|their)\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?(?=[,.;?!]|\s*$)")
"""'“What now?” said the Guernsey-man to Stubb.': after an inverted cue's source, 'to' and a short noun phrase to the
sentence's end is the hearer, no content."""
_HEADS = alternation(sorted(ROLE_HEADS | {"lead", "scientist", "chairman"}, key=lambda w: (-len(w), w)))
_LOWER_ROLE = re.compile(r",\s+((?:[A-Z][A-Z0-9-]+\s+)?(?:(?!(?!commanding|managing|presiding|ranking|founding|supervising)[a-z]+(?:ing|ed)\b"
                         r"|(?:his|her|their|its|my|our|your)\b)[a-z][\w-]*\s+){0,3}?(?:" + _HEADS
                         + r")\b[^“”\"]{0,160}?)\s*\.?\s*$")
"""'“Q,” said Jay Brandon, chief engineer for the Low Boom Flight Demonstrator project.': a role with no article (a release's
house style) whose head is a role's in its first words, to the sentence's end (commas inside: 'director, Earth Science
Division, …'), an acronym of the project may open it ('PACE project scientist at NASA’s Goddard …, Maryland'); a
participle or a possessive before the head is a verb phrase ('sticking his head from behind …')."""
_ROLE_BEFORE_NAME = re.compile(r"(?P<role>(?:[a-z][\w-]*\s+){1,4}?)(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?"
                               r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})(?=[,.;]|\s*$|\s+(?:of|at|from|in|on)\s)")
"""'“Q,” said lead author Zachary McGraw, a researcher at …': a role in lower case, then the person's name."""
_AFFILIATION = re.compile(r"\s+((?:of|at|from)\s+(?:the\s+)?[A-Z][^,;:“”\"]{1,80}?)(?=\s*\.?\s*$|,)")
"""Where the person named after a role is from, to the sentence's end or a comma ('… said lead author Jane Doe of the University
of Oslo.'): part of the source's mention, as when no role comes first."""
_OWNERS = ("its ", "his ", "her ", "their ")
"""'“Q,” said its leader, Ann Lee.': a role owned by a name before, the person's name apposed to it."""
_PLURAL_SOURCE = re.compile("(?:" + alternation(PLURAL_SOURCES) + r")\b")
_ROLE_THEN_NAME = re.compile(r",\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})(?:,\s+(?:Ph\.\s?D|M\.\s?D|Jr|Sr)\.)?"
                             r"(?:\s*\.?\s*$|\s*,\s+(?:of|from|at|in|with|who|whose)\s)")
"""The name apposed to the role an inverted cue names ("…, argued the government's lawyer, Richard Keen."), ending the
sentence or followed by where they work or what they did ('said the study’s senior author, Cuilin Zhang, Ph.D., of the
Epidemiology Branch …', '… the agency's director, Jane Doe, in a statement')."""
_APPOSED_ROLE = re.compile(r",\s+((?:the|an?|[A-Z][\w.’'-]*|\d+(?:st|nd|rd|th))\s+[^,;:“”\"]{2,140}?)"
                           r"(?:(?:,\s+(?:in|on|at|during|after|before|last|this|earlier)\s[^,;:“”\"]{1,60}?)?\s*\.?\s*$"
                           r"|(?=,\s+who\s+(?:[a-z]+\s+){0,2}?(?:" + alternation(FINITE_SPEECH | {"notes", "noted", "believes", "thinks"}) + r")\b))")
"""A role apposed to the source, ending the sentence or followed by when or how they said it ('said Jane Doe, the agency's
director, in a statement') or by a relative clause that reports ('said Jane Doe, an analyst at Acme, who notes that C')."""
_WHO_TAIL = re.compile(r"\s(?:who|whose)\s")
"""A relative clause closing an apposed role: it says more of the person, its verbs are none of the role's."""
_SAYS = re.compile(r"\b(?:said|says|say|told|tells|notes|noted|added|adds|argued|argues|accused|accuses|claimed|claims|warned|warns|"
                   r"believes|believed|wrote|writes|thinks|thought|insisted|insists)\b")
"""A cue in that relative clause: it reports, so the role is read whole, as before."""


def _role_head(role: str) -> str:
    """The part of an apposed role whose words must all be the role's: before a relative clause that says more of the
    person ('a professor at X who was not involved in the study'), unless that clause holds a cue of its own."""
    parts = _WHO_TAIL.split(role, maxsplit=1)
    return parts[0] if len(parts) == 2 and not _SAYS.search(parts[1]) else role


_HOMETOWN = re.compile(r",\s+((?:of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:,\s+(?:[A-Z][a-z]{1,3}\.|[A-Z][\w]*))?)\s*\.?\s*$")
"""'“Q,” said Adams, of Middleton, Tenn.': where the speaker is from, set off after the name (no claim)."""
_PREP_OBJECT = re.compile(r"(?:for|against|of|with|about|to\s+(?:the|an?|his|her|their|its)(?![^,;:.]{0,60}\bthat\b))\s")
"""A cue whose object is a prepositional phrase ('called for an end to …', 'argued against UBI', 'warned of a civil
war', 'agreed with the plan'): no reported clause follows, the statement is the verb phrase ('to the Ukrainians that C'
is a hearer)."""
_NAMED_OBJECT = re.compile(r"(?:the|an?|his|her|their|its|[a-z]+)\b[^,;:.“”\"]{0,60}?\s+as\s+(?!(?:many|much|well|soon|long|far|"
                           r"early|late|recently|often|few|high|low|little)\b|if\b|though\b)")
"""'described the military as …', 'emphasized big tech censorship as a problem': an object named as something."""
_NAMING_VERBS = ("describ", "emphasi", "stress", "characteri", "portray", "identif")
_CLAUSE_AFTER_CUE = re.compile(r"(?:the|an?|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?<!ly)\s+(?P<v>[a-z]{3,}ed|brought|made|took|gave|"
                               r"came|went|got|found|left|saw|became|began|kept|held|ran|won|lost|felt|thought|grew|fell|rose)\s+(?!(?:by|in|at|on|for|from|to|with)\b)")
"""'…, who saw the parade from his porch, said the music brought back memories': a clause after the cue (its subject and a past
verb), no inverted source."""
_BE_AUX = re.compile(r"\b(?:is|are|was|were)\b")
_REPORTING_VERBS = frozenset(("reported", "reports", "revealed", "reveals", "disclosed", "discloses"))
_NOUNISH = r"(?!(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)\b)[\w’'-]+"
_REPORTED_THING = re.compile(r"(?:the|an?|his|her|their|its|this|that)\s+(?:" + _NOUNISH + r"\s+){0,3}?" + _NOUNISH
                             + r"(?:\s+(?:on|in|last|this|earlier|late)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s*[.!]?\s*")
"""A short noun phrase, perhaps with when, ending the sentence after a reporting verb: its object, not a reported clause."""
_FINITE = re.compile(r"\b(?:is|are|was|were|being|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b")

load_rules("active", Rule)  # the shapes are named by id below; the vetoes are records
INVERTED_PARTICIPLE = rule("veto.inverted-participle")
INVERTED_NO_SOURCE = rule("veto.inverted-no-source")
NO_SUBJECT = rule("veto.no-subject")
NO_POSITION = rule("veto.stance-no-position")
STANCE_IN_RELATIVE = rule("veto.stance-in-relative")
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]{2,}ing\s+(?!(?:" + alternation(PLURAL_SOURCES) + r")\b)[a-z]")
"""A sentence that opens with a participle and its object ('Carrying banners naming the mayor “a loser,” the farmers
marched …'): those words are no subject; a place in -ing before a plural of people ('Reading officials said') is."""
_AND_CUE = re.compile(r"[^,;]*?\band\s+(?:later\s+|also\s+)?(?:said|says|told|added|argued|warned|stressed|insisted)\b")
"""A speech cue joined to the stance in the 'who' clause ('Sanders, who endorsed Canova … and said he would …'): the
clause reports, and the stance frame is the subject the cue after 'and' shares."""


def _clause_after_cue(stretch: str) -> bool:
    m = _CLAUSE_AFTER_CUE.match(stretch)
    return m is not None and m.group("v") not in ED_NOUNS  # 'said the two injured men': an adjective, not a verb


def _closing_stop(ms: str, a: int, b: int) -> int:
    """1 when the name ms[a:b] ends in the sentence's full stop ('said union leader Ann Lee.'), not an initial's or 'Jr.'."""
    return int(ms[b - 1] == "." and not ms[b:].strip() and re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", ms[a:b]) is None)


_NAME_ABBREVIATIONS = frozenset("Jr Sr Inc Ltd Corp Co Bros".split())
"""Abbreviations that end a name with their own full stop ('said C. Stewart Verdery Jr.')."""


_NEVER_INVERTED = ("show", "demonstrat", "establish", "discover", "uncover")
"""Verbs of a finding that never stand before their source: the noun phrase after one is what was found."""


def _inverted(h: CueHit) -> Source | Rule:
    """The source after an inverted cue, with a role apposed to it; or the veto that drops the match."""
    ms = h.ms
    if h.verb.endswith("ing"):
        return INVERTED_PARTICIPLE  # ", observing the rescue mission": a participle phrase, not an inverted cue
    if h.verb in TELL or h.verb.startswith(_NEVER_INVERTED):
        return INVERTED_NO_SOURCE  # '“Q,” …, told Mongabay by phone': the name after 'told' is the hearer, never the source; so is
        # what a finding shows ('An analysis of the mills since 2015, shows small farms ahead': the farms are what it shows)
    inv = _INVERTED.match(ms, h.ce)
    role = _ROLE_BEFORE_NAME.match(ms, inv.start(1)) if inv and inv.group(1)[:1].islower() else None
    if role and role.group("role").split()[-1] in ROLE_HEADS and not BAD_IN_SUBJECT.search(role.group(0)):
        # '“…,” said lead author Zachary McGraw, a researcher at NASA GISS': the person, the role before the name
        named = (role.start("name"), role.end("name") - _closing_stop(ms, role.start("name"), role.end("name")))
        affiliation = _AFFILIATION.match(ms, named[1])  # 'said study co-author Professor John Smith of Harvard University.'
        named = (named[0], affiliation.end(1)) if affiliation and not BAD_IN_SUBJECT.search(affiliation.group(1)) else named
        apposed = _APPOSED_ROLE.match(ms[named[1]:])  # a role after the name too: the frame runs to its end
        title = (named[1] + apposed.start(1), named[1] + apposed.end(1)) if apposed and not BAD_IN_SUBJECT.search(apposed.group(1)) \
            else (role.start("role"), role.end("role") - 1)
        return Source(named, title, h.cs, "subject.inverted-role-before-name")
    owned = inv is not None and inv.group(1).startswith(_OWNERS) and _ROLE_THEN_NAME.match(ms, inv.start(1) + len(inv.group(1).rstrip()))
    if not inv or not inv.group(1)[:1].isupper() and not inv.group(1).startswith(_SOURCE_OPENERS) and not owned \
            and not _PLURAL_SOURCE.match(inv.group(1)) or BAD_IN_SUBJECT.search(inv.group(1)) or _clause_after_cue(inv.group(1)):
        return INVERTED_NO_SOURCE
    subj = (inv.start(1), inv.start(1) + len(inv.group(1).rstrip()))
    related = _RELATED_TAIL.match(ms, subj[1]) if inv.group(1).split()[-1].lower() in RELATED_TO else None
    if related and not BAD_IN_SUBJECT.search(related.group(1)):
        subj = (subj[0], related.end(1))  # 'said a close adviser to Tom Baker'
    if ms[subj[1] - 1] == "." and ms[subj[1] - 2].islower() and ms[subj[0] : subj[1] - 1].split()[-1] not in _NAME_ABBREVIATIONS:
        subj = (subj[0], subj[1] - 1)  # '“Q,” said Tom Baker.': the sentence's full stop is no part of the name ('U.S.' keeps its own)
    name = _ROLE_THEN_NAME.match(ms[subj[1]:])
    if name:  # "…, argued the government's lawyer, Richard Keen."
        e = subj[1] + name.end(1)
        e -= ms[e - 1] == "." and ms[e - 2].islower()
        return Source((subj[1] + name.start(1), e), subj, h.cs, "subject.inverted-role-then-name")
    aside = _ASIDE.match(ms, subj[1]) or _AGE_ASIDE.match(ms, subj[1])
    at = aside.end() if aside else subj[1]  # 'said Rep. Jim Clyburn (D-S.C.), the assistant leader of …': the role after the aside
    apposed = _APPOSED_ROLE.match(ms[at:]) or _LOWER_ROLE.match(ms[at:]) or _HOMETOWN.match(ms[at:])
    if apposed and not BAD_IN_SUBJECT.search(_role_head(apposed.group(1))) and not VERB_START.match(apposed.group(1) + " "):
        # '“Q,” said Tedros Adhanom Ghebreyesus, the Director-General of the WHO.': the role, no claim
        return Source(subj, (at + apposed.start(1), at + apposed.end(1)), h.cs, "subject.inverted-apposed-role")
    return Source(subj, None, h.cs, None)


_DEGREE_END = re.compile(r"\s(?:most|more|least|less|very)(?:\s+[a-z]+(?:ing|ed|ful|ive|ous|ant|ent))?$")
"""A word of degree, alone or before an adjective, ends no subject: the cue word after it is an adjective or a noun ('The
most revealing claim she made is …')."""


_MODAL_END = re.compile(r"\s(?:" + alternation(MODALS) + r")(?:\s+not)?$")
"""A modal before the cue ('Baker cannot say that C', 'doctors should not write …'): the verb says what may or must be
said, not what was; no subject, so no frame."""


def _not_a_subject(ms: str, a: int, b: int) -> bool:
    """Words before the cue that are no subject: a participle with its object opening the sentence, a stretch that ends
    in a word of degree, or one that ends in a modal."""
    return _PARTICIPLE_LEAD.match(ms, a, b) is not None and not ms[:a].strip(" “\"") or _DEGREE_END.search(ms, a, b) is not None \
        or _MODAL_END.search(ms, a, b) is not None


def _before(h: CueHit) -> Source | None:
    """The source before the cue, after the vetoes on the cue word's grammar; None when one drops the match."""
    ms, cs = h.ms, h.cs
    # 'Andrzej BUŁA (EPP, PL), co-rapporteur for … said': the name, its role apposed with no comma before the cue
    src = name_before_role(ms, h.lo, h.m.start()) or find_subject(ms, h.lo, h.m.start())
    prep = _PREP_GERUND.search(ms, h.lo, cs) if h.verb.endswith("ing") and not h.aux.strip() else None
    if prep:  # "… despite Znak.com claiming an anonymous source described …": a gerund frame after a preposition
        src = Source((prep.start("s"), prep.end("s")), None, prep.start(), "subject.gerund-after-preposition")
    if h.phrase and _NOUN_CUE.match(ms, cs):
        poss = _POSSESSOR.search(ms[h.lo : cs])
        if not poss:
            return None  # no one holds the argument
        src = Source((h.lo + poss.start(1), h.lo + poss.end(1)), None, h.lo + poss.start(1), "subject.possessor")
    elif not prep and vetoed(POSSESSED_PHASE, h, src.subject):
        return None
    if vetoed(NOUN_VETOES, h, src.subject):
        return None
    if src.subject is not None and _not_a_subject(ms, *src.subject):
        fire(NO_SUBJECT.id)
        return None
    if src.subject is None and not h.frames and h.bare:
        main = main_subject(ms, cs, h.verb)
        if main:
            src = Source(main[0], None, main[1], "subject.main-clause")
    if vetoed(PARTICIPLE_PHASE, h, src.subject):
        return None
    return src


_ANTECEDENT = re.compile(r"\s*(?P<np>[A-Z][^,;:“”\"()]{1,60}?)\s*,\s*")
"""The noun phrase that opens the sentence before a relative clause's comma: 'Smith', 'The suspect'."""


def _antecedent(h: CueHit, prev: Frame) -> tuple[int, int] | None:
    """The noun phrase before a relative clause with its own cue ('Smith, who officials said was in Paris,') when the
    sentence's main cue follows that clause's comma: the main cue's subject."""
    if not h.ms[prev.region[1] : h.cs].rstrip().endswith(","):
        return None  # the main cue right after the relative clause's closing comma
    m = _ANTECEDENT.fullmatch(h.ms, 0, prev.region[0])
    if m is None or len(m.group("np").split()) > 6 or VERB_START.match(m.group("np").split()[-1] + " "):
        return None
    return m.span("np")


def find_source(h: CueHit) -> tuple[Source, str] | None:
    """(source, shape rule) of an active cue, or None when a veto drops it."""
    src = _before(h)
    if src is None:
        return None
    if src.subject is not None:
        return src, "frame.subject-cue"
    prev = h.prev
    ante = _antecedent(h, prev) if prev is not None and "frame.relative-cue" in prev.rules else None
    if ante is not None:  # 'Smith, who officials said was in Paris, said C': Smith said C, not the officials
        return Source(ante, None, ante[0], "subject.noun-phrase"), "frame.subject-cue"
    coordinated = _COORDINATED.search(h.ms, 0, h.cs) if prev else None
    if coordinated and coordinated.group("or") and not h.verb.endswith(("ed", "s")):
        coordinated = None
    if prev and (coordinated or not h.ms[prev.region[1] : h.cs].strip()):
        return Source(None, None, h.cs, None), "frame.coordinated"
    if _AFTER_QUOTE_OR_COMMA.search(h.ms, 0, h.cs) and not PARENTHETICAL_END.search(h.ms, 0, h.cs):
        inv = _inverted(h)
        if isinstance(inv, Rule):
            fire(inv.id)
            return None
        return inv, "frame.inverted"
    fire(NO_SUBJECT.id)
    return None


def _object_not_clause(h: CueHit, start: int, opens: bool) -> bool:
    """Whether what follows the cue is its object, not a reported clause: a prepositional phrase, a noun phrase
    named 'as' something with no verb of its own, or what was reported when the subject opens the sentence (`opens`)."""
    if _PREP_OBJECT.match(h.ms, start) or h.verb.startswith("comment") and h.ms.startswith("on ", start):
        return True  # 'He also commented on the agreement' reads as the phrase cue 'commented on' does
    if opens and h.verb in _REPORTING_VERBS and _REPORTED_THING.fullmatch(h.ms, start):
        return True  # 'The New York Times first reported the plan on Monday': what was reported, no clause
    named = _NAMED_OBJECT.match(h.ms, start) if h.verb.startswith(_NAMING_VERBS) else None
    return named is not None and not _FINITE.search(named.group(0))


def active_frame(h: CueHit) -> Frame | None:
    """The frame of an active cue, its content starting after the cue (or at it), or None when a rule drops it."""
    found = find_source(h)
    if found is None:
        return None
    src, shape = found
    inherited, inverted = shape == "frame.coordinated", shape == "frame.inverted"
    if h.verb.endswith("ing") and src.subject and _BE_AUX.search(h.aux) and not can_hold(h.ms[src.subject[0] : src.subject[1]]):
        fire(NO_POSITION.id)  # 'My final plea is telling voters that …': a progressive report needs a speaker
        return None
    if h.stance and src.rule == "subject.who" and not _AND_CUE.match(h.ms, h.ce):
        fire(STANCE_IN_RELATIVE.id)  # 'Kevin Easley, who championed a law …, spoke': who the person is, the article's own
        return None
    if h.stance:
        held = src.subject or (h.frames[-1].subject if inherited else None)
        if h.verb in STANCE_PROGRESSIVE and (not _BE_AUX.search(h.aux) or h.frames):
            fire(NO_POSITION.id)  # 'a super PAC backing Bush': a participle; 'said that X was supporting him': the report's
            return None
        if inverted or not stance_ok(h.ms, h.verb, h.ce, h.ms[held[0] : held[1]] if held else "he"):
            fire(NO_POSITION.id)
            return None
    rules = (*h.rules, shape) + ((src.rule,) if src.rule else ())
    that = THAT_CLAUSE.match(h.ms, h.ce) if h.verb in ASSERTING_STANCE else None
    if that is not None:  # 'The minister underscored that C': the clause is what the speaker asserts, the verb no part of it
        start, via, rules = that.end(), None, (*rules, "content.stance-that")
    elif h.verb in VERB_CUES or h.stance or h.phrase and "rule out" in h.phrase:
        if not h.ms[h.ce :].strip(" .!?;,”\"’"):
            return None  # 'The union claims C, a claim the company denies.': a verb with nothing after it states nothing
        start, via, rules = h.cs, None, (*rules, "content.at-verb")
    else:
        subj, role = src.subject, src.role
        after = max(subj[1], role[1] if role else 0) if subj and subj[0] > h.ce else h.ce
        aside = _ASIDE.match(h.ms, after) if inverted else None
        after = aside.end() if aside else after  # '“Q,” said Rep. Bobby Scott (D-Va.) at the time': not content
        hearer = _TO_HEARER.match(h.ms, after) if inverted else None
        after = hearer.end() if hearer else after
        start, via = after_cue(h.ms, after, h.verb)
        if via is None and src.via is not None:
            via = h.ms[src.via[0] : src.via[1]]  # 'Dawn.com quotes X saying': Dawn.com passed it on
        if via is not None:
            rules = (*rules, "content.via")
        opens = subj is not None and subj[0] < h.cs and not h.ms[: subj[0]].strip(" “\"")
        if not h.ms[after:start].strip() and _object_not_clause(h, start, opens):
            start, rules = h.cs, (*rules, "content.object-at-verb")
    end = lead_clause_end(h.ms, src.subject[0], start) if src.subject and not h.frames else None
    if end is not None:
        rules = (*rules, "content.lead-clause")
    elif (end := but_clause_end(h.ms, start)) is not None:
        rules = (*rules, "content.but-clause")
    frame = Frame(h.ms[h.cs : h.ce], h.cs, h.ce, src.subject, src.role, via=via, contents=((start, end or len(h.ms)),),
                  region=(src.start, start), verb=h.verb, inherited=inherited, rules=rules)
    return head_content(h, frame, start, src.start)
