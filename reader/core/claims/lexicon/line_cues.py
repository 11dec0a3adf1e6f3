"""The verbs of a cue line in blog-citing news: 'X wrote on his blog:', '@user tweeted:', 'The newspaper Infobae
reported just after the law was passed:' — speaking, writing and posting verbs whose quote follows as paragraphs."""

from __future__ import annotations

LINE_CUES = frozenset("""
    said says wrote writes tweeted tweets posted posts blogged blogs commented comments reported reports explained
    explains noted notes stated states continued continues tells told argued argues observed observes
    remarked remarks replied replies responded responds declared declares announced announces concluded concludes
    claimed claims asserted asserts insisted insists warned warns recalled recalls added adds cited cites informed
    informs reacted reacts quipped quips summarized summarizes summarised summarises elaborated elaborates lamented
    laments complained complains joked jokes countered counters retorted opined opines
    """.split())
"""Cue verbs a line ending in a colon may use to hand the following paragraphs to its subject."""

NOT_SUBJECTS = frozenset("""
    here there below following other others some many most such this these those that what which
    """.split())
"""Capitalised words opening a line ending in a colon that name nobody: 'Here is what the charity offered:',
'Other elements include:', 'Below are the figures:' (a subject line needs a name: quote.block-subject-line)."""
