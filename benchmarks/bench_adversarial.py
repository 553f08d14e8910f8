"""Adversarial inputs: does ``minzheng.parse`` stay linear in time and bounded in memory?

Usage, from the project root:

    python benchmarks/bench_adversarial.py                 # 100 K and 1 M characters
    python benchmarks/bench_adversarial.py --base 50000    # 50 K and 500 K
    python benchmarks/bench_adversarial.py --no-memory     # times only

Each case repeats one shape that a careless pattern would scan again and again (a run of
digits, of quotes, of 、, of brackets, of 一是 …) to a text of ``--base`` characters and of
ten times that, and reports the median time of each and their ratio. Linear time gives a
ratio near 10; a quadratic pattern gives near 100.

Beside the times it reports the peak memory of one parse of each text, measured by
``tracemalloc`` in a fresh process, as a multiple of the text's size in UTF-8 bytes
(``mem x3.1``). Memory is bounded when the multiple stays low (under 10) at both sizes.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable

import minzheng
from minzheng.parse import pipeline

SHAPES: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1234567890" * (n // 10),
    "digits before 元": lambda n: ("9" * 499 + "元") * (n // 500),
    "decimal points": lambda n: "1." * (n // 2),
    "quotes unclosed": lambda n: "“" * (n - 2) + "工程",
    "quotes alternating": lambda n: "“A”" * (n // 3),
    "enumeration commas": lambda n: "、" * (n - 1) + "元",
    "brackets unclosed": lambda n: "〔" * (n - 1) + "号",
    "brackets nested": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "document numbers damaged": lambda n: "民发〔2020" * (n // 9),
    "titles unclosed": lambda n: "《关于" * (n // 3),
    "一是 runs": lambda n: "一是" * (n // 2),
    "headings": lambda n: "一、工作\n" * (n // 5),
    "toolbar words": lambda n: "打印 关闭 " * (n // 6),
    "money words without numbers": lambda n: "每人每月元" * (n // 5),
    "one long sentence": lambda n: "发放资金3万元，" * (n // 8),
    "bare amounts": lambda n: "1元" * (n // 2),
    "bare headings": lambda n: "一、标题\n" * (n // 5),
}
"""Each shape, repeated to about ``n`` characters."""


def median_seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        pipeline.normalize_cached.cache_clear()
        gc.collect()
        start = time.perf_counter()
        minzheng.parse(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_multiple(text: str) -> float:
    """Peak memory of one parse of ``text`` above what was held before it, per byte of ``text``."""
    minzheng.parse("2020年发放资金3万元。")  # the dictionaries are not the text's
    pipeline.normalize_cached.cache_clear()
    gc.collect()
    tracemalloc.start()
    minzheng.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / len(text.encode())


def peak_in_process(name: str, size: int) -> float:
    """:func:`peak_multiple` of shape ``name`` at ``size`` characters, in a fresh process."""
    command = [sys.executable, __file__, "--peak", name, str(size)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603 (this file)
    return float(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=int, default=100_000, help="characters of the smaller text")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument("--no-memory", action="store_true", help="times only, no peak memory")
    parser.add_argument("--only", action="append", help="run only this case (repeatable)")
    parser.add_argument("--peak", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak:  # the child process of peak_in_process
        print(peak_multiple(SHAPES[args.peak[0]](int(args.peak[1]))))
        return 0
    minzheng.parse("2020年发放资金3万元。")  # load the dictionaries before timing
    rows: list[dict[str, object]] = []
    for name, shape in SHAPES.items():
        if args.only and name not in args.only:
            continue
        small = median_seconds(shape(args.base), args.runs)
        large = median_seconds(shape(args.base * 10), args.runs)
        row: dict[str, object] = {"case": name, "small_s": round(small, 4), "large_s": round(large, 4)}
        row["ratio"] = round(large / small, 1)
        line = f"{name:<28} {small:8.4f} s  {large:8.4f} s  x{row['ratio']}"
        if not args.no_memory:
            row["small_mem"] = round(peak_in_process(name, args.base), 1)
            row["large_mem"] = round(peak_in_process(name, args.base * 10), 1)
            line += f"  mem x{row['small_mem']} / x{row['large_mem']}"
        rows.append(row)
        if not args.json:
            print(line)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif rows:
        worst = max(rows, key=lambda row: float(str(row["ratio"])))
        print(f"worst ratio (10x the input): {worst['ratio']} ({worst['case']})")
        if not args.no_memory:
            heaviest = max(rows, key=lambda row: float(str(row["large_mem"])))
            print(f"highest peak memory: x{heaviest['large_mem']} the input ({heaviest['case']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
