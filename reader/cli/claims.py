"""`reader claims FILE…`: the claims of articles as a table, JSON or JSON lines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.checks import add_match_options, claim_matches, match_json, match_line, matcher_for
from reader.cli.common import add_load_options, add_store_options, one_line, open_doc
from reader.core.checks.matcher import Match
from reader.core.claims.explain import explain
from reader.core.claims.extract import Claim, extract_claims
from reader.core.documents.document import Document
from reader.core.exchange.safe_out import json_text
from reader.core.session.overview import claim_facts
from reader.core.text.language import language_notice


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    p.description = "Print the claims of one or more articles."
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    p.add_argument("--explain", action="store_true",
                   help="show, for each claim, the rules that made it and chose its speaker (JSON: an 'explain' list)")
    p.add_argument("--matches", action="store_true", help="with each claim, the known fact-checks it repeats (reader checks import)")
    add_match_options(p)
    add_load_options(p)
    add_store_options(p)
    p.set_defaults(func=cmd_claims)


def _explained(c: Claim) -> list[str]:
    return [f"{' ' * 16}{'made by ' if what == 'made' else 'speaker '} {rule_id}  — {why}" for what, rule_id, why in explain(c)]


def _record(c: Claim, with_explain: bool, matches: list[Match] | None = None) -> dict:
    out = c.to_json()
    if matches is not None:
        out["matches"] = [match_json(m) for m in matches]
    if with_explain:
        out["explain"] = [{"for": "claim" if what == "made" else "speaker", "rule": rule_id, "why": why} for what, rule_id, why in explain(c)]
    return out


def format_table(doc: Document, claims: list[Claim], with_explain: bool = False, matches: list[list[Match]] | None = None) -> str:
    """A plain-text table a person can read in a terminal or a pager (with the rules of each claim when asked)."""
    rows = [one_line(f"{doc.name}: {len(claims)} claims")]
    for i, c in enumerate(claims, 1):
        who = c.speaker_label() or "—"
        if c.role:
            who += f" ({c.role})"
        extras = claim_facts(c)
        rows.append(f"{i:>3}  {c.kind:<11} {one_line(who, 30):<30} {one_line(c.cue, 16):<16} {one_line(c.quote, 90)}")
        if extras:
            rows.append(" " * 16 + one_line("; ".join(extras), 110))
        if with_explain:
            rows.extend(one_line(line, 300) for line in _explained(c))
        for m in matches[i - 1] if matches else ():
            rows.append(match_line(m, indent=" " * 5 + "✓ "))
    return "\n".join(rows)


def cmd_claims(args: argparse.Namespace) -> int:
    out = []
    matcher = matcher_for(args) if args.matches else None
    for path in args.files:
        doc = open_doc(path, args)
        claims = extract_claims(doc)
        notice = language_notice(doc.text[doc.body_start :])
        if notice:
            print(f"reader: {one_line(path, 80)}: {notice}", file=sys.stderr)
        found = claim_matches(matcher, doc, claims, args.limit) if args.matches else None
        records = [_record(c, args.explain, found[i] if found else None) for i, c in enumerate(claims)]
        if args.format == "jsonl":
            rec = {"id": Path(path).stem if path != "-" else "stdin", "path": path, "claims": records}
            if notice:
                rec["notice"] = notice
            out.append(json_text(rec, compact=True))
        elif args.format == "json":
            rec = {"path": path, "title": doc.title, "claims": records}
            if notice:
                rec["notice"] = notice
            out.append(json_text(rec, indent=2))
        else:
            out.append(format_table(doc, claims, args.explain, found))
    print("\n".join(out))
    return 0
