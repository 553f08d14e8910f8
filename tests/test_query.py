from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from minzheng._errors import MinzhengError
from minzheng.model import (
    Diagnostic,
    Funding,
    Level,
    Per,
    Period,
    Phase,
    Program,
    Region,
    Report,
    ReportKind,
    Scope,
    Section,
    Span,
    Standard,
)
from minzheng.parse.pipeline import parse
from minzheng.query import RECORD_FIELDS, RECORD_KINDS, Failure, Found, ReportSet, sentence_span
from minzheng.text.normalize import normalize
from strategies import reports as any_reports

# -- hand-built reports ----------------------------------------------------------------
# Written for these tests; spans are located in the normalized text, as the parser does.

XINJIN = (
    "新津区民政局2020年工作总结\n"
    "一、社会救助\n"
    "城乡低保标准每人每月630元。农村特困人员供养标准每人每年9000元。\n"
    "全年发放救助资金1200万元，其中临时救助资金300万元。人均救助1500元。\n"
    "（一）养老服务\n"
    "推进“三社联动”机制，坚持“两个维护”，养老床位新增200张。\n"
    "二、2021年工作打算\n"
    "继续实施“幸福食堂”工程，筹集资金80万元。\n"
)

TIANMEN = (
    "天门市民政局2019年工作情况\n"
    "一、兜底保障\n"
    "城市低保标准由560元提高到600元/人·月，农村低保标准5400元/人·年。\n"
    "投入资金2.68亿元用于养老服务。\n"
    "二、基层治理\n"
    "深化“三社联动”机制。\n"
)


def at(text: str, needle: str, start: int = 0) -> Span:
    position = text.index(needle, start)
    return Span(position, position + len(needle))


def between(text: str, first: str, last: str | None) -> Span:
    start = text.index(first)
    return Span(start, len(text) if last is None else text.index(last))


def xinjin() -> Report:
    text = normalize(XINJIN).text
    child = Section(2, "一", 1, "养老服务", Phase.REVIEW, between(text, "（一）养老服务", "二、"))
    sections = (
        Section(1, "一", 1, "社会救助", Phase.REVIEW, between(text, "一、社会救助", "二、"), (child,)),
        Section(1, "二", 2, "2021年工作打算", Phase.PLAN, between(text, "二、2021", None)),
    )
    return Report(
        name="xinjin.txt",
        title="新津区民政局2020年工作总结",
        kind=ReportKind.WORK_SUMMARY,
        agency="新津区民政局",
        region=Region("新津区", Level.DISTRICT, ("四川省", "成都市")),
        published=date(2021, 1, 15),
        review_year=2020,
        plan_year=2021,
        sections=sections,
        standards=(
            Standard("低保", "城乡低保", Decimal(630), "630元", at(text, "630元"),
                     period=Period.MONTH, per=Per.PERSON, scope=Scope.URBAN_RURAL, year=2020, section=(1,)),
            Standard("特困分散供养", "农村特困人员供养", Decimal(9000), "9000元", at(text, "9000元"),
                     period=Period.YEAR, per=Per.PERSON, scope=Scope.RURAL, year=2020, section=(1,)),
        ),
        fundings=(
            Funding(Decimal(12_000_000), "1200万元", at(text, "1200万元"), action="发放",
                    purpose="救助资金", year=2020, section=(1,)),
            Funding(Decimal(3_000_000), "300万元", at(text, "300万元"), action="发放",
                    purpose="临时救助资金", part_of=0, year=2020, section=(1,)),
            Funding(Decimal(1500), "1500元", at(text, "1500元"), action="救助", per_capita=True,
                    year=2020, section=(1,)),
            Funding(Decimal(800_000), "80万元", at(text, "80万元"), action="筹集", year=2021, section=(2,)),
        ),
        programs=(
            Program("三社联动", "“三社联动”机制", at(text, "“三社联动”机制"), kind="机制", section=(1, 1)),
            Program("两个维护", "“两个维护”", at(text, "“两个维护”"), kind="formulation", section=(1, 1)),
            Program("幸福食堂", "“幸福食堂”工程", at(text, "“幸福食堂”工程"), kind="工程", section=(2,)),
        ),
        source=XINJIN,
    )


def tianmen() -> Report:
    text = normalize(TIANMEN).text
    sections = (
        Section(1, "一", 1, "兜底保障", Phase.REVIEW, between(text, "一、兜底保障", "二、")),
        Section(1, "二", 2, "基层治理", Phase.REVIEW, between(text, "二、基层治理", None)),
    )
    return Report(
        name="tianmen.txt",
        title="天门市民政局2019年工作情况",
        kind=ReportKind.WORK_SUMMARY,
        agency="天门市民政局",
        region=Region("天门市", Level.PREFECTURE, ("湖北省",)),
        review_year=2019,
        sections=sections,
        standards=(
            Standard("低保", "城市低保", Decimal(560), "560元", at(text, "560元"),
                     period=Period.MONTH, per=Per.PERSON, scope=Scope.URBAN, year=2018, section=(1,)),
            Standard("低保", "城市低保", Decimal(600), "600元", at(text, "600元"),
                     period=Period.MONTH, per=Per.PERSON, scope=Scope.URBAN, year=2019,
                     previous_amount=Decimal(560), section=(1,)),
            Standard("低保", "农村低保", Decimal(5400), "5400元", at(text, "5400元"),
                     period=Period.YEAR, per=Per.PERSON, scope=Scope.RURAL, year=2019, section=(1,)),
        ),
        fundings=(
            Funding(Decimal(268_000_000), "2.68亿元", at(text, "2.68亿元"), action="投入",
                    purpose="养老服务", year=2019, section=(1,)),
        ),
        programs=(
            Program("三社联动", "“三社联动”机制", at(text, "“三社联动”机制"), kind="机制", section=(2,)),
        ),
        diagnostics=(
            Diagnostic("money.unit_lost", "unit lost after 5400", at(text, "5400元")),
            Diagnostic("section.ordinal_lost", "no ordinal"),
        ),
        source=TIANMEN,
    )


def sourceless() -> Report:
    """A report loaded from data written without its source text."""
    sections = (
        Section(1, "一", 1, "养老服务体系建设", Phase.REVIEW, Span(0, 40)),
        Section(1, "二", 2, "社会事务", Phase.PLAN, Span(40, 80)),
    )
    return Report(name="bare.json", sections=sections, review_year=2022)


@pytest.fixture
def rs() -> ReportSet:
    return ReportSet([xinjin(), tianmen(), sourceless()])


def names(found: tuple[Found[Any], ...]) -> list[str | None]:
    return [f.report.name for f in found]


# -- the set itself --------------------------------------------------------------------


def test_a_report_set_is_sized_iterable_and_indexable(rs: ReportSet) -> None:
    assert len(rs) == 3
    assert [r.name for r in rs] == ["xinjin.txt", "tianmen.txt", "bare.json"]
    assert rs[1].name == "tianmen.txt"
    assert isinstance(rs[1:], ReportSet)
    assert [r.name for r in rs[1:]] == ["tianmen.txt", "bare.json"]
    assert rs.failures == ()
    assert repr(rs) == "<ReportSet of 3 reports>"


def test_a_report_set_is_immutable_and_takes_any_iterable(rs: ReportSet) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rs.reports = ()  # type: ignore[misc]
    from_generator = ReportSet(r for r in rs)
    assert from_generator == rs
    failed = ReportSet([], [Failure("x.txt", "no such file")])
    assert repr(failed) == "<ReportSet of 0 reports, 1 failed>"


def test_a_report_set_refuses_what_is_not_a_report() -> None:
    with pytest.raises(MinzhengError, match="item 1 is a Failure"):
        ReportSet([Report(), Failure("x.txt", "no such file")])  # type: ignore[list-item]


# -- standards ---------------------------------------------------------------------------


def test_standards_by_category_across_reports(rs: ReportSet) -> None:
    found = rs.standards(category="低保")
    assert [(f.report.name, f.item.amount) for f in found] == [
        ("xinjin.txt", 630), ("tianmen.txt", 560), ("tianmen.txt", 600), ("tianmen.txt", 5400)
    ]
    assert [f.index for f in found] == [0, 0, 1, 2]
    assert len(rs.standards(category=["低保", "特困分散供养"])) == 5
    assert rs.standards(category="高龄津贴") == ()


@pytest.mark.parametrize(
    "scope",
    [
        pytest.param(Scope.URBAN, id="enum"),
        pytest.param("urban", id="string"),
        pytest.param([Scope.URBAN], id="list-of-enum"),
        pytest.param(("urban",), id="tuple-of-string"),
    ],
)
def test_enum_filters_take_the_enum_or_its_value(rs: ReportSet, scope: object) -> None:
    found = rs.standards(scope=scope)  # type: ignore[arg-type]
    assert [f.item.amount for f in found] == [560, 600]


def test_several_enum_values_widen_the_filter(rs: ReportSet) -> None:
    found = rs.standards(scope=["urban", Scope.URBAN_RURAL], period="month")
    assert [f.item.amount for f in found] == [630, 560, 600]
    assert [f.item.amount for f in rs.standards(period=Period.YEAR, per="person")] == [9000, 5400]


def test_a_misspelt_enum_value_is_an_error_naming_the_choices(rs: ReportSet) -> None:
    with pytest.raises(MinzhengError, match="scope must be one of urban, rural, urban_rural; got 'city'"):
        rs.standards(scope="city")
    with pytest.raises(MinzhengError, match="period must be one of hour, day, month"):
        rs.standards(period="monthly")


@pytest.mark.parametrize(
    ("year", "amounts"),
    [
        pytest.param(2019, [600, 5400], id="one-year"),
        pytest.param([2018, 2020], [630, 9000, 560], id="several-years"),
        pytest.param(range(2018, 2020), [560, 600, 5400], id="range"),
        pytest.param(1999, [], id="no-such-year"),
    ],
)
def test_year_filter(rs: ReportSet, year: object, amounts: list[int]) -> None:
    assert [f.item.amount for f in rs.standards(year=year)] == amounts  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("region", "reports"),
    [
        pytest.param("新津区", ["xinjin.txt"], id="the-region-itself"),
        pytest.param("四川省", ["xinjin.txt"], id="outermost-parent"),
        pytest.param("成都市", ["xinjin.txt"], id="inner-parent"),
        pytest.param("湖北省", ["tianmen.txt"], id="parent-of-a-city"),
        pytest.param("四川", ["xinjin.txt"], id="a-province-without-its-suffix"),
        pytest.param("新津", ["xinjin.txt"], id="a-district-without-its-suffix"),
        pytest.param("天门", ["tianmen.txt"], id="a-city-without-its-suffix"),
        pytest.param("北京市", [], id="elsewhere"),
    ],
)
def test_region_matches_the_region_or_any_parent(rs: ReportSet, region: str, reports: list[str]) -> None:
    assert sorted(set(names(rs.standards(region=region)))) == reports
    assert sorted(set(names(rs.programs(region=region)))) == reports


@pytest.mark.parametrize(
    ("bounds", "amounts"),
    [
        pytest.param({"min_amount": 600}, [630, 9000, 600, 5400], id="min-inclusive"),
        pytest.param({"max_amount": 600}, [560, 600], id="max-inclusive"),
        pytest.param({"min_amount": "560", "max_amount": Decimal(630)}, [630, 560, 600], id="str-decimal"),
        pytest.param({"min_amount": Decimal("600.01")}, [630, 9000, 5400], id="fractional"),
        pytest.param({"min_amount": 10_000}, [], id="above-all"),
    ],
)
def test_amount_bounds(rs: ReportSet, bounds: dict[str, object], amounts: list[int]) -> None:
    assert [f.item.amount for f in rs.standards(**bounds)] == amounts  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bound",
    [pytest.param("lots", id="words"), pytest.param(True, id="bool"), pytest.param("NaN", id="nan")],
)
def test_a_bad_amount_bound_is_an_error(rs: ReportSet, bound: object) -> None:
    with pytest.raises(MinzhengError, match="minimum must be"):
        rs.standards(min_amount=bound)  # type: ignore[arg-type]


def test_standard_text_matches_category_wording_or_amount(rs: ReportSet) -> None:
    assert [f.item.amount for f in rs.standards(text="农村")] == [9000, 5400]
    assert [f.item.amount for f in rs.standards(text="特困")] == [9000]
    assert [f.item.amount for f in rs.standards(text="5400")] == [5400]


# -- fundings ----------------------------------------------------------------------------


def test_totals_only_leaves_out_parts_so_sums_count_nothing_twice(rs: ReportSet) -> None:
    everything = rs.fundings(action="发放")
    assert [f.item.amount for f in everything] == [12_000_000, 3_000_000]
    totals = rs.fundings(action="发放", totals_only=True)
    assert [f.item.amount for f in totals] == [12_000_000]
    assert sum(f.item.amount for f in rs.fundings(totals_only=True, per_capita=False)) == Decimal(
        12_000_000 + 800_000 + 268_000_000
    )


def test_funding_filters(rs: ReportSet) -> None:
    assert [f.item.amount for f in rs.fundings(min_yuan=1_000_000)] == [12_000_000, 3_000_000, 268_000_000]
    assert [f.item.amount for f in rs.fundings(max_yuan="1500")] == [1500]
    assert [f.item.amount for f in rs.fundings(per_capita=True)] == [1500]
    assert len(rs.fundings(per_capita=False)) == 4
    assert [f.item.amount for f in rs.fundings(year=2021)] == [800_000]
    assert [f.item.amount for f in rs.fundings(action=["投入", "筹集"])] == [800_000, 268_000_000]
    assert [f.item.amount for f in rs.fundings(text="养老")] == [268_000_000]
    assert [f.item.amount for f in rs.fundings(region="湖北省")] == [268_000_000]


# -- programs ----------------------------------------------------------------------------


def test_program_filters(rs: ReportSet) -> None:
    assert names(rs.programs(name="三社联动")) == ["xinjin.txt", "tianmen.txt"]
    assert [f.item.name for f in rs.programs(name="食堂")] == ["幸福食堂"]
    assert [f.item.name for f in rs.programs(kind="formulation")] == ["两个维护"]
    kept = rs.programs(exclude_formulations=True)
    assert [f.item.name for f in kept] == ["三社联动", "幸福食堂", "三社联动"]
    sichuan = rs.programs(kind=["工程", "机制"], region="四川省")
    assert [f.item.name for f in sichuan] == ["三社联动", "幸福食堂"]


def test_a_string_filter_given_a_number_is_an_error(rs: ReportSet) -> None:
    with pytest.raises(MinzhengError, match="kind must be a string or several, got int"):
        rs.programs(kind=[1])  # type: ignore[list-item]
    with pytest.raises(MinzhengError, match="year must be an int"):
        rs.standards(year="2020")  # type: ignore[arg-type]


# -- sections and search -----------------------------------------------------------------


def test_sections_by_phase_and_heading(rs: ReportSet) -> None:
    plan = rs.sections(phase="plan")
    assert [(f.report.name, f.item.heading) for f in plan] == [
        ("xinjin.txt", "2021年工作打算"), ("bare.json", "社会事务")
    ]
    assert rs.sections(phase=Phase.PLAN) == plan
    assert [f.path for f in rs.sections(heading="养老")] == [(1, 1), (1,)]
    assert [f.index for f in rs.sections(region="新津区")] == [0, 1, 2]


def test_section_text_filter_includes_parents_and_falls_back_to_headings(rs: ReportSet) -> None:
    found = rs.sections(text="床位")
    assert [(f.report.name, f.path) for f in found] == [("xinjin.txt", (1,)), ("xinjin.txt", (1, 1))]
    assert [(f.report.name, f.path) for f in rs.sections(text="社会事务")] == [("bare.json", (2,))]


def test_search_finds_the_innermost_sections_once_each(rs: ReportSet) -> None:
    found = rs.search("三社联动")
    assert [(f.report.name, f.path, f.item.heading) for f in found] == [
        ("xinjin.txt", (1, 1), "养老服务"),
        ("tianmen.txt", (2,), "基层治理"),
    ]
    assert [(f.report.name, f.path) for f in rs.search("资金")] == [
        ("xinjin.txt", (1,)), ("xinjin.txt", (2,)), ("tianmen.txt", (1,))
    ]


def test_search_reads_headings_of_a_report_without_source(rs: ReportSet) -> None:
    assert [(f.report.name, f.path) for f in rs.search("养老")] == [
        ("xinjin.txt", (1, 1)), ("tianmen.txt", (1,)), ("bare.json", (1,))
    ]


def test_search_with_a_pattern(rs: ReportSet) -> None:
    found = rs.search(r"\d+万元", pattern=True)
    assert [(f.report.name, f.path) for f in found] == [("xinjin.txt", (1,)), ("xinjin.txt", (2,))]
    assert rs.search("不存在的词") == ()
    with pytest.raises(MinzhengError, match="bad search pattern"):
        rs.search("(", pattern=True)
    with pytest.raises(MinzhengError, match="non-empty"):
        rs.search("")


def test_text_before_the_first_section_belongs_to_none(rs: ReportSet) -> None:
    assert [f.report.name for f in rs.search("工作总结")] == []


# -- diagnostics -------------------------------------------------------------------------


def test_diagnostics_by_code_or_dotted_prefix(rs: ReportSet) -> None:
    assert [f.item.code for f in rs.diagnostics()] == ["money.unit_lost", "section.ordinal_lost"]
    money = rs.diagnostics(code="money")
    assert [(f.item.code, f.path) for f in money] == [("money.unit_lost", (1,))]
    assert rs.diagnostics(code="money.unit_lost") == money
    assert rs.diagnostics(code="mon") == ()
    assert [f.path for f in rs.diagnostics(code="section")] == [None]


# -- provenance --------------------------------------------------------------------------


def test_found_items_lead_back_to_their_source(rs: ReportSet) -> None:
    (standard,) = rs.standards(scope="rural", category="低保")
    assert standard.source_text == "5400元"
    assert standard.sentence == "城市低保标准由560元提高到600元/人·月，农村低保标准5400元/人·年。"
    assert standard.section is not None
    assert standard.section.heading == "兜底保障"
    (program,) = rs.programs(name="三社联动", region="四川省")
    assert program.headings == ("社会救助", "养老服务")
    (diagnostic,) = rs.diagnostics(code="section")
    assert diagnostic.source_text == ""
    assert diagnostic.sentence == ""


def test_a_report_without_source_says_so(rs: ReportSet) -> None:
    from minzheng._errors import NoSourceError  # noqa: PLC0415 (close to its one use)

    (section,) = rs.sections(region=None, heading="社会事务")
    with pytest.raises(NoSourceError):
        _ = section.source_text


@pytest.mark.parametrize(
    ("text", "needle", "sentence"),
    [
        pytest.param("甲。乙丙100元丁。戊", "100元", "乙丙100元丁。", id="middle"),
        pytest.param("100元整", "100元", "100元整", id="no-ends"),
        pytest.param("甲\n乙100元", "100元", "乙100元", id="line-break"),
        pytest.param("甲！100元。", "100元。", "100元。", id="span-ends-on-the-stop"),
    ],
)
def test_sentence_span(text: str, needle: str, sentence: str) -> None:
    span = sentence_span(text, at(text, needle))
    assert text[span.start : span.end] == sentence


# -- records -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_records_have_the_documented_columns_in_order(rs: ReportSet, kind: str) -> None:
    records = rs.to_records(kind)  # type: ignore[arg-type]
    assert records
    for record in records:
        assert tuple(record) == RECORD_FIELDS[kind]  # type: ignore[index]


def test_standard_records_carry_report_fields_and_plain_values(rs: ReportSet) -> None:
    first = rs.to_records("standards")[0]
    assert first == {
        "report": "xinjin.txt",
        "title": "新津区民政局2020年工作总结",
        "report_kind": "work_summary",
        "agency": "新津区民政局",
        "region": "新津区",
        "region_level": "district",
        "province": "四川省",
        "published": date(2021, 1, 15),
        "review_year": 2020,
        "plan_year": 2021,
        "index": 0,
        "category": "低保",
        "label": "城乡低保",
        "amount": Decimal(630),
        "upper": None,
        "qualifier": "exact",
        "period": "month",
        "per": "person",
        "scope": "urban_rural",
        "year": 2020,
        "previous_amount": None,
        "growth": None,
        "per_month": Decimal(630),
        "standing": None,
        "text": "630元",
        "start": first["start"],
        "end": first["end"],
        "section": "1",
        "heading": "社会救助",
        "heading_path": "社会救助",
    }
    assert isinstance(first["start"], int)


def test_records_of_each_kind(rs: ReportSet) -> None:
    fundings = rs.to_records("fundings")
    assert [(r["amount"], r["part_of"], r["per_capita"]) for r in fundings][:3] == [
        (Decimal(12_000_000), None, False), (Decimal(3_000_000), 0, False), (Decimal(1500), None, True)
    ]
    programs = rs.to_records("programs")
    assert programs[0]["section"] == "1.1"
    assert programs[0]["heading_path"] == "社会救助 > 养老服务"
    assert programs[0]["mentions"] == 0
    sections = rs.to_records("sections")
    assert [(r["section"], r["children"], r["phase"]) for r in sections][:3] == [
        ("1", 1, "review"), ("1.1", 0, "review"), ("2", 0, "plan")
    ]
    reports = rs.to_records("reports")
    assert [(r["report"], r["province"], r["n_standards"], r["n_sections"]) for r in reports] == [
        ("xinjin.txt", "四川省", 2, 3), ("tianmen.txt", "湖北省", 3, 2), ("bare.json", None, 0, 2)
    ]
    assert rs.to_records("diagnostics")[1]["start"] is None


def test_province_is_the_region_itself_without_parents() -> None:
    tianjin = Report(name="tj", region=Region("天津市", Level.PROVINCE))
    assert ReportSet([tianjin]).to_records("reports")[0]["province"] == "天津市"


def test_found_record_is_the_same_row(rs: ReportSet) -> None:
    assert [f.record() for f in rs.fundings()] == rs.to_records("fundings")


def test_an_unknown_record_kind_is_an_error(rs: ReportSet) -> None:
    with pytest.raises(MinzhengError, match="unknown record kind 'standard'; choose one of standards"):
        rs.to_records("standard")  # type: ignore[arg-type]
    with pytest.raises(MinzhengError, match="unknown record kind"):
        rs.to_frame("facts")  # type: ignore[arg-type]


def test_to_frame_without_pandas_says_how_to_install_it(
    rs: ReportSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an absent package looks like to import
    with pytest.raises(MinzhengError, match=r"pip install 'minzheng\[pandas\]'"):
        rs.to_frame("standards")


def test_records_load_into_pandas(rs: ReportSet) -> None:
    try:
        import pandas as pd  # noqa: PLC0415 (an optional extra)
    except ImportError:  # without the extra, to_frame must say so
        with pytest.raises(MinzhengError, match="needs pandas"):
            rs.to_frame("standards")
        return
    frame = pd.DataFrame(rs.to_records("standards"))
    assert list(frame.columns) == list(RECORD_FIELDS["standards"])
    assert frame["amount"].sum() == Decimal(630 + 9000 + 560 + 600 + 5400)
    by_region = frame.groupby("province")["amount"].count().to_dict()
    assert by_region == {"四川省": 2, "湖北省": 3}
    same = rs.to_frame("standards")
    assert str(same["year"].dtype) == "Int64"
    pd.testing.assert_frame_equal(same, frame.astype(same.dtypes.to_dict()))
    empty = ReportSet([]).to_frame("fundings")
    assert list(empty.columns) == list(RECORD_FIELDS["fundings"])
    assert len(empty) == 0


# -- properties --------------------------------------------------------------------------


@given(any_reports)
def test_records_of_any_report_have_one_row_per_fact(report: Report) -> None:
    rs = ReportSet([report])
    assert len(rs.to_records("standards")) == len(report.standards)
    assert len(rs.to_records("fundings")) == len(report.fundings)
    assert len(rs.to_records("programs")) == len(report.programs)
    assert len(rs.to_records("sections")) == sum(1 for _ in report.iter_sections())
    for kind in RECORD_KINDS:
        for record in rs.to_records(kind):
            assert tuple(record) == RECORD_FIELDS[kind]


@given(any_reports)
def test_search_never_raises_and_finds_sections_of_the_report(report: Report) -> None:
    for found in ReportSet([report]).search("民政"):
        assert found.report is report
        assert found.section is found.item


@given(st.text(alphabet="甲乙。！\n1元", max_size=40), st.data())
def test_sentence_span_holds_the_span_and_no_sentence_end_before_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    grown = sentence_span(text, Span(start, end))
    assert Span(start, end) in grown
    assert grown.end <= len(text)
    assert not any(char in "。！\n" for char in text[grown.start : start])


# -- end to end: shape only, whatever the extraction finds --------------------------------


def test_own_reports_give_records_and_sentences(own_texts: dict[str, str]) -> None:
    rs = ReportSet(parse(text, name=name) for name, text in sorted(own_texts.items()))
    assert [r.name for r in rs] == sorted(own_texts)
    for kind in RECORD_KINDS:
        for record in rs.to_records(kind):
            assert tuple(record) == RECORD_FIELDS[kind]
    assert len(rs.to_records("reports")) == len(own_texts)
    for found in (*rs.standards(), *rs.fundings(), *rs.programs()):
        assert found.source_text
        assert found.source_text.strip() in found.sentence
    for found in rs.search("民政"):
        assert found.item in tuple(found.report.iter_sections())
