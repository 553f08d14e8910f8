"""What every example shares: which reports to read, and reading them in parallel."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NoReturn

import minzheng

HERE = Path(__file__).resolve().parent
DEFAULT_INPUTS = (HERE, HERE.parent.parent / "shared" / "corpus" / "seeds")


def corpus_parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser taking report files or folders and a worker count."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    return parser


def input_paths(given: list[str]) -> list[Path]:
    """The paths given, or the default folders that exist."""
    if given:
        return [Path(path) for path in given]
    found = [folder for folder in DEFAULT_INPUTS if folder.is_dir() and any(folder.glob("*.txt"))]
    if not found:
        sys.exit("no reports given, and none beside this script: pass files or folders")
    return found


def read_reports(args: argparse.Namespace) -> minzheng.ReportSet:
    """Parse the reports the arguments name; unreadable files are listed on stderr."""
    reports = minzheng.parse_many(input_paths(args.paths), workers=args.jobs)
    for failure in reports.failures:
        print(f"skipped {failure.path}: {failure.message}", file=sys.stderr)
    return reports


def print_rows(header: Iterable[object], rows: Iterable[Iterable[object]]) -> None:
    """Tab-separated lines on stdout: a header, then the rows (None as an empty cell)."""
    print(*header, sep="\t")
    for row in rows:
        print(*("" if cell is None else cell for cell in row), sep="\t")


def run(main: Callable[[], int]) -> NoReturn:
    """Run an example's ``main`` and exit with its status.

    When the reader of stdout goes away (``| head``), the example stops quietly with
    status 1 instead of a ``BrokenPipeError`` traceback: stdout is pointed at the null
    device so that Python's last flush at exit cannot fail again.
    """
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 1
    raise SystemExit(status)
