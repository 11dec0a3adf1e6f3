"""`reader corpus summary`: the corpus at a glance — size, claim kinds, top speakers, hedging month by month."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.core.corpus.duck import connect
from reader.core.corpus.reader_api import safe_inline

BLOCKS = " ▏▎▍▌▋▊▉█"
BAR = 30


def bar(share: float, width: int = BAR) -> str:
    """A horizontal bar in eighths of a cell: `share` (0..1) of `width` cells."""
    eighths = round(max(0.0, min(1.0, share)) * width * 8)
    full, rest = divmod(eighths, 8)
    return ("█" * full + (BLOCKS[rest] if rest else "")).ljust(width)


def summary(out: str | Path, top: int = 15) -> list[str]:
    con = connect(out)
    try:
        return _overview(con) + _kinds(con) + _speakers(con, top) + _hedging(con)
    finally:
        con.close()


def _overview(con: Any) -> list[str]:
    n, errors, first, last = con.execute("SELECT count(*), count(error), min(date), max(date) FROM articles").fetchone()
    (claims,) = con.execute("SELECT count(*) FROM claims").fetchone()
    span = f", dated {first} … {last}" if first else ", no dates"
    lines = [f"{n:,} articles ({errors:,} not read){span}; {claims:,} claims"]
    if errors:
        for reason, count in con.execute("SELECT regexp_replace(error, '\\d+', 'N', 'g') AS r, count(*) c FROM articles "
                                         "WHERE error IS NOT NULL GROUP BY r ORDER BY c DESC, r LIMIT 3").fetchall():
            lines.append(f"  {count:>8,}  {safe_inline(reason, 90)}")
    return lines


def _kinds(con: Any) -> list[str]:
    rows = con.execute("SELECT kind, count(*) c FROM claims GROUP BY kind ORDER BY c DESC, kind").fetchall()
    total = sum(c for _, c in rows) or 1
    return ["", "claims by kind"] + [f"  {safe_inline(k, 12):<12} {c:>10,}  {bar(c / total, 20)} {c / total:6.1%}" for k, c in rows]


def _speakers(con: Any, top: int) -> list[str]:
    rows = con.execute(
        "SELECT speaker_canonical, count(*) c, count(*) FILTER (WHERE kind = 'quote') q, count(DISTINCT article_id) a "
        "FROM claims WHERE speaker_canonical IS NOT NULL GROUP BY speaker_canonical ORDER BY c DESC, speaker_canonical LIMIT ?", [top]).fetchall()
    lines = ["", f"top speakers (of {_count_speakers(con):,}): claims, quotes, articles"]
    lines += [f"  {i:>3}  {safe_inline(s, 36):<36} {c:>9,} {q:>9,} {a:>9,}" for i, (s, c, q, a) in enumerate(rows, 1)]
    return lines


def _count_speakers(con: Any) -> int:
    return int(con.execute("SELECT count(DISTINCT speaker_canonical) FROM claims").fetchone()[0])


def _hedging(con: Any) -> list[str]:
    rows = con.execute("SELECT year, month, count(*) n, avg(hedged::INT) h FROM claims WHERE year IS NOT NULL "
                       "GROUP BY year, month ORDER BY year, month").fetchall()
    if not rows:
        return ["", "hedged claims by month: no article has a date"]
    top = max(h for *_, h in rows) or 1.0
    lines = ["", f"hedged claims by month (share of the month's claims; a full bar is {top:.1%})"]
    lines += [f"  {y:04d}-{m:02d}  {bar(h / top)} {h:6.1%}  n={n:,}" for y, m, n, h in rows]
    return lines
