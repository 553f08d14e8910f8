"""What every example shares: which reports to read, and reading them in parallel."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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
