"""Lists that move like lazygit's: j/k one row, g/G to the ends, pages, and no wrapping round at the ends.

OptionList wraps from the last row to the first; in a long list of claims that loses your place,
so `up` at the top stays at the top.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


def nav_bindings(prefix: str, noun: str) -> list[BindingType]:
    """The moves of a list, with ids `<prefix>.down` … so each list's keys can be remapped on their own."""
    return [
        Binding("down,j", "cursor_down", f"Next {noun}", show=False, id=f"{prefix}.down", tooltip=f"Highlight the next {noun}"),
        Binding("up,k", "cursor_up", f"Previous {noun}", show=False, id=f"{prefix}.up", tooltip=f"Highlight the previous {noun}"),
        Binding("home,g", "first", "First", show=False, id=f"{prefix}.first", tooltip=f"The first {noun}"),
        Binding("end,G", "last", "Last", show=False, id=f"{prefix}.last", tooltip=f"The last {noun}"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id=f"{prefix}.page-down", tooltip="Down one screen"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id=f"{prefix}.page-up", tooltip="Up one screen"),
    ]


class NavList(OptionList):
    """An OptionList whose up/down stop at the ends instead of wrapping round."""

    def _step(self, direction: int) -> None:
        """The next enabled row in `direction` (group headings are disabled rows); none: stay."""
        i = self.highlighted
        if i is None:
            self.action_first()
            return
        i += direction
        while 0 <= i < self.option_count:
            if not self.get_option_at_index(i).disabled:
                self.highlighted = i
                return
            i += direction

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)
