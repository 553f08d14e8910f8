"""Normalization throughput, in characters per second, beside two references.

    python benchmarks/bench_normalize.py [--runs 5] [--megabytes 10] [--seeds DIR]

Inputs: the seed reports joined (as they are, converted to simplified, converted to
traditional), and a generated text of about 10 MB (UTF-8) built from the seeds'
sentences in random order, in simplified and in traditional script.

Columns: ``normalize`` (minzheng.text.normalize.normalize); ``translate``, a single
``str.translate`` pass with opencc's character table (the floor for any per-character
conversion in Python); ``opencc``, the pure-Python opencc-python-reimplemented ``t2s``
converter (timed on at most the first million characters); ``peak``, the peak memory
normalize allocates as a multiple of the input string's size.
"""

from __future__ import annotations

import argparse
import importlib.resources
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import opencc

from minzheng.text.normalize import normalize

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
OPENCC_SLICE = 1_000_000


def opencc_character_table() -> dict[int, int]:
    path = importlib.resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, value = line.strip().split("\t")
        table[ord(key)] = ord(value.split(" ")[0])
    return table


def median_seconds(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def generated(sentences: list[str], megabytes: float, seed: int = 20240101) -> str:
    """Paragraphs of shuffled sentences, blank lines between, until the UTF-8 size is reached."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        paragraph = "".join(rng.choice(sentences) for _ in range(rng.randint(2, 8)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs)


def sentences_of(text: str) -> list[str]:
    pieces = [piece.strip() + "。" for piece in text.replace("\n", "。").split("。")]
    return [piece for piece in pieces if len(piece) > 8]


def peak_ratio(text: str) -> float:
    tracemalloc.start()
    normalize(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / sys.getsizeof(text)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()

    t2s = opencc.OpenCC("t2s")
    s2t = opencc.OpenCC("s2t")
    table = opencc_character_table()
    seeds = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(args.seeds.glob("*.txt")))
    simplified_seeds = t2s.convert(seeds)
    traditional_seeds = s2t.convert(simplified_seeds)
    pool = sentences_of(simplified_seeds)
    traditional_pool = [s2t.convert(sentence) for sentence in pool]
    inputs = {
        "seeds as they are": seeds,
        "seeds, simplified": simplified_seeds,
        "seeds, traditional": traditional_seeds,
        f"generated {args.megabytes:g} MB, simplified": generated(pool, args.megabytes),
        f"generated {args.megabytes:g} MB, traditional": generated(traditional_pool, args.megabytes),
    }
    normalize("warm up: 載入字典")

    header = f"{'input':34} {'chars':>10} {'normalize':>12} {'translate':>12} {'opencc':>12} {'peak':>6}"
    print(header)
    print(f"{'':34} {'':>10} {'M chars/s':>12} {'M chars/s':>12} {'M chars/s':>12} {'x in':>6}")
    print("-" * len(header))
    for name, text in inputs.items():
        size = len(text)
        ours = median_seconds(lambda text=text: normalize(text), args.runs)
        floor = median_seconds(lambda text=text: text.translate(table), args.runs)
        sample = text[:OPENCC_SLICE]
        reference = median_seconds(lambda sample=sample: t2s.convert(sample), max(1, min(args.runs, 3)))
        print(
            f"{name:34} {size:>10,} {size / ours / 1e6:>12.1f} {size / floor / 1e6:>12.1f} "
            f"{len(sample) / reference / 1e6:>12.2f} {peak_ratio(text):>6.1f}"
        )


if __name__ == "__main__":
    main()
