"""Hypothesis strategies for every model class, in one place."""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st

from minzheng.model import (
    Citation,
    Diagnostic,
    Funding,
    Level,
    Per,
    Period,
    Phase,
    Program,
    Qualifier,
    Region,
    Report,
    ReportKind,
    Scope,
    Script,
    Section,
    SectionPath,
    Span,
    Standard,
    Turn,
)

__all__ = [
    "citations",
    "decimals",
    "diagnostics",
    "fundings",
    "programs",
    "regions",
    "reports",
    "sections",
    "spans",
    "standards",
    "turns",
]

# Text as reports hold it: Chinese, digits, punctuation; plus anything Unicode now and then.
chinese = st.text(
    alphabet=st.sampled_from("民政局低保特困供养城乡标准每人月元万亿发放资金养老服务一二三四五六七八九十（）、，。“”《》0123456789."),
    max_size=20,
)
any_text = st.one_of(chinese, st.text(max_size=20))
short_names = st.text(alphabet=st.sampled_from("天津门新区市县省民政局社会中国日报"), min_size=1, max_size=8)

decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False, places=2
) | st.integers(min_value=0, max_value=10**18).map(Decimal)
optional_decimals = st.none() | decimals
years = st.none() | st.integers(min_value=1949, max_value=2100)


@st.composite
def spans(draw: st.DrawFn, limit: int = 100_000) -> Span:
    """A valid half-open span."""
    start = draw(st.integers(min_value=0, max_value=limit))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


section_paths: st.SearchStrategy[SectionPath | None] = st.none() | st.lists(
    st.integers(min_value=1, max_value=20), min_size=1, max_size=4
).map(tuple)

regions = st.builds(
    Region,
    name=short_names,
    level=st.none() | st.sampled_from(Level),
    parents=st.lists(short_names, max_size=3).map(tuple),
)
turns = st.builds(Turn, speaker=short_names, span=spans())
diagnostics = st.builds(Diagnostic, code=st.sampled_from(["money.unit_lost", "section.ordinal_lost"]),
                        message=any_text, span=st.none() | spans())
citations = st.builds(Citation, span=spans(), title=st.none() | chinese, doc_number=st.none() | chinese)

standards = st.builds(
    Standard,
    category=chinese,
    label=chinese,
    amount=decimals,
    text=chinese,
    span=spans(),
    upper=optional_decimals,
    qualifier=st.sampled_from(Qualifier),
    period=st.none() | st.sampled_from(Period),
    per=st.none() | st.sampled_from(Per),
    scope=st.none() | st.sampled_from(Scope),
    year=years,
    previous_amount=optional_decimals,
    growth=optional_decimals,
    section=section_paths,
)
fundings = st.builds(
    Funding,
    amount=decimals,
    text=chinese,
    span=spans(),
    upper=optional_decimals,
    qualifier=st.sampled_from(Qualifier),
    action=st.none() | chinese,
    purpose=st.none() | chinese,
    per_capita=st.booleans(),
    target=st.booleans(),
    part_of=st.none() | st.integers(min_value=0, max_value=50),
    year=years,
    section=section_paths,
)
programs = st.builds(
    Program,
    name=chinese,
    text=chinese,
    span=spans(),
    kind=st.none() | st.sampled_from(["工程", "行动", "平台", "formulation"]),
    section=section_paths,
    mentions=st.lists(spans(), max_size=3).map(tuple),
    year=years,
)


def _sections(depth: int) -> st.SearchStrategy[Section]:
    children = st.just(()) if depth == 0 else st.lists(_sections(depth - 1), max_size=3).map(tuple)
    return st.builds(
        Section,
        level=st.integers(min_value=1, max_value=6),
        number=st.none() | st.sampled_from(["一", "二", "1", "10"]),
        ordinal=st.none() | st.integers(min_value=1, max_value=30),
        heading=chinese,
        phase=st.none() | st.sampled_from(Phase),
        span=spans(),
        children=children,
    )


sections = _sections(2)



def _within(span: Span, length: int) -> Span:
    return Span(min(span.start, length), min(span.end, length))


def _consistent(report: Report) -> Report:
    """The report with what loading checks made to hold: spans within the text, ``part_of`` in range."""
    count = len(report.fundings)
    fundings = tuple(
        attrs.evolve(funding, part_of=None)
        if funding.part_of is not None and not (funding.part_of < count and funding.part_of != i)
        else funding
        for i, funding in enumerate(report.fundings)
    )
    report = attrs.evolve(report, fundings=fundings)
    if report.source is None:
        return report
    length = len(report.text)

    def section(one: Section) -> Section:
        return attrs.evolve(one, span=_within(one.span, length), children=tuple(map(section, one.children)))

    def fact(one):
        return attrs.evolve(one, span=_within(one.span, length))

    return attrs.evolve(
        report,
        sections=tuple(map(section, report.sections)),
        turns=tuple(map(fact, report.turns)),
        standards=tuple(map(fact, report.standards)),
        fundings=tuple(map(fact, report.fundings)),
        programs=tuple(
            attrs.evolve(fact(program), mentions=tuple(_within(m, length) for m in program.mentions))
            for program in report.programs
        ),
        citations=tuple(map(fact, report.citations)),
        diagnostics=tuple(d if d.span is None else fact(d) for d in report.diagnostics),
    )


reports: st.SearchStrategy[Report] = st.builds(
    Report,
    name=st.none() | st.text(max_size=12),
    title=st.none() | any_text,
    kind=st.sampled_from(ReportKind),
    agency=st.none() | short_names,
    publisher=st.none() | short_names,
    region=st.none() | regions,
    published=st.none() | st.dates(),
    doc_number=st.none() | chinese,
    index_number=st.none() | st.text(max_size=30),
    review_year=years,
    plan_year=years,
    script=st.sampled_from(Script),
    sections=st.lists(sections, max_size=3).map(tuple),
    turns=st.lists(turns, max_size=3).map(tuple),
    standards=st.lists(standards, max_size=4).map(tuple),
    fundings=st.lists(fundings, max_size=4).map(tuple),
    programs=st.lists(programs, max_size=3).map(tuple),
    citations=st.lists(citations, max_size=3).map(tuple),
    diagnostics=st.lists(diagnostics, max_size=3).map(tuple),
    source=st.none() | any_text,
).map(_consistent)
