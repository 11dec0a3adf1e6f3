"""Startup: claim-reader against a bare Textual app started the same way, in the same run.

Three numbers, each from fresh child processes (`python benchmarks/startup.py --child MODE`), so imports
count the same way for both apps; headless via `App.run_test(size=(120, 40))`; the child's clock starts
at the top of the script, before any import:

- first_frame_ratio: our first frame showing the article (the seed article) / the bare app's first frame
  (a Static with the same text in a VerticalScroll). Bar: <= 1.3.
- claims_ready_ratio: our first frame with the claims pane filled (every claim listed, the other tabs may follow) / the bare app's
  first frame. Bar: <= 1.5.
- mb1_claims_ready_s: a 1 MB document (the first 1,000,000 characters of Moby-Dick, never opened before, so its
  claims are found now): seconds until its claims pane shows claims and a key press (`j`) has been answered.
  Bar: <= 0.5 s.

Our app is made as `reader PATH` makes it (reader.cli.entry: the extractor's child started first; then
reader.cli.app.reading_app: arguments, config, store, and the claims handed to that child before Textual loads), so
the numbers are the command's.

Each mode runs RUNS times, interleaved, and medians are compared; teardown is never timed.

    .venv/bin/python benchmarks/startup.py
    # last line: startup first_frame_ratio=<f> claims_ready_ratio=<f> mb1_claims_ready_s=<f>
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import asyncio  # noqa: E402 - the clock must start before the imports it measures
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sample_articles" / "execution-squads.txt"
BOOK = ROOT / "sample_articles" / "long" / "moby-dick.txt"
MB1_CHARS = 1_000_000
RUNS = 10
SIZE = (120, 40)


def bare_app():  # type: ignore[no-untyped-def]
    from textual.app import App, ComposeResult
    from textual.containers import VerticalScroll
    from textual.widgets import Static

    text = SEED.read_text(encoding="utf-8")

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            with VerticalScroll():
                yield Static(text, markup=False)

    return Bare()


def our_app(path: Path):  # type: ignore[no-untyped-def]
    """The app as `reader PATH` makes it (arguments, config, store, the claims started early), run headless."""
    sys.path.insert(0, str(ROOT))
    from reader.cli.entry import early_extractor, quiet_start

    quiet_start()  # as the `reader` command's entry point does first (reader/cli/entry.py)
    extractor = early_extractor([str(path)])  # and then this
    import reader.cli.app as cli_app
    from reader.cli.main import build_parser

    cli_app.has_terminal = lambda: True  # run_test draws into memory: no terminal needed
    args = build_parser(None).parse_args([str(path)])
    args.extractor = extractor  # as reader.cli.main.main hands it over
    return cli_app.reading_app(args)


async def timed(mode: str, mb1: Path) -> dict[str, float]:
    """Seconds since T0 at each milestone of `mode`."""
    app = bare_app() if mode == "bare" else our_app(SEED) if mode == "ours" else our_app(mb1)
    marks: dict[str, float] = {}
    display = app._display  # noqa: SLF001 - the one place every frame passes through, headless too

    def timed_display(screen, renderable) -> None:  # type: ignore[no-untyped-def]
        if renderable is not None:
            now = time.perf_counter() - T0
            if mode == "bare":
                marks.setdefault("first_frame", now)
            elif type(screen).__name__ == "ReaderScreen":
                marks.setdefault("first_frame", now)
                claims = screen.query("#claims")
                if claims and claims.first().row_count and not screen.session.claims_pending:  # every claim listed
                    marks.setdefault("claims_ready", now)
        display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]  # noqa: SLF001
    async with app.run_test(size=SIZE):
        # Polled with plain sleeps, not the pilot's pauses: those wait for every queue to empty, which while a
        # book's claims stream in means waiting for the extractor, not for the app to answer.
        pressed: int | None = None
        for _ in range(20000):
            if mode == "bare" and marks:
                break
            if mode == "ours" and "claims_ready" in marks:
                break
            if mode == "mb1":
                screen = app.screen
                if pressed is not None and screen.query_one("#article").cursor != pressed:
                    marks["keys_answered"] = time.perf_counter() - T0
                    break
                found = screen.query("#claims") if pressed is None and type(screen).__name__ == "ReaderScreen" else []
                if found and found.first().row_count:
                    screen.query_one("#article").focus()
                    await asyncio.sleep(0)
                    pressed = screen.query_one("#article").cursor
                    app.simulate_key("j")  # as a keypress from the terminal: the app routes it to the article
            await asyncio.sleep(0.001)
    return marks


def child(mode: str, mb1: str) -> None:
    marks = asyncio.run(timed(mode, Path(mb1)))
    print(" ".join(f"{k}={v:.6f}" for k, v in marks.items()), flush=True)
    os._exit(0)  # teardown is not part of startup, for either app


def run_once(mode: str, env: dict[str, str], mb1: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(mb1)], capture_output=True, text=True, env=env, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    return {k: float(v) for k, v in (pair.split("=") for pair in out.stdout.strip().splitlines()[-1].split())}


def precompile() -> None:
    """Same process settings for both sides: Textual's modules were byte-compiled when pip
    installed them, ours (an editable install, and PYTHONDONTWRITEBYTECODE may be set) would
    otherwise be compiled from source on every run. A regular install byte-compiles them too."""
    import compileall

    compileall.compile_dir(str(ROOT / "reader"), quiet=1)
    print("byte-compiled reader/ first, as `pip install` does for textual (and for a non-editable install)")


def main() -> None:
    precompile()
    with tempfile.TemporaryDirectory() as home:
        # private store and config: the user's data neither helps nor hurts the number
        env = {**os.environ, "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config", "XDG_STATE_HOME": f"{home}/state"}
        env.pop("READER_CONFIG", None)
        mb1 = Path(home) / "moby-dick-1mb.txt"
        mb1.write_text(BOOK.read_text(encoding="utf-8")[:MB1_CHARS], encoding="utf-8")
        for mode in ("ours", "bare", "mb1"):  # warm the OS file cache and create the empty store once, untimed
            run_once(mode, env, mb1)
        runs: dict[str, list[dict[str, float]]] = {"ours": [], "bare": [], "mb1": []}
        for _ in range(RUNS):
            for mode in runs:
                runs[mode].append(run_once(mode, env, mb1))

    def median(mode: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[mode])

    for mode, key in (("bare", "first_frame"), ("ours", "first_frame"), ("ours", "claims_ready"), ("mb1", "first_frame"),
                      ("mb1", "keys_answered")):
        values = [r[key] * 1000 for r in runs[mode] if key in r]
        print(f"{mode:4} {key:14} median {statistics.median(values):7.1f} ms  (min {min(values):.1f}, max {max(values):.1f}, n={len(values)})")
    bare = median("bare", "first_frame")
    print(f"startup first_frame_ratio={median('ours', 'first_frame') / bare:.3f} "
          f"claims_ready_ratio={median('ours', 'claims_ready') / bare:.3f} mb1_claims_ready_s={median('mb1', 'keys_answered'):.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
