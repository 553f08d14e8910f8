r"""A report's text read once, for every stage: source, normalized text, zones, segments.

:func:`read` builds a :class:`Document` from a source string: the source normalized
with its offset map back (:mod:`minzheng.text.normalize`), its lines zoned into body,
metadata and noise (:mod:`minzheng.text.clean`), and the body segmented into paragraphs,
sentences and clauses (:mod:`minzheng.text.segments`). Every later stage (frame,
sections, metadata, money, programs) reads the same document, so they all see the same
text, the same noise and the same sentences.

>>> document = read("一、工作情况\n全年发放低保金1200万元。")
>>> document.text[document.body.starts[1] :]
'全年发放低保金1200万元。'
"""

from __future__ import annotations

import functools

import attrs
import regex

from minzheng.model import Diagnostic
from minzheng.text.clean import Lines, Zone, classify
from minzheng.text.noise import noise_diagnostics, noise_spans, zone_page_markers
from minzheng.text.normalize import Normalized, normalize_cached
from minzheng.text.paragraphs import Join, Paragraphs, paragraphs
from minzheng.text.segments import Segments
from minzheng.text.span import Script, Span, Spans
from minzheng.text.view import Squeezed, squeeze

__all__ = ["Document", "read", "utf8_size", "zone_lines"]

_DIGIT = regex.compile(r"[0-9]")
_NUMBER_BEFORE = regex.compile(r"(?r)[0-9](?:[0-9.,]*[0-9])?")
_NUMBER_AFTER = regex.compile(r"[0-9.,]+")


def zone_lines(text: str) -> Lines:
    """The zoned lines of a normalized text: the line classifier's zones, page counters cut off."""
    return zone_page_markers(text, classify(text))


_CHUNK = 1 << 16
"""Characters encoded at a time by :func:`utf8_size`: the text is never copied whole."""


def utf8_size(text: str) -> int:
    r"""The size of ``text`` in UTF-8 bytes (lone surrogates as three), without a copy of it.

    >>> utf8_size("发放3万元"), utf8_size("\ud800")
    (13, 3)
    """
    chunks = (text[start : start + _CHUNK] for start in range(0, len(text), _CHUNK))
    return sum(len(chunk.encode(errors="surrogatepass")) for chunk in chunks)


@attrs.frozen(slots=False)
class Document:
    """A source text with its normalized form, the zones of its lines and its segments."""

    normalized: Normalized
    """The source, its normalized text and the map between them."""
    lines: Lines
    """Every line of the normalized text (or a run of one) with its zone."""

    @classmethod
    def of(cls, source: str, lines: Lines | None = None) -> Document:
        """The document of ``source``, with ``lines`` for its zones where given (tests pass their own)."""
        normalized = normalize_cached(source)
        return cls(normalized, zone_lines(normalized.text) if lines is None else lines)

    @property
    def source(self) -> str:
        """The text as given."""
        return self.normalized.source

    @property
    def text(self) -> str:
        """The normalized text: every span of every stage indexes it."""
        return self.normalized.text

    @property
    def script(self) -> Script:
        """Script of the source."""
        return self.normalized.script

    @functools.cached_property
    def utf8_size(self) -> int:
        """The size of the normalized text in UTF-8 bytes: what the readers' budgets grow with."""
        return utf8_size(self.text)

    @functools.cached_property
    def body(self) -> Lines:
        """The body lines, in order: the only place facts are taken from."""
        return self.lines.only(Zone.BODY)

    @functools.cached_property
    def noise(self) -> Spans:
        """The page's chrome, spam and related links as spans, tagged by kind (:class:`.Noise`)."""
        return noise_spans(self.lines)

    @functools.cached_property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """What the text layer noticed: amounts in text taken as noise, numbers cut by a page counter."""
        return (*noise_diagnostics(self.text, self.noise), *self._cut_numbers())

    @functools.cached_property
    def _paragraphs(self) -> Paragraphs:
        return paragraphs(self.text, self.lines, self.body)

    @property
    def joins(self) -> Spans:
        """What a reader skips inside a paragraph: line breaks (and page counters) it was joined across."""
        return self._paragraphs.joins

    @functools.cached_property
    def segments(self) -> Segments:
        """The body cut into paragraphs, sentences and parts."""
        return Segments(self.text, self._paragraphs.paragraphs)

    def view(self, start: int, end: int) -> Squeezed:
        """``text[start:end]`` as readers read it: joins and spaces inside numbers and labels taken out.

        Map what is found there back with :meth:`Squeezed.span` before making a fact of it.
        """
        return squeeze(self.text, start, end, self.joins.within(start, end).rows_as_pairs())

    def _cut_numbers(self) -> list[Diagnostic]:
        """A diagnostic for each page counter that stands inside a number, which the view joins whole."""
        if not self.lines.where(Zone.MARKER):
            return []
        found = []
        text = self.text
        for start, end, tag in self.joins.rows():
            if tag == Join.PAGE and _DIGIT.match(text, start - 1) and _DIGIT.match(text, end):
                number = _NUMBER_BEFORE.search(text, 0, start)
                after = _NUMBER_AFTER.match(text, end)
                first = number.start() if number else start
                last = after.end() if after else end
                joined = text[first:start] + text[end:last]
                message = (
                    f"a page counter ({text[start:end].strip()!r}) stands inside a number: "
                    f"{text[first:start]!r} and {text[end:last]!r} are read as one, {joined!r}"
                )
                found.append(Diagnostic("text.page_marker_in_number", message, Span(first, last)))
        return found

    @functools.cached_property
    def squeezed(self) -> Squeezed:
        """The whole text with its body's paragraphs as :meth:`view` reads them, and the map back.

        Spaces outside the body's paragraphs stay: no reader takes facts from there.
        """
        within = self._paragraphs.paragraphs
        return squeeze(self.text, removed=self.joins.rows_as_pairs(), within=within)


def read(source: str) -> Document:
    """Read ``source`` into a :class:`Document`; never raises on a string."""
    return Document.of(source)
