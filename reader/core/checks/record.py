"""A known check: a claim someone already fact-checked, with what they found and where it was published."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, fields

MAX_FIELD = 20_000
"""Characters kept of one field: a claim is a sentence or two; a feed with a novel in `claimReviewed` is
either broken or hostile, and we keep a readable head rather than refuse the whole feed."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_C1 = re.compile("[\x80-\x9f]")
"""8-bit controls (U+009B is CSI): a terminal may act on them even inside JSON output."""
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")


def _picture(m: re.Match[str]) -> str:
    """NUL, ESC and friends become their visible Control Pictures (U+2400 + code), DEL becomes ␡."""
    code = ord(m.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def clean_field(value: object, limit: int = MAX_FIELD) -> str:
    """Text from a feed made storable and harmless: lone surrogates (SQLite cannot store them) -> U+FFFD,
    control characters -> visible pictures (8-bit ones -> U+FFFD), whitespace runs -> one space, NFC.
    Non-strings -> ""."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return ""
    text = _SURROGATE.sub("\ufffd", value[: limit * 2])
    text = _SPACES.sub(" ", text)
    text = _C1.sub("\ufffd", _CONTROL.sub(_picture, text))
    text = unicodedata.normalize("NFC", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


@dataclass(frozen=True, slots=True)
class KnownCheck:
    claim: str
    """The claim as the fact-checker wrote it (ClaimReview `claimReviewed`)."""
    rating: str = ""
    """The verdict in the checker's words ("False", "Mostly true", "Pants on Fire")."""
    url: str = ""
    """The fact-check article."""
    reviewer: str = ""
    date: str = ""
    """When the check was published (ISO date when the feed gives one)."""
    title: str = ""
    """The check's headline: words the claim itself may not use ("Did Trump Ask Advisers About 'Nuking'…")."""
    claimant: str = ""
    """Who made the claim (ClaimReview `itemReviewed.author`)."""
    appearance: str = ""
    """Where the claim was seen (a URL, or for a verdict given in the reader: the article's title)."""
    source: str = ""
    """Where the check came from: a file name, or `reader` for a verdict given in this reader."""
    key: str = ""
    """Identity in the archive: importing the same check again updates it instead of adding a copy."""

    def with_key(self) -> KnownCheck:
        """This check with a key: its own if given, else the review's URL and claim (the claim and reviewer
        when there is no URL), so a re-published review with a new rating updates the one we have."""
        if self.key:
            return self
        basis = "\x1f".join((self.url, self.claim) if self.url else (self.claim, self.reviewer))
        digest = hashlib.sha1(basis.encode("utf-8", "replace")).hexdigest()[:16]
        return KnownCheck(**{**_fields(self), "key": f"{self.url or 'check'}#{digest}"})


def _fields(check: KnownCheck) -> dict[str, object]:
    return {f.name: getattr(check, f.name) for f in fields(KnownCheck)}


def make_check(**values: object) -> KnownCheck | None:
    """A cleaned KnownCheck, or None when there is no claim text to match against."""
    cleaned: dict[str, object] = {}
    for name in (f.name for f in fields(KnownCheck)):
        limit = 2_000 if name not in ("claim", "title") else MAX_FIELD
        cleaned[name] = clean_field(values.get(name), limit)
    if not cleaned["claim"]:
        return None
    return KnownCheck(**cleaned).with_key()  # type: ignore[arg-type]
