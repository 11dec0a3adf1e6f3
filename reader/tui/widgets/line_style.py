"""The style under every line of a Line-API widget, worked out once per frame.

Textual's `rich_style` walks every ancestor each time it is read; the article and the lists read it for each
line they draw (forty a frame), which was a noticeable part of the first frame (start-up time).
"""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class FrameStyle(Widget):
    """Mixin for a widget whose render_line uses `line_style` (not `rich_style`); list it after the widget's Textual base
    (`class ArticleView(ScrollView, FrameStyle)`), so CSS still sees the widget as that base's kind."""

    _frame_style: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    @property
    def line_style(self) -> Style:
        """The widget's Rich style: the frame's copy while one is drawn, else worked out now."""
        return self._frame_style if self._frame_style is not None else self.rich_style
