"""The lexicon and the anchored pattern find exactly what a plain scan finds."""

from __future__ import annotations

import marshal
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from minzheng.text import lexicon as lexicon_module
from minzheng.text.lexicon import AnchoredPattern, Lexicon, find_each, last_character, rarest, rarest_in

_NAME_CHARS = st.sampled_from(list("智慧民政服务两个维护一网统管+·"))
_ANCHORS = st.sampled_from(["rarest", "last", "in-text"])


def _lexicon(words: list[str], anchor: str, text: str) -> Lexicon[str]:
    chosen = {"rarest": rarest, "last": last_character, "in-text": rarest_in(text)}[anchor]
    return Lexicon(((word, word) for word in words), anchor=chosen)


@given(
    text=st.text(_NAME_CHARS, max_size=80),
    words=st.lists(st.text(_NAME_CHARS, min_size=1, max_size=6), max_size=8, unique=True),
    anchor=_ANCHORS,
)
def test_occurrences_are_every_place_a_word_is_written(text: str, words: list[str], anchor: str) -> None:
    expected = sorted(
        (
            (at, at + len(word), word)
            for word in words
            for at in range(len(text))
            if text.startswith(word, at)
        ),
        key=lambda place: (place[0], -place[1]),
    )
    assert _lexicon(words, anchor, text).occurrences(text) == expected


@given(
    text=st.text(_NAME_CHARS, max_size=80),
    words=st.lists(st.text(_NAME_CHARS, min_size=1, max_size=6), max_size=8, unique=True),
    anchor=_ANCHORS,
    window=st.tuples(st.integers(0, 80), st.integers(0, 80)),
)
def test_a_scan_gives_the_occurrences_of_a_stretch_in_order(
    text: str, words: list[str], anchor: str, window: tuple[int, int]
) -> None:
    start, stop = window
    expected = sorted(
        (
            (at, at + len(word), word)
            for word in words
            for at in range(start, len(text))
            if text.startswith(word, at) and at + len(word) <= stop
        ),
        key=lambda place: (place[0], -place[1]),
    )
    assert list(_lexicon(words, anchor, text).scan(text, start, stop)) == expected


@given(
    text=st.text(st.sampled_from(list("专项行动工程冬暖的 ")), max_size=60),
    words=st.lists(st.sampled_from(["行动", "专项行动", "工程", "动工", "项行"]), min_size=1, max_size=4),
    anchor=_ANCHORS,
    window=st.tuples(st.integers(0, 10), st.integers(0, 60)),
)
def test_longest_finds_what_an_alternation_finds(
    text: str, words: list[str], anchor: str, window: tuple[int, int]
) -> None:
    lexicon = _lexicon(words, anchor, text)
    alternation = regex.compile("|".join(sorted(set(words), key=len, reverse=True)))
    start, end = window[0], max(window)
    found = [(begin, finish) for begin, finish, _ in lexicon.longest(text, start, end)]
    assert found == [match.span() for match in alternation.finditer(text, start, end)]
    after_han = regex.compile(r"(?<=\p{Han}{2})(?:" + alternation.pattern + ")")
    two_han = regex.compile(r"(?r)\p{Han}{2}")
    kept = lexicon.longest(text, where=lambda begin, _: two_han.match(text, 0, begin) is not None)
    assert [(begin, finish) for begin, finish, _ in kept] == [
        match.span() for match in after_han.finditer(text)
    ]
    assert lexicon.search(text, start, end) is bool(found)


@given(
    text=st.text(_NAME_CHARS, max_size=80),
    words=st.lists(st.text(_NAME_CHARS, min_size=1, max_size=6), max_size=8),
    window=st.tuples(st.integers(0, 10), st.integers(0, 90)),
    one_by_one=st.sampled_from([0, lexicon_module.ONE_BY_ONE]),
)
def test_find_each_finds_what_a_lexicon_finds(
    text: str, words: list[str], window: tuple[int, int], one_by_one: int
) -> None:
    entries = [(word, index) for index, word in enumerate(words)]
    start, end = window[0], max(window)
    expected = Lexicon(entries).occurrences(text, start, end)
    saved = lexicon_module.ONE_BY_ONE
    lexicon_module.ONE_BY_ONE = one_by_one  # 0: every word set is found by a lexicon's scan
    try:
        assert find_each(entries, text, start, end) == expected
    finally:
        lexicon_module.ONE_BY_ONE = saved


def test_the_first_payload_of_a_word_is_kept() -> None:
    lexicon = Lexicon([("低保", 1), ("低保", 2), ("", 3)])
    assert lexicon.get("低保") == 1
    assert len(lexicon) == 1
    assert "低保" in lexicon
    assert "" not in lexicon
    assert Lexicon([]).occurrences("低保") == []


@given(st.text(st.sampled_from(list("12元和3.5万元x ")), max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_anchored_pattern_finds_what_its_pattern_finds(text: str, start: int, stop: int) -> None:
    stop = max(start, stop)
    pattern = regex.compile(r"[0-9]+(?:\.[0-9]+)?万?元")
    finder = AnchoredPattern(pattern, regex.compile("元"), regex.compile(r"(?r)[0-9.万]*"))
    found = [match.span() for match in finder.finditer(text, start, stop)]
    assert found == [match.span() for match in pattern.finditer(text, start, stop)]
    # Without a lead, matches begin at an anchor: every match of [0-9]+元 begins at a digit.
    digits = regex.compile(r"[0-9]+元")
    plain = AnchoredPattern(digits, regex.compile(r"[0-9]"))
    found = [match.span() for match in plain.finditer(text, start, stop)]
    assert found == [match.span() for match in digits.finditer(text, start, stop)]


def test_a_kept_lexicon_finds_what_a_made_one_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    tables: dict[str, tuple[object, object]] = {}

    def table(name: str, identity: object, make: Any, load: Any) -> object:
        kept = tables.get(name)
        if kept is None or kept[0] != identity:
            tables[name] = (identity, make())
        return load(tables[name][1])

    monkeypatch.setattr(lexicon_module.WARM, "table", table)
    words = [("城乡低保", 1), ("低保", 2), ("特困供养", 3)]
    text = "全市城乡低保和特困供养标准提高，低保对象"
    made = Lexicon(words).occurrences(text)
    assert Lexicon(words, kept="test").occurrences(text) == made  # made, and kept
    assert Lexicon(words, kept="test").occurrences(text) == made  # read from what was kept
    assert set(tables) == {"lexicon test"}
    # Other words under the same name: the kept scan does not fit them, and is made again.
    assert Lexicon([("临时救助", 4)], kept="test").occurrences("开展临时救助") == [(2, 6, 4)]


def test_a_kept_scan_of_another_shape_is_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module.WARM, "file", None)  # nothing written
    damaged = (("低保",), marshal.dumps(([1, 2], {})))
    monkeypatch.setitem(lexicon_module.WARM.tables, "lexicon damaged", damaged)
    assert Lexicon([("低保", 1)], kept="damaged").occurrences("城乡低保") == [(2, 4, 1)]
