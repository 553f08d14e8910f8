"""Parsing many files: in order, in parallel if asked, with failures collected, not raised.

Workers are processes (see :mod:`minzheng._pool`): at most a few chunks of files per
worker are in flight at once, so memory stays flat however long the list; a worker that
dies costs only the file that killed it, and an interrupt stops the workers at once.
"""

from __future__ import annotations

import errno
import functools
import importlib
import os
import sys
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Protocol

from minzheng._errors import MinzhengError
from minzheng._files import MAX_BYTES, as_path, check_max_bytes, parse_file
from minzheng._pool import imap_chunks
from minzheng.model import Report
from minzheng.query import Failure, ReportSet

__all__ = [
    "DIED",
    "REPORT_SUFFIX",
    "Entry",
    "Paths",
    "expand_paths",
    "iter_entries",
    "iter_parse",
    "parse_many",
]

Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""One path or several; a folder stands for the ``*.txt`` files under it."""

REPORT_SUFFIX = ".txt"
"""The ending of the names a folder's reports have."""
_CHUNK = 4
"""Files per task sent to a worker: large enough to pay for the trip, small enough to balance."""


Entry = Path | Failure
"""A file to parse, or what stood in the way of finding files under a folder."""


def expand_paths(paths: Paths) -> list[Entry]:
    """The files behind ``paths``, in the order given; a folder gives its ``*.txt`` files.

    Files under a folder are taken recursively, following links, and sorted by their
    path, so a run is reproducible. What a folder holds but cannot be read is kept, to
    be reported rather than skipped in silence: a ``*.txt`` entry that is a dangling
    link, a link loop or no regular file stays a path (parsing it names the problem); a
    folder that cannot be listed, or a link back to a folder it is in, is a
    :class:`Failure` whose path ends with the separator (``corpus/locked/``). A path
    given that does not exist is kept: parsing it reports the failure.
    """
    given: Iterable[object] = [paths] if isinstance(paths, str | os.PathLike) else _iterable(paths)
    entries: list[Entry] = []
    for one in given:
        path = as_path(one, "parse_many()")
        if path.is_dir():
            found = sorted(_walk(path, frozenset({_identity(path)})), key=_entry_key)
            entries.extend(entry for _, entry in found)
        else:
            entries.append(path)
    return entries


def _iterable(paths: object) -> Iterable[object]:
    if isinstance(paths, bytes | bytearray) or not isinstance(paths, Iterable):
        msg = f"parse_many() takes a path or an iterable of paths, not {type(paths).__name__}"
        raise MinzhengError(msg)
    return paths


def _entry_key(found: tuple[Path, Entry]) -> Path:
    return found[0]


def _identity(folder: Path) -> tuple[int, int]:
    info = folder.stat()
    return info.st_dev, info.st_ino


def _walk(folder: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[tuple[Path, Entry]]:
    """The ``*.txt`` entries under ``folder`` and what kept any from being listed, unsorted."""
    try:
        with os.scandir(folder) as scan:
            listing = list(scan)
    except OSError as error:
        yield folder, Failure(f"{folder}{os.sep}", _folder_failure(error))
        return
    for entry in listing:
        path = Path(entry.path)
        report = entry.name.endswith(REPORT_SUFFIX)
        try:
            identity = _identity(path) if entry.is_dir() else None
        except OSError as error:  # a link loop, or a folder it may not look into
            yield path, path if report else Failure(str(path), _folder_failure(error))
            continue
        if identity is None:
            if report:  # a regular file, or something parsing it will name: a FIFO, a dangling link
                yield path, path
        elif identity in ancestors:
            yield path, Failure(f"{path}{os.sep}", "symbolic link loop")
        else:
            yield from _walk(path, ancestors | {identity})


def _folder_failure(error: OSError) -> str:
    """Why a folder could not be listed, in the words a failure gives."""
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot list: {error.strerror or error}"


def parse_many(
    paths: Paths, workers: int | None = 1, *, progress: bool = False, max_bytes: int | None = MAX_BYTES
) -> ReportSet:
    """Parse files into a :class:`~minzheng.ReportSet`, in the order given.

    A file that cannot be read or decoded does not stop the run: it is recorded in
    :attr:`ReportSet.failures <minzheng.ReportSet.failures>` with the reason, and so is
    what a folder holds but cannot be read (see :func:`iter_parse`).
    ``workers`` is the number of processes (1 parses in this process; None uses
    every core). ``progress=True`` shows a progress bar on stderr: tqdm's when the
    ``progress`` extra is installed, else a plain ``done/total`` counter. Files larger
    than ``max_bytes`` (default 64 MB; None for no limit) fail without being read.
    """
    reports: list[Report] = []
    failures: list[Failure] = []
    for result in iter_parse(paths, workers, progress=progress, max_bytes=max_bytes):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            reports.append(result)
    return ReportSet(reports, failures)


def iter_parse(
    paths: Paths, workers: int | None = 1, *, progress: bool = False, max_bytes: int | None = MAX_BYTES
) -> Iterator[Report | Failure]:
    """Parse files one by one, yielding each report or failure in the order given.

    Memory stays flat: only a few files per worker are parsed ahead of the consumer.
    Arguments as for :func:`parse_many`; they are checked at the call, not at the first
    result. Under a folder, a ``*.txt`` entry that is a dangling link, a link loop or
    no regular file fails with the reason, and so does a folder that cannot be listed
    (``corpus/locked/: permission denied``) or a link back to a folder it is in.
    """
    count = _worker_count(workers)
    limit = check_max_bytes(max_bytes)
    return iter_entries(expand_paths(paths), count, progress=progress, max_bytes=limit)


Results = Generator[Report | Failure, None, None]
"""Reports and failures as parsed; closing it stops the workers."""


def iter_entries(entries: Sequence[Entry], workers: int, *, progress: bool, max_bytes: int | None) -> Results:
    """:func:`iter_parse` of paths already expanded, with arguments already checked."""
    chunks = -(-len(entries) // _CHUNK)
    results = (
        _in_process(entries, max_bytes)
        if min(workers, chunks) <= 1
        else _in_pool(entries, min(workers, chunks), max_bytes)
    )
    return _with_progress(results, len(entries)) if progress else results


def _with_progress(results: Results, total: int) -> Results:
    bar = _progress_bar(total)
    try:
        for result in results:
            yield result
            bar.update(1)
    finally:
        results.close()
        bar.close()


def _worker_count(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if type(workers) is not int or workers < 1:
        msg = f"workers must be a positive int or None, got {workers!r}"
        raise MinzhengError(msg)
    return workers


def _parse_one(entry: Entry, max_bytes: int | None) -> Report | Failure:
    if isinstance(entry, Failure):
        return entry
    try:
        return parse_file(entry, max_bytes=max_bytes)
    except MinzhengError as error:
        return Failure(str(entry), str(error).removeprefix(f"{entry}: "))
    except Exception as error:  # noqa: BLE001 (one file's surprise must not end a corpus run)
        return Failure(str(entry), f"internal error: {type(error).__name__}: {error}")


def _parse_chunk(entries: Sequence[Entry], max_bytes: int | None) -> list[Report | Failure]:
    return [_parse_one(entry, max_bytes) for entry in entries]


def _in_process(entries: Iterable[Entry], max_bytes: int | None) -> Results:
    for entry in entries:
        yield _parse_one(entry, max_bytes)


def _in_pool(entries: Sequence[Entry], workers: int, max_bytes: int | None) -> Results:
    chunks = [entries[i : i + _CHUNK] for i in range(0, len(entries), _CHUNK)]
    # _parse_chunk is looked up at each call, so that a test can hand workers another one.
    return imap_chunks(functools.partial(_parse_chunk, max_bytes=max_bytes), chunks, workers, _lost)


DIED = (
    "a worker process died with it in flight, and again when it was parsed alone (killed, or out of memory)"
)
"""The failure of a file in flight when a worker died, whose worker died again when it ran alone."""


def _lost(entry: Entry) -> Failure:
    return entry if isinstance(entry, Failure) else Failure(str(entry), DIED)


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
