"""Document numbers (文号): ``津民发〔2012〕1号``, ``民函[2021]3号``, and damaged ones.

A document number is an issuer (``津民发``: the issuing body's abbreviation, ending in a
document-type character such as 发 or 函), a year in brackets and a serial number with
号. It is found from its bracket, and its issuer is read back from there: up to four Han
characters, less the words that only lead to the number (``根据民发〔…〕`` is issued by
``民发``). Numbers that lost a bracket or their 号 in extraction are found too, marked
damaged, and kept as written.

>>> [(n.text, n.damaged) for n in find_doc_numbers("根据民发〔2020〕18号和鄂发〔202014号")]
[('民发〔2020〕18号', False), ('鄂发〔202014号', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import regex

from minzheng.text.lexicon import AnchoredPattern, Lexicon
from minzheng.text.span import Span

__all__ = [
    "DOC_LEAD_INS",
    "DOC_TYPE_ENDINGS",
    "NOT_ISSUER_START",
    "DocNumber",
    "find_doc_numbers",
    "is_doc_number",
]

DOC_TYPE_ENDINGS: tuple[str, ...] = ("发", "函", "字", "办", "规", "令", "电", "复", "通", "呈", "报")
"""Last character of the issuer part of a document number (``鄂发``, ``津民发``, ``民函``)."""

NOT_ISSUER_START = "发印转下的和及与根据依按照将经以并文件于对由等在为见"
"""Characters that open the words before a document number (印发, 根据) rather than its issuer."""

DOC_LEAD_INS: tuple[str, ...] = (
    "根据", "依据", "按照", "参照", "印发", "转发", "下发", "贯彻", "执行", "对照", "落实",
    "开展", "实施", "推进", "推动", "打造", "建设", "创建", "启动", "推出",
)  # fmt: skip
"""Words that lead to a document number; its issuer begins after them (``根据民发〔…〕``)."""

_LONGEST_ISSUER = 4
"""Longest issuer part of a document number (``鄂政办发``)."""

_NUMBER = regex.compile(
    rf"""
    (?<=[{"".join(DOC_TYPE_ENDINGS)}])
    (?:
        (?P<whole>[〔［\[【(（](?:19|20)\d{{2}}[〕］\]】)）]\d{{1,5}}号)
      | (?P<damaged>[〔［\[【](?:19|20)\d{{2,8}}号?(?![\d〕］\]】])
                  | [〔［\[【](?:19|20)\d{{2}}[〕］\]】]\d{{1,5}}(?![\d号]))
    )
    """,
    regex.VERBOSE,
)
"""A document number from its bracket on; the issuer is read back from there."""
_BRACKETED_YEAR = re.compile(r"[〔［\[【(（](?:19|20)")
"""How every document number begins (the standard library's engine finds it faster)."""
_FINDER = AnchoredPattern(_NUMBER, _BRACKETED_YEAR)
_LEAD_INS = Lexicon(((word, len(word)) for word in DOC_LEAD_INS), kept="docnumbers.lead_ins")
_LONGEST_LEAD_IN = max(len(word) for word in DOC_LEAD_INS)
_HAN = regex.compile(r"\p{Han}")


@attrs.frozen
class DocNumber:
    """A document number found in a text."""

    text: str
    """As written, issuer through 号."""
    span: Span
    """Where it stands."""
    damaged: bool
    """Whether a bracket or its 号 looks lost in extraction."""


def _issuer_start(text: str, bracket: int, floor: int) -> int:
    """Where the issuer before the bracket at ``bracket`` begins, not before ``floor`` (nor a 号)."""
    start = bracket
    while (
        start > max(floor, bracket - _LONGEST_ISSUER)
        and _HAN.match(text, start - 1)
        and text[start - 1] != "号"
    ):
        start -= 1
    for _, end, _ in _LEAD_INS.occurrences(text, max(floor, start - _LONGEST_LEAD_IN + 1), bracket - 1):
        start = max(start, end)
    while start < bracket - 1 and text[start] in NOT_ISSUER_START:
        start += 1
    return start


def find_doc_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[DocNumber]:
    """The document numbers in ``text[start:end]``, in order; issuers are read back no further than ``start``.

    >>> [n.text for n in find_doc_numbers("印发津民发〔2012〕1号的通知")]
    ['津民发〔2012〕1号']
    """
    stop = len(text) if end is None else min(end, len(text))
    floor = start
    for match in _FINDER.finditer(text, start, stop):
        begin = _issuer_start(text, match.start(), floor)
        floor = match.end()
        yield DocNumber(
            text[begin : match.end()], Span(begin, match.end()), match.group("damaged") is not None
        )


def is_doc_number(value: str) -> bool:
    """Whether ``value`` is one whole, undamaged document number and nothing else.

    >>> is_doc_number("津民发〔2012〕1号"), is_doc_number("见津民发〔2012〕1号"), is_doc_number("〔2012〕1号")
    (True, False, False)
    """
    found = next(find_doc_numbers(value), None)
    return found is not None and not found.damaged and found.span == Span(0, len(value))
