"""The open document's search, owned by one thread of its own.

Why a thread of its own: indexing a book takes seconds and must never hold up a key press, and
the index (its term cache, its parts) must not be read by one thread while another writes it.
So a `DocumentSearch` lives on a single worker thread; the UI only submits calls and is handed
the results (a `Future` each, whose callbacks run on that thread: post them to the UI, never
touch widgets from them). Calls run in the order they were made, so a query made after
`set_annotations` sees those annotations. A query superseded by a newer one before it started
is skipped (it returns None): typing fast never queues stale work. The thread is a daemon, so
quitting never waits for a book to finish indexing.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from reader.core.claims.record import Claim
from reader.core.documents.document import Document
from reader.core.search.document_search import DocumentSearch
from reader.core.search.entries import Hit
from reader.core.search.index import Marks
from reader.core.text.spans import Span

T = TypeVar("T")


class SearchService:
    """Submit work to the document's search thread; every method returns at once."""

    def __init__(self, doc: Document) -> None:
        self._search = DocumentSearch(doc)
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]] | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="search", daemon=True)
        self._thread.start()
        self._ticket = itertools.count(1)
        self._latest = 0
        self.indexed = False
        """True once the text is searchable (set on the search thread; read anywhere)."""

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, future = job
            if self._closed:
                future.cancel()
                continue
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
                future.set_exception(exc)

    def _submit(self, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        if self._closed:
            future.cancel()
        else:
            self._jobs.put((fn, future))
        return future

    def index_all(self, claims: Sequence[Claim]) -> Future[None]:
        """Index the text with all its claims (an article or a book, once its claims are found)."""
        batch = list(claims)

        def run() -> None:
            self._search.index_all(batch)
            self.indexed = True

        return self._submit(run)

    def index_text(self) -> Future[None]:
        """Index the text now, its claims as they come (`add_claims`): a huge document."""
        def run() -> None:
            if not self._search.ready:
                self._search.index_text()
            self.indexed = True

        return self._submit(run)

    def add_claims(self, claims: Sequence[Claim], first: int, final: bool = False) -> Future[None]:
        batch = list(claims)
        return self._submit(lambda: self._search.add_claims(batch, first, final))

    def set_annotations(self, annotations: Iterable[Marks]) -> Future[None]:
        snapshot = list(annotations)  # annotations are immutable: the list is all that may change
        return self._submit(lambda: self._search.set_annotations(snapshot))

    def search(self, query: str, limit: int = 200) -> Future[list[Hit] | None]:
        """Ranked hits, or None when a newer query was made before this one ran."""
        ticket = self._latest = next(self._ticket)
        return self._submit(lambda: self._search.search(query, limit) if ticket == self._latest else None)

    def text_matches(self, query: str, window: Span | None = None, limit: int | None = None) -> Future[list[Span]]:
        return self._submit(lambda: self._search.text_matches(query, window, limit))

    def call(self, fn: Callable[[DocumentSearch], T]) -> Future[T]:
        """Run `fn` on the search thread with the index (tests and benchmarks read it this way)."""
        return self._submit(lambda: fn(self._search))

    def close(self) -> None:
        """Drop queued work; a call already running finishes in the background."""
        self._closed = True
        self._jobs.put(None)
