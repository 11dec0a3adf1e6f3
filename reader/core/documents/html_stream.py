"""Text of a very large HTML page in bounded time and memory, for pages trafilatura cannot take.

trafilatura's boilerplate removal grows faster than linearly with the number of elements (a page of
300,000 paragraphs ran for minutes in over 700 MB), so past `MAX_TAGS` the page is streamed through
lxml's pull parser instead: every leaf block (paragraph, heading, list item, quote, cell...) outside
scripts, styles and page furniture (nav, header, footer, aside, forms) becomes one paragraph, and
each element is freed as soon as it has been read.
"""

from __future__ import annotations

import re

MAX_TAGS = 60_000
"""Above this many '<' in a page, trafilatura is not tried (a long news page has a few thousand tags)."""
CHUNK = 1 << 20
BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt figcaption caption".split())
SKIP = frozenset("script style noscript nav header footer aside form template svg iframe select button".split())
NOTICE = "a very large page ({tags} tags): its paragraphs are shown without the usual clean-up of menus and boilerplate"
_SPACES = re.compile(r"\s+")


def too_big(html: str) -> bool:
    return html.count("<") > MAX_TAGS


def extract_streaming(html: str) -> tuple[str, str, int] | None:
    """(text with the title as its first line, title, tag count) or None when the page has no text."""
    from lxml import etree

    parser = etree.HTMLPullParser(events=("start", "end"))
    title = ""
    blocks: list[str] = []
    skipping = 0
    inner_blocks: list[int] = [0]
    """Per open block: how many blocks ended inside it (a block holding blocks is not a leaf)."""
    for i in range(0, len(html), CHUNK):
        parser.feed(html[i : i + CHUNK])
        for event, el in parser.read_events():
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if event == "start":
                skipping += tag in SKIP
                if tag in BLOCKS:
                    inner_blocks.append(0)
                continue
            if tag in SKIP:
                skipping -= 1
            elif tag == "title" and not title:
                title = _SPACES.sub(" ", "".join(el.itertext())).strip()
            elif tag in BLOCKS:
                inner = inner_blocks.pop()
                inner_blocks[-1] += 1
                text = _SPACES.sub(" ", "".join(el.itertext())).strip() if not skipping and not inner else ""
                if text:
                    blocks.append(text)
            if tag in BLOCKS or tag in SKIP or tag == "title":
                _free(el)
    parser.close()
    if not blocks:
        return None
    if not title or blocks[0].casefold() == title.casefold():
        title, blocks = blocks[0], blocks[1:]
    if not blocks:
        return None
    return "\n\n".join([title, *blocks]), title, html.count("<")


def _free(el: object) -> None:
    """Drop what has been read: the element's children and its earlier siblings."""
    el.clear(keep_tail=True)  # type: ignore[attr-defined]
    parent = el.getparent()  # type: ignore[attr-defined]
    while parent is not None and el.getprevious() is not None:  # type: ignore[attr-defined]
        del parent[0]
