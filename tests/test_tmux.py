"""Real-terminal smoke test: the installed `reader` command in tmux, read back with capture-pane."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.tmux

READER = Path(sys.executable).with_name("reader")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


class Tmux:
    """One detached tmux session running a command at a fixed size."""

    def __init__(self, command: list[str], env: dict[str, str], size: tuple[int, int] = (120, 40)) -> None:
        self.name = f"cr-{uuid.uuid4().hex[:8]}"
        env_args = [a for k, v in env.items() for a in ("-e", f"{k}={v}")]
        _tmux("new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]), *env_args,
              " ".join(subprocess.list2cmdline([c]) for c in command) + "; sleep 30")

    def screen(self) -> str:
        return _tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, needle: str, timeout: float = 20) -> str:
        end = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < end:
            screen = self.screen()
            if needle in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")

    def send(self, *keys: str) -> None:
        _tmux("send-keys", "-t", self.name, *keys)

    def pane_command(self) -> str:
        return _tmux("display-message", "-p", "-t", self.name, "#{pane_current_command}").strip()

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def tmux_env(private_dirs: Path) -> dict[str, str]:
    if not shutil.which("tmux"):
        pytest.skip("tmux is not installed (scripts/test installs it when run as root)")
    if not READER.exists():
        pytest.skip(f"the installed command {READER} is missing; run scripts/test")
    return {k: os.environ[k] for k in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")} | {"TERM": "xterm-256color"}


def test_opens_seed_shows_title_and_claims_then_quits(tmux_env: dict[str, str]) -> None:
    t = Tmux([str(READER), str(SEED)], tmux_env)
    try:
        t.wait_for("Putin sending in execution squads")
        screen = t.wait_for("Claims (")
        assert "QUOTE" in screen and "Dmitry Peskov" in screen
        t.send("q")
        end = time.monotonic() + 10
        while time.monotonic() < end and t.pane_command() != "sleep":
            time.sleep(0.2)
        assert t.pane_command() == "sleep", "reader did not exit on q"
    finally:
        t.kill()
