"""The acceptance floors: score the parser on the shared corpora and hold each figure.

The figures come from ``score.py``, the scorer that lives with the corpora
(``<corpus>/../tools/score.py``); it is called, never copied. The floors are the table in
``floors.tsv`` beside this file: one row per figure, one column per corpus.

From the project root::

    python acceptance/floors.py --corpus ../shared/corpus           # check, print the table
    python acceptance/floors.py --corpus ../shared/corpus --raise   # also raise floors that were beaten

The exit code is 0 when every figure is at or above its floor, 1 when one fell.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.tsv"
NO_FLOOR = "-"
"""A cell of the table for a figure that a corpus does not measure."""
DIGITS = 4
"""score.py rounds its figures to four decimals; floors are compared at that precision."""


@dataclass(frozen=True)
class Corpus:
    """A folder of texts with a folder of gold answers in score.py's format."""

    name: str
    texts_dir: Path
    gold: Path

    def gold_files(self) -> list[Path]:
        """The gold answers, sorted."""
        return sorted(self.gold.glob("*.json")) if self.gold.is_dir() else []

    def texts(self) -> dict[str, str]:
        """Every text that has a gold answer, by file name."""
        found = {}
        for path in self.gold_files():
            name = json.loads(path.read_text(encoding="utf-8")).get("file", path.stem + ".txt")
            found[name] = (self.texts_dir / name).read_text(encoding="utf-8")
        return found


def corpora(root: Path) -> dict[str, Corpus]:
    """The scored corpora under a corpus folder: the seeds and the real-page dev pages."""
    return {
        "seeds": Corpus("seeds", root / "seeds", root / "gold"),
        "dev": Corpus("dev", root / "dev" / "pages", root / "dev" / "gold"),
    }


def scorer(root: Path) -> Path:
    """score.py, which lives beside the corpus folder."""
    return root.parent / "tools" / "score.py"


def score(corpus: Corpus, score_py: Path) -> dict[str, float | None]:
    """score.py's totals for one corpus, with the per-field figures."""
    command = [sys.executable, str(score_py), str(corpus.texts_dir), str(corpus.gold), "--json", "--detail"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 (our own scorer)
    if done.returncode:
        msg = f"score.py failed on {corpus.name} (exit {done.returncode}):\n{done.stderr}"
        raise RuntimeError(msg)
    totals = json.loads(done.stdout.strip().splitlines()[-1])
    if totals.get("errors"):
        msg = f"score.py: {totals['errors']} document(s) of {corpus.name} raised"
        raise RuntimeError(msg)
    return totals


def read_floors(path: Path = FLOORS) -> dict[str, dict[str, float | None]]:
    """The floors table: figure -> corpus -> floor (None where the corpus has none)."""
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, *body = rows
    names = header[1:]
    return {
        row[0]: {
            name: None if cell == NO_FLOOR else float(cell) for name, cell in zip(names, row[1:], strict=True)
        }
        for row in body
    }


def write_floors(floors: Mapping[str, Mapping[str, float | None]], path: Path = FLOORS) -> None:
    """Write the table back, keeping its comment lines and column order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    names = next(line for line in lines if line and not line.startswith("#")).split("\t")[1:]
    out = [*comments, "\t".join(["figure", *names])]
    for figure, by_corpus in floors.items():
        cells = [NO_FLOOR if by_corpus.get(name) is None else repr(by_corpus[name]) for name in names]
        out.append("\t".join([figure, *cells]))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def fell(floor: float | None, measured: float | None) -> bool:
    """Whether a measured figure is below its floor (a missing figure with a floor has fallen)."""
    if floor is None:
        return False
    return measured is None or round(measured, DIGITS) < round(floor, DIGITS)


def main(argv: list[str] | None = None) -> int:
    """Check every floor; print figure, floor and measured value per corpus."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, required=True, help="the shared corpus folder")
    parser.add_argument("--raise", dest="raise_", action="store_true", help="raise floors that were beaten")
    args = parser.parse_args(argv)
    root = args.corpus.resolve()
    floors = read_floors()
    names = sorted({name for row in floors.values() for name in row})
    found = corpora(root)
    measured = {name: score(found[name], scorer(root)) for name in names}
    failed = False
    print(f"{'figure':<20}" + "".join(f"{name + ' floor':>14}{name:>10}" for name in names))
    for figure, row in floors.items():
        cells = []
        for name in names:
            value = measured[name].get(figure)
            mark = " FELL" if fell(row.get(name), value) else ""
            failed |= bool(mark)
            floor = "-" if row.get(name) is None else f"{row[name]:.4f}"
            cells.append(f"{floor:>14}{'-' if value is None else f'{value:.4f}':>10}{mark}")
            if args.raise_ and value is not None and row.get(name) is not None and value > row[name]:
                row[name] = round(value, DIGITS)
        print(f"{figure:<20}" + "".join(cells))
    if args.raise_:
        write_floors(floors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
