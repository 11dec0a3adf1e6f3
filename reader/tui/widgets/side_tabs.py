"""The side pane: a one-line tab bar over the claims, annotations and speakers panes.

Why not TabbedContent: its tabs, underline and switcher are a dozen widgets to style and lay out before the
claims can show, which was most of the time between the article's first frame and the claims pane's. Here
the bar is one line of text and the claims pane is mounted first; the annotations and speakers panes are
mounted right after the claims are on screen (`mount_rest`), and data for them waits until then.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from reader.tui.widgets.claims_list import ClaimsList
from reader.tui.widgets.claims_pane import ClaimsPane

TABS = ("claims-tab", "annotations-tab", "speakers-tab")
TAB_OF_LIST = {"claims-tab": "#claims", "annotations-tab": "#annotations-list", "speakers-tab": "#speakers"}
"""The list that takes the focus when a tab is chosen."""
PANE_OF_TAB = {"claims-tab": "#claims-pane", "annotations-tab": "#annotations", "speakers-tab": "#speakers"}
SEPARATOR = "  "


class TabBar(Static):
    """The tab names, the active one marked (reverse and underlined, so it reads without colour too)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels = {"claims-tab": "Claims (…)", "annotations-tab": "Annotations", "speakers-tab": "Speakers"}
        self.active = "claims-tab"

    def draw(self) -> None:
        out = Text(no_wrap=True, overflow="ellipsis", end="")
        for tab in TABS:
            if out:
                out.append(SEPARATOR)
            out.append(f" {self.labels[tab]} ", style="bold reverse underline" if tab == self.active else "dim")
        self.update(out)

    def on_mount(self) -> None:
        self.draw()

    def tab_at(self, x: int) -> str | None:
        """The tab whose label is under column `x`."""
        pos = 0
        for tab in TABS:
            width = len(self.labels[tab]) + 2
            if pos <= x < pos + width:
                return tab
            pos += width + len(SEPARATOR)
        return None


class SideTabs(Vertical):
    def compose(self) -> ComposeResult:
        yield TabBar(id="side-tab-bar")
        yield ClaimsPane(id="claims-pane")

    async def mount_rest(self) -> None:
        """The annotations and speakers panes, hidden until chosen (after the claims are on screen)."""
        from reader.tui.widgets.annotations_view import AnnotationsView  # with these panes: OptionList costs start-up time
        from reader.tui.widgets.speakers_view import SpeakersView

        annotations, speakers = AnnotationsView(id="annotations"), SpeakersView(id="speakers")
        annotations.display = speakers.display = False
        await self.mount(annotations, speakers)

    @property
    def complete(self) -> bool:
        return bool(self.query("#speakers"))

    @property
    def active(self) -> str:
        return self.query_one(TabBar).active

    def switch(self, tab: str) -> None:
        """Make `tab` the one shown (without moving the focus)."""
        bar = self.query_one(TabBar)
        bar.active = tab
        bar.draw()
        for name, pane in PANE_OF_TAB.items():
            found = self.query(pane)
            if found:
                found.first().display = name == tab

    def show(self, tab: str) -> None:
        """Make `tab` the one shown and focus its list."""
        self.switch(tab)
        found = self.query(TAB_OF_LIST[tab])
        if found:
            found.first().focus()

    def label(self, tab: str, text: str) -> None:
        bar = self.query_one(TabBar)
        bar.labels[tab] = text
        bar.draw()

    def on_click(self, event: events.Click) -> None:
        if event.widget is not None and event.widget.id == "side-tab-bar":
            tab = self.query_one(TabBar).tab_at(event.x)
            if tab is not None:
                self.show(tab)


def side_classes() -> list[type]:
    """The side pane's widget classes (for the help screen and for checking keymap ids)."""
    from reader.tui.widgets.annotations_view import AnnotationList  # see mount_rest
    from reader.tui.widgets.speakers_view import SpeakersView

    return [ClaimsPane, ClaimsList, AnnotationList, SpeakersView]
