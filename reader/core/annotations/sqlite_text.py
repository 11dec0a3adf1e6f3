"""Text in and out of SQLite: a lone surrogate (an undecodable file name) cannot be bound as TEXT."""

from __future__ import annotations

from typing import Any


def db_text(s: str | None) -> str | bytes | None:
    """Text as TEXT; text with lone surrogates (undecodable file names...) as exact UTF-8 bytes."""
    if s is None:
        return None
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass")


def py_text(v: Any) -> Any:
    return v.decode("utf-8", "surrogatepass") if isinstance(v, bytes) else v
