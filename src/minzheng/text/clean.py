"""Classify the lines of a normalized text into zones: body, metadata, chrome, noise."""

from __future__ import annotations

import enum

import attrs
import regex

from minzheng.model import Span

__all__ = ["Line", "Zone", "classify"]


class Zone(enum.Enum):
    """What a line of a scraped page is."""

    BODY = "body"
    METADATA = "metadata"
    CHROME = "chrome"
    RELATED = "related"
    SPAM = "spam"
    BLANK = "blank"


@attrs.frozen
class Line:
    """A physical line of the normalized text and its zone."""

    span: Span
    """The line without its line break."""
    zone: Zone
    """What the line is."""


_LINE = regex.compile(r"[^\n]*")


def classify(text: str) -> tuple[Line, ...]:
    """Split ``text`` into lines and classify each. STUB: blank or body."""
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == match.end() and match.start() > 0 and text[match.start() - 1] != "\n":
            continue
        zone = Zone.BODY if match.group().strip() else Zone.BLANK
        lines.append(Line(Span(match.start(), match.end()), zone))
    return tuple(lines)
