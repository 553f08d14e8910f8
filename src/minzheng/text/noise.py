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
from collections.abc import Iterator

from minzheng.model import Diagnostic
from minzheng.text.clean import Lines, Zone
from minzheng.text.numbers import find_money
from minzheng.text.span import Span, Spans

__all__ = ["Noise", "noise_diagnostics", "noise_spans"]


class Noise(enum.IntEnum):
    """The kinds of noise a page holds."""

    CHROME = 1
    """Toolbars, breadcrumbs, footers, phone prompts, view counters."""
    SPAM = 2
    """Injected spam: link farms, pornography, gambling, pirate video."""
    RELATED = 3
    """A list of other stories that runs to the end of the page."""


_NOISE_OF_ZONE = {Zone.CHROME: Noise.CHROME, Zone.SPAM: Noise.SPAM, Zone.RELATED: Noise.RELATED}


def noise_spans(lines: Lines) -> Spans:
    """The noise of a page: every line or piece of a line in a noise zone, tagged by its kind."""
    rows = [(start, end, _NOISE_OF_ZONE[zone]) for start, end, zone in lines.rows() if zone in _NOISE_OF_ZONE]
    return Spans.of(((start, end) for start, end, _ in rows), tags=[int(kind) for _, _, kind in rows])


def noise_diagnostics(text: str, noise: Spans) -> Iterator[Diagnostic]:
    """A diagnostic for each span of noise that holds an amount of money: it is not read as one.

    >>> [d.code for d in noise_diagnostics("资金100万元", Spans.of([(0, 7)], tags=[2]))]
    ['text.noise_holds_money']
    """
    for start, end, tag in noise.rows():
        amounts = [found.text for found in find_money(text, start, end)]
        if amounts:
            kind = Noise(tag).name.lower()
            listed = "、".join(amounts[:3]) + ("…" if len(amounts) > 3 else "")  # noqa: PLR2004 (a few)
            message = (
                f"text taken as {kind} holds {len(amounts)} amount(s) of money ({listed}); not read as facts"
            )
            yield Diagnostic("text.noise_holds_money", message, Span(start, end))
