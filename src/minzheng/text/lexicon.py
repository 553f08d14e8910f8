"""Finding many known words, or one pattern, quickly: by an anchor each match must hold.

A :class:`Lexicon` holds words with a payload each (region names, program names, the cue
words of page chrome, script-conversion phrases) and finds them in a text with one scan
for their *anchor* characters: each word is looked for by one of its characters, by
default the one report pages use least (:func:`rarity`), and checked whole where that
character stands. Most of a page holds no anchor at all, so the scan stops seldom, and
however many words there are, it is one pass of the standard library's engine over a
class of characters; or, for a lexicon of a few anchors, one pass for each, since the
engine skips to one plain character many times faster than to any of a class.

An :class:`AnchoredPattern` does the same for one regular expression whose every match
holds a match of a simpler anchor pattern (``元`` for money amounts).

>>> places = Lexicon([("低保", "dibao"), ("低保金", "fund")])
>>> list(places.longest("发放低保金和低保"))
[(2, 5, 'fund'), (6, 8, 'dibao')]
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

import attrs
import regex

from minzheng._warm import WARM

__all__ = [
    "PROSE_ORDER",
    "AnchoredPattern",
    "Lexicon",
    "Plain",
    "find_each",
    "last_character",
    "rarest",
    "rarest_in",
    "rarity",
    "trie",
]

T = TypeVar("T")

PROSE_ORDER = (
    "政人建区一保老展设推动开理新体天中力机为3成标元报5部日障二高关大在点时合公家能6情资三地有专精"
    "了级分上安金门护策城到者式福放用打字期性育利文查做长题线院自网五经道更件优站四下场明多最口费号"
    "国品相议北模焦所权享解收问访接条未彩无爱色先约产影牌扫内图交率章转投识感冠清援京列运备减别游"
    "电印六维真使闭手讯首夜页拓注激送简适堂篇免究载幸可闻存播A证碍版稿车看拍片移览伸观端频容繁乱"
    "楼视违必巨附周兴你往浏星语授藏延锋怀博迅绝乐B册P眼纠佳热回"
)
"""Characters by how often report pages use them, most often first.

Counted over sample pages, chrome included. It decides where a scan stops, so it changes
the speed of a lookup only, never what is found.
"""

_RANK = {char: rank for rank, char in enumerate(PROSE_ORDER)}

_CHECKED = 8
"""Most words sharing an anchor that the scan checks whole, in the engine, where the anchor stands."""

_ONE_ANCHOR_SCANS = 8
"""Most anchor characters a lexicon is scanned for one at a time, a scan each, rather than in one scan.

The engine skips to one plain character about ten times faster than to any of a class of
them, so up to this many scans for one character each cost less than one for the class.
"""

Anchor = Callable[[str], int]
"""The index in a word of the character it is looked for by."""

Plain = tuple[dict[str, T], tuple[str, ...], dict[str, tuple[tuple[int, int], ...]]]
"""A :class:`Lexicon` as plain data: its words and payloads, its scans' patterns, each anchor's shapes."""
Scan = tuple[tuple[str, ...], dict[str, tuple[tuple[int, int], ...]]]
"""A :class:`Lexicon`'s scan as plain data: its patterns, and the shapes of the words at each anchor."""


def rarity(char: str) -> int:
    """How seldom pages use ``char``: its place in :data:`PROSE_ORDER`, or past the end.

    >>> rarity("政") < rarity("焦") < rarity("萝")
    True
    """
    return _RANK.get(char, len(PROSE_ORDER))


def rarest(word: str) -> int:
    """The index of the character of ``word`` that pages use least (the first of equals).

    >>> rarest("政策解读")
    3
    """
    return max(range(len(word)), key=lambda index: (rarity(word[index]), -index))


def rarest_in(text: str, sample: int = 20_000) -> Anchor:
    """An anchor for words to be found in ``text``: their character that ``text`` uses least.

    The counts are taken from about ``sample`` evenly spaced characters of the text.

    >>> rarest_in("民政民政民政局")("民政局")
    2
    """
    counts = Counter(text[:: max(1, len(text) // sample)])
    return lambda word: min(range(len(word)), key=lambda index: counts[word[index]])


def last_character(word: str) -> int:
    """Look a word up by its last character (place names end in 市, 县, 区)."""
    return len(word) - 1


def trie(words: Iterable[str]) -> str:
    """One regular expression for many words, as a tree of their shared beginnings.

    Branching on each character keeps a match fast however many words there are; where
    one word extends another, the longer is tried first.

    >>> trie(["两项改革", "两个维护", "两项"])
    '两(?:个维护|项(?:改革)?)'
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    ends = "" in node
    alternatives = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    joined = alternatives[0] if len(alternatives) == 1 and not ends else f"(?:{'|'.join(alternatives)})"
    return joined + "?" if ends else joined


def _branch(anchor: str, words: list[tuple[int, str]]) -> str:
    """The scan's branch for one anchor character and the words ``(offset, word)`` it anchors.

    Where an anchor has few words, the engine checks each word whole around it (the
    lookarounds cost little, and nearly every place the scan stops at is then a word);
    else it checks only what follows the anchor, and the words are told by their shapes.
    """
    if len(words) <= _CHECKED:
        checks = sorted(
            {
                f"(?<={re.escape(word[: offset + 1])})(?={re.escape(word[offset + 1 :])})"
                for offset, word in words
            }
        )
        return re.escape(anchor) + f"(?:{'|'.join(checks)})"
    after = {word[offset + 1 :] for offset, word in words}
    return re.escape(anchor) + ("" if "" in after else f"(?={trie(after)})")


def _reach(shapes: dict[str, tuple[tuple[int, int], ...]]) -> int:
    """The furthest a word of ``shapes`` (offset of its anchor, length, by anchor) starts before its anchor.

    >>> _reach({"局": ((2, 3), (1, 2))})
    2
    """
    return max((offset for found in shapes.values() for offset, _ in found), default=0)


def _as_scan(data: Any) -> Scan:  # noqa: ANN401 (kept data, checked here)
    """A scan as kept, checked for its shape: patterns, and shapes by anchor."""
    patterns, shapes = data
    if not all(isinstance(pattern, str) for pattern in patterns) or not isinstance(shapes, dict):
        msg = "a kept scan of another shape"
        raise TypeError(msg)
    return tuple(patterns), shapes


def _in_order(found: Iterable[Iterator[re.Match[str]]]) -> Iterator[re.Match[str]]:
    """The matches of several scans of one text, in text order (one scan's come as they are)."""
    scans = list(found)
    if len(scans) == 1:
        return scans[0]
    return heapq.merge(*scans, key=lambda match: match.start())


class Lexicon(Generic[T]):
    """Words, each with a payload, found in a text by their anchor characters.

    Where a word is entered twice, the first payload is kept. The scan is built on the
    first lookup, not when the lexicon is made.
    """

    __slots__ = ("_anchor", "_kept", "_reach", "_scans", "_shapes", "_values")

    def __init__(
        self, entries: Iterable[tuple[str, T]], anchor: Anchor = rarest, *, kept: str | None = None
    ) -> None:
        """A lexicon of ``entries``; one named ``kept`` has its scan kept between runs.

        A lexicon of the package's own words gives them a name (``kept="clean.cues"``), so
        that its scan is made once an install and then read from the cache of kept tables
        (:meth:`minzheng._warm.Warm.table`), for as long as its words stay the same.
        """
        values: dict[str, T] = {}
        for word, value in entries:
            if word:
                values.setdefault(word, value)
        self._values = values
        self._anchor = anchor
        self._kept = kept
        self._scans: tuple[re.Pattern[str], ...] | None = None
        self._shapes: dict[str, tuple[tuple[int, int], ...]] = {}
        self._reach = 0  # the furthest a word starts before its anchor

    def _build(self) -> tuple[re.Pattern[str], ...]:
        """The scans that find the anchors where a word stands, made or kept, installed."""
        if self._kept is None:
            patterns, shapes = self._made_scan()
        else:
            patterns, shapes = WARM.table(
                f"lexicon {self._kept}", tuple(self._values), self._made_scan, _as_scan
            )
        return self._install(patterns, shapes)

    def _install(
        self, patterns: tuple[str, ...], shapes: dict[str, tuple[tuple[int, int], ...]]
    ) -> tuple[re.Pattern[str], ...]:
        """Take ``patterns`` and ``shapes`` as the scan, made, kept or handed over."""
        self._shapes = shapes
        self._reach = _reach(shapes)
        self._scans = tuple(re.compile(pattern) for pattern in patterns)
        return self._scans

    def _made_scan(self) -> Scan:
        """The scan as plain data: one pattern per anchor character, or one for all."""
        by_anchor: dict[str, list[tuple[int, str]]] = {}
        for word in self._values:
            offset = self._anchor(word)
            by_anchor.setdefault(word[offset], []).append((offset, word))
        # Longer words first at each anchor, so a scan meets the longest word first.
        shapes = {
            char: tuple(sorted({(offset, len(word)) for offset, word in words}, key=lambda s: (-s[1], s[0])))
            for char, words in by_anchor.items()
        }
        branches = [_branch(char, words) for char, words in sorted(by_anchor.items())]
        patterns = tuple(branches) if len(branches) <= _ONE_ANCHOR_SCANS else ("|".join(branches),)
        return patterns, shapes

    def plain(self) -> Plain[T]:
        """The lexicon as plain data, its scan built: what :meth:`from_plain` makes it again from.

        Its words with their payloads, the scans' patterns and the shapes of the words at
        each anchor, for a lexicon kept between runs (its payloads must be plain too).

        >>> Lexicon.from_plain(Lexicon([("低保", 1)]).plain()).occurrences("城乡低保")
        [(2, 4, 1)]
        """
        scans = self._build() if self._scans is None else self._scans
        return self._values, tuple(scan.pattern for scan in scans), self._shapes

    @classmethod
    def from_plain(cls, plain: Plain[T]) -> Lexicon[T]:
        """The lexicon :meth:`plain` gave, its scan ready, without building it again."""
        values, patterns, shapes = plain
        lexicon: Lexicon[T] = cls.__new__(cls)
        lexicon._values = values
        lexicon._anchor = rarest
        lexicon._kept = None
        lexicon._install(patterns, shapes)
        return lexicon

    def __contains__(self, word: object) -> bool:
        return word in self._values

    def __len__(self) -> int:
        return len(self._values)

    def get(self, word: str) -> T | None:
        """The payload of ``word``, None if it is not in the lexicon."""
        return self._values.get(word)

    @property
    def words(self) -> Iterable[str]:
        """The words, in the order they were entered."""
        return self._values.keys()

    def occurrences(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, T]]:
        """Every place a word stands wholly inside ``text[start:end]``, overlapping ones included.

        Sorted by start, the longer of two that start together first.

        >>> Lexicon([("民政", 1), ("民政局", 2), ("政局", 3)]).occurrences("市民政局")
        [(1, 4, 2), (1, 3, 1), (2, 4, 3)]
        """
        return list(self.scan(text, start, end))

    def scan(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, T]]:
        """:meth:`occurrences` one by one, as the scan reaches them: a text of nothing but words lists none.

        >>> list(Lexicon([("民政", 1), ("政局", 3)]).scan("民政局民政"))
        [(0, 2, 1), (1, 3, 3), (3, 5, 1)]
        """
        scans = self._build() if self._scans is None else self._scans
        stop = len(text) if end is None else min(end, len(text))
        values, shapes, reach = self._values, self._shapes, self._reach
        # A word found at an anchor starts at most ``reach`` before it: what starts before
        # this anchor can reach is in its final order, and is given out.
        waiting: list[tuple[int, int, int, T]] = []  # (start, -end, order found, payload): a heap
        order = itertools.count()
        for match in _in_order(scan.finditer(text, start, stop) for scan in scans):
            at = match.start()
            while waiting and waiting[0][0] < at - reach:
                begin, before_end, _, value = heapq.heappop(waiting)
                yield begin, -before_end, value
            for offset, length in shapes[match.group()]:
                begin = at - offset
                finish = begin + length
                if begin >= start and finish <= stop:
                    word = text[begin:finish]
                    if word in values:
                        heapq.heappush(waiting, (begin, -finish, next(order), values[word]))
        while waiting:
            begin, before_end, _, value = heapq.heappop(waiting)
            yield begin, -before_end, value

    def longest(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        where: Callable[[int, int], bool] | None = None,
    ) -> Iterator[tuple[int, int, T]]:
        """The words of ``text[start:end]`` read leftmost first, the longest where several start together.

        As one alternation of every word, longest first, would match them: none overlaps
        the one before. With ``where``, only the places ``(start, end)`` it holds for count,
        as a lookaround around the alternation would have it.

        >>> words = Lexicon([("行动", 1), ("专项行动", 2)])
        >>> list(words.longest("专项行动和行动")), list(words.longest("专项行动", where=lambda s, e: s > 0))
        ([(0, 4, 2), (5, 7, 1)], [(2, 4, 1)])
        """
        position = start
        for begin, finish, value in self.scan(text, start, end):
            if begin >= position and (where is None or where(begin, finish)):
                yield begin, finish, value
                position = finish

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether any word stands in ``text[start:end]``."""
        scans = self._build() if self._scans is None else self._scans
        stop = len(text) if end is None else min(end, len(text))
        values, shapes = self._values, self._shapes
        for scan in scans:
            for match in scan.finditer(text, start, stop):
                at = match.start()
                for offset, length in shapes[match.group()]:
                    begin = at - offset
                    if begin >= start and begin + length <= stop and text[begin : begin + length] in values:
                        return True
        return False


ONE_BY_ONE = 100
"""Most words :func:`find_each` finds one by one; more are found by a :class:`Lexicon`'s scan.

Building a scan costs about what finding a hundred words one by one costs in a text, so
for words looked up in one text only, fewer are found faster without it.
"""


def find_each(
    entries: Iterable[tuple[str, T]], text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, T]]:
    """:meth:`Lexicon.occurrences` of ``entries`` in ``text``, for words looked up in this text only.

    Where a text brings its own words (the names a report gives), building a scan for
    them costs more than the lookup: up to :data:`ONE_BY_ONE` words are found one by one
    by the standard library's string search, more by a lexicon. The places are the same.

    >>> find_each([("民政", 1), ("民政局", 2), ("政局", 3)], "市民政局")
    [(1, 4, 2), (1, 3, 1), (2, 4, 3)]
    """
    values: dict[str, T] = {}
    for word, value in entries:
        if word:
            values.setdefault(word, value)
    if len(values) > ONE_BY_ONE:
        return Lexicon(values.items()).occurrences(text, start, end)
    stop = len(text) if end is None else min(end, len(text))
    found: list[tuple[int, int, T]] = []
    for word, value in values.items():
        at = text.find(word, start, stop)
        while at >= 0:
            found.append((at, at + len(word), value))
            at = text.find(word, at + 1, stop)
    found.sort(key=lambda place: (place[0], -place[1]))
    return found


@attrs.frozen
class AnchoredPattern:
    """A pattern searched from its anchors: the same matches as its ``finditer``, found faster.

    Every match of ``pattern`` holds a match of ``anchor`` at its first character that
    ``lead`` does not take, so a match can only start in the run that ``lead`` (a pattern
    read backwards) takes right before an anchor. Trying those few places in order finds
    what scanning every place finds, many times faster: most text holds no anchor at all.

    >>> finder = AnchoredPattern(regex.compile("[0-9]+元"), regex.compile("元"), regex.compile("(?r)[0-9]*"))
    >>> [m.group() for m in finder.finditer("共12元和3元", 0, 7)]
    ['12元', '3元']
    """

    pattern: regex.Pattern[str]
    """What is looked for."""
    anchor: regex.Pattern[str] | re.Pattern[str]
    """What every match holds (plain characters are found fastest by the standard library's engine)."""
    lead: regex.Pattern[str] | None = None
    """What a match may hold before its anchor, read backwards from it; None when matches begin with it."""

    def finditer(self, text: str, start: int, stop: int) -> Iterator[regex.Match[str]]:
        """The matches of ``pattern.finditer(text, start, stop)``."""
        position = start
        for found in self.anchor.finditer(text, start, stop):
            at = found.start()
            if at < position:
                continue
            run = None if self.lead is None else self.lead.match(text, position, at)
            for candidate in range(at if run is None else run.start(), at + 1):
                match = self.pattern.match(text, candidate, stop)
                if match is not None:
                    yield match
                    position = match.end()
                    break
