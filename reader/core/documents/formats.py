"""Input formats: which kind a file is, and how Markdown and HTML become a Document's text.

Every kind ends as plain text whose first line is the title (the convention `Document.title_span`
and `Document.body_start` rely on), except Markdown, which is kept byte for byte so that offsets
match the file the user wrote; its title line is located instead of assumed.
HTML goes through trafilatura (offline, no network) and comes out as
"title\\n\\nparagraph\\n\\nparagraph…"; the page's author, date and URL go in `meta`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, cast

from reader.core.text.lines import head_lines
from reader.core.text.spans import Span

if TYPE_CHECKING:
    from lxml.etree import _Element
    from trafilatura.metadata import Document as Page

TEXT, MARKDOWN, HTML = "text", "markdown", "html"

SUFFIX_KINDS: dict[str, str] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
}
"""Suffixes we know; anything else (and stdin) is sniffed from its first bytes."""

_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_ATX_H1 = re.compile(r"^ {0,3}#(?!#)[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_H1 = re.compile(r"^ {0,3}=+[ \t]*$")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def kind_of(path: str, head: bytes = b"") -> str:
    """The kind by suffix, else by content (stdin, unknown suffixes): HTML markers or Markdown heading."""
    suffix = PurePath(path).suffix.lower() if path != "-" else ""
    if suffix in SUFFIX_KINDS:
        return SUFFIX_KINDS[suffix]
    return sniff(head)


def sniff(head: bytes) -> str:
    if _HTML_START.match(head[:4096]):
        return HTML
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2]
    return MARKDOWN if first in (b"# ", b"#\t") else TEXT


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 kB (<meta charset> or http-equiv), if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


# ----------------------------------------------------------------------------- Markdown


def markdown_heading(text: str, scan_lines: int = 60) -> tuple[str, Span | None]:
    """Title and title-line span of Markdown text: the first `# heading` (ATX or setext) near the top.

    Front matter (`---` … `---`) is skipped and its `title:` used when there is no heading. Without
    either, the first non-blank line is the title (span None: the usual first-line convention).
    """
    lines = head_lines(text, scan_lines)
    offsets: list[int] = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    start = 0
    fm_title = ""
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                start = i + 1
                break
            m = re.match(r"\s*title\s*:\s*(.+)", lines[i])
            if m:
                fm_title = m.group(1).strip().strip("'\"")
    for i in range(start, len(lines)):
        line = lines[i]
        m = _ATX_H1.match(line)
        if m:
            return m.group(1).strip(), Span(offsets[i], offsets[i] + len(line))
        if i + 1 < len(lines) and line.strip() and _SETEXT_H1.match(lines[i + 1]):
            return line.strip(), Span(offsets[i], offsets[i + 1] + len(lines[i + 1]))
    if fm_title:
        # Title from front matter; the body starts after it.
        end = offsets[start] - 1 if start < len(offsets) else len(text)
        return fm_title, Span(0, max(0, end))
    for i in range(start, len(lines)):
        if lines[i].strip():
            return lines[i].strip(), (Span(offsets[i], offsets[i] + len(lines[i])) if i else None)
    return "", None


# ----------------------------------------------------------------------------- HTML


@dataclass
class Extracted:
    """What a web page gives us: the article as title-first text, plus metadata for `Document.meta`."""

    text: str
    title: str
    meta: dict[str, str] = field(default_factory=dict)


def _block_text(el: _Element) -> str:
    """Text of one trafilatura block (p, head, list, quote, table): <lb/> and items become line breaks."""
    parts: list[str] = []

    def walk(e: _Element) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in ("lb", "item", "row") and parts:
            parts.append("\n")
        elif tag == "cell" and parts and parts[-1] != "\n":
            parts.append(" | ")
        if e.text and tag != "lb":
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def extract_html(html: str, url: str | None = None) -> Extracted | None:
    """Main text and metadata of a page with trafilatura, offline; None when no article text is found.

    Paragraph structure comes from trafilatura's XML tree (not its txt output, which separates
    paragraphs and in-paragraph line breaks alike with one newline), so blocks are joined by blank
    lines as in every other Document.
    """
    from reader.core.documents import html_stream

    if html_stream.too_big(html):
        found = html_stream.extract_streaming(html)
        if found is None:
            return None
        text, title, tags = found
        return Extracted(text, title, {"notice": html_stream.NOTICE.format(tags=tags)})
    import trafilatura  # imported here: only HTML pays its start-up cost

    result = None
    for recall in (False, True):
        result = cast("Page | None", trafilatura.bare_extraction(  # a dict only when as_dict=True
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, favor_recall=recall,
        ))
        if result is not None and result.body is not None and len(result.body):
            break
    if result is None or result.body is None:
        return None
    blocks = [b for b in (_block_text(el) for el in result.body) if b]
    title = _SPACES.sub(" ", (result.title or "").replace("\n", " ")).strip()
    if blocks and (not title or _same_title(blocks[0], title)):
        # The page's own <h1> opened the body: it is the title line, not a paragraph.
        title = title or blocks[0].replace("\n", " ")
        blocks = blocks[1:]
    if not blocks:
        return None
    if not title:
        title = blocks[0].split("\n", 1)[0]
        blocks[0] = blocks[0].split("\n", 1)[1] if "\n" in blocks[0] else ""
        blocks = [b for b in blocks if b]
    meta = {k: str(v) for k in ("author", "date", "url", "sitename", "description")
            if (v := getattr(result, k, None))}
    return Extracted("\n\n".join([title, *blocks]), title, meta)


def _same_title(block: str, title: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(s.split()).casefold()

    return norm(block) == norm(title)
