"""Display sanitation: text from the internet made harmless to show, one code point in, one out.

Keeping the length means every span (claims, search hits, annotations) indexes the displayed
string exactly as it indexes `Document.text`, so the UI can sanitize first and highlight after.

What changes, and why:
- C0 controls (except newline), DEL -> the U+2400 "control pictures" (ESC -> ␛, NUL -> ␀, BEL -> ␇):
  a terminal would execute them (colours, cursor moves, OSC titles and links, clearing the screen).
  Tab -> one space: a tab's width depends on the column, which breaks cell/offset arithmetic.
- C1 controls U+0080–U+009F -> U+FFFD: 8-bit CSI/OSC (U+009B, U+009D) are escapes too.
- Bidi controls (embeddings, overrides, isolates, marks) -> ⁇ : they reorder what is shown
  ("Trojan Source"); we show that something was there rather than obey it.
- Invisible format characters (zero-width space, word joiner, BOM, invisible operators, Mongolian
  vowel separator, interlinear annotation marks, Hangul fillers, tag characters) -> ‸ , so hidden
  text and look-alike strings are visible. ZWJ/ZWNJ are KEPT where they are legitimate: ZWJ between
  two pictographs (emoji sequences such as 👩‍💻) and ZWJ/ZWNJ between two non-ASCII letters or
  marks (Persian, Indic scripts); elsewhere (next to ASCII, spaces, edges) they become ‸.
  Tag characters are kept after a 🏴 (subdivision flags) and shown elsewhere ("ASCII smuggling").
- U+2028/U+2029 (line/paragraph separator) -> ␤ : some renderers break lines on them, others not,
  which would desynchronise line numbering from our newline-only model.
- Lone surrogates -> U+FFFD: they cannot be encoded for the terminal at all.
- Combining-mark floods ("Zalgo"): after MAX_COMBINING marks on one base, further marks -> ◌ .
This module does not know Rich or Textual: markup safety is the UI's job (build `rich.text.Text`,
never parse markup), so `[bold]` passes through unchanged, by design.
"""

from __future__ import annotations

import re
import unicodedata

MAX_COMBINING = 6
"""Marks per base character shown as such: enough for Vietnamese, Hebrew cantillation, Tibetan stacks."""

CONTROL_PICTURES = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7F: "\u2421"}
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ZERO_WIDTH = "\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\ufff9\ufffa\ufffb\u115f\u1160\u3164\uffa0"
JOINERS = "\u200c\u200d"

BIDI_MARK = "\u2047"  # ⁇
INVISIBLE_MARK = "\u2038"  # ‸
SEPARATOR_MARK = "\u2424"  # ␤
FLOOD_MARK = "\u25cc"  # ◌
REPLACEMENT = "\ufffd"
NEWLINE_MARK = "\u23ce"  # ⏎
ELLIPSIS = "\u2026"

_TABLE: dict[int, str] = {c: p for c, p in CONTROL_PICTURES.items() if c != 0x0A}
_TABLE[0x09] = " "
_TABLE.update({c: REPLACEMENT for c in range(0x80, 0xA0)})
_TABLE.update({ord(c): BIDI_MARK for c in BIDI})
_TABLE.update({ord(c): INVISIBLE_MARK for c in ZERO_WIDTH})
_TABLE.update({0x2028: SEPARATOR_MARK, 0x2029: SEPARATOR_MARK})
# Lone surrogates (U+D800-U+DFFF) are not in the table: `_sub` maps them to REPLACEMENT.

_TABLE_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff" + BIDI + ZERO_WIDTH + "]")
"""Exactly the table's keys plus the surrogates, written as ranges: a class listing its ~2,100
characters one by one took milliseconds to compile at every start-up."""
_NON_ASCII_RUN = re.compile(f"[^\\x00-\\x7f]{{{MAX_COMBINING + 1},}}")


def _sub(m: re.Match[str]) -> str:
    return _TABLE.get(ord(m.group()), REPLACEMENT)


_CONTEXT = re.compile("[\u200c\u200d\U000e0000-\U000e007f]")
"""Characters whose fate depends on their neighbours: joiners and tag characters."""

def _flood_fixes(s: str, start: int, end: int, fixes: list[tuple[int, str]]) -> None:
    """Marks (Mn/Mc/Me) past MAX_COMBINING in a row within `s[start:end]` -> FLOOD_MARK.
    A scan, not a regex over every mark code point: building that class cost ~50 ms at start-up."""
    run = 0
    for i in range(start, end):
        if unicodedata.category(s[i])[0] == "M":
            run += 1
            if run > MAX_COMBINING:
                fixes.append((i, FLOOD_MARK))
        else:
            run = 0


def _is_pictograph(ch: str) -> bool:
    cp = ord(ch)
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2300 <= cp <= 0x23FF
            or 0x2B00 <= cp <= 0x2BFF or cp in (0xFE0F, 0x20E3, 0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122))


def _is_script_char(ch: str) -> bool:
    """A non-ASCII letter or mark: where ZWJ/ZWNJ shape legitimate text (Arabic, Persian, Indic)."""
    return ord(ch) > 0x7F and unicodedata.category(ch)[0] in "LM"


def _joiner_ok(s: str, i: int) -> bool:
    if i == 0 or i + 1 >= len(s):
        return False
    prev, nxt = s[i - 1], s[i + 1]
    if s[i] == "\u200d" and _is_pictograph(prev) and _is_pictograph(nxt):
        return True
    return _is_script_char(prev) and _is_script_char(nxt)


def _tag_ok(s: str, i: int) -> bool:
    """Tag characters belong to a flag only in an unbroken run right after U+1F3F4."""
    j = i
    while j > 0 and 0xE0000 <= ord(s[j - 1]) <= 0xE007F:
        j -= 1
    return j > 0 and s[j - 1] == "\U0001f3f4"


def safe_text(s: str) -> str:
    """`s` with every control, bidi and invisible character replaced by a visible one; same length."""
    out = _TABLE_RE.sub(_sub, s)
    fixes: list[tuple[int, str]] = []
    for m in _CONTEXT.finditer(out):
        i = m.start()
        ok = _joiner_ok(out, i) if m.group() in JOINERS else _tag_ok(out, i)
        if not ok:
            fixes.append((i, INVISIBLE_MARK))
    if not out.isascii():
        for run in _NON_ASCII_RUN.finditer(out):
            _flood_fixes(out, run.start(), run.end(), fixes)
    if not fixes:
        return out
    chars = list(out)
    for i, ch in fixes:
        chars[i] = ch
    return "".join(chars)


def safe_inline(s: str, width: int | None = None, newline: str = " ") -> str:
    """One display line: `safe_text`, newlines -> `newline` (' ' or '⏎'), clipped to `width` code points.

    Without `width` the length is kept (spans stay valid). With it, a longer line is cut to
    width-1 characters plus '…'; widths are code points, not terminal cells (the UI measures cells).
    """
    out = safe_text(s).replace("\n", newline)
    if width is not None and len(out) > width:
        out = out[: max(0, width - 1)] + ELLIPSIS if width > 0 else ""
    return out


def is_safe(s: str) -> bool:
    """True when `s` holds no character a terminal would act on or hide (what the hostile tests check)."""
    return not _UNSAFE.search(s)


_UNSAFE = _TABLE_RE
