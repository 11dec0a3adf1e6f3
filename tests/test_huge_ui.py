"""A text of a few MB (the real sample articles, repeated) opens at once and its end is one key away."""

from __future__ import annotations

from pathlib import Path

from reader.core.annotations.backends import open_store
from reader.core.documents.document import load_document
from reader.core.session.session import DEFER_CLAIMS_CHARS
from reader.tui.app import ClaimReaderApp
from reader.tui.widgets.article import ArticleView
from tests.conftest import SAMPLES
from tests.screen import screen_text


def make_big(path: Path, min_bytes: int) -> Path:
    chunk = b"\n\n".join(p.read_bytes().strip() for p in sorted(SAMPLES.glob("*.txt")))
    reps = min_bytes // len(chunk) + 1
    path.write_bytes(b"\n\n".join([chunk] * reps) + b"\n\nThe very last line of the big file.\n")
    return path


def shown(article: ArticleView) -> str:
    """The lines the article view draws now (its own Line API render, as the compositor asks for them)."""
    return "\n".join(article.render_line(y).text for y in range(article.size.height))


async def test_big_file_opens_and_G_shows_its_last_line(tmp_path: Path) -> None:
    doc = load_document(str(make_big(tmp_path / "big.txt", 4_000_000)))
    assert len(doc.text) > DEFER_CLAIMS_CHARS
    app = ClaimReaderApp(doc, store=open_store(str(tmp_path / "data")))
    async with app.run_test(size=(100, 30)) as pilot:
        article = app.screen.query_one(ArticleView)
        article.focus()
        await pilot.pause()
        assert doc.title[:30] in screen_text(app)
        assert app.screen.session.claims_pending  # readable long before its claims are all found (speed: benchmarks/huge.py)
        await pilot.press("G")
        await pilot.pause()
        assert article.cursor == len(doc.text) - 1
        for _ in range(600):  # a loaded machine repaints late (G lays out 4 MB first): wait for the lines, not a fixed time
            if "The very last line of the big file." in shown(article):
                break
            await pilot.pause(0.05)
        assert "The very last line of the big file." in shown(article)
        await pilot.press("g")
        await pilot.pause()
        assert article.cursor == 0 and article.scroll_offset.y == 0
        assert doc.title[:30] in screen_text(app)
