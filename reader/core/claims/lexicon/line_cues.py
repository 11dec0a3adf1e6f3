"""The verbs of a cue line in blog-citing news: 'X wrote on his blog:', '@user tweeted:', 'The newspaper Infobae
reported just after the law was passed:' — speaking, writing and posting verbs whose quote follows as paragraphs."""

from __future__ import annotations

LINE_CUES = frozenset("""
    said says wrote writes tweeted tweets posted posts blogged blogs commented comments reported reports explained
    explains noted notes stated states continued continues tells told argued argues observed observes
    remarked remarks replied replies responded responds declared declares announced announces concluded concludes
    claimed claims asserted asserts insisted insists warned warns recalled recalls
    """.split())
"""Cue verbs a line ending in a colon may use to hand the following paragraphs to its subject. Tried and taken back:
added, cites, informs, reacted, quipped, summarized … (session 8): they named more writers right on the news keys but
more wrongly too ('Sohel Mahmood informs us …:' took a police commissioner's partial quote)."""
PLURAL_LINE_CUES = frozenset("""
    say write tweet post blog comment report explain note state argue observe reply respond declare announce conclude claim
    assert insist warn
    """.split())
"""The same verbs in the plural present, cues only after 'they' or 'we' ('They report that [fr]:' after a group): alone,
'state', 'note', 'report' are more often nouns ('the latest state of the film industry:')."""
INVERTED_CUES = LINE_CUES | frozenset("added reacted replied quipped countered retorted".split())
"""Verbs that open an inverted cue line ('Reacted a reader calling himself Say What?:', 'Added the minister:'): placed
first, with the source after them, they cannot be read as anything but a cue."""

NOT_SUBJECTS = frozenset("""
    here there below following other others some many most such this these those that what which
    """.split())
"""Capitalised words opening a line ending in a colon that name nobody: 'Here is what the charity offered:',
'Other elements include:', 'Below are the figures:' (a subject line needs a name: quote.block-subject-line)."""

RELAYING = frozenset("translated translates captured captures collected collects compiled compiles gathered gathers".split())
"""Verbs of a line that relays others' words ('China Media Project has translated some of the immediate responses from
Sina Weibo:'): the posts after it are not the subject's, and their writers are not named by the line."""
