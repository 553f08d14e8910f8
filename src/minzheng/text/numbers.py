"""Numbers as written in reports: Arabic, Chinese and mixed numerals, money, percentages.

Every value is a :class:`~decimal.Decimal`; no float is ever involved.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import attrs
import regex

from minzheng.model import Qualifier, Span

__all__ = ["Quantity", "find_money", "find_percents", "parse_number"]


@attrs.frozen
class Quantity:
    """A number found in text, with its unit and precision."""

    value: Decimal
    """The value in base units (yuan for money, percent for percentages)."""
    text: str
    """As written, first digit through unit (``40余万元``); a leading 约/近 is not part of it."""
    span: Span
    """Where ``text`` stands."""
    upper: Decimal | None = None
    """Upper bound of a range, else None."""
    qualifier: Qualifier = Qualifier.EXACT
    """Precision, from 约/近/左右, 余/多/以上/超过, 不超过/以内."""
    unit: str = ""
    """The unit as written (``万元``, ``元``, ``%``); empty when it was lost."""
    damage: str | None = None
    """Why the text looks damaged (a lost or doubled unit), None when it reads cleanly."""


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral, or None when ``text`` is not one. STUB: Arabic only.

    >>> parse_number("2.68亿")
    Decimal('268000000')
    """
    scale = Decimal(1)
    if text.endswith("亿"):
        text, scale = text[:-1], Decimal(100_000_000)
    elif text.endswith("万"):
        text, scale = text[:-1], Decimal(10_000)
    try:
        return Decimal(text.replace(",", "")) * scale
    except InvalidOperation:
        return None


_MONEY = regex.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[万亿]?元)")
_PERCENT = regex.compile(r"(?P<num>\d+(?:\.\d+)?)%")


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Money amounts in ``text[start:end]``, valued in yuan. STUB: plain Arabic forms."""
    stop = len(text) if end is None else end
    for match in _MONEY.finditer(text, start, stop):
        value = parse_number(match["num"] + match["unit"][:-1])
        if value is not None:
            span = Span(match.start(), match.end())
            yield Quantity(value, match.group(), span, unit=match["unit"])


def find_percents(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Percentages in ``text[start:end]``, valued in percent. STUB: Arabic forms."""
    stop = len(text) if end is None else end
    for match in _PERCENT.finditer(text, start, stop):
        yield Quantity(Decimal(match["num"]), match.group(), Span(match.start(), match.end()), unit="%")
