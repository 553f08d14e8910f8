"""What a page holds besides the report: its noise, as tagged spans of the normalized text.

The line classifier (:mod:`minzheng.text.clean`) zones every line, or piece of a line, as
body, metadata, chrome, spam, related links or blank: a toolbar run at the start of a
line is cut off as chrome, a spam sentence or clause as spam, and a line is noise whole
only when all of it is. Here those zones become one :class:`~minzheng.text.span.Spans`
of noise tagged by :class:`Noise`, and whenever noise takes text that holds an amount of
money, a diagnostic says so with the span, so that nothing is lost in silence.

>>> from minzheng.text.clean import classify
>>> text = "全年发放低保金1200万元。日韩精品毛片A片免费视频"
>>> [(text[start:end], Noise(tag)) for start, end, tag in noise_spans(classify(text)).rows()]
[('日韩精品毛片A片免费视频', <Noise.SPAM: 2>)]
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Iterator

import regex

from minzheng.model import Diagnostic
from minzheng.text.clean import Line, Lines, Zone
from minzheng.text.numbers import find_money
from minzheng.text.span import Span, Spans
from minzheng.text.view import squeeze

__all__ = ["PAGE_LINE", "PAGE_TEXT", "Noise", "noise_diagnostics", "noise_spans", "zone_page_markers"]


class Noise(enum.IntEnum):
    """The kinds of noise a page holds."""

    CHROME = 1
    """Toolbars, breadcrumbs, footers, phone prompts, view counters."""
    SPAM = 2
    """Injected spam: link farms, pornography, gambling, pirate video."""
    RELATED = 3
    """A list of other stories that runs to the end of the page."""
    PAGE_MARKER = 4
    """A document-sharing site's page counter (``3、``) at the start of a line cut mid-sentence."""


_NOISE_OF_ZONE = {
    Zone.CHROME: Noise.CHROME,
    Zone.SPAM: Noise.SPAM,
    Zone.RELATED: Noise.RELATED,
    Zone.MARKER: Noise.PAGE_MARKER,
}

_PAGE_NUMBER = "(?P<value>[0-9]{1,3})、"
"""The number of a page and its list mark, as sites print it (``3、``)."""
_COUNTER = re.compile(rf"[ \t]*{_PAGE_NUMBER}")
"""A page counter as document-sharing sites print one at the start of each page: ``3、``."""
_COUNTER_AFTER_BREAK = re.compile(r"\n(?=[ \t]*[0-9]{1,3}、)")
"""The line break before a page counter (the engine finds a literal line break fast)."""
_CLOSED = frozenset("。！？!?；;：:”」』）)】》…")
"""Marks a line ends with when its sentence is done: a page counter after one may be a heading."""
PAGE_LINE = 60
"""Fewest characters of the line before a page counter: a site's page runs to a full line or more."""
PAGE_TEXT = 200
"""Fewest characters between two page counters inside lines: a site's page holds many lines."""
_NUMBERED = regex.compile(_PAGE_NUMBER)
"""A number before a list mark: a page counter inside a line where blanks stand before it.

The engine finds it from its literal list mark many times faster than a pattern that
opens with the blanks and the character before them."""
_INLINE_BLANKS = frozenset(" \t\u3000")
"""The blanks a page counter inside a line stands after (``社区服 2、务站``)."""


def _last_char(text: str, start: int, end: int) -> str:
    stripped = text[start:end].rstrip()
    return stripped[-1:] if stripped else ""


def _counters(text: str, lines: Lines) -> list[tuple[int, int, int]]:
    """Page counters: ``(index of the line, end of the counter, its value)``.

    A counter begins a body line whose body line before it is a page's worth of text cut
    mid-sentence (it ends in no closing mark). The first page's ``1、`` stands before the
    title, with no cut line above it: it is taken when the next counter found is ``2、``.
    """
    starts, ends = lines.starts, lines.ends
    found: list[tuple[int, int, int]] = []
    first: tuple[int, int, int] | None = None
    line_starts = itertools.chain([0], (found.end() for found in _COUNTER_AFTER_BREAK.finditer(text)))
    for line_start in line_starts:
        match = _COUNTER.match(text, line_start)
        if match is None:
            continue
        index = lines.spans.at(match.start())
        if index < 0 or starts[index] != match.start() or lines.zone(index) is not Zone.BODY:
            continue
        counter = (index, match.end(), int(match["value"]))
        before = next((i for i in range(index - 1, -1, -1) if lines.zone(i) is not Zone.BLANK), None)
        cut = (
            before is not None
            and lines.zone(before) is Zone.BODY
            and ends[before] - starts[before] >= PAGE_LINE
            and _last_char(text, starts[before], ends[before]) not in _CLOSED
        )
        if cut:
            if not found and first is not None and counter[2] == 2:  # noqa: PLR2004 (the second page)
                found.append(first)
            found.append(counter)
        elif counter[2] == 1 and not found and first is None:
            first = counter
    return found


def _inline_counters(text: str, lines: Lines) -> list[tuple[int, int, int]]:
    """Page counters left inside lines where a page's line breaks became spaces: ``(line, start, end)``.

    Each stands after a space in the middle of a sentence (no closing mark before it), the
    counters ``2、``, ``3、``, … in order, a page of text apart (``…社区服 2、务站…``). The first
    page's ``1、`` starts the text or follows the site's words. Two at least, so that one
    numbered item after a space is never taken for one.
    """
    counters: list[tuple[int, int]] = []
    expected, after = 2, -PAGE_TEXT
    first = _COUNTER.match(text, 0)
    if first is not None and first["value"] == "1":
        counters.append((0, first.end()))
    for match in _NUMBERED.finditer(text):
        start = _after_blanks(text, match.start())
        if start < 0:
            continue
        value = int(match["value"])
        if value == 1 and not counters:
            counters.append((start, match.end()))
            continue
        if value != expected or start - after < PAGE_TEXT or text[start - 1] in _CLOSED:
            continue
        counters.append((start, match.end()))
        expected, after = value + 1, match.end()
    if len(counters) < 2:  # noqa: PLR2004 (a sequence, not one numbered item)
        return []
    placed = [(lines.spans.at(start), start, end) for start, end in counters]
    return [(at, start, end) for at, start, end in placed if at >= 0 and lines.zone(at) is Zone.BODY]


def _after_blanks(text: str, at: int) -> int:
    r"""Where the blanks before ``at`` start, after a character neither a space nor a digit; else -1.

    >>> [_after_blanks(text, 5) for text in ("社区服  2、", "社区服\n 2、", "社区1  2、", "社区服务2、")]
    [3, -1, -1, -1]
    """
    start = at
    while start > 0 and text[start - 1] in _INLINE_BLANKS:
        start -= 1
    if start in {at, 0}:
        return -1
    before = text[start - 1]
    return -1 if before.isspace() or "0" <= before <= "9" else start


def zone_page_markers(text: str, lines: Lines) -> Lines:
    r"""``lines`` with each page counter cut off its line as a piece of its own, zoned :attr:`Zone.MARKER`.

    >>> from minzheng.text.clean import classify
    >>> text = "一、工作" + "情况" * 30 + "共计72.91\n2、4万元。"
    >>> lines = zone_page_markers(text, classify(text))
    >>> [(text[line.span.start : line.span.end], line.zone.value) for line in lines][1:]
    [('2、', 'page_marker'), ('4万元。', 'body')]

    A page whose line breaks became spaces keeps its counters inside its lines:

    >>> page = "工作" * 200
    >>> text = f"一、{page}社区服 2、务站{page}救助 3、资金{page}"
    >>> lines = zone_page_markers(text, classify(text))
    >>> [text[line.span.start : line.span.end] for line in lines if line.zone.value == "page_marker"]
    [' 2、', ' 3、']
    """
    markers: dict[int, list[tuple[int, int]]] = {}
    for index, end, _ in _counters(text, lines):
        markers.setdefault(index, []).append((lines.starts[index], end))
    if not markers:  # counters at the starts of lines, or else inside them
        for index, start, end in _inline_counters(text, lines):
            markers.setdefault(index, []).append((start, end))
    if not markers:
        return lines
    parts: list[Lines] = []
    done = 0
    for index in sorted(markers):
        position, pieces = lines.starts[index], []
        for start, end in markers[index]:
            if start > position:
                pieces.append(Line(Span(position, start), Zone.BODY))
            pieces.append(Line(Span(start, end), Zone.MARKER))
            position = end
        if position < lines.ends[index]:
            pieces.append(Line(Span(position, lines.ends[index]), Zone.BODY))
        parts += lines[done:index], Lines.of(pieces)
        done = index + 1
    parts.append(lines[done:])
    return Lines.join(parts)


_ZONE_TO_NOISE = bytes(
    int(_NOISE_OF_ZONE.get(zone, 0)) for zone in Zone
) + bytes(256 - len(Zone))
"""A ``bytes.translate`` table from a line's zone code to its kind of noise (0 for none)."""


def noise_spans(lines: Lines) -> Spans:
    """The noise of a page: every line or piece of a line in a noise zone, tagged by its kind."""
    kinds = lines.spans.tags.translate(_ZONE_TO_NOISE)
    return lines.spans.only_where(kinds).retagged(kinds.replace(b"\x00", b""))


def noise_diagnostics(text: str, noise: Spans) -> Iterator[Diagnostic]:
    """A diagnostic for each span of noise that holds an amount of money: it is not read as one.

    >>> [d.code for d in noise_diagnostics("资金100万元", Spans.of([(0, 7)], tags=[2]))]
    ['text.noise_holds_money']
    """
    for start, end, tag in noise.rows():
        view = squeeze(text, start, end)
        amounts = [found.text for found in find_money(view.text)]
        if amounts:
            kind = Noise(tag).name.lower()
            listed = "、".join(amounts[:3]) + ("…" if len(amounts) > 3 else "")  # noqa: PLR2004 (a few)
            message = (
                f"text taken as {kind} holds {len(amounts)} amount(s) of money ({listed}); not read as facts"
            )
            yield Diagnostic("text.noise_holds_money", message, Span(start, end))
