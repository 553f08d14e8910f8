"""Dates and years as written in reports.

Read here: full dates (``2021年1月21日``, ``2021-01-21``, ``2021.1.21``, ``2021/1/21``,
``二〇一二年一月四日``), year and month (``2020年12月``), bare years (``2020年``,
``2020年度``), year ranges (``2010-2020年``), month ranges (``3-6月``, ``2020年1至12月``),
a month and day without a year (``12月3日``), a signature date run together (``20201230``,
read with ``damage="digits run together"`` where it stands alone at the end of a line or
after a signature), and template years (``20xx年``, read with no year and
``damage="placeholder"``). Years run from 1900 to 2100; a bare month (``6月``) is not read.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator

import attrs
import regex

from minzheng.text.numbers import MASK_LETTERS, parse_number
from minzheng.text.span import Span

__all__ = ["DateMatch", "find_dates", "find_years", "parse_date"]


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
    """Month, where given; the first month of a month range."""
    day: int | None = None
    """Day, where given."""
    damage: str | None = None
    """Why it looks damaged (``20201230`` run together, ``20xx年`` a placeholder), else None."""
    month_end: int | None = None
    """Last month of a month range (the 6 of ``3-6月``), else None."""
    year_end: int | None = None
    """Last year of a year range (the 2020 of ``2010-2020年``), else None."""

    @property
    def date(self) -> datetime.date | None:
        """The full date, when year, month and day are all given and valid."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None


RUN_TOGETHER = "digits run together"
"""Damage of a date whose separators were lost (``20201230``, ``20102020年``)."""

PLACEHOLDER = "placeholder"
"""Damage of a template date (``20xx年``): no year is read."""

_FIRST_YEAR, _LAST_YEAR = 1900, 2100
"""Years read at all."""

_FIRST_RUN_YEAR = 1949
"""Earliest year of a run-together date (``19491001``); earlier 8-digit runs are numbers."""

_D = "[0-9０-９]"
_Y = f"[12１２]{_D}{{3}}"
_M = f"{_D}{{1,2}}"
_SP = r"[ \t\u3000]*"
_SEP = "[-—–－~～〜至到]"
_CN_DIGIT = "〇○零一二三四五六七八九"
_X = f"[{MASK_LETTERS}*＊_]"
_SIGNATURE_END = "局厅委办府会院部处室站所队心"
"""Last characters of an agency name, after which a date may follow as a signature."""

_DATE = regex.compile(
    rf"""
    (?<![0-9０-９A-Za-z.．/\\_\-{_CN_DIGIT}])
    (?:
        (?P<ph>(?:[12１２]{_D}|二[〇○零]){_X}{{2}}|{_X}{{4}})年(?:{_X}{{1,2}}月(?:{_X}{{1,2}}[日号])?)?
    |
        (?P<y>{_Y})(?:{_SP}年?{_SP}{_SEP}{_SP}(?P<y2>{_Y}))?{_SP}(?P<yu>年度?)
        (?P<mp>{_SP}(?P<m>{_M}|元)(?:{_SP}月?{_SP}{_SEP}{_SP}(?P<m2>{_M}))?{_SP}月)?
        (?P<dp>{_SP}(?P<d>{_M}){_SP}[日号])?
    |
        (?P<sy>{_Y})(?P<sep>[-/.．／])(?P<sm>{_M})(?P=sep)(?P<sd>{_M})(?!{_D})
    |
        (?P<cy>[{_CN_DIGIT}]{{4}})(?P<cyu>年度?)
        (?P<cmp>(?P<cm>[元一二三四五六七八九十]{{1,2}})月)?
        (?P<cdp>(?P<cd>[一二三四五六七八九十廿卅]{{1,3}})[日号])?
    |
        (?P<ry>{_Y})(?P<ry2>{_Y})年
    |
        (?P<run>{_Y}{_D}{{4}})(?![0-9０-９A-Za-z])
    |
        (?P<mr>{_M}){_SP}月?{_SP}{_SEP}{_SP}(?P<mr2>{_M}){_SP}月(?!{_D})
    |
        (?P<mm>{_M}){_SP}月{_SP}(?P<md>{_M}){_SP}[日号]
    )
    """,
    regex.VERBOSE,
)
"""Every written form of a date; which named group took part tells the form."""

_SIGNATURE = regex.compile(rf"(?:[{_SIGNATURE_END}][ \t\u3000]+|(?:日期|时间)[:：][ \t\u3000]*)$")
"""What may stand before a run-together date on its line: a signature or a date label."""

_LINE_END = regex.compile(r"[ \t\u3000]*(?:\r?\n|$)")
"""The rest of a line, empty."""

_FOLD = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})


def _int(text: str) -> int:
    """Digits as an int, full-width ones too.

    >>> _int("２０21")
    2021
    """
    return int(text.translate(_FOLD))


def _cn_int(text: str) -> int | None:
    """A month or day numeral, Chinese or Arabic (元 is the first month).

    >>> _cn_int("二十一"), _cn_int("元"), _cn_int("二〇一二"), _cn_int("０３")
    (21, 1, 2012, 3)
    """
    if text == "元":
        return 1
    value = parse_number(text)
    return None if value is None else int(value)


def _month(value: int | None) -> int | None:
    return value if value is not None and 1 <= value <= 12 else None  # noqa: PLR2004 - months


def _day(value: int | None) -> int | None:
    return value if value is not None and 1 <= value <= 31 else None  # noqa: PLR2004 - days


def _year(value: int | None) -> int | None:
    return value if value is not None and _FIRST_YEAR <= value <= _LAST_YEAR else None


def _signed(text: str, start: int) -> bool:
    """Whether a run-together date at ``start`` opens its line or follows a signature."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return not before.strip() or _SIGNATURE.search(before[-40:]) is not None


def _whole(found: regex.Match[str]) -> tuple[str, Span]:
    return found.group(), Span(found.start(), found.end())


def _placeholder(found: regex.Match[str]) -> DateMatch:
    """``20xx年``: a template, no year."""
    return DateMatch(*_whole(found), None, damage=PLACEHOLDER)


def _separated(found: regex.Match[str]) -> DateMatch | None:
    """``2021-01-21``, ``2021.1.21``, ``2021/1/21``."""
    year, month, day = _year(_int(found["sy"])), _month(_int(found["sm"])), _day(_int(found["sd"]))
    if year is None or month is None or day is None:
        return None
    return DateMatch(*_whole(found), year, month, day)


def _years_run_together(found: regex.Match[str]) -> DateMatch | None:
    """``20102020年``: a year range that lost its dash."""
    first, last = _year(_int(found["ry"])), _year(_int(found["ry2"]))
    if first is None or last is None or first >= last:
        return None
    return DateMatch(*_whole(found), first, damage=RUN_TOGETHER, year_end=last)


def _months(found: regex.Match[str]) -> DateMatch | None:
    """``3-6月``, ``3至6月``: a month range with no year."""
    first, last = _month(_int(found["mr"])), _month(_int(found["mr2"]))
    if first is None or last is None or first >= last:
        return None
    return DateMatch(*_whole(found), None, first, month_end=last)


def _month_day(found: regex.Match[str]) -> DateMatch | None:
    """``12月3日``: a day with no year."""
    month, day = _month(_int(found["mm"])), _day(_int(found["md"]))
    if month is None or day is None:
        return None
    return DateMatch(*_whole(found), None, month, day)


def _arabic(found: regex.Match[str]) -> DateMatch | None:
    """``2021年1月21日`` and its shorter forms; an impossible month or day is left out."""
    year = _year(_int(found["y"]))
    year_end = None if found["y2"] is None else _year(_int(found["y2"]))
    if year is None or (found["y2"] is not None and (year_end is None or year_end <= year)):
        return None
    month = None if found["m"] is None or year_end is not None else _month(_cn_int(found["m"]))
    month_end = None if found["m2"] is None or month is None else _month(_int(found["m2"]))
    if found["m2"] is not None and month is not None and (month_end is None or month_end <= month):
        month = None
    day = None if found["d"] is None or month is None or month_end else _day(_int(found["d"]))
    stop = found.end("dp") if day else found.end("mp") if month else found.end("yu")
    text = found.string[found.start() : stop]
    return DateMatch(
        text, Span(found.start(), stop), year, month, day, month_end=month_end, year_end=year_end
    )


def _chinese(found: regex.Match[str]) -> DateMatch | None:
    """``二〇一二年一月四日``: digits of the year one by one, month and day as numerals."""
    year = _year(_cn_int(found["cy"]))
    if year is None:
        return None
    month = None if found["cm"] is None else _month(_cn_int(found["cm"]))
    day = None if found["cd"] is None or month is None else _day(_cn_int(found["cd"]))
    stop = found.end("cdp") if day else found.end("cmp") if month else found.end("cyu")
    return DateMatch(found.string[found.start() : stop], Span(found.start(), stop), year, month, day)


def _run_together(found: regex.Match[str]) -> DateMatch | None:
    """``20201230`` standing alone at the end of a line or after a signature."""
    digits = found["run"].translate(_FOLD)
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if not _FIRST_RUN_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    if _LINE_END.match(found.string, found.end()) is None or not _signed(found.string, found.start()):
        return None
    return DateMatch(found.group(), Span(found.start(), found.end()), year, month, day, damage=RUN_TOGETHER)


_FORMS: tuple[tuple[str, Callable[[regex.Match[str]], DateMatch | None]], ...] = (
    ("ph", _placeholder),
    ("y", _arabic),
    ("sy", _separated),
    ("cy", _chinese),
    ("ry", _years_run_together),
    ("run", _run_together),
    ("mr", _months),
    ("mm", _month_day),
)
"""The group that opens each alternative of the date pattern, and how to read it."""


def _match(found: regex.Match[str]) -> DateMatch | None:
    for group, read in _FORMS:
        if found[group] is not None:
            return read(found)
    return None  # pragma: no cover - every alternative opens with one of the groups


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMatch]:
    """Dates, months and years in ``text[start:end]``, in order.

    >>> [(d.text, d.year, d.month, d.day) for d in find_dates("2021年1月21日印发,2020年度")]
    [('2021年1月21日', 2021, 1, 21), ('2020年度', 2020, None, None)]
    >>> next(find_dates("二〇一二年一月四日")).date
    datetime.date(2012, 1, 4)
    """
    first = min(max(start, 0), len(text))
    stop = len(text) if end is None else min(max(end, first), len(text))
    for found in _DATE.finditer(text, first, stop):
        date = _match(found)
        if date is not None:
            yield date


def find_years(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMatch]:
    """Bare years and year ranges (``2020年``, ``2020年度``, ``2010-2020年``), not years of dates.

    >>> [d.year for d in find_years("关于2020年工作情况及2021年工作思路,2021年1月21日")]
    [2020, 2021]
    """
    for found in find_dates(text, start, end):
        if found.year is not None and found.month is None:
            yield found


def parse_date(text: str) -> datetime.date | None:
    """The first full date ``text`` states, or None.

    >>> parse_date("发布时间:2021-01-21 15:08")
    datetime.date(2021, 1, 21)
    >>> parse_date("20201230")
    datetime.date(2020, 12, 30)
    """
    for found in find_dates(text.strip()):
        if found.date is not None:
            return found.date
    return None
