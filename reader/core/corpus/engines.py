"""Where partitions run: in this process, in a pool of local processes, or on a Dask cluster.

All three call the same pure `run_partition` on the same partitions, and the same `write_tables` writes its
tables, so which engine ran a partition cannot change a byte of the output. Where the files are written
follows from where the workers are: a local pool worker writes its partition's files itself and sends back
only a small `PartitionDone` (no table is pickled, and the parent, whose every CPU second is taken from the
workers sharing its cores, only reads inputs and writes done markers); a Dask worker, maybe on a machine
without this file system, sends its tables back and the parent writes them. Each engine keeps a bounded window
of partitions in flight (a few per worker) and takes the next one from the lazy input only when one
finishes, so the parent's memory does not grow with the corpus.

Why a `concurrent.futures.ProcessPoolExecutor` for `--jobs N` and not a Dask `LocalCluster`: on one machine
the pool starts in a fraction of a second, runs no scheduler or nanny processes (a LocalCluster adds about
100 MB of resident memory per process, against the 400 MB bound) and sends each partition straight through
a pipe; Dask is used where it pays, past one machine (`--scheduler tcp://HOST:PORT`). Workers are forked
from a forkserver that has already imported the extractor (no fork of a parent holding Arrow and DuckDB
threads, no re-import per worker), and replaced after a number of partitions so that fragmentation in a
long run cannot grow a worker's memory. `--jobs 1` runs in this process: no pickling, no second interpreter.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from reader.core.corpus import reader_api
from reader.core.corpus.inputs import Partition
from reader.core.corpus.output import PartitionDone, run_and_write, write_tables
from reader.core.corpus.work import run_partition

TASKS_PER_WORKER = 40
"""Partitions a pool worker runs before it is replaced by a fresh one."""


class EngineError(Exception):
    """The engine could not run (scheduler unreachable, workers dead or mismatched): one line for the user."""


class Engine(Protocol):
    name: str
    workers: int

    def map(self, parts: Iterator[Partition], root: Path) -> Iterator[PartitionDone]:
        """Run every partition, its data files written under `root`; yields each as it finishes (any order)."""
        ...

    def close(self) -> None: ...


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def make_engine(jobs: int | None = None, scheduler: str | None = None) -> Engine:
    if scheduler:
        return DaskEngine(scheduler)
    jobs = jobs or default_jobs()
    return InProcess() if jobs == 1 else Pool(jobs)


class InProcess:
    name, workers = "in-process", 1

    def map(self, parts: Iterator[Partition], root: Path) -> Iterator[PartitionDone]:
        for part in parts:
            yield run_and_write(part, str(root))

    def close(self) -> None:
        pass


class Pool:
    """`jobs` local processes, a window of 2 partitions each; each writes the files of the partitions it runs."""

    name = "processes"

    def __init__(self, jobs: int) -> None:
        self.workers = jobs
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["reader.core.corpus.output"])
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, max_tasks_per_child=TASKS_PER_WORKER,
                                        initializer=exit_with, initargs=(os.getpid(),))

    def map(self, parts: Iterator[Partition], root: Path) -> Iterator[PartitionDone]:
        window = 2 * self.workers
        pending: set[Future[PartitionDone]] = set()
        it = iter(parts)
        where = str(Path(root).resolve())
        try:
            pending.update(self.pool.submit(run_and_write, p, where) for p in islice(it, window))
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in sorted(done, key=id):
                    result = fut.result()
                    nxt = next(it, None)
                    if nxt is not None:
                        pending.add(self.pool.submit(run_and_write, nxt, where))
                    yield result
        except BrokenProcessPool:
            raise EngineError("a worker process died (killed, or out of memory); run the same command again to resume") from None
        finally:
            for fut in pending:
                fut.cancel()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def exit_with(parent: int) -> None:
    """In a pool worker: exit when the parent dies (SIGKILL included). A worker is a child of the forkserver, not
    of the parent, and would otherwise block forever writing a result nobody reads."""
    import threading

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid was reused by another user's process: the parent is gone
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class DaskEngine:
    """An existing Dask cluster: each partition is one `client.submit` task of the pure `run_partition`; its tables come
    back through `as_completed` and are written here (the cluster's workers may not share this file system)."""

    name = "dask"

    def __init__(self, address: str, timeout: float = 10.0) -> None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise EngineError("--scheduler needs Dask: pip install 'claim-reader[corpus]'") from None
        self.address = address
        try:
            self.client: Any = Client(address, timeout=f"{timeout}s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {address} ({_one_line(exc)})") from None
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(f"no Dask worker joined the scheduler at {address} within {timeout:.0f} s") from exc
        self._check_versions()
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.token = uuid.uuid4().hex[:12]

    def _check_versions(self) -> None:
        """Every worker must run the extractor this client runs, or 'identical whichever engine' would be false."""
        mine = reader_api.extractor_version()
        try:
            theirs = self.client.run(reader_api.extractor_version)
        except Exception as exc:  # a worker without claim-reader fails to unpickle the function
            self.close()
            raise EngineError(f"the Dask workers cannot run claim-reader ({_one_line(exc)}); install it on every worker") from None
        other = {w: v for w, v in theirs.items() if v != mine}
        if other:
            self.close()
            worker, version = sorted(other.items())[0]
            raise EngineError(f"Dask worker {worker} runs extractor {version}, this client {mine}; install the same claim-reader everywhere")

    def map(self, parts: Iterator[Partition], root: Path) -> Iterator[PartitionDone]:
        from dask.distributed import as_completed

        it = iter(parts)
        window = 2 * self.workers

        def submit(part: Partition) -> Any:
            return self.client.submit(run_partition, part, key=f"corpus-{self.token}-{part.index}", pure=False, retries=1)

        futures = as_completed([submit(p) for p in islice(it, window)], loop=self.client.loop)
        try:
            for fut in futures:
                try:
                    result = fut.result()
                except Exception as exc:
                    raise EngineError(f"partition {fut.key.rsplit('-', 1)[-1]} failed on the Dask cluster ({_one_line(exc)}); "
                                      "run the same command again to resume") from None
                fut.release()
                nxt = next(it, None)
                if nxt is not None:
                    futures.add(submit(nxt))
                yield write_tables(root, result)
        finally:
            futures.clear()

    def close(self) -> None:
        self.client.close()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
