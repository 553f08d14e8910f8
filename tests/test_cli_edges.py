"""The edges of the command line and of the API's door.

File names that are not UTF-8, a closed or full stdout, cells that a spreadsheet would
run as formulas, escape sequences bound for a terminal, names and paths of the wrong
type: each gets a clear outcome, never a traceback or a silently changed value.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import minzheng
from minzheng import MinzhengError, Report, cli, dumps, loads
from minzheng.cli import main
from minzheng.model import Program, Section, Span, Standard
from minzheng.query import Failure

REPORT = "某县民政局2023年工作总结\n一、社会救助\n城乡低保标准每人每月700元，全年发放资金300万元。\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([os.fsdecode(arg) for arg in argv])
    out, err = capsys.readouterr()
    return status, out, err


def python_m(argv: list[str], **options: object) -> subprocess.CompletedProcess[bytes]:
    options = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.run(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "minzheng", *argv], check=False, timeout=120, **options,  # type: ignore[call-overload]
    )


# -- file names that are not UTF-8 ---------------------------------------------------------


@pytest.fixture
def odd_name(tmp_path: Path) -> Path:
    """A folder holding a report whose file name is not UTF-8 (a GBK name, as old archives have)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/" + "报告".encode("gbk") + b".txt"
    Path(os.fsdecode(raw)).write_text(REPORT, encoding="utf-8")
    return folder


@pytest.mark.parametrize("out_format", ["json", "jsonl", "csv", "table"])
def test_a_file_name_that_is_not_utf8_is_written_escaped(
    odd_name: Path, capsys: pytest.CaptureFixture[str], out_format: str
) -> None:
    status, out, err = run(capsys, "parse", odd_name, "--format", out_format, "--facts", "reports")
    assert (status, err) == (0, "")
    out.encode("utf-8")  # well-formed text, no lone surrogate
    assert "\\udcb1\\udca8\\udcb8\\udce6.txt" in out  # the bytes of the name, escaped


def test_a_non_utf8_name_round_trips_through_json(odd_name: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", odd_name, "--format", "jsonl")
    assert status == 0
    (report,) = (loads(line) for line in out.splitlines())
    (path,) = odd_name.iterdir()
    assert report.name == path.name  # the JSON escape reads back to the very same name


def test_a_non_utf8_name_in_an_out_file(
    odd_name: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "rows.csv"
    status, _, err = run(capsys, "parse", odd_name, "--facts", "reports", "-o", target)
    assert (status, err) == (0, "")
    assert "\\udcb1" in target.read_text(encoding="utf-8-sig")


# -- stdout closed or full -----------------------------------------------------------------


def test_a_closed_stdout_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    done = subprocess.run(  # noqa: S603 (our own interpreter, through sh to close stdout)
        ["/bin/sh", "-c", 'exec "$0" -m minzheng parse "$1" >&-', sys.executable, str(path)],
        capture_output=False, stderr=subprocess.PIPE, check=False, timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.decode() == "minzheng: stdout: cannot write: it is closed (use --out FILE)\n"


def test_a_full_stdout_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    with Path("/dev/full").open("w") as full:
        done = python_m(["parse", str(path)], stdout=full)
    assert done.returncode == 1
    assert done.stderr.decode() == "minzheng: stdout: cannot write: No space left on device\n"


def test_a_full_out_device_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    done = python_m(["parse", str(path), "-o", "/dev/full"])
    assert done.returncode == 1
    assert done.stderr.decode() == "minzheng: /dev/full: cannot write: No space left on device\n"


# -- spreadsheets and terminals ------------------------------------------------------------


def risky() -> Report:
    text = '一、=HYPERLINK("http://x","y")\n低保标准每人每月700元。\x1b[31m红字\x1b[0m实施“+cmd”工程。\n'
    return Report(
        name="risky.txt",
        title='=HYPERLINK("http://example.com","click")',
        sections=(Section(1, "一", 1, '=HYPERLINK("http://x","y")', None, Span(0, len(text))),),
        standards=(
            Standard("低保", "@SUM(A1:A9)", Decimal(700), "-2+3元\x1b]0;title\x07", Span(30, 34),
                     growth=Decimal("-5.0"), section=(1,)),
        ),
        programs=(Program("+cmd工程", "\u202e+cmd工程", Span(50, 56), section=(1,)),),
        source=text,
    )


@pytest.fixture
def fake_risky(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(entries: list[Path], workers: int, **_: object) -> Iterator[Report | Failure]:
        del entries, workers
        yield risky()

    monkeypatch.setattr(cli, "iter_entries", fake)


@pytest.mark.usefixtures("fake_risky")
@pytest.mark.parametrize("facts", ["reports", "standards", "programs", "sections"])
def test_csv_cells_that_would_run_as_formulas_are_quoted(
    capsys: pytest.CaptureFixture[str], facts: str
) -> None:
    status, out, _ = run(capsys, "parse", "risky.txt", "--format", "csv", "--facts", facts)
    assert status == 0
    for row in csv.DictReader(io.StringIO(out)):
        for value in row.values():
            assert not value or (value[0] not in "=+@" and not (value[0] == "-" and not _number(value)))


@pytest.mark.usefixtures("fake_risky")
def test_csv_formula_quoting_keeps_the_text_and_leaves_numbers_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "parse", "risky.txt", "--format", "csv", "--facts", "standards")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["label"] == "'@SUM(A1:A9)"
    assert row["growth"] == "-5.0"  # a negative number is no formula
    assert row["text"].startswith("'-2+3元")
    _, out, _ = run(capsys, "parse", "risky.txt", "--format", "csv", "--facts", "reports")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["title"] == "'=HYPERLINK(\"http://example.com\",\"click\")"


def _number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


@pytest.mark.usefixtures("fake_risky")
@pytest.mark.parametrize("facts", ["standards", "programs", "sections", "reports"])
def test_a_table_holds_no_control_characters(capsys: pytest.CaptureFixture[str], facts: str) -> None:
    status, out, _ = run(capsys, "parse", "risky.txt", "--format", "table", "--facts", facts)
    assert status == 0
    assert not any(char in out for char in "\x1b\x07\u202e")
    assert all(char.isprintable() or char == "\n" for char in out)


@pytest.mark.usefixtures("fake_risky")
def test_json_keeps_the_text_as_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "parse", "risky.txt", "--format", "json", "--facts", "standards")
    (row,) = json.loads(out)
    assert row["label"] == "@SUM(A1:A9)"
    assert row["text"] == "-2+3元\x1b]0;title\x07"


def test_control_characters_in_a_file_name_stay_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "a\nb\x1b[2J.txt"
    status, _, err = run(capsys, "parse", missing)
    assert status == 1
    assert err == f"minzheng: {tmp_path}/a\\nb\\x1b[2J.txt: no such file\n"


# -- the API's door ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kept"),
    [pytest.param(5, "5", id="int"), pytest.param(Path("a.txt"), "a.txt", id="path"),
     pytest.param(None, None, id="none"), pytest.param("a.txt", "a.txt", id="str")],
)
def test_a_report_name_is_a_str_from_the_door(name: object, kept: str | None) -> None:
    report = minzheng.parse("x", name=name)  # type: ignore[arg-type]
    assert report.name == kept
    assert loads(dumps(report)) == report


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: minzheng.parse_many(None), id="parse_many-none"),  # type: ignore[arg-type]
        pytest.param(lambda: minzheng.parse_many([None]), id="parse_many-list-of-none"),  # type: ignore[list-item]
        pytest.param(lambda: minzheng.parse_many(5), id="parse_many-int"),  # type: ignore[arg-type]
        pytest.param(lambda: minzheng.parse_many(b"corpus"), id="parse_many-bytes"),  # type: ignore[arg-type]
        pytest.param(lambda: minzheng.iter_parse(None), id="iter_parse-none"),  # type: ignore[arg-type]
        pytest.param(lambda: minzheng.parse_file(None), id="parse_file-none"),  # type: ignore[arg-type]
        pytest.param(lambda: minzheng.parse_file(b"a.txt"), id="parse_file-bytes"),  # type: ignore[arg-type]
    ],
)
def test_a_path_of_the_wrong_type_is_a_minzheng_error(call) -> None:
    with pytest.raises(MinzhengError, match=r"takes a path"):
        call()
