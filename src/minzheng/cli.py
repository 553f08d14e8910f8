"""The command line: ``minzheng parse FILE_OR_DIR...`` (``python -m minzheng`` does the same).

Exit status: 0 when every file parsed, 1 when some file failed (each reported on
stderr as ``minzheng: FILE: reason``; the others are still written, and so is a report
the parser failed on, with what it read), 2 for a usage error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import logging
import os
import re
import secrets
import stat
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Protocol

import attrs

from minzheng import _export
from minzheng._errors import MinzhengError
from minzheng._files import MAX_BYTES, parse_file
from minzheng._many import REPORT_SUFFIX, Entry, expand_paths, iter_entries
from minzheng._version import version
from minzheng.annotate import annotate
from minzheng.model import Report
from minzheng.query import (
    RECORD_FIELDS,
    RECORD_KINDS,
    TABLE_COLUMNS,
    Failure,
    Record,
    RecordKind,
    RecordValue,
    ReportSet,
)
from minzheng.serialize import unstructure

__all__ = ["main"]

PROG = "minzheng"
FORMATS = ("json", "jsonl", "csv", "table", "xlsx", "parquet")
SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".txt": "table",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
}
"""The format an ``--out`` file's suffix asks for; another suffix needs ``--format``."""
BINARY_FORMATS = frozenset(_export.EXTRAS)
"""Formats written only to a file (``--out``), through an optional library."""

_CELL_WIDTH = 30
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
r"""Control characters, and the marks that reorder text on a terminal (``\u202e``)."""
_SURROGATE = re.compile("[\ud800-\udfff]")
_FORMULA_STARTS = frozenset("=+-@\t\r")
"""First characters that make a spreadsheet read a cell as a formula."""
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
INTERNAL_ERROR = "internal.error"
"""Code of the diagnostic a report holds when the parser failed on its text."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits on --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else 2
    if args.command is None:
        parser.print_usage(sys.stderr)
        _error("choose a command: parse or show")
        return 2
    log = logging.getLogger("minzheng")
    handler = _OneLine()
    log.addHandler(handler)
    try:
        return _show_command(args) if args.command == "show" else _parse_command(args)
    except MinzhengError as error:
        _error(str(error))
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _mute_stdout()
        return 1
    finally:
        log.removeHandler(handler)


class _OneLine(logging.Handler):
    """Warnings on stderr as one ``minzheng: message`` line each, without tracebacks.

    Errors are left out: a report the parser failed on holds an ``internal.error``
    diagnostic, which the command reports with the file's path.
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < logging.ERROR:
            _error(record.getMessage().partition("\n")[0])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parse Chinese civil-affairs (民政) work reports into a typed model.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse report files and print them or their facts",
        description=(
            "Parse report files (UTF-8, or GB18030, Big5 and other CJK encodings detected). "
            "A folder stands for the "
            "*.txt files under it. Exit status: 0 all parsed, 1 some file failed, 2 usage error."
        ),
    )
    parse.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="report files or folders of them")
    parse.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help=(
            "json: one report as an object, several as a list; jsonl: one per line; csv: rows of "
            "--facts; table: a text table of --facts (default: from the --out suffix, else json)"
        ),
    )
    parse.add_argument(
        "--facts",
        choices=RECORD_KINDS,
        help=(
            "write flat rows of these facts instead of whole reports "
            "(default for csv and table: standards)"
        ),
    )
    parse.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N", help="worker processes")
    parse.add_argument(
        "-o",
        "--out",
        metavar="FILE",
        help=(
            "write here instead of stdout; the suffix chooses the format: .json, .jsonl (.ndjson), "
            ".csv, .txt (a table), .xlsx (extra excel), .parquet (extra parquet)"
        ),
    )
    parse.add_argument(
        "--bom",
        action="store_true",
        help="start CSV on stdout with a UTF-8 byte-order mark too, as a CSV file always does",
    )
    parse.add_argument(
        "--unique",
        action="store_true",
        help="keep one report of each group of copies (the same report from several sites)",
    )
    parse.add_argument(
        "--max-size",
        type=_size,
        default=MAX_BYTES,
        metavar="SIZE",
        help="fail files larger than this, in bytes or with K, M or G (default: 64M)",
    )
    parse.add_argument(
        "--no-source",
        dest="source",
        action="store_false",
        help="leave the source text out of json and jsonl reports",
    )
    parse.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    show = commands.add_parser(
        "show",
        help="show one report's text with every fact marked",
        description=(
            "Show a report's text with every standard, funding, program, citation and "
            "diagnostic marked and labelled: as text on stdout, or as a standalone HTML page."
        ),
    )
    show.add_argument("path", metavar="FILE", help="a report file")
    show.add_argument("--html", metavar="OUT", help="write a standalone HTML page here instead")
    show.add_argument(
        "--max-size", type=_size, default=MAX_BYTES, metavar="SIZE", help="fail a file larger than this"
    )
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive integer, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


_SIZE_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30}


def _size(text: str) -> int:
    """A size in bytes from ``500``, ``64M``, ``1G``.

    >>> _size("64M"), _size("2k"), _size("10")
    (67108864, 2048, 10)
    """
    number, unit = (text[:-1], text[-1:].upper()) if text[-1:].isalpha() else (text, "")
    if unit not in _SIZE_UNITS or not number.isdigit() or int(number) < 1:
        msg = f"expected a size such as 500, 64M or 1G, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(number) * _SIZE_UNITS[unit]


def _error(message: str) -> None:
    """``minzheng: message`` on stderr, as one line of harmless characters whatever it quotes."""
    if sys.stderr is not None:  # closed (2>&-): nowhere to say it
        sys.stderr.write(f"{PROG}: {_CONTROL.sub(_escaped, message)}\n")


def _escaped(found: re.Match[str]) -> str:
    r"""A character as Python writes it escaped: ``\n``, ``\x1b``, ``\u202e``."""
    return repr(found[0])[1:-1]


def _mute_stdout() -> None:
    """Point stdout at the null device, so that its last flush, at exit, cannot fail again."""
    with contextlib.suppress(OSError, AttributeError, ValueError):  # no real stdout: nothing to mend
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _parse_command(args: argparse.Namespace) -> int:
    if args.out is None and sys.stdout is None:  # started with stdout closed (>&-)
        _error("stdout: cannot write: it is closed (use --out FILE)")
        return 1
    refusal = _unsafe_out(args.out, args.paths) if args.out else None
    if refusal is not None:
        _error(f"--out {args.out}: {refusal}")
        return 2
    output_format, problem = _output_format(args)
    if problem is not None:
        _error(problem)
        return 2
    facts: RecordKind | None = args.facts
    if facts is None and output_format in {"csv", "table", "parquet"}:
        facts = "standards"
    files, missing = _expand(args.paths)
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    results = iter_entries(files, args.jobs, progress=progress, max_bytes=args.max_size)
    run = _Run(files, results, keep_source=args.source)
    try:  # closing the results stops the workers at once, whatever ends the run
        with contextlib.closing(results):
            reports = _unique(run) if args.unique else iter(run)
            _write(args, output_format, reports, facts, several=len(files) != 1)
    except BrokenPipeError:
        raise
    except OSError as error:
        _error(f"{args.out or 'stdout'}: cannot write: {error.strerror or error}")
        if args.out is None:
            _mute_stdout()
        return 1
    return 1 if run.failures or missing else 0


def _output_format(args: argparse.Namespace) -> tuple[str, str | None]:
    """The format to write, and why the command cannot write it (a usage error), or None."""
    suffix = Path(args.out).suffix.lower() if args.out else ""
    output_format: str = args.format or SUFFIX_FORMATS.get(suffix) or ("json" if not suffix else "")
    if not output_format:
        known = ", ".join(SUFFIX_FORMATS)
        return "", f"--out {args.out}: unknown suffix {suffix!r}; use one of {known}, or give --format"
    if output_format in BINARY_FORMATS and not args.out:
        return output_format, f"--format {output_format} is written to a file: give --out FILE"
    return output_format, _export.require(output_format)


def _unique(run: _Run) -> Iterator[Report]:
    """The reports of a run less the copies of one another, with a line on stderr saying how many."""
    reports = ReportSet(list(run))
    kept = reports.unique()
    left_out = len(reports) - len(kept)
    if left_out:
        groups = sum(1 for group in reports.duplicates())
        _error(f"--unique: left out {left_out} copies of {groups} reports")
    return iter(kept)


def _write(
    args: argparse.Namespace,
    output_format: str,
    reports: Iterator[Report],
    facts: RecordKind | None,
    *,
    several: bool,
) -> None:
    if output_format in BINARY_FORMATS:
        kinds: tuple[RecordKind, ...] = (facts,) if facts else RECORD_KINDS
        collected = list(reports)
        tables = {kind: ReportSet(collected).to_records(kind) for kind in kinds}
        with _open_out(args.out, binary=True) as out:
            _export.WRITERS[output_format](out, tables)
        return
    bom = output_format == "csv" and (args.out is not None or args.bom)
    with _open_out(args.out, bom=bom) as out:
        _WRITERS[output_format](_Escaping(out), reports, facts, several=several)


def _show_command(args: argparse.Namespace) -> int:
    """``minzheng show FILE [--html OUT]``: the annotated text on stdout, or a page in a file."""
    if args.html is not None:
        refusal = _unsafe_out(args.html, [args.path])
        if refusal is not None:
            _error(f"--html {args.html}: {refusal}")
            return 2
    elif sys.stdout is None:
        _error("stdout: cannot write: it is closed (use --html FILE)")
        return 1
    try:
        report = parse_file(args.path, max_bytes=args.max_size)
    except (OSError, MinzhengError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        _error(f"{args.path}: {reason}")
        return 1
    try:
        with _open_out(args.html) as out:
            _Escaping(out).write(annotate(report, "page" if args.html else "text"))
    except BrokenPipeError:
        raise
    except OSError as error:
        _error(f"{args.html or 'stdout'}: cannot write: {error.strerror or error}")
        return 1
    return 0


def _expand(paths: Sequence[str]) -> tuple[list[Entry], int]:
    """The files behind the paths given, and how many folders held none."""
    files: list[Entry] = []
    empty = 0
    for given in paths:
        found = expand_paths(given)
        if not found:
            _error(f"{given}: no .txt files in this folder")
            empty += 1
        files.extend(found)
    return files, empty


@attrs.define
class _Run:
    """The reports of a run, in order; failures are reported on stderr and counted."""

    files: list[Entry]
    results: Iterator[Report | Failure]
    keep_source: bool
    failures: int = 0

    def __iter__(self) -> Iterator[Report]:
        for path, result in zip(self.files, self.results, strict=True):
            if isinstance(result, Failure):
                self.failures += 1
                _error(f"{result.path}: {result.message}")
                continue
            internal = next((d for d in result.diagnostics if d.code == INTERNAL_ERROR), None)
            if internal is not None:  # written all the same, with what was read
                self.failures += 1
                _error(f"{path}: internal error: {internal.message}")
            yield result if self.keep_source else attrs.evolve(result, source=None)


def _unsafe_out(out: str, given: Sequence[str]) -> str | None:
    """Why writing ``--out`` would lose data, or None: it is an input, or a report to be.

    An output that is one of the input files would replace it; a ``.txt`` output inside
    an input folder would be read as a report by the next run over that folder.
    """
    target = Path(os.path.realpath(out))
    for one in given:
        path = Path(one)
        if path.is_dir():
            folder = Path(os.path.realpath(path))
            if target.name.endswith(REPORT_SUFFIX) and folder in target.parents:
                return (
                    f"lies inside the input folder {one}, where the next run would read it as a "
                    "report; choose another folder or suffix"
                )
        elif _same_file(target, path):
            return "is one of the input files; choose another name"
    return None


def _same_file(target: Path, path: Path) -> bool:
    try:
        return target.samefile(path)  # through links, hard links too
    except OSError:  # one of them does not exist (yet)
        return target == Path(os.path.realpath(path))


@contextlib.contextmanager
def _open_out(path: str | None, *, bom: bool = False, binary: bool = False) -> Iterator[IO[Any]]:
    """The output stream; CSV starts with a BOM (``bom``) so spreadsheets read it as UTF-8.

    A file is written beside itself under a temporary name and renamed into place only
    when the writing is done, so that an interrupted or failed run leaves what was there.
    A device or a pipe (``/dev/null``) is written directly. ``binary`` opens it for bytes
    (a workbook, a Parquet file), which only a file takes.
    """
    if path is None:
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        sys.stdout.flush()
        return
    mode = "wb" if binary else "w"
    encoding = None if binary else "utf-8-sig" if bom else "utf-8"
    newline = None if binary else ""
    target = Path(os.path.realpath(path))  # through a link: the link stays a link
    if target.exists() and not target.is_file():
        with open(path, mode, encoding=encoding, newline=newline) as out:  # noqa: PTH123 (a str path as given)
            yield out
        return
    descriptor, temporary = _temporary_beside(target)
    try:
        if target.exists():
            temporary.chmod(stat.S_IMODE(target.stat().st_mode))
        with open(descriptor, mode, encoding=encoding, newline=newline) as out:  # noqa: PTH123 (a descriptor)
            yield out
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _temporary_beside(target: Path) -> tuple[int, Path]:
    """A new file beside ``target``, hidden and named so no folder run reads it, and its descriptor.

    It is created with the usual permissions (0o666 less the umask), as ``open`` would.
    """
    while True:
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), candidate
        except FileExistsError:  # pragma: no cover - a name drawn twice
            continue


# -- writers ---------------------------------------------------------------------------


class _Text(Protocol):
    def write(self, text: str, /) -> object: ...


class _Escaping:
    r"""A text stream that writes a lone surrogate as its escape, ``\udcff``.

    File names that are not UTF-8 reach Python with surrogates for their odd bytes
    (``os.fsdecode``), which no UTF-8 stream can write. In JSON the escape is the JSON
    escape of the same character, so the name reads back as it was; in CSV and tables it
    shows the byte.
    """

    def __init__(self, stream: _Text) -> None:
        self.stream = stream

    def write(self, text: str, /) -> object:
        return self.stream.write(_SURROGATE.sub(_escaped, text))


def _rows(reports: Iterator[Report], facts: RecordKind) -> Iterator[Record]:
    for report in reports:
        yield from ReportSet((report,)).to_records(facts)


def _plain(value: object) -> Any:  # noqa: ANN401 (JSON-ready data of any shape)
    """JSON-ready form of a record cell."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _json_items(reports: Iterator[Report], facts: RecordKind | None) -> Iterator[object]:
    if facts is None:
        for report in reports:
            yield unstructure(report)
    else:
        for row in _rows(reports, facts):
            yield {key: _plain(value) for key, value in row.items()}


def _write_json(out: _Text, reports: Iterator[Report], facts: RecordKind | None, *, several: bool) -> None:
    items = _json_items(reports, facts)
    if not several and facts is None:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False, indent=2))
            out.write("\n")
        return
    out.write("[")
    for position, item in enumerate(items):
        out.write(",\n" if position else "\n")
        out.write(json.dumps(item, ensure_ascii=False))
    out.write("\n]\n")


def _write_jsonl(out: _Text, reports: Iterator[Report], facts: RecordKind | None, *, several: bool) -> None:
    del several  # one line per item whatever the count
    for item in _json_items(reports, facts):
        out.write(json.dumps(item, ensure_ascii=False))
        out.write("\n")


def _write_csv(out: _Text, reports: Iterator[Report], facts: RecordKind | None, *, several: bool) -> None:
    del several
    kind: RecordKind = facts or "standards"
    writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS[kind], lineterminator="\n")
    writer.writeheader()
    for row in _rows(reports, kind):
        writer.writerow({key: _inert(_cell(value)) for key, value in row.items()})


def _write_table(out: _Text, reports: Iterator[Report], facts: RecordKind | None, *, several: bool) -> None:
    del several
    kind: RecordKind = facts or "standards"
    columns = TABLE_COLUMNS[kind]
    rows = [[_clip(_cell(row[column])) for column in columns] for row in _rows(reports, kind)]
    out.write(format_table(columns, rows))
    out.write(f"({len(rows)} {kind if len(rows) != 1 else kind.removesuffix('s')})\n")


_WRITERS = {"json": _write_json, "jsonl": _write_jsonl, "csv": _write_csv, "table": _write_table}


def _cell(value: RecordValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _inert(cell: str) -> str:
    r"""A CSV cell that a spreadsheet will not run as a formula: ``'`` before ``= + - @``.

    >>> _inert('=HYPERLINK("http://x")'), _inert("-5.0"), _inert("-2+3"), _inert("低保")
    ('\'=HYPERLINK("http://x")', '-5.0', "'-2+3", '低保')
    """
    if cell[:1] in _FORMULA_STARTS and _NUMBER.fullmatch(cell) is None:
        return "'" + cell
    return cell


def _clip(text: str, width: int = _CELL_WIDTH) -> str:
    r"""Text cut to ``width`` display columns, with an ellipsis where cut, and no control characters.

    >>> _clip("城乡最低生活保障标准", 9), _clip("\x1b[31m红\x1b[0m")
    ('城乡最低…', '[31m红[0m')
    """
    text = _CONTROL.sub("", " ".join(text.split()))  # no escape sequence reaches the terminal
    if display_width(text) <= width:
        return text
    kept: list[str] = []
    used = 1  # the ellipsis
    for char in text:
        used += display_width(char)
        if used > width:
            break
        kept.append(char)
    return "".join(kept) + "…"


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: two for wide (CJK) characters, one for others.

    >>> display_width("低保 630")
    8
    """
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table with a header and a rule, aligned for CJK text.

    >>> print(format_table(["地区", "amount"], [["天门市", "630"]]), end="")
    地区    amount
    ------  ------
    天门市  630
    """
    widths = [display_width(column) for column in columns]
    for row in rows:
        widths = [max(width, display_width(cell)) for width, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = (
            cell + " " * (width - display_width(cell)) for cell, width in zip(cells, widths, strict=True)
        )
        return "  ".join(padded).rstrip() + "\n"

    return line(columns) + line(["-" * width for width in widths]) + "".join(line(row) for row in rows)
