"""The squeezed view: spaces inside numbers, units and labels gone, every position mapped back."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from minzheng.text import view
from minzheng.text.span import Spans
from minzheng.text.view import spaced_digits, squeeze

SQUEEZED = [
    pytest.param(
        "标准由 728 元 / 人 / 月提高 为 735 元 / 人 / 月",
        "标准由728元/人/月提高为735元/人/月",
        id="pdf-spaced-units",
    ),
    pytest.param("发放资金 200 余万元", "发放资金200余万元", id="space-before-yu"),
    pytest.param("2024 年工作总结", "2024年工作总结", id="spaced-year"),
    pytest.param("月人均补差达 279.06 元", "月人均补差达279.06元", id="spaced-decimal"),
    pytest.param("推进力度更有力 度", "推进力度更有力度", id="wrapped-word"),
    pytest.param("\t每人每月800元", "\t每人每月800元", id="indentation-kept"),
]
KEPT = [
    pytest.param("共 3 500 元", "共3 500元", id="between-digits"),
    pytest.param("“Time Bank”时间银行", "“Time Bank”时间银行", id="latin-words"),
    pytest.param("APP 2.0 版", "APP 2.0版", id="latin-and-digit"),
    pytest.param("一行\n 二行", "一行\n 二行", id="line-break-and-indent"),
]


@pytest.mark.parametrize(("text", "view"), [*SQUEEZED, *KEPT])
def test_squeezed_text(text: str, view: str) -> None:
    assert squeeze(text).text == view


def test_spaced_digits_are_reported() -> None:
    text = "共 3 500 元，另 12 人"
    assert [text[s.start - 1 : s.end + 1] for s in spaced_digits(text)] == ["3 5"]


@given(st.text(st.sampled_from(list("12元 /人\t月ab\n低保")), max_size=30), st.data())
def test_every_view_span_maps_back_to_the_same_characters_less_spaces(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    view = squeeze(text, start)
    assert view.text.replace(" ", "").replace("\t", "") == text[start:].replace(" ", "").replace("\t", "")
    first = data.draw(st.integers(0, len(view.text)))
    last = data.draw(st.integers(first, len(view.text)))
    begin, end = view.to_text(first, last)
    assert start <= begin <= end <= len(text)
    assert text[begin:end].replace(" ", "").replace("\t", "") == view.text[first:last].replace(
        " ", ""
    ).replace("\t", "")


@given(st.text(st.sampled_from(list("12元 /人\t月ab\n低保")), max_size=30), st.data())
def test_text_positions_map_into_the_view_and_back(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    view = squeeze(text, start)
    for index in range(len(view.text)):
        begin, _ = view.to_text(index, index + 1)
        assert view.from_text(begin) == index
    positions = [view.from_text(position) for position in range(start, len(text) + 1)]
    assert positions == sorted(positions)
    assert positions[-1] == len(view.text)


@given(st.text(st.sampled_from(list("12元 /人\t月ab\n低保")), max_size=30), st.data())
def test_spans_map_into_the_view_as_their_positions_do(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    view = squeeze(text, data.draw(st.integers(0, min(cuts, default=0))))
    mapped = view.spans_in_view(Spans.of(pairs, tags=range(len(pairs))))
    assert [(span.start, span.end) for span in mapped] == [
        (view.from_text(start), view.from_text(end)) for start, end in pairs
    ]
    assert mapped.tags == bytes(range(len(pairs)))


def _squeezed_by_pattern(text: str) -> str:
    """The view as first written: every run of spaces found by a pattern, then judged."""
    pieces, previous = [], 0
    for match in regex.finditer(r"[ \t]+", text):
        first, last = match.span()
        before, after = text[first - 1 : first], text[last : last + 1]
        edge = first == 0 or last == len(text) or "\n" in (before, after)
        if edge or (before.isascii() and before.isalnum() and after.isascii() and after.isalnum()):
            continue
        pieces.append(text[previous:first])
        previous = last
    return "".join(pieces) + text[previous:]


@given(st.text(st.sampled_from(list("12元 /人\t月ab\n低保")), max_size=40))
def test_squeezed_text_is_what_a_pattern_over_every_run_gives(text: str) -> None:
    assert squeeze(text).text == _squeezed_by_pattern(text)


@given(st.text(st.sampled_from(list("12元 /人\t月ab\n低保")), max_size=30), st.data())
def test_many_view_spans_map_back_as_each_does(text: str, data: st.DataObject) -> None:
    view = squeeze(text, data.draw(st.integers(0, len(text))))
    ends = st.integers(0, len(view.text))
    pairs = [tuple(sorted(pair)) for pair in data.draw(st.lists(st.tuples(ends, ends), max_size=8))]
    assert view.spans(pairs) == [view.span(start, end) for start, end in pairs]


@given(st.text(st.sampled_from(list("12元 /人\t月ab\n低保")), max_size=40))
def test_only_spaces_within_the_stretches_given_are_taken_out(text: str) -> None:
    assert squeeze(text, within=Spans.of([(0, len(text))])).text == squeeze(text).text
    assert squeeze(text, within=Spans.of([])).text == text
    lines = Spans.of((match.start(), match.end()) for match in regex.finditer(r"[^\n]+", text))
    assert squeeze(text, within=lines).text == squeeze(text).text


def test_spaces_outside_the_body_stay() -> None:
    text = "首页 > 通知公告\n全年 发放 低保金 1200 万元"
    assert squeeze(text, within=Spans.of([(9, len(text))])).text == "首页 > 通知公告\n全年发放低保金1200万元"


@given(st.text(st.sampled_from(list("12元 /人\t月ab\n低保")), max_size=40), st.data())
def test_a_plain_squeeze_is_the_general_one(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain, general = squeeze(text, start, end), squeeze(text, start, end, removed=[])
    assert (plain.text, plain.start) == (general.text, general.start)
    for position in range(len(plain.text) + 1):
        assert plain.to_text(position, position) == general.to_text(position, position)
        assert plain.to_text(0, position) == general.to_text(0, position)
    assert plain.cuts(0, len(plain.text)) == general.cuts(0, len(general.text))


def test_a_text_of_many_short_words_is_squeezed_whole() -> None:
    words = "低保 救助 资金 " * 1_500  # thousands of runs: the view is joined in batches
    text = f"{words}\n{words}"
    assert squeeze(text).text == _squeezed_by_pattern(text)
    general = squeeze(text, within=Spans.of([(0, len(text))]))
    assert general.text == _squeezed_by_pattern(text)
    last = general.to_text(len(general.text) - 3, len(general.text) - 1)
    assert (last, text[slice(*last)]) == ((len(text) - 3, len(text) - 1), "资金")


def test_layout_evidence_is_named() -> None:
    assert regex.fullmatch(view.GAP, "  ")
    assert not regex.fullmatch(view.GAP, "")
    assert regex.fullmatch(view.EDGE, "")
    assert regex.fullmatch(view.EDGE, " \t")


def test_squeezed_strings() -> None:
    assert view.squeezed("发 布 时 间 ： 2024 - 02 - 09") == "发布时间：2024-02-09"
    assert view.squeezed("无空格") == "无空格"
