"""What every importer reads first: the one error they raise, and JSON from outside parsed safely.

An import file comes from another tool or another person: its JSON may be broken or nested on purpose deeper than
Python's recursion allows. Each importer reads it through `json_value`, so each says the same one line about it.
"""

from __future__ import annotations

import json
from typing import Any


class ImportFormatError(ValueError):
    """The file cannot be imported onto this document; the message is one line for the user."""


MAX_DEPTH = 64
"""Nesting a W3C annotation file never needs (ours is 7 deep); deeper is refused before it is walked."""


def _too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether `value` nests more than `limit` levels (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
    return False


def json_value(data: str) -> Any:
    """The JSON value of an import file's text. Raises ImportFormatError (one line: where it broke) when the text is
    not JSON or nests deeper than any annotation file needs (it comes from outside)."""
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise ImportFormatError(f"not importable: JSON nested more than {MAX_DEPTH} levels deep") from None
    if _too_deep(parsed):
        raise ImportFormatError(f"not importable: JSON nested more than {MAX_DEPTH} levels deep")
    return parsed
