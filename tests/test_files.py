from __future__ import annotations

from pathlib import Path

import pytest

from minzheng import DecodeError, MinzhengError, parse_file

TEXT = "某市民政局2024年工作总结\n一、社会救助\n全年发放低保金1200万元。\n"


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(TEXT.encode("gb18030"), id="gb18030"),
        pytest.param(TEXT.encode("gbk"), id="gbk"),
    ],
)
def test_parse_file_decodes_common_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(encoded)
    report = parse_file(path)
    assert report.source == TEXT
    assert report.name == "report.txt"


def test_undecodable_bytes_give_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\x81\x30\xff\xff" * 4)
    with pytest.raises(DecodeError, match=r"broken\.txt: bytes are neither UTF-8 nor GB18030"):
        parse_file(path)


def test_missing_file_and_directory_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(MinzhengError, match="no such file"):
        parse_file(tmp_path / "absent.txt")
    with pytest.raises(MinzhengError, match="is a directory"):
        parse_file(tmp_path)
