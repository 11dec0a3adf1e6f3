"""The output folder: its layout, the run's manifest, per-partition atomic writes and done markers.

    OUT/_corpus.json                               what the run is (inputs, settings, extractor version)
    OUT/_state/done/000012.json                    partition 12 is complete (its files and counts)
    OUT/articles/year=2019/month=01/part-000012.parquet
    OUT/claims/year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__/part-000012.parquet   (no date)

Every file is written under a hidden temporary name and renamed into place, and a partition's marker is
written only after all its files are: after a SIGKILL, a partition without a marker is deleted and redone,
so a resumed run ends with the files an uninterrupted one writes. Unknown dates use the partition value
pyarrow, Spark and DuckDB all read as NULL.

A partition's data files are written by whoever holds its tables (`write_tables`: a local pool worker, or the
parent for the in-process and Dask engines), its marker by the parent alone (`Output.commit`), once it knows
the files are in place. The files are a pure function of the tables, so who wrote them changes no byte.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from reader.core.corpus.inputs import Partition
from reader.core.corpus.work import PartitionResult, run_partition

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
MANIFEST = "_corpus.json"
TABLE_DIRS = ("articles", "claims")
_PART = re.compile(r"part-(\d{6,})\.parquet$")
FORMAT = 1


class OutputError(Exception):
    """OUT cannot be used for this run (another run's folder, not ours, not writable): exit code 2."""


@dataclass(frozen=True)
class PartitionDone:
    """A partition whose files are in place: what its done marker records (small: the engines send this, not tables)."""

    partition: int
    articles: int
    claims: int
    errors: int
    advance: int
    files: list[str]


def write_parquet(table: pa.Table, path: Path) -> None:
    """Atomically: a hidden temporary file in the same folder, then a rename (a reader never sees half a file).
    The temporary name is the writer's own (its pid): a worker of a killed run that has not yet noticed its parent
    died cannot write into the file a worker of the rerun is writing (both would rename the same bytes into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def write_json(obj: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(obj, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def partition_dir(year: int | None, month: int | None) -> str:
    if year is None or month is None:
        return f"year={NULL_PARTITION}/month={NULL_PARTITION}"
    return f"year={year:04d}/month={month:02d}"


@dataclass
class Output:
    root: Path

    @property
    def done_dir(self) -> Path:
        return self.root / "_state" / "done"

    @property
    def finalized_marker(self) -> Path:
        return self.root / "_state" / "finalized.json"

    @classmethod
    def open(cls, root: str | Path, manifest: dict[str, Any]) -> Output:
        """OUT for this run: created, or resumed when it holds a run with the same manifest; refused otherwise."""
        out = cls(Path(root))
        path = out.root / MANIFEST
        if out.root.exists() and not out.root.is_dir():
            raise OutputError(f"{root}: exists and is not a folder")
        if path.exists():
            try:
                before = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise OutputError(f"{path}: unreadable ({exc})") from None
            diff = sorted(k for k in set(before) | set(manifest) if before.get(k) != manifest.get(k))
            if diff:
                raise OutputError(f"{root}: holds a corpus made with other {', '.join(diff)}; use a new folder (or delete it)")
        elif out.root.exists() and any(out.root.iterdir()):
            raise OutputError(f"{root}: not empty and not a corpus folder; use a new folder")
        try:
            write_json(manifest, path)
        except OSError as exc:
            raise OutputError(f"{root}: cannot write ({exc.strerror or exc})") from None
        out.clean_unfinished()
        return out

    def done(self) -> set[int]:
        if not self.done_dir.exists():
            return set()
        return {int(p.stem) for p in self.done_dir.glob("*.json") if p.stem.isdigit()}

    def clean_unfinished(self) -> None:
        """Delete temporary files and the files of partitions without a done marker (a killed run's leftovers)."""
        done = self.done()
        for table in TABLE_DIRS:
            base = self.root / table
            if not base.exists():
                continue
            for dirpath, _dirs, files in os.walk(base):
                for name in files:
                    m = _PART.match(name)
                    if name.endswith(".tmp") or (m and int(m[1]) not in done):
                        os.unlink(os.path.join(dirpath, name))
        if self.done_dir.exists():
            for tmp in self.done_dir.glob(".*.tmp"):
                tmp.unlink()

    def write(self, result: PartitionResult) -> PartitionDone:
        """A finished partition's files, then its done marker."""
        done = write_tables(self.root, result)
        self.commit(done)
        return done

    def commit(self, done: PartitionDone) -> None:
        """The done marker of a partition whose files are all in place (written last: see the module's docstring)."""
        write_json(asdict(done), self.done_dir / f"{done.partition:06d}.json")

    def markers(self) -> list[dict[str, Any]]:
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(self.done_dir.glob("*.json"))] if self.done_dir.exists() else []


def write_tables(root: str | Path, result: PartitionResult) -> PartitionDone:
    """A partition's data files (one per table and month), not its marker: runs wherever the tables are."""
    root = Path(root)
    files: list[str] = []
    for table_name, table in (("articles", result.articles), ("claims", result.claims)):
        for (year, month), rows in split_by_month(table):
            rel = f"{table_name}/{partition_dir(year, month)}/part-{result.index:06d}.parquet"
            write_parquet(rows, root / rel)
            files.append(rel)
    return PartitionDone(result.index, result.articles.num_rows, result.claims.num_rows, result.errors, result.advance, files)


def run_and_write(part: Partition, root: str) -> PartitionDone:
    """In a local pool worker: extract a partition and write its files; only the small summary goes back."""
    return write_tables(root, run_partition(part))


def split_by_month(table: pa.Table) -> list[tuple[tuple[int | None, int | None], pa.Table]]:
    """Rows grouped by their (year, month) tags, in first-seen order, each group keeping row order; tags dropped."""
    if table.num_rows == 0:
        return []
    keys = list(zip(table["_year"].to_pylist(), table["_month"].to_pylist(), strict=True))
    data = table.drop_columns(["_year", "_month"])
    seen = list(dict.fromkeys(keys))
    if len(seen) == 1:
        return [(seen[0], data)]
    out = []
    for year, month in seen:
        mask = pa.array([k == (year, month) for k in keys], pa.bool_())
        out.append(((year, month), data.filter(mask)))
    return out
