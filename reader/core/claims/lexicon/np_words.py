"""The words of a subject noun phrase, word by word, for the second-look frames (second_frames.py, coordinated.py): which
words open, join or stand in one, which never do (verbs, clause words, prepositions), and the -ed and -ing words that
are adjectives there ('retired', 'acting')."""

from __future__ import annotations

DETERMINERS = frozenset("the a an some many most several other another his her their its our this these those both all "
                         "each every one two three four five six seven eight nine ten few more fewer half about nearly almost "
                         "roughly around over under just only no any such".split())
NP_INNER = frozenset("of for at from in on with and the de del la le van von bin al".split())
CLAUSE_OPEN = frozenset("and but or while because when although though as after before since if so yet whereas where "
                         "that which who whom whose than once unless until till nor".split())
NOT_NOUNS = frozenset("""is are was were be been being am has have had do does did will would could should can may might must
    shall not no never to that which who whom whose what where when why how if then than there here very also just even still
    again said says told say tell made make took take went go came come gave give got get put set let saw see seen knew know
    became become began begin kept keep left leave held hold brought bring stood stand felt feel thought think found find ran
    run won win lost lose sent send spent spend paid pay met meet led lead read wrote write spoke speak rose fell grew drew
    fought bought sold built meant heard despite although though because unless whereas amid without against upon""".split())
LEAD_WORDS = frozenset("""on in at by for from with to of after before during since until under over into through
    amid despite following like unlike regarding about against among between without within according asked speaking
    however meanwhile still also then now later earlier yesterday today instead indeed thus hence therefore here there so yet
    due thanks owing finally lastly firstly secondly additionally moreover furthermore besides similarly likewise nevertheless
    nonetheless ultimately overall interestingly unfortunately fortunately notably importantly separately elsewhere""".split())
"""Words that open a sentence's lead-in phrase, never its subject ('On Monday,', 'In a statement,', 'Due to scholars
arguments,', 'Finally, Notes from the Cuban Exile Quarter, which …, says')."""
ED_NOUNS = frozenset("""unnamed retired elected appointed surveyed polled concerned interested united unidentified
    so-called talented embattled beleaguered acclaimed renowned celebrated noted respected detained accused alleged
    disgraced indicted convicted jailed wounded injured displaced armed aged""".split())
ING_NOUNS = frozenset("""leading ruling acting outgoing incoming sitting ranking remaining governing polling founding presiding
    opposing visiting competing trailing running""".split())
PLURAL_WITHOUT_S = frozenset("people police men women children staff public media military youth".split())
"""Plural nouns without an -s: a base-form verb can follow them ('the police report that …'), and 'they' can stand for
them ('the police … They said'). The frames' noun veto and the pronoun memory read the same list."""
