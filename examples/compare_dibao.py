"""Compare 低保 (minimum living allowance) standards across reports.

Prints one tab-separated row per 低保 standard: region, year, scope, period, amount in
yuan, and the report it comes from, sorted by region, year and scope.

    python examples/compare_dibao.py [FILE_OR_DIR ...] [--jobs N]

Without arguments it reads the sample report beside this script and, where present,
the seed corpus of the project.
"""

from __future__ import annotations

import sys

from _corpus import corpus_parser, read_reports, run

import minzheng


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    args = parser.parse_args(argv)

    reports = read_reports(args)

    def order(found: minzheng.Found[minzheng.Standard]) -> tuple[str, int, str]:
        region = found.report.region.name if found.report.region else ""
        scope = found.item.scope.value if found.item.scope else ""
        return region, found.item.year or 0, scope

    print("region\tyear\tscope\tperiod\tamount\treport")
    found = sorted(reports.standards(category="低保"), key=order)
    for hit in found:
        standard, report = hit.item, hit.report
        print(
            report.region.name if report.region else "-",
            standard.year or "-",
            standard.scope.value if standard.scope else "-",
            standard.period.value if standard.period else "-",
            standard.amount,
            report.name,
            sep="\t",
        )
    if not found:
        print(f"no 低保 standards in {len(reports)} reports", file=sys.stderr)
    return 0


if __name__ == "__main__":
    run(main)
