"""Golden tables for pages as they are scraped (issue 13): each row a text of our own and what a parse finds.

Rows are grouped by origin: OWN_PHRASINGS (one damage at a time), DEV_PAGE_LIKE (whole pages shaped
like the development pages, with other places, figures and wording), NEGATIVE (look-alikes that must
stay as they are read today), BUGS_CAUGHT (defects found while writing the tables), HTML_PAGES (files
saved from a browser). A row today's code does not meet is a strict xfail naming what it waits on.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

import minzheng
from minzheng import Diagnostic, Funding, Report, Standard

GLOSSES = pytest.mark.xfail(strict=True, reason="issue 13: pinyin glosses")
PAGE_MARKERS = pytest.mark.xfail(strict=True, reason="issue 13: document-site page markers")
WRAPS = pytest.mark.xfail(strict=True, reason="issue 13: hard wraps and spaces")
SEPARATORS = pytest.mark.xfail(strict=True, reason="issue 13: damaged separators")
TABLES = pytest.mark.xfail(strict=True, reason="issue 13: tables flattened to text")
MASKS = pytest.mark.xfail(strict=True, reason="issue 13: masked digits")
TABLES_AND_AVERAGE = pytest.mark.xfail(
    strict=True, reason="issue 13: tables flattened to text; also 平均标准 read as per-capita (BUGS_CAUGHT)"
)
AVERAGE_STANDARD = pytest.mark.xfail(
    strict=True, reason="平均 up to six characters before an amount makes 平均标准 a per-capita funding"
)
TRAILING_SUPPORT = pytest.mark.xfail(
    strict=True, reason="a trailing 供养标准 overrides the 分散供养 category named before it (category 供养)"
)

REACH = 4
"""How far past an amount a diagnostic may start and still be about it (``元/人?月`` after ``680元``)."""


@dataclass(frozen=True)
class Money:
    """An expected amount: its class, its value in yuan, and the fields to check."""

    kind: str
    value: str
    fields: tuple[tuple[str, object], ...]


def S(value: str, **fields: object) -> Money:  # noqa: N802
    """An expected standard; ``text``/``source`` check the span, ``flagged`` a diagnostic at it."""
    return Money("standard", value, tuple(fields.items()))


def F(value: str, **fields: object) -> Money:  # noqa: N802
    """An expected funding, checked as :func:`S` checks a standard."""
    return Money("funding", value, tuple(fields.items()))


@dataclass(frozen=True)
class Want:
    """What a parse finds; ``None`` leaves a part unchecked."""

    money: tuple[Money, ...] | None = None
    """Every amount of the report, in document order."""
    sections: tuple[tuple[int, str | None, str], ...] | None = None
    """Every section depth first, as (level, number, heading)."""
    title: str | None = None
    published: str | None = None
    kept: tuple[str, ...] = ()
    """Strings the normalized text keeps."""
    dropped: tuple[str, ...] = ()
    """Strings the normalized text no longer holds."""
    masked: tuple[str, ...] = ()
    """Masked amounts, each named by a ``money.placeholder`` diagnostic whose span covers it."""
    not_masked: tuple[str, ...] = ()
    """Masked text that is no amount: no ``money.placeholder`` diagnostic names it."""
    never_silent: tuple[str, ...] = ()
    """Values that may be read only with a diagnostic about squeezed digits."""
    quiet: tuple[str, ...] = ()
    """Words no diagnostic's code or message may hold."""


def plain(value: object) -> object:
    """Enums as their values, decimals as normalized strings: the way the tables write them."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


def facts_of(report: Report) -> list[Standard | Funding]:
    """Every standard and funding, in document order."""
    return sorted([*report.standards, *report.fundings], key=lambda fact: fact.span.start)


def money_of(report: Report) -> list[tuple[str, object]]:
    """Every amount as (class, value in yuan), in document order."""
    return [("standard" if isinstance(f, Standard) else "funding", plain(f.amount)) for f in facts_of(report)]


def near(report: Report, fact: Standard | Funding) -> list[Diagnostic]:
    """Diagnostics whose span overlaps the amount or the few characters after it."""
    start, end = fact.span.start, fact.span.end + REACH
    return [d for d in report.diagnostics if d.span and d.span.start < end and d.span.end > start]


def digits_flagged(report: Report) -> bool:
    return any("digit" in d.code or "squeez" in d.code for d in report.diagnostics)


def check_fact(report: Report, fact: Standard | Funding, fields: tuple[tuple[str, object], ...]) -> None:
    for name, want in fields:
        if name == "text":
            got: object = report.text[fact.span.start : fact.span.end]
        elif name == "source":
            got = report.source_text(fact.span)
        elif name == "flagged":  # a code, True for any code, False for none
            codes = [d.code for d in near(report, fact)]
            got = bool(codes) if isinstance(want, bool) else (want if want in codes else codes)
        else:
            got = plain(getattr(fact, name))
        assert got == want, f"{name} of {fact.text!r} at {fact.span}"


def check_layout(report: Report, want: Want) -> None:
    if want.sections is not None:
        assert [(s.level, s.number, s.heading) for s in report.iter_sections()] == list(want.sections)
    if want.title is not None:
        assert report.title == want.title
    if want.published is not None:
        assert str(report.published) == want.published
    for kept in want.kept:
        assert kept in report.text
    for dropped in want.dropped:
        assert dropped not in report.text


def check_diagnostics(report: Report, want: Want) -> None:
    placeholders = [d for d in report.diagnostics if d.code == "money.placeholder"]
    for masked in want.masked:
        assert any(
            masked in d.message and d.span and masked in report.text[d.span.start : d.span.end]
            for d in placeholders
        ), f"no money.placeholder for {masked!r}"
    for text in want.not_masked:
        assert not any(text in d.message for d in placeholders)
    amounts = {value for _, value in money_of(report)}
    for value in want.never_silent:
        assert value not in amounts or digits_flagged(report), (
            f"{value} read from spaced digit runs, unflagged"
        )
    for word in want.quiet:
        assert not any(word in d.code or word in d.message for d in report.diagnostics)


def check(report: Report, want: Want) -> None:
    if want.money is not None:
        assert money_of(report) == [(m.kind, plain(Decimal(m.value))) for m in want.money]
        for fact, expected in zip(facts_of(report), want.money, strict=True):
            check_fact(report, fact, expected.fields)
    check_layout(report, want)
    check_diagnostics(report, want)


WENKU = "《XX镇2021年民政工作总结》由会员上传分享,免费在线阅读,更多相关内容在文库频道。\n"
"""The line a document-sharing site puts above a preview."""

OWN_PHRASINGS = [
    # 1. pinyin glosses
    pytest.param(
        "今年以來,全縣共發(fā)放城鄉(xiāng)低保金3260余萬(wàn)元,惠及困難群眾1.2萬(wàn)人。",
        Want(
            money=(
                F(
                    "32600000",
                    qualifier="at_least",
                    action="发放",
                    text="3260余万元",
                    source="3260余萬(wàn)元",
                ),
            ),
            dropped=("(wàn)", "(fā)"),
        ),
        id="gloss-tone-marked-inside-amount-traditional",
    ),
    pytest.param(
        "全年共發(fa)放臨時救助金46.5萬(wan)元,救助困難群眾2318人次。",
        Want(
            money=(F("465000", action="发放", text="46.5万元", source="46.5萬(wan)元"),), dropped=("(wan)",)
        ),
        id="gloss-plain-letters-between-han",
    ),
    pytest.param(
        "自7月1日起,城乡(xiāng)居民最低生活保障标准提高到每人每月820元。",
        Want(
            money=(
                S(
                    "820",
                    category="低保",
                    label="城乡居民最低生活保障",
                    scope="urban_rural",
                    period="month",
                    per="person",
                ),
            ),
            dropped=("(xiāng)",),
        ),
        id="gloss-inside-label-simplified",
    ),
    pytest.param(
        "津市市民政局2019年工作總結\n\n一、農(nóng)村養(yǎng)老服務(wù)體系建設(shè)\n全市建成農村幸福院42所,投入資金860萬元。\n"
        "二、社會(huì)救助兜底保障\n全年發放特困供養金1120萬元。",
        Want(
            sections=((1, "一", "农村养老服务体系建设"), (1, "二", "社会救助兜底保障")),
            money=(F("8600000"), F("11200000")),
        ),
        id="gloss-inside-headings",
    ),
    pytest.param(
        "澧縣民政局2017年工作總結(jié)\n\n2017年,我局在縣委、縣政府的正確領導下,全年發(fā)放救助資金5280萬(wàn)元。",
        Want(title="澧县民政局2017年工作总结", money=(F("52800000", source="5280萬(wàn)元"),)),
        id="gloss-in-title-and-amount",
    ),
    pytest.param(
        "石門縣提高高齡津貼標準\n\n2018年03月26日 09:12 | 來(lái)源:常德日報(bào)\n\n"
        "記者從縣民政局獲悉,80至89周歲老人高齡津貼提高到每人每月50元。",
        Want(
            title="石门县提高高龄津贴标准",
            published="2018-03-26",
            money=(S("50", category="高龄津贴", period="month", per="person"),),
        ),
        id="gloss-in-byline-after-date",
    ),
    # 2. document-site page markers
    pytest.param(
        WENKU
        + "1、今年以来,我镇民政工作紧紧围绕保障和改善民生,扎实推进社会救助、养老服务和基层治理各项工作。 "
        "一、社会救助工作 严格落实低保对象动态管理,坚持应保尽保、应退尽退。全年开展低保对象入户核查两次,"
        "对不再符合条件的家庭及时办理停保手续,同时对因病因灾陷入困境的群众及时实施临\n"
        "2、时救助,切实兜住民生底线。 二、基层治理工作 完成村务监督委员会换届选举。",
        Want(sections=((1, "一", "社会救助工作"), (1, "二", "基层治理工作"))),
        id="marker-continues-a-word",
    ),
    pytest.param(
        WENKU + "1、今年以来,全镇按时足额发放城乡医疗救助金612人次,58.3071\n"
        "2、6万元,其中资助困难群众参加城乡居民医保1230人,金额28.41万元。",
        Want(
            sections=(),
            money=(
                F("583071.6", source="58.3071\n2、6万元", flagged="text.page_marker_in_number"),
                F("284100"),
            ),
        ),
        marks=PAGE_MARKERS,
        id="marker-inside-decimal",
    ),
    pytest.param(
        WENKU + "1、入冬以来,为全镇1832户困难群众发放取暖补贴,每户400元,共计7\n"
        "2、3.28万元,确保困难群众温暖过冬。",
        Want(
            sections=(),
            money=(
                S("400", per="household"),
                F("732800", source="7\n2、3.28万元", flagged="text.page_marker_in_number"),
            ),
        ),
        marks=PAGE_MARKERS,
        id="marker-inside-number-checked-by-product",
    ),
    pytest.param(
        WENKU + "1、全年共发放临时救助资金126.5\n2、万元,救助困难群众1480人次。",
        Want(sections=(), money=(F("1265000"),)),
        marks=PAGE_MARKERS,
        id="marker-between-number-and-unit",
    ),
    pytest.param(
        WENKU + "1、截至6月底,全区共有城市低保对象3125户、68\n2、47人,累计发放低保金1862.4万元。",
        Want(sections=(), money=(F("18624000", action="发放"),)),
        marks=PAGE_MARKERS,
        id="marker-inside-a-count",
    ),
    # 3. hard wraps and spaces
    pytest.param(
        "2024 年 7 月起,城市低保标准由 728 元 / 人 / 月提高 为 745 元 / 人 / 月,"
        "农村低保标准由 5460 元 / 人 / 年提高 为 5680 元 / 人 / 年。",
        Want(
            money=(
                S("728", category="低保", scope="urban", period="month", per="person"),
                S("745", category="低保", scope="urban", period="month", per="person", previous_amount="728"),
                S("5460", category="低保", scope="rural", period="year", per="person"),
                S(
                    "5680",
                    category="低保",
                    scope="rural",
                    period="year",
                    per="person",
                    previous_amount="5460",
                ),
            )
        ),
        id="spaced-units-and-raise",
    ),
    pytest.param(
        "全年共争取上级福彩公益金 200 余万元 ,用于乡镇敬老院改造。",
        Want(money=(F("2000000", qualifier="at_least", action="争取"),)),
        id="spaced-at-least-amount",
    ),
    pytest.param(
        "桃源县民政局 2024 年工作总结\n\n2024 年,我局坚持以人民为中心,扎实做好各项民生保障工作。\n"
        "一、社会救助兜底有力\n全年累计发放临时救助金 86.5 万元。",
        Want(
            title="桃源县民政局2024年工作总结",
            sections=((1, "一", "社会救助兜底有力"),),
            money=(F("865000"),),
        ),
        marks=WRAPS,
        id="spaced-year-in-title",
    ),
    pytest.param(
        "城市低保累计保障 1826 户、3105 人、1184.62 万元,月人均补差达 312.45 元。",
        Want(money=(F("11846200"), F("312.45", per_capita=True))),
        id="spaced-per-capita-average",
    ),
    pytest.param(
        "困难残疾人生活补贴标准提高到每人每月90元,重度残疾人护理\n补贴标准提高到每人每月110元。",
        Want(
            money=(
                S("90", category="困难残疾人生活补贴", period="month", per="person"),
                S("110", category="重度残疾人护理补贴", period="month", per="person"),
            )
        ),
        marks=WRAPS,
        id="label-wrapped-by-line-break",
    ),
    pytest.param(
        "XX县民政局2023年工作总结\n一、社会救助兜底保障更有力 度\n全年发放城乡低保金2160万元。\n"
        "二、养老服务体系更加健全\n新建村级幸福院18所。",
        Want(sections=((1, "一", "社会救助兜底保障更有力度"), (1, "二", "养老服务体系更加健全"))),
        marks=WRAPS,
        id="heading-word-split-by-space",
    ),
    pytest.param(
        "困难残疾人生活补 贴标准提高到每人每月 90 元。",
        Want(money=(S("90", category="困难残疾人生活补贴", period="month", per="person"),)),
        id="label-word-split-by-space",
    ),
    # 4. damaged separators
    pytest.param(
        "全市城市低保标准提高到680元/人?月,农村低保标准提高到5100元/人?年。",
        Want(
            money=(
                S("680", category="低保", scope="urban", period="month", per="person", flagged=True),
                S("5100", category="低保", scope="rural", period="year", per="person", flagged=True),
            )
        ),
        id="lost-dot-as-question-mark",
    ),
    pytest.param(
        "全市城市特困人员集中供养标准为1180元/人？月。",
        Want(money=(S("1180", category="特困集中供养", period="month", per="person", flagged=True),)),
        id="lost-dot-as-full-width-question-mark",
    ),
    pytest.param(
        "农村五保分散供养标准提高到3600元/人?年。",
        Want(money=(S("3600", category="特困分散供养", scope="rural", period="year", flagged=True),)),
        id="lost-dot-yearly",
    ),
    pytest.param(
        "特困人员基本生活标准由每人1096/月元提高到1180元/月。",
        Want(
            money=(
                S("1096", period="month", per="person", flagged=True),
                S("1180", period="month", per="person", previous_amount="1096"),
            )
        ),
        id="unit-order-swapped-in-raise",
    ),
    pytest.param(
        "城乡低保标准统一提高到每人865/月元。",
        Want(
            money=(
                S("865", category="低保", scope="urban_rural", period="month", per="person", flagged=True),
            )
        ),
        id="unit-order-swapped",
    ),
    # 5. tables flattened to text
    pytest.param(
        "| 指标名称 | 单位 | 本期 | 上年同期 |\n| 城乡低保资金累计支出 | 万元 | 12,468.7 | 98,315.2 |\n"
        "| 特困人员救助供养金 | 万元 | 3,102.6 | 2,877.4 |\n| 城市低保人数 | 人 | 41,526 | 40,877 |",
        Want(money=(F("124687000"), F("983152000"), F("31026000"), F("28774000"))),
        id="pipe-rows-unit-column",
    ),
    pytest.param(
        "| 指标名称 | 单位 | 本期 | 上年同期 |\n| 城市低保标准 | 元/人·月 | 760 | 720 |\n"
        "| 农村低保标准 | 元/人·年 | 6,000 | 5,640 |",
        Want(
            money=(
                S("760", category="低保", scope="urban", period="month", per="person"),
                S("720", category="低保", scope="urban", period="month", per="person"),
                S("6000", category="低保", scope="rural", period="year", per="person"),
                S("5640", category="低保", scope="rural", period="year", per="person"),
            )
        ),
        id="pipe-row-standard-unit-column",
    ),
    pytest.param(
        "2022年民政事业统计季报\n社会救助累计支出亿元42.7\n城市低保累计支出亿元18.6\n农村低保累计支出亿元24.1",
        Want(money=(F("4270000000"), F("1860000000"), F("2410000000"))),
        id="flat-rows-unit-before-value",
    ),
    pytest.param(
        "2022年民政事业统计季报\n城市最低生活保障平均标准元/人·月1,168.0\n农村最低生活保障平均标准元/人·年8,536.0",
        Want(
            money=(
                S("1168", category="低保", scope="urban", period="month", per="person"),
                S("8536", category="低保", scope="rural", period="year", per="person"),
            )
        ),
        id="flat-rows-standard-unit-before-value",
    ),
    # 6. masked digits
    pytest.param(
        "今年共发放临时救济金2730xx-xx,救助困难群众xx-xx人次。",
        Want(money=(), masked=("2730xx-xx",)),
        id="mask-replaces-digits-and-unit",
    ),
    pytest.param(
        "春节期间,为每位特困老人发放慰问金5xx元。",
        Want(money=(), masked=("5xx元",)),
        id="mask-after-one-digit",
    ),
    pytest.param(
        "全县农村低保对象年人均救助35xx元。",
        Want(money=(), masked=("35xx元",)),
        id="mask-after-two-digits",
    ),
    pytest.param(
        "全年累计救助困难群众x7人,救助资金2xxx4万元。",
        Want(money=(), masked=("2xxx4万元",)),
        id="mask-between-digits",
    ),
    pytest.param(
        "慈善一日捐活动共筹得善款近6xx元。",
        Want(money=(), masked=("6xx元",)),
        id="mask-after-qualifier",
    ),
    pytest.param(
        "城市低保标准由月人均5xx元提高到6xx元。",
        Want(money=(), masked=("5xx元", "6xx元")),
        id="mask-in-raise",
    ),
]

DEV_PAGE_LIKE = [
    pytest.param(
        "范文大全網(wǎng) > 工作總結(jié) > 部門工作總結(jié) > 鎮民政辦2018年工作總結(jié)\n\n"
        "鎮民政辦2018年工作總結(jié)\n\n"
        "2018年,鎮民政辦在鎮黨委、政府的領(lǐng)導下,緊緊圍繞全鎮中心工作,認真履行民政職能。\n\n一、社會(huì)救助工作\n\n"
        "全鎮現有農(nóng)村低保對象528戶、963人,全年發(fā)放低保金412.6萬(wàn)元;"
        "農(nóng)村特困人員分散供養(yǎng)標準提高到每人每年5200元。\n\n二、優(yōu)撫安置工作\n\n"
        "春節期間走訪慰問重點優(yōu)撫對象86人,發(fā)放慰問金4.3萬(wàn)元。",
        Want(
            title="镇民政办2018年工作总结",
            sections=((1, "一", "社会救助工作"), (1, "二", "优抚安置工作")),
            money=(
                F("4126000", action="发放", source="412.6萬(wàn)元"),
                S("5200", category="特困分散供养", scope="rural", period="year", per="person"),
                F("43000", action="发放"),
            ),
        ),
        id="model-essay-site-glossed-throughout",
    ),
    pytest.param(
        "常德市調整城鄉(xiāng)低保標準\n\n2019年06月28日 10:05 | 來(lái)源:常德日報(bào)\n\n"
        "記者從市民政局獲悉,自7月1日起,全市城市低保標準由每人每月560元提高到600元,"
        "農(nóng)村低保標準由每人每年3960元提高到4200元。",
        Want(
            title="常德市调整城乡低保标准",
            published="2019-06-28",
            money=(
                S("560", scope="urban", period="month"),
                S("600", scope="urban", period="month", previous_amount="560"),
                S("3960", scope="rural", period="year"),
                S("4200", scope="rural", period="year", previous_amount="3960"),
            ),
        ),
        id="newspaper-byline-and-scope-glossed",
    ),
    pytest.param(
        "湖南省民政廳:2018年城鄉(xiāng)低保標準穩步提高\n\n2019年03月12日 16:20 | 來(lái)源:紅網(wǎng)\n\n"
        "截至2018年底,全省城市低保標(biāo)準(zhǔn)為每人每月516元,農(nóng)村低保標(biāo)準(zhǔn)為3780元/人?年。"
        "全年各級財政共支出城鄉(xiāng)低保資金68.4億(yì)元。",
        Want(
            published="2019-03-12",
            money=(
                S("516", scope="urban", period="month"),
                S("3780", scope="rural", period="year", per="person", flagged=True),
                F("6840000000", action="支出", text="68.4亿元"),
            ),
        ),
        id="bulletin-glosses-and-lost-dot",
    ),
    pytest.param(
        "《XX区民政局2021年上半年工作总结》由会员上传分享,免费在线阅读,更多相关内容在文库频道。\n"
        "1、XX区民政局2021年上半年工作总结 今年上半年,我局在区委、区政府的坚强领导下,紧紧围绕保障和改善民生,"
        "扎实推进各项民政工作。 一、社会救助工作 截至6月底,全区共有城市低保对象1204户、1987人,"
        "累计发放城市低保金586.32万元。1-6月,全区按时足额发放城乡医疗救助金612人次,58.3071\n"
        "2、6万元。其中,资助困难群众参加城乡居民医保1230人,金额28.41万元。对因病因灾陷入困境的群众及时实施临\n"
        "3、时救助,上半年累计救助386人次,支出临时救助资金47.2万元。",
        Want(
            sections=((1, "一", "社会救助工作"),),
            money=(
                F("5863200", action="发放"),
                F("583071.6", source="58.3071\n2、6万元", flagged="text.page_marker_in_number"),
                F("284100"),
                F("472000", action="支出"),
            ),
        ),
        id="document-site-preview-three-chunks",
    ),
    pytest.param(
        "1、2019 上半年民政工作总结 今年以来,我局紧紧围绕民生保障,扎实推进各项工作。一、上半年工作总结"
        "(一) 城乡低保工作今年 1-6 月份城市低保累计保障 2318 户、41\n"
        "2、05人、1326.48 万元,月人均补差达 318.62 元。农村低保累计保障 8412 户、15906 人、"
        "426.35 万元,月人均补差达 156.27 元。",
        Want(
            money=(
                F("13264800"),
                F("318.62", per_capita=True),
                F("4263500"),
                F("156.27", per_capita=True),
            )
        ),
        id="document-site-preview-spaced-figures",
    ),
    pytest.param(
        "2021年6月社会服务统计月报\n来源:某省民政厅\n时间:2021-07-20 10:32\n| 民政统计月报表 | ||||\n"
        "| 指标名称 | 单位 | 数量 | 上期 | 环比 |\n| 甲 | 丙 | 1 | 2 | 3 |\n"
        "| (一)民政事业费累计支出 | 万元 | 58,214.6 | 49,870.2 | 16.73 |\n"
        "| 1.社会救助 | 万元 | 30,552.1 | 26,118.4 | 16.98 |\n"
        "| 2.养老服务 | 万元 | 9,874.3 | 8,402.5 | 17.52 |\n"
        "| (二)孤儿数 | 人 | 2,468 | 2,491 | -0.92 |\n"
        "| (三)福利彩票本年累计发行销售额 | 亿元 | |||",
        Want(
            money=(
                F("582146000"),
                F("498702000"),
                F("305521000"),
                F("261184000"),
                F("98743000"),
                F("84025000"),
            )
        ),
        id="monthly-statistics-table",
    ),
    pytest.param(
        "鎮民政辦2015年上半年工作總結(jié)\n\n"
        "6、做好臨時救濟工作。上半年共發(fā)放臨時救濟金2730xx-xx,救助困難群眾1xx-xx人次。"
        "7、做好慈善募捐工作。全鎮開展慈善一日捐活動,共籌得善款近8xx-xx元。",
        Want(money=(), masked=("2730xx-xx", "8xx-xx元")),
        id="every-figure-masked-and-glossed",
    ),
    pytest.param(
        "临武县民政局 2023 年工作总结\n"
        "2023 年,全县民政系统坚持以人民为中心的发展思想,着力保障\n"
        "和改善民生,各项工作取得新成效。全年累计发放城乡低保资金 12\n"
        "68.5 万元,发放特困人员救助供养金 436.2 万元,惠及困难群众\n"
        "3.1 万人。",
        Want(money=(F("12685000"), F("4362000", action="发放"))),
        id="pdf-dump-number-cut-by-line-end",
    ),
]

NEGATIVE = [
    # 1. brackets that are no gloss
    pytest.param(
        "全区地区生产总值(GDP)增长6.5%,全年民政事业费支出3.2亿元。",
        Want(money=(F("320000000", action="支出"),), kept=("(GDP)",)),
        id="acronym-gdp",
    ),
    pytest.param(
        "采用政府和社会资本合作(PPP)模式新建区级养老院,总投资1.8亿元。",
        Want(money=(F("180000000"),), kept=("(PPP)",)),
        id="acronym-ppp",
    ),
    pytest.param(
        "依托“湘民通”(APP)办理低保申请,全年发放低保金4650万元。",
        Want(money=(F("46500000", action="发放"),), kept=("(APP)",)),
        id="acronym-app",
    ),
    pytest.param(
        "引入“时间银行”(Time Bank)互助养老模式,区财政安排启动资金50万元。",
        Want(money=(F("500000"),), kept=("(Time Bank)",)),
        id="english-words-in-brackets",
    ),
    pytest.param(
        "一、主要工作\n(一)社会救助工作\n全年发放低保金2300万元。\n(二)养老服务工作\n发放高龄津贴415万元。",
        Want(
            sections=((1, "一", "主要工作"), (2, "一", "社会救助工作"), (2, "二", "养老服务工作")),
            money=(F("23000000"), F("4150000")),
        ),
        id="bracketed-ordinals",
    ),
    pytest.param(
        "全年发放高龄津贴215万元(含补发上年度12万元)。",
        Want(money=(F("2150000"), F("120000")), kept=("(含补发上年度12万元)",)),
        id="bracketed-inclusion",
    ),
    # 2. numbered headings that are no page marker
    pytest.param(
        "XX区民政局2022年工作总结\n1、基层政权建设\n全区完成村(社区)两委换届,投入资金35万元。\n2、社会救助工作\n"
        "全年发放低保金1268万元,临时救助资金86万元。\n3、养老服务工作\n发放高龄津贴352万元。",
        Want(
            sections=((1, "1", "基层政权建设"), (1, "2", "社会救助工作"), (1, "3", "养老服务工作")),
            money=(F("350000"), F("12680000"), F("860000"), F("3520000")),
            quiet=("page_marker",),
        ),
        id="numbered-headings-on-own-lines",
    ),
    pytest.param(
        "XX区民政局2022年工作总结\n1、基层政权建设。全区完成村(社区)两委换届,投入资金35万元。\n"
        "2、社会救助工作。全年发放低保金1268万元。",
        Want(
            sections=((1, "1", "基层政权建设"), (1, "2", "社会救助工作")),
            money=(F("350000"), F("12680000")),
        ),
        id="numbered-items-after-full-stop",
    ),
    pytest.param(
        "下半年工作打算:\n1、进一步提高城乡低保标准;\n2、加快建设县社会福利中心,计划投入资金2800万元;\n"
        "3、做好冬春生活救助工作。",
        Want(
            sections=(
                (1, "1", "进一步提高城乡低保标准"),
                (1, "2", "加快建设县社会福利中心,计划投入资金2800万元"),
                (1, "3", "做好冬春生活救助工作"),
            ),
            money=(F("28000000"),),
        ),
        id="numbered-list-after-colon",
    ),
    pytest.param(
        WENKU
        + "1、XX镇2021年民政工作总结 2021年,我镇民政工作在镇党委、镇政府的坚强领导下,围绕中心、服务大局,"
        "扎实做好各项民政工作。 一、社会救助工作 全镇现有城乡低保对象412户、736人,全年按时足额发放低保金。"
        "对新申请低保的家庭,坚持入户调查、民主评议和张榜公示,做到公开透明。敬老院改造工程已完成主体建设,院内消防设施和\n"
        "2、无障碍通道正在安装,预计年底前投入使用。 二、养老服务工作 "
        "全镇80周岁以上老人全部纳入高龄津贴发放范围。",
        Want(sections=((1, "一", "社会救助工作"), (1, "二", "养老服务工作"))),
        id="run-in-headings-set-off-by-spaces",
    ),
    # 3. digit runs a space apart are not one number silently
    pytest.param(
        "为全镇特困人员发放冬季取暖费 3 500 元。",
        Want(never_silent=("3500",)),
        id="digit-runs-a-space-apart",
    ),
    # 4. separators intact
    pytest.param(
        "城市低保标准为每人每月680元,农村低保标准为4800元/人·年。",
        Want(
            money=(
                S("680", scope="urban", period="month", per="person", flagged=False),
                S("4800", scope="rural", period="year", per="person", flagged=False),
            )
        ),
        id="separators-intact",
    ),
    # 5. table rows that are no money
    pytest.param(
        "| 指标名称 | 单位 | 本期 | 上期 | 环比 |\n| 孤儿数 | 人 | 2,145 | 2,210 | -2.94 |\n"
        "| 城市低保户数 | 户 | 30,412 | 29,876 | 1.79 |",
        Want(money=()),
        id="table-of-counts",
    ),
    # 6. masks that are no masked amount, and templates already flagged
    pytest.param(
        "20xx年,全镇共发放低保金126万元。",
        Want(money=(F("1260000", action="发放"),), not_masked=("20xx",)),
        id="masked-year",
    ),
    pytest.param(
        "全年救助困难群众2xx-xx人次,发放救助金38.6万元。",
        Want(money=(F("386000", action="发放"),), not_masked=("2xx-xx",)),
        id="masked-count",
    ),
    pytest.param(
        "全年共发放救助资金XX万元,标准为每人每月xx元。",
        Want(money=(), masked=("XX万元", "xx元")),
        id="template-amounts",
    ),
    # 7. plain text is no HTML
    pytest.param(
        "XX县民政局2022年工作总结\n一、社会救助\n对家庭月人均收入<当地低保标准的困难家庭应保尽保,"
        "全年发放低保金1268万元。",
        Want(money=(F("12680000"),), quiet=("parse_file",)),
        id="angle-brackets-in-plain-text",
    ),
]

BUGS_CAUGHT = [
    pytest.param(
        "截至2019年底,全省城市低保平均标准612.5元/人·月,农村低保平均标准4856.0元/人·年。",
        Want(
            money=(
                S("612.5", category="低保", scope="urban", period="month", per="person"),
                S("4856", category="低保", scope="rural", period="year", per="person"),
            )
        ),
        id="average-standard-with-slash-unit",
    ),
    pytest.param(
        "城市低保平均标准每人每月612.5元,比上年提高38.6元。",
        Want(
            money=(
                S("612.5", category="低保", scope="urban", period="month", per="person"),
                F("38.6"),
            )
        ),
        id="average-standard-close-to-amount",
    ),
    pytest.param(
        "城市低保平均标准为每人每月612.5元,比上年提高38.6元。",
        Want(
            money=(
                S("612.5", category="低保", scope="urban", period="month", per="person"),
                F("38.6"),
            )
        ),
        id="average-standard-far-from-amount",
    ),
    pytest.param(
        "分散供养五保对象供养标准提高到每人每年3600元。",
        Want(money=(S("3600", category="特困分散供养", period="year", per="person"),)),
        marks=TRAILING_SUPPORT,
        id="wubao-dispersed-object-first",
    ),
    pytest.param(
        "农村分散供养特困人员供养标准提高到每人每年6000元。",
        Want(money=(S("6000", category="特困分散供养", scope="rural", period="year", per="person"),)),
        marks=TRAILING_SUPPORT,
        id="tekun-dispersed-support-standard",
    ),
    pytest.param(
        "2024 年,全县累计发放城乡低保金 3 862.4 万元。",
        Want(never_silent=("38624000", "8624000")),
        id="digit-run-dropped-before-decimal",
    ),
    pytest.param(
        "城市特困人员基本生活标准为 1 120 元/月。",
        Want(never_silent=("1120", "120")),
        id="digit-run-dropped-before-standard",
    ),
]


@pytest.mark.parametrize(("text", "want"), OWN_PHRASINGS)
def test_own_phrasings(text, want):
    check(minzheng.parse(text), want)


@pytest.mark.parametrize(("text", "want"), DEV_PAGE_LIKE)
def test_dev_page_like(text, want):
    check(minzheng.parse(text), want)


@pytest.mark.parametrize(("text", "want"), NEGATIVE)
def test_negative(text, want):
    check(minzheng.parse(text), want)


@pytest.mark.parametrize(("text", "want"), BUGS_CAUGHT)
def test_bugs_caught(text, want):
    check(minzheng.parse(text), want)


# --- letter spacing: titles spaced out, pages taken from a PDF spaced throughout ---------------------


def letter_spaced(text: str, space: str = " ") -> str:
    """``text`` with a space between every two characters of each line, as some PDFs give their text."""
    return "\n".join(space.join(line) for line in text.split("\n"))


LETTER_SPACED = [
    pytest.param(
        letter_spaced(
            "青溪县民政局2022年工作总结\n发布时间：2023-01-09\n一、社会救助\n"
            "全年累计发放城乡低保金1360万元，农村低保标准提高到每人每月540元。\n"
            "二、养老服务\n新建农村幸福院12所，投入资金85万元。\n"
        ),
        Want(
            money=(
                F("13600000", action="发放", source="1 3 6 0 万 元"),
                S("540", source="5 4 0 元"),
                F("850000", text="85万元"),
            ),
            sections=((1, "一", "社会救助"), (1, "二", "养老服务")),
            title="青溪县民政局2022年工作总结",
            published="2023-01-09",
        ),
        id="pdf-page-spaced-throughout",
    ),
    pytest.param(
        letter_spaced(
            "關於調整城鄉低保標準的通知\n各鄉鎮人民政府：\n自2023年7月1日起，城市低保標準由每人每月720元提高到760元。\n"
        ),
        Want(money=(S("720"), S("760", source="7 6 0 元")), title="关于调整城乡低保标准的通知"),
        id="traditional-pdf-page",
    ),
    pytest.param(
        letter_spaced(
            "临河区民政局\n2024年工作要点\n一、兜牢民生底线\n（一）提高救助水平。城乡低保标准每人每年提高到7800元。\n",
            "\u3000",
        ),
        Want(
            money=(S("7800", text="7800元"),),
            sections=((1, "一", "兜牢民生底线"), (2, "一", "提高救助水平")),
            title="临河区民政局2024年工作要点",
        ),
        id="ideographic-spaces",
    ),
    pytest.param(
        "潭 口 镇 民 政 办\n2 0 2 1 年 上 半 年 工 作 总 结\n一、低保工作\n上半年共发放低保金48.6万元。\n",
        Want(
            money=(F("486000"),),
            sections=((1, "一", "低保工作"),),
            title="潭口镇民政办2021年上半年工作总结",
        ),
        id="title-lines-spaced-body-not",
    ),
    pytest.param(
        "通\u3000\u3000知\n各街道：\n经研究，决定发放一次性生活补贴，每人200元。\n",
        Want(kept=("通知\n",), money=(S("200"),)),
        id="genre-word-spaced",
    ),
]


# --- pages scraped as Markdown ---------------------------------------------------------------------

MARKDOWN = [
    pytest.param(
        "# 某镇民政办2022年工作总结\n\n[首页](https://example.cn/) 发布时间：2023-01-12\n\n"
        "## 一、社会救助\n\n**（一）落实低保政策。**全年发放低保金215万元。\n\n"
        "## 二、社会事务\n\n> 婚姻登记办结率100%，殡葬补贴每人800元。\n\n![](https://example.cn/a.png)\n",
        Want(
            money=(F("2150000", source="215万元"), S("800")),
            sections=((1, "一", "社会救助"), (2, "一", "落实低保政策"), (1, "二", "社会事务")),
            title="某镇民政办2022年工作总结",
            published="2023-01-12",
        ),
        id="headings-bold-quotation-link-image",
    ),
    pytest.param(
        "## **一、养老服务**\n新建养老服务站6个，投入资金**万元。\n## **二、社会事务**\n办结率100%。\n",
        Want(money=(), sections=((1, "一", "养老服务"), (1, "二", "社会事务")), masked=("**万元",)),
        id="masked-amount-kept",
    ),
]


# --- HTML character references left in a plain text ----------------------------------------------

REFERENCES = [
    pytest.param(
        "某县民政局2023年工作总结\n&nbsp;&nbsp;&nbsp;&nbsp;一、社会救助\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;全年发放低保金420万元，实施&ldquo;阳光救助&rdquo;工程。\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;二、养老服务\n&nbsp;&nbsp;&nbsp;&nbsp;高龄津贴标准每人每月100元。\n",
        Want(
            money=(F("4200000", source="420万元"), S("100")),
            sections=((1, "一", "社会救助"), (1, "二", "养老服务")),
            title="某县民政局2023年工作总结",
            kept=("“阳光救助”",),
        ),
        id="no-break-space-indents-and-named-quotes",
    ),
    pytest.param(
        "&#12288;&#12288;（一）低保提标。城市低保标准提高到每人每月&#56;&#48;&#48;元。\n",
        Want(money=(S("800", source="&#56;&#48;&#48;元"),), sections=((1, "一", "低保提标"),)),
        id="numeric-references",
    ),
]


@pytest.mark.parametrize(("text", "want"), [*LETTER_SPACED, *REFERENCES, *MARKDOWN])
def test_page_damage_undone_in_normalizing(text, want):
    check(minzheng.parse(text), want)


# --- 7. HTML input -----------------------------------------------------------------------------------

COUNTY_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>安仁县民政局2023年工作总结</title></head>'
    '<body><div class="article"><h1>安仁县民政局2023年工作总结</h1>'
    '<div class="info">发布时间:2024-01-15 来源:安仁县民政局</div>'
    "<p>2023年,县民政局坚持以人民为中心的发展思想,扎实做好基本民生保障各项工作。</p>"
    "<p><strong>一、社会救助兜底保障有力</strong></p>"
    "<p>全年累计发放城乡低保金<strong>2860.5</strong>万元,城乡低保标准分别提高到每人每月720元和每人每年5400元。</p>"
    "<p><strong>二、养老服务提质增效</strong></p>"
    "<p>新建农村幸福院12所,投入资金&nbsp;360万元。</p>"
    "<p><strong>三、2024年工作打算</strong></p>"
    "<p>继续提高城乡低保标准,城市低保标准力争达到760元/人&middot;月。<br>加快推进县级养老服务中心建设。</p>"
    "</div></body></html>"
)
COUNTY_WANT = Want(
    title="安仁县民政局2023年工作总结",
    published="2024-01-15",
    sections=((1, "一", "社会救助兜底保障有力"), (1, "二", "养老服务提质增效"), (1, "三", "2024年工作打算")),
    money=(
        F("28605000", action="发放", source="2860.5</strong>万元"),
        S("720", scope="urban", period="month", per="person"),
        S("5400", scope="rural", period="year", per="person"),
        F("3600000", source="360万元"),
        S("760", scope="urban", period="month", per="person", source="760元"),
    ),
)

TOWN_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
    '<div id="content"><div class="title">城关镇民政办2022年上半年工作总结</div>'
    "<div>一、低保工作</div><div>上半年共发放低保金186.2万元,农村低保标准为每人每年4800元。</div>"
    "<div>二、临时救助</div><div>共救助困难群众214人次,支出临时救助资金21.6万元。</div>"
    "<div>三、下半年工作打算</div><div>做好冬春救助准备工作。</div></div>\n</body></html>"
)
TOWN_WANT = Want(
    title="城关镇民政办2022年上半年工作总结",
    sections=((1, "一", "低保工作"), (1, "二", "临时救助"), (1, "三", "下半年工作打算")),
    money=(
        F("1862000", action="发放", source="186.2万元"),
        S("4800", scope="rural", period="year", per="person"),
        F("216000", action="支出"),
    ),
)

HTML_PAGES = [
    pytest.param(COUNTY_PAGE, ".html", COUNTY_WANT, id="county-page-html-suffix"),
    pytest.param(COUNTY_PAGE, ".txt", COUNTY_WANT, id="county-page-txt-suffix"),
    pytest.param(TOWN_PAGE, ".htm", TOWN_WANT, id="town-page-htm-suffix"),
    pytest.param(TOWN_PAGE, ".txt", TOWN_WANT, id="town-page-txt-suffix"),
]


@pytest.mark.parametrize(("html", "suffix", "want"), HTML_PAGES)
def test_html_file(tmp_path: Path, html, suffix, want):
    path = tmp_path / f"page{suffix}"
    path.write_text(html, encoding="utf-8")
    report = minzheng.parse_file(path)
    check(report, want)
    for fact in facts_of(report):
        assert report.source_text(fact.span) in html


@pytest.mark.parametrize("html", [pytest.param(COUNTY_PAGE, id="county"), pytest.param(TOWN_PAGE, id="town")])
def test_html_string_suggests_parse_file(html):
    report = minzheng.parse(html)
    assert any("parse_file" in d.message for d in report.diagnostics)


def test_plain_text_file_is_not_html(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text(
        "XX县民政局2022年工作总结\n一、社会救助\n全年发放低保金1268万元。\n二、养老服务\n"
        "发放高龄津贴352万元。",
        encoding="utf-8",
    )
    report = minzheng.parse_file(path)
    check(
        report,
        Want(
            sections=((1, "一", "社会救助"), (1, "二", "养老服务")),
            money=(F("12680000"), F("3520000")),
            quiet=("parse_file",),
        ),
    )
