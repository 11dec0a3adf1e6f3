"""Team benchmark: 8 members annotate one document at once, each in their own process with their own local
store and the app's live sync worker, against a throw-away local PostgreSQL (tests/services/postgres.py).

Each member makes 500 actions, 50-150 ms apart (all 8 at once: 80 actions a second on one document): half
set a verdict on one of the document's claims (anyone's: the verdict is the team's, so concurrent ones become
visible conflicts), a quarter add a unique tag and a quarter append a unique word to the note of one of the
member's own annotations. Every action is found
again by what it wrote (a tag, a note word, or its verdict event's author and time), so:

- sync latency: from an action's local commit to its arrival in each of the 7 other members' local stores
  (28,000 samples; arrivals seen only after the final sync count with that time);
- lost: actions missing from any member's store after a final sync (must be 0).

Peer in the same run: the same workload with members that poll the server once a second instead of waiting
on LISTEN/NOTIFY and pushing at once (what clients without server push, like Hypothesis's refetching client or
a periodic `reader sync`, would see). `conflicts_shown` counts the annotations whose verdict is in conflict
after the run (the same on every member); each was shown as one while it lasted.

Last line: `team clients=8 actions=4000 lost=0 conflicts_shown=<n> p95_sync_ms=<f>` (bars: lost 0, p95 <= 1000 ms).
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.annotations.model import VERDICTS  # noqa: E402
from reader.core.text.spans import Span  # noqa: E402

SEED = ROOT / "sample_articles" / "execution-squads.txt"
GAP = (0.05, 0.15)
"""Seconds between one member's actions: 10 a second on average, far quicker than people annotate."""
OWN = 3
"""Annotations of its own each member keeps tagging and noting (free spans, distinct per member)."""


# --- one member (a child process) ---------------------------------------------------------------------


def client(args: argparse.Namespace) -> None:
    from reader.core.annotations.backends import open_store
    from reader.core.annotations.sync import LiveSync, TeamSync
    from reader.core.claims.extract import extract_claims
    from reader.core.documents.document import load_document
    from reader.core.session.session import Session, claim_key

    doc = load_document(str(SEED))
    store = open_store(args.dir)
    session = Session.open(doc, extract_claims(doc), store)
    sync = TeamSync(store, args.url)
    seen: dict[str, float] = {}
    lock = sync.lock
    stale = [False]
    apply = sync.outbox.apply

    def applied(pulled):  # type: ignore[no-untyped-def]
        """Runs under sync.lock, like the session's actions: the next action reloads what the worker just wrote."""
        changed = apply(pulled)
        stale[0] = stale[0] or bool(changed)
        return changed

    sync.outbox.apply = applied  # type: ignore[method-assign]

    def observe(ids: list[str]) -> None:
        """The worker wrote teammates' changes here: note when each action arrived (the session reloads before its next action)."""
        now = time.time()
        with lock:
            for key in markers(store, sync, ids):
                seen.setdefault(key, now)

    poll = args.mode == "poll"  # the peer: no LISTEN/NOTIFY, no push on each action: a sync every second
    live = LiveSync(sync, observe, lambda text, msg: None, listen=not poll, period=1.0 if poll else 10.0)
    worker = threading.Thread(target=live.run, daemon=True)
    worker.start()
    while live.state != "live":
        time.sleep(0.05)
    print("ready", flush=True)
    sys.stdin.readline()  # go
    rng = random.Random(args.index)
    link = sync.outbox.link()
    member = link.member if link else ""
    own = [Span(2000 + 97 * (args.index * OWN + j), 2000 + 97 * (args.index * OWN + j) + 6) for j in range(OWN)]
    sent: dict[str, float] = {}
    for n in range(args.actions):
        time.sleep(rng.uniform(*GAP))
        marker = f"c{args.index}n{n}"
        with lock:
            if stale[0]:
                session.annotations, stale[0] = store.for_document(doc), False
            roll = rng.random()
            if roll < 0.5:
                c = rng.choice(session.claims)
                current = session.for_claim(session.claims.index(c))
                value = rng.choice([v for v in VERDICTS if v != (current.verdict if current else None)])
                a = session.set_verdict(c.span, value, claim_key(c))
                assert a is not None
                key = f"v:{store.history(a.id, limit=1)[0].at}:{a.id}:{member}"
            elif roll < 0.75:
                session.add_tags(rng.choice(own), [marker])
                key = f"t:{marker}"
            else:
                span = rng.choice(own)
                current = session.find(span)
                session.set_note(span, ((current.note + " ") if current and current.note else "") + marker)
                key = f"n:{marker}"
            sent[key] = time.time()
        if not poll:
            live.kick()
    print("done", flush=True)
    sys.stdin.readline()  # everybody is done: push what is left
    live.stop()
    worker.join()
    sync.connect()
    sync.sync()
    print("pushed", flush=True)
    sys.stdin.readline()  # everybody pushed: the last pull
    final(sync, store, seen, sent, args.out)


def markers(store, sync, ids: list[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """What the actions left in these annotations: tags, note words, verdict events (by author, time made, annotation)."""
    out: set[str] = set()
    for aid in ids:
        a = store.get(aid)
        if a is not None:
            out |= {f"t:{t}" for t in a.tags if t.startswith("c")}
            out |= {f"n:{w}" for w in (a.note or "").split() if w.startswith("c")}
        out |= {f"v:{e.made}:{aid}:{e.actor}" for e in sync.outbox.history(aid)}
    return out


def final(sync, store, seen, sent, out: str) -> None:  # type: ignore[no-untyped-def]
    sync.sync()
    now = time.time()
    ids = [a.id for a in store.all()]
    for key in markers(store, sync, ids):
        seen.setdefault(key, now)
    result = {"sent": sent, "seen": seen, "have": sorted(markers(store, sync, ids)), "conflicts": len(sync.outbox.conflicts()),
              "refused": sync.outbox.refused()}
    Path(out).write_text(json.dumps(result))
    sync.close()
    store.close()


# --- the run (the parent) -----------------------------------------------------------------------------


def run(mode: str, clients: int, actions: int) -> dict[str, float]:
    from reader.core.annotations.postgres import add_member, init_team
    from tests.services.postgres import start_cluster

    cluster = start_cluster()
    work = Path(tempfile.mkdtemp(prefix="team-bench-"))
    try:
        cluster.create_database("bench")
        admin = cluster.admin_url("bench")
        init_team(admin, "desk")
        procs = []
        for i in range(clients):
            password = secrets.token_hex(8)
            cluster.create_login(f"member{i}", password)
            add_member(admin, "desk", f"member{i}")
            cmd = [sys.executable, __file__, "--client", str(i), "--url", cluster.url(f"member{i}", password, "bench"), "--dir",
                   str(work / f"m{i}"), "--actions", str(actions), "--mode", mode, "--out", str(work / f"m{i}.json")]
            procs.append(subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT))
        for p in procs:
            assert p.stdout is not None and p.stdout.readline() == "ready\n"
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in procs:
            assert p.stdout is not None and p.stdout.readline() == "done\n"
        time.sleep(2.0)  # the last actions' way to everyone, live
        for step in ("push\n", "pull\n"):
            for p in procs:
                assert p.stdin is not None
                p.stdin.write(step)
                p.stdin.flush()
            if step == "push\n":
                for p in procs:
                    assert p.stdout is not None and p.stdout.readline() == "pushed\n"
        for p in procs:
            p.wait(timeout=300)
        results = [json.loads((work / f"m{i}.json").read_text()) for i in range(clients)]
    finally:
        cluster.destroy()
    return summarize(results, actions)


def summarize(results: list[dict], actions: int) -> dict[str, float]:  # type: ignore[type-arg]
    delays: list[float] = []
    lost: set[str] = set()
    for i, r in enumerate(results):
        for j, other in enumerate(results):
            if i == j:
                continue
            have = set(other["have"])
            for key, t in r["sent"].items():
                if key not in have:
                    lost.add(key)
                elif key in other["seen"]:
                    delays.append(max(0.0, other["seen"][key] - t) * 1000)
    delays.sort()
    return {"actions": sum(len(r["sent"]) for r in results), "lost": len(lost), "conflicts": results[0]["conflicts"],
            "p50": statistics.median(delays) if delays else float("nan"),
            "p95": delays[int(0.95 * (len(delays) - 1))] if delays else float("nan"),
            "samples": len(delays), "refused": sum(len(r["refused"]) for r in results), "lost_keys": sorted(lost)[:5]}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--client", type=int)
    p.add_argument("--url")
    p.add_argument("--dir")
    p.add_argument("--actions", type=int, default=500)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--mode", default="live", choices=("live", "poll"))
    p.add_argument("--out")
    args = p.parse_args()
    if args.client is not None:
        args.index = args.client
        client(args)
        return
    peer = run("poll", args.clients, args.actions)
    print(f"peer poll_1s clients={args.clients} actions={peer['actions']} lost={peer['lost']} p50_sync_ms={peer['p50']:.0f} "
          f"p95_sync_ms={peer['p95']:.0f}")
    live = run("live", args.clients, args.actions)
    print(f"live notify clients={args.clients} actions={live['actions']} samples={live['samples']} refused={live['refused']} "
          f"p50_sync_ms={live['p50']:.0f}" + (f" lost_keys={live['lost_keys']}" if live["lost"] else ""))
    print(f"team clients={args.clients} actions={live['actions']} lost={live['lost']} conflicts_shown={live['conflicts']} "
          f"p95_sync_ms={live['p95']:.1f}")


if __name__ == "__main__":
    main()
