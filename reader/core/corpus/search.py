"""`reader corpus search`: the claims best matching some words, with the article each came from.

DuckDB narrows (a parallel scan counting how many of the words each claim contains, keeping the best
few thousand), rapidfuzz ranks what is left (token-set similarity to the whole query), so a million claims
are searched in well under a second without an index. When no claim holds any word (a typo), the words'
first four letters narrow instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from reader.core.corpus.duck import connect

CANDIDATES = 2_000
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Hit:
    score: float
    words: int
    claim_id: str
    kind: str
    content: str
    speaker: str | None
    article_id: str
    title: str | None
    url: str | None
    date: Any


def words_of(query: str) -> list[str]:
    return list(dict.fromkeys(w.casefold() for w in _WORD.findall(query) if len(w) > 1 or w.isdigit()))


def _narrow(con: Any, words: list[str]) -> list[tuple[Any, ...]]:
    terms = " + ".join("contains(l, ?)::INT" for _ in words)
    sql = (f"WITH c AS (SELECT claim_id, article_id, kind, content, speaker_canonical, "
           f"lower(concat_ws(' ', content, speaker_canonical)) AS l FROM claims), "
           f"m AS (SELECT *, {terms} AS n FROM c) "
           f"SELECT claim_id, article_id, kind, content, speaker_canonical, n FROM m WHERE n > 0 "
           f"ORDER BY n DESC, claim_id LIMIT {CANDIDATES}")
    return con.execute(sql, words).fetchall()


def search(out: str | Path, query: str, limit: int = 10) -> list[Hit]:
    words = words_of(query)
    if not words:
        return []
    con = connect(out)
    try:
        rows = _narrow(con, words)
        if not rows:
            rows = _narrow(con, list(dict.fromkeys(w[:4] for w in words if len(w) >= 4)) or words)
        q = " ".join(words)
        ranked = sorted(rows, key=lambda r: (-r[5], -fuzz.token_set_ratio(q, (r[3] or "").casefold()), r[0]))[:limit]
        articles = _articles(con, sorted({r[1] for r in ranked}))
    finally:
        con.close()
    return [Hit(fuzz.token_set_ratio(q, (r[3] or "").casefold()), r[5], r[0], r[2], r[3], r[4], r[1], *articles.get(r[1], (None, None, None)))
            for r in ranked]


def _articles(con: Any, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    if not ids:
        return {}
    rows = con.execute("SELECT id, title, url, date FROM articles WHERE list_contains(?, id)", [ids]).fetchall()
    return {r[0]: r[1:] for r in rows}
