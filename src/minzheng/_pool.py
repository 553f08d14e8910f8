"""Worker processes that a dead worker, an interrupt or a missing main module cannot break.

Workers are processes (``concurrent.futures.ProcessPoolExecutor``, started with
``spawn`` so that behaviour is the same on every platform), fed chunks of work in order
with a few chunks per worker in flight, so memory stays flat however long the list.

- A worker that dies (the OOM killer, a crash in C) breaks its pool: the pool is
  replaced, and the items of the chunks then in flight are run again once each, alone,
  in a fresh worker; an item whose worker dies again is given up with ``lost(item)``.
- Workers ignore SIGINT, from the moment they start: a Ctrl-C sent to the whole process
  group reaches only the parent, which stops the workers itself. Leaving a pool early (an
  interrupt, an error, a consumer that stopped) stops its workers at once; leaving it at
  the end waits for them.
- A worker does not re-import a main module it could not find (``python -`` names it
  ``<stdin>``; a script may be gone), so pools start from anywhere, threads included.
- Where processes cannot start at all (no working semaphores, as in some sandboxes and
  serverless runtimes, or no process may be created), or every worker dies before it is
  ready (a script that starts workers outside ``if __name__ == "__main__":`` starts them
  again in each worker, which ``spawn`` refuses), the work is done in this process, with
  one warning on the ``minzheng`` logger.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import logging.handlers
import multiprocessing
import multiprocessing.process
import queue
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from types import FrameType
from typing import Any, Generic, TypeVar

__all__ = ["AHEAD", "CannotStartError", "Workers", "imap_chunks", "worker_pool"]

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

AHEAD = 2
"""Chunks in flight per worker."""
_GRACE = 1.0
"""Seconds a stopped worker, or the log relay, is given to end before it is killed or left."""
_POLL = 0.05
"""Seconds the log relay waits for a record before it looks whether it should stop."""
_LAUNCH = threading.Lock()
"""Held while a worker may be started: the main module is hidden for that time."""


class CannotStartError(Exception):
    """Worker processes cannot be started here: the reason is the error's text."""


DIED_STARTING = (
    "every worker died as it started: a script must start workers under "
    '`if __name__ == "__main__":`, as each worker runs the script again'
)
"""Why processes cannot start here when no worker got as far as its first task."""


_CANNOT_START = (OSError, ImportError, NotImplementedError)
"""What starting a pool or a worker raises where processes or their semaphores cannot be had."""


def imap_chunks(
    task: Callable[[Sequence[T]], list[R]],
    chunks: Iterable[Sequence[T]],
    workers: int,
    lost: Callable[[T], R],
    warm: Callable[[], object] | None = None,
) -> Generator[R, None, None]:
    """``task`` over ``chunks`` in ``workers`` processes, one result per item, in order.

    ``task`` must be picklable (a module-level function, or a partial of one) and return
    one result per item of its chunk; so must ``warm``, which each worker calls once when
    it starts. An item that kills its worker twice (once in its chunk, once alone) gives
    ``lost(item)`` instead. Where processes cannot start, the chunks not yet done run in
    this process, after one warning.
    """
    todo = collections.deque(chunks)
    try:
        while todo:
            with worker_pool(workers, warm) as pool:
                in_flight = yield from _until_broken(pool, task, todo, workers * AHEAD)
            yield from _recovered(in_flight, task, lost)
    except CannotStartError as error:
        logger.warning("worker processes cannot start here (%s): parsing in this process", error)
        while todo:
            yield from task(todo.popleft())


_InFlight = tuple[Sequence[T], Future[list[R]]]
"""A chunk submitted, and the future of its results."""


def _until_broken(
    pool: Workers, task: Callable[[Sequence[T]], list[R]], todo: collections.deque[Sequence[T]], ahead: int
) -> Generator[R, None, list[_InFlight[T, R]]]:
    """Results from ``pool`` until ``todo`` is done (``[]``) or the pool breaks (the chunks in flight)."""
    pending: collections.deque[_InFlight[T, R]] = collections.deque()
    while todo or pending:
        while todo and len(pending) < ahead:
            try:
                future = pool.submit(task, todo[0])
            except BrokenProcessPool:  # the chunks in flight tell which worker died
                break
            except _CANNOT_START as error:  # no result of the chunks in flight was given yet
                todo.extendleft(chunk for chunk, _ in reversed(pending))
                raise CannotStartError(_reason(error)) from error
            pending.append((todo.popleft(), future))
        if not pending:
            return []
        try:
            results = pending[0][1].result()
        except BrokenProcessPool as error:
            if not pool.ready():  # no worker got as far as its first task: none will
                todo.extendleft(chunk for chunk, _ in reversed(pending))
                raise CannotStartError(DIED_STARTING) from error
            return list(pending)
        pending.popleft()
        yield from results
    return []


def _recovered(
    in_flight: list[_InFlight[T, R]], task: Callable[[Sequence[T]], list[R]], lost: Callable[[T], R]
) -> Iterator[R]:
    """The results of chunks in flight when a pool broke: as done, or each item again, alone."""
    alone = _Alone(task, lost)
    try:
        for chunk, future in in_flight:
            if not future.cancelled() and future.exception() is None:  # done before the break
                yield from future.result()
            else:
                for item in chunk:
                    yield alone(item)
    except BaseException:
        alone.close(abort=True)
        raise
    alone.close(abort=False)


class _Alone(Generic[T, R]):
    """Items run one at a time in a one-worker pool, replaced whenever its worker dies."""

    def __init__(self, task: Callable[[Sequence[T]], list[R]], lost: Callable[[T], R]) -> None:
        self.task = task
        self.lost = lost
        self.pool: Workers | None = None

    def __call__(self, item: T) -> R:
        try:
            if self.pool is None:
                self.pool = Workers(1)
            (result,) = self.pool.submit(self.task, (item,)).result()
        except (BrokenProcessPool, CannotStartError, *_CANNOT_START):
            self.close(abort=True)
            return self.lost(item)
        return result

    def close(self, *, abort: bool) -> None:
        if self.pool is not None:
            self.pool.close(abort=abort)
            self.pool = None


@contextlib.contextmanager
def worker_pool(workers: int, warm: Callable[[], object] | None = None) -> Iterator[Workers]:
    """:class:`Workers` for a block: stopped at once if the block is left early, else waited for.

    Early means by any exception, an interrupt, or a generator closed by its consumer.
    """
    pool = Workers(workers, warm)
    try:
        yield pool
    except BaseException:
        pool.close(abort=True)
        raise
    pool.close(abort=False)


class Workers:
    """A pool of worker processes whose log records go through this process's logging."""

    def __init__(self, count: int, warm: Callable[[], object] | None = None) -> None:
        """Workers that each call ``warm`` (if given) when they start.

        :class:`CannotStartError` where the pool cannot be made here.
        """
        context = multiprocessing.get_context("spawn")
        try:
            self.records: multiprocessing.Queue[logging.LogRecord] = context.Queue()
            self.started = context.Event()  # set by each worker once it is ready
        except _CANNOT_START as error:
            raise CannotStartError(_reason(error)) from error
        self.relay = _Relay(self.records)
        level = logging.getLogger("minzheng").getEffectiveLevel()
        try:
            self.pool = ProcessPoolExecutor(
                max_workers=count,
                mp_context=context,
                initializer=_start_worker,
                initargs=(self.records, level, warm, self.started),
            )
        except _CANNOT_START as error:
            self.relay.stop()
            self.records.close()
            raise CannotStartError(_reason(error)) from error

    def ready(self) -> bool:
        """Whether a worker of this pool has ever been ready for work (started and warmed up)."""
        return self.started.is_set()

    def submit(self, function: Callable[..., R], *args: Any) -> Future[R]:  # noqa: ANN401 (the task's own)
        """``function(*args)`` in a worker; a worker started for it ignores SIGINT and the main module."""
        with _launching():
            return self.pool.submit(function, *args)

    def close(self, *, abort: bool) -> None:
        """Wait for the work submitted, or with ``abort`` drop it and stop the workers at once."""
        try:
            if abort:
                self._stop_now()
                _close_writer(self.records)  # a relay stuck on half a record reads the end instead
            else:
                self.pool.shutdown(wait=True, cancel_futures=True)
        finally:
            self.relay.stop()
            self.records.close()

    def _stop_now(self) -> None:
        # Python 3.14 has ProcessPoolExecutor.terminate_workers(); until then, its processes.
        processes: list[BaseProcess] = list((self.pool._processes or {}).values())  # noqa: SLF001 (see above)
        results = self.pool._result_queue  # noqa: SLF001 (see below)
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(_GRACE)
            if process.is_alive():  # pragma: no cover - a worker deaf to SIGTERM
                process.kill()
                process.join(_GRACE)
        # A worker stopped while it sent a result leaves half a message in the result pipe;
        # the pool's manager thread would wait for the rest forever, and the interpreter for
        # that thread when it exits. With this process's end of the pipe closed as well, no
        # writer is left: the thread reads the end of the pipe, finds the pool broken, ends.
        _close_writer(results)


def _close_writer(channel: object) -> None:
    """Close this process's writing end of a multiprocessing queue whose writers were stopped."""
    writer = getattr(channel, "_writer", None)
    if writer is not None:
        writer.close()


def _reason(error: BaseException) -> str:
    """Why processes cannot start, in a few words.

    >>> _reason(OSError(38, "Function not implemented"))
    'OSError: [Errno 38] Function not implemented'
    """
    return f"{type(error).__name__}: {error}"


def _start_worker(
    records: multiprocessing.Queue[logging.LogRecord],
    level: int,
    warm: Callable[[], object] | None,
    started: EventType,
) -> None:
    """Start a worker: deaf to SIGINT, its log records at ``level`` and above sent to the parent.

    Then ``warm()``, if given, is called once, and ``started`` is set: the worker is ready.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(records)]
    root.setLevel(level)
    if warm is not None:
        warm()
    started.set()


@contextlib.contextmanager
def _launching() -> Iterator[None]:
    """Around a call that may start a worker process (``submit`` starts them as needed).

    SIGINT is blocked in this thread, and a child inherits the mask, so that a Ctrl-C
    never reaches a worker, not even before it has run its first line. An interrupt that
    arrives meanwhile (Python handles it in the main thread) is held until the worker is
    launched, so the launch is never cut in half. A main module that the worker could
    not import is hidden from it.
    """
    with _LAUNCH, _interrupts_held(), _sigint_blocked(), _main_hidden():
        yield


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """In the main thread, SIGINT's handler called on leaving rather than where it struck."""
    handler = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(handler):
        yield  # another thread: the interrupt is raised in the main thread, not here
        return
    held: list[tuple[int, FrameType | None]] = []
    signal.signal(signal.SIGINT, lambda number, frame: held.append((number, frame)))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, handler)
        if held:
            handler(*held[0])  # KeyboardInterrupt, as it would have been


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows: the initializer is enough
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """The main module without its ``__file__`` while that names no file a worker could run.

    ``spawn`` has each worker run the parent's main script again, found by its
    ``__file__``; ``python -`` names it ``<stdin>``, and a script may have been removed.
    Without ``__file__`` the workers start as they do under ``python -c``.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or getattr(main, "__spec__", None) is not None or not isinstance(path, str):
        yield
        return
    where = Path(getattr(multiprocessing.process, "ORIGINAL_DIR", None) or "", path)  # as spawn joins it
    if where.is_file():
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


class _Relay:
    """Hand the log records workers send to the loggers of this process, from a thread of its own.

    The thread polls, so stopping it never needs the queue (whose lock a killed worker
    may hold) and never waits on a worker.
    """

    def __init__(self, records: multiprocessing.Queue[logging.LogRecord]) -> None:
        self.records = records
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="minzheng-log-relay", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            try:
                record = self.records.get(timeout=_POLL)
            except queue.Empty:
                if self.stopping.is_set():  # every record sent before the stop has been handled
                    return
                continue
            except (EOFError, OSError, ValueError):  # the queue was closed under it
                return
            _relayed(record)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(_GRACE)


def _relayed(record: logging.LogRecord) -> None:
    """Hand a worker's log record to the logger of the same name in this process."""
    logger = logging.getLogger(record.name)
    if logger.isEnabledFor(record.levelno):
        logger.handle(record)

