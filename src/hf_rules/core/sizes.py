"""File sizes as users write them: ``--max-file-size 10M`` and ``limits: {max_file_size: 10M}``.

A size is a whole number of bytes, optionally followed by a unit. Units are 1024-based and
case-insensitive: ``k``/``KiB`` (1024), ``M``/``MiB`` (1024²), ``G``/``GiB`` (1024³); ``B`` or
nothing means bytes. ``KB``/``MB``/``GB`` are refused as ambiguous (1000- or 1024-based?), as are
fractions, signs, zero and anything above :data:`MAX_SIZE`.
"""

from __future__ import annotations

import re

UNITS = {"": 1, "b": 1, "k": 1024, "kib": 1024, "m": 1024**2, "mib": 1024**2, "g": 1024**3, "gib": 1024**3}
MAX_SIZE = 1024**3
"""The largest file size limit that can be set (1 GiB): a file is read into memory whole."""

_SIZE = re.compile(r"([0-9]{1,15})[ ]?([A-Za-z]*)")


def parse_size(value: object) -> int:
    """The number of bytes ``value`` (an int, or text like ``10M``) stands for; ``ValueError``
    with a one-line reason if it is not a size this module accepts."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{value!r} is not a size; expected bytes or a number with a unit, e.g. 10M or 512KiB")
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.fullmatch(value.strip())
        unit = match.group(2).lower() if match else ""
        if match and unit in ("kb", "mb", "gb"):
            raise ValueError(
                f"'{value}' is ambiguous (1000 or 1024?); write {match.group(1)}{unit[0].upper()} "
                f"or {match.group(1)}{unit[0].upper()}iB (1024-based), or a number of bytes"
            )
        if match is None or unit not in UNITS:
            raise ValueError(
                f"'{value}' is not a size; expected bytes or a number with a unit "
                "(k, M, G, KiB, MiB, GiB; 1024-based), e.g. 10M or 512k"
            )
        size = int(match.group(1)) * UNITS[unit]
    if size < 1:
        raise ValueError(f"'{value}' is not a size; expected at least 1 byte")
    if size > MAX_SIZE:
        raise ValueError(f"'{value}' is {size} bytes; the file size limit can be at most 1GiB ({MAX_SIZE} bytes)")
    return size
