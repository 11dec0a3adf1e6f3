"""Output that cannot act on a terminal, an editor or a spreadsheet, whatever it is written to.

Exports are read in terminals (`reader export … | less`, `cat report.md`), editors and spreadsheets, so
the guarantee cannot depend on whether stdout is a tty:
- JSON (W3C, ClaimReview, JSONL, `--format json`): every control, format (bidi, zero-width, tag) and
  separator character and every unpaired surrogate is written as a `\\u` escape, and `</` as `<\\/`
  (JSON-LD is embedded in HTML `<script>` elements). Escapes are lossless: a JSON reader gets the
  exact text back.
- Markdown and CSV: text goes through `safe_text` (ESC → ␛, bidi → ⁇, zero-width → ‸ …), one code point
  for one, so nothing is hidden or executed; a CSV cell a spreadsheet would take for a formula, even
  behind leading spaces, line breaks or invisible characters, is prefixed with `'`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from reader.core.text.safe import safe_text

_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u08e2\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\ud800-\udfff\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
"""Characters a JSON file may carry but should not show raw: C1 controls, format characters (Cf: bidi,
zero-width, invisible operators, tags), line/paragraph separators, unpaired surrogates."""


def _u(m: re.Match[str]) -> str:
    cp = ord(m.group())
    if cp > 0xFFFF:
        cp -= 0x10000
        return f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}"
    return f"\\u{cp:04x}"


def json_text(obj: Any, indent: int | None = None, compact: bool = False) -> str:
    """`obj` as JSON readable anywhere: non-ASCII letters kept, everything invisible or active escaped."""
    separators = (",", ":") if compact else None
    out = json.dumps(obj, ensure_ascii=False, indent=indent, separators=separators)
    return _JSON_UNSAFE.sub(_u, out).replace("</", "<\\/")


_FORMULA = re.compile(r"^[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u2038\u2047\u2400-\u2421]*[=+\-@＝＋－＠]")
"""A cell a spreadsheet may evaluate: = + - @ (or their full-width forms) after any run of whitespace and
invisible characters (or the visible marks `safe_text` put in their place)."""


def csv_cell(value: str) -> str:
    """A CSV cell's text: controls and invisibles made visible (newlines kept), formulas made literal."""
    text = safe_text(value.replace("\r\n", "\n"))
    return "'" + text if _FORMULA.match(text) else text


def plain(value: str) -> str:
    """Text for a Markdown report: controls and invisibles made visible, newlines kept."""
    return safe_text(value)
