"""Hash the plain data of every report the parser gives on the reference texts.

Used to show that a change keeps the output identical (or to list exactly which texts it
changes). From the project root::

    python benchmarks/output_hashes.py --write before.json      # record
    python benchmarks/output_hashes.py --check before.json      # compare: lists changed texts

The texts: the project's own samples, the shared seeds, dev pages and real government
work reports when ``../shared/corpus`` is present, and 1 MB benchmark corpora in each
script built as ``bench_parse.py`` builds them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import minzheng

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import MB, OWN, build

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("seeds", "dev/pages", "real/gov_work_reports")


def texts() -> Iterator[tuple[str, str]]:
    """Every reference text, by a stable name."""
    for path in OWN:
        yield f"own/{path.name}", path.read_text(encoding="utf-8")
    for folder in FOLDERS:
        for path in sorted((CORPUS / folder).glob("*.txt")):
            yield f"{folder}/{path.name}", path.read_text(encoding="utf-8")
    for traditional in (False, True):
        yield f"bench/1M-{'traditional' if traditional else 'simplified'}", build(MB, traditional=traditional)


def digest(text: str, name: str) -> str:
    data = minzheng.unstructure(minzheng.parse(text, name=name))
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the hashes to this file")
    group.add_argument("--check", type=Path, help="compare with the hashes in this file")
    args = parser.parse_args()
    hashes = {name: digest(text, name) for name, text in texts()}
    if args.write:
        args.write.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(hashes)} texts hashed into {args.write}")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    changed = sorted(name for name in hashes.keys() | before.keys() if hashes.get(name) != before.get(name))
    for name in changed:
        print("changed:", name)
    print(f"{len(hashes)} texts, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
