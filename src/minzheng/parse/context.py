"""What the fact extractors know of a report before they run: its document, sections and years."""

from __future__ import annotations

from array import array
from collections.abc import Iterator

import attrs

from minzheng.model import Phase, Section, SectionPath, Span
from minzheng.text.clean import Lines
from minzheng.text.document import Document
from minzheng.text.span import Spans

__all__ = ["Context"]

def _flatten(
    sections: tuple[Section, ...], prefix: SectionPath = ()
) -> Iterator[tuple[Span, SectionPath, Phase | None]]:
    """Every section's span, path and phase, parents before their children."""
    for index, section in enumerate(sections, start=1):
        path = (*prefix, index)
        yield section.span, path, section.phase
        yield from _flatten(section.children, path)


@attrs.frozen
class Context:
    """What the fact stages read: the document, its section tree and the report's years."""

    document: Document
    """The report's text, zones and segments."""
    sections: tuple[Section, ...] = ()
    """The section tree."""
    review_year: int | None = None
    """Year the report looks back on."""
    plan_year: int | None = None
    """Year the report plans for."""
    _placed: Spans = attrs.field(init=False, repr=False, eq=False)
    _paths: list[tuple[SectionPath, Phase | None]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        placed = list(_flatten(self.sections))
        # Sections are in document order, parents first: Spans keeps that order.
        spans = Spans(
            array("q", [span.start for span, _, _ in placed]), array("q", [span.end for span, _, _ in placed])
        )
        object.__setattr__(self, "_placed", spans)
        object.__setattr__(self, "_paths", [(path, phase) for _, path, phase in placed])

    @property
    def text(self) -> str:
        """The normalized text."""
        return self.document.text

    @property
    def body(self) -> Lines:
        """The body lines, in order: the only place facts are taken from."""
        return self.document.body

    def section_at(self, position: int) -> SectionPath | None:
        """Path of the innermost section holding ``position``, None at top level."""
        index = self._placed.innermost(position)
        return self._paths[index][0] if index >= 0 else None

    def phase_at(self, position: int) -> Phase | None:
        """Phase of the innermost section holding ``position``."""
        index = self._placed.innermost(position)
        return self._paths[index][1] if index >= 0 else None

    def year_at(self, position: int) -> int | None:
        """The report's year for a position: the plan year in plan sections, else review."""
        phase = self.phase_at(position)
        if phase is Phase.PLAN:
            return self.plan_year
        if phase is Phase.REVIEW:
            return self.review_year
        return self.review_year if self.review_year is not None else self.plan_year
