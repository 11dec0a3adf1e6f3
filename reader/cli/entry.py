"""The `reader` command's entry point: the claims start first, and the cycle collector waits until start-up is done.

`reader FILE` needs its document's claims as soon as its first frame; finding them starts in a child process
(reader.core.session.extract_process) before anything else loads, so the child loads the extractor's rules while
this process loads the reader. Any other command starts no child.

Start-up allocates a few hundred thousand objects (modules, classes, Textual's styles, the document, its claims) that
live as long as the process. The cycle collector would walk them several times before the first frame, finding
nothing to free: about 14 ms of CPU of a 250 ms start (benchmarks/startup.py). So it is off from the first line
until start-up is over: the reader turns it back on after its first frame (reader.tui.collector), a headless
command before it runs (reader.cli.main), since a long corpus run must never grow without it.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from reader.cli.commands import SUBCOMMANDS

if TYPE_CHECKING:
    from reader.core.session.extract_process import ExtractorChild


def quiet_start() -> None:
    """No cycle collection until `reader.tui.collector.start_collecting()` (or `gc.enable()`) says start-up is over."""
    gc.disable()


def early_extractor(argv: list[str]) -> ExtractorChild | None:
    """A child started now to find the claims of the document `argv` opens, or None when `argv` runs a subcommand
    or only asks for help or the version. A child not needed after all (a folder, claims kept from an earlier
    reading, a path that does not open) is stopped unused."""
    if not argv or argv[0] in SUBCOMMANDS or {"-h", "--help", "--version"} & set(argv):
        return None
    from reader.core.session.extract_process import ExtractorChild

    return ExtractorChild.start()


def run() -> None:
    quiet_start()
    extractor = early_extractor(sys.argv[1:])
    try:
        from reader.cli.main import main  # after the collector is off: these imports are most of start-up

        code = main(extractor=extractor)
    finally:
        if extractor is not None:
            extractor.close()  # nothing if the reader took it
    raise SystemExit(code)
