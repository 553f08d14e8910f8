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

from minzheng.model import Diagnostic
from minzheng.text.clean import Lines, Zone, classify
from minzheng.text.noise import noise_diagnostics, noise_spans
from minzheng.text.normalize import Normalized, normalize_cached
from minzheng.text.segments import Segments
from minzheng.text.span import Script, Spans
from minzheng.text.view import Squeezed, squeeze

__all__ = ["Document", "read"]


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
        return cls(normalized, classify(normalized.text) if lines is None else lines)

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
    def body(self) -> Lines:
        """The body lines, in order: the only place facts are taken from."""
        return self.lines.only(Zone.BODY)

    @functools.cached_property
    def noise(self) -> Spans:
        """The page's chrome, spam and related links as spans, tagged by kind (:class:`.Noise`)."""
        return noise_spans(self.lines)

    @functools.cached_property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """What the text layer noticed: amounts of money in text taken as noise."""
        return tuple(noise_diagnostics(self.text, self.noise))

    @functools.cached_property
    def segments(self) -> Segments:
        """The body cut into paragraphs, sentences and parts."""
        return Segments(self.text, self.body.spans)

    @functools.cached_property
    def squeezed(self) -> Squeezed:
        """The normalized text without the spaces inside numbers, units and labels, and the map back."""
        return squeeze(self.text)


def read(source: str) -> Document:
    """Read ``source`` into a :class:`Document`; never raises on a string."""
    return Document.of(source)
