"""Money in a report's body: each amount one Standard or one Funding.

An amount is read in its sentence (:mod:`minzheng.parse.money_reading`); what only the
sentence as a whole tells is then settled here, in order:

1. words of planning (``力争``, ``计划投入``): a funding's ``target`` (see :func:`_target`);
2. ``A、B、C分别调整为X、Y、Z``: categories and amounts pair up in order (a list of
   averages or of increases stays one);
3. ``由X元提高到Y元``: two standards of one category, Y with previous amount X; also
   ``X元,比2021年的Y元提高Z元`` and ``2021年…X元,2022年调整为…Y元``;
4. lists: a unit written once (``每人每月X元、B标准Y元``) carries to the rest, and a level
   reached after a standard (``一般不超过X元,特殊情况可提高至Y元``) is one too;
5. categories (also from the sentence before a semicolon, and from what a funding just
   before pays for), scopes, and periods lost in extraction (restored from the list,
   with a diagnostic), then the defaults of each category;
6. growth rates (``年均增长分别为5%、12.5%``, ``提高1倍``);
7. for fundings, action, purpose, and the total a part belongs to (``共计…,其中…``, or
   ``(含…X元)共计Y元`` with the parts first).

Amounts are never changed: a damaged unit, a lost period or an implausible magnitude
becomes a :class:`~minzheng.model.Diagnostic` with the span and a reason.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from decimal import Decimal

import attrs
import regex

from minzheng.model import Diagnostic, Funding, Per, Period, Phase, Qualifier, Scope, Span, Standard
from minzheng.parse.context import Context
from minzheng.parse.money_reading import (
    REACH,
    Amount,
    Label,
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
    read_target,
    scope_in,
    sentence_year,
    tail_category,
)
from minzheng.parse.vocabulary import (
    ADJUST_VERBS,
    CARE_KEYS,
    CARE_LEVELS,
    CATEGORIES,
    COUNTED_UNITS,
    INCREASE_VERBS,
    ONCE_NOUNS,
    ORPHAN_FORMS,
    ORPHAN_WORD,
    PARTS,
    RAISE,
    REACH_VERBS,
    SCOPE_WORDS,
    SPLIT_CATEGORIES,
)
from minzheng.text.clean import Lines
from minzheng.text.numbers import (
    Quantity,
    find_money,
    find_numbers,
    find_percents,
    find_placeholders,
    parse_count,
)
from minzheng.text.segments import Break, cut

__all__ = ["MoneyFacts", "extract_money"]


@attrs.frozen
class MoneyFacts:
    """The standards and fundings of a report, in document order."""

    standards: tuple[Standard, ...] = ()
    """Per-unit amounts set by policy."""
    fundings: tuple[Funding, ...] = ()
    """Every other amount; ``part_of`` indexes this tuple."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Damaged units, restored periods, implausible magnitudes, placeholders."""


_MONEY_MARKS = ("元", "/")
"""Characters every amount holds (``630元``; ``630/.月`` with its unit lost), and every placeholder."""
_LOST_UNIT_DOTS = (".", "．")
"""What follows the slash of an amount whose unit was lost."""
_ITEM_MARK = regex.compile(r"[、和及与]")
_FROM_STANDARD = regex.compile(r"标准.*$")
_LEADING_PREPOSITION = regex.compile(r"^(?:将|把|对|按)")
_RESPECTIVELY = "分别"
_CONTINUING_MARKS = frozenset("；;")
"""Marks after which a sentence continues the list of the one before."""
_LIST_GAP = regex.compile(r"^[ \u3000]*[、,，和及与][^,，:：;；。!?！？]*$")
_SCOPE_WORD = "|".join(word for word, _ in SCOPE_WORDS)
_PER_CAPITA_GAP = regex.compile(
    rf"^[ \u3000]*(?:[、和及与]\p{{Han}}{{0,4}}|[,，](?:{_SCOPE_WORD})(?:达到|达|为|是)?)$"
)
_RESPECTIVE_GAP = regex.compile(r"^[ \u3000]*[、,，和及与][^,，:：;；。!?！？、]{0,8}$")
_LEVEL_VERB = "|".join(sorted({*INCREASE_VERBS, *ADJUST_VERBS}, key=len, reverse=True))
_RAISE_GAP = regex.compile(rf"^[^,，;；。、]{{0,10}}?(?:{_LEVEL_VERB})(?:到|至|为)[^,，;；。、]{{0,10}}$")
_RAISE_FROM = regex.compile(r"(?:由|从)[^,，;；。、]{0,16}$")
_GROWTH = regex.compile(rf"(?:{'|'.join(INCREASE_VERBS)}|增幅)(?:率)?[^,，;；。0-9%]{{0,6}}?(?=[0-9])")
_GROWTH_WORDS = regex.compile("|".join((*INCREASE_VERBS, "增幅", "翻")))
"""Words every growth rate (``_GROWTH``, ``_TIMES``) opens with."""
_COMPARED = regex.compile(
    r"^[ \u3000]*[,，]?(?:比|较)[^,，;；。、0-9]{0,4}(?:(?:19|20)[0-9]{2}年[^,，;；。、0-9]{0,3})?$"
)
"""Between a level and the one it is compared with (``,比2021年的``)."""
_INCREASE_AFTER = regex.compile(rf"(?:{'|'.join(INCREASE_VERBS)})")
_RESTATED = regex.compile(rf"(?:19|20)[0-9]{{2}}年[^,，;；。]{{0,8}}?(?:{_LEVEL_VERB})(?:为|到|至)")
"""A dated move to a new level (``2022年调整为``)."""
_REACHED_AFTER = regex.compile(rf"(?:{'|'.join(REACH_VERBS)})$")
"""A verb of reaching a level right before an amount (``可提高至``, ``达到``)."""
_PERCENT_GAP = regex.compile(r"^[ \u3000、,，和及与]*$")
_TIMES = regex.compile(
    rf"(?:{'|'.join(INCREASE_VERBS)})(?:了)?(?P<n>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十])倍|翻(?P<f>一|两|三)番"
)
_PARTS = regex.compile(rf"(?:其中|[(（,，:：]\s*(?:{'|'.join(PARTS)}))")
_ONE_OFF = "一次性"
_CARE_LEVEL_SET = frozenset(CARE_LEVELS)
_CARE_KEY_SET = frozenset(CARE_KEYS)
_ORPHAN_KEYS = dict(ORPHAN_FORMS)
_ORPHAN_FORM = regex.compile("|".join(sorted(_ORPHAN_KEYS, key=len, reverse=True)))
_OPENING_BRACKETS = "(（"
_CLOSING_BRACKET = regex.compile(r"[)）]")
_SCOPE_NAMES = frozenset(word for word, _ in SCOPE_WORDS)
_SCOPE_PREFIX = regex.compile(rf"^(?:{'|'.join(sorted(_SCOPE_NAMES))})")
_CASE_UNITS = frozenset(COUNTED_UNITS)
_IMPLAUSIBLE_PER_CASE = Decimal(1)
"""Below this many yuan per counted case, a total is implausible (a lost 万 is likely)."""
_SAME_MAGNITUDE = Decimal("0.5")
"""Amounts within this many powers of ten (about 3 times) are taken to share a period."""
_IMPLAUSIBLE_PER_UNIT = Decimal(1_000_000)
"""At or above this many yuan per person or household, a standard is implausible."""


def extract_money(context: Context) -> MoneyFacts:
    """Every money amount in the body: one Standard or one Funding each, plus diagnostics."""
    text = context.text
    standards: list[Standard] = []
    fundings: list[Funding] = []
    diagnostics: list[Diagnostic] = []
    for line in _lines_with_money(text, context.body):
        for placeholder in find_placeholders(text, line.start, line.end):
            written = text[placeholder.start : placeholder.end]
            message = f"{written!r} is an amount left as a template; not read as money"
            diagnostics.append(Diagnostic("money.placeholder", message, placeholder))
        quantities = list(find_money(text, line.start, line.end))
        if not quantities:
            continue
        amounts: list[Amount] = []
        earlier: list[Amount] = []
        for sentence, found in _by_sentence(text, line, quantities):
            read = _read_sentence(text, sentence, found, earlier)
            amounts.extend(read)
            earlier = read
        # Amounts are linked within a sentence and to the one before it, never across
        # lines: each line's are settled into facts here and not kept for the rest.
        _build(context, amounts, standards, fundings, diagnostics)
    diagnostics.sort(key=lambda d: (d.span.start if d.span else -1, d.code))
    return MoneyFacts(tuple(standards), tuple(fundings), tuple(diagnostics))


def _lines_with_money(text: str, body: Lines) -> list[Span]:
    """The body lines that hold a 元 or a slash before a dot: every amount and placeholder holds one."""
    starts, ends = body.starts, body.ends
    chosen: set[int] = set()
    for mark in _MONEY_MARKS:
        at = text.find(mark)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            anchored = mark == "元" or text[at + 1 : at + 2] in _LOST_UNIT_DOTS
            if anchored and index >= 0 and at < ends[index]:
                chosen.add(index)
            at = text.find(mark, at + 1)
    return [body.span(index) for index in sorted(chosen)]


def _by_sentence(
    text: str, line: Span, quantities: list[Quantity]
) -> Iterator[tuple[tuple[int, int], list[Quantity]]]:
    parts = list(cut(text, line.start, line.end, Break.PART))
    starts = [start for start, _ in parts]
    groups: dict[int, list[Quantity]] = {}
    for quantity in quantities:
        groups.setdefault(bisect.bisect_right(starts, quantity.span.start) - 1, []).append(quantity)
    for index, found in groups.items():
        yield parts[index], found


def _read_sentence(
    text: str, sentence: tuple[int, int], quantities: list[Quantity], earlier: list[Amount]
) -> list[Amount]:
    """Read the amounts of one sentence; ``earlier`` are those of the sentence before."""
    amounts: list[Amount] = []
    segment = sentence[0]
    for quantity in quantities:
        amount = read_amount(text, quantity, sentence, max(segment, sentence[0]))
        amounts.append(amount)
        segment = amount.end
    if may_plan(text, sentence[0], sentence[1]):
        for amount in amounts:
            read_target(text, amount)
    _pair_respectively(text, sentence, amounts)
    _link_raises(text, amounts)
    _link_comparisons(text, amounts)
    _carry_lists(text, amounts)
    _link_restated(text, amounts)
    if any(amount.standard for amount in amounts):
        _categories(text, sentence, amounts, earlier)
    _infer_lost_periods(amounts)
    _growth(text, sentence, amounts)
    _parts(text, sentence, amounts, earlier)
    return amounts


# --- sentence-level settling ---------------------------------------------------------


def _pair_respectively(text: str, sentence: tuple[int, int], amounts: list[Amount]) -> None:
    """``A标准、B标准分别调整为X、Y``: the n-th category before 分别 takes the n-th amount."""
    at = text.find(_RESPECTIVELY, sentence[0], sentence[1])
    while at >= 0:
        word_start, word_end = at, at + len(_RESPECTIVELY)
        at = text.find(_RESPECTIVELY, word_end, sentence[1])
        run = _run_after(text, word_end, amounts)
        if len(run) < 2:  # noqa: PLR2004 - one amount needs no pairing
            continue
        begin = clause_start(text, sentence[0], word_start)
        labels = _list_labels(text, begin, word_start)
        if len(labels) == 1:
            labels = _spread(labels[0], len(run))
        if len(labels) != len(run):
            continue
        named = text.find("标准", begin, word_start) >= 0 or any(label.key != label.text for label in labels)
        _share_kind(run)
        for amount, label in zip(run, labels, strict=True):
            if amount.per_capita or amount.increase:  # an average or a rise is never a level
                amount.purpose = amount.purpose or label.text
            elif amount.standard or named:
                amount.standard = True
                amount.signal = amount.signal or "respectively"
                amount.label = label
            elif not amount.purpose:
                amount.purpose = label.text


def _share_kind(run: list[Amount]) -> None:
    """A list after 分别 is of one kind: ``人均…分别为A、B`` all averages, ``分别提高A和B`` all increases."""
    if any(amount.per_capita for amount in run):
        for amount in run:
            amount.per_capita = True
    if any(amount.increase for amount in run):
        for amount in run:
            amount.increase = not amount.per_capita
            amount.standard, amount.signal = False, None


def _spread(label: Label, count: int) -> list[Label]:
    """One wording for several amounts, in order.

    ``城乡低保…分别为X、Y`` is urban X, rural Y; ``残疾人两项补贴…分别为X、Y`` is the living
    subsidy X and the nursing subsidy Y.
    """
    if label.scope is Scope.URBAN_RURAL and count == 2:  # noqa: PLR2004 - urban and rural
        return [attrs.evolve(label, scope=Scope.URBAN), attrs.evolve(label, scope=Scope.RURAL)]
    for wording, keys in SPLIT_CATEGORIES:
        if wording in label.text and len(keys) == count:
            return [_vocabulary_label(key, label.text, label.scope) for key in keys]
    return [label] * count


def _vocabulary_label(key: str, wording: str, scope: Scope | None) -> Label:
    """The label of a vocabulary category by its key, as ``wording`` names it."""
    entry = next(entry for entry in CATEGORIES if entry.key == key)
    return Label(key, wording, scope, entry.per, entry.period)


def _run_after(text: str, position: int, amounts: list[Amount]) -> list[Amount]:
    """The amounts that follow ``position`` as one list: no clause between them."""
    run: list[Amount] = []
    for amount in amounts:
        if amount.start < position:
            continue
        gap_start = run[-1].end if run else position
        gap = text[gap_start : amount.start]
        if run and (not _RESPECTIVE_GAP.match(gap) or paying_verb(gap)):
            break
        if not run and clause_start(text, position, amount.start) != position:
            break
        run.append(amount)
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
            shared[index] = attrs.evolve(following, text=label.text + head, scope=label.scope)
    return shared


def _link_raises(text: str, amounts: list[Amount]) -> None:
    """``由X元提高到Y元``: Y replaced X; both standards when either reads as one."""
    for first, second in itertools.pairwise(amounts):
        gap = text[first.end : second.start]
        if not _RAISE_GAP.match(gap) or not _RAISE_FROM.search(text, first.clause_start, first.start):
            continue
        second.previous = first
        second.increase = False
        if first.standard or second.standard or first.label or second.label:
            for amount in (first, second):
                amount.standard = True
                amount.signal = amount.signal or "raise"
            second.label = second.label or first.label
            first.label = first.label or second.label
            _share_rate(first, second)
            _share_rate(second, first)
        first.year = near_year(text, first.clause_start, first.start)
        second.year = near_year(text, first.end, second.start)


def _link_comparisons(text: str, amounts: list[Amount]) -> None:
    """``标准每人每年5800元,比2021年的5400元提高400元``: 5400 is the level 5800 replaced."""
    if len(amounts) < 2:  # noqa: PLR2004 - a level and the one it is compared with
        return
    for first, second in itertools.pairwise(amounts):
        gap = text[first.end : second.start]
        if not first.standard or second.standard or second.per_capita or second.increase:
            continue
        if not _COMPARED.match(gap) or not _INCREASE_AFTER.match(second.tail):
            continue
        second.standard = True
        second.signal = "compared"
        second.label = first.label
        second.year = near_year(text, first.end, second.start)
        _share_rate(first, second)
        if first.previous is None:
            first.previous = second


def _link_restated(text: str, amounts: list[Amount]) -> None:
    """A dated new level of the same standard, named no other way, replaced the one before it.

    ``2021年标准为每人每月700元,2022年调整为每人每月760元``: 760 replaced 700.
    """
    if len(amounts) < 2:  # noqa: PLR2004 - a level and the one it replaced
        return
    standards = [amount for amount in amounts if amount.standard]
    for first, second in itertools.pairwise(standards):
        if second.previous is not None or first.previous is second:
            continue
        if text.find("年", second.clause_start, second.start) < 0:  # every dated move names a year
            continue
        if not _RESTATED.search(text, second.clause_start, second.start):
            continue
        if find_categories(text, second.segment_start, second.start):
            continue
        if first.period is not None and second.period is not None and first.period is not second.period:
            continue
        second.previous = first


def _share_rate(source: Amount, target: Amount) -> None:
    if target.per is None:
        target.per = source.per
    if target.period is None and not target.lost_period:
        target.period = source.period


def _carry_lists(text: str, amounts: list[Amount]) -> None:
    """A list after a standard: its items are standards, and a unit written once carries on."""
    for previous, amount in itertools.pairwise(amounts):
        gap = text[previous.end : amount.start]
        _follow_on(previous, amount, gap)
        if not previous.standard or amount.per_capita or amount.increase or amount.previous is previous:
            continue
        if not _LIST_GAP.match(gap) or paying_verb(gap) or is_total(text, amount):
            continue
        named = "标准" in gap or bool(find_categories(text, previous.end, amount.start))
        if gap.lstrip()[:1] not in "、和及与" and not named:
            continue
        if not amount.standard:
            amount.standard = True
            amount.signal = "list"
        if amount.per is None and amount.period is None and not amount.lost_period:
            amount.per, amount.period = previous.per, previous.period
            amount.once = amount.once or previous.once
        elif amount.per is None and not amount.lost_per:
            amount.per = previous.per
        if not named and amount.label is None and previous.label is not None:
            own = scope_in(gap)
            amount.label = attrs.evolve(previous.label, scope=own) if own else previous.label


def _follow_on(previous: Amount, amount: Amount, gap: str) -> None:
    """What an amount takes from the one before it outside lists of standards.

    A level reached after an increase (``每人每月提高50元,达到700元``) takes its rate;
    a level reached after a standard (``一般不超过3000元,特殊情况可提高至1万元``) is one
    too, of the same category; the second of ``人均…分别为城市520元、农村380元`` (or
    ``…城市达到540元,农村达到310元``) is an average too.
    """
    if amount.signal == "reached" and previous.increase:
        _share_rate(previous, amount)
    if previous.per_capita and not amount.standard and _PER_CAPITA_GAP.match(gap):
        amount.per_capita = True
        amount.action = amount.action or previous.action
    if (
        previous.standard
        and not amount.standard
        and not (amount.per_capita or amount.increase)
        and _REACHED_AFTER.search(gap)
        and not paying_verb(gap)
    ):
        amount.standard = True
        amount.signal = "reached"
        amount.label = amount.label or previous.label
        _share_rate(previous, amount)


def _categories(text: str, sentence: tuple[int, int], amounts: list[Amount], earlier: list[Amount]) -> None:
    """The category of each standard of a sentence that has none yet."""
    inherited = _inherited_label(text, sentence, earlier)
    orphans = text.find(ORPHAN_WORD, sentence[0], sentence[1]) >= 0
    before: Amount | None = None
    for amount in amounts:
        if amount.standard and amount.label is None:
            amount.label = _category(text, amount, inherited, before, orphans=orphans)
        before = amount
    _care_levels(text, sentence, amounts)


def _inherited_label(text: str, sentence: tuple[int, int], earlier: list[Amount]) -> Label | None:
    """The category a sentence continues: ``高龄津贴:80至89周岁…50元;90至99周岁…100元``.

    Only a sentence that follows a semicolon on the same line continues the one before.
    """
    if sentence[0] == 0 or text[sentence[0] - 1] not in _CONTINUING_MARKS:
        return None
    labels = [amount.label for amount in earlier if amount.standard and amount.label is not None]
    return labels[-1] if labels else None


def _category(
    text: str, amount: Amount, inherited: Label | None, before: Amount | None, *, orphans: bool
) -> Label:
    """The category of a standard: named after it, else the nearest before it, else its own words.

    A vocabulary category that names the recipients (``低保对象``, ``特困人员``) gives way
    to a benefit named after it (``低保对象一次性生活补贴``: the 生活补贴); wording that is
    only a generic award (``奖励``) or a group (``90周岁``) gives way to a category named
    earlier in the sentence, or in the sentence this one continues. A standard that names
    nothing after a funding (``发放生活补贴1080万元,每人150元``) is of what it funds.
    """
    named = _named_category(text, amount, orphans=orphans)
    if named is not None:
        return named
    own = generic_label(text, amount)
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
        funded = purpose(text, before)
        if funded is not None and names_a_benefit(Label(funded, funded)):
            return Label(own_key(funded), funded, own.scope)
    return own


def _named_category(text: str, amount: Amount, *, orphans: bool) -> Label | None:
    """A category named right after a standard, in its own stretch of the sentence, or replaced."""
    after = tail_category(text, amount)
    if after is not None:
        return after
    orphan = _orphan_form(text, amount) if orphans else None
    if orphan is not None:
        return orphan
    found = find_categories(text, amount.segment_start, amount.start)
    if found:
        _, end, label = found[-1]
        benefit = benefit_after(text, end, amount.start) if names_recipients(text, label, end) else None
        return attrs.evolve(benefit, scope=benefit.scope or label.scope) if benefit is not None else label
    if amount.previous is not None and amount.previous.label is not None:
        return amount.previous.label
    return None


def _orphan_form(text: str, amount: Amount) -> Label | None:
    """``孤儿基本生活费标准为集中供养…,散居…``: a bare form of care in a sentence about orphans."""
    if text.find(ORPHAN_WORD, max(amount.sentence[0], amount.start - REACH), amount.start) < 0:
        return None
    found = None
    for found in _ORPHAN_FORM.finditer(text, amount.segment_start, amount.start):  # noqa: B007 - the last
        pass
    if found is None or text.startswith(ORPHAN_WORD, found.end()):
        return None  # none, or a full wording (``集中供养孤儿``) that the vocabulary reads
    return _vocabulary_label(_ORPHAN_KEYS[found.group()], found.group(), None)


def _care_levels(text: str, sentence: tuple[int, int], amounts: list[Amount]) -> None:
    """``失能老年人护理补贴按照全护理、半护理分别…``: bare care levels of the subsidy named first."""
    levels = [a for a in amounts if a.standard and a.label is not None and a.label.text in _CARE_LEVEL_SET]
    if not levels:
        return
    named = [
        label
        for _, _, label in find_categories(text, sentence[0], levels[0].start)
        if label.key in _CARE_KEY_SET and label.text not in _CARE_LEVEL_SET
    ]
    if named:
        for amount in levels:
            if amount.label is not None:
                amount.label = attrs.evolve(named[-1], text=amount.label.text)


def _with_scope(label: Label, scope: Scope) -> Label:
    """A label for another scope, its wording too: ``城市低保`` for a rural amount is ``农村低保``."""
    if scope is label.scope:
        return label
    word = next((word for word, named in SCOPE_WORDS if named is scope), "")
    found = _SCOPE_PREFIX.match(label.text)
    wording = word + (label.text[found.end() :] if found else label.text)
    return attrs.evolve(label, text=wording, scope=scope)


def _infer_lost_periods(amounts: list[Amount]) -> None:
    """A period lost in extraction (``9000/.``) restored from the list around it, if it tells.

    The list item of the same scope wins, then the one nearest in magnitude: beside
    ``5400/.年`` (rural) and ``1260/.月`` (urban), a rural ``9000/.`` is a year.
    """
    if not any(amount.lost_period for amount in amounts):
        return
    known = [a for a in amounts if a.standard and a.period is not None and a.quantity.value > 0]
    for amount in amounts:
        if not amount.lost_period or amount.period is not None or amount.quantity.value <= 0:
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
            amount.period = min(telling, key=lambda c: (c[0], c[1]))[2].period
            amount.period_inferred = True


def _growth(text: str, sentence: tuple[int, int], amounts: list[Amount]) -> None:
    """Growth rates: ``年均增长分别为5%、12.5%`` paired in order; ``提高1倍`` is 100%."""
    standards = [a for a in amounts if a.standard]
    if not standards or _GROWTH_WORDS.search(text, sentence[0], sentence[1]) is None:
        return
    percents: list[Quantity] | None = None  # read only when a rate is named
    for found in _GROWTH.finditer(text, sentence[0], sentence[1]):
        if percents is None:
            percents = list(find_percents(text, sentence[0], sentence[1]))
        run = _percent_run(text, found.end(), percents)
        if run:
            _assign_growth(amounts, standards, found.start(), [percent.value for percent in run])
    for times in _TIMES.finditer(text, sentence[0], sentence[1]):
        if text.find("标准", sentence[0], times.start()) >= 0 and len(standards) == 1:
            standards[0].growth = standards[0].growth or _times_growth(times)


def _assign_growth(
    amounts: list[Amount], standards: list[Amount], position: int, rates: list[Decimal]
) -> None:
    """Give the rates written after ``增长`` at ``position`` to their standards.

    Several pair with the standards before them, in order; one goes to the only
    standard of the sentence, or to the nearest before it with no funding between.
    """
    before = [a for a in standards if a.end <= position and a.growth is None]
    if len(rates) > 1 and len(before) >= len(rates):
        for amount, rate in zip(before[-len(rates) :], rates, strict=True):
            amount.growth = rate
    elif len(rates) == 1 and len(standards) == 1:
        standards[0].growth = standards[0].growth or rates[0]
    elif len(rates) == 1 and before and not _funding_between(amounts, before[-1], position):
        before[-1].growth = rates[0]


def _percent_run(text: str, position: int, percents: list[Quantity]) -> list[Quantity]:
    run: list[Quantity] = []
    for percent in percents:
        if percent.span.start < position:
            continue
        gap_start = run[-1].span.end if run else position
        if not _PERCENT_GAP.match(text[gap_start : percent.span.start]):
            break
        run.append(percent)
    return run


def _funding_between(amounts: list[Amount], standard: Amount, position: int) -> bool:
    return any(not a.standard and standard.end <= a.start < position for a in amounts)


def _times_growth(times: regex.Match[str]) -> Decimal:
    """Growth in percent of ``提高1倍`` (100), ``翻一番`` (100), ``翻两番`` (300)."""
    if times["f"]:
        return Decimal(100 * (2 ** (parse_count(times["f"]) or 0) - 1))
    written = times["n"]
    factor = parse_count(written)
    return (Decimal(written) if factor is None else Decimal(factor)) * 100


def _parts(text: str, sentence: tuple[int, int], amounts: list[Amount], earlier: list[Amount]) -> None:
    """``共计X元,其中A元、B元``: A and B are parts of X when each is smaller.

    A sentence that opens with 其中 takes its total from the sentence before.
    """
    written = text[sentence[0] : sentence[1]]
    if not any(word in written for word in PARTS):  # every match holds one
        return
    for found in _PARTS.finditer(text, sentence[0], sentence[1]):
        totals = [a for a in amounts if not a.standard and a.end <= found.start()]
        if not totals and not text[sentence[0] : found.start()].strip():
            totals = [a for a in earlier if not a.standard and a.total is None]
        if not totals:
            _parts_before_total(text, sentence, found.start(), amounts)
            continue
        total = totals[-1]
        following = [a for a in amounts if a.start >= found.end()]
        for part in following:
            if part.standard or part.total is not None:
                continue
            if part.quantity.value >= total.quantity.value:
                break
            part.total = total


def _parts_before_total(text: str, sentence: tuple[int, int], opening: int, amounts: list[Amount]) -> None:
    """``救助资金(含中央资金3000万元)共计5200万元``: the parts in brackets, the total right after."""
    if text[opening] not in _OPENING_BRACKETS:
        return
    closing = _CLOSING_BRACKET.search(text, opening, sentence[1])
    if closing is None:
        return
    after = next((a for a in amounts if a.start >= closing.end()), None)
    if after is None or after.standard or clause_start(text, closing.end(), after.start) != closing.end():
        return
    for part in amounts:
        inside = opening < part.start < closing.start()
        if inside and not part.standard and part.total is None and part.quantity.value < after.quantity.value:
            part.total = after


# --- facts -----------------------------------------------------------------------------


def _build(
    context: Context,
    amounts: list[Amount],
    standards: list[Standard],
    fundings: list[Funding],
    diagnostics: list[Diagnostic],
) -> None:
    """Settle the amounts of one line into facts, added after those of the lines before."""
    text = context.text
    # A total may follow its parts (``(含…3000万元)共计5200万元``): index them all first.
    paid = (amount for amount in amounts if not amount.standard)
    funding_index = {id(amount): index for index, amount in enumerate(paid, start=len(fundings))}
    for amount in amounts:
        if amount.standard:
            standard = _standard(context, amount)
            standards.append(standard)
            diagnostics.extend(_damage(amount, standard.per))
            diagnostics.extend(_implausible_standard(standard))
        else:
            fundings.append(_funding(context, amount, funding_index))
            diagnostics.extend(_damage(amount, None))
            diagnostics.extend(_implausible_total(text, amount))


def _qualifier(amount: Amount) -> Qualifier:
    quantity = amount.quantity
    if amount.qualifier is not None:
        return amount.qualifier
    if quantity.upper is not None and quantity.qualifier is Qualifier.EXACT:
        return Qualifier.AT_LEAST
    return quantity.qualifier


def _year(context: Context, amount: Amount) -> int | None:
    if amount.year is not None:
        return amount.year
    written = sentence_year(context.text, max(amount.sentence[0], amount.start - REACH), amount.start)
    return written if written is not None else context.year_at(amount.start)


def _standard(context: Context, amount: Amount) -> Standard:
    quantity = amount.quantity
    label = amount.label or generic_label(context.text, amount)
    per = amount.per
    period = amount.period
    if amount.signal in {"grant", "package"}:
        per = per or Per.CASE
        period = period or label.period or Period.ONCE
    if per is None and _household_subject(context.text, amount):
        per = Per.HOUSEHOLD
    if period is None and _once(context.text, amount, label):
        period = Period.ONCE
    return Standard(
        category=label.key,
        label=label.text or label.key,
        amount=quantity.value,
        text=quantity.text,
        span=quantity.span,
        upper=quantity.upper,
        qualifier=_qualifier(amount),
        period=period or label.period,
        per=per or label.per,
        scope=label.scope,
        year=_year(context, amount),
        previous_amount=amount.previous.quantity.value if amount.previous else None,
        growth=amount.growth,
        section=context.section_at(quantity.span.start),
    )


def _once(text: str, amount: Amount, label: Label) -> bool:
    """Whether a standard with no period is paid once.

    So it is with ``一次性`` in its clause or earlier in its sentence (``发放一次性生活补贴,
    每户500元``), and for a one-off benefit (``慰问金``).
    """
    if amount.once or label.text.endswith(ONCE_NOUNS):
        return True
    return text.find(_ONE_OFF, max(amount.sentence[0], amount.start - REACH), amount.start) >= 0


_HOUSEHOLD_SUBJECT = regex.compile(r"家庭(?=[,，]|收入|月收入|人均收入)|对[^,，。;；]{0,16}户[,，]")


def _household_subject(text: str, amount: Amount) -> bool:
    """Whether the sentence is about households (``…的家庭,核定家庭收入时…``)."""
    start = max(amount.sentence[0], amount.start - REACH)
    return _HOUSEHOLD_SUBJECT.search(text, start, amount.start) is not None


def _funding(context: Context, amount: Amount, funding_index: dict[int, int]) -> Funding:
    quantity = amount.quantity
    action = amount.action
    total = amount.total
    if total is not None and (action is None or not action.strong):
        action = total.action or action
    name = action.canonical if action else None
    return Funding(
        amount=quantity.value,
        text=quantity.text,
        span=quantity.span,
        upper=quantity.upper,
        qualifier=_qualifier(amount),
        action=RAISE if amount.increase else name,
        purpose=amount.purpose or purpose(context.text, amount),
        per_capita=amount.per_capita,
        target=_target(context, amount) or (total is not None and _target(context, total)),
        part_of=funding_index.get(id(total)) if total is not None else None,
        year=_year(context, amount),
        section=context.section_at(quantity.span.start),
    )


def _target(context: Context, amount: Amount) -> bool:
    """Whether a funding is planned or aimed at rather than spent.

    The sentence's own words decide (:func:`~minzheng.parse.money_reading.read_amount`
    reads them): a word of aiming (``力争``, ``预计``, ``目标为``) or of planning with its
    verb (``计划投入``, ``将安排``, ``争取实现``) makes a target anywhere. A weaker word
    (``争取``, ``将``, ``确保`` without a verb of money after it) makes one only in a plan
    section, and not for an amount dated before the plan year. A plan section alone
    makes none: plans also state last year's results. Parts of a target are targets.
    """
    if amount.aimed:
        return True
    if not amount.planned or context.phase_at(amount.start) is not Phase.PLAN:
        return False
    year, plan_year = _year(context, amount), context.plan_year
    return year is None or plan_year is None or year >= plan_year


# --- diagnostics -------------------------------------------------------------------------


def _damage(amount: Amount, per: Per | None) -> Iterator[Diagnostic]:
    quantity = amount.quantity
    if quantity.damage and quantity.damage.startswith("unit doubled"):
        message = f"{quantity.text!r}: {quantity.damage}; read once, as {quantity.value} yuan"
        yield Diagnostic("money.unit_doubled", message, quantity.span)
    elif quantity.damage:
        lost = ["元"]
        if amount.lost_per:
            lost.append("the per unit" + (f" (read as per {per.value})" if per else ""))
        if amount.lost_period and not amount.period_inferred:
            lost.append("the period (left unknown)")
        message = f"{quantity.text!r}: {quantity.damage} ({', '.join(lost)}); read as {quantity.value} yuan"
        yield Diagnostic("money.unit_lost", message, quantity.span)
    if amount.period_inferred and amount.period is not None:
        message = (
            f"{quantity.text!r}: the period was lost; inferred as {amount.period.value} "
            "from the other amounts of the same list"
        )
        yield Diagnostic("money.period_inferred", message, quantity.span)


def _implausible_standard(standard: Standard) -> Iterator[Diagnostic]:
    per = standard.per
    if (per is Per.PERSON or per is Per.HOUSEHOLD) and standard.amount >= _IMPLAUSIBLE_PER_UNIT:
        message = (
            f"{standard.text!r}: {standard.amount} yuan per {per.value} is implausibly large; kept as written"
        )
        yield Diagnostic("money.implausible", message, standard.span)


def _implausible_total(text: str, amount: Amount) -> Iterator[Diagnostic]:
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
        yield Diagnostic("money.implausible", message, quantity.span)
