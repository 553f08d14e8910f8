"""Programs that appear in more than one report: which, of what kind, and where.

Numbered political formulations (两个维护, 四个意识 …) are left out unless asked for.
Prints tab-separated rows: program, kind, number of reports, the reports; most shared first.

    python examples/shared_programs.py [FILE_OR_DIR ...] [--min-reports N] [--formulations]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import minzheng

HERE = Path(__file__).resolve().parent
DEFAULT_INPUTS = (HERE, HERE.parent.parent / "shared" / "corpus" / "seeds")


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
    parser.add_argument("--min-reports", type=int, default=2, metavar="N", help="shared by at least N")
    parser.add_argument("--formulations", action="store_true", help="keep political formulations")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args(argv)

    reports = minzheng.parse_many(input_paths(args.paths), workers=args.jobs)
    for failure in reports.failures:
        print(f"skipped {failure.path}: {failure.message}", file=sys.stderr)

    seen_in: defaultdict[str, list[str]] = defaultdict(list)
    kinds: defaultdict[str, set[str]] = defaultdict(set)
    for hit in reports.programs(exclude_formulations=not args.formulations):
        where = hit.report.name or "(unnamed)"
        if where not in seen_in[hit.item.name]:
            seen_in[hit.item.name].append(where)
        if hit.item.kind:
            kinds[hit.item.name].add(hit.item.kind)

    print("program\tkind\treports\tin")
    shared = [name for name, where in seen_in.items() if len(where) >= args.min_reports]
    for name in sorted(shared, key=lambda n: (-len(seen_in[n]), n)):
        kind = "/".join(sorted(kinds[name])) or "-"
        print(name, kind, len(seen_in[name]), ", ".join(seen_in[name]), sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
