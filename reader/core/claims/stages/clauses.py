"""Clause boundaries: where a sentence's statements begin and end, and where reported content gives way to the
article's own voice. Plain functions on offsets."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import FINDINGS
from reader.core.claims.lexicon.connectives import (
    CONNECTORS,
    COORDINATORS,
    LEAD_SUBORDINATORS,
    LINKING,
    MATRIX_PARTICIPLES,
    PARENTHETICALS,
)
from reader.core.claims.lexicon.determiners import DEFINITE
from reader.core.claims.lexicon.post_marks import DATELINE, DATELINE_CUT, LANGUAGE_TAGS_END
from reader.core.claims.lexicon.verbs import FINITE
from reader.core.claims.rules.gate import derive_gate
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.fragments import holds_sure_verb, list_item
from reader.core.claims.stages.quotes import Quote

_AND_SUBJECT = (
    r"(?:(?:he|she|they|we|it)\s+(?:(?:also|then|later|had|has|have|was|were|is|are|would|will|could)\s+)?(?:[a-z]{3,}ed|said|posted|sent|made|took|told|spent|won|lost|left)\b"
    r"|(?:(?:the|an?|his|her|their|its)\s+[\w’'-]+|(?!(?:and|or|but|then|also|not|so|yet|still|now|thus|even|later|again|soon|never|always|often|once|instead|in|on|at|for|with|from|by|of|to|as|into|after|before|during|since|remains?)\b)[a-z][\w’'-]*(?<!ed)(?<!ing)(?<!ly)|[A-Z][\w’'.-]*|\d[\d,.]*)"
    r"(?:\s+(?!(?:who|which|that|whose|whom|to|and|or)\b)[\w’'.-]+){0,6}?\s+"
    r"(?:(?:is|are|was|were|has|had|have|will|would|could|can|may|might)\b"
    r"|(?<![’']s\s)[a-z]{3,}ed\b(?!\s+(?:by|to|in|on|at|from|for|with|as|last|this|earlier|yesterday|today|[A-Z][a-z]+day)\b)))"
)
"""After 'and', a clause with its own subject and finite verb: 'and the Commission canceled the debate', 'and he posted
a video', 'and politicians of the … party had previously cited …', 'and private ownership is …' (a bare lower-case
subject never a verb form: 'and called for …' is the same subject's second verb; an '-ed' before 'by', 'in', a time …
is a participle: 'and a separate report published Wednesday in …')."""
_PAIRED_BEFORE = re.compile(r"\b(?:between|both|and)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?$")
"""'between Zelensky and Trump', 'the roads and businesses and ferries were closed': 'and' joins a pair, not clauses."""
_LAST_BOUNDARY = re.compile(r".*(?:[,:;]|\b(?:because|that|when|if|while|after|before|since|where|which|who|whether|though|"
                            r"although|until|unless)\b)", re.S)


def _has_verb(text: str, a: int, b: int) -> bool:
    """Whether the piece before a cut, from its last comma or subordinator, holds a finite verb: not the end of a
    list, nor the first of two subjects ('because the president and Congress could not agree')."""
    if _PAIRED_BEFORE.search(text, max(a, b - 60), b):
        return False
    last = _LAST_BOUNDARY.match(text, a, b)
    verb = _VERBISH.search(text, last.end() if last else a, b)
    # an '-ed' word right before 'and' modifies what follows ('Creative Commons-licensed and public domain videos')
    return verb is not None and (verb.end() < b or verb.group(0) in _BE)


_BE = frozenset(("is", "are", "was", "were"))


_SPLIT = re.compile(r";\s+|,\s+(?=(?:but|while|whereas)\s|with\s(?![^,;.]*\d[^,;.]*(?:[,;.]|$))|with\s[^,;.]*?[a-z]{2}(?:ing|ed)\b)"
                    r"|,\s+(?=(?:reportedly|allegedly)\s)|\s+—\s+"
                    r"|(?P<and>,\s+(?=and\s+(?:the\s+)?(?:[A-Z][\w’'-]*|\d[\d,.]*)(?:\s+[\w’'-]+){0,4}?\s+"
                    r"(?:is|are|was|were|has|had|have|will|would|[a-z]{3,}ed)\b))"
                    r"|(?P<and2>,?\s+(?=and\s+" + _AND_SUBJECT + r"))")
"""Cuts between statements; ', with' before a figure only when the phrase has its own participle ("…, with 25
others injured"), not a plain modifier ("…, both from Ethiopia, with times of 2:20:51 and 2:20:55"); ', reportedly …'
is a hedged statement of its own; ', and <Name or figure> <verb>' (not after a list) opens a second statement ("the virus
claimed 6606 lives, and 167,515 cases were reported")."""
_LEAD_SUB = re.compile(r"(?:" + alternation(LEAD_SUBORDINATORS, title=True) + r")\s+([^,]{10,}),\s+")
_LEAD_SUB_FIRST = frozenset(w[0].upper() for w in LEAD_SUBORDINATORS)
"""The letters a _LEAD_SUB match starts with (its words, capitalised): a piece starting otherwise is not tried."""
_GERUND = re.compile(r"[a-z]{3,}ing\b")
_AS_ROLE = re.compile(r"As\s+an?\s")
"""'As' before an indefinite noun phrase with no verb: the role of the subject ('As an open-source science mission …,')."""
_LEAD_CHANNEL = re.compile(r"In\s+(?:(?:" + alternation(DEFINITE + ("new",)) + r")\s+)?(?:[\w-]+\s+)?(?:" + alternation(FINDINGS)
                           + r")\b[^,;]{0,250},\s+(?=[a-z])")
_WHICH_END = re.compile(r",\s+(?=which\s+[^,]*$)|,\s+where\s+(?=[^,]*\b(?:" + alternation(FINITE) + r"|[a-z]{3,}ed)\b[^,]*$)")
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w.’'&-]*\)?$")
_CONNECTOR = re.compile(r"(?:" + alternation(CONNECTORS) + r")\b,?\s*", re.I)
_LINKING = re.compile(r"(?:" + alternation(PARENTHETICALS + LINKING) + r"),\s+", re.I)
"""A linking adverbial and its comma opening a statement ('In addition, the police arrested …', 'On top of that, …'):
no part of what it states (the GUIDE's smallest span; rule claim.linking-lead)."""
_LINKING_REACH = max(map(len, PARENTHETICALS + LINKING)) + 1
"""Where the comma of a _LINKING match can stand at the latest (its phrases are plain words, one character each): a piece
with no comma that near its start is not tried."""
TAGS_AFTER = re.compile(r"(?:\s+[#@][\w.]+)+\s*$")
"""Hashtags and handles that end a tweet ('… they ignore. #PalHunger'): tags, not words of the statement."""
_TRAILING = re.compile(r"[\s,]+(?:" + alternation((*COORDINATORS, "by")) + ")$")
_ING_NEXT = re.compile(r"\s+[a-z]{2,}ing\b")
"""A gerund after a piece's last word: a trailing 'by' is its means ('… embarrassed his rival by calling …'), no phrasal verb
('as time goes by')."""


def letter_count(text: str, a: int, b: int) -> int:
    """Letters and digits in text[a:b]: how much a stretch says, punctuation and spaces aside."""
    return sum(map(str.isalnum, text[a:b]))


_TWELVE_ALNUM = re.compile(r"(?:[\W_]*[^\W_]){12}")
"""Matches at a stretch's start when it holds at least 12 letters or digits (a word character other than '_' is
exactly what str.isalnum accepts):
`letter_count(...) >= 12` without counting the whole stretch in Python."""


_LEAD_PHRASE = re.compile(r"(?:Given|Despite|Amid|Amidst|Following|Regarding|Concerning|Considering|Notwithstanding|(?:Due|Owing|Thanks)\s+to"
                          r"|Because\s+of|Instead\s+of|In\s+addition\s+to|(?:Along|Together)\s+with|(?:Apart|Aside)\s+from|Ahead\s+of|Prior\s+to"
                          r"|Under|With|Without|Like|Unlike|Through|Throughout|Among|Amongst|Across|Within|Beyond|Besides|Alongside)"
                          r"\s+[^\s,]+(?:\s+[^\s,]+){0,5}(?:,\s+(?:however|though|too|also))?")
"""A short phrase of a preposition or participle that opens a sentence ('Given the ongoing uncertainties', 'Due to the
floods', 'Like his rival'; no comma inside but before a last 'however'): left alone by a cue after it, with no verb in it,
it states nothing."""
_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")
"""Matches at a stretch's start when it holds three words or more: `len(text[x:y].split()) >= 3` without the copy
(the regex whitespace class and str.split both split on what str.isspace calls whitespace)."""


_SHORT_STATEMENT = re.compile(r"(?:He|She|It|They)\s+(?:died|resigned|survived|won|lost|escaped|was killed|was arrested|was injured)"
                              r"\s+(?:today|yesterday|overnight|later|instantly|there|on\s+[A-Z][a-z]+|[A-Z][a-z]+day)")
"""A short sentence of fact ("He died today"): fewer than twelve letters, still a statement."""


_DESPITE_TAIL = re.compile(r",\s+despite\s+(?![^,;]*\b(?:is|was|are|were|has|had|have|being)\b)[^;.]*$")


def split_clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split an unattributed stretch into statements at ';', ', but/while/with', a leading 'As ...,' and a final ', which'."""
    out = []
    for x, y in _cut(text, a, b):
        for p, q in _sub_clauses(text, x, y):
            c = _clean(text, p, q)
            if c is not None:
                out.append(c)
    return out


def _cut(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The stretch cut at the statement boundaries (_SPLIT), a pair of dashes around a short aside kept whole."""
    # every cut holds ';', ',' or '—': most stretches have none, and str.find is far cheaper than the regex
    find = text.find
    if find(",", a, b) < 0 and find(";", a, b) < 0 and find("—", a, b) < 0 and find(" and ", a, b) < 0:
        return [(a, b)]
    cuts = _split_matches(text, a, b)
    # ', and X was …' after a list ('A, B, and C were …') joins the last item, it opens no statement
    cuts = [m for i, m in enumerate(cuts) if _keep_cut(text, m, cuts[i - 1].end() if i else a, b)]
    paired: set[int] = set()
    if len(cuts) > 1:
        dashes = [i for i, m in enumerate(cuts) if "—" in m.group()]
        paired = {i for i, j in zip(dashes, dashes[1:], strict=False) if j == i + 1 and len(text[cuts[i].end() : cuts[j].start()].split()) <= 8}
        paired |= {i + 1 for i in paired}  # "the prorogation — a procedural suspension — of the Parliament": one statement
    out: list[tuple[int, int]] = []
    pos = a
    for i, m in enumerate(cuts):
        if i in paired:
            continue
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return out


_SPLIT_KEY = re.compile(r"[;,—]|\s(?=and\s)")
"""What every _SPLIT match holds: ';', ',' or '—', or the space before 'and' (it starts at the whitespace before it)."""
_MARK_KEY = re.compile(r"[;,—]")
_AND_KEY = re.compile(r"and(?<=\sand)(?=\s)")
"""_SPLIT_KEY's two kinds of key found apart: a character class and a literal the engine skips to (a leading whitespace class
makes it try every character; so does a leading lookbehind: the whitespace before 'and' is looked behind after it); an 'and'
key stands for the whitespace character before it."""


def _keys(text: str, a: int, b: int) -> list[int]:
    """The starts of `_SPLIT_KEY.finditer(text, a, b)` (every key is one character; the two kinds never coincide)."""
    marks = [k.start() for k in _MARK_KEY.finditer(text, a, b)]
    ands = [k.start() - 1 for k in _AND_KEY.finditer(text, a + 1, b)]
    return sorted(marks + ands) if ands else marks


def _split_matches(text: str, a: int, b: int) -> list[re.Match[str]]:
    """`list(_SPLIT.finditer(text, a, b))`, trying _SPLIT only where a match can start: at a key character or at the
    start of the whitespace before one (the engine would try every character, each against all its branches)."""
    out: list[re.Match[str]] = []
    pos, match = a, _SPLIT.match
    for key in _keys(text, a, b):
        s = key
        if s < pos:
            continue
        while s > pos and text[s - 1].isspace():
            s -= 1
        m = match(text, s, b)
        if m is None and s < key:  # "word ,": the whitespace starts nothing, the comma may
            m = match(text, key, b)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


_VERBISH = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|[a-z]{3,}ed)\b")


def _keep_cut(text: str, m: re.Match[str], a: int, b: int) -> bool:
    """', and X was …' after a list ('A, B, and C were …') joins the last item: it cuts only after a clause; nothing
    cuts inside brackets ('4 to 7 major hurricanes (category 3, 4 or 5; with winds of 111 mph or higher)')."""
    paren = text.rfind("(", a, m.start())
    if paren > a + 1 and paren > text.rfind(")", a, m.start()) and m.start() - paren < 60 and text.find(")", m.end(), m.end() + 60) >= 0:
        return False
    if m.group().startswith(";"):
        nxt = text.find(";", m.end(), b)
        if "\n" not in m.group() and list_item(text, m.end(), nxt if nxt >= 0 else b):
            fire("claim.list-items")  # 'Symptoms include A; B; C; and D': the items are one statement's, no clauses
            return False
        return True
    if m.group("and"):
        return _clause_before(text, a, m.start())
    if m.group("and2"):
        if not _has_verb(text, a, m.start()):
            return False
        fire("claim.and-clause")
    return True


def _clause_before(text: str, a: int, b: int) -> bool:
    """Whether the piece before ', and' is a clause (it has a verb), not the last item but one of a list."""
    start = text.rfind(",", a, b) + 1 if text.rfind(",", a, b) >= 0 else a
    return _VERBISH.search(text, start, b) is not None or len(text[start:b].split()) > 4


def _sub_clauses(text: str, x: int, y: int) -> list[tuple[int, int]]:
    """A piece without a leading channel phrase, split after a leading 'As …,' and before a final ', which …'."""
    res: list[tuple[int, int]] = []
    channel = _LEAD_CHANNEL.match(text, x, y) if text.startswith("In ", x) else None
    if channel and channel.end() < y:
        x = channel.end()  # "In findings published Tuesday in … by a team of …, C": the channel of C, no statement
    lead = _LEAD_SUB.match(text, x, y) if text[x : x + 1] in _LEAD_SUB_FIRST else None
    if lead and text.startswith("As a", x) and _AS_ROLE.match(text, x, y) and not _VERBISH.search(text, lead.start(1), lead.end(1)):
        fire("claim.as-role")  # 'As an open-source science mission with …, PACE will …': a role the subject has, no clause
        lead = None
    if lead and _GERUND.match(text, lead.start(1)):
        lead = None  # 'Since launching in 2016, the Marketplace has …': a phrase of the main clause's subject, no clause
    if lead:
        res.append((lead.start(1), lead.end(1)))
        x = lead.end()
    which = _WHICH_END.search(text, x, y) if text.find("wh", x, y) >= 0 else None  # 'which' or 'where': every match
    if which and (_NAMED_BEFORE.search(text, max(x, which.start() - 40), which.start()) or not text[which.end() + 5 : y].strip()):
        # "…, in the Democratic Republic of the Congo, which has suffered …": a fact of its own about a named
        # entity; after a common noun the clause qualifies it ("Tesco continues to run 19 stores, which were not …")
        res.append((x, which.start()))
        x = which.end()
    res.append((x, y))
    return res


def _after_dateline(text: str, x: int, y: int) -> int | None:
    """Where a piece's statement starts after a dateline opening it; None when the piece is only the dateline ('LEEDS,
    England (AP)' with the clauses cut at its dash)."""
    date = DATELINE.match(text, x, y) if text[x : x + 3].isupper() or text[x : x + 1] == "[" else None
    alone = date is None and text[x : x + 3].isupper() and DATELINE_CUT.fullmatch(text, x, y) and (x == 0 or text[x - 1] == "\n")
    if date or alone:
        fire("not-claim.dateline")
    return None if alone else date.end() if date else x


def _clean(text: str, x: int, y: int) -> tuple[int, int] | None:
    """A piece trimmed of connectors, punctuation, a dateline, a closing concession and a trailing 'and'; None when too short."""
    while x < y and text[x] in " ,":
        x += 1
    dated = _after_dateline(text, x, y)
    if dated is None:
        return None
    x = dated
    link = _LINKING.match(text, x, y) if text.find(",", x, min(y, x + _LINKING_REACH)) >= 0 else None
    if link:
        fire("claim.linking-lead")
        x = link.end()
    c = _CONNECTOR.match(text, x, y) if link is None else None  # 'Nevertheless, so well did he …': 'so' is no connector
    if c and text.startswith("With ", x) and text.find(",", c.end(), y) > 0:
        fire("claim.opening-with")  # 'With PACE, researchers will …': a sentence's opening preposition, no connector
    elif c:
        x = c.end()
    while x < y and not (text[x].isalnum() or text[x] in "“\"‘'$£€"):
        x += 1
    while y > x and (text[y - 1] in " ,.;:—–-" or text[y - 1].isspace()):
        y -= 1
    tags = TAGS_AFTER.search(text, x, y) if text.find("#", x, y) >= 0 or text.find("@", x, y) >= 0 else None
    if tags and tags.start() > x:
        y = tags.start()
        while y > x and text[y - 1] in " ,.;:":
            y -= 1
    lang = LANGUAGE_TAGS_END.search(text, x, y) if y > x and text[y - 1] == "]" else None
    if lang and lang.start() > x:  # '… The jails are closed [en, ar]': the linked page's languages
        y = lang.start()
    despite = _DESPITE_TAIL.search(text, x, y) if text.find("despite", x, y) >= 0 else None
    if despite and despite.start() > x:  # "He announced this change …, despite criticism by X": the concession is no statement
        y = despite.start()
    if text[y - 3 : y] in ("and", "but") or text[y - 2 : y] == "or" or text[y - 2 : y] == "by" and _ING_NEXT.match(text, y):
        t = _TRAILING.search(text, x, y)  # '… embarrassed his rival by' before 'calling him out …': the means is the cue's
        y = t.start() if t else y
    if _LEAD_PHRASE.fullmatch(text, x, y) and not _VERBISH.search(text, x, y) and not holds_sure_verb(text, text.find(" ", x, y) + 1 or x, y):
        fire("not-claim.lead-phrase")  # 'Given the ongoing uncertainties, Millán added, “…”': the phrase leads in, it states nothing
        return None
    if (_TWELVE_ALNUM.match(text, x, y) or _SHORT_STATEMENT.fullmatch(text, x, y)) and _THREE_WORDS.match(text, x, y):
        return x, y
    return None


def quote_cover(quotes: list[Quote], a: int, b: int) -> list[tuple[int, int]]:
    """The parts of [a, b) inside quotes."""
    return [(max(q.start, a), min(q.end, b)) for q in quotes if q.start < b and q.end > a]


_CONTENT_END = re.compile(r";\s+|,\s+(?:while|whereas|even though|although|though)\s+(?!(?:still\s+|also\s+)?[a-z]{2,}ing\b)"
                          r"|,\s+which\s+(?:was|is|were|are|has|had|have)\b"
                          r"|,\s+but\s+(?=[A-Z])|,\s+(?:" + alternation(MATRIX_PARTICIPLES) + r")\s")
"""Where reported content ends and the article resumes its own voice: "X said C; D", "X said C, while D",
"Per X, C, even though D", "X insists C, which was D, but E", "X said C, drawing a sharp reply from Y" (a participle
of the reporter's subject). The rest of the sentence is read as unattributed. A participle after 'while' has the reported
clause's subject ('X said it plans to open in May, while hiring more staff'): the report goes on."""


_INNER_RELATIVE = re.compile(r",\s+which\s+[^,;]{3,80},\s+(?:[a-z]{3,}ed|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should"
                             r"|(?!(?:this|thus|plus|less|unless|whereas|across|perhaps|always|news)\b)[a-z]{3,}[^\Wsu]s)\b")
"""A relative clause inside the content's subject, the subject's verb after it: 'the pipeline, which is already up and
running, renders the effort unnecessary' (a present verb in -s as well as a past or an auxiliary)."""


def own_statement(ms: str, parts: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Cut the last fragment of each content at the first point where the article's own statement resumes."""
    out = []
    for part in parts:
        a, b = part[-1]
        m = _CONTENT_END.search(ms, a, b) if ms.find(",", a, b) >= 0 or ms.find(";", a, b) >= 0 else None  # every match holds one
        if m and _INNER_RELATIVE.match(ms, m.start(), b):
            m = None  # "certain wavelengths of light, which are usually absorbed by water, weakened when …": inside the subject
        if m and m.start() > a and '“' not in ms[m.start() : b] and '"' not in ms[m.start() : b]:
            part = part[:-1] + [(a, m.start())]
        out.append(part)
    return out


_RELATIVE = re.compile(r";\s+(?:(?:to|of|in|for|from|by|with|at|on)\s+)?(?:which|whom)\s+")


def relative_parts(ms: str, parts: list[list[tuple[int, int]]], ends: list[int]) -> list[list[tuple[int, int]]]:
    """A relative clause after the ';' that ended a content continues the report: "Tesco said its branch had a
    … turnover; to which the sold units contributed …" (a second claim of the same speaker, from after 'which')."""
    out = []
    for part, end in zip(parts, ends, strict=True):
        m = _RELATIVE.match(ms, part[-1][1]) if part[-1][1] < end else None
        if m:
            stop = _CONTENT_END.search(ms, m.end(), end)
            out.append([(m.end(), stop.start() if stop else end)])
    return parts + out


_REASON = re.compile(r"(?:\s+because|,\s+when)\s+(?!of\b)(?=(?:[\w’'-]+\s+){1,5}?(?:had|has|have|was|were|is|are|would|could|will|"
                     r"[a-z]{3,}ed)\b)")


_REASON_GATE = derive_gate(_REASON) or ("",)
"""The words one of which every _REASON match holds ('because', 'when'; derived from it): a content holding neither
is not searched."""


def reason_parts(ms: str, parts: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """'X announced C because D' / 'X reported C, when D': the reason or time clause is a second statement of the
    same speaker (cf. Fauci's 'because' clause in the ebola key)."""
    out = []
    for part in parts:
        a, b = part[-1]
        m = _REASON.search(ms, a, b) if any(ms.find(w, a, b) >= 0 for w in _REASON_GATE) else None
        if m and m.start() - a > 20 and len(part) == 1 and '“' not in ms[a:b] and '"' not in ms[a:b]:
            out.extend([[(a, m.start())], [(m.end(), b)]])
        else:
            out.append(part)
    return out


_CONCESSIVE = re.compile(r",\s+(?:even though|even if|although|though|whereas|despite)\s+")
_RESUME = re.compile(r",\s+(?:and|but)\s+(?=[A-Za-z])")


def split_concessive(ms: str, part: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """'Per X, C, even though D, and E': C and E are reported, the concession D between commas is the article's."""
    a, b = part[-1]
    m = _CONCESSIVE.search(ms, a, b)
    if not m or '“' in ms[m.start() : b] or '"' in ms[m.start() : b]:
        return [part]
    out = [part[:-1] + [(a, m.start())]]
    r = _RESUME.search(ms, m.end(), b)
    if r and len(ms[r.end() : b].split()) >= 3:
        out.append([(r.end(), b)])
    return out


def gaps(n: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [0, n) outside every covered span."""
    out, pos = [], 0
    for a, b in sorted(covered):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        out.append((pos, n))
    return out
