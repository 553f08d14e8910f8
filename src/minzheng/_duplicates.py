"""Copies of one report among many: the same text scraped from several sites.

A report's content is the running text of its normalized body (simplified script, so a
copy converted to traditional script reads the same), with every space, mark and line
break taken out, so that layout, punctuation and page chrome do not count. Its
fingerprints are a fixed sample of the hashes of its character n-grams (those whose hash
falls in one residue class), so that any long enough stretch two texts share gives them
shared fingerprints whatever surrounds it.

Two reports are copies when most of the smaller one's fingerprints are in the other
(containment, not Jaccard similarity): a copy cut short, one with another site's chrome,
and one that repeats a preview paragraph before the full text all stay copies. Reports
are taken in order and each joins the group it is most contained in (or that is most
contained in it), else starts a new one; the inverted index of fingerprints makes this
about linear in the size of the corpus.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
import regex

from minzheng._errors import NoSourceError
from minzheng.model import Report
from minzheng.text.segments import is_prose

__all__ = ["CONTAINMENT", "GRAM", "MIN_FINGERPRINTS", "SAMPLE", "Group", "fingerprints", "group_copies"]

GRAM = 8
"""Characters of each n-gram of the content."""

SAMPLE = 4
"""One n-gram hash in this many is a fingerprint (those divisible by it)."""

CONTAINMENT = 0.8
"""Least share of the smaller text's fingerprints found in the other for two to be copies."""

MIN_FINGERPRINTS = 8
"""Fewest fingerprints a text needs to be taken for a copy of another it is contained in."""

_NOT_CONTENT = regex.compile(r"[^\p{Han}\p{L}\p{N}]+")
"""Everything but letters, digits and Chinese characters: spaces, marks, symbols."""


def content(report: Report) -> str:
    """The text a report's copies share: its running text without spaces and marks.

    Lines of prose (:func:`~minzheng.text.segments.is_prose`) are kept, so chrome, menus and
    bylines drop out; a report with no prose line keeps all its text. A report loaded
    without its source text stands for its title, headings and facts as written.
    """
    try:
        text = report.text
    except NoSourceError:
        parts = [report.title or "", *(s.heading for s in report.iter_sections())]
        parts.extend(standard.text for standard in report.standards)
        parts.extend(funding.text for funding in report.fundings)
        parts.extend(program.text for program in report.programs)
        return _NOT_CONTENT.sub("", "".join(parts))
    prose = [line for line in text.splitlines() if is_prose(line)]
    return _NOT_CONTENT.sub("", "".join(prose) if prose else text)


def fingerprints(text: str) -> frozenset[int]:
    """The sampled hashes of the text's n-grams of :data:`GRAM` characters.

    >>> a = fingerprints("全市城乡低保标准提高到每人每月八百元全年发放低保金一亿二千万元")
    >>> a <= fingerprints("据报道全市城乡低保标准提高到每人每月八百元全年发放低保金一亿二千万元")
    True
    """
    found: set[int] = set()
    for start in range(max(0, len(text) - GRAM + 1)):
        value = zlib.crc32(text[start : start + GRAM].encode())
        if value % SAMPLE == 0:
            found.add(value)
    return frozenset(found)


@attrs.define
class Group:
    """Reports taken for copies of one another, by their positions in the input."""

    members: list[int]
    """Positions of the reports, in input order."""
    kept: int
    """Position of the report that stands for the group: the one with the most content (the
    longest :func:`content`; the first of those)."""
    union: set[int]
    """Every fingerprint of the members."""


def group_copies(reports: Sequence[Report]) -> list[Group]:
    """The reports in groups of copies, each group in the order of its first member."""
    groups: list[Group] = []
    index: dict[int, list[int]] = {}
    sizes: list[int] = []
    for position, report in enumerate(reports):
        text = content(report)
        prints = fingerprints(text)
        sizes.append(len(text))
        best = _best_group(prints, groups, index)
        if best is None:
            best = len(groups)
            groups.append(Group([position], position, set()))
        else:
            group = groups[best]
            group.members.append(position)
            if sizes[position] > sizes[group.kept]:
                group.kept = position
        new = prints - groups[best].union
        groups[best].union.update(new)
        for value in new:
            index.setdefault(value, []).append(best)
    return groups


def _best_group(prints: frozenset[int], groups: list[Group], index: dict[int, list[int]]) -> int | None:
    """The group the fingerprints are copies of (most contained either way), or None."""
    shared: Counter[int] = Counter(group for value in prints for group in index.get(value, ()))
    best: tuple[float, int] | None = None
    for group, count in shared.items():
        smaller = min(len(prints), len(groups[group].union))
        if smaller < MIN_FINGERPRINTS and not (prints and prints <= groups[group].union):
            continue
        share = count / smaller
        if share >= CONTAINMENT and (best is None or share > best[0]):
            best = (share, group)
    return None if best is None else best[1]


def copies(groups: Iterable[Group]) -> list[Group]:
    """The groups of two reports or more."""
    return [group for group in groups if len(group.members) > 1]
