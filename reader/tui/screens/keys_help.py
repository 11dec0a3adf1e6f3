"""What a screen tells the help screen: the panes it shows (reader/tui/screens/help_sections.py says what each lists).
Apart from the sections themselves so a screen can be one without loading them before its first frame (start-up time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.tui.screens.help_sections import Section


class KeysHelp:
    """A screen that can say which panes it shows, for the help screen."""

    def help_sections(self) -> list[Section]:
        return []
