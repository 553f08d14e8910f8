"""Span and Spans: every lookup agrees with a plain scan over the same spans."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minzheng import Span
from minzheng._errors import StructureError
from minzheng.text.span import Spans

pairs = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=8).map(
    lambda found: [(start, start + size) for start, size in found]
)
positions = st.integers(-2, 52)


def _last_starting(rows: list[tuple[int, int]], position: int) -> int:
    return max((index for index, (start, _) in enumerate(rows) if start <= position), default=-1)


@given(pairs, positions)
def test_at_is_the_last_span_starting_before_if_it_holds(found, position):
    spans = Spans.of(found)
    rows = sorted(found)
    index = _last_starting(rows, position)
    want = index if index >= 0 and position < rows[index][1] else -1
    assert spans.at(position) == want
    assert spans.holds(position) is (want >= 0)


@given(pairs, positions, st.integers(0, 6))
def test_holding_needs_the_whole_range(found, start, size):
    spans = Spans.of(found)
    rows = sorted(found)
    index = spans.holding(start, start + size)
    if index >= 0:
        assert rows[index][0] <= start
        assert start + size <= rows[index][1]
        assert index == spans.at(start)
    else:
        at = spans.at(start)
        assert at < 0 or start + size > rows[at][1]


@given(pairs, positions, st.integers(0, 6))
def test_overlaps_agrees_with_a_scan(found, start, size):
    end = start + size
    assert Spans.of(found).overlaps(start, end) == any(s < end and start < e for s, e in found)


@given(pairs, st.lists(positions, unique=True, max_size=20))
def test_without_drops_what_at_holds(found, wanted):
    spans = Spans.of(found)
    wanted.sort()
    assert spans.without(wanted) == [at for at in wanted if not spans.holds(at)]


@given(st.data())
def test_innermost_of_nested_spans(data):
    # A tree of nested spans built from the outside in, parents first.
    rows: list[tuple[int, int]] = []

    def grow(start: int, end: int, depth: int) -> None:
        position = start
        for _ in range(data.draw(st.integers(0, 2 if depth < 3 else 0))):
            if position + 2 > end:
                break
            child_start = data.draw(st.integers(position, end - 2))
            child_end = data.draw(st.integers(child_start + 1, end))
            rows.append((child_start, child_end))
            grow(child_start + 1, child_end, depth + 1)
            position = child_end

    grow(0, 60, 0)
    spans = Spans.of(rows)
    position = data.draw(st.integers(0, 60))
    holders = [index for index, (start, end) in enumerate(sorted(rows)) if start <= position < end]
    assert spans.innermost(position) == (holders[-1] if holders else -1)


@given(pairs, st.integers(0, 50), st.integers(0, 50))
def test_within_and_from_position(found, start, end):
    spans = Spans.of(found)
    rows = sorted(found)
    assert [(s.start, s.end) for s in spans.within(start, end)] == [
        row for row in rows if start <= row[0] < end
    ]
    assert [(s.start, s.end) for s in spans.from_position(start)] == [row for row in rows if row[0] >= start]


def test_tags_select_and_join():
    spans = Spans.of([(0, 2), (3, 5), (6, 8)], tags=[1, 2, 1])
    assert [(s.start, s.end) for s in spans.only(1)] == [(0, 2), (6, 8)]
    assert spans.where(2) == [1]
    assert spans.where(1, start=1) == [2]
    joined = Spans.join([spans[:1], spans[2:]])
    assert list(joined.rows()) == [(0, 2, 1), (6, 8, 1)]
    assert joined == spans.only(1)
    assert hash(joined) == hash(spans.only(1))


def test_spans_refuse_arrays_of_different_lengths():
    with pytest.raises(ValueError, match="one each per span"):
        Spans(array("q", [0]), array("q", [1, 2]))


def test_a_span_refuses_to_run_backwards():
    with pytest.raises(StructureError):
        Span(3, 2)
