"""A filter field that stays hidden until asked for (the claims pane's `f`, the library's `/`)."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.message import Message
from textual.widgets import Input


class FilterLine(Input):
    """Hidden until `open()`; enter leaves the words applied and says `Done` so the owner can focus its list again
    (an empty filter hides itself)."""

    @dataclass
    class Done(Message):
        filter_line: FilterLine

        @property
        def control(self) -> FilterLine:
            return self.filter_line

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, id=id)
        self.display = False

    def open(self) -> None:
        """Show and focus it at once (not deferred like focus()): keys typed right after the key that opened it land here."""
        self.display = True
        self.screen.set_focus(self)

    def show_words(self, value: str) -> None:
        """Show it holding `value`, without a Changed message (the owner applies `value` itself)."""
        self.display = True
        with self.prevent(Input.Changed):
            self.value = value

    def close(self) -> bool:
        """Empty and hide it; False when it was neither shown nor holding words."""
        if not (self.value or self.display):
            return False
        self.value = ""
        self.display = False
        return True

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self.value:
            self.display = False
        self.post_message(self.Done(self))
