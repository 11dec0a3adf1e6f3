"""What a relative pronoun stands for: the antecedent of 'who' or 'which' in the sentence before it (read by the speaker
stage, resolve.py): a plural noun right before it, a person with a role, an organisation with its acronym, an unnamed
noun after a preposition, else the nearest capitalised name."""

from __future__ import annotations

import re

from reader.core.claims.lexicon.connectives import COORDINATORS
from reader.core.claims.lexicon.determiners import ARTICLES
from reader.core.claims.lexicon.post_marks import LANGUAGE_TAG
from reader.core.claims.lexicon.prepositions import NOT_APPOSITIVE
from reader.core.claims.lexicon.pronouns import CLASS_BEFORE_WHO
from reader.core.claims.lexicon.titles import HONORIFIC
from reader.core.claims.stages.frames.np_shapes import BODY_BEFORE
from reader.core.text.language import FUNCTION_WORDS

_NAME_THEN_ROLE = re.compile(r"(" + HONORIFIC + r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}),"
                             r"\s+(?:the|a|an)\s+[^,;]{3,90},\s*$")
"""'Marc H. Morial, the chief executive of the National Urban League, who said': the person, not the organisation of the role."""
_ACRONYM_BEFORE = re.compile(r"((?:[A-Z][\w.&’'-]*,?\s+(?:(?:of|on|for|and|the)\s+)*)+[A-Z][\w.&’'-]*\s*\([A-Z][A-Za-z]{1,9}\)),?\s*$")
"""The organisation just before ", who said": its full name with the acronym ("…, Scientific and Cultural Organization (UNESCO) who")."""
_ANTECEDENT_NAME = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)(?:,|\s+[–—])\s*$")
"""The name just before ", who said" or an aside's dash ("… Minister Tharman Shanmugaratnam – who said that C –")."""
_ANTECEDENT_NEAR = re.compile(r"((?:[A-Z][\w.’'-]*\s*){1,5}),?[^,]{0,60},?\s*$")
_UNNAMED_BEFORE = re.compile(r"\s(?:by|from|with|for|among|against|about|of(?=\s+(?:a|an|one)\s))\s+"
                             r"((?:a|an|the|one)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s*$")
"""A noun phrase with no name right before 'who', after a preposition ('… by a worker who'): the relative's antecedent,
where a name further back would only be a place or an owner. After 'of' only an indefinite one ('the support of a farmer
who'): 'other members of the party, who' stand for the members."""
_AMOUNTS = frozenset(("number", "share", "percentage", "proportion", "majority", "minority", "half", "third", "quarter", "rest", "total"))
"""Heads that count people rather than name them ('roughly the same share who said'): no antecedent."""
_MODIFIER = re.compile(r"\s*(?!(?:of|at|in|for|from|and|or|with|on|to|by|the|a|an|who|said|says)\b)[a-z]{3,}\b")
"""A lower-case word right after the name: its head noun ('a Gallup poll'), so the name is no antecedent of 'who'
(when an article stands before the name or the name is a possessive: 'Trump knows there are people who' keeps Trump)."""
_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her)\s+$")


def who_antecedent(before: str, relative: str = "who") -> str | None:
    """The name a relative pronoun stands for, the nearest before it in its sentence (`before`: the sentence up to it):
    for 'who', a plural noun right before it, a person with a role after the name, an organisation with its acronym,
    else the last capitalised name; for 'which', a body named before its comma."""
    if "[" in before:  # 'President García [es], who said': the linked page's language is no part of the name
        before = _TAG_BEFORE_COMMA.sub("", before)
    last = before.rsplit(None, 1)[-1:]
    if last and last[0].lower() in CLASS_BEFORE_WHO:
        return None  # 'those who question the prices', 'anyone who says C': a class of people, no one named before
    if relative == "which":  # 'the opposition, which said C': a body named before the comma
        body = BODY_BEFORE.search(before)
        return body.group(1) if body else None
    group = _PLURAL_BEFORE.search(before)
    if group and group.group(1).split()[-1] not in _NOT_GROUPS and not _BE_BEFORE.search(before, 0, group.start(1)):
        return group.group(1)  # 'The project has angered activists who argue C': the plural noun right before 'who'
    ante = _NAME_THEN_ROLE.search(before) or _ACRONYM_BEFORE.search(before) or _ANTECEDENT_NAME.search(before)
    unnamed = _UNNAMED_BEFORE.search(before) if ante is None else None
    if unnamed:  # 'the fire started at Acme Mills by a worker who said': the worker, not the name before the phrase
        return None if unnamed.group(1).split()[-1] in _AMOUNTS else unnamed.group(1)
    if ante is None:
        ante = _ANTECEDENT_NEAR.search(before)
        if ante and _MODIFIER.match(before, ante.end(1)) and (_DETERMINER.search(before, 0, ante.start(1))
                                                             or ante.group(1).rstrip().endswith(("'s", "’s"))):
            return None  # "respondents to a Gallup poll, who regarded", "Scott's relatives, who": the name modifies a noun
    return _without_opener(ante.group(1)) if ante else None


_TAG_BEFORE_COMMA = re.compile(r"\s*" + LANGUAGE_TAG + r"(?=,?\s*$)")
_PLURAL_BEFORE = re.compile(r"(?<=[a-z])\s([a-z][\w-]*[a-rt-z]s|(?:wo)?men|people|children),?\s*$")
"""A plural noun right before 'who', a comma between or not ('The project has angered activists who argue C', 'local residents, who say C'): the group
argues (not after 'are' or 'were': 'there are voters who …' is Trump's, in 'Trump knows there are voters who …')."""
_BE_BEFORE = re.compile(r"\b(?:are|were|is|was)\s+$")
_NOT_GROUPS = FUNCTION_WORDS | frozenset(("those", "these", "others", "ones", "as", "is", "was", "has", "does", "its", "his", "this", "thus"))


_OPENING_WORDS = frozenset(NOT_APPOSITIVE + ARTICLES + COORDINATORS)
"""Words that open a sentence's capitalised run and name nobody ('In', 'The', 'But')."""


def _without_opener(name: str) -> str | None:
    """A capitalised run less the sentence's opening function word: "In response to …" names nobody as "In"."""
    words = name.split()
    while words and words[0].lower() in _OPENING_WORDS:
        words.pop(0)
    return " ".join(words) or None
