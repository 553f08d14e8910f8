r"""A squeezed view of a stretch of text: spaces inside numbers, units and labels taken out.

The view keeps a map back to the text. PDF dumps and scrapers put spaces everywhere:
``728 元 / 人 / 月提高 为 735 元`` reads ``728元/人/月提高为735元`` in the view, so a reader
of amounts, units or labels matches one unspaced form instead of allowing spaces in each
of its patterns. Positions in the view never leave the text layer: a reader maps every
span it finds back with :meth:`Squeezed.to_text` before it makes a fact of it.

What is taken out: every run of spaces or tabs inside a line, except one between two
Latin letters or digits (``Time Bank``, ``APP 2.0``). A run between two digits
(``3 500``) is kept as it is, since joining the digits could make a different number, and
is reported by :func:`spaced_digits` so that the reader can say so.

>>> view = squeeze("每人每月 728 元 / 人")
>>> view.text
'每人每月728元/人'
>>> view.to_text(4, 8)
(5, 10)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from minzheng.text.normalize import OffsetMap
from minzheng.text.span import Span

__all__ = ["Squeezed", "spaced_digits", "squeeze"]

_SPACES = re.compile(r"[ \t]+")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_DIGIT = re.compile(r"[0-9]")


@attrs.frozen
class Squeezed:
    """A stretch of text with its squeezable spaces taken out, and the map back."""

    text: str
    """The view: the stretch without its squeezable spaces."""
    start: int
    """Where the stretch begins in the whole text."""
    offsets: OffsetMap = attrs.field(repr=False)
    """Where the view and the stretch differ in length."""

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        """The span of the whole text behind ``[start, end)`` of the view (spaces inside it included)."""
        if end <= start:
            at = self.offsets.start(start) + self.start
            return at, at
        return self.offsets.start(start) + self.start, self.offsets.end(end) + self.start

    def span(self, start: int, end: int) -> Span:
        """:meth:`to_text` as a :class:`~minzheng.text.span.Span`."""
        return Span(*self.to_text(start, end))


def _squeezable(text: str, start: int, end: int) -> bool:
    """Whether the run of spaces at ``[start, end)`` goes: not between two Latin letters or digits."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if not before or not after or before == "\n" or after == "\n":
        return False
    return not (_ALNUM.match(before) and _ALNUM.match(after))


def _cuts(text: str, start: int, stop: int, removed: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges the view takes out of ``text[start:stop]``: squeezable spaces and ``removed``, merged."""
    cuts = [
        match.span()
        for match in _SPACES.finditer(text, start, stop)
        if match.start() != start and match.end() != stop and _squeezable(text, *match.span())
    ]
    inside = ((first, last) for first, last in removed if start < last and first < stop)
    cuts.extend((max(first, start), min(last, stop)) for first, last in inside)
    cuts.sort()
    merged: list[tuple[int, int]] = []
    for first, last in cuts:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        elif first < last:
            merged.append((first, last))
    return merged


def squeeze(
    text: str, start: int = 0, end: int | None = None, removed: Iterable[tuple[int, int]] = ()
) -> Squeezed:
    r"""The squeezed view of ``text[start:end]``, with the ``removed`` ranges taken out too.

    ``removed`` is what else a reader must skip: the line break and page counter where a
    paragraph was joined (:attr:`minzheng.text.document.Document.joins`).

    >>> squeeze("共 3 500 元").text
    '共3 500元'
    >>> squeeze("Time Bank 平台").text
    'Time Bank平台'
    >>> squeeze("共计72.91\n2、4万元", removed=[(7, 10)]).text
    '共计72.914万元'
    """
    stop = len(text) if end is None else min(end, len(text))
    changes: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    previous = start
    for first, last in _cuts(text, start, stop, removed):
        pieces.append(text[previous:first])
        changes.append((first - start, last - start, 0))
        previous = last
    if not changes:
        return Squeezed(text[start:stop], start, OffsetMap())
    pieces.append(text[previous:stop])
    return Squeezed("".join(pieces), start, OffsetMap.build(changes))


def spaced_digits(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Runs of spaces between two digits in ``text[start:end]`` (``3 500``): kept, and worth a word.

    >>> list(spaced_digits("共 3 500 元"))
    [Span(start=3, end=4)]
    """
    stop = len(text) if end is None else min(end, len(text))
    for match in _SPACES.finditer(text, start, stop):
        first, last = match.span()
        if _DIGIT.match(text[first - 1 : first]) and _DIGIT.match(text[last : last + 1]):
            yield Span(first, last)
