"""Is one paragraph in another language than its English article? Blog-citing news prints a quoted tweet or post
in its original language above the translation; the rules read English only, so the original gives garbage claims
and a duplicate of the translation's.

A paragraph is too short for `language.is_english` (which gives short texts the benefit of the doubt). Two cheap,
model-free counts decide instead, after links, @handles and #hashtags are set aside (they are in any language):
letters mostly outside the Latin script (Greek, Arabic, Cyrillic …), or the common function words and accented
lower-case words of the big Latin-script languages (Spanish, French, Portuguese, Italian, German) outnumbering English
function words two to one.
"""

from __future__ import annotations

import re

from reader.core.text.language import FUNCTION_WORDS, lower_words

LANGUAGE_TAG = r"\[[a-z]{2}\]"
"""Blog-citing news marks a link to a page in another language with its code: 'Infobae [es]', 'Salomé [es]'."""
_SET_ASIDE = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+|" + LANGUAGE_TAG)
_ABOVE_LATIN = re.compile("[^\x00-\u024f][^\x00-\u024f]*")
"""Runs above the Latin script (`XX*`, not `X+`: a leading character class lets the engine skip to one)."""
OTHER_FUNCTION_WORDS = frozenset("""
    el los las del que y en un una es por con para su sus se lo al como más pero fue este esta son entre cuando muy
    sin sobre también hasta hay donde quien desde todo nos durante todos les ni contra otros ese eso ante ellos esto
    mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar
    estas algunas algo nosotros está están ser sido
    le la les de des du et est une dans pour pas sur au avec ce il elle ne sont ou mais nous vous leur ses aux été
    qui cette être fait
    nuestro nuestra nuestros nuestras notre votre nosso nossa nostro nostra unser unsere
    os da do das dos não em um uma com ao mais pelo pela isso
    il di che è della gli nel alla sono anche questo
    der das und ist nicht ein eine zu den mit von sich auf für im dem auch sind wie oder aber wird werden
    """.split()) - FUNCTION_WORDS
"""Function words of Spanish, French, Portuguese, Italian and German that are no English word."""
MIN_LETTERS = 8
_ACCENTED = re.compile(r"(?<![\w’'])[a-zß]*[áéíóúñãõçàèìòùâêîôûäöü][a-zßáéíóúñãõçàèìòùâêîôûäöü]*(?![\w’'])")
"""A lower-case word with the accents of Spanish, French, Portuguese, Italian or German ('pacífica', 'derecho' has none):
English writes them only in names (capitalised) and a few borrowings ('café'), so each counts with the other
languages' function words."""


def other_language(paragraph: str) -> bool:
    """Whether a paragraph of an English article is in another language (see the module's docstring)."""
    body = _SET_ASIDE.sub(" ", paragraph) if any(k in paragraph for k in _SET_ASIDE_KEYS) else paragraph
    plain = body.isascii()
    letters = ascii_letters(body) if plain else sum(map(str.isalpha, body))
    if letters < MIN_LETTERS:
        return False
    if not plain and sum(map(str.isalpha, "".join(_ABOVE_LATIN.findall(body)))) > 0.5 * letters:
        return True
    words = lower_words(body.lower())  # a byte translation, not a regex, when no word character is above ASCII
    accented = len(_ACCENTED.findall(body)) if not plain and _ACCENT.search(body) else 0
    other = sum(map(OTHER_FUNCTION_WORDS.__contains__, words)) + accented
    return other >= 2 and other > 2 * sum(map(FUNCTION_WORDS.__contains__, words))


_SET_ASIDE_KEYS = ("://", "www.", "@", "#", "[")
"""What every _SET_ASIDE match holds: without any, there is nothing to set aside (a substring test is far cheaper than
the regex, which tries its alternatives at every 'h' and 'w')."""
_ACCENT = re.compile("[áéíóúñãõçàèìòùâêîôûäöü]")
"""The accented letter every _ACCENTED match holds: text without one has no accented word (and ASCII text has none)."""
_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def ascii_letters(text: str) -> int:
    """`sum(map(str.isalpha, text))` for ASCII text (its letters are a-z and A-Z), counted by a byte deletion."""
    return len(text.encode("ascii").translate(None, _NOT_LETTERS))
