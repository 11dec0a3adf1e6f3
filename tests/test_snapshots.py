"""SVG snapshots of the screens a user sees, at the smallest supported terminal (80x24: side pane under the
article) and a common one (120x40: side by side).

Deterministic by construction: the seed article, a fixed theme, private XDG dirs (conftest), no clock
or random in the view, cursor blink off. Update with `pytest tests/test_snapshots.py --snapshot-update`
only after looking at the report (snapshot_report.html) and the SVGs.
"""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from reader.core.config import Config
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from tests.conftest import SEED, until_ready

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])

SnapCompare = Callable[..., bool]

JUDGED = ("j", "v", "f", "j", "j", "j", "v", "m", "j", "j", "v", "t", "j", "v", "u", "j", "v", "c", "j", "h", "k", "k", "k")
"""Verdicts on five claims (false, misleading, true, unverified, needs context) and a plain highlight, then back up:
every colour of the article and the list on one screen."""


def make_app() -> ClaimReaderApp:
    return ClaimReaderApp(load_document(str(SEED)), config=Config(theme="textual-dark"))


def steps(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Press `keys`, then settle: workers and the search thread done, no blinking cursor, one more refresh."""

    async def run_before(pilot: Pilot[None]) -> None:
        await until_ready(pilot)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        screen = pilot.app.screen
        search = getattr(screen, "search", None)
        if search is not None and search.indexed:
            from tests.screen import settle_search

            await settle_search(pilot)
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, (Input, TextArea)):
                widget.cursor_blink = False
        await pilot.pause()

    return run_before


@SIZES
def test_main_screen(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """Article with its title, claims pane focused on the first claim (lit in the article), status, footer.
    80x24: claims pane below the article. 120x40: side by side."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps())


@SIZES
def test_verdict_colours(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """Five verdicts and a highlight: each its own colour in the article, a glyph in the gutter, glyph + word in the list."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps(*JUDGED))


@SIZES
def test_help_screen(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """`?`: the legend of colours and marks, then the key table generated from our BINDINGS."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("question_mark"))


@SIZES
def test_search_with_query(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """`/` then "putin": the search panel replaces the tabs, results listed, matches lit yellow in the article."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("slash", *"putin"))


@SIZES
def test_verdict_dialog(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """`v` on the first claim: the one-key verdict picker with the claim's text."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("v"))


@SIZES
def test_tags_dialog(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """`t` on the first claim, "sour" typed: the tags prompt with the claim's text."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("t", *"sour"))


@SIZES
def test_note_editor(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """`a` on the first claim: the note editor, a line typed."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("a", *"Check SBU"))


@SIZES
def test_export_dialog(snap_compare: SnapCompare, size: tuple[int, int], tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """ctrl+e: centred, formats with one-line descriptions, the file name and the ClaimReview fields."""
    here = Path(tempfile.gettempdir()) / "claim-reader-snapshot"  # the suggested path starts at the working folder: the same in every checkout
    here.mkdir(exist_ok=True)
    monkeypatch.chdir(here)
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("ctrl+e"))


def test_zoomed_article(snap_compare: SnapCompare) -> None:
    """`z` at 80x24: the article takes the screen."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=steps("z"))


@SIZES
def test_library_screen(snap_compare: SnapCompare, size: tuple[int, int], tmp_path_factory: pytest.TempPathFactory) -> None:
    """`reader FOLDER`: one row per document (a sub-folder's too) with title, file, size, claims (filled in by a
    worker), annotations, read %. The claim counts come from the extractor: a change to its rules changes them, so
    look at the report and update this snapshot with the extractor change."""
    import os
    import shutil

    from tests.conftest import SAMPLES

    folder = tmp_path_factory.mktemp("snap") / "library"
    (folder / "more").mkdir(parents=True)
    for stem in ("execution-squads", "kosgei-marathon-record", "who-pandemic-declared"):
        shutil.copy(SAMPLES / f"{stem}.txt", folder / f"{stem}.txt")
    shutil.copy(SAMPLES / "ebola-treatments.txt", folder / "more" / "ebola-treatments.txt")
    for path in [*folder.glob("*.txt"), *folder.glob("more/*.txt")]:
        os.utime(path, (1_600_000_000, 1_600_000_000))  # a fixed date column
    app = ClaimReaderApp(config=Config(theme="textual-dark"), folder=str(folder))
    assert snap_compare(app, terminal_size=size, run_before=steps())
