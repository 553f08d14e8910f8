"""Run the stages in order: normalize, noise, frame, sections, metadata, money, programs.

The text layer reads the source once into a :class:`~minzheng.text.document.Document`
(normalized text, zoned lines, segments); every later stage reads that document and what
the stages before it found, and a stage that fails costs only its own facts.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TypeVar

from minzheng.model import Diagnostic, Report, SourceFormat, Span
from minzheng.parse.context import Context
from minzheng.parse.layout import Frame, read_frame
from minzheng.parse.metadata import Metadata, parse_metadata
from minzheng.parse.money import MoneyFacts, extract_money
from minzheng.parse.programs import ProgramFacts, extract_programs
from minzheng.parse.sections import Outline, parse_sections
from minzheng.text.document import Document, zone_lines
from minzheng.text.html import looks_like_html, normalize_html_cached
from minzheng.text.normalize import normalize_cached

__all__ = ["DIAGNOSTICS_PER_CODE", "STAGES", "Timer", "collapse", "parse"]

logger = logging.getLogger(__name__)

Timer = Callable[[str], AbstractContextManager[object]]
"""Called with a stage's name around each stage; benchmarks pass one to time the stages."""


T = TypeVar("T")


def _untimed(_: str) -> AbstractContextManager[object]:
    return contextlib.nullcontext()


def _failure(step: str, error: Exception, name: str | None) -> Diagnostic:
    logger.error("internal error in %s while parsing %s", step, name, exc_info=error)
    return Diagnostic("internal.error", f"{step} failed: {type(error).__name__}: {error}")


def _guarded(step: str, run: Callable[[], T], fallback: T, name: str | None, failures: list[Diagnostic]) -> T:
    """``run()``, or ``fallback`` with a diagnostic when it fails: one stage's bug costs only its facts."""
    try:
        return run()
    except Exception as error:  # noqa: BLE001 (a stage's bug must not lose the other stages' facts)
        failures.append(_failure(step, error, name))
        return fallback


def parse(text: str, name: str | None = None, *, html: bool = False) -> Report:
    """Parse one report. Never raises on any string: failures become diagnostics.

    With ``html=True`` the text is a page of HTML markup: its text is read (blocks as line
    breaks) and every span maps back into the markup. :func:`minzheng.parse_file` does
    so by itself for ``.html`` files and files that hold HTML.
    """
    if not isinstance(text, str):  # callers without type checking pass bytes or paths
        msg = f"parse() takes a str, not {type(text).__name__}; use parse_file() for files"  # type: ignore[unreachable]
        raise TypeError(msg)
    try:
        return _parse(text, name, html=html)
    except Exception as error:  # noqa: BLE001 (normalizing or zoning failed: nothing else can run)
        source_format = SourceFormat.HTML if html else SourceFormat.TEXT
        failure = _failure("parser", error, name)
        return Report(name=name, diagnostics=(failure,), source=text, source_format=source_format)


STAGES = ("normalize", "noise", "frame", "sections", "metadata", "money", "programs")
"""The stages in the order they run; each reads the document and what the stages before it found."""


DIAGNOSTICS_PER_CODE = 100
"""The diagnostics of one code a report lists; the rest are counted in one more."""


def collapse(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """``diagnostics`` (in text order) with those of a code past :data:`DIAGNOSTICS_PER_CODE` counted in one.

    The one that counts them has their code, a message that says how many, and a span from
    the first of them to the last.

    >>> many = [Diagnostic("money.unit_lost", "lost", Span(n, n + 1)) for n in range(103)]
    >>> kept = collapse(many)
    >>> len(kept), kept[-1].message, kept[-1].span
    (101, '3 more money.unit_lost diagnostics, not listed', Span(start=100, end=103))
    """
    counts = collections.Counter(diagnostic.code for diagnostic in diagnostics)
    if max(counts.values(), default=0) <= DIAGNOSTICS_PER_CODE:
        return diagnostics
    kept: list[Diagnostic] = []
    seen: collections.Counter[str] = collections.Counter()
    rest: dict[str, tuple[int, int | None, int | None]] = {}  # code: (how many, first start, last end)
    for diagnostic in diagnostics:
        code = diagnostic.code
        seen[code] += 1
        if seen[code] <= DIAGNOSTICS_PER_CODE:
            kept.append(diagnostic)
            continue
        count, first, last = rest.get(code, (0, None, None))
        span = diagnostic.span
        if span is not None:
            first = span.start if first is None else first
            last = span.end if last is None else max(last, span.end)
        rest[code] = count + 1, first, last
    for code, (count, first, last) in rest.items():
        span = Span(first, last) if first is not None and last is not None else None
        kept.append(Diagnostic(code, f"{count} more {code} diagnostics, not listed", span))
    return sorted(kept, key=lambda d: (d.span.start if d.span else -1, d.code))


def _looks_like_html(source: str) -> list[Diagnostic]:
    if not looks_like_html(source):
        return []
    message = (
        "the text looks like a page of HTML markup and was read as plain text: "
        "read it with parse_file() or parse(..., html=True) to read the page's text"
    )
    return [Diagnostic("text.looks_like_html", message)]


def _parse(source: str, name: str | None, stage: Timer = _untimed, *, html: bool = False) -> Report:
    with stage("normalize"):
        normalized = normalize_html_cached(source) if html else normalize_cached(source)
    with stage("noise"):
        document = Document(normalized, zone_lines(normalized.text))
    failures: list[Diagnostic] = [] if html else _looks_like_html(source)
    with stage("frame"):
        frame = _guarded("frame", lambda: read_frame(document), Frame(), name, failures)
    with stage("sections"):
        outline = _guarded("sections", lambda: parse_sections(document, frame), Outline(), name, failures)
    with stage("metadata"):
        meta = _guarded(
            "metadata", lambda: parse_metadata(document, frame, outline), Metadata(), name, failures
        )
    context = Context(document, outline.sections, meta.review_year, meta.plan_year)
    with stage("money"):
        money = _guarded("money", lambda: extract_money(context), MoneyFacts(), name, failures)
    with stage("programs"):
        programs = _guarded("programs", lambda: extract_programs(context), ProgramFacts(), name, failures)
    stages = (document, outline, meta, money, programs)
    diagnostics = collapse(
        sorted(
            itertools.chain(*(stage_found.diagnostics for stage_found in stages), failures),
            key=lambda d: (d.span.start if d.span else -1, d.code),
        )
    )
    return Report(
        name=name,
        title=meta.title,
        kind=meta.kind,
        agency=meta.agency,
        publisher=meta.publisher,
        region=meta.region,
        published=meta.published,
        doc_number=meta.doc_number,
        index_number=meta.index_number,
        review_year=meta.review_year,
        plan_year=meta.plan_year,
        script=document.script,
        source_format=SourceFormat.HTML if html else SourceFormat.TEXT,
        sections=outline.sections,
        turns=outline.turns,
        standards=money.standards,
        fundings=money.fundings,
        programs=programs.programs,
        citations=programs.citations,
        diagnostics=tuple(diagnostics),
        source=source,
    )
