"""The config file: ``.hf-rules.yaml``, or ``[tool.hf-rules]`` in ``pyproject.toml``.

Found by walking up from the working folder, the nearest wins (like yamllint and Spectral).
Paths in it are relative to the folder that holds it, so a pre-commit hook that passes one
changed meeting plan still finds the organisation the plan refers to.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from hf_rules.core.errors import InputError, Location
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
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError):
        return False
    except tomllib.TOMLDecodeError:
        return "[tool.hf-rules" in text  # broken but ours: load_config reports it rather than skip it
    return isinstance(data.get("tool"), dict) and "hf-rules" in data["tool"]


def load_config(path: Path, limits: Limits = Limits()) -> LoadedConfig:
    """Read and validate a config file; problems are located input errors (exit 2)."""
    display = str(path)
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(Location(display), f"cannot read the config: {error}") from None
        except tomllib.TOMLDecodeError as error:
            raise InputError(
                Location(display, getattr(error, "lineno", 0), getattr(error, "colno", 0)), f"invalid TOML: {error}"
            ) from None
        section = data.get("tool", {}).get("hf-rules", {})
        doc = Document(path=display, data=section, positions={(): (1, 1)}, key_positions={})
    else:
        doc = load_yaml_file(path, display_path=display, limits=limits)
    config: Config = checked_model(Config, bundled_schema("config.schema.json"), doc)  # type: ignore[assignment]
    if config.limits is not None and config.limits.max_file_size is not None:
        try:
            parse_size(config.limits.max_file_size)
        except ValueError as error:
            raise InputError(doc.location(("limits", "max_file_size")), f"limits.max_file_size: {error}") from None
    return LoadedConfig(config, path)
