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


async def settle_search(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the reading screen's search thread has its index and has answered everything asked of it,
    then until its answers (messages) are handled."""
    import asyncio

    screen = pilot.app.screen
    for _ in range(1000):
        if screen.search.indexed:
            break
        await pilot.pause(0.01)
    await asyncio.wrap_future(screen.search.call(lambda _: None))
    await pilot.pause()
    await pilot.pause()
