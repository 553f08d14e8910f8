"""Encodings: told apart, not guessed as GB18030 into mojibake.

After UTF-8 (and byte-order marks), the encoding is detected among the CJK encodings
before GB18030 is tried; a guess too weak to trust, or text that comes out mostly as
private-use or unassigned characters, fails the file with a ``DecodeError``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minzheng import DecodeError, parse_file, parse_many
from minzheng._files import decode
from minzheng.cli import main

TRADITIONAL = (
    "某市社會局2023年工作總結\n一、社會救助\n城鄉低保標準由每人每月680元提高到710元。"
    "全年發放低保金1200萬元，惠及困難群眾3.2萬人。\n二、養老服務\n"
    "新建社區養老服務中心12個，發放高齡津貼560萬元。\n"
)
SIMPLIFIED = (
    "某市民政局2023年工作总结\n一、社会救助\n城乡低保标准由每人每月680元提高到710元。"
    "全年发放低保金1200万元，惠及困难群众3.2万人。\n二、养老服务\n"
    "新建社区养老服务中心12个，发放高龄津贴560万元。\n"
)
JAPANESE = (
    "令和五年度の生活保護費は前年度より増加しました。市町村は高齢者の見守り活動を強化し、"
    "介護保険の申請手続きを簡素化します。福祉事務所の職員を増やし、相談窓口を開設しました。\n"
)
KOREAN = (
    "올해 기초생활보장 수급자에게 생계급여를 지급하였으며, 노인 돌봄 서비스를 확대하고 "
    "장애인 연금을 인상하였습니다. 복지관을 새로 열었습니다.\n"
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(TRADITIONAL, "big5", id="big5"),
        pytest.param(TRADITIONAL, "cp950", id="cp950"),
        pytest.param(JAPANESE, "shift_jis", id="shift-jis"),
        pytest.param(JAPANESE, "euc_jp", id="euc-jp"),
        pytest.param(KOREAN, "euc_kr", id="euc-kr"),
        pytest.param(SIMPLIFIED, "gb18030", id="gb18030"),
        pytest.param(SIMPLIFIED, "gbk", id="gbk"),
        pytest.param(SIMPLIFIED, "gb2312", id="gb2312"),
        pytest.param(TRADITIONAL, "gb18030", id="traditional-in-gb18030"),
        pytest.param(SIMPLIFIED, "utf-16", id="utf-16-with-bom"),
        pytest.param(SIMPLIFIED, "utf-32", id="utf-32-with-bom"),
        pytest.param(SIMPLIFIED, "utf-8-sig", id="utf-8-with-bom"),
    ],
)
def test_the_encoding_is_detected(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_short_gb18030_text_is_still_read() -> None:
    assert decode("民政".encode("gb18030")) == "民政"
    assert decode("全年发放低保金1200万元。".encode("gbk")) == "全年发放低保金1200万元。"


def test_a_big5_report_parses_to_its_facts(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    report = parse_file(path)
    assert report.source == TRADITIONAL
    assert "710" in [str(standard.amount) for standard in report.standards]
    assert {standard.category for standard in report.standards} == {"低保"}
    assert "12000000" in [str(funding.amount) for funding in report.fundings]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param("".join(chr(0xF0000 + 7 * i) for i in range(300)).encode("gb18030"),
                     "mostly private-use or unassigned", id="private-use-plane"),
        pytest.param("".join(chr(c) for c in range(0x2FE0, 0x2FF0)).encode("gb18030") * 20,
                     "mostly private-use or unassigned", id="unassigned"),
        pytest.param("".join(chr(0xE000 + i) for i in range(300)).encode("gb18030"),
                     "encoding", id="private-use-guessed-weakly"),
        pytest.param(b"\x81\x30\xff\xff" * 4, "neither UTF-8 nor GB18030", id="undecodable"),
    ],
)
def test_bytes_that_give_no_trustworthy_text_fail(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_in_a_corpus_run_mojibake_is_a_failure_and_big5_a_success(tmp_path: Path) -> None:
    (tmp_path / "a_big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    (tmp_path / "b_pua.txt").write_bytes("".join(chr(0xF0000 + i) for i in range(300)).encode("gb18030"))
    (tmp_path / "c_sjis.txt").write_bytes(JAPANESE.encode("shift_jis"))
    rs = parse_many(tmp_path, workers=1)
    assert [report.source for report in rs] == [TRADITIONAL, JAPANESE]
    (failure,) = rs.failures
    assert failure.path == str(tmp_path / "b_pua.txt")
    assert "private-use" in failure.message


def test_the_cli_fails_a_file_of_no_trustworthy_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pua.txt"
    path.write_bytes("".join(chr(0xF0000 + i) for i in range(300)).encode("gb18030"))
    assert main(["parse", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"minzheng: {path}: ")
    assert err.count("\n") == 1
