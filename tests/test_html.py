"""HTML pages: their text read with block boundaries as line breaks, spans mapped into the markup."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import minzheng
from minzheng import SourceFormat, Span
from minzheng.text.html import extract_text, looks_like_html, normalize_html

PAGE = (
    "<!DOCTYPE html>\n<html><head><title>某县民政局2023年工作总结</title>"
    "<style>p { color: red }</style><script>var 元 = 1;</script></head>\n<body>\n"
    "  <div class='nav'><a href='/'>首页</a> &gt; <a>工作总结</a></div>\n"
    "  <h1>某县民政局2023年工作总结</h1>\n"
    "  <p>一、社会救助</p>\n"
    "  <p>全年发放城乡低保金<strong>1860.4</strong>万元，城市低保标准提高到每人每月&nbsp;780元。</p>\n"
    "  <p>二、养老服务</p>\n"
    "  <p>新建幸福院9所，<br>投入资金&#50;40万元。</p>\n"
    "</body></html>"
)


def test_block_tags_break_lines_and_scripts_are_left_out() -> None:
    text, _ = extract_text(PAGE)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert "一、社会救助" in lines
    assert "二、养老服务" in lines
    assert "新建幸福院9所，" in lines
    assert "投入资金240万元。" in lines
    assert not any("color" in line or "var" in line for line in lines)


@pytest.mark.parametrize("suffix", [".html", ".htm", ".txt"])
def test_parse_file_reads_the_page(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(PAGE, encoding="utf-8")
    report = minzheng.parse_file(path)
    assert report.source_format is SourceFormat.HTML
    assert [section.heading for section in report.sections] == ["社会救助", "养老服务"]
    amounts = {fact.amount: fact for fact in (*report.standards, *report.fundings)}
    assert set(amounts) == {Decimal(18_604_000), Decimal(780), Decimal(2_400_000)}
    assert report.source_text(amounts[Decimal(18_604_000)].span) == "1860.4</strong>万元"
    assert report.source_text(amounts[Decimal(2_400_000)].span) == "&#50;40万元"
    assert report.title == "某县民政局2023年工作总结"
    again = minzheng.loads(minzheng.dumps(report))
    assert again.source_format is SourceFormat.HTML
    assert again.source_text(amounts[Decimal(780)].span) == report.source_text(amounts[Decimal(780)].span)


def test_a_string_of_html_gets_a_diagnostic_unless_read_as_html() -> None:
    plain = minzheng.parse(PAGE)
    (diagnostic,) = [d for d in plain.diagnostics if d.code == "text.looks_like_html"]
    assert "parse_file" in diagnostic.message
    read = minzheng.parse(PAGE, html=True)
    assert not [d for d in read.diagnostics if d.code == "text.looks_like_html"]
    assert [section.heading for section in read.sections] == ["社会救助", "养老服务"]


@pytest.mark.parametrize(
    "text",
    [
        "全年发放低保金300万元。",
        "比较<大于>和<小于>的用法",
        "《关于<p>标签的说明》",
        "<p>只有一个段落</p>",
    ],
)
def test_text_is_not_taken_for_html(text: str) -> None:
    assert not looks_like_html(text)


markup = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<div class='a'>", "</div>", "<br/>", "<b>", "</b>", "&nbsp;", "&lt;", "&#20013;",
         "<!-- 注释 -->", "<script>x<y</script>", "\n  ", "低保", "300万元", "。", "<", ">", "&", "發放"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(markup)
def test_every_character_maps_back_into_the_markup(page: str) -> None:
    normalized = normalize_html(page)
    size = len(normalized.text)
    for index in range(size):
        source = normalized.to_source(Span(index, index + 1))
        assert 0 <= source.start <= source.end <= len(page)
    whole = normalized.to_source(Span(0, size))
    assert whole.end <= len(page)
    minzheng.parse(page, html=True)  # never raises
