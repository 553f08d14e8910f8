"""Parsing many files: in order, in parallel if asked, with failures collected, not raised.

Workers are processes (``concurrent.futures.ProcessPoolExecutor``, started with
``spawn`` so that behaviour is the same on every platform). At most a few chunks of
files per worker are in flight at once, so memory stays flat however long the list.
"""

from __future__ import annotations

import collections
import contextlib
import importlib
import itertools
import logging
import logging.handlers
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Protocol

from minzheng._errors import MinzhengError
from minzheng._files import parse_file
from minzheng.model import Report
from minzheng.query import Failure, ReportSet

__all__ = ["Paths", "expand_paths", "iter_parse", "parse_many", "worker_pool"]

Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""One path or several; a folder stands for the ``*.txt`` files under it."""

_CHUNK = 4
"""Files per task sent to a worker: large enough to pay for the trip, small enough to balance."""
_AHEAD = 2
"""Chunks in flight per worker."""


def expand_paths(paths: Paths) -> list[Path]:
    """The files behind ``paths``, in the order given; a folder gives its ``*.txt`` files.

    Files under a folder are taken recursively and sorted by their path, so a run is
    reproducible. A path that does not exist is kept: parsing it reports the failure.
    """
    given: Iterable[str | os.PathLike[str]] = (
        [paths] if isinstance(paths, str | os.PathLike) else paths
    )
    files: list[Path] = []
    for one in given:
        path = Path(one)
        if path.is_dir():
            files.extend(sorted(found for found in path.rglob("*.txt") if found.is_file()))
        else:
            files.append(path)
    return files


def parse_many(paths: Paths, workers: int | None = 1, *, progress: bool = False) -> ReportSet:
    """Parse files into a :class:`~minzheng.ReportSet`, in the order given.

    A file that cannot be read or decoded does not stop the run: it is recorded in
    :attr:`ReportSet.failures <minzheng.ReportSet.failures>` with the reason.
    ``workers`` is the number of processes (1 parses in this process; None uses
    every core). ``progress=True`` shows a progress bar on stderr: tqdm's when the
    ``progress`` extra is installed, else a plain ``done/total`` counter.
    """
    reports: list[Report] = []
    failures: list[Failure] = []
    for result in iter_parse(paths, workers, progress=progress):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            reports.append(result)
    return ReportSet(reports, failures)


def iter_parse(
    paths: Paths, workers: int | None = 1, *, progress: bool = False
) -> Iterator[Report | Failure]:
    """Parse files one by one, yielding each report or failure in the order given.

    Memory stays flat: only a few files per worker are parsed ahead of the consumer.
    Arguments as for :func:`parse_many`; they are checked at the call, not at the first
    result.
    """
    count = _worker_count(workers)
    files = expand_paths(paths)
    chunks = -(-len(files) // _CHUNK)
    results = _in_process(files) if min(count, chunks) <= 1 else _in_pool(files, min(count, chunks))
    return _with_progress(results, len(files)) if progress else results


def _with_progress(results: Iterator[Report | Failure], total: int) -> Iterator[Report | Failure]:
    bar = _progress_bar(total)
    try:
        for result in results:
            yield result
            bar.update(1)
    finally:
        bar.close()


def _worker_count(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if type(workers) is not int or workers < 1:
        msg = f"workers must be a positive int or None, got {workers!r}"
        raise MinzhengError(msg)
    return workers


def _parse_one(path: Path) -> Report | Failure:
    try:
        return parse_file(path)
    except MinzhengError as error:
        return Failure(str(path), str(error).removeprefix(f"{path}: "))
    except Exception as error:  # noqa: BLE001 (one file's surprise must not end a corpus run)
        return Failure(str(path), f"internal error: {type(error).__name__}: {error}")


def _parse_chunk(paths: Sequence[Path]) -> list[Report | Failure]:
    return [_parse_one(path) for path in paths]


def _in_process(files: Iterable[Path]) -> Iterator[Report | Failure]:
    for path in files:
        yield _parse_one(path)


def _in_pool(files: Sequence[Path], workers: int) -> Iterator[Report | Failure]:
    chunks = iter([files[i : i + _CHUNK] for i in range(0, len(files), _CHUNK)])
    with worker_pool(workers) as pool:
        pending: collections.deque[Future[list[Report | Failure]]] = collections.deque(
            pool.submit(_parse_chunk, chunk) for chunk in itertools.islice(chunks, workers * _AHEAD)
        )
        while pending:
            done = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_parse_chunk, following))
            yield from done


@contextlib.contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Worker processes whose log records go through this process's logging.

    On leaving, also early (the consumer stopped), queued work is dropped and running
    work is waited for.
    """
    context = multiprocessing.get_context("spawn")
    records: multiprocessing.Queue[logging.LogRecord] = context.Queue()
    relay = logging.handlers.QueueListener(records, _Relay())
    relay.start()
    level = logging.getLogger("minzheng").getEffectiveLevel()
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_log_to, initargs=(records, level)
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        relay.stop()
        records.close()


def _log_to(records: multiprocessing.Queue[logging.LogRecord], level: int) -> None:
    """Start a worker: send its log records at ``level`` and above to the parent."""
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(records)]
    root.setLevel(level)


class _Relay(logging.Handler):
    """Hand a worker's log record to the logger of the same name in this process."""

    def emit(self, record: logging.LogRecord) -> None:
        logger = logging.getLogger(record.name)
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)


class _Bar(Protocol):
    def update(self, n: int) -> object: ...
    def close(self) -> object: ...


class _Counter:
    """A plain ``done/total files`` counter on a stream, redrawn at most every tenth of a second."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.shown = 0.0
        self.drawn = -1

    def update(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.shown >= 0.1 or self.done == self.total:  # noqa: PLR2004 (ten redraws a second)
            self.shown = now
            self._draw()

    def close(self) -> None:
        if self.drawn != self.done:
            self._draw()
        self.stream.write("\n")
        self.stream.flush()

    def _draw(self) -> None:
        self.drawn = self.done
        self.stream.write(f"\rparsed {self.done}/{self.total} files")
        self.stream.flush()


def _progress_bar(total: int) -> _Bar:
    try:
        tqdm = importlib.import_module("tqdm")
    except ImportError:
        return _Counter(total, sys.stderr)
    bar: _Bar = tqdm.tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)
    return bar
