"""Administrative divisions: lookup with level and parents, names that repeat, inference."""

from __future__ import annotations

import functools

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from minzheng import Level
from minzheng.parse import regions as regions_module
from minzheng.parse.regions import (
    SCOPE_LEVELS,
    abbreviation,
    find_regions,
    infer_region,
    is_full_name,
    lookup,
    resolve,
    short_name,
)

LOOKUP = [
    pytest.param("天津市", Level.PROVINCE, (), id="municipality-is-province-level"),
    pytest.param("湖北省", Level.PROVINCE, (), id="province"),
    pytest.param("天门市", Level.COUNTY, ("湖北省",), id="county-city-under-its-province"),
    pytest.param("新津区", Level.DISTRICT, ("四川省", "成都市"), id="district-with-two-parents"),
    pytest.param("成都市", Level.PREFECTURE, ("四川省",), id="prefecture"),
    pytest.param("江夏区", Level.DISTRICT, ("湖北省", "武汉市"), id="district-of-a-provincial-capital"),
    pytest.param("恩施土家族苗族自治州", Level.PREFECTURE, ("湖北省",), id="autonomous-prefecture"),
    pytest.param("成都", Level.PREFECTURE, ("四川省",), id="short-name-of-a-prefecture"),
]


@pytest.mark.parametrize(("name", "level", "parents"), LOOKUP)
def test_lookup(name, level, parents):
    (region,) = lookup(name)
    assert (region.level, region.parents) == (level, parents)


def test_unknown_name():
    assert lookup("不存在县") == ()
    assert resolve("不存在县") is None


SHORT = [
    pytest.param("天门市", "天门", id="city"),
    pytest.param("广西壮族自治区", "广西", id="autonomous-region"),
    pytest.param("恩施土家族苗族自治州", None, id="autonomous-prefecture-has-no-settled-short-form"),
    pytest.param("沙县", None, id="one-character-stem"),
]


@pytest.mark.parametrize(("name", "short"), SHORT)
def test_short_name(name, short):
    assert short_name(name) == short


def test_full_names_only():
    assert is_full_name("新津区")
    assert not is_full_name("新津")


REPEATED = [
    pytest.param("和平区", "天津的和平区", ("天津市",), id="tianjin-named"),
    pytest.param("和平区", "沈阳市和平区", ("辽宁省", "沈阳市"), id="shenyang-named"),
    pytest.param("朝阳区", "北京朝阳区", ("北京市",), id="beijing-named"),
]


@pytest.mark.parametrize(("name", "text", "parents"), REPEATED)
def test_names_that_repeat_resolve_by_their_parents(name, text, parents):
    region = resolve(name, text)
    assert region is not None
    assert region.parents == parents


def test_county_short_names_are_not_matched_in_text():
    # 资源 and 合作 are counties too; in prose they are plain words.
    names = [m.name for m in find_regions("整合资源，加强合作，成都新津区")]
    assert names == ["成都", "新津区"]


INFER = [
    pytest.param("四川省成都市新津区民政工作……新津区", None, "新津区", id="full-name-and-parents"),
    pytest.param("成都都市圈、成都、新津区养老", SCOPE_LEVELS["区"], "新津区", id="scope-picks-the-district"),
    pytest.param("成都都市圈、成都、成都市、新津区养老", None, "成都市", id="without-scope-the-most-named"),
    pytest.param("没有地名的文字", None, None, id="no-place-names"),
]


@pytest.mark.parametrize(("text", "levels", "name"), INFER)
def test_infer_region(text, levels, name):
    region = infer_region(text, levels)
    assert (region.name if region else None) == name


@given(st.text(max_size=200))
def test_any_text(text):
    for mention in find_regions(text):
        assert text[mention.span.start : mention.span.end] == mention.name
    infer_region(text)


# --- layouts beyond the seeds --------------------------------------------------------------------

ABBREVIATIONS = [
    pytest.param("恩施土家族苗族自治州", "恩施州", id="prefecture-of-two-peoples"),
    pytest.param("黔东南苗族侗族自治州", "黔东南州", id="three-character-place"),
    pytest.param("伊犁哈萨克自治州", "伊犁州", id="people-without-zu"),
    pytest.param("长阳土家族自治县", "长阳县", id="autonomous-county"),
    pytest.param("莫力达瓦达斡尔族自治旗", "莫力达瓦旗", id="autonomous-banner"),
    pytest.param("鄂伦春自治旗", None, id="named-for-its-people-alone"),
    pytest.param("天门市", None, id="not-autonomous"),
]


@pytest.mark.parametrize(("name", "short"), ABBREVIATIONS)
def test_abbreviation(name, short):
    assert abbreviation(name) == short


ABBREVIATED_LOOKUP = [
    pytest.param("恩施州", "恩施土家族苗族自治州", ("湖北省",), id="prefecture-with-its-ending"),
    pytest.param("恩施", "恩施土家族苗族自治州", ("湖北省",), id="prefecture-place-alone"),
    pytest.param("长阳县", "长阳土家族自治县", ("湖北省", "宜昌市"), id="county-with-its-ending"),
    pytest.param("海南", "海南省", (), id="a-place-taken-by-a-province-stays-the-province"),
    pytest.param("海南州", "海南藏族自治州", ("青海省",), id="but-with-its-ending-is-the-prefecture"),
]


@pytest.mark.parametrize(("written", "name", "parents"), ABBREVIATED_LOOKUP)
def test_abbreviated_names_look_up_the_full_region(written, name, parents):
    (region,) = lookup(written)
    assert (region.name, region.parents) == (name, parents)


LEVELS_AND_PARENTS = [
    pytest.param("义乌市", Level.COUNTY, ("浙江省", "金华市"), id="county-level-city"),
    pytest.param("阿拉善盟", Level.PREFECTURE, ("内蒙古自治区",), id="league"),
    pytest.param("阿巴嘎旗", Level.COUNTY, ("内蒙古自治区", "锡林郭勒盟"), id="banner"),
    pytest.param(
        "延吉市", Level.COUNTY, ("吉林省", "延边朝鲜族自治州"), id="city-of-an-autonomous-prefecture"
    ),
]


@pytest.mark.parametrize(("name", "level", "parents"), LEVELS_AND_PARENTS)
def test_levels_and_parents(name, level, parents):
    (region,) = lookup(name)
    assert (region.level, region.parents) == (level, parents)


MORE_REPEATED = [
    pytest.param("鼓楼区", "省会福州的鼓楼区", ("福建省", "福州市"), id="fuzhou"),
    pytest.param("鼓楼区", "徐州市鼓楼区", ("江苏省", "徐州市"), id="xuzhou"),
    pytest.param("朝阳区", "长春市朝阳区", ("吉林省", "长春市"), id="changchun"),
]


@pytest.mark.parametrize(("name", "text", "parents"), MORE_REPEATED)
def test_more_names_that_repeat(name, text, parents):
    region = resolve(name, text)
    assert region is not None
    assert region.parents == parents


def test_abbreviations_are_found_in_text():
    found = [(m.name, m.full) for m in find_regions("恩施州民政局会同长阳县、湘西开展工作")]
    assert found == [("恩施州", True), ("长阳县", True), ("湘西", False)]


_PLACE_WORDS = "街道|街|路|里|巷|社区|村|小区|大道|广场"


def _alternative(name: str, *, full: bool) -> str:
    """A name in the oracle, with the word boundaries it must stand on as lookarounds."""
    if not full:
        return f"{regex.escape(name)}(?!{_PLACE_WORDS})"
    if len(name) == 2:
        return rf"(?<![\p{{Han}}--[省市区县州旗盟]]){regex.escape(name)}"
    return regex.escape(name)


@functools.cache
def _every_name() -> regex.Pattern[str]:
    index = regions_module._index()  # noqa: SLF001 (the oracle reads the same index)
    names = sorted({*index.by_name, *index.by_short}, key=len, reverse=True)
    return regex.compile(
        "|".join(_alternative(name, full=name in index.by_name) for name in names), regex.VERSION1
    )


def _one_alternation(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in _every_name().finditer(text, start, end)]


_NAMES = st.sampled_from(
    ["成都市", "成都", "新津区", "天津", "天津市", "和平区", "恩施州", "湘西", "长阳县", "市"]
)
_FILLER = st.sampled_from(["和", "的", "区", "县", "市", "省", "民政局", "，"])


@given(st.lists(st.one_of(_NAMES, _FILLER), max_size=12), st.integers(0, 3), st.integers(0, 3))
def test_scan_matches_one_alternation_of_every_name(parts, cut_start, cut_end):
    text = "".join(parts)
    start, end = min(cut_start, len(text)), max(0, len(text) - cut_end)
    found = [(m.span.start, m.span.end) for m in find_regions(text, start, end)]
    assert found == _one_alternation(text, start, end)


def test_the_kept_index_is_the_index_made_from_the_dataset():
    made = regions_module._made_index()  # noqa: SLF001 (the index as the cache keeps it)
    loaded = regions_module._loaded_index(made)  # noqa: SLF001 (and as a run reads it back)
    for by_name in (loaded.by_name, loaded.by_short):
        for name, written in by_name.items():
            found = regions_module._regions(written)  # noqa: SLF001 (each name's regions, read back)
            assert found, name
            assert regions_module._written(found) == written  # noqa: SLF001 (no field lost or split)
            assert all(region.level is not None for region in found), name
    assert len(loaded.names) == len({*loaded.by_name, *loaded.by_short})
    found = [m.name for m in find_regions("恩施州利川市和四川省新津区")]
    assert found == ["恩施州", "利川市", "四川省", "新津区"]
