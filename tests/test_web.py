"""`reader URL`: a page fetched with trafilatura from a real HTTP server on 127.0.0.1, kept as a snapshot, and
compared with the last snapshot when it is fetched again (stealth edits)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.core.documents.document import LoadError
from reader.core.documents.web import is_url, read_url, snapshots, what_changed, word_diff

PAGE = """<!doctype html><html><head><title>Council approves new bridge</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves new bridge</h1>
<p>The city council approved a new bridge on Tuesday, the mayor said.</p>
<p>The project will cost 12 million euros, according to the finance department.</p>
<p>Critics said the figure was too low and would rise.</p>
</article><footer>© The Town Courier</footer></body></html>
"""


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on 127.0.0.1 (a free port) serving `tmp_path/www`."""
    www = tmp_path / "www"
    www.mkdir()
    (www / "story.html").write_text(PAGE, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(www)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", www
    finally:
        server.shutdown()
        server.server_close()


def test_a_page_is_read_and_a_snapshot_kept(site: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = site
    url = f"{base}/story.html"
    read = read_url(url, tmp_path / "data")
    doc = read.doc
    assert doc.title == "Council approves new bridge" and doc.path == url and doc.meta["url"] == url
    assert "12 million euros" in doc.text and "Home" not in doc.text  # the article, not the page furniture
    assert read.previous is None and read.changes == []
    (snap,) = snapshots(tmp_path / "data", url)
    assert snap.url == url and snap.fingerprint == doc.fingerprint and snap.read_text() == doc.text
    assert snap.html.read_text(encoding="utf-8") == PAGE  # exactly what was read
    assert snap.fetched.endswith("Z") and doc.meta["fetched"] == snap.fetched


def test_fetching_again_says_what_changed(site: tuple[str, Path], tmp_path: Path) -> None:
    base, www = site
    url = f"{base}/story.html"
    read_url(url, tmp_path / "data")
    again = read_url(url, tmp_path / "data")
    assert again.previous is not None and again.changes == []  # the same text: nothing to report
    edited = PAGE.replace("12 million", "19 million").replace("<p>Critics said the figure was too low and would rise.</p>", "")
    (www / "story.html").write_text(edited.replace("</article>", "<p>Correction: the vote was on Wednesday.</p></article>"), encoding="utf-8")
    third = read_url(url, tmp_path / "data")
    assert len(snapshots(tmp_path / "data", url)) == 3
    kinds = [(c.kind, c.before[:20], c.after[:20]) for c in third.changes]
    assert kinds == [("changed", "The project will cos", "The project will cos"),
                     ("changed", "Critics said the fig", "Correction: the vote")], kinds
    words = word_diff(third.changes[0].before, third.changes[0].after)
    assert ("12", "removed") in words and ("19", "added") in words


def test_paragraph_changes_in_order() -> None:
    before = "Title\n\nOne.\n\nTwo.\n\nThree."
    assert what_changed(before, "Title\n\nOne.\n\nThree.") == [what_changed("Two.", "")[0]]
    assert [c.kind for c in what_changed(before, "Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.")] == ["added"]
    assert [c.kind for c in what_changed(before, "Title\n\nOne!\n\nTwo.\n\nThree.")] == ["changed"]


def test_errors_are_one_line(site: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = site
    with pytest.raises(LoadError, match="HTTP 404"):
        read_url(f"{base}/missing.html", tmp_path / "data")
    closed = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)  # a port nobody answers on once closed
    port = closed.server_address[1]
    closed.server_close()
    with pytest.raises(LoadError, match="could not be fetched"):
        read_url(f"http://127.0.0.1:{port}/x.html", tmp_path / "data")
    assert is_url("https://example.org/a") and not is_url("story.html") and not is_url("https://")


def test_cli_fetch_failure_is_one_line_exit_2(site: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli.main import main

    base, _ = site
    assert main([f"{base}/missing.html", "--data-dir", str(tmp_path / "data")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "HTTP 404" in err


async def test_the_reader_shows_what_changed_when_a_page_is_fetched_again(site: tuple[str, Path], tmp_path: Path) -> None:
    from reader.core.annotations.backends import open_store
    from reader.tui.app import ClaimReaderApp
    from reader.tui.dialogs.changes import ChangesScreen
    from tests.screen import screen_text

    base, www = site
    url = f"{base}/story.html"
    read_url(url, tmp_path / "data")
    (www / "story.html").write_text(PAGE.replace("on Tuesday", "on Monday"), encoding="utf-8")
    read = read_url(url, tmp_path / "data")
    app = ClaimReaderApp(read.doc, store=open_store(str(tmp_path / "data")), web=read)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ChangesScreen)
        shown = screen_text(app)
        assert "What changed since" in shown and "[-Tuesday,-]" in shown and "{+Monday,+}" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert "snapshot kept" in screen_text(app)
        await pilot.press("D")  # shown again on demand
        await pilot.pause()
        assert isinstance(app.screen, ChangesScreen)


def test_a_w3c_export_of_a_page_imports_into_a_store_that_never_saw_it(site: tuple[str, Path], tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 17 item 15: the W3C source is the page's URL, so `reader import` finds the page (its snapshot) by itself."""
    from reader.cli.main import main
    from reader.core.annotations.model import Annotation, Selector
    from reader.core.exchange.export import export
    from reader.core.text.spans import Span

    base, _ = site
    url = f"{base}/story.html"
    doc = read_url(url, tmp_path / "data").doc
    start = doc.text.index("12 million euros")
    ann = Annotation(Selector.from_span(doc.text, Span(start, start + 16)), doc.fingerprint, verdict="false")
    out = tmp_path / "story.w3c.jsonld"
    out.write_text(export(doc, [], [ann], "w3c"), encoding="utf-8")
    assert main(["import", str(out), "--data-dir", str(tmp_path / "data")]) == 0  # no --into
    assert "imported 1: 1 anchored" in capsys.readouterr().out
