"""Quote frames: whoever stands next to a quotation, with any verb, said it.

News puts a speaker beside a quote with verbs no cue list holds ('a friend commented: “…”', '“…,” Trump quipped.',
'the letter reads: “…”', 'In a statement, Greenpeace defended the protest as “peaceful”: “…”'). Where a colon or
dash opens the quote, or the sentence closes right after it, the subject of the verb next to the marks is the
speaker of the whole quotation (all its sentences). Offsets are sentence-relative, on the masked sentence.

- `quote.colon-led`: SUBJECT [aux] VERB [up to eight words]: “QUOTE”  (also with a dash; or SUBJECT was REACTION: “QUOTE”);
- `quote.subject-verb-after`: “QUOTE,” SUBJECT [aux] VERB [a short circumstance].
- `quote.verb-subject-after`: “QUOTE,” VERB SUBJECT [, apposition].
- `frame.headline-colon`: NAME: CONTENT as a paragraph of its own (a headline: 'Lynch: No outside influence on FBI probe').
- `frame.headline-title-cue`: a headline in title case, NAME Cue CONTENT or CONTENT, NAME Cue ('Trump Says His …').

Its rules (id, what each decides, a real example): rules/quote_frames.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import TO_OBJECT
from reader.core.claims.lexicon.cue_tail import ALL, EVIDENCE_SUBJECTS, STANCE
from reader.core.claims.lexicon.line_cues import LINE_CUES
from reader.core.claims.lexicon.np_words import NP_INNER
from reader.core.claims.lexicon.opinion import REACTIONS
from reader.core.claims.lexicon.prepositions import NOT_APPOSITIVE
from reader.core.claims.lexicon.verbs import BE_FINITE
from reader.core.claims.stages.frames.hearer import VIA, VIA_NAME
from reader.core.claims.stages.second_frames import SecondFrame, skip_aux
from reader.core.claims.stages.second_subjects import appositive_subject, noun_like, np_before, tokens

_IRREGULAR = frozenset("""said told wrote spoke put read reads thought felt knew gave made took went came saw heard meant
    began kept left held brought sang""".split())
_NOT_VERB = frozenset("""news this his its was has does is us yes thus plus bus gas less unless was series species
    always perhaps whereas""".split())
_OPENS_CLAUSE = re.compile(r"(?:^|[:;—–-]|[.!?][”\"’]?)\s*$")
"""Where a quote that a cue after it closes may open: the sentence's start, or after a colon, a semicolon or a dash."""
_CLOSE_TAIL = re.compile(r"(?:\s+[^,;:“”\"]{1,50}?)?\s*[.!]?\s*$")
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:" + alternation(TO_OBJECT) + r")\b)[a-z]+\s+[a-z]")
"""'the “Super Tuesday” March 1 states to organize supporters': an infinitive after the word, which is a noun, no verb of speech."""
_APPOSED_END = re.compile(r"\s*(?:,\s*[^,;:“”\"]{2,90}?)?\s*[.!]?\s*$")
_RESUMES = re.compile(r"(?:\s+[^,;:“”\"]{1,50}?)?\s*,\s*[“\"]")
"""The quotation goes on after its cue ('“A,” she joked, “B.”'): both parts are the speaker's."""
_HEADLINE = re.compile(r"(?P<name>(?:[A-Z][\w’'.&-]*)(?:\s+(?:[A-Z][\w’'.&-]*|of|de|van|von)){0,4})"
                       r"(?:\s+(?:on|to|at|in|about)\s+[^:;,.“”\"]{1,60}?)?\s*(?P<colon>:)\s+(?=[^\s:]+\s+[^\s:]+\s+[^\s:])")
_LABELS = frozenset("""update updated note editor editors watch video videos photo photos picture pictures image images read related
    breaking exclusive live opinion analysis source sources correction clarification disclosure q a transcript see also more
    warning caption credit credits listen click follow subscribe advertisement sponsored tags topics filed category by from to
    subject date time location where when what why how who here this that the step part chapter section figure table question
    answer summary background context verdict rating claim fact ps bottom top news story stories update monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october november december
    today tonight yesterday morning evening weekend day week year""".split())
"""First words of a heading's label, not a speaker ('Editor’s note: …', 'Source: …', 'Tuesday’s Morning Email: …')."""


def _verb_like(word: str) -> bool:
    low = word.lower()
    if not word[:1].islower() or low in _NOT_VERB:
        return False
    return low in ALL or low in _IRREGULAR or low.endswith("ed") or low.endswith("s") and len(low) > 3 and not low.endswith("ss")


def _apposed_name(toks: list[tuple[int, int, str]], span: tuple[int, int]) -> tuple[int, int] | None:
    """The apposition's offsets when it is a name of two to five capitalised words, else None."""
    words = [t[2] for t in toks[span[0] : span[1]]]
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words):
        return None
    return toks[span[0]][0], toks[span[1] - 1][1]


def _colon_led(ms: str, toks: list[tuple[int, int, str]], qi: int) -> SecondFrame | None:
    """'a friend commented: “Q”' — the quote mark at token qi follows a colon or a dash."""
    if qi < 3 or toks[qi - 1][2] not in (":", "—", "–"):
        return None
    for vi in range(qi - 2, max(-1, qi - 11), -1):
        if toks[vi][2] in (",", ";") and vi < qi - 2:
            break
        reaction = toks[vi][2].lower() in REACTIONS and vi > 1 and toks[vi - 1][2].lower() in _BE  # 'Ann Lee was blunt: “Q”'
        if not (_verb_like(toks[vi][2]) or reaction) or vi > 0 and toks[vi - 1][2].endswith(("’", "'", "’s", "'s")):
            continue  # "farmers’ views": a word after an owner is a noun
        k, passive = skip_aux(toks, vi)
        if passive and not reaction:
            continue
        i = np_before(toks, k)
        if i is not None and toks[k - 1][2].lower() in NP_INNER:
            continue  # 'Counts of voters and measures …': a phrase ending in 'and' or 'of' is no subject
        subject = (toks[i][0], toks[k - 1][1]) if i is not None else None
        role = None
        if subject is None and k > 0 and toks[k - 1][2] == ",":  # 'Ann Lee, R-Ky., delivered a message: “Q”'
            apposed = appositive_subject(toks, k)
            subject = (toks[apposed[0]][0], toks[apposed[1] - 1][1]) if apposed else None
            # 'Commissioner for Neighbourhood and Enlargement, Olivér Várhelyi, commented: “Q”': a name apposed to a title
            # (the speaker stage makes it the speaker, the title its role)
            role = _apposed_name(toks, apposed[2]) if apposed and apposed[2] else None
        if subject is None:
            continue
        channel = VIA.fullmatch(ms, toks[vi][1], toks[qi - 1][0]) or VIA_NAME.fullmatch(ms, toks[vi][1], toks[qi - 1][0])
        return SecondFrame("quote.colon-led", (toks[vi][0], toks[vi][1]), subject, role, (toks[qi][1], len(ms.rstrip())), toks[vi][2].lower(),
                           channel.group("via") if channel else None)  # 'X posted on Facebook: “Q”': via Facebook
    return None


_BE = frozenset(BE_FINITE)
_ASKS = frozenset("asks wonders demands pleads urges jokes quips".split())
"""Verbs in -s that put a question or a plea after a quote ('“Where will it go?” asks a resident'): a speaker follows."""
_NO_SUBJECT_START = frozenset(NOT_APPOSITIVE + ("along", "about", "over", "under", "into", "of", "than", "like"))
"""Words no speaker after a quote opens with: a prepositional phrase follows the quote ('… along with a photo gallery')."""


def _after_quote(ms: str, toks: list[tuple[int, int, str]], ci: int) -> SecondFrame | None:
    """'“Q,” Trump quipped.' / '“Q,” quipped Trump.' — the closing mark at token ci ends the quote."""
    j = ci + 1 + (ci + 1 < len(toks) and toks[ci + 1][2] == ",")
    if j >= len(toks) or not toks[j][2][:1].isalnum():
        return None
    opening = max((k for k in range(ci) if toks[k][2] in ("“", "\"")), default=None)
    inside = opening is not None and not _OPENS_CLAUSE.search(ms, 0, toks[opening][0])
    if inside and j == ci + 1:
        return None  # 'Republicans learned that the “Solid South” no longer gave them …': a quoted name inside a clause
    content = (toks[opening][1] if opening is not None else 0, toks[ci][0])  # no opening mark: the quote began a sentence before
    low = toks[j][2].lower()
    inverted_verb = _verb_like(toks[j][2]) and (low in ALL or low in _IRREGULAR or low in LINE_CUES or low in _ASKS or not low.endswith("s"))
    if inverted_verb and j + 1 < len(toks):  # '“Q,” quipped Ann Lee, the mayor.' (not '“No entry” signs hung …')
        end = next((k for k in range(j + 1, len(toks)) if toks[k][2] in (",", ".", "!")), len(toks))
        words = [t[2] for t in toks[j + 1 : end]]
        if words and len(words) <= 12 and all(noun_like(w) or w.lower() in ("the", "a", "an", "of", "for", "at") for w in words) \
                and (_APPOSED_END.fullmatch(ms, toks[end - 1][1]) or _RESUMES.match(ms, toks[end - 1][1])):
            return SecondFrame("quote.verb-subject-after", (toks[j][0], toks[j][1]), (toks[j + 1][0], toks[end - 1][1]), None, content,
                               toks[j][2].lower())
    if toks[j][2].lower() in _NO_SUBJECT_START:
        return None  # '“Q” along with a photo gallery of images from the day.': a phrase, no one who speaks
    for vi in range(j + 1, min(len(toks), j + 9)):
        if not _verb_like(toks[vi][2]):
            continue
        if inside and toks[vi][2].lower() not in LINE_CUES:
            return None  # a partial quote closing a clause ('… than Clinton "no matter what," one user commented') needs a cue
        k, passive = skip_aux(toks, vi)
        closes = _CLOSE_TAIL.fullmatch(ms, toks[vi][1]) or _RESUMES.match(ms, toks[vi][1])
        if passive or k <= j or np_before(toks, k) != j or not closes or _INFINITIVE.match(ms, toks[vi][1]):
            return None
        return SecondFrame("quote.subject-verb-after", (toks[vi][0], toks[vi][1]), (toks[j][0], toks[k - 1][1]), None, content,
                           toks[vi][2].lower())
    return None


def find_headline(ms: str, text: str, at: int) -> SecondFrame | None:
    """'Lynch: No outside influence on FBI probe into Clinton emails' — a paragraph of one line (at `at` in `text`) that
    opens with a name and a colon: the name said what follows, up to a semicolon ('Clinton to Planned Parenthood: …'
    keeps the name alone). The name is a study, a poll, a report … or stands as a name again in the text after it
    (mid-sentence, capitalised): a label
    ('Revealed: …', 'Contributing: …', 'BOOM: …') or a section head over a list ('Iowa: A, B, C, …') is no speaker."""
    m = _HEADLINE.match(ms)
    if m is None or m.group("name").isupper() or re.sub(r"[’']s?$", "", m.group("name").split()[0].lower()) in _LABELS:
        return None
    end = ms.find(";", m.end())
    end = len(ms.rstrip()) if end < 0 else end
    content = ms[m.end() : end]
    last = m.group("name").split()[-1]
    if len(content.split()) < 5 or content.count(",") >= 3 \
            or last.lower() not in EVIDENCE_SUBJECTS and not _named_again(text, last, at + len(ms)):
        return None
    return SecondFrame("frame.headline-colon", (m.start("colon"), m.end("colon")), (0, m.end("name")), None, (m.end(), end), "say")


def _named_again(text: str, word: str, after: int) -> bool:
    """Whether `word` stands in the text after `after` inside a sentence (capitalised there, so a name), looking at
    its first few occurrences only."""
    pos = after
    for _ in range(20):
        pos = text.find(word, pos)
        if pos < 0:
            return False
        end = pos + len(word)
        before = text[max(0, pos - 3) : pos].rstrip()
        if not text[pos - 1 : pos].isalnum() and not text[end : end + 1].isalnum() and before[-1:].isalnum() | (before[-1:] == ","):
            return True
        pos = end
    return False


_SIGNED = re.compile(r"[”\"][ \t\u00a0]*(?P<dash>[―—])[ \t\u00a0]*(?P<name>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}?)[ \t\u00a0.]*(?=\n|$)")
"""A quotation signed at its line's end with a dash and a name ('“…” ― Ann Lee'), as readers' voices are printed."""


def _signed(ms: str) -> list[SecondFrame]:
    """'“Q.” ― Ann Lee' at a line's end: the name said the quotation (no opening mark before it: it began a sentence before)."""
    out = []
    for m in _SIGNED.finditer(ms):
        opening = max(ms.rfind("“", 0, m.start()), ms.rfind("\"", 0, m.start()))
        out.append(SecondFrame("quote.verb-subject-after", m.span("dash"), m.span("name"), None, (opening + 1 if opening >= 0 else 0,
                                                                                              m.start()), "say"))
    return out


def find_quote_frames(ms: str) -> list[SecondFrame]:
    """Frames that attach the quotations of one masked sentence to the subject of the verb beside them."""
    toks = tokens(ms)
    out = _signed(ms) if "―" in ms or "—" in ms else []
    for n, (_, _, w) in enumerate(toks):
        f = _colon_led(ms, toks, n) if w in ("“", "\"") else None
        f = f or (_after_quote(ms, toks, n) if w in ("”", "\"") else None)
        if f is not None:
            out.append(f)
            resumed = _RESUMES.match(ms, max(f.cue[1], f.subject[1])) if f.rule != "quote.colon-led" else None
            if resumed:  # '“A,” she joked, “B.”': the second part is hers too
                close = min((i for i in (ms.find("”", resumed.end()), ms.find('"', resumed.end())) if i >= 0), default=len(ms))
                out.append(replace(f, content=(resumed.end(), close)))
    return out


_TITLE_WORD = re.compile(r"[A-Z][\w’'.&-]*")
_TITLE_CUES = frozenset(w for w in (*ALL, *STANCE) if (w.endswith("s") and not w.endswith("ss") or w.endswith("ed")) and len(w) > 3) \
    | {"said", "told", "thinks"}
"""A headline's cue is a verb in the present or the past ('Trump Says …', 'Christie Calls …', 'Kasich Just Revealed …')."""
_TITLE_AUX = frozenset("Just Now Again Also Still Is Has Was Reportedly".split())
"""Words between a headline's speaker and its cue ('Kasich Just Revealed', 'Trump Is Calling')."""
_SMALL = frozenset("a an the of to in on at for and or but by with from as vs over into about after".split())


def find_title_cue(ms: str) -> SecondFrame | None:
    """'Trump Says His Obamacare Replacement Will Not Allow People To Die', 'Clinton Hid Past Health Problems, Former White
    House Doctor Says.': a one-line paragraph in title case whose cue is a present verb; the words before the cue (after
    a label and its colon) are the speaker, the rest what was said."""
    toks = [(a, b, w) for a, b, w in tokens(ms) if w not in "“”\"‘’"]
    words = [w for _, _, w in toks if w[:1].isalpha() and w.strip("x’'")]  # a quotation's words are masked as 'xxx'
    if len(words) < 5 or sum(w[:1].isupper() for w in words if w.lower() not in _SMALL) < 0.8 * sum(w.lower() not in _SMALL for w in words):
        return None
    for i, (a, b, w) in enumerate(toks):
        if not (w[:1].isupper() and w.lower() in _TITLE_CUES) or i == 0:
            continue
        k = i
        while k > 0 and toks[k - 1][2] in _TITLE_AUX:
            k -= 1
        j = k
        while j > 0 and toks[j - 1][2] not in (",", ":", ";") and k - j < 6 and _TITLE_WORD.fullmatch(toks[j - 1][2]):
            j -= 1
        if j == k or (j > 0 and toks[j - 1][2] not in (",", ":")):
            return None
        after = [t for t in toks[i + 1 :] if t[2][:1].isalnum()]
        if len(after) >= 2:
            content = (b + len(ms[b:]) - len(ms[b:].lstrip()), len(ms.rstrip(" .!")))
        elif j > 0 and toks[j - 1][2] == "," and not after:  # 'CONTENT, NAME Says.': the cue closes the line
            content = (toks[0][0], toks[j - 1][0])
        else:
            return None
        return SecondFrame("frame.headline-title-cue", (a, b), (toks[j][0], toks[k - 1][1]), None, content, ALL.get(w.lower(), "say"))
    return None
