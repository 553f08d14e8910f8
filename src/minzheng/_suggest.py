"""Known values of query filters, and the nearest of them to a value that is not known.

A query for a category, action or region that no report could hold is a typo far more
often than a question: ``standards(category="底保")`` should say ``低保``, not return
nothing. What is known is the shared vocabulary (:mod:`minzheng.parse.vocabulary`), the
administrative divisions (:mod:`minzheng.parse.regions`) and whatever the reports hold.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable

from minzheng._errors import UnknownValueError

__all__ = [
    "SUGGESTIONS",
    "check_known",
    "is_region",
    "known_actions",
    "known_categories",
    "nearest",
    "region_names",
    "wording_categories",
]

SUGGESTIONS = 3
"""How many known values an error suggests at most."""

_CUTOFF = 0.4
"""Least similarity (:class:`difflib.SequenceMatcher` ratio) of a suggestion: one character
of two (``底保`` → ``低保``) is 0.5."""


@functools.cache
def known_categories() -> frozenset[str]:
    """The canonical category keys of the shared vocabulary (``低保``, ``特困供养`` …)."""
    from minzheng.parse import vocabulary  # noqa: PLC0415 (the parser's tables, on first query)

    split = {key for _, keys in vocabulary.SPLIT_CATEGORIES for key in keys}
    return frozenset({category.key for category in vocabulary.CATEGORIES} | split)


@functools.cache
def known_actions() -> frozenset[str]:
    """The actions a funding can record (``发放``, ``投入``, ``提高`` …)."""
    from minzheng.parse import vocabulary  # noqa: PLC0415 (the parser's tables, on first query)

    return frozenset(action.canonical for action in vocabulary.ACTIONS)


def wording_categories(wording: str) -> tuple[str, ...]:
    """The canonical keys that a source wording names: ``最低生活保障`` is ``低保``.

    >>> wording_categories("农村最低生活保障"), wording_categories("养老")
    (('低保',), ())
    """
    from minzheng.parse import vocabulary  # noqa: PLC0415 (the parser's tables, on first query)

    found: list[str] = []
    for match in vocabulary.category_pattern().finditer(wording):
        index = int(next(name for name, value in match.groupdict().items() if value is not None)[1:])
        key = vocabulary.CATEGORIES[index].key
        if key not in found:
            found.append(key)
    return tuple(found)


def nearest(value: str, known: Iterable[str], n: int = SUGGESTIONS) -> list[str]:
    """The known values nearest to ``value``: most similar first, then those that hold it.

    >>> nearest("底保", ["低保", "临时救助", "特困供养"])
    ['低保']
    >>> nearest("孤儿", ["散居孤儿基本生活费", "低保"])
    ['散居孤儿基本生活费']
    """
    candidates = sorted(set(known))
    close = difflib.get_close_matches(value, candidates, n=n, cutoff=_CUTOFF)
    holding = [one for one in candidates if value in one and one not in close]
    return [*close, *holding][:n]


def check_known(name: str, values: Iterable[str], known: Iterable[str], *, extra: Iterable[str] = ()) -> None:
    """Raise :class:`UnknownValueError` for the first value that is not known, with suggestions.

    ``extra`` are further values to suggest first (the keys a wording names).
    """
    known_set = frozenset(known)
    for value in values:
        if value in known_set:
            continue
        suggestions = list(dict.fromkeys([*extra, *nearest(value, known_set)]))[:SUGGESTIONS]
        hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
        msg = f"unknown {name} {value!r}{hint}"
        raise UnknownValueError(msg, value=value, suggestions=tuple(suggestions))


def region_names(needle: str, present: Iterable[str]) -> frozenset[str]:
    """The full region names a query's region stands for.

    That is the name itself, its full forms, and the names present in the reports that it
    shortens (``湖北`` is ``湖北省``; ``新津`` is ``新津区`` where a report names 新津区).

    >>> sorted(region_names("湖北", ["湖北省", "天门市"]))
    ['湖北', '湖北省']
    >>> sorted(region_names("新津", ["新津区"]))
    ['新津', '新津区']
    """
    from minzheng.parse import regions  # noqa: PLC0415 (the division data, on first query)

    names = {needle, *(region.name for region in regions.lookup(needle))}
    for name in present:
        if needle in {regions.short_name(name), regions.abbreviation(name)}:
            names.add(name)
    return frozenset(names)


def is_region(name: str) -> bool:
    """Whether ``name`` is a region of the division data, full or short (``湖北``, ``天门市``).

    >>> is_region("湖北"), is_region("湖北省"), is_region("湖百省")
    (True, True, False)
    """
    from minzheng.parse import regions  # noqa: PLC0415 (the division data, on first query)

    return bool(regions.lookup(name))
