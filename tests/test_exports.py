"""The command line's outputs by ``--out`` suffix, ``--bom``, ``--unique`` and ``show``."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest

from minzheng import cli
from minzheng.cli import main
from minzheng.query import RECORD_FIELDS, RECORD_KINDS, ReportSet

REPORT = (
    "某县民政局2023年工作总结\n"
    "一、社会救助\n"
    "城乡低保标准每人每月700元，全年发放资金300万元。\n"
    "二、社区治理\n"
    "推进“邻里守望”行动，力争募集资金=50万元。\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(REPORT.replace("2023", "2022"), encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return status, out, err


# -- suffixes ---------------------------------------------------------------------------------

SUFFIXES = [
    pytest.param("out.json", lambda text: json.loads(text)[0]["schema"], id="json"),
    pytest.param("out.jsonl", lambda text: json.loads(text.splitlines()[0])["schema"], id="jsonl"),
    pytest.param("out.ndjson", lambda text: json.loads(text.splitlines()[1])["schema"], id="ndjson"),
    pytest.param("OUT.JSON", lambda text: json.loads(text)[1]["schema"], id="suffix-in-capitals"),
]


@pytest.mark.parametrize(("name", "schema_of"), SUFFIXES)
def test_json_suffixes(capsys, folder: Path, name, schema_of) -> None:
    status, _, _ = run(capsys, "parse", folder / "in", "--out", folder / name)
    assert status == 0
    assert schema_of((folder / name).read_text(encoding="utf-8")).startswith("minzheng/")


@pytest.mark.parametrize("name", ["s.xls", "s.tsv", "s.html", "s.parq"])
def test_an_unknown_suffix_is_a_usage_error_and_writes_nothing(capsys, folder: Path, name: str) -> None:
    status, out, err = run(capsys, "parse", folder / "in", "--out", folder / name)
    assert status == 2
    assert out == ""
    assert "unknown suffix" in err
    assert ".xlsx" in err
    assert not (folder / name).exists()


def test_an_explicit_format_takes_any_suffix(capsys, folder: Path) -> None:
    status, _, _ = run(capsys, "parse", folder / "in", "--format", "jsonl", "--out", folder / "s.data")
    assert status == 0
    assert len((folder / "s.data").read_text(encoding="utf-8").splitlines()) == 2


def test_binary_formats_need_a_file(capsys, folder: Path) -> None:
    status, out, err = run(capsys, "parse", folder / "in", "--format", "xlsx")
    assert status == 2
    assert out == ""
    assert "give --out FILE" in err


def test_a_missing_extra_is_named(capsys, folder: Path, monkeypatch) -> None:
    extras = cli._export.EXTRAS  # noqa: SLF001 (a library taken away)
    monkeypatch.setitem(extras, "parquet", ("no_such_module_here", "parquet"))
    status, _, err = run(capsys, "parse", folder / "in", "--out", folder / "s.parquet")
    assert status == 2
    assert "pip install 'minzheng[parquet]'" in err


# -- CSV and its byte-order mark --------------------------------------------------------------


def test_csv_on_stdout_has_a_bom_only_when_asked(capsys, folder: Path) -> None:
    _, plain, _ = run(capsys, "parse", folder / "in", "--format", "csv")
    _, marked, _ = run(capsys, "parse", folder / "in", "--format", "csv", "--bom")
    assert not plain.startswith("\ufeff")
    assert marked == "\ufeff" + plain


def test_csv_has_qualifier_and_target_columns(capsys, folder: Path) -> None:
    _, out, _ = run(capsys, "parse", folder / "in", "--format", "csv", "--facts", "fundings")
    header = next(csv.reader(io.StringIO(out)))
    assert {"qualifier", "target"} <= set(header)


def test_table_shows_qualifier_and_target(capsys, folder: Path) -> None:
    _, out, _ = run(capsys, "parse", folder / "in" / "a.txt", "--format", "table", "--facts", "fundings")
    header = out.splitlines()[0].split()
    assert header[:7] == ["report", "region", "year", "action", "qualifier", "amount", "target"]


# -- Excel ------------------------------------------------------------------------------------


def test_xlsx_has_a_sheet_per_kind_with_typed_cells(capsys, folder: Path) -> None:
    status, _, _ = run(capsys, "parse", folder / "in", "--out", folder / "s.xlsx")
    assert status == 0
    book = openpyxl.load_workbook(folder / "s.xlsx")
    assert book.sheetnames == list(RECORD_KINDS)
    rows = list(book["standards"].iter_rows(values_only=True))
    assert rows[0] == RECORD_FIELDS["standards"]
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["amount"] == 700
    assert row["year"] == 2023
    assert row["category"] == "低保"


def test_xlsx_of_one_kind_and_strings_never_formulas(capsys, folder: Path) -> None:
    status, _, _ = run(capsys, "parse", folder / "in", "--facts", "fundings", "--out", folder / "f.xlsx")
    assert status == 0
    book = openpyxl.load_workbook(folder / "f.xlsx")
    assert book.sheetnames == ["fundings"]
    cells = [cell for row in book["fundings"].iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)


# -- Parquet ----------------------------------------------------------------------------------


def test_parquet_columns_are_typed(capsys, folder: Path) -> None:
    status, _, _ = run(capsys, "parse", folder / "in", "--out", folder / "s.parquet")
    assert status == 0
    table = pq.read_table(folder / "s.parquet")
    assert table.column_names == list(RECORD_FIELDS["standards"])
    schema = {field.name: str(field.type) for field in table.schema}
    assert schema["year"] == "int64"
    assert schema["amount"].startswith("decimal128")
    assert table.column("amount").to_pylist()[0] == Decimal(700)


def test_parquet_of_reports_has_dates(capsys, folder: Path) -> None:
    text = "某县民政局2023年工作总结\n发布日期：2024-01-05\n城乡低保标准每人每月700元。\n"
    (folder / "in" / "c.txt").write_text(text, encoding="utf-8")
    status, _, _ = run(capsys, "parse", folder / "in", "--facts", "reports", "--out", folder / "r.parquet")
    assert status == 0
    table = pq.read_table(folder / "r.parquet")
    assert str(table.schema.field("published").type) == "date32[day]"
    assert date(2024, 1, 5) in table.column("published").to_pylist()


# -- pandas -----------------------------------------------------------------------------------


def test_frames_are_typed(folder: Path) -> None:
    import minzheng  # noqa: PLC0415

    reports = minzheng.parse_many([folder / "in"])
    frame = reports.to_frame("standards")
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["review_year"].dtype) == "Int64"
    assert frame["amount"].iloc[0] == Decimal(700)
    fundings = reports.fundings().to_frame()
    assert str(fundings["target"].dtype) == "boolean"
    assert str(fundings["part_of"].dtype) == "Int64"
    assert str(reports.to_frame("reports")["published"].dtype).startswith("datetime64")


# -- copies -----------------------------------------------------------------------------------


def test_unique_leaves_out_copies(capsys, folder: Path) -> None:
    copy = "首页 > 新闻\n" + REPORT + "\n扫一扫在手机打开\n"
    (folder / "in" / "copy.txt").write_text(copy, encoding="utf-8")
    status, out, err = run(capsys, "parse", folder / "in", "--unique", "--format", "jsonl")
    assert status == 0
    assert len(out.splitlines()) == 1
    assert "left out 2 copies of 1 reports" in err


# -- show -------------------------------------------------------------------------------------


def test_show_prints_the_annotated_text(capsys, folder: Path) -> None:
    status, out, _ = run(capsys, "show", folder / "in" / "a.txt")
    assert status == 0
    assert "700元⟦低保 · urban_rural · 700/person/month" in out


def test_show_writes_a_standalone_page(capsys, folder: Path) -> None:
    status, out, _ = run(capsys, "show", folder / "in" / "a.txt", "--html", folder / "a.html")
    assert status == 0
    assert out == ""
    page = (folder / "a.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert 'class="mz-tag mz-tag-standard"' in page


def test_show_refuses_to_write_over_its_input(capsys, folder: Path) -> None:
    status, _, err = run(capsys, "show", folder / "in" / "a.txt", "--html", folder / "in" / "a.txt")
    assert status == 2
    assert "is one of the input files" in err
    assert (folder / "in" / "a.txt").read_text(encoding="utf-8") == REPORT


def test_show_of_a_missing_file_fails(capsys, folder: Path) -> None:
    status, _, err = run(capsys, "show", folder / "none.txt")
    assert status == 1
    assert "none.txt" in err


def test_duplicates_group_copies_keeping_the_fullest() -> None:
    import minzheng  # noqa: PLC0415

    cut = REPORT[: len(REPORT) * 2 // 3]
    traditional = REPORT.replace("县", "縣").replace("标准", "標準").replace("资金", "資金")
    reports = ReportSet(
        [
            minzheng.parse(cut, name="cut.txt"),
            minzheng.parse(REPORT, name="full.txt"),
            minzheng.parse(traditional, name="trad.txt"),
            minzheng.parse("某市民政局召开会议，部署全年养老机构安全检查和消防整治。", name="other.txt"),
        ]
    )
    (group,) = reports.duplicates()
    assert group[0].name in {"full.txt", "trad.txt"}
    assert {report.name for report in group} == {"cut.txt", "full.txt", "trad.txt"}
    assert [report.name for report in reports.unique()] == [group[0].name, "other.txt"]
