"""Files that are not regular files, files too large, and folders that hide their contents.

``parse_file`` reads only regular files (a FIFO with no writer would block forever,
``/dev/zero`` would read until memory ran out) and at most a set number of bytes. Under
a folder, what cannot be read (a dangling link, a link loop, a FIFO, a folder that cannot
be listed) is named as a failure, not skipped in silence.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from minzheng import MinzhengError, Report, parse_file, parse_many
from minzheng._files import MAX_BYTES
from minzheng.cli import main

TEXT = "某县民政局2023年工作总结\n一、社会救助\n全年发放低保金1200万元。\n"


def write(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_fifo_without_a_writer_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException | Report] = []

    def read() -> None:
        try:
            outcome.append(parse_file(fifo))
        except BaseException as error:  # noqa: BLE001 (the outcome is what the test reads)
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)  # a bound against hanging the suite, not a timing assertion
    if reader.is_alive():  # blocked on the open: release it before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=10)
        pytest.fail("parse_file blocked on a FIFO")
    (error,) = outcome
    assert isinstance(error, MinzhengError)
    assert str(error) == f"{fifo}: not a regular file (a named pipe)"


@pytest.mark.parametrize(
    ("device", "kind"),
    [pytest.param("/dev/zero", "a character device", id="dev-zero"),
     pytest.param("/dev/null", "a character device", id="dev-null")],
)
def test_devices_are_refused(device: str, kind: str) -> None:
    with pytest.raises(MinzhengError, match=f"^{device}: not a regular file \\({kind}\\)$"):
        parse_file(device)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MinzhengError, match="is a directory"):
        parse_file(tmp_path)


def test_the_default_size_cap_is_64_mb(tmp_path: Path) -> None:
    assert MAX_BYTES == 64 * 2**20
    big = tmp_path / "big.txt"
    with big.open("wb") as out:  # sparse: takes no disk and is refused before any read
        out.truncate(MAX_BYTES + 1)
    with pytest.raises(MinzhengError, match=r"big\.txt: larger than the limit of 64 MB"):
        parse_file(big)


def test_the_size_cap_is_settable(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt")
    size = path.stat().st_size
    assert parse_file(path, max_bytes=size).source == TEXT
    with pytest.raises(MinzhengError, match=f"larger than the limit of {size - 1} bytes"):
        parse_file(path, max_bytes=size - 1)
    assert parse_file(path, max_bytes=None).source == TEXT
    rs = parse_many([path], max_bytes=size - 1)
    assert rs.failures[0].message == f"larger than the limit of {size - 1} bytes"


@pytest.mark.parametrize("max_bytes", [0, -1, 1.5, "64M", True])
def test_a_bad_size_cap_is_an_error(tmp_path: Path, max_bytes: object) -> None:
    with pytest.raises(MinzhengError, match="max_bytes must be"):
        parse_file(write(tmp_path / "a.txt"), max_bytes=max_bytes)  # type: ignore[arg-type]


def test_a_dangling_link_and_a_link_loop_say_what_they_are(tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    gone.symlink_to(tmp_path / "nowhere.txt")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(MinzhengError, match=r"gone\.txt: broken symbolic link"):
        parse_file(gone)
    with pytest.raises(MinzhengError, match=r"loop\.txt: symbolic link loop"):
        parse_file(loop)


# -- folders -------------------------------------------------------------------------------


@pytest.fixture
def troubled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with good reports beside a dangling link, a link loop, a FIFO and a locked folder."""
    folder = tmp_path / "corpus"
    write(folder / "a.txt")
    write(folder / "sub" / "b.txt")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    write(folder / "locked" / "hidden.txt")
    (folder / "sub" / "up").symlink_to(folder)  # a folder loop through a link
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    (folder / "elsewhere.md").symlink_to(folder / "nowhere.md")  # not a report: no failure

    locked = str(folder / "locked")
    scandir = os.scandir

    def scan(path: str | os.PathLike[str]) -> object:
        if os.fspath(path) == locked:  # tests run as root here: lock the folder by hand
            raise PermissionError(13, "Permission denied", locked)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", scan)
    return folder


@pytest.mark.parametrize("workers", [pytest.param(1, id="in-process"), pytest.param(2, id="two-processes")])
def test_what_a_folder_hides_is_named_as_failures(troubled: Path, workers: int) -> None:
    rs = parse_many(troubled, workers=workers)
    assert sorted(report.name for report in rs) == ["a.txt", "b.txt"]
    failures = {Path(failure.path).relative_to(troubled).as_posix() + ("/" if failure.path.endswith(os.sep)
                else ""): failure.message for failure in rs.failures}
    assert failures == {
        "gone.txt": "broken symbolic link",
        "locked/": "permission denied",
        "loop.txt": "symbolic link loop",
        "pipe.txt": "not a regular file (a named pipe)",
        "sub/up/": "symbolic link loop",
    }


def test_a_locked_folder_is_not_an_empty_one(
    troubled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["parse", str(troubled / "locked"), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    assert err == f"minzheng: {troubled / 'locked'}{os.sep}: permission denied\n"


def test_the_cli_names_what_a_folder_hides_and_writes_the_rest(
    troubled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["parse", str(troubled), "--format", "jsonl", "--max-size", "1K"])
    out, err = capsys.readouterr()
    assert status == 1
    assert len(out.splitlines()) == 2
    assert f"minzheng: {troubled / 'pipe.txt'}: not a regular file (a named pipe)\n" in err
    assert len(err.splitlines()) == 5
    status = main(["parse", str(troubled / "a.txt"), "--max-size", "10"])
    assert status == 1
    assert capsys.readouterr().err.endswith("a.txt: larger than the limit of 10 bytes\n")


@pytest.mark.parametrize("size", ["0", "-1", "lots", "5X", ""])
def test_a_bad_max_size_is_a_usage_error(size: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "x.txt", "--max-size", size]) == 2
    assert "--max-size" in capsys.readouterr().err
