"""Two readers, two users, one team server, two real terminals: A sets a verdict by keyboard; B's reader,
untouched, shows it within 5 seconds (the latency itself is measured by benchmarks/team.py)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.services import unavailable
from tests.services.fixtures import Team
from tests.test_tmux import READER, Tmux, _wait_exit

pytestmark = [pytest.mark.tmux, pytest.mark.postgres]


@pytest.fixture
def terminal_env(private_dirs: Path) -> dict[str, str]:
    for missing, why in ((not shutil.which("tmux"), "tmux is not installed (scripts/test installs it when run as root)"),
                         (not READER.exists(), f"the installed command {READER} is missing; run scripts/test")):
        if missing:
            unavailable(why)
    return {k: os.environ[k] for k in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")} | {"TERM": "xterm-256color"}


def first_claim_row(screen: str) -> str:
    """The claims list's first row: the line under the pane's summary ("18 claims · 6 quotes · …")."""
    lines = screen.splitlines()
    at = next((i for i, line in enumerate(lines) if " claims · " in line), None)
    return lines[at + 1] if at is not None and at + 1 < len(lines) else ""


def test_a_verdict_set_in_one_reader_shows_in_the_others_without_a_key(pg_team: Team, terminal_env: dict[str, str],
                                                                      tmp_path: Path) -> None:
    readers = {who: Tmux([str(READER), str(SEED), "--data-dir", str(tmp_path / who), "--store", pg_team.url(who)], terminal_env)
               for who in ("alice", "bob")}
    a, b = readers["alice"], readers["bob"]
    try:
        for t in (a, b):
            t.wait_for("Claims (", "team: live")
        assert "✗" not in b.screen()
        a.send("v")
        a.wait_for("misleading")
        a.send("f")
        a.wait_for("verdict: false")
        sent = time.monotonic()
        screen = b.wait_for("Annotations (1)", timeout=5)
        while "✗" not in screen and time.monotonic() - sent < 5:  # in the claims list, or the article's margin
            time.sleep(0.1)
            screen = b.screen()
        assert "✗" in screen, screen
        assert "team: live" in screen
        for t in (a, b):
            t.send("q")
            _wait_exit(t)
    finally:
        for t in (a, b):
            t.kill()
