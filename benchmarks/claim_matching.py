"""Claim matching on CheckThat! 2020 task 2 (English tweets against 10,375 verified claims, v3.0).

    python benchmarks/claim_matching.py CHECKOUT --split dev [--run FILE] [--scale N] [--fit]

CHECKOUT is a checkout of sshaar/clef2020-factchecking-task2 with its zips as shipped (data/v3.zip;
test-input/test-input.zip for --split test). The verified claims go into a fresh archive through the
same code `reader checks import` uses (CheckArchive.add), each tweet is ranked by the reader's Matcher,
and MAP@5 / recall@20 are computed as the task's scorer does (AP over the top 5, divided by the number
of relevant claims). The peer in the same run is plain FTS5: every word of the tweet as written, OR-ed, ordered
by bm25(), nothing else. --scale N adds N minus the verified claims of generated claims (words drawn,
seeded, from the verified claims' own vocabulary and lengths) to measure index time, memory and
query time at that size. --fit refits the score's logistic weights on the TRAIN split only.
Last line: `matching split=... map5=... r20=... ms_per_query=... index_s=... ...`; the cpu_ fields are the
process's own CPU time, which other work on a shared machine does not inflate (index_wait_s: the index's wall
time the process was not on a CPU: waiting for one, for the disk or for fsync; index_vcsw / index_ivcsw say
which: voluntary context switches are waits for I/O, involuntary ones other work taking the CPU). The
generated claims are written to a TSV file first (gen_cpu_s, not timed); index time reads them back from it
while indexing, as an import of a file would.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import math
import os
import random
import resource
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.checks.archive import CheckArchive  # noqa: E402
from reader.core.checks.matcher import Matcher, features  # noqa: E402
from reader.core.checks.record import KnownCheck  # noqa: E402
from reader.core.checks.terms import WORD  # noqa: E402

csv.field_size_limit(1 << 30)
PEER_QUERIES_AT_SCALE = 50


def _tsv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter="\t"))


def _member(z: zipfile.ZipFile, *needles: str) -> str | None:
    for name in z.namelist():
        base = name.rsplit("/", 1)[-1]
        if base and not base.startswith(".") and all(n in name for n in needles):
            return name
    return None


def load(checkout: Path, split: str) -> tuple[list[KnownCheck], dict[str, str], dict[str, set[str]]]:
    v3 = zipfile.ZipFile(checkout / "data" / "v3.zip")
    docs = _tsv(v3.read(_member(v3, "verified_claims.docs.tsv") or "missing"))
    checks = [KnownCheck(claim=r[1], title=r[2], key=r[0], source="checkthat-v3") for r in docs[1:] if len(r) >= 3]
    if split == "test":
        z = zipfile.ZipFile(checkout / "test-input" / "test-input.zip")
        tweets_name, qrels_name = _member(z, "tweets", ".tsv"), _member(z, "qrels")
    else:
        z = v3
        tweets_name, qrels_name = _member(z, f"/{split}/", "tweets"), _member(z, f"/{split}/", "qrels")
    if tweets_name is None:
        raise SystemExit(f"no tweets file for --split {split} in {z.filename}")
    tweets = {r[0]: r[1] for r in _tsv(z.read(tweets_name))[1:] if len(r) >= 2}
    gold: dict[str, set[str]] = {}
    if qrels_name is not None:
        for line in z.read(qrels_name).decode("utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 4 and parts[3] == "1":
                gold.setdefault(parts[0], set()).add(parts[2])
    return checks, tweets, gold


def generated(real: list[KnownCheck], total: int) -> Iterator[KnownCheck]:
    """`total - len(real)` claims of words drawn (seeded) from the real claims' vocabulary and lengths,
    made as they are stored (a list of a million would count in the RSS measured)."""
    rnd = random.Random(2020)
    words = [w for c in real for w in (c.claim + " " + c.title).split()]
    claim_lens = [len(c.claim.split()) for c in real]
    title_lens = [len(c.title.split()) for c in real]
    for i in range(max(0, total - len(real))):
        n, m = rnd.choice(claim_lens), rnd.choice(title_lens)
        drawn = rnd.choices(words, k=n + m)
        yield KnownCheck(claim=" ".join(drawn[:n]), title=" ".join(drawn[n:]), key=f"gen-{i}", source="generated")


def write_generated(real: list[KnownCheck], total: int, path: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter="\t", lineterminator="\n").writerows((c.key, c.claim, c.title) for c in generated(real, total))


def read_generated(path: str) -> Iterator[KnownCheck]:
    with open(path, encoding="utf-8", newline="") as handle:
        for key, claim, title in csv.reader(handle, delimiter="\t"):
            yield KnownCheck(claim=claim, title=title, key=key, source="generated")


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def ap_at(ranked: list[str], relevant: set[str], depth: int = 5) -> float:
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked[:depth], 1):
        if doc in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0


def peer_rank(archive: CheckArchive, text: str, limit: int = 20) -> list[int]:
    """Plain FTS5: every word of the tweet as written OR-ed, bm25() order; no stopwords, no hashtag splitting."""
    return archive.fts_top(dict.fromkeys(WORD.findall(text)), limit)


def fit(archive: CheckArchive, tweets: dict[str, str], gold: dict[str, set[str]]) -> None:
    """Logistic regression (batch gradient descent) of relevant-or-not on the top-5 candidates' features."""
    matcher = Matcher(archive)
    rows = []
    for qid, text in tweets.items():
        for r in matcher.rank(text, 5):
            rows.append((features(text, r.stored), 1.0 if r.stored.check.key in gold.get(qid, ()) else 0.0))
    w, b = [0.0] * len(rows[0][0]), 0.0
    for _ in range(3000):
        gw, gb = [0.0] * len(w), 0.0
        for x, y in rows:
            p = 1 / (1 + math.exp(-(b + sum(a * c for a, c in zip(w, x, strict=True)))))
            gw = [g + (p - y) * c for g, c in zip(gw, x, strict=True)]
            gb += p - y
        w = [a - 0.5 * g / len(rows) for a, g in zip(w, gw, strict=True)]
        b -= 0.5 * gb / len(rows)
    print(f"fit on {len(rows)} top-5 candidates of train: WEIGHTS = ({', '.join(f'{x:.3f}' for x in w)}) BIAS = {b:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("checkout", type=Path)
    ap.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    ap.add_argument("--run", type=Path, help="write the ranking as a TREC run file")
    ap.add_argument("--scale", type=int, default=0, help="archive size with generated claims added")
    ap.add_argument("--tag", default="claim-reader")
    ap.add_argument("--fit", action="store_true", help="refit the score weights on the train split and stop")
    args = ap.parse_args()
    checks, tweets, gold = load(args.checkout, "train" if args.fit else args.split)
    with tempfile.TemporaryDirectory() as tmp:
        archive = CheckArchive(os.path.join(tmp, "checks.db"))
        cpu, made = time.process_time(), os.path.join(tmp, "generated.tsv")
        write_generated(checks, args.scale, made)
        args.gen_cpu_s = time.process_time() - cpu
        before = resource.getrusage(resource.RUSAGE_SELF)
        started, cpu = time.perf_counter(), time.process_time()
        archive.add(itertools.chain(checks, read_generated(made)))
        index_s = time.perf_counter() - started
        args.index_cpu_s = time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_SELF)
        args.index_waits = (after.ru_nvcsw - before.ru_nvcsw, after.ru_nivcsw - before.ru_nivcsw)
        args.index_wait_s = index_s - args.index_cpu_s
        if args.fit:
            fit(archive, tweets, gold)
            return
        run(archive, args, tweets, gold, index_s)


def run(archive: CheckArchive, args: argparse.Namespace, tweets: dict[str, str], gold: dict[str, set[str]], index_s: float) -> None:
    matcher = Matcher(archive)
    lines, aps, r20, elapsed, cpu, top1 = [], [], [], 0.0, 0.0, []
    for qid, text in tweets.items():
        started, cpu_started = time.perf_counter(), time.process_time()
        ranked = matcher.rank(text, 20)
        elapsed += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        keys = [r.stored.check.key for r in ranked]
        lines += [f"{qid}\tQ0\t{k}\t{i}\t{r.bm25:.6f}\t{args.tag}" for i, (k, r) in enumerate(zip(keys, ranked, strict=True), 1)]
        if qid in gold:
            aps.append(ap_at(keys, gold[qid]))
            r20.append(len(set(keys) & gold[qid]) / len(gold[qid]))
            if ranked:
                top1.append((ranked[0].score >= matcher.threshold, keys[0] in gold[qid]))
    if args.run:
        args.run.write_text("\n".join(lines) + "\n", encoding="utf-8")
    peer_aps, peer_time = [], 0.0
    peer_set = list(tweets.items())[: PEER_QUERIES_AT_SCALE if args.scale > 100_000 else None]
    by_id = {}
    for qid, text in peer_set:
        started = time.perf_counter()
        ids = peer_rank(archive, text)
        peer_time += time.perf_counter() - started
        by_id.update((s.id, s.check.key) for s in archive.get(i for i in ids if i not in by_id).values())
        if qid in gold:
            peer_aps.append(ap_at([by_id[i] for i in ids], gold[qid]))
    shown = [ok for above, ok in top1 if above]
    if top1:
        print(f"threshold {matcher.threshold}: shown {len(shown)}/{len(top1)} best candidates, "
              f"right {sum(shown)} (precision {sum(shown) / max(1, len(shown)):.3f})")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"matching split={args.split} map5={mean(aps):.4f} r20={mean(r20):.4f} ms_per_query={elapsed * 1000 / max(1, len(tweets)):.2f} "
        f"index_s={index_s:.1f} checks={len(archive)} rss_mb={rss_mb:.0f} cpu_ms_per_query={cpu * 1000 / max(1, len(tweets)):.2f} "
        f"index_cpu_s={args.index_cpu_s:.1f} index_wait_s={args.index_wait_s:.1f} index_vcsw={args.index_waits[0]} "
        f"index_ivcsw={args.index_waits[1]} gen_cpu_s={args.gen_cpu_s:.1f} peer=fts5_bm25_raw peer_map5={mean(peer_aps):.4f} "
        f"peer_ms_per_query={peer_time * 1000 / max(1, len(peer_set)):.2f}"
    )


if __name__ == "__main__":
    main()
