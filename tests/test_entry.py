"""The `reader` entry point turns the cycle collector off for start-up; the reader turns it back on after its
first frame and a headless command before it runs (reader/cli/entry.py)."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from reader.cli.entry import quiet_start
from reader.cli.main import main
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from tests.conftest import SEED


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The state `reader`'s entry point leaves; the test process gets its collector back whatever happens."""
    quiet_start()
    assert not gc.isenabled()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_headless_command_runs_with_the_collector_on(collector_off: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(SEED), "--format", "jsonl"]) == 0
    assert gc.isenabled()
    assert capsys.readouterr().out.count("\"kind\"") > 5


async def test_the_reader_turns_the_collector_on_after_its_first_frame(collector_off: None) -> None:
    app = ClaimReaderApp(load_document(str(SEED)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 10_000  # what start-up made is out of the collector's sight


def test_python_m_reader_is_the_same_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "reader", "claims", str(SEED)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("\n") > 5
