"""The words of a writer's own feelings and verdicts: in a quoted post or tweet, a sentence built on them states
nothing a fact-checker could check ('I wonder what the government is doing …', 'It's really sad that …', 'Wow …')."""

from __future__ import annotations

FEELINGS = ("afraid", "ashamed", "sad", "sorry", "glad", "happy", "proud", "disgusted", "shocked", "appalled", "outraged",
            "angry", "furious", "disappointed", "delighted", "scared", "worried", "heartbroken")
"""'I am afraid', 'I'm ashamed on your behalf': a feeling of the writer (I/we … a feeling)."""
MENTAL = ("wonder", "hope", "wish", "pray")
"""'I wonder what …', 'I hope …': a state of mind, not a statement."""
VERDICTS = ("sad", "outrageous", "shameful", "disgraceful", "disgusting", "unacceptable", "ridiculous", "absurd",
            "a shame", "a pity", "a disgrace", "heartbreaking", "terrible", "awful", "wonderful", "great")
"""'It's really sad that …', 'It is outrageous that …': the writer's verdict on what follows."""
EXCLAMATIONS = ("wow", "what a", "how sad", "shame on", "congrats", "congratulations", "bravo", "thank you", "thanks")
"""Openings of an exclamation: 'Wow Banda congrats', 'What a galant lady …'."""
REACTIONS = FEELINGS + ("frustrated", "unimpressed", "skeptical", "sceptical", "critical", "blunt", "upset", "livid", "incensed",
                       "optimistic", "pessimistic", "hopeful", "adamant", "emphatic", "dismissive", "scathing", "outspoken",
                       "candid", "unequivocal")
"""'Blogger Charlie Custer … is very frustrated:': how a named writer takes something, on a line whose colon opens their post."""
