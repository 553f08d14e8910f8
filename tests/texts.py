"""Helpers that build stage inputs from a test's own text."""

from __future__ import annotations

from minzheng.model import Span
from minzheng.text.clean import Line, Lines, Zone
from minzheng.text.document import Document
from minzheng.text.normalize import normalize_cached


def body_lines(text: str) -> Lines:
    """Every non-blank line as body: the rules under test, apart from line zoning."""
    lines = []
    position = 0
    for raw in text.split("\n"):
        zone = Zone.BODY if raw.strip() else Zone.BLANK
        lines.append(Line(Span(position, position + len(raw)), zone))
        position += len(raw) + 1
    return Lines.of(lines)


def body_document(text: str, lines: Lines | None = None) -> Document:
    """The document of ``text`` with every non-blank line as body (or with the ``lines`` given)."""
    normalized = normalize_cached(text)
    return Document(normalized, body_lines(normalized.text) if lines is None else Lines.of(lines))


def laid_out(*paragraphs: str, width: int = 30) -> str:
    """The paragraphs as a PDF's text gives them: each cut into lines of ``width`` characters."""
    return "".join(
        "".join(paragraph[at : at + width] + "\n" for at in range(0, len(paragraph), width))
        for paragraph in paragraphs
    )
