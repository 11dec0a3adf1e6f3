"""SIGKILL at random moments: every annotation a process reported as saved survives.

Each trial is a short-lived process that opens the store and saves (and re-saves) annotations as
fast as it can, printing "saved <id> <n>" only after the commit returned; the parent kills it
with SIGKILL after a random delay. Two lanes run at once against the SAME database, so kills
also land while the other process holds (or waits for) the write lock, and the first kills land
while the schema is being created.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from reader.core.annotations.backends import open_store

ROOT = Path(__file__).resolve().parent.parent
TRIALS = 220
LANES = 2

WORKER = r"""
import random, sys
from reader.core.annotations.model import Annotation, Selector
from reader.core.annotations.backends import open_store
store = open_store(sys.argv[1])
print("ready", flush=True)
rng = random.Random()
mine = []
n = 0
while True:
    n += 1
    if mine and rng.random() < 0.3:
        a = rng.choice(mine)
        a = a.edited(note=str(n), tags=(a.tags[0], *a.tags[-2:], str(n)))
    else:
        a = Annotation(Selector("quote", "pre", "suf", n, n + 5), "fp-crash", "/a.txt", "A", verdict="false",
                       note=str(n), tags=("crash", "[b]", "\u202e"))
        mine.append(a)
    store.save(a)
    mine = [a if x.id == a.id else x for x in mine]
    print("saved", a.id, n, flush=True)
"""


def trial(data: str, rng: random.Random, results: list[tuple[str, int]], counts: dict[str, int]) -> None:
    p = subprocess.Popen([sys.executable, "-c", WORKER, data], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=ROOT)
    early = rng.random() < 0.15  # sometimes kill during start-up: import, open, migration
    if not early:
        assert p.stdout is not None
        line = p.stdout.readline()
        if line != b"ready\n":
            p.kill()
            raise AssertionError(f"worker failed to start: {line!r} {p.stderr.read() if p.stderr else b''!r}")
    time.sleep(rng.uniform(0.0, 0.12 if early else 0.06))
    os.kill(p.pid, signal.SIGKILL)
    out, err = p.communicate()
    assert p.returncode == -signal.SIGKILL, err.decode(errors="replace")
    for line in out.decode().splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "saved":  # a torn last line is not a report
            results.append((parts[1], int(parts[2])))
    counts["killed_while_saving" if b"saved" in out else "other"] += 1


def test_sigkill_never_loses_a_reported_save(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    results: list[tuple[str, int]] = []
    counts = {"killed_while_saving": 0, "other": 0}
    errors: list[BaseException] = []

    def lane(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for _ in range(TRIALS // LANES):
                trial(data, rng, results, counts)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    t0 = time.monotonic()
    threads = [threading.Thread(target=lane, args=(seed,)) for seed in range(LANES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, repr(errors[0])
    elapsed = time.monotonic() - t0

    latest: dict[str, int] = {}
    for aid, n in results:
        latest[aid] = max(n, latest.get(aid, 0))
    with open_store(data) as store:
        stored = {a.id: a for a in store.all()}
        missing = [aid for aid in latest if aid not in stored]
        assert not missing, f"{len(missing)} reported saves lost"
        for aid, n in latest.items():  # the reported version or a later one (killed after commit, before print)
            assert int(stored[aid].note or 0) >= n
            assert stored[aid].tags[0] == "crash" and stored[aid].verdict == "false"
        log = store.history(limit=10**6)
        assert len(log) >= len(results)
    print(f"crash test: {TRIALS} SIGKILL trials in {elapsed:.1f} s, {len(results)} reported saves, "
          f"{len(latest)} annotations, all present")
    assert counts["killed_while_saving"] >= TRIALS // 2
