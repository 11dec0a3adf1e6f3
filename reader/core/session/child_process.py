"""A child process that talks to this one in pickles over two pipes: how the extractor runs beside the reader.

Why not `multiprocessing`: importing it costs 13-23 ms, a tenth of the reader's first frame, and its `spawn`
re-imports the caller's `__main__` in the child. What the reader needs is less: one child, one request, a stream
of answers, and a kill. A pickle read from a pipe is exactly one message (`pickle.load` reads one and stops), so
no framing is needed.

The child is a fresh interpreter (`python -c`, told where this process's `reader` is, so it imports the same one),
never a `fork`: a fork would copy whatever threads and terminal state the app has, and even at start-up, before
either exists, the reader then pays for every page of its own memory it writes while the child lives (about 7 ms of
its first frame, benchmarks/startup.py). A fresh interpreter costs the child 20-30 ms more, off the reader's path.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

ChildMain = Callable[["Pipes"], None]
"""The child's whole life: it reads requests from its pipes and writes answers to them."""

_BOOT = "import sys; sys.path[:0] = {path!r}; from {module} import {name}; from {here} import run_child; run_child({name}, {fds})"


class Pipes:
    """One side's two pipe ends, as both the reader and its child use them: `send` a message, `receive` one (blocking;
    EOFError once the other side has gone)."""

    def __init__(self, reading: BinaryIO, writing: BinaryIO) -> None:
        self._from, self._to = reading, writing

    def send(self, message: object) -> None:
        pickle.dump(message, self._to, protocol=pickle.HIGHEST_PROTOCOL)
        self._to.flush()

    def receive(self) -> Any:  # whatever the other side sent: its reader checks it
        return pickle.load(self._from)

    def close(self) -> None:
        for stream in (self._to, self._from):
            with contextlib.suppress(OSError):  # a pipe the other side had already closed
                stream.close()


class Child(Pipes):
    """A started child: `send` to it, `receive` from it, `stop` it."""

    def __init__(self, popen: subprocess.Popen[bytes], to_child: BinaryIO, from_child: BinaryIO) -> None:
        super().__init__(from_child, to_child)
        self.popen = popen

    def alive(self) -> bool:
        return self.popen.poll() is None

    @property
    def exitcode(self) -> int | None:
        return self.popen.returncode

    def stop(self) -> None:
        """Close both pipes, kill the child (it may be half-way through a book) and reap it."""
        self.close()
        self.popen.kill()
        self.popen.wait()


PASSES_PIPES = os.name == "posix"
"""Whether a child can inherit the two pipe ends (subprocess's pass_fds): POSIX only. Elsewhere (Windows) no child is
started and the reader finds the claims itself (extract_process.py)."""


def start_child(main: ChildMain) -> Child | None:
    """`main` (a module-level function) running in a child process now, or None where none can be started (a
    sandbox, a process limit, a system that cannot hand a child its pipes)."""
    if not PASSES_PIPES:
        return None
    requests, answers = os.pipe(), os.pipe()
    ends = (requests[0], answers[1])  # the child's: it reads requests, writes answers
    try:
        popen = subprocess.Popen([sys.executable, "-c", _boot(main, ends)], pass_fds=ends, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, ValueError, RuntimeError):
        for fd in (*requests, *answers):
            os.close(fd)
        return None
    for fd in ends:
        os.close(fd)  # only the child holds them now: its exit reads here as EOF, and this process's as EOF there
    return Child(popen, os.fdopen(requests[1], "wb"), os.fdopen(answers[0], "rb"))


def _boot(main: ChildMain, ends: tuple[int, int]) -> str:
    import reader

    root = os.path.dirname(os.path.dirname(os.path.abspath(reader.__file__)))  # the same `reader`, however installed
    return _BOOT.format(path=[root, *sys.path], module=main.__module__, name=main.__name__, here=__name__, fds=ends)


def run_child(main: ChildMain, fds: tuple[int, int]) -> None:
    """The child's side: ignore the terminal's interrupt (the reader decides when to stop the child; its streams
    are /dev/null already), then hand `main` its two pipes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with os.fdopen(fds[0], "rb") as requests, os.fdopen(fds[1], "wb") as answers:
        main(Pipes(requests, answers))
