"""Run the stages in order: normalize, classify, sections, metadata, money, programs."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager

from minzheng.model import Diagnostic, Report
from minzheng.parse.context import Context
from minzheng.parse.metadata import parse_metadata
from minzheng.parse.money import extract_money
from minzheng.parse.programs import extract_programs
from minzheng.parse.sections import parse_sections
from minzheng.text.clean import classify
from minzheng.text.normalize import normalize_cached

__all__ = ["Timer", "parse"]

logger = logging.getLogger(__name__)

Timer = Callable[[str], AbstractContextManager[object]]
"""Called with a stage's name around each stage; benchmarks pass one to time the stages."""


def _untimed(_: str) -> AbstractContextManager[object]:
    return contextlib.nullcontext()


def parse(text: str, name: str | None = None) -> Report:
    """Parse one report. Never raises on any string: failures become diagnostics."""
    if not isinstance(text, str):  # callers without type checking pass bytes or paths
        msg = f"parse() takes a str, not {type(text).__name__}; use parse_file() for files"  # type: ignore[unreachable]
        raise TypeError(msg)
    try:
        return _parse(text, name)
    except Exception as error:  # the one place a stage's bug must not escape
        logger.exception("internal error while parsing %s", name)
        diagnostic = Diagnostic("internal.error", f"parser failed: {type(error).__name__}: {error}")
        return Report(name=name, diagnostics=(diagnostic,), source=text)


def _parse(source: str, name: str | None, stage: Timer = _untimed) -> Report:
    with stage("normalize"):
        normalized = normalize_cached(source)
    text = normalized.text
    with stage("clean"):
        lines = classify(text)
    with stage("structure"):
        outline = parse_sections(text, lines)
        meta = parse_metadata(text, lines, outline)
        context = Context(text, lines, outline.sections, meta.review_year, meta.plan_year)
    with stage("money"):
        money = extract_money(context)
    with stage("programs"):
        programs = extract_programs(context)
    diagnostics = sorted(
        (*outline.diagnostics, *meta.diagnostics, *money.diagnostics, *programs.diagnostics),
        key=lambda d: (d.span.start if d.span else -1, d.code),
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
        script=normalized.script,
        sections=outline.sections,
        turns=outline.turns,
        standards=money.standards,
        fundings=money.fundings,
        programs=programs.programs,
        citations=programs.citations,
        diagnostics=tuple(diagnostics),
        source=source,
    )
