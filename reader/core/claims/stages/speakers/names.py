"""Who said it: split a subject noun phrase into name and role, and resolve pronouns.

"Putin's spokesman Dmitry Peskov" -> name "Dmitry Peskov", role "Putin's spokesman";
"Elina Ribakova, deputy chief economist for the IIF," -> name + appositive role;
"he"/"she" -> the last person named as a source; "it"/"they" -> the last organisation or group.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.channels import CHANNEL_HEAD
from reader.core.claims.lexicon.connectives import SUBJECT_ADVERBS
from reader.core.claims.lexicon.cue_tail import RELATED_TO
from reader.core.claims.lexicon.determiners import DESCRIBING_OPENERS
from reader.core.claims.lexicon.given_names import given_gender
from reader.core.claims.lexicon.post_marks import HANDLE_TAG, LANGUAGE_TAG
from reader.core.claims.lexicon.titles import (
    IN_NOT_TITLE,
    NAME_TO,
    NAMED_HEADS,
    ORG_WORDS,
    PORTFOLIOS,
    POSTNOMINALS,
    ROLE_HEADS,
    TITLES,
    USER_HEADS,
    is_title,
)
from reader.core.text.frozen import quick_init
from reader.core.text.language import FUNCTION_WORDS

_INITIAL_END = re.compile(r"\b[A-Z]\.$|\b(?:Jr|Sr|Inc|Co|Ltd)\.$")
_CAP = re.compile(r"^(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-)?[A-Z\u00C0-\u00DE][\w.’'\-]*$")
"""A capitalised name word; an Arabic article or kin word joined by a hyphen may come first ('al-Asaadi', 'bin-Laden')."""
PREP_SPLIT = re.compile(r"(?:\s+(?:of|for|at|from|with|" + IN_NOT_TITLE + r")|(?:" + "|".join(rf"(?<=\b{w})" for w in sorted(RELATED_TO))
                        + r")\s+to)\s+")
"""Where a name's head ends and what follows it starts: 'Director Anthony Fauci of the NIAID' ('Special Agent in Charge
Richard Quinn' is one title and a name); 'to' after a relation ('advisers to Mr. Baker': lexicon/cue_tail.RELATED_TO)."""


_WITH_ACRONYM = re.compile(r"(?:the\s+)?((?:[A-Z][\w.&’'-]*,?\s+(?:(?:of|on|for|and|the|de|du|des)\s+)*)+[A-Z][\w.&’'-]*\s*\([A-Z][A-Za-z]{1,9}\))")
"""A name written with its acronym in brackets is an organisation's full name."""


@quick_init
@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    role: str | None
    person: bool


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
"""A name's initials ('S.', 'J.R.'): capitals only, still part of a person's name."""


def _is_cap(tok: str) -> bool:
    return bool(_CAP.match(tok)) or tok in ("de", "van", "von", "bin", "al", "da", "di", "le", "la")


def strip_possessive(tok: str) -> str:
    """The token without a possessive ending ("Putin’s" -> "Putin")."""
    if tok.endswith(("’s", "'s")):
        return tok[:-2]
    return tok[:-1] if tok.endswith(("’", "'")) else tok




def _titled_name(subject: str, head: str) -> Speaker | None:
    """'US Secretary of State Mike Pompeo', 'Director-General of the WHO Tedros Adhanom Ghebreyesus': a title with
    its 'of …' complement, then the person's name (the trailing capitalised words after the portfolio or acronym)."""
    last = head.split()[-1].lower().rstrip(".")
    if last not in TITLES and last.split("-")[0] not in TITLES:
        return None  # 'Special Agent in Charge Richard Quinn of the FBI …': the name is in the head, before 'of'
    toks = subject.split()
    i = len(toks)
    while i and _is_cap(toks[i - 1]) and (toks[i - 1][0].isupper() or "-" in toks[i - 1]):
        i -= 1
    marks = [k for k in range(i, len(toks)) if toks[k].lower() in PORTFOLIOS or toks[k].lower() in ORG_WORDS
             or toks[k].isupper() and not _INITIALS.fullmatch(toks[k])]  # an initial is the name's ('John C. Demers')
    given = len(toks) - 3 - bool(_INITIALS.fullmatch(toks[-2]))  # the last word of a portfolio before a two-word name
    if not marks and 0 < i <= given and toks[i - 1] in ("and", "&"):
        marks = [given]  # 'Secretary for Security and Nonproliferation Eliot Kang', 'for Health and Food Safety Stella Kyriakides'
    if not marks and "and" not in toks[:i] and "&" not in toks[:i]:
        first = next((k for k in range(i + 1, len(toks) - 1) if given_gender(toks[k])), None)
        marks = [first - 1] if first is not None else []  # 'Minister of Farms Tom Baker': the name opens on a given name
    if not marks:
        return None
    i = marks[-1] + 1  # the name follows the last portfolio, organisation word or acronym of the run
    while len(toks) - i > 2 and is_title(toks[i].lower().rstrip(".")):
        i += 1  # 'Speaker of the House Rep. Paul Ryan': a second title before the name is the role's
    name = toks[i:]
    if len(name) < 2 or len(name) > 4 or not all(any(c.islower() for c in t) or _INITIALS.fullmatch(t) for t in name) or i <= len(head.split()) \
            or not toks[i - 1][0].isupper():  # "President of the United States": the complement, not a name
        return None
    return Speaker(" ".join(name), " ".join(toks[:i]), True)


_REFLEXIVE = re.compile(r"\s+(?:him|her|it|them)sel(?:f|ves)$")
"""'the Baron himself affirms': the emphasis is no part of the name."""
_OWNED_PERSON = re.compile(r"(?P<o>[A-Z][^,;:“”\"]{1,60}?(?:[’']s|s[’']))\s+(?P<p>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4})")
"""A capitalised owner's person ('Harvard’s Steven Pinker'): read as the person, if the words after the owner are one."""
_LEADING_CONJ = re.compile(r"^(?:And|But|Or|So|Yet|Then|Also|Whenever|Wherever|Whether|When|While|If|Once|Because|Although|Though"
                           r"|Unless|Until|Since|Both|" + alternation(SUBJECT_ADVERBS, title=True) + r")\s+(?=[A-Z])")
"""'And Hawkins, the only candidate …, endorsed', 'Whenever García can accuse …, he does': the conjunction or the
subordinator opens the sentence, it is no part of the name (nor 'Both' before two names, nor a sentence adverb: 'Even
Ann Lee, who owns shares in the mill, said', 'Later Lee, the board's chair, said')."""


_TAGS = re.compile(r"\s*" + LANGUAGE_TAG + r"|\s*" + HANDLE_TAG)
"""What blog-citing news adds to a name: the language of the linked page ('Salomé [es]') and the person's handle
('Juan Pueblo (@ElcondeGiovanni)'): no part of the name."""


_ASIDE_END = re.compile(r"\s*\((?:[^(),]{1,20},[^(),]{1,20}|[A-Z]{2}|[DRI]-[A-Z][\w.]*|[a-z]{3,}(?:ed|en)\s+(?:by|in|on|for|at)\s[^()]{1,80}"
                         r"|(?:pictured|left|right|cent(?:re|er)|above|below|inset|top|bottom)(?:\s+\w+){0,2})\)\s*$")
"""A short aside in brackets closing a person's name: a group and country ('Ismail Ertug (S&D, DE)', 'Jan Novak (CZ)'),
a US party and state ('(R-WI)'); or a participle phrase closing any subject ('An independent investigation (commissioned
by Rigpa Fellowship and Rigpa Fellowship US)'), which names who made the thing, not who speaks; where a photo shows them
('Smith (pictured)', '(left)'). An organisation's acronym ('(WHO)') stays with its name."""


def _untagged(subject: str) -> str:
    """The subject without _TAGS and a closing bracketed aside, substituted only when it holds '[' or '(' (every
    match does; the sub tries every position of every subject)."""
    if "(" in subject and subject.rstrip().endswith(")"):
        subject = _ASIDE_END.sub("", subject)
    return _TAGS.sub("", subject) if "[" in subject or "(@" in subject else subject


_PARTICIPLE_WORD = re.compile(r"[a-z]{2,}(?:ing|ed)")
"""A lower-case word in '-ing' or '-ed' after 'blogger' or 'user' is a participle, no user name."""


def _whole_name(head: str) -> Speaker | None:
    """A subject that is one name as written: 'Russian LJ user gyperbol' (a user name, in lower case too; the rest its
    role), 'The Committee to Protect Journalists' (an organisation's name with 'to' inside)."""
    toks = head.split()
    if len(toks) >= 2 and toks[-2].lower() in USER_HEADS and not _PARTICIPLE_WORD.fullmatch(toks[-1]):
        return Speaker(toks[-1], " ".join(toks[:-1]), True)  # not 'Another blogger residing (in Addis Ababa)': a participle
    if NAME_TO.search(head) and head[:1].isupper():
        return Speaker(re.sub(r"^The\s+", "", head), None, False)
    return None


_AGENT = re.compile(r"^(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?!(?:issued|filed|signed|released|published|sent"
                    r"|authored|prepared|submitted|delivered|posted|tweeted|conducted|commissioned|compiled|drafted)\b)"
                    r"(?:[a-z]+ed|made|done|taken|shown|drawn|seen|known|run|led|held)\s+by\s", re.I)
"""A common noun phrase with an agent ('The new data collected by the James Webb', 'a commission appointed by President
Bush'): the noun is the subject, the agent no one who spoke; a document's issuer is ('a court document filed by X')."""
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
"""The grade of a rank ('Sgt. 1st Class'): the 'Class' after it is the rank's, no name's."""


def _organisation_whole(subject: str) -> Speaker | None:
    """A subject that is one organisation or thing, read whole: a name with its acronym, a noun phrase with an agent."""
    acronym = _WITH_ACRONYM.fullmatch(subject)
    head = PREP_SPLIT.split(subject, maxsplit=1)[0] if acronym else subject  # the head is read here only with an acronym
    if acronym and (head == subject or not split_subject(head).person):
        # "the United States Commission on International Religious Freedom (USCIRF)": an organisation, whole
        # ("Director Anthony Fauci of the … (NIAID)" is a person with a role)
        return Speaker(acronym.group(1), None, False)
    if _AGENT.search(subject):  # 'The new data collected by the James Webb': the data, no person
        return Speaker(subject, None, False)
    return None


_POSTNOMINALS = re.compile(r"(?:\s+(?:" + "|".join(POSTNOMINALS) + r")\b)+$")
"""The letters after a name at the end of a mention (lexicon/titles.POSTNOMINALS)."""


def _without_letters(head: str) -> str:
    """The head without the letters after its name: 'Suella Braverman QC MP' (they go with the role)."""
    tail = _POSTNOMINALS.search(head)
    return head[: tail.start()] if tail is not None and tail.start() > 0 else head


_DESCRIBING = frozenset(w.capitalize() for w in DESCRIBING_OPENERS)
"""Capitalised openers of a description, not of a name ('One Clinton spokesman', 'Former Reagan chief of staff')."""


_PARTICLES = frozenset("von van der den de da di del della du le la ter ten dos das bin ibn".split())
"""Lower-case particles inside a person's name ('Ursula von der Leyen', 'Ludwig van Beethoven')."""


def _last_capital_run(toks: list[str]) -> tuple[int, int]:
    """[start, end) of the last run of capitalised tokens, with the particles between them ('Ursula von der Leyen')."""
    end = len(toks)
    while end and not _is_cap(toks[end - 1]):
        end -= 1
    start = end
    while start and (_is_cap(toks[start - 1]) or toks[start - 1] in _PARTICLES and start >= 2
                     and (_is_cap(toks[start - 2]) or toks[start - 2] in _PARTICLES)):
        start -= 1
    while start < end and (toks[start] in _PARTICLES or start == 0 and toks[0].lower() in _QUANTIFIERS):
        start += 1  # 'Some Acme workers': the opening quantifier is no part of a name
    return start, end


_QUANTIFIERS = frozenset("some many most several both all few other another each every two three four five six seven eight nine "
                         "ten dozens hundreds thousands".split())


def _officer_of_body(toks: list[str], run: list[str], run_end: int) -> bool:
    """Whether the capitalised run is a body's name and the lower-case words after it that body's officer ('Victim
    Support Scotland chief executive', 'One Clinton spokesman', "Ms. Merkel's spokesman"): a long run, a describing
    opener, an organisation word or a possessive; two capitalised words alone may be a person's name ('Robert Mackey
    reporter and editor')."""
    if not run or run_end == len(toks) or not all(t.islower() for t in toks[run_end:]) or not (is_title(toks[-1]) or toks[-1] in ROLE_HEADS):
        return False
    return len(run) >= 3 or run[0] in _DESCRIBING or any(strip_possessive(t).lower() in ORG_WORDS or t != strip_possessive(t) for t in run)


def _owned_person(subject: str) -> Speaker | None:
    """"University of Hawaii’s Lauren Schurmeier", "NASA’s Bill Nelson": the person, the owner their role (not
    "Schlafly’s Final Column", a channel)."""
    owned = _OWNED_PERSON.fullmatch(subject)
    if owned is None or CHANNEL_HEAD.search(owned.group("p")):
        return None
    sp = split_subject(owned.group("p"))
    if not sp.person:
        return None
    return Speaker(sp.name, f"{owned.group('o')} {sp.role}" if sp.role else owned.group("o"), True)


_DESCRIBED_SURNAME = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+ly\s+)?(?P<w>[a-z][\w-]*)\s+(?P<n>[A-Z][a-z][\w’'-]+)")
"""A surname after an article and a word of mood ('a visibly angry Lee', 'the embattled Baker'): the person, by surname."""


def _pronoun_led(subject: str) -> Speaker | None:
    """'He Quoting remarks:' (a typo in a post): the pronoun, never a name 'He Quoting'."""
    first, _, rest = subject.partition(" ")
    return Speaker(first, None, False) if rest[:1].isupper() and first in ("He", "She", "he", "she") else None


def _run_modifies_noun(toks: list[str], run_end: int) -> bool:
    """Capitalised words before a lower-case plural or role noun modify it ('Senior Acme officials', 'Top Democratic
    strategists'): a group or an unnamed person, whose capitalised words are no one's name."""
    tail = toks[run_end:]
    if not tail or not all(t.isalpha() and t.islower() for t in tail) or len(tail) > 2:
        return False
    last = tail[-1]
    return last in ROLE_HEADS or last.endswith("s") and len(last) > 4 and not last.endswith(("ss", "us", "is")) and last not in FUNCTION_WORDS


def split_subject(subject: str) -> Speaker:
    """Name and role of a subject noun phrase (appositives already separated by the caller)."""
    subject = _REFLEXIVE.sub("", _LEADING_CONJ.sub("", _untagged(subject).strip(" ,")))
    whole = _pronoun_led(subject) or _owned_person(subject) or _organisation_whole(subject)
    if whole is not None:
        return whole
    moody = _DESCRIBED_SURNAME.fullmatch(subject)
    if moody and moody.group("n").lower() not in ORG_WORDS and moody.group("w").lower() not in NAMED_HEADS | ROLE_HEADS | ORG_WORDS \
            and not is_title(moody.group("w").lower()):  # 'a visibly angry Lee said': Lee ('The newspaper Infobae' has a role)
        return Speaker(moody.group("n"), None, False)
    if subject.endswith(".") and not _INITIAL_END.search(subject):
        subject = subject[:-1]  # sentence-final stop after an inverted cue ("... said Bash.")
    head = _without_letters(PREP_SPLIT.split(subject, maxsplit=1)[0])
    if head != subject:
        titled = _titled_name(subject, head)
        if titled:
            return titled
    whole = _whole_name(head)
    if whole is not None:
        return whole
    toks = head.split()
    run_start, run_end = _last_capital_run(toks)
    run = toks[run_start:run_end]
    if _officer_of_body(toks, run, run_end) or _run_modifies_noun(toks, run_end):
        return Speaker(subject, None, False)  # 'Victim Support Scotland chief executive': a body's officer, no one's name
    # drop leading titles / org words ("Health Minister Veronika Skvortsova")
    k = 0
    for i, t in enumerate(run):
        low = strip_possessive(t).lower().rstrip(".")
        if is_title(low) or low in ORG_WORDS or i == 0 and (low in ROLE_HEADS or low == "class" and _ORDINAL.fullmatch(toks[run_start - 1])):
            k = i + 1  # 'Blogger Charlie Custer', 'Sgt. 1st Class David Taylor'
    name_toks = run[k:]
    lowered = [strip_possessive(t).lower() for t in name_toks]
    person = (
        len(name_toks) >= 2
        and not any(t in ORG_WORDS for t in lowered)
        and not any(t.endswith(("’s", "'s", "’", "'")) for t in name_toks)  # 'Global Voices' partner': an owner
        and all(any(c.islower() for c in t) or _INITIALS.fullmatch(t) for t in name_toks)  # 'S. P. Udayakumar'
        and any(c.islower() for c in name_toks[-1])
        and name_toks[0].lower() not in ("the", "a", "an") and name_toks[0] not in _PARTICLES  # 'Universidad de Chile'
        # 'the Cyprus Mail', 'the China Daily': a name right after 'the' is no person's ('the Rev. Jesse Jackson' is)
        and not (k == 0 and run_start == 1 and toks[0].lower() == "the" and not name_toks[0].endswith("."))
    )
    if person:
        name = " ".join(name_toks)
        role_parts = toks[:run_start] + run[:k]
        rest = subject[len(head):].strip()
        role = " ".join(role_parts) + ((" " + rest) if rest else "")
        return Speaker(name, role.strip() or None, True)
    if 1 <= len(name_toks) <= 4 and k == 0 and run_end == len(toks) and run_start and toks[run_start - 1] in NAMED_HEADS \
            and all(t.islower() or t[:1].isupper() and t[1:].islower() for t in toks[:run_start]):
        # "the newspaper Clarin", "the news agency Reuters", "The American space agency NASA", "Supermarket chain Tesco",
        # "The publication AG Magazine": an organisation's name after its description
        return Speaker(" ".join(name_toks), " ".join(toks[:run_start]), False)
    if len(name_toks) == 1 and k == 0 and run_end == len(toks) and run_start and toks[run_start - 1] in ROLE_HEADS \
            and all(t.islower() for t in toks[:run_start]):
        # "blogger Varma", "Egyptian novelist Soueif": a person's surname after a lower-case role
        return Speaker(name_toks[0], " ".join(toks[:run_start]), True)
    if len(name_toks) == 1 and k > 0 and len(run) > k and not (run_end < len(toks) and name_toks[0].endswith(("’s", "'s"))):
        # "President Trump", "Senator Warren": a title then a surname ("Dr. Lee’s team" is the team)
        return Speaker(name_toks[0], " ".join(toks[:run_start] + run[:k]) or None, True)
    if len(subject.split()) == 1 and _is_cap(toks[0]) and toks[0].lower() not in ORG_WORDS and toks[0][1:].islower():
        # a bare surname ("Muyembe", "Zinichev") or a one-word org; caller decides by history
        return Speaker(toks[0], None, False)
    return Speaker(subject, None, False)


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = "".join(x for x in unicodedata.normalize("NFKD", c.translate(_UNDECOMPOSED)) if not unicodedata.combining(x))
    return base if len(base) == 1 else c


class _FoldMap(dict[int, int]):
    """str.translate table that folds each code point on first sight and remembers it (a regex substitution calling
    Python per non-ASCII character was a tenth of a long text's extraction: every curly quote and dash)."""

    def __missing__(self, code: int) -> int:
        self[code] = ord(_fold_char(chr(code)))
        return self[code]


_FOLD_MAP = _FoldMap()


def fold(s: str) -> str:
    """A name without its diacritics ("Erdoğan" -> "Erdogan", "Głódź" -> "Glodz"): the same person spelt with or
    without them (NFKD strips combining marks; a few letters that do not decompose are mapped by hand). Each character
    folds to one character (others are kept), so offsets in a folded text are the original's."""
    if s.isascii():
        return s
    if len(s) > 2000:  # a long text: replace only the characters that change (most of an English text's do not)
        changed = {c: chr(_FOLD_MAP[ord(c)]) for c in set(s) if not c.isascii() and _FOLD_MAP[ord(c)] != ord(c)}
        if not changed:
            return s
        return re.compile("[" + re.escape("".join(changed)) + "]").sub(lambda m: changed[m.group()], s)
    return s.translate(_FOLD_MAP)


_RUN_OPENERS = frozenset("while unlike many some yet although though whereas despite".split())


def _alike(a: str, b: str, least: float) -> bool:
    return a[:1] == b[:1] and fuzz.ratio(a, b) >= least


def spelled_alike(name: str, names: Sequence[str]) -> str | None:
    """The person named before whom `name` names in short or spells differently, as transliterated names are ('Fotouh'
    and 'Abuel Fottouh' for 'Abdel Moneim Aboul Fotouh', 'Mousa' for 'Amr Moussa'): of the names whose last word is the
    same or alike (same first letter, similarity 85 or more) and, when `name` has two words, whose word before the last
    is alike too (75 or more), the fullest; a name the same word for word is no other spelling."""
    words = fold(name).lower().split()
    if not words:
        return None
    found: list[tuple[int, int, str]] = []
    for i, run in enumerate(names):
        lead = run.split()
        while lead and (lead[0].lower() in FUNCTION_WORDS or lead[0].lower() in _RUN_OPENERS):
            lead = lead[1:]  # 'While Trump', 'Unlike Patriot': a run of capitals that a sentence's first word began
        known = " ".join(lead)
        kw = fold(known).lower().split()
        if len(kw) < 2 or kw == words or not _alike(words[-1], kw[-1], 85):
            continue
        if len(words) == 1 or _alike(words[-2], kw[-2], 75):
            found.append((len(kw), i, known))
    return max(found)[2] if found else None
