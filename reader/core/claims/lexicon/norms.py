"""What 'according to' may name that is no speaker: a norm, a plan, a doctrine, a scripture.

'According to the rules, players must …', 'according to plan', 'according to due process', 'According to Christianity, …', 'according to the Bible':
the words that follow are what the rule, plan or creed holds, not anybody's claim to check against its speaker. A
reader shown 'rules' or 'Christianity' in the speaker column would be misled; the clause is the writer's own account."""

from __future__ import annotations

NORMS = frozenset("""
    usual plan plans custom customs schedule rule rules law laws tradition traditions script protocol protocols procedure
    procedures regulation regulations guideline guidelines reason constitution doctrine teachings canon legend legends myth
    folklore mythology mythologies prophecy prophecies scripture scriptures christianity islam judaism hinduism buddhism
    bible quran koran torah genesis gospel gospels sharia
    process principle principles standard standards requirement requirements instructions specifications criteria
    """.split())
"""Lower-case last words of a short 'according to' object that names no speaker (a doctrine ending in '-ism' is one
too: reader/core/claims/stages/frames/according.py)."""
