"""A fragment is no claim: a short stretch of a sentence, left between its frames and clauses, that opens in lower case and
holds no verb ('but without the support', 'of this great distance', 'the pharmaceutical company'). It states nothing a reader could
check; the sentence's clauses around it carry what it adds. Its rule: not-claim.fragment (rules/unattributed.toml)."""

from __future__ import annotations

from reader.core.claims.lexicon.pronouns import OBJECT_PRONOUNS
from reader.core.claims.lexicon.verbs import AUXILIARY_FORMS, IRREGULAR_PAST, IRREGULAR_PRESENT, MORE_IRREGULAR_PAST
from reader.core.text.language import FUNCTION_WORDS

_VERBS = frozenset((*AUXILIARY_FORMS, *IRREGULAR_PAST, *IRREGULAR_PRESENT, *MORE_IRREGULAR_PAST))
_SUBJECTS = frozenset("i we you they he she".split())
"""A subject pronoun opens a clause whose verb may have no mark ('they sell at a loss')."""
_CONTRACTED = tuple(f"{a}{b}" for a in ("'", "’") for b in ("s", "re", "ll", "ve", "d", "m")) + ("n't", "n’t")
_MAX_WORDS = 8
_EDGE = ",.;:!?”\"’)(“‘'"


def _verb(word: str, first: bool, before_object: bool) -> bool:
    """Whether a word may be a verb or open a clause: an auxiliary, an irregular form, a contraction, a subject pronoun, a
    participle in '-ing', a past in '-ed' after the first word, a word before an object pronoun ('ask him for a loan'), or a word in
    '-s' (a present; a plural is passed over with it, as the cautious reading)."""
    w = word.lower().strip(_EDGE)
    if before_object or w in _VERBS or w in _SUBJECTS or w.endswith(_CONTRACTED):
        return True
    if len(w) > 4 and w.endswith("ing"):
        return True  # a participle clause ('murder carrying the possibility of the death penalty') says something
    if not first and len(w) > 3 and w.endswith("ed"):
        return True  # a past after the first word; a piece that opens on one ('reverted the decision later on') has lost its subject
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def is_fragment(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether text[start:end], a piece of the sentence that starts at `sentence_start`, is a fragment with no verb."""
    if not text[sentence_start:start].strip():
        return False  # the sentence's opening: a list item or a heading is read elsewhere
    words = text[start:end].split()
    if not words or len(words) > _MAX_WORDS or not words[0][:1].islower():
        return False
    low = [w.lower().strip(_EDGE) for w in words]
    return not any(_verb(w, i == 0, i + 1 < len(low) and low[i + 1] in OBJECT_PRONOUNS) for i, w in enumerate(words))


_MAX_ITEM_WORDS = 12
_LINKS = FUNCTION_WORDS | frozenset("nor then indeed yet though hence only because least besides rather still however thus".split())
"""Words that name nothing: an item holds at least one other word."""
_NOUN_FOLLOWERS = frozenset("and or nor of to for in on at from with by".split())


def list_item(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the piece after a semicolon, is an item of a list, not a clause: on one line, twelve
    words at most and no sure verb (an auxiliary, an irregular form, a contraction, a subject pronoun, '-ed' after its first
    word, a word before an object pronoun, an '-s' word with more after it). An '-ing' word, and an '-s' word that ends the
    item or comes before a comma, a conjunction or a preposition ('repairs to the roof'), are passed over: list items are
    mostly nouns ('hallucinations and delusions; difficulty in swallowing, chewing, and speaking; urinary problems or
    constipation')."""
    words = text[start:end].split()
    if not words or len(words) > _MAX_ITEM_WORDS or "\n" in text[start:end].strip():
        return False  # a line break after the semicolon ends a heading's line: what follows is no item of it
    low = [w.lower().strip(_EDGE) for w in words]
    if not any(w and w not in _LINKS for w in low):
        return False  # '; and,', '; for' or '; indeed' ends the line or leads into what follows: no item
    return not any(_sure_verb(low, i, words[i].endswith(",")) for i in range(len(low)))


def holds_sure_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a phrase of nouns if it is no clause ('the floods in the valley'), holds a sure verb (as in
    `list_item`; there an "'s" is a possessive, a capitalised word a name and a function word no verb: 'Despite Ann Lee's
    claims', 'Concerning her use of her land')."""
    words = text[start:end].split()
    low = [w.lower().strip(_EDGE).removesuffix("'s").removesuffix("’s") for w in words]
    return any(_sure_verb(low, i, words[i].endswith(",")) for i in range(len(low)) if not words[i][:1].isupper() and low[i] not in _LINKS)


def _sure_verb(low: list[str], i: int, comma: bool) -> bool:
    w = low[i]
    if w in _VERBS or w in _SUBJECTS or w.endswith(_CONTRACTED) or (i and len(w) > 3 and w.endswith("ed")):
        return True
    if i + 1 < len(low) and low[i + 1] in OBJECT_PRONOUNS:
        return True  # a word before an object pronoun: 'keep ducking him'
    plural_noun = comma or i + 1 == len(low) or low[i + 1] in _NOUN_FOLLOWERS
    return not plural_noun and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
