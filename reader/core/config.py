"""User configuration: one small TOML file, read with `tomllib`, never fatal.

Where: `--config PATH`, else `$READER_CONFIG`, else `platformdirs.user_config_dir("claim-reader")/config.toml`
(so XDG_CONFIG_HOME moves it). A missing file is the defaults. Every problem (bad TOML, an unknown
key, a wrong type, an unknown verdict or export format) becomes ONE line naming the file and the key;
that key keeps its default and everything else still applies, so a typo never stops the reader.

    theme = "gruvbox"                   # any Textual theme; ctrl+t / ctrl+p "Change theme" writes it back
    export_format = "w3c"               # w3c, claimreview, csv, markdown, jsonl
    store = "postgresql://me@host/db"   # a team server to sync with (password: PGPASSWORD or ~/.pgpass)
    reviewer = "Example Fact Check"     # ClaimReview author; the export dialog writes it back
    review_url = "https://…/check"      # where your fact-checks are published (export dialog, remembered)
    [keys]                              # binding id -> keys, comma-separated (Textual's App.set_keymap)
    verdict = "V"
    [verdict_labels]                    # verdict -> label shown in the app
    needs-context = "missing context"
    [user]
    name = "Ana Ruiz"                   # who your annotations and verdicts are by (default: the login name)

Remembering a setting (the theme, the reviewer) rewrites only that top-level `key = ...` line of this
file (or inserts one), so comments, order and the other keys are kept; the result is re-parsed before
it atomically replaces the file, and a file that does not parse is never written over.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.annotations.model import VERDICTS

CONFIG_ENV = "READER_CONFIG"
CONFIG_NAME = "config.toml"
DEFAULT_THEME = "textual-dark"
DEFAULT_EXPORT_FORMAT = "w3c"
EXPORT_FORMATS = ("w3c", "claimreview", "csv", "markdown", "jsonl")
"""Kept in step with reader.core.exchange.export.FORMATS (a test checks); not imported so reading the config
does not load every exporter at startup."""


@dataclass
class Config:
    """The settings a user may change; every field has a working default."""

    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)
    """Binding id -> comma-separated keys, handed to `App.set_keymap`."""
    export_format: str = DEFAULT_EXPORT_FORMAT
    verdict_labels: dict[str, str] = field(default_factory=dict)
    """Verdict -> display label; verdicts not listed show their own name."""
    store: str | None = None
    """A team server URL (postgresql://...), as `--store` gives it; credentials never belong here."""
    user_name: str | None = None
    """`[user] name`: the creator of new annotations and the actor of verdicts (None: the login name)."""
    reviewer: str = ""
    """Who publishes the fact-checks (ClaimReview `author`), remembered from the export dialog."""
    review_url: str = ""
    """Where the fact-check is published (ClaimReview `url`), remembered from the export dialog."""
    path: Path | None = None
    """The file this was read from (or would be written to)."""
    warnings: list[str] = field(default_factory=list)
    """One line per problem found while reading; shown by the CLI and the app."""

    def label(self, verdict: str) -> str:
        return self.verdict_labels.get(verdict, verdict)


def config_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The config file to use: explicit path, then $READER_CONFIG, then the platform config dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("claim-reader")) / CONFIG_NAME


def _str_table(path: Path, key: str, value: Any, allowed: tuple[str, ...] | None = None) -> tuple[dict[str, str], list[str]]:
    """A `[table]` of strings; bad entries are dropped one warning each, good ones kept."""
    if not isinstance(value, dict):
        return {}, [f"{path}: '{key}' must be a table ([{key}]), got {type(value).__name__}; using the default"]
    out: dict[str, str] = {}
    warnings: list[str] = []
    for k, v in value.items():
        if allowed is not None and k not in allowed:
            warnings.append(f"{path}: '{key}.{k}' is not one of {', '.join(allowed)}; ignored")
        elif not isinstance(v, str) or not v.strip():
            warnings.append(f"{path}: '{key}.{k}' must be a non-empty string, got {v!r}; ignored")
        else:
            out[k] = v.strip()
    return out, warnings


def parse_config(data: dict[str, Any], path: Path) -> Config:
    """A Config from parsed TOML, each bad key replaced by its default with a warning."""
    config = Config(path=path)
    for key, value in data.items():
        if key == "theme":
            if isinstance(value, str) and value.strip():
                config.theme = value.strip()
            else:
                config.warnings.append(f"{path}: 'theme' must be a theme name (string), got {value!r}; using {DEFAULT_THEME!r}")
        elif key == "export_format":
            if value in EXPORT_FORMATS:
                config.export_format = value
            else:
                config.warnings.append(
                    f"{path}: 'export_format' {value!r} is not one of {', '.join(EXPORT_FORMATS)}; using {DEFAULT_EXPORT_FORMAT!r}"
                )
        elif key in ("reviewer", "review_url"):
            if isinstance(value, str):
                setattr(config, key, value.strip())
            else:
                config.warnings.append(f"{path}: '{key}' must be a string, got {value!r}; ignored")
        elif key == "keys":
            config.keys, warnings = _str_table(path, key, value)
            config.warnings += warnings
        elif key == "verdict_labels":
            config.verdict_labels, warnings = _str_table(path, key, value, VERDICTS)
            config.warnings += warnings
        elif key == "user":
            table, warnings = _str_table(path, key, value, ("name",))
            config.user_name = table.get("name")
            config.warnings += warnings
        elif key == "store":
            if isinstance(value, str) and value.startswith(("postgresql://", "postgres://")):
                config.store = value
            else:
                config.warnings.append(f"{path}: 'store' must be a postgresql:// URL, got {value!r}; not syncing with a team")
        else:
            known = "theme, keys, export_format, reviewer, review_url, verdict_labels, user, store"
            config.warnings.append(f"{path}: unknown key '{key}' (known: {known}); ignored")
    return config


def load_config(override: str | os.PathLike[str] | None = None) -> Config:
    """Read the config; never raises. Problems are in `Config.warnings`, one line each."""
    path = config_path(override)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if override or os.environ.get(CONFIG_ENV):
            return Config(path=path, warnings=[f"{path}: no such config file; using defaults"])
        return Config(path=path)
    except OSError as exc:
        return Config(path=path, warnings=[f"{path}: cannot read ({exc.strerror or exc}); using defaults"])
    import tomllib  # only when there is a file: startup without a config stays lean

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Config(path=path, warnings=[f"{path}: not UTF-8 text; using defaults"])
    except tomllib.TOMLDecodeError as exc:
        return Config(path=path, warnings=[f"{path}: TOML syntax error: {' '.join(str(exc).split())}; using defaults"])
    return parse_config(data, path)


_TABLE_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON escaping is valid TOML for these characters)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def with_setting(text: str, key: str, value: str) -> str:
    """`text` (a config file) with its top-level `key` set to `value`, everything else untouched."""
    line = f"{key} = {_toml_string(value)}"
    header = _TABLE_HEADER.search(text)
    top_end = header.start() if header else len(text)
    match = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=.*$", re.MULTILINE).search(text, 0, top_end)
    if match:
        return text[: match.start()] + line + text[match.end() :]
    return line + "\n" + text


def with_theme(text: str, theme: str) -> str:
    """`text` (a config file) with its top-level theme set to `theme`, everything else untouched."""
    return with_setting(text, "theme", theme)


class ConfigWriteError(Exception):
    """A setting could not be saved; one line for a notification."""


def save_theme(path: Path, theme: str) -> None:
    """Remember the theme in the config file, keeping its other keys and comments."""
    save_settings(path, {"theme": theme})


def save_settings(path: Path, settings: dict[str, str]) -> None:
    """Remember top-level string settings in the config file, keeping its other keys and comments."""
    import tempfile
    import tomllib

    what = ", ".join(settings)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigWriteError(f"{path}: cannot read to save the {what} ({exc})") from None
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise ConfigWriteError(f"{path}: has a TOML syntax error; {what} not saved (fix the file first)") from None
    new = text
    for key, value in settings.items():
        new = with_setting(new, key, value)
    read_back = tomllib.loads(new)
    if any(read_back.get(k) != v for k, v in settings.items()):  # never write a file we would read back differently
        raise ConfigWriteError(f"{path}: could not place '{what}' safely; not saved")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(new)
        os.replace(tmp, path)
    except OSError as exc:
        raise ConfigWriteError(f"{path}: cannot write the {what} ({exc.strerror or exc})") from None
