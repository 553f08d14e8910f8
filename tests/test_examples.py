"""The scripts in examples/ run: on small reports written here, and on hand-built facts."""

from __future__ import annotations

import importlib.util
import os
import runpy
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

import minzheng
from minzheng.model import Funding, Level, Per, Period, Program, Region, Report, Scope, Span, Standard
from minzheng.query import Failure, ReportSet

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
Runner = Callable[..., tuple[int, str, str]]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
HAS_MATPLOTLIB = importlib.util.find_spec("matplotlib") is not None

# Small reports written for these tests.
REPORTS = {
    "east.txt": (
        "东湖区民政局2022年工作总结\n"
        "一、社会救助\n"
        "城乡低保标准每人每月700元，全年发放低保金860万元，其中城市低保金300万元。\n"
        "二、社区治理\n"
        "推进“邻里守望”行动，投入资金45万元。\n"
    ),
    "west.txt": (
        "西山县民政局2023年工作要点\n"
        "一、兜底保障\n"
        "农村低保标准提高到每人每年6000元，发放临时救助资金120万元。\n"
        "二、养老服务\n"
        "实施“邻里守望”行动和“银龄互助”工程。\n"
    ),
    "north.txt": "北原市民政局简报\n全年募集慈善款物200万元。\n",
}


def write_reports(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run_example(
    script: str, *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (our own interpreter and scripts)
        [sys.executable, EXAMPLES / script, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
        env=env,
    )


def tsv(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


# -- on text: each script runs and prints a well-formed table ----------------------------


@pytest.mark.parametrize(
    ("script", "header"),
    [
        pytest.param(
            "compare_dibao.py", ["region", "year", "scope", "period", "amount", "report"], id="dibao"
        ),
        pytest.param("funding_by_action.py", ["action", "amounts", "total_yuan"], id="funding"),
        pytest.param("shared_programs.py", ["program", "kind", "reports", "in"], id="programs"),
    ],
)
def test_each_table_example_runs_on_a_folder(tmp_path: Path, script: str, header: list[str]) -> None:
    folder = write_reports(tmp_path / "reports")
    done = run_example(script, folder, "--jobs", "2")
    assert done.returncode == 0, done.stderr
    rows = tsv(done.stdout)
    assert rows[0] == header
    assert all(len(row) == len(header) for row in rows)


def test_examples_report_unreadable_files_and_go_on(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    (folder / "broken.txt").write_bytes(b"\x81\x30\xff\xff")
    done = run_example("funding_by_action.py", folder, tmp_path / "absent.txt")
    assert done.returncode == 0
    assert tsv(done.stdout)[0] == ["action", "amounts", "total_yuan"]
    assert [row[0] for row in tsv(done.stdout)[-2:]] == ["(all)", "(targets)"]
    assert f"skipped {folder / 'broken.txt'}: bytes are neither UTF-8 nor GB18030" in done.stderr
    assert f"skipped {tmp_path / 'absent.txt'}: no such file" in done.stderr


def test_without_arguments_an_example_reads_the_sample_report() -> None:
    done = run_example("compare_dibao.py")
    assert done.returncode == 0, done.stderr
    assert tsv(done.stdout)[0] == ["region", "year", "scope", "period", "amount", "report"]


# -- on hand-built facts: each script computes what it says --------------------------------


def hand_built() -> ReportSet:
    here = Span(0, 1)

    def dibao(amount: int, scope: Scope, period: Period, year: int) -> Standard:
        return Standard("低保", "低保", Decimal(amount), f"{amount}元", here, period=period, per=Per.PERSON,
                        scope=scope, year=year)

    def funding(amount: int, action: str | None, **more: object) -> Funding:
        return Funding(Decimal(amount), f"{amount}元", here, action=action, **more)  # type: ignore[arg-type]

    east = Report(
        name="east.txt",
        region=Region("东湖区", Level.DISTRICT, ("某省", "某市")),
        standards=(
            dibao(700, Scope.URBAN_RURAL, Period.MONTH, 2022),
            dibao(7800, Scope.RURAL, Period.YEAR, 2022),
        ),
        fundings=(
            funding(8_600_000, "发放"),
            funding(30_000_000, "募集", target=True),
            funding(3_000_000, "发放", part_of=0),
            funding(1500, "发放", per_capita=True),
            funding(450_000, "投入"),
        ),
        programs=(
            Program("邻里守望", "“邻里守望”行动", here, kind="行动"),
            Program("两个维护", "“两个维护”", here, kind="formulation"),
        ),
    )
    west = Report(
        name="west.txt",
        region=Region("西山县", Level.COUNTY, ("某省",)),
        standards=(dibao(520, Scope.URBAN, Period.MONTH, 2023), dibao(480, Scope.URBAN, Period.MONTH, 2022)),
        fundings=(funding(1_200_000, "发放"), funding(99, None)),
        programs=(
            Program("邻里守望", "“邻里守望”行动", here, kind="行动"),
            Program("两个维护", "“两个维护”", here, kind="formulation"),
            Program("银龄互助", "“银龄互助”工程", here, kind="工程"),
        ),
    )
    north = Report(
        name="north.txt",
        standards=(
            Standard("特困供养", "特困", Decimal(900), "900元", here, period=Period.MONTH, year=2022),
        ),
        programs=(Program("银龄互助", "银龄互助", here),),
    )
    return ReportSet([east, west, north], [Failure("lost.txt", "no such file")])


@pytest.fixture
def run_on_hand_built(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    """Run a script in this process with ``minzheng.parse_many`` giving the hand-built set."""
    asked: list[object] = []

    def fake_parse_many(paths: object, workers: int | None = 1, *, progress: bool = False) -> ReportSet:
        asked.append((paths, workers, progress))
        return hand_built()

    monkeypatch.setattr(minzheng, "parse_many", fake_parse_many, raising=False)
    monkeypatch.syspath_prepend(str(EXAMPLES))  # as `python examples/x.py` has it

    def run(script: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", [str(EXAMPLES / script), "given.txt", *args])
        message = ""
        try:
            runpy.run_path(str(EXAMPLES / script), run_name="__main__")
        except SystemExit as exit_:
            status = exit_.code if isinstance(exit_.code, int) else 1
            if isinstance(exit_.code, str):  # the interpreter prints it on stderr
                message = exit_.code + "\n"
        else:
            status = 0
        if status == 0:
            assert asked, "the script did not parse through minzheng.parse_many"
            assert [Path(p) for p in asked[-1][0]] == [Path("given.txt")]  # type: ignore[index]
        out, err = capsys.readouterr()
        return status, out, err + message

    return run


def test_compare_dibao_lists_every_dibao_standard_sorted(run_on_hand_built: Runner) -> None:
    status, out, err = run_on_hand_built("compare_dibao.py")
    assert status == 0
    assert tsv(out) == [
        ["region", "year", "scope", "period", "amount", "report"],
        ["东湖区", "2022", "rural", "year", "7800", "east.txt"],
        ["东湖区", "2022", "urban_rural", "month", "700", "east.txt"],
        ["西山县", "2022", "urban", "month", "480", "west.txt"],
        ["西山县", "2023", "urban", "month", "520", "west.txt"],
    ]
    assert err == "skipped lost.txt: no such file\n"


def test_funding_by_action_counts_no_part_or_average(run_on_hand_built: Runner) -> None:
    status, out, _ = run_on_hand_built("funding_by_action.py")
    assert status == 0
    assert tsv(out) == [
        ["action", "amounts", "total_yuan"],
        ["发放", "2", "9800000"],
        ["投入", "1", "450000"],
        ["(none)", "1", "99"],
        ["(all)", "4", "10250099"],
        ["(targets)", "1", "30000000"],
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(
            (),
            [
                ["邻里守望", "行动", "2", "east.txt, west.txt"],
                ["银龄互助", "工程", "2", "west.txt, north.txt"],
            ],
            id="default",
        ),
        pytest.param(
            ("--formulations",),
            [
                ["两个维护", "formulation", "2", "east.txt, west.txt"],
                ["邻里守望", "行动", "2", "east.txt, west.txt"],
                ["银龄互助", "工程", "2", "west.txt, north.txt"],
            ],
            id="with-formulations",
        ),
        pytest.param(("--min-reports", "3"), [], id="none-in-three"),
    ],
)
def test_shared_programs(
    run_on_hand_built: Runner, args: tuple[str, ...], expected: list[list[str]]
) -> None:
    status, out, _ = run_on_hand_built("shared_programs.py", *args)
    assert status == 0
    assert tsv(out) == [["program", "kind", "reports", "in"], *expected]


# -- the chart -------------------------------------------------------------------------


def test_chart_without_matplotlib_says_how_to_install_it(tmp_path: Path) -> None:
    script = EXAMPLES / "chart_standards.py"
    code = (
        "import runpy, sys; sys.modules['matplotlib'] = None; "  # what an absent package looks like
        f"sys.path.insert(0, {str(EXAMPLES)!r}); "  # as `python examples/x.py` has it
        f"sys.argv = [{str(script)!r}, {str(tmp_path)!r}, '--out', {str(tmp_path / 'c.png')!r}]; "
        f"runpy.run_path({str(script)!r}, run_name='__main__')"
    )
    done = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr == "chart_standards.py needs matplotlib: pip install 'minzheng[plot]'\n"
    assert not (tmp_path / "c.png").exists()


def test_chart_writes_a_png_of_a_folder(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    target = tmp_path / "chart.png"
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")}  # a font cache of its own
    done = run_example("chart_standards.py", folder, "--out", target, env=env)
    if not HAS_MATPLOTLIB:
        assert done.returncode == 1
        assert "needs matplotlib" in done.stderr
        return
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(PNG_MAGIC)
    assert done.stdout.startswith(f"wrote {target}: ")


def test_chart_draws_one_line_per_region_and_scope(
    run_on_hand_built: Runner, tmp_path: Path
) -> None:
    target = tmp_path / "chart.png"
    status, out, err = run_on_hand_built("chart_standards.py", "--out", str(target))
    if not HAS_MATPLOTLIB:
        assert status == 1
        assert "needs matplotlib" in err
        return
    assert status == 0, err
    # 东湖区 urban_rural 2022, 东湖区 rural 2022 (7800 a year), 西山县 urban 2022 and 2023
    assert out == f"wrote {target}: 4 points in 3 lines\n"
    assert target.read_bytes().startswith(PNG_MAGIC)


def test_chart_series_are_monthly() -> None:
    # The script imports matplotlib only in main(): its helpers run without it.
    series = runpy.run_path(str(EXAMPLES / "chart_standards.py"))["series"]
    lines = series(hand_built(), "低保")
    assert lines == {
        "东湖区 (rural)": [(2022, Decimal(650))],
        "东湖区 (urban_rural)": [(2022, Decimal(700))],
        "西山县 (urban)": [(2022, Decimal(480)), (2023, Decimal(520))],
    }
    assert series(hand_built(), "特困供养") == {}  # a series is of a region: north.txt names none


@pytest.mark.parametrize("script", ["compare_dibao.py", "funding_by_action.py", "shared_programs.py"])
def test_examples_stop_quietly_when_the_reader_goes_away(tmp_path: Path, script: str) -> None:
    folder = write_reports(tmp_path / "reports")
    child = subprocess.Popen(  # noqa: S603 (our own interpreter and scripts)
        [sys.executable, EXAMPLES / script, folder],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()  # as `| head` does once it has read enough
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=300) == 1
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err


def test_dask_example_parses_in_partitions_and_queries_dibao(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    done = run_example("dask_corpus.py", folder, "--partitions", "2", "--scheduler", "processes")
    assert done.returncode == 0, done.stderr
    rows = tsv(done.stdout)
    assert rows[0] == ["region", "year", "scope", "period", "amount", "report"]
    assert sorted(row[-1] for row in rows[1:]) == ["east.txt", "west.txt"]
    assert "3 reports in 2 partitions, 3 unique; 2 低保 standards" in done.stderr
