"""Every score.py figure on the shared corpora stays at or above its floor in floors.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest
from floors import Corpus, fell, read_floors, score, scorer

FLOORS = read_floors()
CASES = [
    pytest.param(name, figure, floor, id=f"{name}-{figure}")
    for figure, row in FLOORS.items()
    for name, floor in row.items()
    if floor is not None
]


@pytest.fixture(scope="session")
def measured(corpus_root: Path, corpus_by_name: dict[str, Corpus]) -> dict[str, dict[str, float | None]]:
    score_py = scorer(corpus_root)
    if not score_py.is_file():
        pytest.fail(f"score.py not found at {score_py}")
    return {name: score(corpus, score_py) for name, corpus in corpus_by_name.items()}


@pytest.mark.parametrize(("name", "figure", "floor"), CASES)
def test_figure_holds_its_floor(
    measured: dict[str, dict[str, float | None]], name: str, figure: str, floor: float
) -> None:
    value = measured[name].get(figure)
    assert not fell(floor, value), f"{name} {figure} fell to {value}, below its floor {floor}"


def test_every_corpus_of_the_table_is_scored(corpus_by_name: dict[str, Corpus]) -> None:
    assert {name for row in FLOORS.values() for name in row} <= set(corpus_by_name)
