"""Named programs and cited documents in a report's body.

A program is a named initiative, project, campaign, platform, brand, reform or
numbered political formulation. Quotes alone do not make one: they also mark slogans,
goals, labels and quoted speech. A quoted name becomes a program on evidence read
around it:

- a kind word after it (``“筑基”工程``, ``「通武廊」养老服务试点``), just before it
  (``等方式「以购代捐」``), or as its own last word (``“村务公开平台”``);
- the shape of a numbered formulation (``两个维护``, ``三会一约``, ``一网统管``,
  ``退二进三``), or a formulation head after it (``“三个代表”重要思想``);
- a verb that launches or carries a program earlier in its clause
  (``持续开展“聚爱相伴”``), or ``建设``/``创建`` right after it (``“智慧新津”建设``);
- the title of a brand or campaign: phrases joined by ``·`` (``“福彩圆梦·孤儿助学”``),
  or two a space divides before the noun they name (``“为你而来 相伴成长”儿童关爱保护``);
- a list of parallel phrases that ``的`` ties to a tenet (``“分类施保、动态管理”的原则``,
  ``“兜底线、织密网、建机制”的工作理念``): a formulation;
- being a well-known programme (``“救急难”``, ``社会救助“放管服”改革`` → ``放管服``).

Against it: two quotes set in contrast (``变“人找政策”为“政策找人”``; a kind word
after one still names it, and its place still counts as a mention of a program named
elsewhere), a name ending
in ``式`` (a descriptor), an enumeration of phrases with no kind or number (a slogan;
the civil-affairs motto ``以民为本、为民解困、为民服务`` is one whatever follows), a
label of people (a word before ``人员``/``家庭``…, a word ending in one: ``“三无对象”``,
a numbered word of sorts of people: ``“一老一小”``, ``“三老”``), and a short word with
no kind close after it (a label). A short generic word inside a noun phrase takes the
phrase as its name (``社会救助「直通车」微信码`` → ``社会救助直通车``).

A quote that lost one of its marks is read from the surviving mark back to the verb
(``加快推进智慧民政"建设``) or forward to the punctuation (``“六保,``), and needs the
same evidence; each such reading is reported as a ``program.quote_lost`` diagnostic.

Unquoted programs are taken only in narrow shapes: campaign titles ending in
``专项行动``, ``主题教育`` …; two-character proper names of a ``工程``/``行动`` after a
verb, a facility or a count (``实施农村福利院冬暖工程``, not the kind phrase after a
quoted name nor the end of a longer title: ``城市更新行动``); the well-known programmes
of :data:`~minzheng.parse.program_words.WELL_KNOWN` wherever they are written
(``深化放管服改革``, ``实施民生工程``), though not inside a quotation, a title or a list
of parallel phrases (``保基本、兜底线、救急难``); a section heading that is the name of a
工程 by itself (``（一）困难人员救助工程``); formulations named by a count
(``十二字工作目标``, ``……等五个能力``); numbered formulations right after a verb or
before their head (``全面推进三会一约，``, ``三个代表重要思想``); and families, a quoted
list with its count (``“智慧、暖心”两个民政``: each part and the whole).

A program is reported once, under its first mention and the year of its section there
(the plan year in a plan section, else the year reviewed), with every mention: the
places read above and every further place its name (three characters or more) is
written.

The stage reads the body's paragraphs (:attr:`~minzheng.text.document.Document.segments`)
in the squeezed view of the text (:attr:`~minzheng.text.document.Document.squeezed`), so
that a name written with stray spaces (``“物质 + 服务”``) reads as one; no name runs
across a paragraph, a clause mark of :mod:`minzheng.text.segments` or a bracket. What it
finds leaves it as spans of the normalized text.

Citations are titles in 《》 (with the document number that follows in parentheses)
and document numbers in running text (``鄂发〔2020〕14号``). A number standing alone on
its paragraph is the report's own number under its title: metadata, not a citation, also
when damaged (``津民发〔20121`` under a notice heading). A damaged number in running
text is cited as written, with a ``citation.damaged_number`` diagnostic.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from minzheng.model import Citation, Diagnostic, Program, Section, Span
from minzheng.parse.context import Context
from minzheng.parse.program_words import (
    BACKSTOP_VERBS,
    BEFORE_PROPER_NAME,
    BUILT_AFTER,
    CLAUSE_MARKS,
    CONTRAST_LINKS,
    COORDINATORS,
    COVERAGE_LINKS,
    COVERAGE_WORDS,
    DESCRIPTORS,
    FORMULATION_HEADS,
    FUNCTION_WORDS,
    GROUP_COMPANIONS,
    GROUP_WORDS,
    HEADING_KINDS,
    KIND_GOES_ON,
    KINDS,
    LABELLED,
    LEAD_VERBS,
    LIST_MARKS,
    MEASURES,
    MOTTO_PARTS,
    NAME_HEADS,
    NOT_IN_PROPER_NAME,
    NOT_NAME_START,
    NOT_SYSTEMS,
    NUMERALS,
    PAIRED_QUOTES,
    PLAN_PERIOD_AFTER,
    PROPER_NAME_KINDS,
    REGION_PREFIXES,
    SYMMETRIC_QUOTES,
    TENET_HEADS,
    TITLED_HEADS,
    VERB_TAILS,
    WELL_KNOWN,
    WORD_COUNT_HEADS,
    WORKS,
)
from minzheng.text.docnumbers import find_doc_numbers
from minzheng.text.lexicon import AnchoredPattern, Lexicon, find_each
from minzheng.text.numbers import parse_count
from minzheng.text.span import Spans
from minzheng.text.view import Squeezed

__all__ = ["FORMULATION", "ProgramFacts", "extract_programs", "is_numbered"]

FORMULATION = "formulation"
"""The kind of a numbered political formulation (``两个维护``, ``十二字工作目标``)."""


@attrs.frozen
class ProgramFacts:
    """The programs (once each) and citations of a report."""

    programs: tuple[Program, ...] = ()
    """Named programs in order of first mention."""
    citations: tuple[Citation, ...] = ()
    """Cited documents in text order."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Lost quote marks and damaged document numbers."""


# --- patterns ------------------------------------------------------------------------


_At = tuple[int, int]
"""A stretch of the squeezed view the stage reads: start and end.

Never a :class:`Span`, which indexes the normalized text."""


def _alternation(words: Iterable[str]) -> str:
    """A pattern for any of ``words``, the longest first (for the short tables of this module)."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


_NUM = NUMERALS
_NUM_NOT_ONE = NUMERALS.replace("一", "")
_QUOTE_CHARS = "".join(opening + closing for opening, closing in PAIRED_QUOTES) + "".join(SYMMETRIC_QUOTES)
_OPENERS = dict(PAIRED_QUOTES)
_PAIRS = frozenset(opening + closing for opening, closing in PAIRED_QUOTES)
_CLOSERS = {closing: opening for opening, closing in PAIRED_QUOTES}
_SPACES = " \t\u3000\u00a0\u2002\u2003"
_STOPS = frozenset(CLAUSE_MARKS + LIST_MARKS + _QUOTE_CHARS + _SPACES)
_BUILT = BUILT_AFTER

_SQUASHED = regex.compile(rf"[{regex.escape(_QUOTE_CHARS)}]+")
"""Quote marks, which a name is read without (the view took its stray spaces out)."""
_KIND = regex.compile(_alternation(KINDS))
_KIND_AT_END = regex.compile(f"(?:{_alternation(KINDS)})$")
_KIND_ENDS = frozenset(kind[-1] for kind in KINDS) | {"\n"}
"""What a kind word before a place ends in (or the line end ``$`` also matches before): where
:data:`_KIND_AT_END` may match, told by one character."""
_LONGEST_KIND = max(len(kind) for kind in KINDS)
_TENET = regex.compile(rf"的\p{{Han}}{{0,6}}?(?:{_alternation(TENET_HEADS)})")
"""What names a quoted list a formulation: 的, a few words, a tenet (``的平安边界创建目标``)."""
_TITLE_SHAPE = regex.compile(r"\p{Han}{2,12}(?:·\p{Han}{2,12})+")
"""Phrases joined by ``·``: the title of a brand or a campaign (``党旗领航·聚力发展``)."""
_HALF_TITLE = regex.compile(r"\p{Han}{3,6}")
"""One of the two phrases of a title a space divides."""
_PARALLEL_PART = regex.compile(r"\p{Han}{3,5}")
"""One phrase of a list of parallel phrases (``分类施保``, ``兜底线``); lists of two-character
words (``公开、公平、公正``) are slogans."""
_COVERAGE = regex.compile(rf"[{COVERAGE_WORDS}](\p{{Han}})[{COVERAGE_LINKS}]\1")
"""A coverage slogan: ``应保尽保``, ``应退必退``."""
_LATER_PERIOD = "十[一二三四五六七八九]五"
"""A five-year plan period from the eleventh on (``十一五`` … ``十五五``)."""
_PLAN_PERIOD = regex.compile(rf"{_LATER_PERIOD}(?={_alternation(PLAN_PERIOD_AFTER)})")
"""An unquoted five-year period before what it names (``十四五规划``): a formulation."""
_PERIOD_NAME = regex.compile(rf"{_LATER_PERIOD}|十五|[一二三四五六七八九]五")
"""The label of a five-year plan period (``六五``, ``十五``, ``十四五``), read on a whole name."""
_HAN_RUN = regex.compile(r"\p{Han}+")
_GROUP = regex.compile(f"(?:{_alternation(GROUP_WORDS + GROUP_COMPANIONS)})+")
"""A word made of words for sorts of people (``老小``, ``留守``)."""
_GROUP_CORE = regex.compile(_alternation(GROUP_WORDS))
_GROUP_FILLER = regex.compile(f"[{NUMERALS}个]")
"""The numerals (and 个) of a numbered word, taken out to see what it numbers."""
_FORMULATION_HEAD = regex.compile(rf"\p{{Han}}{{0,2}}?(?:{_alternation(FORMULATION_HEADS)})")
_DESCRIPTORS = frozenset(DESCRIPTORS)
_LEAD_VERB = regex.compile(_alternation(LEAD_VERBS))
_LEAD_VERB_END = regex.compile(f"(?:{_alternation(LEAD_VERBS)})$")
_LONGEST_LEAD = max(len(verb) for verb in LEAD_VERBS)
_LONGEST_VERB = max(len(verb) for verb in LEAD_VERBS + BACKSTOP_VERBS)
_VERB_TAILS = frozenset(VERB_TAILS)
_LAST_BACKSTOP = regex.compile(f"(?r){_alternation(BACKSTOP_VERBS)}")
"""The last verb where a name read backwards stops (searched backwards)."""
_LONGEST_BACKSTOP = max(len(verb) for verb in BACKSTOP_VERBS)
_NUMERAL_SET = frozenset(_NUM)
_WORD_COUNT = regex.compile(rf"[{_NUM}]{{1,3}}字(?:工作)?(?:{_alternation(WORD_COUNT_HEADS)})")
_FAMILY = regex.compile(rf"(?P<count>[{_NUM}]{{1,2}})个(?P<head>\p{{Han}}{{2}})")
_HAN = regex.compile(r"[\u4e00-\u9fff]")
_LIST_ENDS = tuple(LIST_MARKS)
_LIST_MARK = regex.compile(f"[{regex.escape(LIST_MARKS)}]")
"""A mark between list items: what an enumeration is split at."""
_CLAUSE_MARK = regex.compile(f"[{regex.escape(CLAUSE_MARKS)}]")
_LAST_CLAUSE_MARK = regex.compile(f"(?r)[{regex.escape(CLAUSE_MARKS)}]")
_STOP = regex.compile(f"[{regex.escape(''.join(sorted(_STOPS)))}]")
_WINDOW_END = regex.compile(f"[{regex.escape(''.join(sorted(_STOPS)))}的]")

# The shapes of a numbered formulation, read on a whole name.
_NUMBERED = regex.compile(
    rf"""
    (?:
        [{_NUM_NOT_ONE}]{{1,3}}(?:\D.*)?                         # 两个维护, 三会一约, 十二五, 六五
      | 一[^{_NUM}多{LIST_MARKS}]{{1,3}}[{_NUM}多].+              # 一机构一台帐, 一站三中心, 一院一中心多站点
      | 一\p{{Han}}{{1,2}}(?:通办|统管|通管)                       # 一网统管, 一城通办
      | \p{{Han}}[{_NUM}]\p{{Han}}[{_NUM}]                         # 退二进三
      | [0-9A-Za-z]{{1,3}}(?:\+[0-9A-Za-z]{{1,3}}){{1,4}}          # 1+5+N
    )
    """,
    regex.VERBOSE,
)

_AFTER_NUMBERED = re.escape("".join(sorted({*CLAUSE_MARKS, *LIST_MARKS, *(h[0] for h in FORMULATION_HEADS)})))
"""What may follow an unquoted numbered formulation: a mark, or the first character of its head."""
_MAY_END = f"(?:.{{0,2}}[{_AFTER_NUMBERED}])"
"""Where a counted name (two Han characters read) may end: within two more characters."""
_MAY_BE_NUMBERED = re.compile(
    rf"[{_NUM}](?=(?<=[{_NUM_NOT_ONE}])[个项]..{_MAY_END}|.[{_NUM}].[{_AFTER_NUMBERED}])"
)
"""Where a numbered formulation before a mark may begin (``_NUMBERED_BEFORE_MARK``), plainly.

Its numeral, its count word or second numeral, and a mark or a head where the name may
end: most numerals of a text fail this at once, before the full pattern is tried.
"""
_COUNTED_MEASURE = regex.compile(rf"[{_NUM}]+(?:{_alternation(MEASURES)})")
"""A numeral with a measure word is a rating or an amount (``五星级``, ``三年``), not a name."""

# Unquoted shapes.
_TWO_HAN = regex.compile(r"(?r)\p{Han}{2}")
"""Two Han characters right before a place (matched backwards from it)."""
_NOT_IN_PROPER_NAME = frozenset(_NUM + NOT_IN_PROPER_NAME)
_COUNT_AFTER_LIST = regex.compile(
    rf"等(?P<name>(?P<count>[{_NUM}]{{1,2}})(?:个|项|大)(?P<head>\p{{Han}}{{2}}))"
)
_LIST_BEFORE = regex.compile(
    rf"(?r)(?:\p{{Han}}{{2,10}}[{regex.escape(LIST_MARKS)}]){{1,9}}\p{{Han}}{{2,10}}"
)
_LIST_REACH = 120
_NUMBERED_BEFORE_MARK = regex.compile(
    rf"(?:[{_NUM_NOT_ONE}](?:个|项)\p{{Han}}{{2,4}}?|[{_NUM}]\p{{Han}}[{_NUM}]\p{{Han}})"
    rf"(?=[{regex.escape(CLAUSE_MARKS + LIST_MARKS)}]|(?P<head>{_alternation(FORMULATION_HEADS)}))"
)
"""An unquoted numbered formulation before a mark, or before its head (``三个代表重要思想``)."""
_NUMBERED_FINDER = AnchoredPattern(_NUMBERED_BEFORE_MARK, _MAY_BE_NUMBERED)
_ANY_VERB_AT_END = regex.compile(f"(?:{_alternation(LEAD_VERBS + BACKSTOP_VERBS)})$")
_ANY_VERB = regex.compile(_alternation(LEAD_VERBS + BACKSTOP_VERBS))
_CLAUSE_STOPS = frozenset(CLAUSE_MARKS + _QUOTE_CHARS)
"""Where a clause (or a quotation) ends: a proper name may begin after it."""
_KIND_GOES_ON = regex.compile(rf"[0-9{_NUM}]|{_alternation(KIND_GOES_ON)}")
"""What after an unquoted kind word shows it is no kind: works counted, a longer word."""
_ITEM_AFTER = regex.compile(rf"[{regex.escape(LIST_MARKS)}](?P<item>\p{{Han}}+)")
_ITEM_BEFORE = regex.compile(rf"(?r)(?P<item>\p{{Han}}+)[{regex.escape(LIST_MARKS)}]")
_HEADING_NAME = regex.compile(rf"\p{{Han}}{{2,10}}(?P<kind>{_alternation(HEADING_KINDS)})")
"""A heading that is a name: a few words and a kind of :data:`HEADING_KINDS`."""

# The word tables looked up in every report, found in one scan of its text.
_KIND_WORD = 1
"""A word's flag as a kind of :data:`PROPER_NAME_KINDS` (``工程``, ``行动``)."""
_TITLED_HEAD = 2
"""A word's flag as an ending of unquoted campaign titles (:data:`TITLED_HEADS`: ``专项行动``)."""
_KNOWN_NAME = 4
"""A word's flag as a well-known programme (:data:`WELL_KNOWN`), found wherever it is written."""


def _flagged(*tables: tuple[int, Iterable[str]]) -> dict[str, int]:
    """Each word of the ``tables`` (a flag and its words) with the flags of the tables it is in.

    >>> _flagged((1, ["工程", "行动"]), (2, ["专项行动", "行动"]))
    {'工程': 1, '行动': 3, '专项行动': 2}
    """
    flags: dict[str, int] = {}
    for flag, words in tables:
        for word in words:
            flags[word] = flags.get(word, 0) | flag
    return flags


_WORD_TABLES = ((_KIND_WORD, PROPER_NAME_KINDS), (_TITLED_HEAD, TITLED_HEADS), (_KNOWN_NAME, WELL_KNOWN))
"""Each table the one scan looks for, with its flag."""
_WORDS = Lexicon(_flagged(*_WORD_TABLES).items(), kept="programs.words")
"""The kinds, title endings and well-known programmes, each word with its tables' flags.

One scan finds them all (:meth:`_Body.words`); a table's words are picked out by its flag.
The scan is built once, on the first lookup.
"""

# Citations.
_TITLE = regex.compile(r"《(?P<title>[^《》\n]{1,120})》")
_TITLE_NUMBER = regex.compile(r"[(（](?P<number>[^()（）\n]{3,30})[)）]")

_LONGEST_COORDINATOR = max(len(word) for word in COORDINATORS)
_LONGEST_LINK = max(len(word) for word in CONTRAST_LINKS)
_SHORT = 3
"""A quoted word of at most this many characters is a label unless a kind follows closely."""
_MAX_QUOTED = 25
"""Longest quoted text read as a name; longer quotes are speech or titles."""
_LABEL_LENGTH = 4
"""Longest word, unnumbered, that a noun of people at its end makes a label (``留守儿童``)."""
_MAX_PARALLEL = 40
"""Longest quoted list of parallel phrases read as a name (six phrases of four characters)."""
_MAX_NUMBERED = 12
"""Longest name read as a numbered formulation (``一居一特色、一街多品牌``)."""
_MAX_VERB_ONLY = 18
"""Longest name accepted on a launching verb alone."""
_MAX_DAMAGED = 10
"""Longest name read from a surviving quote mark."""
_MAX_PREFIX = 10
"""Longest noun phrase taken before a short quoted word."""
_MAX_TITLED_PREFIX = 30
"""Longest unquoted campaign title before its ending."""
_VERB_REACH = 20
"""Farthest a launching verb may stand before a name in its clause."""
_WINDOW = 14
"""How far after a name a kind word is looked for."""
_HEAD_GAP = 2
"""Most characters between two kind words of one noun (``改革创新试点``: the head is the last)."""
_REACH_SHORT, _REACH_PLAIN, _REACH_MARKED = 4, 8, 12
"""Where a kind word after a name may start: short words, plain names, marked names."""


def is_numbered(name: str) -> bool:
    """Whether a name has the shape of a numbered formulation.

    >>> [is_numbered(n) for n in ("两个维护", "三会一约", "一网统管", "退二进三", "1+5+N")]
    [True, True, True, True, True]
    >>> [is_numbered(n) for n in ("智慧民政", "一对一", "零跑动", "五星级", "三年")]
    [False, False, False, False, False]
    """
    return (
        len(name) <= _MAX_NUMBERED
        and _NUMBERED.fullmatch(name) is not None
        and _COUNTED_MEASURE.fullmatch(name) is None
    )


def _squash(text: str) -> str:
    """A name as read in the view, without its quote marks and the spaces at its ends.

    >>> _squash(" 社会救助「直通车」"), _squash("Time Bank")
    ('社会救助直通车', 'Time Bank')
    """
    return _SQUASHED.sub("", text).strip()


def _is_han(ch: str) -> bool:
    """Whether ``ch`` is a common Han character."""
    return "\u4e00" <= ch <= "\u9fff"


def _han_count(text: str) -> int:
    """How many Han characters ``text`` holds (``_HAN``'s characters).

    >>> _han_count("1+5+N平台")
    2
    """
    return sum(map(_is_han, text))


def _valid_name(name: str) -> bool:
    """Whether quoted text can be a name at all: short, no clause punctuation, some Han.

    >>> [_valid_name(n) for n in ("筑基", "1+5+N", "一站式", "天津模式", "我们要做好，", "X")]
    [True, True, False, True, False, False]
    """
    if len(name) > _MAX_QUOTED and not (len(name) <= _MAX_PARALLEL and _is_parallel(name)):
        return False
    if len(name) < 2 or _CLAUSE_MARK.search(name):  # noqa: PLR2004 (a word)
        return False
    if name.startswith(_LIST_ENDS) or name.endswith(_LIST_ENDS):
        return False
    if name.endswith("式") and _KIND_AT_END.search(name) is None:  # 一站式, 输血式: descriptors
        return False
    return _HAN.search(name) is not None or is_numbered(name)


def _drop_region(prefix: str) -> str:
    """A noun phrase without the region word in front of it.

    >>> _drop_region("全区两项改革"), _drop_region("区两项改革"), _drop_region("市场")
    ('两项改革', '两项改革', '市场')
    """
    if not prefix.startswith(REGION_PREFIXES):  # most phrases open with none: told at once
        return prefix
    for region in REGION_PREFIXES:
        if prefix.startswith(region) and len(prefix) - len(region) >= 2:  # noqa: PLR2004 (a word)
            return prefix[len(region) :]
    return prefix


# --- the body and its lines --------------------------------------------------------


class _Paragraph(NamedTuple):
    """One body paragraph in the squeezed view, and the reading done around names on it.

    The working records of the stage are named tuples: a long report makes tens of
    thousands of them, and a tuple is made several times faster than a class instance.
    """

    text: str
    """The whole view: positions index it."""
    start: int
    end: int
    view: Squeezed

    def names_tenet(self, position: int) -> bool:
        """Whether ``的`` and a tenet (原则, 理念, 宗旨, 目标) follow ``position`` (``”的工作理念``)."""
        return _TENET.match(self.view.text, position, self.end) is not None

    def spaced_title(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is two phrases that a space divided (``为你而来 相伴成长``).

        A title of a campaign as written in quotes; the view took the space out.
        """
        cuts = self.view.cuts(start + 1, end)
        if len(cuts) != 1:
            return False
        halves = self.view.text[start : cuts[0]], self.view.text[cuts[0] : end]
        return all(_HALF_TITLE.fullmatch(half) for half in halves)

    def window(self, position: int) -> str:
        """What follows a name up to the clause's end, a quote mark or 的: where its kind stands."""
        stop = min(self.end, position + _WINDOW)
        found = _WINDOW_END.search(self.text, position, stop)
        return self.text[position : found.start() if found is not None else stop]

    def kind_before(self, position: int) -> str | None:
        """A kind word standing right before ``position`` (``方式「以购代捐」``)."""
        if self.text[position - 1 : position] not in _KIND_ENDS:  # most quotes follow no kind: told at once
            return None
        found = _KIND_AT_END.search(self.text, max(self.start, position - _LONGEST_KIND), position)
        return found.group() if found is not None else None

    def verb_before(self, position: int) -> bool:
        """Whether a launching verb stands earlier in the clause, close enough."""
        floor = max(self.start, position - _VERB_REACH - 4)
        mark = _LAST_CLAUSE_MARK.search(self.text, floor, position)
        clause = mark.end() if mark is not None else floor
        ends = [match.end() for match in _LEAD_VERB.finditer(self.text, clause, position)]
        return bool(ends) and position - ends[-1] <= _VERB_REACH

    def verb_leads(self, position: int) -> bool:
        """Whether a launching verb stands right before ``position`` (``开展“X”``, ``推出了“X”``)."""
        end = position - 1 if self.text[position - 1 : position] in _VERB_TAILS else position
        return _LEAD_VERB_END.search(self.text, max(self.start, end - _LONGEST_LEAD), end) is not None

    def name_start(self, end: int, reach: int) -> int | None:
        """Where a name that ends at ``end`` begins: after a verb, a mark or 的; None if too far."""
        if end <= self.start:
            return end
        low = max(self.start + 1, end - reach)  # the last place a name may begin after
        verb = _LAST_BACKSTOP.search(self.text, max(self.start, low - _LONGEST_BACKSTOP), end)
        verb_end = verb.end() if verb is not None else -1
        start = end
        while start >= low:
            ch = self.text[start - 1]
            if start == verb_end or ch in _STOPS or ch == "的":
                return start
            if not (_is_han(ch) or ch.isalnum() or ch == "+"):
                return start
            start -= 1
        return None if end - reach > self.start else self.start

    def name_end(self, start: int, reach: int) -> int | None:
        """Where a name that starts at ``start`` ends: at the next mark; None if too far."""
        stop = min(self.end, start + reach + 1)
        found = _STOP.search(self.text, start, stop)
        end = found.start() if found is not None else stop
        return None if end - start > reach else end


class _Body:
    """The body as this stage reads it: the squeezed view of the text and its written paragraphs there.

    Every position the stage reads is a position of the view (:attr:`text`), in which spaces
    inside names, numbers and labels are gone (``“物质 + 服务”`` reads ``“物质+服务”``); it
    leaves the stage only as a :class:`Span` of the normalized text (:meth:`span`).
    """

    def __init__(self, context: Context) -> None:
        self._view = context.document.squeezed
        self.text = self._view.text
        self.paragraphs = self._view.spans_in_view(context.document.segments.paragraphs)
        self._last: tuple[int, _Paragraph] | None = None
        self._words: list[tuple[int, int, int]] | None = None

    def span(self, start: int, end: int) -> Span:
        """The span of the normalized text behind ``[start, end)`` of the view."""
        return self._view.span(start, end)

    def to_view(self, position: int) -> int:
        """The view position of ``position`` in the normalized text."""
        return self._view.from_text(position)

    def spans(self, places: list[_At]) -> list[Span]:
        """:meth:`span` of each of ``places``, in order."""
        return self._view.spans(places)

    def _paragraph(self, index: int) -> _Paragraph:
        """Paragraph ``index``."""
        # Made when asked for, only the last kept: all kept, a long report's paragraphs would live on.
        last = self._last
        if last is None or last[0] != index:
            starts, ends = self.paragraphs.starts, self.paragraphs.ends
            last = self._last = index, _Paragraph(self.text, starts[index], ends[index], self._view)
        return last[1]

    def paragraph_at(self, position: int) -> _Paragraph | None:
        """The body paragraph holding ``position``, None outside the body."""
        index = self.paragraphs.at(position)
        return None if index < 0 else self._paragraph(index)

    def words(self) -> list[tuple[int, int, int]]:
        """Every place a word of :data:`_WORDS` stands in the view, with its flags: one scan, on first use."""
        if self._words is None:
            self._words = _WORDS.occurrences(self.text)
        return self._words

    def paragraph_holding(self, start: int, end: int) -> _Paragraph | None:
        """The body paragraph holding all of ``[start, end)``, None if none does."""
        index = self.paragraphs.holding(start, end)
        return None if index < 0 else self._paragraph(index)

    def holds_range(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one body paragraph."""
        return self.paragraphs.holding(start, end) >= 0

    def marks(self, positions: Sequence[int]) -> Iterator[tuple[_Paragraph, Sequence[int]]]:
        """The body paragraphs that hold some of ``positions`` (sorted), each with its slice of them."""
        ends = self.paragraphs.ends
        first = 0
        while first < len(positions):  # one step per paragraph: the marks of a paragraph are one slice
            index = self.paragraphs.at(positions[first])
            if index < 0:  # outside the body: go on with the next mark
                first += 1
                continue
            last = bisect.bisect_left(positions, ends[index], first)
            yield self._paragraph(index), positions[first:last]
            first = last

    def matches(self, found: Iterable[regex.Match[str]]) -> Iterator[tuple[regex.Match[str], _Paragraph]]:
        """The matches ``found`` in the text that lie inside one body paragraph, with their paragraph."""
        for match in found:
            index = self.paragraphs.holding(match.start(), match.end())
            if index >= 0:
                yield match, self._paragraph(index)

    def places(self, found: Iterable[tuple[int, int]]) -> Iterator[tuple[tuple[int, int], _Paragraph]]:
        """The spans ``found`` in the text that lie inside one body paragraph, with their paragraph."""
        for start, end in found:
            index = self.paragraphs.holding(start, end)
            if index >= 0:
                yield (start, end), self._paragraph(index)


def _longest(
    found: Iterable[tuple[int, int, int]], table: int, where: Callable[[int, int], bool] | None = None
) -> Iterator[_At]:
    """The places of ``table``'s words in ``found`` (:meth:`_Body.words`), as :meth:`Lexicon.longest` reads.

    Leftmost first, the longest where several start together, none overlapping the one
    before; with ``where``, only the places it holds for count.
    """
    position = 0
    for start, end, tables in found:
        if tables & table and start >= position and (where is None or where(start, end)):
            yield start, end
            position = end


def _positions(text: str, chars: str, skip: Sequence[_At], most: int) -> list[int]:
    """The first ``most`` places where any of ``chars`` stands in ``text`` outside ``skip``, in order.

    ``skip`` holds stretches that do not overlap, in text order. Found by ``str.find``, one
    character at a time (it scans a long text several times faster than a pattern of a
    class of characters does); each character's run stops at ``most`` places more than
    ``skip`` covers, so the runs sorted together, without the places inside ``skip``, hold
    the first ``most`` of all. The few stretches are cut out of the sorted places at once,
    not looked up place by place.

    >>> _positions("“甲”和'乙'", "“”'", [], 3), _positions("《“甲”》“乙”", "“”", [(0, 5)], 3)
    ([0, 2, 4], [5, 7])
    """
    found: list[int] = []
    reach = most + sum(end - start for start, end in skip)  # no more places than that lie inside
    for char in chars:
        at, left = text.find(char), reach
        while at >= 0 and left:
            found.append(at)
            left -= 1
            at = text.find(char, at + 1)
    found.sort()
    for start, end in reversed(skip):  # from the last, so that the cuts before stay in place
        del found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]
    del found[most:]
    return found


class _Mention(NamedTuple):
    """One place where a program may be named, with the verdict of the evidence there."""

    key: str
    """What mentions of one program share: the name, or the core of a composed name."""
    name: str
    at: _At
    kind: str | None
    accepted: bool
    """Whether the evidence at this place suffices to make a program."""


class _Quote(NamedTuple):
    """A pair of quote marks on one paragraph, the opening mark at ``start``, closing before ``end``."""

    start: int
    end: int

    @property
    def inner(self) -> _At:
        """The quoted text, without its marks."""
        return self.start + 1, self.end - 1


class _Stray(NamedTuple):
    """A quote mark without a partner on its paragraph; ``role`` is open, close or either."""

    position: int
    role: str


# --- quote marks ----------------------------------------------------------------------


def _pair_marks(text: str, marks: Sequence[int]) -> tuple[list[_Quote], list[_Stray]]:
    """Pair the quote marks of one paragraph; marks left over are strays (a partner was lost)."""
    written = "".join(map(text.__getitem__, marks))
    if written[:2] in _PAIRS and written == written[:2] * (len(written) // 2):  # “…”“…”: the usual
        return [_Quote(start, end + 1) for start, end in zip(marks[::2], marks[1::2], strict=True)], []
    quotes: list[_Quote] = []
    strays: list[_Stray] = []
    open_at: dict[str, int] = {}
    symmetric: dict[str, list[int]] = {}
    for position in marks:
        mark = text[position]
        if mark in _OPENERS:
            if mark in open_at:
                strays.append(_Stray(open_at[mark], "open"))
            open_at[mark] = position
        elif mark in _CLOSERS:
            if _CLOSERS[mark] in open_at:
                quotes.append(_Quote(open_at.pop(_CLOSERS[mark]), position + 1))
            else:
                strays.append(_Stray(position, "close"))
        else:
            symmetric.setdefault(mark, []).append(position)
    strays.extend(_Stray(position, "open") for position in open_at.values())
    for positions in symmetric.values():
        index = 0
        while index < len(positions):
            start = positions[index]
            following = positions[index + 1] if index + 1 < len(positions) else None
            if following is not None and _plausible_quote(text[start + 1 : following]):
                quotes.append(_Quote(start, following + 1))
                index += 2
            else:
                strays.append(_Stray(start, "either"))
                index += 1
    quotes.sort(key=lambda quote: quote.start)
    return quotes, sorted(strays, key=lambda stray: stray.position)


def _plausible_quote(inner: str) -> bool:
    """Whether text between two like quote marks reads as one quotation."""
    return 0 < len(inner) <= _MAX_QUOTED * 2 and _CLAUSE_MARK.search(inner) is None


def _groups(text: str, quotes: list[_Quote]) -> list[list[_Quote]]:
    """Quotes side by side (``“A”“B”等``, ``“A”和“B”``) share what stands around them."""
    groups: list[list[_Quote]] = []
    for quote in quotes:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and previous.end <= quote.start <= previous.end + _LONGEST_COORDINATOR
            and text[previous.end : quote.start] in COORDINATORS
        ):
            groups[-1].append(quote)
        else:
            groups.append([quote])
    return groups


def _contrasted(text: str, quotes: list[_Quote]) -> set[int]:
    """Openings of quotes set against each other: ``“A”向“B”``, ``变“A”为“B”``."""
    marked: set[int] = set()
    for left, right in itertools.pairwise(quotes):
        near = left.end <= right.start <= left.end + _LONGEST_LINK
        if near and text[left.end : right.start] in CONTRAST_LINKS:
            marked.update((left.start, right.start))
    return marked


# --- quoted names ---------------------------------------------------------------------


class _Site(NamedTuple):
    """A quoted name on its paragraph, with what stands after it and where its group opens."""

    paragraph: _Paragraph
    quote: _Quote
    window: str
    lead: int
    """Where the quotes side by side open: a launching verb right before it leads to each."""

    def verb_leads(self) -> bool:
        """Whether a launching verb leads to the name (read only where the verdict needs it)."""
        return self.paragraph.verb_leads(self.lead)


class _Wording(NamedTuple):
    """What a quoted wording tells by itself, read once per wording in a report."""

    name: str
    """The wording without spaces and inner quote marks."""
    valid: bool
    """Whether it can be a name at all."""
    numbered: bool
    """Whether it has the shape of a numbered formulation."""
    short: bool
    """A word of at most three characters, read as a label unless a kind follows."""
    marked: bool
    """Numbered, or written with ``+`` or ``·``: a kind word may stand farther after it."""
    own_kind: str | None
    """The kind its last word states."""
    holds_verb: bool
    """Whether a launching verb stands inside it."""
    listed: bool
    """An enumeration: phrases a list mark divides (``兜底线、织密网``)."""
    known: bool
    """A name of :data:`WELL_KNOWN`: a program by itself, never part of a longer phrase."""
    of_people: bool
    """A label of people: a numbered word of :data:`GROUP_WORDS` (``一老一小``) or a word
    ending in a noun of :data:`LABELLED` (``三无对象``)."""
    parallel: bool
    """A list of parallel phrases, each as long as the others (``分类施保、动态管理``), none
    of them a part of the civil-affairs motto."""
    titled: bool
    """Two or more phrases joined by ``·``: a brand's or a campaign's title (``福彩圆梦·孤儿助学``)."""
    coverage: bool
    """A coverage slogan or a list of them (``应保尽保、应退尽退``)."""
    period: bool
    """The label of a five-year plan period (``十四五``): a formulation, whatever noun follows
    (``“十四五”规划重大工程项目`` names no 项目 ``十四五``)."""

def _wording(raw: str) -> _Wording:
    """What the text between two quote marks tells by itself."""
    name = _squash(raw)
    valid = _valid_name(name)
    numbered = valid and is_numbered(name)
    return _Wording(
        name=name,
        valid=valid,
        numbered=numbered,
        short=valid and not numbered and "+" not in name and _han_count(name) <= _SHORT,
        marked=numbered or "+" in name or "·" in name,
        own_kind=_own_kind(name) if valid else None,
        holds_verb=valid and _LEAD_VERB.search(name) is not None,
        listed=_LIST_MARK.search(name) is not None,
        known=name in _WELL_KNOWN,
        of_people=valid and _of_people(name, numbered=numbered),
        parallel=valid and _is_parallel(name),
        titled=valid and _TITLE_SHAPE.fullmatch(name) is not None,
        coverage=valid and _is_coverage(name),
        period=_PERIOD_NAME.fullmatch(name) is not None,
    )


_REMEMBERED = 4096
"""How many quoted wordings are remembered: the same names recur in report after report."""
_REMEMBERED_LENGTH = 2 * _MAX_PARALLEL
"""Longest wording remembered; a longer one is no name, and is read each time it is met."""
_remembered = functools.lru_cache(maxsize=_REMEMBERED)(_wording)
""":func:`_wording`, remembered for the last :data:`_REMEMBERED` wordings read."""


def _is_coverage(name: str) -> bool:
    """Whether a name is a coverage slogan or a list of them (``应保尽保、应退尽退``).

    >>> _is_coverage("应保尽保、应退必退"), _is_coverage("应保尽保、兜底线"), _is_coverage("保基本")
    (True, False, False)
    """
    if name[:1] not in COVERAGE_WORDS:  # every slogan opens with one: most names are told at once
        return False
    return all(_COVERAGE.fullmatch(part) for part in _LIST_MARK.split(name))


def _of_people(name: str, *, numbered: bool) -> bool:
    """Whether a quoted word labels people: a group, or a word ending in a noun of people.

    The word must be numbered or short (``三无对象``, ``留守儿童``; not ``建枢纽、带站点、进家庭``).

    >>> [_of_people(n, numbered=True) for n in ("一老一小", "三无对象", "两个维护")]
    [True, True, False]
    >>> [_of_people(n, numbered=False) for n in ("留守儿童", "五保户", "公司加农户")]
    [True, True, False]
    """
    if numbered:
        return _is_group(name) or name.endswith(LABELLED)
    return len(name) <= _LABEL_LENGTH and name.endswith(LABELLED)


def _is_group(name: str) -> bool:
    """Whether a numbered word is made of words for sorts of people: the label of a group.

    >>> [_is_group(n) for n in ("一老一小", "三老", "三留守", "两个维护", "六保", "五小")]
    [True, True, True, False, False, False]
    """
    rest = _GROUP_FILLER.sub("", name)
    return _GROUP.fullmatch(rest) is not None and _GROUP_CORE.search(rest) is not None


def _is_parallel(name: str) -> bool:
    """Whether a name lists two or more phrases of one length (three to five Han characters each).

    >>> [_is_parallel(n) for n in ("分类施保、动态管理", "兜底线、织密网、建机制", "以民为本、为民解困")]
    [True, True, False]
    >>> [_is_parallel(n) for n in ("提标、扩面、增效", "保基本、兜底线、救急难、可持续发展", "筑基")]
    [False, False, False]
    """
    parts = _LIST_MARK.split(name)
    return (
        len(parts) >= 2  # noqa: PLR2004 (a list)
        and len({len(part) for part in parts}) == 1
        and _PARALLEL_PART.fullmatch(parts[0]) is not None
        and all(_HAN_RUN.fullmatch(part) for part in parts)
        and not any(part in MOTTO_PARTS for part in parts)
    )


def _read_quoted(body: _Body, paragraph: _Paragraph, quotes: list[_Quote]) -> Iterator[_Mention]:
    """The mentions the ``quotes`` of one paragraph make, quotes side by side read together."""
    contrast = _contrasted(body.text, quotes)
    for group in _groups(body.text, quotes):
        window = paragraph.window(group[-1].end)
        counted = window[:1] in _NUMERAL_SET  # what spells out a count opens with a numeral
        for quote in group:
            if counted and quote is group[-1]:
                spelled = _spelled_out(_Site(paragraph, quote, window, group[0].start))
                if spelled is not None:
                    yield from spelled
                    continue
            raw = paragraph.text[quote.start + 1 : quote.end - 1]
            wording = _remembered(raw) if len(raw) <= _REMEMBERED_LENGTH else _wording(raw)
            if not wording.valid:  # no name at all, whatever stands around it: its site is not read
                continue
            mention = _read_quote(_Site(paragraph, quote, window, group[0].start), wording)
            if mention is not None and quote.start in contrast:
                # Set against another (变“A”为“B”), a quote is a name only by a kind word; its
                # place still counts as a mention of a program named elsewhere.
                kinded = mention.kind not in {None, FORMULATION, wording.own_kind}
                mention = mention._replace(accepted=mention.accepted and kinded)
            if mention is not None:
                yield mention


def _spelled_out(site: _Site) -> list[_Mention] | None:
    """A quote that spells out a counted formulation or a family; None when it is neither.

    ``“强基础、上位次”六字工作目标`` names ``六字工作目标``; ``“智慧、暖心”两个民政`` names
    ``智慧民政``, ``暖心民政`` and ``两个民政``.
    """
    text, quote, window = site.paragraph.text, site.quote, site.window
    if window[:1] not in _NUMERAL_SET:  # both shapes open with a numeral
        return None
    counted = _WORD_COUNT.match(window)
    if counted is not None:
        at = (quote.end + counted.start(), quote.end + counted.end())
        return [_Mention(counted.group(), counted.group(), at, FORMULATION, accepted=True)]
    family = _FAMILY.match(window)
    if family is None:
        return None
    inner_start, inner_end = quote.inner
    parts = _LIST_MARK.split(text[inner_start:inner_end])
    if (
        len(parts) < 2  # noqa: PLR2004 (a family has members)
        or family.group("head") in KINDS
        or parse_count(family.group("count")) != len(parts)
        or not all(1 <= len(part) <= 4 and all(map(_is_han, part)) for part in parts)  # noqa: PLR2004
    ):
        return None
    head = family.group("head")
    whole = (quote.end, quote.end + family.end())
    mentions = [_Mention(family.group(), family.group(), whole, None, accepted=True)]
    offset = inner_start
    for part in parts:
        mentions.append(_Mention(part + head, part + head, (offset, offset + len(part)), None, accepted=True))
        offset += len(part) + 1
    return mentions


def _read_quote(site: _Site, wording: _Wording) -> _Mention | None:
    """The quoted name at ``site`` and the verdict of the evidence around it."""
    name = wording.name
    if not wording.valid or (site.window.startswith(LABELLED) and _labels_people(site, wording)):
        return None  # not a name, or a label of people (“三无”人员)
    if wording.period:
        return _Mention(name, name, site.quote.inner, FORMULATION, accepted=True)
    if wording.known:
        kind = _kind_after(site.window, _REACH_SHORT) or wording.own_kind
        kind = kind or (FORMULATION if wording.numbered else None)
        return _Mention(name, name, site.quote.inner, kind, accepted=True)
    if wording.short:
        return _read_short(site, name)
    numbered = wording.numbered
    kind = _kind_after(site.window, _REACH_MARKED if wording.marked else _REACH_PLAIN)
    kind = kind or site.paragraph.kind_before(site.quote.start)
    if wording.of_people or wording.coverage:
        return None  # a label of a group of people (“一老一小”, “三无对象”), a slogan (“应保尽保”)
    formulation = _formulation_after(site.window)
    own_kind = wording.own_kind
    if wording.listed:  # an enumeration: a slogan unless counted, kinded or a formulation
        formulation = formulation or (wording.parallel and site.paragraph.names_tenet(site.quote.end))
        accepted = numbered or kind is not None or formulation
        own_kind = None  # the last item's word, not the list's (“兜底线、织密网、建机制”)
    else:
        accepted = (
            numbered
            or kind is not None
            or formulation
            or own_kind is not None
            or (site.window.startswith(_BUILT) and not name.endswith(_BUILT))
            or (len(name) <= _MAX_VERB_ONLY and not wording.holds_verb and site.verb_leads())
            or wording.titled
            or (_HAN.match(site.window) is not None and site.paragraph.spaced_title(*site.quote.inner))
        )
    kind = kind or own_kind
    if kind is None and (numbered or formulation):
        kind = FORMULATION
    return _Mention(name, name, site.quote.inner, kind, accepted)


@functools.lru_cache(maxsize=4096)  # the same few words follow name after name
def _formulation_after(window: str) -> bool:
    """Whether a formulation's head (重要思想, 总要求 …) opens what follows a name, past a word or two.

    >>> _formulation_after("重要思想"), _formulation_after("工程")
    (True, False)
    """
    return _FORMULATION_HEAD.match(window) is not None


def _labels_people(site: _Site, wording: _Wording) -> bool:
    """Whether the noun of people the quote stands before makes it a label (``“三无”人员``).

    A longer name before a phrase that goes on past the noun names what the phrase is about
    (``“为你而来 相伴成长”儿童关爱保护``).
    """
    return wording.short or wording.numbered or site.window in LABELLED


def _own_kind(name: str) -> str | None:
    """The kind a name states in its last word (``天津模式``, ``首问负责制``).

    >>> _own_kind("村务公开平台"), _own_kind("终身寻亲制"), _own_kind("模式"), _own_kind("筑牢防线")
    ('平台', '制度', None, None)
    """
    found = _KIND_AT_END.search(name)
    if found is not None:
        return found.group() if found.start() >= 2 else None  # noqa: PLR2004 (the kind word alone)
    if name.endswith("制") and len(name) >= _SHORT and not name.endswith(NOT_SYSTEMS):
        return "制度"
    return None


_WELL_KNOWN = {name: _own_kind(name) for name in WELL_KNOWN}
"""The well-known programmes, each with the kind its name ends in."""


def _read_short(site: _Site, name: str) -> _Mention:
    """A word of one to three characters: a label unless a kind follows it closely.

    Inside a noun phrase (``低保家庭财产“豁免”制度``) the phrase is part of the name; its
    mentions share the quoted word as their key, whatever region word leads the phrase.
    """
    paragraph, quote = site.paragraph, site.quote
    kind = _kind_after(site.window, _REACH_SHORT)
    head = next(filter(site.window.startswith, NAME_HEADS), None)
    start = paragraph.name_start(quote.start, _MAX_PREFIX)
    prefix = "" if start is None else _drop_region(paragraph.text[start : quote.start])
    if prefix.startswith(NOT_NAME_START):  # taken off one after the other, as the table orders them
        for word in NOT_NAME_START:
            prefix = prefix.removeprefix(word)
    if len(prefix) < 2:  # noqa: PLR2004 (a word)
        return _Mention(name, name, quote.inner, kind, accepted=kind is not None)
    core = name + (head or "")
    at = (quote.start - len(prefix), quote.end + len(head or ""))
    return _Mention("~" + core, prefix + core, at, kind, accepted=kind is not None or head is not None)


@functools.lru_cache(maxsize=4096)  # the same few words follow name after name
def _kind_after(window: str, reach: int) -> str | None:
    """The kind word of the noun after a name, if one starts within ``reach`` (past a leading 等).

    Of kind words that follow one another closely, the last is the noun's head.

    >>> _kind_after("改革创新试点", 8), _kind_after("主题教育活动", 8), _kind_after("工程,", 4)
    ('试点', '活动', '工程')
    """
    text = window.removeprefix("等")
    match = _KIND.search(text)
    if match is None or match.start() > reach:
        return None
    head = match
    while (following := _KIND.search(text, head.end(), head.end() + _HEAD_GAP + _LONGEST_KIND)) is not None:
        if following.start() > head.end() + _HEAD_GAP:
            break
        head = following
    return head.group()


# --- damaged quotes -------------------------------------------------------------------


def _read_stray(paragraph: _Paragraph, stray: _Stray) -> tuple[_Mention, str] | None:
    """A name beside a lost partner's quote mark, if the evidence there is strong, and a note on it."""
    roles = ("close", "open") if stray.role == "either" else (stray.role,)
    for role in roles:
        place = _stray_place(paragraph, stray.position, role)
        if place is None:
            continue
        name = _squash(paragraph.text[place[0] : place[1]])
        if not _valid_name(name) or _LEAD_VERB.match(name) or _KIND.match(name):
            continue
        numbered = is_numbered(name)
        short = _han_count(name) <= _SHORT and not numbered
        window = paragraph.window(place[1] + 1 if role == "close" else place[1])
        kind = _kind_after(window, _REACH_SHORT if short else _REACH_MARKED)
        if not (numbered or kind or (window.startswith(_BUILT) and not short)):
            continue
        kind = kind or (FORMULATION if numbered else None)
        mention = _Mention(name, name, place, kind, accepted=True)
        return mention, f"a quote mark by {name!r} was lost; the name was read from the surviving mark"
    return None


def _stray_place(paragraph: _Paragraph, position: int, role: str) -> _At | None:
    """Where the name beside a stray mark stands: before a closing mark, after an opening one."""
    if role == "close":
        start = paragraph.name_start(position, _MAX_DAMAGED)
        return (start, position) if start is not None and start < position else None
    end = paragraph.name_end(position + 1, _MAX_DAMAGED)
    return (position + 1, end) if end is not None and end > position + 1 else None


# --- unquoted names -------------------------------------------------------------------


def _read_unquoted(body: _Body, quoted: Spans, headings: list[_Mention]) -> Iterator[_Mention]:
    """Names written without quotes, each in its narrow shape (well-known names come later)."""
    yield from _titled(body, quoted)
    yield from headings
    yield from _proper_names(body, quoted)
    yield from _numbered(body, quoted)


def _proper_names(body: _Body, quoted: Spans) -> Iterator[_Mention]:
    """Two-character proper names of a 工程 or 行动 after a verb (``实施农村福利院冬暖工程``)."""
    text = body.text
    after_two_han = lambda start, _: _TWO_HAN.match(text, 0, start) is not None  # noqa: E731 (a condition)
    for kind_start, kind_end in _longest(body.words(), _KIND_WORD, where=after_two_han):
        start = kind_start - 2
        word = text[start:kind_start]
        if (
            word in _DESCRIPTORS
            or not _NOT_IN_PROPER_NAME.isdisjoint(word)
            or text[start - 1 : start] in _QUOTE_CHARS  # the kind of a quoted name: “微心愿”圆梦行动
        ):
            continue  # told by the words alone, as most kind words are: no paragraph looked up
        paragraph = body.paragraph_holding(kind_start, kind_end)
        if (
            paragraph is None
            or start < paragraph.start
            or quoted.holds(start)
            or not _proper_name_at(paragraph, start, kind_end)
            or not paragraph.verb_before(start)
        ):
            continue
        kind = text[kind_start:kind_end]
        yield _Mention(word + kind, word + kind, (start, kind_end), kind, accepted=True)


def _numbered(body: _Body, quoted: Spans) -> Iterator[_Mention]:
    """Unquoted formulations: before their head, named by a count, or numbered after a verb."""
    text = body.text
    for match, _ in body.matches(_PLAN_PERIOD.finditer(text)):
        if not quoted.holds(match.start()):
            yield _Mention(match.group(), match.group(), match.span(), FORMULATION, accepted=True)
    for match, _ in body.matches(_WORD_COUNT.finditer(text)):
        if not quoted.holds(match.start()):
            yield _Mention(match.group(), match.group(), match.span(), FORMULATION, accepted=True)
    for match, paragraph in body.matches(_COUNT_AFTER_LIST.finditer(text)):
        listed = _LIST_BEFORE.search(text, max(paragraph.start, match.start() - _LIST_REACH), match.start())
        if listed is None or listed.end() != match.start():
            continue
        parts, head = _LIST_MARK.split(listed.group()), match.group("head")
        if parse_count(match.group("count")) == len(parts) and all(p.endswith(head) for p in parts):
            name = match.group("name")
            yield _Mention(name, name, match.span("name"), FORMULATION, accepted=True)
    for match, paragraph in body.matches(_NUMBERED_FINDER.finditer(text, 0, len(text))):
        verb_floor = max(paragraph.start, match.start() - _LONGEST_VERB)
        led = match.group("head") is not None or _ANY_VERB_AT_END.search(text, verb_floor, match.start())
        if led and not quoted.holds(match.start()):
            yield _Mention(match.group(), match.group(), match.span(), FORMULATION, accepted=True)


def _proper_name_at(paragraph: _Paragraph, start: int, kind_end: int) -> bool:
    """Whether two characters at ``start`` and the kind after them may be a proper name.

    The name begins after a clause mark, a verb, a facility or a count (``开展敲门行动``,
    ``福利院冬暖工程``); anywhere else the two characters end a longer title (``城市更新行动``,
    ``国家投资建设的水利工程``). The kind ends the phrase: not a word that goes on
    (``工程师``) nor works counted (``供水工程500处``).
    """
    text = paragraph.text
    if _KIND_GOES_ON.match(text, kind_end, paragraph.end):
        return False
    before = text[start - 1 : start]
    return (
        start <= paragraph.start
        or before in _CLAUSE_STOPS
        or before in BEFORE_PROPER_NAME
        or _LAST_BACKSTOP.match(text, max(paragraph.start, start - _LONGEST_BACKSTOP), start) is not None
    )


def _well_known(body: _Body, named: Spans, places: Iterable[_At]) -> Iterator[_Mention]:
    """Well-known programmes written as plain words (``深化放管服改革``, ``“救急难工作``) at ``places``.

    Not inside ``named`` (a quotation or a title: a quoted name is read with its quotes; a
    heading that names a longer program), nor as one of a list of parallel phrases
    (``保基本、兜底线、救急难``), which is a slogan.
    """
    text = body.text
    for (start, end), paragraph in body.places(places):
        if named.overlaps(start, end) or _in_parallel_list(paragraph, start, end):
            continue
        name = text[start:end]
        kind = _WELL_KNOWN.get(name) or _kind_after(paragraph.window(end), 0)
        if kind is None and is_numbered(name):
            kind = FORMULATION
        yield _Mention(name, name, (start, end), kind, accepted=True)


def _in_parallel_list(paragraph: _Paragraph, start: int, end: int) -> bool:
    """Whether the phrase at ``[start, end)`` has a list neighbour of its length (``兜底线、救急难``)."""
    text = paragraph.text
    if text[end : end + 1] not in _LIST_ENDS and text[start - 1 : start] not in _LIST_ENDS:
        return False
    after = _ITEM_AFTER.match(paragraph.text, end, paragraph.end)
    before = _ITEM_BEFORE.match(paragraph.text, paragraph.start, start)
    return any(item is not None and len(item.group("item")) == end - start for item in (after, before))


def _headings(body: _Body, quoted: Spans, sections: tuple[Section, ...]) -> Iterator[_Mention]:
    """Section headings that are the name of a program by themselves: ``（一）困难人员救助工程``."""
    for section in itertools.chain.from_iterable(top.iter_sections() for top in sections):
        found = _HEADING_NAME.fullmatch(_squash(section.heading))
        if found is None:
            continue
        name, kind = found.group(), found.group("kind")
        words = name[: -len(kind)]
        if words in _DESCRIPTORS or words.endswith(WORKS) or _ANY_VERB.search(name):
            continue
        start = body.text.find(name, body.to_view(section.span.start), body.to_view(section.span.end))
        if start >= 0 and body.holds_range(start, start + len(name)) and not quoted.holds(start):
            yield _Mention(name, name, (start, start + len(name)), kind, accepted=True)


def _titled(body: _Body, quoted: Spans) -> Iterator[_Mention]:
    """Unquoted campaign titles: ``启动……专项行动``, ``巩固党史学习教育成果``."""
    for head_start, head_end in _longest(body.words(), _TITLED_HEAD):
        paragraph = None if quoted.holds(head_start) else body.paragraph_holding(head_start, head_end)
        if paragraph is None:
            continue
        start = paragraph.name_start(head_start, _MAX_TITLED_PREFIX)
        if start is None or (start > paragraph.start and paragraph.text[start - 1] in _QUOTE_CHARS):
            continue  # too long to be a title, or the kind of a quoted name
        head = paragraph.text[head_start:head_end]
        prefix = _drop_region(paragraph.text[start:head_start].rpartition("的")[2])
        if len(prefix) < 2 or any(word in prefix for word in FUNCTION_WORDS):  # noqa: PLR2004 (a word)
            continue
        name = prefix + head
        kind = "行动" if head.endswith("行动") else head
        yield _Mention(name, name, (head_end - len(name), head_end), kind, accepted=True)


# --- putting it together --------------------------------------------------------------


_Place = tuple[int, int, str, str | None, bool]
"""A mention inside the body as its start and end in the view, its name, kind and verdict.

A plain tuple of plain values: a long report has tens of thousands of mentions, and the
garbage collector stops tracking such tuples, where it would walk a class instance (and
its span) at every full collection for the rest of the parse.
"""


class _Mentions:
    """The mentions of a report inside the body, by key, each key in the order first met."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[_Place]] = {}

    def add(self, mention: _Mention) -> None:
        """Keep ``mention``: every reading finds its mentions inside one paragraph."""
        start, end = mention.at
        place = (start, end, mention.name, mention.kind, mention.accepted)
        self.by_key.setdefault(mention.key, []).append(place)

    def extend(self, mentions: Iterable[_Mention]) -> None:
        """Keep each of ``mentions`` (as :meth:`add` does, read in one loop)."""
        by_key = self.by_key
        for key, name, (start, end), kind, accepted in mentions:
            found = by_key.get(key)
            if found is None:
                by_key[key] = [(start, end, name, kind, accepted)]
            else:
                found.append((start, end, name, kind, accepted))


_Titled = list[tuple[regex.Match[str], _Paragraph]]
"""The titles in 《》 of the body, each with its paragraph."""


QUOTE_MARKS = 1000
"""The quote marks any document may hold, before :data:`BYTES_PER_QUOTE_MARK` adds more for its size."""

BYTES_PER_QUOTE_MARK = 64
"""Past :data:`QUOTE_MARKS`, one more quote mark read per this many bytes (UTF-8) of the text.

The densest report holds one quote mark per hundred bytes or so; a run of marks with
little or nothing between them (``“““…``, ``“A”“A”…``) is no prose, and a record per mark
would outgrow the text.
"""


def quote_budget(size: int) -> int:
    """The most quote marks read in a document of ``size`` bytes (UTF-8).

    >>> quote_budget(36), quote_budget(64_000)
    (1000, 2000)
    """
    return QUOTE_MARKS + size // BYTES_PER_QUOTE_MARK


def _quote_marks(body: _Body, skip: Sequence[_At], budget: int) -> tuple[array[int], Diagnostic | None]:
    """Where the view's quote marks outside ``skip`` stand, at most ``budget``, and a diagnostic past it.

    Past the budget the rest of the body is not read for quotations, and a
    ``program.too_many_quotes`` diagnostic says from where; the marks are kept in an array,
    not a list, since a list of them would outgrow the text before the budget stops it.
    """
    positions = array("q", _positions(body.text, _QUOTE_CHARS, skip, budget + 1))
    if len(positions) <= budget:
        return positions, None
    span = body.span(positions[budget], len(body.text))
    message = f"more quote marks than the budget of {budget} in this document; the rest is not read for names"
    return positions[:budget], Diagnostic("program.too_many_quotes", message, span)


def _read_mentions(
    body: _Body, sections: tuple[Section, ...], titles: _Titled, budget: int
) -> tuple[_Mentions, Spans, list[Diagnostic]]:
    """Every mention but those of well-known names, the stretches already named, and diagnostics.

    At most ``budget`` quote marks (:func:`quote_budget`) are read.
    """
    mentions = _Mentions()
    diagnostics: list[Diagnostic] = []
    closed = [match.span() for match, _ in titles]
    positions, stop = _quote_marks(body, closed, budget)  # titles are documents, not programs
    if stop is not None:
        diagnostics.append(stop)
    for paragraph, marks in body.marks(positions):
        quotes, strays = _pair_marks(body.text, marks)
        closed.extend((quote.start, quote.end) for quote in quotes)
        if quotes:
            mentions.extend(_read_quoted(body, paragraph, quotes))
        for stray in strays:
            found = _read_stray(paragraph, stray)
            if found is not None:
                mentions.add(found[0])
                mark = body.span(stray.position, stray.position + 1)
                diagnostics.append(Diagnostic("program.quote_lost", found[1], mark))
    quoted = Spans.of(closed)
    headings = list(_headings(body, quoted, sections))
    mentions.extend(_read_unquoted(body, quoted, headings))
    named = Spans.of([*closed, *(mention.at for mention in headings)]) if headings else quoted
    return mentions, named, diagnostics


_position = operator.itemgetter(0, 1)
"""Where a :data:`_Place` stands: its start and end."""
_kind = operator.itemgetter(3)
"""The kind read at a :data:`_Place`."""
_verdict = operator.itemgetter(4)
"""Whether the evidence at a :data:`_Place` makes a program."""


def _known_places(body: _Body) -> list[_At]:
    """Every place a well-known programme is written in the body's view, in text order.

    Overlapping places included; found by the body's one scan of its word tables
    (:meth:`_Body.words`).
    """
    return sorted((start, end) for start, end, tables in body.words() if tables & _KNOWN_NAME)


def _written(body: _Body, names: Iterable[str], known: list[_At]) -> dict[str, list[tuple[int, int]]]:
    """Every place each of ``names`` is written in the body's view, overlapping places included.

    Each name's places in text order; a well-known programme's are among the ``known``
    places (:func:`_known_places`), the report's own names are found by :func:`find_each`.
    """
    places: dict[str, list[tuple[int, int]]] = {}
    own: list[tuple[str, str]] = []
    for name in names:
        places[name] = []
        if name not in _WELL_KNOWN:
            own.append((name, name))
    text = body.text
    for start, end in known:
        found = places.get(text[start:end])
        if found is not None:
            found.append((start, end))
    for start, end, name in find_each(own, text):
        places[name].append((start, end))
    return places


def _written_out(key: str, name: str) -> bool:
    """Whether every further place a program's name is written is a mention of it."""
    return len(name) >= 3 and key == name  # noqa: PLR2004 (shorter names recur inside words)


def _accepted(mentions: _Mentions) -> tuple[dict[str, list[_Place]], set[str]]:
    """The mentions of each program by name, and the names whose every written place is a mention."""
    by_name: dict[str, list[_Place]] = {}  # a composed name may also be quoted whole
    accepted = _accepted_keys(mentions)
    for found in accepted.values():
        found.sort(key=_position)
        by_name.setdefault(found[0][2], []).extend(found)
    return by_name, _written_names(accepted)


def _accepted_keys(mentions: _Mentions) -> dict[str, list[_Place]]:
    """The mentions of each key where some mention's evidence makes a program, keys in order."""
    return {key: found for key, found in mentions.by_key.items() if any(map(_verdict, found))}


def _written_names(accepted: dict[str, list[_Place]]) -> set[str]:
    """The names whose every written place is a mention, of the ``accepted`` keys (:func:`_accepted_keys`).

    Those :func:`_written_out` holds for with the key of their first mention; a key's first
    mention is its first in text order (the first kept of those at one place).
    """
    first_key: dict[str, tuple[tuple[int, int], str]] = {}  # the key of each name's first mention
    for key, found in accepted.items():
        first = min(found, key=_position)
        name, at = first[2], _position(first)
        if name not in first_key or at < first_key[name][0]:
            first_key[name] = at, key
    return {name for name, (_, key) in first_key.items() if _written_out(key, name)}


def _programs(context: Context, body: _Body, mentions: _Mentions, named: Spans) -> tuple[Program, ...]:
    """One program per accepted name, with every mention, well-known names found on the way."""
    known = _known_places(body)
    mentions.extend(_well_known(body, named, known))
    by_name, written_out = _accepted(mentions)
    written = _written(body, written_out, known)
    taken = Spans.of(_position(place) for found in by_name.values() for place in found)
    for found in by_name.values():
        found.sort(key=_position)
    placed: dict[str, list[_At]] = {}
    for name, found in by_name.items():
        places = {_position(place) for place in found}
        if name in written_out:
            for place in written[name]:
                if place not in places and body.holds_range(*place) and not taken.overlaps(*place):
                    places.add(place)
        placed[name] = sorted(places)
    mapped = iter(body.spans([place for places in placed.values() for place in places]))  # one walk
    text, programs = context.text, []
    for name, found in by_name.items():
        spans = list(itertools.islice(mapped, len(placed[name])))
        span = spans[bisect.bisect_left(placed[name], _position(found[0]))]
        programs.append(
            Program(
                name=name,
                text=text[span.start : span.end],
                span=span,
                kind=next(filter(None, map(_kind, found)), None),
                section=context.section_at(span.start),
                year=context.year_at(span.start),
                mentions=tuple(spans),
            )
        )
    programs.sort(key=lambda program: (program.span.start, program.span.end))
    return tuple(programs)


# --- citations --------------------------------------------------------------------------


class _Cited(NamedTuple):
    """A citation found in the view, before its spans are mapped back."""

    at: _At
    title: str | None
    number: str | None
    damaged: _At | None
    """Where the number stands if it looks damaged."""


CITATIONS = 200
"""The citations any document may hold, before :data:`BYTES_PER_CITATION` adds more for its size."""

BYTES_PER_CITATION = 256
"""Past :data:`CITATIONS`, one more citation per this many bytes (UTF-8) of the text.

A report cites a few dozen documents at most; a run of document numbers with no words
between them (``民发〔2020民发〔2020…``) is no prose, and its citations would outgrow it.
"""


def citation_budget(size: int) -> int:
    """The most citations read in a document of ``size`` bytes (UTF-8).

    >>> citation_budget(36), citation_budget(256_000)
    (200, 1200)
    """
    return CITATIONS + size // BYTES_PER_CITATION


def _citations(body: _Body, titled: _Titled, budget: int) -> tuple[list[Citation], list[Diagnostic]]:
    """The documents the body cites, in text order, and the damaged numbers among them.

    Past ``budget`` (:func:`citation_budget`) the rest of the body is not read for
    citations, and a ``citation.too_many`` diagnostic says from where.
    """
    titles = list(itertools.islice(_titles(body, titled), budget + 1))
    numbers = itertools.islice(_numbers(body, [found.at for found in titles]), budget + 1)
    cited = sorted([*titles, *numbers], key=lambda found: found.at)
    stop: Diagnostic | None = None
    if len(cited) > budget:
        stop = _too_many_citations(body, cited[budget].at[0], budget)
        cited = cited[:budget]
    damaged = [found for found in cited if found.damaged is not None]
    places = [found.at for found in cited] + [found.damaged for found in damaged if found.damaged is not None]
    spans = body.spans(places)  # one walk through the view's map
    citations = [
        Citation(span=span, title=found.title, doc_number=found.number)
        for span, found in zip(spans, cited, strict=False)
    ]
    diagnostics = [
        _damaged_number(found.number or "", span)
        for found, span in zip(damaged, spans[len(cited) :], strict=True)
    ]
    if stop is not None:
        diagnostics.append(stop)
    return citations, diagnostics


def _too_many_citations(body: _Body, start: int, budget: int) -> Diagnostic:
    """``citation.too_many``: citations are not read from ``start`` of the body's view on."""
    span = body.span(start, len(body.text))
    message = f"more citations than the budget of {budget} in this document; the rest is not read for them"
    return Diagnostic("citation.too_many", message, span)


def _titles(body: _Body, titled: _Titled) -> Iterator[_Cited]:
    """Titles in 《》, each with the document number in parentheses after it."""
    text = body.text
    for match, paragraph in titled:
        end, number, damaged = match.end(), None, None
        after = _TITLE_NUMBER.match(text, end, paragraph.end)
        read = _doc_number(text, after.start("number"), after.end("number")) if after else None
        if after is not None and read is not None and read[0] == after.span("number"):
            end, number = after.end(), after.group("number")
            damaged = read[0] if read[1] else None
        yield _Cited((match.start(), end), match.group("title").strip(), number, damaged)


def _numbers(body: _Body, titled: list[_At]) -> Iterator[_Cited]:
    """Document numbers in running text: outside the ``titled`` stretches, not alone on their paragraph."""
    text = body.text
    starts = [start for start, _ in titled]  # in text order
    reach = list(itertools.accumulate((end for _, end in titled), max))  # farthest end so far
    for found in find_doc_numbers(text):
        start, end = found.span.start, found.span.end
        holder = body.paragraph_at(end - 1)
        if holder is None or start < holder.start:
            continue
        before = bisect.bisect_left(starts, end)  # the titles starting before the number ends
        if before and reach[before - 1] > start:
            continue
        if text[holder.start : holder.end].strip() == text[start:end]:
            continue  # the report's own number, alone on its paragraph under the title: metadata
        yield _Cited((start, end), None, found.text, (start, end) if found.damaged else None)


def _doc_number(text: str, start: int, end: int) -> tuple[_At, bool] | None:
    """Where the document number in ``text[start:end]`` stands, with whether it is damaged, or None."""
    found = next(find_doc_numbers(text, start, end), None)
    return None if found is None else ((found.span.start, found.span.end), found.damaged)


def _damaged_number(number: str, span: Span) -> Diagnostic:
    """The diagnostic for a document number that looks damaged."""
    message = f"document number {number!r} looks damaged (a bracket or 号 lost); kept as written"
    return Diagnostic("citation.damaged_number", message, span)


def _diagnostic_order(diagnostic: Diagnostic) -> tuple[int, str]:
    """Diagnostics in text order, those without a span first."""
    return (diagnostic.span.start if diagnostic.span else -1), diagnostic.code


def extract_programs(context: Context) -> ProgramFacts:
    """Programs (once each, with every mention) and citations in the body."""
    body = _Body(context)
    titles = list(body.matches(_TITLE.finditer(body.text)))  # documents, not programs
    size = context.document.utf8_size
    mentions, named, diagnostics = _read_mentions(body, context.sections, titles, quote_budget(size))
    citations, cited = _citations(body, titles, citation_budget(size))
    return ProgramFacts(
        programs=_programs(context, body, mentions, named),
        citations=tuple(citations),
        diagnostics=tuple(sorted((*diagnostics, *cited), key=_diagnostic_order)),
    )
