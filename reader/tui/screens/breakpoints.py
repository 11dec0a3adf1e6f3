"""A screen styled once before its first frame: its breakpoint classes (`-narrow`/`-wide`, `-short`/`-tall`: app.tcss
lays the panes out by them) taken before its widgets mount, and no second styling pass when it first shows.

Textual's Screen adds the classes on its first resize, after the widgets are mounted and styled, and a class change
restyles every widget again; and its first ScreenResume restyles every widget once more, though each was styled as
it mounted: two whole styling passes of the first frame for nothing (start-up time).
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen


def breakpoint_classes(width: int, height: int, horizontal: list[tuple[int, str]], vertical: list[tuple[int, str]]) -> dict[str, bool]:
    """Each breakpoint class on or off at this size, as Screen._on_resize decides (the largest breakpoint reached)."""
    classes = {name: False for _, name in horizontal + vertical}
    for size, breakpoints in ((width, horizontal), (height, vertical)):
        reached = [(at, name) for at, name in breakpoints if size >= at]
        if reached:
            classes[max(reached)[1]] = True
    return classes


def take_breakpoints(screen: Screen[object]) -> None:
    """Give `screen` now the classes its first resize would give it (call at the top of compose)."""
    app = screen.app
    horizontal = (app.HORIZONTAL_BREAKPOINTS if screen.HORIZONTAL_BREAKPOINTS is None else screen.HORIZONTAL_BREAKPOINTS) or []
    vertical = (app.VERTICAL_BREAKPOINTS if screen.VERTICAL_BREAKPOINTS is None else screen.VERTICAL_BREAKPOINTS) or []
    screen.update_classes(breakpoint_classes(app.size.width, app.size.height, horizontal, vertical), update=False)


class StyledOnce:
    """Mixin for a screen that takes its breakpoints (`take_breakpoints`): its first ScreenResume does not restyle what
    was styled as it mounted. Later ones (back from a dialog, a theme changed meanwhile) restyle as Textual does."""

    _resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Runs before Screen's own handler (Textual calls each class's handler, the subclass's first)."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
