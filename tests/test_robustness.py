"""Whole-pipeline properties: parse never fails on any text, and its output is coherent.

``parse`` turns an internal failure into an ``internal.error`` diagnostic rather than
raising, so every test here also checks that no such diagnostic was produced.
"""

from __future__ import annotations

import random

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import check_invariants, money_in_body
from minzheng import parse, unstructure

# Arbitrary Unicode, with the characters that break naive code mixed in.
nasty = st.sampled_from(
    ["\x00", "\ud800", "\udfff", "\u202e", "\u200b", "\ufeff", "🧧", "\r", "\n", "\t", "\u3000"]
)
report_words = st.sampled_from([
    "一、", "(一)", "（二）", "1.", "2、", "()", "第一部分", "一是", "元", "万元", "亿元", "每人每月", "低保",
    "标准", "提高到", "分别调整为", "、", "，", "。", "“", "”", "「", "」", "《", "》", "〔2020〕", "号",
    "约", "余", "左右", "X元", "20xx年", "2020年", "630/.月", "记者:", "相关焦点", "\n", " ", "12", "3.5",
    "二○一二年一月四日", "索引号", "发布机构", "天津市民政局", "——", "工程", "行动",
])
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(st.text(max_size=5), nasty, report_words), max_size=80).map("".join),
)


@given(texts)
def test_parse_never_fails_and_output_is_coherent(text: str) -> None:
    check_invariants(text)


@given(texts)
def test_parsing_is_deterministic(text: str) -> None:
    assert parse(text, name="a") == parse(text, name="a")


ADVERSARIAL = {
    "empty": "",
    "only-newlines": "\n" * 1000,
    "only-digits": "1234567890" * 5000,
    "only-punctuation": "，。、；：“”《》（）【】" * 3000,
    "huge-amount": "发放资金" + "9" * 31 + "元。" + "共计10" + "0" * 30 + "亿元。",
    "many-headings": "".join(f"{i}.标题{i}\n正文。\n" for i in range(1, 20_000)),
    "deep-numbering": "".join(f"{'(' * d}{d}{')' * d}标题\n" for d in range(1, 300)),
    "long-line": "民政工作稳步推进，发放资金3万元。" * 20_000,
    "digit-runs-with-units": ("1" * 500 + "元") * 50,
    "list-of-commas": "、" * 50_000 + "元",
    "unclosed-quotes": "“" * 20_000 + "工程",
    "unclosed-brackets": "〔" * 20_000 + "号",
    "repeated-yishi": "一是" * 30_000,
    "chrome-only": "简体 | 繁体 无障碍 长者模式\n扫一扫在手机上查看当前页面\n我要打印 关闭窗口\n" * 50,
    "placeholders": "低保标准为每人每月X元，投入资金xx万元，20xx年工作计划。",
    "surrogates-and-controls": "\ud800民政\x00局\u202e2020年\udfff发放1万元\x07",
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_inputs(text: str) -> None:
    check_invariants(text)


def test_five_megabyte_single_line() -> None:
    line = "城乡低保标准提高到每人每月800元，全年发放资金1.2亿元，实施“暖心”工程；" * 150_000
    assert len(line) > 5_000_000
    report = check_invariants(line)
    assert len(report.standards) + len(report.fundings) > 0


def test_own_reports_parse_cleanly(own_texts: dict[str, str]) -> None:
    for text in own_texts.values():
        check_invariants(text)


@settings(max_examples=25)
@given(st.data())
def test_cut_and_shuffled_reports_parse_cleanly(own_texts: dict[str, str], data: st.DataObject) -> None:
    corpus = list(own_texts.values())
    chosen = data.draw(st.lists(st.sampled_from(corpus), min_size=1, max_size=3))
    text = "\n".join(chosen)
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    lines = text[:cut].splitlines()
    random.Random(data.draw(st.integers())).shuffle(lines)  # noqa: S311 (test data)
    check_invariants("\n".join(lines))


def test_every_money_amount_in_the_body_is_one_fact(own_texts: dict[str, str]) -> None:
    for name, text in own_texts.items():
        report = parse(text)
        facts = {s.span for s in report.standards} | {f.span for f in report.fundings}
        assert facts == money_in_body(text), name


def test_traditional_and_simplified_forms_give_the_same_facts(own_texts: dict[str, str]) -> None:
    to_traditional = opencc.OpenCC("s2t")
    for text in own_texts.values():
        simplified = parse(text)
        traditional = parse(to_traditional.convert(text))
        assert unstructure(traditional.standards) == unstructure(simplified.standards)
        assert unstructure(traditional.fundings) == unstructure(simplified.fundings)
        assert [p.name for p in traditional.programs] == [p.name for p in simplified.programs]
        assert unstructure(traditional.sections) == unstructure(simplified.sections)
