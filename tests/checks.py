"""Checks that hold of any parse, shared by the package's tests and the acceptance run."""

from __future__ import annotations

import itertools

from minzheng import Report, Span, parse, structure, unstructure
from minzheng.text.document import Document
from minzheng.text.numbers import find_money


def _facts(report: Report) -> list[tuple[str, Span]]:
    return [
        *(("standard", s.span) for s in report.standards),
        *(("funding", f.span) for f in report.fundings),
        *(("program", p.span) for p in report.programs),
        *(("citation", c.span) for c in report.citations),
    ]


def check_invariants(text: str) -> Report:
    """Parse ``text`` and check everything that must hold of any parse."""
    report = parse(text, name="case")
    assert [d for d in report.diagnostics if d.code == "internal.error"] == []
    normalized = report.text
    limit = len(normalized)
    for kind, span in _facts(report):
        assert 0 <= span.start <= span.end <= limit, (kind, span)
        report.source_text(span)  # maps back without error
    for section in report.iter_sections():
        assert 0 <= section.span.start <= section.span.end <= limit
        for child in section.children:
            assert child.span in section.span
            assert child.level > section.level
    for fact in (*report.standards, *report.fundings, *report.programs):
        section = report.section_of(fact)
        if section is not None:
            assert fact.span in section.span, (fact, section.heading)
    money = sorted(s.span for s in (*report.standards, *report.fundings))
    for first, second in itertools.pairwise(money):
        assert not first.overlaps(second), (first, second)
    for funding in report.fundings:
        if funding.part_of is not None:
            assert 0 <= funding.part_of < len(report.fundings)
            assert report.fundings[funding.part_of].part_of is None
    assert structure(unstructure(report), Report) == report
    return report


def money_in_body(text: str) -> set[Span]:
    """Every money amount the number layer finds in the body of ``text``, read in its paragraphs' views."""
    report = parse(text)
    document = Document.of(report.text)
    found = set()
    for paragraph in document.segments.paragraphs:
        view = document.view(paragraph.start, paragraph.end)
        found |= {view.span(q.span.start, q.span.end) for q in find_money(view.text)}
    return found
