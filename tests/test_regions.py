"""Administrative divisions: lookup with level and parents, names that repeat, inference."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minzheng import Level
from minzheng.parse.regions import (
    SCOPE_LEVELS,
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
