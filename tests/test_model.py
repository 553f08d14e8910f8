from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from minzheng import (
    Citation,
    Funding,
    MinzhengError,
    NoSourceError,
    Phase,
    Report,
    Section,
    Span,
    Standard,
    parse,
)
from minzheng.model import Period, monthly


def test_span_is_half_open_and_checked() -> None:
    span = Span(2, 5)
    assert len(span) == 3
    assert 2 in span
    assert 5 not in span
    assert Span(3, 4) in span
    assert span.overlaps(Span(4, 9))
    assert not span.overlaps(Span(5, 9))
    with pytest.raises(MinzhengError, match="start <= end"):
        Span(5, 2)
    with pytest.raises(ValueError, match="0 <= start"):
        Span(-1, 2)


def test_models_are_frozen_and_hashable() -> None:
    funding = Funding(amount=Decimal(1), text="1元", span=Span(0, 2))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        funding.amount = Decimal(2)  # type: ignore[misc]
    assert hash(funding) == hash(attrs.evolve(funding))


def _tree() -> Report:
    leaf = Section(2, "一", 1, "基本民生", Phase.REVIEW, Span(5, 20))
    second = Section(2, "二", 2, "社会治理", Phase.REVIEW, Span(20, 40))
    top = Section(1, "一", 1, "工作情况", Phase.REVIEW, Span(0, 40), (leaf, second))
    plan = Section(1, "二", 2, "工作思路", Phase.PLAN, Span(40, 60))
    return Report(sections=(top, plan))


def test_sections_iterate_depth_first_and_resolve_paths() -> None:
    report = _tree()
    assert [s.heading for s in report.iter_sections()] == ["工作情况", "基本民生", "社会治理", "工作思路"]
    assert report.section_at((1, 2)).heading == "社会治理"  # type: ignore[union-attr]
    assert report.section_at(None) is None
    with pytest.raises(MinzhengError, match="no section"):
        report.section_at((3,))


def test_section_of_uses_the_fact_path_or_the_citation_position() -> None:
    report = _tree()
    funding = Funding(amount=Decimal(1), text="1元", span=Span(25, 27), section=(1, 2))
    assert report.section_of(funding).heading == "社会治理"  # type: ignore[union-attr]
    assert report.section_of(Citation(Span(45, 50), title="条例")).heading == "工作思路"  # type: ignore[union-attr]
    assert report.section_of(Citation(Span(70, 75))) is None


def test_source_text_maps_spans_back_and_needs_the_source() -> None:
    report = parse("发放资金3万元。")
    assert report.source_text(Span(4, 7)) == "3万元"
    with pytest.raises(NoSourceError, match="without its source"):
        attrs.evolve(report, source=None).source_text(Span(0, 1))


MONTHLY_LEVELS = [
    pytest.param("630", Period.MONTH, "630", id="monthly-as-it-is"),
    pytest.param("7200", Period.YEAR, "600", id="yearly-over-twelve"),
    pytest.param("5000", Period.YEAR, "416.67", id="yearly-rounded-to-the-fen"),
    pytest.param("450", Period.QUARTER, "150", id="quarterly-over-three"),
    pytest.param("30", Period.DAY, "912.5", id="daily-over-a-year"),
    pytest.param("1000", Period.ONCE, None, id="once-has-none"),
    pytest.param("800", None, None, id="no-period-has-none"),
]


@pytest.mark.parametrize(("amount", "period", "per_month"), MONTHLY_LEVELS)
def test_a_standard_knows_its_monthly_level(
    amount: str, period: Period | None, per_month: str | None
) -> None:
    written = Decimal(amount)
    standard = Standard("低保", "低保", amount=written, text="", span=Span(0, 0), period=period)
    assert standard.per_month == (None if per_month is None else Decimal(per_month))
    assert monthly(written, period) == standard.per_month
