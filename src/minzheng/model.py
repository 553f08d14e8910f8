"""The minzheng model: frozen attrs classes and enums, no parsing logic.

Every fact carries a :class:`Span` into the report's *normalized* text (simplified
script, half-width digits); :meth:`Report.source_text` maps it back to the source.
"""

from __future__ import annotations

import decimal
import enum
import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import attrs

from minzheng._errors import MinzhengError, NoSourceError
from minzheng.text.html import normalize_html_cached
from minzheng.text.normalize import Normalized, normalize_cached
from minzheng.text.span import Script, Span

__all__ = [
    "READ_SCHEMAS",
    "SCHEMA",
    "Citation",
    "Diagnostic",
    "Fact",
    "Funding",
    "Level",
    "Per",
    "Period",
    "Phase",
    "Program",
    "Qualifier",
    "Region",
    "Report",
    "ReportKind",
    "Scope",
    "Script",
    "Section",
    "SectionPath",
    "SourceFormat",
    "Span",
    "Standard",
    "Standing",
    "Turn",
    "monthly",
]

SCHEMA = "minzheng/3"
"""Version tag of the plain-data shape, written into every unstructured report."""

READ_SCHEMAS = ("minzheng/1", "minzheng/2", SCHEMA)
"""Every version tag this version reads: ``minzheng/1`` data lacks ``Standard.per_month``
(computed as it is read) and ``Standard.standing``, ``minzheng/2`` data lacks
``Standard.standing`` (None)."""


class ReportKind(enum.StrEnum):
    """Genre of a report as written."""

    WORK_SUMMARY = "work_summary"
    WORK_PLAN = "work_plan"
    SUMMARY_AND_PLAN = "summary_and_plan"
    INTERVIEW = "interview"
    NEWS = "news"
    NOTICE = "notice"
    OTHER = "other"


class Phase(enum.StrEnum):
    """Whether a section tells what was done or what is planned."""

    REVIEW = "review"
    PLAN = "plan"


class Period(enum.StrEnum):
    """How often a standard is paid or charged."""

    HOUR = "hour"
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ONCE = "once"


class Per(enum.StrEnum):
    """The unit a standard is paid per."""

    PERSON = "person"
    HOUSEHOLD = "household"
    CASE = "case"


class Scope(enum.StrEnum):
    """Urban, rural or both, where a standard says so."""

    URBAN = "urban"
    RURAL = "rural"
    URBAN_RURAL = "urban_rural"


class Qualifier(enum.StrEnum):
    """Precision of an amount: exact, 约/近 (approx), 余/多 (at least), 不超过 (at most)."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Standing(enum.StrEnum):
    """Whether a level was replaced by another the same sentence gives, or is the one in force."""

    PREVIOUS = "previous"
    """Replaced: ``由680元提高到720元`` gives 680 as the previous level."""
    CURRENT = "current"
    """In force: 720 there, and any level stated alone."""


class SourceFormat(enum.StrEnum):
    """What the source text is: plain text, or a page of HTML markup whose text was read."""

    TEXT = "text"
    HTML = "html"


class Level(enum.StrEnum):
    """Administrative level of a region."""

    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    DISTRICT = "district"


SectionPath = tuple[int, ...]
"""1-based positions from the top of the section tree down to a section: ``(2, 1)``."""


@attrs.frozen
class Region:
    """An administrative region with its parents, outermost first."""

    name: str
    """Full name, e.g. ``天门市``."""
    level: Level | None = None
    """Administrative level, where known."""
    parents: tuple[str, ...] = ()
    """Enclosing regions, outermost first: ``("四川省", "成都市")`` for 新津区."""

    def __repr__(self) -> str:
        return fields_repr(self)


@attrs.frozen
class Section:
    """A heading and the text under it; sections nest through ``children``."""

    level: int
    """Depth in the tree, 1 at the top."""
    number: str | None
    """The ordinal as written (``一``, ``1``), None where the source lost it or has none."""
    ordinal: int | None
    """The ordinal as a number, also when inferred for a lost one."""
    heading: str
    """Heading text without its numbering."""
    phase: Phase | None
    """Review or plan, inherited from the nearest ancestor that states one."""
    span: Span
    """From the heading to the end of the section's last child."""
    children: tuple[Section, ...] = ()
    """Subsections in document order."""

    def iter_sections(self) -> Iterator[Section]:
        """This section and its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.iter_sections()

    def __repr__(self) -> str:
        return fields_repr(self)


@attrs.frozen
class Turn:
    """One turn of an interview: who speaks and where."""

    speaker: str
    """Speaker as written (``记者``, ``朱峰``)."""
    span: Span
    """The turn from the speaker's name to the next turn."""

    def __repr__(self) -> str:
        return fields_repr(self)


@attrs.frozen
class Standard:
    """A per-unit amount set by policy: a benefit level, subsidy, fee or deduction."""

    category: str | None
    """Canonical category key (``低保``, ``散居孤儿基本生活费``), the source wording of a benefit
    no key covers, or None where no benefit's noun names the amount."""
    label: str
    """Category as written in the source (empty where none is written)."""
    amount: Decimal
    """Amount in yuan; the lower bound of a range."""
    text: str
    """The amount as written, first digit through unit."""
    span: Span
    """Where ``text`` stands."""
    upper: Decimal | None = None
    """Upper bound of a range (``2-12元``), else None."""
    qualifier: Qualifier = Qualifier.EXACT
    """Precision of ``amount``."""
    period: Period | None = None
    """Per month, per year, once."""
    per: Per | None = None
    """Per person, household or case."""
    scope: Scope | None = None
    """Urban, rural, both, or not said."""
    year: int | None = None
    """Year the amount applies to."""
    previous_amount: Decimal | None = None
    """The level this one replaced (``由500元提高到530元``: 500)."""
    growth: Decimal | None = None
    """Growth rate in percent where the text gives one."""
    section: SectionPath | None = None
    """Path of the section the amount stands in; None at top level."""
    per_month: Decimal | None = attrs.field(
        default=attrs.Factory(lambda self: monthly(self.amount, self.period), takes_self=True)
    )
    """The amount as a monthly level, so that levels written monthly and yearly compare
    (:func:`monthly`); None for ``once`` or an unknown period."""
    standing: Standing | None = None
    """``previous`` for a level the text says was replaced (``由680元提高到720元``: 680),
    ``current`` for the level in force; None in data of schemas before ``minzheng/3``."""

    def __repr__(self) -> str:
        return fields_repr(self)


_MONTHS_PER: dict[Period, Decimal] = {
    Period.MONTH: Decimal(1),
    Period.QUARTER: Decimal(3),
    Period.YEAR: Decimal(12),
    Period.DAY: Decimal(12) / Decimal(365),
}
"""How many months each period lasts (a day is a 365th of a year); an hour's charge
(``冷藏柜3元/小时``) has no monthly equivalent."""

_FEN = Decimal("0.01")
"""The smallest unit of the yuan: a monthly level that does not come out exact is rounded to it."""


def monthly(amount: Decimal, period: Period | None) -> Decimal | None:
    """The monthly equivalent of an amount paid per ``period``, None for ``once``, ``hour`` or no period.

    Exact where the division comes out (a year's 7200 is 600 a month), else rounded to the fen.

    >>> monthly(Decimal(7200), Period.YEAR), monthly(Decimal(5000), Period.YEAR)
    (Decimal('600'), Decimal('416.67'))
    >>> monthly(Decimal(30), Period.DAY), monthly(Decimal(500), Period.ONCE)
    (Decimal('912.5'), None)
    """
    months = _MONTHS_PER.get(period) if period is not None else None
    if months is None:
        return None
    with decimal.localcontext(prec=60):
        value = amount * 365 / 12 if period is Period.DAY else amount / months
    rounded = value.quantize(_FEN, rounding=decimal.ROUND_HALF_UP)
    return value if rounded == value else rounded


@attrs.frozen
class Funding:
    """Any other amount of money: a total paid, raised, invested, waived or targeted."""

    amount: Decimal
    """Amount in yuan, exact; the lower bound of a range."""
    text: str
    """The amount as written, first digit through unit."""
    span: Span
    """Where ``text`` stands."""
    upper: Decimal | None = None
    """Upper bound of a range, else None."""
    qualifier: Qualifier = Qualifier.EXACT
    """Precision of ``amount``."""
    action: str | None = None
    """What was done with the money (``发放``, ``投入``, ``募集``)."""
    purpose: str | None = None
    """A short purpose phrase where the sentence gives one."""
    per_capita: bool = False
    """True for a per-capita average (``人均救助1921元``)."""
    target: bool = False
    """True for an amount planned or aimed at rather than spent (``力争实现销售总额18亿元``)."""
    part_of: int | None = None
    """Index in ``Report.fundings`` of the total this amount is a part of."""
    year: int | None = None
    """Year the amount belongs to."""
    section: SectionPath | None = None
    """Path of the section the amount stands in; None at top level."""

    def __repr__(self) -> str:
        return fields_repr(self)


@attrs.frozen
class Program:
    """A named initiative, project, campaign, platform, brand or formulation."""

    name: str
    """Name in simplified script, without quotes."""
    text: str
    """The first mention as written."""
    span: Span
    """Where the first mention stands."""
    kind: str | None = None
    """Kind word (工程, 行动, 平台, ...) or ``formulation``; None where unnamed."""
    section: SectionPath | None = None
    """Path of the section of the first mention."""
    mentions: tuple[Span, ...] = ()
    """Every mention in the report, the first included."""
    year: int | None = None
    """Year of the first mention: the plan year in a plan section, else the year reviewed."""

    def __repr__(self) -> str:
        return fields_repr(self)


@attrs.frozen
class Citation:
    """A document the report cites: a 《title》, a document number, or both."""

    span: Span
    """Where the citation stands."""
    title: str | None = None
    """Title without 《》."""
    doc_number: str | None = None
    """Document number (文号) as written."""

    def __repr__(self) -> str:
        return fields_repr(self)


@attrs.frozen
class Diagnostic:
    """Something the parser noticed and could not read with certainty."""

    code: str
    """Stable machine-readable code, e.g. ``money.unit_lost``."""
    message: str
    """What was seen and what was done about it."""
    span: Span | None = None
    """Where, when it concerns a place in the text."""

    def __repr__(self) -> str:
        return fields_repr(self)


Fact = Standard | Funding | Program | Citation
"""Anything extracted with a span and a section."""


def _name(value: object) -> str | None:
    """A report's name as given, as a str: a path as its text, anything else as ``str()``.

    >>> from pathlib import Path
    >>> _name(5), _name(Path("a.txt")), _name(None)
    ('5', 'a.txt', None)
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, os.PathLike | bytes):
        return os.fsdecode(value)
    return str(value)


@attrs.frozen
class Report:
    """One parsed document: its metadata, section tree and every fact found."""

    name: str | None = attrs.field(default=None, converter=_name)
    """The name the report was parsed under, usually its file name (a str whatever was given)."""
    title: str | None = None
    """Title in simplified script."""
    kind: ReportKind = ReportKind.OTHER
    """Genre of the text as written."""
    agency: str | None = None
    """The civil-affairs bureau whose work the text is about."""
    publisher: str | None = None
    """The newspaper or site that published the text, where it is not the agency."""
    region: Region | None = None
    """Region the agency serves."""
    published: date | None = None
    """Publication date."""
    doc_number: str | None = None
    """The report's own document number (文号)."""
    index_number: str | None = None
    """Index number (索引号) of the publishing site."""
    review_year: int | None = None
    """Year the report looks back on."""
    plan_year: int | None = None
    """Year the report plans for."""
    script: Script = Script.SIMPLIFIED
    """Script of the source."""
    source_format: SourceFormat = SourceFormat.TEXT
    """Plain text, or HTML markup whose text was read (spans still map back into the markup)."""
    sections: tuple[Section, ...] = ()
    """Top-level sections; children nest."""
    turns: tuple[Turn, ...] = ()
    """Interview turns."""
    standards: tuple[Standard, ...] = ()
    """Per-unit amounts set by policy."""
    fundings: tuple[Funding, ...] = ()
    """Every other money amount."""
    programs: tuple[Program, ...] = ()
    """Named programs, once each."""
    citations: tuple[Citation, ...] = ()
    """Documents cited in the body."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the parser could not read with certainty."""
    source: str | None = attrs.field(default=None, repr=False)
    """The source text as given; None when loaded from data written without it."""

    def iter_sections(self) -> Iterator[Section]:
        """Every section, depth first."""
        for section in self.sections:
            yield from section.iter_sections()

    def section_at(self, path: SectionPath | None) -> Section | None:
        """The section at a path of 1-based positions, or None for the top level."""
        if not path:
            return None
        level: tuple[Section, ...] = self.sections
        found: Section | None = None
        for position in path:
            if not 1 <= position <= len(level):
                msg = f"no section at path {list(path)}"
                raise MinzhengError(msg)
            found = level[position - 1]
            level = found.children
        return found

    def path_at(self, position: int) -> SectionPath | None:
        """Path of the innermost section holding a text position, None at top level."""
        path: list[int] = []
        level = self.sections
        while True:
            for index, section in enumerate(level, start=1):
                if position in section.span:
                    path.append(index)
                    level = section.children
                    break
            else:
                return tuple(path) or None

    def section_of(self, fact: Fact) -> Section | None:
        """The section a fact stands in, None when it stands before any section."""
        path = self.path_at(fact.span.start) if isinstance(fact, Citation) else fact.section
        return self.section_at(path)

    @property
    def text(self) -> str:
        """The normalized text that spans index."""
        return self._normalized().text

    def source_text(self, span: Span) -> str:
        """The original, unnormalized text behind a span."""
        return self._normalized().source_text(span)

    def source_span(self, span: Span) -> Span:
        """The span of the source text behind a span of the normalized text."""
        return self._normalized().to_source(span)

    def _repr_html_(self) -> str:
        """The report as a notebook shows it: its header, then its text with every fact marked."""
        from minzheng.annotate import annotate  # noqa: PLC0415 (rendering needs the model first)

        return annotate(self, "html")

    def _normalized(self) -> Normalized:
        if self.source is None:
            msg = f"report {self.name!r} was loaded without its source text"
            raise NoSourceError(msg)
        if self.source_format is SourceFormat.HTML:
            return normalize_html_cached(self.source)
        return normalize_cached(self.source)

    def __repr__(self) -> str:
        return fields_repr(self)


# -- short reprs -------------------------------------------------------------------------

REPR_TEXT = 40
"""Characters of a text field a repr shows before an ellipsis."""


def clipped(text: str, width: int = REPR_TEXT) -> str:
    r"""Text on one line, cut to ``width`` characters with an ellipsis where cut.

    >>> clipped("城乡最低生活保障标准", 6), clipped("一\n二")
    ('城乡最低生…', '一 二')
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _brief(name: str, value: object) -> str:  # noqa: PLR0911 (one return per kind of value)
    """A field's value as a short repr shows it.

    >>> _brief("amount", Decimal("7.2E+3")), _brief("span", Span(3, 8)), _brief("section", (2, 1))
    ('7200', '3:8', '2.1')
    >>> _brief("scope", Scope.RURAL), _brief("children", (1, 2, 3)), _brief("parents", ("四川省",))
    ('rural', '3', "('四川省',)")
    >>> _brief("published", date(2024, 1, 16)), _brief("title", "某市" * 30)[-4:]
    ('2024-01-16', "市某…'")
    """
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Span):
        return f"{value.start}:{value.end}"
    if isinstance(value, str):
        return repr(clipped(value))
    if isinstance(value, tuple):
        if name == "section":
            return ".".join(map(str, value))
        if all(isinstance(item, str) for item in value):
            return repr(value)
        return str(len(value))  # facts, sections, spans: how many
    if isinstance(value, Region):
        return repr(value.name)
    if isinstance(value, date):
        return value.isoformat()
    return repr(value)


def fields_repr(obj: attrs.AttrsInstance) -> str:
    """``Name(field=value, …)`` of the fields that differ from their defaults, each in short.

    Amounts show as plain numbers, enums as values, spans as ``start:end``, text clipped
    to :data:`REPR_TEXT` characters, and tuples of facts or sections as their count, so a
    repr stays one readable line.
    """
    shown: list[str] = []
    for field in attrs.fields(type(obj)):
        if not field.repr:
            continue
        value = getattr(obj, field.name)
        default = field.default
        if value is None or (not isinstance(default, attrs.Factory) and value == default):  # type: ignore[arg-type]
            continue
        shown.append(f"{field.name}={_brief(field.name, value)}")
    return f"{type(obj).__name__}({', '.join(shown)})"
