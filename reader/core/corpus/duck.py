"""DuckDB over an output folder: the tables `articles`, `claims`, `quotes` and `speakers` as views on its Parquet.

Only what ships inside the duckdb wheel is used (Parquet and JSON are built in): extension auto-install and
auto-load are off and the extension repository points nowhere, so neither our queries nor a user's can
download anything; the configuration is then locked. Memory is capped (DuckDB spills to OUT/_state/tmp).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow as pa

from reader.core.corpus.schema import ARTICLES, CLAIMS

MEMORY_LIMIT = "160MB"
"""DuckDB's cap while a run finalizes (speakers, quotes), inside the 400 MB a corpus run keeps to."""
MAX_THREADS = 4
"""DuckDB's default is a thread per core, each with buffers of its own: on a large machine that alone would pass
the 400 MB bound the corpus run keeps; four threads scan Parquet about as fast as the disk reads it."""
HIVE = pa.schema([("year", pa.int16()), ("month", pa.int8())])


class QueryError(Exception):
    """The SQL failed or the folder holds no corpus: one line for the user."""


def sql_str(s: str) -> str:
    """A string as an SQL literal (quotes doubled), for the few statements DuckDB takes no parameters in."""
    return "'" + s.replace("'", "''") + "'"


def connect(root: str | Path, threads: int | None = None, lock: bool = True, memory_limit: str | None = None) -> Any:
    """An in-memory DuckDB with views on OUT's tables (an empty table of the right columns when none was written).

    `memory_limit` None is DuckDB's own default (most of the RAM): right for a user's query, which may sort a
    million claims; the extraction passes MEMORY_LIMIT to stay within its bound."""
    import duckdb

    root = Path(root)
    if not (root / "_corpus.json").exists():
        raise QueryError(f"{root}: not a corpus folder (make one with 'reader corpus extract INPUT… -o {root}')")
    tmp = root / "_state" / "tmp"
    config: dict[str, Any] = {
        "autoinstall_known_extensions": False, "autoload_known_extensions": False,
        "preserve_insertion_order": False,
    }
    config["threads"] = threads or min(MAX_THREADS, os.cpu_count() or 1)
    if memory_limit:
        config["memory_limit"] = memory_limit
    con = duckdb.connect(":memory:", config=config)
    con.execute("SET enable_progress_bar = false")  # a per-connection option: it would draw on the user's terminal
    con.execute(f"SET custom_extension_repository = {sql_str(str(root / '_state' / 'no-extensions'))}")
    if tmp.parent.exists() and _writable(tmp.parent):
        con.execute(f"SET temp_directory = {sql_str(str(tmp))}")
    for name, schema in (("articles", ARTICLES), ("claims", CLAIMS)):
        _partitioned_view(con, root, name, schema)
    for name in ("quotes", "speakers"):
        path = root / name / f"{name}.parquet"
        if path.exists():
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({sql_str(str(path))})")
    if lock:
        con.execute("SET lock_configuration = true")
    return con


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _partitioned_view(con: Any, root: Path, name: str, schema: pa.Schema) -> None:
    base = root / name
    if any(base.glob("year=*/month=*/*.parquet")):
        glob = sql_str(str(base / "year=*" / "month=*" / "*.parquet"))
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({glob}, hive_partitioning = true, "
                    "hive_types = {'year': SMALLINT, 'month': TINYINT})")
        return
    empty = pa.table({f.name: pa.array([], f.type) for f in [*schema, *HIVE]})
    con.register("_arrow", empty)  # a registered object is seen by this cursor only; a table by every cursor
    con.execute(f"CREATE TABLE _empty_{name} AS SELECT * FROM _arrow")
    con.unregister("_arrow")
    con.execute(f"CREATE VIEW {name} AS SELECT * FROM _empty_{name}")


def run_query(con: Any, sql: str) -> Any:
    """Execute user SQL; DuckDB's errors become one-line QueryErrors."""
    import duckdb

    try:
        return con.execute(sql)
    except duckdb.Error as exc:
        raise QueryError(" ".join(str(exc).split())[:400]) from None


def arrow_batches(con: Any, sql: str, size: int) -> Any:
    """Record batches of a query, never its whole result at once. Streaming holds `con` until drained: run other
    statements meanwhile on another cursor. (duckdb 2 renamed the 1.x method.)"""
    rel = con.sql(sql)
    to_reader = getattr(rel, "to_arrow_reader", None)
    return to_reader(size) if to_reader is not None else rel.fetch_arrow_reader(size)
