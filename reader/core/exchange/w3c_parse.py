"""Reading W3C Web Annotation files (ours or another tool's) into plain records, before any anchoring.

`parse_collection` accepts the shapes found in the wild: one Annotation, a JSON list of them, an
AnnotationCollection with `items` or `first.items` (an embedded AnnotationPage), a bare
AnnotationPage, and Hypothesis's API/client exports (`rows` / `annotations` with `text` + `tags`).
Targets and selectors may be objects or lists; types may be compact ("TextQuoteSelector"),
prefixed ("oa:…") or full IRIs. Nothing here touches a store or a document.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from reader.core.annotations.model import VERDICTS, storable, unstorable
from reader.core.exchange.common import SOURCE_PREFIX
from reader.core.exchange.import_input import ImportFormatError, json_value

OA = "http://www.w3.org/ns/oa#"
VERDICT_ALIASES = {
    "correct": "true", "accurate": "true", "verified": "true", "mostly-true": "true",
    "incorrect": "false", "inaccurate": "false", "fake": "false", "pants-on-fire": "false", "wrong": "false",
    "mostly-false": "misleading", "half-true": "misleading", "distorted": "misleading", "exaggerated": "misleading",
    "unproven": "unverified", "unsupported": "unverified", "undetermined": "unverified", "inconclusive": "unverified",
    "missing-context": "needs-context", "lacks-context": "needs-context", "out-of-context": "needs-context",
}
MAX_ERRORS_SHOWN = 60
"""Error messages quote at most this much of a value, so they stay one readable line."""


@dataclass(frozen=True, slots=True)
class ImportedAnnotation:
    """One annotation as read from the file, before anchoring: selectors may be partial."""

    id: str
    exact: str | None
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    source: str | None
    verdict: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    highlight: bool = False
    claim_key: str | None = None
    created: str | None = None
    modified: str | None = None
    creator: str = ""
    verdict_by: str = ""
    verdict_at: str = ""
    evidence: tuple[str, ...] = ()
    replaced: int = 0
    """Values whose NUL or unpaired surrogates were replaced by U+FFFD."""

    @property
    def fingerprint(self) -> str | None:
        """The document fingerprint the source names, when it is one of ours (urn:sha256:…)."""
        if self.source and self.source.startswith(SOURCE_PREFIX):
            return self.source[len(SOURCE_PREFIX) :].lower()
        return None


# ---------------------------------------------------------------- parsing


def shorten(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    text = " ".join(text.split())
    return text if len(text) <= MAX_ERRORS_SHOWN else text[: MAX_ERRORS_SHOWN - 1] + "…"


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(obj: dict[str, Any]) -> set[str]:
    """Local names of an object's types: "oa:TextQuoteSelector" and the full IRI both give TextQuoteSelector."""
    out = set()
    for t in _as_list(obj.get("type", obj.get("@type"))):
        if isinstance(t, str):
            out.add(t.rsplit("#", 1)[-1].rsplit("/", 1)[-1].split(":")[-1])
    return out


def _local(value: Any) -> str:
    return value.rsplit("#", 1)[-1].split(":")[-1] if isinstance(value, str) else ""


def _get(obj: dict[str, Any], *names: str) -> Any:
    """A property by compact name, oa: prefix or full IRI (JSON-LD expanded values unwrapped)."""
    for name in names:
        for key in (name, f"oa:{name}", OA + name, f"@{name}"):
            if key in obj:
                value = obj[key]
                if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict) and "@value" in value[0]:
                    return value[0]["@value"]
                if isinstance(value, dict) and "@value" in value:
                    return value["@value"]
                return value
    return None


def _items(data: Any) -> list[Any]:
    """The annotation objects of any accepted top-level shape."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        kind = {str: "a string", int: "a number", float: "a number", bool: "a boolean"}.get(type(data), "null")
        raise ImportFormatError(
            f"not a W3C annotation file: expected an Annotation, a list of them or an AnnotationCollection, got {kind}"
        )
    types = _types(data)
    if "Annotation" in types or ("target" in data and "items" not in data):
        return [data]
    for key in ("items", "rows", "annotations"):
        if isinstance(data.get(key), list):
            return data[key]
    first = data.get("first")
    if isinstance(first, dict) and isinstance(first.get("items"), list):
        return first["items"]
    if isinstance(first, str):
        raise ImportFormatError(
            f"the collection's pages are not embedded (first page is the link {shorten(first)}); download the pages and import them"
        )
    found = ", ".join(sorted(types)) or "an object with keys " + ", ".join(sorted(map(str, data))[:6])
    raise ImportFormatError(f"not a W3C annotation file: expected an Annotation or AnnotationCollection, found {shorten(found)}")


def _local_id(value: Any) -> str:
    """Our id for an imported one: its UUID when it is one, else a UUID derived from it, so that
    importing the same foreign file twice dedupes and ids stay safe as store keys."""
    if not isinstance(value, str) or not value.strip():
        return ""
    raw = value.strip()
    try:
        return str(uuid.UUID(raw[len("urn:uuid:") :] if raw.startswith("urn:uuid:") else raw))
    except ValueError:
        # uuid5 hashes UTF-8: a lone surrogate ("\\ud800" in the file) would not encode
        return str(uuid.uuid5(uuid.NAMESPACE_URL, raw.encode("utf-8", "surrogatepass").decode("utf-8", "replace")))


def _timestamp(value: Any) -> str | None:
    """An ISO 8601 date-time as the file gives it, or None when it is not one (then the import time is used)."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40 or not value.isascii():
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value


def _verdict(value: str) -> str | None:
    key = "-".join(value.strip().lower().replace("_", " ").split())
    return key if key in VERDICTS else VERDICT_ALIASES.get(key)


def _agent(value: Any) -> str:
    """A creator as a name: a string, or a Person/Organization/Software object's name or nickname."""
    for v in _as_list(value):
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, dict):
            for key in ("name", "nickname", "id", "@id"):
                name = _get(v, key)
                if isinstance(name, str) and name.strip():
                    return name.strip()
    return ""


@dataclass
class _Target:
    exact: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    start: int | None = None
    end: int | None = None
    source: str | None = None

    def add_selector(self, sel: dict[str, Any]) -> None:
        kinds = _types(sel)
        if "TextQuoteSelector" in kinds and self.exact is None:
            self.exact = _get(sel, "exact")
            self.prefix, self.suffix = _get(sel, "prefix"), _get(sel, "suffix")
        elif "TextPositionSelector" in kinds and self.start is None:
            s, e = _get(sel, "start"), _get(sel, "end")
            if isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool) and 0 <= s <= e:
                self.start, self.end = s, e

    def add(self, target: Any) -> None:
        if isinstance(target, str):
            self.source = self.source or target
            return
        if not isinstance(target, dict):
            return
        src = target.get("source") or target.get("id") or target.get("@id")
        if isinstance(src, dict):
            src = src.get("id") or src.get("@id")
        self.source = self.source or (src if isinstance(src, str) else None)
        for sel in _as_list(target.get("selector")):
            if isinstance(sel, dict):
                self.add_selector(sel)


@dataclass
class _Bodies:
    verdict: str | None = None
    verdict_by: str = ""
    verdict_at: str = ""
    claim_key: str | None = None
    evidence: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, body: Any) -> None:
        if isinstance(body, str):  # a bare string body is a textual note in JSON-LD compact form
            body = {"value": body}
        if not isinstance(body, dict):
            return
        purposes = {_local(p) for p in _as_list(body.get("purpose"))}
        value = _get(body, "value")
        if "linking" in purposes:
            link = value if isinstance(value, str) else _get(body, "id")
            if isinstance(link, str) and link.strip():
                self.evidence.append(link.strip())
            return
        if not isinstance(value, str):
            return
        if purposes & {"assessing", "reviewing"}:
            self.add_verdict(body, value)
        elif "tagging" in purposes or "classifying" in purposes:
            if value.strip():
                self.tags.append(value)
        elif "identifying" in purposes and self.claim_key is None and value.count(":") == 2:
            self.claim_key = value
        elif value:
            self.notes.append(value)

    def add_verdict(self, body: dict[str, Any], value: str) -> None:
        if self.verdict is None and _verdict(value):
            self.verdict = _verdict(value)
            self.verdict_by = _agent(body.get("creator"))
            self.verdict_at = _timestamp(body.get("created")) or ""
        else:
            self.tags.append(f"verdict:{value.strip()}")


def _body_list(item: dict[str, Any]) -> list[Any]:
    """W3C bodies plus the shapes of Hypothesis exports (plain `text` + `tags`) as bodies."""
    body_list = _as_list(item.get("body"))
    if isinstance(item.get("bodyValue"), str):
        body_list.append({"type": "TextualBody", "value": item["bodyValue"]})
    if isinstance(item.get("text"), str) and item["text"].strip():
        body_list.append({"type": "TextualBody", "value": item["text"]})
    for tag in _as_list(item.get("tags")):
        if isinstance(tag, str):
            body_list.append({"type": "TextualBody", "purpose": "tagging", "value": tag})
    return body_list


def _parse_one(item: Any, index: int) -> ImportedAnnotation | None:
    """One annotation, or None when it has no text selector we can use."""
    if not isinstance(item, dict):
        raise ImportFormatError(f"annotation #{index + 1} is not a JSON object: {shorten(item)}")
    target = _Target()
    for t in _as_list(item.get("target")):
        target.add(t)
    exact = target.exact if isinstance(target.exact, str) and target.exact else None
    if exact is None and target.start is None:
        return None
    body_list = _body_list(item)
    bodies = _Bodies()
    for body in body_list:
        bodies.add(body)
    motivation = {_local(m) for m in _as_list(item.get("motivation"))}
    created = _timestamp(item.get("created"))
    return _cleaned(ImportedAnnotation(
        id=_local_id(item.get("id") or item.get("@id")),
        exact=exact,
        prefix=target.prefix if isinstance(target.prefix, str) else "",
        suffix=target.suffix if isinstance(target.suffix, str) else "",
        start=target.start,
        end=target.end,
        source=target.source,
        verdict=bodies.verdict,
        tags=tuple(bodies.tags),
        note="\n\n".join(bodies.notes) or None,
        highlight="highlighting" in motivation if motivation else not body_list,
        claim_key=bodies.claim_key,
        created=created,
        modified=_timestamp(item.get("modified")) or created,
        creator=_agent(item.get("creator")),
        verdict_by=bodies.verdict_by,
        verdict_at=bodies.verdict_at,
        evidence=tuple(dict.fromkeys(bodies.evidence)) if bodies.verdict else (),
    ))


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53 else None


def sanitized(imp: ImportedAnnotation) -> ImportedAnnotation:
    """An annotation read by any parser (W3C, or the JSONL/ClaimReview/CSV/Markdown read-backs), with every
    field of the type the store takes (a string id that is a UUID, ISO dates or none, strings in tags and
    sources, non-negative offsets) and no text a store cannot hold (see `_cleaned`)."""
    start, end = _offset(imp.start), _offset(imp.end)
    if start is None or end is None or end < start:
        start = end = None
    created = _timestamp(imp.created)
    return _cleaned(replace(
        imp,
        id=_local_id(imp.id) if imp.id else "",
        exact=_str(imp.exact) or None, prefix=_str(imp.prefix) or "", suffix=_str(imp.suffix) or "", start=start, end=end,
        source=_str(imp.source), verdict=_str(imp.verdict), tags=tuple(t for t in imp.tags if isinstance(t, str) and t.strip()),
        note=_str(imp.note) or None, claim_key=_str(imp.claim_key), created=created, modified=_timestamp(imp.modified) or created,
        creator=_str(imp.creator) or "", verdict_by=_str(imp.verdict_by) or "", verdict_at=_timestamp(imp.verdict_at) or "",
        evidence=tuple(e for e in imp.evidence if isinstance(e, str) and e.strip()), highlight=bool(imp.highlight),
    ))


def _cleaned(imp: ImportedAnnotation) -> ImportedAnnotation:
    """Text no store can hold (NUL, unpaired surrogates: a JSON "\\u0000" or "\\ud800") replaced by ␀ and U+FFFD,
    visibly and one for one, with the number of values that had it."""
    changes: dict[str, Any] = {}
    count = 0
    for name in ("exact", "prefix", "suffix", "note", "claim_key", "creator", "verdict_by", "source"):
        value = getattr(imp, name)
        if isinstance(value, str) and unstorable(value):
            changes[name], count = storable(value), count + 1
    for name in ("tags", "evidence"):
        values = getattr(imp, name)
        if any(unstorable(v) for v in values):
            changes[name] = tuple(storable(v) for v in values)
            count += sum(1 for v in values if unstorable(v))
    return replace(imp, **changes, replaced=count) if count else imp


def parse_collection(data: str) -> list[ImportedAnnotation]:
    """Read every text annotation from a W3C JSON(-LD) file's text; raises ImportFormatError."""
    items = _items(json_value(data))
    out = [a for i, item in enumerate(items) if (a := _parse_one(item, i)) is not None]
    if not out:
        if not items:
            raise ImportFormatError("no annotations in the file (the collection is empty)")
        raise ImportFormatError(
            f"none of the {len(items)} annotations has a TextQuoteSelector or TextPositionSelector on text"
        )
    return out


def named_fingerprints(imported: list[ImportedAnnotation]) -> list[str]:
    """Fingerprints of the documents the file names (urn:sha256: sources), most named first:
    lets `reader import` without --into find the file via the store's known documents."""
    counts: dict[str, int] = {}
    for imp in imported:
        if imp.fingerprint:
            counts[imp.fingerprint] = counts.get(imp.fingerprint, 0) + 1
    return sorted(counts, key=lambda f: -counts[f])
