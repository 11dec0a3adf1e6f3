"""Resumption: a corpus run killed with SIGKILL and started again ends with exactly the files of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pyarrow", reason="corpus mode needs the [corpus] extra")

from reader.core.corpus.extract import ExtractOptions, extract_corpus  # noqa: E402
from tests.corpus_data import write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def tree(out: Path) -> dict[str, bytes]:
    """Every data file of an output folder (the tables and speakers), by relative path."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.parquet")) if not p.name.startswith(".")}


def test_sigkill_mid_run_then_rerun_gives_the_uninterrupted_output(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", 600, step_days=2)
    ref = tmp_path / "ref"
    extract_corpus([str(src)], ref, ExtractOptions(jobs=1, partition_size=10))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "reader", "corpus", "extract", str(src), "-o", str(out), "--jobs", "2", "--partition-size", "10"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done_dir = out / "_state" / "done"
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and len(list(done_dir.glob("*.json"))) < 5:
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_with = len(list(done_dir.glob("*.json")))
    assert 5 <= killed_with < 60 and not (out / "_state" / "finalized.json").exists()
    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "partitions already done" in rerun.stderr
    assert tree(out) == tree(ref)


def test_leftovers_of_a_crash_are_redone(tmp_path: Path) -> None:
    """What a kill can leave (a partition's files without its marker, temporary files, a claims file not yet
    given its canonical speakers, no finalized marker) is cleaned and redone."""
    src = write_jsonl(tmp_path / "a.jsonl", 60)
    out = tmp_path / "out"
    extract_corpus([str(src)], out, ExtractOptions(jobs=1, partition_size=10))
    want = tree(out)
    (out / "_state" / "done" / "000003.json").unlink()
    (out / "_state" / "finalized.json").unlink()
    stray = next((out / "claims").rglob("part-000002.parquet")).with_name(".part-000002.parquet.4242.tmp")
    stray.write_bytes(b"half a file, as a killed pool worker (pid 4242) leaves it")
    import pyarrow as pa
    import pyarrow.parquet as pq

    claims = next((out / "claims").rglob("part-000001.parquet"))
    table = pq.read_table(claims)
    i = table.schema.get_field_index("speaker_canonical")
    pq.write_table(table.set_column(i, "speaker_canonical", pa.nulls(table.num_rows, pa.string())), claims)
    summary = extract_corpus([str(src)], out, ExtractOptions(jobs=1, partition_size=10))
    assert (summary.skipped, summary.partitions) == (5, 6)
    assert not stray.exists()
    assert tree(out) == want


def test_pool_workers_write_the_files_and_send_back_only_a_summary(tmp_path: Path) -> None:
    """`--jobs 2`: each worker writes its partition's files, byte for byte what the in-process engine writes, and the
    parent receives a small summary (no table crosses the pipe), with the files already in place when it arrives."""
    import pickle

    from reader.core.corpus.engines import InProcess, Pool
    from reader.core.corpus.inputs import Partition, partitions, read_inputs

    src = write_jsonl(tmp_path / "a.jsonl", 40, step_days=3)

    def parts() -> Iterator[Partition]:
        return partitions(read_inputs([str(src)], 1_000_000), 10, 8_000_000)

    pool_out, here_out = tmp_path / "pool", tmp_path / "here"
    pool = Pool(2)
    try:
        seen = []
        for done in pool.map(parts(), pool_out):
            assert done.files and all((pool_out / f).is_file() for f in done.files)
            assert len(pickle.dumps(done)) < 2_000
            seen.append(done.partition)
    finally:
        pool.close()
    assert sorted(seen) == [0, 1, 2, 3]
    here = list(InProcess().map(parts(), here_out))
    assert sum(d.claims for d in here) > 0
    assert tree(pool_out) == tree(here_out)
