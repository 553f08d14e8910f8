"""Helpers that build stage inputs from a test's own text."""

from __future__ import annotations

from minzheng.model import Span
from minzheng.text.clean import Line, Lines, Zone


def body_lines(text: str) -> Lines:
    """Every non-blank line as body: the rules under test, apart from line zoning."""
    lines = []
    position = 0
    for raw in text.split("\n"):
        zone = Zone.BODY if raw.strip() else Zone.BLANK
        lines.append(Line(Span(position, position + len(raw)), zone))
        position += len(raw) + 1
    return Lines.of(lines)
