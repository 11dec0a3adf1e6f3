"""Messages that more than one widget posts."""

from __future__ import annotations

from textual.message import Message


class Latest(Message):
    """A message only whose newest copy matters (where the cursor is, what the query says): a newer one replaces
    one still waiting in the queue, so holding `j` or typing fast never leaves a backlog of stale updates."""

    def can_replace(self, message: Message) -> bool:
        return type(message) is type(self)
