"""The command line: click commands and their options, nothing else.

Each command parses its options into :class:`hf_rules.app.run.Settings` (or the arguments of
another use case in :mod:`hf_rules.app`), calls one function there and prints what it returns;
:func:`main` maps exceptions to exit codes (2 for input and usage, 3 for a bug). May import: every package below it (``app`` and down).
"""

import sys
import types


def _without_pydantic_plugins() -> None:
    """Validate with pydantic's plugins off, as ``PYDANTIC_DISABLE_PLUGINS=__all__`` would.

    A pydantic plugin is code that another installed package registers to watch every
    validation in the process; a compliance checker's verdict must not depend on one, and
    looking for them cost every run about 20 ms (pydantic imports ``importlib.metadata`` and
    reads every installed package's entry points when it builds its first validator). The one
    function pydantic calls from its plugin loader, ``get_plugins``, is given as "none". Only
    the command line does this, in its own process; a program that imports hf-rules as a
    library keeps its plugins.
    """
    name = "pydantic.plugin._loader"
    if name not in sys.modules:
        loader = types.ModuleType(name, "pydantic's plugin loader, as hf-rules runs it: no plugins.")
        setattr(loader, "get_plugins", tuple)  # noqa: B010  (a module object: no attribute to declare)
        sys.modules[name] = loader


_without_pydantic_plugins()

from hf_rules.cli import proposals  # noqa: E402, F401  (registers diff onto cli)
from hf_rules.cli.commands import cli, main  # noqa: E402

__all__ = ["cli", "main"]
