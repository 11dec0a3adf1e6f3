"""The user config: where it lives, what a bad one does (one line, defaults, app still starts),
theme persistence and key overrides, driven through the app."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from reader.core.config import (
    DEFAULT_THEME,
    EXPORT_FORMATS,
    ConfigWriteError,
    config_path,
    load_config,
    save_theme,
    with_theme,
)
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.dialogs.annotate import VerdictPicker
from tests.conftest import ROOT, SEED


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_path_follows_xdg_config_home_and_env_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.delenv("READER_CONFIG", raising=False)
    assert config_path() == tmp_path / "cfg" / "claim-reader" / "config.toml"
    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "env.toml"))
    assert config_path() == tmp_path / "env.toml"
    assert config_path(tmp_path / "flag.toml") == tmp_path / "flag.toml"


def test_missing_default_file_is_silent_defaults() -> None:
    config = load_config()
    assert (config.theme, config.keys, config.export_format, config.verdict_labels) == (DEFAULT_THEME, {}, "w3c", {})
    assert config.warnings == []


def test_missing_explicit_file_warns(tmp_path: Path) -> None:
    config = load_config(tmp_path / "nope.toml")
    assert len(config.warnings) == 1 and "nope.toml" in config.warnings[0]


def test_good_config_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, """
# my settings
theme = "nord"
export_format = "csv"
[keys]
verdict = "V"
[verdict_labels]
needs-context = "missing context"
""")
    config = load_config(path)
    assert config.warnings == []
    assert config.theme == "nord"
    assert config.export_format == "csv"
    assert config.keys == {"verdict": "V"}
    assert config.label("needs-context") == "missing context"
    assert config.label("true") == "true"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('theme = 3\nexport_format = "csv"\n', "'theme'"),
        ('export_format = "pdf"\ntheme = "nord"\n', "'export_format'"),
        ('colour = "red"\ntheme = "nord"\n', "'colour'"),
        ('theme = "nord"\n[verdict_labels]\nmaybe = "Maybe"\n', "'verdict_labels.maybe'"),
        ('theme = "nord"\n[keys]\nverdict = 5\n', "'keys.verdict'"),
        ('theme = "nord"\nkeys = "V"\n', "'keys'"),
    ],
)
def test_bad_key_one_line_names_file_and_key_others_kept(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, text)
    config = load_config(path)
    assert len(config.warnings) == 1
    warning = config.warnings[0]
    assert "\n" not in warning and str(path) in warning and key in warning
    # the good keys still apply; the bad one has its default
    assert config.theme == "nord" or "'theme'" in key and config.theme == DEFAULT_THEME
    assert config.export_format in ("csv", "w3c")
    assert config.keys == {}


def test_toml_syntax_error_is_one_line_and_all_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "nord"\nexport_format = \n')
    config = load_config(path)
    assert len(config.warnings) == 1 and "\n" not in config.warnings[0]
    assert str(path) in config.warnings[0] and "line 2" in config.warnings[0]
    assert config.theme == DEFAULT_THEME


def test_export_formats_match_the_exporters() -> None:
    from reader.core.exchange.export import FORMATS

    assert set(EXPORT_FORMATS) == set(FORMATS)


def test_with_theme_keeps_comments_tables_and_order() -> None:
    text = '# top comment\ntheme = "nord"  # old\nexport_format = "csv"\n[keys]\ntheme = "x"\n'
    new = with_theme(text, "gruvbox")
    assert new == '# top comment\ntheme = "gruvbox"\nexport_format = "csv"\n[keys]\ntheme = "x"\n'
    inserted = with_theme("[keys]\nverdict = 'V'\n", "nord")
    assert tomllib.loads(inserted) == {"theme": "nord", "keys": {"verdict": "V"}}


def test_save_theme_never_overwrites_a_broken_file(tmp_path: Path) -> None:
    path = write(tmp_path, "theme = \n")
    with pytest.raises(ConfigWriteError, match="syntax"):
        save_theme(path, "nord")
    assert path.read_text() == "theme = \n"
    fresh = tmp_path / "sub" / "config.toml"
    save_theme(fresh, "nord")
    assert tomllib.loads(fresh.read_text()) == {"theme": "nord"}


def test_config_module_does_not_import_textual() -> None:
    code = "import sys, reader.core.config as c; c.load_config(); print('textual' in sys.modules, 'rich' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# ----- through the app -------------------------------------------------------------------------
def app_with(config_file: Path | None = None) -> ClaimReaderApp:
    from reader.core.config import load_config as load

    return ClaimReaderApp(load_document(str(SEED)), config=load(config_file))


async def test_bad_config_app_starts_with_one_line_notification(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "no-such-theme"\nexport_format = "pdf"\n[keys]\nverdikt = "V"\n')
    app = app_with(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]  # noqa: SLF001 - no public list of toasts
        assert app.theme == DEFAULT_THEME
        assert app.config.export_format == "w3c"
        for key in ("'export_format'", "'theme'", "'keys.verdikt'"):
            [line] = [m for m in messages if key in m]
            assert str(path) in line and "\n" not in line


async def test_theme_picked_in_app_is_remembered(tmp_path: Path) -> None:
    path = write(tmp_path, '# keep me\nexport_format = "csv"\n')
    app = app_with(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press(*"nord", "enter")
        await pilot.pause()
        assert app.theme == "nord"
        await pilot.press("q")
    text = path.read_text()
    assert "# keep me" in text and tomllib.loads(text) == {"theme": "nord", "export_format": "csv"}
    again = app_with(path)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_remapped_key_runs_the_action_and_old_key_does_not(tmp_path: Path) -> None:
    path = write(tmp_path, '[keys]\nverdict = "V"\n')
    app = app_with(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        assert not isinstance(app.screen, VerdictPicker)
        await pilot.press("V")
        await pilot.pause()
        assert isinstance(app.screen, VerdictPicker)
        await pilot.press("t")  # verdict "true" on the focused claim
        await pilot.pause()
        assert [a.verdict for a in app.screen.session.annotations] == ["true"]


async def test_help_lists_the_remapped_key_not_the_declared_one(tmp_path: Path) -> None:
    from reader.tui.screens.help import HelpScreen, binding_rows

    app = app_with(write(tmp_path, '[keys]\nverdict = "V"\n'))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = [row for s in app.screen.sections for row in binding_rows(s.classes, app.screen.keymap, app.get_key_display)]
        verdict = "Give the claim or selection a verdict"
        assert ("V", verdict) in rows and ("v", verdict) not in rows, rows


async def test_palette_lists_actions_with_their_keys_and_runs_them(tmp_path: Path) -> None:
    from textual.command import CommandPalette

    from reader.tui.commands import ReaderCommands

    path = write(tmp_path, '[keys]\nverdict = "V"\n')
    app = app_with(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        provider = ReaderCommands(app.screen)
        names = [name for name, _, _ in provider._commands()]  # noqa: SLF001 - the list the palette shows
        for name in ("Verdict — V", "Tags — t", "Search — /", "Export — ^e", "Change theme — ^t", "Help — ? f1", "Go to claim — ⏎"):
            assert name in names, names
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"verdict")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VerdictPicker)


def test_cli_prints_config_warnings_on_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main as cli

    seen: list[ClaimReaderApp] = []
    monkeypatch.setattr(ClaimReaderApp, "run", lambda self: seen.append(self))
    monkeypatch.setattr("reader.cli.app.has_terminal", lambda: True)  # pytest's stdout is no terminal
    path = write(tmp_path, "theme = [\n")
    assert cli.main([str(SEED), "--config", str(path)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(path) in err[0]
    assert seen and seen[0].config.path == path
    monkeypatch.setenv("READER_CONFIG", os.fspath(write(tmp_path, 'theme = "nord"\n')))
    assert cli.main([str(SEED)]) == 0
    assert seen[-1].config.theme == "nord"


async def test_verdict_labels_show_in_the_picker(tmp_path: Path) -> None:
    from tests.screen import screen_text

    app = app_with(write(tmp_path, '[verdict_labels]\nneeds-context = "missing context"\n'))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        shown = screen_text(app)
        assert "missing context" in shown and "needs-context" not in shown
