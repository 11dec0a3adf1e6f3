"""Real services for the tests that need them (tmux, PostgreSQL, Dask), and the one rule for when one is
missing: under CI (`CI=true`) the test fails, since CI must have installed it; elsewhere it is skipped with
the reason, so a developer without the service still runs everything else."""

from __future__ import annotations

import os
import socket

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> None:
    """Stop the test because a service is missing: a failure in CI, a skip elsewhere."""
    if in_ci():
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
