"""The extractor run in a child process, its batches read as they come: claims found beside the reader, not in turn.

Why a process and not a thread: the extractor is pure Python, so on a thread it holds the interpreter lock the
reader's keys and frames need. Loading its rules alone (a few hundred regular expressions) costs more than the
app's first frame, and a book's claims take seconds; on a second core none of it waits for, or delays, the screen.
The child is started with `spawn` (a fresh interpreter: nothing of the app's threads or terminal state is copied),
reads the document from a pipe, and sends each batch back as soon as it is found. Closing the stream kills it,
so a document closed half-way stops costing CPU at once (a thread could only stop between batches).

Where a child cannot be started, the same batches come from this process (`iter_claims` on the calling thread):
slower to show, never different.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from reader.core.documents.document import Document

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from reader.core.claims.record import Claim

Batch = tuple[list["Claim"], float]

FIRST_BATCH_CHARS = 5_000
"""The first batch of claims covers about this much text (a screenful or two), so the first claims show as soon as the
child is up; the next ones come BATCH_CHARS at a time."""
BATCH_CHARS = 20_000
"""Later batches: large enough that handing them over costs the screen little, small enough to show a book's claims
filling in."""


class ExtractorFailed(RuntimeError):
    """The child process stopped before its last batch: its one-line reason."""


@dataclass(frozen=True)
class _Message:
    kind: Literal["batch", "error"]
    batch: list[Claim]
    fraction: float
    error: str = ""


class ClaimStream:
    """The claims of `doc`, in batches of whole paragraphs with the fraction of the body read (as `iter_claims`),
    found by a child process. The first batch covers about `first_chars` of text (what is on screen), the rest
    `batch_chars` each. Iterate it on a worker thread: each step blocks until the child sends."""

    def __init__(self, doc: Document, first_chars: int = FIRST_BATCH_CHARS, batch_chars: int = BATCH_CHARS) -> None:
        self.doc = doc
        self.sizes = (first_chars, batch_chars)
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        import multiprocessing  # here: an article whose claims are kept never starts a child (start-up time)

        try:
            context = multiprocessing.get_context("spawn")
            receive, send = context.Pipe(duplex=True)
            self._process = context.Process(target=_child, args=(send, first_chars, batch_chars), daemon=True,
                                            name="reader-extractor")
            self._process.start()
            send.close()
            self._conn = receive
        except (OSError, ValueError, RuntimeError):  # no processes here (a sandbox, a limit): this process does it
            self._process = None

    def __iter__(self) -> Iterator[Batch]:
        if self._conn is None:
            yield from _in_process(self.doc, *self.sizes)
            return
        try:
            self._conn.send(self.doc)
            while True:
                message: _Message = self._conn.recv()
                if message.kind == "error":
                    raise ExtractorFailed(message.error)
                yield message.batch, message.fraction
                if message.fraction >= 1:
                    return
        except (EOFError, OSError) as e:
            raise ExtractorFailed(f"the extractor process stopped ({e.__class__.__name__})") from None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the child now (it may be half-way through a book) and reap it."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        process, self._process = self._process, None
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(timeout=5)


def early_stream(doc: Document, data_dir: str | None, first_chars: int = FIRST_BATCH_CHARS,
                 batch_chars: int = BATCH_CHARS) -> ClaimStream | None:
    """The claims of `doc` started now, before the app that shows them has loaded (its own start-up takes about as
    long as the child's), unless they are kept from an earlier reading (reader.core.session.claims_cache)."""
    from reader.core.session.claims_cache import cached_size

    if data_dir and cached_size(data_dir, doc) is not None:
        return None
    return ClaimStream(doc, first_chars, batch_chars)


def _in_process(doc: Document, first_chars: int, batch_chars: int) -> Iterator[Batch]:
    from reader.core.claims.extract import iter_claims

    yield from iter_claims(doc, batch_chars, first_chars=first_chars)


def _child(conn: Connection, first_chars: int, batch_chars: int) -> None:
    """The child's whole life: read the document, send its batches, stop. It never writes to the terminal (the
    reader owns it) and ignores the terminal's interrupt (the reader decides when to stop it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the child's whole life
    try:
        doc = conn.recv()
        for batch, fraction in _in_process(doc, first_chars, batch_chars):
            conn.send(_Message("batch", batch, fraction))
    except (EOFError, BrokenPipeError, ConnectionResetError):
        return  # the reader closed the document
    except Exception as e:  # noqa: BLE001 - whatever it was, the reader is told in one line
        conn.send(_Message("error", [], 0.0, f"{e.__class__.__name__}: {e}"))
