"""A list of one-line rows drawn with the Line API: only the rows on screen are ever built.

Why not OptionList: it measures every option when it is added (about a millisecond each), so a
book's 11,000 claims took seconds to list and froze the reader while they streamed in. Here adding
rows costs nothing until they scroll into view, and a row's Text is cached until it changes.
Moves like lazygit's list: j/k, g/G, pages, no wrapping round at the ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.tui.widgets.line_style import FrameStyle


class RowList(ScrollView, FrameStyle, can_focus=True):
    """Rows 0..row_count-1; subclasses say what row i shows (`render_row`)."""

    COMPONENT_CLASSES = {"row-list--highlight", "row-list--highlight-blurred"}

    DEFAULT_CSS = """
    RowList { overflow-x: hidden; }
    RowList > .row-list--highlight { background: $primary 45%; text-style: bold; }
    RowList > .row-list--highlight-blurred { background: $primary 20%; }
    """

    highlighted: reactive[int | None] = reactive(None, init=False)

    @dataclass
    class RowMessage(Message):
        """Something happened to row `row` of `row_list` (its control, so `@on(..., "#id")` selects by list)."""

        row_list: RowList
        row: int

        @property
        def control(self) -> RowList:
            return self.row_list

    class RowHighlighted(RowMessage):
        """The highlight moved onto the row."""

    class RowChosen(RowMessage):
        """The row was chosen (enter, double click)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.row_count = 0
        self._cache: dict[int, Text] = {}

    # ----- subclass API -------------------------------------------------------------------
    def render_row(self, row: int, width: int) -> Text:
        raise NotImplementedError

    def set_row_count(self, count: int, *, keep_cache: bool = False) -> None:
        """The list now has `count` rows; rows already built stay cached only with `keep_cache` (appending)."""
        self.row_count = count
        if not keep_cache:
            self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        if count == 0:
            self.highlighted = None
        elif self.highlighted is None or self.highlighted >= count:
            self.highlighted = 0 if self.highlighted is None else count - 1
        self.refresh()

    def refresh_row(self, row: int) -> None:
        """Row `row` changed: build it again when it is next drawn."""
        self._cache.pop(row, None)
        y = row - int(self.scroll_offset.y)
        if 0 <= y < self.size.height:
            self.refresh_line(y)

    # ----- drawing ------------------------------------------------------------------------
    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count)

    def render_line(self, y: int) -> Strip:
        row = y + int(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        base = self.line_style
        if row >= self.row_count:
            return Strip.blank(width, base)
        text = self._cache.get(row)
        if text is None:
            text = self._cache[row] = self.render_row(row, width)
        line = text.copy()
        line.truncate(width, overflow="ellipsis", pad=row == self.highlighted)
        if row == self.highlighted:
            name = "row-list--highlight" if self.has_focus else "row-list--highlight-blurred"
            line.stylize_before(self.get_component_rich_style(name))  # under the row's own marks (lit letters stay lit)
        segments = list(line.render(self.app.console))  # one unwrapped line: no need for render_lines' layout pass
        return Strip(segments).apply_style(base).crop_extend(0, width, base)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for row in (old, new):
            if row is not None:
                y = row - int(self.scroll_offset.y)
                if 0 <= y < self.size.height:
                    self.refresh_line(y)
        if new is not None:
            self.scroll_to_row(new)
            self.post_message(self.RowHighlighted(self, new))

    def scroll_to_row(self, row: int) -> None:
        top = int(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = int(self.scroll_offset.y) + offset.y
        if 0 <= row < self.row_count:
            self.highlighted = row
            if event.chain > 1:
                self.action_select()

    # ----- moves --------------------------------------------------------------------------
    def _move_to(self, row: int) -> None:
        if self.row_count:
            self.highlighted = max(0, min(self.row_count - 1, row))

    def action_cursor_down(self) -> None:
        self._move_to((self.highlighted if self.highlighted is not None else -1) + 1)

    def action_cursor_up(self) -> None:
        self._move_to((self.highlighted or 0) - 1)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(self.row_count - 1)

    def action_page_down(self) -> None:
        self._move_to((self.highlighted or 0) + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self._move_to((self.highlighted or 0) - max(1, self.scrollable_content_region.height - 1))

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.RowChosen(self, self.highlighted))
