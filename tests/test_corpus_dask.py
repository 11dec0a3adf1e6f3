"""The engines agree: a real Dask cluster (a `dask scheduler` and two `dask worker` processes on 127.0.0.1),
a local process pool and the in-process engine write the same rows, byte for byte."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from reader.cli.main import main
from tests.corpus_data import SAMPLES, page, write_jsonl, write_warc
from tests.services.dask_cluster import dask_scheduler  # noqa: F401 - the fixture
from tests.test_corpus_resume import tree

pytestmark = pytest.mark.dask


def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "folder"
    folder.mkdir()
    for p in SAMPLES[:5]:
        (folder / p.name).write_bytes(p.read_bytes())
    jsonl = write_jsonl(tmp_path / "feed.jsonl", 60, step_days=11)
    warc = write_warc(tmp_path / "crawl.warc.gz", [(f"https://news.example.org/{i}", "200 OK", "text/html", page(i)) for i in range(5, 10)])
    return [str(folder), str(jsonl), str(warc)]


def test_dask_pool_and_in_process_write_identical_rows(tmp_path: Path, dask_scheduler: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    inputs = corpus(tmp_path)
    outs = {}
    for name, engine in (("dask", ["--scheduler", dask_scheduler]), ("jobs2", ["--jobs", "2"]), ("jobs1", ["--jobs", "1"])):
        outs[name] = tmp_path / name
        assert main(["corpus", "extract", *inputs, "-o", str(outs[name]), "--partition-size", "7", *engine]) == 0
    summary = capsys.readouterr().out
    assert summary.count("70 articles (0 not read)") == 3
    reference = tree(outs["jobs1"])
    assert len(reference) > 10 and any("/year=2019/month=" in k for k in reference)
    assert tree(outs["dask"]) == reference
    assert tree(outs["jobs2"]) == reference


def test_an_unreachable_scheduler_is_one_line_not_a_hang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free, and nothing listens on it once closed
    code = main(["corpus", "extract", str(SAMPLES[0]), "-o", str(tmp_path / "out"), "--scheduler", f"tcp://127.0.0.1:{port}"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach the Dask scheduler" in err and err.count("\n") == 1
