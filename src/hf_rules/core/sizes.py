"""File sizes as users write them: ``--max-file-size 10M`` and ``limits: {max_file_size: 10M}``.

A size is a whole number of bytes, optionally followed by a unit. Units are 1024-based and
case-insensitive: ``k``/``KiB`` (1024), ``M``/``MiB`` (1024²), ``G``/``GiB`` (1024³); ``B`` or
nothing means bytes. ``KB``/``MB``/``GB`` are refused as ambiguous (1000- or 1024-based?), as are
fractions, signs, zero and anything above :data:`MAX_SIZE`.
"""

from __future__ import annotations

import re

from hf_rules.core.errors import SaidValueError
from hf_rules.core.i18n import Message

UNITS = {"": 1, "b": 1, "k": 1024, "kib": 1024, "m": 1024**2, "mib": 1024**2, "g": 1024**3, "gib": 1024**3}
MAX_SIZE = 1024**3
"""The largest file size limit that can be set (1 GiB): a file is read into memory whole."""

_SIZE = re.compile(r"([0-9]{1,15})[ ]?([A-Za-z]*)")


def parse_size(value: object) -> int:
    """The number of bytes ``value`` (an int, or text like ``10M``) stands for; ``ValueError``
    with a one-line reason if it is not a size this module accepts."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise SaidValueError(Message("size-not-a-size", value=repr(value)))
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.fullmatch(value.strip())
        unit = match.group(2).lower() if match else ""
        if match and unit in ("kb", "mb", "gb"):
            raise SaidValueError(Message("size-ambiguous", value=value, number=match.group(1), unit=unit[0].upper()))
        if match is None or unit not in UNITS:
            raise SaidValueError(Message("size-unknown-unit", value=value))
        size = int(match.group(1)) * UNITS[unit]
    if size < 1:
        raise SaidValueError(Message("size-zero", value=value))
    if size > MAX_SIZE:
        raise SaidValueError(Message("size-too-large", value=value, size=size, limit=MAX_SIZE))
    return size
