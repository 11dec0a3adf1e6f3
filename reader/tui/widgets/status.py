"""One-line status bar: document, position, selection, store state."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from reader.core.text.safe import safe_inline


class StatusBar(Static):
    """The title gives way first when the line is short; the store state is always shown."""

    title: reactive[str] = reactive("")
    position: reactive[float] = reactive(0.0)
    selection: reactive[str] = reactive("")
    store_state: reactive[str] = reactive("saved")
    info: reactive[str] = reactive("")
    team_state: reactive[str] = reactive("")
    """`team: live`, `team: offline, 3 queued`, `team: conflict` (empty: no team server)."""

    def render(self) -> Text:
        right = Text(no_wrap=True, end="")
        if self.selection:
            right.append(f" {self.selection} ", style="reverse")
        if self.info:
            right.append(f" {safe_inline(self.info, 60)}", style="italic")
        right.append(f" {self.position:3.0f}% ")
        ok = self.store_state in ("saved", "nothing to save")
        right.append(f" store: {self.store_state} ", style="green" if ok else "bold red")
        if self.team_state:
            live = self.team_state == "team: live"
            right.append(f" {self.team_state} ", style="green" if live else "bold yellow" if "offline" in self.team_state else "bold red")
        room = max(0, self.size.width - right.cell_len - 1)
        left = Text(f" {safe_inline(self.title)}", style="bold", no_wrap=True, overflow="ellipsis", end="")
        left.truncate(room, overflow="ellipsis", pad=True)
        return Text.assemble(left, right, no_wrap=True, end="")
