"""The progress line of `reader corpus extract`: articles/s and an ETA from the input bytes still to read."""

from __future__ import annotations

from reader.core.corpus.extract import Progress


def clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    h, rem = divmod(s, 3600)
    return f"{h}:{rem // 60:02d}:{rem % 60:02d}" if h else f"{rem // 60}:{rem % 60:02d}"


def progress_line(p: Progress, width: int | None = None) -> str:
    """'extract  12,345 articles  812/s  [#####-----] 45%  ETA 0:12  3 errors' (a bar only when `width` is given)."""
    if p.phase == "finalize":
        return f"finalize  {p.articles:,} articles extracted in {clock(p.elapsed)}; canonical speakers and quotes …"
    if p.phase == "done":
        return f"done  {p.articles:,} articles, {p.claims:,} claims in {clock(p.elapsed)}"
    seen = p.bytes_done + p.bytes_skipped
    share = min(1.0, seen / p.bytes_total) if p.bytes_total else 0.0
    parts = [f"{p.phase}  {p.articles:,} articles", f"{p.rate:,.0f}/s"]
    if width:
        cells = max(10, min(40, width - 70))
        done = int(share * cells)
        parts.append("[" + "#" * done + "-" * (cells - done) + "]")
    parts.append(f"{share:.0%}")
    eta = p.eta
    parts.append(f"ETA {clock(eta)}" if eta is not None else "ETA …")
    if p.errors:
        parts.append(f"{p.errors:,} error{'s' * (p.errors != 1)}")
    if p.skipped:
        parts.append(f"{p.skipped:,} partitions already done")
    return "  ".join(parts)
