"""`reader claims FILE…`: the claims of articles as a table, JSON or JSON lines."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import add_load_options, one_line, open_doc
from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import Document
from reader.core.exchange.safe_out import json_text
from reader.core.session.overview import claim_facts


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    p.description = "Print the claims of one or more articles."
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    add_load_options(p)
    p.set_defaults(func=cmd_claims)


def format_table(doc: Document, claims: list[Claim]) -> str:
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
    return "\n".join(rows)


def cmd_claims(args: argparse.Namespace) -> int:
    out = []
    for path in args.files:
        doc = open_doc(path, args)
        claims = extract_claims(doc)
        if args.format == "jsonl":
            rec = {"id": Path(path).stem if path != "-" else "stdin", "path": path, "claims": [c.to_json() for c in claims]}
            out.append(json_text(rec, compact=True))
        elif args.format == "json":
            out.append(json_text({"path": path, "title": doc.title, "claims": [c.to_json() for c in claims]}, indent=2))
        else:
            out.append(format_table(doc, claims))
    print("\n".join(out))
    return 0
