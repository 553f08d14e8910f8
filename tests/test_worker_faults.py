"""Worker faults: a dead worker, an interrupt, a main module workers cannot import.

A worker that dies (killed by the OOM killer, say) costs the run nothing but the file
that killed it: the pool is restarted, the files in flight are retried once each in a
fresh worker, and a file that kills a worker twice is a failure with its name and the
reason. One Ctrl-C ends a ``--jobs`` run with status 130 and one line on stderr: the
workers ignore SIGINT and are stopped by the parent. Pools start from ``python -``,
``python -c``, a script that is gone and a thread.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import fault_hooks
from minzheng import _many, parse_many
from minzheng.model import Report
from minzheng.query import Failure

REPORT = "某县民政局2023年工作总结\n一、社会救助\n全年发放低保金{amount}万元。\n"
TESTS = Path(__file__).resolve().parent
DIED = (
    "a worker process died with it in flight, and again when it was parsed alone (killed, or out of memory)"
)
BOUND = 10
"""Seconds a subprocess may take before the test gives up on it (against hanging the suite)."""


def write(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, name in enumerate(names, start=1):
        path = folder / name
        path.write_text(REPORT.format(amount=number), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pools run :func:`fault_hooks.parse_chunk`, which kills workers on files named for it."""
    monkeypatch.setattr(_many, "_parse_chunk", fault_hooks.parse_chunk)


def names(results: list[Report | Failure]) -> list[str]:
    return [r.name if isinstance(r, Report) else f"failed: {Path(r.path).name}" for r in results]  # type: ignore[misc]


# -- a dead worker -------------------------------------------------------------------------


@pytest.mark.usefixtures("faulty")
def test_a_killed_worker_costs_only_the_file_that_killed_it(tmp_path: Path) -> None:
    files = [f"r{n:02d}.txt" for n in range(1, 15)]
    files[2] = "r03-kill-always.txt"
    paths = write(tmp_path, files)
    rs = parse_many(paths, workers=2)
    assert [report.name for report in rs] == [name for name in files if "always" not in name]
    assert rs.failures == (Failure(str(paths[2]), DIED),)


@pytest.mark.usefixtures("faulty")
def test_a_file_that_killed_a_worker_once_is_parsed_when_retried(tmp_path: Path) -> None:
    files = [f"r{n:02d}.txt" for n in range(1, 15)]
    files[9] = "r10-kill-once.txt"
    write(tmp_path, files)
    rs = parse_many(tmp_path, workers=2)
    assert (tmp_path / "r10-kill-once.killed").exists()  # its first worker did die
    assert [report.name for report in rs] == files
    assert rs.failures == ()


@pytest.mark.usefixtures("faulty")
def test_workers_that_exit_are_replaced_and_every_file_comes_back_in_order(tmp_path: Path) -> None:
    files = [f"r{n:02d}.txt" for n in range(1, 40)]
    for position in (0, 1, 38):  # two in the first chunk, and the very last file
        files[position] = files[position].replace(".txt", "-exit.txt")
    write(tmp_path, files)
    results = list(_many.iter_parse(tmp_path, workers=2))
    assert names(results) == [f"failed: {name}" if "exit" in name else name for name in sorted(files)]


def test_a_killed_worker_in_the_command_line_is_one_line_naming_the_file(tmp_path: Path) -> None:
    files = [f"r{n:02d}.txt" for n in range(1, 13)]
    files[4] = "r05-kill-always.txt"
    write(tmp_path / "corpus", files)
    done = command(["parse", str(tmp_path / "corpus"), "--jobs", "2", "--format", "jsonl"])
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 11
    assert done.stderr == f"minzheng: {tmp_path / 'corpus' / files[4]}: {DIED}\n"


def command(argv: list[str], *, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``minzheng`` run in a new interpreter whose pools use the fault hooks."""
    return subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", HOOKED, *argv],
        capture_output=True, text=True, encoding="utf-8", check=False, timeout=120, input=stdin,
    )


HOOKED = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(TESTS)!r})
    import fault_hooks
    fault_hooks.install()
    from minzheng.cli import main
    sys.exit(main(sys.argv[1:]))
""")


# -- interrupts ----------------------------------------------------------------------------


def interrupt(tmp_path: Path, ready: Callable[[Path], bool]) -> tuple[int | None, str, list[int]]:
    """Start a ``--jobs 2`` run over slow files, Ctrl-C its process group once ``ready``.

    Returns the exit status (None if it did not end within the bound), stderr, and the
    pids of the workers that had started a slow file.
    """
    corpus = tmp_path / "corpus"
    write(corpus, [f"r{n:02d}-slow.txt" for n in range(1, 9)])
    out = tmp_path / "out" / "reports.jsonl"
    out.parent.mkdir()
    process = subprocess.Popen(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", HOOKED, "parse", str(corpus), "--jobs", "2", "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        start_new_session=True,  # its own process group, as a terminal gives a command
    )
    try:
        deadline = time.monotonic() + 60
        while not ready(tmp_path) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the parent and its workers alike
        try:
            _, err = process.communicate(timeout=BOUND)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            _, err = process.communicate()
            return None, err, []
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # no temporary file left behind
    pids = [int(path.read_text(encoding="utf-8")) for path in corpus.glob("*.started")]
    return process.returncode, err, pids


def busy(tmp_path: Path) -> bool:
    """Both workers are parsing a slow file."""
    return len(list((tmp_path / "corpus").glob("*.started"))) >= 2


def starting(tmp_path: Path) -> bool:
    """The run has opened its output and is about to start its workers."""
    return any((tmp_path / "out").glob(".*.part"))


def starting_then(delay: float) -> Callable[[Path], bool]:
    """Some time after the run opened its output: the workers are being started and import."""

    def ready(tmp_path: Path) -> bool:
        if not starting(tmp_path):
            return False
        time.sleep(delay)
        return True

    return ready


@pytest.mark.parametrize(
    "ready",
    [
        pytest.param(busy, id="workers-busy"),
        pytest.param(starting, id="starting"),
        pytest.param(starting_then(0.15), id="workers-importing"),
        pytest.param(starting_then(0.4), id="workers-importing-later"),
    ],
)
def test_one_interrupt_ends_a_jobs_run_with_130_and_one_line(
    tmp_path: Path, ready: Callable[[Path], bool]
) -> None:
    status, err, pids = interrupt(tmp_path, ready)
    assert status == 130
    assert err == "minzheng: interrupted\n"
    for pid in pids:  # the workers were stopped with the run, not left to finish their minute
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


@pytest.mark.usefixtures("faulty")
def test_an_interrupt_in_the_consumer_stops_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_many, "BATCH_BYTES", 1)  # a batch per file: four in flight, the first quick
    names = ["a.txt", "b-slow.txt", "c-slow.txt", "d.txt", "e.txt", "f.txt"]
    paths = write(tmp_path, names)
    results = _many.iter_parse(paths, workers=2)
    assert isinstance(next(results), Report)
    while len(list(tmp_path.glob("*.started"))) < 2:
        time.sleep(0.01)
    pids = [int(path.read_text(encoding="utf-8")) for path in tmp_path.glob("*.started")]
    with pytest.raises(KeyboardInterrupt):
        results.throw(KeyboardInterrupt())  # type: ignore[attr-defined]  # as if Ctrl-C hit the consumer
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert list(tmp_path.glob("*.finished")) == []  # stopped, not waited for


# -- where a pool starts from --------------------------------------------------------------


SCRIPT = textwrap.dedent("""
    import threading
    import minzheng

    def run():
        rs = minzheng.parse_many({folder!r}, workers=2)
        print(len(rs), len(rs.failures))

    {call}
""")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path / "corpus", [f"r{n:02d}.txt" for n in range(1, 10)])
    return tmp_path / "corpus"


IN_A_THREAD = "t = threading.Thread(target=run); t.start(); t.join()"


@pytest.mark.parametrize(
    ("how", "call"),
    [
        pytest.param("stdin", "run()", id="python-stdin"),
        pytest.param("-c", "run()", id="python-c"),
        pytest.param("gone-script", "run()", id="script-gone-like-a-notebook-cell"),
        pytest.param("stdin", IN_A_THREAD, id="python-stdin-in-a-thread"),
    ],
)
def test_a_pool_starts_from_any_main_module(folder: Path, tmp_path: Path, how: str, call: str) -> None:
    source = SCRIPT.format(folder=str(folder), call=call)
    if how == "stdin":
        argv, stdin = [sys.executable, "-"], source
    elif how == "-c":
        argv, stdin = [sys.executable, "-c", source], None
    else:  # a script that is gone by the time workers start, like a notebook's cell
        script = tmp_path / "gone.py"
        script.write_text(f"import os\nos.remove(__file__)\n{source}", encoding="utf-8")
        argv, stdin = [sys.executable, str(script)], None
    done = subprocess.run(  # noqa: S603 (our own interpreter)
        argv, input=stdin, capture_output=True, text=True, encoding="utf-8", check=False, timeout=120,
        cwd=tmp_path,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "9 0\n", "")


def test_a_pool_starts_from_a_thread_of_this_process(folder: Path) -> None:
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(len(parse_many(folder, workers=2))))
    worker.start()
    worker.join(timeout=120)
    assert found == [9]


def test_workers_started_outside_a_main_guard_leave_the_work_here(folder: Path, tmp_path: Path) -> None:
    # Each worker runs the script again, and its own pool refuses to start there: every
    # worker dies as it starts. The files are parsed in this process, with a warning that
    # names the cause, rather than each one lost after a worker has died over it.
    script = tmp_path / "unguarded.py"
    script.write_text(SCRIPT.format(folder=str(folder), call="run()"), encoding="utf-8")
    done = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, str(script)], capture_output=True, text=True, encoding="utf-8", check=False,
        timeout=120, cwd=tmp_path,
    )
    assert (done.returncode, done.stdout) == (0, "9 0\n")
    assert "worker processes cannot start here" in done.stderr
    assert 'if __name__ == "__main__":' in done.stderr
