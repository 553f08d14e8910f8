"""How well ``ReportSet.duplicates()`` tells copies of a report apart from other reports.

Builds a corpus from the real pages beside the project (the development pages of
``../shared/corpus/dev/pages`` and, with ``--real``, the government work reports of
``../shared/corpus/real/gov_work_reports``) and, for each page, the copies a scraped
corpus holds:

- ``chrome``: the page's first and last short lines replaced by another site's menus,
  breadcrumbs, share buttons and footer;
- ``cut``: the page cut short, at 45% of its characters (a preview, a page cut off);
- ``traditional``: the page converted to traditional script (OpenCC ``s2t``);
- ``preview``: the page's opening stretch repeated before the full text, as document
  sites show a preview first;
- ``mixed``: another site's chrome around the page cut at 70%.

Every page and its copies form one true group. The grouping is scored over pairs of
reports: precision is the share of pairs put in one group that are copies of one report,
recall the share of pairs of copies that were put in one group. From the project root::

    python benchmarks/bench_duplicates.py            # dev pages and their copies
    python benchmarks/bench_duplicates.py --real     # and the 103 work reports with theirs

Reports are built from their text (``Report(source=...)``) without parsing, because
copies are told by text alone.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

import opencc

from minzheng import Report, ReportSet
from minzheng.text.segments import is_prose

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

OTHER_CHROME_TOP = (
    "网站首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n"
    "您现在的位置：首页 > 信息公开 > 工作动态\n"
    "【字号：大 中 小】 【打印】 【关闭】 分享到：微信 微博\n"
)
OTHER_CHROME_BOTTOM = (
    "\n上一篇：关于开展养老机构安全检查的通知\n下一篇：区民政局召开专题会议\n"
    "扫一扫在手机打开当前页\n主办单位：某某网 版权所有 备案号：00000000号\n"
)
PREVIEW_CHROME = "文档预览 下载本文档 第1页/共3页\n"

_S2T = opencc.OpenCC("s2t")


def _chrome(text: str) -> str:
    lines = text.splitlines()
    while lines and not is_prose(lines[0]):
        lines.pop(0)
    while lines and not is_prose(lines[-1]):
        lines.pop()
    return OTHER_CHROME_TOP + "\n".join(lines) + OTHER_CHROME_BOTTOM


def _cut(text: str, share: float = 0.45) -> str:
    return text[: int(len(text) * share)]


def _traditional(text: str) -> str:
    return str(_S2T.convert(text))


def _preview(text: str) -> str:
    prose = [line for line in text.splitlines() if is_prose(line)]
    opening = "".join(prose)[:400] if prose else text[:400]
    return PREVIEW_CHROME + opening + "\n……\n" + text


def _mixed(text: str) -> str:
    return _chrome(_cut(text, 0.7))


COPIES: dict[str, Callable[[str], str]] = {
    "chrome": _chrome,
    "cut": _cut,
    "traditional": _traditional,
    "preview": _preview,
    "mixed": _mixed,
}


def _corpus(*, real: bool) -> list[tuple[str, str, str]]:
    """(group, name, text) of every page and its copies."""
    folders = [CORPUS / "dev" / "pages"]
    if real:
        folders.append(CORPUS / "real" / "gov_work_reports")
    items: list[tuple[str, str, str]] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            group = f"{folder.name}/{path.stem}"
            items.append((group, f"{group}.txt", text))
            items.extend((group, f"{group}.{kind}.txt", make(text)) for kind, make in COPIES.items())
    return items


def _pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", action="store_true", help="add the 103 government work reports")
    args = parser.parse_args(argv)
    if not (CORPUS / "dev" / "pages").is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    items = _corpus(real=args.real)
    reports = [Report(name=name, source=text) for _, name, text in items]
    position = {id(report): index for index, report in enumerate(reports)}
    started = time.perf_counter()
    found = ReportSet(reports).duplicates()
    seconds = time.perf_counter() - started

    truth: dict[str, list[int]] = {}
    for index, (group, _, _) in enumerate(items):
        truth.setdefault(group, []).append(index)
    true_pairs = _pairs(list(truth.values()))
    found_pairs = _pairs([[position[id(report)] for report in group] for group in found])
    hits = true_pairs & found_pairs
    precision = len(hits) / len(found_pairs) if found_pairs else 1.0
    recall = len(hits) / len(true_pairs) if true_pairs else 1.0
    print(f"reports {len(reports)}  true groups {len(truth)}  groups found {len(found)}  {seconds:.2f} s")
    print(f"pairs: true {len(true_pairs)}  found {len(found_pairs)}  right {len(hits)}")
    print(f"precision {precision:.4f}  recall {recall:.4f}")
    missed: dict[str, int] = {}
    for first, second in sorted(true_pairs - found_pairs):
        for index in (first, second):
            kind = items[index][1].split(".")[-2] if items[index][1].count(".") > 1 else "original"
            missed[kind] = missed.get(kind, 0) + 1
    if missed:
        print("missed pairs by the kind of copy in them:", dict(sorted(missed.items())))
    for first, second in sorted(found_pairs - true_pairs)[:20]:
        print(f"wrongly joined: {items[first][1]} ~ {items[second][1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
