"""Document numbers: found from their bracket, the issuer read back, damage marked."""

from __future__ import annotations

import pytest

from minzheng.text.docnumbers import find_doc_numbers, is_doc_number

FOUND = [
    pytest.param(
        "根据某民发〔2021〕2号和民函[2022]9号要求",
        [("某民发〔2021〕2号", False), ("民函[2022]9号", False)],
        id="lead-ins-trimmed",
    ),
    pytest.param("印发津民发〔2012〕1号的通知", [("津民发〔2012〕1号", False)], id="issuing-verb"),
    pytest.param("按照鄂政办发(2020)14号", [("鄂政办发(2020)14号", False)], id="round-brackets"),
    pytest.param("贯彻落实某民规【2019】3号精神", [("某民规【2019】3号", False)], id="two-lead-ins"),
    pytest.param("执行鄂发〔202014号文件", [("鄂发〔202014号", True)], id="closing-bracket-lost"),
    pytest.param("依据某民发〔2020〕18文件", [("某民发〔2020〕18", True)], id="hao-lost"),
    pytest.param("2020年全年救助(2020)人次", [], id="no-issuer"),
    pytest.param("民政局〔2020〕1号", [], id="issuer-without-document-type"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: list[tuple[str, bool]]) -> None:
    found = list(find_doc_numbers(text))
    assert [(n.text, n.damaged) for n in found] == expected
    assert [text[n.span.start : n.span.end] for n in found] == [number for number, _ in expected]


def test_issuer_is_not_read_back_before_the_start() -> None:
    text = "某某民发〔2021〕2号"
    (found,) = find_doc_numbers(text, 2)
    assert found.text == "民发〔2021〕2号"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("津民发〔2012〕1号", True), ("根据津民发〔2012〕1号", False), ("津民发〔2012〕1", False), ("", False)],
)
def test_is_doc_number(value: str, *, expected: bool) -> None:
    assert is_doc_number(value) is expected
