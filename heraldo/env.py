"""Typed reads of the process environment.

Every setting Heraldo takes from the outside goes through these functions so a
wrong value stops the start with one line naming the variable, and secrets can
come from a file (`NAME_FILE`) as container platforms mount them.
"""

from __future__ import annotations

import os
from pathlib import Path


class ConfigurationError(Exception):
    """A setting from the environment is missing or malformed."""


_TRUE = {"1", "true", "yes", "on", "si", "sí"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name: str) -> str | None:
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigurationError(
                f"{name}_FILE: no se puede leer el archivo {file_path!r} ({exc.strerror})."
            ) from exc
    return os.environ.get(name)


def env_str(name: str, default: str | None = None) -> str:
    value = _raw(name)
    if value is None or value == "":
        if default is None:
            raise ConfigurationError(f"{name}: falta esta variable de entorno obligatoria.")
        return default
    return value


def env_bool(name: str, default: bool) -> bool:
    value = _raw(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ConfigurationError(f"{name}: valor {value!r} no válido; use true o false.")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value)
    except ValueError as exc:
        raise ConfigurationError(f"{name}: {value!r} no es un número entero.") from exc
    if minimum is not None and number < minimum:
        raise ConfigurationError(f"{name}: debe ser al menos {minimum} (se recibió {number}).")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    value = _raw(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = env_str(name, default)
    if value not in choices:
        raise ConfigurationError(f"{name}: valor {value!r} no válido; use uno de: {', '.join(choices)}.")
    return value
