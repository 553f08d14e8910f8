"""Sum funding by action (发放, 投入, 募集 …) across reports, counting nothing twice.

A funding that is part of a total in the same sentence (``part_of`` set) is already in
that total, and a per-capita average is no amount of money paid: both are left out. So
are amounts planned or aimed at (``力争…``, ``Funding.target``): money not yet spent, counted
apart on the last row, ``(targets)``. Prints tab-separated rows: action, number of
amounts, total in yuan; largest first.

    python examples/funding_by_action.py [FILE_OR_DIR ...] [--jobs N]
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from _corpus import corpus_parser, read_reports, run

NO_ACTION = "(none)"
TARGETS = "(targets)"




def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    args = parser.parse_args(argv)

    reports = read_reports(args)

    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    counts: defaultdict[str, int] = defaultdict(int)
    for hit in reports.fundings(totals_only=True, per_capita=False, target=False):
        action = hit.item.action or NO_ACTION
        totals[action] += hit.item.amount
        counts[action] += 1
    targets = reports.fundings(totals_only=True, per_capita=False, target=True)

    print("action\tamounts\ttotal_yuan")
    for action in sorted(totals, key=lambda a: (-totals[a], a)):
        print(action, counts[action], totals[action], sep="\t")
    print("(all)", sum(counts.values()), sum(totals.values(), Decimal(0)), sep="\t")
    print(TARGETS, len(targets), sum((hit.item.amount for hit in targets), Decimal(0)), sep="\t")
    return 0


if __name__ == "__main__":
    run(main)
