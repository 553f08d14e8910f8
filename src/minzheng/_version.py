"""The installed version of minzheng, read from the package metadata."""

from __future__ import annotations

__all__ = ["UNKNOWN", "version"]

UNKNOWN = "0+unknown"
"""The version given where the package runs from source without being installed."""


def version() -> str:
    """The version of the installed distribution (``0.1.0``), :data:`UNKNOWN` where there is none."""
    from importlib import metadata  # noqa: PLC0415 (slow to import: only when the version is asked for)

    try:
        return metadata.version("minzheng")
    except metadata.PackageNotFoundError:
        return UNKNOWN
