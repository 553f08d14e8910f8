"""Data safety: ``--out`` never destroys an input, and never leaves a broken file behind.

An output that is one of the inputs, or a ``.txt`` file inside an input folder (the next
run would parse it), is refused before anything is read or written. Every output is
written to a temporary file beside it and renamed into place only when the run ends, so
an interrupted or failed run leaves the previous file as it was.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from minzheng import cli
from minzheng.cli import main
from minzheng.model import Report
from minzheng.query import Failure

REPORT = "某县民政局2023年工作总结\n一、社会救助\n城乡低保标准每人每月700元，全年发放资金300万元。\n"
PREVIOUS = '{"a good": "output of an earlier run"}\n'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "sub/c.txt"):
        (folder / name).write_text(REPORT, encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return status, out, err


def leftovers(folder: Path) -> list[str]:
    """Files in ``folder`` other than those a test put there: temporary files left behind."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


# -- an output that is an input ------------------------------------------------------------


def test_out_naming_an_input_file_is_refused_and_the_input_kept(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = corpus / "a.txt"
    status, out, err = run(capsys, "parse", target, "-o", target)
    assert status == 2
    assert out == ""
    assert err == f"minzheng: --out {target}: is one of the input files; choose another name\n"
    assert target.read_text(encoding="utf-8") == REPORT


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_out_naming_an_input_through_a_link_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], link: str
) -> None:
    other = tmp_path / "other.json"
    if link == "symlink":
        other.symlink_to(corpus / "a.txt")
    else:
        os.link(corpus / "a.txt", other)
    status, _, err = run(capsys, "parse", corpus / "a.txt", "-o", other, "-f", "json")
    assert status == 2
    assert "is one of the input files" in err
    assert (corpus / "a.txt").read_text(encoding="utf-8") == REPORT


@pytest.mark.parametrize("inside", ["x.txt", "sub/deeper/x.txt"])
def test_a_txt_out_inside_an_input_folder_is_refused(
    corpus: Path, capsys: pytest.CaptureFixture[str], inside: str
) -> None:
    target = corpus / inside
    status, _, err = run(capsys, "parse", corpus, "-o", target)
    assert status == 2
    assert err == (
        f"minzheng: --out {target}: lies inside the input folder {corpus}, where the next run "
        "would read it as a report; choose another folder or suffix\n"
    )
    assert not target.exists()
    assert leftovers(corpus) == []


def test_an_out_of_another_suffix_inside_an_input_folder_is_written_and_not_read_back(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = corpus / "reports.jsonl"
    assert run(capsys, "parse", corpus, "-o", target)[0] == 0
    first = target.read_text(encoding="utf-8")
    assert len(first.splitlines()) == 3
    monkeypatch.chdir(corpus)
    assert run(capsys, "parse", ".", "-o", "reports.jsonl")[0] == 0  # relative paths resolve the same
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


# -- writing into place at the end ---------------------------------------------------------


def interrupted_after_one(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make the run yield one report, then fail with ``error`` as an interrupt or a crash would."""
    real = cli.iter_entries

    def fake(entries: list[Path], workers: int, **options: object) -> Iterator[Report | Failure]:
        results = real(entries, workers, **options)  # type: ignore[arg-type]
        yield next(results)
        raise error

    monkeypatch.setattr(cli, "iter_entries", fake)


@pytest.mark.parametrize("out_format", ["json", "jsonl", "csv", "table"])
def test_an_interrupted_run_leaves_the_previous_output_as_it_was(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    out_format: str,
) -> None:
    target = tmp_path / "out" / "result"
    target.parent.mkdir()
    target.write_text(PREVIOUS, encoding="utf-8")
    interrupted_after_one(monkeypatch, KeyboardInterrupt())
    status, _, err = run(capsys, "parse", corpus, "-o", target, "-f", out_format)
    assert status == 130
    assert err == "minzheng: interrupted\n"
    assert target.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(target.parent) == []


def test_an_interrupted_run_leaves_no_file_where_there_was_none(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "reports.json"
    interrupted_after_one(monkeypatch, KeyboardInterrupt())
    assert run(capsys, "parse", corpus, "-o", target)[0] == 130
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_a_run_that_fails_midway_leaves_the_previous_output(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "reports.jsonl"
    target.write_text(PREVIOUS, encoding="utf-8")
    interrupted_after_one(monkeypatch, OSError(28, "No space left on device"))
    status, _, err = run(capsys, "parse", corpus, "-o", target)
    assert status == 1
    assert err == f"minzheng: {target}: cannot write: No space left on device\n"
    assert target.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []


def test_a_finished_run_replaces_the_output_whole(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "reports.json"
    target.write_text(PREVIOUS, encoding="utf-8")
    target.chmod(0o640)
    assert run(capsys, "parse", corpus, "-o", target)[0] == 0
    assert [report["name"] for report in json.loads(target.read_text(encoding="utf-8"))] == [
        "a.txt", "b.txt", "c.txt"
    ]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file keeps its permissions
    assert leftovers(tmp_path) == []


def test_a_new_output_gets_the_usual_permissions(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    umask = os.umask(0o022)
    try:
        assert run(capsys, "parse", corpus, "-o", tmp_path / "new.jsonl")[0] == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o644


def test_a_symlinked_output_is_written_through_the_link(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text(PREVIOUS, encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run(capsys, "parse", corpus, "-o", link)[0] == 0
    assert link.is_symlink()
    assert len(real.read_text(encoding="utf-8").splitlines()) == 3


def test_a_device_output_is_written_directly(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", corpus, "--format", "csv", "--facts", "reports", "-o", os.devnull)
    assert (status, out, err) == (0, "", "")
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)  # still the device, not a file renamed over it
