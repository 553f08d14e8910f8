"""Parse a corpus with Dask: ``parse_file`` mapped over the files, 低保 queried as a Dask DataFrame.

The files are spread over partitions of a ``dask.bag``; each partition is parsed where
the scheduler puts it (local processes here, a cluster's workers the same way), turned
into flat records with ``ReportSet.to_records``, and the records become one Dask
DataFrame, filtered for one category as in ``compare_dibao.py``. The partitions' report
sets also merge into one ``ReportSet`` (``ReportSet.concat``) for the queries that need
every report at once, such as ``unique()``. Prints tab-separated rows: region, year,
scope, period, amount, report; then a summary line on stderr. Needs the ``dask`` extra.

    python examples/dask_corpus.py [FILE_OR_DIR ...] [--partitions N]
        [--scheduler processes|threads|synchronous] [--category 低保]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import dask
import dask.bag
import pandas
from _corpus import input_paths, print_rows, run

import minzheng
from minzheng.query import RECORD_FIELDS

COLUMNS = ("region", "year", "scope", "period", "amount", "report")


def standards_of(reports: list[minzheng.Report]) -> list[dict[str, object]]:
    """One partition's standards as flat records (run on a worker)."""
    return [dict(row) for row in minzheng.ReportSet(reports).to_records("standards")]


def report_set(reports: list[minzheng.Report]) -> list[minzheng.ReportSet]:
    """One partition as a report set (run on a worker; sets pickle to the client)."""
    return [minzheng.ReportSet(reports)]


def files_under(paths: list[Path]) -> list[Path]:
    """The report files of the paths given: files as they are, folders' ``*.txt`` sorted."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of the bag of files")
    parser.add_argument(
        "--scheduler", choices=("processes", "threads", "synchronous"), default="processes"
    )
    parser.add_argument("--category", default="低保")
    args = parser.parse_args(argv)

    files = [str(path) for path in files_under(input_paths(args.paths))]
    if not files:
        sys.exit("no report files found")
    with dask.config.set(scheduler=args.scheduler):
        reports = dask.bag.from_sequence(files, npartitions=min(args.partitions, len(files))).map(
            minzheng.parse_file
        )
        columns = RECORD_FIELDS["standards"]
        meta = pandas.DataFrame({column: pandas.Series(dtype=object) for column in columns})
        frame = reports.map_partitions(standards_of).to_dataframe(meta=meta)
        chosen = frame[frame["category"] == args.category].compute()
        merged = minzheng.ReportSet.concat(reports.map_partitions(report_set).compute())

    rows = sorted(
        (tuple(row[column] for column in COLUMNS) for row in chosen.to_dict("records")),
        key=lambda row: tuple("" if cell is None else str(cell) for cell in row),
    )
    print_rows(COLUMNS, rows)
    print(
        f"{len(merged)} reports in {reports.npartitions} partitions, {len(merged.unique())} unique; "
        f"{len(rows)} {args.category} standards",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    run(main)
