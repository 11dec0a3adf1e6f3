"""The search bar and its live result list (`/` opens it, escape closes it).

The panel is part of the screen from the first frame; its query line and results are built on the first `/`
(two widgets the first frame never shows cost start-up time). Keys typed right after `/` still land in the
query line: `/` is a priority binding, whose action Textual runs (and awaits) before it reads the next key. It only draws: each keystroke goes up as
`QueryChanged`; the screen runs the query on the document's search thread and hands the hits
back down with `show_hits` (or says the index is still being built with `show_state`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from reader.core.text.safe import safe_inline
from reader.tui.keymap import keymap
from reader.tui.widgets.messages import Latest
from reader.tui.widgets.row_list import RowList

if TYPE_CHECKING:  # a type only: the search modules (rapidfuzz) load after the first paint
    from reader.core.search.entries import Hit

SOURCE_BADGES = {"claim": "CLAIM", "sentence": "TEXT ", "speaker": "WHO  ", "tag": "TAG  ", "note": "NOTE "}
RESULT_LIMIT = 200


class SearchInput(Input):
    """The query line; up/down move through the results while typing continues."""

    BINDINGS = keymap("SearchInput")

    @dataclass
    class Move(Message):
        delta: int

    def action_move(self, delta: int) -> None:
        self.post_message(self.Move(delta))


class SearchResults(RowList):
    """The ranked hits, drawn only as they scroll into view (a query's 200 hits cost nothing to list)."""

    COMPONENT_CLASSES = {"search--badge", "search--lit"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.set_row_count(len(hits))
        if hits:
            self.highlighted = 0
            self.scroll_to(y=0, animate=False)

    def render_row(self, row: int, width: int) -> Text:
        hit = self.hits[row]
        label = safe_inline(hit.label)
        out = Text(no_wrap=True, overflow="ellipsis", end="")
        out.append(SOURCE_BADGES.get(hit.source, hit.source[:5].upper()), self.get_component_rich_style("search--badge", partial=True))
        out.append(" ")
        lit = set(hit.lit)
        first = min(lit) if lit else 0
        start = max(0, first - 12) if first > width // 2 else 0
        body = Text(("…" if start else "") + label[start:], end="")
        lit_style = self.get_component_rich_style("search--lit", partial=True)
        shift = 1 if start else 0
        for i in lit:
            if i >= start:
                body.stylize(lit_style, i - start + shift, i - start + shift + 1)
        out.append_text(body)
        out.truncate(width, overflow="ellipsis")
        return out


class SearchPanel(Vertical):
    """Query line + ranked hits across article, claims, speakers, tags and notes. Its styles live here, not in app.tcss,
    so they are parsed on the first `/`, not before the article's first frame (start-up time)."""

    BINDINGS = keymap("SearchPanel")

    DEFAULT_CSS = """
    SearchPanel {
        height: auto;
        display: none;
    }

    SearchPanel.-open {
        display: block;
        height: 1fr;
        border: round $primary;
    }

    SearchPanel #search-input {
        border: none;
        height: 1;
        padding: 0 1;
        background: $boost;
    }

    SearchPanel #search-count {
        color: $text-muted;
        height: 1;
    }

    SearchPanel #search-results {
        height: 1fr;
        border: none;
    }

    SearchResults > .search--badge { color: $primary; text-style: bold; }
    SearchResults > .search--lit { background: $search-hit 50%; text-style: bold; }
    """

    @dataclass
    class QueryChanged(Latest):
        query: str

    @dataclass
    class Jump(Message):
        hit: Hit

    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []
        self.query_text = ""

    def _parts(self) -> ComposeResult:
        yield SearchInput(select_on_focus=False, placeholder="words 'exact ^start end$ !not a|b @speaker #tag :verdict :none",
                          id="search-input")
        yield Static("", id="search-count")
        yield SearchResults(id="search-results")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    @property
    def built(self) -> bool:
        """True once the first `/` has built the query line and the results."""
        return bool(self.children)

    async def open(self) -> None:
        """Show the panel and focus its query line at once (not deferred like focus()): keys typed right
        after `/` land in it. The first time, its parts are mounted first (awaited: see the module's doc)."""
        if not self.built:
            await self.mount_all(self._parts())
        self.add_class("-open")
        query = self.query_one(SearchInput)
        query.can_focus = True
        self.screen.set_focus(query)
        if self.query_text:
            self.post_message(self.QueryChanged(self.query_text))

    def close(self) -> None:
        self.remove_class("-open")
        if self.built:
            self.query_one(SearchInput).can_focus = False  # out of the tab order until `/`

    def action_close(self) -> None:
        self.close()
        self.post_message(self.Closed())

    @on(Input.Changed, "#search-input")
    def changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        if not event.value.strip():
            self.show_hits(event.value, [])
        self.post_message(self.QueryChanged(event.value))

    def show_state(self, state: str) -> None:
        """A line under the query instead of a count (e.g. "indexing the document…")."""
        if self.built:
            self.query_one("#search-count", Static).update(state)

    def show_hits(self, query: str, hits: list[Hit]) -> None:
        if query != self.query_text or not self.built:
            return  # an answer to a query since edited
        self.hits = hits
        self.query_one(SearchResults).set_hits(hits)
        count = f"{len(hits)}{'+' if len(hits) >= RESULT_LIMIT else ''} results" if query.strip() else ""
        if any(not h.whole for h in hits):
            count = f"no result has every word · {count} with all but one"
        self.show_state(count)

    @on(SearchInput.Move)
    def move(self, event: SearchInput.Move) -> None:
        results = self.query_one(SearchResults)
        if results.row_count:
            results.highlighted = max(0, min(results.row_count - 1, (results.highlighted or 0) + event.delta))

    @on(Input.Submitted, "#search-input")
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_jump()

    def action_jump(self) -> None:
        results = self.query_one(SearchResults)
        if results.highlighted is not None and self.hits:
            self.post_message(self.Jump(self.hits[results.highlighted]))

    @on(RowList.RowChosen, "#search-results")
    def selected(self, event: RowList.RowChosen) -> None:
        event.stop()
        self.post_message(self.Jump(self.hits[event.row]))

    @on(RowList.RowHighlighted, "#search-results")
    def highlighted(self, event: RowList.RowHighlighted) -> None:
        event.stop()
