"""Markdown report: title, then the claims grouped by verdict, most urgent first (false, misleading, needs
context, unverified, true, then those without one), each with its speaker, tags, notes and quote.

Article text and notes are user data: a `#`, `*`, `[`, `<`, a leading `1.` or `>` in them must stay
text, never become a heading, link, HTML or list. `escape` backslash-escapes everything CommonMark
gives meaning to inline and, at line starts, what would open a block; indentation is dropped so no
line turns into a code block.
"""

from __future__ import annotations

import re

from reader.core.annotations.model import Annotation
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.common import VERDICT_LABELS, ClaimRow, link
from reader.core.exchange.safe_out import plain

UNATTRIBUTED = "Unattributed"
VERDICT_ORDER = ("false", "misleading", "needs-context", "unverified", "true")
"""Sections in this order: what a reader must be warned about first."""
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
_BLOCK_START = re.compile(r"^([#+\-=>:])")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")


def escape_line(line: str) -> str:
    line = _INLINE.sub(r"\\\1", plain(line).strip())
    line = _ORDERED.sub(r"\1\\\2", line)
    return _BLOCK_START.sub(r"\\\1", line)


def escape(text: str) -> str:
    """One line of literal text (newlines become spaces)."""
    return escape_line(" ".join(text.split()))


def escape_block(text: str, prefix: str) -> list[str]:
    """Multi-line literal text, each line escaped and given `prefix` (e.g. "  > ")."""
    lines = [escape_line(line) for line in text.strip().splitlines()]
    return [(prefix + line).rstrip() if line else prefix.rstrip() for line in lines]


def _speaker(row: ClaimRow) -> str:
    if row.claim and row.claim.speaker and row.claim.speaker.strip():
        return " ".join(row.claim.speaker.split())
    return UNATTRIBUTED


def _context(text: str, row: ClaimRow) -> str | None:
    """The sentence(s) around an annotation on part of a sentence, the annotated words in bold: a highlight
    quoted in a report needs the words around it to be read."""
    from reader.core.text.segment import sentence_at

    if row.claim is not None or row.annotations[0].is_orphan or not text:
        return None
    words = text[row.start : row.end]
    a, b = row.start + len(words) - len(words.lstrip()), row.end - len(words) + len(words.rstrip())
    first, last = sentence_at(text, a), sentence_at(text, max(a, b - 1))
    if first is None or last is None:
        return None
    start, end = min(first.start, a), max(last.end, b)
    if (start, end) == (a, b):
        return None
    before, after = text[start:a], text[b:end]
    gap_before = " " if before[-1:].isspace() else ""
    gap_after = " " if after[:1].isspace() else ""
    return f"{escape(before)}{gap_before}**{escape(text[a:b])}**{gap_after}{escape(after)}".strip()


def _row_lines(row: ClaimRow, text: str = "") -> list[str]:
    claim = row.claim
    kind = claim.kind if claim else ("orphaned annotation" if row.annotations[0].is_orphan else "annotation")
    verdict = row.verdict
    head = f"- **{VERDICT_LABELS.get(verdict, verdict)}**" if verdict else "- *no verdict*"
    facts: list[str] = [kind]
    if claim is not None:
        who = _speaker(row)
        facts.append("unattributed" if who == UNATTRIBUTED else f"by {escape(who)}")
    if claim and claim.cue:
        facts.append(f"cue: {escape(claim.cue)}")
    if claim and claim.hedged:
        facts.append(f"hedged ({escape(claim.hedge or 'yes')})")
    if any(a.highlight for a in row.annotations):
        facts.append("highlighted")
    orphan = claim is None and row.annotations[0].is_orphan
    facts.append("its words are gone from this text" if orphan else f"chars {row.start}–{row.end}")
    lines = [f"{head} · {' · '.join(facts)}", ""]
    lines += escape_block(row.quote, "  > ")
    context = _context(text, row)
    if context:
        lines += ["", f"  In: {context}"]
    judged = row.verdict_annotation
    if judged is not None and (judged.verdict_by or judged.evidence):
        who = f"  Verdict by {escape(judged.verdict_by or 'unknown')}" + (f", {judged.verdict_at[:10]}" if judged.verdict_at else "")
        lines += ["", who + (" · Sources: " + "; ".join(escape(e) for e in judged.evidence) if judged.evidence else "")]
    if row.tags:
        lines += ["", "  Tags: " + ", ".join(escape(t) for t in row.tags)]
    for note in row.notes:
        lines += [""] + escape_block(note, "  ")
    lines.append("")
    return lines


def export_markdown(doc: Document, claims: list[Claim], annotations: list[Annotation]) -> str:
    rows = link(claims, annotations)
    title = escape(doc.title) if doc.title.strip() else escape(doc.name)
    judged = sum(1 for r in rows if r.verdict)
    lines = [f"# {title}", ""]
    lines.append(f"Source: {escape(doc.name)} · sha256 `{doc.fingerprint[:12]}`  ")
    lines.append(f"{len(claims)} claims · {len(annotations)} annotations · {judged} with a verdict")
    lines.append("")
    if judged:
        counts: dict[str, int] = {}
        for r in rows:
            if r.verdict:
                counts[r.verdict] = counts.get(r.verdict, 0) + 1
        lines.append("Verdicts: " + ", ".join(f"{VERDICT_LABELS.get(v, v)} {n}" for v, n in sorted(counts.items())))
        lines.append("")

    groups: dict[str, list[ClaimRow]] = {}
    for row in rows:
        groups.setdefault(row.verdict or "", []).append(row)
    for verdict in sorted(groups, key=lambda v: VERDICT_ORDER.index(v) if v in VERDICT_ORDER else len(VERDICT_ORDER)):
        lines += [f"## {VERDICT_LABELS.get(verdict, verdict) if verdict else 'No verdict'}", ""]
        for row in groups[verdict]:
            lines += _row_lines(row, doc.text)
    return "\n".join(lines).rstrip("\n") + "\n"
