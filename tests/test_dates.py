"""Dates, months and years."""

from __future__ import annotations

import datetime
import time
from typing import Any, NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minzheng.text.dates import PLACEHOLDER, RUN_TOGETHER, DateMatch, find_dates, find_years, parse_date


class Found(NamedTuple):
    """What find_dates should yield, first match of a sentence."""

    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    month_end: int | None = None
    year_end: int | None = None
    damage: str | None = None


def case(sentence: str, *args: Any, id: str, **kwargs: Any) -> Any:  # noqa: A002 - pytest's word
    return pytest.param(sentence, Found(*args, **kwargs), id=id)


def seen(found: DateMatch) -> Found:
    return Found(
        found.text, found.year, found.month, found.day, found.month_end, found.year_end, found.damage
    )


SEED_FORMS = [
    case("印发日期 2022年03月09日", "2022年03月09日", 2022, 3, 9, id="padded-cn"),
    case("自2022年3月9日起施行", "2022年3月9日", 2022, 3, 9, id="cn"),
    case("发布时间:2022-03-09 09:30", "2022-03-09", 2022, 3, 9, id="iso-with-time"),
    case("天津政务网 2022年3月9日星期三", "2022年3月9日", 2022, 3, 9, id="weekday-after"),
    case("二○一三年二月五日", "二○一三年二月五日", 2013, 2, 5, id="cn-numerals-white-circle"),
    case("二〇一三年二月五日", "二〇一三年二月五日", 2013, 2, 5, id="cn-numerals-ling-circle"),
    case("二零一三年十二月二十一日", "二零一三年十二月二十一日", 2013, 12, 21, id="cn-numerals-ling"),
    case("截至2022年底", "2022年", 2022, id="bare-year"),
    case("关于2022年度工作", "2022年度", 2022, id="fiscal-year"),
    case("今年1-11月发放补贴", "1-11月", None, 1, month_end=11, id="month-range"),
    case("建设规划(2011-2025年)", "2011-2025年", 2011, year_end=2025, id="year-range"),
    case("建设规划(20112025年)", "20112025年", 2011, year_end=2025, damage=RUN_TOGETHER, id="year-range-run"),
    case(
        "某某区民政局\n\n20221231\n\n附件:",
        "20221231",
        2022,
        12,
        31,
        damage=RUN_TOGETHER,
        id="signature-run-together",
    ),
    case("2022年12月5日—12月6日", "2022年12月5日", 2022, 12, 5, id="day-range-first"),
]

INVENTED = [
    case("2022.3.9", "2022.3.9", 2022, 3, 9, id="dots"),
    case("2022/3/9", "2022/3/9", 2022, 3, 9, id="slashes"),
    case("2022年3月", "2022年3月", 2022, 3, id="year-month"),
    case("2022 年 3 月 9 日", "2022 年 3 月 9 日", 2022, 3, 9, id="spaced"),
    case("２０２２年３月９日", "２０２２年３月９日", 2022, 3, 9, id="full-width"),
    case("3至6月", "3至6月", None, 3, month_end=6, id="month-range-zhi"),
    case("3月至6月", "3月至6月", None, 3, month_end=6, id="month-range-both"),
    case("2022年1至6月", "2022年1至6月", 2022, 1, month_end=6, id="year-month-range"),
    case("2019年-2020年", "2019年-2020年", 2019, year_end=2020, id="year-range-both"),
    case("2022年元月", "2022年元月", 2022, 1, id="yuanyue"),
    case("二〇二二年元月一日", "二〇二二年元月一日", 2022, 1, 1, id="cn-yuanyue"),
    case("二〇二二年度", "二〇二二年度", 2022, id="cn-fiscal"),
    case("12月3日", "12月3日", None, 12, 3, id="month-day"),
    case("2022年13月", "2022年", 2022, id="impossible-month"),
    case("2022年2月30日", "2022年2月30日", 2022, 2, 30, id="impossible-day-kept"),
    case("市民政局 20221231", "20221231", 2022, 12, 31, damage=RUN_TOGETHER, id="run-after-signature"),
    case("日期:20221231", "20221231", 2022, 12, 31, damage=RUN_TOGETHER, id="run-after-label"),
    case("20xx年工作计划", "20xx年", None, damage=PLACEHOLDER, id="placeholder-xx"),
    case("20XX年", "20XX年", None, damage=PLACEHOLDER, id="placeholder-XX"),
    case("20XX年X月X日", "20XX年X月X日", None, damage=PLACEHOLDER, id="placeholder-full"),
]


@pytest.mark.parametrize(("sentence", "expected"), SEED_FORMS + INVENTED)
def test_find_dates(sentence: str, expected: Found) -> None:
    found = next(find_dates(sentence))
    assert sentence[found.span.start : found.span.end] == found.text
    assert seen(found) == expected


NOT_DATES = [
    pytest.param("索引号ABC123/2022-03019", id="index-number"),
    pytest.param("11120000000125735B/2020-02311", id="long-index-number"),
    pytest.param("津民发〔20221", id="document-number-damaged"),
    pytest.param("编号20221231号", id="run-inside-text"),
    pytest.param("电话20221231转", id="run-before-text"),
    pytest.param("有5000年历史", id="years-of-history"),
    pytest.param("有152年历史", id="three-digits"),
    pytest.param("1800年", id="too-early"),
    pytest.param("19481231", id="run-too-early"),
    pytest.param("20221331", id="run-bad-month"),
    pytest.param("6月底前", id="bare-month"),
    pytest.param("发放2020元", id="money"),
    pytest.param("12020年", id="inside-digits"),
    pytest.param("2022-13-01", id="bad-month"),
    pytest.param("6-3月", id="falling-months"),
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert list(find_dates(sentence)) == []


def test_every_date_of_a_paragraph_in_order() -> None:
    text = "2021年,局里召开会议。2022年1月1日起施行;1-6月发放,二〇二二年二月一日印发"
    assert [d.text for d in find_dates(text)] == ["2021年", "2022年1月1日", "1-6月", "二〇二二年二月一日"]


def test_find_years_reads_a_title() -> None:
    title = "某市民政局关于2021年工作情况及2022年工作思路的报告(2022年1月5日)"
    assert [d.year for d in find_years(title)] == [2021, 2022]


def test_find_years_skips_placeholders_and_keeps_ranges() -> None:
    found = list(find_years("20XX年工作要点,2016-2020年规划"))
    assert [(d.year, d.year_end) for d in found] == [(2016, 2020)]


def test_window() -> None:
    text = "2021年,2022年"
    assert [d.year for d in find_dates(text, 5)] == [2022]
    assert [d.year for d in find_dates(text, 0, 5)] == [2021]
    assert list(find_dates(text, 50, -1)) == []


PARSED = [
    pytest.param("2021年01月21日", datetime.date(2021, 1, 21), id="padded"),
    pytest.param(" 二○一二年一月四日 ", datetime.date(2012, 1, 4), id="cn"),
    pytest.param("发布时间:2021-01-21 15:08", datetime.date(2021, 1, 21), id="with-time"),
    pytest.param("20201230", datetime.date(2020, 12, 30), id="run-together"),
    pytest.param("2020年度 2021年3月5日", datetime.date(2021, 3, 5), id="first-full-date"),
    pytest.param("2020年12月", None, id="no-day"),
    pytest.param("2021年2月30日", None, id="impossible"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_parse_date(text: str, expected: datetime.date | None) -> None:
    assert parse_date(text) == expected


def test_date_property() -> None:
    assert DateMatch("x", next(find_dates("2020年")).span, 2020, 2, 29).date == datetime.date(2020, 2, 29)
    assert DateMatch("x", next(find_dates("2021年")).span, 2021, 2, 29).date is None


# --- oracle: render a date every way, read it back -----------------------------------

_CN = "零一二三四五六七八九"


def cn_small(number: int) -> str:
    """1..31 in Chinese numerals: 十, 十二, 二十, 三十一."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens] + "十")
    return head + ("" if ones == 0 else _CN[ones])


def render(day: datetime.date, style: str) -> str:
    y, m, d = day.year, day.month, day.day
    if style == "cn":
        return f"{y}年{m}月{d}日"
    if style == "padded":
        return f"{y}年{m:02d}月{d:02d}日"
    if style in {"-", ".", "/"}:
        return f"{y}{style}{m:02d}{style}{d}"
    if style == "run":
        return f"{y}{m:02d}{d:02d}"
    zero = {"cn-numerals": "〇", "cn-white-circle": "○"}.get(style, "零")
    year = "".join(_CN[int(c)] for c in str(y)).replace("零", zero)
    return f"{year}年{cn_small(m)}月{cn_small(d)}日"


STYLES = ["cn", "padded", "-", ".", "/", "run", "cn-numerals", "cn-white-circle", "cn-ling"]


def test_cn_small_oracle_itself() -> None:
    assert [cn_small(n) for n in (1, 10, 12, 20, 31)] == ["一", "十", "十二", "二十", "三十一"]


@given(
    day=st.dates(min_value=datetime.date(1949, 1, 1), max_value=datetime.date(2100, 12, 31)),
    style=st.sampled_from(STYLES),
)
def test_rendered_dates_read_back(day: datetime.date, style: str) -> None:
    written = render(day, style)
    text = f"某市民政局\n{written}\n" if style == "run" else f"于{written}印发"
    found = next(find_dates(text))
    assert found.text == written
    assert found.date == day
    assert found.damage == (RUN_TOGETHER if style == "run" else None)
    assert parse_date(written) == day


# --- robustness -----------------------------------------------------------------------

_NOISE = "0123456789０１年月日号度元至到-—/.．〇○零一二三四五六七八九十廿卅Xx局 \n:"
noisy = st.text(alphabet=st.sampled_from(_NOISE), max_size=60) | st.text(max_size=40)


@given(text=noisy, start=st.integers(-5, 70), end=st.none() | st.integers(-5, 70))
def test_never_raises_and_spans_hold(text: str, start: int, end: int | None) -> None:
    for found in find_dates(text, start, end):
        assert text[found.span.start : found.span.end] == found.text
        assert found.year is None or 1900 <= found.year <= 2100
        assert found.month is None or 1 <= found.month <= 12
        assert found.month_end is None or (found.month is not None and found.month_end > found.month)
        _ = found.date
    parse_date(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2020" * 50_000, id="digits"),
        pytest.param("2020年" * 40_000, id="years"),
        pytest.param("1-" * 50_000, id="dashes"),
        pytest.param("二〇" * 50_000, id="cn-digits"),
        pytest.param("20201230 " * 20_000, id="runs"),
    ],
)
def test_long_runs_stay_linear(text: str) -> None:
    began = time.perf_counter()
    for _ in find_dates(text):
        pass
    assert time.perf_counter() - began < 5
