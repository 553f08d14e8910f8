"""Compiled patterns kept between runs: the first import writes them, later ones read them.

Each case runs a fresh interpreter with its own cache folder (``$MINZHENG_CACHE``), and
checks what it wrote, what it read, and that the reports it parses are those of an
interpreter that compiled every pattern itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TEXTS = [
    "某市民政局2023年工作总结\n一、社会救助\n全年发放城乡低保金1.2亿元，城市低保标准提高到每人每月760元。\n",
    "某縣民政局關於2024年工作要點\n（一）養老服務\n新建社區養老服務站12個，高齡津貼每人每月100元。\n",
    "关于印发《某区困难群众救助办法》的通知\n临时救助金共计35.6万元，惠及困难群众1200人次。\n",
]
"""Reports of three kinds and both scripts, in words of this test."""

RUN = """
import json, sys
import minzheng
from minzheng import _warm
texts = json.loads(sys.stdin.read())
print(json.dumps({
    "loaded": _warm.WARM.loaded,
    "reports": [minzheng.unstructure(minzheng.parse(text)) for text in texts],
}, ensure_ascii=False, default=str))
"""


def run(cache: str) -> dict[str, object]:
    """A fresh interpreter's parse of :data:`TEXTS` with ``$MINZHENG_CACHE`` set to ``cache``."""
    env = {**os.environ, "MINZHENG_CACHE": cache}
    done = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", RUN], input=json.dumps(TEXTS), capture_output=True, text=True,
        encoding="utf-8", env=env, check=True, timeout=120,
    )  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def compiled() -> dict[str, object]:
    """What an interpreter gives that compiles every pattern itself."""
    return run("off")


def test_the_first_import_writes_the_patterns_and_the_next_reads_them(
    tmp_path: Path, compiled: dict[str, object]
) -> None:
    first = run(str(tmp_path))
    (file,) = tmp_path.glob("patterns-*.marshal")
    assert first["loaded"] == 0
    second = run(str(tmp_path))
    assert isinstance(second["loaded"], int)
    assert second["loaded"] > 100  # the package's patterns, not a handful
    assert first["reports"] == second["reports"] == compiled["reports"]
    assert list(tmp_path.iterdir()) == [file]  # no temporary file left


def test_a_damaged_file_is_ignored(tmp_path: Path, compiled: dict[str, object]) -> None:
    run(str(tmp_path))
    (file,) = tmp_path.glob("patterns-*.marshal")
    file.write_bytes(file.read_bytes()[:5000])
    damaged = run(str(tmp_path))
    assert damaged["loaded"] == 0
    assert damaged["reports"] == compiled["reports"]


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path: Path, compiled: dict[str, object]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = run(str(blocked / "cache"))
    assert result["reports"] == compiled["reports"]
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_turned_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run("off")["loaded"] == 0
    assert list(tmp_path.iterdir()) == []
