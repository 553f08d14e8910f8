"""Faults for the worker tests: a chunk function that kills its own worker on some files.

Spawned workers import this module by name (``tests/`` is on the ``sys.path`` they
inherit), so a test can hand the pool :func:`parse_chunk` in place of
``minzheng._many._parse_chunk`` (``monkeypatch.setattr(_many, "_parse_chunk",
fault_hooks.parse_chunk)``, or :func:`install` in a subprocess). A file's name says
what happens to the worker that parses it:

- ``kill-always``: the worker kills itself with SIGKILL, as the OOM killer would;
- ``kill-once``: the same, the first time only (a marker file beside it remembers);
- ``exit``: the worker leaves with ``os._exit(3)``;
- ``slow``: the worker writes its pid to a ``.started`` file beside it and sleeps a
  minute deaf to SIGINT, as a worker busy in one long call into C would be; a worker
  let finish writes a ``.finished`` file;
- ``changed``: the worker adds a line to the file once it has parsed it, as a file
  being written meanwhile would change.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Sequence
from pathlib import Path

from minzheng import _many
from minzheng.query import Failure

SLEEP = 60
"""Seconds a ``slow`` file keeps its worker busy: far longer than any test waits."""


def parse_chunk(entries: Sequence[Path | Failure], max_bytes: int | None) -> list[_many.Shipped | Failure]:
    """``_parse_chunk``, with the faults the file names ask for."""
    for entry in entries:
        name = entry.name if isinstance(entry, Path) else ""
        if "kill-always" in name:
            os.kill(os.getpid(), signal.SIGKILL)
        if "kill-once" in name:
            marker = entry.with_suffix(".killed")  # type: ignore[union-attr]
            if not marker.exists():
                marker.touch()
                os.kill(os.getpid(), signal.SIGKILL)
        if "exit" in name:
            os._exit(3)
        if "slow" in name:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            started = entry.with_suffix(".started")  # type: ignore[union-attr]
            started.with_suffix(".starting").write_text(str(os.getpid()), encoding="utf-8")
            started.with_suffix(".starting").replace(started)  # whole, for a reader that looks meanwhile
            time.sleep(SLEEP)
            entry.with_suffix(".finished").touch()  # type: ignore[union-attr]
    results = _many._parse_chunk(entries, max_bytes)  # noqa: SLF001 (the function this one stands in for)
    for entry in entries:
        if isinstance(entry, Path) and "changed" in entry.name:
            with entry.open("a", encoding="utf-8") as stream:
                stream.write(CHANGE)
    return results


CHANGE = "全年发放临时救助金300万元。\n"
"""The line a ``changed`` file gets once parsed."""


def install() -> None:
    """Use :func:`parse_chunk` for every pool this process starts (for a subprocess's command)."""
    _many._parse_chunk = parse_chunk  # type: ignore[assignment]  # noqa: SLF001 (the seam under test)
