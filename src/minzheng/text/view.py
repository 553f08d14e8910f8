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

import bisect
import itertools
import re
import string
from array import array
from collections.abc import Iterable, Iterator

import attrs

from minzheng.text.normalize import OffsetMap
from minzheng.text.span import Span, Spans

__all__ = ["EDGE", "GAP", "INDENT", "Squeezed", "spaced_digits", "squeeze", "squeezed"]

# --- layout evidence ---------------------------------------------------------------------
# The view takes out stray spaces, so that readers need not allow for them. Some spaces
# are no accident but layout: the indentation that opens a line and the spaces that close
# it (which the view keeps, at a line's edges), the padding at the edge of a field (around
# the separator that sets a site's name apart from a title, between toolbar buttons), and
# the run that sets two fields of a header line apart (a date and its source, a name and
# its byline in parentheses), which the view would take out. The few patterns that read
# layout say so with these names; a space inside a field (a letter-spaced label, a spaced
# date) is no layout, and its reader reads the view.

EDGE = r"\s*"
"""Spaces at the edge of a line or a field (indentation, trailing blanks, a separator's padding): layout."""
INDENT = r"[^\S\n]*"
""":data:`EDGE` in a scan over a whole text, which never crosses a line break (a line's indentation)."""
GAP = r"\s+"
"""A run of spaces that sets two fields of a line apart (``2020-12-26 天津日报``): layout evidence.

The view takes such a run out, so a pattern that needs it reads the text, not the view.
"""

_SPACES = re.compile(r"[ \t]+")
_ALNUM = frozenset(string.ascii_letters + string.digits)
"""Latin letters and digits: a run of spaces between two of them is kept."""
_DIGIT = re.compile(r"[0-9]")
_UNCHANGED = OffsetMap()
"""The map of a view that took nothing out (never changed: shared)."""


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

    def spans(self, pairs: Iterable[tuple[int, int]]) -> list[Span]:
        """:meth:`span` of each ``(start, end)`` of the view, in the order given: one walk through the map.

        >>> view = squeeze("每人 800 元，每户 2 人")
        >>> view.spans([(5, 9), (0, 6)]) == [view.span(5, 9), view.span(0, 6)]
        True
        """
        given = list(pairs)
        # A start passes a group (a run taken out) at its view end, an end only after it.
        starts = self._in_text(sorted({start for start, _ in given}), 0)
        ends = self._in_text(sorted({end for start, end in given if start < end}), 1)
        return [Span(starts[start], ends[end] if start < end else starts[start]) for start, end in given]

    def _in_text(self, positions: list[int], past: int) -> dict[int, int]:
        """The whole text's position of each view position (sorted), one walk through the map.

        A position passes group ``g`` of the map once it reaches the group's view end plus
        ``past``; past ``g`` groups it moves by where the last of them ends in the text.
        No list as long as the map is made: a text of short words has a group every few characters.
        """
        view_ends, source_ends = self.offsets.norm_ends, self.offsets.source_ends
        count, found, group, shift = len(view_ends), {}, 0, self.start
        for position in positions:
            while group < count and view_ends[group] + past <= position:
                shift = self.start + source_ends[group] - view_ends[group]
                group += 1
            found[position] = position + shift
        return found

    def cuts(self, start: int, end: int) -> list[int]:
        """The positions in ``[start, end)`` of the view where a run of spaces was taken out.

        >>> view = squeeze("为你而来 相伴成长")
        >>> view.cuts(0, len(view.text)), view.text[:4]
        ([4], '为你而来')
        """
        at = self.offsets.norm_starts
        return list(at[bisect.bisect_left(at, start) : bisect.bisect_left(at, end)])

    def gap_before(self, position: int) -> bool:
        """Whether a run of spaces stood in the text right before ``position`` of the view.

        Taken out, or kept between two Latin letters or digits: where a reader of the view
        needs the layout the view took out (the gap that sets two fields of a line apart).

        >>> view = squeeze("2020 - 12 - 26   某某晚报 APP 2.0")
        >>> view.text, view.gap_before(view.text.index("某")), view.gap_before(5), view.gap_before(15)
        ('2020-12-26某某晚报APP 2.0', True, True, False)
        >>> view.gap_before(view.text.index("2.0"))
        True
        """
        return self.text[position - 1 : position] in {" ", "\t"} or bool(self.cuts(position, position + 1))

    def from_text(self, position: int) -> int:
        """The view position of ``position`` in the whole text; a removed space stands where it was cut out.

        The inverse of :meth:`to_text` on the characters the view keeps, so that stretches
        of the text (paragraphs, sections) can be read in the view.

        >>> view = squeeze("每人每月 728 元")
        >>> view.from_text(5), view.from_text(4), view.from_text(9), view.text[4]
        (4, 4, 7, '7')
        """
        at = position - self.start
        offsets = self.offsets
        before = bisect.bisect_right(offsets.source_ends, at)  # groups that end at or before it
        if before < len(offsets) and offsets.source_starts[before] <= at:
            return offsets.norm_starts[before]
        if not before:
            return at
        return at - (offsets.source_ends[before - 1] - offsets.norm_ends[before - 1])

    def spans_in_view(self, spans: Spans) -> Spans:
        """``spans`` of the whole text (sorted, none overlapping) as spans of the view, tags kept.

        What :meth:`from_text` gives each start and end, in one walk through the map.

        >>> view = squeeze("低保 标准，每人 800 元")
        >>> [view.text[s.start : s.end] for s in view.spans_in_view(Spans.of([(0, 5), (6, 14)]))]
        ['低保标准', '每人800元']
        """
        offsets = self.offsets
        if not len(offsets) and not self.start:  # a view of the whole text that took nothing out
            return spans
        # Every start and end in turn (they ascend), each mapped past the groups before it;
        # read from the arrays as the walk goes, since a list of them would outgrow the text.
        both = itertools.chain.from_iterable(zip(spans.starts, spans.ends, strict=True))
        mapped = array("q", bytes(8 * len(spans))), array("q", bytes(8 * len(spans)))  # starts, ends
        sources, views = offsets.source_starts, offsets.norm_starts
        limits, view_ends = offsets.source_ends, offsets.norm_ends  # where each group ends
        count, group, shift = len(offsets), 0, 0
        for index, whole in enumerate(both):
            position = whole - self.start
            while group < count and limits[group] <= position:
                shift = limits[group] - view_ends[group]
                group += 1
            into = views[group] if group < count and sources[group] <= position else position - shift
            mapped[index & 1][index >> 1] = into
        return Spans(*mapped, spans.tags)


def _space_runs(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """Each run of spaces and tabs in ``text[start:stop]``, as ``[first, last)``.

    What ``_SPACES.finditer`` finds, found by ``str.find``, which scans a long text several
    times faster than a pattern of a class of characters.
    """
    find = text.find
    space, tab = find(" ", start, stop), find("\t", start, stop)
    while space >= 0 or tab >= 0:
        first = space if tab < 0 or 0 <= space < tab else tab
        last = first + 1
        while last < stop and text[last] in " \t":
            last += 1
        yield first, last
        if 0 <= space < last:
            space = find(" ", last, stop)
        if 0 <= tab < last:
            tab = find("\t", last, stop)


def _cuts(
    text: str, start: int, stop: int, removed: Iterable[tuple[int, int]], within: Spans | None
) -> Iterator[tuple[int, int]]:
    """The ranges the view takes out of ``text[start:stop]``: squeezable spaces and ``removed``, merged.

    Found as the view is built, not listed first, when nothing else is removed there: a
    text of many short words has a run of spaces every few characters.
    """
    inside = [(first, last) for first, last in removed if first < stop and start < last]
    runs = _squeezable(text, start, stop, within)
    if not inside:
        return runs  # runs of spaces: in order, none touching another
    return iter(_merged([*runs, *((max(first, start), min(last, stop)) for first, last in inside)]))


def _squeezable(text: str, start: int, stop: int, within: Spans | None) -> Iterator[tuple[int, int]]:
    """The runs of spaces in ``text[start:stop]`` that the view takes out, in order."""
    holders = _Holders(within)
    for first, last in _space_runs(text, start, stop):
        if first == start or last == stop:
            continue  # at an edge of the stretch: kept
        before, after = text[first - 1], text[last]
        if before == "\n" or after == "\n" or (before in _ALNUM and after in _ALNUM):
            continue  # at an edge of a line, or between two Latin letters or digits: kept
        if holders.hold(first, last):
            yield first, last


def _merged(cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cuts`` sorted, with those that touch or overlap made one, empty ones left out."""
    cuts.sort()
    merged: list[tuple[int, int]] = []
    for first, last in cuts:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        elif first < last:
            merged.append((first, last))
    return merged


class _Holders:
    """Whether runs of spaces, met in text order, lie inside one of some stretches (or inside any: None)."""

    def __init__(self, within: Spans | None) -> None:
        self._starts = () if within is None else within.starts
        self._ends = () if within is None else within.ends
        self._any = within is None
        self._index = 0

    def hold(self, first: int, last: int) -> bool:
        """Whether ``[first, last)`` lies inside a stretch; runs come in text order."""
        if self._any:
            return True
        ends, index = self._ends, self._index
        while index < len(ends) and ends[index] <= first:
            index += 1
        self._index = index
        return index < len(ends) and self._starts[index] <= first and last <= ends[index]


def squeeze(
    text: str,
    start: int = 0,
    end: int | None = None,
    removed: Iterable[tuple[int, int]] = (),
    within: Spans | None = None,
) -> Squeezed:
    r"""The squeezed view of ``text[start:end]``, with the ``removed`` ranges taken out too.

    ``removed`` is what else a reader must skip: the line break and page counter where a
    paragraph was joined (:attr:`minzheng.text.document.Document.joins`). With ``within``
    (sorted stretches, none overlapping: the body's paragraphs), only spaces inside them go.

    >>> squeeze("共 3 500 元").text
    '共3 500元'
    >>> squeeze("Time Bank 平台").text
    'Time Bank平台'
    >>> squeeze("共计72.91\n2、4万元", removed=[(7, 10)]).text
    '共计72.914万元'
    >>> squeeze("首页 > 新闻\n每人 800 元", within=Spans.of([(8, 16)])).text
    '首页 > 新闻\n每人800元'
    """
    stop = len(text) if end is None else min(end, len(text))
    if removed == () and within is None:
        return _squeeze_plain(text, start, stop)
    return _built(text, start, stop, _cuts(text, start, stop, removed, within))


def squeezed(text: str) -> str:
    """The squeezed view of a short string (a title, a heading, a line) as a string.

    For readers that take a value from what they find (a year, a yes or no), not a span.

    >>> squeezed("2020 年 度 工作 总结")
    '2020年度工作总结'
    """
    return squeeze(text).text if " " in text or "\t" in text else text


def _squeeze_plain(text: str, start: int, stop: int) -> Squeezed:
    """:func:`squeeze` with nothing else removed and every run squeezable: one pass, the map built as it goes.

    What short strings (a line, a title) take; the same view as the general path.
    """
    if text.find(" ", start, stop) < 0 and text.find("\t", start, stop) < 0:
        return Squeezed(text[start:stop], start, _UNCHANGED)  # nothing to take out: the common case
    return _built(text, start, stop, _plain_cuts(text, start, stop))


def _plain_cuts(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The runs of spaces :func:`_squeeze_plain` takes out: inside, not at a line break, nor amid letters."""
    for first, last in _space_runs(text, start, stop):
        if first == start or last == stop:
            continue
        before, after = text[first - 1], text[last]
        if before == "\n" or after == "\n" or (before in _ALNUM and after in _ALNUM):
            continue
        yield first, last


def _built(text: str, start: int, stop: int, cuts: Iterable[tuple[int, int]]) -> Squeezed:
    """The view of ``text[start:stop]`` with ``cuts`` (sorted, apart) taken out, and its map.

    Written as found, into pieces joined as they pile up and arrays: a list of pieces and
    changes would hold objects for every run of spaces, many times the text where words are short.
    """
    pieces = _Pieces()
    norm_starts, source_starts, source_ends = array("q"), array("q"), array("q")
    previous, shift = start, 0
    for first, last in cuts:
        pieces.add(text[previous:first])
        norm_starts.append(first - start - shift)
        source_starts.append(first - start)
        source_ends.append(last - start)
        shift += last - first
        previous = last
    if not source_starts:
        return Squeezed(text[start:stop], start, _UNCHANGED)
    pieces.add(text[previous:stop])
    offsets = OffsetMap(norm_starts, array("q", norm_starts), source_starts, source_ends)
    return Squeezed(pieces.joined(), start, offsets)


class _Pieces:
    """Pieces of a text, joined a batch at a time as they come: a list of them all would outgrow the text.

    >>> pieces = _Pieces()
    >>> for piece in ["每人", "800", "元"]:
    ...     pieces.add(piece)
    >>> pieces.joined()
    '每人800元'
    """

    __slots__ = ("_batch", "_joined")

    BATCH = 1024
    """Pieces held before they are joined into one."""

    def __init__(self) -> None:
        self._batch: list[str] = []
        self._joined: list[str] = []

    def add(self, piece: str) -> None:
        """Add ``piece`` after those added before."""
        batch = self._batch
        batch.append(piece)
        if len(batch) >= self.BATCH:
            self._joined.append("".join(batch))
            batch.clear()

    def joined(self) -> str:
        """Every piece added, in order, as one text."""
        return "".join([*self._joined, *self._batch])


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
