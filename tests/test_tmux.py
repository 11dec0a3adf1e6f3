"""Real-terminal smoke test: the installed `reader` command in tmux, read back with capture-pane."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from reader.core.text.layout import text_width
from tests.conftest import ROOT, SAMPLES, SEED
from tests.services import unavailable

pytestmark = pytest.mark.tmux
SOCKET = f"claim-reader-tests-{os.getpid()}"
"""A tmux server of our own (-L): other tmux users on the machine can neither see nor end our sessions."""
KEEPALIVE = "keepalive"
"""A session that lives as long as the tests: killing a test's session never ends the server, so the next
new-session never meets a server on its way out (tmux exits with its last session)."""

READER = Path(sys.executable).with_name("reader")


def _tmux(*args: str) -> str:
    # env=os.environ on purpose: GNU readline (imported under pytest) setenv()s COLUMNS=80/LINES=24 at C
    # level, a new tmux server would copy them and the app would draw 80x24 whatever the pane size.
    return subprocess.run(["tmux", "-L", SOCKET, *args], check=True, capture_output=True, text=True, env=dict(os.environ)).stdout


def _server() -> None:
    """Our tmux server with its keep-alive session, started once; ended when the test process ends."""
    if subprocess.run(["tmux", "-L", SOCKET, "has-session", "-t", KEEPALIVE], capture_output=True).returncode != 0:
        _tmux("new-session", "-d", "-s", KEEPALIVE, "sleep 86400")
        atexit.register(subprocess.run, ["tmux", "-L", SOCKET, "kill-server"], capture_output=True)


class Tmux:
    """One detached tmux session running a command at a fixed size."""

    def __init__(self, command: list[str], env: dict[str, str], size: tuple[int, int] = (120, 40)) -> None:
        _server()
        self.name = f"cr-{uuid.uuid4().hex[:8]}"
        env_args = [a for k, v in env.items() for a in ("-e", f"{k}={v}")]
        shell = "env -u COLUMNS -u LINES " + " ".join(subprocess.list2cmdline([c]) for c in command) + "; sleep 30"
        try:
            _tmux("new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]), *env_args, shell)
        except subprocess.CalledProcessError as exc:
            raise AssertionError(f"tmux new-session failed: {exc.stderr.strip()}") from None

    def screen(self) -> str:
        return _tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, *needles: str, timeout: float = 20) -> str:
        """The first screen showing every needle at once (the side pane fills after the first paint)."""
        end = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < end:
            screen = self.screen()
            if all(n in screen for n in needles):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{needles!r} never appeared together; screen was:\n{screen}")

    def send(self, *keys: str) -> None:
        _tmux("send-keys", "-t", self.name, *keys)

    def pane_command(self) -> str:
        return _tmux("display-message", "-p", "-t", self.name, "#{pane_current_command}").strip()

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", SOCKET, "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def tmux_env(private_dirs: Path) -> dict[str, str]:
    if not shutil.which("tmux"):
        unavailable("tmux is not installed (scripts/test installs it when run as root)")
    if not READER.exists():
        unavailable(f"the installed command {READER} is missing; run scripts/test")
    return {k: os.environ[k] for k in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")} | {"TERM": "xterm-256color"}


def test_opens_seed_shows_title_and_claims_then_quits(tmux_env: dict[str, str]) -> None:
    t = Tmux([str(READER), str(SEED)], tmux_env)
    try:
        screen = t.wait_for("Putin sending in execution squads", "Claims (", "QUOTE", "Dmitry Peskov")
        assert any("QUOTE" in line and "Dmitry Peskov" in line for line in screen.splitlines()), screen
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def _wait_exit(t: Tmux) -> None:
    """The app ends after q; a loaded machine may take a while to tear down a screen mid-extraction (not a speed test)."""
    end = time.monotonic() + 30
    while time.monotonic() < end and t.pane_command() != "sleep":
        time.sleep(0.2)
    assert t.pane_command() == "sleep", "reader did not exit on q"


def test_verdict_survives_quit_and_reopen(tmux_env: dict[str, str]) -> None:
    t = Tmux([str(READER), str(SEED)], tmux_env)
    try:
        t.wait_for("Claims (", "QUOTE")
        t.send("j", "j")
        time.sleep(0.3)
        t.send("v")
        t.wait_for("misleading")
        t.send("f")
        t.wait_for("verdict: false")
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()
    t = Tmux([str(READER), str(SEED)], tmux_env)
    try:
        screen = t.wait_for("Annotations (1)", "QUOTE ✗ false")
        rows = [line for line in screen.splitlines() if "QUOTE ✗ false" in line]
        assert len(rows) == 1, screen
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def test_escape_sequences_are_shown_not_obeyed(tmux_env: dict[str, str], tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_bytes(b"Hostile title\n\nBefore \x1b]0;pwned\x07\x1b[2J\x1b[31mRED after [bold]markup[/bold] [@click=app.quit]x[/]\n")
    t = Tmux([str(READER), str(hostile)], tmux_env)
    try:
        title_before = _tmux("display-message", "-p", "-t", t.name, "#{pane_title}").strip()
        # every needle in one capture: a capture taken while the side pane mounts may hold a half-drawn article
        screen = t.wait_for("Hostile title", "[bold]markup[/bold]", "[@click=app.quit]x[/]")
        assert "Before ␛]0;pwned␇␛[2J␛[31mRED after" in screen
        assert "[bold]markup[/bold]" in screen and "[@click=app.quit]x[/]" in screen
        assert "pwned" not in _tmux("display-message", "-p", "-t", t.name, "#{pane_title}")
        assert _tmux("display-message", "-p", "-t", t.name, "#{pane_title}").strip() == title_before
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def test_burst_typed_after_slash_lands_in_the_query(tmux_env: dict[str, str]) -> None:
    """A whole query arriving in one read (a fast typist, a paste-like burst): no key is routed to the claims list."""
    t = Tmux([str(READER), str(SEED)], tmux_env)
    try:
        t.wait_for("Claims (", "QUOTE")
        t.send("/exectuion sqads")
        screen = t.wait_for("results", timeout=60)
        assert "exectuion sqads" in screen and "CLAIM" in screen and "execution squads" in screen, screen
        t.send("Escape")  # alone: escape and q in one write would read as alt+q
        time.sleep(0.5)
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def test_an_edit_on_disk_is_reloaded(tmux_env: dict[str, str], tmp_path: Path) -> None:
    article = tmp_path / "squads.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    t = Tmux([str(READER), str(article)], tmux_env)
    try:
        t.wait_for("Claims (18)", "QUOTE")
        title, body = article.read_text(encoding="utf-8").split("\n", 1)
        article.write_text(f"{title}\n\nUPDATE: This story has been updated.\n{body}", encoding="utf-8")
        t.wait_for("changed on disk: reloaded", "UPDATE: This story has been updated.")
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def test_a_burst_after_slash_on_a_book_lands_in_the_search_box(tmux_env: dict[str, str]) -> None:
    """Issue 17 item 1: `/white whale` typed in one write right after opening Moby-Dick (1.2 MB, its claims still
    being found): every key reaches the search box, none opens a dialog or makes an annotation."""
    t = Tmux([str(READER), str(SAMPLES / "long" / "moby-dick.txt")], tmux_env)
    try:
        t.wait_for("moby-dick.txt")
        t.send("/white whale")
        screen = t.wait_for("white whale", "results", timeout=60)
        box = [line for line in screen.splitlines() if "white whale" in line.lower() and "│" in line]
        assert box, screen
        assert "Export" not in screen and "Verdict" not in screen.split("\n")[0], screen
        t.send("Escape")
        time.sleep(0.5)
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def _descendants(pid: int) -> dict[int, str]:
    """Every process under `pid`, with its command line (read from /proc)."""
    parents: dict[int, int] = {}
    commands: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                commands[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = {}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in found:
                found[child] = commands.get(child, "")
                frontier.append(child)
    return found


def test_the_extractor_child_goes_when_the_reader_quits_mid_book(tmux_env: dict[str, str]) -> None:
    """Claims are found in a child process (reader/core/session/extract_process.py): quitting while a book's claims
    are still coming leaves no process behind."""
    t = Tmux([str(READER), str(SAMPLES / "long" / "moby-dick.txt")], tmux_env)
    try:
        t.wait_for("moby-dick.txt", "Claims (", "…)")
        shell = int(_tmux("display-message", "-p", "-t", t.name, "#{pane_pid}").strip())
        children = {pid for pid, cmd in _descendants(shell).items() if "run_child" in cmd}  # child_process.py
        assert children, _descendants(shell)
        t.send("q")
        _wait_exit(t)
        end = time.monotonic() + 10
        while time.monotonic() < end and any(Path(f"/proc/{pid}").exists() for pid in children):
            time.sleep(0.2)
        assert not any(Path(f"/proc/{pid}").exists() for pid in children)
    finally:
        t.kill()


def test_80x24_keeps_help_and_quit_in_the_footer_and_z_zooms(tmux_env: dict[str, str]) -> None:
    """Issue 17 item 9: at 80x24 the footer still shows ? Help and q Quit, the article keeps most rows, z hides the side pane."""
    t = Tmux([str(READER), str(SEED)], tmux_env, size=(80, 24))
    try:
        screen = t.wait_for("Claims (18)", "QUOTE")
        footer = screen.splitlines()[-1]
        assert "Help" in footer and "Quit" in footer, footer
        lines = screen.splitlines()
        tabs = next(i for i, line in enumerate(lines) if "Claims (18)" in line)
        assert tabs >= 11, screen  # the article keeps at least 11 of the 24 rows
        t.send("z")
        screen = t.wait_for("zoomed")
        assert "Claims (18)" not in screen
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def test_hindi_lines_keep_the_article_border_in_its_column(tmux_env: dict[str, str]) -> None:
    """Issue 17 item 11: the Devanagari paragraph of cow-urine-covid: every row of the article ends at the same column."""
    t = Tmux([str(READER), str(SAMPLES / "cow-urine-covid.txt")], tmux_env)
    try:
        t.wait_for("Claims (", "QUOTE")
        t.send("Tab")
        t.send("G")
        screen = t.wait_for("Hindi language")
        rows = [line for line in screen.splitlines()[1:-3] if "│" in line]
        hindi = [line for line in rows if any("\u0900" <= ch <= "\u097f" for ch in line)]
        assert hindi, screen
        def borders(line: str) -> set[int]:
            """Cell columns of the box-drawing bars in a row (the gutter's, the article's borders, the side's)."""
            return {text_width(line[:i]) for i, ch in enumerate(line) if ch == "│"}

        right = 71  # 120 columns: the article is 3fr of them, its right border is in column 71
        assert all(right in borders(line) for line in hindi), [sorted(borders(line)) for line in hindi]
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def test_try_script_a_second_time_installs_nothing(tmux_env: dict[str, str]) -> None:
    """Issue 17 item 14: with the install stamp in place, `bash scripts/try` runs no pip and opens the reader."""
    stamp = ROOT / ".venv" / ".claim-reader-installed"
    subprocess.run(["bash", str(ROOT / "scripts" / "try"), "--version"], check=True, capture_output=True, timeout=600)  # the first time
    assert stamp.exists()
    t = Tmux(["bash", str(ROOT / "scripts" / "try")], tmux_env)
    try:
        screen = t.wait_for("Claims (18)", "QUOTE")
        assert "installing" not in screen and "WARNING" not in screen, screen
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()


def test_library_filter_typed_in_one_burst_and_q_goes_back(tmux_env: dict[str, str]) -> None:
    """Issue 17 item 3: in the library `/ebola` in one write filters the list; enter reads; q comes back; q quits."""
    t = Tmux([str(READER), str(SAMPLES)], tmux_env, size=(80, 24))
    try:
        t.wait_for("documents", "execution-squads.txt")
        t.send("/ebola")
        t.wait_for("1 of ", "ebola-treatments.txt")
        t.send("Enter")
        time.sleep(0.3)
        t.send("Enter")
        t.wait_for("Claims (", "Ebola")
        t.send("q")
        t.wait_for("documents", "Title")
        t.send("q")
        _wait_exit(t)
    finally:
        t.kill()
