"""After extraction: canonical speakers across the corpus, then the quotes table, both with DuckDB.

Nothing here holds the corpus in memory: DuckDB (memory capped, spilling to disk) groups and sorts,
Python sees one surname group or one claims file at a time. Every step is a pure function of the
claims' `speaker` and `content` columns, which it never changes, so a run killed during finalization
simply does it again and ends with the same files.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from reader.core.corpus.duck import MEMORY_LIMIT, arrow_batches, connect, sql_str
from reader.core.corpus.output import Output, write_json, write_parquet
from reader.core.corpus.speakers import Name, canonical_group, names_of

BATCH = 50_000
NAMES = pa.schema([("speaker", pa.string()), ("count", pa.int64()), ("clean", pa.string()), ("key", pa.string()), ("alias_of", pa.string())])
SPEAKERS = pa.schema([("speaker", pa.string()), ("speaker_canonical", pa.string()), ("claims", pa.int64())])

QUOTES_SQL = """
SELECT c.quote_id, min(c.content) AS content,
       count(*) AS occurrences, count(DISTINCT c.article_id) AS articles,
       list(DISTINCT c.speaker_canonical ORDER BY c.speaker_canonical) FILTER (WHERE c.speaker_canonical IS NOT NULL) AS speakers,
       min(a.date) AS first_date, max(a.date) AS last_date, min(c.claim_id) AS first_claim_id
FROM claims c LEFT JOIN articles a ON a.id = c.article_id
WHERE c.kind = 'quote' AND c.quote_id IS NOT NULL
GROUP BY c.quote_id
"""
"""Each distinct quotation (the workers' `quote_id`: case, spacing and quote marks ignored): how often, in how many
articles, attributed to whom; `conflicting` when more than one canonical speaker said it."""

QUOTES_OUT = """
SELECT quote_id, content, occurrences, articles, speakers, len(speakers) AS speaker_count, len(speakers) > 1 AS conflicting,
       first_date, last_date, first_claim_id
FROM ({q}) ORDER BY occurrences DESC, quote_id
"""


class FinalizeError(Exception):
    """DuckDB failed while finalizing (disk full, unreadable file): one line; running again retries it."""


def finalize(out: Output, threads: int | None = None) -> dict[str, Any]:
    import duckdb

    try:
        return _finalize(out, threads)
    except duckdb.Error as exc:
        raise FinalizeError(f"finalizing {out.root} failed ({' '.join(str(exc).split())[:300]}); run the same command again") from None


def _finalize(out: Output, threads: int | None) -> dict[str, Any]:
    """Speakers, then quotes, each on a connection of its own (closing one gives its memory back before the next)."""
    con = connect(out.root, threads=threads, lock=False, memory_limit=MEMORY_LIMIT)
    try:
        n_speakers = build_speakers(con, out.root)
        rewritten = fill_canonical(con, out.root)
    finally:
        con.close()
    con = connect(out.root, threads=threads, lock=False, memory_limit=MEMORY_LIMIT)
    try:
        n_quotes = build_quotes(con, out.root)
    finally:
        con.close()
    summary = {"speakers": n_speakers, "claims_files_rewritten": rewritten, "quotes": n_quotes}
    write_json(summary, out.finalized_marker)
    return summary


def _batches(con: Any, sql: str) -> Iterator[pa.RecordBatch]:
    """Streamed on a cursor of its own, so `con` stays free for the inserts made meanwhile."""
    cursor = con.cursor()
    try:
        yield from arrow_batches(cursor, sql, BATCH)
    finally:
        cursor.close()


def build_speakers(con: Any, root: Path) -> int:
    """OUT/speakers/speakers.parquet (speaker -> speaker_canonical, claim count) and the DuckDB table `speaker_map`."""
    con.execute("CREATE OR REPLACE TABLE names (speaker VARCHAR, count BIGINT, clean VARCHAR, key VARCHAR, alias_of VARCHAR)")
    for batch in _batches(con, "SELECT speaker, count(*) AS n FROM claims WHERE speaker IS NOT NULL GROUP BY speaker"):
        rows = [n for s, c in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True) for n in names_of(s, c)]
        chunk = pa.Table.from_pylist([{"speaker": n.speaker, "count": n.count, "clean": n.clean, "key": n.key, "alias_of": n.alias_of}
                                      for n in rows], schema=NAMES)
        con.register("_chunk", chunk)
        con.execute("INSERT INTO names SELECT * FROM _chunk")
        con.unregister("_chunk")
    con.execute("CREATE OR REPLACE TABLE speaker_map (speaker VARCHAR, speaker_canonical VARCHAR, claims BIGINT)")
    path = root / "speakers" / "speakers.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(".speakers.parquet.tmp")
    total = 0
    with pq.ParquetWriter(tmp, SPEAKERS, compression="zstd") as writer:
        for chunk in _canonical_chunks(con):
            writer.write_table(chunk)
            con.register("_chunk", chunk)
            con.execute("INSERT INTO speaker_map SELECT * FROM _chunk")
            con.unregister("_chunk")
            total += chunk.num_rows
    os.replace(tmp, path)
    return total


def _canonical_chunks(con: Any) -> Iterator[pa.Table]:
    """Speaker groups (one folded last word each) streamed in key order, decided one group at a time."""
    group: list[Name] = []
    out: list[dict[str, Any]] = []
    sql = "SELECT speaker, count, clean, key, alias_of FROM names ORDER BY key, speaker, alias_of NULLS FIRST"
    for batch in _batches(con, sql):
        for row in batch.to_pylist():
            name = Name(row["speaker"], row["count"], row["clean"], row["key"], row["alias_of"])
            if group and name.key != group[0].key:
                out.extend(_decided(group))
                group = []
                if len(out) >= BATCH:
                    yield pa.Table.from_pylist(out, schema=SPEAKERS)
                    out = []
            group.append(name)
    out.extend(_decided(group))
    if out:
        yield pa.Table.from_pylist(out, schema=SPEAKERS)


def _decided(group: list[Name]) -> list[dict[str, Any]]:
    if not group:
        return []
    mapping = canonical_group(group)
    counts = {n.speaker: n.count for n in group if n.alias_of is None}
    return [{"speaker": s, "speaker_canonical": mapping[s], "claims": counts[s]} for s in sorted(counts)]


def fill_canonical(con: Any, root: Path) -> int:
    """Each claims file rewritten with `speaker_canonical` from `speaker_map` (skipped when already right)."""
    rewritten = 0
    for path in sorted((root / "claims").glob("year=*/month=*/part-*.parquet")):
        table = pq.read_table(path)
        con.register("_file", table.select(["speaker"]))
        mapping = dict(con.execute("SELECT DISTINCT f.speaker, m.speaker_canonical FROM _file f JOIN speaker_map m USING (speaker)").fetchall())
        con.unregister("_file")
        column = pa.array([mapping.get(s) if s is not None else None for s in table["speaker"].to_pylist()], pa.string())
        i = table.schema.get_field_index("speaker_canonical")
        if table.column(i).combine_chunks().equals(column):
            continue
        write_parquet(table.set_column(i, "speaker_canonical", column), path)
        rewritten += 1
    return rewritten


def build_quotes(con: Any, root: Path) -> int:
    path = root / "quotes" / "quotes.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(".quotes.parquet.tmp")
    con.execute(f"COPY ({QUOTES_OUT.format(q=QUOTES_SQL)}) TO {sql_str(str(tmp))} (FORMAT parquet, COMPRESSION zstd)")
    os.replace(tmp, path)
    return int(pq.ParquetFile(path).metadata.num_rows)
