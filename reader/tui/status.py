"""One-line status bar: document, position, selection, store state."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from reader.core.safe import safe_inline


class StatusBar(Static):
    title: reactive[str] = reactive("")
    position: reactive[float] = reactive(0.0)
    selection: reactive[str] = reactive("")
    store_state: reactive[str] = reactive("saved")
    info: reactive[str] = reactive("")

    def render(self) -> Text:
        out = Text(no_wrap=True, overflow="ellipsis", end="")
        out.append(f" {safe_inline(self.title, 60)} ", style="bold")
        out.append(f" {self.position:3.0f}% ")
        if self.selection:
            out.append(f" {self.selection} ", style="reverse")
        if self.info:
            out.append(f"  {safe_inline(self.info, 80)}", style="italic")
        out.append("  ")
        store_style = "bold red" if self.store_state not in ("saved", "nothing to save") else "green"
        out.append(f"store: {self.store_state}", style=store_style)
        return out
