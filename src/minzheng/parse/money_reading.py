"""How one money amount reads in its sentence: rate units, clause, category, action.

The money stage (:mod:`minzheng.parse.money`) reads every amount of a sentence into a
frozen :class:`Reading` here, with the :class:`Evidence` that makes it a standard by its
own words; the sentence rules there then link the readings (pairs, raises, lists, parts,
growth) and one fold turns readings and links into facts.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import TypeVar

import attrs
import regex

from minzheng.model import Per, Period, Qualifier, Scope
from minzheng.parse.vocabulary import (
    ACTIONS,
    ADJUST_VERBS,
    AIM_VERBS,
    AWARD_NOUNS,
    BENEFIT_WORDS,
    CATEGORIES,
    DEDUCTION_VERBS,
    FUNERAL_WORDS,
    GENERIC_BENEFITS,
    INCREASE_VERBS,
    KEY_FILLERS,
    LABEL_KEPT_WORDS,
    LABEL_LEAD_WORDS,
    LABEL_OBJECT_MARKS,
    LABEL_TRAIL_WORDS,
    LEVEL_KINDS,
    LEVEL_NOUNS,
    MONEY_NOUNS,
    OTHER_UNITS,
    PACKAGE_NOUNS,
    PAST_WORDS,
    PEOPLE_NOUNS,
    PER_CAPITA_WORDS,
    PER_WORDS,
    PERIOD_WORDS,
    PURPOSE_FILLERS,
    RAISE,
    REACH_VERBS,
    RURAL_ONLY,
    SCOPE_WORDS,
    STATISTIC_NOUNS,
    TARGET_LEADS,
    TARGET_MODALS,
    TOTAL_WORDS,
    UNNAMED,
    Action,
    category_pattern,
)
from minzheng.text.numbers import Quantity, leading_qualifier
from minzheng.text.segments import Break, marks

__all__ = [
    "REACH",
    "Evidence",
    "Label",
    "Reading",
    "benefit_after",
    "clause_start",
    "find_categories",
    "generic_label",
    "is_generic_award",
    "is_total",
    "may_plan",
    "names_a_benefit",
    "names_recipients",
    "near_year",
    "own_key",
    "paying_verb",
    "read_amount",
    "read_cell",
    "renewed",
    "scope_in",
    "trim_purpose",
]


def _alternation(words: Iterable[str]) -> str:
    """Words as one regex alternation, longest first so that none hides a longer one.

    >>> _alternation(["人", "人次"])
    '人次|人'
    """
    return "|".join(regex.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


def _shared_char(words: Iterable[str]) -> str:
    """A character every word holds, which a cheap test looks for before a pattern of the words.

    >>> _shared_char(["人均", "户均", "平均"])
    '均'
    """
    shared = set.intersection(*(set(word) for word in words))
    if not shared:
        msg = "the words share no character"
        raise ValueError(msg)
    return min(shared)


def _ends_with_any(text: str, words: tuple[str, ...]) -> bool:
    r"""Whether ``text`` ends with one of ``words``, or with a line break (``$`` matches before one).

    A pattern that ends with the words and ``$`` can match only there.

    >>> nouns = ("资金", "经费")
    >>> _ends_with_any("救助资金", nouns), _ends_with_any("经费\n", nouns), _ends_with_any("资金用于", nouns)
    (True, True, False)
    """
    return text.endswith(words) or text.endswith("\n")


_PER = dict(PER_WORDS)
_PERIOD = dict(PERIOD_WORDS)
_ACTION = {action.verb: action for action in ACTIONS}
_SCOPE = dict(SCOPE_WORDS)

_PHRASE_ENDS = regex.escape(marks(Break.LIST, Break.CLAUSE, Break.PART, Break.SENTENCE))
_NO_STOP_ENDS = regex.escape(marks(Break.LIST, Break.CLAUSE, Break.COLON, Break.PART))
"""The marks of a list item, a clause, a colon and a part (a sentence's cannot stand inside a part)."""
"""The marks a phrase does not run across (from the one table of marks)."""
_CLAUSE_BREAKS = regex.escape(marks(Break.CLAUSE, Break.PART, Break.SENTENCE))
"""The marks a clause does not run across, a colon and a list mark aside."""
CLAUSE_MARKS = marks(at_least=Break.CLAUSE)
"""Characters that end a clause."""

REACH = 160
"""How far before an amount its reading looks, in characters: keeps work linear on text
that runs for pages without a full stop."""

_TAIL_REACH = 40
"""How far after an amount its reading looks."""

_UNIT_WORD = _alternation([*_PER, *_PERIOD])
_OTHER_UNIT = _alternation(OTHER_UNITS)
_MONEY_NOUN = _alternation(MONEY_NOUNS)

_LEAD_RATE = regex.compile(
    rf"每(?:一|个(?=月))?(?:(?P<unit>{_UNIT_WORD})|(?P<other>{_OTHER_UNIT}))|(?P<once>一次性)"
)
"""A rate before an amount: ``每人``, ``每月``, ``每个月``, ``每张床位``, ``一次性``."""
_RATE_OPENER, _ONCE_WORD = "每", "一次性"
"""What every match of :data:`_LEAD_RATE` opens with."""

_FUSED_PERIOD = regex.compile(
    r"(?<![0-9〇零一二三四五六七八九十百千两上下本今明去前后当同半全每历/])(?P<period>年|月)"
    rf"(?=(?:{_alternation(LEVEL_KINDS)})?(?:{_alternation(LEVEL_NOUNS)}))"
)
"""A period word at the head of a level's noun (``年补差水平``, ``月保障标准``, ``年标准``), not a
date's (``2019年标准``, ``今年标准``) or a rate's (``每月标准``)."""

_DAMAGED_SEPARATORS = "?？"
"""What a lost ``·`` between two unit words turns into (``元/人?月``)."""
_SUFFIX = regex.compile(
    rf"[/／](?P<a>{_UNIT_WORD})?(?P<sep>[·.．・•/／{_DAMAGED_SEPARATORS}])?(?(sep)(?P<b>{_UNIT_WORD})?)"
)
"""A rate after an amount: ``/人·月``, ``/月·人``, ``/人/年``, ``/年``, and the damaged ``/.月``
and ``/人?月`` (read in the squeezed view, so ``/ 人 / 月`` is ``/人/月``)."""

_CATEGORY = category_pattern()

# The words and classes read before and after every amount (its verbs, statistics and tail) use
# no syntax of the regex module's own: the standard library's engine scans them several times faster.
_ACTION_WORD = re.compile(_alternation(_ACTION))
_INCREASE_END = re.compile(
    rf"(?:{_alternation(INCREASE_VERBS)})了?(?P<object>[^{_NO_STOP_ENDS}0-9到至为]{{0,8}})$"
)
_DEDUCTION = regex.compile(rf"(?P<verb>{_alternation(DEDUCTION_VERBS)})(?P<object>\p{{Han}}{{2,10}}?)$")
_STANDARD_WORD = regex.compile(r"(?<!高)标准(?!化)")
"""The word 标准 of a policy level (not ``标准化``, nor the adjective of ``高标准农田``)."""
_STANDARD = "标准"
_TAIL_STANDARD = regex.compile(r"的?标准")
_PER_CAPITA_WORD = regex.compile(_alternation(PER_CAPITA_WORDS))
_AVERAGE_MARK = _shared_char(PER_CAPITA_WORDS)
"""What every per-capita word holds (``均``): no lead without it reads as an average."""
_PER_CAPITA = regex.compile(
    rf"(?:{_alternation(PER_CAPITA_WORDS)})(?:(?!标准)\p{{Han}}){{0,6}}?(?:不低于|不少于|不超过|不高于)?"
    rf"(?:分别为|分别是|分别达到|分别)?"
    rf"(?:{_alternation(_SCOPE)})?$"
)
_REACH = regex.compile(rf"^(?:并|均|分别)?(?:{_alternation(REACH_VERBS)})$")
_RATE_AVERAGE = regex.compile(r"(?P<period>年|月)人均$")
"""A period and 人均 right before an amount: the rate of a level where a 标准 governs it."""
_BENEFIT_WORD = re.compile(_alternation(BENEFIT_WORDS))
"""Any word that names a benefit (:data:`~minzheng.parse.vocabulary.BENEFIT_WORDS`)."""
_RAISE_TAIL = regex.compile(r"(?:由|从)\p{Han}{0,3}$")
"""The start of a raise left at the end of a wording (``保费由每生``): not part of the name."""
_RATE_AVERAGE_WORD = regex.compile(r"(?:年|月)人均")
"""The rate words of a level written as an average (``年人均``), not part of its category's name."""
_STANDARD_BEFORE = regex.compile(r"标准(?!化)|提标")
"""A word of a policy level earlier in the sentence."""
_TOTAL = re.compile(
    rf"(?:{_alternation(w for w in TOTAL_WORDS if w != '共')})|共(?=(?:{_ACTION_WORD.pattern})|$)"
)
_GRANT = regex.compile(rf"给予[^{_NO_STOP_ENDS}]{{0,10}}$")
_GRANT_BEFORE = regex.compile(rf"给予[^{_NO_STOP_ENDS}]{{0,10}}?(?:{_alternation(AWARD_NOUNS)})$")
_GRANT_WORD = "给予"
"""What :data:`_GRANT` and :data:`_GRANT_BEFORE` open with."""
_AWARD_TAIL = regex.compile(rf"的?(?:{_alternation(AWARD_NOUNS)})")
_TAIL_LEAD_IN = regex.compile(r"(?:的标准|的)?(?:给予|发放|予以|补助|奖励)?(?P<once>一次性)?")
_AWARD_AFTER = regex.compile(
    rf"(?:的标准|的)?(?:给予|发放|予以)?(?P<once>一次性)?(?P<name>\p{{Han}}{{0,8}}?(?:{_alternation(AWARD_NOUNS)}))$"
)
_PACKAGE_TAIL = regex.compile(
    rf"的?[“「\"]?(?P<name>[\p{{Han}}·]{{0,16}}?(?:{_alternation(PACKAGE_NOUNS)}))[”」\"]?(?=[^\p{{Han}}]|$)"
)
_SCOPE_WORD = regex.compile(_alternation(_SCOPE))
_WHOLE_YEAR = regex.compile(rf"全年(?=每(?:{_UNIT_WORD}))|(?<=每(?:{_UNIT_WORD}))全年")
"""全年 beside a unit of ``每人``: a rate per year (``全年每人``, ``每户全年``), not a year's total."""
_YEAR = regex.compile(r"(?P<year>(?:19|20)[0-9]{2})年(?!以来|以前|之前|至今|前)")
_LAST_YEAR = regex.compile(f"(?r){_YEAR.pattern}")
"""The last year named (searched backwards)."""
_YEAR_WORD = "年"
"""What every year of :data:`_YEAR` and :data:`_NEAR_YEAR` is written with."""
_NEAR_YEAR = regex.compile(
    rf"(?P<year>(?:19|20)[0-9]{{2}})年(?:底|末|度)?(?:的)?[^{_PHRASE_ENDS}0-9]{{0,8}}$"
)
_LEADING_FUNCTION = regex.compile(
    rf"^(?:(?!{_alternation(LABEL_KEPT_WORDS)})(?:{_alternation(LABEL_LEAD_WORDS)}))+"
)
_TRAILING_FUNCTION = regex.compile(rf"(?:{_alternation(LABEL_TRAIL_WORDS)})+$")
_OBJECT_MARK = regex.compile(_alternation(LABEL_OBJECT_MARKS))
"""Words after which a benefit's name begins (``将…``, ``提供…``): what stands before is no part of it."""
_LAST_HAN_RUN = regex.compile(r"(?P<run>[\p{Han}“”「」]+)[^\p{Han}]*$")
_QUOTES = str.maketrans("", "", "“”「」‘’\"'《》『』")
_PURPOSE_FILLER = regex.compile(
    rf"^(?:{_alternation(PURPOSE_FILLERS)})+"
    rf"|(?:{_alternation(w for w in PURPOSE_FILLERS if w not in {'资金', '经费', '金额'})})+$"
)
_TAIL_PURPOSE = regex.compile(
    rf"的?(?P<purpose>(?:{_alternation(a.verb for a in ACTIONS if a.strong)})\p{{Han}}{{2,20}}"
    rf"|\p{{Han}}{{0,12}}(?:{_MONEY_NOUN}))(?=[^\p{{Han}}]|$)"
)
_LEAD_PURPOSE = regex.compile(rf"\p{{Han}}{{1,12}}(?:{_MONEY_NOUN})$")
_MONEY_NOUN_ENDS = tuple(MONEY_NOUNS)
"""What a lead that :data:`_LEAD_PURPOSE` matches ends with."""
_USED_FOR = regex.compile(rf"用于(?P<purpose>[^{_PHRASE_ENDS}]{{2,24}})")
_NON_VETO = frozenset({*INCREASE_VERBS, *ADJUST_VERBS})
_LAST_CLAUSE_MARK = regex.compile(f"(?r)[{regex.escape(CLAUSE_MARKS)}]")
"""The last mark that ends a clause (searched backwards)."""
_LAST_ITEM_MARK = regex.compile(f"(?r)[{regex.escape(CLAUSE_MARKS + '、和及')}]")
"""The last mark that ends a clause or a list item (searched backwards)."""
_TAIL_END = re.compile(f"[{regex.escape(CLAUSE_MARKS + '、(（')}]")
"""What ends the words after an amount: a mark of a clause or list, or a bracket."""
_ANY_HAN = regex.compile(r"\p{Han}")
_BRACKETED = regex.compile(r"[(（][^()（）]*[)）]")
_LEADING_PEOPLE = regex.compile(rf"^(?:{_alternation(PEOPLE_NOUNS)})+(?:中的|的)?")
_AWARD_NOUN_SET = frozenset(AWARD_NOUNS)
_CAP = frozenset({Qualifier.AT_MOST, Qualifier.AT_LEAST})
"""Precisions of a policy bound (``最高不超过X元``, ``不低于X元``)."""
_FUND_NOUN = regex.compile(r"资金|经费|总额|款物|善款")
_STATISTIC = re.compile(_alternation(STATISTIC_NOUNS))
_NOT_A_LEVEL = re.compile(
    rf"(?:{_alternation(STATISTIC_NOUNS)})(?:(?!标准|{_alternation(DEDUCTION_VERBS)})[^{_CLAUSE_BREAKS}0-9]){{0,8}}$"
)
"""A statistic shortly before an amount (``全员劳动生产率达到``, ``纯收入将由一九八〇年的``): a funding.

Not where a 标准 or a deduction stands between (``核定家庭收入时每月扣减务工成本``)."""
_STATISTIC_AVERAGE = regex.compile(rf"人均[^{_CLAUSE_BREAKS}]{{0,8}}?(?:{_alternation(STATISTIC_NOUNS)})")
"""A per-capita statistic (``农村居民人均可支配收入分别超过``): an average."""
"""A statistic named in an amount's clause: the amount is a funding (:data:`STATISTIC_NOUNS`)."""
"""Nouns of a sum of money: a bound on one is a funding, not a standard."""
_TARGET_LEAD = regex.compile(_alternation(TARGET_LEADS))
_TARGET_MODAL = regex.compile(
    rf"(?<!按|照|依)(?:{_alternation(TARGET_MODALS)})"
    rf"(?P<verb>\p{{Han}}{{0,3}}?(?:{_alternation([*(a.verb for a in ACTIONS if a.strong), *AIM_VERBS])}))?"
)
"""A word of planning, with the verb of acting on money that follows it closely (``计划全年投入``)."""
_PAST = regex.compile(_alternation(PAST_WORDS))
_ANY_TARGET_WORD = re.compile(_alternation([*TARGET_LEADS, *TARGET_MODALS]))
_REFERENCE_BEFORE = regex.compile(r"[0-9一二三四五六七八九十两]+个月的?$")
_REFERENCE_AFTER = regex.compile(r"(?:标准)?的?[0-9.一二三四五六七八九十两]+(?:倍|%)")
"""A category named as the measure of another amount (``6个月低保标准``, ``低保标准的1.5倍``)."""
_TAIL_ACTION = regex.compile(
    rf"(?:已经|已)?(?:全部|全额|及时)?(?P<verb>{_alternation(a.verb for a in ACTIONS if a.strong)})"
)


@attrs.frozen
class Label:
    """A category as the text names it."""

    key: str
    """Canonical key, or the wording itself outside the vocabulary."""
    text: str
    """As written, with its scope word (``城乡最低生活保障``)."""
    scope: Scope | None = None
    """Urban, rural or both, from the wording."""
    per: Per | None = None
    """What the category is paid per when the text does not say."""
    period: Period | None = None
    """How often the category is paid when the text does not say."""


class Evidence(enum.Enum):
    """What makes an amount a per-unit standard: its own words, or a link to another amount."""

    RATE = "rate"
    """A rate written after it (``/人·月``), or one lost in extraction (``630/.月``)."""
    PER = "per"
    """A per unit written before it (``每人``, ``每张床位``)."""
    STANDARD = "standard"
    """The word 标准 governs it (``标准为800元``, ``800元的标准``)."""
    REACHED = "reached"
    """A verb of reaching a level after a 标准 earlier in the sentence (``标准…达到800元``)."""
    DEDUCTION = "deduction"
    """A means-test deduction per period (``每月扣减务工成本500元``)."""
    GRANT = "grant"
    """A grant to each recipient (``给予…1000元奖励``)."""
    PACKAGE = "package"
    """The price of a service package (``3000元一站式殡仪服务``)."""
    PERIOD = "period"
    """A period written right before it (``每月800元``) and no payment in its clause."""
    CAP = "cap"
    """A policy bound on a benefit (``临时救助…最高不超过2万元``)."""
    RESPECTIVELY = "respectively"
    """Paired in order with a category named before ``分别``."""
    RAISE = "raise"
    """One end of ``由A提高到B`` where the other end is a standard."""
    COMPARED = "compared"
    """The earlier level a standard is compared with (``比2021年的5400元提高``)."""
    LIST = "list"
    """An item of a list that a standard opens (``每人每月800元、B标准700元``)."""
    CONTINUED = "continued"
    """A level in a part that continues a list of standards after a semicolon."""


@attrs.frozen
class Reading:
    """One money amount as its own sentence reads it, before any other amount is looked at."""

    quantity: Quantity
    """The amount as :func:`~minzheng.text.numbers.find_money` read it."""
    sentence: tuple[int, int]
    """The sentence it stands in."""
    segment_start: int
    """Start of its own stretch of the sentence: after the previous amount or the sentence start."""
    clause_start: int
    """Start of its clause within the segment."""
    end: int
    """End of the amount with its rate suffix (``/人·月``)."""
    tail: str = ""
    """The words right after the amount, up to the next mark of a clause or list."""
    per: Per | None = None
    """Per unit as written."""
    period: Period | None = None
    """Period as written."""
    per_written: bool = False
    """Whether the text writes the per unit at this amount."""
    period_written: bool = False
    """Whether the text writes the period at this amount."""
    lost_per: bool = False
    """A damaged rate lost its per unit (``630/.月``)."""
    lost_period: bool = False
    """A damaged rate lost its period (``9000/.``)."""
    other_unit: bool = False
    """A per unit outside the model (``每张床位``)."""
    once: bool = False
    """``一次性`` in the clause."""
    grant: bool = False
    """A grant to each recipient: ``给予…X元奖励``."""
    per_capita: bool = False
    """A per-capita average (``人均``)."""
    increase: bool = False
    """An increase with no level (``提高60元``)."""
    action: Action | None = None
    """What was done with the money."""
    qualifier: Qualifier | None = None
    """Precision written before the rate (``不低于每人每月1500元``), where the number has none."""
    aimed: bool = False
    """The sentence plans or aims at it (``力争``, ``计划投入``)."""
    planned: bool = False
    """A weaker word of planning (``将``, ``争取``) stands before it: a target in a plan section."""
    separator_damaged: bool = False
    """The mark between the two unit words of its rate was lost to a ``?`` (``元/人?月``)."""
    evidence: Evidence | None = None
    """What makes it a standard by its own words; None for a funding."""

    @property
    def start(self) -> int:
        """Where the amount starts."""
        return self.quantity.span.start


_Frozen = TypeVar("_Frozen", bound=attrs.AttrsInstance)

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""The field names of each class :func:`renewed` has seen, in order."""


def _field_names(cls: type[attrs.AttrsInstance]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(field.name for field in attrs.fields(cls))
    return names


def renewed(instance: _Frozen, **changes: object) -> _Frozen:
    """A frozen attrs instance with some fields changed: :func:`attrs.evolve` without its checks.

    Settling links changes many small frozen values, and :func:`attrs.evolve` costs several
    times a plain construction.

    >>> renewed(Label("低保", "低保"), scope=Scope.RURAL).scope
    <Scope.RURAL: 'rural'>
    """
    values = [
        changes[name] if name in changes else getattr(instance, name) for name in _field_names(type(instance))
    ]
    return type(instance)(*values)


def clause_start(text: str, start: int, stop: int) -> int:
    """Start of the last clause of ``text[start:stop]``.

    >>> clause_start("甲,乙丙", 0, 4)
    2
    """
    found = _LAST_CLAUSE_MARK.search(text, start, stop)
    return start if found is None else found.end()


def _may_hold_rate(text: str) -> bool:
    """Whether ``text`` holds what every rate of :data:`_LEAD_RATE` opens with (a glance, no pattern).

    >>> _may_hold_rate("标准为每人"), _may_hold_rate("发放一次性"), _may_hold_rate("投入资金")
    (True, True, False)
    """
    return _RATE_OPENER in text or _ONCE_WORD in text


def _without_rates(text: str) -> str:
    """``text`` with its rates (``每人每月``, ``一次性``) taken out.

    >>> _without_rates("保障标准为每人每月")
    '保障标准为'
    """
    return _LEAD_RATE.sub("", text) if _may_hold_rate(text) else text


def _around_standard(text: str) -> list[str]:
    """``text`` split at each word 标准 of a policy level (:data:`_STANDARD_WORD`).

    >>> _around_standard("低保标准提高到"), _around_standard("发放资金")
    (['低保', '提高到'], ['发放资金'])
    """
    return _STANDARD_WORD.split(text) if _STANDARD in text else [text]


def scope_in(text: str) -> Scope | None:
    """The first scope word of ``text``.

    >>> scope_in("农村特困人员")
    <Scope.RURAL: 'rural'>
    """
    found = _SCOPE_WORD.search(text)
    return _SCOPE[found.group()] if found else None


def near_year(text: str, start: int, stop: int) -> int | None:
    """A year written right before an amount (``由2019年的``), within ``text[start:stop]``.

    >>> near_year("由2019年的", 0, 8)
    2019
    """
    found = _NEAR_YEAR.search(text, start, stop) if text.find(_YEAR_WORD, start, stop) >= 0 else None
    return int(found["year"]) if found else None


def sentence_year(text: str, start: int, stop: int) -> int | None:
    """The last year named in ``text[start:stop]`` that dates what follows (not ``2017年以来``).

    >>> sentence_year("2017年以来,2020年底,共计", 0, 17)
    2020
    """
    found = _LAST_YEAR.search(text, start, stop) if text.find(_YEAR_WORD, start, stop) >= 0 else None
    return int(found["year"]) if found is not None else None


def find_categories(text: str, start: int, stop: int) -> list[tuple[int, int, Label]]:
    """Every vocabulary category named in ``text[start:stop]``, with its span and label.

    >>> [label.key for _, _, label in find_categories("城乡最低生活保障、农村特困人员分散供养", 0, 20)]
    ['低保', '特困分散供养']
    """
    found = []
    for match in _CATEGORY.finditer(text, start, stop):
        if _is_reference(text, match.start(), match.end()):
            continue
        entry = CATEGORIES[int(str(match.lastgroup)[1:])]
        item_start = max(start, _item_start(text, start, match.start()))
        item = text[item_start : match.start()]
        scope_match = None
        for scope_match in _SCOPE_WORD.finditer(item):  # noqa: B007 - the last one is wanted
            pass
        begin = item_start + scope_match.start() if scope_match else match.start()
        scope = _SCOPE[scope_match.group()] if scope_match else None
        label = Label(entry.key, text[begin : match.end()], scope, entry.per, entry.period)
        if scope is None and _rural_by_law(text, label, match.end()):
            label = renewed(label, scope=Scope.RURAL)
        found.append((begin, match.end(), label))
    return found


def _rural_by_law(text: str, label: Label, end: int) -> bool:
    """Whether a category's wording names support that was rural by law (:data:`RURAL_ONLY`).

    Only where it names the support, not its people: ``五保户`` in a list of those visited
    says nothing of the scope of what they were given.

    >>> label = Label("特困供养", "五保对象供养")
    >>> _rural_by_law("五保对象供养标准", label, 6), _rural_by_law("五保户", Label("特困供养", "五保"), 2)
    (True, False)
    """
    return any(word in label.text for word in RURAL_ONLY) and not names_recipients(text, label, end)


def _is_reference(text: str, start: int, end: int) -> bool:
    """Whether a category is named as the measure of another amount, not as its subject.

    >>> _is_reference("不超过6个月低保标准", 6, 8), _is_reference("为低保标准的1.5倍", 1, 3)
    (True, True)
    >>> _is_reference("低保标准为每人每月800元", 0, 2)
    False
    """
    if text.find("个月", max(0, start - 6), start) >= 0 and _REFERENCE_BEFORE.search(
        text, max(0, start - 6), start
    ):
        return True
    after = text[end : end + 12]
    return ("倍" in after or "%" in after) and _REFERENCE_AFTER.match(
        text, end, min(len(text), end + 12)
    ) is not None


def _item_start(text: str, start: int, stop: int) -> int:
    found = _LAST_ITEM_MARK.search(text, start, stop)
    return start if found is None else found.end()


def own_key(wording: str) -> str:
    """A category key from wording outside the vocabulary: fillers and quotes dropped.

    >>> own_key("“一站式全程文明殡仪服务”")
    '一站式文明殡仪服务'
    """
    key = wording.translate(_QUOTES)
    for filler in KEY_FILLERS:
        key = key.replace(filler, "")
    return key or wording


def _trim_label(text: str) -> str:
    """A wording without the function words around it, and without what stands before its object.

    >>> _trim_label("用两年时间将筹资标准")
    '筹资'
    >>> _trim_label("为困难学生提供助学金")
    '助学金'
    """
    cut = None
    for cut in _OBJECT_MARK.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    if cut is not None and len(text) - cut.end() >= 2:  # noqa: PLR2004 - a noun of two characters at least
        text = text[cut.end() :]
    text = _LEADING_FUNCTION.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING_FUNCTION.sub("", text)
        text = _LEADING_FUNCTION.sub("", text)
    return text.translate(_QUOTES)


def generic_label(text: str, amount: Reading, evidence: Evidence | None = None) -> Label:
    """The category of a standard that the vocabulary does not name, from its own wording.

    ``evidence`` is what makes it a standard as settled (its reading's by default).
    """
    evidence = amount.evidence if evidence is None else evidence
    lead = text[amount.clause_start : amount.start]
    tail = amount.tail
    deduction = _DEDUCTION.search(_without_rates(lead))
    if deduction:
        wording = deduction["object"]
        return Label(wording + DEDUCTION_VERBS[0], wording, scope_in(lead))
    package = _PACKAGE_TAIL.match(tail)
    if evidence is Evidence.PACKAGE and package:
        wording = package["name"]
        return Label(own_key(wording), wording, scope_in(wording), Per.CASE, Period.ONCE)
    award = _AWARD_AFTER.match(tail)
    if award:
        wording = award["name"]
        period = Period.ONCE if award["once"] or amount.grant else None
        return Label(own_key(wording), wording, scope_in(lead), Per.CASE if amount.grant else None, period)
    sentence = text[max(amount.sentence[0], amount.start - REACH) : amount.start]
    variant = _fee_variant(sentence, amount.segment_start - amount.start)
    if variant is not None:
        return variant
    segment = _RATE_AVERAGE_WORD.sub("", text[amount.segment_start : amount.start])
    lead = _RATE_AVERAGE_WORD.sub("", lead)
    before = _around_standard(segment)
    wording = _last_run(_without_rates(before[-2])) if len(before) > 1 else ""
    governed = bool(wording)  # named before 标准
    if not wording:
        wording = _last_run(_without_rates(lead))
    if not wording:
        wording = _last_run(_without_rates(segment))
    if not wording and _TAIL_STANDARD.match(tail):
        wording = _last_run(_TAIL_STANDARD.sub("", tail, count=1))
        governed = bool(wording)
    wording = _shortened(_RAISE_TAIL.sub("", wording))
    # No key where no benefit's noun governs the amount; the wording stays for the readers
    # that make it precise (a grade, ``二级``, is a level of the standard before it).
    named = wording and (governed or wording.endswith(BENEFIT_WORDS))
    return Label(own_key(wording) if named else UNNAMED, wording, scope_in(lead))


def _fee_variant(before: str, own: int) -> Label | None:
    """A level in brackets after a fee's name is of that fee, the words before it its variant.

    ``before`` is the sentence up to the amount; ``own`` (negative) where the amount's own
    stretch starts in it, from its end: a list in the bracket (``惠民厅100元/天或冷藏柜3元/小时``)
    gives each level the words of its own item.

    >>> label = _fee_variant("3.遗体火化费(普通火化炉", -12)
    >>> label.key, label.text, label.per.value, label.period.value
    ('遗体火化费', '遗体火化费(普通火化炉)', 'case', 'once')
    >>> _fee_variant("停车费(小型车", -3).per is None
    True
    >>> _fee_variant("遗体存放费(惠民厅100元/天或冷藏柜", -4).text
    '遗体存放费(冷藏柜)'
    >>> _fee_variant("遗体冷藏费(每天", -9).text
    '遗体冷藏费'
    >>> _fee_variant("城区(每天", -5) is None
    True
    >>> _fee_variant("骨灰盒(简易型)每个", -10) is None
    True
    """
    at = max(before.rfind("("), before.rfind("（"))
    if at < 0 or _CLOSED.search(before, at):
        return None  # no bracket, or one closed before the amount (``骨灰盒(简易型)每个``)
    name = _last_run(_without_rates(before[:at]))
    if not name.endswith(BENEFIT_WORDS):
        return None
    variant = _last_run(_without_rates(before[max(at + 1, len(before) + own) :]))
    wording = f"{name}({variant})" if variant else name
    if name.endswith("费") and any(word in name for word in FUNERAL_WORDS):
        return Label(own_key(name), wording, scope_in(before[at:]), Per.CASE, Period.ONCE)
    return Label(own_key(name), wording, scope_in(before[at:]))


_CLOSED = regex.compile("[)）]")
"""A closing bracket."""
_LABEL_LENGTH = 20
"""The longest own wording a category keeps whole."""
_WORD_BOUNDARY = regex.compile(r"[的对和及与]")
"""Where a long wording may be cut: after a particle or conjunction, never inside a word."""


def _shortened(wording: str) -> str:
    """A long wording cut after a particle so that it keeps whole words (``城镇居民…的财政补助``).

    >>> _shortened("财政补助")
    '财政补助'
    >>> _shortened("来自城市经济困难家庭和农村的学生的国家助学金补助经费")
    '农村的学生的国家助学金补助经费'
    """
    if len(wording) <= _LABEL_LENGTH:
        return wording
    for found in _WORD_BOUNDARY.finditer(wording):
        if len(wording) - found.end() <= _LABEL_LENGTH:
            return wording[found.end() :]
    return wording[-_LABEL_LENGTH:]


def names_recipients(text: str, label: Label, end: int) -> bool:
    """Whether a category's wording ending at ``end`` names people (``低保对象``, ``特困人员``).

    >>> names_recipients("低保对象", Label("低保", "低保"), 2)
    True
    >>> names_recipients("低保标准", Label("低保", "低保"), 2)
    False
    >>> names_recipients("低保人均标准", Label("低保", "低保"), 2)
    False
    """
    if label.text.endswith(PEOPLE_NOUNS):
        return True
    return text.startswith(PEOPLE_NOUNS, end) and not text.startswith(PER_CAPITA_WORDS, end)


def benefit_after(text: str, start: int, stop: int) -> Label | None:
    """A benefit named in ``text[start:stop]`` (the words before an amount), its wording as key.

    >>> benefit_after("低保对象春节一次性生活补贴每人300元", 2, 15).key
    '春节生活补贴'
    >>> benefit_after("低保对象每人每月1010元", 2, 8) is None
    True
    >>> benefit_after("临时救助对象救助金额一般在500元", 4, 14) is None
    True
    """
    stretch = _without_rates(text[start:stop])
    wording = _LEADING_PEOPLE.sub("", _last_run(stretch))
    label = Label(own_key(wording), wording)
    if not wording or not names_a_benefit(label) or label.key in GENERIC_BENEFITS:
        return None
    return label


def is_generic_award(label: Label) -> bool:
    """Whether a label is only a generic award noun (``奖励``, ``补贴``), no benefit of its own.

    >>> is_generic_award(Label("奖励", "奖励")), is_generic_award(Label("取暖补贴", "取暖补贴"))
    (True, False)
    """
    return label.text in _AWARD_NOUN_SET


def names_a_benefit(label: Label) -> bool:
    """Whether a label's own wording names a benefit (``取暖补贴``), not just a group (``90周岁``).

    >>> names_a_benefit(Label("取暖补贴", "取暖补贴")), names_a_benefit(Label("周岁", "周岁"))
    (True, False)
    """
    return _BENEFIT_WORD.search(label.text) is not None


def _last_run(text: str) -> str:
    """The noun phrase that ends ``text``: its last run of words, after its last verb.

    >>> _last_run("为困难群众发放取暖补贴")
    '取暖补贴'
    """
    found = _LAST_HAN_RUN.search(_TRAILING_FUNCTION.sub("", text))
    if not found:
        return ""
    run = found["run"]
    for verb in _ACTION_WORD.finditer(run):
        if _ACTION[verb.group()].strong and verb.end() < len(run):
            run = run[verb.end() :]
    return _trim_label(run)


def _tail(text: str, sentence_end: int, end: int) -> str:
    """The words right after an amount ending at ``end``, up to the next mark of a clause or list."""
    stop = min(sentence_end, end + _TAIL_REACH)
    cut = _TAIL_END.search(text, end, stop)
    return text[end : cut.start() if cut is not None else stop]


def trim_purpose(text: str) -> str | None:
    """A purpose phrase without quotes and filler words, None when nothing is left.

    >>> trim_purpose("资金")
    >>> trim_purpose("“两项补贴” ")
    '两项补贴'
    >>> trim_purpose("(含中央资金")
    '中央资金'
    >>> trim_purpose("社会救助资金(含中央、省资金)共计")
    '社会救助资金'
    """
    phrase = text.translate(_QUOTES)
    if "(" in phrase or "（" in phrase:
        phrase = _BRACKETED.sub("", phrase)
    phrase = phrase.strip()
    phrase = phrase[max(phrase.rfind("等"), phrase.rfind("、"), phrase.rfind("("), phrase.rfind("（")) + 1 :]
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _PURPOSE_FILLER.sub("", phrase).strip()
    if not 2 <= len(phrase) <= 24 or _ANY_HAN.search(phrase) is None:  # noqa: PLR2004 - a short phrase
        return None
    return phrase


def _rate_suffix(text: str, quantity: Quantity, stop: int) -> regex.Match[str] | None:
    """The rate written after an amount, also inside a damaged amount (``630/.月``)."""
    span = quantity.span
    window_end = min(stop, span.end + 3)
    slash = -1
    for mark in "/／":
        found = text.find(mark, span.start, window_end)
        if found >= 0 and (slash < 0 or found < slash):
            slash = found
    if slash < 0 or (slash > span.end and text[span.end : slash]):
        return None
    begin = min(slash, span.end)
    match = _SUFFIX.match(text, begin, stop)
    if match is None or not (match["a"] or match["sep"]):
        return None
    return match


@attrs.define
class _Rates:
    """The units written at an amount, gathered while its lead and suffix are read."""

    per: Per | None = None
    period: Period | None = None
    per_written: bool = False
    period_written: bool = False
    other_unit: bool = False
    once: bool = False

    def add(self, unit: str) -> None:
        """Take a unit word (``人``, ``月``); the first of each kind wins."""
        if unit in _PER and self.per is None:
            self.per = _PER[unit]
            self.per_written = True
        elif unit in _PERIOD and self.period is None:
            self.period = _PERIOD[unit]
            self.period_written = True


def read_amount(
    text: str, quantity: Quantity, sentence: tuple[int, int], segment_start: int, *, planning: bool = False
) -> Reading:
    """Read one amount in its sentence: rate, per-capita, increase, target, and what makes it a standard.

    ``planning`` says whether the sentence holds a word of aiming or planning
    (:func:`may_plan`), so that only such sentences look for one before each amount.
    """
    start = quantity.span.start
    segment_start = max(segment_start, start - REACH)
    clause = clause_start(text, segment_start, start)
    suffix = _rate_suffix(text, quantity, sentence[1])
    end = max(quantity.span.end, suffix.end() if suffix else 0)
    if suffix and suffix["sep"] and not suffix["b"] and suffix["a"]:
        end = max(quantity.span.end, suffix.start("sep"))
    tail = _tail(text, sentence[1], end)
    lead = text[clause:start]
    rates = _Rates()
    rates_start = _read_rates(rates, lead)
    lost_per = lost_period = damaged = False
    if suffix:
        for unit in (suffix["a"], suffix["b"]):
            if unit:
                rates.add(unit)
        separator = suffix["sep"]
        if separator and not suffix["a"]:
            lost_per, lost_period = True, not suffix["b"]
        damaged = bool(separator) and separator in _DAMAGED_SEPARATORS and bool(suffix["a"] and suffix["b"])
    qualifier = None
    if rates_start > 0 and quantity.qualifier is Qualifier.EXACT:  # ``不低于每人每月1500元``
        found = leading_qualifier(text, clause, clause + rates_start)
        qualifier = None if found is Qualifier.EXACT else found
    increase = _INCREASE_END.search(lead)
    grant = _GRANT_WORD in lead and (
        _GRANT_BEFORE.search(lead) is not None
        or (
            _GRANT.search(lead) is not None
            and (_AWARD_TAIL.match(tail) is not None or _CATEGORY.match(tail.removeprefix("的")) is not None)
        )
    )
    aimed, planned = _target(text, start, sentence[0], clause) if planning else (False, False)
    per_capita = (
        _AVERAGE_MARK in lead
        and (_PER_CAPITA.search(lead) is not None or _STATISTIC_AVERAGE.search(lead) is not None)
        and not _rate_average(text, lead, rates, (max(0, start - REACH), start))
    )
    increase_only = increase is not None and not paying_verb(increase["object"])
    action = (
        _action(lead)
        or _action(text[max(sentence[0], start - REACH) : clause], increase=False)
        or _action_after(tail)
    )
    # In the order of Reading's fields, all but the evidence.
    fields = (
        quantity,
        sentence,
        segment_start,
        clause,
        end,
        tail,
        rates.per,
        rates.period,
        rates.per_written,
        rates.period_written,
        lost_per,
        lost_period,
        rates.other_unit,
        rates.once,
        grant,
        per_capita,
        increase_only,
        action,
        qualifier,
        aimed,
        planned,
        damaged,
    )
    if per_capita or increase_only or _TOTAL.search(lead) or _NOT_A_LEVEL.search(lead):  # not levels
        return Reading(*fields)
    if suffix or lost_per or lost_period:
        return Reading(*fields, Evidence.RATE)
    if rates.per_written or rates.other_unit:
        return Reading(*fields, Evidence.PER)
    reading = Reading(*fields)
    evidence = _wording_evidence(text, reading, lead)
    return reading if evidence is None else Reading(*fields, evidence)


def read_cell(
    text: str,
    quantity: Quantity,
    row: tuple[int, int],
    label_end: int,
    rate: tuple[Per | None, Period | None],
) -> Reading:
    """Read a value of a table row (label, unit, values): its rate is the unit column's (``元/人·月``).

    A row with a rate is a standard by it; the label names the category and the action
    (``民政事业费累计支出``: 支出).
    """
    per, period = rate
    label = text[row[0] : label_end]
    evidence = Evidence.RATE if per is not None or period is not None else None
    return Reading(
        quantity,
        row,
        row[0],
        row[0],
        quantity.span.end,
        per=per,
        period=period,
        per_written=per is not None,
        period_written=period is not None,
        action=_action(label),
        evidence=evidence,
    )


def _rate_average(text: str, lead: str, rates: _Rates, before: tuple[int, int]) -> bool:
    """``标准从年人均2880元``: 年人均 / 月人均 right before a level that a 标准 governs is its rate.

    The level is per person per year (or month), not an average paid: a standard. Where no
    标准 (or 提标) stands shortly before in the paragraph, ``月人均补差279元`` stays an average.
    """
    found = _RATE_AVERAGE.search(lead)
    if found is None or _STANDARD_BEFORE.search(text, *before) is None:
        return False
    rates.add("人")
    rates.add(found["period"])
    return True


def _read_rates(rates: _Rates, lead: str) -> int:
    """Take the rates written before an amount (``每人每月``, ``一次性``).

    Returns where the run of rates that ends ``lead`` begins, -1 when ``lead`` does not
    end with one: a precision word may stand before it (``不低于每人每月``).
    """
    run_start = run_end = -1
    for rate in _LEAD_RATE.finditer(lead) if _may_hold_rate(lead) else ():
        start, end = rate.span()
        run_start = run_start if start == run_end else start
        run_end = end
        unit, other, _ = rate.groups()
        if unit:
            rates.add(unit)
        elif other:
            rates.other_unit = True
        else:
            rates.once = True
    if rates.period is None and _RATE_OPENER in lead and _WHOLE_YEAR.search(lead):
        rates.add("年")  # 全年每人救助封顶线: a cap per person and year
    if rates.period is None and (fused := _FUSED_PERIOD.search(lead)) is not None:
        rates.add(fused["period"])  # 年补差水平, 月保障标准: the period is part of the level's name
    return run_start if run_end == len(lead) else -1


def _action_after(tail: str) -> Action | None:
    """A verb right after an amount with none before it (``5200万元已全部下拨``).

    >>> _action_after("已全部下拨").verb, _action_after("用于养老")
    ('下拨', None)
    """
    found = _TAIL_ACTION.match(tail)
    return _ACTION[found["verb"]] if found is not None else None


def _target(text: str, start: int, sentence_start: int, clause: int) -> tuple[bool, bool]:
    """Whether the words before an amount at ``start`` plan or aim at it: (aimed, planned).

    Strong (aimed): a word of aiming earlier in the sentence (``力争``, ``预计``,
    ``目标为``), or a word of planning with its verb in the amount's clause (``计划投入``,
    ``将安排``, ``争取实现``). Weak (planned only): the word of planning alone
    (``争取中央资金``), which only a plan section makes a target. A word of completion
    after it (``已``, ``实际``) undoes either.
    """
    sentence_start = max(sentence_start, start - REACH)
    if _PAST.search(text, clause, start) is not None:  # ``已争取实现…``: reached
        return False, False
    aimed = planned = False
    lead = None
    for lead in _TARGET_LEAD.finditer(text, sentence_start, start):  # noqa: B007 - the last one is wanted
        pass
    if lead is not None and _PAST.search(text, lead.end(), start) is None:
        aimed = True
    modal = None
    for modal in _TARGET_MODAL.finditer(text, clause, start):  # noqa: B007 - the last one is wanted
        pass
    if modal is not None and _PAST.search(text, modal.end(), start) is None:
        aimed = aimed or modal["verb"] is not None
        planned = True
    return aimed, planned


def may_plan(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` holds any word of aiming or planning (one scan per sentence).

    >>> may_plan("力争实现销售总额18亿元", 0, 12), may_plan("发放资金18亿元", 0, 8)
    (True, False)
    """
    return _ANY_TARGET_WORD.search(text, start, stop) is not None


def _action(lead: str, *, increase: bool = True) -> Action | None:
    """The nearest verb of a strong action in ``lead``, else the nearest weak one.

    Without ``increase``, only a strong action that is not a raise counts: an earlier
    clause tells what was done (``减免共计1017例,费用…``), not how a level moved.
    """
    strong = weak = None
    for found in _ACTION_WORD.finditer(lead):
        action = _ACTION[found.group()]
        if action.strong and (increase or action.canonical != RAISE):
            strong = action
        elif increase and not action.strong:
            weak = action
    return strong or weak


def paying_verb(text: str) -> bool:
    """Whether ``text`` holds a verb of paying or spending (not of raising a level)."""
    return any(
        _ACTION[found.group()].strong and found.group() not in _NON_VETO
        for found in _ACTION_WORD.finditer(text)
    )


def _wording_evidence(text: str, amount: Reading, lead: str) -> Evidence | None:  # noqa: PLR0911 - one per kind
    """Why an amount with no per unit written reads as a standard: the words around it."""
    tail = amount.tail
    parts = _around_standard(lead)
    if (len(parts) > 1 and not paying_verb(parts[-1])) or _TAIL_STANDARD.match(tail):
        return Evidence.STANDARD
    bare = _without_rates(lead)
    if _REACH.match(bare):
        sentence_lead = text[max(amount.sentence[0], amount.start - REACH) : amount.clause_start]
        earlier = _around_standard(sentence_lead)
        if len(earlier) > 1 and not paying_verb(earlier[-1]):
            return Evidence.REACHED
    if amount.period_written and _DEDUCTION.search(bare):
        return Evidence.DEDUCTION
    if amount.grant:
        return Evidence.GRANT
    package = _PACKAGE_TAIL.match(tail)
    if package and not _ACTION_WORD.search(package["name"]) and not paying_verb(lead):
        return Evidence.PACKAGE
    if amount.period_written and not paying_verb(lead) and _period_adjacent(lead):
        return Evidence.PERIOD
    return Evidence.CAP if _is_cap(text, amount, lead) else None


def _is_cap(text: str, amount: Reading, lead: str) -> bool:
    """A policy bound on a benefit: ``临时救助…最高不超过2万元``, ``救助金额一般不超过3000元``.

    The amount is bounded (不超过, 最高, 不低于), its clause names no payment and no sum
    of money, and its sentence names a benefit category or a standard before it.
    """
    qualifier = amount.qualifier or amount.quantity.qualifier
    if qualifier not in _CAP or paying_verb(lead) or _FUND_NOUN.search(lead):
        return False
    sentence_lead = text[max(amount.sentence[0], amount.start - REACH) : amount.start]
    if find_categories(text, max(amount.sentence[0], amount.start - REACH), amount.start):
        return True
    parts = _around_standard(sentence_lead)
    return len(parts) > 1 and not paying_verb(parts[-1])


def _period_adjacent(lead: str) -> bool:
    found = None
    for found in _LEAD_RATE.finditer(lead) if _may_hold_rate(lead) else ():  # noqa: B007 - the last one is wanted
        pass
    return found is not None and len(lead) - found.end() <= 3  # noqa: PLR2004 - 每月约 at most


def tail_category(text: str, amount: Reading) -> Label | None:
    """A vocabulary category named right after the amount (``1420元基本丧葬服务费用补贴``)."""
    tail = amount.tail
    lead_in = _TAIL_LEAD_IN.match(tail)
    offset = lead_in.end() if lead_in else 0
    found = find_categories(text, amount.end + offset, amount.end + len(tail))
    if found and found[0][0] == amount.end + offset:
        return found[0][2]
    if found and _TAIL_STANDARD.match(tail):  # ``X元标准为…养老服务补贴``
        return found[-1][2]
    return None


def purpose(text: str, amount: Reading, action: Action | None) -> str | None:
    """A short purpose phrase: the object of ``action`` before the amount, or the words after."""
    lead = text[amount.clause_start : amount.start]
    if action is not None:
        at = lead.rfind(action.verb)
        if at >= 0:
            phrase = trim_purpose(lead[at + len(action.verb) :])
            if phrase is None and not action.strong:
                phrase = trim_purpose(_PER_CAPITA_WORD.sub("", lead[: at + len(action.verb)]))
                phrase = None if phrase == action.verb else phrase
            if phrase:
                return phrase
    named = _LEAD_PURPOSE.search(lead) if _ends_with_any(lead, _MONEY_NOUN_ENDS) else None
    if named and not _ACTION_WORD.search(named.group()):
        return trim_purpose(named.group())
    tail = amount.tail
    used_for = _USED_FOR.search(tail)
    if used_for:
        return trim_purpose(used_for["purpose"])
    noun = _TAIL_PURPOSE.match(tail)
    return trim_purpose(noun["purpose"]) if noun else None


def is_total(text: str, amount: Reading) -> bool:
    """Whether the clause marks the amount as a total (``共计``, ``累计``)."""
    return _TOTAL.search(text, amount.clause_start, amount.start) is not None
