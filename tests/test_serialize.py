from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given

import minzheng
from minzheng import (
    SCHEMA,
    Funding,
    Period,
    Region,
    Report,
    Scope,
    Span,
    Standard,
    StructureError,
    dumps,
    loads,
    structure,
    unstructure,
)
from strategies import citations, fundings, programs, regions, reports, sections, standards


@given(reports)
def test_report_round_trips_through_plain_data(report: Report) -> None:
    assert structure(unstructure(report), Report) == report


@given(reports)
def test_report_round_trips_through_json(report: Report) -> None:
    assert loads(dumps(report)) == report


@pytest.mark.parametrize(
    ("strategy", "cls"),
    [
        pytest.param(standards, Standard, id="standard"),
        pytest.param(fundings, Funding, id="funding"),
        pytest.param(programs, minzheng.Program, id="program"),
        pytest.param(citations, minzheng.Citation, id="citation"),
        pytest.param(sections, minzheng.Section, id="section"),
        pytest.param(regions, Region, id="region"),
    ],
)
def test_every_model_round_trips(strategy, cls) -> None:
    @given(strategy)
    def check(obj) -> None:
        assert structure(unstructure(obj), cls) == obj
        assert loads(dumps(obj), cls) == obj

    check()


def _report() -> Report:
    standard = Standard(
        category="低保", label="城市最低生活保障标准", amount=Decimal(630), text="630元",
        span=Span(10, 14), period=Period.MONTH, scope=Scope.URBAN, growth=Decimal("5.0"),
    )
    funding = Funding(amount=Decimal(268000000), text="2.68亿元", span=Span(30, 36), action="发放")
    return Report(name="a.txt", published=date(2021, 1, 21), standards=(standard,), fundings=(funding,),
                  region=Region("天门市", minzheng.Level.PREFECTURE, ("湖北省",)))


def test_plain_data_has_schema_decimal_strings_and_iso_dates() -> None:
    data = json.loads(dumps(_report()))
    assert data["schema"] == SCHEMA
    assert data["published"] == "2021-01-21"
    assert data["standards"][0]["amount"] == "630"
    assert data["standards"][0]["growth"] == "5.0"
    assert data["standards"][0]["period"] == "month"
    assert data["standards"][0]["span"] == [10, 14]
    assert data["fundings"][0]["amount"] == "268000000"
    assert data["region"] == {"name": "天门市", "level": "prefecture", "parents": ["湖北省"]}


def test_plain_data_keys_follow_the_contract() -> None:
    data = unstructure(_report())
    assert list(data)[:3] == ["schema", "name", "title"]
    for key in ("sections", "turns", "standards", "fundings", "programs", "citations", "diagnostics"):
        assert data[key] == [] or isinstance(data[key], list)
    assert set(data["standards"][0]) >= {
        "category", "label", "amount", "upper", "qualifier", "period", "per", "scope", "year",
        "previous_amount", "growth", "text", "span", "section", "per_month",
    }


def test_plain_data_carries_the_monthly_level() -> None:
    data = unstructure(_report())
    assert data["standards"][0]["per_month"] == "630"


def test_data_of_the_first_schema_still_loads_with_the_monthly_level_computed() -> None:
    data = unstructure(_report())
    data["schema"] = "minzheng/1"
    del data["standards"][0]["per_month"]
    report = structure(data, Report)
    assert report == _report()
    assert report.standards[0].per_month == Decimal(630)


@pytest.mark.parametrize(
    ("mutate", "path_fragment"),
    [
        pytest.param(lambda d: d["standards"][0].update(amount=630.5), "amount", id="float-amount"),
        pytest.param(lambda d: d["standards"][0].update(amount="six"), "amount", id="bad-decimal"),
        pytest.param(lambda d: d["standards"][0].update(amount="NaN"), "amount", id="nan-decimal"),
        pytest.param(lambda d: d["standards"][0].update(period="fortnight"), "period", id="bad-enum"),
        pytest.param(lambda d: d["fundings"][0].update(span=[5]), "span", id="short-span"),
        pytest.param(lambda d: d.update(published="21/01/2021"), "published", id="bad-date"),
        pytest.param(lambda d: d.update(surprise=1), "surprise", id="extra-key"),
        pytest.param(lambda d: d.update(schema="minzheng/99"), "schema", id="future-schema"),
    ],
)
def test_bad_data_raises_structure_error_naming_the_field(mutate, path_fragment: str) -> None:
    data = unstructure(_report())
    mutate(data)
    with pytest.raises(StructureError, match=path_fragment):
        structure(data, Report)


def test_loads_rejects_non_json_with_structure_error() -> None:
    with pytest.raises(StructureError, match="not JSON"):
        loads("{nope")


def test_structure_error_is_a_minzheng_error_and_value_error() -> None:
    with pytest.raises(minzheng.MinzhengError):
        structure([], Report)
    with pytest.raises(ValueError, match="Report"):
        structure("x", Report)
