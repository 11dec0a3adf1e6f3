"""Determiners: the words that open a noun phrase ("the ministry", "a new report", "their statement"). A word after
one is a common noun phrase's, never a verb's object standing alone, and no name starts there."""

from __future__ import annotations

ARTICLES = ("the", "a", "an")
POSSESSIVES = ("his", "her", "their", "its")
"""Possessive determiners ("his statement"); 'our', 'my' are the first person, quoted words rather than the article's."""
DEFINITE = ARTICLES + POSSESSIVES
"""The determiners of a named thing or a hearer: 'the', 'a', 'an' and the possessives ("told his aides")."""
POINTING = ("this", "that", "these", "those", "it", "its")
"""Words that point back at a thing named before ('This cut threatens to …', 'It threatens to …'): no one's intention."""
DESCRIBING_OPENERS = ("the", "a", "an", "former", "acting", "one", "another", "two", "three", "some", "several", "many")
"""Words that open a description of a source, not a name ('“Q,” said another analyst', 'One Clinton spokesman')."""
