from __future__ import annotations

import logging

import pytest

from minzheng import parse
from minzheng.parse import pipeline

REPORT = (
    "某县民政局2024年工作总结\n一、社会救助\n"
    "城乡低保标准提高到每人每月700元，全年发放低保金3200万元。实施“暖心”工程。\n"
)


def _boom(*_: object) -> object:
    msg = "stage bug"
    raise RuntimeError(msg)


@pytest.mark.parametrize(
    ("stage", "kept"),
    [
        pytest.param("extract_money", "programs", id="money-fails-programs-kept"),
        pytest.param("extract_programs", "fundings", id="programs-fail-money-kept"),
        pytest.param("parse_metadata", "fundings", id="metadata-fails-money-kept"),
        pytest.param("parse_sections", "standards", id="sections-fail-money-kept"),
    ],
)
def test_a_failing_stage_costs_only_its_own_facts(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, stage: str, kept: str
) -> None:
    monkeypatch.setattr(pipeline, stage, _boom)
    with caplog.at_level(logging.ERROR, logger="minzheng.parse.pipeline"):
        report = parse(REPORT, name="r.txt")
    (failure,) = [d for d in report.diagnostics if d.code == "internal.error"]
    assert "RuntimeError: stage bug" in failure.message
    assert getattr(report, kept), f"{kept} lost when {stage} failed"
    assert "r.txt" in caplog.text


def test_a_failing_normalizer_still_returns_a_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "normalize_cached", _boom)
    report = parse(REPORT, name="r.txt")
    assert report.source == REPORT
    assert [d.code for d in report.diagnostics] == ["internal.error"]


def test_parse_refuses_bytes_with_a_hint() -> None:
    with pytest.raises(TypeError, match="parse_file"):
        parse(REPORT.encode())  # type: ignore[arg-type]


def test_a_healthy_parse_has_no_internal_error() -> None:
    report = parse(REPORT)
    assert report.standards
    assert report.fundings
    assert not [d for d in report.diagnostics if d.code == "internal.error"]
