"""SIGKILL during sync: every action a reader acknowledged reaches the team server, and none twice.

Each trial is a process that saves actions (a new unique tag and a verdict on one of 40 annotations) and
syncs after every second one, printing "saved N" only after the local save returned; the parent kills it
with SIGKILL after a random delay, so kills land in local saves, in pushes (before or after the server's
commit, before the outbox is cleared) and in pulls. A last sync sends what is left.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from reader.core.annotations.backends import open_store
from reader.core.annotations.sync import TeamSync
from tests.services.fixtures import Team

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
TRIALS = 12

WORKER = r"""
import sys, uuid
from reader.core.annotations.model import Annotation, Selector
from reader.core.annotations.backends import open_store
from reader.core.annotations.sync import TeamSync
store = open_store(sys.argv[1])
sync = TeamSync(store, sys.argv[2])
sync.connect()
print("ready", flush=True)
verdicts = ("true", "false", "misleading", "unverified", "needs-context")
n = int(sys.argv[3])
while True:
    n += 1
    aid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"crash-{n % 40}"))
    a = store.get(aid) or Annotation(Selector("quote", "pre", "suf", n % 40, n % 40 + 5), "fp-crash", "/a.txt", "A", id=aid)
    verdict = verdicts[(verdicts.index(a.verdict) + 1) % 5] if a.verdict else "true"  # always a change: an event each
    store.save(a.edited(tags=(*a.tags, f"k{n}"), verdict=verdict))
    print("saved", n, flush=True)
    if n % 2 == 0:
        sync.sync()
"""


def _acknowledged(out: bytes) -> set[int]:
    """The actions a killed worker acknowledged: its complete "saved N" lines. The kill may cut the last line short
    ("saved " with no number yet, as a CI run showed): an acknowledgment half-written is none."""
    return {int(line[6:]) for line in out.decode().split("\n")[:-1] if line.startswith("saved ") and line[6:].isdigit()}


def test_sigkill_during_sync_loses_no_acknowledged_action(pg_team: Team, tmp_path: Path) -> None:
    data, url = str(tmp_path / "alice"), pg_team.url("alice")
    rng = random.Random(20240611)
    acknowledged: set[int] = set()
    for trial in range(TRIALS):
        p = subprocess.Popen([sys.executable, "-c", WORKER, data, url, str(trial * 100_000)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, cwd=ROOT)
        assert p.stdout is not None
        line = p.stdout.readline()
        assert line == b"ready\n", (line, p.stderr.read() if p.stderr else b"")
        time.sleep(rng.uniform(0.02, 0.5))
        p.send_signal(signal.SIGKILL)
        out, _ = p.communicate()
        acknowledged |= _acknowledged(out)
    assert len(acknowledged) > TRIALS * 5

    store = open_store(data)
    sync = TeamSync(store, url)
    sync.connect()
    sync.sync()
    assert sync.outbox.queued() == 0
    with psycopg.connect(pg_team.admin_url) as conn:
        server_tags = {t for (tags,) in conn.execute("SELECT tags FROM claim_reader.annotations") for t in tags}
        ops = conn.execute("SELECT count(*) FROM claim_reader.pushed").fetchone()
        events = conn.execute("SELECT count(*) FROM claim_reader.verdict_events").fetchone()
    assert {f"k{n}" for n in acknowledged} <= server_tags  # nothing acknowledged is lost
    local_actions = len(store.history(limit=1_000_000))  # every action saved here, acknowledged or not
    assert ops == (local_actions,)  # each pushed exactly once
    assert events is not None and events[0] == local_actions  # every action changed the verdict: one event each
    assert {t for a in store.all() for t in a.tags} == server_tags
    sync.close()
    store.close()
