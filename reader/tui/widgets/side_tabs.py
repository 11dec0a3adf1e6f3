"""The side pane's tabs: claims, annotations and speakers (mounted just after the article's first paint)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import TabbedContent, TabPane

from reader.tui.widgets.annotations_view import AnnotationList, AnnotationsView
from reader.tui.widgets.claims_list import ClaimsList
from reader.tui.widgets.claims_pane import ClaimsPane
from reader.tui.widgets.speakers_view import SpeakersView

TAB_OF_LIST = {"claims-tab": "#claims", "annotations-tab": "#annotations-list", "speakers-tab": "#speakers"}
"""The list that takes the focus when a tab is chosen."""


class SideTabs(Vertical):
    def compose(self) -> ComposeResult:
        with TabbedContent(id="tabs"):
            with TabPane("Claims (…)", id="claims-tab"):
                yield ClaimsPane(id="claims-pane")
            with TabPane("Annotations", id="annotations-tab"):
                yield AnnotationsView(id="annotations")
            with TabPane("Speakers", id="speakers-tab"):
                yield SpeakersView(id="speakers")

    def on_mount(self) -> None:
        self.query_one("Tabs").can_focus = False  # tab cycles the panes; 1 2 3 switch tabs

    @property
    def tabs(self) -> TabbedContent:
        return self.query_one(TabbedContent)

    def show(self, tab: str) -> None:
        """Make `tab` the active one and focus its list."""
        self.tabs.active = tab
        self.query_one(TAB_OF_LIST[tab]).focus()

    def label(self, tab: str, text: str) -> None:
        self.tabs.get_tab(tab).label = text


def side_classes() -> list[type]:
    """The side pane's widget classes (for the help screen and for checking keymap ids)."""
    return [ClaimsPane, ClaimsList, AnnotationList, SpeakersView]
