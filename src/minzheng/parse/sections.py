"""The section tree of a report: headings, levels, ordinals, phases; interview turns.

Headings are found by their numbering (``一、``, ``（一）``, ``1.``, ``（1）``, ``①``,
``第一部分``, ``第一章``, ``第一节``; a bare ``、`` or a masked ``X、`` where the ordinal
was lost) wherever a sentence may start: at the start of a line, after a sentence end,
a colon or a semicolon, after a space or a closing bracket, after a lead-in
(``现将…总结如下``), and, where a heading runs straight into its first child or its next
sibling, right after its words. Each place is graded by its evidence (:class:`_Evidence`):
a line start is strong, a place inside a sentence weak, and a line that continues a
sentence cut at the line before is weak too (document sites cut their pages so).

Candidates are then accepted by the company they keep: ordinals of one style that run in
order (a list may start mid-way only where an excerpt begins), nest consistently, and
have body text between them. Of two candidates for the same place in a sequence the
better placed wins; a style that restarts below a lone heading of its own style, or
below a list of headings with no text between them, shows that lone heading or that list
was no heading at all (a page counter, a table of contents); so does a lone heading
that holds a style usually ranked above its own. Newspaper sub-heads are short
unpunctuated lines between paragraphs. Levels come from the order in which the styles
first appear in each document, not from a fixed table: the first style seen is level 1,
a style not yet open nests under the current one, and a style already open closes
everything below it.

The heading of a numbered item is its first sentence (to ``。`` or ``：``), a short line
of its own, or, where it runs into its body with no mark, the words before the body
begins: the next heading, a space before a new sentence, an inline ``一是``, a date after
a heading noun (``临时救助工作1月初发放…``), the heading's own first words repeated.

Phases: a heading states ``review`` or ``plan`` by its wording (``2020年工作情况``,
``2021年工作思路``); a section that states none inherits its parent's. Where the whole
report is one phase (its title is a plan or a summary, or an untitled text reads as
one), top-level sections that state none take the report's phase.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from minzheng.model import Diagnostic, Phase, Section, Span, Turn
from minzheng.parse.layout import Frame, body_phase, heading_phase, title_phases
from minzheng.parse.structure_words import (
    ASKERS,
    CELL_BARS,
    CREDIT_WORDS,
    DATE_OPENERS,
    DOCUMENT_ENDINGS,
    ENUMERATORS,
    HEADING_NOUNS,
    LEAD_IN_ENDINGS,
    NOT_SPEAKERS,
    SENTENCE_VERBS,
    TIME_OPENERS,
)
from minzheng.text.clean import Lines, Zone
from minzheng.text.document import Document
from minzheng.text.numbers import MASK_LETTERS, parse_number
from minzheng.text.paragraphs import Join
from minzheng.text.segments import Break, ends, is_prose, marks
from minzheng.text.span import Spans
from minzheng.text.view import EDGE, INDENT, squeeze

__all__ = ["Outline", "Style", "parse_sections"]


class Style(enum.Enum):
    """A numbering style of headings."""

    PART = "第一部分"
    CHAPTER = "第一章"
    SECTION = "第一节"
    CHINESE = "一、"
    CHINESE_PAREN = "（一）"
    ARABIC = "1."
    ARABIC_PAREN = "（1）"
    CIRCLED = "①"
    SUBHEAD = "sub-head"


_RANK = {style: rank for rank, style in enumerate(Style)}
"""The usual order of the styles, outermost first.

A lone heading holding a style ranked above its own is none.
"""


class _Evidence(enum.IntEnum):
    """How well a place shows that a heading may begin there."""

    RUN_ON = 1
    """Right after a word inside a sentence, or on a line that continues a sentence cut at the line before."""
    INLINE = 2
    """Where a sentence may start inside a line: after a sentence end, colon or semicolon, a space, a
    closing bracket or a lead-in."""
    LINE = 3
    """At the start of a line."""


@attrs.frozen
class Outline:
    """A report's section tree and interview turns."""

    sections: tuple[Section, ...] = ()
    """Top-level sections."""
    turns: tuple[Turn, ...] = ()
    """Interview turns."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Lost ordinals and other doubts."""


_CN_NUMERALS = "一二三四五六七八九十百"
# What follows numerals listed with 、 when they count, not number headings: 一、二级, 一、二季度.
_COUNTED = "[、级类等档线号期批次]|季度|月|年级"
_GAP = INDENT  # the padding after a numbering (``一、 标题``): layout, read in the text
_WRAP_GAP = rf"{_GAP}(?:\n{_GAP})?"
"""Padding in or after a numbering, across the line break of a hard wrap (``（一⏎）``, ``2.⏎提高``).

A numbering is matched within its line, or past the line's end only where the text layer
joined the line to the next across a wrap at the page's width: only there can it meet a
line break.
"""

# --- patterns ------------------------------------------------------------------------

# A numbering and the spaces, stray dot or comma after it (一、.救助, （一）、完成), then words.
_NUMBERING = regex.compile(
    rf"""
    (?:
        第(?:(?P<part>[{_CN_NUMERALS}零〇\d]{{1,4}})(?:部分|篇)
            |(?P<chapter>[{_CN_NUMERALS}零〇\d]{{1,4}})章
            |(?P<section>[{_CN_NUMERALS}零〇\d]{{1,4}})节(?!课))[ \t\u3000、:：.．]*
      | (?P<cn>[{_CN_NUMERALS}]{{1,4}})(?P<cn_mark>[、．.])
        (?![{_CN_NUMERALS}]{{1,3}}(?:{_COUNTED})){_WRAP_GAP}(?:[.．]{_WRAP_GAP})?
      | (?P<lost>[{MASK_LETTERS}]{{0,2}})、(?![{_CN_NUMERALS}\d]){_WRAP_GAP}
      | [（(]{_WRAP_GAP}(?P<cnp>[{_CN_NUMERALS}]{{0,4}}){_WRAP_GAP}[）)]{_WRAP_GAP}(?:[、.．]{_WRAP_GAP})?
      | (?P<ar>\d{{1,2}})(?P<ar_mark>[.．、]){_WRAP_GAP}(?=\D|(?:19|20)\d\d{_WRAP_GAP}年)
      | [（(]{_WRAP_GAP}(?P<arp>\d{{1,2}}){_WRAP_GAP}[）)]{_WRAP_GAP}(?=\D)
      | (?P<circ>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]){_WRAP_GAP}
    )
    (?=[\p{{Han}}“「《"‘\d]|[{MASK_LETTERS}]{{1,4}}{_WRAP_GAP}年)
    """,
    regex.VERBOSE,
)
# Where a numbering may begin inside a line (a bare 、 only where a sentence starts). One
# scan of the standard library's engine over every body line: it finds these plain shapes
# several times faster than ``regex`` does.
_MARKER_START = re.compile(
    rf"第[{_CN_NUMERALS}零〇0-9]|(?<![{_CN_NUMERALS}])[{_CN_NUMERALS}]{{1,4}}[、．.]|[{MASK_LETTERS}]{{1,2}}、"
    rf"|[（(][ \t\u3000]*[{_CN_NUMERALS}0-9]{{0,4}}[ \t\u3000]*[）)]|(?<![0-9.．])[0-9]{{1,2}}[.．、]|[①-⑳]"
)
_STARTS_SENTENCE = marks(at_least=Break.COLON)
# Where a sentence may start inside a line and a numbering may follow: after a mark (a list
# mark too, for the items of inline lists), a closing bracket or a space; and after a
# lead-in's last word (现将…总结|一、). One scan of the standard library's engine finds the
# places of all kinds together, each with what must follow it; only a place after a space
# is looked at again (not after a digit: ``共2 3人``). Plain character classes, so that the
# engine skips the rest of a line fast.
_NUMBERING_FIRST = frozenset(f"第{_CN_NUMERALS}{MASK_LETTERS}（(0123456789") | frozenset(
    map(chr, range(ord("①"), ord("⑳") + 1))
)
"""The characters a numbering may begin with: the first of every branch of :data:`_MARKER_START`."""
_NUMBERING_CHARS = re.escape("".join(sorted(_NUMBERING_FIRST)))
_OPENS_LINE = _NUMBERING_FIRST | {"、"}
"""The characters a heading's numbering may begin with at a line's start, a bare 、 too."""
_SENTENCE_MARKS = f"{marks(at_least=Break.COLON)}）)]】」』”》"
"""What a sentence may start after, besides a space: a mark or a closing bracket."""
# What must follow a list mark for an item of an inline list to stand there: 2. or （二）.
_LISTED_ITEM = rf"[0-9]{{1,2}}[.．、]|[（(][0-9{_CN_NUMERALS}]{{1,3}}[）)]"
_AFTER_LEAD_IN = "|".join(f"(?<={re.escape(word)})" for word in LEAD_IN_ENDINGS)
"""Right after a lead-in's last word: where a numbering may follow it."""
_ITEM_MARKS = re.escape(marks(Break.LIST, Break.CLAUSE))
"""What an item of an inline list starts after."""
_LEAD_IN_LAST = "".join(sorted({word[-1] for word in LEAD_IN_ENDINGS}))
"""The last characters of the words that end a lead-in."""
_BEFORE_NUMBERING = re.compile(
    rf"[{_ITEM_MARKS}{re.escape(_SENTENCE_MARKS)} \t\u3000{_LEAD_IN_LAST}]"
    rf"(?=[{_NUMBERING_CHARS}])"
    rf"(?:(?<=[{_ITEM_MARKS}])(?={_LISTED_ITEM})|{_AFTER_LEAD_IN}"
    rf"|(?<=[{re.escape(_SENTENCE_MARKS)}])|(?<=[ \t\u3000])(?P<space>))"
)
"""A place where a sentence may start with a numbering right after; ``space`` where it is a space.

The mark or space first, so that the engine skips to it fast; then the numbering's first
character after it, which most marks lack; then what else must stand around it."""
_CLOSERS = "）)]】」』”》"
_OPENERS = "（([【「『“《"
# What ends a heading's first sentence: a sentence end or a colon, not a semicolon.
_HEADING_MARK = ends(Break.SENTENCE, Break.COLON)
# Marks that make numbered items one inline list when they stand right before the next item.
_LIST_MARKS = marks(Break.LIST, Break.CLAUSE, Break.PART)
_SPACES = regex.compile(r"[ \t\u3000\u2002\u2003]+")
_OPENS_AFTER_SPACE = regex.compile(r"(?P<year>[0-9]{4}年)|[0-9]{1,2}[.．、](?=\p{Han})")
"""A year or a list item's number (``1.具有``) that may open a sentence."""
_CLAUSE_MARK = regex.compile(f"[{regex.escape(marks(Break.LIST, Break.CLAUSE))}]")
"""A mark between clauses or list items (``,``, ``、``): prose, not a heading's words."""
_PROSE_RUN = 12
"""A year followed by this many characters before the first sentence ends opens prose."""
_TAKES_A_NUMBER = frozenset("到至为达由从于在共计约近是和与及第自截止")
"""Characters that end a word taking the number after it (``提高到 2025年``, ``截至 2024年``)."""
_LEAD_IN_OPENING = "现将"
"""The words a lead-in opens with."""
_LEAD_IN = regex.compile(
    rf"{_LEAD_IN_OPENING}[^{regex.escape(marks(at_least=Break.PART))}\n]{{0,40}}?(?:{'|'.join(LEAD_IN_ENDINGS)})$"
)
_LOST_END = regex.compile(
    r"^(?P<head>.{4,20}?(?:" + "|".join(HEADING_NOUNS) + "))(?=" + "|".join(SENTENCE_VERBS) + ")"
)
# Where a heading that runs into its body with no mark ends: an inline 一是, a date or a
# masked year after a heading noun, a phrase of time that opens a sentence, a date with its
# month or a year and 以来, an empty pair of quotes left by a scrubbed word. Read in the
# heading's squeezed view (``情况 2023 年`` reads ``情况2023年``).
_BODY_START = regex.compile(
    rf"(?<=\p{{Han}})[一二三四五六七八九十]是(?=\p{{Han}})"
    rf"|(?<=(?:{'|'.join(HEADING_NOUNS)}|任务|项目|情况))(?:\d{{1,4}}[年月]|[{MASK_LETTERS}]{{2,4}}年|今年|全年)"
    rf"|(?<=\p{{Han}})(?:(?:{'|'.join(TIME_OPENERS)}|\d{{4}}年以来)(?=[,，])|{'|'.join(DATE_OPENERS)}"
    rf"|\d{{4}}年\d{{1,2}}(?:-\d{{1,2}})?月)"
    r"|“”|\"\""
)
_BODY_START_CHARS = {"是", "年", "月", "“", '"', *(word[0] for word in (*TIME_OPENERS, *DATE_OPENERS))}
_BODY_START_HINT = re.compile(f"[{re.escape(''.join(sorted(_BODY_START_CHARS)))}]")
"""A character every match of :data:`_BODY_START` holds: where none stands, the view is not built."""
# A speaker and a colon, the speaker's post in parentheses allowed: 刘洋（县民政局局长）：.
# Read in the line's squeezed view.
_TURN = regex.compile(
    rf"{EDGE}(?P<speaker>[\p{{Han}}A-Za-z]{{1,6}})(?:[（(][^（）()\n]{{1,20}}[）)])?[:：](?=\S)"
)
_TURN_REACH = 6 + 22
"""The most characters other than spaces before a turn's colon: a speaker and a post in parentheses."""
# Marks a paper sets before its sub-heads (■ 多方合力建食堂); list bullets (•) are not among them.
_SUBHEAD_MARKS = "■□◆◇▲△★☆◎"
_SUBHEAD_FORBIDDEN = regex.compile(r"[·•●▪。、；;：:！!？?()（）【】\[\]|<>/\\%\d—\-_=+*#@~①-⑳]")
# The year a sub-head may begin with (2026年重点工作, XX年工作打算): its only digits.
_SUBHEAD_YEAR = regex.compile(rf"(?:\d{{4}}|[{MASK_LETTERS}]{{2,4}})年度?(?=\p{{Han}})")
# A lead-in after a sub-head: a clause that ends on a colon (重点抓好八个方面工作：).
_COLONS = regex.escape(marks(Break.COLON))
_LIST_LEAD_IN = regex.compile(rf"[^{_COLONS}\n]*\p{{Han}}[{_COLONS}]")
_LIST_LEAD_IN_LENGTH = 8
"""Characters from which a line ending on a colon is a lead-in, not a label (联系电话：)."""
# The phrases of a sub-head: words, quoted words, parted by a space or a comma.
_SUBHEAD_PHRASES = regex.compile(r"[ \t\u3000,，]+")
# An inline enumerator alone on its line: 一是, 二要, 首先.
_ENUMERATOR = regex.compile(rf"[{_CN_NUMERALS}]+[是要]|{'|'.join(ENUMERATORS)}")
_SENTENCE_END = ends(at_least=Break.COLON)
# The label of an attachment list; the titles listed under it are not headings.
_ATTACHMENTS = regex.compile(rf"附件\d*(?:[:：]|{EDGE}$)")
"""Read in the line's squeezed view: ``附 件 1 ：`` reads ``附件1：``."""
_HAN = regex.compile(r"\p{Han}")
_HAN_WORDS = 2
"""The Han characters a heading holds at least: it has words."""
_HAN_OPENING = 4
"""The Han characters of a heading's opening that its body repeats, and that stand before the body's words."""
# A line break a wrapped heading runs across, with the spaces around it.
_WRAP_BREAK = regex.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
# A row of a table flattened to text: cells parted by bars.
_TABLE_ROW = regex.compile(rf"[{CELL_BARS}][^\n]*[{CELL_BARS}]")
_CELL_BAR = re.compile(f"[{CELL_BARS}]")
"""A table's cell bar: no heading's words hold one."""

_MAX_HEADING = 200
"""The longest first sentence that is still a heading."""
_SHORT_HEADING = 30
"""A sentence end this close to the numbering ends the heading, whatever spaces stand before it."""
_STANDALONE_HEADING = 40
_LONG_HEADING = 30
_RUN_IN = 60
"""How far past a heading's numbering its first child or next sibling may run into it."""
_SUBHEAD_LENGTH = range(2, 25)
_SHORT_SUBHEAD = 16
_MIN_PHRASE = 4
_PLACE_ROUNDS = 4
"""How often placement is redone after it found candidates that were no headings."""


# --- candidates ----------------------------------------------------------------------


@attrs.frozen
class _Candidate:
    """A place where a heading may begin, with the numbering and the words read there."""

    style: Style
    number: str | None
    ordinal: int | None
    start: int
    marker_end: int
    """End of the numbering (``（二）``); ``start`` for a sub-head."""
    heading_end: int
    """Where the heading would end if no heading followed inside it."""
    evidence: _Evidence
    listed: bool = False
    """Whether a list mark (、，；) stands right before it."""
    comma: bool = False
    """Whether the numbering ends in 、 (一、, 1、, a bare 、): a lost ordinal takes such a style."""
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def lost(self) -> bool:
        """Whether the ordinal was lost or masked."""
        return self.number is None and self.style is not Style.SUBHEAD


@attrs.frozen
class _Placed:
    candidate: _Candidate
    level: int
    ordinal: int | None
    diagnostics: tuple[Diagnostic, ...]


@functools.lru_cache(maxsize=512)
def _ordinal(number: str) -> int | None:
    """The value of an ordinal as written (``十九``, ``3``), None when it is not a positive whole number.

    >>> _ordinal("十九"), _ordinal("3"), _ordinal("〇")
    (19, 3, None)
    """
    value = parse_number(number)
    if value is None or value <= 0 or value != value.to_integral_value():
        return None
    return int(value)


_GROUP = {name: number - 1 for name, number in _NUMBERING.groupindex.items()}
"""Where each named group of :data:`_NUMBERING` stands in a match's ``groups()``.

A match's groups are read once, as one tuple: read one by one by name they cost more
than the match itself.
"""

_GROUPS = (
    ("part", Style.PART),
    ("chapter", Style.CHAPTER),
    ("section", Style.SECTION),
    ("cn", Style.CHINESE),
    ("lost", Style.CHINESE),
    ("cnp", Style.CHINESE_PAREN),
    ("ar", Style.ARABIC),
    ("arp", Style.ARABIC_PAREN),
    ("circ", Style.CIRCLED),
)


_STYLE_GROUPS = tuple((_GROUP[group], group, style) for group, style in _GROUPS)
"""Each group of a numbering's number with where it stands in a match's groups, and its style."""


def _style_of(groups: Sequence[str | None]) -> tuple[Style, str | None, int | None]:
    """The style, number and ordinal of a numbering, from its match's ``groups()``."""
    for at, group, style in _STYLE_GROUPS:
        number = groups[at]
        if number is None:
            continue
        if group == "lost" or not number:
            return style, None, None
        if group == "circ":
            return style, number, ord(number) - ord("①") + 1
        return style, number, _ordinal(number)
    return Style.SUBHEAD, None, None  # pragma: no cover (the pattern has no other branch)


@functools.cache
def _han_run(count: int) -> regex.Pattern[str]:
    """A pattern that matches from a position to its ``count``-th Han character."""
    return regex.compile(rf"(?:\P{{Han}}*\p{{Han}}){{{count}}}")


def _holds_han(text: str, count: int, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds ``count`` Han characters or more; read to the last of them only.

    >>> _holds_han("1.加强", 2), _holds_han("1.加", 2), _holds_han("救助工作", 4, 1)
    (True, False, False)
    """
    return _han_run(count).match(text, start, len(text) if end is None else end) is not None


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _masked_digit(char: str) -> bool:
    return char.isdigit() or char in MASK_LETTERS


def _space_end(text: str, start: int, limit: int) -> int | None:
    """The first space in ``[start, limit)`` where a new sentence begins after the heading's words.

    Not a space next to a digit (``2024 年``, ``7992 元``), nor one before a scrap of a word
    that a line wrap cut off (``更有力 度``); but a space before a year or a list item's
    number (``资金来源 2025年…``, ``减免对象 1.具有…``) is where a line break was lost, unless a
    word before it takes the number (``提高到 2025年``).
    """
    for found in _SPACES.finditer(text, start, limit):
        begin, end = found.span()
        if begin == start or end >= limit:
            continue
        if text[end].isdigit() and _opens_after_space(text, begin, end, limit):
            return begin  # a date or a list item opens the text after the heading: 资金来源 2025年…
        if _masked_digit(text[begin - 1]) or text[end].isdigit() or text[end] in _CLOSERS:
            continue
        if text[begin - 1] in _CLOSERS and text[end] in _OPENERS:
            continue  # quoted names in a row: 兜牢“一弱” “暖心路”
        following = _SPACES.search(text, end, limit)
        mark = _HEADING_MARK.search(text, end, limit)
        scrap = min(x.start() for x in (following, mark) if x is not None) if following or mark else limit
        if scrap - end >= 2:  # noqa: PLR2004 (a word, not a wrapped-off character)
            return begin
    return None


def _opens_after_space(text: str, begin: int, end: int, limit: int) -> bool:
    """Whether the space at ``[begin, end)`` is a lost line break before a year or a list item.

    A list item's number says so by itself (``减免对象 1.具有…``); a year only where prose
    follows it, a clause mark or a long run before the heading's first sentence ends
    (``资金来源 2025年…资金为中央财政…,金额…``), not words of the heading (``完成 2024年目标任务``);
    and never after a
    word that takes the number (``提高到 2025年``, ``截至 2024年``).
    """
    found = _OPENS_AFTER_SPACE.match(text, end)
    if found is None or text[begin - 1] in _TAKES_A_NUMBER:
        return False
    if found["year"] is None:
        return True
    return _CLAUSE_MARK.search(text, found.end(), limit) is not None or limit - found.end() >= _PROSE_RUN


def _repeated_opening(text: str, start: int, end: int) -> int | None:
    """Where the heading's first words begin again right after a word (完成灾后重建任务完成灾后…)."""
    opening = text[start : start + 4]
    if not _holds_han(opening, _HAN_OPENING) or end - start < 2 * _HAN_OPENING:
        return None
    at = text.find(opening, start + 4, end)
    return at if at > 0 and _HAN.match(text, at - 1) else None


def _wraps(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""The line breaks inside ``text[start:end]``, for a view that reads across them.

    A heading's stretch runs past its line's end only where the text layer joined the
    line to the next across a hard wrap (``一、救灾救济工⏎作2023年夏季…``): its words
    are read as one, as the paragraph's readers read them.

    >>> _wraps("一、救灾救济工 \n  作", 0, 12)
    [(7, 11)]
    """
    if text.find("\n", start, end) < 0:
        return []
    return [match.span() for match in _WRAP_BREAK.finditer(text, start, end)]


def _heading_end(text: str, start: int, stop: int) -> int | None:
    """Where the heading that starts at ``start`` ends in the paragraph ending at ``stop``; None if too long.

    A short line of its own is a heading whole; else the words before a space where a
    sentence begins, else its first sentence; then cut before the body where the
    heading runs into it.
    """
    end = _trim(text, start, stop)
    limit = min(end, start + _MAX_HEADING)
    mark = _HEADING_MARK.search(text, start, limit)
    if mark is None and end - start <= _STANDALONE_HEADING:
        return end
    found = _space_end(text, start, mark.start() if mark else limit)
    if found is None:
        found = mark.start() if mark else (end if end - start <= _MAX_HEADING else None)
    if found is None:
        return None
    body, at = None, found
    if _BODY_START_HINT.search(text, start, found) is not None:  # most headings hold none
        view = squeeze(text, start, found, _wraps(text, start, found))
        body = _BODY_START.search(view.text)
        at = view.to_text(body.start(), body.start())[0] if body is not None else found
    if body is not None and _holds_han(text, _HAN_OPENING, start, at):  # words before it
        found = at
    repeat = _repeated_opening(text, start, found)
    return _trim(text, start, repeat if repeat is not None else found)


def _lost_end(text: str, start: int, end: int) -> tuple[int, Diagnostic | None]:
    """A long heading cut where its lost full stop stood: a heading noun, then a verb opening a sentence."""
    heading = text[start:end]
    if len(heading) <= _LONG_HEADING:
        return end, None
    lost = _LOST_END.match(heading)
    if lost is None:
        return end, None
    head = lost["head"]
    reason = f"heading ran into its text; read as {head!r} where the next sentence begins"
    return start + len(head), Diagnostic("section.heading_end_lost", reason, Span(start, start + len(head)))


def _evidence(text: str, line_start: int, position: int, *, cut: bool) -> tuple[_Evidence, bool]:
    """How well ``position`` shows a heading may begin there, and whether a list mark stands before it."""
    if position == line_start:
        return (_Evidence.RUN_ON if cut else _Evidence.LINE), False
    before = position
    while before > line_start and text[before - 1] in " \t\u3000\u2002\u2003":
        before -= 1
    previous = text[before - 1] if before > line_start else ""
    if previous in _LIST_MARKS:
        return _Evidence.RUN_ON, True
    spaced = before < position and not _masked_digit(previous)
    if (
        not previous
        or previous in _STARTS_SENTENCE
        or previous in _CLOSERS
        or spaced
        or _after_lead_in(text, max(line_start, before - 48), before)
    ):
        return _Evidence.INLINE, False
    return _Evidence.RUN_ON, False


def _after_lead_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a lead-in (现将…总结报告如下); its first word found first."""
    return text.find(_LEAD_IN_OPENING, start, end) >= 0 and _LEAD_IN.search(text, start, end) is not None


def _numbered(
    text: str, position: int, line: tuple[int, int], evidence: tuple[_Evidence, bool]
) -> _Candidate | None:
    """The numbered heading at ``position`` of ``line`` if the numbering and its words read as one."""
    line_start, line_end = line
    match = _NUMBERING.match(text, position, line_end)
    if match is None:
        return None
    groups = match.groups()
    style, number, ordinal = _style_of(groups)
    lost = groups[_GROUP["lost"]]
    strength, listed = evidence
    if number is None and strength < _Evidence.INLINE:
        return None  # a bare 、 inside a sentence is punctuation
    if lost is not None and position > line_start and text[position - 1] not in _STARTS_SENTENCE:
        return None
    end = _heading_end(text, match.end(), line_end)
    if end is None or not _holds_han(text, _HAN_WORDS, match.end(), end):
        return None
    if _CELL_BAR.search(text, match.end(), end):
        return None  # a table's stub run into its cells (``| 一、综合 | 个 | 653 |``): a row, not a heading
    comma = "、" in {groups[_GROUP["cn_mark"]], groups[_GROUP["ar_mark"]]} or lost is not None
    diagnostics: tuple[Diagnostic, ...] = ()
    if number is None:
        reason = "heading has lost its ordinal; numbered after its previous sibling"
        diagnostics = (Diagnostic("section.ordinal_lost", reason, Span(position, match.end())),)
    return _Candidate(
        style, number, ordinal, position, match.end(), end, strength, listed, comma, diagnostics
    )


def _leading(text: str, start: int, end: int) -> int:
    """Where the text of the line ``[start, end)`` begins after its indentation."""
    position = start
    while position < end and text[position].isspace():
        position += 1
    return position


def _phrases(line: str) -> list[str]:
    return [phrase for phrase in _SUBHEAD_PHRASES.split(line) if phrase]


def _is_subhead(line: str, titles: set[str]) -> bool:
    """Whether a line reads as a sub-head: short, unnumbered, unpunctuated but for spaces and a comma.

    A comma joins two phrases of about one length (明确经费分担比例，按统一标准据实报销);
    a line that ends on a mark, or holds more than one, is a piece of a sentence.
    """
    if len(line) not in _SUBHEAD_LENGTH or line[-1] in ",，":
        return False
    year = _SUBHEAD_YEAR.match(line)
    words = line[year.end() :] if year else line
    if _SUBHEAD_FORBIDDEN.search(words) or not _holds_han(words, _HAN_WORDS):
        return False  # a piece of a sentence, or no words: most short lines end here
    commas = sum(line.count(mark) for mark in ",，")
    phrases = _phrases(line)
    balanced = commas == 0 or (
        commas == 1 and len(phrases) == 2 and abs(len(phrases[0]) - len(phrases[1])) <= 1  # noqa: PLR2004 (a pair)
    )
    return (
        balanced
        and line not in titles
        and not _NUMBERING.match(line)
        and not any(word in line for word in CREDIT_WORDS)
        and (len(line) <= _SHORT_SUBHEAD or len(phrases) > 1)
        and not _ENUMERATOR.fullmatch(line)
        and not line.endswith(DOCUMENT_ENDINGS)
    )


def _opens_text(line: str) -> bool:
    """Whether a line after a sub-head begins its text: running text, or a lead-in to a list.

    >>> [_opens_text(line) for line in ("重点抓好八个方面工作：", "联系电话：", "兜底保障")]
    [True, False, False]
    """
    return is_prose(line) or (len(line) >= _LIST_LEAD_IN_LENGTH and _LIST_LEAD_IN.fullmatch(line) is not None)


def _couplet(line: str) -> bool:
    """Whether a sub-head is two or more phrases of four words or more: a headline, even alone."""
    phrases = _phrases(line)
    return len(phrases) > 1 and all(_holds_han(p, _MIN_PHRASE) for p in phrases)


def _too_long_for_subhead(text: str, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` is longer than a sub-head even without its spaces and mark.

    A cheap verdict on most lines, prose, before they are stripped and read.

    >>> _too_long_for_subhead("二〇二五年全市城乡低保标准统一提高到每人每月八百元以上", 0, 26)
    True
    >>> _too_long_for_subhead("■ " + "兜底" * 12, 0, 26)
    False
    """
    return (
        end - start >= _SUBHEAD_LENGTH.stop
        and not text[start].isspace()
        and not text[end - 1].isspace()
        and text[start] not in _SUBHEAD_MARKS
    )


def _subheads(text: str, body: Lines, frame: Frame) -> list[_Candidate]:
    """Short unpunctuated lines between paragraphs; kept only where a report has several, or one headline."""
    found: list[_Candidate] = []
    titles = set(frame.titles)
    starts, ends = body.starts, body.ends
    for index, (line_start, line_end) in enumerate(zip(starts, ends, strict=True)):
        if _too_long_for_subhead(text, line_start, line_end):
            continue
        stripped = text[line_start:line_end].strip()
        marked = bool(stripped) and stripped[0] in _SUBHEAD_MARKS
        if marked:
            stripped = stripped[1:].lstrip()
        if not _is_subhead(stripped, titles):
            continue
        following = text[starts[index + 1] : ends[index + 1]].strip() if index + 1 < len(body) else ""
        if not _opens_text(following) or following.startswith(("•", "·", "●", "▪")):
            continue
        if index > 0:
            previous = text[starts[index - 1] : ends[index - 1]].strip()
            if not is_prose(previous):
                continue
        start = _leading(text, line_start, line_end)
        heading_start = text.index(stripped, start) if marked else start
        end = heading_start + len(stripped)
        found.append(_Candidate(Style.SUBHEAD, None, None, start, heading_start, end, _Evidence.LINE))
    if len(found) == 1 and _couplet(text[found[0].marker_end : found[0].heading_end]):
        return found
    return found if len(found) >= 2 else []  # noqa: PLR2004 (a set of sub-heads, not a stray line)


def _attachment_lines(text: str, lines: Lines) -> set[int]:
    """Starts of the lines listing attached documents under a 附件 label, whatever its zone.

    ``附件：1.…要点`` / ``2.…分工表``: titles, not headings, up to the next sentence or
    the first heading of an attached text (``一、…``).
    """
    listed: set[int] = set()
    if not lines or "附" not in text[lines.starts[0] : lines.ends[-1]]:
        return listed
    in_list = False
    for line_start, end, zone in lines.rows():
        start = _leading(text, line_start, end)
        if text.startswith("附", start) and _ATTACHMENTS.match(squeeze(text, start, end).text):
            in_list = True
            listed.add(start)
            continue
        if not in_list or zone is Zone.BLANK:
            continue
        item = text[start:end]
        numbered = _NUMBERING.match(item)
        if (
            len(item) <= _STANDALONE_HEADING
            and not _SENTENCE_END.search(item)
            and (numbered is None or numbered["ar"] is not None)
        ):
            listed.add(start)
        else:
            in_list = False
    return listed


def _continues_cut_sentence(text: str, lines: Lines, start: int) -> bool:
    """Whether the body line at ``start`` goes on with a sentence the line before it left unfinished.

    A document site cuts its pages anywhere and numbers them at the next line's start
    (``城市特困⏎2、人员59人``): a numbering there is weak evidence of a heading.
    """
    index = bisect.bisect_right(lines.starts, start) - 1
    if index < 1 or lines.zone(index - 1) is not Zone.BODY:
        return False
    line = text[lines.starts[index - 1] : lines.ends[index - 1]].rstrip()
    return is_prose(line) and line[-1] not in _STARTS_SENTENCE and line[-1] not in _CLOSERS


def _sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where a sentence may start inside ``[start, end)`` with a numbering right after, in order.

    After a list mark only an item of an inline list counts (``，2.``, ``、（三）``); after
    the last character of a lead-in word only the whole word (``现总结如下一、``), with
    the numbering right after it; after any other mark or a space, a numbering past spaces,
    but not a space after a digit (``共2 3人``).

    >>> text = "一是保障。二是救助，2.加强、（二）共2 3人，现报告如下一、"
    >>> [text[position : position + 2] for position in _sentence_starts(text, 0, len(text) - 1)]
    ['二是', '2.', '（二', '一、']
    """
    return [
        match.end()
        for match in _BEFORE_NUMBERING.finditer(text, start, end)
        if match.lastgroup is None or not _masked_digit(text[match.start() - 1])
    ]


def _line_candidates(  # noqa: PLR0913 (the line, its places and where its paragraph goes on)
    text: str, start: int, inside: list[int], noise: Spans, *, cut: bool, stop: int
) -> list[_Candidate]:
    """The candidates of the body line at ``start``, given the places ``inside`` it where sentences may start.

    Tried at the line's start and at those places; and, since a heading's first child or
    next sibling may run straight into its words, at every numbering inside the words of
    each candidate found. A heading may go on to ``stop``, past the line's end where the
    line was wrapped at the page's width.
    """
    positions = [start, *inside]
    found: dict[int, _Candidate] = {}
    while positions:
        position = positions.pop()
        if position in found or position >= stop or noise.holds(position):
            continue
        if not _MARKER_START.match(text, position) and (position != start or text[position] != "、"):
            continue  # no numbering starts here: a cheap look before the full pattern
        evidence = _evidence(text, start, position, cut=cut and position == start)
        candidate = _numbered(text, position, (start, stop), evidence)
        if candidate is None:
            continue
        found[position] = candidate
        words_end = min(candidate.heading_end, candidate.marker_end + _RUN_IN + 1)
        positions.extend(m.start() for m in _MARKER_START.finditer(text, candidate.marker_end, words_end))
    return [found[position] for position in sorted(found)]


HEADINGS = 500
"""The numbered headings any document may hold, before :data:`BYTES_PER_HEADING` adds more for its size."""

BYTES_PER_HEADING = 256
"""Past :data:`HEADINGS`, one more numbered heading read per this many bytes (UTF-8) of the text.

A report holds a few dozen numbered headings (the most in the corpora is 41); a run of
numbered lines with hardly a word between them (``一、标题`` a line) is no report, and a
record per heading would outgrow the text.
"""


def heading_budget(size: int) -> int:
    """The most numbered headings read in a document of ``size`` bytes (UTF-8).

    >>> heading_budget(36), heading_budget(256_000)
    (500, 1500)
    """
    return HEADINGS + size // BYTES_PER_HEADING


def _candidates(
    document: Document, body: Lines, skipped: set[int], lines: Lines
) -> tuple[list[_Candidate], Diagnostic | None]:
    """Numbered headings wherever a sentence may start in the body, outside noise.

    The places where a sentence may start are found in one scan of the whole body and
    handed to their lines; a line with none, and no numbering at its start, is passed over.
    Past :func:`heading_budget` the lines from the one that goes over it are not read for
    headings, and a ``section.too_many_headings`` diagnostic says from where.
    """
    text, noise = document.text, document.noise
    if not body:
        return [], None
    budget = heading_budget(document.utf8_size)
    inside_line = _by_line(body, _sentence_starts(text, body.starts[0], body.ends[-1]))
    found: list[_Candidate] = []
    for index, (line_start, end) in enumerate(zip(body.starts, body.ends, strict=True)):
        inside = inside_line.get(index, ())
        start = _leading(text, line_start, end) if text[line_start].isspace() else line_start
        opens = _opens_line(text, start, end)
        if not inside and not opens:
            continue
        if start in skipped or start >= end or _TABLE_ROW.match(text, start, end):
            continue  # the stub of a table row (| 一、综合 | ||||) heads figures, not text
        line = _line_candidates(
            text,
            start,
            [p for p in inside if p > start],
            noise,
            cut=opens and _continues_cut_sentence(text, lines, start),
            stop=_wrapped_end(document, body, end),
        )
        if len(found) + len(line) > budget:  # a line is read whole or not at all
            return _first_each(found), _too_many_headings(line_start, body.ends[-1], budget)
        found.extend(line)
    return _first_each(found), None


def _by_line(lines: Lines, positions: list[int]) -> dict[int, list[int]]:
    """The ``positions`` (in order) that stand inside a line past its first character, by the line's index."""
    grouped: dict[int, list[int]] = {}
    starts, ends = lines.starts, lines.ends
    for position in positions:
        index = bisect.bisect_left(starts, position) - 1
        if index >= 0 and position < ends[index]:
            grouped.setdefault(index, []).append(position)
    return grouped


def _opens_line(text: str, start: int, end: int) -> bool:
    """Whether a numbering (or a bare 、) begins at ``start``, the first written character of a line.

    A look at the first character passes over most lines, prose, before the pattern runs.
    """
    if start >= end or text[start] not in _OPENS_LINE:
        return False
    return text[start] == "、" or _MARKER_START.match(text, start) is not None


def _first_each(found: list[_Candidate]) -> list[_Candidate]:
    """``found`` with the first candidate read at each place only."""
    return list({c.start: c for c in reversed(found)}.values())[::-1]


def _too_many_headings(start: int, end: int, budget: int) -> Diagnostic:
    """``section.too_many_headings``: the body is not read for headings from ``start`` to ``end``."""
    message = f"more numbered headings than the budget of {budget} in this document; the rest is not read"
    return Diagnostic("section.too_many_headings", message, Span(start, end))


def _wrapped_end(document: Document, body: Lines, end: int) -> int:
    """Where the text of a line ending at ``end`` goes on to: past every wrap at the page's width."""
    joins = document.joins
    while True:
        index = joins.at(end)
        if index < 0 or joins.tag(index) != Join.WRAP:
            return end
        following = bisect.bisect_left(body.starts, joins.ends[index])
        if following >= len(body):
            return end
        end = body.ends[following]


# --- levels --------------------------------------------------------------------------


def _compete(candidates: list[_Candidate]) -> list[_Candidate]:
    """Of two candidates in a row for the same place in a sequence (same style and ordinal), the better one.

    A page counter (``2、人员59人``) and the item it stands near (``2.社会救助水平稳步提高``)
    both claim the second place: the one with the stronger evidence keeps it.
    """
    kept: list[_Candidate] = []
    for candidate in candidates:
        last = kept[-1] if kept else None
        if (
            last is not None
            and candidate.ordinal is not None
            and (last.style, last.ordinal) == (candidate.style, candidate.ordinal)
        ):
            if candidate.evidence > last.evidence:
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return kept


@attrs.define
class _Stack:
    """The open styles, outermost first, with what each level has placed so far."""

    styles: list[Style] = attrs.field(factory=list)
    last: list[int | None] = attrs.field(factory=list)
    """The last ordinal placed at each level."""
    runs: list[list[int]] = attrs.field(factory=list)
    """The indexes (into the candidates) of the siblings placed at each level."""
    last_of_style: dict[Style, int] = attrs.field(factory=dict)

    def close_below(self, level: int) -> None:
        """Close every level deeper than ``level``."""
        del self.styles[level:]
        del self.last[level:]
        del self.runs[level:]

    def open(self, style: Style) -> int:
        """Open ``style`` one level deeper; its level."""
        self.styles.append(style)
        self.last.append(None)
        self.runs.append([])
        return len(self.styles)

    def place(self, level: int, index: int, style: Style, ordinal: int | None) -> None:
        """Record that candidate ``index`` stands at ``level`` with ``ordinal``."""
        self.last[level - 1] = ordinal
        self.runs[level - 1].append(index)
        if ordinal is not None:
            self.last_of_style[style] = ordinal


def _running(text: str, placed: list[_Placed], candidate: _Candidate) -> bool:
    """Whether ``candidate`` stands inside the words of the heading placed last, close to its numbering."""
    if not placed:
        return False
    last = placed[-1].candidate
    return (
        last.marker_end <= candidate.start < last.heading_end
        and candidate.start - last.marker_end <= _RUN_IN
        and _HEADING_MARK.search(text, last.marker_end, candidate.start) is None
    )


def _same_sentence(text: str, start: int, end: int) -> bool:
    return ends(at_least=Break.SENTENCE).search(text, start, end) is None and "\n" not in text[start:end]


def _adopted(candidates: list[_Candidate], index: int) -> tuple[Style, int | None]:
    """The style and next ordinal a lost ordinal takes: that of the next numbering written with 、."""
    for following in candidates[index + 1 :]:
        if following.comma and following.number is not None and following.evidence >= _Evidence.INLINE:
            return following.style, following.ordinal
    return Style.CHINESE, None


def _style_placed(candidates: list[_Candidate], index: int) -> Style:
    """The style a candidate is placed in: its own, or for a lost 、 the style it adopts."""
    candidate = candidates[index]
    return _adopted(candidates, index)[0] if candidate.lost and candidate.comma else candidate.style


@attrs.frozen
class _Step:
    """Where a candidate goes: its level, ordinal and notes; or candidates found to be no headings."""

    level: int = 0
    ordinal: int | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    drops: tuple[int, ...] = ()


def _sibling(  # noqa: PLR0911 (one return per way a sibling is judged)
    text: str, candidates: list[_Candidate], index: int, stack: _Stack, level: int
) -> _Step | None:
    """The step of a candidate whose style is open at ``level``, None where it is not a heading there."""
    candidate = candidates[index]
    previous = stack.last[level - 1]
    run = stack.runs[level - 1]
    if candidate.ordinal is None:
        ordinal = None if candidate.style is Style.SUBHEAD else (previous or 0) + 1
        return _Step(level, ordinal, candidate.diagnostics)
    if previous is not None and candidate.ordinal <= previous:
        lone = len(run) == 1 and candidate.ordinal == 1 and len(stack.styles) > level
        listed = len(run) > 1 and all(
            not text[candidates[a].heading_end : candidates[b].start].strip()
            for a, b in itertools.pairwise(run)
        )
        if lone or listed:
            return _Step(
                drops=tuple(run)
            )  # a page counter or a table of contents: the restart is the heading
        return None  # a list restarting inside a section, not a sibling heading
    if candidate.listed:
        if run and _same_sentence(text, candidates[run[-1]].start, candidate.start):
            return _Step(drops=(run[-1],))  # items of an inline list: 包括：1.低保对象；2.特困人员
        return None
    diagnostics = candidate.diagnostics
    if previous is not None and candidate.ordinal > previous + 1:
        if candidate.evidence < _Evidence.INLINE:
            return None
        reason = f"heading {candidate.number} follows {previous}: headings between may be lost"
        diagnostics += (
            Diagnostic("section.ordinal_gap", reason, Span(candidate.start, candidate.marker_end)),
        )
    return _Step(level, candidate.ordinal, diagnostics)


def _midway(candidates: list[_Candidate], index: int) -> bool:
    """Whether a first heading numbered past one starts a run (``6、…7、…``): an excerpt begun mid-way."""
    candidate = candidates[index]
    return candidate.evidence >= _Evidence.INLINE and any(
        c.style is candidate.style
        and c.ordinal == (candidate.ordinal or 0) + 1
        and c.evidence >= _Evidence.INLINE
        for c in candidates[index + 1 :]
    )


def _has_child(candidates: list[_Candidate], index: int) -> bool:
    """Whether the next candidate opens another style at its first ordinal, as a first child does."""
    following = candidates[index + 1] if index + 1 < len(candidates) else None
    return following is not None and following.ordinal == 1 and following.style is not candidates[index].style


def _nested(
    candidates: list[_Candidate], index: int, stack: _Stack, *, first: bool, running: bool
) -> _Step | None:
    """The step of a candidate whose style is not open: a new level, None where it is not a heading."""
    candidate = candidates[index]
    style, ordinal = candidate.style, candidate.ordinal
    if candidate.lost and candidate.evidence < _Evidence.INLINE:
        return None
    if candidate.lost:
        following = _adopted(candidates, index)[1] if candidate.comma else None
        if following is None and not _has_child(candidates, index):
            return None  # a lost ordinal keeps its level only in company: siblings, or children
        ordinal = following - 1 if following and following > 1 else stack.last_of_style.get(style, 0) + 1
    elif ordinal is None and style is not Style.SUBHEAD:
        ordinal = stack.last_of_style.get(style, 0) + 1
    elif (
        ordinal is not None
        and ordinal not in {1, stack.last_of_style.get(style, 0) + 1}
        and not (first and _midway(candidates, index))
    ):
        return None  # a deeper list must start at one, run on from before, or begin an excerpt
    if candidate.evidence is _Evidence.RUN_ON and not (running and style is not Style.CHINESE):
        return None
    return _Step(len(stack.styles) + 1, ordinal, candidate.diagnostics)


def _step(
    text: str, candidates: list[_Candidate], index: int, stack: _Stack, placed: list[_Placed]
) -> _Step | None:
    """Where candidate ``index`` goes given what is placed, None where it is not a heading."""
    candidate = candidates[index]
    style = _style_placed(candidates, index)
    running = _running(text, placed, candidate)
    if style in stack.styles:
        level = stack.styles.index(style) + 1
        if candidate.evidence is _Evidence.RUN_ON and not running and not candidate.listed:
            return None
        return _sibling(text, candidates, index, stack, level)
    return _nested(candidates, index, stack, first=not placed, running=running)


def _place_once(text: str, candidates: list[_Candidate], dropped: set[int]) -> tuple[list[_Placed], set[int]]:
    """Levels by order of appearance; numbering that does not run on is not a heading.

    Also gives the candidates found to be no headings once later ones were seen.
    """
    stack = _Stack()
    placed: list[_Placed] = []
    drops: set[int] = set()
    for index, candidate in enumerate(candidates):
        if index in dropped:
            continue
        step = _step(text, candidates, index, stack, placed)
        if step is None:
            continue
        if step.drops:
            drops.update(step.drops)
            continue
        style = _style_placed(candidates, index)
        if step.level > len(stack.styles):
            stack.open(style)
        else:
            stack.close_below(step.level)
        stack.place(step.level, index, style, step.ordinal)
        placed.append(_Placed(candidate, step.level, step.ordinal, step.diagnostics))
    return placed, drops | _inverted(candidates, placed)


def _inverted(candidates: list[_Candidate], placed: list[_Placed]) -> set[int]:
    """Lone headings that hold a style usually ranked above their own (``1、标题`` over ``一、…``).

    A page counter before a document's title looks so; a real first-level ``1.`` has siblings.
    """
    index_of = {id(c): i for i, c in enumerate(candidates)}
    parents: list[int] = []
    open_items: list[int] = []
    for position, item in enumerate(placed):
        while open_items and placed[open_items[-1]].level >= item.level:
            open_items.pop()
        parents.append(open_items[-1] if open_items else -1)
        open_items.append(position)
    runs = Counter((parents[p], item.level, item.candidate.style) for p, item in enumerate(placed))
    drops: set[int] = set()
    for position, item in enumerate(placed[:-1]):
        style = item.candidate.style
        child = placed[position + 1]
        if (
            style is not Style.SUBHEAD
            and runs[(parents[position], item.level, style)] == 1
            and child.level == item.level + 1
            and _RANK[child.candidate.style] < _RANK[style]
        ):
            drops.add(index_of[id(item.candidate)])
    return drops


def _place(text: str, candidates: list[_Candidate]) -> list[_Placed]:
    """Placement, redone without the candidates each round showed to be no headings."""
    candidates = _compete(candidates)
    dropped: set[int] = set()
    placed: list[_Placed] = []
    for _ in range(_PLACE_ROUNDS):
        placed, drops = _place_once(text, candidates, dropped)
        if drops <= dropped:
            break
        dropped |= drops
    return placed


def _cut(text: str, placed: list[_Placed]) -> list[_Placed]:
    """Each heading cut where the next heading runs into it, or where its lost full stop stood."""
    result: list[_Placed] = []
    for index, item in enumerate(placed):
        candidate = item.candidate
        end = candidate.heading_end
        following = placed[index + 1].candidate.start if index + 1 < len(placed) else None
        if following is not None and candidate.marker_end <= following < end:
            end = _trim(text, candidate.marker_end, following)
        diagnostics = item.diagnostics
        if candidate.style is not Style.SUBHEAD:
            end, lost = _lost_end(text, candidate.marker_end, end)
            if lost is not None:
                diagnostics = (*diagnostics, lost)
        if end == candidate.heading_end and diagnostics is item.diagnostics:
            result.append(item)  # most headings: nothing to cut
        else:
            cut = attrs.evolve(candidate, heading_end=end)
            result.append(attrs.evolve(item, candidate=cut, diagnostics=diagnostics))
    return result


def _heading(text: str, candidate: _Candidate) -> str:
    """The heading's words, without the spaces and the list or clause mark a line may end on.

    A heading wrapped at the page's width is read across the line break.
    """
    words = _WRAP_BREAK.sub("", text[candidate.marker_end : candidate.heading_end])
    return words.strip().rstrip(_LIST_MARKS).rstrip()


def _ends(text: str, placed: Sequence[_Placed], body_end: int) -> list[int]:
    """Where each section ends: at the next heading of its level or higher, else the body's end."""
    ends = [body_end] * len(placed)
    open_sections: list[int] = []
    for index, item in enumerate(placed):
        while open_sections and placed[open_sections[-1]].level >= item.level:
            ends[open_sections.pop()] = item.candidate.start
        open_sections.append(index)
    return [
        _trim(text, item.candidate.start, max(end, item.candidate.start))
        for item, end in zip(placed, ends, strict=True)
    ]


def _tree(text: str, placed: Sequence[_Placed], body_end: int) -> tuple[Section, ...]:
    ends = _ends(text, placed, body_end)

    def build(first: int, stop: int, level: int, inherited: Phase | None) -> tuple[Section, ...]:
        sections = []
        index = first
        while index < stop:
            item = placed[index]
            after = index + 1
            while after < stop and placed[after].level > level:
                after += 1
            heading = _heading(text, item.candidate)
            phase = heading_phase(heading) or inherited
            section = Section(
                level=level,
                number=item.candidate.number,
                ordinal=item.ordinal,
                heading=heading,
                phase=phase,
                span=Span(item.candidate.start, ends[index]),
                children=build(index + 1, after, level + 1, phase),
            )
            sections.append(section)
            index = after
        return tuple(sections)

    return build(0, len(placed), 1, None)


# --- turns ---------------------------------------------------------------------------


def _first_colon(text: str, start: int, end: int) -> int:
    """Where the first colon of ``text[start:end]`` stands, half or full width; -1 if none.

    >>> _first_colon("刘洋（局长）：好", 0, 8), _first_colon("好", 0, 1)
    (6, -1)
    """
    half, full = text.find(":", start, end), text.find("：", start, end)
    return full if half < 0 else half if full < 0 else min(half, full)


def _written(text: str, start: int, end: int) -> int:
    """How many characters of ``text[start:end]`` are no space or tab.

    >>> _written("王 明：", 0, 3)
    2
    """
    return end - start - text.count(" ", start, end) - text.count("\t", start, end)


def _turns(text: str, body: Lines, body_end: int) -> tuple[Turn, ...]:
    """Interview turns: an asker's line and the replies of whoever answers."""
    openers: list[tuple[str, int]] = []
    for start, end in zip(body.starts, body.ends, strict=True):
        colon = _first_colon(text, start, end)
        if colon < 0 or _written(text, start, colon) > _TURN_REACH:
            continue  # no speaker's colon: the line is not squeezed
        view = squeeze(text, start, end)
        match = _TURN.match(view.text)
        if match and match["speaker"] not in NOT_SPEAKERS:
            openers.append((match["speaker"], view.to_text(*match.span("speaker"))[0]))
    if not any(speaker in ASKERS for speaker, _ in openers):
        return ()
    answerers = {
        speaker
        for (asker, _), (speaker, _) in itertools.pairwise(openers)
        if asker in ASKERS and speaker not in ASKERS
    }
    kept = [(s, p) for s, p in openers if s in ASKERS or s in answerers]
    if len(kept) < 2:  # noqa: PLR2004 (a question and an answer)
        return ()
    turns = []
    for index, (speaker, start) in enumerate(kept):
        end = kept[index + 1][1] if index + 1 < len(kept) else max(body_end, start)
        turns.append(Turn(speaker, Span(start, _trim(text, start, end))))
    return tuple(turns)


# --- entry point ---------------------------------------------------------------------


def _report_phase(
    text: str, frame: Frame, sections: tuple[Section, ...], start: int, end: int
) -> Phase | None:
    """The phase of the whole report where it is one: from its title, else from its text."""
    phases = title_phases(frame.title)
    if len(phases) == 1:
        return next(iter(phases))
    if phases or frame.title or any(s.phase for s in sections):
        return None
    return body_phase(text, start, end)


def _with_default(sections: tuple[Section, ...], default: Phase) -> tuple[Section, ...]:
    def fill(section: Section, phase: Phase) -> Section:
        own = section.phase or phase
        return attrs.evolve(section, phase=own, children=tuple(fill(c, own) for c in section.children))

    return tuple(fill(s, default) if s.phase is None else s for s in sections)


def parse_sections(document: Document, frame: Frame) -> Outline:
    """Find the headings of a report's body (after the ``frame``'s header), nest them; find turns."""
    text = document.text
    after = document.lines.from_position(frame.body_start)
    body = document.body.from_position(frame.body_start)  # the document's body lines, built once
    if not body:
        return Outline()
    body_end = _trim(text, body.starts[0], body.ends[-1])
    turns = _turns(text, body, body_end)
    skipped = {t.span.start for t in turns} | _attachment_lines(text, after)
    titles = set(frame.titles)
    found, stop = _candidates(document, body, skipped, after)
    numbered = [candidate for candidate in found if _heading(text, candidate) not in titles]
    candidates = sorted([*numbered, *_subheads(text, body, frame)], key=lambda c: c.start)
    placed = _cut(text, _place(text, candidates))
    if placed and frame.signature is not None and frame.signature.start > placed[-1].candidate.start:
        body_end = min(body_end, frame.signature.start)
    sections = _tree(text, placed, body_end)
    default = _report_phase(text, frame, sections, body.starts[0], body_end)
    if default is not None:
        sections = _with_default(sections, default)
    diagnostics = [d for item in placed for d in item.diagnostics]
    if stop is not None:
        diagnostics.append(stop)
    return Outline(sections, turns, tuple(diagnostics))
