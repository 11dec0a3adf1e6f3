"""`reader claims FILE…`: the claims of articles as a table, JSON or JSON lines."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reader.cli.checks import add_match_options, claim_matches, match_json, match_line, matcher_for
from reader.cli.common import add_load_options, add_store_options, one_line, open_doc
from reader.core.checks.matcher import Match
from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import Document
from reader.core.session.overview import claim_facts


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    p.description = "Print the claims of one or more articles."
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    p.add_argument("--matches", action="store_true", help="with each claim, the known fact-checks it repeats (reader checks import)")
    add_match_options(p)
    add_load_options(p)
    add_store_options(p)
    p.set_defaults(func=cmd_claims)


def format_table(doc: Document, claims: list[Claim], matches: list[list[Match]] | None = None) -> str:
    """A plain-text table a person can read in a terminal or a pager."""
    rows = [one_line(f"{doc.name}: {len(claims)} claims")]
    for i, c in enumerate(claims, 1):
        who = c.speaker or "—"
        if c.role:
            who += f" ({c.role})"
        extras = claim_facts(c)
        rows.append(f"{i:>3}  {c.kind:<11} {one_line(who, 30):<30} {one_line(c.cue, 16):<16} {one_line(c.quote, 90)}")
        if extras:
            rows.append(" " * 16 + one_line("; ".join(extras), 110))
        for m in matches[i - 1] if matches else ():
            rows.append(match_line(m, indent=" " * 5 + "✓ "))
    return "\n".join(rows)


def _records(claims: list[Claim], matches: list[list[Match]] | None) -> list[dict]:
    if matches is None:
        return [c.to_json() for c in claims]
    return [{**c.to_json(), "matches": [match_json(m) for m in found]} for c, found in zip(claims, matches, strict=True)]


def cmd_claims(args: argparse.Namespace) -> int:
    out = []
    matcher = matcher_for(args) if args.matches else None
    for path in args.files:
        doc = open_doc(path, args)
        claims = extract_claims(doc)
        matches = claim_matches(matcher, doc, claims, args.limit) if args.matches else None
        if args.format == "jsonl":
            rec = {"id": Path(path).stem if path != "-" else "stdin", "path": path, "claims": _records(claims, matches)}
            out.append(json.dumps(rec, ensure_ascii=False))
        elif args.format == "json":
            out.append(json.dumps({"path": path, "title": doc.title, "claims": _records(claims, matches)}, ensure_ascii=False, indent=2))
        else:
            out.append(format_table(doc, claims, matches))
    print("\n".join(out))
    return 0
