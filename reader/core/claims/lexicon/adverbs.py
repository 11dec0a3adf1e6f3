"""Adverbs that stand between a subject and its verb ('The mayor later wrote …', 'Auditors soon noted …', 'They
also found that C'): they belong to the verb, never to the subject's name.

One list for the three rules that read them: a subject's end (frames/subject.py), a coordinated clause's subject
(coordinated.py) and the pronoun before 'found' (frames/vetoes.py). Manner adverbs in -ly are read by pattern there."""

from __future__ import annotations

VERB_ADVERBS = tuple("""
    also then later further again too previously repeatedly publicly once fully somewhat strongly firmly openly first
    earlier now still already often always soon almost nearly even
    """.split())
FLOATING = tuple("both all each instead likewise similarly".split())
"""Words that float after a subject ('The ministers both said', 'He instead argued'): read as the subject's end only
right before its cue; elsewhere they open or join noun phrases ('all parties', 'instead of')."""
NEGATIONS = ("never",)
"""'The mayor never wrote …': no word of the subject, but the cue's own negation (frames/negation.py reads it)."""
