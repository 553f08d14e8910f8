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


# A wrap that cuts a number just before its decimal point leaves the next line opening on
# what looks like an item's number (``0.3万元``, ``12.5%``): it is the rest of the number.
WRAPPED_AT_A_DECIMAL = [
    pytest.param(
        "全年城市低保累计支出1296.4万元，同比增长8.2%，农村低保累计支出392\n"
        "6.3万元，同比增长12.43%，临时救助累计支出二百余万元，同比持平\n"
        "特困人员供养支出503.8万元，同比增长6.7%，各项资金均按时足额发放",
        "农村低保累计支出3926.3万元",
        id="ten-thousands-cut-before-the-point",
    ),
    pytest.param(
        "城乡居民最低生活保障标准提高后，月人均补助水平达到每人每月41\n"
        "2.50元，较上年提高了二十元，惠及全县城乡低保对象一万二千余人口\n"
        "今年还将继续推动城乡低保标准统筹，逐步缩小城乡之间的保障差距",
        "每人每月412.50元",
        id="yuan-with-cents",
    ),
    pytest.param(
        "全市养老机构床位总数达到一万八千张，其中护理型床位占比达到6\n"
        "8.5%，较上年末提高五个百分点，社区养老服务设施覆盖率继续提高\n"
        "农村互助养老服务点达到三百六十个，覆盖全部行政村的九成以上",
        "占比达到68.5%",
        id="a-share-cut-before-the-point",
    ),
]


@pytest.mark.parametrize(("text", "joined"), WRAPPED_AT_A_DECIMAL)
def test_a_wrap_before_a_decimal_point_joins_the_number(text: str, joined: str) -> None:
    assert any(joined in view for view in _views(text))


def test_a_numbered_item_after_a_full_line_still_opens_a_paragraph() -> None:
    text = (
        "全年城市低保累计支出1296.4万元，同比增长8.2%，农村低保累计支出392\n"
        "1.做好特困人员供养工作，全年累计救助三百余人次，做到应养尽养\n"
        "全年特困人员供养支出503.8万元，同比增长6.7%，各项资金均按时足额"
    )
    assert any(view.startswith("1.做好特困人员供养工作") for view in _views(text))


# A full line that ends on a closing quote or bracket goes on on the next line unless a
# closing mark stands before it: a wrap may fall after ``“应保尽保”`` or ``（一）``.
CLOSERS_AT_A_WRAP = [
    pytest.param(
        "全县认真落实城乡低保政策，坚持动态管理，切实做到“应保尽保”\n"
        "，全年累计保障城乡低保对象一万二千余人，发放低保金四千余万元\n"
        "，确保了困难群众基本生活，各项救助政策落实到位，群众满意度高",
        "切实做到“应保尽保”，全年累计保障",
        id="a-closing-quote",
    ),
    pytest.param(
        "按照县委县政府部署，现将有关情况报告如下：一、基本情况（一）\n"
        "城乡低保工作今年以来，全镇累计发放低保金二百余万元，保障对象\n"
        "动态调整，特困供养工作稳步推进，全镇集中供养特困人员四十六人",
        "一、基本情况（一）城乡低保工作",
        id="a-numbering-in-brackets",
    ),
    pytest.param(
        "全镇认真贯彻落实《某省城乡居民最低生活保障审核确认办法（试行）》\n"
        "和《某市特困人员认定办法》，规范审核确认程序，全年新增低保对象\n"
        "三百余户，退出低保对象二百余户，动态管理机制进一步健全，群众满意",
        "办法（试行）》和《某市特困人员认定办法》",
        id="a-title-in-brackets-cut-across",
    ),
]


@pytest.mark.parametrize(("text", "joined"), CLOSERS_AT_A_WRAP)
def test_a_closer_at_a_full_lines_end_wraps(text: str, joined: str) -> None:
    assert any(joined in view for view in _views(text))


def test_a_closer_after_a_full_stop_ends_the_paragraph() -> None:
    text = (
        "县民政局负责人表示：“下一步将继续提高城乡低保标准，做好救助工作。”\n"
        "全年累计保障城乡低保对象一万二千余人，发放低保金四千余万元，确保\n"
        "了困难群众基本生活，各项救助政策落实到位，群众满意度不断提升。"
    )
    assert _paragraphs(text)[0].endswith("做好救助工作。”")


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
