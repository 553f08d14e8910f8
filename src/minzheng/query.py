"""Queries over many reports: facts filtered across reports, and flat records for pandas.

A :class:`ReportSet` holds reports (and the files that failed to parse, when it comes
from :func:`minzheng.parse_many`). Its queries return :class:`Found` items: the fact or
section with the report it stands in, so every answer can be traced to its sentence.

Text filters match the *normalized* text (simplified script, half-width digits): a
query written in either script finds reports written in either.
"""

from __future__ import annotations

import enum
import functools
import importlib
import typing
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, Literal, TypeVar, overload

import attrs
import regex

from minzheng._duplicates import copies, group_copies
from minzheng._errors import MinzhengError, NoSourceError
from minzheng._suggest import (
    check_known,
    is_region,
    known_actions,
    known_categories,
    region_names,
    wording_categories,
)
from minzheng.model import (
    Diagnostic,
    Funding,
    Per,
    Period,
    Phase,
    Program,
    Qualifier,
    Report,
    Scope,
    Section,
    SectionPath,
    SourceFormat,
    Span,
    Standard,
    Standing,
    clipped,
    fields_repr,
)
from minzheng.text.document import Document, zone_lines
from minzheng.text.html import normalize_html_cached
from minzheng.text.normalize import normalize, normalize_cached
from minzheng.text.segments import sentence_around

__all__ = [
    "RECORD_FIELDS",
    "RECORD_KINDS",
    "TABLE_COLUMNS",
    "TIMELINE_FIELDS",
    "Failure",
    "Found",
    "Record",
    "RecordKind",
    "RecordValue",
    "ReportSet",
    "Results",
    "frame",
]

Item = TypeVar("Item", Standard, Funding, Program, Section, Diagnostic)
"""What a query finds: a fact, a section or a diagnostic."""

FactT = TypeVar("FactT", Standard, Funding, Program)

FoundT = TypeVar("FoundT", bound=Standard | Funding | Program | Section | Diagnostic)
"""What a :class:`Found` holds: a fact, a section or a diagnostic."""

E = TypeVar("E", Scope, Period, Per, Phase)

RecordValue = str | int | bool | Decimal | date | None
"""A cell of a record: plain values; money stays :class:`~decimal.Decimal`, dates stay dates."""

Record = dict[str, RecordValue]
"""One flat row: report fields first, then the fact's own fields."""

RecordKind = Literal["standards", "fundings", "programs", "sections", "diagnostics", "reports"]
"""What a table has one row per."""

RECORD_KINDS: tuple[RecordKind, ...] = typing.get_args(RecordKind)
"""Every kind of record, in the order the documentation lists them."""

_COUNT_FIELDS = ("n_sections", "n_standards", "n_fundings", "n_programs", "n_citations", "n_diagnostics")
"""The columns of a report's record that count its facts."""
_REPORT_FIELDS = (
    "report",
    "title",
    "report_kind",
    "agency",
    "region",
    "region_level",
    "province",
    "published",
    "review_year",
    "plan_year",
)
_PLACE_FIELDS = ("start", "end", "section", "heading", "heading_path")

RECORD_FIELDS: dict[RecordKind, tuple[str, ...]] = {
    "standards": (
        *_REPORT_FIELDS,
        "index",
        "category",
        "label",
        "amount",
        "upper",
        "qualifier",
        "period",
        "per",
        "scope",
        "year",
        "previous_amount",
        "standing",
        "growth",
        "per_month",
        "text",
        *_PLACE_FIELDS,
    ),
    "fundings": (
        *_REPORT_FIELDS,
        "index",
        "amount",
        "upper",
        "qualifier",
        "action",
        "purpose",
        "per_capita",
        "target",
        "part_of",
        "year",
        "text",
        *_PLACE_FIELDS,
    ),
    "programs": (*_REPORT_FIELDS, "index", "name", "kind", "year", "text", "mentions", *_PLACE_FIELDS),
    "sections": (
        *_REPORT_FIELDS,
        "index",
        "level",
        "number",
        "ordinal",
        "phase",
        "children",
        *_PLACE_FIELDS,
    ),
    "diagnostics": (*_REPORT_FIELDS, "index", "code", "message", *_PLACE_FIELDS),
    "reports": (
        *_REPORT_FIELDS,
        "publisher",
        "doc_number",
        "index_number",
        "script",
        *_COUNT_FIELDS,
    ),
}
"""Column names of each kind of record, in order; a table with no rows still has them."""

TABLE_COLUMNS: dict[RecordKind, tuple[str, ...]] = {
    "standards": (
        "report",
        "region",
        "year",
        "category",
        "scope",
        "period",
        "per",
        "qualifier",
        "amount",
        "per_month",
        "standing",
        "text",
    ),
    "fundings": (
        "report",
        "region",
        "year",
        "action",
        "qualifier",
        "amount",
        "target",
        "per_capita",
        "part_of",
        "purpose",
    ),
    "programs": ("report", "region", "name", "kind", "section"),
    "sections": ("report", "section", "phase", "heading"),
    "diagnostics": ("report", "code", "start", "message"),
    "reports": ("report", "title", "report_kind", "region", "published", "n_standards", "n_fundings"),
}
"""The columns a short table shows of each kind of record (a terminal table, a notebook's);
CSV and the other exports give every column of ``RECORD_FIELDS``."""

_HEADING_SEPARATOR = " > "


@attrs.frozen
class Failure:
    """A file that could not be parsed, and why."""

    path: str
    """The file as it was given or found in a folder."""
    message: str
    """What went wrong, without the path (``no such file``, ``bytes are neither …``)."""


@attrs.frozen
class Found(Generic[FoundT]):
    """A fact, section or diagnostic found by a query, with the report it stands in."""

    report: Report
    """The report the item stands in."""
    item: FoundT
    """The fact, section or diagnostic itself."""
    index: int
    """Position of the item in its report: ``report.standards[index]`` for a standard (and
    likewise for fundings, programs and diagnostics); for a section, its position in
    ``report.iter_sections()``."""
    path: SectionPath | None
    """Path of the section the item stands in (a section's own path); None at top level."""

    @property
    def section(self) -> Section | None:
        """The section the item stands in (a section is its own); None at top level."""
        return self.report.section_at(self.path)

    @property
    def headings(self) -> tuple[str, ...]:
        """Headings from the top of the section tree down to :attr:`section`."""
        return _headings(self.report, self.path)

    @property
    def source_text(self) -> str:
        """The original text behind the item's span ("" for a diagnostic without one).

        Raises :class:`~minzheng.NoSourceError` for a report loaded without its source.
        """
        span: Span | None = self.item.span
        return "" if span is None else self.report.source_text(span)

    @property
    def sentence(self) -> str:
        """The original text of the sentences the item's span stands in, trimmed.

        Raises :class:`~minzheng.NoSourceError` for a report loaded without its source.
        """
        span: Span | None = self.item.span
        if span is None:
            return ""
        joins = _document_of(self.report).joins
        return self.report.source_text(sentence_around(self.report.text, span, joins)).strip()

    def record(self) -> Record:
        """One flat row for this item, with the columns of ``RECORD_FIELDS``."""
        return _RECORDERS[_kind_of(self.item)](self)

    def __repr__(self) -> str:
        """The item, its report's name, its section and its sentence; never the whole report."""
        shown = [fields_repr(self.item), f"report={self.report.name!r}"]
        if self.path and not hasattr(self.item, "section"):  # a fact shows its own
            shown.append(f"section={'.'.join(map(str, self.path))}")
        sentence = _sentence_or_none(self)
        if sentence:
            shown.append(f"sentence={clipped(sentence, REPR_SENTENCE)!r}")
        return f"Found({', '.join(shown)})"


REPR_SENTENCE = 60
"""Characters of a found item's sentence that its repr shows."""

REPR_ROWS = 10
"""Items of a query's results that their repr lists before saying how many more."""


def _sentence_or_none(found: Found[Any]) -> str | None:
    """The item's sentence, None where the report has no source text to take it from."""
    try:
        return found.sentence
    except NoSourceError:
        return None


class Results(tuple[Found[FoundT], ...]):  # noqa: SLOT001 (a tuple subclass takes no non-empty __slots__)
    """What a query returns: a tuple of :class:`Found` items that prints short.

    It is a tuple (``len``, indexing, ``== ()`` work as on any tuple) that also knows what
    kind of item it holds, so it gives its own records and frame, and a notebook shows it
    as a table (``_repr_html_``).
    """

    kind: RecordKind
    """What the items are (``standards``, ``sections`` …)."""

    def __new__(cls, items: Iterable[Found[FoundT]], kind: RecordKind) -> Results[FoundT]:
        """Results of ``items``, which are ``kind``."""
        new = super().__new__(cls, items)
        new.kind = kind
        return new

    def __getnewargs__(self) -> tuple[tuple[Found[FoundT], ...], RecordKind]:
        return tuple(self), self.kind

    def __repr__(self) -> str:
        reports = len({id(found.report) for found in self})
        noun = self.kind if len(self) != 1 else self.kind.removesuffix("s")
        head = f"<{len(self)} {noun} in {reports} report{'s' if reports != 1 else ''}"
        if not self:
            return head + ">"
        lines = [f"  {found!r}" for found in self[:REPR_ROWS]]
        if len(self) > REPR_ROWS:
            lines.append(f"  … {len(self) - REPR_ROWS} more")
        return head + ":\n" + "\n".join(lines) + "\n>"

    def _repr_html_(self) -> str:
        from minzheng.annotate import results_html  # noqa: PLC0415 (rendering, on first display)

        shown: str = results_html(self)
        return shown

    def to_records(self) -> list[Record]:
        """One flat row per item, with the columns of ``RECORD_FIELDS[self.kind]``."""
        return [found.record() for found in self]

    def to_frame(self) -> Any:  # noqa: ANN401 (pandas is optional, so are its types)
        """:meth:`to_records` as a typed ``pandas.DataFrame`` (see :meth:`ReportSet.to_frame`)."""
        return frame(self.to_records(), self.kind)


@functools.lru_cache(maxsize=16)
def _cached_document(source: str, source_format: SourceFormat) -> Document:
    html = source_format is SourceFormat.HTML
    normalized = normalize_html_cached(source) if html else normalize_cached(source)
    return Document(normalized, zone_lines(normalized.text))


def _document_of(report: Report) -> Document:
    """The document a report was read from (its source read again, remembered for a few)."""
    if report.source is None:
        msg = f"report {report.name!r} was loaded without its source text"
        raise NoSourceError(msg)
    return _cached_document(report.source, report.source_format)


def sentence_span(text: str, span: Span) -> Span:
    """The span grown to the sentence ends around it (。！？ or a line break, kept).

    >>> text = "前言。全年发放低保金1200万元。其余"
    >>> span = sentence_span(text, Span(10, 17))
    >>> text[span.start : span.end]
    '全年发放低保金1200万元。'
    """
    return sentence_around(text, span)


def _tuple_of_reports(reports: Iterable[Report]) -> tuple[Report, ...]:
    items: tuple[object, ...] = tuple(reports)
    for position, item in enumerate(items):
        if not isinstance(item, Report):
            msg = f"ReportSet takes reports; item {position} is a {type(item).__name__}"
            raise MinzhengError(msg)
    return typing.cast("tuple[Report, ...]", items)


def _tuple_of_failures(failures: Iterable[Failure]) -> tuple[Failure, ...]:
    return tuple(failures)


@attrs.frozen(repr=False)
class ReportSet:
    """Reports to query together; immutable, iterable and sized.

    >>> rs = ReportSet([Report(name="a.txt"), Report(name="b.txt")])
    >>> len(rs), [report.name for report in rs]
    (2, ['a.txt', 'b.txt'])
    """

    reports: tuple[Report, ...] = attrs.field(converter=_tuple_of_reports)
    """The reports, in the order given."""
    failures: tuple[Failure, ...] = attrs.field(default=(), converter=_tuple_of_failures)
    """Files that could not be parsed, in the order given (from :func:`minzheng.parse_many`)."""

    def __len__(self) -> int:
        return len(self.reports)

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports)

    @overload
    def __getitem__(self, key: int) -> Report: ...
    @overload
    def __getitem__(self, key: slice) -> ReportSet: ...
    def __getitem__(self, key: int | slice) -> Report | ReportSet:
        if isinstance(key, slice):
            return ReportSet(self.reports[key])
        return self.reports[key]

    def __repr__(self) -> str:
        failed = f", {len(self.failures)} failed" if self.failures else ""
        return f"<ReportSet of {len(self.reports)} reports{failed}>"

    def __add__(self, other: object) -> ReportSet:
        """The reports and failures of both sets, this one's first (partitions combine)."""
        if not isinstance(other, ReportSet):
            return NotImplemented
        return ReportSet.concat((self, other))

    @classmethod
    def concat(cls, sets: Iterable[ReportSet]) -> ReportSet:
        """One set of the reports and failures of many, in order (as partitions of a corpus).

        >>> a, b = ReportSet([Report(name="a.txt")]), ReportSet([Report(name="b.txt")])
        >>> [report.name for report in ReportSet.concat([a, b])], len(a + b)
        (['a.txt', 'b.txt'], 2)
        """
        reports: list[Report] = []
        failures: list[Failure] = []
        for one in sets:
            if not isinstance(one, ReportSet):
                msg = f"concat() takes report sets, got {type(one).__name__}"  # type: ignore[unreachable]
                raise MinzhengError(msg)
            reports.extend(one.reports)
            failures.extend(one.failures)
        return cls(reports, failures)

    # -- time series -----------------------------------------------------------------

    def timeline(
        self,
        category: str,
        scope: Scope | str | Iterable[Scope | str] | None = None,
        per: Per | str | Iterable[Per | str] | None = None,
    ) -> list[Record]:
        """One row per region, scope and year: the level of ``category`` then, from every report.

        Levels in force (``standing`` current) and levels a report says were replaced
        (``由680元提高到720元``: 680, with the earlier year where the text gives it) both
        count, so a corpus of a city's yearly reports gives its series. Where several
        levels fall on one region, scope and year, a current level wins over a replaced
        one (a replaced level given no earlier year shares its successor's year), an
        exact one over ``以上`` or ``约``, then the first in report order; ``levels`` says
        how many there were. Levels without a year, a region or a monthly equivalent
        (``once``, no period) are left out. Rows are sorted by region, scope and year,
        with the columns of :data:`TIMELINE_FIELDS`; ``pandas.DataFrame(rows)`` plots.
        """
        chosen: dict[tuple[str, str, int], list[Found[Standard]]] = {}
        for found in self.standards(category=category, scope=scope, per=per):
            level, region = found.item, found.report.region
            if level.year is None or region is None or level.per_month is None:
                continue
            key = (region.name, "" if level.scope is None else str(level.scope), level.year)
            chosen.setdefault(key, []).append(found)
        rows = []
        for key in sorted(chosen):
            candidates = chosen[key]
            best = min(enumerate(candidates), key=lambda pair: (_timeline_rank(pair[1].item), pair[0]))[1]
            rows.append(_timeline_row(best, len(candidates)))
        return rows

    # -- copies ----------------------------------------------------------------------

    def duplicates(self) -> tuple[tuple[Report, ...], ...]:
        """Groups of two or more reports that are copies of one another.

        Copies are the same report from several sites, cut short, with other chrome, or in
        the other script. Each group starts with the report :meth:`unique` keeps (the one
        with the most content), then the others in input order; groups come in the order
        of their first report. See :mod:`minzheng._duplicates` for how copies are told.
        """
        found = []
        for group in copies(group_copies(self.reports)):
            others = [member for member in group.members if member != group.kept]
            found.append(tuple(self.reports[position] for position in [group.kept, *others]))
        return tuple(found)

    def unique(self) -> ReportSet:
        """This set with one report of each group of copies: the one with the most content.

        Reports keep the order of each group's first report; failures are kept.
        """
        groups = group_copies(self.reports)
        return ReportSet([self.reports[group.kept] for group in groups], self.failures)

    def _repr_html_(self) -> str:
        from minzheng.annotate import report_set_html  # noqa: PLC0415 (rendering, on first display)

        return report_set_html(self)

    # -- queries -------------------------------------------------------------------

    def standards(  # noqa: PLR0913 (each filter is a keyword an analyst reaches for)
        self,
        *,
        category: str | Iterable[str] | None = None,
        scope: Scope | str | Iterable[Scope | str] | None = None,
        period: Period | str | Iterable[Period | str] | None = None,
        per: Per | str | Iterable[Per | str] | None = None,
        year: int | Iterable[int] | None = None,
        region: str | None = None,
        min_amount: Decimal | int | str | None = None,
        max_amount: Decimal | int | str | None = None,
        text: str | None = None,
    ) -> Results[Standard]:
        """Standards matching every filter given.

        ``category`` is a canonical key (``低保``) or several; enum filters take the enum,
        its value (``"urban"``) or several of either; ``year`` an int or several
        (``range(2018, 2021)``); ``region`` the report's region or any region enclosing
        it; amount bounds are inclusive and compare :attr:`Standard.amount` (the lower
        bound of a range); ``text`` is a substring of the category, its wording or the
        amount as written.
        """
        tests: list[Callable[[Standard], bool]] = []
        if category is not None:
            categories = _strings(category, "category")
            self._check_categories(categories)
            tests.append(lambda s: s.category in categories)
        _add_enum_test(tests, scope, Scope, "scope", lambda s: s.scope)
        _add_enum_test(tests, period, Period, "period", lambda s: s.period)
        _add_enum_test(tests, per, Per, "per", lambda s: s.per)
        if year is not None:
            years = _years(year)
            tests.append(lambda s: s.year in years)
        _add_bounds_test(tests, min_amount, max_amount, lambda s: s.amount)
        if text is not None:
            needle = _needle(text)
            tests.append(lambda s: needle in (s.category or "") or needle in s.label or needle in s.text)
        return self._facts(lambda r: r.standards, tests, region, "standards")

    def fundings(  # noqa: PLR0913 (each filter is a keyword an analyst reaches for)
        self,
        *,
        action: str | Iterable[str] | None = None,
        year: int | Iterable[int] | None = None,
        region: str | None = None,
        min_yuan: Decimal | int | str | None = None,
        max_yuan: Decimal | int | str | None = None,
        per_capita: bool | None = None,
        target: bool | None = None,
        totals_only: bool = False,
        text: str | None = None,
    ) -> Results[Funding]:
        """Fundings matching every filter given.

        ``totals_only`` leaves out amounts that are parts of a total in the same report
        (``part_of`` set), so a sum counts nothing twice; ``per_capita`` keeps only
        (True) or leaves out (False) per-capita averages, ``target`` likewise planned
        amounts (``力争…18亿元``); ``text`` is a substring of the
        amount as written, the action or the purpose. Other filters as in
        :meth:`standards`.
        """
        tests: list[Callable[[Funding], bool]] = []
        if action is not None:
            actions = _strings(action, "action")
            present = {f.action for report in self.reports for f in report.fundings if f.action}
            check_known("action", actions, known_actions() | present)
            tests.append(lambda f: f.action in actions)
        if year is not None:
            years = _years(year)
            tests.append(lambda f: f.year in years)
        _add_bounds_test(tests, min_yuan, max_yuan, lambda f: f.amount)
        if per_capita is not None:
            tests.append(lambda f: f.per_capita is per_capita)
        if target is not None:
            tests.append(lambda f: f.target is target)
        if totals_only:
            tests.append(lambda f: f.part_of is None)
        if text is not None:
            needle = _needle(text)
            tests.append(
                lambda f: needle in f.text or needle in (f.action or "") or needle in (f.purpose or "")
            )
        return self._facts(lambda r: r.fundings, tests, region, "fundings")

    def programs(
        self,
        *,
        name: str | None = None,
        kind: str | Iterable[str] | None = None,
        exclude_formulations: bool = False,
        region: str | None = None,
    ) -> Results[Program]:
        """Programs matching every filter given.

        ``name`` is a substring of the program's name (``养老`` finds every program whose
        name holds it); ``kind`` a kind word (``工程``) or several;
        ``exclude_formulations`` leaves out numbered political formulations
        (kind ``formulation``, such as ``两个维护``).
        """
        tests: list[Callable[[Program], bool]] = []
        if name is not None:
            needle = _needle(name)
            tests.append(lambda p: needle in p.name)
        if kind is not None:
            kinds = _strings(kind, "kind")
            tests.append(lambda p: p.kind in kinds)
        if exclude_formulations:
            tests.append(lambda p: p.kind != "formulation")
        return self._facts(lambda r: r.programs, tests, region, "programs")

    def diagnostics(
        self, *, code: str | None = None, region: str | None = None
    ) -> Results[Diagnostic]:
        """Diagnostics of one code, or of a family of codes.

        ``code="money"`` finds every ``money.*`` code (``money.unit_lost`` …);
        ``code="money.unit_lost"`` finds that code only.
        """
        tests: list[Callable[[Diagnostic], bool]] = []
        if code is not None:
            prefix = f"{code}."
            tests.append(lambda d: d.code == code or d.code.startswith(prefix))
        found: list[Found[Diagnostic]] = []
        for report in self._in_region(region):
            for index, diagnostic in enumerate(report.diagnostics):
                if all(test(diagnostic) for test in tests):
                    span = diagnostic.span
                    path = None if span is None else report.path_at(span.start)
                    found.append(Found(report, diagnostic, index, path))
        return Results(found, "diagnostics")

    def sections(
        self,
        *,
        phase: Phase | str | Iterable[Phase | str] | None = None,
        heading: str | None = None,
        text: str | None = None,
        region: str | None = None,
    ) -> Results[Section]:
        """Sections, depth first, matching every filter given.

        ``heading`` is a substring of the heading; ``text`` a substring of the section's
        text, its subsections included (so a match in a subsection also selects its
        parents: use :meth:`search` for the innermost sections only). A report loaded
        without its source text is searched in its headings only.
        """
        phases = None if phase is None else _enums(phase, Phase, "phase")
        heading_needle = None if heading is None else _needle(heading)
        needle = None if text is None else _needle(text)
        found: list[Found[Section]] = []
        for report in self._in_region(region):
            body = _text_or_none(report) if needle is not None else None
            for index, (path, section) in enumerate(_walk(report.sections)):
                if phases is not None and section.phase not in phases:
                    continue
                if heading_needle is not None and heading_needle not in section.heading:
                    continue
                if needle is not None:
                    span = section.span
                    haystack = section.heading if body is None else body[span.start : span.end]
                    if needle not in haystack:
                        continue
                found.append(Found(report, section, index, path))
        return Results(found, "sections")

    def search(
        self, text: str, *, pattern: bool = False, region: str | None = None
    ) -> Results[Section]:
        """The innermost sections whose text holds ``text``, in report and document order.

        With ``pattern=True``, ``text`` is a regular expression (``regex`` module syntax)
        and is not normalized. Matches before the first section belong to no section
        and are not returned. A report loaded without its source text is searched in
        its headings only.
        """
        if not text:
            msg = "search() needs a non-empty text"
            raise MinzhengError(msg)
        if pattern:
            try:
                compiled = regex.compile(text)
            except regex.error as error:
                msg = f"bad search pattern {text!r}: {error}"
                raise MinzhengError(msg) from None
        else:
            compiled = regex.compile(regex.escape(_needle(text)))
        found: list[Found[Section]] = []
        for report in self._in_region(region):
            placed = list(_walk(report.sections))
            body = _text_or_none(report)
            if body is None:
                hits = {
                    index for index, (_, section) in enumerate(placed) if compiled.search(section.heading)
                }
            else:
                index_of = {path: index for index, (path, _) in enumerate(placed)}
                hits = set()
                for match in compiled.finditer(body):
                    path = report.path_at(match.start())
                    if path is not None:
                        hits.add(index_of[path])
            found.extend(Found(report, placed[i][1], i, placed[i][0]) for i in sorted(hits))
        return Results(found, "sections")

    # -- records -------------------------------------------------------------------

    def to_records(self, kind: RecordKind) -> list[Record]:
        """One flat dict per fact (or section, diagnostic, report); columns as in ``RECORD_FIELDS``.

        Values are plain: strings, ints, bools, None, enums as their values, money as
        :class:`~decimal.Decimal` (exact; pandas keeps it as an ``object`` column, and
        ``df["amount"].astype(float)`` gives floats where exactness no longer matters),
        dates as :class:`datetime.date`. Report columns come first: ``report`` (its
        name), ``title``, ``report_kind``, ``agency``, ``region``, ``region_level``,
        ``province`` (the outermost enclosing region, or the region itself),
        ``published``, ``review_year``, ``plan_year``. Facts add ``start``/``end``
        (their span), ``section`` (``"2.1"``), ``heading`` and ``heading_path``
        (``"二、… > （一）…"``).
        """
        _check_kind(kind)
        if kind == "reports":
            return [_report_record(report) for report in self.reports]
        finders: dict[RecordKind, Callable[[], Results[Any]]] = {
            "standards": self.standards,
            "fundings": self.fundings,
            "programs": self.programs,
            "sections": self.sections,
            "diagnostics": self.diagnostics,
        }
        return [found.record() for found in finders[kind]()]

    def to_frame(self, kind: RecordKind) -> Any:  # noqa: ANN401 (pandas is optional, so are its types)
        """:meth:`to_records` as a ``pandas.DataFrame`` with typed columns (needs the ``pandas`` extra).

        Years, counts, indexes and positions are nullable ``Int64`` (a missing year is
        ``<NA>``, not a float ``NaN``), ``published`` is ``datetime64``, flags are nullable
        ``boolean``; amounts stay exact :class:`~decimal.Decimal` objects.
        """
        _check_kind(kind)
        return frame(self.to_records(kind), kind)

    # -- helpers -------------------------------------------------------------------

    def _in_region(self, region: str | None) -> Iterator[Report]:
        if region is None:
            yield from self.reports
            return
        if not isinstance(region, str):
            msg = f"region must be a region name, got {type(region).__name__}"  # type: ignore[unreachable]
            raise MinzhengError(msg)
        names = self._region_names(_needle(region))
        for report in self.reports:
            if report.region is not None and (
                report.region.name in names or not names.isdisjoint(report.region.parents)
            ):
                yield report

    def _regions_present(self) -> set[str]:
        """Every region the reports name, with the regions enclosing them."""
        present: set[str] = set()
        for report in self.reports:
            if report.region is not None:
                present.add(report.region.name)
                present.update(report.region.parents)
        return present

    def _region_names(self, needle: str) -> frozenset[str]:
        """The full names a query's region stands for; an error for a name no region has."""
        present = self._regions_present()
        names = region_names(needle, present)
        if names.isdisjoint(present) and not is_region(needle):
            check_known("region", [needle], present)
        return names

    def _check_categories(self, categories: frozenset[str]) -> None:
        """An error for a category neither the vocabulary nor any report has, with suggestions."""
        present = {s.category for report in self.reports for s in report.standards if s.category}
        known = known_categories() | present
        for category in categories:
            check_known("category", [category], known, extra=wording_categories(category))

    def _facts(
        self,
        facts_of: Callable[[Report], tuple[FactT, ...]],
        tests: list[Callable[[FactT], bool]],
        region: str | None,
        kind: RecordKind,
    ) -> Results[FactT]:
        found: list[Found[FactT]] = []
        for report in self._in_region(region):
            for index, fact in enumerate(facts_of(report)):
                if all(test(fact) for test in tests):
                    found.append(Found(report, fact, index, fact.section))
        return Results(found, kind)


# -- time series -------------------------------------------------------------------------

TIMELINE_FIELDS = (
    "region",
    "scope",
    "year",
    "category",
    "amount",
    "upper",
    "qualifier",
    "period",
    "per",
    "per_month",
    "standing",
    "levels",
    "report",
    "sentence",
)
"""Columns of a :meth:`ReportSet.timeline` row."""


def _timeline_rank(level: Standard) -> tuple[bool, bool]:
    """Lower is better: a level in force before a replaced one, then an exact one."""
    return level.standing is Standing.PREVIOUS, level.qualifier is not Qualifier.EXACT


def _timeline_row(found: Found[Standard], levels: int) -> Record:
    level, region = found.item, found.report.region
    return {
        "region": None if region is None else region.name,
        "scope": _value(level.scope),
        "year": level.year,
        "category": level.category,
        "amount": level.amount,
        "upper": level.upper,
        "qualifier": _value(level.qualifier),
        "period": _value(level.period),
        "per": _value(level.per),
        "per_month": level.per_month,
        "standing": _value(level.standing),
        "levels": levels,
        "report": found.report.name,
        "sentence": _sentence_or_none(found),
    }


# -- frames ----------------------------------------------------------------------------

INT_COLUMNS = frozenset(
    {
        "review_year",
        "plan_year",
        "year",
        "previous_year",
        "index",
        "part_of",
        "level",
        "ordinal",
        "children",
        "mentions",
        "levels",
        "start",
        "end",
        *_COUNT_FIELDS,
    }
)
"""Columns of whole numbers, typed as pandas' nullable ``Int64``."""

DATE_COLUMNS = frozenset({"published"})
"""Columns of dates, typed ``datetime64``."""

BOOL_COLUMNS = frozenset({"per_capita", "target"})
"""Columns of flags, typed as pandas' nullable ``boolean``."""


def frame(records: list[Record], kind: RecordKind) -> Any:  # noqa: ANN401 (pandas is optional, so are its types)
    """Records as a ``pandas.DataFrame`` of the columns of ``kind``, typed (see ``ReportSet.to_frame``)."""
    try:
        pandas = importlib.import_module("pandas")
    except ImportError:
        msg = "to_frame() needs pandas: pip install 'minzheng[pandas]'"
        raise MinzhengError(msg) from None
    table = pandas.DataFrame(records, columns=list(RECORD_FIELDS[kind]))
    for column in table.columns:
        if column in INT_COLUMNS:
            table[column] = table[column].astype("Int64")
        elif column in DATE_COLUMNS:
            table[column] = pandas.to_datetime(table[column])
        elif column in BOOL_COLUMNS:
            table[column] = table[column].astype("boolean")
    return table


# -- filter values ---------------------------------------------------------------------


def _needle(text: str) -> str:
    if not isinstance(text, str):
        msg = f"expected text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise MinzhengError(msg)
    return normalize(text).text


def _strings(value: str | Iterable[str], name: str) -> frozenset[str]:
    values: tuple[object, ...] = (value,) if isinstance(value, str) else tuple(value)
    needles: set[str] = set()
    for one in values:
        if not isinstance(one, str):
            msg = f"{name} must be a string or several, got {type(one).__name__}"
            raise MinzhengError(msg)
        needles.add(_needle(one))
    return frozenset(needles)


def _years(value: int | Iterable[int]) -> frozenset[int]:
    values = (value,) if isinstance(value, int) else tuple(value)
    for one in values:
        if isinstance(one, bool) or not isinstance(one, int):
            msg = f"year must be an int or several, got {one!r}"
            raise MinzhengError(msg)
    return frozenset(values)


def _enums(value: E | str | Iterable[E | str], enum_type: type[E], name: str) -> frozenset[E]:
    values: tuple[E | str, ...] = (value,) if isinstance(value, str | enum_type) else tuple(value)
    chosen: set[E] = set()
    for one in values:
        try:
            chosen.add(enum_type(one))
        except ValueError:
            allowed = ", ".join(member.value for member in enum_type)
            msg = f"{name} must be one of {allowed}; got {one!r}"
            raise MinzhengError(msg) from None
    return frozenset(chosen)


def _add_enum_test(
    tests: list[Callable[[Standard], bool]],
    value: E | str | Iterable[E | str] | None,
    enum_type: type[E],
    name: str,
    field: Callable[[Standard], E | None],
) -> None:
    if value is None:
        return
    chosen = _enums(value, enum_type, name)
    tests.append(lambda s: field(s) in chosen)


def _bound(value: Decimal | int | str, name: str) -> Decimal:
    if isinstance(value, bool):
        msg = f"{name} must be a number, got {value!r}"
        raise MinzhengError(msg)
    try:
        bound = Decimal(str(value))
    except InvalidOperation:
        msg = f"{name} must be a number, got {value!r}"
        raise MinzhengError(msg) from None
    if not bound.is_finite():
        msg = f"{name} must be finite, got {value!r}"
        raise MinzhengError(msg)
    return bound


def _add_bounds_test(
    tests: list[Callable[[Item], bool]],
    low: Decimal | int | str | None,
    high: Decimal | int | str | None,
    amount: Callable[[Item], Decimal],
) -> None:
    if low is not None:
        floor = _bound(low, "minimum")
        tests.append(lambda fact: amount(fact) >= floor)
    if high is not None:
        ceiling = _bound(high, "maximum")
        tests.append(lambda fact: amount(fact) <= ceiling)


def _check_kind(kind: str) -> None:
    if kind not in RECORD_FIELDS:
        msg = f"unknown record kind {kind!r}; choose one of {', '.join(RECORD_KINDS)}"
        raise MinzhengError(msg)


# -- sections --------------------------------------------------------------------------


def _walk(sections: tuple[Section, ...], prefix: SectionPath = ()) -> Iterator[tuple[SectionPath, Section]]:
    """Every section with its path, depth first (the order of ``Report.iter_sections``)."""
    for position, section in enumerate(sections, start=1):
        path = (*prefix, position)
        yield path, section
        yield from _walk(section.children, path)


def _headings(report: Report, path: SectionPath | None) -> tuple[str, ...]:
    headings: list[str] = []
    level = report.sections
    for position in path or ():
        if not 1 <= position <= len(level):
            break  # a path the tree does not hold: say what is known
        headings.append(level[position - 1].heading)
        level = level[position - 1].children
    return tuple(headings)


def _text_or_none(report: Report) -> str | None:
    try:
        return report.text
    except NoSourceError:
        return None


# -- records ---------------------------------------------------------------------------


def _value(value: object) -> RecordValue:
    """A plain cell value: enums become their values (a plain str, not the StrEnum)."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if value is None or isinstance(value, str | int | Decimal | date):
        return value
    return str(value)


def _report_fields(report: Report) -> Record:
    region = report.region
    return {
        "report": report.name,
        "title": report.title,
        "report_kind": report.kind.value,
        "agency": report.agency,
        "region": region.name if region else None,
        "region_level": region.level.value if region and region.level else None,
        "province": (region.parents[0] if region.parents else region.name) if region else None,
        "published": report.published,
        "review_year": report.review_year,
        "plan_year": report.plan_year,
    }


def _place_fields(found: Found[Any]) -> Record:
    span = found.item.span
    headings = found.headings
    return {
        "start": None if span is None else span.start,
        "end": None if span is None else span.end,
        "section": ".".join(map(str, found.path)) if found.path else None,
        "heading": headings[-1] if headings else None,
        "heading_path": _HEADING_SEPARATOR.join(headings) if headings else None,
    }


def _report_record(report: Report) -> Record:
    return {
        **_report_fields(report),
        "publisher": report.publisher,
        "doc_number": report.doc_number,
        "index_number": report.index_number,
        "script": report.script.value,
        "n_sections": sum(1 for _ in report.iter_sections()),
        "n_standards": len(report.standards),
        "n_fundings": len(report.fundings),
        "n_programs": len(report.programs),
        "n_citations": len(report.citations),
        "n_diagnostics": len(report.diagnostics),
    }


def _fact_record(kind: RecordKind, found: Found[Any]) -> Record:
    item = found.item
    own: Record = {"index": found.index}
    place = _place_fields(found)
    for field in RECORD_FIELDS[kind][len(_REPORT_FIELDS) + 1 :]:
        if field in place:
            own[field] = place[field]
        elif field == "mentions":
            own[field] = len(item.mentions)
        elif field == "children":
            own[field] = len(item.children)
        else:
            own[field] = _value(getattr(item, field))
    return {**_report_fields(found.report), **own}


def _kind_of(item: object) -> RecordKind:
    kinds: dict[type, RecordKind] = {
        Standard: "standards",
        Funding: "fundings",
        Program: "programs",
        Section: "sections",
        Diagnostic: "diagnostics",
    }
    return kinds[type(item)]


_RECORDERS: dict[RecordKind, Callable[[Found[Any]], Record]] = {
    kind: functools.partial(_fact_record, kind) for kind in RECORD_KINDS if kind != "reports"
}
