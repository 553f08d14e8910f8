"""The real workload: thousands of small pages, parsed in one process and across cores.

An analyst's corpus is thousands of pages of 1-30 KB. This benchmark builds such a folder
from the real texts beside the project (the dev pages, the seeds and the government work
reports of ``../shared/corpus``, cut into pieces of 500-30,000 characters, every second
piece converted to traditional script) and times, over the same files:

- ``parse_file`` in a loop, in this process;
- ``parse_many`` with 1 and with 2 workers;
- the command line (``minzheng parse DIR --format jsonl``);
- ``pair``: two processes side by side, each parsing half the files in a ``parse_file``
  loop: what two cores give two independent runs, the ceiling of ``parse_many`` with
  two workers on this machine (a shared or throttled machine gives less than 2x);
- as reference rows: one ``regex`` scan for money amounts over each file (the floor), and,
  where the package is installed, JioNLP's ``ner.extract_money`` over each file (money only).

Each row is timed ``--runs`` times, rows interleaved run by run (so a drift of the
machine's speed falls on all rows alike), and the median is reported in files/s and
chars/s, with the CPU time the row took in this process and in the processes it started
(workers, the command line): on a shared machine the time a row waits for a core shows in
the first figures, not in that one. From the project root::

    python benchmarks/bench_workload.py                   # 600 files, 3 runs
    python benchmarks/bench_workload.py --files 3000 --runs 5
    python benchmarks/bench_workload.py --rows loop,many1,many2 --json

Nothing else should run on the machine while it measures; the first line says how loaded
it was (the load average over the last minute).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import opencc
import regex

import minzheng

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = ("dev/pages", "seeds", "real/gov_work_reports")
OUT = ROOT / "benchmarks" / "out" / "workload"
FLOOR = regex.compile(r"\d+(?:\.\d+)?[万亿]?元")
SHORTEST, LONGEST = 500, 30_000
ROWS = ("loop", "many1", "many2", "pair", "cli", "floor", "peer")
LISTED = OUT.parent / "workload-files.txt"
"""The pages of the folder, one path a line, in the order the rows read them."""
HALF = """
import sys
from pathlib import Path
import minzheng
paths = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
for path in paths[int(sys.argv[2]) : int(sys.argv[3])]:
    minzheng.parse_file(path)
"""
"""What each process of the ``pair`` row runs: a ``parse_file`` loop over a stretch of the list."""
RATIOS = (("many2", "many1"), ("pair", "loop"))
"""Rows compared run by run: each run's time of the second over the first's."""


def source_texts() -> list[str]:
    """The real texts the pages are cut from."""
    paths = [path for folder in SOURCES for path in sorted((CORPUS / folder).glob("*.txt"))]
    if not paths:
        msg = f"no texts under {CORPUS}: the benchmark needs the shared corpus beside the project"
        raise SystemExit(msg)
    return [path.read_text(encoding="utf-8") for path in paths]


def build_folder(files: int, seed: int = 5) -> tuple[list[Path], int]:
    """Write ``files`` pages cut from the real texts into the output folder; their paths and size."""
    rng = random.Random(seed)
    texts = [text for text in source_texts() if len(text) >= SHORTEST]
    to_traditional = opencc.OpenCC("s2t")
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    paths, chars = [], 0
    for index in range(files):
        text = rng.choice(texts)
        size = rng.randint(SHORTEST, min(LONGEST, len(text)))
        start = rng.randint(0, len(text) - size)
        piece = text[start : start + size]
        if index % 2:
            piece = to_traditional.convert(piece)
        path = OUT / f"{index:05d}.txt"
        path.write_text(piece, encoding="utf-8")
        paths.append(path)
        chars += len(piece)
    return paths, chars


def _loop(paths: list[Path]) -> None:
    for path in paths:
        minzheng.parse_file(path)


def _many(workers: int) -> Callable[[list[Path]], None]:
    def run(paths: list[Path]) -> None:
        minzheng.parse_many(paths, workers=workers)

    return run


def _cli(paths: list[Path]) -> None:
    del paths  # the command line reads the folder itself
    command = [sys.executable, "-m", "minzheng", "parse", str(OUT), "--format", "jsonl", "--jobs", "2"]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 (our own command line)


def _pair(paths: list[Path]) -> None:
    half = len(paths) // 2
    halves = ((0, half), (half, len(paths)))
    command = [sys.executable, "-c", HALF, str(LISTED)]
    started = [subprocess.Popen([*command, str(start), str(stop)]) for start, stop in halves]  # noqa: S603
    for process in started:
        if process.wait() != 0:
            msg = f"a process of the pair row failed with {process.returncode}"
            raise SystemExit(msg)


def _floor(paths: list[Path]) -> None:
    for path in paths:
        sum(1 for _ in FLOOR.finditer(path.read_text(encoding="utf-8")))


def _peer() -> Callable[[list[Path]], None] | None:
    """JioNLP's money extraction, where the package is installed."""
    if importlib.util.find_spec("jionlp") is None:
        return None
    import jionlp  # noqa: PLC0415 (optional, only where installed)

    extract = jionlp.ner.extract_money

    def run(paths: list[Path]) -> None:
        for path in paths:
            extract(path.read_text(encoding="utf-8"))

    return run


def _children_cpu() -> float:
    """CPU seconds of the processes this one started and waited for (workers, the command line)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(run: Callable[[list[Path]], None], paths: list[Path]) -> tuple[float, float]:
    """Seconds ``run(paths)`` took, and CPU seconds it used here and in the processes it started."""
    gc.collect()
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    run(paths)
    used = time.process_time() - cpu + _children_cpu() - children
    return time.perf_counter() - start, used


def _speed_ups(slower: list[float], faster: list[float]) -> list[float]:
    """How many times faster each run of a row was than the same run of another."""
    return [round(one / other, 3) for one, other in zip(slower, faster, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=600, help="pages in the folder (3000: the full figure)")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs per row (median)")
    parser.add_argument("--rows", default=",".join(ROWS), help=f"rows to time ({', '.join(ROWS)})")
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    args = parser.parse_args()
    paths, chars = build_folder(args.files)
    LISTED.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
    peer = _peer()
    available: dict[str, Callable[[list[Path]], None] | None] = {
        "loop": _loop, "many1": _many(1), "many2": _many(2), "pair": _pair, "cli": _cli, "floor": _floor,
        "peer": peer,
    }  # fmt: skip
    chosen = [row for row in args.rows.split(",") if row and available.get(row) is not None]
    load = os.getloadavg()[0]
    if not args.json:
        print(f"{len(paths)} files, {chars:,} chars; load average {load:.2f} on {os.cpu_count()} cores")
    minzheng.parse("民政局发放低保金100万元。")  # tables loaded once, before any row is timed
    seconds: dict[str, list[float]] = {row: [] for row in chosen}
    cpu: dict[str, list[float]] = {row: [] for row in chosen}
    for _ in range(args.runs):
        for row in chosen:
            run = available[row]
            if run is not None:
                took, used = timed(run, paths)
                seconds[row].append(took)
                cpu[row].append(used)
    results = []
    for row in chosen:
        median = statistics.median(seconds[row])
        result = {
            "row": row, "files": len(paths), "chars": chars, "seconds": round(median, 3),
            "files_per_s": round(len(paths) / median, 1), "chars_per_s": round(chars / median),
            "cpu_seconds": round(statistics.median(cpu[row]), 3), "runs": [round(s, 3) for s in seconds[row]],
        }  # fmt: skip
        results.append(result)
        if not args.json:
            print(
                f"{row:<6} {result['seconds']:>9.2f} s  {result['files_per_s']:>8,.1f} files/s  "
                f"{result['chars_per_s']:>12,} chars/s  cpu {result['cpu_seconds']:>8.2f} s   "
                f"runs {result['runs']}"
            )
    ratios = {
        f"{faster}/{slower}": _speed_ups(seconds[slower], seconds[faster])
        for faster, slower in RATIOS
        if seconds.get(faster) and seconds.get(slower)
    }
    if not args.json:
        for name, each in ratios.items():
            print(f"{name:<12} speed-up run by run {each}, median {statistics.median(each):.2f}x")
        print(f"load average {os.getloadavg()[0]:.2f} at the end")
    if args.json:
        print(json.dumps({"load": load, "results": results, "speed_ups": ratios}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
