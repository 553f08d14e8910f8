"""Parsing many files: in order, in parallel if asked, with failures collected, not raised.

Workers are processes (see :mod:`minzheng._pool`): at most a few batches of files per
worker are in flight at once, so memory stays flat however long the list; a worker that
dies costs only the file that killed it, and an interrupt stops the workers at once.

Work is sent in batches of about the same size in bytes, not of the same number of files,
so that a batch pays for its trip and the workers finish together. A worker sends each
report back without its source text, which would cost more to send than the report
itself: this process reads the file again and puts the text back, after checking that
the bytes are those the worker parsed (where they are not, the file is parsed again
here). The results are the same as those of :func:`~minzheng.parse_file` in a loop.
"""

from __future__ import annotations

import errno
import functools
import importlib
import os
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple, Protocol, TypeVar

import attrs

from minzheng._errors import MinzhengError
from minzheng._files import MAX_BYTES, as_path, check_max_bytes, parse_file, read_bytes, read_report
from minzheng._warm import WARM_UP, blake2b
from minzheng.model import Report
from minzheng.parse.pipeline import parse
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
BATCH_BYTES = 256 * 2**10
"""Bytes of files a batch sent to a worker holds at most (unless one file is larger): about
a tenth of a second of parsing, which pays for the trip many times over."""
BATCHES_PER_WORKER = 8
"""Batches per worker a run is cut into at least, where its files are few or small, so that
no worker waits long for the others at the end."""


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
    batches = batched(entries, workers) if workers > 1 else [entries]
    results = (
        _in_process(entries, max_bytes)
        if min(workers, len(batches)) <= 1
        else _in_pool(batches, min(workers, len(batches)), max_bytes)
    )
    return _with_progress(results, len(entries)) if progress else results


def batched(entries: Sequence[Entry], workers: int) -> list[Sequence[Entry]]:
    """``entries`` cut into runs of about the same size in bytes, for ``workers`` workers.

    A batch holds at most :data:`BATCH_BYTES` (a larger file is a batch of its own), and
    at most a share of the whole such that there are :data:`BATCHES_PER_WORKER` batches
    per worker. A file whose size cannot be known (parsing it names the problem) counts
    as one byte, as an empty one does, and every batch holds at least one entry.

    >>> [len(batch) for batch in batched([Failure("a", "gone")] * 5, workers=2)]
    [1, 1, 1, 1, 1]
    """
    sizes = [max(1, _size(entry)) for entry in entries]
    share = max(1, min(BATCH_BYTES, sum(sizes) // (workers * BATCHES_PER_WORKER)))
    batches: list[Sequence[Entry]] = []
    start, held = 0, 0
    for index, size in enumerate(sizes):
        if held and held + size > share:  # the file would overfill the batch: it starts the next
            batches.append(entries[start:index])
            start, held = index, 0
        held += size
        if held >= share:
            batches.append(entries[start : index + 1])
            start, held = index + 1, 0
    if start < len(entries):
        batches.append(entries[start:])
    return batches


def _size(entry: Entry) -> int:
    """Bytes of a file to parse, 0 for a failure or a file whose size cannot be known."""
    if isinstance(entry, Failure):
        return 0
    try:
        return entry.stat().st_size
    except OSError:
        return 0


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


R = TypeVar("R")


def _guarded(entry: Path, run: Callable[[Path, int | None], R], max_bytes: int | None) -> R | Failure:
    """``run(entry, max_bytes)``, or the failure of ``entry`` with the reason."""
    try:
        return run(entry, max_bytes)
    except MinzhengError as error:
        return Failure(str(entry), str(error).removeprefix(f"{entry}: "))
    except Exception as error:  # noqa: BLE001 (one file's surprise must not end a corpus run)
        return Failure(str(entry), f"internal error: {type(error).__name__}: {error}")


def _parse_path(entry: Path, max_bytes: int | None) -> Report:
    return parse_file(entry, max_bytes=max_bytes)


def _parse_one(entry: Entry, max_bytes: int | None) -> Report | Failure:
    return entry if isinstance(entry, Failure) else _guarded(entry, _parse_path, max_bytes)


class Shipped(NamedTuple):
    """A report parsed in a worker, sent back without its source text, and what tells that text.

    The source is the text of ``size`` bytes of the file whose BLAKE2 digest is ``digest``,
    read as ``data[skip:].decode(codec)``.
    """

    report: Report
    """The report, its source left out."""
    size: int
    """Bytes of the file parsed."""
    digest: bytes
    """Their digest."""
    skip: int
    """Bytes of the byte-order mark before the text."""
    codec: str
    """The codec that decoded the rest."""


def _digest(data: bytes) -> bytes:
    return blake2b(data, digest_size=16).digest()


def _ship(entry: Path, max_bytes: int | None) -> Shipped:
    """``parse_file(entry)``, as a worker sends it back."""
    read = read_report(entry, max_bytes)
    report = parse(read.decoded.text, name=entry.name, html=read.html)
    shipped = attrs.evolve(report, source=None)
    return Shipped(shipped, len(read.data), _digest(read.data), read.decoded.skip, read.decoded.codec)


def _ship_one(entry: Entry, max_bytes: int | None) -> Shipped | Failure:
    return entry if isinstance(entry, Failure) else _guarded(entry, _ship, max_bytes)


def _parse_chunk(entries: Sequence[Entry], max_bytes: int | None) -> list[Shipped | Failure]:
    """The task of a worker: a batch of files parsed, their reports sent without their sources."""
    return [_ship_one(entry, max_bytes) for entry in entries]


def _received(entry: Entry, result: Shipped | Failure, max_bytes: int | None) -> Report | Failure:
    """The report of a file parsed in a worker with its source put back, as ``parse_file`` gives it.

    The file is read again; where its bytes are no longer those the worker parsed (it was
    changed or removed meanwhile), it is parsed again here.
    """
    if isinstance(result, Failure) or isinstance(entry, Failure):
        return result if isinstance(result, Failure) else _parse_one(entry, max_bytes)
    try:
        data = read_bytes(entry, max_bytes)
        if len(data) == result.size and _digest(data) == result.digest:
            return attrs.evolve(result.report, source=data[result.skip :].decode(result.codec))
    except (MinzhengError, UnicodeDecodeError, LookupError):
        pass
    return _parse_one(entry, max_bytes)


def _in_process(entries: Iterable[Entry], max_bytes: int | None) -> Results:
    for entry in entries:
        yield _parse_one(entry, max_bytes)


def _in_pool(batches: Sequence[Sequence[Entry]], workers: int, max_bytes: int | None) -> Results:
    from minzheng._pool import imap_chunks  # noqa: PLC0415 (processes only when asked for: not at import)

    # _parse_chunk is looked up at each call, so that a test can hand workers another one.
    task = functools.partial(_parse_chunk, max_bytes=max_bytes)
    results = imap_chunks(task, batches, workers, _lost, warm=warm_up)
    entries = (entry for batch in batches for entry in batch)
    try:
        for entry, result in zip(entries, results, strict=True):
            yield _received(entry, result, max_bytes)
    finally:
        results.close()


def warm_up() -> None:
    """Load the parser's tables, as a worker does before its first file."""
    parse(WARM_UP)


DIED = (
    "a worker process died with it in flight, and again when it was parsed alone (killed, or out of memory)"
)
"""The failure of a file in flight when a worker died, whose worker died again when it ran alone."""


def _lost(entry: Entry) -> Failure:
    """The failure of a file whose worker died with it twice."""
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
