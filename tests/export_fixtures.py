"""Fixed claims and annotations on the seed article for the export/import tests.

The claims are built here from the article's text (not by extract_claims, which another engineer
keeps improving) so snapshots and counts only change when the export code does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pyld import jsonld

from reader.core.annotations.model import Annotation, Selector
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document, load_document
from reader.core.text.spans import Span

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sample_articles" / "execution-squads.txt"
CONTEXTS = Path(__file__).resolve().parent / "contexts"

_CONTEXT_FILES = {
    "http://www.w3.org/ns/anno.jsonld": "anno.jsonld",
    "https://www.w3.org/ns/anno.jsonld": "anno.jsonld",
    "http://schema.org": "schemaorg-context.jsonld",
    "https://schema.org": "schemaorg-context.jsonld",
    "http://schema.org/": "schemaorg-context.jsonld",
    "https://schema.org/": "schemaorg-context.jsonld",
    "https://schema.org/docs/jsonldcontext.jsonld": "schemaorg-context.jsonld",
}


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """pyld document loader serving the bundled contexts; any other URL is an error, never a fetch."""
    name = _CONTEXT_FILES.get(url)
    if name is None:
        raise RuntimeError(f"test tried to load {url} from the network")
    document = json.loads((CONTEXTS / name).read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def expand(data: dict[str, Any]) -> list[dict[str, Any]]:
    return jsonld.expand(data, {"documentLoader": offline_loader})


def seed_doc() -> Document:
    return load_document(str(SEED))


def _find(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle))


def seed_claims(doc: Document) -> list[Claim]:
    t = doc.text
    pow_quote = "army leadership has resumed the practice of 'execution squads'"
    squads = _find(t, "army leadership has resumed the practice of 'execution squads' – echelons that follow the main forces "
                      "of the Russian Federation and kill those who want to escape")
    assert t[squads.start : squads.start + len(pow_quote)] == pow_quote
    desert = _find(t, "We can't desert or try to run, because echelons are coming after us, killing deserters who are trying to return to Russia.")
    seven = _find(t, "7,000 Russian troops had been killed in the conflict")
    ussr = _find(t, "I think we are steadily going back to a USSR")
    putin = _find(t, "leader Vladimir Putin has reportedly sent in “execution squads” to round up soldiers attempting to leave their units")
    return [
        Claim("report", putin, putin.of(t), cue="reportedly", hedged=True, hedge="reportedly"),
        Claim("quote", squads, squads.of(t), speaker="Security Service of Ukraine (SBU)", cue="told"),
        Claim("quote", desert, desert.of(t), speaker="One captured Russian serviceman", cue="told"),
        Claim("statistic", seven, seven.of(t), speaker="American intelligence", cue="offered"),
        Claim("quote", ussr, ussr.of(t), speaker="Elina Ribakova", cue="said"),
    ]


def key(claim: Claim) -> str:
    return f"{claim.kind}:{claim.span.start}:{claim.span.end}"


def seed_annotations(doc: Document, claims: list[Claim]) -> list[Annotation]:
    """Annotations with fixed ids and times, covering every body kind and hostile user text."""
    t = doc.text
    putin, squads, desert, seven, ussr = claims

    def ann(n: int, span: Span, **kw: Any) -> Annotation:
        stamp = f"2024-03-0{n}T10:00:00.000Z"
        if kw.get("verdict"):
            kw.setdefault("verdict_by", "ben" if n % 2 else "ana")
            kw.setdefault("verdict_at", stamp)
        return Annotation(
            selector=Selector.from_span(t, span),
            doc_fingerprint=doc.fingerprint,
            doc_path=doc.path,
            doc_title=doc.title,
            id=f"00000000-0000-4000-8000-00000000000{n}",
            creator="ana" if n % 2 else "ben",
            created=stamp,
            modified=kw.pop("modified", stamp),
            **kw,
        )

    frostbite = _find(t, "some Russian troops had reportedly been evacuated because of frostbite")
    return [
        ann(1, putin.span, verdict="unverified", tags=("russia", "desertion"), note="Only source is an SBU Telegram post.", claim_key=key(putin)),
        ann(2, squads.span, verdict="misleading",
            note="# Not a heading\n1. not a list\n> not a quote\n[link](http://evil.example) <b>html</b> *stars* `tick`",
            tags=("=cmd|' /C calc'!A0",), claim_key=key(squads)),
        ann(3, seven.span, verdict="false", tags=("+1", "-1", "@SUM(A1)"), note="US estimate, not \"7,000\", was\r\nlater revised",
            claim_key=key(seven), modified="2024-03-05T09:00:00.000Z",
            evidence=("https://www.example.org/us-estimate-revised", "ISW campaign assessment, 5 March 2024")),
        ann(4, seven.span, verdict="true", note="Earlier verdict, superseded.", claim_key=key(seven)),
        ann(5, frostbite, highlight=True),
        ann(6, ussr.span, tags=("\ttab", "\rcr"), claim_key=key(ussr), highlight=True, note="Economist, Institute of International Finance"),
    ]


def open_fresh_store(path: Path) -> Any:
    """A store in `path`, as the CLI opens one."""
    from reader.core.annotations.backends import open_store

    return open_store(str(path))
