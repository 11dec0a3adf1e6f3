"""The speakers tab: who is quoted, in what role, through which outlet, and how often."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.session.overview import SpeakerInfo
from reader.core.text.safe import safe_inline
from reader.tui.keymap import keymap, nav_bindings
from reader.tui.widgets.lists import NavList


class SpeakersView(NavList):
    """enter lists the speaker's claims in the claims tab."""

    BINDINGS = [*nav_bindings("speakers", "speaker"), *keymap("SpeakersView")]

    @dataclass
    class Chosen(Message):
        speaker: SpeakerInfo

    people: var[list[SpeakerInfo]] = var(list, init=False, always_update=True)
    """The speakers to list, handed down by the screen; drawn when the tab is first shown (a book has hundreds, and
    OptionList measures every row as it is added: that must not hold up the claims)."""

    _drawn = True

    def watch_people(self) -> None:
        self._drawn = False
        if self.display and self.is_mounted and self.region.height:
            self._draw()

    def on_show(self) -> None:
        if not self._drawn:
            self._draw()

    def _draw(self) -> None:
        self._drawn = True
        self.clear_options()
        self.add_options(Option(self.row(p), id=str(i)) for i, p in enumerate(self.people))
        if self.people:
            self.highlighted = 0

    @staticmethod
    def row(p: SpeakerInfo) -> Text:
        row = Text(end="")
        row.append(safe_inline(p.name), style="bold")
        row.append(f"  {len(p.claims)} claim{'s' if len(p.claims) != 1 else ''}", style="dim")
        if p.roles:
            row.append("\n  " + safe_inline("; ".join(p.roles), 200), style="italic")
        if p.vias:
            row.append("\n  via " + safe_inline(", ".join(p.vias), 200))
        return row

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self.people[int(event.option_id or 0)]))
