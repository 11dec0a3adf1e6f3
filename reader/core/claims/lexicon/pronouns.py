"""Personal pronouns: a subject that is no name and needs one found for it (speakers/coref.py), and a word that opens
a clause rather than continuing a noun phrase ("…, he was told by …")."""

from __future__ import annotations

SUBJECT_PRONOUNS = ("he", "she", "they", "it", "we", "i")
"""Personal pronouns as a clause's subject."""
OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me"))
"""Personal pronouns as a verb's object: whom something was told ('told him …'), never a channel or a name."""
INDEFINITE_PRONOUNS = frozenset(("anyone", "everyone", "someone", "somebody", "anybody", "everybody", "nobody"))
"""Nobody in particular ('Everybody thought …', 'someone who …'): no one a later 'they' or 'he' stands for."""
CLASS_BEFORE_WHO = INDEFINITE_PRONOUNS | frozenset(("those",))
"""Words for a class of people before 'who' ('those who say C', 'anyone who doubts …'): the relative names nobody."""
IT_IS = ("It's", "It’s")
"""'It is' clipped, opening a sentence ("It's worth noting that C"): never a subject that names someone, unlike the possessive 'its'."""
