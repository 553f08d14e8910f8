"""Sum funding by action (发放, 投入, 募集 …) across reports, counting nothing twice.

A funding that is part of a total in the same sentence (``part_of`` set) is already in
that total, and a per-capita average is no amount of money paid: both are left out.
Prints tab-separated rows: action, number of amounts, total in yuan; largest first.

    python examples/funding_by_action.py [FILE_OR_DIR ...] [--jobs N]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import minzheng

HERE = Path(__file__).resolve().parent
DEFAULT_INPUTS = (HERE, HERE.parent.parent / "shared" / "corpus" / "seeds")
NO_ACTION = "(none)"


def input_paths(given: list[str]) -> list[Path]:
    """The paths given, or the default folders that exist."""
    if given:
        return [Path(path) for path in given]
    found = [folder for folder in DEFAULT_INPUTS if folder.is_dir() and any(folder.glob("*.txt"))]
    if not found:
        sys.exit("no reports given, and none beside this script: pass files or folders")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args(argv)

    reports = minzheng.parse_many(input_paths(args.paths), workers=args.jobs)
    for failure in reports.failures:
        print(f"skipped {failure.path}: {failure.message}", file=sys.stderr)

    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    counts: defaultdict[str, int] = defaultdict(int)
    for hit in reports.fundings(totals_only=True, per_capita=False):
        action = hit.item.action or NO_ACTION
        totals[action] += hit.item.amount
        counts[action] += 1

    print("action\tamounts\ttotal_yuan")
    for action in sorted(totals, key=lambda a: (-totals[a], a)):
        print(action, counts[action], totals[action], sep="\t")
    print("(all)", sum(counts.values()), sum(totals.values(), Decimal(0)), sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
