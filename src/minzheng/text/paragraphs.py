r"""Paragraphs: the body's lines joined where a line break or a page counter cut a sentence.

A line break is where a sentence ends on most pages, but not on all: a PDF dump wraps its
lines at a fixed width, inside words and numbers (``更有力⏎度``, ``72.91⏎462万元``), and a
document-sharing site starts each page with its counter wherever the page happens to cut
(``共计72.91462⏎3、4万元``). Here the body pieces of a page are joined into paragraphs
across those cuts, and each join is kept as a span of what a reader must skip (the line
break, the indentation after it and the counter), so that :meth:`Document.view` can hand a
paragraph to the readers as one run of text.

A line is wrapped when the page is laid out at a fixed width (several of its lines are
about as long as its longest ones) and the line is one of those full lines and ends in no
closing mark, and the next line does not open with an ordinal or a bullet.

>>> from minzheng.text.clean import classify
>>> text = "一、救助" + "工作" * 30 + "资金共计72.91\n2、4万元。"
>>> from minzheng.text.noise import zone_page_markers
>>> found = paragraphs(text, zone_page_markers(text, classify(text)))
>>> [text[start:end] for start, end, _ in found.paragraphs.rows()][0][-12:]
'72.91\n2、4万元。'
>>> [text[start:end] for start, end, _ in found.joins.rows()]
['\n2、']
"""

from __future__ import annotations

import enum
import operator
from array import array

import attrs
import regex

from minzheng.text.clean import Lines, Zone
from minzheng.text.span import Spans

__all__ = ["Join", "Paragraphs", "paragraphs"]


class Join(enum.IntEnum):
    """Why two body pieces are one paragraph."""

    WRAP = 1
    """A line wrapped at the page's width."""
    PAGE = 2
    """A document-sharing site's page counter cut the sentence."""


_CLOSED = frozenset("。！？!?；;：:…")
"""Marks a line ends with when its sentence is done."""
_CLOSERS = "”」』）)】》"
"""Closing quotes and brackets: a line ending on one is done where a closing mark stands before it.

``…做到“应保尽保”`` and ``…（一）`` at a full line's end go on on the next line; ``…工作。”``
and ``…（完）`` end there.
"""
_OPENS_ITEM = regex.compile(
    r"[ \t]*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:[.．](?!\d)|、)"
    r"|第[一二三四五六七八九十\d]+|[·•●▪■□◆◇▲△★☆◎①-⑳])"
)
"""How a line opens that begins an item of its own: an ordinal, a bullet.

A number's decimal point is no item's mark: ``0.3万元`` on the next line is the rest of a
number the wrap cut (``3926⏎0.3万元``), where ``1.社会救助`` opens an item.
"""
_WRAP_LINES = 3
"""Fewest full lines that show a page laid out at a fixed width."""
_WRAP_SHARE = 0.4
"""Least share of a page's written lines that are full lines, on a page laid out at a fixed width."""
_FULL = 0.85
"""A line at least this share of the page's width is full."""
_WIDEST = 0.75
"""The page's width: the line length this share of its written lines stay within."""
_SHORTEST = 15
"""Lines shorter than this say nothing about the page's width."""


@attrs.frozen
class Paragraphs:
    """The paragraphs of a page's body and the joins inside them."""

    paragraphs: Spans
    """Each paragraph, from its first body character to its last."""
    joins: Spans
    """What a reader skips inside a paragraph: a line break with what follows it, tagged by :class:`Join`."""


def _width(body: Spans) -> int | None:
    """The width a page is laid out at, or None when its lines are not wrapped at one."""
    lengths = sorted(length for length in map(operator.sub, body.ends, body.starts) if length >= _SHORTEST)
    written: list[int] = lengths
    if len(written) < _WRAP_LINES:
        return None
    width = written[int(len(written) * _WIDEST)]
    full = [length for length in written if _FULL * width <= length <= width]
    if len(full) < _WRAP_LINES or len(full) < _WRAP_SHARE * len(written):
        return None
    # Their spread last: it is worth its cost only on a page with enough full lines.
    import statistics  # noqa: PLC0415 (slow to import, and only pages of many lines need it)

    return None if statistics.pstdev(full) > width / 10 else width


def _wrapped(text: str, first: tuple[int, int], second: tuple[int, int], width: int | None) -> bool:
    """Whether ``first`` wraps onto ``second``: a full line that ends in no closing mark, right above."""
    if width is None:
        return False
    line = text[first[0] : first[1]].rstrip()
    between = text[first[1] : second[0]]
    if between.count("\n") != 1 or between.strip() or len(line.strip()) < _FULL * width:
        return False
    return not _closed(line) and _OPENS_ITEM.match(text, second[0], second[1]) is None


def _closed(line: str) -> bool:
    """Whether a line ends where its sentence is done: on a closing mark, or a closer right after one.

    >>> _closed("应保尽保。"), _closed("做到“应保尽保”"), _closed("做好工作。”"), _closed("基本情况（一）")
    (True, False, True, False)
    """
    last = line[-1:]
    if last in _CLOSERS:
        line = line.rstrip(_CLOSERS)
        last = line[-1:]
    return last in _CLOSED


def _join(
    text: str,
    before: tuple[int, int],
    marker: tuple[int, int] | None,
    piece: tuple[int, int],
    width: int | None,
) -> Join | None:
    """Why the body ``piece`` continues the paragraph of the body piece ``before``, or None if it does not."""
    if marker is not None:
        return Join.PAGE if marker[1] == piece[0] else None
    return Join.WRAP if _wrapped(text, before, piece, width) else None


def paragraphs(text: str, lines: Lines, body: Lines | None = None) -> Paragraphs:
    """The paragraphs of the body of ``lines`` (zoned, page counters cut off as :attr:`Zone.MARKER`).

    ``body`` is ``lines.only(Zone.BODY)``, where the caller has it already.
    """
    body_spans = (lines.only(Zone.BODY) if body is None else body).spans
    width = _width(body_spans)
    if width is None and not lines.where(Zone.MARKER):
        # Nothing to join (most pages): every written body piece is a paragraph.
        written = bytes(start < end for start, end in body_spans.rows_as_pairs())
        return Paragraphs(body_spans.only_where(written), Spans(array("q"), array("q")))
    rows = list(lines.rows())
    starts, ends = array("q"), array("q")
    join_starts, join_ends, join_tags = array("q"), array("q"), bytearray()
    previous_body: tuple[int, int] | None = None
    marker: tuple[int, int] | None = None
    for start, end, zone in rows:
        if zone is Zone.MARKER:
            marker = (start, end)
            continue
        if zone is not Zone.BODY or start == end:
            if zone is not Zone.BLANK:
                previous_body, marker = None, None
            continue
        joined = None if previous_body is None else _join(text, previous_body, marker, (start, end), width)
        if joined is not None and previous_body is not None:
            cut = previous_body[0] + len(text[previous_body[0] : previous_body[1]].rstrip())
            skip_to = start + len(text[start:end]) - len(text[start:end].lstrip())
            join_starts.append(cut)
            join_ends.append(skip_to)
            join_tags.append(joined)
            ends[-1] = end
        else:
            starts.append(start)
            ends.append(end)
        previous_body, marker = (start, end), None
    return Paragraphs(Spans(starts, ends), Spans(join_starts, join_ends, bytes(join_tags)))
