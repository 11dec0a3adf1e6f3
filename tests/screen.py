"""What a pilot-driven app shows, as plain text (the same render a screenshot uses)."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App


def screen_text(app: App) -> str:
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True, force_terminal=True,
                      color_system="truecolor", legacy_windows=False, safe_box=False)
    update = app.screen._compositor.render_update(  # noqa: SLF001 - the route export_screenshot takes
        full=True, screen_stack=app._background_screens  # noqa: SLF001
    )
    console.print(update)
    return console.export_text()
