"""The command palette (ctrl+p) and the app-side glue for the user config.

The palette lists what the keys do right now: every binding of ours (they all have an id and a
tooltip) on the screen the palette was opened on and its focused widget, after the user's keymap,
as "Verdict — v" with the tooltip under it, so the palette doubles as a key reference. Export
(ctrl+e) and Change theme (ctrl+t) are bindings too, so they appear the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.core.config import DEFAULT_THEME, Config, ConfigWriteError, save_settings

if TYPE_CHECKING:
    from textual.app import App


class ReaderCommands(Provider):
    """One command per action bound on the calling screen and its focused widget."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        app = self.app
        grouped: dict[tuple[int, str], tuple[list[str], Binding, object]] = {}
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if binding.system or not binding.id or not binding.description or not active.enabled:
                continue  # Textual's own bindings (no id) are not ours to offer: they have no description for a reader
            keys, _, _ = grouped.setdefault((id(active.node), binding.action), ([], binding, active.node))
            display = app.get_key_display(binding.with_key(key))
            if display not in keys:
                keys.append(display)
        for keys, binding, node in grouped.values():
            name = f"{binding.description} — {' '.join(keys)}"
            help_text = binding.tooltip or binding.description
            yield name, partial(app.run_action, binding.action, node), help_text  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        for name, command, help_text in sorted(self._commands()):
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, help=help_text)


def known_binding_ids(*owners: type) -> set[str]:
    """Ids of the bindings declared by these classes (for warning about keymap typos)."""
    ids: set[str] = set()
    for owner in owners:
        for cls in owner.__mro__:
            for b in getattr(cls, "BINDINGS", ()):
                if isinstance(b, Binding) and b.id:
                    ids.add(b.id)
    return ids


def apply_config(app: App[Any], config: Config, binding_ids: set[str]) -> list[str]:
    """Theme and keymap from the config onto the app; returns the one-line problems found doing so."""
    warnings: list[str] = []
    if config.theme in app.available_themes:
        app.theme = config.theme
    else:
        warnings.append(f"{config.path}: 'theme' {config.theme!r} is not a known theme; using {DEFAULT_THEME!r}")
        config.theme = DEFAULT_THEME
        app.theme = DEFAULT_THEME
    keymap = {}
    for binding_id, keys in config.keys.items():
        if binding_id in binding_ids:
            keymap[binding_id] = keys
        else:
            warnings.append(f"{config.path}: 'keys.{binding_id}' is not a binding id (known: {', '.join(sorted(binding_ids))}); ignored")
    if keymap:
        app.set_keymap(keymap)
    return warnings


def remember_settings(config: Config, settings: dict[str, str], warn: Callable[[str], object]) -> None:
    """Write what the user chose (a theme, the reviewer) back to the config file and onto `config`, only the keys
    that changed; a file that cannot take them is one warning, and `config` then keeps its old values."""
    changed = {key: value for key, value in settings.items() if value and value != getattr(config, key)}
    if not changed or config.path is None:
        return
    try:
        save_settings(config.path, changed)
    except ConfigWriteError as exc:
        warn(str(exc))
        return
    for key, value in changed.items():
        setattr(config, key, value)
