from __future__ import annotations

import csv
import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from minzheng import cli
from minzheng._files import parse_file
from minzheng.cli import display_width, format_table, main
from minzheng.model import (
    Diagnostic,
    Funding,
    Level,
    Per,
    Period,
    Region,
    Report,
    Scope,
    Section,
    Span,
    Standard,
)
from minzheng.query import RECORD_FIELDS, Failure
from minzheng.serialize import loads

REPORT = "某县民政局2023年工作总结\n一、社会救助\n城乡低保标准每人每月700元，全年发放资金300万元。\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, year in (("b.txt", 2022), ("a.txt", 2023)):
        (tmp_path / name).write_text(REPORT.replace("2023", str(year)), encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return status, out, err


def hand_built() -> Report:
    text = "一、社会救助\n城乡低保标准每人每月700元，全年发放资金300万元。"
    return Report(
        name="hand.txt",
        title="某县民政局2023年工作总结",
        region=Region("某县", Level.COUNTY, ("某省", "某市")),
        review_year=2023,
        sections=(Section(1, "一", 1, "社会救助", None, Span(0, len(text))),),
        standards=(
            Standard("低保", "城乡低保", Decimal(700), "700元", Span(19, 23), period=Period.MONTH,
                     per=Per.PERSON, scope=Scope.URBAN_RURAL, year=2023, section=(1,)),
        ),
        fundings=(
            Funding(Decimal(3_000_000), "300万元", Span(29, 34), action="发放", year=2023, section=(1,)),
        ),
        source=text,
    )


@pytest.fixture
def fake_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line fed hand-built reports, so writers are tested apart from extraction."""

    def fake(paths: list[Path], workers: int, *, progress: bool, **_: object) -> Iterator[Report | Failure]:
        del workers, progress
        for path in paths:
            yield Failure(str(path), "no such file") if "missing" in path.name else hand_built()

    monkeypatch.setattr(cli, "iter_entries", fake)


# -- usage -------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0
    assert out.startswith("minzheng ")


def test_help_exits_zero_and_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "--help")
    assert status == 0
    assert "FILE_OR_DIR" in out
    assert "--facts" in out


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-command"),
        pytest.param(["parse"], id="no-file"),
        pytest.param(["frobnicate", "x.txt"], id="unknown-command"),
        pytest.param(["parse", "x.txt", "--format", "xml"], id="unknown-format"),
        pytest.param(["parse", "x.txt", "--facts", "numbers"], id="unknown-facts"),
        pytest.param(["parse", "x.txt", "--jobs", "0"], id="zero-jobs"),
        pytest.param(["parse", "x.txt", "--jobs", "many"], id="words-for-jobs"),
        pytest.param(["parse", "x.txt", "--colour"], id="unknown-option"),
    ],
)
def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert "usage: minzheng" in err


# -- formats -----------------------------------------------------------------------------


def test_json_of_one_report_is_an_object(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, err = run(capsys, "parse", folder / "a.txt")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["schema"] == "minzheng/3"
    assert data["name"] == "a.txt"
    assert data["source"] == (folder / "a.txt").read_text(encoding="utf-8")


def test_json_of_a_folder_is_a_list_in_path_order(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, _ = run(capsys, "parse", folder, "--format", "json")
    assert status == 0
    assert [report["name"] for report in json.loads(out)] == ["a.txt", "b.txt"]


def test_jsonl_round_trips_to_the_same_reports(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, out, _ = run(capsys, "parse", folder / "b.txt", folder / "a.txt", "--format", "jsonl")
    assert status == 0
    lines = out.splitlines()
    assert [loads(line) for line in lines] == [parse_file(folder / "b.txt"), parse_file(folder / "a.txt")]


def test_no_source_drops_the_source_text(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    _, out, _ = run(capsys, "parse", folder, "--format", "jsonl", "--no-source")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [None, None]


@pytest.mark.parametrize("facts", list(RECORD_FIELDS))
def test_csv_header_is_the_record_columns(
    capsys: pytest.CaptureFixture[str], folder: Path, facts: str
) -> None:
    status, out, _ = run(capsys, "parse", folder, "--format", "csv", "--facts", facts)
    assert status == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == RECORD_FIELDS[facts]  # type: ignore[index]
    if facts == "reports":
        assert [row[0] for row in rows[1:]] == ["a.txt", "b.txt"]


def test_csv_file_opens_as_utf8_in_spreadsheets(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "standards.csv"
    status, _, _ = run(capsys, "parse", folder, "--out", target)
    assert status == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[0] == "report"


@pytest.mark.usefixtures("fake_parse")
def test_csv_rows_hold_plain_values(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "one.txt", "--format", "csv")  # standards by default
    assert status == 0
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["amount"] == "700"
    assert row["scope"] == "urban_rural"
    assert row["province"] == "某省"
    assert row["upper"] == ""
    assert row["heading_path"] == "社会救助"


@pytest.mark.usefixtures("fake_parse")
def test_json_rows_of_facts(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "one.txt", "--facts", "fundings")
    assert status == 0
    (row,) = json.loads(out)
    assert row["amount"] == "3000000"  # decimal strings, as in the schema
    assert row["per_capita"] is False
    assert row["section"] == "1"
    _, out, _ = run(capsys, "parse", "one.txt", "two.txt", "--facts", "standards", "--format", "jsonl")
    assert [json.loads(line)["amount"] for line in out.splitlines()] == ["700", "700"]


@pytest.mark.usefixtures("fake_parse")
def test_table_is_aligned_and_counted(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "one.txt", "two.txt", "--format", "table")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == list(cli.TABLE_COLUMNS["standards"])
    assert set(lines[1]) == {"-", " "}
    assert lines[2].split() == [
        "hand.txt", "某县", "2023", "低保", "urban_rural", "month", "person", "exact", "700", "700", "700元"
    ]
    assert lines[-1] == "(2 standards)"
    _, out, _ = run(capsys, "parse", "one.txt", "--format", "table", "--facts", "fundings")
    assert out.splitlines()[-1] == "(1 funding)"


def test_format_follows_the_out_suffix(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "reports.jsonl"
    target.parent.mkdir()
    status, out, _ = run(capsys, "parse", folder, "--out", target)
    assert (status, out) == (0, "")
    assert [json.loads(line)["name"] for line in target.read_text(encoding="utf-8").splitlines()] == [
        "a.txt", "b.txt"
    ]
    table = tmp_path / "out" / "rows.csv"
    assert run(capsys, "parse", folder, "-o", table, "--facts", "sections")[0] == 0
    assert table.read_text(encoding="utf-8-sig").startswith("report,title,")


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("民政") == 4
    assert display_width("ab") == 2
    assert format_table(["名称"], [["a"]]) == "名称\n----\na\n"


# -- failures ----------------------------------------------------------------------------


def test_failing_files_are_reported_and_the_rest_still_written(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    broken = folder / "c.txt"
    broken.write_bytes(b"\x81\x30\xff\xff")
    missing = folder / "missing.txt"
    status, out, err = run(capsys, "parse", folder, missing, "--format", "jsonl")
    assert status == 1
    assert [json.loads(line)["name"] for line in out.splitlines()] == ["a.txt", "b.txt"]
    assert err.splitlines() == [
        (
            f"minzheng: {broken}: bytes are neither UTF-8 nor GB18030 nor another CJK encoding "
            "(first bad byte at offset 0: b'\\x810\\xff\\xff')"
        ),
        f"minzheng: {missing}: no such file",
    ]


def test_an_empty_folder_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    status, out, err = run(capsys, "parse", tmp_path / "empty", "--format", "csv", "--facts", "reports")
    assert status == 1
    assert err == f"minzheng: {tmp_path / 'empty'}: no .txt files in this folder\n"
    assert out.startswith("report,")  # the header is still written, so the file is well formed


def test_an_unwritable_out_file_is_one_line(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    target = folder / "no-such-folder" / "out.json"
    status, _, err = run(capsys, "parse", folder, "--out", target)
    assert status == 1
    assert err.startswith(f"minzheng: {target}: cannot write: ")
    assert err.count("\n") == 1


def test_a_closed_pipe_stops_quietly(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, _: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    status = main(["parse", str(folder)])
    assert status == 1
    assert capsys.readouterr().err == ""


def test_jobs_give_the_same_output(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    for number in range(9):
        (folder / f"n{number}.txt").write_text(REPORT, encoding="utf-8")
    _, one, _ = run(capsys, "parse", folder, "--format", "jsonl")
    status, two, _ = run(capsys, "parse", folder, "--format", "jsonl", "--jobs", "2")
    assert status == 0
    assert two == one
    assert len(two.splitlines()) == 11


# -- progress ----------------------------------------------------------------------------


def test_progress_only_when_asked_or_on_a_terminal(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, _, err = run(capsys, "parse", folder, "--progress", "--format", "jsonl")
    assert status == 0
    assert "2/2" in err
    _, _, err = run(capsys, "parse", folder, "--format", "jsonl")  # stderr here is no terminal
    assert err == ""


# -- python -m minzheng ------------------------------------------------------------------


def test_python_m_minzheng(folder: Path) -> None:
    missing = folder / "missing.txt"
    done = subprocess.run(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "minzheng", "parse", folder, missing, "--format", "jsonl", "-j", "2"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert done.returncode == 1
    assert [json.loads(line)["name"] for line in done.stdout.splitlines()] == ["a.txt", "b.txt"]
    assert done.stderr == f"minzheng: {missing}: no such file\n"


# -- parser failures and log records -----------------------------------------------------


def test_a_report_the_parser_failed_on_is_written_and_reported(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake(paths: list[Path], workers: int, *, progress: bool, **_: object) -> Iterator[Report | Failure]:
        del workers, progress
        for path in paths:
            failed = Diagnostic("internal.error", "parser failed: ValueError: odd text")
            yield Report(name=path.name, diagnostics=(failed,)) if path.name == "odd.txt" else hand_built()

    monkeypatch.setattr(cli, "iter_entries", fake)
    status, out, err = run(capsys, "parse", "odd.txt", "fine.txt", "--format", "jsonl")
    assert status == 1
    assert [json.loads(line)["name"] for line in out.splitlines()] == ["odd.txt", "hand.txt"]
    assert err == "minzheng: odd.txt: internal error: parser failed: ValueError: odd text\n"


def test_log_warnings_are_one_line_and_errors_are_left_to_diagnostics(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake(paths: list[Path], workers: int, *, progress: bool, **_: object) -> Iterator[Report | Failure]:
        del paths, workers, progress
        logger = logging.getLogger("minzheng.parse.somewhere")
        logger.warning("a warning\nwith a second line")
        logger.error("an error")
        yield hand_built()

    monkeypatch.setattr(cli, "iter_entries", fake)
    status, _, err = run(capsys, "parse", "one.txt")
    assert status == 0
    assert err == "minzheng: a warning\n"
    assert logging.getLogger("minzheng").handlers == []  # the command leaves logging as it was
