"""The article pane: a Line-API view that draws only the visible lines of the wrapped text.

It owns the reading cursor and the keyboard selection; everything it lights (the claim being
looked at, search matches, annotations by verdict) is handed down as span layers by the screen.
Claims are not painted over the text (an article is mostly claims: that would be a wall of
colour); a one-column gutter marks the lines that hold one, and the verdict of an annotated span
as a glyph, so the marks read without colour too.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from rich.text import Text
from textual import events, work
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.documents.document import Document
from reader.core.session.claim_view import VERDICT_GLYPHS
from reader.core.session.cursor import selection_span, word_back, word_end, word_forward
from reader.core.text.layout import LazyLayout, char_width, text_width
from reader.core.text.safe import safe_text
from reader.core.text.spans import Span
from reader.tui.keymap import keymap
from reader.tui.widgets.layers import SpanLayer
from reader.tui.widgets.line_style import FrameStyle
from reader.tui.widgets.messages import Latest

VERDICT_LAYERS = tuple(f"verdict-{v}" for v in ("unverified", "needs-context", "true", "misleading", "false"))
"""Highlight layers by verdict, least to most urgent: where two overlap, the more urgent is painted."""
LAYER_ORDER = ("highlight", *VERDICT_LAYERS, "lit", "match", "current-match")
"""Later layers are painted over earlier ones (the selection and the cursor go on top of all)."""
GUTTER_CLAIM, GUTTER_LIT, GUTTER_MORE = "▏", "┃", "│"
"""Gutter marks: a line with a claim, a line of the claim being looked at, an annotated span's further lines."""
GUTTER = 1
"""Columns of the gutter."""


class ArticleView(ScrollView, FrameStyle, can_focus=True):
    """Scrollable, wrapped article with a cursor, a selection and lit spans."""

    BINDINGS = keymap("ArticleView")

    COMPONENT_CLASSES = {
        "article--title", "article--cursor", "article--selection", "article--gutter-claim", "article--gutter-lit",
        *(f"article--{name}" for name in LAYER_ORDER),
        *(f"article--gutter-{name}" for name in ("highlight", *VERDICT_LAYERS)),
    }

    cursor: reactive[int] = reactive(0, init=False)
    mark: reactive[int | None] = reactive(None, init=False)
    """Where the selection started (None: no selection)."""

    @dataclass
    class CursorMoved(Latest):
        offset: int
        selection: Span | None

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.text = document.text
        self._lines = self._new_layout(80)
        self._layers: dict[str, SpanLayer] = {name: SpanLayer() for name in ("claim", *LAYER_ORDER)}
        self._size_pending = False
        self._batch = False

    # ----- data handed down by the screen -------------------------------------------------
    def set_layer(self, name: str, spans: list[Span]) -> None:
        self._layers[name] = SpanLayer(spans)
        self.refresh()

    def spans_of(self, name: str) -> SpanLayer:
        return self._layers[name]

    @property
    def lines(self) -> LazyLayout:
        return self._lines

    @property
    def selection(self) -> Span | None:
        if self.mark is None:
            return None
        return selection_span(self.text, self.mark, self.cursor)

    # ----- layout -----------------------------------------------------------------------
    def on_resize(self) -> None:
        self._relayout()

    def _new_layout(self, width: int) -> LazyLayout:
        lay = LazyLayout(self.text, width)
        lay.listener = self._lines_moved
        return lay

    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width - 1 - GUTTER)
        if width != self._lines.width:
            top, top_offset = int(self.scroll_offset.y), self._top_offset()
            watched = top <= self._lines.line_of(self.cursor) < top + self.scrollable_content_region.height
            self._lines = self._new_layout(width)
            self._sync_size()
            self.set_scroll(None, self._lines.line_of(top_offset))
            if watched:  # the cursor was on screen (a 'G' just pressed): it stays there, as in an editor
                self.scroll_to_offset(self.cursor)
        self._sync_size()
        self.refresh()
        if not self._lines.complete:
            self._wrap_rest()

    def _top_offset(self) -> int:
        """Where the text at the top of the view starts; past the last line known (line counts of unwrapped blocks are
        estimates), the last line's: never the top of the text, which would throw a view at the end back to the start."""
        lay = self._lines
        return lay.starts[min(int(self.scroll_offset.y), len(lay) - 1)] if len(lay) else 0

    def _sync_size(self) -> None:
        self._size_pending = False
        self.virtual_size = Size(self._lines.width + GUTTER, len(self._lines))

    def _lines_moved(self, boundary: int, delta: int) -> None:
        """A block got wrapped and the lines from `boundary` on moved by `delta`: keep the text
        at the top of the view where it is (its line number changed, not its place)."""
        if self._batch:
            return  # _wrap_rest puts the top back and resizes once per slice
        top = int(self.scroll_offset.y)
        if top >= boundary:
            self._sync_size()
            self.set_scroll(None, max(0, top + delta))
            self.scroll_target_y = self.scroll_y
        elif not self._size_pending:  # maybe inside render_line: resize after this frame
            self._size_pending = True
            self.call_later(self._sync_size)

    @work(exclusive=True, group="wrap")
    async def _wrap_rest(self) -> None:
        """Wrap the blocks not yet seen in short slices, so the scrollbar becomes exact without
        ever holding up a key press or a frame."""
        lay = self._lines
        synced = time.perf_counter()
        while lay is self._lines:
            top = int(self.scroll_offset.y)
            top_offset = self._top_offset()
            self._batch = True
            try:
                done = lay.wrap_next(0.02)
            finally:
                self._batch = False
            line = lay.line_of(top_offset)
            if line != top or done or time.perf_counter() - synced > 0.5:
                self._sync_size()  # a resize lays the screen out again: not after every slice
                synced = time.perf_counter()
                if line != top:
                    self.set_scroll(None, line)
                    self.scroll_target_y = self.scroll_y
            if done:
                return
            await asyncio.sleep(0.005)

    # ----- drawing ------------------------------------------------------------------------
    def _gutter(self, start: int, end: int) -> Text:
        """The gutter cell of one visual line: an annotation's verdict glyph (or the bar of its further
        lines), else a mark for the claim being looked at, else a thin mark for a line holding a claim."""
        for name in reversed(("highlight", *VERDICT_LAYERS)):
            span = next(self._layers[name].overlapping(start, end), None)
            if span is not None:
                glyph = VERDICT_GLYPHS.get(name.removeprefix("verdict-"), "▌") if span.start >= start else GUTTER_MORE
                return Text.assemble((glyph, self.get_component_rich_style(f"article--gutter-{name}")), end="")
        if next(self._layers["lit"].overlapping(start, end), None) is not None:
            return Text.assemble((GUTTER_LIT, self.get_component_rich_style("article--gutter-lit")), end="")
        if next(self._layers["claim"].overlapping(start, end), None) is not None:
            return Text.assemble((GUTTER_CLAIM, self.get_component_rich_style("article--gutter-claim")), end="")
        return Text(" ", end="")

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.scrollable_content_region.width
        base = self.line_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines.starts[index], self._lines.ends[index]
        line = self._gutter(start, end)
        shown = safe_text(self.text[start:end])
        if not shown.isascii() and text_width(shown) + GUTTER > width:
            shown = shown.rstrip(" ")  # spaces the wrap left at the line's end must not push it past the border
        body = Text(shown, style=base, no_wrap=True, end="")
        title = self.document.title_span
        if start < title.end:
            body.stylize(self.get_component_rich_style("article--title"), 0, title.end - start)
        for name in LAYER_ORDER:
            style = None  # looked up only for a layer on this line: each is styled when first drawn (line_style.py)
            for span in self._layers[name].overlapping(start, end):
                style = self.get_component_rich_style(f"article--{name}") if style is None else style
                body.stylize(style, max(span.start, start) - start, min(span.end, end) - start)
        sel = self.selection
        if sel is not None and sel.start < end and sel.end > start:
            body.stylize(self.get_component_rich_style("article--selection"), max(sel.start, start) - start, min(sel.end, end) - start)
        at_cursor = start <= self.cursor < end or (self.cursor == end == len(self.text) and index == len(self._lines) - 1)
        if at_cursor and self.has_focus:
            cur = self.cursor - start
            if cur >= len(body.plain):
                body.append(" ")
            body.stylize(self.get_component_rich_style("article--cursor"), cur, cur + 1)
        line.append_text(body)
        segments = list(line.render(self.app.console))
        # apply_style puts the widget's own colours under every segment, so unstyled runs
        # never fall back to the terminal's default background.
        return Strip(segments).apply_style(base).crop_extend(scroll_x, scroll_x + width, base)

    # ----- cursor and scrolling ---------------------------------------------------------
    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_offsets(old, new)
        self.scroll_to_offset(new)
        self.post_message(self.CursorMoved(new, self.selection))

    def watch_mark(self) -> None:
        self.refresh()
        self.post_message(self.CursorMoved(self.cursor, self.selection))

    def _refresh_offsets(self, *offsets: int) -> None:
        if self.mark is not None:
            self.refresh()
            return
        for off in offsets:
            y = self._lines.line_of(off) - int(self.scroll_offset.y)
            self.refresh_line(y) if 0 <= y < self.size.height else None

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the character under the mouse (nothing needs the mouse)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        self.focus()
        index = int(self.scroll_offset.y) + offset.y
        if index >= len(self._lines):
            return
        start, end = self._lines.starts[index], self._lines.ends[index]
        col, cells = start, 0
        target = offset.x + int(self.scroll_offset.x) - GUTTER
        while col < end and cells + char_width(self.text[col]) <= target:
            cells += char_width(self.text[col])
            col += 1
        self.move_to(min(col, max(start, end - 1)) if end > start else start)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def scroll_to_offset(self, offset: int, *, center: bool = False) -> None:
        """Bring the line holding `offset` into view (to a third of the height if far away, or with `center`)."""
        self._bring_into_view(offset, offset, force=center)

    def show_span(self, span: Span) -> None:
        """Scroll so `span` is visible, its first line a third of the way down."""
        self._bring_into_view(span.start, max(span.start, span.end - 1))

    def _bring_into_view(self, first: int, last: int, *, force: bool = False) -> None:
        """Scroll unless the lines from `first` to `last` are all on screen (or with `force`): the first a third of the way down."""
        last_line = self._lines.line_of(last)
        line = self._lines.line_of(first)  # after `last`: wrapping it may have moved this one
        self._sync_size()
        top = int(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        if force or not (top <= line and last_line < top + height):
            self._scroll_to_line(max(0, line - height // 3))

    def _scroll_to_line(self, y: int) -> None:
        """Scroll now, and again once the new virtual size is laid out: a scroll past the old size is clamped
        to it, so on a busy machine `G` in a long text could leave the view at the top."""
        self.scroll_to(y=y, animate=False)
        self.call_after_refresh(self.scroll_to, y=y, animate=False)

    def move_to(self, offset: int) -> None:
        self.cursor = max(0, min(len(self.text), offset))

    def go_to(self, span: Span, layer: str) -> None:
        """Light `span` in `layer` (the claim looked at, the current match), put the cursor on it and bring it into view."""
        self.set_layer(layer, [span])
        self.focus()
        self.move_to(span.start)
        self.show_span(span)

    # ----- actions ----------------------------------------------------------------------
    def action_char(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_line(self, delta: int) -> None:
        lay = self._lines
        line = lay.line_of(self.cursor)
        col = self.cursor - lay.starts[line]
        target = max(0, min(len(lay) - 1, line + delta))
        if target == line:
            return
        self.move_to(min(lay.starts[target] + col, max(lay.starts[target], lay.ends[target] - 1)))

    def action_page(self, delta: int) -> None:
        self.action_line(delta * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, direction: int) -> None:
        self.move_to(0 if direction < 0 else max(0, len(self.text) - 1))

    def action_word(self, delta: int) -> None:
        """Vim-style: `w` to the start of the next word, `b` to the start of this or the previous one."""
        self.move_to(word_forward(self.text, self.cursor) if delta > 0 else word_back(self.text, self.cursor))

    def action_word_end(self) -> None:
        self.move_to(word_end(self.text, self.cursor))

    def action_sentence(self, delta: int) -> None:
        from reader.core.text.segment import sentence_step  # the segmenter loads on the first sentence key, not at start-up

        nxt = sentence_step(self.text, self.cursor, delta)
        if nxt is not None:
            self.move_to(nxt)

    def action_paragraph(self, delta: int) -> None:
        from reader.core.text.segment import paragraph_step  # loaded with sentence_step (see action_sentence)

        nxt = paragraph_step(self.text, self.cursor, delta)
        if nxt is not None:
            self.move_to(nxt)

    def action_toggle_selection(self) -> None:
        self.mark = None if self.mark is not None else self.cursor
        self.refresh()

    def clear_selection(self) -> None:
        self.mark = None
