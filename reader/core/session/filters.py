"""The quick filters of the claims and annotations tabs: one reading of a filter word for both.

Every word must hold. `#tag` and `:verdict` mean the same in both tabs, so they are tested here;
each tab adds its own sigils (`@speaker`, `~state`) and plain words. The search bar has its own,
richer language (query.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reader.core.annotations.model import Annotation


def filter_words(words: Iterable[str], sigils: str) -> Iterator[tuple[str, str]]:
    """Each word lower-cased and split into its sigil (a character of `sigils`, else "") and the rest."""
    for w in words:
        lw = w.lower()
        if lw and lw[0] in sigils:
            yield lw[0], lw[1:]
        else:
            yield "", lw


def has_tag(tags: Iterable[str], wanted: str) -> bool:
    """`#wanted` (lower-case): one of `tags`, whatever its case."""
    return wanted in (t.lower() for t in tags)


def has_verdict(verdict: str | None, wanted: str) -> bool:
    """`:wanted`: the verdict is `wanted`; `:none` asks for no verdict."""
    return (verdict or "none") == wanted


def annotation_matches(a: Annotation, words: Iterable[str]) -> bool:
    """The annotations tab's filter: `:verdict`, `#tag`, `~state` and plain words (in the quote or the
    note), all required. A bare `:` (a verdict being typed) keeps the annotations without one."""
    for sigil, lw in filter_words(words, ":#~"):
        if sigil == ":":
            if not has_verdict(a.verdict, lw) and not (lw == "" and not a.verdict):
                return False
        elif sigil == "#":
            if not has_tag(a.tags, lw):
                return False
        elif sigil == "~":
            if a.state != lw:
                return False
        elif lw not in a.selector.exact.lower() and lw not in (a.note or "").lower():
            return False
    return True
