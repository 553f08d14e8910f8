"""Money in a report's body: each amount one Standard or one Funding.

The stage reads the body paragraph by paragraph (:attr:`Document.segments
<minzheng.text.document.Document.segments>`), and each paragraph part by part (a
sentence, cut again at ``；``), so that the sentence a fact is read in is the one a query
shows. Three steps, each pure:

1. **read**: every amount of a part becomes a frozen
   :class:`~minzheng.parse.money_reading.Reading` of what its own words say (rate,
   per-capita, increase, target, and the :class:`~minzheng.parse.money_reading.Evidence`
   that makes it a standard);
2. **link**: the rules of the sentence (:data:`_RULES`) each return links between the
   amounts, never changing one:

   - ``A、B、C分别调整为X、Y、Z``: categories and amounts pair up in order (a list of
     averages or of increases stays one): :class:`Paired`, :class:`Averaged`,
     :class:`Increased`;
   - ``由X元提高到Y元``: two standards of one category, Y with previous amount X
     (:class:`Raised`); also ``X元,比2021年的Y元提高Z元`` (:class:`Compared`) and
     ``2021年…X元,2022年调整为…Y元`` (:class:`Restated`);
   - lists: a unit written once (``每人每月X元、B标准Y元``) carries to the rest
     (:class:`Listed`), and a level reached after a standard (``一般不超过X元,特殊情况可提高
     至Y元``) is one too (:class:`Reached`, :class:`RateShared`, :class:`AverageFollows`);
   - categories (also from the sentence before a semicolon, and from what a funding just
     before pays for) and periods lost in extraction, restored from the list with a
     diagnostic: :class:`Categorised`, :class:`PeriodInferred`;
   - growth rates (``年均增长分别为5%、12.5%``, ``提高1倍``): :class:`Grown`;
   - the total a part belongs to (``共计…,其中…``, or ``(含…X元)共计Y元`` with the parts
     first): :class:`PartOf`;
3. **fold**: :func:`fold` is the one place where a link changes what an amount means;
   the folded amounts of a paragraph then become facts.

A link may join amounts anywhere in one paragraph (the part of a sentence before a
semicolon, or the sentence a ``其中`` continues), so across a line break that the text
layer joined into one paragraph.

Amounts are never changed: a damaged unit, a lost period or an implausible magnitude
becomes a :class:`~minzheng.model.Diagnostic` with the span and a reason.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

import attrs
import regex

from minzheng.model import (
    Diagnostic,
    Funding,
    Per,
    Period,
    Phase,
    Qualifier,
    Scope,
    Span,
    Standard,
    Standing,
    monthly,
)
from minzheng.parse.context import Context
from minzheng.parse.money_reading import (
    REACH,
    Evidence,
    Label,
    Reading,
    benefit_after,
    clause_start,
    find_categories,
    generic_label,
    is_generic_award,
    is_total,
    may_plan,
    names_a_benefit,
    names_recipients,
    near_year,
    own_key,
    paying_verb,
    purpose,
    read_amount,
    read_cell,
    renewed,
    scope_in,
    sentence_year,
    tail_category,
)
from minzheng.parse.vocabulary import (
    ADJUST_VERBS,
    CARE_KEYS,
    CARE_LEVELS,
    CARE_TIER_KEY,
    CARE_TIERS,
    CATEGORIES,
    COUNTED_UNITS,
    FAMILY_CATEGORIES,
    INCREASE_VERBS,
    INSTITUTIONAL_SUPPORT_KEY,
    MONEY_NOUNS,
    ONCE_NOUNS,
    ORPHAN_FORMS,
    ORPHAN_WORD,
    PART_CATEGORIES,
    PARTS,
    RAISE,
    REACH_VERBS,
    SCOPE_WORDS,
    SPLIT_CATEGORIES,
    SUM_FILLERS,
    SUM_VERBS,
    SUPPORT_HOMES,
    SUPPORT_KEY,
    SUPPORTED_PEOPLE,
    Action,
)
from minzheng.text.document import Document
from minzheng.text.normalize import OffsetMap
from minzheng.text.numbers import (
    Quantity,
    find_bare_sums,
    find_money,
    find_numbers,
    find_percents,
    find_placeholders,
    find_unit_masked,
    may_hold_placeholders,
    parse_count,
)
from minzheng.text.segments import Break, cut, marks
from minzheng.text.span import Spans
from minzheng.text.view import Squeezed

__all__ = [
    "BYTES_PER_AMOUNT",
    "DOCUMENT_AMOUNTS",
    "PARAGRAPH_AMOUNTS",
    "MoneyFacts",
    "document_amounts",
    "extract_money",
]


@attrs.frozen
class MoneyFacts:
    """The standards and fundings of a report, in document order."""

    standards: tuple[Standard, ...] = ()
    """Per-unit amounts set by policy."""
    fundings: tuple[Funding, ...] = ()
    """Every other amount; ``part_of`` indexes this tuple."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Damaged units, restored periods, implausible magnitudes, placeholders."""


_BIG_MARKS = ("万", "亿")
"""The units of a sum that speech writes without 元 (``拨了6100万``)."""
_ASCII_DIGITS = frozenset("0123456789")
"""The digits of the normalized text: one stands right before the 万 or 亿 of every bare sum."""
_MONEY_MARKS = ("元", "/", "x-x", "X-X")
"""What every amount holds (``630元``; ``630/.月`` with its unit lost), and every placeholder
(``5xx元``; ``1510xx-xx`` with its unit masked)."""
_LOST_UNIT_DOTS = (".", "．")
"""What follows the slash of an amount whose unit was lost."""
_DAMAGED_RATE = regex.compile(r"元[/／][人户月年][?？][人户月年]")
"""A rate whose ``·`` was lost to a question mark (``元/人?月``): the mark ends no sentence there."""
_QUESTION_MARKS = "?？"
"""Marks that end a sentence and may stand for a lost ``·`` in a rate."""
_RATE_REACH = 4
"""How far before a question mark a damaged rate starts (``元/人?``)."""
_TABLE_UNIT = (
    r"(?P<unit>(?P<big>[千万亿]?)元"
    r"(?:[/／](?P<per>[人户])(?:[·.．・](?P<period>[月年]))?|[/／](?P<only>[月年]))?)"
)
"""A unit column of money: ``万元``, ``亿元``, ``元/人·月``, ``元/人·年``."""
_PIPE_ROW = regex.compile(rf"^[ \t]*\|(?P<label>[^|]*)\|{_TABLE_UNIT}\|(?P<cells>.*)$")
"""A table row with its cells between bars: label, unit, values (``|城市低保标准|元/人·月|760|720|``)."""
_FLAT_ROW = regex.compile(
    rf"(?P<label>\p{{Han}}[\p{{Han}}()（）]*?){_TABLE_UNIT}"
    r"(?P<value>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)[ \t]*$"
)
"""A table row whose columns ran together: ``社会救助累计支出亿元42.7``."""
_FLAT_LABEL_REACH = 24
"""How far before its unit the label of such a row is read."""
_TABLE_NUMBER = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
"""A value cell: a number, with thousands separators only in threes."""
_BAR = regex.compile(r"\|")
_TABLE_HEADER = regex.compile(
    r"(?r)^[ \t]*\|[^|\n]*\|[^|\n]*单位[^|\n]*\|(?P<names>[^\n]*)$", regex.MULTILINE
)
"""The header row of a table: its names after the unit column."""
_HEADER_REACH = 4000
"""How far above a row its header is looked for."""
_RATIO_HEADER = regex.compile(r"比|增长|增幅|%|率")
"""A column header that names a ratio or a change, not an amount."""
_SCOPE_WORD = "|".join(word for word, _ in SCOPE_WORDS)
_GROUP_HEADING = regex.compile(
    rf"(?r)^[ \t]*(?P<scope>{_SCOPE_WORD})\p{{Han}}{{2,16}}[ \t]*$", regex.MULTILINE
)
"""A line of a statistics table that heads a group of rows by scope (``城市最低生活保障``)."""
_GROUP_REACH = 200
"""How far above a row the heading of its group is looked for."""
_TABLE_SCALE = {"": Decimal(1), "千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
_TABLE_PER = {"人": Per.PERSON, "户": Per.HOUSEHOLD}
_TABLE_PERIOD = {"月": Period.MONTH, "年": Period.YEAR}
_SPACED_RUN = regex.compile(r"[0-9][ \t]+$")
"""A digit and the space the view kept after it, right before an amount."""
_MONEY_BEFORE = regex.compile(rf"(?:{'|'.join(MONEY_NOUNS)})(?:共|为|达|约|近)?$")
"""A money noun right before a masked numeral (``救济金``, ``现款``, ``善款近``)."""
_SUM_TAKER = regex.compile(
    rf"(?:{'|'.join(sorted(SUM_VERBS, key=len, reverse=True))})"
    rf"(?:了|过)?(?:{'|'.join(SUM_FILLERS)})?了?$"
)
"""A verb of paying right before a sum, with what may stand between (``投入了``, ``投入还有``)."""
_SUM_REACH = 8
"""How far before a bare sum its verb is looked for."""
_BARE_SUM = "元 not written"
"""The damage of a bare sum read as money (``money.bare_sum``)."""
_MONEY_NOUN_REACH = 4
"""How far before a masked numeral its money noun is looked for."""
_BARE_LEVEL = regex.compile(
    r"(?:年人均|月人均|每人每年|每人每月|人均)(?P<number>[0-9]+(?:\.[0-9]+)?)(?=[(（][^()（）0-9]{0,6}[0-9]+(?:\.[0-9]+)?元)"
)
"""A level without 元 after a rate word, its equivalent in brackets right after it (``年人均5040(``)."""
_BARE_LEVEL_MARK = regex.compile(r"[0-9][(（]")
"""What every such level holds: a digit right before a bracket."""
_SQUEEZED = (" ", "\t")
_SQUEEZABLE = regex.compile(r"[^ \t\n][ \t]+[^ \t\n]")
"""A run of spaces between two characters: the only kind the view may take out (not an indent)."""
"""What the view takes out between characters (:mod:`minzheng.text.view`), and keeps between digits."""
_UNCHANGED = OffsetMap()
"""The map of a view that took nothing out (shared: a map is never changed once made)."""
_SPACED_REACH = 8
"""How far before an amount a kept space after a digit is looked for."""
_COMMAS = regex.escape(marks(Break.CLAUSE))
"""The marks of a clause (``，``); every mark below comes from the one table of marks."""
_LIST_MARK = regex.escape(marks(Break.LIST))
_ITEM_OPENERS = regex.escape(marks(Break.LIST, Break.CLAUSE)) + "和及与"
"""What opens the next item of a list: a list or clause mark, or a conjunction."""
_CLAUSE_ENDS = regex.escape(marks(at_least=Break.CLAUSE))
"""Every mark that ends a clause, a colon's included."""
_ITEM_ENDS = regex.escape(marks(at_least=Break.LIST))
"""Every mark that ends a list item or more."""
_PHRASE_ENDS = regex.escape(marks(Break.LIST, Break.CLAUSE, Break.PART, Break.SENTENCE))
"""The marks a phrase does not run across: a list item's, a clause's, a part's, a sentence's."""
_CLAUSE_BREAKS = regex.escape(marks(Break.CLAUSE, Break.PART, Break.SENTENCE))
"""The marks a clause does not run across, a colon and a list mark aside."""
_ITEM_MARK = regex.compile(rf"[{_LIST_MARK}和及与]")
_FROM_STANDARD = regex.compile(r"标准.*$")
_LEADING_PREPOSITION = regex.compile(r"^(?:将|把|对|按)")
_RESPECTIVELY = "分别"
_CONTINUING_MARKS = frozenset(marks(Break.PART))
"""Marks after which a sentence continues the list of the one before."""
_LIST_GAP = regex.compile(rf"^[{_ITEM_OPENERS}][^{_CLAUSE_ENDS}]*$")
_PER_CAPITA_GAP = regex.compile(
    rf"^(?:[{_LIST_MARK}和及与]\p{{Han}}{{0,4}}|[{_COMMAS}](?:{_SCOPE_WORD})(?:达到|达|为|是)?)$"
)
_RESPECTIVE_GAP = regex.compile(rf"^[{_ITEM_OPENERS}][^{_ITEM_ENDS}]{{0,8}}$")
_LEVEL_VERB = "|".join(sorted({*INCREASE_VERBS, *ADJUST_VERBS}, key=lambda verb: (-len(verb), verb)))
_RAISE_GAP = regex.compile(
    rf"^[^{_PHRASE_ENDS}]{{0,10}}?(?:{_LEVEL_VERB})(?:到|至|为)[^{_PHRASE_ENDS}]{{0,10}}$"
)
_FROM_WORDS = ("由", "从")
"""What the old level of a raise is written after (``由X元提高到Y元``)."""
_RAISE_FROM = regex.compile(rf"(?:{'|'.join(_FROM_WORDS)})[^{_PHRASE_ENDS}]{{0,16}}$")
_GROWTH = regex.compile(
    rf"(?:{'|'.join(INCREASE_VERBS)}|增幅)(?:率)?[^{_CLAUSE_BREAKS}0-9%]{{0,6}}?(?=[0-9])"
)
_GROWTH_WORDS = regex.compile("|".join((*INCREASE_VERBS, "增幅", "翻")))
"""Words every growth rate (``_GROWTH``, ``_TIMES``) opens with."""
_COMPARED = regex.compile(
    rf"^[{_COMMAS}]?(?:比|较)[^{_PHRASE_ENDS}0-9]{{0,4}}(?:(?:19|20)[0-9]{{2}}年[^{_PHRASE_ENDS}0-9]{{0,3}})?$"
)
"""Between a level and the one it is compared with (``,比2021年的``)."""
_INCREASE_AFTER = regex.compile(rf"(?:{'|'.join(INCREASE_VERBS)})")
_RESTATED = regex.compile(rf"(?:19|20)[0-9]{{2}}年[^{_CLAUSE_BREAKS}]{{0,8}}?(?:{_LEVEL_VERB})(?:为|到|至)")
"""A dated move to a new level (``2022年调整为``)."""
_REACHED_AFTER = regex.compile(rf"(?:{'|'.join(REACH_VERBS)})$")
"""A verb of reaching a level right before an amount (``可提高至``, ``达到``)."""
_PERCENT_GAP = regex.compile(rf"^[{_ITEM_OPENERS}]*$")
_TIMES = regex.compile(
    rf"(?:{'|'.join(INCREASE_VERBS)})(?:了)?(?P<n>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十])倍|翻(?P<f>一|两|三)番"
)
_PART_OPENERS = "(（" + regex.escape(marks(Break.CLAUSE, Break.COLON))
"""What stands right before a word of parts that is not 其中: a bracket, a comma or a colon."""
_PARTS = regex.compile(rf"(?:其中|[{_PART_OPENERS}](?:{'|'.join(PARTS)}))")
_PART_WORD = regex.compile("|".join(PARTS))
"""Any word that introduces the parts of a total."""
_ONE_OFF = "一次性"
_VOCABULARY_KEYS = frozenset(entry.key for entry in CATEGORIES)
_GRADE = regex.compile(r"[一二三四五六七八九十]+(?:[至到、][一二三四五六七八九十]+)?级")
"""A grade of a benefit (``二级``, ``三四级``, ``一至二级``): a level of the standard named before it."""
_FAMILY_REACH = 240
"""How far before an amount the name of a family of benefits is looked for."""
_CARE_TIER = regex.compile("|".join(sorted(CARE_TIERS, key=len, reverse=True)))
_SUPPORT_KEYS = frozenset({SUPPORT_KEY, INSTITUTIONAL_SUPPORT_KEY, "特困分散供养"})
"""The 特困 support categories whose care tiers are 照料护理 standards."""
_SUPPORT_HOME = regex.compile("|".join(SUPPORT_HOMES))
_SUPPORTED = regex.compile("|".join(SUPPORTED_PEOPLE))
"""Words that name 特困 (五保) people in a level's own clause."""
_WHOLE_OF = dict(PART_CATEGORIES)
_CARE_LEVEL_SET = frozenset(CARE_LEVELS)
_CARE_KEY_SET = frozenset(CARE_KEYS)
_ORPHAN_KEYS = dict(ORPHAN_FORMS)
_ORPHAN_FORM = regex.compile("|".join(sorted(_ORPHAN_KEYS, key=len, reverse=True)))
_OPENING_BRACKETS = "(（"
_CLOSING_BRACKET = regex.compile(r"[)）]")
_BRACKET_GAP = regex.compile(rf"[(（][^()（）0-9{_CLAUSE_BREAKS}]{{0,8}}")
"""Between a level and its equivalent in brackets: the bracket and its rate words (``(月人均``)."""
_LEVEL_PERIODS = (Period.MONTH, Period.QUARTER, Period.YEAR)
"""The periods a level and its bracketed equivalent are written in."""
_BRACKET_REACH = 12
"""How far after a bracketed amount its bracket closes."""
_SCOPE_NAMES = frozenset(word for word, _ in SCOPE_WORDS)
_SCOPE_PREFIX = regex.compile(rf"^(?:{'|'.join(sorted(_SCOPE_NAMES))})")
_CASE_UNITS = frozenset(COUNTED_UNITS)
_IMPLAUSIBLE_PER_CASE = Decimal(1)
"""Below this many yuan per counted case, a total is implausible (a lost 万 is likely)."""
_SAME_MAGNITUDE = Decimal("0.5")
"""Amounts within this many powers of ten (about 3 times) are taken to share a period."""
_IMPLAUSIBLE_PER_UNIT = Decimal(1_000_000)
"""At or above this many yuan per person or household, a standard is implausible."""


# --- what an amount means, as the links settle it ----------------------------------------


@attrs.frozen
class Settled:
    """An amount's reading with what the links of its paragraph have settled so far."""

    reading: Reading
    """What the amount's own words say."""
    evidence: Evidence | None
    """What makes it a standard; None for a funding."""
    per: Per | None
    """Per unit, written or carried."""
    period: Period | None
    """Period, written, carried or restored."""
    once: bool
    """Paid once: ``一次性`` in its clause, or carried from the list it is in."""
    per_capita: bool
    """A per-capita average."""
    increase: bool
    """An increase with no level."""
    action: Action | None
    """What was done with the money."""
    label: Label | None = None
    """The category, for standards."""
    previous: int | None = None
    """Index in the paragraph of the level this one replaced."""
    total: int | None = None
    """Index in the paragraph of the total this amount is a part of."""
    growth: Decimal | None = None
    """Growth rate in percent."""
    year: int | None = None
    """Year written next to the amount (``由2019年的500元``)."""
    purpose: str | None = None
    """What the money was for, where a list names it."""
    period_inferred: bool = False
    """The lost period was restored from the list around it."""

    @classmethod
    def of(cls, reading: Reading) -> Settled:
        """An amount as its reading alone tells it."""
        return cls(
            reading,
            reading.evidence,
            reading.per,
            reading.period,
            reading.once,
            reading.per_capita,
            reading.increase,
            reading.action,
        )

    def but(self, **changes: Any) -> Settled:  # noqa: ANN401 - the fields of a Settled, each of its own type
        """This amount with some of what is settled changed: the one way a link changes an amount."""
        get = changes.get
        return Settled(
            self.reading,
            get("evidence", self.evidence),
            get("per", self.per),
            get("period", self.period),
            get("once", self.once),
            get("per_capita", self.per_capita),
            get("increase", self.increase),
            get("action", self.action),
            get("label", self.label),
            get("previous", self.previous),
            get("total", self.total),
            get("growth", self.growth),
            get("year", self.year),
            get("purpose", self.purpose),
            get("period_inferred", self.period_inferred),
        )

    @property
    def standard(self) -> bool:
        """Whether it is a standard."""
        return self.evidence is not None

    @property
    def quantity(self) -> Quantity:
        """The amount as found."""
        return self.reading.quantity

    @property
    def start(self) -> int:
        """Where the amount starts."""
        return self.reading.quantity.span.start

    @property
    def end(self) -> int:
        """Where the amount ends, with its rate suffix."""
        return self.reading.end

    @property
    def sentence(self) -> tuple[int, int]:
        """The sentence (or part of one) it stands in."""
        return self.reading.sentence

    @property
    def clause_start(self) -> int:
        """Start of its clause."""
        return self.reading.clause_start

    @property
    def segment_start(self) -> int:
        """Start of its own stretch of the sentence."""
        return self.reading.segment_start

    @property
    def tail(self) -> str:
        """The words right after it."""
        return self.reading.tail


# --- links ---------------------------------------------------------------------------------
# Indexes are positions in the paragraph's amounts.


@attrs.frozen
class Paired:
    """``A标准、B标准分别调整为X、Y``: the amount at ``index`` is of ``label``."""

    index: int
    label: Label
    named: bool
    """Whether the list names standards (``标准``, or a vocabulary category)."""


@attrs.frozen
class Averaged:
    """The amount at ``index`` is a per-capita average (a list after ``人均…分别``)."""

    index: int


@attrs.frozen
class Increased:
    """The amount at ``index`` is a rise with no level (a list after ``分别提高``)."""

    index: int


@attrs.frozen
class Raised:
    """``由X元提高到Y元``: the amount at ``index`` replaced the one at ``previous``."""

    previous: int
    index: int
    previous_year: int | None
    """Year written right before the old level."""
    year: int | None
    """Year written right before the new level."""


@attrs.frozen
class Compared:
    """``X元,比2021年的Y元提高``: the amount at ``earlier`` is the level the one at ``level`` replaced."""

    level: int
    earlier: int
    year: int | None
    """Year written right before the earlier level."""


@attrs.frozen
class Continued:
    """The amount at ``index`` is a level of the standard at ``source``, in a part continuing its list."""

    index: int
    source: int


@attrs.frozen
class Restated:
    """``2021年…X元,2022年调整为…Y元``: the amount at ``index`` replaced the one at ``previous``."""

    previous: int
    index: int


@attrs.frozen
class Listed:
    """The amount at ``index`` is an item of the list of standards that ``previous`` is in."""

    previous: int
    index: int
    named: bool
    """Whether the item names its own standard or category."""
    scope: Scope | None
    """A scope word of the item's own (``、农村``)."""


@attrs.frozen
class RateShared:
    """The amount at ``index`` takes the per unit and period of the one at ``source`` where it has none."""

    source: int
    index: int


@attrs.frozen
class AverageFollows:
    """``人均…城市520元、农村380元``: the amount at ``index`` is an average like ``previous``."""

    previous: int
    index: int


@attrs.frozen
class Reached:
    """``一般不超过X元,特殊情况可提高至Y元``: the amount at ``index`` is a level like ``previous``."""

    previous: int
    index: int


@attrs.frozen
class Categorised:
    """The standard at ``index`` is of ``label``."""

    index: int
    label: Label


@attrs.frozen
class PeriodInferred:
    """The period the amount at ``index`` lost in extraction, restored from its list."""

    index: int
    period: Period | None


@attrs.frozen
class Equivalent:
    """The amount at ``index`` is paid per ``period``, as the same level in brackets beside it says."""

    index: int
    period: Period


@attrs.frozen
class Grown:
    """The standard at ``index`` grew by ``rate`` percent."""

    index: int
    rate: Decimal


@attrs.frozen
class PartOf:
    """The funding at ``index`` is a part of the total at ``total``."""

    index: int
    total: int


Link = (
    Paired
    | Averaged
    | Increased
    | Raised
    | Compared
    | Continued
    | Restated
    | Listed
    | RateShared
    | AverageFollows
    | Reached
    | Categorised
    | PeriodInferred
    | Equivalent
    | Grown
    | PartOf
)
"""What a sentence rule says about one or two amounts."""


def _shared_rate(source: Settled, target: Settled) -> Settled:
    """``target`` with the per unit and period of ``source`` where it has none (not a lost period)."""
    per = target.per if target.per is not None else source.per
    period = target.period
    if period is None and not target.reading.lost_period:
        period = source.period
    if per is target.per and period is target.period:
        return target
    return target.but(per=per, period=period)


def _apply(amounts: list[Settled], link: Link) -> None:  # noqa: C901, PLR0912, PLR0915 - one branch per link
    """Settle one link into ``amounts``: the one place where a link changes what an amount means."""
    match link:
        case Paired(index, label, named):
            amount = amounts[index]
            if amount.per_capita or amount.increase:  # an average or a rise is never a level
                amounts[index] = amount.but(purpose=amount.purpose or label.text)
            elif amount.standard or named:
                evidence = amount.evidence or Evidence.RESPECTIVELY
                amounts[index] = amount.but(evidence=evidence, label=label)
            elif not amount.purpose:
                amounts[index] = amount.but(purpose=label.text)
        case Averaged(index):
            amounts[index] = amounts[index].but(per_capita=True)
        case Increased(index):
            amount = amounts[index]
            amounts[index] = amount.but(increase=not amount.per_capita, evidence=None)
        case Raised(previous, index, previous_year, year):
            _raise(amounts, previous, index)
            amounts[previous] = amounts[previous].but(year=previous_year)
            amounts[index] = amounts[index].but(year=year)
        case Compared(level, earlier, year):
            first = amounts[level]
            second = amounts[earlier].but(evidence=Evidence.COMPARED, label=first.label, year=year)
            amounts[earlier] = _shared_rate(first, second)
            if first.previous is None:
                amounts[level] = first.but(previous=earlier)
        case Continued(index, source):
            model = amounts[source]
            amount = amounts[index].but(evidence=Evidence.CONTINUED, label=model.label)
            amounts[index] = _shared_rate(model, amount)
        case Restated(previous, index):
            amounts[index] = amounts[index].but(previous=previous)
        case Listed():
            amounts[link.index] = _listed(amounts[link.previous], amounts[link.index], link)
        case RateShared(source, index):
            amounts[index] = _shared_rate(amounts[source], amounts[index])
        case AverageFollows(previous, index):
            amount = amounts[index]
            action = amount.action or amounts[previous].action
            amounts[index] = amount.but(per_capita=True, action=action)
        case Reached(previous, index):
            before, amount = amounts[previous], amounts[index]
            amount = amount.but(evidence=Evidence.REACHED, label=amount.label or before.label)
            amounts[index] = _shared_rate(before, amount)
        case Categorised(index, label):
            amounts[index] = amounts[index].but(label=label)
        case PeriodInferred(index, period):
            amounts[index] = amounts[index].but(period=period, period_inferred=True)
        case Equivalent(index, period):
            amounts[index] = amounts[index].but(period=period)
        case Grown(index, rate):
            amounts[index] = amounts[index].but(growth=rate)
        case PartOf(index, total):
            amounts[index] = amounts[index].but(total=total)


def _raise(amounts: list[Settled], previous: int, index: int) -> None:
    """``由X元提高到Y元``: Y replaced X; both standards of one category when either reads as one."""
    first = amounts[previous]
    second = amounts[index].but(previous=previous, increase=False)
    if first.standard or second.standard or first.label or second.label:
        first = first.but(evidence=first.evidence or Evidence.RAISE)
        second = second.but(evidence=second.evidence or Evidence.RAISE, label=second.label or first.label)
        first = first.but(label=first.label or second.label)
        second = _shared_rate(first, second)
        first = _shared_rate(second, first)
    amounts[previous], amounts[index] = first, second


def _listed(previous: Settled, amount: Settled, link: Listed) -> Settled:
    """An item of a list of standards: a standard, with the unit written once and the category carried."""
    if not amount.standard:
        amount = amount.but(evidence=Evidence.LIST)
    if amount.per is None and amount.period is None and not amount.reading.lost_period:
        amount = amount.but(per=previous.per, period=previous.period, once=amount.once or previous.once)
    elif amount.per is None and not amount.reading.lost_per:
        amount = amount.but(per=previous.per)
    if not link.named and amount.label is None and previous.label is not None:
        label = renewed(previous.label, scope=link.scope) if link.scope else previous.label
        amount = amount.but(label=label)
    return amount


class _Fold:
    """The amounts of one paragraph and the links settled into them: the one fold.

    Readings come in part by part (:meth:`read`); each rule of a part adds its links
    (:meth:`add`), and each is settled at once by :func:`_apply`, so that the rest of the
    rule and the rules after it read what is settled. The folded amounts become facts.
    """

    def __init__(self) -> None:
        self.amounts: list[Settled] = []
        """Every amount of the paragraph so far, as settled so far."""
        self.links: list[Link] = []
        """Every link made, in order."""

    def read(self, readings: Iterable[Reading]) -> range:
        """Take the readings of a part; their indexes."""
        first = len(self.amounts)
        self.amounts.extend(Settled.of(reading) for reading in readings)
        return range(first, len(self.amounts))

    def add(self, link: Link) -> None:
        """Make a link and settle it."""
        self.links.append(link)
        _apply(self.amounts, link)


@attrs.frozen
class _Sentence:
    """A sentence (or the part of one before a ``；``) and where its amounts are in the paragraph."""

    start: int
    end: int
    members: range
    """Indexes of its amounts."""
    earlier: range
    """Indexes of the amounts of the sentence before it in the paragraph."""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return self.start, self.end


Rule = Callable[[str, _Sentence, _Fold], None]
"""A sentence rule: adds the links it sees between the amounts of a sentence (and the one before)."""


# --- the stage -----------------------------------------------------------------------------


def extract_money(context: Context) -> MoneyFacts:
    """Every money amount in the body: one Standard or one Funding each, plus diagnostics.

    Each paragraph is read in the document's view of it (:meth:`Document.view
    <minzheng.text.document.Document.view>`): spaces inside numbers, units and labels and
    the line breaks a paragraph was joined across are out, so ``728 元 / 人 / 月`` reads as
    ``728元/人/月``. Every span is mapped back to the text before a fact is made of it.

    Reading stops, with a ``money.too_many_amounts`` diagnostic, past a budget no report
    reaches (:data:`PARAGRAPH_AMOUNTS`, :func:`document_amounts`): a run of bare amounts
    (``1元1元1元…``) is no prose, and its facts would outgrow the text many times over.
    """
    text = context.text
    document = context.document
    standards: list[Standard] = []
    fundings: list[Funding] = []
    diagnostics: list[Diagnostic] = []
    budget = document_amounts(document.utf8_size)
    left = budget
    sums: set[Decimal] = set()  # the bare sums read as money so far: one may be repeated
    masked = may_hold_placeholders(text)  # a view holds no mark that its document does not
    for paragraph in _paragraphs_with_money(text, document.segments.paragraphs):
        view = _view(document, paragraph)
        seen = view.text
        if masked:
            diagnostics.extend(_placeholders(seen, view))
        row = _table_row(text, paragraph, seen)
        if row is not None:
            row = row[: min(left, PARAGRAPH_AMOUNTS)]
            left -= len(row)
            _build(context, _Paragraph(seen, view), row, standards, fundings, diagnostics)
        else:
            whole = left < PARAGRAPH_AMOUNTS  # the document's budget, not the paragraph's, is the bound
            quantities, stopped = _budgeted(seen, view, min(left, PARAGRAPH_AMOUNTS), diagnostics)
            quantities = _with_bare_sums(seen, quantities, sums)[: min(left, PARAGRAPH_AMOUNTS)]
            left -= len(quantities)
            if quantities:
                amounts = _read_paragraph(seen, quantities)
                _build(context, _Paragraph(seen, view), amounts, standards, fundings, diagnostics)
            if stopped is not None:
                diagnostics.append(_too_many(text, paragraph, view, stopped, budget if whole else None))
                if whole:
                    break
    diagnostics.sort(key=lambda d: (d.span.start if d.span else -1, d.code))
    return MoneyFacts(tuple(standards), tuple(fundings), tuple(diagnostics))


PARAGRAPH_AMOUNTS = 500
"""The most amounts read in one paragraph; a real report holds fewer than 100 in all."""

DOCUMENT_AMOUNTS = 1000
"""The amounts any document may hold, before :data:`BYTES_PER_AMOUNT` adds more for its size."""

BYTES_PER_AMOUNT = 128
"""Past :data:`DOCUMENT_AMOUNTS`, one more amount per this many bytes (UTF-8) of text.

The densest real pages hold one amount per about 23 characters (54 bytes) over a page of a few
hundred characters, and one per several hundred bytes over a long report.
"""


def document_amounts(size: int) -> int:
    """The most amounts read in a document of ``size`` bytes (UTF-8).

    >>> document_amounts(21), document_amounts(256_000)
    (1000, 3000)
    """
    return DOCUMENT_AMOUNTS + size // BYTES_PER_AMOUNT


def _budgeted(
    seen: str, view: Squeezed, budget: int, diagnostics: list[Diagnostic]
) -> tuple[list[Quantity], int | None]:
    """The amounts of a paragraph's view, at most ``budget``, and where reading stopped (None: it did not).

    Past the budget the paragraph is read only up to the end of the last part (a sentence or
    a ``；`` clause) before the first amount over it: a part is never read in half, since the
    amounts after a cut could change what those before it are (a total, a respective list).
    """
    found = _with_bare_levels(seen, itertools.islice(find_money(seen), budget + 1))
    stopped = None
    if len(found) > budget:
        over = found[budget].span.start
        stopped = next((start for start, end in _parts_of(seen) if end > over), over)
        found = [quantity for quantity in found[:budget] if quantity.span.end <= stopped]
    quantities = []
    for quantity in found:
        split = _split_digits(seen, view, quantity)
        if split is None:
            quantities.append(quantity)
        else:
            diagnostics.append(split)
    return quantities, stopped


def _too_many(text: str, paragraph: Span, view: Squeezed, stopped: int, document: int | None) -> Diagnostic:
    """``money.too_many_amounts``: reading stopped at ``stopped`` of the view of ``paragraph``.

    ``document`` is the document's budget where it, not the paragraph's, stopped reading.
    """
    start = view.span(stopped, stopped).start if view.offsets else paragraph.start + stopped
    if document is not None:
        budget = f"{document} in this document"
        span, rest = Span(start, len(text)), "the rest of the document"
    else:
        budget = f"{PARAGRAPH_AMOUNTS} in one paragraph"
        span, rest = Span(start, paragraph.end), "the rest of the paragraph"
    message = f"more amounts than the budget of {budget}; {rest} is not read for money"
    return Diagnostic("money.too_many_amounts", message, span)


def _table_row(text: str, paragraph: Span, seen: str) -> list[Settled] | None:
    """The amounts of a table row flattened to text, where the paragraph is one; else None.

    Statistics pages put the unit in a column before the values: ``|城乡低保资金累计支出|万元|
    12,468.7|98,315.2|`` (the columns of a header that names a ratio, ``环比``, ``同比``, are not
    amounts), or run the columns together, ``社会救助累计支出亿元42.7``,
    ``最低生活保障平均标准元/人·月1,245.0``. A unit with a rate (``元/人·月``) makes each value a
    standard of that rate; the label names the category and the action.
    """
    last = seen.rfind("元")
    if last < 0:
        return None
    pipe = _PIPE_ROW.match(seen) if seen.lstrip(" \t")[:1] == "|" else None
    if pipe is not None:
        ratios = _ratio_columns(text, paragraph.start)
        cells = [
            (start, end)
            for column, (start, end) in enumerate(_cells(seen, pipe.start("cells")))
            if column not in ratios and _TABLE_NUMBER.fullmatch(seen, start, end)
        ]
        found = pipe
    else:
        flat = _flat_row(seen, last)
        if flat is None:
            return None
        cells = [(flat.start("unit"), flat.end("value"))]
        found = flat
    if not cells:
        return None
    rate = (_TABLE_PER.get(found["per"] or ""), _TABLE_PERIOD.get(found["period"] or found["only"] or ""))
    scale = _TABLE_SCALE[found["big"] or ""]
    row = (0, len(seen))
    fold = _Fold()
    readings = []
    for start, end in cells:
        number = _TABLE_NUMBER.search(seen, start, end)
        if number is None:
            continue
        value = Decimal(number.group().replace(",", "")) * scale
        quantity = Quantity(value, seen[start:end], Span(start, end), unit=found["unit"])
        readings.append(read_cell(seen, quantity, row, found.end("label"), rate))
    sentence = _Sentence(0, len(seen), fold.read(readings), range(0))
    _categories(seen, sentence, fold)
    group = _GROUP_HEADING.search(text, max(0, paragraph.start - _GROUP_REACH), paragraph.start)
    for index in sentence.members:
        label = fold.amounts[index].label
        if group is not None and label is not None and label.scope is None:
            fold.add(Categorised(index, renewed(label, scope=scope_in(group["scope"]))))
    return fold.amounts


def _flat_row(seen: str, last: int) -> regex.Match[str] | None:
    """A row whose columns ran together, its unit the last 元 of the paragraph and its value the end."""
    if not seen.rstrip(" \t")[-1:].isdigit():  # every such row ends with its value
        return None
    return _FLAT_ROW.search(seen, max(0, last - _FLAT_LABEL_REACH))


def _cells(seen: str, start: int) -> Iterator[tuple[int, int]]:
    """The cells of a pipe row from ``start``, each without its bars."""
    begin = start
    for bar in _BAR.finditer(seen, start):
        yield begin, bar.start()
        begin = bar.end()
    if begin < len(seen):
        yield begin, len(seen)


def _ratio_columns(text: str, row_start: int) -> set[int]:
    """The value columns (counted after the unit column) whose header names a ratio (``环比``, ``同比``).

    The header is the nearest row above that names the unit column (``单位``).
    """
    header = _TABLE_HEADER.search(text, max(0, row_start - _HEADER_REACH), row_start)
    if header is None:
        return set()
    names = header["names"].split("|")
    return {column for column, name in enumerate(names) if _RATIO_HEADER.search(name)}


def _view(document: Document, paragraph: Span) -> Squeezed:
    """The document's view of a paragraph; the paragraph itself where the view would take nothing out.

    Most paragraphs hold no space or tab and were joined across no line break: building
    their view would only copy them.
    """
    text = document.text
    start, end = paragraph.start, paragraph.end
    joins = document.joins
    if joins and joins.overlaps(start, end):
        return document.view(start, end)
    if _spaced(text, start, end) and _SQUEEZABLE.search(text, start, end) is not None:
        return document.view(start, end)
    return Squeezed(text[start:end], start, _UNCHANGED)


def _spaced(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a space or a tab, which every squeezable run is made of.

    >>> _spaced("每人 800元", 0, 7), _spaced("每人800元", 0, 6)
    (True, False)
    """
    return text.find(" ", start, end) >= 0 or text.find("\t", start, end) >= 0


def _placeholders(seen: str, view: Squeezed) -> Iterator[Diagnostic]:
    """A ``money.placeholder`` diagnostic for each amount left as a template or masked.

    ``X元``, ``5xx元``, ``2xxx4万元``, and ``1510xx-xx`` with its unit masked too where the
    words before it name money (``救济金1510xx-xx``; ``救助1xx-xx人次`` counts people).
    """
    found = [
        *find_placeholders(seen),
        *(
            span
            for span in find_unit_masked(seen)
            if _MONEY_BEFORE.search(seen, max(0, span.start - _MONEY_NOUN_REACH), span.start)
        ),
    ]
    for placeholder in sorted(found, key=lambda span: span.start):
        written = seen[placeholder.start : placeholder.end]
        message = f"{written!r} is an amount left as a template or masked; not read as money"
        yield Diagnostic("money.placeholder", message, view.span(placeholder.start, placeholder.end))


def _with_bare_sums(seen: str, quantities: list[Quantity], sums: set[Decimal]) -> list[Quantity]:
    """The amounts found, with the sums of 万 or 亿 that speech wrote without 元, in order.

    A bare sum (``6100万``, ``1亿3``) is money where a verb of paying or a money noun takes it
    (``撥了6100萬``, ``投入還有4000萬``, ``公益金2.3億``) or where it repeats a bare sum read
    so before in the document (``這6100萬現在…``: speech repeats its sums as it wrote them); a
    number of 万 anywhere else (``受災人口達到1299萬``) is no money. Each one read carries
    ``money.bare_sum``.
    """
    bare = []
    for found in find_bare_sums(seen):
        if any(quantity.span.overlaps(found.span) for quantity in quantities):
            continue  # part of an amount with its 元 (``1亿3千万元``)
        if found.value in sums or _takes_a_sum(seen, found.span.start):
            sums.add(found.value)
            bare.append(attrs.evolve(found, damage=_BARE_SUM))
    if not bare:
        return quantities
    return sorted([*quantities, *bare], key=lambda quantity: quantity.span.start)


def _takes_a_sum(seen: str, start: int) -> bool:
    """Whether a verb of paying (``撥了``, ``投入還有``) or a money noun (``公益金``) is right before."""
    reach = max(0, start - _SUM_REACH)
    return (
        _SUM_TAKER.search(seen, reach, start) is not None
        or _MONEY_BEFORE.search(seen, max(0, start - _MONEY_NOUN_REACH), start) is not None
    )


def _with_bare_levels(seen: str, quantities: Iterable[Quantity]) -> list[Quantity]:
    """The amounts found, with the levels written without 元 before a bracketed one, in order.

    ``从年人均5040(月人均420元)``: a number after a rate word, its equivalent in brackets with
    元, is a level whose 元 was left out (read with ``money.unit_lost``).
    """
    found = list(quantities)
    if not found or not _holds_bracket(seen) or _BARE_LEVEL_MARK.search(seen) is None:
        return found
    bare = [
        Quantity(
            Decimal(match["number"]),
            match["number"],
            Span(match.start("number"), match.end("number")),
            damage="unit lost: 元 left out before the bracketed equivalent",
        )
        for match in _BARE_LEVEL.finditer(seen)
    ]
    return sorted([*found, *bare], key=lambda quantity: quantity.span.start)


def _holds_bracket(text: str) -> bool:
    """Whether ``text`` holds an opening bracket, which every bracketed equivalent opens with.

    >>> _holds_bracket("年人均5040(月人均420元)"), _holds_bracket("每人每月420元")
    (True, False)
    """
    return any(bracket in text for bracket in _OPENING_BRACKETS)


def _split_digits(seen: str, view: Squeezed, quantity: Quantity) -> Diagnostic | None:
    """A diagnostic for an amount whose digits run on before a space (``3 500元``), which is not read.

    The view keeps a space between two digits, since joining them could make another
    number; ``3 500元`` is neither 500 nor 3500 with any certainty.
    """
    start = quantity.span.start
    if seen[start - 1 : start] not in _SQUEEZED:  # most amounts: no space before them, a glance tells
        return None
    before = _SPACED_RUN.search(seen, max(0, start - _SPACED_REACH), start)
    if before is None:
        return None
    span = view.span(before.start(), quantity.span.end)
    message = (
        f"{seen[before.start() : quantity.span.end]!r}: digit runs a space apart; "
        "not read as money, since the space may split one number"
    )
    return Diagnostic("money.spaced_digits", message, span)


@attrs.frozen
class _Paragraph:
    """A paragraph as the money stage read it: the view's text and the map back to the report's."""

    seen: str
    """The view's text: every position of the paragraph's amounts indexes it."""
    view: Squeezed
    """The map back."""

    def span(self, span: Span) -> Span:
        """The span of the report's text behind ``span`` of the view."""
        if not self.view.offsets:  # nothing taken out: the view is the text, shifted
            return Span(span.start + self.view.start, span.end + self.view.start)
        return self.view.span(span.start, span.end)


def _paragraphs_with_money(text: str, paragraphs: Spans) -> Iterator[Span]:
    """The paragraphs that may hold money.

    Those that hold a 元 or a slash before a dot (every amount and placeholder holds one), or
    a sum of 万 or 亿 with no 元 (:func:`~minzheng.text.numbers.find_bare_sums`). One byte
    marks each paragraph chosen, and each span is made as reading reaches it: a set and a
    list of them would outgrow the text where every line holds an amount.
    """
    chosen = bytearray(len(paragraphs))
    for mark in _MONEY_MARKS:
        at = text.find(mark)
        while at >= 0:
            anchored = mark != "/" or text[at + 1 : at + 2] in _LOST_UNIT_DOTS
            index = paragraphs.at(at) if anchored else -1
            if index < 0:
                at = text.find(mark, at + 1)
                continue
            chosen[index] = 1  # the rest of the paragraph need not be looked at for this mark
            at = text.find(mark, max(at + 1, _held_end(paragraphs, index)))
    for mark in _BIG_MARKS:  # a sum of 万 or 亿 that speech wrote without 元
        at = text.find(mark)
        while at >= 0:
            index = paragraphs.at(at) if text[at - 1 : at] in _ASCII_DIGITS else -1
            if index < 0:  # every bare sum has a digit right before its 万 or 亿
                at = text.find(mark, at + 1)
                continue
            span = paragraphs.span(index)
            if not chosen[index] and next(find_bare_sums(text, span.start, span.end), None) is not None:
                chosen[index] = 1
            at = text.find(mark, span.end)
    return map(paragraphs.span, itertools.compress(range(len(chosen)), chosen))


def _held_end(paragraphs: Spans, index: int) -> int:
    """Where paragraph ``index`` stops holding positions: its end, or where the next one starts.

    >>> _held_end(Spans.of([(0, 5), (3, 9)]), 0), _held_end(Spans.of([(0, 5), (7, 9)]), 1)
    (3, 9)
    """
    end = paragraphs.ends[index]
    if index + 1 < len(paragraphs):
        return min(end, paragraphs.starts[index + 1])
    return end


def _read_paragraph(text: str, quantities: list[Quantity]) -> list[Settled]:
    """Read, link and fold the amounts of one paragraph's view, part by part."""
    fold = _Fold()
    earlier = range(0)
    for part, found in _by_part(text, quantities):
        sentence = _Sentence(part[0], part[1], fold.read(_read_part(text, part, found)), earlier)
        if len(found) > 1:
            for rule in _RULES:
                rule(text, sentence, fold)
        else:
            _link_one(text, sentence, fold)
        earlier = sentence.members
    return fold.amounts


def _parts_of(text: str) -> Iterator[tuple[int, int]]:
    """The parts of a paragraph: sentences cut again at ``；``, but not at a ``?`` lost for a ``·``.

    ``451.1元/人?月`` is one rate: the question mark stands between two unit words.
    """
    begin = -1
    for start, end in cut(text, 0, len(text), Break.PART):
        begin = start if begin < 0 else begin
        if text[end - 1] not in _QUESTION_MARKS or not _DAMAGED_RATE.match(
            text, max(0, end - _RATE_REACH), min(len(text), end + 1)
        ):
            yield begin, end
            begin = -1
    if begin >= 0:
        yield begin, len(text)


def _by_part(text: str, quantities: list[Quantity]) -> Iterator[tuple[tuple[int, int], list[Quantity]]]:
    """The parts of the paragraph (sentences cut again at ``；``) that hold amounts, with them."""
    remaining = iter(quantities)
    quantity = next(remaining, None)
    for part in _parts_of(text):
        found: list[Quantity] = []
        while quantity is not None and quantity.span.start < part[1]:
            found.append(quantity)
            quantity = next(remaining, None)
        if found:
            yield part, found
        if quantity is None:
            return


def _read_part(text: str, part: tuple[int, int], quantities: list[Quantity]) -> list[Reading]:
    """The readings of one part's amounts, each read from where the one before it ends."""
    readings: list[Reading] = []
    segment = part[0]
    planning = may_plan(text, part[0], part[1])
    for quantity in quantities:
        reading = read_amount(text, quantity, part, max(segment, part[0]), planning=planning)
        readings.append(reading)
        segment = reading.end
    return readings


# --- the sentence rules --------------------------------------------------------------------


def _pair_respectively(text: str, sentence: _Sentence, links: _Fold) -> None:
    """``A标准、B标准分别调整为X、Y``: the n-th category before 分别 takes the n-th amount."""
    at = text.find(_RESPECTIVELY, sentence.start, sentence.end)
    while at >= 0:
        word_start, word_end = at, at + len(_RESPECTIVELY)
        at = text.find(_RESPECTIVELY, word_end, sentence.end)
        run = _run_after(text, word_end, links.amounts, sentence.members)
        if len(run) < 2:  # noqa: PLR2004 - one amount needs no pairing
            continue
        begin = clause_start(text, sentence.start, word_start)
        labels = _list_labels(text, begin, word_start)
        if len(labels) == 1:
            labels = _spread(labels[0], len(run))
        if len(labels) != len(run):
            continue
        named = text.find("标准", begin, word_start) >= 0 or any(label.key != label.text for label in labels)
        _share_kind(links, run)
        for index, label in zip(run, labels, strict=True):
            links.add(Paired(index, label, named))


def _share_kind(links: _Fold, run: list[int]) -> None:
    """A list after 分别 is of one kind: ``人均…分别为A、B`` all averages, ``分别提高A和B`` all increases."""
    if any(links.amounts[index].per_capita for index in run):
        for index in run:
            links.add(Averaged(index))
    if any(links.amounts[index].increase for index in run):
        for index in run:
            links.add(Increased(index))


def _spread(label: Label, count: int) -> list[Label]:
    """One wording for several amounts, in order.

    ``城乡低保…分别为X、Y`` is urban X, rural Y; ``残疾人两项补贴…分别为X、Y`` is the living
    subsidy X and the nursing subsidy Y.
    """
    if label.scope is Scope.URBAN_RURAL and count == 2:  # noqa: PLR2004 - urban and rural
        return [renewed(label, scope=Scope.URBAN), renewed(label, scope=Scope.RURAL)]
    for wording, keys in SPLIT_CATEGORIES:
        if wording in label.text and len(keys) == count:
            return [_vocabulary_label(key, label.text, label.scope) for key in keys]
    return [label] * count


def _vocabulary_label(key: str, wording: str, scope: Scope | None) -> Label:
    """The label of a vocabulary category by its key, as ``wording`` names it."""
    entry = next(entry for entry in CATEGORIES if entry.key == key)
    return Label(key, wording, scope, entry.per, entry.period)


def _run_after(text: str, position: int, amounts: Sequence[Settled], members: range) -> list[int]:
    """The amounts that follow ``position`` as one list: no clause between them."""
    run: list[int] = []
    for index in members:
        amount = amounts[index]
        if amount.start < position:
            continue
        gap_start = amounts[run[-1]].end if run else position
        gap = text[gap_start : amount.start]
        if run and (not _RESPECTIVE_GAP.match(gap) or paying_verb(gap)):
            break
        if not run and clause_start(text, position, amount.start) != position:
            break
        run.append(index)
    return run


def _list_labels(text: str, start: int, stop: int) -> list[Label]:
    """The items of ``A标准、B标准和C标准`` as labels, vocabulary first, own wording else."""
    items = [item for item in _ITEM_MARK.split(text[start:stop]) if item.strip()]
    labels: list[Label] = []
    offset = start
    for item in items:
        where = text.find(item, offset, stop)
        where = offset if where < 0 else where
        offset = where + len(item)
        found = find_categories(text, where, where + len(item))
        if found:
            labels.append(found[-1][2])
            continue
        wording = _FROM_STANDARD.sub("", item).strip()
        wording = _LEADING_PREPOSITION.sub("", wording)
        if not wording:
            return []
        labels.append(Label(wording, wording, scope_in(wording)))
    return _share_heads(labels)


def _share_heads(labels: list[Label]) -> list[Label]:
    """``城市、农村低保``: an item that is only a scope word shares the category after it."""
    shared = list(labels)
    for index in range(len(shared) - 2, -1, -1):
        label, following = shared[index], shared[index + 1]
        if label.text in _SCOPE_NAMES:
            head = _SCOPE_PREFIX.sub("", following.text)
            shared[index] = renewed(following, text=label.text + head, scope=label.scope)
    return shared


def _link_raises(text: str, sentence: _Sentence, links: _Fold) -> None:
    """``由X元提高到Y元``: Y replaced X; both standards when either reads as one.

    A level may carry its equivalent in brackets (``由7200元(600元/月)提高到7920元(660元/月)``):
    the levels outside pair up, and so do those inside. In a part that continues a list of
    standards after a semicolon (``城市…由380元提高到420元;两县由330元提高到365元``), the raise
    is one of the same standard.
    """
    if not any(text.find(word, sentence.start, sentence.end) >= 0 for word in _FROM_WORDS):
        return  # every raise is written from its old level, inside the sentence
    amounts = links.amounts
    bracketed = _bracketed(text, sentence, amounts)
    inside = set(bracketed.values())
    levels = [index for index in sentence.members if index not in inside]
    inherited: int | None = None
    unnamed = looked = False
    for previous, index in itertools.pairwise(levels):
        inner = bracketed.get(previous)
        first, second = amounts[previous], amounts[index]
        gap_start = first.end if inner is None else _after_bracket(text, amounts[inner].end)
        gap = text[gap_start : second.start]
        if not _RAISE_GAP.match(gap) or not _RAISE_FROM.search(text, first.clause_start, first.start):
            continue
        pairs = [(previous, index)]
        if inner is not None and bracketed.get(index) is not None:
            pairs.append((inner, bracketed[index]))
        if not looked:  # what the part before gives, read only once a raise is found
            inherited = _inherited(text, sentence, amounts)
            unnamed = inherited is not None and not find_categories(text, sentence.start, sentence.end)
            looked = True
        for old, new in pairs:
            bare = not (amounts[old].standard or amounts[new].standard)
            total = is_total(text, amounts[old].reading) or is_total(text, amounts[new].reading)
            if inherited is not None and (bare or unnamed) and not total:
                links.add(Continued(old, inherited))
            year = near_year(text, amounts[old].end, amounts[new].start)
            links.add(Raised(old, new, near_year(text, amounts[old].clause_start, amounts[old].start), year))


def _bracketed(text: str, sentence: _Sentence, amounts: Sequence[Settled]) -> dict[int, int]:
    """The amounts written in brackets right after another, as the same level in another period.

    ``7200元(600元/月/人)``, ``年人均5040(月人均420元)``: maps the level outside to the one inside.
    """
    return {
        outer: inner
        for outer, inner in itertools.pairwise(sentence.members)
        if _BRACKET_GAP.fullmatch(text, amounts[outer].end, amounts[inner].start)
    }


def _periods_of_equivalents(text: str, sentence: _Sentence, links: _Fold) -> None:
    """``2400元(200元/月/人)``: a level beside its equivalent in brackets is of the other period.

    The level that writes no period takes the one whose monthly equivalent is the
    bracketed one's (:func:`~minzheng.model.monthly`): per year beside a monthly twelfth,
    per month beside a yearly twelve times; none where no period makes them one level.
    """
    amounts = links.amounts
    for outer, inner in _bracketed(text, sentence, amounts).items():
        for index, other in ((outer, inner), (inner, outer)):
            amount, equivalent = amounts[index], amounts[other]
            if amount.period is not None or equivalent.period not in _LEVEL_PERIODS:
                continue
            level = monthly(equivalent.quantity.value, equivalent.period)
            period = next(
                (
                    period
                    for period in _LEVEL_PERIODS
                    if period is not equivalent.period and monthly(amount.quantity.value, period) == level
                ),
                None,
            )
            if period is not None:
                links.add(Equivalent(index, period))


def _after_bracket(text: str, position: int) -> int:
    """Where the bracket that holds ``position`` closes (after its mark), ``position`` if none is near."""
    found = _CLOSING_BRACKET.search(text, position, position + _BRACKET_REACH)
    return found.end() if found is not None else position


def _names_its_own(text: str, sentence: _Sentence, amounts: Sequence[Settled]) -> bool:
    """Whether the first amount of a sentence has wording of its own that names a benefit."""
    first = amounts[sentence.members[0]]
    return names_a_benefit(generic_label(text, first.reading, first.evidence))


def _inherited(text: str, sentence: _Sentence, amounts: Sequence[Settled]) -> int | None:
    """The standard (a level, not its bracketed equivalent) of the part before, where this part continues it.

    So it does after a semicolon, or where this part names no category of its own
    (``城市低保标准…由A提高到B。仙游县从C提高到D``: another place, the same standard).
    """
    if sentence.start == 0:
        return None
    continuing = text[sentence.start - 1] in _CONTINUING_MARKS
    if not continuing and (
        find_categories(text, sentence.start, sentence.end) or _names_its_own(text, sentence, amounts)
    ):
        return None
    inside = {
        inner
        for outer, inner in itertools.pairwise(sentence.earlier)
        if _BRACKET_GAP.fullmatch(text, amounts[outer].end, amounts[inner].start)
    }
    standards = [
        index
        for index in sentence.earlier
        if amounts[index].standard and amounts[index].label and index not in inside
    ]
    if not standards:
        return None
    label = amounts[standards[-1]].label
    named = label is not None and (label.key in _VOCABULARY_KEYS or names_a_benefit(label))
    return standards[-1] if named else None


def _link_comparisons(text: str, sentence: _Sentence, links: _Fold) -> None:
    """``标准每人每年5800元,比2021年的5400元提高400元``: 5400 is the level 5800 replaced."""
    for level, earlier in itertools.pairwise(sentence.members):
        first, second = links.amounts[level], links.amounts[earlier]
        gap = text[first.end : second.start]
        if not first.standard or second.standard or second.per_capita or second.increase:
            continue
        if not _COMPARED.match(gap) or not _INCREASE_AFTER.match(second.tail):
            continue
        links.add(Compared(level, earlier, near_year(text, first.end, second.start)))


def _link_restated(text: str, sentence: _Sentence, links: _Fold) -> None:
    """A dated new level of the same standard, named no other way, replaced the one before it.

    ``2021年标准为每人每月700元,2022年调整为每人每月760元``: 760 replaced 700.
    """
    amounts = links.amounts
    standards = [index for index in sentence.members if amounts[index].standard]
    for previous, index in itertools.pairwise(standards):
        first, second = links.amounts[previous], links.amounts[index]
        if second.previous is not None or first.previous == index:
            continue
        if text.find("年", second.clause_start, second.start) < 0:  # every dated move names a year
            continue
        if not _RESTATED.search(text, second.clause_start, second.start):
            continue
        if find_categories(text, second.segment_start, second.start):
            continue
        if first.period is not None and second.period is not None and first.period is not second.period:
            continue
        links.add(Restated(previous, index))


def _carry_lists(text: str, sentence: _Sentence, links: _Fold) -> None:
    """A list after a standard: its items are standards, and a unit written once carries on."""
    for previous, index in itertools.pairwise(sentence.members):
        gap = text[links.amounts[previous].end : links.amounts[index].start]
        _follow_on(links, previous, index, gap)
        before, amount = links.amounts[previous], links.amounts[index]
        if not before.standard or amount.per_capita or amount.increase or amount.previous == previous:
            continue
        if not _LIST_GAP.match(gap) or paying_verb(gap) or is_total(text, amount.reading):
            continue
        named = "标准" in gap or bool(find_categories(text, before.end, amount.start))
        if gap.lstrip()[:1] not in "、和及与" and not named:
            continue
        links.add(Listed(previous, index, named, scope_in(gap)))


def _follow_on(links: _Fold, previous: int, index: int, gap: str) -> None:
    """What an amount takes from the one before it outside lists of standards.

    A level reached after an increase (``每人每月提高50元,达到700元``) takes its rate;
    a level reached after a standard (``一般不超过3000元,特殊情况可提高至1万元``) is one
    too, of the same category; the second of ``人均…分别为城市520元、农村380元`` (or
    ``…城市达到540元,农村达到310元``) is an average too.
    """
    before, amount = links.amounts[previous], links.amounts[index]
    if amount.evidence is Evidence.REACHED and before.increase:
        links.add(RateShared(previous, index))
    if before.per_capita and not amount.standard and _PER_CAPITA_GAP.match(gap):
        links.add(AverageFollows(previous, index))
    amount = links.amounts[index]
    if (
        before.standard
        and not amount.standard
        and not (amount.per_capita or amount.increase)
        and _REACHED_AFTER.search(gap)
        and not paying_verb(gap)
    ):
        links.add(Reached(previous, index))


def _categories(text: str, sentence: _Sentence, links: _Fold) -> None:
    """The category of each standard of a sentence that has none yet."""
    amounts = links.amounts
    if not any(amounts[index].standard for index in sentence.members):
        return
    inherited = _inherited_label(text, sentence, amounts)
    orphans = text.find(ORPHAN_WORD, sentence.start, sentence.end) >= 0
    before: Settled | None = None
    previous: Label | None = None
    for index in sentence.members:
        amount = links.amounts[index]
        if amount.standard and amount.label is None:
            label = _category(text, amount, links.amounts, inherited, before, orphans=orphans)
            links.add(Categorised(index, _in_context(text, amount, label, previous)))
        before = links.amounts[index]
        if before.standard and before.label is not None:
            previous = before.label
    _care_levels(text, sentence, links)


def _scope_before(text: str, amount: Settled, key: str) -> Scope | None:
    """The scope the part before gives a category its own part names without one.

    ``城市低保对象957万户;低保平均标准451.1元/人·月``: the level is urban. Only where the
    words before name that category with one scope, never two.
    """
    start = amount.sentence[0]
    scopes = {
        label.scope for _, _, label in find_categories(text, max(0, start - REACH), start) if label.key == key
    }
    if len(scopes) != 1:
        return None
    return next(iter(scopes))


def _in_context(text: str, amount: Settled, label: Label, previous: Label | None) -> Label:
    """A category that the words around the amount make precise.

    A bare family word takes its vocabulary key where the paragraph names the family
    (``残疾人两项补贴…生活补贴标准…``: 困难残疾人生活补贴); a grade (``二级``, ``三四级``) is a
    level of the standard before it in the sentence; a care tier before the amount
    (``自理、半自理和完全不能自理特困人员``) makes 特困 support its 照料护理 standard.
    """
    if _GRADE.fullmatch(label.text) and previous is not None:
        return renewed(previous, text=label.text)
    if label.scope is None and label.key in _VOCABULARY_KEYS:
        scope = _scope_before(text, amount, label.key)
        if scope is not None:
            label = renewed(label, scope=scope)
    if label.key not in _VOCABULARY_KEYS:
        label = _family_member(text, amount, label)
    if label.scope is None and label.key in _WHOLE_OF:
        label = _scope_of_whole(text, amount, label)
    if label.key == SUPPORT_KEY and _in_a_home(text, amount):
        label = _vocabulary_label(INSTITUTIONAL_SUPPORT_KEY, label.text, label.scope)
    if label.key in _SUPPORT_KEYS and (
        _CARE_TIER.search(text, amount.clause_start, amount.start)
        or (previous is not None and previous.key == CARE_TIER_KEY)
    ):
        return _vocabulary_label(CARE_TIER_KEY, label.text, label.scope)
    return label


def _family_member(text: str, amount: Settled, label: Label) -> Label:
    """A bare member word of a family named in the paragraph before (``生活补贴``), by its key."""
    for family, members in FAMILY_CATEGORIES:
        if text.rfind(family, max(0, amount.start - _FAMILY_REACH), amount.start) < 0:
            continue
        key = next((key for word, key in members if label.text.endswith(word)), None)
        if key is not None:
            return _vocabulary_label(key, label.text, label.scope)
    return label


def _scope_of_whole(text: str, amount: Settled, label: Label) -> Label:
    """A part category named bare (``年补差水平``) takes the scope of its whole named last before it.

    ``农村低保标准由…提高到…,年补差水平…``: the top-up is rural. The whole is looked for as
    far back as a family's name.
    """
    whole = _WHOLE_OF[label.key]
    named = [
        found
        for _, _, found in find_categories(text, max(0, amount.start - _FAMILY_REACH), amount.start)
        if found.key == whole
    ]
    if not named or named[-1].scope is None:
        return label
    return renewed(label, scope=named[-1].scope)


def _in_a_home(text: str, amount: Settled) -> bool:
    """Whether a 特困 support level is set in a home (``敬老院``): its 集中供养.

    The home is named in the level's own clause (``乡敬老院五保供养标准``), or earlier in
    its sentence where the clause itself names no 五保 or 特困 people (``改善敬老院条件,
    提高供养标准``); a sentence that names the home and then 五保供养 in a clause of its own
    speaks of all of it.
    """
    clause = text[amount.clause_start : amount.start]
    if _SUPPORT_HOME.search(clause):
        return True
    home = _SUPPORT_HOME.search(text, amount.sentence[0], amount.start)
    return _SUPPORTED.search(clause) is None and home is not None


def _inherited_label(text: str, sentence: _Sentence, amounts: Sequence[Settled]) -> Label | None:
    """The category a sentence continues: ``高龄津贴:80至89周岁…50元;90至99周岁…100元``.

    Only a sentence that follows a semicolon in the same paragraph continues the one before.
    """
    if sentence.start == 0 or text[sentence.start - 1] not in _CONTINUING_MARKS:
        return None
    labels = [
        label
        for index in sentence.earlier
        if amounts[index].standard and (label := amounts[index].label) is not None
    ]
    return labels[-1] if labels else None


def _category(  # noqa: PLR0913 - the amount, its paragraph and what its sentence carries
    text: str,
    amount: Settled,
    amounts: Sequence[Settled],
    inherited: Label | None,
    before: Settled | None,
    *,
    orphans: bool,
) -> Label:
    """The category of a standard: named after it, else the nearest before it, else its own words.

    A vocabulary category that names the recipients (``低保对象``, ``特困人员``) gives way
    to a benefit named after it (``低保对象一次性生活补贴``: the 生活补贴); wording that is
    only a generic award (``奖励``) or a group (``90周岁``) gives way to a category named
    earlier in the sentence, or in the sentence this one continues. A standard that names
    nothing after a funding (``发放生活补贴1080万元,每人150元``) is of what it funds.
    """
    named = _named_category(text, amount, amounts, orphans=orphans)
    if named is not None:
        return named
    own = generic_label(text, amount.reading, amount.evidence)
    if names_a_benefit(own) and not is_generic_award(own):
        return own
    earlier = find_categories(text, max(amount.sentence[0], amount.start - REACH), amount.segment_start)
    if earlier:
        label = earlier[-1][2]
        scope = scope_in(text[amount.clause_start : amount.start])
        return _with_scope(label, scope) if scope else label
    if inherited is not None and not names_a_benefit(own):
        return inherited
    if not own.text and before is not None and not before.standard:
        funded = purpose(text, before.reading, before.action)
        if funded is not None and names_a_benefit(Label(funded, funded)):
            return Label(own_key(funded), funded, own.scope)
    return own


def _named_category(text: str, amount: Settled, amounts: Sequence[Settled], *, orphans: bool) -> Label | None:
    """A category named right after a standard, in its own stretch of the sentence, or replaced."""
    after = tail_category(text, amount.reading)
    found = find_categories(text, amount.segment_start, amount.start)
    if after is not None:
        # ``按散居孤儿每人每月1300元…的标准发放孤儿基本生活费``: the form named before is precise
        refined = found and found[-1][2].key != after.key and found[-1][2].key.endswith(after.key)
        return found[-1][2] if refined else after
    orphan = _orphan_form(text, amount) if orphans else None
    if orphan is not None:
        return orphan
    if found:
        _, end, label = found[-1]
        benefit = benefit_after(text, end, amount.start) if names_recipients(text, label, end) else None
        return renewed(benefit, scope=benefit.scope or label.scope) if benefit is not None else label
    if amount.previous is not None and amounts[amount.previous].label is not None:
        return amounts[amount.previous].label
    return None


def _orphan_form(text: str, amount: Settled) -> Label | None:
    """``孤儿基本生活费标准为集中供养…,散居…``: a bare form of care in a sentence about orphans."""
    if text.find(ORPHAN_WORD, max(amount.sentence[0], amount.start - REACH), amount.start) < 0:
        return None
    found = None
    for found in _ORPHAN_FORM.finditer(text, amount.segment_start, amount.start):  # noqa: B007 - the last
        pass
    if found is None or text.startswith(ORPHAN_WORD, found.end()):
        return None  # none, or a full wording (``集中供养孤儿``) that the vocabulary reads
    return _vocabulary_label(_ORPHAN_KEYS[found.group()], found.group(), None)


def _care_levels(text: str, sentence: _Sentence, links: _Fold) -> None:
    """``失能老年人护理补贴按照全护理、半护理分别…``: bare care levels of the subsidy named first."""
    levels = [
        index
        for index in sentence.members
        if (amount := links.amounts[index]).standard
        and amount.label is not None
        and amount.label.text in _CARE_LEVEL_SET
    ]
    if not levels:
        return
    named = [
        label
        for _, _, label in find_categories(text, sentence.start, links.amounts[levels[0]].start)
        if label.key in _CARE_KEY_SET and label.text not in _CARE_LEVEL_SET
    ]
    if named:
        for index in levels:
            label = links.amounts[index].label
            if label is not None:
                links.add(Categorised(index, renewed(named[-1], text=label.text)))


def _with_scope(label: Label, scope: Scope) -> Label:
    """A label for another scope, its wording too: ``城市低保`` for a rural amount is ``农村低保``."""
    if scope is label.scope:
        return label
    word = next((word for word, named in SCOPE_WORDS if named is scope), "")
    found = _SCOPE_PREFIX.match(label.text)
    wording = word + (label.text[found.end() :] if found else label.text)
    return renewed(label, text=wording, scope=scope)


def _infer_lost_periods(text: str, sentence: _Sentence, links: _Fold) -> None:  # noqa: ARG001 - a rule's signature
    """A period lost in extraction (``9000/.``) restored from the list around it, if it tells.

    The list item of the same scope wins, then the one nearest in magnitude: beside
    ``5400/.年`` (rural) and ``1260/.月`` (urban), a rural ``9000/.`` is a year.
    """
    amounts = links.amounts
    if not any(amounts[index].reading.lost_period for index in sentence.members):
        return
    members = [amounts[index] for index in sentence.members]
    known = [a for a in members if a.standard and a.period is not None and a.quantity.value > 0]
    for index in sentence.members:
        amount = amounts[index]
        if not amount.reading.lost_period or amount.period is not None or amount.quantity.value <= 0:
            continue
        scope = amount.label.scope if amount.label else None
        value = amount.quantity.value
        candidates = [
            (
                other.label is None or other.label.scope != scope,
                abs((value / other.quantity.value).log10()),
                other,
            )
            for other in known
        ]
        telling = [c for c in candidates if not c[0] or c[1] < _SAME_MAGNITUDE]
        if telling:
            links.add(PeriodInferred(index, min(telling, key=lambda c: (c[0], c[1]))[2].period))


def _growth(text: str, sentence: _Sentence, links: _Fold) -> None:
    """Growth rates: ``年均增长分别为5%、12.5%`` paired in order; ``提高1倍`` is 100%."""
    amounts = links.amounts
    standards = [index for index in sentence.members if amounts[index].standard]
    if not standards or _GROWTH_WORDS.search(text, sentence.start, sentence.end) is None:
        return
    percents: list[Quantity] | None = None  # read only when a rate is named
    for found in _GROWTH.finditer(text, sentence.start, sentence.end):
        if percents is None:
            percents = list(find_percents(text, sentence.start, sentence.end))
        run = _percent_run(text, found.end(), percents)
        if run:
            _assign_growth(links, sentence, standards, found.start(), [percent.value for percent in run])
    for times in _TIMES.finditer(text, sentence.start, sentence.end):
        if text.find("标准", sentence.start, times.start()) >= 0 and len(standards) == 1:
            only = links.amounts[standards[0]]
            links.add(Grown(standards[0], only.growth or _times_growth(times)))


def _assign_growth(
    links: _Fold, sentence: _Sentence, standards: list[int], position: int, rates: list[Decimal]
) -> None:
    """Give the rates written after ``增长`` at ``position`` to their standards.

    Several pair with the standards before them, in order; one goes to the only
    standard of the sentence, or to the nearest before it with no funding between.
    """
    amounts = links.amounts
    before = [i for i in standards if amounts[i].end <= position and amounts[i].growth is None]
    if len(rates) > 1 and len(before) >= len(rates):
        for index, rate in zip(before[-len(rates) :], rates, strict=True):
            links.add(Grown(index, rate))
    elif len(rates) == 1 and len(standards) == 1:
        links.add(Grown(standards[0], amounts[standards[0]].growth or rates[0]))
    elif len(rates) == 1 and before and not _funding_between(amounts, sentence, before[-1], position):
        links.add(Grown(before[-1], rates[0]))


def _percent_run(text: str, position: int, percents: list[Quantity]) -> list[Quantity]:
    """The percentages that follow ``position`` as one list."""
    run: list[Quantity] = []
    for percent in percents:
        if percent.span.start < position:
            continue
        gap_start = run[-1].span.end if run else position
        if not _PERCENT_GAP.match(text[gap_start : percent.span.start]):
            break
        run.append(percent)
    return run


def _funding_between(amounts: Sequence[Settled], sentence: _Sentence, standard: int, position: int) -> bool:
    """Whether a funding of the sentence stands between the standard at ``standard`` and ``position``."""
    end = amounts[standard].end
    return any(
        not amounts[index].standard and end <= amounts[index].start < position for index in sentence.members
    )


def _times_growth(times: regex.Match[str]) -> Decimal:
    """Growth in percent of ``提高1倍`` (100), ``翻一番`` (100), ``翻两番`` (300)."""
    if times["f"]:
        return Decimal(100 * (2 ** (parse_count(times["f"]) or 0) - 1))
    written = times["n"]
    factor = parse_count(written)
    return (Decimal(written) if factor is None else Decimal(factor)) * 100


def _parts(text: str, sentence: _Sentence, links: _Fold) -> None:
    """``共计X元,其中A元、B元``: A and B are parts of X when each is smaller.

    A sentence that opens with 其中 takes its total from the sentence before.
    """
    if _PART_WORD.search(text, sentence.start, sentence.end) is None:  # every match holds one
        return
    for found in _PARTS.finditer(text, sentence.start, sentence.end):
        current = links.amounts
        totals = [i for i in sentence.members if not current[i].standard and current[i].end <= found.start()]
        if not totals and not text[sentence.start : found.start()].strip():
            totals = [i for i in sentence.earlier if not current[i].standard and current[i].total is None]
        if not totals:
            _parts_before_total(text, sentence, found.start(), links)
            continue
        total = totals[-1]
        for index in sentence.members:
            part = current[index]
            if part.start < found.end() or part.standard or part.total is not None:
                continue
            if part.quantity.value >= current[total].quantity.value:
                break
            links.add(PartOf(index, total))


def _parts_before_total(text: str, sentence: _Sentence, opening: int, links: _Fold) -> None:
    """``救助资金(含中央资金3000万元)共计5200万元``: the parts in brackets, the total right after."""
    if text[opening] not in _OPENING_BRACKETS:
        return
    closing = _CLOSING_BRACKET.search(text, opening, sentence.end)
    if closing is None:
        return
    amounts = links.amounts
    after = next((i for i in sentence.members if amounts[i].start >= closing.end()), None)
    if after is None:
        return
    total = amounts[after]
    if total.standard or clause_start(text, closing.end(), total.start) != closing.end():
        return
    for index in sentence.members:
        part = links.amounts[index]
        inside = opening < part.start < closing.start()
        if inside and not part.standard and part.total is None and part.quantity.value < total.quantity.value:
            links.add(PartOf(index, after))


_RULES: tuple[Rule, ...] = (
    _pair_respectively,
    _periods_of_equivalents,
    _link_raises,
    _link_comparisons,
    _carry_lists,
    _link_restated,
    _categories,
    _infer_lost_periods,
    _growth,
    _parts,
)
"""The sentence rules in the order they see the amounts: each sees what the ones before settled."""


def _link_one(text: str, sentence: _Sentence, links: _Fold) -> None:
    """The rules that can link a part's only amount (to the part before it, or to nothing)."""
    amount = links.amounts[sentence.members[0]]
    if amount.evidence is not None:
        _categories(text, sentence, links)
        if amount.reading.lost_period:
            _infer_lost_periods(text, sentence, links)
        _growth(text, sentence, links)
    _parts(text, sentence, links)


# --- facts -----------------------------------------------------------------------------


def _build(  # noqa: PLR0913, PLR0917 - the report, the paragraph, its amounts, the lists it adds to
    context: Context,
    paragraph: _Paragraph,
    amounts: list[Settled],
    standards: list[Standard],
    fundings: list[Funding],
    diagnostics: list[Diagnostic],
) -> None:
    """Turn the folded amounts of one paragraph into facts, added after those of the paragraphs before."""
    # A total may follow its parts (``(含…3000万元)共计5200万元``): index them all first.
    paid = (index for index, amount in enumerate(amounts) if not amount.standard)
    funding_index = {index: position for position, index in enumerate(paid, start=len(fundings))}
    replaced = _replaced(amounts)
    for index, amount in enumerate(amounts):
        if amount.standard:
            standing = Standing.PREVIOUS if index in replaced else Standing.CURRENT
            standard = _standard(context, paragraph, amount, amounts, standing)
            standards.append(standard)
            diagnostics.extend(_damage(amount, standard.per, standard.span))
            diagnostics.extend(_implausible_standard(standard))
        else:
            funding = _funding(context, paragraph, amount, amounts, funding_index)
            fundings.append(funding)
            diagnostics.extend(_damage(amount, None, funding.span))
            diagnostics.extend(_implausible_total(paragraph.seen, amount, funding.span))


def _qualifier(amount: Settled) -> Qualifier:
    quantity = amount.quantity
    if amount.reading.qualifier is not None:
        return amount.reading.qualifier
    if quantity.upper is not None and quantity.qualifier is Qualifier.EXACT:
        return Qualifier.AT_LEAST
    return quantity.qualifier


def _year(context: Context, paragraph: _Paragraph, amount: Settled, at: int) -> int | None:
    """The year of an amount standing at ``at`` in the text: written near it, else the report's there."""
    if amount.year is not None:
        return amount.year
    written = sentence_year(paragraph.seen, max(amount.sentence[0], amount.start - REACH), amount.start)
    return written if written is not None else context.year_at(at)


_ONE_CASE_EVIDENCE = frozenset({Evidence.GRANT, Evidence.PACKAGE})
"""Standards paid per case, once, unless the text says otherwise."""


def _standard(
    context: Context, paragraph: _Paragraph, amount: Settled, amounts: Sequence[Settled], standing: Standing
) -> Standard:
    quantity = amount.quantity
    span = paragraph.span(quantity.span)
    seen = paragraph.seen
    label = amount.label or generic_label(seen, amount.reading, amount.evidence)
    per = amount.per
    period = amount.period
    if amount.evidence in _ONE_CASE_EVIDENCE:
        per = per or Per.CASE
        period = period or label.period or Period.ONCE
    if per is None and _household_subject(seen, amount):
        per = Per.HOUSEHOLD
    if period is None and _once(seen, amount, label):
        period = Period.ONCE
    previous = amounts[amount.previous].quantity.value if amount.previous is not None else None
    return Standard(
        category=label.key or None,
        label=(label.text or label.key) if label.key else "",
        amount=quantity.value,
        text=context.text[span.start : span.end],
        span=span,
        upper=quantity.upper,
        qualifier=_qualifier(amount),
        period=period or label.period,
        per=per or label.per,
        scope=label.scope,
        year=_year(context, paragraph, amount, span.start),
        previous_amount=previous,
        growth=amount.growth,
        section=context.section_at(span.start),
        standing=standing,
    )


def _replaced(amounts: Sequence[Settled]) -> frozenset[int]:
    """The indexes of the levels another amount of the paragraph replaced (:attr:`Standard.standing`).

    A level is ``previous`` when another of its paragraph replaced it (the ``previous``
    link of a raise, comparison or restatement), else ``current``; one pass over the
    paragraph, so a paragraph of many levels costs no more per level.
    """
    return frozenset(other.previous for other in amounts if other.previous is not None)


def _once(text: str, amount: Settled, label: Label) -> bool:
    """Whether a standard with no period is paid once.

    So it is with ``一次性`` in its clause or earlier in its sentence (``发放一次性生活补贴,
    每户500元``), and for a one-off benefit (``慰问金``).
    """
    if amount.once or label.text.endswith(ONCE_NOUNS):
        return True
    return text.find(_ONE_OFF, max(amount.sentence[0], amount.start - REACH), amount.start) >= 0


_HOUSEHOLD_SUBJECT = regex.compile(
    rf"家庭(?=[{_COMMAS}]|收入|月收入|人均收入)|对[^{_CLAUSE_BREAKS}]{{0,16}}户[{_COMMAS}]"
)


def _household_subject(text: str, amount: Settled) -> bool:
    """Whether the sentence is about households (``…的家庭,核定家庭收入时…``)."""
    start = max(amount.sentence[0], amount.start - REACH)
    return _HOUSEHOLD_SUBJECT.search(text, start, amount.start) is not None


def _funding(
    context: Context,
    paragraph: _Paragraph,
    amount: Settled,
    amounts: Sequence[Settled],
    funding_index: dict[int, int],
) -> Funding:
    quantity = amount.quantity
    span = paragraph.span(quantity.span)
    action = amount.action
    total = amounts[amount.total] if amount.total is not None else None
    if total is not None and (action is None or not action.strong):
        action = total.action or action
    name = action.canonical if action else None
    return Funding(
        amount=quantity.value,
        text=context.text[span.start : span.end],
        span=span,
        upper=quantity.upper,
        qualifier=_qualifier(amount),
        action=RAISE if amount.increase else name,
        purpose=amount.purpose or purpose(paragraph.seen, amount.reading, amount.action),
        per_capita=amount.per_capita,
        target=_target(context, paragraph, amount, span.start)
        or (
            total is not None
            and _target(context, paragraph, total, paragraph.span(total.quantity.span).start)
        ),
        part_of=funding_index.get(amount.total) if amount.total is not None else None,
        year=_year(context, paragraph, amount, span.start),
        section=context.section_at(span.start),
    )


def _target(context: Context, paragraph: _Paragraph, amount: Settled, at: int) -> bool:
    """Whether a funding is planned or aimed at rather than spent.

    The sentence's own words decide (:func:`~minzheng.parse.money_reading.read_amount`
    reads them): a word of aiming (``力争``, ``预计``, ``目标为``) or of planning with its
    verb (``计划投入``, ``将安排``, ``争取实现``) makes a target anywhere. A weaker word
    (``争取``, ``将``, ``确保`` without a verb of money after it) makes one only in a plan
    section, and not for an amount dated before the plan year. A plan section alone
    makes none: plans also state last year's results. Parts of a target are targets.
    """
    if amount.reading.aimed:
        return True
    if not amount.reading.planned or context.phase_at(at) is not Phase.PLAN:
        return False
    year, plan_year = _year(context, paragraph, amount, at), context.plan_year
    return year is None or plan_year is None or year >= plan_year


# --- diagnostics -------------------------------------------------------------------------


def _damage(amount: Settled, per: Per | None, span: Span) -> Iterator[Diagnostic]:
    quantity = amount.quantity
    if quantity.damage == _BARE_SUM:
        message = f"{quantity.text!r}: {_BARE_SUM}; read as {quantity.value} yuan from the words before it"
        yield Diagnostic("money.bare_sum", message, span)
    elif quantity.damage and quantity.damage.startswith("unit doubled"):
        message = f"{quantity.text!r}: {quantity.damage}; read once, as {quantity.value} yuan"
        yield Diagnostic("money.unit_doubled", message, span)
    elif quantity.damage and quantity.damage.startswith("unit order swapped"):
        message = f"{quantity.text!r}: {quantity.damage}; read as {quantity.value} yuan per {amount.period}"
        yield Diagnostic("money.unit_swapped", message, span)
    elif quantity.damage:
        lost = ["元"]
        if amount.reading.lost_per:
            lost.append("the per unit" + (f" (read as per {per.value})" if per else ""))
        if amount.reading.lost_period and not amount.period_inferred:
            lost.append("the period (left unknown)")
        message = f"{quantity.text!r}: {quantity.damage} ({', '.join(lost)}); read as {quantity.value} yuan"
        yield Diagnostic("money.unit_lost", message, span)
    if amount.reading.separator_damaged:
        rate = "/".join(unit.value for unit in (amount.per, amount.period) if unit is not None)
        message = (
            f"{quantity.text!r}: the mark between the units of its rate was lost to a question mark; "
            f"read as {quantity.value} yuan per {rate}"
        )
        yield Diagnostic("money.separator_damaged", message, span)
    if amount.period_inferred and amount.period is not None:
        message = (
            f"{quantity.text!r}: the period was lost; inferred as {amount.period.value} "
            "from the other amounts of the same list"
        )
        yield Diagnostic("money.period_inferred", message, span)


def _implausible_standard(standard: Standard) -> Iterator[Diagnostic]:
    per = standard.per
    if (per is Per.PERSON or per is Per.HOUSEHOLD) and standard.amount >= _IMPLAUSIBLE_PER_UNIT:
        message = (
            f"{standard.text!r}: {standard.amount} yuan per {per.value} is implausibly large; kept as written"
        )
        yield Diagnostic("money.implausible", message, standard.span)


def _implausible_total(text: str, amount: Settled, span: Span) -> Iterator[Diagnostic]:
    """A total far below one yuan per counted case in its sentence (``1017例,费用115.27元``)."""
    quantity = amount.quantity
    if amount.per_capita or amount.increase or quantity.value <= 0:
        return
    stop = min(amount.sentence[1], quantity.span.end + REACH)
    counts = [
        count
        for count in find_numbers(text, amount.segment_start, stop, units=_CASE_UNITS)
        if count.value > 0 and not count.span.overlaps(quantity.span)
    ]
    before = [count for count in counts if count.span.end <= quantity.span.start]
    nearest = before[-1] if before else next(iter(counts), None)
    if nearest is None:
        return
    share = quantity.value / nearest.value
    if share < _IMPLAUSIBLE_PER_CASE:
        message = (
            f"{quantity.text!r} over {nearest.text!r} is {share:.2f} yuan per {nearest.unit}: "
            "implausibly small, a unit (万) may be lost; kept as written"
        )
        yield Diagnostic("money.implausible", message, span)
