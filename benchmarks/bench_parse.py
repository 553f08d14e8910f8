"""End-to-end throughput, per-stage time, peak memory and scaling of ``minzheng.parse``.

Usage, from the project root:

    python benchmarks/bench_parse.py                     # seeds, 1 MB and 10 MB
    python benchmarks/bench_parse.py --sizes 1,10,100    # add the 100 MB corpus
    python benchmarks/bench_parse.py --workers 1,2       # parse_many on a folder of files

Corpora are built by concatenating the seed reports (from ../shared/corpus/seeds when
present) and the project's own sample reports, with every Arabic number varied so that
no two copies are identical; one more corpus is the 103 real government work reports of
../shared/corpus/real/gov_work_reports (1.7 M characters, long texts as published),
once each (``--no-gov`` skips it). Each corpus is in one script: the texts are converted once
with OpenCC (t2s for the simplified corpora, s2t for the traditional) before
concatenation. Each figure is the median of ``--runs`` runs; the floor reference is
one ``regex`` scan for money amounts over the same text, timed in the same run.

A corpus is one text made of about a thousand reports, and a report has one outline: the
section reader keeps the first complete run of headings, so the corpus shows the sections
of its first report at any size. Money and program counts grow with the corpus; section
counts do not, and are not a measure of anything here.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import opencc
import regex

import minzheng
from minzheng.parse import pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
GOV_REPORTS = ROOT.parent / "shared" / "corpus" / "real" / "gov_work_reports"
"""The 103 real government work reports: one corpus of their own, long texts as published."""
GOV = -1
"""The corpus size that stands for the government work reports rather than a generated corpus."""
OWN = [ROOT / "examples" / "sample_report.txt", *sorted((ROOT / "tests" / "samples").glob("*.txt"))]
MB = 1_000_000
STAGES = pipeline.STAGES
FLOOR = regex.compile(r"\d+(?:\.\d+)?[万亿]?元")
NUMBER = regex.compile(r"\d+")


def base_texts() -> list[str]:
    paths = [*sorted(SEEDS.glob("*.txt")), *OWN] if SEEDS.is_dir() else OWN
    return [p.read_text(encoding="utf-8") for p in paths if p.is_file()]


def vary(text: str, rng: random.Random) -> str:
    """The text with each Arabic number replaced by another of the same length."""
    return NUMBER.sub(lambda m: str(rng.randrange(10 ** (len(m.group()) - 1), 10 ** len(m.group()))), text)


def corpus(texts: list[str], chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < chars:
        part = vary(rng.choice(texts), rng)
        parts.append(part)
        total += len(part) + 1
    return "\n".join(parts)[:chars]


def median_time(func: object, runs: int) -> float:
    """Median seconds of ``runs`` calls, each from a collected heap: no run pays for another's garbage."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def stage_times(text: str, runs: int) -> dict[str, float]:
    """Median seconds per stage over ``runs`` parses, through the pipeline's timer hook."""
    samples: dict[str, list[float]] = defaultdict(list)

    @contextlib.contextmanager
    def timer(name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        samples[name].append(time.perf_counter() - start)

    for _ in range(runs):
        pipeline.normalize_cached.cache_clear()
        gc.collect()
        pipeline._parse(text, "bench", timer)  # noqa: SLF001 (the timed entry point)
    return {name: statistics.median(samples[name]) for name in STAGES}


def peak_memory(label: str, chars: int, *, traditional: bool) -> dict[str, float]:
    """Peak resident memory of a parse, measured in a fresh process."""
    out = subprocess.run(  # noqa: S603 (runs this very script)
        [sys.executable, __file__, "--memory-child", label, str(chars), str(int(traditional))],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout)


def memory_child(chars: int, *, traditional: bool) -> None:
    text = build(chars, traditional=traditional)
    size = len(text.encode("utf-8"))
    minzheng.parse(base_texts()[0])  # load the dictionaries first: they are not per-input memory
    pipeline.normalize_cached.cache_clear()
    tracemalloc.start()
    minzheng.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    row = {"input_bytes": size, "peak_bytes": peak, "ratio": round(peak / size, 2), "max_rss": rss}
    print(json.dumps(row))


def build(chars: int, *, traditional: bool) -> str:
    """A corpus of ``chars`` characters (0: the seeds and samples once each; :data:`GOV`: the
    government work reports) in one script."""
    # Two seeds are traditional as scraped: each corpus is converted whole to one script.
    sources = gov_texts() if chars == GOV else base_texts()
    texts = [opencc.OpenCC("s2t" if traditional else "t2s").convert(t) for t in sources]
    return "\n".join(texts) if chars in {0, GOV} else corpus(texts, chars)


def gov_texts() -> list[str]:
    """The government work reports, in the order of their file names (none without the corpus)."""
    return [p.read_text(encoding="utf-8") for p in sorted(GOV_REPORTS.glob("*.txt"))]


def bench_text(label: str, text: str, runs: int) -> dict[str, object]:
    def parse() -> None:
        pipeline.normalize_cached.cache_clear()
        minzheng.parse(text)

    seconds = median_time(parse, runs)
    floor = median_time(lambda: sum(1 for _ in FLOOR.finditer(text)), runs)
    return {
        "corpus": label,
        "chars": len(text),
        "seconds": round(seconds, 4),
        "chars_per_s": round(len(text) / seconds),
        "floor_chars_per_s": round(len(text) / floor),
        "floor_ratio": round(seconds / floor, 1),
        "stages": {k: round(v, 4) for k, v in stage_times(text, runs).items()},
    }


def bench_many(chars: int, workers: list[int]) -> list[dict[str, object]]:
    parse_many = getattr(minzheng, "parse_many", None)
    if parse_many is None:
        return [{"error": "minzheng.parse_many is not available"}]
    texts = base_texts()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        rng = random.Random(11)
        total = 0
        paths = []
        while total < chars:
            path = Path(folder) / f"{len(paths):06d}.txt"
            text = vary(rng.choice(texts), rng)
            path.write_text(text, encoding="utf-8")
            paths.append(path)
            total += len(text)
        for n in workers:
            start = time.perf_counter()
            parse_many(paths, workers=n)
            seconds = time.perf_counter() - start
            rows.append({"workers": n, "files": len(paths), "chars": total,
                         "seconds": round(seconds, 2), "chars_per_s": round(total / seconds)})
    return rows


def main() -> int:  # noqa: C901 (a flat script: options, then one loop per report kind)
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1,10", help="generated corpus sizes in millions of characters")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median); 1 for sizes >= 100")
    parser.add_argument("--workers", default="", help="parse_many worker counts, e.g. 1,2")
    parser.add_argument("--many-size", type=int, default=100, help="parse_many corpus, M chars")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory processes")
    parser.add_argument(
        "--no-gov", dest="gov", action="store_false", help="skip the corpus of real government work reports"
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument("--memory-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(int(args.memory_child[1]), traditional=args.memory_child[2] == "1")
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s]
    results = []
    for traditional in (False, True):
        script = "traditional" if traditional else "simplified"
        for size in (0, *sizes, *((GOV,) if args.gov and GOV_REPORTS.is_dir() else ())):
            chars = GOV if size == GOV else size * MB
            label = f"{_name(size)} ({script})"
            text = build(chars, traditional=traditional)
            row = bench_text(label, text, 1 if size >= 100 else args.runs)
            if not args.no_memory:
                row["memory"] = peak_memory(label, chars, traditional=traditional)
            results.append(row)
            if not args.json:
                print_row(row)
    for traditional in (False, True):
        script = "traditional" if traditional else "simplified"
        by_size = {r["chars"]: r["seconds"] for r in results if script in str(r.get("corpus", ""))}
        if 1 * MB in by_size and 10 * MB in by_size:
            ratio = float(by_size[10 * MB]) / float(by_size[1 * MB])  # type: ignore[arg-type]
            results.append({"scaling": script, "ratio_10M_to_1M": round(ratio, 2)})
            if not args.json:
                print(f"scaling ({script}): time(10 M) / time(1 M) = {ratio:.2f}")
    if args.workers:
        many = bench_many(args.many_size * MB, [int(n) for n in args.workers.split(",")])
        results.extend(many)
        if not args.json:
            for row in many:
                print("parse_many", row)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


def _name(size: int) -> str:
    """The corpus a size stands for, as a row names it."""
    if size == GOV:
        return "103 gov work reports"
    return "seeds+own" if size == 0 else f"{size} M chars"


def print_row(row: dict[str, object]) -> None:
    stages = row["stages"]
    if not isinstance(stages, dict):
        return
    stage_text = " ".join(f"{k}={v:.3f}s" for k, v in stages.items())
    memory = row.get("memory")
    memory_text = f" peak x{memory['ratio']} of input" if isinstance(memory, dict) else ""
    print(
        f"{row['corpus']:<28} {row['chars']:>11,} chars  {row['chars_per_s']:>11,} chars/s  "
        f"(regex floor {row['floor_chars_per_s']:,}/s, x{row['floor_ratio']})  {stage_text}{memory_text}"
    )


if __name__ == "__main__":
    sys.exit(main())
