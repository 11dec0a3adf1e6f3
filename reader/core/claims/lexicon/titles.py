"""Titles, roles and the words of organisations: what tells a person's name from their office ("Health Minister
Veronika Skvortsova"), an organisation from a person ("the Interior Ministry"), and which office a later "the
foreign minister" means."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation

TITLES = frozenset(
    """president minister governor director professor prof senator sen rep representative dr mr mrs ms
    speaker chairman chairwoman chair secretary spokesman spokeswoman spokesperson chief general mayor deputy
    vice premier chancellor leader whip commissioner ambassador attorney judge justice sheriff officer
    inspector superintendent captain lieutenant colonel sergeant commander admiral major king queen prince
    princess pope bishop archbishop cardinal rabbi imam ceo chief executive founder head councillor councilman
    councilwoman lawmaker congressman congresswoman assemblyman mp mep dean coach manager analyst economist
    lawyer attorney-general surgeon detective constable spokesperson coroner gov lt gen col capt sgt supt det insp cllr
    cmdr democrat republican prosecutor maj brig adm spc pfc cpl pvt administrator envoy treasurer
    comptroller ombudsman undersecretary magistrate marshal auditor provost rector registrar agent charge rt hon lead""".split()
)
"""Words of a title or role: they are never part of a person's name."""


def is_title(low: str) -> bool:
    """A title word, or a title joined by hyphens ('secretary-general', 'director-in-charge', 'commander-in-chief')."""
    return low in TITLES or "-" in low and all(p in TITLES or p in ("in", "of") for p in low.split("-")) and low.count("-") <= 3
ROLE_HEADS = TITLES | frozenset("""author co-author coauthor researcher scientist investigator engineer astronomer geologist
    physicist biologist chemist epidemiologist virologist ecologist physician doctor nurse official expert adviser advisor
    campaigner activist owner student teacher member volunteer worker fellow curator historian blogger journalist reporter
    columnist editor writer commentator analyst rival opponent challenger nominee candidate contender ally critic supporter
    user netizen commenter tweeter reader rapporteur co-rapporteur""".split())
"""The head of a lower-case role before a name after an inverted cue ('said lead author Zachary McGraw')."""
_PERSON_HONORIFICS = ("Dr", "Mr", "Mrs", "Ms", "Prof")
HONORIFIC = r"(?:(?:" + alternation(_PERSON_HONORIFICS) + r")\.?\s+)?"
"""An honorific a person's name may open with ("Dr. Anthony Fauci"), as the optional regex piece the name patterns share."""
ORG_WORDS = frozenset(
    """committee ministry service services government department organization organisation institute university
    party council court house senate agency office bureau police army forces commission news times post
    company corporation group association union bank fund board federation league agency ministry
    authority authorities administration center centre foundation school college hospital network channel
    press media reuters tass cnn bbc council parliament congress assembly embassy fbi cia who un nato alliance trust society
    coalition partnership forum
    universidad universidade université università banco banque ministerio ministère ministério ministero instituto institut
    istituto partido parti partito frente front movimiento mouvement asociación associação comisión commission consejo
    conseil conselho gobierno governo gouvernement tribunal corte cour fundación fondation fundação""".split()
)
"""Words that make a name an organisation's (with the Spanish, French, Portuguese and Italian ones blog-citing news
writes: 'Universidad de Chile', 'Banco de España')."""
SUBORDINATE = frozenset("vice deputy former acting assistant associate ex-".split())
"""A title after one of these is another office ("the deputy minister" is not "the minister")."""
PORTFOLIOS = frozenset("""state defense defence health justice education energy labor labour commerce agriculture
    transportation transport interior treasury finance foreign home affairs security homeland veterans housing trade
    culture environment war intelligence industry science technology innovation tourism infrastructure communications
    employment resources immigration citizenship climate fisheries sport arts cyber the""".split())
"""The complement of a title ("Secretary of State"): the name follows it."""
POSTNOMINALS = ("MP", "MSP", "MS", "AM", "MLA", "MEP", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "PC", "FRS")
"""Letters after a British or Commonwealth name: an office or an honour ('Conor McGinn MP', 'Suella Braverman QC MP')."""
DEGREES = ("M.D.", "Ph.D.", "M.P.H.", "D.O.", "R.N.", "J.D.", "D.V.M.", "D.D.S.", "M.B.A.", "M.S.", "M.A.", "Sc.D.", "Dr.P.H.",
           "MD", "PhD", "MPH", "DPhil", "FRCP", "FRCS")
"""Degrees set off by commas after a name ('Ann Lee, M.D., director of …'): letters of the person, no part of the
name and no role."""
HONORIFICS = ("the", "rt", "hon", "right", "honourable")
"""Words of the British honorific before a name ('the Rt Hon Suella Braverman'), in lower case."""
IN_NOT_TITLE = r"in(?!\s+Charge\b)"
"""'in' as a preposition, a pattern piece: not the 'in' of the title 'Special Agent in Charge'."""
TITLE_SYNONYMS = {"secretary": "minister", "spokeswoman": "spokesman", "spokesperson": "spokesman",
                   "chairwoman": "chairman", "chair": "chairman", "chief": "head"}
"""Titles news uses for the same office: "Mexico's Foreign Secretary" is later "the foreign minister"."""
TITLE_VARIANTS = {"minister": "(?:minister|secretary)", "secretary": "(?:minister|secretary)",
             "spokesman": "(?:spokesman|spokeswoman|spokesperson)", "spokeswoman": "(?:spokesman|spokeswoman|spokesperson)",
             "spokesperson": "(?:spokesman|spokeswoman|spokesperson)", "chairman": "(?:chairman|chairwoman|chair)",
             "senator": r"(?:senator|sen\.)", "congressman": r"(?:congressman|representative|rep\.)",
             "congresswoman": r"(?:congresswoman|representative|rep\.)", "governor": r"(?:governor|gov\.)",
             "general": r"(?:general|gen\.)", "colonel": r"(?:colonel|col\.)", "captain": r"(?:captain|capt\.)",
             "sergeant": r"(?:sergeant|sgt\.)", "admiral": r"(?:admiral|adm\.)", "superintendent": r"(?:superintendent|supt\.)",
             "lieutenant": r"(?:lieutenant|lt\.)", "professor": r"(?:professor|prof\.)"}
"""The same, as regex alternations to find a title in text ("the foreign minister" finds "Foreign Secretary X"), with the
abbreviations news style writes before a name ("the senator" finds "Sen. Bernie Sanders", "the governor" "Gov. Kasich")."""
COMPANY_HEADS = frozenset("chain retailer firm company carrier airline manufacturer maker supermarket bank insurer "
                     "developer operator lender broadcaster publisher".split())
"""Heads of a definite description of a business ("the chain"): the most mentioned name seen with that head."""
NAMED_HEADS = COMPANY_HEADS | frozenset("newspaper paper daily weekly tabloid magazine publication journal website site blog portal agency channel "
                                        "station network outlet charity group organisation organization party union".split())
"""Common nouns written before an organisation's one-word name ('the newspaper Clarin', 'the blog Unzipped'): the name
is the speaker, the noun its description."""
PLURAL_SOURCES = ("officials", "police", "authorities", "investigators", "prosecutors", "witnesses", "sources", "residents", "experts",
                  "analysts", "researchers", "scientists", "doctors", "organizers", "organisers", "officers", "rescuers", "lawyers", "diplomats")
"""Plural nouns that are a source by themselves: "…, said officials"."""
POSITION_HOLDERS = ("he", "she", "they", "we", "i", "it", "who", "candidates", "officials?", "leaders?", "critics", "lawmakers", "members",
                    "parties", "party", "government", "ministry", "spokesm[ae]n", "spokeswom[ae]n", "spokesperson", "president",
                    r"prime\s+minister", "minister", "senator", "governor", "mayor", "campaign", "opposition", "protesters",
                    "activists", "experts", "analysts", "voters", "residents", "groups", "unions?", "democrats", "republicans", "both",
                    "all", "most", "others", "administration", "committee", "council", "court", "judge", "agency", "company", "firm",
                    "authorities")
"""Lower-case subjects that can take a position (stance verbs): pronouns, groups of people, bodies ("the ruling party
endorsed …"); 'officials?', 'spokesm[ae]n', 'prime\\s+minister' are regexes."""

NAME_TO = re.compile(r"\b([A-Z][\w’'-]*) to (?=[A-Z])")
"""'to' between capitalised words of one name ('The Committee to Protect Journalists', 'the Coalition to Stop Gun
Violence'): an organisation's name, not an infinitive."""
USER_HEADS = frozenset(("user", "blogger", "netizen", "tweeter", "commenter"))
"""Nouns before a user name, which may be written in lower case ('Russian LJ user gyperbol'): the name is the speaker."""
UNNAMED_PERSONS = frozenset("""girl boy woman man women men resident witness mother father victim survivor student farmer
    neighbour neighbor villager refugee migrant worker nurse driver protester citizen teenager daughter son wife husband
    relative friend""".split())
"""People news quotes without a name ('A young girl, who does not want to be identified, gave us her account:')."""
