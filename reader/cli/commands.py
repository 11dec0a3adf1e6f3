"""The subcommands, and the module of `reader.cli` that configures each.

Kept apart from reader/cli/main.py so the entry point can tell `reader FILE` from a subcommand before it loads
anything (reader/cli/entry.py). Modules are imported only for their own subcommand (importlib, by name) so
`reader FILE` starts without loading the headless commands."""

from __future__ import annotations

COMMANDS: dict[str, str] = {
    "claims": "claims",
    "annotate": "annotate",
    "annotations": "annotate",
    "export": "annotate",
    "import": "annotate",
    "corpus": "corpus",
    "sync": "team",
    "team": "team",
    "checks": "checks",
    "match": "checks",
}
"""Subcommand → the module of `reader.cli` that configures it."""
SUBCOMMANDS = set(COMMANDS)
