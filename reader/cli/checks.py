"""`reader checks import FILE…`, `reader match "TEXT"`, the matches `reader claims --matches` prints, and the
archive `reader annotate --verdict` adds its verdict to."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.cli.common import EXIT_USAGE, CliError, add_store_options, one_line
from reader.core.checks.archive import ArchiveError, CheckArchive, open_archive
from reader.core.checks.importing import TABLE_FIELDS, CheckFileError, Columns, is_table, load_claimreview, load_table
from reader.core.checks.matcher import THRESHOLD, Match, Matcher
from reader.core.checks.verdicts import doc_prefix
from reader.core.claims.record import Claim
from reader.core.documents.document import Document
from reader.core.session.session import Session


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    if sub == "match":
        p.description = "Find the known fact-checks a claim repeats (import them first: reader checks import)."
        p.add_argument("text", help="the claim, or - to read it from standard input")
        add_match_options(p)
        p.add_argument("--format", choices=("table", "json"), default="table")
        add_store_options(p)
        p.set_defaults(func=cmd_match)
        return
    p.description = "The archive of known fact-checks that claims are matched against."
    actions = p.add_subparsers(dest="action", required=True, metavar="import")
    imp = actions.add_parser("import", help="add ClaimReview JSON (feeds, lists, our export) or CSV/TSV tables")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--id-col", help="tables: the column with each check's id (required for CSV/TSV)")
    imp.add_argument("--text-col", help="tables: the column with the claim (required for CSV/TSV)")
    for name in TABLE_FIELDS:
        imp.add_argument(f"--{name}-col", metavar="NAME", help=f"tables: the column with the {name} (optional)")
    imp.add_argument("--delimiter", help="tables: the field separator (default: tab for .tsv or a tab-separated header, else comma)")
    add_store_options(imp)
    imp.set_defaults(func=cmd_import)


def add_match_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=5, help="most matches shown per claim (default 5)")
    p.add_argument("--threshold", type=float, default=THRESHOLD, help=f"least score shown, 0..1 (default {THRESHOLD})")


def _archive(args: argparse.Namespace, readonly: bool) -> CheckArchive | None:
    try:
        return open_archive(getattr(args, "data_dir", None), readonly=readonly)
    except ArchiveError as exc:
        raise CliError(str(exc)) from None


def _columns(args: argparse.Namespace) -> Columns:
    if not args.id_col or not args.text_col:
        raise CliError("a CSV/TSV file needs --id-col and --text-col (the names of those columns in its header)", EXIT_USAGE)
    optional = {name: getattr(args, f"{name}_col") for name in TABLE_FIELDS if getattr(args, f"{name}_col")}
    return Columns(text=args.text_col, id=args.id_col, optional=optional)


def cmd_import(args: argparse.Namespace) -> int:
    loaded = []
    for path in args.files:
        try:
            loaded.append((path, load_table(path, _columns(args), args.delimiter) if is_table(path) else load_claimreview(path)))
        except CheckFileError as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
    archive = _archive(args, readonly=False)
    assert archive is not None
    with archive:
        try:
            count = archive.add(check for _, result in loaded for check in result.checks)
        except ArchiveError as exc:
            raise CliError(str(exc)) from None
        total = len(archive)
    for path, result in loaded:
        skipped = f", {result.skipped} skipped (no claim text or id)" if result.skipped else ""
        print(one_line(f"{path}: {len(result.checks)} checks read{skipped}"))
    print(f"added {count.added}, updated {count.updated}, unchanged {count.unchanged}; the archive holds {total} checks")
    return 0


def match_json(m: Match) -> dict[str, Any]:
    c = m.check
    return {"score": round(m.score, 4), "claim": c.claim, "rating": c.rating, "reviewer": c.reviewer, "date": c.date, "url": c.url,
            "title": c.title, "claimant": c.claimant, "appearance": c.appearance, "source": c.source, "key": c.key,
            "check_spans": [list(s) for s in m.check_spans], "text_spans": [list(s) for s in m.text_spans]}


def match_line(m: Match, indent: str = "") -> str:
    c = m.check
    said = " · ".join(one_line(x, 40) for x in (c.reviewer, c.date) if x)
    head = f"{indent}{m.score:.2f}  [{one_line(c.rating, 30) or 'no rating'}]  {said}"
    lines = [head, f"{indent}      {one_line(c.claim, 110)}"]
    if c.url:
        lines.append(f"{indent}      {one_line(c.url, 110)}")
    return "\n".join(lines)


def matcher_for(args: argparse.Namespace) -> Matcher | None:
    archive = _archive(args, readonly=True)
    return None if archive is None else Matcher(archive, threshold=args.threshold)


def claim_matches(matcher: Matcher | None, doc: Document, claims: list[Claim], limit: int) -> list[list[Match]]:
    """Each claim's matches, leaving out the verdicts given on this same article."""
    if matcher is None:
        return [[] for _ in claims]
    return [matcher.matches(c.quote, limit, exclude=doc_prefix(doc)) for c in claims]


def join_known_checks(args: argparse.Namespace, session: Session) -> CheckArchive | None:
    """Let the session mirror its verdicts into the known checks, as the app's session does: a verdict given
    with `reader annotate` is a known check the next time a claim repeats it. An archive that cannot be opened
    never fails the annotation: one line on stderr, and the verdict is saved all the same. The caller closes it."""
    try:
        archive = open_archive(getattr(args, "data_dir", None))
    except ArchiveError as exc:
        print(one_line(f"reader: {exc} (the verdict is saved, but not added to the known checks)", 300), file=sys.stderr)
        return None
    session.known_checks = archive
    return archive


def cmd_match(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    matcher = matcher_for(args)
    found = matcher.matches(text, args.limit) if matcher is not None else []
    if args.format == "json":
        print(json.dumps({"text": text, "matches": [match_json(m) for m in found]}, ensure_ascii=False, indent=2))
    elif found:
        print("\n".join(match_line(m) for m in found))
    elif matcher is None or not len(matcher.archive):
        print("no known checks yet: add some with `reader checks import FILE`")
    else:
        print(f"no known check matches (of {len(matcher.archive)}; threshold {args.threshold})")
    return 0
