"""The one segmentation of a report's body: paragraphs, sentences, parts and clauses.

Every stage that needs to know where a sentence or a clause ends asks here, so that the
sentence a money amount was read in is the sentence a query shows, and a heading ends
where a sentence would. The marks are one table, :data:`MARKS`, each with the strength
of the break it makes (:class:`Break`): a sentence ends at ``。！？``, a part of it at
``；``, a clause at ``，`` or ``：``, a list item at ``、``. A line break ends a paragraph.

>>> [piece for piece in cut("救助1万元；发放2万元。其余", 0, 14, Break.PART)]
[(0, 6), (6, 12), (12, 14)]
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator

import attrs
import regex

from minzheng.text.span import Span, Spans

__all__ = [
    "MARKS",
    "Break",
    "Segments",
    "cut",
    "ends",
    "is_prose",
    "marks",
    "sentence_around",
]


class Break(enum.IntEnum):
    """How strongly a punctuation mark divides text, weakest first."""

    LIST = 1
    """Between the items of a list: ``、``."""
    CLAUSE = 2
    """Between clauses: ``，``."""
    COLON = 3
    """Before what a clause introduces: ``：``."""
    PART = 4
    """Between the parts of a sentence: ``；``."""
    SENTENCE = 5
    """At the end of a sentence: ``。！？``."""


MARKS: dict[str, Break] = {
    "、": Break.LIST,
    "，": Break.CLAUSE,
    ",": Break.CLAUSE,
    "：": Break.COLON,
    ":": Break.COLON,
    "；": Break.PART,
    ";": Break.PART,
    "。": Break.SENTENCE,
    "！": Break.SENTENCE,
    "？": Break.SENTENCE,
    "!": Break.SENTENCE,
    "?": Break.SENTENCE,
}
"""Every mark that divides running text, with the strength of the break it makes."""


@functools.cache
def marks(*levels: Break, at_least: Break | None = None) -> str:
    """The marks of the given strengths (and of every strength from ``at_least`` up), in table order.

    >>> marks(at_least=Break.PART)
    '；;。！？!?'
    >>> marks(Break.SENTENCE, Break.PART, Break.CLAUSE)
    '，,；;。！？!?'
    """
    return "".join(
        mark
        for mark, level in MARKS.items()
        if level in levels or (at_least is not None and level >= at_least)
    )


@functools.cache
def ends(*levels: Break, at_least: Break | None = None) -> regex.Pattern[str]:
    """A pattern for one mark of :func:`marks` with the same arguments."""
    return regex.compile(f"[{regex.escape(marks(*levels, at_least=at_least))}]")


def cut(text: str, start: int, end: int, at_least: Break) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut after every mark of ``at_least`` strength or more; each mark ends its piece.

    A piece is yielded only where it holds a character: nothing after a final mark.

    >>> list(cut("一。二。", 0, 4, Break.SENTENCE))
    [(0, 2), (2, 4)]
    """
    begin = start
    for found in ends(at_least=at_least).finditer(text, start, end):
        yield begin, found.end()
        begin = found.end()
    if begin < end:
        yield begin, end


PROSE_LENGTH = 30
"""Characters from which a line with sentence or clause marks is running text."""
_PROSE_MARK = ends(Break.SENTENCE, Break.PART, Break.CLAUSE)


def is_prose(line: str) -> bool:
    """Whether a line is running text: long enough and marked into sentences or clauses.

    Titles, headings, labels and bylines are not.

    >>> is_prose("区民政局召开全体干部会议，部署下半年社会救助、养老服务和殡葬改革工作。")
    True
    >>> is_prose("关于2023年民政工作总结和2024年工作计划的报告")
    False
    """
    return len(line) >= PROSE_LENGTH and _PROSE_MARK.search(line) is not None


_SENTENCE_OR_LINE = regex.compile(f"[{regex.escape(marks(at_least=Break.SENTENCE))}\n]")
_SENTENCE_OR_LINE_BEFORE = regex.compile(_SENTENCE_OR_LINE.pattern, flags=regex.REVERSE)


def sentence_around(text: str, span: Span, joins: Spans | None = None) -> Span:
    r"""The span grown to the sentence ends around it (a sentence mark or a line break, kept).

    A line break inside one of ``joins`` (where the text layer joined a paragraph across a
    wrap or a page counter) ends no sentence.

    >>> text = "前言。全年发放低保金1200万元。其余"
    >>> span = sentence_around(text, Span(10, 17))
    >>> text[span.start : span.end]
    '全年发放低保金1200万元。'
    >>> text = "全年发放低\n保金1200万元。"
    >>> sentence_around(text, Span(8, 14), Spans.of([(5, 6)]))
    Span(start=0, end=15)
    """
    start = span.start
    while True:
        before = _SENTENCE_OR_LINE_BEFORE.search(text, 0, start)
        if before is None or joins is None or before.group() != "\n" or not joins.holds(before.start()):
            break
        start = before.start()
    begin = before.end() if before else 0
    position = max(span.end - 1, span.start)
    while True:
        found = _SENTENCE_OR_LINE.search(text, position)
        if found is None or joins is None or found.group() != "\n" or not joins.holds(found.start()):
            break
        position = found.end()
    stop = found.end() if found else len(text)
    return Span(begin, max(stop, span.end))


@attrs.frozen
class Segments:
    """The body of a normalized text as paragraphs, each cut into sentences and parts."""

    text: str
    """The normalized text."""
    paragraphs: Spans
    """The body's paragraphs in order: each a run of body text no noise and no line break cuts."""

    def sentences(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The sentences of ``[start, end)`` (a paragraph or part of one)."""
        return cut(self.text, start, end, Break.SENTENCE)

    def parts(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The parts of ``[start, end)``: sentences, cut again at ``；``."""
        return cut(self.text, start, end, Break.PART)

    def paragraph_at(self, position: int) -> Span | None:
        """The paragraph holding ``position``, None outside the body."""
        index = self.paragraphs.at(position)
        return None if index < 0 else self.paragraphs.span(index)
