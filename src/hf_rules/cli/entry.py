"""The console script: :func:`hf_rules.cli.commands.main`, then a quick exit.

Once the command is done and its output flushed, nothing is left to do but free memory the
operating system frees anyway: the interpreter's teardown (finalising modules and millions of
small objects) is skipped with ``os._exit``. ``main`` itself (the mapping of exceptions to exit
codes) is untouched; tests call it in-process, where exiting the process would end the tests.
"""

from __future__ import annotations

import os
import sys

from hf_rules.cli.commands import _output_error, cli_lang, main
from hf_rules.core import i18n


def _code(value: object) -> int:
    """What ``sys.exit(value)`` exits with: None 0, an int itself, anything else printed and 1."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    sys.stderr.write(f"{value}\n")
    return 1


def run() -> None:
    try:
        main()
        code = 0
    except SystemExit as done:
        code = _code(done.code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:
            pass  # the reader stopped reading (`| head`): nothing more to tell it
        except (OSError, ValueError) as error:  # a full disk, say: never lose output silently
            if stream is sys.stdout:
                try:
                    if isinstance(error, OSError):
                        line = _output_error(error)
                    else:
                        line = f"hf-rules: error: {i18n.say('cli-cannot-write-output', cli_lang(), reason=error)}"
                    sys.stderr.write(line + "\n")
                    sys.stderr.flush()
                except (OSError, ValueError):
                    pass
                code = 2
    os._exit(code)
