"""Report metadata: title, kind, agency, publisher, region, dates, numbers, years."""

from __future__ import annotations

import datetime

import attrs

from minzheng.model import Diagnostic, Region, ReportKind
from minzheng.parse.sections import Outline
from minzheng.text.clean import Line

__all__ = ["Metadata", "parse_metadata"]


@attrs.frozen
class Metadata:
    """What a report says about itself."""

    title: str | None = None
    kind: ReportKind = ReportKind.OTHER
    agency: str | None = None
    publisher: str | None = None
    region: Region | None = None
    published: datetime.date | None = None
    doc_number: str | None = None
    index_number: str | None = None
    review_year: int | None = None
    plan_year: int | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def parse_metadata(text: str, lines: tuple[Line, ...], outline: Outline) -> Metadata:
    """Read the metadata of a report. STUB: nothing yet."""
    del text, lines, outline
    return Metadata()
