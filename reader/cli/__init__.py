"""The command line: `reader FILE` opens the app; subcommands run the same core headless.

`main.py` parses and dispatches; `common.py` holds what every command shares (exit codes, one-line errors,
load and store options); each command group has its own module with a `configure(sub, parser)`.
"""
