"""Shared test configuration: hypothesis profiles and the seed corpus."""

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
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
SAMPLES = Path(__file__).resolve().parent / "samples"


def seed_paths() -> list[Path]:
    """The seed reports beside the project, sorted; empty where the folder is absent."""
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The seed reports by file name. The seeds live outside the package, beside it."""
    paths = seed_paths()
    if not paths:
        pytest.fail(f"seed corpus not found at {SEEDS}: clone the project beside shared/")
    return {path.name: path.read_text(encoding="utf-8") for path in paths}
