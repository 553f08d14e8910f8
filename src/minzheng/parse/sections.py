"""The section tree of a report: headings, levels, ordinals, phases; interview turns."""

from __future__ import annotations

import attrs

from minzheng.model import Diagnostic, Section, Turn
from minzheng.text.clean import Line

__all__ = ["Outline", "parse_sections"]


@attrs.frozen
class Outline:
    """A report's section tree and interview turns."""

    sections: tuple[Section, ...] = ()
    """Top-level sections."""
    turns: tuple[Turn, ...] = ()
    """Interview turns."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Lost ordinals and other doubts."""


def parse_sections(text: str, lines: tuple[Line, ...]) -> Outline:
    """Find the headings of ``text`` and nest them. STUB: no sections yet."""
    del text, lines
    return Outline()
