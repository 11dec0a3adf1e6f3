"""The extractor run in a child process, its batches read as they come: claims found beside the reader, not in turn.

Why a process and not a thread: the extractor is pure Python, so on a thread it holds the interpreter lock the
reader's keys and frames need. Loading its rules alone (a few hundred regular expressions) costs more than the
app's first frame, and a book's claims take seconds; on a second core none of it waits for, or delays, the screen.
The child is sent the document and sends each batch back as soon as it is found (reader.core.session.child_process).
Closing the stream kills it, so a document closed half-way stops costing CPU at once (a thread could only stop
between batches).

`reader FILE` starts its child first thing (`ExtractorChild.start`, from reader/cli/entry.py), before it has read
the file or loaded Textual: the child loads the rules while the reader loads everything else, and is waiting when
the document comes.

Where no child can be started, the same batches come from this process (`iter_claims` on the calling thread):
slower to show, never different.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from reader.core.session.child_process import Child, Pipes, start_child

if TYPE_CHECKING:
    from reader.core.claims.record import Claim
    from reader.core.documents.document import Document

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

    def __init__(self, doc: Document, first_chars: int = FIRST_BATCH_CHARS, batch_chars: int = BATCH_CHARS,
                 child: ExtractorChild | None = None) -> None:
        self.doc = doc
        self.sizes = (first_chars, batch_chars)
        self.child: Child | None = child.hand_over() if child is not None else None
        if self.child is None:
            started = ExtractorChild.start()
            self.child = started.hand_over() if started is not None else None

    def __iter__(self) -> Iterator[Batch]:
        if self.child is None:
            yield from _in_process(self.doc, *self.sizes)
            return
        try:
            self.child.send((self.doc, *self.sizes))
            while True:
                message = self.child.receive()
                if not isinstance(message, _Message) or message.kind == "error":
                    raise ExtractorFailed(message.error if isinstance(message, _Message) else "the extractor process "
                                          "answered nonsense")
                yield message.batch, message.fraction
                if message.fraction >= 1:
                    return
        except (EOFError, OSError) as e:
            raise ExtractorFailed(f"the extractor process stopped ({e.__class__.__name__})") from None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the child now (it may be half-way through a book) and reap it."""
        child, self.child = self.child, None
        if child is not None:
            child.stop()


class ExtractorChild:
    """A child process with the extractor loaded (or loading), waiting for the one document it will read. A stream
    takes it over (`hand_over`); until then `close` stops it."""

    def __init__(self, child: Child) -> None:
        self._child: Child | None = child

    @classmethod
    def start(cls) -> ExtractorChild | None:
        """A child started now, or None where this system starts none (a sandbox, a process limit)."""
        child = start_child(_child)
        return cls(child) if child is not None else None

    def hand_over(self) -> Child | None:
        """The child, for a stream that now owns it; None if it has stopped or was taken."""
        child, self._child = self._child, None
        if child is not None and not child.alive():
            child.stop()
            return None
        return child

    def close(self) -> None:
        """Stop the child if no stream took it (the claims were kept, the path was a folder, the command failed)."""
        child, self._child = self._child, None
        if child is not None:
            child.stop()


def early_stream(doc: Document, data_dir: str | None, first_chars: int = FIRST_BATCH_CHARS,
                 batch_chars: int = BATCH_CHARS, child: ExtractorChild | None = None) -> ClaimStream | None:
    """The claims of `doc` started now, before the app that shows them has loaded (its own start-up takes about as
    long as the child's), unless they are kept from an earlier reading (reader.core.session.claims_cache); then
    the `child` started for them is stopped."""
    from reader.core.session.claims_cache import cached_size

    if data_dir and cached_size(data_dir, doc) is not None:
        if child is not None:
            child.close()
        return None
    return ClaimStream(doc, first_chars, batch_chars, child)


def _in_process(doc: Document, first_chars: int, batch_chars: int) -> Iterator[Batch]:
    from reader.core.claims.extract import iter_claims

    yield from iter_claims(doc, batch_chars, first_chars=first_chars)


def _child(pipes: Pipes) -> None:
    """The child's whole life (reader.core.session.child_process.run_child set it up): load the rules, read the
    document, send its batches, stop."""
    try:
        from reader.core.claims.extract import warm_up

        warm_up()  # while the reader loads: the rules' gates are ready when the document comes
        doc, first_chars, batch_chars = pipes.receive()
        for batch, fraction in _in_process(doc, first_chars, batch_chars):
            pipes.send(_Message("batch", batch, fraction))
    except (EOFError, BrokenPipeError, ConnectionResetError):
        return  # the reader closed the document, or has gone
    except Exception as e:  # noqa: BLE001 - whatever it was, the reader is told in one line
        pipes.send(_Message("error", [], 0.0, f"{e.__class__.__name__}: {e}"))
