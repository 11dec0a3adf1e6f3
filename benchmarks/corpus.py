"""Corpus mode: 20,000 articles through `--jobs 1`, `--jobs 2` and a two-worker Dask cluster, in one run.

The corpus is made in a temporary folder (never committed) from copies of sample_articles/*.txt with only
a dateline and the numbers changed, deterministically: 90% as one JSON Lines file, 10% as HTML pages in
one gzipped WARC file (read with warcio, text by trafilatura). Each engine runs the real command in a
fresh process; peak RSS is the largest high-water mark (VmHWM) of any process the benchmark started
(the extract command, its pool workers, the Dask scheduler and workers, the search command), sampled from
/proc every 0.2 s, plus the VmHWM each command prints as it exits. `identical` compares every row of every
table of the three outputs, in a fixed order. Before the last line: the search timing on the whole output
(a million claims at 20,000 articles), the largest processes, and for each run the CPU it used (user+sys of
every process it started, pool workers and forkserver included: this benchmark makes itself their subreaper)
per article, the cores it got (its CPU seconds over its wall-clock seconds) and how many cores other processes
took meanwhile. On a shared machine the wall-clock speedup says as much about the others as about the engine:
with the kernel's autogroup scheduling (/proc/sys/kernel/sched_autogroup_enabled = 1, the default of desktop
and many server kernels) CPU time is shared fairly between sessions, not processes, so while another session
keeps a core busy a `--jobs 2` run gets about the share a `--jobs 1` run gets, and speedup falls towards 1
whatever the engine does. CPU per article is the engine's own cost; the speedup bar is for an idle machine.

Usage: python benchmarks/corpus.py [N_ARTICLES]
Last line: `corpus articles=20000 jobs1_per_s=<f> jobs2_per_s=<f> dask_per_s=<f> speedup=<f> peak_rss_mb=<f> identical=<yes|no>`
(bars: speedup = jobs2/jobs1 >= 1.7, peak_rss_mb <= 400, identical = yes).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.services.dask_cluster import dask_cluster  # noqa: E402

SAMPLES = sorted((ROOT / "sample_articles").glob("*.txt"))
START = dt.date(2019, 1, 1)
DAYS = 731  # 2019-2020, the years of the Wikinews samples
_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:,\d{3})+(?![\w-])|(?<![\w.,-])\d+(?![\w,-])")


def _renumber(text: str, i: int) -> str:
    """Every standalone number changed by a factor depending on the copy (years 1900-2099 kept: a dateline's job)."""
    factor = 1 + (i % 9 + 1) / 10

    def swap(m: re.Match[str]) -> str:
        raw = m.group(0)
        value = int(raw.replace(",", ""))
        if 1900 <= value <= 2099 and "," not in raw:
            return raw
        new = max(1, round(value * factor))
        return f"{new:,}" if "," in raw else str(new)

    return _NUMBER.sub(swap, text)


def article(i: int) -> tuple[str, str, dt.date, list[str]]:
    """Copy i: (id, title, date, paragraphs) — a sample's paragraphs with a dateline first and its numbers changed."""
    text = SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    date = START + dt.timedelta(days=i * DAYS // 20_000)
    dateline = f"{date:%A}, {date:%B} {date.day}, {date.year}"
    paras = [dateline, *(p for p in _renumber(body, i).split("\n\n") if p.strip())]
    return f"a{i:06d}", title.strip(), date, paras


def generate(folder: Path, n: int) -> list[str]:
    """N articles: every tenth as an HTML page in corpus.warc.gz, the rest in corpus.jsonl. Returns the input paths."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    jsonl, warc = folder / "corpus.jsonl", folder / "corpus.warc.gz"
    with open(jsonl, "w", encoding="utf-8") as jf, open(warc, "wb") as wf:
        writer = WARCWriter(wf, gzip=True)
        for i in range(n):
            ident, title, date, paras = article(i)
            url = f"https://news.example.org/{date:%Y/%m/%d}/{ident}"
            if i % 10 != 9:
                jf.write(json.dumps({"id": ident, "url": url, "title": title, "date": date.isoformat(),
                                     "text": title + "\n\n" + "\n\n".join(paras)}, ensure_ascii=False) + "\n")
                continue
            from html import escape

            html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
                    f"<meta name='date' content='{date.isoformat()}'></head><body><article><h1>{escape(title)}</h1>"
                    + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</article></body></html>").encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=http))
    return [str(jsonl), str(warc)]


class PeakRSS:
    """Largest VmHWM (kB) among this process's descendants, sampled every 0.2 s, plus the peaks the commands report.

    Not getrusage(RUSAGE_CHILDREN): Linux charges a child that execs with the high-water mark of the memory it was
    forked (or vforked) from, i.e. with this benchmark's own, which would be measured instead of the command's.
    VmHWM is per address space, so it is the command's alone."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.by_command: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def note(self, command: str, kb: int) -> None:
        """A peak a process reported itself as it exited (what sampling can miss in its last moments)."""
        self.peak_kb = max(self.peak_kb, kb)
        self.by_command[command] = max(self.by_command.get(command, 0), kb)

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.sample()

    def sample(self) -> None:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
        me, mine = os.getpid(), set()
        for pid in parents:
            p, seen = pid, 0
            while p in parents and p != me and seen < 64:
                p, seen = parents[p], seen + 1
            if p == me and pid != me:
                mine.add(pid)
        own = Path("/proc/self/cmdline").read_bytes()
        for pid in mine:
            try:
                raw = Path(f"/proc/{pid}/cmdline").read_bytes()
                if raw == own:
                    continue  # a child between fork and exec: still a copy of this benchmark, whose memory is not measured
                cmd = raw.replace(b"\0", b" ").decode(errors="replace")
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        kb = int(line.split()[1])
                        self.peak_kb = max(self.peak_kb, kb)
                        key = " ".join(cmd.split()[1:5])[:100]
                        self.by_command[key] = max(self.by_command.get(key, 0), kb)
            except OSError:
                continue

    def report(self) -> str:
        top = sorted(self.by_command.items(), key=lambda kv: -kv[1])[:4]
        return "peak RSS by process: " + "; ".join(f"{kb / 1024:.0f} MB {cmd}" for cmd, kb in top)


WRAP = ("import atexit, sys\n"
        "def hwm():\n"
        "    line = [x for x in open('/proc/self/status') if x.startswith('VmHWM:')][0]\n"
        "    print('VMHWM_KB=' + line.split()[1], file=sys.stderr)\n"
        "atexit.register(hwm)\n"
        "from reader.cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n")
"""`reader ARGS` with one addition: at exit it prints its own VmHWM to stderr (the command's code is untouched)."""

RSS = PeakRSS()


class CPU:
    """CPU seconds (user+sys) of the processes a run started, and the cores the rest of the machine used meanwhile.

    The pool's workers are children of a forkserver, which is nobody's waited-for child: as this process's
    subreaper (Linux prctl) it is reparented here when the command exits, and reaping it counts its CPU and
    that of the workers it reaped in RUSAGE_CHILDREN."""

    def __init__(self) -> None:
        self.runs: dict[str, tuple[float, float, float]] = {}  # name -> (own CPU s, own cores, cores used by others)
        self.reaper = False
        self._mine = 0.0
        try:
            import ctypes

            self.reaper = ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
        except (OSError, AttributeError):
            pass

    @staticmethod
    def _now() -> tuple[float, float, float]:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        busy = (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait
        return ru.ru_utime + ru.ru_stime, busy, time.perf_counter()

    def start(self) -> tuple[float, float, float]:
        self._my_cpu()
        return self._now()

    def stop(self, name: str, before: tuple[float, float, float], reap: bool = True) -> None:
        if reap:
            self._reap_orphans()
        cpu0, busy0, t0 = before
        cpu1, busy1, t1 = self._now()
        own = cpu1 - cpu0
        wall = max(1e-9, t1 - t0)
        self.runs[name] = (own, own / wall, max(0.0, (busy1 - busy0) - own - self._my_cpu()) / wall)

    def _my_cpu(self) -> float:
        """This benchmark's own CPU since the last call (its RSS sampler runs all along), not counted as others'."""
        ru = resource.getrusage(resource.RUSAGE_SELF)
        now = ru.ru_utime + ru.ru_stime
        used, self._mine = now - self._mine, now
        return used

    def _reap_orphans(self, timeout: float = 10.0) -> None:
        """Wait for the run's orphans (the forkserver exits once the command has); only called when no cluster runs."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                time.sleep(0.05)

    def report(self, n: int) -> str:
        parts = [f"{name} {own / n * 1000:.2f} ms/article ({own:.0f} s, {cores:.2f} cores) while others used {others:.2f} cores"
                 for name, (own, cores, others) in self.runs.items()]
        return "cpu (user+sys of every process of the run): " + "; ".join(parts) + ("" if self.reaper else " [no subreaper: pool workers missed]")


def reader(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-c", WRAP, *args], capture_output=True, text=True, cwd=ROOT)
    for line in proc.stderr.splitlines():
        if line.startswith("VMHWM_KB="):
            RSS.note(f"reader {args[0]} {args[1]}", int(line.split("=")[1]))
    return proc


def run(inputs: list[str], out: Path, how: str, value: str) -> float:
    t0 = time.perf_counter()
    proc = reader("corpus", "extract", *inputs, "-o", str(out), f"--{how}", value)
    seconds = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"{how} {value} failed: {proc.stderr[-2000:]}")
    print(f"{how}={value}: {seconds:.1f} s  {proc.stdout.strip()[:300]}", flush=True)
    return seconds


def identical(outs: list[Path]) -> bool:
    """Every table's rows, read in a fixed order, equal between all outputs: compared a batch of rows at a time."""
    from reader.core.corpus.duck import arrow_batches, connect

    orders = {"articles": "ordinal", "claims": "article_id, ordinal", "quotes": "quote_id", "speakers": "speaker"}
    for table, order in orders.items():
        cons = [connect(o) for o in outs]
        streams = [_rows(arrow_batches(c, f"SELECT * FROM {table} ORDER BY {order}", 20_000)) for c in cons]
        n = 0
        for chunks in zip(*streams, strict=False):
            if any(not chunks[0].equals(other) for other in chunks[1:]):
                print(f"{table}: rows {n}…{n + chunks[0].num_rows} differ", flush=True)
                return False
            n += chunks[0].num_rows
        leftovers = [next(s, None) for s in streams]
        for c in cons:
            c.close()
        if any(x is not None for x in leftovers):
            print(f"{table}: row counts differ", flush=True)
            return False
        print(f"{table}: {n} rows identical", flush=True)
    return True


def _rows(reader: object, size: int = 20_000) -> Iterator[pa.Table]:
    """Tables of exactly `size` rows (the last shorter) whatever batch sizes the reader yields."""
    pending: list[pa.RecordBatch] = []
    have = 0
    for batch in reader:  # type: ignore[attr-defined]
        pending.append(batch)
        have += batch.num_rows
        while have >= size:
            table = pa.Table.from_batches(pending)
            yield table.slice(0, size).combine_chunks()
            rest = table.slice(size)
            pending, have = rest.to_batches(), rest.num_rows
    if have:
        yield pa.Table.from_batches(pending).combine_chunks()


def search_timing(out: Path) -> None:
    """`reader corpus search` on the whole output (a million claims at 20,000 articles): the search itself, best of
    three in this process, and the command as a user runs it (interpreter start-up and imports included)."""
    from reader.core.corpus.duck import connect
    from reader.core.corpus.search import search

    con = connect(out)
    (claims,) = con.execute("SELECT count(*) FROM claims").fetchone()
    con.close()
    for words in ("troops killed in the conflict", "pandemc declard"):  # the second with typos: the prefix fallback
        best = min(_timed(lambda w=words: search(out, w)) for _ in range(3))
        t0 = time.perf_counter()
        if reader("corpus", "search", str(out), words).returncode:
            raise SystemExit("reader corpus search failed")
        print(f"search {words!r}: claims={claims} search_s={best:.3f} command_s={time.perf_counter() - t0:.3f}", flush=True)


def _timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 20_000
    rss, cpu = RSS, CPU()
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as tmp, rss:
        base = Path(tmp)
        t0 = time.perf_counter()
        inputs = generate(base, n)
        print(f"generated {n} articles in {time.perf_counter() - t0:.1f} s: "
              + ", ".join(f"{Path(p).name} {os.path.getsize(p) / 1e6:.1f} MB" for p in inputs), flush=True)
        before = cpu.start()
        jobs1 = run(inputs, base / "out-jobs1", "jobs", "1")
        cpu.stop("jobs1", before)
        before = cpu.start()
        jobs2 = run(inputs, base / "out-jobs2", "jobs", "2")
        cpu.stop("jobs2", before)
        before = cpu.start()
        with dask_cluster(2, base) as address:
            dask_s = run(inputs, base / "out-dask", "scheduler", address)
        cpu.stop("dask (cluster's life included)", before, reap=False)
        same = identical([base / "out-jobs1", base / "out-jobs2", base / "out-dask"])
        search_timing(base / "out-jobs1")
    print(rss.report(), flush=True)
    print(cpu.report(n), flush=True)
    print(f"corpus articles={n} jobs1_per_s={n / jobs1:.1f} jobs2_per_s={n / jobs2:.1f} dask_per_s={n / dask_s:.1f} "
          f"speedup={jobs1 / jobs2:.2f} peak_rss_mb={rss.peak_kb / 1024:.1f} identical={'yes' if same else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
