"""The `reader` command's entry point: the cycle collector waits until start-up is done.

Start-up allocates a few hundred thousand objects (modules, classes, Textual's styles, the document, its claims) that
live as long as the process. The cycle collector would walk them several times before the first frame, finding
nothing to free: about 14 ms of CPU of a 250 ms start (benchmarks/startup.py). So it is off from the first line
until start-up is over: the reader turns it back on after its first frame (reader.tui.collector), a headless
command before it runs (reader.cli.main), since a long corpus run must never grow without it.
"""

from __future__ import annotations

import gc


def quiet_start() -> None:
    """No cycle collection until `reader.tui.collector.start_collecting()` (or `gc.enable()`) says start-up is over."""
    gc.disable()


def run() -> None:
    quiet_start()
    from reader.cli.main import main  # after the collector is off: these imports are most of start-up

    raise SystemExit(main())
