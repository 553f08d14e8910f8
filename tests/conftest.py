"""Shared test configuration: hypothesis profiles and the project's own texts.

The package's tests read only what the project holds: its own sample reports and the
texts written into the tests. The shared corpora beside the project (seeds, dev pages and
their gold answers) are read by the acceptance run in ``acceptance/``, not here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("fast", max_examples=50, deadline=None)
settings.register_profile(
    "ci",
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(__file__).resolve().parent / "samples"
EXAMPLES = ROOT / "examples"


def own_paths() -> list[Path]:
    """The project's own sample reports: the example report and the test samples, sorted."""
    return [EXAMPLES / "sample_report.txt", *sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture(scope="session")
def own_texts() -> dict[str, str]:
    """The project's own sample reports by file name."""
    return {path.name: path.read_text(encoding="utf-8") for path in own_paths()}
