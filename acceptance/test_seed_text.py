"""The seeds read cleanly: script conversion, line zones, whole-pipeline invariants.

These are the package's own text-layer and robustness checks run again on the real seed
reports, which the package's tests do not hold.
"""

from __future__ import annotations

import itertools
import re

import opencc
import pytest

from checks import check_invariants, money_in_body
from minzheng import ReportSet, Script, parse
from minzheng.query import RECORD_FIELDS, RECORD_KINDS
from minzheng.text.clean import Zone, classify
from minzheng.text.normalize import normalize, to_simplified

T2S = opencc.OpenCC("t2s")
MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元")


def zones(text: str) -> list[tuple[str, Zone]]:
    return [(text[line.span.start : line.span.end], line.zone) for line in classify(text)]


def test_seeds_convert_exactly_as_opencc(seed_texts):
    for name, text in seed_texts.items():
        assert to_simplified(text) == T2S.convert(text), name


def test_seed_scripts(seed_texts):
    scripts = {normalize(text).script for text in seed_texts.values()}
    assert scripts == {Script.SIMPLIFIED, Script.TRADITIONAL}


def test_seeds_parse_cleanly(seed_texts):
    for text in seed_texts.values():
        check_invariants(text)


def test_every_money_amount_in_a_seed_body_is_one_fact(seed_texts):
    for name, text in seed_texts.items():
        report = parse(text)
        facts = {s.span for s in report.standards} | {f.span for f in report.fundings}
        assert facts == money_in_body(text), name


def test_seed_reports_give_records_and_sentences(seed_texts):
    rs = ReportSet(parse(text, name=name) for name, text in sorted(seed_texts.items()))
    assert [r.name for r in rs] == sorted(seed_texts)
    for kind in RECORD_KINDS:
        for record in rs.to_records(kind):
            assert tuple(record) == RECORD_FIELDS[kind]
    assert len(rs.to_records("reports")) == len(seed_texts)
    for found in (*rs.standards(), *rs.fundings(), *rs.programs()):
        assert found.source_text
        assert found.source_text.strip() in found.sentence


def _seed_lines(text: str) -> list[tuple[str, Zone]]:
    return zones(normalize(text).text)


def test_seed_related_block_runs_to_the_end(seed_texts):
    found = False
    for text in seed_texts.values():
        lines = _seed_lines(text)
        heading = next((index for index, (line, _) in enumerate(lines) if line.strip() == "相关焦点"), None)
        if heading is not None:
            found = True
            assert all(zone is Zone.RELATED for _, zone in lines[heading:])
            assert all(zone is not Zone.RELATED for _, zone in lines[:heading])
    assert found


def test_seed_interview_starts_with_spam(seed_texts):
    interviews = [
        text for text in seed_texts.values() if re.search(r"^记者:", normalize(text).text, re.MULTILINE)
    ]
    assert interviews
    for text in interviews:
        lines = [(line, zone) for line, zone in _seed_lines(text) if zone is not Zone.BLANK]
        assert lines[0][1] is Zone.SPAM
        turns = [zone for line, zone in lines if re.match(r"记者:", line)]
        assert turns
        assert all(zone is Zone.BODY for zone in turns)


@pytest.mark.parametrize(
    ("pattern", "zone"),
    [
        pytest.param(r"^我要打印\s*关闭窗口$", Zone.CHROME, id="print-close"),
        pytest.param(r"^扫一扫在手机", Zone.CHROME, id="phone-prompt"),
        pytest.param(r"^当前位置", Zone.CHROME, id="breadcrumb"),
        pytest.param(r"^简体\|\s*繁体", Zone.CHROME, id="script-switch"),
        pytest.param(r"^【字体", Zone.CHROME, id="font-bar"),
        pytest.param(r"^发布时间:\d{4}-", Zone.METADATA, id="published-time"),
        pytest.param(r"^时间:\d{4}-\d\d-\d\d\s+浏览量", Zone.METADATA, id="byline-with-counter"),
        pytest.param(r"^本报记者", Zone.METADATA, id="reporter"),
        pytest.param(r"^\d{4}-\d\d-\d\d [^\s]+报$", Zone.METADATA, id="date-and-paper"),
        pytest.param(r"^索\s*引\s*号", Zone.METADATA, id="index-label"),
        pytest.param(r"^发\s*布\s*机\s*构", Zone.METADATA, id="agency-label"),
        pytest.param(r"^一、", Zone.BODY, id="level-one-heading"),
        pytest.param(r"^[(（][一二三四五六七八九十]+[)）]", Zone.BODY, id="level-two-heading"),
        pytest.param(r"^\s*聚焦", Zone.BODY, id="news-subhead"),
    ],
)
def test_seed_lines_by_content(seed_texts, pattern, zone):
    matched = [
        (line, got)
        for text in seed_texts.values()
        for line, got in _seed_lines(text)
        if re.search(pattern, line.strip())
    ]
    assert matched, pattern
    assert all(got is zone for _, got in matched), [line for line, got in matched if got is not zone]


def test_seed_metadata_values_follow_their_labels(seed_texts):
    for text in seed_texts.values():
        lines = [(line.strip(), zone) for line, zone in _seed_lines(text)]
        for index, (line, zone) in enumerate(lines[:-1]):
            if re.fullmatch(r"发\s*布\s*机\s*构\s*:?", line):
                assert zone is Zone.METADATA
                assert lines[index + 1][1] is Zone.METADATA
                assert lines[index + 1][0].endswith("民政局")


def test_seed_money_lines_are_body(seed_texts):
    for name, text in seed_texts.items():
        for line, zone in _seed_lines(text):
            if MONEY.search(line) and zone is not Zone.RELATED:
                assert zone is Zone.BODY, (name, line)


def test_seed_signatures_are_body(seed_texts):
    signatures = 0
    for text in seed_texts.values():
        lines = [(line.strip(), zone) for line, zone in _seed_lines(text) if zone is not Zone.BLANK]
        for (line, zone), (after, after_zone) in itertools.pairwise(lines):
            if re.fullmatch(r"\S+民政局", line) and re.fullmatch(r"\d{8}|\d{4}年\d{1,2}月\d{1,2}日", after):
                signatures += 1
                assert (zone, after_zone) == (Zone.BODY, Zone.BODY), line
            if re.fullmatch(
                r"[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日", line
            ):
                signatures += 1
                assert zone is Zone.BODY, line
    assert signatures >= 2
