"""Lists that move like lazygit's: j/k one row, g/G to the ends, pages (reader.tui.keymap.nav_bindings), and no
wrapping round at the ends.

OptionList wraps from the last row to the first; in a long list of claims that loses your place,
so `up` at the top stays at the top.
"""

from __future__ import annotations

from textual.widgets import OptionList


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
