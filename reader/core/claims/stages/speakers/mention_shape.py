"""What a speaker the rules put together looks like: whether it mentions anyone at all, or is a bit of a sentence (a
preposition's phrase, a clause) that a frame took for its source. The confidence stage empties such a speaker; the
speaker memory never keeps one for a later 'he' or 'they' (confidence.py, memory.py)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon.adverbs import NEGATIONS, VERB_ADVERBS
from reader.core.claims.lexicon.prepositions import NOT_APPOSITIVE

_NO_FIRST = frozenset(NOT_APPOSITIVE + ("by", "of", "between", "about", "into", "over", "under", "through", "than", "like", "regardless",
                                        "especially", "particularly", "notably", "including", "throughout", "despite", "without",
                                        "against", "among", "amid", "toward", "towards", "within", "upon", "onto", "across", "beyond",
                                        "around", "behind", "via", "per"))
_NO_LAST = frozenset(("and", "or", "but", "into", "of", "to", "the", "a", "an", "by", "for", "with", "at", "in", "on", "from", "whose",
                     "which"))
_NO_FIRST_ANY_CASE = frozenset(("whether", "although", "though", "because", "unless", "regardless", "neither", "nor", "thus", "hence",
                                "therefore", "thereby"))
"""A subordinator, capitalised or not, opens a clause, never a name ('Whether any of the relatives of the seamen …'); nor does
'neither' ('Neither Warren nor Clinton spoke': two people, neither of them speaking), nor an adverb of consequence ('…, thus
delaying the vote the council had announced')."""
_ADVERBIAL = frozenset(VERB_ADVERBS + NEGATIONS + ("no", "not", "longer", "only", "just", "so", "yet", "ever", "perhaps", "maybe"))
"""Lower-case words that name nobody, alone or together ('no longer', 'not yet', 'perhaps')."""
_DETERMINERS = ("The|A|An|This|That|These|Those|Some|Many|Most|One|Another|Several|Each|Every|Both|All|Any|No|Other|Such|Its|His|Her|Their"
                "|Our|My")
"""Capitalised determiners and possessives: a mention that opens with one is a description, not a name and its verb."""
_NAME_THEN_VERB = re.compile(
    r"(?:I|He|She|We|They)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?:[a-z]{3,}ed|took|came|felt|made|gave|went|got|struggles|remains|seems)\s+\w"
    r"|(?!(?:" + _DETERMINERS + r"|Two|Three|Four|Five)\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
    r"\s+(?:[a-z]+ly\s+)?(?:(?:[a-z]{3,}ed|took|came|made|gave|went|got)\s+(?:a|an|the|his|her|their|its|out|back|up)"
    r"|[a-z]{2,}[a-rt-z]s\s+(?:a|an|the)\s)")
"""A pronoun and a verb in the past with more words, or a name and a verb with its object ('Trump launched a pre-emptive
attack against Obama', 'Sanders started out their ninth debate', 'Acme leads the field with 36 percent'): a clause the rules
took for a source. A participle and
its preposition after a capitalised word is often a noun phrase ('People briefed on the move', 'Research conducted
for …'), so that is left alone."""
_CLAUSE_INSIDE = re.compile(r"^(?!.*\b(?:who|that|which|whom|whose)\s).*\s(?:(?:is|are|was|were|has|have|had|will|would|can|could|should"
                            r"|did|does)\s|to\s+be\s|(?:as|when|while|if|because|since|though|although)\s+(?:we|he|she|they|I)\s)")
"""A finite verb inside the stretch, outside a relative clause, or a subordinate clause's subject ('most voters have no
idea', 'the inspector general's report to be released', 'Sanders as he closed out'): a clause, no name ('Others who have
advocated …' and 'Everyone I met' are descriptions)."""


_VERB_WITH_OBJECT = re.compile(r"^(?!.*\b(?:who|that|which|whom|whose)\s).*?\S\s+(?:[a-z]+ly\s+)?"
                               r"(?:[a-z]{3,}ed|took|came|made|gave|went|got|began|sent|put|kept|held|led|won|lost)\s+"
                               r"(?:a|an|the|his|her|their|its|out|back|up|away|just|as|him|them|us|me|it|\d[\d.,%]*)\s")
"""A verb in the past after the first word, with its object or particle ('two aides urged her to …', 'the
campaign sent out a fundraising email', 'The vote came just days after …', 'The fact-checkers rated 30% of …'): a
clause the rules took for a source, whatever opens it ('Voters who heard the speech' is a description). A
participle after its noun takes a preposition or a time ('new data released today by …', 'a poll conducted for …'), so
it is left alone."""

_NAME_THEN_PAST = re.compile(
    r"(?!(?:" + _DETERMINERS + r"|Everyone|Everybody)\b)(?:(?!I\b)[A-Z][\w.’'-]*\s+){1,4}[a-z]{3,}ed(?:\s+(?!(?:on|in|for|by|at|to|from|with|about"
    r"|over|under|into|as|of|during|after|before|since|between|among|through|near)\b)[a-z][\w’'-]*)?")
"""Capitalised words and a past in '-ed' after them, with at most one word after it that is no preposition: a clause cut off
('Mr. Baker studied', 'Lee cited troubling'). A participle before a preposition stays a description ('People
briefed on the move'), as does one after a determiner or an 'I' ('A married couple', 'Everyone I met')."""
_VERB_FIRST = re.compile(r"(?:[a-z]+ly\s+)?(?:[a-z]{2,}[a-rt-z]s\s+(?:a|an|the)|(?:made|took|gave|came|went|got|held|kept"
                         r"|[a-z]+ly\s+[a-z]{3,}ed)\s+(?:a|an|the|his|her|their|its|on|of|with|for|to|in|at|about|up|out))\s")
"""A verb in lower case first, with its object or preposition: a predicate the rules took for a source (a plural noun and
its preposition is no verb: 'supporters of X', 'lawyers for the family'; nor one before a possessive, which opens a
relative clause: 'figures her campaign released')."""


def no_mention(speaker: str) -> bool:
    """Whether a speaker the rules put together is no mention of anyone: it opens with a preposition ('of Flint',
    'between the two'), ends with a function word ('her daughter into', '… district and'), opens with a verb in
    lower case with its object ('endorsed Trump in early June', 'placed the ads'), or is a clause ('Trump fired back a
    response', 'She resigned from Breitbart on March 14')."""
    words = speaker.split()
    if not words:
        return True
    first, last = words[0], words[-1]
    if first in _NO_FIRST or last.lower() in _NO_LAST or first.lower() in _NO_FIRST_ANY_CASE:
        return True
    if all(w in _ADVERBIAL or w.endswith("ly") and w.islower() for w in words):
        return True  # 'the owners — no longer hoping to sell — …': the adverbs before a participle, nobody
    if len(words) >= 3 and (_NAME_THEN_VERB.match(speaker) or _CLAUSE_INSIDE.search(speaker) or _VERB_WITH_OBJECT.search(speaker)):
        return True  # 'Carson appeared on Sunday interview shows amid news', 'most voters have no idea': a clause
    if len(words) >= 2 and _NAME_THEN_PAST.fullmatch(speaker):
        return True  # 'Mr. Obama scrutinized', 'Clinton cited disparaging': a name and its verb, cut off
    if len(words) >= 3 and _VERB_FIRST.match(speaker):
        return True  # 'faces a tough re-election battle', 'barely dwelled on those two rivals': a predicate, no subject
    if len(words) < 3 or not (first.islower() and first.endswith(("ed", "ing"))) or "-" in first:
        return False  # 'well-informed sources', 'unnamed officials', 'York-based Acme Foundation': an adjective before a noun
    return words[1][:1].isupper() or words[1] in ("the", "a", "an", "his", "her", "their", "its", "to")


def tidy_name(speaker: str) -> str:
    """A speaker without a bracket it does not open, one it never closes, or a colon at its end: '(according to Nielsen.)'
    gives 'Nielsen', 'a long-shot candidate (' gives 'a long-shot candidate', 'State Department:' gives 'State Department'."""
    name = speaker
    while name and (name[-1] == ":" or name[-1] == "(" or name[-1] == ")" and name.count("(") < name.count(")")):
        name = name[:-1].rstrip()
        if name.endswith(".") and name[-2:-1].islower():
            name = name[:-1]  # the sentence's stop inside the bracket: 'Nielsen.)'
    return name or speaker
