"""Paragraphs joined across page counters and hard wraps; readers see one run of text."""

from __future__ import annotations

import pytest

import minzheng
from minzheng import parse
from minzheng.text.document import read
from minzheng.text.noise import Noise
from minzheng.text.paragraphs import Join

PAGE = "临时救助" * 20  # a page's worth of prose with no closing mark at its end


def _paragraphs(text: str) -> list[str]:
    document = read(text)
    return [document.text[start:end] for start, end, _ in document.segments.paragraphs.rows()]


def _views(text: str) -> list[str]:
    document = read(text)
    return [document.view(start, end).text for start, end, _ in document.segments.paragraphs.rows()]


# Page counters of document-sharing sites: a page cut mid-sentence, the next one opened by N、.
COUNTERS = [
    pytest.param(f"{PAGE}共发放资金72.91\n2、4万元。", f"{PAGE}共发放资金72.914万元。", id="inside-a-number"),
    pytest.param(f"{PAGE}新建社区服\n3、务站两个。", f"{PAGE}新建社区服务站两个。", id="inside-a-word"),
    pytest.param(f"{PAGE}救助对象\n\n4、 一千余人。", f"{PAGE}救助对象一千余人。", id="blank-line-and-space"),
    pytest.param(
        f"1、某县民政局工作总结 {PAGE}惠及\n2、困难群众。",
        f"某县民政局工作总结{PAGE}惠及困难群众。",
        id="first-page",
    ),
]
# Ordinals that are the report's own: after a closing mark, after a short line, in a list.
HEADINGS = [
    pytest.param(f"一、社会救助\n1、{PAGE}。\n2、养老服务工作", id="after-a-full-stop"),
    pytest.param("（一）困难群众救助\n1、低保工作。全年发放低保金300万元。", id="after-a-short-heading"),
    pytest.param(f"{PAGE}，主要有：\n2、低保。", id="after-a-colon"),
]


@pytest.mark.parametrize(("text", "view"), COUNTERS)
def test_a_page_counter_is_noise_and_the_sentence_runs_on(text: str, view: str) -> None:
    document = read(text)
    markers = [document.text[s:e].strip() for s, e, tag in document.noise.rows() if tag == Noise.PAGE_MARKER]
    assert markers
    assert all(marker.endswith("、") for marker in markers)
    assert view in _views(text)


@pytest.mark.parametrize("text", HEADINGS)
def test_the_reports_own_ordinals_stay(text: str) -> None:
    document = read(text)
    assert not [tag for *_, tag in document.noise.rows() if tag == Noise.PAGE_MARKER]
    assert not [tag for *_, tag in document.joins.rows()]


LONG = PAGE * 3  # a page of a document-sharing site, its line breaks turned to spaces

# Page counters inside a line: the page's line breaks became spaces, the counters stayed.
COUNTERS_IN_A_LINE = [
    pytest.param(
        f"{LONG}新建社区服 2、务站两个,{LONG}全年共救助 3、一千余人。",
        ["新建社区服务站两个", "全年共救助一千余人"],
        id="inside-words",
    ),
    pytest.param(
        f"某县民政局工作总结 1、某县民政局工作总结 {LONG}惠及 2、困难群众{LONG}安排 3、资金三百万元。",
        ["惠及困难群众", "安排资金三百万元"],
        id="first-page-after-the-site-words",
    ),
    pytest.param(f"1、民政工作总结 {LONG}城乡 2、低保{LONG}。", ["城乡低保"], id="first-page-at-the-start"),
]
# A report's own items after a space: after a closing mark, one alone, or closer than a page.
ITEMS_IN_A_LINE = [
    pytest.param(
        f"一、社会救助 1、低保工作。{LONG}。 2、养老服务。{LONG}。 3、儿童福利。", id="after-full-stops"
    ),
    pytest.param(f"{LONG}主要有 2、三项工作{LONG}", id="one-alone"),
    pytest.param(f"{PAGE}主要有 2、低保 3、特困 4、临时救助", id="closer-than-a-page"),
]


@pytest.mark.parametrize(("text", "joined"), COUNTERS_IN_A_LINE)
def test_a_page_counter_inside_a_line_is_noise(text: str, joined: list[str]) -> None:
    document = read(text)
    markers = [document.text[s:e].strip() for s, e, tag in document.noise.rows() if tag == Noise.PAGE_MARKER]
    assert markers
    assert all(marker.endswith("、") for marker in markers)
    views = "".join(_views(text))
    assert all(words in views for words in joined)


@pytest.mark.parametrize("text", ITEMS_IN_A_LINE)
def test_the_reports_own_items_in_a_line_stay(text: str) -> None:
    document = read(text)
    assert not [tag for *_, tag in document.noise.rows() if tag == Noise.PAGE_MARKER]


def test_a_counter_inside_a_number_is_joined_with_a_diagnostic() -> None:
    report = parse(f"{PAGE}为2618户发放取暖补贴1\n3、30.9万元。")
    (diagnostic,) = [d for d in report.diagnostics if d.code == "text.page_marker_in_number"]
    assert "'1' and '30.9'" in diagnostic.message
    assert diagnostic.span is not None
    assert report.text[diagnostic.span.start : diagnostic.span.end] == "1\n3、30.9"


# Hard wraps: a page laid out at a fixed width, lines cut inside words and numbers.
WRAPPED = (
    "一、社会救助\n"
    "全年城乡低保标准由每人每月728元提高到每人每月7\n"
    "35元，农村低保标准同步提高，推进力度更有力，群众\n"
    "满意度不断提升，救助对象覆盖面进一步扩大到全县\n"
    "二、养老服务\n"
    "新建城乡社区居家养老服务站十二个，覆盖全部乡镇。"
)


def test_wrapped_lines_are_one_paragraph() -> None:
    document = read(WRAPPED)
    assert {tag for *_, tag in document.joins.rows()} == {Join.WRAP}
    views = _views(WRAPPED)
    assert (
        "全年城乡低保标准由每人每月728元提高到每人每月735元，农村低保标准同步提高，推进力度更有力，群众满意度不断提升，救助对象覆盖面进一步扩大到全县"
        in views
    )
    assert "一、社会救助" in views
    assert "二、养老服务" in views


def test_lines_of_uneven_length_are_not_wrapped() -> None:
    text = "一、工作情况\n全年发放低保金300万元\n二、工作计划\n继续提高城乡低保标准，做好临时救助"
    assert _paragraphs(text) == text.split("\n")
    assert not list(read(text).joins.rows())


def test_a_querys_sentence_runs_across_the_join_as_the_reader_did() -> None:
    report = parse(f"{PAGE}全年共发放城市低保金\n2、 300万元。其余工作顺利。", name="cut")
    (found,) = minzheng.ReportSet([report]).fundings()
    assert found.sentence.startswith(PAGE)
    assert found.sentence.endswith("300万元。")
    assert "\n2、" in found.sentence
