"""Who a pronoun in a cue line is: the person its own paragraph named, before the speaker memory's last speaker of an
earlier paragraph (stages/blockquote.py, stages/press.py; rule quote.block-pronoun-antecedent)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon.post_marks import HANDLE_TAG, LANGUAGE_TAG
from reader.core.claims.record import Claim
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.speakers.who import Who
from reader.core.text.spans import Span


def antecedent_in_paragraph(text: str, para: Span, before: list[Claim], who: Who) -> Who:
    """'Imran calls this a redundant activity. … He comments:' — a pronoun in the cue line is the person the same
    paragraph named last as a speaker, or else introduced with a handle ('… Marcelo Ebrard [es] (@m_ebrard) seems
    unworried when he tweets:'): rule quote.block-pronoun-antecedent, not whoever spoke in an earlier paragraph."""
    named = [(c.speaker_span.start, c.speaker, c.role) for c in before if c.speaker and c.speaker_span is not None
             and c.speaker[:1].isupper()]
    end = who.span.start if who.span is not None else para.end
    named += [(m.start(), m.group(1), None) for m in _HANDLED_NAME.finditer(text, para.start, end)]
    if not named:
        return who
    _, name, role = max(named, key=lambda n: n[0])
    fire("quote.block-pronoun-antecedent")
    return Who(name, who.span, role, (*who.rules, "quote.block-pronoun-antecedent"))


_HANDLED_NAME = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?: " + LANGUAGE_TAG + r")? " + HANDLE_TAG)
"""A name given with its handle, as blog-citing news introduces a person or an account: 'Marcelo Ebrard [es] (@m_ebrard)'."""
