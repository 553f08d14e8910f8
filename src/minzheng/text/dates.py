"""Dates and years as written in reports."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import attrs
import regex

from minzheng.model import Span

__all__ = ["DateMatch", "find_dates", "parse_date"]


@attrs.frozen
class DateMatch:
    """A date or partial date found in text."""

    text: str
    """As written."""
    span: Span
    """Where it stands."""
    year: int | None
    """Year, where given."""
    month: int | None = None
    """Month, where given."""
    day: int | None = None
    """Day, where given."""
    damage: str | None = None
    """Why it looks damaged (``20201230`` run together), None when it reads cleanly."""

    @property
    def date(self) -> datetime.date | None:
        """The full date, when year, month and day are all given and valid."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None


_DATE = regex.compile(r"(?P<y>(?:19|20)\d\d)[年\-./](?P<m>\d{1,2})[月\-./](?P<d>\d{1,2})日?")


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMatch]:
    """Dates in ``text[start:end]``. STUB: Arabic full dates only."""
    stop = len(text) if end is None else end
    for match in _DATE.finditer(text, start, stop):
        yield DateMatch(
            match.group(), Span(match.start(), match.end()),
            int(match["y"]), int(match["m"]), int(match["d"]),
        )


def parse_date(text: str) -> datetime.date | None:
    """The date a string states in full, or None."""
    for found in find_dates(text.strip()):
        return found.date
    return None
