"""A report's text with every fact highlighted and labelled, as HTML or as plain text.

:func:`annotate` shows what the parser read where it read it: each standard, funding,
program mention, citation and diagnostic is marked in the report's (normalized) text,
labelled with what it was read as, and each section is marked where it starts. The same
HTML is what a notebook shows for a :class:`~minzheng.Report`; :func:`report_set_html`
and :func:`results_html` give the tables a notebook shows for a
:class:`~minzheng.ReportSet` and for a query's :class:`~minzheng.Results`.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from minzheng._errors import MinzhengError, NoSourceError
from minzheng.model import (
    Citation,
    Diagnostic,
    Funding,
    Program,
    Report,
    Section,
    SectionPath,
    Standard,
    clipped,
)

if TYPE_CHECKING:
    from minzheng.query import ReportSet, Results

__all__ = ["FORMATS", "Mark", "annotate", "marks", "report_set_html", "results_html"]

Format = Literal["html", "page", "text"]
"""``html``: a fragment with its own style (what a notebook shows); ``page``: a standalone
HTML page; ``text``: plain text with labels in ``⟦…⟧`` after each fact."""

FORMATS: tuple[Format, ...] = ("html", "page", "text")
"""Every format :func:`annotate` writes."""

MarkKind = Literal["standard", "funding", "program", "citation", "diagnostic"]
"""What a mark stands for; also its CSS class (``mz-standard``)."""

_PRIORITY: dict[MarkKind, int] = {"diagnostic": 0, "citation": 1, "program": 2, "funding": 3, "standard": 4}
"""Which colour a stretch marked twice takes: the higher number."""

TABLE_ROWS = 200
"""Rows a notebook table shows before saying how many more."""


@attrs.frozen
class Mark:
    """One highlighted stretch of a report's text and what it was read as."""

    start: int
    """First character, in the normalized text."""
    end: int
    """One past the last character."""
    kind: MarkKind
    """What was read there."""
    label: str
    """The short label shown after it (``低保 · urban_rural · 700/month``)."""
    detail: str
    """Everything read, shown on hover (the fact's repr)."""


def marks(report: Report) -> list[Mark]:
    """Every fact of a report (and every diagnostic with a span) as a mark, in text order."""
    found: list[Mark] = []
    found.extend(_mark("standard", standard, _standard_label(standard)) for standard in report.standards)
    found.extend(_mark("funding", funding, _funding_label(funding)) for funding in report.fundings)
    for program in report.programs:
        label = program.name if program.kind is None else f"{program.name} ({program.kind})"
        detail = repr(program)
        found.extend(
            Mark(mention.start, mention.end, "program", label, detail)
            for mention in program.mentions or (program.span,)
        )
    found.extend(_mark("citation", citation, _citation_label(citation)) for citation in report.citations)
    found.extend(
        _mark("diagnostic", diagnostic, diagnostic.code)
        for diagnostic in report.diagnostics
        if diagnostic.span is not None
    )
    return sorted(found, key=lambda mark: (mark.start, -mark.end, _PRIORITY[mark.kind]))


def _mark(kind: MarkKind, fact: Standard | Funding | Citation | Diagnostic, label: str) -> Mark:
    span = fact.span
    assert span is not None  # noqa: S101 (callers pass facts with a span)
    return Mark(span.start, span.end, kind, label, repr(fact))


def _standard_label(standard: Standard) -> str:
    """``低保 · urban_rural · 700/person/month``: category, scope, amount and rate.

    >>> from decimal import Decimal
    >>> from minzheng.model import Per, Period, Span
    >>> level = Standard("低保", "低保", Decimal(700), "700元", Span(0, 4))
    >>> _standard_label(attrs.evolve(level, period=Period.MONTH, per=Per.PERSON))
    '低保 · 700/person/month'
    """
    rate = "/".join(str(part) for part in (standard.per, standard.period) if part is not None)
    amount = format(standard.amount, "f")
    if standard.upper is not None:
        amount += f"–{format(standard.upper, 'f')}"
    if rate:
        amount += f"/{rate}"
    parts = [standard.category, standard.scope, amount]
    if standard.previous_amount is not None:
        parts.append(f"was {format(standard.previous_amount, 'f')}")
    if standard.standing == "previous":
        parts.append("replaced")
    if standard.year is not None:
        parts.append(str(standard.year))
    return " · ".join(str(part) for part in parts if part is not None)


def _funding_label(funding: Funding) -> str:
    """``发放 · 2360000 · target``: action, amount in yuan, and its flags."""
    parts = [funding.action or "funding", format(funding.amount, "f")]
    if funding.target:
        parts.append("target")
    if funding.per_capita:
        parts.append("per capita")
    if funding.part_of is not None:
        parts.append(f"part of #{funding.part_of}")
    return " · ".join(parts)


def _citation_label(citation: Citation) -> str:
    return citation.doc_number or "cited"


# -- the report ------------------------------------------------------------------------------


def annotate(report: Report, format: Format = "html") -> str:  # noqa: A002 (the word users reach for)
    """The report's text with every fact highlighted and labelled.

    ``format`` is ``html`` (a fragment with its own style, what a notebook shows),
    ``page`` (a standalone HTML page, what ``minzheng show FILE --html`` writes) or
    ``text`` (plain text, each fact followed by its label in ``⟦…⟧`` and each section
    start by ``§`` and its path). A report loaded without its source text shows its
    header and no text.
    """
    if format not in FORMATS:
        msg = f"unknown format {format!r}; choose one of {', '.join(FORMATS)}"
        raise MinzhengError(msg)
    if format == "text":
        return _annotated_text(report)
    if format == "html":
        return _fragment(report)
    title = html.escape(report.title or report.name or "report")
    return _PAGE.format(title=title, style=STYLE, body=_fragment(report, styled=False))


def _text_or_none(report: Report) -> str | None:
    try:
        return report.text
    except NoSourceError:
        return None


def _section_starts(report: Report) -> dict[int, list[SectionPath]]:
    starts: dict[int, list[SectionPath]] = {}
    stack: list[tuple[SectionPath, Section]] = [
        ((position,), section) for position, section in enumerate(report.sections, start=1)
    ]
    while stack:
        path, section = stack.pop()
        starts.setdefault(section.span.start, []).append(path)
        stack.extend(((*path, n), child) for n, child in enumerate(section.children, start=1))
    return starts


def _pieces(
    text: str, found: Sequence[Mark], also: Iterable[int] = ()
) -> Iterator[tuple[int, int, list[Mark]]]:
    """The text cut at every mark's ends (and at ``also``): each piece with the marks covering it."""
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found), *also})
    ordered = sorted(found, key=lambda mark: mark.start)
    open_marks: list[Mark] = []
    next_mark = 0
    for start, end in itertools.pairwise(cuts):
        while next_mark < len(ordered) and ordered[next_mark].start <= start:
            open_marks.append(ordered[next_mark])
            next_mark += 1
        open_marks = [mark for mark in open_marks if mark.end > start]
        yield start, end, [mark for mark in open_marks if mark.start < end]


def _annotated_text(report: Report) -> str:
    lines = [f"{key}: {value}" for key, value in _header_fields(report)]
    text = _text_or_none(report)
    if text is None:
        return "\n".join([*lines, "(loaded without its source text)", ""])
    found = [mark for mark in marks(report) if mark.end <= len(text)]
    sections = _section_starts(report)
    ends: dict[int, list[Mark]] = {}
    for mark in found:
        ends.setdefault(mark.end, []).append(mark)
    out: list[str] = []
    cuts = sorted({0, len(text), *ends, *sections})
    for start, end in itertools.pairwise(cuts):
        out.extend(f"§{'.'.join(map(str, path))} " for path in sorted(sections.get(start, ())))
        out.append(text[start:end])
        out.extend(f"⟦{mark.label}⟧" for mark in ends.get(end, ()))
    return "\n".join(lines) + "\n\n" + "".join(out).rstrip("\n") + "\n"


def _header_fields(report: Report) -> list[tuple[str, str]]:
    region = report.region
    where = None if region is None else " › ".join([*region.parents, region.name])
    years = " → ".join(str(year) for year in (report.review_year, report.plan_year) if year is not None)
    counts = ", ".join(
        f"{len(group)} {name}"
        for name, group in (
            ("standards", report.standards),
            ("fundings", report.fundings),
            ("programs", report.programs),
            ("citations", report.citations),
            ("diagnostics", report.diagnostics),
        )
    )
    fields = [
        ("title", report.title),
        ("name", report.name),
        ("kind", str(report.kind)),
        ("agency", report.agency),
        ("publisher", report.publisher),
        ("region", where),
        ("published", None if report.published is None else report.published.isoformat()),
        ("years", years or None),
        ("document", report.doc_number),
        ("facts", counts),
    ]
    return [(key, value) for key, value in fields if value]


def _fragment(report: Report, *, styled: bool = True) -> str:
    header = "".join(
        f"<dt>{html.escape(key)}</dt><dd>{html.escape(value)}</dd>" for key, value in _header_fields(report)
    )
    kinds = ("standard", "funding", "program", "citation", "diagnostic")
    legend = "".join(f'<span class="mz mz-{kind}">{kind}</span> ' for kind in kinds)
    legend += '<span class="mz-section">§ section</span>'
    text = _text_or_none(report)
    body = (
        '<p class="mz-note">Loaded without its source text: no text to show.</p>'
        if text is None
        else f'<div class="mz-text">{_marked_html(report, text)}</div>'
    )
    style = f"<style>{STYLE}</style>" if styled else ""
    return (
        f'{style}<div class="minzheng"><h2>{html.escape(report.title or report.name or "report")}</h2>'
        f'<dl class="mz-head">{header}</dl><p class="mz-legend">{legend}</p>{body}</div>'
    )


def _marked_html(report: Report, text: str) -> str:
    found = [mark for mark in marks(report) if mark.start < mark.end <= len(text)]
    sections = _section_starts(report)
    ends: dict[int, list[Mark]] = {}
    for mark in found:
        ends.setdefault(mark.end, []).append(mark)
    out: list[str] = []
    for start, end, covering in _pieces(text, found, sections):
        out.extend(
            f'<span class="mz-section">§{".".join(map(str, path))}</span>'
            for path in sorted(sections.get(start, ()))
        )
        piece = html.escape(text[start:end])
        if covering:
            top = max(covering, key=lambda mark: _PRIORITY[mark.kind])
            kinds = " ".join(sorted({f"mz-{mark.kind}" for mark in covering}))
            detail = html.escape("\n".join(dict.fromkeys(mark.detail for mark in covering)))
            out.append(f'<span class="mz mz-{top.kind} {kinds}" title="{detail}">{piece}</span>')
        else:
            out.append(piece)
        out.extend(
            f'<sup class="mz-tag mz-tag-{mark.kind}">{html.escape(mark.label)}</sup>'
            for mark in ends.get(end, ())
        )
    return "".join(out)


STYLE = """
.minzheng{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
sans-serif;line-height:1.9;max-width:60em;color:#222}
.minzheng h2{margin:.2em 0 .4em;font-size:1.3em}
.minzheng .mz-head{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:0 0 .6em}
.minzheng .mz-head dt{color:#666}.minzheng .mz-head dd{margin:0}
.minzheng .mz-text{white-space:pre-wrap;border-top:1px solid #ddd;padding-top:.6em}
.minzheng .mz{border-radius:3px;padding:0 1px}
.minzheng .mz-standard{background:#ffe08a}.minzheng .mz-funding{background:#b9efc4}
.minzheng .mz-program{background:#c6dcff}.minzheng .mz-citation{background:#e6d4ff}
.minzheng .mz.mz-diagnostic{text-decoration:underline wavy #d33;text-underline-offset:3px}
.minzheng span.mz-diagnostic:not(.mz-standard):not(.mz-funding):not(.mz-program):not(.mz-citation)
{background:#ffd6d6}
.minzheng .mz-tag{font-size:.68em;border-radius:3px;padding:0 3px;margin:0 2px;color:#333;
white-space:nowrap;vertical-align:super;line-height:1}
.minzheng .mz-tag-standard{background:#f5c542}.minzheng .mz-tag-funding{background:#6fd58a}
.minzheng .mz-tag-program{background:#8fb8ff}.minzheng .mz-tag-citation{background:#c9a8ff}
.minzheng .mz-tag-diagnostic{background:#f59a9a}
.minzheng .mz-section{font-size:.75em;color:#fff;background:#555;border-radius:3px;
padding:0 4px;margin-right:3px;vertical-align:middle}
.minzheng .mz-legend{font-size:.85em}.minzheng .mz-note{color:#a00}
.minzheng table{border-collapse:collapse;font-size:.9em}
.minzheng th,.minzheng td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
.minzheng th{background:#f3f3f3}
"""
"""The style of the annotated text and of the tables, scoped to ``.minzheng``."""

_PAGE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{margin:1.5em}}{style}</style>
</head>
<body>
{body}
</body>
</html>
"""


# -- tables ------------------------------------------------------------------------------------


def _table(columns: Sequence[str], rows: Iterable[Sequence[str]], *, caption: str, more: int) -> str:
    """An HTML table of cells already escaped, with a caption and a note of rows left out."""
    head = "".join(f"<th>{html.escape(column)}</th>" for column in columns)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    note = f'<p class="mz-legend">… {more} more</p>' if more else ""
    return (
        f'<style>{STYLE}</style><div class="minzheng"><table><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}</div>"
    )


def _cell(value: object) -> str:
    if value is None:
        return ""
    return html.escape(str(value))


_REPORT_COLUMNS = (
    "report",
    "title",
    "report_kind",
    "region",
    "review_year",
    "plan_year",
    "n_standards",
    "n_fundings",
    "n_programs",
    "n_diagnostics",
)


def report_set_html(reports: ReportSet) -> str:
    """A table of the reports of a set: name, title, kind, region, years and counts."""
    records = reports.to_records("reports")
    rows = ([_cell(record[column]) for column in _REPORT_COLUMNS] for record in records[:TABLE_ROWS])
    failed = f", {len(reports.failures)} failed" if reports.failures else ""
    caption = f"ReportSet of {len(reports)} reports{failed}"
    return _table(_REPORT_COLUMNS, rows, caption=caption, more=max(0, len(records) - TABLE_ROWS))


def results_html(results: Results[Any]) -> str:
    """A table of a query's results: the columns a terminal table shows, and each sentence.

    The item is highlighted in its sentence.
    """
    from minzheng.query import TABLE_COLUMNS  # noqa: PLC0415 (query imports this module on display)

    columns = TABLE_COLUMNS[results.kind]
    sentences = results.kind != "sections"  # a section's span is all of it: its heading says enough
    rows = []
    for found in results[:TABLE_ROWS]:
        record = found.record()
        cells = [_cell(record[column]) for column in columns]
        rows.append([*cells, _sentence_html(found)] if sentences else cells)
    noun = results.kind if len(results) != 1 else results.kind.removesuffix("s")
    shown = [*columns, "sentence"] if sentences else list(columns)
    return _table(shown, rows, caption=f"{len(results)} {noun}", more=max(0, len(results) - TABLE_ROWS))


def _sentence_html(found: Any) -> str:  # noqa: ANN401 (a Found of any item)
    """The item's sentence with the item itself highlighted; empty without a source text."""
    span = found.item.span
    text = _text_or_none(found.report)
    if span is None or text is None:
        return ""
    from minzheng.query import sentence_span  # noqa: PLC0415 (query imports this module on display)

    around = sentence_span(text, span)
    before, item = text[around.start : span.start], text[span.start : span.end]
    after = text[span.end : around.end]
    kind = {"standards": "standard", "fundings": "funding", "programs": "program"}.get(
        _kind_name(found), "diagnostic"
    )
    return (
        f"{html.escape(_tail(before))}"
        f'<span class="mz mz-{kind}">{html.escape(item)}</span>{html.escape(clipped(after, SENTENCE_SIDE))}'
    )


SENTENCE_SIDE = 60
"""Characters of a sentence a table shows on each side of the item."""


def _tail(text: str, width: int = SENTENCE_SIDE) -> str:
    """The end of a text on one line, with an ellipsis where cut.

    >>> _tail("一二三四五", 3)
    '…四五'
    """
    text = " ".join(text.split())
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def _kind_name(found: Any) -> str:  # noqa: ANN401 (a Found of any item)
    return {Standard: "standards", Funding: "fundings", Program: "programs"}.get(type(found.item), "other")
