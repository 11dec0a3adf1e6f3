"""Headless annotation commands: annotate, annotations, export, import.

They act through the same Session and store as the app, so a verdict set here shows in the app.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.cli.common import (
    EXIT_USAGE,
    CliError,
    add_load_options,
    add_store_options,
    load_options,
    open_doc,
    open_user_store,
    text_argument,
    write_stdout,
)
from reader.cli.team_side import claim_document
from reader.core.annotations.model import KEEP, VERDICTS, Annotation, Edit
from reader.core.annotations.store import AnnotationStore, StoreError, to_dict
from reader.core.claims.extract import extract_claims
from reader.core.config import load_config
from reader.core.documents.document import Document, LoadError
from reader.core.exchange.export import EXTENSIONS, FORMATS, ExportError, export
from reader.core.exchange.importer import (
    IMPORT_MAX_BYTES,
    ImportedAnnotation,
    ImportFormatError,
    import_into,
    named_fingerprints,
    read_collection,
)
from reader.core.exchange.readback import parse_export
from reader.core.exchange.safe_out import json_text
from reader.core.session.session import Session, claim_key
from reader.core.text.safe import safe_inline
from reader.core.text.spans import Span


def _span(value: str) -> Span:
    try:
        a, b = (int(x) for x in value.split(":"))
        return Span(a, b)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a span START:END: {value!r}") from None


def configure(sub: str, p: argparse.ArgumentParser) -> None:
    if sub == "annotate":
        p.description = "Annotate a claim or a span of a document (saved at once, like in the app)."
        p.add_argument("file", metavar="FILE")
        target = p.add_mutually_exclusive_group(required=True)
        target.add_argument("--claim", type=int, metavar="N", help="the N-th claim (1-based, as `reader claims` numbers them)")
        target.add_argument("--span", type=_span, metavar="START:END", help="code-point offsets in the normalized text")
        p.add_argument("--verdict", choices=VERDICTS)
        p.add_argument("--evidence", action="append", default=[], metavar="SOURCE",
                       help="with --verdict: a source it rests on, a link or a citation (repeatable)")
        p.add_argument("--tag", action="append", default=[], help="add a tag (repeatable)")
        p.add_argument("--untag", action="append", default=[], metavar="TAG", help="remove a tag (repeatable)")
        p.add_argument("--note", help="set the note ('' removes it)")
        p.add_argument("--highlight", action="store_true")
        p.set_defaults(func=cmd_annotate)
    elif sub == "annotations":
        p.description = "List the annotations of a document (orphans last, with the words they were on)."
        p.add_argument("file", metavar="FILE")
        p.add_argument("--format", choices=("table", "json"), default="table")
        p.add_argument("--adopt", metavar="OTHER_FILE",
                       help="take over the annotations of another document (e.g. the file's old path after a move), as proposed")
        p.set_defaults(func=cmd_annotations)
    elif sub == "export":
        p.description = "Export a document's claims and annotations."
        p.add_argument("file", metavar="FILE")
        p.add_argument("--format", choices=sorted(FORMATS), help="default: export_format from the config file, else w3c")
        p.add_argument("-o", "--output", help="file to write (default: standard output)")
        p.add_argument("--force", action="store_true", help="overwrite an existing output file")
        p.add_argument("--review-url", metavar="URL", help="claimreview: the page where your fact-check is published (ClaimReview url)")
        p.add_argument("--reviewer", metavar="NAME", help="claimreview: the organization publishing the fact-check (ClaimReview author)")
        p.set_defaults(func=cmd_export)
    elif sub == "import":
        p.description = "Import W3C Web Annotations (ours or e.g. a Hypothesis export) onto a document."
        p.add_argument("annotations", metavar="ANNOTATIONS.jsonld")
        p.add_argument("--into", metavar="FILE", help="the document to anchor them on (default: found by fingerprint)")
        p.set_defaults(func=cmd_import)
    add_load_options(p)
    add_store_options(p)
    if sub == "import":
        p.set_defaults(max_size=IMPORT_MAX_BYTES)  # a JSON file is read whole: a tighter default (--max-size raises it)


def _session(args: argparse.Namespace, reading: bool = False, claims: bool = True) -> Session:
    """The document's session; `reading` commands also work on a store that cannot be written (read-only, full).
    Claims are found only for commands that use them (extraction is the slow part on a huge document)."""
    doc = open_doc(args.file, args)
    store = open_user_store(args, reading=reading)
    claim_document(args, doc)
    try:
        return Session.open(doc, extract_claims(doc) if claims else [], store)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def cmd_annotate(args: argparse.Namespace) -> int:
    for name, values in (("--note", [args.note]), ("--tag", args.tag), ("--untag", args.untag), ("--evidence", args.evidence)):
        for value in values:
            text_argument(name, value)
    if args.evidence and not args.verdict:
        raise CliError("--evidence goes with a --verdict (the sources that verdict rests on)", EXIT_USAGE)
    if not (args.verdict or args.tag or args.untag or args.note is not None or args.highlight):
        raise CliError("nothing to do: give --verdict, --tag, --untag, --note or --highlight", EXIT_USAGE)
    s = _session(args, claims=args.claim is not None)
    if args.claim is not None:
        if not 1 <= args.claim <= len(s.claims):
            raise CliError(f"--claim {args.claim}: the document has {len(s.claims)} claims (1..{len(s.claims)})", EXIT_USAGE)
        c = s.claims[args.claim - 1]
        span, key = c.span, claim_key(c)
    else:
        span, key = args.span, None
        if span.end > len(s.doc.text) or not len(span):
            raise CliError(f"--span {span.start}:{span.end} is outside the text (0..{len(s.doc.text)})", EXIT_USAGE)
    edit = Edit(
        verdict=args.verdict if args.verdict else KEEP,
        evidence=tuple(dict.fromkeys(e.strip() for e in args.evidence if e.strip())),
        add_tags=tuple(dict.fromkeys(t.strip() for t in args.tag if t.strip())),
        remove_tags=tuple(args.untag),
        note=args.note if args.note is not None else KEEP,
        highlight=True if args.highlight else KEEP,
        label="annotate",
    )
    known = None
    if args.verdict:
        from reader.cli.checks import join_known_checks  # lazy: only a verdict touches the known checks

        known = join_known_checks(args, s)
    try:
        a = s.edit(span, key, edit)  # one transaction for the whole command
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        if known is not None:
            known.close()
    notice = s.take_notice()
    if notice:
        print(safe_inline(f"reader: {notice}"), file=sys.stderr)
    write_stdout(f"saved {a.id if a else '(nothing)'} on [{span.start}, {span.end}): {safe_inline(span.of(s.doc.text), 70)}\n")
    return 0


def _state(a: Annotation) -> str:
    """The anchoring state with the score that decided it (an orphan's: its best candidate's)."""
    if a.score is None or (a.state == "exact" and a.score == 1.0):
        return a.state
    return f"{a.state} {a.score:.2f}"


def _annotation_lines(s: Session, a: Annotation) -> list[str]:
    bits = [a.verdict or "-", _state(a)]
    if a.tags:
        bits.append(" ".join("#" + t for t in a.tags))
    if a.highlight:
        bits.append("highlight")
    bits.append(f"by {a.creator or '?'} v{a.version}")
    where = "[no position]" if a.is_orphan else f"[{a.selector.start}, {a.selector.end})"
    lines = [f"  {where}  {safe_inline('  '.join(bits))}  “{safe_inline(a.selector.exact, 60)}”"]
    if a.is_orphan:
        was = s.original_context(a)
        if was is not None:
            lines.append(f"      was: {was}")
    if a.verdict and (a.verdict_by or a.evidence):
        sources = "; ".join(safe_inline(e, 80) for e in a.evidence)
        lines.append(f"      verdict by {safe_inline(a.verdict_by or '?')} {a.verdict_at[:10]}" + (f", sources: {sources}" if sources else ""))
    if a.note:
        lines.append(f"      note: {safe_inline(a.note, 100)}")
    return lines


def cmd_annotations(args: argparse.Namespace) -> int:
    s = _session(args, reading=True, claims=False)
    if args.adopt:
        try:
            s.annotations = s.store.adopt(s.doc, args.adopt)
        except StoreError as exc:
            raise CliError(str(exc)) from None
    if args.format == "json":
        write_stdout(json_text([to_dict(a) for a in s.annotations], indent=2) + "\n")
        return 0
    lines = [safe_inline(f"{s.doc.name}: {len(s.annotations)} annotations")]
    for a in s.annotations:
        lines += _annotation_lines(s, a)
    for p in s.store.proposals(s.doc):
        lines.append(safe_inline(f"  proposed: {p.path} ({p.reason}, {p.annotations} annotation{'s' if p.annotations != 1 else ''}); "
                                 f"to make them this file's: reader annotations {args.file} --adopt {p.path}"))
    write_stdout("\n".join(lines) + "\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.format is None:
        config = load_config(args.config)
        for warning in config.warnings:
            print(safe_inline(f"reader: {warning}"), file=sys.stderr)
        args.format = config.export_format
    s = _session(args, reading=True, claims=args.format != "w3c")  # W3C carries annotations only
    for key, value in (("review_url", args.review_url), ("reviewer", args.reviewer)):
        if value:
            s.doc.meta[key] = value
    try:
        history = {a.id: s.verdict_history(a.id) for a in s.annotations} if args.format == "jsonl" else None
        out = export(s.doc, s.claims, s.annotations, args.format, history)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    if not args.output or args.output == "-":
        write_stdout(out)
        return 0
    path = Path(args.output)
    if path.is_dir():
        path = path / ((Path(s.doc.path).stem if s.doc.path != "-" else "stdin") + EXTENSIONS[args.format])
    if path.exists() and not args.force:
        raise CliError(f"{path} exists; add --force to overwrite it", EXIT_USAGE)
    _write_file(path, out)
    write_stdout(safe_inline(f"wrote {args.format} to {path} ({len(s.annotations)} annotations, {len(s.claims)} claims)") + "\n")
    return 0


def _write_file(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, renamed over `path` only when complete: a full
    disk leaves no truncated (or empty) export behind."""
    import tempfile

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise CliError(f"{path}: {exc.strerror or exc}; nothing was written") from None


def _named_document(imported: list[ImportedAnnotation], store: AnnotationStore, args: argparse.Namespace) -> Document:
    """The document the file names: a stored one with its fingerprint, else the web page its source URL names
    (its latest snapshot, or fetched now)."""
    wanted = set(named_fingerprints(imported))
    known = [d for d in store.documents() if d.fingerprint in wanted and os.path.isfile(d.path)]
    if known:
        return open_doc(known[0].path, args)
    url = next((i.source for i in imported if i.source and i.source.startswith(("http://", "https://"))), None)
    if url is None:
        raise CliError("cannot tell which document these annotations belong to; name it with --into FILE", EXIT_USAGE)
    from reader.core.annotations.backends import default_data_dir
    from reader.core.documents.web import open_url  # only a page named by URL loads the HTTP stack

    try:
        return open_url(url, args.data_dir or default_data_dir(), load_options(args))
    except LoadError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def cmd_import(args: argparse.Namespace) -> int:
    try:
        imported = parse_export(read_collection(args.annotations, args.max_size))  # any format `reader export` writes
    except LoadError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except ImportFormatError as exc:
        raise CliError(f"{args.annotations}: {exc}", EXIT_USAGE) from None
    store = open_user_store(args)
    doc = open_doc(args.into, args) if args.into is not None else _named_document(imported, store, args)
    try:
        report = import_into(doc, imported, store.for_document(doc))
    except ImportFormatError as exc:
        raise CliError(f"{args.annotations}: {exc}", EXIT_USAGE) from None
    try:
        for a in report.annotations:
            store.save(a)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    write_stdout(safe_inline(f"{doc.name}: {report.summary()}") + "\n")
    return 0
