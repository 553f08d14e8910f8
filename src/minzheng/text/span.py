"""Positions in a text: one :class:`Span`, the :class:`Script` of a text, and :class:`Spans`.

These are the text layer's vocabulary, defined below everything else: the model
re-exports :class:`Span` and :class:`Script`, and every stage that keeps many stretches of
one text (lines and their zones, quotations, sections, noise) holds them as one
:class:`Spans`.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import attrs

from minzheng._errors import StructureError

__all__ = ["Script", "Span", "Spans"]


@attrs.frozen(order=True)
class Span:
    """Half-open ``[start, end)`` character range in the report's normalized text."""

    start: int
    """First character."""
    end: int
    """One past the last character."""

    def __attrs_post_init__(self) -> None:
        # One comparison rather than two attrs validators: a long report makes many spans.
        if not 0 <= self.start <= self.end:
            msg = f"span [{self.start}, {self.end}) needs 0 <= start <= end"
            raise StructureError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, other: object) -> bool:
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, int):
            return self.start <= other < self.end
        return False

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


class Script(enum.StrEnum):
    """Script of the source text."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"


@attrs.frozen
class _TagTables:
    """``bytes.translate`` tables that keep chosen tags (cached per set of tags)."""

    tables: dict[frozenset[int], bytes] = attrs.field(factory=dict)

    def keep(self, tags: frozenset[int]) -> bytes:
        """A table mapping the codes in ``tags`` to 1 and every other byte to 0."""
        table = self.tables.get(tags)
        if table is None:
            table = self.tables[tags] = bytes(code in tags for code in range(256))
        return table


_KEEP = _TagTables()


class Spans(Sequence[Span]):
    """Many spans of one text, sorted by start, each with a one-byte tag, held in arrays.

    A long report has hundreds of thousands of lines, sentences or quotations: one object
    each would cost memory, and time in the garbage collector for as long as a parse holds
    them. Indexing builds a :class:`Span` on demand; scans read :attr:`starts`,
    :attr:`ends` and :meth:`tag`, or :meth:`rows`.

    Lookups by position take the *last span that starts at or before* it (:meth:`at`), which
    is the span holding it when spans do not overlap; :meth:`innermost` walks back through
    nested spans (sections) instead.

    >>> spans = Spans.of([(5, 9), (0, 4)])
    >>> list(spans), spans.at(2), spans.at(4), spans.holding(6, 9)
    ([Span(start=0, end=4), Span(start=5, end=9)], 0, -1, 1)
    """

    __slots__ = ("_ends", "_longest", "_starts", "_tags")

    def __init__(self, starts: array[int], ends: array[int], tags: bytes | None = None) -> None:
        tags = bytes(len(starts)) if tags is None else tags
        if not len(starts) == len(ends) == len(tags):
            msg = f"{len(starts)} starts, {len(ends)} ends and {len(tags)} tags: one each per span"
            raise ValueError(msg)
        self._starts = starts
        self._ends = ends
        self._tags = tags
        self._longest: int | None = None

    @classmethod
    def of(cls, pairs: Iterable[tuple[int, int]], tags: Iterable[int] | None = None) -> Spans:
        """Spans from ``(start, end)`` pairs (and a tag each), sorted by start then end.

        >>> Spans.of([(3, 4), (0, 2)], tags=[7, 8]).tag(0)
        8
        """
        if tags is None:  # most callers: the pairs alone, sorted as they are
            ordered = sorted(pairs)
            return cls(
                array("q", map(operator.itemgetter(0), ordered)),
                array("q", map(operator.itemgetter(1), ordered)),
                bytes(len(ordered)),
            )
        rows = sorted(zip(pairs, tags, strict=True))
        return cls(
            array("q", [start for (start, _), _ in rows]),
            array("q", [end for (_, end), _ in rows]),
            bytes(tag for _, tag in rows),
        )

    @classmethod
    def join(cls, parts: Iterable[Spans]) -> Spans:
        """The spans of ``parts``, one after the other (each part after the one before)."""
        starts, ends, tags = array("q"), array("q"), bytearray()
        for part in parts:
            starts.extend(part.starts)
            ends.extend(part.ends)
            tags += part.tags
        return cls(starts, ends, bytes(tags))

    @property
    def starts(self) -> Sequence[int]:
        """Where each span starts, in order."""
        return self._starts

    @property
    def ends(self) -> Sequence[int]:
        """Where each span ends."""
        return self._ends

    @property
    def tags(self) -> bytes:
        """The tag of each span."""
        return self._tags

    def tag(self, index: int) -> int:
        """The tag of span ``index``."""
        return self._tags[index]

    def span(self, index: int) -> Span:
        """Span ``index``."""
        return Span(self._starts[index], self._ends[index])

    def rows(self) -> Iterator[tuple[int, int, int]]:
        """Each span's start, end and tag, in order, with no :class:`Span` built."""
        return zip(self._starts, self._ends, self._tags, strict=True)

    def rows_as_pairs(self) -> Iterator[tuple[int, int]]:
        """Each span's start and end, in order."""
        return zip(self._starts, self._ends, strict=True)

    def _last_starting(self, position: int) -> int:
        return bisect.bisect_right(self._starts, position) - 1

    def at(self, position: int) -> int:
        """Index of the last span starting at or before ``position`` if it holds it, else -1.

        >>> Spans.of([(0, 3), (3, 3), (5, 8)]).at(3), Spans.of([(0, 3), (5, 8)]).at(7)
        (-1, 1)
        """
        index = self._last_starting(position)
        return index if index >= 0 and position < self._ends[index] else -1

    def holds(self, position: int) -> bool:
        """Whether :meth:`at` finds a span holding ``position``."""
        return self.at(position) >= 0

    def holding(self, start: int, end: int) -> int:
        """Index of the span :meth:`at` finds for ``start`` if it holds all of ``[start, end)``, else -1."""
        index = self._last_starting(start)
        if index >= 0 and start < self._ends[index] and end <= self._ends[index]:
            return index
        return -1

    def innermost(self, position: int) -> int:
        """Index of the innermost of nested spans holding ``position``, else -1.

        Nested spans (a section and its subsections) are sorted by start, parents first;
        the innermost holder is the last one starting at or before ``position`` whose span
        still covers it.

        >>> Spans.of([(0, 10), (2, 5), (6, 8)]).innermost(5)
        0
        """
        index = self._last_starting(position)
        while index >= 0:
            if position < self._ends[index]:
                return index
            index -= 1
        return -1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any span (spans may overlap).

        >>> Spans.of([(0, 10), (12, 13)]).overlaps(9, 12), Spans.of([(0, 10)]).overlaps(10, 12)
        (True, False)
        """
        if self._longest is None:
            self._longest = max(
                (end - start for start, end in zip(self._starts, self._ends, strict=True)), default=0
            )
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return any(start < self._ends[index] and self._starts[index] < end for index in range(low, high))

    def without(self, positions: list[int]) -> list[int]:
        """``positions`` (sorted) less those that :meth:`holds`.

        A span that a later one starts inside holds only up to where the later one starts,
        as :meth:`at` reads them.

        >>> Spans.of([(2, 4), (6, 9)]).without([1, 2, 3, 4, 8, 9])
        [1, 4, 9]
        """
        kept: list[int] = []
        first = 0
        count = len(self._starts)
        for index in range(count):
            start, end = self._starts[index], self._ends[index]
            held_end = end if index + 1 == count else min(end, self._starts[index + 1])
            low = bisect.bisect_left(positions, start, first)
            high = max(low, bisect.bisect_left(positions, held_end, low))
            kept.extend(positions[first:low])
            first = high
        kept.extend(positions[first:])
        return kept

    def from_position(self, position: int) -> Spans:
        """The spans that start at or after ``position``."""
        return self[bisect.bisect_left(self._starts, position) :]

    def within(self, start: int, end: int) -> Spans:
        """The spans that start in ``[start, end)``."""
        return self[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def only(self, *tags: int) -> Spans:
        """The spans with one of ``tags``, in order."""
        keep = self._tags.translate(_KEEP.keep(frozenset(tags)))
        return self._compressed(keep)

    def where(self, *tags: int, start: int = 0) -> list[int]:
        """Indexes of the spans with one of ``tags``, from span ``start`` on."""
        return list(self.each_where(*tags, start=start))

    def each_where(self, *tags: int, start: int = 0) -> Iterator[int]:
        """:meth:`where` one index at a time, for a walk that may stop early: no list of them is made.

        >>> list(Spans.of([(0, 1), (2, 3), (4, 5)], tags=[1, 2, 1]).each_where(1, start=1))
        [2]
        """
        keep = self._tags[start:].translate(_KEEP.keep(frozenset(tags)))
        return itertools.compress(range(start, len(self._tags)), keep)

    def retagged(self, tags: bytes) -> Spans:
        """The same spans with other tags, one per span."""
        return type(self)(self._starts, self._ends, tags)

    def only_where(self, keep: bytes) -> Spans:
        """The spans at whose index ``keep`` holds a byte other than 0, in order."""
        return self._compressed(keep)

    def _compressed(self, keep: bytes) -> Spans:
        return type(self)(
            array("q", itertools.compress(self._starts, keep)),
            array("q", itertools.compress(self._ends, keep)),
            bytes(itertools.compress(self._tags, keep)),
        )

    def __len__(self) -> int:
        return len(self._tags)

    @overload
    def __getitem__(self, index: int) -> Span: ...
    @overload
    def __getitem__(self, index: slice) -> Spans: ...
    def __getitem__(self, index: int | slice) -> Span | Spans:
        if isinstance(index, slice):
            return type(self)(self._starts[index], self._ends[index], self._tags[index])
        return Span(self._starts[index], self._ends[index])

    def __iter__(self) -> Iterator[Span]:
        for start, end in zip(self._starts, self._ends, strict=True):
            yield Span(start, end)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Spans):
            return NotImplemented
        return (self._starts, self._ends, self._tags) == (other._starts, other._ends, other._tags)

    def __hash__(self) -> int:
        return hash((self._starts.tobytes(), self._ends.tobytes(), self._tags))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({[(*span, tag) for *span, tag in self.rows()]!r})"
