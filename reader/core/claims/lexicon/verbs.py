"""Verb forms that are no cues: the auxiliaries (be, have, the modals) and the common irregular forms. They tell a
clause's verb from a name or a noun ("X, has voiced support, …" is a predicate, not an appositive) and mark where a
clause has its own finite verb ("…, where the roads were closed").

The cue vocabularies (cues.py, cue_tail.py) keep their own AUXILIARIES: the words that may stand between a subject and
its cue, adverbs included; these are the verbs alone."""

from __future__ import annotations

BE_FINITE = ("was", "were", "is", "are")
"""The finite forms of 'be' (of the third person: 'am' is the first person, quoted words rather than the article's)."""
BE = BE_FINITE + ("be", "been", "being")
"""Every form of 'be' a passive or a copula of the third person is made with ("was told by", "had been told by")."""
MODALS = ("cannot", "can", "could", "should", "may", "might", "must")
"""Modals before a cue say what may, must or cannot be said, not what was ('Baker cannot say that C', 'could say'); 'will'
and 'would' report (a future, a reported past) and are no part of this list."""
HAVE = ("has", "had", "have")
FINITE = BE_FINITE + HAVE
"""A finite auxiliary: a clause's own verb ("where the roads were closed", "… by local media has …")."""
AUXILIARY_FORMS = (*BE, *HAVE, *MODALS, "will", "would", "shall", "do", "does", "did", "am")
"""Every auxiliary form: a line or a piece of a sentence holding one has a verb (press.py's headings, fragments.py)."""
IRREGULAR_PAST = ("spoke", "took", "went", "made", "gave", "came", "stood", "wrote", "told", "said", "sent", "held", "led", "met",
                  "ran", "won", "lost", "left", "kept", "broke", "threw", "drew", "rose", "fell")
"""Past forms without '-ed' that often follow a subject ("X, took part in …"): a verb, though no '-ed' says so."""
IRREGULAR_PRESENT = ("speaks", "takes", "goes", "makes", "gives", "comes", "stands", "writes", "tells", "says")
"""Present forms of the same verbs ("X, says …")."""
MORE_IRREGULAR_PAST = ("hit", "sat", "got", "began", "grew", "saw", "became", "paid", "built", "sold", "bought", "brought", "thought",
                       "found", "felt", "heard", "meant", "set", "put", "cut", "shut", "spent", "struck", "fought", "drove", "chose",
                       "flew", "knew", "lay", "rode", "shook", "shot", "spread", "stole", "stuck", "swore", "tore", "understood",
                       "wore", "bore", "beat", "bit", "blew", "burst", "cast", "caught", "cost", "dealt", "fed", "fled", "hurt",
                       "let", "quit", "read", "sought", "shed", "slept", "taught", "withdrew", "overcame", "forgot", "hung", "hid", "sank",
                       "sang", "rang", "swam", "drank", "spun", "wept", "woke", "froze", "strove", "slid", "bled")
"""More past forms without '-ed': with IRREGULAR_PAST, they tell a clause that states something ('the mill shut in May') from
a fragment with no verb (stages/fragments.py)."""
