"""Normalize a source text (simplified script, half-width digits) with an offset map back."""

from __future__ import annotations

import functools

import attrs

from minzheng.model import Script, Span

__all__ = ["Normalized", "normalize", "normalize_cached"]


@attrs.frozen
class Normalized:
    """A source text, its normalized form, and the map between them."""

    source: str
    """The text as given."""
    text: str
    """Simplified script, half-width digits and number punctuation, folded spaces."""
    script: Script
    """Script of the source."""
    offsets: tuple[int, ...] = attrs.field(repr=False)
    """``offsets[i]`` is the source index where normalized character ``i`` starts;
    one extra entry, ``len(source)``, closes the map."""

    def to_source(self, span: Span) -> Span:
        """The source span behind a span of the normalized text."""
        return Span(self.offsets[span.start], self.offsets[span.end])

    def source_text(self, span: Span) -> str:
        """The source text behind a span of the normalized text."""
        mapped = self.to_source(span)
        return self.source[mapped.start : mapped.end]


def normalize(source: str) -> Normalized:
    """Normalize ``source``. STUB: identity until the text layer lands."""
    return Normalized(source, source, Script.SIMPLIFIED, tuple(range(len(source) + 1)))


@functools.lru_cache(maxsize=32)
def normalize_cached(source: str) -> Normalized:
    """:func:`normalize`, remembered for the last few texts (reports ask repeatedly)."""
    return normalize(source)
