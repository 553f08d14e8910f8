"""Patterns, methods and tables kept between runs: the first import writes them, later ones read them.

The cases of the first part run a fresh interpreter with its own cache folder
(``$MINZHENG_CACHE``), and check what it wrote, what it read, and that the reports it
parses are those of an interpreter that made everything itself. Those of the second part
try :meth:`Warm.table` in this process, on a file of their own.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from minzheng import _warm
from minzheng._warm import Warm

TEXTS = [
    "某市民政局2023年工作总结\n一、社会救助\n全年发放城乡低保金1.2亿元，城市低保标准提高到每人每月760元。\n",
    "某縣民政局關於2024年工作要點\n（一）養老服務\n新建社區養老服務站12個，高齡津貼每人每月100元。\n",
    "关于印发《某区困难群众救助办法》的通知\n临时救助金共计35.6万元，惠及困难群众1200人次。\n",
    "恩施州民政局2022年工作总结\n一、基本情况\n全州农村低保标准每人每年5000元，利川市新增特困人员32人。\n",
]
"""Reports of four kinds and both scripts, two naming places, in words of this test."""

RUN = """
import json, sys
import minzheng
from minzheng import _warm
from minzheng.model import Region
texts = json.loads(sys.stdin.read())
salt = hash("<attrs generated hash minzheng.model.Region>")
print(json.dumps({
    "read": _warm.WARM.read,
    "loaded": _warm.WARM.loaded,
    "methods": len(_warm.WARM.methods.kept),
    "hash": hash(Region("某市")) == hash((salt, "某市", None, ())),
    "reports": [minzheng.unstructure(minzheng.parse(text)) for text in texts],
}, ensure_ascii=False, default=str))
"""


def run(cache: str) -> dict[str, Any]:
    """A fresh interpreter's parse of :data:`TEXTS` with ``$MINZHENG_CACHE`` set to ``cache``."""
    env = {**os.environ, "MINZHENG_CACHE": cache}
    done = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", RUN], input=json.dumps(TEXTS), capture_output=True, text=True,
        encoding="utf-8", env=env, check=True, timeout=120,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def made() -> dict[str, Any]:
    """What an interpreter gives that makes every pattern, method and table itself."""
    return run("off")


def kept_file(folder: Path) -> Path:
    """The one file of the cache in ``folder``."""
    (file,) = folder.glob("kept-*.marshal")
    return file


def content(file: Path) -> tuple[Any, ...]:
    """What a cache file holds (its checksum checked)."""
    return _warm._read(file)  # noqa: SLF001 (the file's own reader)


def rewrite(file: Path, kept: tuple[Any, ...]) -> None:
    """Write ``kept`` into ``file`` as the cache does, checksum and all."""
    data = marshal.dumps(kept)
    file.write_bytes(zlib.crc32(data).to_bytes(4, "big") + data)


def test_the_first_import_writes_everything_and_the_next_reads_it(
    tmp_path: Path, made: dict[str, Any]
) -> None:
    first = run(str(tmp_path))
    file = kept_file(tmp_path)
    assert (first["read"], first["loaded"], first["methods"]) == (False, 0, 0)
    second = run(str(tmp_path))
    assert second["read"]
    assert second["loaded"] > 200  # the package's patterns, not a handful
    assert second["methods"] > 50  # and the methods of its classes
    assert first["hash"]
    assert second["hash"]  # a kept __hash__ hashes as attrs's own
    assert first["reports"] == second["reports"] == made["reports"]
    assert list(tmp_path.iterdir()) == [file]  # no temporary file left
    tables = set(content(file)[3])
    assert {"opencc", "regions", "lexicon clean.cues"} <= tables  # the tables a parse needs
    assert all(name in {"opencc", "regions"} or name.startswith("lexicon ") for name in tables)


def test_a_damaged_file_is_ignored(tmp_path: Path, made: dict[str, Any]) -> None:
    run(str(tmp_path))
    file = kept_file(tmp_path)
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte changed: marshal might still read it, the checksum does not
    file.write_bytes(bytes(data))
    damaged = run(str(tmp_path))
    assert (damaged["read"], damaged["loaded"]) == (False, 0)
    assert damaged["reports"] == made["reports"]
    file.write_bytes(file.read_bytes()[:5000])
    assert run(str(tmp_path))["reports"] == made["reports"]


def test_tables_of_other_data_or_that_do_not_fit_are_made_again(tmp_path: Path, made: dict[str, Any]) -> None:
    run(str(tmp_path))
    file = kept_file(tmp_path)
    patterns, re_patterns, methods, tables = content(file)
    opencc_identity, _ = tables["opencc"]
    tables["opencc"] = (("another dictionary",), marshal.dumps({"characters": {}}))  # stale
    tables["regions"] = (tables["regions"][0], marshal.dumps({"by_name": 1}))  # does not fit
    rewrite(file, (patterns, re_patterns, methods, tables))
    again = run(str(tmp_path))
    assert again["read"]
    assert again["reports"] == made["reports"]
    assert content(file)[3]["opencc"][0] == opencc_identity  # made again, and kept


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path: Path, made: dict[str, Any]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = run(str(blocked / "cache"))
    assert result["reports"] == made["reports"]
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_turned_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run("off")["loaded"] == 0
    assert list(tmp_path.iterdir()) == []


def test_an_install_removes_its_own_older_files_only(tmp_path: Path) -> None:
    run(str(tmp_path))
    file = kept_file(tmp_path)
    install = file.name.rsplit("-", 1)[0]
    older, other = tmp_path / f"{install}-0000.marshal", tmp_path / "kept-elsewhere-0000.marshal"
    older.write_bytes(b"older")
    other.write_bytes(b"another install's")
    file.unlink()
    run(str(tmp_path))
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([file.name, other.name])


# In this process: the tables of a file of the test's own.


def warm(file: Path) -> Warm:
    """The cache of ``file`` as an import that has finished sees it."""
    kept = Warm(file)
    kept.finish(lambda: None)
    return kept


class Maker:
    """A table's maker that counts its calls."""

    def __init__(self, data: object) -> None:
        self.data = data
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.data


def test_a_table_is_made_once_then_read(tmp_path: Path) -> None:
    file = tmp_path / "kept-here-0.marshal"
    make = Maker({"天门市": ("county", ("湖北省",))})
    assert warm(file).table("places", ("v1",), make, dict) == make.data
    assert warm(file).table("places", ("v1",), make, dict) == make.data
    assert make.calls == 1


def test_a_table_of_other_data_is_made_again_and_kept(tmp_path: Path) -> None:
    file = tmp_path / "kept-here-0.marshal"
    warm(file).table("places", ("v1",), Maker({"old": 1}), dict)
    make = Maker({"new": 2})
    assert warm(file).table("places", ("v2",), make, dict) == {"new": 2}
    assert warm(file).table("places", ("v2",), make, dict) == {"new": 2}
    assert make.calls == 1


def test_a_table_its_loader_refuses_is_made_again(tmp_path: Path) -> None:
    file = tmp_path / "kept-here-0.marshal"
    warm(file).table("places", ("v1",), Maker([1, 2]), list)

    def strict(data: object) -> dict[str, int]:
        assert isinstance(data, dict)
        return data

    make = Maker({"fits": 1})
    assert warm(file).table("places", ("v1",), make, strict) == {"fits": 1}
    assert make.calls == 1


def test_a_table_marshal_cannot_write_is_made_and_not_kept(tmp_path: Path) -> None:
    file = tmp_path / "kept-here-0.marshal"
    odd = object()
    assert warm(file).table("odd", ("v1",), Maker(odd), lambda data: data) is odd
    assert "odd" not in warm(file).tables


def test_tables_without_a_folder_are_made_each_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    make = Maker([1])
    for _ in range(2):
        assert warm(blocked / "kept-here-0.marshal").table("t", ("v1",), make, list) == [1]
        assert Warm(None).table("t", ("v1",), make, list) == [1]
    assert make.calls == 4
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_a_table_whose_data_cannot_be_told_is_made_and_not_kept(tmp_path: Path) -> None:
    file = tmp_path / "kept-here-0.marshal"
    make = Maker([1])
    assert warm(file).table("t", None, make, list) == [1]
    assert warm(file).table("t", None, make, list) == [1]
    assert make.calls == 2
    assert "t" not in warm(file).tables
    assert _warm.source_identity("no_such_package_here", ["data.txt"]) is None
    assert _warm.source_identity("opencc", ["no such file.txt"]) is None
    assert _warm.source_identity("opencc", ["dictionary/TSPhrases.txt"]) is not None
