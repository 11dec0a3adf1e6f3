"""Determiners: the words that open a noun phrase ("the ministry", "a new report", "their statement"). A word after
one is a common noun phrase's, never a verb's object standing alone, and no name starts there."""

from __future__ import annotations

ARTICLES = ("the", "a", "an")
POSSESSIVES = ("his", "her", "their", "its")
"""Possessive determiners ("his statement"); 'our', 'my' are the first person, quoted words rather than the article's."""
DEFINITE = ARTICLES + POSSESSIVES
"""The determiners of a named thing or a hearer: 'the', 'a', 'an' and the possessives ("told his aides")."""
