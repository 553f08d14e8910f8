"""Compiled patterns kept between runs, so that import does not compile them again.

The ``regex`` module parses a pattern in Python, and for the few hundred patterns of this
package that costs more than everything else ``import minzheng`` does. The first import
(and the short parse :data:`WARM_UP` after it) compiles them as usual, then writes their
compiled code to a file in the user's cache folder; later imports hand that code to the
engine, as unpickling a pattern does, and put the patterns in ``regex``'s own cache of
compiled patterns, where ``regex.compile`` finds them.

Importing this module seeds the cache (:data:`WARM`): the package imports it before any
module that compiles a pattern, and calls ``WARM.finish`` once they are all imported.

A pattern is found there by its text, flags and named lists, so a file that no longer
fits the code can only miss, never give another pattern. The file's name holds a digest
of the versions of Python and ``regex`` and of the package's source files (their names,
sizes and times), so a changed install writes a new one. Nothing is written or read
where the folder cannot be had, and a file that cannot be read is ignored. The folder is
``$MINZHENG_CACHE`` where set (``off`` turns the cache off), else ``$XDG_CACHE_HOME/minzheng``
or ``~/.cache/minzheng`` (``%LOCALAPPDATA%`` on Windows, ``~/Library/Caches`` on macOS).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import regex

regex_main: Any = importlib.import_module("regex._main")
"""The module of ``regex.compile``, whose cache of compiled patterns this one seeds."""
regex_engine: Any = importlib.import_module("regex._regex")
"""The engine that makes a pattern from its compiled code (as unpickling one does)."""

__all__ = ["FORMAT", "OFF", "WARM", "WARM_UP", "Warm", "cache_folder", "start"]

FORMAT = 1
"""The layout of the file; a new layout is a new file name."""
OFF = "off"
"""The value of ``$MINZHENG_CACHE`` that turns the cache off."""
_PREFIX = "patterns-"
"""How the names of this cache's files begin (older ones are removed when a new one is written)."""

_Entry = tuple[str, int, frozenset[tuple[str, frozenset[str]]], int, tuple[Any, ...]]
"""A compiled pattern as kept: its text, flags, named lists, ``regex`` version flag and code."""


def cache_folder(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The folder the cache lives in; None where it is turned off.

    >>> cache_folder({"MINZHENG_CACHE": "off"}) is None, str(cache_folder({"MINZHENG_CACHE": "/tmp/mz"}))
    (True, '/tmp/mz')
    >>> xdg = cache_folder({"XDG_CACHE_HOME": "/var/cache"})
    >>> str(xdg) if sys.platform == "linux" else "/var/cache/minzheng"
    '/var/cache/minzheng'
    """
    chosen = environ.get("MINZHENG_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() == OFF else Path(chosen)
    if sys.platform == "win32":
        base = Path(environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "minzheng"


def _fingerprint() -> str:
    """A digest of what the compiled code depends on: Python, ``regex``, this package's sources."""
    package = Path(__file__).resolve().parent
    parts = [sys.version, str(regex.__version__), str(FORMAT)]
    for path in sorted(package.rglob("*.py")):
        info = path.stat()
        parts.append(f"{path.relative_to(package)}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=12).hexdigest()


class Warm:
    """The patterns of one import: those read from the file, and those compiled meanwhile."""

    def __init__(self, file: Path | None) -> None:
        """Seed ``regex``'s cache from ``file`` (if it is there and readable)."""
        self.file = file
        self.before = set(regex_main._cache)  # noqa: SLF001 (the cache regex.compile looks in)
        self.loaded = 0
        if file is not None:
            with contextlib.suppress(Exception):  # no file, or one that cannot be read: compile
                self.loaded = _seed(marshal.loads(file.read_bytes()))  # noqa: S302 (data only: marshal runs no code)

    def finish(self, warm_up: Callable[[], object]) -> None:
        """Write the file, after ``warm_up()``, where this import had to compile patterns."""
        if self.file is None or self.loaded:
            return
        with contextlib.suppress(Exception):  # a cache that cannot be written costs only time
            warm_up()
            entries = _entries(self.before)
            if entries:
                _write(self.file, marshal.dumps(entries))


def start() -> Warm:
    """Seed ``regex``'s cache of compiled patterns from the cache file, before any module compiles."""
    try:
        folder = cache_folder()
        file = None if folder is None else folder / f"{_PREFIX}{_fingerprint()}.marshal"
    except Exception:  # noqa: BLE001 (no home, an unreadable source: no cache, never an error)
        file = None
    return Warm(file)


def _seed(entries: list[_Entry]) -> int:
    """Put compiled patterns in ``regex``'s cache as ``regex.compile`` would have; how many."""
    made = [(entry, regex_engine.compile(*entry[4])) for entry in entries]  # every one, or none
    cache, named, sensitive = regex_main._cache, regex_main._named_args, regex_main._locale_sensitive  # noqa: SLF001 (see the module)
    for (pattern, flags, lists, version, _), compiled in made:
        cache[pattern, str, flags, lists, regex.RegexFlag(version), None] = compiled
        named[pattern, str, flags] = lists
        sensitive[str, pattern] = False
    return len(made)


def _entries(before: set[object]) -> list[_Entry]:
    """The patterns compiled since ``before`` was taken that do not depend on the locale."""
    sensitive = regex_main._locale_sensitive  # noqa: SLF001 (see the module)
    entries: list[_Entry] = []
    for key, compiled in list(regex_main._cache.items()):  # noqa: SLF001 (see the module)
        if key in before:
            continue
        pattern, kind, flags, lists, version, locale = key
        if kind is str and locale is None and sensitive.get((str, pattern)) is False:
            entries.append((pattern, int(flags), lists, int(version), compiled._pickled_data))  # noqa: SLF001 (what pickling a pattern keeps)
    return entries


def _write(file: Path, data: bytes) -> None:
    """Write ``file`` whole (through a temporary file), and remove older files of this cache."""
    import tempfile  # noqa: PLC0415 (only where the file is written: not at every import)

    file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in file.parent.glob(f"{_PREFIX}*.marshal"):
        if old != file:
            old.unlink(missing_ok=True)


WARM_UP = "某市民政局2024年工作总结\n一、社会救助\n全年发放城乡低保金1200万元，农村低保标准每人每月600元。\n"
"""A short report whose parse compiles the patterns every parse needs, and loads its tables."""

WARM = start()
"""The patterns of this import."""
