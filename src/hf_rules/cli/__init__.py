"""The command line: click commands and their options, nothing else.

Each command parses its options into :class:`hf_rules.app.run.Settings` (or the arguments of
another use case in :mod:`hf_rules.app`), calls one function there and prints what it returns;
:func:`main` maps exceptions to exit codes (2 for input and usage, 3 for a bug). May import: every package below it (``app`` and down).
"""

from hf_rules.cli import proposals  # noqa: F401  (registers diff onto cli)
from hf_rules.cli.commands import cli, main

__all__ = ["cli", "main"]
