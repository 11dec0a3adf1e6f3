"""Help screen: every key binding of every pane, generated from the widgets' BINDINGS."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static


def binding_rows(node: DOMNode) -> list[tuple[str, str]]:
    """(keys, description) for each action of `node`, keys of one action joined, after the user's keymap."""
    bindings = node._bindings.copy()  # noqa: SLF001 - Textual exposes no public iterator
    if node.app._keymap:  # noqa: SLF001 - the same overlay Screen._binding_chain applies
        bindings.apply_keymap(node.app._keymap)  # noqa: SLF001
    by_action: dict[str, tuple[list[str], str]] = {}
    for key, binding in bindings:
        if binding.system or not binding.description and not binding.show:
            continue
        display = node.app.get_key_display(binding.with_key(key))
        keys, desc = by_action.setdefault(binding.action, ([], binding.description or binding.action))
        if display not in keys:
            keys.append(display)
    return [(" ".join(keys), desc) for keys, desc in by_action.values()]


class HelpScreen(ModalScreen[None]):
    """A modal listing the bindings of the app and of each pane; any of escape/?/q closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close help")]
    AUTO_FOCUS = "#help-body"

    def __init__(self, sections: Iterable[tuple[str, DOMNode]]) -> None:
        super().__init__()
        self._sections = list(sections)

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for title, node in self._sections:
            rows = binding_rows(node)
            if not rows:
                continue
            table.add_row(Text(title, style="bold underline"), "")
            for keys, desc in rows:
                table.add_row(Text(keys), Text(desc))
            table.add_row("", "")
        with VerticalScroll(id="help-body"):
            yield Static(Text("claim-reader — keys", style="bold"), id="help-title")
            yield Static(table, id="help-table")
            yield Static(Text("escape, ? or q closes this screen", style="dim"))
