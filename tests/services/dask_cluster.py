"""A real Dask cluster for tests and benchmarks: one `dask scheduler` and N `dask worker` processes on 127.0.0.1.

Ports are free ones the scheduler picks itself (`--port 0`), read back from its scheduler file, so two runs
never collide. Use the `dask_scheduler` fixture (`pytest_plugins = ["tests.services.dask_cluster"]`, tests
marked `dask`); under CI=true a cluster that cannot start FAILS the test instead of skipping it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

START_TIMEOUT = 90.0


class ClusterError(RuntimeError):
    pass


def _dask_command() -> list[str]:
    exe = Path(sys.executable).with_name("dask")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "dask"]


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """Stop exactly the processes started here, by their pid: SIGTERM, then SIGKILL after 10 s."""
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    for proc in procs:
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_for_file(path: Path, proc: subprocess.Popen[bytes], log: Path) -> dict[str, object]:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ClusterError(f"dask scheduler exited with {proc.returncode}: {log.read_text(errors='replace')[-500:]}")
        if path.exists():
            try:
                return json.loads(path.read_text())
            except ValueError:
                pass  # being written
        time.sleep(0.1)
    raise ClusterError(f"dask scheduler did not start within {START_TIMEOUT:.0f} s")


def _wait_for_workers(address: str, n: int, procs: list[subprocess.Popen[bytes]]) -> None:
    from dask.distributed import Client

    with Client(address, timeout="30s") as client:
        deadline = time.monotonic() + START_TIMEOUT
        while len(client.scheduler_info(n_workers=-1)["workers"]) < n:
            dead = [p for p in procs if p.poll() is not None]
            if dead:
                raise ClusterError(f"a dask worker exited with {dead[0].returncode}")
            if time.monotonic() > deadline:
                raise ClusterError(f"{n} dask workers did not join within {START_TIMEOUT:.0f} s")
            time.sleep(0.1)


@contextmanager
def dask_cluster(n_workers: int = 2, workdir: str | Path | None = None) -> Iterator[str]:
    """Yield the scheduler's address (tcp://127.0.0.1:PORT) while a scheduler and `n_workers` one-thread workers run."""
    with tempfile.TemporaryDirectory(prefix="dask-", dir=workdir) as tmp:
        base = Path(tmp)
        sched_file, log = base / "scheduler.json", base / "scheduler.log"
        env = dict(os.environ, DASK_DISTRIBUTED__WORKER__DAEMON="False", PYTHONUNBUFFERED="1")
        procs: list[subprocess.Popen[bytes]] = []
        try:
            with open(log, "wb") as fh:
                procs.append(subprocess.Popen([*_dask_command(), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                               "--scheduler-file", str(sched_file)], stdout=fh, stderr=subprocess.STDOUT, env=env,
                                              stdin=subprocess.DEVNULL))
            address = str(_wait_for_file(sched_file, procs[0], log)["address"])
            for i in range(n_workers):
                with open(base / f"worker-{i}.log", "wb") as fh:
                    procs.append(subprocess.Popen([*_dask_command(), "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                                                   "--no-nanny", "--no-dashboard", "--name", f"worker-{i}", "--memory-limit", "0",
                                                   "--local-directory", str(base / f"w{i}")],
                                                  stdout=fh, stderr=subprocess.STDOUT, env=env, stdin=subprocess.DEVNULL))
            _wait_for_workers(address, n_workers, procs[1:])
            yield address
        finally:
            _stop(procs[::-1])


@pytest.fixture(scope="session")
def dask_scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A two-worker Dask cluster for the session. Missing or broken Dask: skip, but FAIL under CI=true."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError as exc:
        _unavailable(f"dask[distributed] is not installed ({exc})")
    try:
        cm = dask_cluster(2, tmp_path_factory.mktemp("dask"))
        address = cm.__enter__()
    except (ClusterError, OSError) as exc:
        _unavailable(f"could not start a Dask cluster: {exc}")
    try:
        yield address
    finally:
        cm.__exit__(None, None, None)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Dask is required under CI=true: {reason}", pytrace=False)
    pytest.skip(reason)
