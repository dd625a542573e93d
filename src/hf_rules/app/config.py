"""The config file: ``.hf-rules.yaml``, or ``[tool.hf-rules]`` in ``pyproject.toml``.

Found by walking up from the working folder, the nearest wins (like yamllint and Spectral).
Paths in it are relative to the folder that holds it, so a pre-commit hook that passes one
changed meeting plan still finds the organisation the plan refers to.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from hf_rules.core.errors import InputError, Location, said_of
from hf_rules.core.files import read_regular, read_text_regular
from hf_rules.core.i18n import Message
from hf_rules.core.resources import bundled_schema
from hf_rules.core.sizes import parse_size
from hf_rules.documents.validate import checked_model
from hf_rules.rules.model import Config
from hf_rules.yaml.loader import Document, Limits, load_yaml_file

CONFIG_NAME = ".hf-rules.yaml"


@dataclass(frozen=True)
class LoadedConfig:
    config: Config
    path: Path
    """The config file itself."""
    doc: Document | None = None
    """The config as read, for the location of its entries in error messages."""

    @property
    def max_file_size(self) -> int | None:
        """``limits.max_file_size`` in bytes (checked when the config was loaded), if set."""
        limits = self.config.limits
        return parse_size(limits.max_file_size) if limits and limits.max_file_size is not None else None

    @property
    def base(self) -> Path:
        return self.path.parent

    def resolve(self, entry: str) -> str:
        """A path named in the config, relative to the config's folder; pack ids stay as they are."""
        candidate = self.base / entry
        return str(candidate) if (candidate.exists() or "/" in entry or entry.endswith((".yaml", ".yml"))) else entry

    def display(self, entry: str) -> str:
        """A config path as shown to the user: relative to the working folder where it can be."""
        resolved = Path(self.resolve(entry))
        try:
            return str(resolved.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(resolved)


def find_config(start: Path) -> Path | None:
    """The nearest ``.hf-rules.yaml`` (or pyproject.toml with ``[tool.hf-rules]``) at or above ``start``."""
    for folder in [start, *start.parents]:
        candidate = folder / CONFIG_NAME
        # Anything but a folder by that name is the config: a FIFO or an unreadable file is then
        # reported by load_config, never passed over.
        if os.path.lexists(candidate) and not candidate.is_dir():
            return candidate
        pyproject = folder / "pyproject.toml"
        if os.path.lexists(pyproject) and not pyproject.is_dir() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(pyproject: Path) -> bool:
    """Whether ``pyproject`` holds ``[tool.hf-rules]``; one that cannot be read or parsed but
    mentions it is ours too (load_config then reports why), never silently left out."""
    try:
        raw = read_regular(pyproject, max_bytes=MAX_TOML_BYTES)
    except InputError:
        return True  # not a regular file, unreadable or too large: say so rather than guess
    if b"tool.hf-rules" not in raw and b'tool."hf-rules"' not in raw and b"hf-rules" not in raw:
        return False
    import tomllib  # only where a pyproject.toml may hold the config

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, RecursionError):
        return True  # broken but ours: load_config reports it rather than skip it
    return isinstance(data.get("tool"), dict) and "hf-rules" in data["tool"]


def _toml_section(path: Path, display: str, limits: Limits) -> dict[str, object]:
    """``[tool.hf-rules]`` of a pyproject.toml, read within the size limit, with its depth and
    integers bounded; every problem is a located error."""
    text = read_text_regular(path, max_bytes=limits.max_bytes, display=display, what="the config")
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            Location(display, getattr(error, "lineno", 0), getattr(error, "colno", 0)),
            Message("config-invalid-toml", problem=str(error)),
        ) from None
    except RecursionError:
        raise InputError(Location(display), Message("config-toml-too-deep", limit=limits.max_depth)) from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise InputError(
            Location(display), Message("config-invalid-toml", problem=" ".join(str(error).split()))
        ) from None
    tool = data.get("tool", {})
    section = tool.get("hf-rules", {}) if isinstance(tool, dict) else {}
    if not isinstance(section, dict):
        raise InputError(Location(display), Message("config-not-a-table"))
    _bounded(section, display, limits.max_depth, 1)
    return section


MAX_TOML_BYTES = 5 * 1024 * 1024
MAX_INT = 2**63 - 1


def _bounded(value: object, display: str, max_depth: int, depth: int) -> None:
    if depth > max_depth:
        raise InputError(Location(display), Message("config-too-deep", limit=max_depth))
    if isinstance(value, bool):
        return
    if isinstance(value, int) and abs(value) > MAX_INT:
        raise InputError(Location(display), Message("config-int-too-large", limit=MAX_INT))
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        _bounded(child, display, max_depth, depth + 1)


def load_config(path: Path, limits: Limits = Limits()) -> LoadedConfig:
    """Read and validate a config file; problems are located input errors (exit 2)."""
    display = str(path)
    if path.name == "pyproject.toml":
        section = _toml_section(path, display, limits)
        doc = Document(path=display, data=section, positions={(): (1, 1)}, key_positions={})
    else:
        doc = load_yaml_file(path, display_path=display, limits=limits)
    config: Config = checked_model(Config, bundled_schema("config.schema.json"), doc)  # type: ignore[assignment]
    if config.limits is not None and config.limits.max_file_size is not None:
        try:
            parse_size(config.limits.max_file_size)
        except ValueError as error:
            raise InputError(
                doc.location(("limits", "max_file_size")), Message("config-max-file-size", problem=said_of(error))
            ) from None
    return LoadedConfig(config, path, doc)
