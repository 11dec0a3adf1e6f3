"""Doubled apostrophes as quotation marks (''Like this,'' he said): the convention of newswire archives; and an editor's
bracketed first name ('[Lala] Aslikyan said …'), which the name patterns would not read as a name.

Archive copies of newspapers (LexisNexis, ProQuest, the Penn Treebank) write a double quote as two apostrophes.
The extractor reads curly and straight double quotes, so it is given a view of the text in which each such pair
reads as a curly mark and a space: the same length, so every span it finds holds in the real text, and the
claim texts are taken from the real text afterwards.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.claims.record import Claim
from reader.core.documents.document import Document
from reader.core.text.frozen import quick_replace

_OPEN = re.compile(r"''(?<![^\s(\[—–/-]'')(?=\S)")
"""Two apostrophes before a word (or before a nested single quote: '''Tis' / ''' 'x), at the text's start or after a
space, bracket or dash. Both patterns open with the apostrophes and look behind after them, so the regex engine jumps
from one pair of apostrophes to the next: one that opens with a lookbehind is tried at every position of the text."""
_CLOSE = re.compile(r"''(?<=\S'')(?=[\s,.;:!?)\]—–-]|$)")
"""Two apostrophes after a word and before a space or punctuation (the last two of '''  after a nested single)."""


_BRACKETED_NAME = re.compile(r"\[([A-Z][\w’'-]+)\](?=\s+[A-Z])")
"""An editor's first name in brackets before a surname ('[Lala] Aslikyan said …'): read as the name it completes."""


def bracketed_names(text: str) -> str | None:
    """The text with editorial brackets around a first name blanked (same length), or None when it has none."""
    if "[" not in text:
        return None
    out = _BRACKETED_NAME.sub(lambda m: " " + m.group(1) + " ", text)
    return out if out != text else None


def typewriter_quotes(text: str) -> str | None:
    """The text with doubled-apostrophe quote marks read as curly ones (same length), or None when it has none."""
    if "''" not in text:
        return None
    out = _OPEN.sub(" “", text)
    out = _CLOSE.sub("” ", out)
    return out if out != text else None


def view_of(doc: Document) -> Document:
    """The document as the rules read it: doubled-apostrophe quote marks as curly ones, an editor's bracketed first name
    as part of the name."""
    view = typewriter_quotes(doc.text)
    named = bracketed_names(view if view is not None else doc.text)
    view = named if named is not None else view
    return doc if view is None else replace(doc, text=view)


def real_texts(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Claim texts from the real text, not the view's marks."""
    return [quick_replace(c, quote=doc.text[c.span.start : c.span.end], speaker=" ".join(c.speaker.split()) if c.speaker else c.speaker)
            for c in claims]
