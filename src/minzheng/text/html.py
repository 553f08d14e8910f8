r"""The text of an HTML page, block boundaries as line breaks, with a map back to the markup.

A page saved as ``.html`` holds the report between tags: the readers need its text, laid
out as a browser would break it into lines (a ``<p>``, ``<div>``, ``<br>``, ``<li>`` or
table row ends a line), with entities decoded, scripts and styles left out, and the white
space that only formats the markup folded into one space. Every character of that text
maps back to the markup it came from, so a fact found in it still shows its source.

The standard library's parser reads the page; it is tolerant of the broken markup that
scraped pages are full of.

>>> text, _ = extract_text("<body><p>一、工作情况</p><p>发放&nbsp;低保金<b>300</b>万元</p></body>")
>>> text.strip().split("\n")
['一、工作情况', '', '发放\xa0低保金300万元']
"""

from __future__ import annotations

import functools
import html.parser
import re
from html import unescape

from minzheng.text.normalize import ComposedMap, Normalized, OffsetMap, normalize

__all__ = ["BLOCK_TAGS", "extract_text", "looks_like_html", "normalize_html", "normalize_html_cached"]

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "title", "tr", "ul",
    }
)  # fmt: skip
"""Tags that start or end a line of text."""
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})
"""Tags whose content is no text of the page (the ``<title>`` inside ``<head>`` is kept)."""
_FORMATTING_SPACE = re.compile(r"[ \t\r\n\f]*\n[ \t\r\n\f]*")
"""White space with a line break inside text: it only formats the markup."""
_HTML_SIGNS = re.compile(
    r"<!DOCTYPE\s+html|<html[\s>]|<body[\s>]|<(?:div|p|span|table|br)[\s/>]", re.IGNORECASE
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*[^<>]*>")
_HTML_TAGS_NEEDED = 5
"""Tags a text must hold, besides a sign of HTML, to be taken for a page of markup."""


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a page of HTML markup rather than text that mentions a tag.

    >>> looks_like_html("<html><body><p>一</p><p>二</p></body></html>"), looks_like_html("a<b 与 c>d")
    (True, False)
    """
    head = text[:4096]
    return _HTML_SIGNS.search(head) is not None and len(_TAG.findall(head)) >= _HTML_TAGS_NEEDED


class _Extractor(html.parser.HTMLParser):
    """Collects the text of a page and where each piece of it stands in the markup."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self.markup = markup
        self.line_starts = [0]
        for index, char in enumerate(markup):
            if char == "\n":
                self.line_starts.append(index + 1)
        self.pieces: list[str] = []
        self.changes: list[tuple[int, int, int]] = []
        self.skipping: list[str] = []
        self.title = False

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _replace(self, start: int, end: int, text: str) -> None:
        """Stand ``text`` for ``markup[start:end]``."""
        self.pieces.append(text)
        if end - start != len(text) or self.markup[start:end] != text:
            self.changes.append((start, end, len(text)))

    def _tag(self, tag: str, raw_length: int) -> None:
        start = self._position()
        self._replace(start, start + raw_length, "\n" if tag in BLOCK_TAGS else "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002 (the parser's own signature)
        raw = self.get_starttag_text() or ""
        if tag in _SKIPPED:
            self.skipping.append(tag)
        if tag == "title":
            self.title = True
        self._tag(tag, len(raw))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002 (the parser's own signature)
        self._tag(tag, len(self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        start = self._position()
        end = self.markup.find(">", start)
        end = len(self.markup) if end < 0 else end + 1
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        if tag == "title":
            self.title = False
        self._replace(start, end, "\n" if tag in BLOCK_TAGS else "")

    def handle_data(self, data: str) -> None:
        start = self._position()
        end = start + len(data)
        if self.skipping and not self.title:
            self._replace(start, end, "")
            return
        position = start
        for match in _FORMATTING_SPACE.finditer(data):
            self._replace(position, start + match.start(), data[position - start : match.start()])
            self._replace(start + match.start(), start + match.end(), " ")
            position = start + match.end()
        self._replace(position, end, data[position - start :])

    def _reference(self, raw: str) -> None:
        start = self._position()
        end = start + len(raw)
        shown = "" if self.skipping and not self.title else unescape(raw)
        self._replace(start, end, shown)

    def handle_entityref(self, name: str) -> None:
        raw = f"&{name}"
        end = self._position() + len(raw)
        self._reference(raw + (";" if self.markup[end : end + 1] == ";" else ""))

    def handle_charref(self, name: str) -> None:
        raw = f"&#{name}"
        end = self._position() + len(raw)
        self._reference(raw + (";" if self.markup[end : end + 1] == ";" else ""))

    def _removed(self) -> None:
        start = self._position()
        end = self.markup.find(">", start)
        self._replace(start, len(self.markup) if end < 0 else end + 1, "")

    def handle_comment(self, data: str) -> None:  # noqa: ARG002 (the parser's own signature)
        self._removed()

    def handle_decl(self, decl: str) -> None:  # noqa: ARG002 (the parser's own signature)
        self._removed()

    def handle_pi(self, data: str) -> None:  # noqa: ARG002 (the parser's own signature)
        self._removed()

    def unknown_decl(self, data: str) -> None:  # noqa: ARG002 (the parser's own signature)
        self._removed()


def extract_text(markup: str) -> tuple[str, OffsetMap]:
    """The text of a page of HTML and the map from that text back to the markup.

    Never raises on a string: what the parser cannot read is kept as text.
    """
    extractor = _Extractor(markup)
    extractor.feed(markup)
    extractor.close()
    covered = sum(len(piece) for piece in extractor.pieces)
    text = "".join(extractor.pieces)
    # Whatever the parser held back at the end (an unclosed tag) is kept as it stands.
    consumed = covered + sum(end - start - length for start, end, length in extractor.changes)
    if consumed < len(markup):
        text += markup[consumed:]
    return text, OffsetMap.build(sorted(extractor.changes))


def normalize_html(markup: str) -> Normalized:
    """A page of HTML normalized: its text extracted and normalized, spans mapped back to the markup.

    >>> from minzheng.text.span import Span
    >>> normalized = normalize_html("<div>發放<b>300</b>萬元</div>")
    >>> normalized.text.strip(), normalized.source_text(Span(1, 8))
    ('发放300万元', '發放<b>300</b>萬元')
    """
    text, outer = extract_text(markup)
    inner = normalize(text)
    return Normalized(markup, inner.text, inner.script, ComposedMap(inner.offsets, outer))


@functools.lru_cache(maxsize=8)
def normalize_html_cached(markup: str) -> Normalized:
    """:func:`normalize_html`, remembered for the last few pages."""
    return normalize_html(markup)
