from __future__ import annotations

import codecs
import errno
import logging
import multiprocessing
import sys
from pathlib import Path
from typing import NoReturn

import pytest

import fault_hooks
from minzheng import _many, parse_file
from minzheng._errors import MinzhengError
from minzheng._many import expand_paths, iter_parse, parse_many
from minzheng._pool import worker_pool
from minzheng.model import Report
from minzheng.query import Failure, ReportSet

REPORT = "某县民政局{year}年工作总结\n一、社会救助\n全年发放低保金{amount}万元。\n"


def write_reports(folder: Path, count: int, prefix: str = "r") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{prefix}{number:03d}.txt"
        path.write_text(REPORT.format(year=2000 + number % 25, amount=number + 1), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def mixed(tmp_path: Path) -> list[Path]:
    """Good files with an undecodable one and a missing one in between."""
    good = write_reports(tmp_path, 5)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x81\x30\xff\xff" * 3)
    return [good[0], broken, good[1], tmp_path / "absent.txt", *good[2:]]


# -- paths -------------------------------------------------------------------------------


def test_a_folder_stands_for_its_txt_files_recursively_and_sorted(tmp_path: Path) -> None:
    write_reports(tmp_path / "b", 2)
    write_reports(tmp_path / "a" / "deeper", 1, prefix="z")
    write_reports(tmp_path, 1, prefix="top")
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()  # a folder named like a report is no file
    found = [path.relative_to(tmp_path).as_posix() for path in expand_paths(tmp_path)]
    assert found == ["a/deeper/z000.txt", "b/r000.txt", "b/r001.txt", "top000.txt"]


def test_paths_keep_the_order_given_and_missing_files(tmp_path: Path) -> None:
    first, second = write_reports(tmp_path, 2)
    assert expand_paths([second, str(first), tmp_path / "absent.txt"]) == [
        second, first, tmp_path / "absent.txt"
    ]
    assert expand_paths(str(first)) == [first]  # one path is not a sequence of characters


# -- results and failures ----------------------------------------------------------------


@pytest.mark.parametrize("workers", [pytest.param(1, id="in-process"), pytest.param(2, id="two-processes")])
def test_parse_many_keeps_order_and_collects_failures(mixed: list[Path], workers: int) -> None:
    rs = parse_many(mixed, workers=workers)
    assert isinstance(rs, ReportSet)
    assert [report.name for report in rs] == ["r000.txt", "r001.txt", "r002.txt", "r003.txt", "r004.txt"]
    assert all(isinstance(report, Report) and report.source for report in rs)
    assert [failure.path for failure in rs.failures] == [str(mixed[1]), str(mixed[3])]
    broken, absent = rs.failures
    assert broken.message.startswith("bytes are neither UTF-8 nor GB18030")
    assert absent.message == "no such file"


@pytest.mark.parametrize("workers", [pytest.param(1, id="in-process"), pytest.param(2, id="two-processes")])
def test_iter_parse_streams_reports_and_failures_in_input_order(mixed: list[Path], workers: int) -> None:
    results = list(iter_parse(mixed, workers))
    kinds = ["report" if isinstance(r, Report) else "failure" for r in results]
    assert kinds == ["report", "failure", "report", "failure", "report", "report", "report"]
    assert isinstance(results[3], Failure)
    assert results[3].path == str(mixed[3])


def test_many_files_through_a_pool_come_back_in_order(tmp_path: Path) -> None:
    paths = write_reports(tmp_path, 37)
    names = [report.name for report in parse_many(list(reversed(paths)), workers=2)]
    assert names == [path.name for path in reversed(paths)]


def test_a_gb18030_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    text = REPORT.format(year=2021, amount=7)
    path.write_bytes(text.encode("gb18030"))
    (report,) = parse_many(path)
    assert report.source == text


def test_iter_parse_reads_lazily_in_process(tmp_path: Path) -> None:
    paths = write_reports(tmp_path, 3)
    results = iter_parse(paths)
    first = next(results)
    assert isinstance(first, Report)
    paths[2].unlink()  # not read yet: its failure shows it is read only when asked for
    rest = list(results)
    assert isinstance(rest[0], Report)
    assert rest[1] == Failure(str(paths[2]), "no such file")


def test_iter_parse_reads_only_a_bounded_window_ahead_in_a_pool(tmp_path: Path) -> None:
    paths = write_reports(tmp_path, 60)  # far more than 2 workers keep in flight
    results = iter_parse(paths, workers=2)
    assert isinstance(next(results), Report)
    paths[-1].unlink()
    rest = list(results)
    assert all(isinstance(result, Report) for result in rest[:-1])
    assert rest[-1] == Failure(str(paths[-1]), "no such file")


def test_stopping_early_shuts_the_pool_down(tmp_path: Path) -> None:
    paths = write_reports(tmp_path, 30)
    results = iter_parse(paths, workers=2)
    assert isinstance(next(results), Report)
    results.close()  # type: ignore[attr-defined]  # a generator; closing must not hang or leak


def test_an_unexpected_error_in_one_file_becomes_its_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_reports(tmp_path, 2)

    def explode(path: Path, **_: object) -> Report:
        if path == paths[0]:
            message = "boom"
            raise RuntimeError(message)
        return Report(name=path.name)

    monkeypatch.setattr(_many, "parse_file", explode)
    rs = parse_many(paths)
    assert [r.name for r in rs] == ["r001.txt"]
    assert rs.failures == (Failure(str(paths[0]), "internal error: RuntimeError: boom"),)


@pytest.mark.parametrize(
    "workers",
    [pytest.param(0, id="zero"), pytest.param(-2, id="negative"), pytest.param(True, id="bool"),
     pytest.param(1.5, id="float")],
)
def test_a_bad_worker_count_is_an_error_at_the_call(tmp_path: Path, workers: object) -> None:
    with pytest.raises(MinzhengError, match="workers must be a positive int or None"):
        iter_parse(tmp_path, workers)  # type: ignore[arg-type]


def test_workers_none_uses_every_core(tmp_path: Path) -> None:
    paths = write_reports(tmp_path, 3)
    assert [r.name for r in parse_many(paths, workers=None)] == [p.name for p in paths]


def test_an_empty_folder_gives_an_empty_set(tmp_path: Path) -> None:
    rs = parse_many(tmp_path, workers=2)
    assert len(rs) == 0
    assert rs.failures == ()


# -- progress ----------------------------------------------------------------------------


def test_progress_uses_tqdm_when_installed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_reports(tmp_path, 3)
    parse_many(paths, progress=True)
    err = capsys.readouterr().err
    try:
        import tqdm  # noqa: F401, PLC0415 (an optional extra)
    except ImportError:
        assert err.endswith("parsed 3/3 files\n")
    else:
        assert "3/3" in err
        assert "file/s" in err


def test_progress_without_tqdm_is_a_plain_counter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # what an absent package looks like to import
    paths = write_reports(tmp_path, 3)
    parse_many(paths, progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("\rparsed ")
    assert captured.err.endswith("\rparsed 3/3 files\n")
    assert captured.err.count("3/3") == 1


def test_no_progress_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parse_many(write_reports(tmp_path, 2))
    assert capsys.readouterr() == ("", "")


# -- logging -----------------------------------------------------------------------------


def test_log_records_of_workers_reach_this_process(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("minzheng.elsewhere")
    with caplog.at_level(logging.WARNING, logger="minzheng"), worker_pool(1) as pool:
        pool.submit(logger.warning, "seen in a worker: %s", 7).result()
        pool.submit(logger.info, "below the level").result()
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("minzheng.elsewhere", logging.WARNING, "seen in a worker: 7")
    ]


# -- batches, and reports sent back without their sources ---------------------------------


def sized(folder: Path, sizes: list[int]) -> list[Path]:
    """Files of the given sizes in bytes (ASCII filler after a short report)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, size in enumerate(sizes):
        path = folder / f"s{number:03d}.txt"
        path.write_bytes(b"x" * size)
        paths.append(path)
    return paths


def test_batches_hold_about_the_same_bytes_not_the_same_number_of_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_many, "BATCH_BYTES", 1000)
    paths = sized(tmp_path, [100] * 25 + [5000] + [400] * 5)
    batches = _many.batched(paths, workers=1)
    assert [len(batch) for batch in batches] == [10, 10, 5, 1, 2, 2, 1]
    assert [entry for batch in batches for entry in batch] == paths  # every file, in order, once


def test_a_run_of_few_files_is_cut_into_batches_for_every_worker(tmp_path: Path) -> None:
    paths = sized(tmp_path, [700] * 40)
    batches = _many.batched(paths, workers=2)
    assert len(batches) >= 2 * _many.BATCHES_PER_WORKER
    assert {len(batch) for batch in batches} == {2}  # a third file would overfill a share


def test_a_file_whose_size_is_unknown_counts_as_empty(tmp_path: Path) -> None:
    paths = [*sized(tmp_path, [10, 10]), tmp_path / "absent.txt"]
    assert [entry for batch in _many.batched(paths, workers=2) for entry in batch] == paths


ENCODED = [
    pytest.param("plain.txt", lambda text: text.encode("utf-8"), id="utf-8"),
    pytest.param("marked.txt", lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8-bom"),
    pytest.param("wide.txt", lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), id="utf-16-bom"),
    pytest.param("gbk.txt", lambda text: text.encode("gb18030"), id="gb18030"),
    pytest.param("page.html", lambda text: f"<html><body><p>{text}</p></body></html>".encode(), id="html"),
]


@pytest.fixture
def encoded(tmp_path: Path) -> list[Path]:
    """Reports in every way a file can hold one, a few times each."""
    paths = []
    for copy in range(4):
        for param in ENCODED:
            name, encode = param.values
            path = tmp_path / f"{copy}-{name}"
            path.write_bytes(encode(REPORT.format(year=2010 + copy, amount=copy * 7 + 3)))  # type: ignore[operator]
            paths.append(path)
    return paths


def test_reports_from_workers_are_those_of_parse_file_in_a_loop(encoded: list[Path]) -> None:
    looped = [parse_file(path) for path in encoded]
    pooled = list(parse_many(encoded, workers=2))
    assert pooled == looped
    assert all(report.source for report in pooled)  # the source came back with each report
    first = pooled[0].standards[0] if pooled[0].standards else pooled[0].fundings[0]
    assert pooled[0].source_text(first.span) == looped[0].source_text(first.span)


def test_a_file_changed_after_its_worker_read_it_is_parsed_again_as_it_is_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_many, "_parse_chunk", fault_hooks.parse_chunk)
    paths = write_reports(tmp_path, 8)
    changed = paths[3].with_name("r003-changed.txt")
    paths[3] = paths[3].replace(changed)
    rs = parse_many(paths, workers=2)
    assert changed.read_text(encoding="utf-8").endswith(fault_hooks.CHANGE)  # the worker did change it
    assert list(rs) == [parse_file(path) for path in paths]
    assert rs[3].source is not None
    assert rs[3].source.endswith(fault_hooks.CHANGE)


# -- where processes cannot start -----------------------------------------------------------


class _Unstartable(multiprocessing.get_context("spawn").Process):  # type: ignore[misc,name-defined]
    """A process that cannot be started, as where no more processes may be created."""

    def start(self) -> None:
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")


def _no_semaphores(*_: object, **__: object) -> NoReturn:
    message = "This platform lacks a functioning sem_open implementation"
    raise ImportError(message)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(("Queue", _no_semaphores, "ImportError: This platform lacks"), id="no-semaphores"),
        pytest.param(("Process", _Unstartable, "BlockingIOError: [Errno 11]"), id="no-processes"),
    ],
)
def test_where_processes_cannot_start_the_files_are_parsed_here_after_one_warning(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    case: tuple[str, object, str],
) -> None:
    attribute, replacement, reason = case
    monkeypatch.setattr(multiprocessing.get_context("spawn"), attribute, replacement)
    paths = write_reports(tmp_path, 12)
    with caplog.at_level(logging.WARNING, logger="minzheng"):
        rs = parse_many(paths, workers=2)
    assert list(rs) == [parse_file(path) for path in paths]
    (record,) = caplog.records
    assert record.getMessage().startswith(f"worker processes cannot start here ({reason}")
    assert record.getMessage().endswith("): parsing in this process")
