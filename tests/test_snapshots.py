"""SVG snapshots of the screens a user sees, at the smallest supported terminal (80x24: claims pane
under the article) and a wide one (160x48: side by side).

Deterministic by construction: the seed article, a fixed theme, private XDG dirs (conftest), no clock
or random in the view, cursor blink off. Update with `pytest tests/test_snapshots.py --snapshot-update`
only after looking at the report (snapshot_report.html) and the SVGs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from reader.core.config import Config
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from tests.conftest import SEED, until_ready

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])

SnapCompare = Callable[..., bool]


def make_app() -> ClaimReaderApp:
    return ClaimReaderApp(load_document(str(SEED)), config=Config(theme="textual-dark"))


def steps(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Press `keys`, then settle: workers done, no blinking cursor, one more refresh."""

    async def run_before(pilot: Pilot[None]) -> None:
        await until_ready(pilot)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, (Input, TextArea)):
                widget.cursor_blink = False
        await pilot.pause()

    return run_before


@SIZES
def test_main_screen(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """Article with its title, claims pane focused on the first claim (lit in the article), status, footer.
    80x24: claims pane below the article. 160x48: side by side."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps())


@SIZES
def test_help_screen(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """`?`: the key table generated from BINDINGS, over the reading screen."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("question_mark"))


@SIZES
def test_search_with_query(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """`/` then "putin": the search panel replaces the tabs, results listed, matches lit in the article."""
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
    """`n` on the first claim (no search matches, so it writes a note): the note editor, a line typed."""
    assert snap_compare(make_app(), terminal_size=size, run_before=steps("n", *"Check SBU"))


@SIZES
def test_library_screen(snap_compare: SnapCompare, size: tuple[int, int], tmp_path_factory: pytest.TempPathFactory) -> None:
    """`reader FOLDER`: one row per document with size, claims (filled in by a worker), notes, read %.
    The claim counts come from the extractor: a change to its rules changes them, so look at the report
    and update this snapshot with the extractor change."""
    import shutil

    from tests.conftest import SAMPLES

    folder = tmp_path_factory.mktemp("snap") / "library"
    folder.mkdir()
    for stem in ("execution-squads", "kosgei-marathon-record", "who-pandemic-declared"):
        shutil.copy(SAMPLES / f"{stem}.txt", folder / f"{stem}.txt")
    app = ClaimReaderApp(config=Config(theme="textual-dark"), folder=str(folder))
    assert snap_compare(app, terminal_size=size, run_before=steps())
