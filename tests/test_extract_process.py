"""The extractor in a child process (reader.core.session.extract_process): the same claims as in-process, in
batches that start small, a child that stops when the stream is closed, and one line when it fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.claims.extract import extract_claims, iter_claims
from reader.core.documents.document import Document, load_document
from reader.core.session import child_process
from reader.core.session.claims_cache import save_claims
from reader.core.session.extract_process import ClaimStream, ExtractorChild, ExtractorFailed, early_stream

SAMPLES = Path(__file__).resolve().parent.parent / "sample_articles"


def _doc() -> Document:
    return load_document(str(SAMPLES / "execution-squads.txt"))


def test_the_child_streams_the_claims_extract_claims_finds() -> None:
    doc = _doc()
    batches = list(ClaimStream(doc, 500, 1_500))
    assert len(batches) > 2
    assert [c for batch, _ in batches for c in batch] == extract_claims(doc) != []
    fractions = [f for _, f in batches]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert batches == list(iter_claims(doc, 1_500, first_chars=500))


def test_the_first_batch_is_the_small_one() -> None:
    doc = _doc()
    small, large = list(iter_claims(doc, 3_000, first_chars=500)), list(iter_claims(doc, 3_000))
    assert small[0][1] < large[0][1]  # it stops reading sooner
    assert [c for b, _ in small for c in b] == [c for b, _ in large for c in b]


def test_closing_the_stream_stops_the_child_at_once() -> None:
    book = load_document(str(SAMPLES / "long" / "moby-dick.txt"))
    stream = ClaimStream(book, 5_000, 20_000)
    child = stream.child
    assert child is not None and child.alive()
    first, fraction = next(iter(stream))
    assert first and fraction < 0.05
    stream.close()
    assert not child.alive() and child.exitcode == -9  # killed half-way through the book, and reaped


def test_a_child_started_before_its_document_finds_the_same_claims() -> None:
    early = ExtractorChild.start()
    assert early is not None
    doc = _doc()
    stream = ClaimStream(doc, 500, 1_500, early)
    assert early.hand_over() is None  # the stream owns it now: closing `early` cannot stop it
    early.close()
    assert list(stream) == list(iter_claims(doc, 1_500, first_chars=500))


def test_a_child_nobody_took_is_stopped_by_close() -> None:
    early = ExtractorChild.start()
    assert early is not None
    child = early._child  # noqa: SLF001
    assert child is not None and child.alive()
    early.close()
    assert not child.alive()


def test_a_failing_child_says_why_in_one_line_and_writes_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    stream = ClaimStream(None, 1_000, 4_000)  # type: ignore[arg-type] - not a document: the child's extractor fails
    with pytest.raises(ExtractorFailed) as failed:
        list(stream)
    assert "AttributeError" in str(failed.value) and "\n" not in str(failed.value)
    out, err = capfd.readouterr()
    assert out == err == ""


def test_without_child_processes_this_process_finds_the_same_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_processes(*args: object, **kwargs: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(child_process.subprocess, "Popen", no_processes)
    doc = _doc()
    stream = ClaimStream(doc, 500, 1_500)
    assert stream.child is None
    assert list(stream) == list(iter_claims(doc, 1_500, first_chars=500))


def test_claims_kept_from_an_earlier_reading_start_no_child(tmp_path: Path) -> None:
    doc = _doc()
    started = early_stream(doc, str(tmp_path), 1_000, 4_000)
    assert started is not None
    started.close()
    save_claims(tmp_path, doc, extract_claims(doc))
    early = ExtractorChild.start()
    assert early is not None
    child = early._child  # noqa: SLF001
    assert early_stream(doc, str(tmp_path), 1_000, 4_000, early) is None
    assert child is not None and not child.alive()  # the child started for them is stopped unused


def test_where_a_child_cannot_be_handed_its_pipes_this_process_finds_the_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_process, "PASSES_PIPES", False)  # Windows: subprocess cannot pass file descriptors
    assert ExtractorChild.start() is None
    doc = _doc()
    stream = ClaimStream(doc, 500, 1_500)
    assert stream.child is None
    assert list(stream) == list(iter_claims(doc, 1_500, first_chars=500))
