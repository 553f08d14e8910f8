"""The errors minzheng raises on misuse. Extraction itself never raises on text."""

from __future__ import annotations

__all__ = ["DecodeError", "MinzhengError", "NoSourceError", "StructureError", "UnknownValueError"]


class MinzhengError(Exception):
    """Base class of every error the public API raises."""


class StructureError(MinzhengError, ValueError):
    """Plain data that does not fit the model; the message names the field path."""


class DecodeError(MinzhengError, ValueError):
    """A file whose bytes decode to no text to trust: no encoding fits, or only a weak guess."""


class NoSourceError(MinzhengError, LookupError):
    """A report loaded without its source text was asked for source positions."""


class UnknownValueError(MinzhengError, ValueError):
    """A query filter's value that no report can hold (``category="底保"``).

    The nearest known values are in :attr:`suggestions` and in the message.
    """

    def __init__(self, message: str, *, value: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.value = value
        """The value that is not known."""
        self.suggestions = suggestions
        """The nearest known values, nearest first."""
