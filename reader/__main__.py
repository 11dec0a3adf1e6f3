"""`python -m reader`: the same entry point as the `reader` command, for when it is not on PATH."""

from reader.cli.entry import run

run()
