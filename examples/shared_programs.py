"""Programs that appear in more than one report: which, of what kind, and where.

Numbered political formulations (两个维护, 四个意识 …) are left out unless asked for.
Prints tab-separated rows: program, kind, number of reports, the reports; most shared first.

    python examples/shared_programs.py [FILE_OR_DIR ...] [--min-reports N] [--formulations]
"""

from __future__ import annotations

from collections import defaultdict

from _corpus import corpus_parser, read_reports, run


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--min-reports", type=int, default=2, metavar="N", help="shared by at least N")
    parser.add_argument("--formulations", action="store_true", help="keep political formulations")
    args = parser.parse_args(argv)

    reports = read_reports(args)

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
    run(main)
