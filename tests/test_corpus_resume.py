"""Resumption: a corpus run killed with SIGKILL and started again ends with exactly the files of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
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
    stray = next((out / "claims").rglob("part-000002.parquet")).with_name(".part-000002.parquet.tmp")
    stray.write_bytes(b"half a file")
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
