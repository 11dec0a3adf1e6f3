"""Import W3C Web Annotations (ours or another tool's) and anchor them onto a document.

`parse_collection` accepts the shapes found in the wild: one Annotation, a JSON list of them, an
AnnotationCollection with `items` or `first.items` (an embedded AnnotationPage), a bare
AnnotationPage, and Hypothesis's API/client exports (`rows` / `annotations` with `text` + `tags`).
Targets and selectors may be objects or lists; types may be compact ("TextQuoteSelector"),
prefixed ("oa:…") or full IRIs. Nothing is written here: `import_into` returns the annotations to
save and the caller saves only after it succeeded, so a bad file leaves the store untouched.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from typing import Any

from reader.core.annotations.anchor import reanchor_all
from reader.core.annotations.model import VERDICTS, Annotation, Selector, now_iso
from reader.core.documents.document import Document
from reader.core.exchange.common import SOURCE_PREFIX
from reader.core.text.spans import Span

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


class ImportFormatError(ValueError):
    """The file cannot be imported onto this document; the message is one line for the user."""


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

    @property
    def fingerprint(self) -> str | None:
        """The document fingerprint the source names, when it is one of ours (urn:sha256:…)."""
        if self.source and self.source.startswith(SOURCE_PREFIX):
            return self.source[len(SOURCE_PREFIX) :].lower()
        return None


@dataclass
class ImportReport:
    annotations: list[Annotation]
    """New or updated annotations to save, each with its anchoring state (orphans included)."""
    anchored: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    skipped: int = 0
    """Already present and not newer, or unusable (no quote and no position on this text)."""

    def summary(self) -> str:
        return (
            f"imported {len(self.annotations)}: {self.anchored} anchored, {self.fuzzy} fuzzy, "
            f"{self.orphaned} orphaned; {self.skipped} skipped"
        )


# ---------------------------------------------------------------- parsing


def _short(value: Any) -> str:
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
            f"the collection's pages are not embedded (first page is the link {_short(first)}); download the pages and import them"
        )
    found = ", ".join(sorted(types)) or "an object with keys " + ", ".join(sorted(map(str, data))[:6])
    raise ImportFormatError(f"not a W3C annotation file: expected an Annotation or AnnotationCollection, found {_short(found)}")


def _local_id(value: Any) -> str:
    """Our id for an imported one: its UUID when it is one, else a UUID derived from it, so that
    importing the same foreign file twice dedupes and ids stay safe as store keys."""
    if not isinstance(value, str) or not value.strip():
        return ""
    raw = value.strip()
    try:
        return str(uuid.UUID(raw[len("urn:uuid:") :] if raw.startswith("urn:uuid:") else raw))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, raw))


def _verdict(value: str) -> str | None:
    key = "-".join(value.strip().lower().replace("_", " ").split())
    return key if key in VERDICTS else VERDICT_ALIASES.get(key)


def _parse_one(item: Any, index: int) -> ImportedAnnotation | None:
    """One annotation, or None when it has no text selector we can use."""
    if not isinstance(item, dict):
        raise ImportFormatError(f"annotation #{index + 1} is not a JSON object: {_short(item)}")
    ann_id = _local_id(item.get("id") or item.get("@id"))

    exact = prefix = suffix = None
    start = end = None
    source = None
    for target in _as_list(item.get("target")):
        if isinstance(target, str):
            source = source or target
            continue
        if not isinstance(target, dict):
            continue
        src = target.get("source") or target.get("id") or target.get("@id")
        if isinstance(src, dict):
            src = src.get("id") or src.get("@id")
        source = source or (src if isinstance(src, str) else None)
        for sel in _as_list(target.get("selector")):
            if not isinstance(sel, dict):
                continue
            kinds = _types(sel)
            if "TextQuoteSelector" in kinds and exact is None:
                exact = _get(sel, "exact")
                prefix, suffix = _get(sel, "prefix"), _get(sel, "suffix")
            elif "TextPositionSelector" in kinds and start is None:
                s, e = _get(sel, "start"), _get(sel, "end")
                if isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool) and 0 <= s <= e:
                    start, end = s, e
    if not isinstance(exact, str) or not exact:
        exact = None
    if exact is None and start is None:
        return None

    verdict = note = claim_key = None
    tags: list[str] = []
    extra_notes: list[str] = []
    body_list = _as_list(item.get("body"))
    if isinstance(item.get("bodyValue"), str):
        body_list.append({"type": "TextualBody", "value": item["bodyValue"]})
    # Hypothesis API / client exports: plain text + tags instead of W3C bodies.
    if isinstance(item.get("text"), str) and item["text"].strip():
        body_list.append({"type": "TextualBody", "value": item["text"]})
    for tag in _as_list(item.get("tags")):
        if isinstance(tag, str):
            body_list.append({"type": "TextualBody", "purpose": "tagging", "value": tag})
    for body in body_list:
        if isinstance(body, str):  # a bare string body is a textual note in JSON-LD compact form
            body = {"value": body}
        if not isinstance(body, dict):
            continue
        value = _get(body, "value")
        if not isinstance(value, str):
            continue
        purposes = {_local(p) for p in _as_list(body.get("purpose"))}
        assessing = bool(purposes & {"assessing", "reviewing"})
        if assessing and verdict is None and _verdict(value):
            verdict = _verdict(value)
        elif assessing:
            tags.append(f"verdict:{value.strip()}")
        elif "tagging" in purposes or "classifying" in purposes:
            if value.strip():
                tags.append(value)
        elif "identifying" in purposes and claim_key is None and value.count(":") == 2:
            claim_key = value
        elif value:
            extra_notes.append(value)
    if extra_notes:
        note = "\n\n".join(extra_notes)

    motivation = {_local(m) for m in _as_list(item.get("motivation"))}
    highlight = "highlighting" in motivation if motivation else not body_list
    created = item.get("created") if isinstance(item.get("created"), str) else None
    modified = item.get("modified") if isinstance(item.get("modified"), str) else None
    return ImportedAnnotation(
        id=ann_id,
        exact=exact,
        prefix=prefix if isinstance(prefix, str) else "",
        suffix=suffix if isinstance(suffix, str) else "",
        start=start,
        end=end,
        source=source,
        verdict=verdict,
        tags=tuple(tags),
        note=note,
        highlight=highlight,
        claim_key=claim_key,
        created=created,
        modified=modified or created,
    )


def parse_collection(data: str) -> list[ImportedAnnotation]:
    """Read every text annotation from a W3C JSON(-LD) file's text; raises ImportFormatError."""
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise ImportFormatError("not importable: JSON nested too deeply") from None
    items = _items(parsed)
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


# ---------------------------------------------------------------- anchoring


def _selector(doc: Document, fingerprint: str, imp: ImportedAnnotation) -> Selector | None:
    """A full Selector: position-only annotations take their quote from the text, but only when the
    file names this very document (otherwise the offsets mean nothing here)."""
    if imp.exact is not None:
        start = imp.start if imp.start is not None else 0
        end = imp.end if imp.end is not None else start + len(imp.exact)
        return Selector(exact=imp.exact, prefix=imp.prefix, suffix=imp.suffix, start=start, end=end)
    if imp.fingerprint == fingerprint and imp.end is not None and imp.end <= len(doc.text):
        assert imp.start is not None
        return Selector.from_span(doc.text, Span(imp.start, imp.end))
    return None


def import_into(doc: Document, imported: list[ImportedAnnotation], existing: list[Annotation]) -> ImportReport:
    """Anchor `imported` onto `doc`; `existing` are the document's stored annotations (ids dedupe).

    An annotation whose id is already stored is skipped unless the file's copy is newer. Raises
    ImportFormatError when the file is evidently about another document: it names no source that
    is this document and not one quote anchors.
    """
    known = {a.id: a for a in existing}
    fingerprint = doc.fingerprint  # a property that hashes the whole text: compute once
    report = ImportReport(annotations=[])
    fresh: list[Annotation] = []
    for imp in imported:
        old = known.get(imp.id) if imp.id else None
        if old is not None and (imp.modified or "") <= old.modified:
            report.skipped += 1
            continue
        selector = _selector(doc, fingerprint, imp)
        if selector is None:
            report.skipped += 1
            continue
        stamp = now_iso()
        ann = Annotation(
            selector=selector,
            doc_fingerprint=fingerprint,
            doc_path=doc.path,
            doc_title=doc.title,
            verdict=imp.verdict,
            tags=imp.tags,
            note=imp.note,
            highlight=imp.highlight,
            claim_key=imp.claim_key,
            created=imp.created or stamp,
            modified=imp.modified or imp.created or stamp,
        )
        fresh.append(replace(ann, id=imp.id) if imp.id else ann)
    # The one anchoring call: the same re-anchoring the store applies when a text changes.
    candidates = reanchor_all(doc.text, fresh)

    states = [a.state for a in candidates]
    matched_here = any(imp.fingerprint == fingerprint for imp in imported)
    if candidates and all(s == "orphan" for s in states) and not matched_here:
        sources = sorted({imp.source for imp in imported if imp.source})
        named = f" (they name {_short(sources[0])}{' and others' if len(sources) > 1 else ''})" if sources else ""
        raise ImportFormatError(
            f"these annotations are for another document{named}: none of their {len(candidates)} quotes "
            f"occur in {doc.name}; import them into the right file with --into"
        )
    report.annotations = candidates
    report.anchored = sum(s in ("exact", "moved") for s in states)
    report.fuzzy = sum(s in ("fuzzy", "ambiguous") for s in states)
    report.orphaned = sum(s == "orphan" for s in states)
    return report
