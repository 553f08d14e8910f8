"""The acceptance run: the parser against the shared corpora and their gold answers.

Run it from the project root with the corpus folder that holds ``seeds/``, ``gold/`` and
``dev/``::

    python -m pytest acceptance --corpus ../shared/corpus

Without ``--corpus`` (or with a folder that lacks those parts) every test here fails with
a message saying what is missing: nothing is skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from floors import Corpus, corpora


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--corpus",
        metavar="DIR",
        default=None,
        help="the shared corpus folder (seeds/, gold/, dev/pages/, dev/gold/), e.g. ../shared/corpus",
    )


@pytest.fixture(scope="session")
def corpus_root(request: pytest.FixtureRequest) -> Path:
    """The corpus folder given with ``--corpus``."""
    given = request.config.getoption("--corpus")
    if not given:
        pytest.fail("the acceptance run needs the shared corpus: pass --corpus ../shared/corpus")
    root = Path(given).resolve()
    if not root.is_dir():
        pytest.fail(f"corpus folder not found: {root}")
    return root


@pytest.fixture(scope="session")
def corpus_by_name(corpus_root: Path) -> dict[str, Corpus]:
    """Every scored corpus under the corpus folder, by name, each checked to be there."""
    found = corpora(corpus_root)
    for corpus in found.values():
        if not corpus.gold_files():
            pytest.fail(f"corpus {corpus.name!r}: no gold files in {corpus.gold}")
    return found


@pytest.fixture(scope="session")
def seed_texts(corpus_by_name: dict[str, Corpus]) -> dict[str, str]:
    """The seed reports by file name."""
    return corpus_by_name["seeds"].texts()
