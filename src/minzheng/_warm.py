"""Compiled patterns, generated methods and prepared tables kept between runs.

The ``regex`` module and the standard library's ``re`` parse a pattern in Python, attrs
compiles the methods it writes for each class (``__init__``, ``__eq__``, ``__hash__``…),
and for the few hundred patterns and the eighty classes of this package that costs more
than everything else ``import minzheng`` does; reading the script-conversion dictionaries
and the list of China's divisions into the tables a parse looks things up in costs more
than a short parse. The first import (and the short parse :data:`WARM_UP` after it) makes
them as usual, then writes them to a file in the user's cache folder: the compiled code
of each pattern and of each class's methods, and each table as plain data (dicts, lists,
tuples, strings). Later imports hand the patterns' code to the engines, as unpickling a
pattern does, and put the patterns in the engines' own caches of compiled patterns, where
``regex.compile`` and ``re.compile`` find them; attrs is handed the code of the methods it
would compile, as Python reads a module's code from ``__pycache__``; a module asks for a
table with :meth:`Warm.table` and gets the kept one.

Importing this module seeds the caches (:data:`WARM`): the package imports it before any
module that compiles a pattern or defines a class, and calls ``WARM.finish`` once they
are all imported.

A pattern is found there by its text, flags and named lists, and a method by the source
attrs wrote for it, so a file that no longer fits the code can only miss, never give
another pattern or method. A table is kept with the identity of the data it was made from
(:func:`source_identity`: the data files' names, sizes and times), and made again where
that has changed. The file's name holds a digest of the versions of Python and ``regex``
and of the package's source files (their names, sizes and times), so a changed install
writes a new one, and a digest of where the package is installed, so that installs side by
side keep a file each. The file carries a checksum of its content: a file that cannot be
read, or whose content is damaged, is ignored. Nothing is written or read where the folder
cannot be had. The folder is ``$MINZHENG_CACHE`` where set (``off`` turns the cache off),
else ``$XDG_CACHE_HOME/minzheng`` or ``~/.cache/minzheng`` (``%LOCALAPPDATA%`` on Windows,
``~/Library/Caches`` on macOS).
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import regex

try:
    from _blake2 import blake2b  # hashlib's BLAKE2, without loading OpenSSL at every import (and worker)
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

regex_main: Any = importlib.import_module("regex._main")
"""The module of ``regex.compile``, whose cache of compiled patterns this one seeds."""
regex_engine: Any = importlib.import_module("regex._regex")
"""The engine that makes a pattern from its compiled code (as unpickling one does)."""
re_parser: Any = importlib.import_module("re._parser")
"""The standard library's pattern parser, which gives a pattern's code again when it is written."""
re_compiler: Any = importlib.import_module("re._compiler")
"""The standard library's pattern compiler (its code from a parsed pattern)."""
re_engine: Any = importlib.import_module("_sre")
"""The standard library's engine, which makes a pattern from its compiled code."""
attrs_make: Any = importlib.import_module("attr._make")
"""The module of attrs that compiles the methods it writes (:func:`_compile_and_eval`)."""

__all__ = ["FORMAT", "OFF", "WARM", "WARM_UP", "Warm", "blake2b", "cache_folder", "source_identity", "start"]

FORMAT = 3
"""The layout of the file; a new layout is a new file name."""
OFF = "off"
"""The value of ``$MINZHENG_CACHE`` that turns the cache off."""
_PREFIX = "kept-"
"""How the names of this cache's files begin (an install's older ones go when it writes a new one)."""
_CHECKSUM = 4
"""Bytes of the CRC-32 of the content that begin the file."""
_TYPE_HASH = "_kept_type_hash"
"""The name a kept ``__hash__`` reads its class's salt by (see :meth:`Methods.compile_and_eval`)."""

_Entry = tuple[str, int, frozenset[tuple[str, frozenset[str]]], int, tuple[Any, ...]]
"""A ``regex`` pattern as kept: its text, flags, named lists, ``regex`` version flag and code."""
_ReEntry = tuple[str, int, int, list[int], int, tuple[str | None, ...]]
"""An ``re`` pattern as kept: its text, the flags asked for, its own flags, code, groups, group names."""
_Code = dict[tuple[str, str], Any]
"""attrs's methods as kept: by file name and source, their compiled code."""
_Tables = dict[str, tuple[Any, bytes]]
"""Tables as kept, by name: the identity of their data, and the data marshalled on its own (read
only when the table is asked for)."""
_Content = tuple[list[_Entry], list[_ReEntry], _Code, _Tables]
"""What the file holds."""

P = TypeVar("P")
T = TypeVar("T")


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


def _digest(parts: Iterable[str]) -> str:
    return blake2b("\n".join(parts).encode(), digest_size=12).hexdigest()


def _sources(folder: str, under: str = "") -> Iterable[str]:
    """The name, size and time of every ``.py`` file under ``folder``, folders before their files."""
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _sources(entry.path, f"{under}{entry.name}/")
        elif entry.name.endswith(".py"):
            info = entry.stat()
            yield f"{under}{entry.name}:{info.st_size}:{info.st_mtime_ns}"


def _fingerprint(package: Path) -> str:
    """A digest of what the kept patterns, methods and tables depend on: Python, ``regex``, this package."""
    return _digest([sys.version, str(regex.__version__), str(FORMAT), *_sources(str(package))])


def source_identity(package: str, files: Iterable[str]) -> tuple[str, ...] | None:
    """What tells the data files ``files`` of the installed package ``package``, without importing it.

    Their paths, sizes and times; a table made from them is made again when this changes.
    None where that cannot be told (no such package, files that are not on a file system):
    a table is then made, and not kept.

    >>> source_identity("no_such_package_here", ["data.txt"]) is None
    True
    """
    try:
        spec = importlib.util.find_spec(package)
        folders = [] if spec is None else list(spec.submodule_search_locations or [])
        if not folders:
            return None
        identity = []
        for name in files:
            path = Path(folders[0], name)
            info = path.stat()
            identity.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
    except (OSError, ImportError, ValueError):
        return None
    return tuple(identity)


class Methods:
    """attrs's compiler of the methods it writes, handing out kept code for the same source.

    attrs writes each class's methods as source and compiles it; the code compiled from
    the same source, file name and Python is the same, so it is kept (as ``__pycache__``
    keeps a module's). The one part of that source that changes from run to run, the salt
    of a ``__hash__`` (the hash of a name, which Python draws anew in every process), is
    read by name from the methods' globals instead of written in, with the same value.
    """

    def __init__(self, kept: _Code) -> None:
        """Methods compiled from the kept code where it is there (``kept``), else compiled and recorded."""
        self.kept = kept
        self.made: _Code = {}
        self.original: Callable[..., None] | None = None

    def install(self) -> None:
        """Compile attrs's methods through :meth:`compile_and_eval` (where attrs is as expected)."""
        original = getattr(attrs_make, "_compile_and_eval", None)
        if callable(original) and self.original is None:
            self.original = original
            attrs_make._compile_and_eval = self.compile_and_eval  # noqa: SLF001 (see the class)

    def uninstall(self) -> None:
        """Give attrs its own compiler back."""
        if self.original is not None:
            attrs_make._compile_and_eval = self.original  # noqa: SLF001 (see the class)
            self.original = None

    def compile_and_eval(
        self,
        script: str,
        globs: dict[str, Any] | None,
        locs: Mapping[str, object] | None = None,
        filename: str = "",
    ) -> None:
        """What attrs's ``_compile_and_eval`` does, with the code kept for ``script`` where it is there."""
        if globs is None:
            globs = {}
        salt = _salt(filename)
        written = f" {salt},\n"
        if salt is not None and script.count(written) == 1:
            script = script.replace(written, f" {_TYPE_HASH},\n")
            globs[_TYPE_HASH] = salt
        key = (filename, script)
        code = self.kept.get(key) or self.made.get(key)
        if code is None:
            code = self.made[key] = compile(script, filename, "exec")
        eval(code, globs, locs)  # noqa: S307 (attrs's own methods, as attrs runs them)


def _salt(filename: str) -> int | None:
    """The salt attrs writes into a class's ``__hash__``, from the file name of its methods.

    >>> salt = hash("<attrs generated hash minzheng.model.Span>")
    >>> _salt("<attrs generated methods minzheng.model.Span>") == salt, _salt("<string>")
    (True, None)
    """
    start = "<attrs generated "
    if not filename.startswith(start) or " " not in filename[len(start) :]:
        return None
    return hash(f"{start}hash {filename[len(start) :].split(' ', 1)[1]}")


class Warm:
    """What one run keeps: the patterns, methods and tables read from the file, and those made meanwhile."""

    def __init__(self, file: Path | None) -> None:
        """Seed the engines' caches from ``file`` (if it is there, readable and whole), and attrs's."""
        self.file = file
        self.before = set(regex_main._cache)  # noqa: SLF001 (the cache regex.compile looks in)
        self.before_re = set(re._cache)  # type: ignore[attr-defined]  # noqa: SLF001 (the cache re.compile looks in)
        self.read = False
        """Whether the file was read."""
        self.loaded = 0
        """How many patterns were read from the file."""
        self.patterns: tuple[list[_Entry], list[_ReEntry]] = ([], [])
        """The patterns as kept: read from the file, or compiled by this run's warm-up."""
        self.tables: _Tables = {}
        """The tables as kept."""
        self.finished = False
        """Whether :meth:`finish` was called: from then on, a table made is written at once."""
        code: _Code = {}
        if file is not None:
            with contextlib.suppress(Exception):  # no file, or one that cannot be read: compile
                entries, re_entries, code, tables = _read(file)
                self.loaded = _seed(entries, re_entries)
                self.patterns, self.tables, self.read = (entries, re_entries), dict(tables), True
        self.methods = Methods(code if self.read else {})
        """attrs's methods, kept (the file's) and made (by this import)."""
        if file is not None:
            self.methods.install()

    def finish(self, warm_up: Callable[[], object]) -> None:
        """Write the file, after ``warm_up()``, where it was not read; give attrs its compiler back."""
        try:
            if self.file is None or self.read:
                return
            with contextlib.suppress(Exception):  # a cache that cannot be written costs only time
                warm_up()
                self.patterns = (_entries(self.before), _re_entries(self.before_re))
                self._write()
        finally:
            self.methods.uninstall()
            self.finished = True

    def table(self, name: str, identity: object, make: Callable[[], P], load: Callable[[P], T]) -> T:
        """The table ``name``: ``load(data)`` of its kept data, or of ``make()`` where none fits.

        ``make()`` gives the table as plain data (what :mod:`marshal` writes: dicts, lists,
        tuples, sets, strings, numbers), ``load`` the table a module looks things up in. Kept
        data is used where it was made from data of the same ``identity`` and ``load``
        takes it; else the table is made again, and kept (the file is written again once
        this import has written or read it). Where ``identity`` is None, the table is made
        and not kept.
        """
        if identity is None:
            return load(make())
        kept = self.tables.get(name)
        if kept is not None and kept[0] == identity:
            with contextlib.suppress(Exception):  # a table that does not fit the code: make it again
                return load(marshal.loads(kept[1]))  # noqa: S302 (the user's own cache, see _read)
        data = make()
        with contextlib.suppress(ValueError):  # data marshal cannot write is not kept
            self.tables[name] = (identity, marshal.dumps(data))  # type: ignore[arg-type]  # plain data, or not kept
        if self.finished and self.file is not None:
            with contextlib.suppress(Exception):  # a cache that cannot be written costs only time
                self._write()
        return load(data)

    def _write(self) -> None:
        assert self.file is not None  # noqa: S101 (callers check it)
        code = {**self.methods.kept, **self.methods.made}
        content = marshal.dumps((*self.patterns, code, self.tables))
        _write(self.file, zlib.crc32(content).to_bytes(_CHECKSUM, "big") + content)


def start() -> Warm:
    """Seed the engines' caches of compiled patterns from the cache file, before any module compiles."""
    try:
        folder = cache_folder()
        package = Path(__file__).resolve().parent
        where = _digest([str(package)])[:12]
        file = None if folder is None else folder / f"{_PREFIX}{where}-{_fingerprint(package)}.marshal"
    except Exception:  # noqa: BLE001 (no home, an unreadable source: no cache, never an error)
        file = None
    return Warm(file)


def _read(file: Path) -> _Content:
    """The content of ``file``; ValueError where its checksum does not match.

    The file is the user's own, in the user's cache folder, and holds code as the
    package's ``__pycache__`` does: it is trusted as that is.
    """
    data = file.read_bytes()
    content = memoryview(data)[_CHECKSUM:]
    if zlib.crc32(content) != int.from_bytes(data[:_CHECKSUM], "big"):
        msg = f"{file}: damaged (checksum)"
        raise ValueError(msg)
    entries, re_entries, code, tables = marshal.loads(content)  # noqa: S302 (see above)
    return entries, re_entries, code, tables


def _seed(entries: list[_Entry], re_entries: list[_ReEntry]) -> int:
    """Put compiled patterns in the engines' caches as ``compile`` would have; how many."""
    made = [(entry, regex_engine.compile(*entry[4])) for entry in entries]  # every one, or none
    re_made = [(entry, _re_pattern(entry)) for entry in re_entries]
    cache, named, sensitive = regex_main._cache, regex_main._named_args, regex_main._locale_sensitive  # noqa: SLF001 (see the module)
    for (pattern, flags, lists, version, _), compiled in made:
        cache[pattern, str, flags, lists, regex.RegexFlag(version), None] = compiled
        named[pattern, str, flags] = lists
        sensitive[str, pattern] = False
    re_cache = re._cache  # type: ignore[attr-defined]  # noqa: SLF001 (see the module)
    for (pattern, asked, *_), re_compiled in re_made:
        re_cache[str, pattern, asked] = re_compiled
    return len(made) + len(re_made)


def _re_pattern(entry: _ReEntry) -> re.Pattern[str]:
    """The ``re`` pattern of a kept entry, as ``re.compile`` makes it from the same code."""
    pattern, _, flags, code, groups, names = entry
    index = {name: number for number, name in enumerate(names) if name is not None}
    compiled: re.Pattern[str] = re_engine.compile(pattern, flags, code, groups, index, names)
    return compiled


def _entries(before: set[object]) -> list[_Entry]:
    """The ``regex`` patterns compiled since ``before`` was taken that do not depend on the locale."""
    sensitive = regex_main._locale_sensitive  # noqa: SLF001 (see the module)
    entries: list[_Entry] = []
    for key, compiled in list(regex_main._cache.items()):  # noqa: SLF001 (see the module)
        if key in before:
            continue
        pattern, kind, flags, lists, version, locale = key
        if kind is str and locale is None and sensitive.get((str, pattern)) is False:
            entries.append((pattern, int(flags), lists, int(version), compiled._pickled_data))  # noqa: SLF001 (what pickling a pattern keeps)
    return entries


def _re_entries(before: set[object]) -> list[_ReEntry]:
    """The ``re`` patterns of text compiled since ``before`` was taken, each with its code.

    The code is made again from the pattern, as ``re.compile`` made it; a pattern whose
    code does not give back an equal pattern (equal patterns have the same code) is left out.
    """
    entries: list[_ReEntry] = []
    for key, compiled in list(re._cache.items()):  # type: ignore[attr-defined]  # noqa: SLF001 (see the module)
        kind, pattern, asked = key
        if key in before or kind is not str or asked & re.LOCALE:
            continue
        code = [int(op) for op in re_compiler._code(re_parser.parse(pattern, asked), asked)]  # noqa: SLF001 (see above)
        names = [None] * (compiled.groups + 1)
        for name, number in compiled.groupindex.items():
            names[number] = name
        entry = (pattern, asked, compiled.flags, code, compiled.groups, tuple(names))
        if _re_pattern(entry) == compiled:
            entries.append(entry)
    return entries


def _write(file: Path, data: bytes) -> None:
    """Write ``file`` whole (through a temporary file), and remove older files of this cache and install."""
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
    install = file.name.rsplit("-", 1)[0]
    for old in file.parent.glob(f"{install}-*.marshal"):
        if old != file:
            old.unlink(missing_ok=True)


WARM_UP = (
    "天门市民政局2024年工作总结\n一、社会救助\n全年发放城乡低保金1200万元，农村低保标准每人每月600元。\n"
)
"""A short report whose parse compiles the patterns every parse needs, and loads its tables
(in traditional script where it converts; naming a place, to look it up)."""

WARM = start()
"""The patterns and tables of this run."""
