"""Shared fixtures: the seed article, and a private data/config dir for every test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
SEED = SAMPLES / "execution-squads.txt"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real store or config."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    return home


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture(autouse=True)
def wait_for_reading_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading screen paints the article first and mounts the claims pane just after; pilot
    tests start once it is complete, as a user's first keystroke would (a few ms later)."""
    from contextlib import asynccontextmanager

    from reader.tui.app import ClaimReaderApp

    original = ClaimReaderApp.run_test

    @asynccontextmanager
    async def run_test(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        async with original(self, *args, **kwargs) as pilot:
            await until_ready(pilot)
            yield pilot

    monkeypatch.setattr(ClaimReaderApp, "run_test", run_test)


async def until_ready(pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(1000):
        if getattr(pilot.app.screen, "ready", True):
            await pilot.pause()  # what the last batch of claims asked for (focus, a redraw) is done too
            return
        await pilot.pause(0.01)
    raise AssertionError("the reading screen never became ready")


from tests.services.fixtures import pg_cluster, pg_team  # noqa: E402,F401 - fixtures for the `postgres` tests
