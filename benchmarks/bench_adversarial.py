"""Adversarial inputs: does ``minzheng.parse`` stay linear where a pattern could backtrack?

Usage, from the project root:

    python benchmarks/bench_adversarial.py                 # 100 K and 1 M characters
    python benchmarks/bench_adversarial.py --base 50000    # 50 K and 500 K

Each case repeats one shape that a careless pattern would scan again and again (a run of
digits, of quotes, of 、, of brackets, of 一是 …) to a text of ``--base`` characters and of
ten times that, and reports the median time of each and their ratio. Linear time gives a
ratio near 10; a quadratic pattern gives near 100.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
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


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=int, default=100_000, help="characters of the smaller text")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    args = parser.parse_args()
    minzheng.parse("2020年发放资金3万元。")  # load the dictionaries before timing
    rows = []
    for name, shape in SHAPES.items():
        small = median_seconds(shape(args.base), args.runs)
        large = median_seconds(shape(args.base * 10), args.runs)
        ratio = round(large / small, 1)
        row = {"case": name, "small_s": round(small, 4), "large_s": round(large, 4), "ratio": ratio}
        rows.append(row)
        if not args.json:
            print(f"{name:<28} {small:8.4f} s  {large:8.4f} s  x{row['ratio']}")
    worst = max(rows, key=lambda row: float(row["ratio"]))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        print(f"worst ratio (10x the input): {worst['ratio']} ({worst['case']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
