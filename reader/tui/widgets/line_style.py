"""The styles a Line-API widget draws with: the style under every line worked out once per frame, and each component
class's style worked out when first drawn with.

Textual's `rich_style` walks every ancestor each time it is read; the article and the lists read it for each
line they draw (forty a frame), which was a noticeable part of the first frame (start-up time).

Textual also styles every component class (`COMPONENT_CLASSES`) of a widget each time the widget itself is styled (as
it mounts, when it takes focus, when the theme changes), as a node of its own: the article has twenty (a layer and a
gutter mark per verdict, search hits ...), the claims list eighteen, and the first frame draws with four of them.
Here a component is styled the first time it is drawn with, and again only after the widget was restyled; and the
rules of the components a first frame does not draw (reader/tui/marks.tcss) are read into the app's stylesheet when a
component without a rule yet is first drawn with, not parsed before it.
"""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.css.styles import RenderStyles
from textual.dom import DOMNode
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

MARKS = Path(__file__).resolve().parent.parent / "marks.tcss"
"""The marks' rules, read on first use (see the module's doc); app.tcss has those of the article's first frame."""


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

    # ----- component classes, styled on first use --------------------------------------------------------
    @classmethod
    def _get_component_classes(cls) -> frozenset[str]:
        """None for the stylesheet to style along with the widget (Stylesheet._process_component_classes)."""
        return frozenset()

    @classmethod
    def _all_component_classes(cls) -> frozenset[str]:
        return super()._get_component_classes()

    def notify_style_update(self) -> None:
        """The widget was restyled (a class, focus, the theme): its components are styled again when next drawn with,
        and a widget drawn with the old ones is drawn again (as Textual does when a component's style changes)."""
        if self._component_styles:
            self._component_styles.clear()
            self.refresh()
        super().notify_style_update()

    def get_component_styles(self, *names: str) -> RenderStyles:
        """Styles each component as Textual's stylesheet does (a node of that class under the widget), on first use."""
        styles = self._component_styles
        for name in names:
            if name not in styles and name in self._all_component_classes():
                stylesheet = self.app.stylesheet
                location = (str(MARKS), "")
                if f".{name}" not in stylesheet.rules_map and location not in stylesheet.source:
                    # As if it were in app.tcss: the same tier, and a theme change re-reads it with the rest.
                    stylesheet.add_source(MARKS.read_text(encoding="utf-8"), read_from=location)
                node = DOMNode(classes=name)
                node._attach(self)  # noqa: SLF001 - as Stylesheet._process_component_classes does
                stylesheet.apply(node, animate=False)
                styles[name] = node.styles
        return super().get_component_styles(*names)
