"""Startup: time to first paint of the seed article in claim-reader vs a bare Textual app.

Each run is a fresh `python benchmarks/startup.py --child MODE` process (so imports count the same
way for both), headless via `App.run_test(size=(120, 40))`. The child's clock starts at the top of
the script, before any import, and stops at the first frame the compositor produces for the screen
that shows the article (`ReaderScreen` for us, the default screen for the bare app); teardown is not
timed. Both modes run 10 times, interleaved, and the medians are compared.

    .venv/bin/python benchmarks/startup.py            # last line: startup ratio_vs_bare=<f>   (bar: <= 1.3)
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
RUNS = 10
SIZE = (120, 40)


def make_app(mode: str):  # type: ignore[no-untyped-def]
    """The app to time, built exactly as each would be started."""
    if mode == "bare":
        from textual.app import App, ComposeResult
        from textual.containers import VerticalScroll
        from textual.widgets import Static

        text = SEED.read_text(encoding="utf-8")

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                with VerticalScroll():
                    yield Static(text, markup=False)

        return Bare(), lambda screen: True
    sys.path.insert(0, str(ROOT))
    from reader.core.documents.document import load_document
    from reader.tui.app import ClaimReaderApp

    app = ClaimReaderApp(load_document(str(SEED)))
    return app, lambda screen: type(screen).__name__ == "ReaderScreen"


async def first_paint(mode: str) -> float:
    app, is_target = make_app(mode)
    painted: list[float] = []
    display = app._display  # noqa: SLF001 - the one place every frame passes through, headless too

    def timed_display(screen, renderable) -> None:  # type: ignore[no-untyped-def]
        if renderable is not None and not painted and is_target(screen):
            painted.append(time.perf_counter() - T0)
        display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]  # noqa: SLF001
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(500):
            if painted:
                break
            await pilot.pause(0.005)
    if not painted:
        raise SystemExit(f"{mode}: no frame painted")
    return painted[0]


def child(mode: str) -> None:
    elapsed = asyncio.run(first_paint(mode))
    print(f"{elapsed:.6f}", flush=True)
    os._exit(0)  # teardown is not part of startup, for either app


def run_once(mode: str, env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, __file__, "--child", mode], capture_output=True, text=True, env=env, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1])


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
        run_once("ours", env)  # warm the OS file cache and create the empty store once, untimed
        run_once("bare", env)
        times: dict[str, list[float]] = {"ours": [], "bare": []}
        for _ in range(RUNS):
            for mode in times:
                times[mode].append(run_once(mode, env))
    ours, bare = statistics.median(times["ours"]), statistics.median(times["bare"])
    for mode, values in times.items():
        lo, hi = min(values) * 1000, max(values) * 1000
        print(f"{mode:5} median {statistics.median(values) * 1000:7.1f} ms  (min {lo:.1f}, max {hi:.1f}, n={len(values)})")
    print(f"startup ratio_vs_bare={ours / bare:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
