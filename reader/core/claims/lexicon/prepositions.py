"""Prepositions and the phrases they open: a circumstance (time, place, occasion) is never the source of a claim
("In a statement on Monday, …", "said on Tuesday during a press conference"), and a phrase that opens with one is no
name or role.

The lists differ on purpose: each is the set a rule was checked against (a sentence's lead-in, a phrase between a
subject and its cue, the circumstance after a cue)."""

from __future__ import annotations

PP_OPENERS = ("in", "at", "on", "during", "from", "under", "through", "regarding", "concerning", "despite", "amid", "over",
              "throughout", "across", "within")
"""Prepositions whose phrase before a cue, with no comma to close it, is a circumstance ("In the hearing X said")."""
LEAD_PREPOSITIONS = ("with", "after", "since", "before", "following", "despite", "under", "in", "on", "at", "during", "amid")
"""Prepositions of a sentence's lead-in phrase that may end on a name ("After the ruling by the Supreme Court, …")."""
NOT_APPOSITIVE = ("with", "in", "on", "at", "by", "for", "after", "before", "from", "to", "as", "while", "when", "where", "who",
                  "which", "amid", "during")
"""Words that open a phrase or a clause, never an appositive name or role ("…, Texas, with the death toll rising …")."""
CIRCUMSTANCE = ("on", "in", "at", "during", "via", "through", "with", "after", "before", "last", "this", "earlier", "late", "early",
                "while", "from")
"""Words that open the circumstance after a cue ("said on Tuesday", "told reporters during a visit", "said last week"); a
'to' does too where no hearer follows it ("said to a crowd" names the hearer)."""
INSIDE_SUBJECT = ("in", "of", "on", "at", "by", "to", "for", "from", "with", "into", "about", "over", "under", "after", "before",
                  "across", "among", "around", "throughout", "near", "inside", "outside", "beyond", "within", "without", "behind",
                  "against", "between", "than", "like")
"""Prepositions that open a phrase inside a subject ('Scientists involved in the new research say'): a description after
one is no head of the subject."""
