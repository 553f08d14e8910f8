"""Numerals, money, percentages and counts."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any, NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minzheng.model import Qualifier
from minzheng.text.numbers import (
    _MONEY_FINDER,
    Quantity,
    find_bare_sums,
    find_money,
    find_numbers,
    find_percents,
    find_placeholders,
    parse_number,
)
from minzheng.text.view import squeeze

EXACT, APPROX, AT_LEAST, AT_MOST = Qualifier.EXACT, Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.AT_MOST


def only(found: list[Quantity]) -> Quantity:
    assert len(found) == 1, found
    return found[0]


# --- parse_number ---------------------------------------------------------------------

NUMERALS = [
    pytest.param("1234", "1234", id="arabic"),
    pytest.param("1,234.5", "1234.5", id="thousands"),
    pytest.param("12,345,678", "12345678", id="thousands-twice"),
    pytest.param("０.５", "0.5", id="full-width"),
    pytest.param("三千", "3000", id="cn-thousand"),
    pytest.param("一万二千", "12000", id="cn-wan"),
    pytest.param("两百", "200", id="cn-liang"),
    pytest.param("十九", "19", id="cn-shi-first"),
    pytest.param("二十", "20", id="cn-twenty"),
    pytest.param("一百零五", "105", id="cn-zero"),
    pytest.param("一千零五十", "1050", id="cn-zero-ten"),
    pytest.param("三千五", "3500", id="cn-elided-unit"),
    pytest.param("壹仟贰佰叁拾", "1230", id="financial"),
    pytest.param("貳萬", "20000", id="financial-traditional"),
    pytest.param("廿三", "23", id="nian"),
    pytest.param("卅", "30", id="sa"),
    pytest.param("〇", "0", id="ling-circle"),
    pytest.param("零", "0", id="ling"),
    pytest.param("二〇一二", "2012", id="digit-by-digit"),
    pytest.param("二○二一", "2021", id="digit-by-digit-white-circle"),
    pytest.param("2.68亿", "268000000", id="mixed-yi"),
    pytest.param("4.6亿", "460000000", id="mixed-yi-short"),
    pytest.param("3万5千", "35000", id="mixed-wan-qian"),
    pytest.param("1.2万亿", "1200000000000", id="wan-yi"),
    pytest.param("3亿5千万", "350000000", id="yi-then-wan"),
    pytest.param("一亿零一", "100000001", id="yi-zero"),
    pytest.param("百万", "1000000", id="unit-first"),
    pytest.param("十二点五", "12.5", id="cn-decimal"),
    pytest.param("两点三亿", "230000000", id="cn-decimal-yi"),
    pytest.param(" 42 ", "42", id="spaces"),
    pytest.param("0万", "0", id="zero-wan"),
    pytest.param("5万亿3千万", "5000030000000", id="wan-yi-then-wan"),
]


@pytest.mark.parametrize(("text", "expected"), NUMERALS)
def test_parse_number(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


NOT_NUMERALS = [
    pytest.param("", id="empty"),
    pytest.param("万", id="bare-wan"),
    pytest.param("五六百", id="range-is-not-one"),
    pytest.param("1.2.3", id="two-points"),
    pytest.param("1,23", id="bad-grouping"),
    pytest.param("1e5", id="exponent"),
    pytest.param("NaN", id="nan"),
    pytest.param("Infinity", id="infinity"),
    pytest.param("百分之", id="word"),
    pytest.param("三百五千", id="rising-units"),
    pytest.param("1二", id="arabic-then-cn"),
    pytest.param("万万", id="wan-wan"),
    pytest.param("一万零一万", id="wan-after-wan"),
    pytest.param("一亿二万三亿", id="yi-after-wan"),
]


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_keeps_exact_digits() -> None:
    assert str(parse_number("2.68亿")) == "268000000"
    assert str(parse_number("115.270")) == "115.27"
    assert parse_number("9" * 200) is None  # too long to hold exactly


# --- find_money: tables ----------------------------------------------------------------


class Money(NamedTuple):
    """What find_money should yield for a sentence."""

    text: str
    yuan: str
    upper: str | None = None
    qualifier: Qualifier = EXACT
    unit: str = "元"
    damage: str | None = None


def money(sentence: str, text: str, yuan: str, *, id: str, **expected: Any) -> Any:  # noqa: A002 - pytest's word
    return pytest.param(sentence, Money(text, yuan, **expected), id=id)


SEED_FORMS = [
    money("全年共发放各类救助金3.45亿元。", "3.45亿元", "345000000", unit="亿元", id="yi-decimal"),
    money(
        "为养老企业减免房租约150万元,", "150万元", "1500000", qualifier=APPROX, unit="万元", id="approx-yue"
    ),
    money("帮助销售农产品30余万元;", "30余万元", "300000", qualifier=AT_LEAST, unit="万元", id="inner-yu"),
    money(
        "帮助销售农产品30餘萬元;",
        "30餘萬元",
        "300000",
        qualifier=AT_LEAST,
        unit="萬元",
        id="inner-yu-traditional",
    ),
    money("低保标准为每人每月880元、", "880元", "880", id="standard"),
    money(
        "筹集资金合计2345.67万元万元,其中",
        "2345.67万元万元",
        "23456700",
        unit="万元",
        damage="unit doubled: 万元万元",
        id="doubled-unit",
    ),
    money("發放資金3.2億元。", "3.2億元", "320000000", unit="億元", id="traditional-yi"),
    money(
        "減輕會費負擔近1500萬元。",
        "1500萬元",
        "15000000",
        qualifier=APPROX,
        unit="萬元",
        id="approx-jin-traditional",
    ),
    money("发放“两项补贴” 845.3万元。", "845.3万元", "8453000", unit="万元", id="space-before"),
    money("减免共计88例,费用88.16元。", "88.16元", "88.16", id="small-amount"),
    money("推出“2000元一站式殡仪服务”", "2000元", "2000", id="followed-by-yi"),
    money("人均救助1650元,同比", "1650元", "1650", id="per-capita"),
    money("上调为720/.月,", "720/.月", "720", unit="", damage="unit lost", id="lost-unit-month"),
    money("上调为6100/.年、", "6100/.年", "6100", unit="", damage="unit lost", id="lost-unit-year"),
    money("上调为9600/.,年均增长", "9600/.", "9600", unit="", damage="unit lost", id="lost-unit-period"),
    money("售出彩票超3亿元。", "3亿元", "300000000", qualifier=AT_LEAST, unit="亿元", id="chao"),
]

INVENTED = [
    money("奖励三千元", "三千元", "3000", id="cn-thousand"),
    money("补助一万二千元整", "一万二千元", "12000", id="cn-wan"),
    money("每人两百元", "两百元", "200", id="cn-liang"),
    money("每次十九元", "十九元", "19", id="cn-nineteen"),
    money("每次一百零五元", "一百零五元", "105", id="cn-zero"),
    money("计壹仟贰佰元", "壹仟贰佰元", "1200", id="financial"),
    money("投入三千万元", "三千万元", "30000000", unit="万元", id="cn-wan-unit"),
    money("奖补3万5千元", "3万5千元", "35000", id="mixed"),
    money("带动投资1.2万亿元", "1.2万亿元", "1200000000000", unit="万亿元", id="wan-yi"),
    money("结余5千元", "5千元", "5000", unit="千元", id="qian-yuan"),
    money("共1.5百万元", "1.5百万元", "1500000", unit="百万元", id="baiwan-yuan"),
    money("合计1,234.5元", "1,234.5元", "1234.5", id="thousands"),
    money("合计1000,1500元", "1500元", "1500", id="broken-grouping"),
    money("补助３０００元", "３０００元", "3000", id="full-width"),
    money("收费80元/吨", "80元", "80", id="per-tonne"),
    money("标准为630元/人·月", "630元", "630", id="per-person-month"),
    money("每人每月2-12元", "2-12元", "2", upper="12", id="range-hyphen"),
    money("每人每月2—12元", "2—12元", "2", upper="12", id="range-dash"),
    money("每人每月2~12元", "2~12元", "2", upper="12", id="range-tilde"),
    money("每人每月2至12元", "2至12元", "2", upper="12", id="range-zhi"),
    money("奖励8到10万元", "8到10万元", "80000", upper="100000", unit="万元", id="range-shared-unit"),
    money("奖励2万至3万元", "2万至3万元", "20000", upper="30000", unit="万元", id="range-both-units"),
    money("补贴五六百元", "五六百元", "500", upper="600", id="range-cn-bai"),
    money("补贴三四千元", "三四千元", "3000", upper="4000", id="range-cn-qian"),
    money("补贴三至五千元", "三至五千元", "3000", upper="5000", id="range-cn-zhi"),
    money("不超过500元", "500元", "500", qualifier=AT_MOST, id="buchaoguo"),
    money("不足300元", "300元", "300", qualifier=AT_MOST, id="buzu"),
    money("最高5000元", "5000元", "5000", qualifier=AT_MOST, id="zuigao"),
    money("在2000元以内", "2000元", "2000", qualifier=AT_MOST, id="yinei"),
    money("在2000元以下", "2000元", "2000", qualifier=AT_MOST, id="yixia"),
    money("200万元左右", "200万元", "2000000", qualifier=APPROX, unit="万元", id="zuoyou"),
    money("大约60万元", "60万元", "600000", qualifier=APPROX, unit="万元", id="dayue"),
    money("将近60万元", "60万元", "600000", qualifier=APPROX, unit="万元", id="jiangjin"),
    money("超过60万元", "60万元", "600000", qualifier=AT_LEAST, unit="万元", id="chaoguo"),
    money("逾60万元", "60万元", "600000", qualifier=AT_LEAST, unit="万元", id="yu-before"),
    money("60万元以上", "60万元", "600000", qualifier=AT_LEAST, unit="万元", id="yishang"),
    money("不少于60万元", "60万元", "600000", qualifier=AT_LEAST, unit="万元", id="bushaoyu"),
    money("至少60万元", "60万元", "600000", qualifier=AT_LEAST, unit="万元", id="zhishao"),
    money("达60万元", "60万元", "600000", unit="万元", id="da-is-exact"),
    money("共节约60万元", "60万元", "600000", unit="万元", id="jieyue-is-a-verb"),
    money("最近60万元", "60万元", "600000", unit="万元", id="zuijin-is-a-word"),
    money("补助1000多元", "1000多元", "1000", qualifier=AT_LEAST, id="duo"),
    money("补助2万多元", "2万多元", "20000", qualifier=AT_LEAST, unit="万元", id="duo-after-wan"),
    money("十余万元", "十余万元", "100000", qualifier=AT_LEAST, unit="万元", id="cn-yu"),
    money("三百多万元", "三百多万元", "3000000", qualifier=AT_LEAST, unit="万元", id="cn-duo"),
    money("上千元", "千元", "1000", qualifier=AT_LEAST, id="shang-qian"),
    money("共500元元", "500元元", "500", damage="unit doubled: 元元", id="doubled-yuan"),
]

RANGES_AND_BOUNDS = [
    # Units written on both ends of a range, and bound words beyond 不超过/以上.
    money(
        "计划投入3000万元至5000万元。",
        "3000万元至5000万元",
        "30000000",
        upper="50000000",
        unit="万元",
        id="range-unit-on-both-ends",
    ),
    money("每次一般在500元至3000元之间", "500元至3000元", "500", upper="3000", id="range-yuan-both-ends"),
    money(
        "奖补5000元至1万元", "5000元至1万元", "5000", upper="10000", unit="万元", id="range-own-multiplier"
    ),
    money("补助200元-400元", "200元-400元", "200", upper="400", id="range-hyphen-both-units"),
    money("奖励二千元至三千元", "二千元至三千元", "2000", upper="3000", id="range-chinese-both-units"),
    money("销售额突破20亿元", "20亿元", "2000000000", qualifier=AT_LEAST, unit="亿元", id="tupo"),
    money("每人最低300元", "300元", "300", qualifier=AT_LEAST, id="zuidi"),
    money("年收入高于5万元", "5万元", "50000", qualifier=AT_LEAST, unit="万元", id="gaoyu"),
    money("不高于5万元", "5万元", "50000", qualifier=AT_MOST, unit="万元", id="bugaoyu-not-gaoyu"),
]


@pytest.mark.parametrize(("sentence", "expected"), SEED_FORMS + INVENTED + RANGES_AND_BOUNDS)
def test_find_money(sentence: str, expected: Money) -> None:
    found = only(list(find_money(sentence)))
    assert sentence[found.span.start : found.span.end] == found.text
    upper = None if found.upper is None else str(found.upper)
    assert Money(found.text, str(found.value), upper, found.qualifier, found.unit, found.damage) == expected


NOT_MONEY = [
    pytest.param("覆盖350万户家庭", id="households"),
    pytest.param("建成1.7万个站点", id="count-ge"),
    pytest.param("2.9万名党员", id="count-ming"),
    pytest.param("占比62.5%", id="percent"),
    pytest.param("纳入12040户", id="households-plain"),
    pytest.param("元旦前后走访", id="yuandan"),
    pytest.param("2022元旦慰问", id="year-before-yuandan"),
    pytest.param("最小作战单元", id="danyuan"),
    pytest.param("破除城乡二元结构", id="eryuan-jiegou"),
    pytest.param("多元化服务", id="duoyuanhua"),
    pytest.param("一元化管理", id="yiyuanhua"),
    pytest.param("万象更新一元复始", id="yiyuan-fushi"),
    pytest.param("贷款5000美元", id="dollars"),
    pytest.param("投入数百万元", id="vague-shu"),
    pytest.param("投入十几万元", id="vague-ji"),
    pytest.param("每人每月X元", id="placeholder-x"),
    pytest.param("共xx万元", id="placeholder-xx"),
    pytest.param("共XX亿元", id="placeholder-XX"),
    pytest.param("每人×元", id="placeholder-times"),
    pytest.param("每人○○元", id="placeholder-circles"),
    pytest.param("2020年工作", id="year"),
    pytest.param("编号12345678901234567890元", id="identifier-run"),
    pytest.param("见2021/.", id="year-before-lost-unit"),
    pytest.param("http://example.cn/a/2021/.", id="url"),
    pytest.param("1-12月发放", id="month-range"),
    pytest.param("二〇一二元", id="cn-year-digits"),
]


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_not_money(sentence: str) -> None:
    assert list(find_money(sentence)) == []


def test_list_of_lost_units_in_order() -> None:
    sentence = "标准分别调整为720/.月、6100/.年、1380/.月、9600/.,年均增长"
    found = list(find_money(sentence))
    assert [q.text for q in found] == ["720/.月", "6100/.年", "1380/.月", "9600/."]
    assert [q.value for q in found] == [Decimal(720), Decimal(6100), Decimal(1380), Decimal(9600)]
    assert {q.damage for q in found} == {"unit lost"}
    assert {q.unit for q in found} == {""}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("由5万元至3万元", ["5万元", "3万元"], id="falling-bounds"),
        pytest.param("由500元至500元", ["500元", "500元"], id="equal-bounds"),
        pytest.param("补贴500元至年底", ["500元"], id="zhi-before-a-date"),
    ],
)
def test_not_a_range_keeps_both_amounts(sentence: str, expected: list[str]) -> None:
    found = list(find_money(sentence))
    assert [q.text for q in found] == expected
    assert all(q.upper is None for q in found)


def test_amounts_in_a_list_after_commas() -> None:
    found = list(find_money("分别为100元,200元、三百元"))
    assert [q.value for q in found] == [Decimal(100), Decimal(200), Decimal(300)]


def test_range_window() -> None:
    sentence = "约300元,不超过500元"
    assert [q.text for q in find_money(sentence, 4)] == ["500元"]
    assert [q.text for q in find_money(sentence, 0, 6)] == ["300元"]
    # a qualifier outside the window is not read
    assert next(find_money(sentence, 1)).qualifier is EXACT
    assert list(find_money(sentence, 100, -3)) == []


# --- placeholders, percents, counts ----------------------------------------------------

PLACEHOLDERS = [
    pytest.param("每人每月X元", ["X元"], id="x"),
    pytest.param("共xx万元和XX亿元", ["xx万元", "XX亿元"], id="xx"),
    pytest.param("补贴×元", ["×元"], id="times"),
    pytest.param("补贴***元", ["***元"], id="stars"),
    pytest.param("补贴○○元", ["○○元"], id="circles"),
    pytest.param("补贴X万X千元", ["X万X千元"], id="template-units"),
    pytest.param("补贴500元", [], id="real-amount"),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACEHOLDERS)
def test_find_placeholders(sentence: str, expected: list[str]) -> None:
    assert [sentence[s.start : s.end] for s in find_placeholders(sentence)] == expected


PERCENTS = [
    pytest.param("增幅62.5%。", "62.5%", "62.5", None, EXACT, id="arabic"),
    pytest.param("覆盖率百分之七十", "百分之七十", "70", None, EXACT, id="cn"),
    pytest.param("覆盖率百分之12", "百分之12", "12", None, EXACT, id="cn-arabic"),
    pytest.param("覆盖率百分之百", "百分之百", "100", None, EXACT, id="cn-hundred"),
    pytest.param("增长5%-8%", "5%-8%", "5", "8", EXACT, id="range"),
    pytest.param("增长5-8%", "5-8%", "5", "8", EXACT, id="range-shared"),
    pytest.param("增长百分之五至百分之八", "百分之五至百分之八", "5", "8", EXACT, id="range-cn"),
    pytest.param("降低90%以上", "90%", "90", None, AT_LEAST, id="yishang"),
    pytest.param("占比超过50%", "50%", "50", None, AT_LEAST, id="chaoguo"),
    pytest.param("减少50%左右", "50%", "50", None, APPROX, id="zuoyou"),
    pytest.param("增长３０％", "３０％", "30", None, EXACT, id="full-width"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "upper", "qualifier"), PERCENTS)
def test_find_percents(sentence, text, value, upper, qualifier) -> None:
    found = only(list(find_percents(sentence)))
    assert (found.text, found.value, found.qualifier, found.unit) == (text, Decimal(value), qualifier, "%")
    assert found.upper == (None if upper is None else Decimal(upper))


def test_percents_run_together() -> None:
    found = list(find_percents("年均增长分别为5%12.5%5%11.11%"))
    assert [q.value for q in found] == [Decimal(5), Decimal("12.5"), Decimal(5), Decimal("11.11")]


def test_percentage_points_are_not_percents() -> None:
    sentence = "提高5个百分点"
    assert list(find_percents(sentence)) == []
    point = only(list(find_numbers(sentence)))
    assert (point.value, point.unit) == (Decimal(5), "个百分点")


COUNTS = [
    pytest.param("惠及350万户", "350万户", "3500000", "户", EXACT, id="wan-hu"),
    pytest.param("救助4321人次", "4321人次", "4321", "人次", EXACT, id="renci"),
    pytest.param("党员2.9万名", "2.9万名", "29000", "名", EXACT, id="wan-ming"),
    pytest.param("站点1.7万个", "1.7万个", "17000", "个", EXACT, id="wan-ge"),
    pytest.param("培训3000余名", "3000余名", "3000", "名", AT_LEAST, id="yu"),
    pytest.param("覆盖近千家", "千家", "1000", "家", APPROX, id="cn-jin"),
    pytest.param("安装空调533台", "533台", "533", "台", EXACT, id="tai"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "qualifier"), COUNTS)
def test_find_numbers(sentence, text, value, unit, qualifier) -> None:
    found = only(list(find_numbers(sentence)))
    assert (found.text, found.value, found.unit, found.qualifier) == (text, Decimal(value), unit, qualifier)


NOT_COUNTS = [
    pytest.param("排名第3名", id="ordinal"),
    pytest.param("2020年", id="year"),
    pytest.param("发放500元", id="money"),
]


@pytest.mark.parametrize("sentence", NOT_COUNTS)
def test_not_counts(sentence: str) -> None:
    assert list(find_numbers(sentence)) == []


def test_counts_in_chosen_units() -> None:
    sentence = "建成站点12个,惠及困难群众350户、1200人次"
    assert [q.text for q in find_numbers(sentence, units={"户", "人次"})] == ["350户", "1200人次"]
    assert [q.text for q in find_numbers(sentence, units=())] == []


BARE_SUMS = [
    pytest.param("县里又拨了850万,用于敬老院改造", 0, None, [("850万", "8500000")], id="wan-before-a-comma"),
    pytest.param("全省共筹集2.5亿", 0, None, [("2.5亿", "250000000")], id="yi-at-the-end"),
    pytest.param("投入3万亿的基建", 0, None, [("3万亿", "3000000000000")], id="wan-yi"),
    pytest.param("一共花了2亿4", 0, None, [("2亿4", "240000000")], id="spoken-tenth"),
    pytest.param("安排资金3万亿元", 0, None, [], id="wan-yi-with-yuan"),
    pytest.param("下拨620万元,惠及4.2万人", 0, None, [], id="yuan-and-a-count"),
    pytest.param("共发放万元以上", 0, None, [], id="no-digit-before-wan"),
    pytest.param("上级补助90万元", 0, 7, [("90万", "900000")], id="window-ends-before-its-yuan"),
]
"""Sums of 万 or 亿 written without 元, in ``text[start:end]`` (the window's end ends the text)."""


@pytest.mark.parametrize(("sentence", "start", "end", "expected"), BARE_SUMS)
def test_find_bare_sums(sentence: str, start: int, end: int | None, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, str(q.value)) for q in find_bare_sums(sentence, start, end)] == expected


def test_counts_beside_amounts() -> None:
    sentence = "救助外来人员607人,救助资金74.6万元"
    assert [q.text for q in find_numbers(sentence)] == ["607人"]
    assert [q.text for q in find_money(sentence)] == ["74.6万元"]


# --- oracle: render a number, read it back -------------------------------------------

_CN_DIGITS = "零一二三四五六七八九"
_FINANCIAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")


def _cn_under_10000(number: int) -> str:
    out, gap = "", False
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // size % 10
        if digit == 0:
            gap = gap or bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        out += _CN_DIGITS[digit] + unit
    return out


def render_chinese(number: int) -> str:
    """12305 -> 一万二千三百零五: the standard reading, written independently of the parser."""
    if number == 0:
        return "零"
    out, gap = "", False
    for size, unit in ((100_000_000, "亿"), (10_000, "万"), (1, "")):
        group = number // size if size == 100_000_000 else number // size % 10_000
        if group == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or group < 1000):
            out += "零"
        out += (render_chinese(group) if group >= 10_000 else _cn_under_10000(group)) + unit
        gap = False
    return out


amounts = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(Decimal),
    st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=1000, places=1, allow_nan=False, allow_infinity=False),
)


def render(amount: Decimal, style: str) -> tuple[str, str]:
    """A numeral for ``amount`` and the scale word that must follow it (万 for 1.2305万)."""
    if style == "arabic":
        return format(amount, "f"), ""
    if style == "thousands":
        return format(amount, ",f"), ""
    if style == "wan":
        return format(amount.scaleb(-4), "f"), "万"
    if style == "yi":
        return format(amount.scaleb(-8), "f"), "亿"
    whole = int(amount)
    text = render_chinese(whole)
    if style == "financial":
        text = text.translate(_FINANCIAL)
    elif style == "short-ten" and text.startswith("一十"):
        text = text[1:]
    if amount != whole:
        text += "点" + "".join(_CN_DIGITS[int(d)] for d in str(amount - whole)[2:])
    return text, ""


STYLES = ["arabic", "thousands", "wan", "yi", "chinese", "financial", "short-ten"]


def test_render_chinese_oracle_itself() -> None:
    assert render_chinese(12305) == "一万二千三百零五"
    assert render_chinese(100_000_001) == "一亿零一"
    assert render_chinese(10**12) == "一万亿"
    assert render_chinese(1050) == "一千零五十"
    assert render_chinese(200_010_000) == "二亿零一万"


@given(amount=amounts, style=st.sampled_from(STYLES))
def test_parse_number_reads_what_was_rendered(amount: Decimal, style: str) -> None:
    numeral, scale = render(amount, style)
    assert parse_number(numeral + scale) == amount


@given(amount=amounts, style=st.sampled_from(STYLES), unit=st.sampled_from(["元", "万元", "亿元"]))
def test_find_money_reads_what_was_rendered(amount: Decimal, style: str, unit: str) -> None:
    if style in {"chinese", "financial", "short-ten"}:
        if amount != int(amount):
            style = "arabic"  # amounts with decimals are written in Arabic figures
        elif amount == 0 or amount >= {"元": amount + 1, "万元": 10**4, "亿元": 10**8}[unit]:
            unit = "元"  # 一万零一万元 and 零万元 are no way to write an amount
    numeral, scale = render(amount, style)
    if scale:
        unit = scale + "元"
    written = numeral + unit
    sentence = f"共发放{written},用于"
    found = only(list(find_money(sentence)))
    factor = {"元": 1, "万元": 10**4, "亿元": 10**8}[unit]
    if scale:
        factor = 1
    assert found.text == written
    assert found.value == amount * factor
    assert found.qualifier is EXACT


# --- robustness -----------------------------------------------------------------------

_NOISE = "0123456789０１.,，、%％-—~至到余多约近元万亿千百十一二两三五六九零〇○X×/ 年月日户人个数几美旦化\n"
noisy = st.text(alphabet=st.sampled_from(_NOISE), max_size=60) | st.text(max_size=40)


@given(text=noisy, start=st.integers(-5, 70), end=st.none() | st.integers(-5, 70))
def test_finders_never_raise_and_spans_hold(text: str, start: int, end: int | None) -> None:
    for finder in (find_money, find_percents, find_numbers):
        for found in finder(text, start, end):
            assert text[found.span.start : found.span.end] == found.text
            assert found.upper is None or found.upper > found.value
    for span in find_placeholders(text, start, end):
        assert 0 <= span.start < span.end <= len(text)
    parse_number(text)


@given(text=noisy, start=st.integers(-5, 70), end=st.none() | st.integers(-5, 70))
def test_anchored_search_finds_what_a_plain_scan_finds(text: str, start: int, end: int | None) -> None:
    first = min(max(start, 0), len(text))
    stop = len(text) if end is None else min(max(end, first), len(text))
    found = [match.span() for match in _MONEY_FINDER.finditer(text, first, stop)]
    assert found == [match.span() for match in _MONEY_FINDER.pattern.finditer(text, first, stop)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1," * 50_000, id="commas"),
        pytest.param("一," * 50_000, id="cn-commas"),
        pytest.param("1-" * 50_000, id="dashes"),
        pytest.param("一、" * 50_000, id="enumeration"),
        pytest.param("9" * 100_000 + "元", id="long-run"),
        pytest.param("12/." * 30_000, id="slashes"),
        pytest.param("百分之" * 30_000, id="percent-words"),
        pytest.param("*" * 100_000, id="stars"),
        pytest.param("×万" * 50_000, id="template-units"),
    ],
)
def test_long_runs_stay_linear(text: str) -> None:
    began = time.perf_counter()
    for finder in (find_money, find_percents, find_numbers):
        for _ in finder(text):
            pass
    list(find_placeholders(text))
    assert time.perf_counter() - began < 5




SPACED = [
    pytest.param("上调为1380 /.月、", "1380 /.月", "1380", id="lost-unit-space"),
    pytest.param("补助500 元", "500 元", "500", id="space-inside"),
    pytest.param("共争取福彩公益金 200 余万元 ,用于", "200 余万元", "2000000", id="space-before-more"),
    pytest.param("月人均补差达 279.06 元。", "279.06 元", "279.06", id="space-around-decimal"),
    pytest.param("每人每月 1 120 元", "120 元", "120", id="digit-runs-kept-apart"),
]


@pytest.mark.parametrize(("sentence", "written", "value"), SPACED)
def test_spaced_amounts_read_in_the_squeezed_view(sentence: str, written: str, value: str) -> None:
    """Spaces inside an amount are no concern of the finder: the view takes them out, the span maps back."""
    assert not list(find_money(sentence)) or written == "120 元"
    view = squeeze(sentence)
    found = only(list(find_money(view.text)))
    span = view.span(found.span.start, found.span.end)
    assert (sentence[span.start : span.end], str(found.value)) == (written, value)
