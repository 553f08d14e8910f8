"""What the fact extractors know of a report before they run: text, zones, sections, years."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import attrs

from minzheng.model import Phase, Section, SectionPath
from minzheng.text.clean import Line, Lines, Zone

__all__ = ["Context"]


@attrs.frozen
class _Placed:
    start: int
    end: int
    path: SectionPath
    phase: Phase | None


def _flatten(sections: tuple[Section, ...], prefix: SectionPath = ()) -> list[_Placed]:
    placed: list[_Placed] = []
    for index, section in enumerate(sections, start=1):
        path = (*prefix, index)
        placed.append(_Placed(section.span.start, section.span.end, path, section.phase))
        placed.extend(_flatten(section.children, path))
    return placed


def _as_lines(lines: Iterable[Line]) -> Lines:
    return Lines.of(lines)


@attrs.frozen
class Context:
    """The normalized text with its body zones, section tree and the report's years."""

    text: str
    """Normalized text."""
    lines: Lines = attrs.field(converter=_as_lines)
    """Every line with its zone."""
    sections: tuple[Section, ...] = ()
    """The section tree."""
    review_year: int | None = None
    """Year the report looks back on."""
    plan_year: int | None = None
    """Year the report plans for."""
    body: Lines = attrs.field(init=False, repr=False, eq=False)
    """The body lines, in order: the only place facts are taken from."""
    _placed: list[_Placed] = attrs.field(init=False, repr=False, eq=False)
    _starts: list[int] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        placed = _flatten(self.sections)
        object.__setattr__(self, "body", self.lines.only(Zone.BODY))
        object.__setattr__(self, "_placed", placed)
        object.__setattr__(self, "_starts", [p.start for p in placed])

    def section_at(self, position: int) -> SectionPath | None:
        """Path of the innermost section holding ``position``, None at top level."""
        placed = self._innermost(position)
        return placed.path if placed else None

    def phase_at(self, position: int) -> Phase | None:
        """Phase of the innermost section holding ``position``."""
        placed = self._innermost(position)
        return placed.phase if placed else None

    def year_at(self, position: int) -> int | None:
        """The report's year for a position: the plan year in plan sections, else review."""
        phase = self.phase_at(position)
        if phase is Phase.PLAN:
            return self.plan_year
        if phase is Phase.REVIEW:
            return self.review_year
        return self.review_year if self.review_year is not None else self.plan_year

    def _innermost(self, position: int) -> _Placed | None:
        # Sections are in document order and nested, so the innermost holder is the
        # last one starting at or before ``position`` whose span still covers it.
        index = bisect.bisect_right(self._starts, position) - 1
        while index >= 0:
            candidate = self._placed[index]
            if candidate.start <= position < candidate.end:
                return candidate
            index -= 1
        return None
