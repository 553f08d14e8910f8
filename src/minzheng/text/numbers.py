"""Numbers as written in reports: Arabic, Chinese and mixed numerals, money, percentages.

Every value is a :class:`~decimal.Decimal`; no float is ever involved.

The finders scan normalized text (simplified script, half-width digits) but also accept
full-width digits and the traditional 萬/億, so they work on raw text too. Each finder
takes an optional ``[start, end)`` range and yields matches in document order, with
spans into the whole text.

What counts as money here, and what does not:

- an amount is a numeral (``2744.5``, ``三千``, ``2.68亿``, ``40余``) followed by a
  yuan unit (``元``, ``万元``, ``亿元``, ``千元``, ``百万元``, ...), optionally with a
  space between; a range (``2-12元``, ``8到10万元``, ``五六百元``) is one amount with an
  upper bound;
- a per-unit price (``500元/吨``, ``630元/人·月``) is money: the amount is ``500元``, the
  suffix is left to the caller;
- a unit lost in extraction (``630/.月`` for ``630元/人·月``: 元, 人 and · gone) is read
  as yuan with ``damage="unit lost"``; the number must have two digits or more and stand
  clear of paths and URLs (``/2021/.``), fractions (``12/.5``), and a year with no period
  after it (``2021/.``);
- not money: counts (``350万户``), percentages, foreign currencies (``5000美元``), vague
  quantities (``数百万元``, ``十几万元``), words built on 元 (``元旦``, ``二元结构``,
  ``一元化``), placeholders (``X元``, see :func:`find_placeholders`);
- percentage points (``5个百分点``) are not percentages: :func:`find_numbers` reads them
  as a count with unit ``个百分点``.
"""

from __future__ import annotations

import decimal
from collections.abc import Collection, Iterator
from decimal import Decimal

import attrs
import regex

from minzheng.model import Qualifier, Span
from minzheng.text.lexicon import AnchoredPattern

__all__ = [
    "MASK_LETTERS",
    "Quantity",
    "find_bare_sums",
    "find_money",
    "find_numbers",
    "find_percents",
    "find_placeholders",
    "find_unit_masked",
    "leading_qualifier",
    "may_hold_placeholders",
    "parse_count",
    "parse_number",
]


@attrs.frozen
class Quantity:
    """A number found in text, with its unit and precision."""

    value: Decimal
    """The value in base units (yuan for money, percent for percentages)."""
    text: str
    """As written, first digit through unit (``40余万元``); a leading 约/近 is not part of it."""
    span: Span
    """Where ``text`` stands."""
    upper: Decimal | None = None
    """Upper bound of a range, else None."""
    qualifier: Qualifier = Qualifier.EXACT
    """Precision, from 约/近/左右, 余/多/以上/超过, 不超过/以内."""
    unit: str = ""
    """The unit as written (``万元``, ``元``, ``%``); empty when it was lost."""
    damage: str | None = None
    """Why the text looks damaged (a lost or doubled unit), None when it reads cleanly."""


# --- word tables ------------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "点": ".",
        "點": ".",
        "萬": "万",
        "億": "亿",
        "拾": "十",
        "佰": "百",
        "仟": "千",
        "壹": "一",
        "贰": "二",
        "貳": "二",
        "两": "二",
        "兩": "二",
        "叁": "三",
        "叄": "三",
        "參": "三",
        "肆": "四",
        "伍": "五",
        "陆": "六",
        "陸": "六",
        "柒": "七",
        "捌": "八",
        "玖": "九",
        "〇": "零",
        "○": "零",
        "廿": "二十",
        "卅": "三十",
        "卌": "四十",
    }
)
"""Variant numeral characters folded to the plain forms :func:`parse_number` reads."""

_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
"""Chinese digits after folding."""

_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
"""Multipliers within a 万 section."""

_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
"""Section multipliers."""

_TEN = 10
"""十, the one small unit that may open a section and the step between units."""

_OPEN = 10_000
"""Above every small unit: a section has not seen one yet."""

_LEADING_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("不超过", Qualifier.AT_MOST),
    ("不多于", Qualifier.AT_MOST),
    ("不高于", Qualifier.AT_MOST),
    ("不少于", Qualifier.AT_LEAST),
    ("不低于", Qualifier.AT_LEAST),
    ("大约", Qualifier.APPROX),
    ("将近", Qualifier.APPROX),
    ("接近", Qualifier.APPROX),
    ("超过", Qualifier.AT_LEAST),
    ("突破", Qualifier.AT_LEAST),
    ("高于", Qualifier.AT_LEAST),
    ("多于", Qualifier.AT_LEAST),
    ("至少", Qualifier.AT_LEAST),
    ("最低", Qualifier.AT_LEAST),
    ("最少", Qualifier.AT_LEAST),
    ("不足", Qualifier.AT_MOST),
    ("不到", Qualifier.AT_MOST),
    ("最高", Qualifier.AT_MOST),
    ("最多", Qualifier.AT_MOST),
    ("约", Qualifier.APPROX),
    ("近", Qualifier.APPROX),
    ("逾", Qualifier.AT_LEAST),
    ("超", Qualifier.AT_LEAST),
)
"""Words before an amount that set its precision, longest first (达 and 高达 state it exactly)."""

_LEADING_BY_WORD = dict(_LEADING_QUALIFIERS)
_LEADING_SIZES = sorted({len(word) for word in _LEADING_BY_WORD}, reverse=True)
_LEADING_LAST = frozenset(word[-1] for word in _LEADING_BY_WORD) | {"上"}
"""Last characters of the words before an amount that set its precision (上 of 上千)."""

_NOT_QUALIFIERS = (
    "节约",
    "制约",
    "预约",
    "签约",
    "履约",
    "合约",
    "附近",
    "最近",
    "就近",
    "临近",
    "赶超",
    "高超",
)
"""Words that end in a qualifier but are not one (节约500万元 is saved, not about)."""

_TRAILING_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("左右", Qualifier.APPROX),
    ("上下", Qualifier.APPROX),
    ("以上", Qualifier.AT_LEAST),
    ("以内", Qualifier.AT_MOST),
    ("以下", Qualifier.AT_MOST),
    ("之内", Qualifier.AT_MOST),
)
"""Words after an amount that set its precision."""

_TRAILING_BY_WORD = dict(_TRAILING_QUALIFIERS)
_TRAILING_SIZES = sorted({len(word) for word in _TRAILING_BY_WORD}, reverse=True)
_TRAILING_FIRST = frozenset(word[0] for word in _TRAILING_BY_WORD)
"""What every word after an amount that sets its precision opens with: most amounts, a glance tells."""

_COUNT_UNITS = (
    "个百分点",
    "人次",
    "户次",
    "张床位",
    "平方米",
    "人",
    "户",
    "名",
    "个",
    "家",
    "所",
    "台",
    "间",
    "张",
    "件",
    "次",
    "场",
    "项",
    "位",
    "处",
    "座",
    "辆",
    "套",
    "条",
    "份",
    "批",
    "支",
    "例",
    "对",
    "起",
    "床",
    "亩",
    "吨",
    "公里",
)
"""Unit words of counts read by :func:`find_numbers` (longest alternatives first)."""

_OTHER_MEASURES = (
    "美元", "港元", "欧元", "日元", "英镑", "澳元", "卢布", "韩元", "台币", "斤",
    "公斤", "千克", "克", "公顷", "平方公里", "平方", "立方米", "立方", "米", "千米",
    "千瓦时", "千瓦", "度", "册", "本", "头", "只", "匹", "株", "棵",
    "箱", "桶", "包", "袋", "盒", "瓶", "部", "字", "单", "笔",
    "种", "篇", "块", "片", "根", "台套", "人口", "群众",
)
"""Units and nouns of things other than yuan that follow a number of 万 or 亿 (``2261亿美元``,
``1.3万亿斤``): beside the units of counts, what makes a bare sum no sum of yuan."""

_YUAN_WORDS_ANY = "旦宵"
"""Characters that make 元 part of another word after any numeral (2021元旦, 元宵)."""

_YUAN_WORDS_BARE = "化论制结体格分对次方函组复里桥年月气件宝朝代素首帅勋老"
"""Characters that make 元 part of a word after a lone Chinese digit (二元结构, 一元化, 三元里)."""

# --- patterns ---------------------------------------------------------------------------


_AR = "0-9０-９"
_CN = "零〇○一二两兩三四五六七八九十百千万亿壹贰貳叁叄參肆伍陆陸柒捌玖拾佰仟萬億廿卅卌"
_NUM_CHARS = _AR + _CN
_BIG = "万亿萬億"
_UNIT_CHARS = "十百千万亿拾佰仟萬億"
_RUN = rf"[{_NUM_CHARS}]++(?:[,.．][{_NUM_CHARS}]++)*+"
_BEFORE = rf"(?<![{_NUM_CHARS}.．A-Za-z_数几]|[{_NUM_CHARS}],)"
_SPACE_CHARS = r" \t\u3000\xa0"
_SPACE = rf"[{_SPACE_CHARS}]{{0,2}}"
_SEP_CHARS = r"\-—–－~～〜至到"
_SEP = rf"[{_SEP_CHARS}]"

_MONEY = regex.compile(
    rf"""
    {_BEFORE}
    (?:
        (?P<low>{_RUN})(?P<low_more>[余餘多])?(?P<low_yuan>元)?(?P<sep>{_SEP})
    )?
    (?P<num>{_RUN})
    (?P<more>[余餘多])?
    (?P<big>[{_BIG}]{{0,2}})
    元
    (?P<dup>(?:[{_BIG}]?元)+)?
    (?=(?P<next>.?))
    |
    (?<![{_AR}.．A-Za-z_/\\:\-])
    (?P<lost>[{_AR}]{{2,}}(?:[.．][{_AR}]+)?)
    (?:
        /[.．](?P<per>[月年日天])?(?![0-9A-Za-z_/])
        |
        [/／](?P<swapped>[月年])元
    )
    """,
    regex.VERBOSE,
)
"""A money amount: numeral or range, inner 余/多, unit, doubled unit; or a number before a lost 元/人
(``630/.月``) or before a rate whose 元 came last (``1028/月元``).

Spaces are not allowed for: the money stage reads amounts in the squeezed view of the text
(:mod:`minzheng.text.view`), where ``200 余万元`` is ``200余万元``."""

# Groups of _MONEY by number: reading a group by name costs more than the rest of a match.
_LOW, _LOW_MORE, _LOW_YUAN, _NUMBER, _MORE, _BIG_GROUP, _DUP, _NEXT, _LOST, _PER, _SWAPPED = (
    _MONEY.groupindex[name]
    for name in ("low", "low_more", "low_yuan", "num", "more", "big", "dup", "next", "lost", "per", "swapped")
)

_BARE_SUM = regex.compile(
    rf"(?<![{_NUM_CHARS}.．A-Za-z_/])(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<big>万亿|[万亿])"
    rf"(?:(?P<spoken>[1-9])(?![0-9.．{_CN}元]))?"
    rf"(?![0-9.．{_CN}元余多]|{'|'.join(sorted({*_COUNT_UNITS, *_OTHER_MEASURES}, key=len, reverse=True))})"
)
"""A sum of 万 or 亿 with no 元 (the view's text is folded: 萬 is 万), a spoken tenth after it
(``1亿3``), and no unit of a count after it (``1299万人``)."""
_BARE_BIG = regex.compile(r"[0-9](?:万亿|[万亿])(?!元)")
"""What every bare sum holds: a digit, then 万 or 亿 that no 元 follows (money paragraphs write ``万元``)."""
_BARE_SUM_FINDER = AnchoredPattern(_BARE_SUM, _BARE_BIG, regex.compile(r"(?r)[0-9.]*+"))
""":data:`_BARE_SUM` tried only at the digits before each :data:`_BARE_BIG`, not at every place of a
paragraph where a sum of 万元 makes :data:`_BARE_BIG` no test at all."""

_MONEY_ANCHOR = regex.compile(r"元|[/／](?=[.．]|[月年]元)")
"""What every money amount holds: its 元, or the slash of a lost unit (``630/.月``) or of a
rate written before its 元 (``1028/月元``)."""

_MONEY_LEAD = regex.compile(rf"(?r)[{_NUM_CHARS},.．余餘多{_SEP_CHARS}]*+")
"""The run before an anchor of every character an amount may hold there (read backwards):
an amount starts in it."""
_MONEY_FINDER = AnchoredPattern(_MONEY, _MONEY_ANCHOR, _MONEY_LEAD)

MASK_LETTERS = "XxＸｘ×"
"""Letters a template or a site writes for a masked digit or name (``xx年``, ``XX县``, ``5xx元``)."""
_TEMPLATE = MASK_LETTERS + "*＊"
_TEMPLATE_MARKS = (*_TEMPLATE, "〇", "○")
"""What a placeholder cannot be written without."""
_MASKED = rf"[{_AR}]*+(?:[{_TEMPLATE}]++|[〇○]{{2,}}+)[{_AR}{_TEMPLATE}]*+(?:[.．][{_TEMPLATE}{_AR}]++)?+"
"""A numeral left as a template or with digits masked: ``X``, ``xx.xx``, ``5xx``, ``2xxx4``."""
_PLACEHOLDER = regex.compile(
    rf"(?<![A-Za-z{_TEMPLATE}{_NUM_CHARS}.．]){_MASKED}(?:[-—][{_TEMPLATE}]++)?+[{_TEMPLATE}{_CN}]*+[{_BIG}]?元"
)
"""An amount left as a template or masked: ``X元``, ``xx万元``, ``○○元``, ``5xx元``, ``6xx-xx元``."""
_UNIT_MASKED = regex.compile(
    rf"(?<![A-Za-z{_TEMPLATE}{_NUM_CHARS}.．]){_MASKED}[-—][{_TEMPLATE}]++(?![元万亿])"
)
"""Masked digits with the unit masked too (``1510xx-xx``): money only where the words before say so."""

_PERCENT = regex.compile(
    rf"""
    {_BEFORE}
    (?:(?P<low>{_RUN})[%％]?{_SPACE}(?P<sep>{_SEP}){_SPACE})?
    (?P<num>{_RUN})[%％]
    |
    百分之(?P<cn>[{_NUM_CHARS}.．点]+)(?:{_SEP}(?:百分之)?(?P<cn_high>[{_NUM_CHARS}.．点]+))?
    """,
    regex.VERBOSE,
)
"""A percentage: ``62.5%``, ``5%-8%``, ``百分之七十``, ``百分之12``."""

_COUNT_UNIT = "|".join(sorted(_COUNT_UNITS, key=len, reverse=True))
_COUNT = regex.compile(
    rf"(?<![{_NUM_CHARS}.．A-Za-z_第数几]|[{_NUM_CHARS}],)(?P<num>{_RUN})(?P<more>[余餘多])?(?P<unit>{_COUNT_UNIT})"
)
"""A count with its unit word: ``350万户``, ``4321人次``."""
_COUNT_NUMBER = _COUNT.groupindex["num"]

_TOKEN = regex.compile(
    r"(?P<ar>[0-9][0-9,]*(?:\.[0-9]+)?)|(?P<cd>[零一二三四五六七八九])|(?P<unit>[十百千万亿])|(?P<bad>.)",
    regex.DOTALL,
)
"""One token of a folded numeral; anything else is ``bad``."""

_THOUSANDS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
"""An Arabic number, with thousands separators only in threes."""

_CN_DECIMAL = regex.compile(
    r"(?P<int>[零一二三四五六七八九十百千万亿]+)\.(?P<frac>[零一二三四五六七八九]+)(?P<big>[万亿]*)"
)
"""A Chinese numeral with a decimal point (十二点五, 两点三亿) after folding."""

_PLAIN_DIGITS = 30
"""Longest run of digits read without the numeral reader (far below the exact precision)."""
_PLAIN = regex.compile(
    rf"(?P<number>[0-9]{{1,{_PLAIN_DIGITS}}}(?:\.[0-9]{{1,{_PLAIN_DIGITS}}})?)(?P<big>[万亿]?)"
)
"""A folded numeral of plain digits and at most one multiplier (``2744.5万``): no reader needed."""

_ARABIC_ONLY = regex.compile(f"[{_AR},.．]+")
"""An Arabic number and nothing else."""

_ARABIC_DIGIT = regex.compile(f"[{_AR}]")
"""Any Arabic digit."""

_IDENTIFIER_DIGITS = 17
_IDENTIFIER = regex.compile(f"[{_AR}]{{{_IDENTIFIER_DIGITS}}}")
"""Seventeen digits in a row: an identifier (ID card, account), not an amount of money."""

_EXACT = decimal.Context(prec=80, traps=[decimal.Inexact, decimal.InvalidOperation, decimal.Overflow])
"""Arithmetic that refuses to round: a numeral too long to hold exactly is not read."""


# --- numerals ---------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Numeral text in plain characters.

    >>> _fold("壹萬貳仟")
    '一万二千'
    >>> _fold("１２．５億")
    '12.5亿'
    """
    return text.translate(_FOLD)


def _tidy(value: Decimal) -> Decimal:
    """``value`` without a trailing exponent or zeros, so it prints as written.

    >>> _tidy(Decimal("2.68") * 100_000_000)
    Decimal('268000000')
    >>> _tidy(Decimal("115.270"))
    Decimal('115.27')
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1), context=_EXACT)
    return value.normalize(_EXACT)


def _arabic(token: str) -> Decimal | None:
    if _THOUSANDS.fullmatch(token) is None:
        return None
    return Decimal(token.replace(",", ""))


def _positional(text: str) -> Decimal:
    """Chinese digits read one by one, as years are written.

    >>> _positional("二零一二")
    Decimal('2012')
    """
    return Decimal("".join(str(_DIGITS[ch]) for ch in text))


@attrs.define
class _Reader:
    """State while reading a numeral token by token: 十/百/千 within 万/亿 sections."""

    total: Decimal = Decimal(0)
    """Value of the completed 万/亿 sections."""
    section: Decimal = Decimal(0)
    """Value of the open section."""
    current: Decimal | None = None
    """A digit or Arabic number waiting for its unit."""
    elidable: bool = False
    """Whether ``current`` is a lone digit right after a unit (the 五 of 一百五)."""
    last_small: int = _OPEN
    """The last 十/百/千 of the open section; they must fall."""
    last_big: int = 0
    """The largest 万/亿 so far."""
    recent_big: int = 0
    """The latest 万/亿; a smaller one may follow (3亿5千万), not the same (一万零一万)."""
    last_unit: int = 0
    """The last unit of any size."""
    after_unit: bool = False
    """Whether the previous token was a unit."""
    zero: bool = False
    """Whether a 零 stands since the last unit (一百零五 is 105, not 150)."""

    def number(self, value: Decimal, *, single: bool) -> bool:
        """Take a digit or Arabic number; two in a row are not one numeral."""
        if self.current is not None:
            return False
        self.current = value
        self.elidable = single and self.after_unit and not self.zero
        return True

    def small(self, unit: int) -> bool:
        """Apply 十, 百 or 千 to the waiting number."""
        if self.current is None:
            # 十 may open a section (十九, 三万十五); 百 and 千 only the numeral (百万元).
            if self.section or (unit != _TEN and self.total):
                return False
            self.current = Decimal(1)
        if unit >= self.last_small:
            return False
        self.section += self.current * unit
        self.last_small = unit
        self._close(unit)
        return True

    def big(self, unit: int) -> bool:
        """Close the section with 万 or 亿 (亿 after 万 scales everything: 1.2万亿)."""
        if self.current is None and not self.section and not (self.total and unit > self.last_big):
            return False
        amount = self.section + (self.current or 0)
        if unit > self.last_big:
            self.total = (self.total + amount) * unit
            self.last_big = unit
        elif unit < self.recent_big:
            self.total += amount * unit
        else:
            return False
        self.recent_big = unit
        self.section = Decimal(0)
        self.last_small = _OPEN
        self._close(unit)
        return True

    def _close(self, unit: int) -> None:
        self.current = None
        self.last_unit = unit
        self.after_unit = True
        self.zero = False

    def value(self) -> Decimal:
        """The numeral's value; a trailing lone digit takes the unit below the last one."""
        tail = self.current or Decimal(0)
        if self.elidable and self.last_unit > _TEN:
            tail *= self.last_unit // _TEN
        return self.total + self.section + tail


def _read_decimal_chinese(text: str) -> Decimal | None:
    """A Chinese numeral with a decimal point, after folding.

    >>> _read_decimal_chinese("二十.五"), _read_decimal_chinese("二.三亿")
    (Decimal('20.5'), Decimal('230000000.0'))
    """
    found = _CN_DECIMAL.fullmatch(text)
    if found is None:
        return None
    whole = _parse_folded(found["int"], positional=False)
    if whole is None:
        return None
    value = whole + Decimal("0." + "".join(str(_DIGITS[ch]) for ch in found["frac"]))
    for ch in found["big"]:
        value *= _BIG_UNITS[ch]
    return value


def _parse_folded(text: str, *, positional: bool) -> Decimal | None:
    """The value of a folded numeral, or None; ``positional`` reads 二零一二 as 2012."""
    if not text:
        return None
    if all(ch in _DIGITS for ch in text):
        return _positional(text) if len(text) == 1 or positional else None
    if "." in text and _CN_DECIMAL.fullmatch(text):
        return _read_decimal_chinese(text)
    reader = _Reader()
    for token in _TOKEN.finditer(text):
        kind, piece = token.lastgroup, token.group()
        if kind == "ar":
            number = _arabic(piece)
            ok = number is not None and reader.number(number, single=len(piece) == 1)
        elif piece == "零":
            reader.zero, reader.after_unit, ok = True, False, True
        elif kind == "cd":
            ok = reader.number(Decimal(_DIGITS[piece]), single=True)
        elif kind == "unit":
            ok = reader.small(_SMALL_UNITS[piece]) if piece in _SMALL_UNITS else reader.big(_BIG_UNITS[piece])
        else:
            ok = False
        if not ok:
            return None
    return reader.value()


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral, or None when ``text`` is not one.

    Arabic (``1,234.5``), Chinese (``一百零五``, ``壹仟``, ``廿三``), mixed (``3万5千``) and
    scaled (``2.68亿``, ``1.2万亿``) numerals; Chinese digits in a row read one by one
    (``二〇一二``). Ranges such as ``五六百`` are not one number.

    >>> parse_number("2.68亿")
    Decimal('268000000')
    >>> parse_number("一万二千三百零五")
    Decimal('12305')
    >>> parse_number("1,234.5")
    Decimal('1234.5')
    >>> parse_number("三千五") == 3500 and parse_number("五六百") is None
    True
    """
    folded = _fold(text.strip())
    try:
        with decimal.localcontext(_EXACT):
            value = _parse_folded(folded, positional=True)
            return None if value is None else _tidy(value)
    except decimal.DecimalException:
        return None


def parse_count(text: str) -> int | None:
    """The value of a whole numeral as counts and factors are written, None when ``text`` is not one.

    Chinese digits in a row are not one number here (``一二`` is no count), unlike in
    :func:`parse_number`, which reads them as years are written.

    >>> parse_count("五"), parse_count("十二"), parse_count("两"), parse_count("2"), parse_count("一二")
    (5, 12, 2, 2, None)
    >>> parse_count("1.5") is None and parse_count("个") is None
    True
    """
    value = _money_number(text) if text else None
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def _parse_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Bounds of a Chinese range written with two neighbouring digits.

    >>> _parse_range("五六百")
    (Decimal('500'), Decimal('600'))
    >>> _parse_range("十五六万")
    (Decimal('150000'), Decimal('160000'))
    """
    folded = _fold(text)
    for index in range(len(folded) - 1):
        first, second = folded[index], folded[index + 1]
        if first in _DIGITS and second in _DIGITS and _DIGITS[first] + 1 == _DIGITS[second] != 1:
            low = _money_number(folded[: index + 1] + folded[index + 2 :])
            high = _money_number(folded[:index] + folded[index + 1 :])
            if low is not None and high is not None:
                return low, high
            return None
    return None


_WHOLE_DIGITS = 15
"""Most digits that :func:`_whole_value` reads (scaled by 亿, far within the 28 digits that
decimal arithmetic holds exactly by default)."""


def _whole_value(text: str) -> Decimal | None:
    """A whole number of ASCII digits, alone or before one 万 or 亿, read by integer arithmetic; else None.

    A decimal point may stand where the value is whole (``2.5万``); the value is the one the
    plain reading of :func:`_money_number` gives, written the same way.

    >>> _whole_value("680"), _whole_value("2.5万"), _whole_value("451.1"), _whole_value("三千")
    (Decimal('680'), Decimal('25000'), None, None)
    """
    scale = _BIG_UNITS.get(text[-1:], 1)
    number = text if scale == 1 else text[:-1]
    whole, point, fraction = number.partition(".")
    digits = whole + fraction
    if not whole or (point and not fraction) or len(digits) > _WHOLE_DIGITS:
        return None
    if not (digits.isascii() and digits.isdigit()):
        return None
    value, places = int(digits) * scale, 10 ** len(fraction)
    return Decimal(value // places) if value % places == 0 else None


def _money_number(text: str) -> Decimal | None:
    """A numeral as amounts write it: Chinese digits in a row are not one number here.

    >>> _money_number("2744.5万"), _money_number("三千五"), _money_number("五六")
    (Decimal('27445000'), Decimal('3500'), None)
    """
    whole = _whole_value(text)
    if whole is not None:  # the commonest cases: no fold, no pattern
        return whole
    folded = _fold(text)
    plain = _PLAIN.fullmatch(folded)
    if plain is not None:  # the common case, read without the numeral reader
        number, big = plain.groups()
        if not big and "." not in number:
            return Decimal(number)  # already tidy
        plain_value = Decimal(number)
        return _tidy(plain_value * _BIG_UNITS[big] if big else plain_value)
    try:
        with decimal.localcontext(_EXACT):
            value = _parse_folded(folded, positional=False)
            return None if value is None else _tidy(value)
    except decimal.DecimalException:
        return None


def _split_unit(numeral: str) -> tuple[str, str]:
    """A numeral and the multiplier written as part of its unit.

    >>> _split_unit("2744.5万")
    ('2744.5', '万')
    >>> _split_unit("三千万")
    ('三千', '万')
    >>> _split_unit("5千")
    ('5', '千')
    """
    body = numeral.rstrip(_BIG)
    multiplier = numeral[len(body) :]
    if body and body[-1] in "十百千拾佰仟":
        head = body.rstrip("十百千拾佰仟")
        if head and _ARABIC_ONLY.fullmatch(head):
            return head, numeral[len(head) :]
    return body, multiplier


def _all_chinese(text: str) -> bool:
    return _ARABIC_DIGIT.search(text) is None


def _trailing_units(numeral: str) -> str:
    """The unit characters that close a numeral.

    >>> _trailing_units("五千"), _trailing_units("10万"), _trailing_units("12")
    ('千', '万', '')
    """
    return numeral[len(numeral.rstrip(_UNIT_CHARS)) :]


# --- finders ----------------------------------------------------------------------------


def _window(text: str, start: int, end: int | None) -> tuple[int, int]:
    """``[start, end)`` clipped to the text, so any range is safe to search.

    >>> _window("abc", -5, 10), _window("abc", 2, 1)
    ((0, 3), (2, 2))
    """
    first = min(max(start, 0), len(text))
    stop = len(text) if end is None else min(max(end, first), len(text))
    return first, stop


def leading_qualifier(text: str, start: int, at: int) -> Qualifier:
    """Precision from the words just before an amount at ``at``, not looking before ``start``.

    >>> leading_qualifier("减免约200万元", 0, 3), leading_qualifier("节约200万元", 0, 2)
    (<Qualifier.APPROX: 'approx'>, <Qualifier.EXACT: 'exact'>)
    """
    if at <= start or text[at - 1] not in _LEADING_LAST:  # most amounts: no word, a glance tells
        return Qualifier.EXACT
    for size in _LEADING_SIZES:  # longest first
        qualifier = _LEADING_BY_WORD.get(text[at - size : at]) if at - size >= start else None
        if qualifier is not None:
            if any(text.startswith(other, at - len(other), at) for other in _NOT_QUALIFIERS):
                return Qualifier.EXACT
            return qualifier
    if at > start and text[at - 1] == "上" and text[at] in "十百千万亿":
        return Qualifier.AT_LEAST
    return Qualifier.EXACT


def _trailing_qualifier(text: str, at: int, stop: int) -> Qualifier | None:
    if text[at : at + 1] not in _TRAILING_FIRST:  # most amounts: no word, a glance tells
        return None
    for size in _TRAILING_SIZES:
        qualifier = _TRAILING_BY_WORD.get(text[at : at + size]) if at + size <= stop else None
        if qualifier is not None:
            return qualifier
    return None


def _qualifier(text: str, window: tuple[int, int], found: tuple[int, int], *, inner: bool) -> Qualifier:
    """Precision of an amount at ``found``: a word after it, then 余/多 inside, then a word before.

    ``window`` is the ``[start, stop)`` searched; no word is read outside it.
    """
    trailing = _trailing_qualifier(text, found[1], window[1])
    if trailing is not None:
        return trailing
    if inner:
        return Qualifier.AT_LEAST
    return leading_qualifier(text, window[0], found[0])


def _numeral(match: regex.Match[str], group: int | str) -> tuple[int, str]:
    """Start and text of a numeral group, dropping what precedes a broken thousands comma."""
    begin = match.start(group)
    numeral = match[group]
    if "," in numeral and _THOUSANDS.fullmatch(_fold(numeral.rstrip(_CN))) is None:
        cut = numeral.rfind(",") + 1
        begin += cut
        numeral = numeral[cut:]
    return begin, numeral


def _lost_unit(match: regex.Match[str], start: int, stop: int) -> Quantity | None:
    number = _fold(match[_LOST])
    value = Decimal(number)
    swapped = match.start(_SWAPPED) >= 0
    if not swapped and match[_PER] is None and value == value.to_integral_value() and 1900 <= value <= 2100:  # noqa: PLR2004
        return None
    first, last = match.start(_LOST), match.end()
    qualifier = _qualifier(match.string, (start, stop), (first, last), inner=False)
    span = Span(first, last)
    damage = "unit order swapped: 元 written after the rate" if swapped else "unit lost"
    unit = "元" if swapped else ""
    text = match.string[first:last]
    return Quantity(_tidy(value), text, span, qualifier=qualifier, unit=unit, damage=damage)


def _range_low(match: regex.Match[str], numeral: str) -> tuple[int, str]:
    """Start and text of a range's lower bound, with the unit it shares with the upper one.

    A lower bound written with its own 元 (``3000万元至5000万元``, ``500元至1万元``)
    shares nothing: its multiplier is the one written on it.
    """
    first, low = _numeral(match, _LOW)
    if match.start(_LOW_YUAN) >= 0:
        return first, low
    shared = _trailing_units(numeral)
    if not _trailing_units(low):
        low += shared
    elif low.rstrip(_BIG) == low:
        low += shared[len(shared.rstrip(_BIG)) :]
    return first, low


_Groups = tuple[str | None, ...]
"""The groups of a match by number (``groups[0]`` unused): read once, then by index."""


def _money(match: regex.Match[str], start: int, stop: int) -> Quantity | None:
    groups: _Groups = (None, *match.groups())
    if groups[_LOST] is not None:
        return _lost_unit(match, start, stop)
    number = groups[_NUMBER] or ""
    if not groups[_BIG_GROUP] and groups[_LOW] is None and groups[_DUP] is None and _is_plain_integer(number):
        return _plain_money(match, groups, (start, stop))
    return _written_money(match, groups, (start, stop))


def _written_money(match: regex.Match[str], groups: _Groups, window: tuple[int, int]) -> Quantity | None:
    """An amount with a multiplier, a decimal point, Chinese numerals, a range or a doubled unit."""
    first, numeral = _numeral(match, _NUMBER)
    numeral += groups[_BIG_GROUP] or ""
    following = groups[_NEXT]
    if following and (
        following in _YUAN_WORDS_ANY
        or (following in _YUAN_WORDS_BARE and _all_chinese(numeral) and len(_fold(numeral)) == 1)
    ):
        return None
    if len(numeral) >= _IDENTIFIER_DIGITS and _IDENTIFIER.search(numeral):
        return None
    value = _money_number(numeral)
    upper = None
    if value is None:
        bounds = _parse_range(numeral)
        if bounds is None:
            return None
        value, upper = bounds
    elif groups[_LOW] is not None:
        first, low = _range_low(match, numeral)
        low_value = _money_number(low)
        if low_value is None or low_value >= value:
            return None
        value, upper = low_value, value
    unit = _split_unit(numeral)[1] + "元"
    last = match.end()
    damage = None
    doubled = groups[_DUP]
    if doubled is not None:
        if _fold(doubled) == _fold(unit) * (len(doubled) // len(unit)):
            damage = f"unit doubled: {unit}{doubled}"
        else:
            last = match.start(_DUP)
    inner = groups[_MORE] is not None or groups[_LOW_MORE] is not None
    qualifier = _qualifier(match.string, window, (first, last), inner=inner)
    return Quantity(value, match.string[first:last], Span(first, last), upper, qualifier, unit, damage)


def _is_plain_integer(numeral: str) -> bool:
    """Whether a numeral is a short run of ASCII digits, the way most amounts are written.

    >>> _is_plain_integer("680"), _is_plain_integer("6.8"), _is_plain_integer("６８０")
    (True, False, False)
    """
    return len(numeral) <= _PLAIN_DIGITS and numeral.isascii() and numeral.isdigit()


def _plain_money(match: regex.Match[str], groups: _Groups, window: tuple[int, int]) -> Quantity | None:
    """A plain integer of yuan (``680元``), read without the numeral reader."""
    following = groups[_NEXT]
    if following and following in _YUAN_WORDS_ANY:
        return None
    number = groups[_NUMBER] or ""
    if len(number) >= _IDENTIFIER_DIGITS and _IDENTIFIER.search(number):
        return None
    first, last = match.start(_NUMBER), match.end()
    qualifier = _qualifier(match.string, window, (first, last), inner=groups[_MORE] is not None)
    return Quantity(Decimal(number), match.string[first:last], Span(first, last), None, qualifier, "元")


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Money amounts in ``text[start:end]``, valued in yuan.

    >>> [str(q.value) for q in find_money("发放4.6亿元,人均约1921元")]
    ['460000000', '1921']
    >>> found = next(find_money("标准调整为630/.月"))
    >>> found.text, found.value, found.damage
    ('630/.月', Decimal('630'), 'unit lost')
    """
    start, stop = _window(text, start, end)
    for match in _MONEY_FINDER.finditer(text, start, stop):
        found = _money(match, start, stop)
        if found is not None:
            yield found
        elif match.start(_LOW_YUAN) >= 0:  # not a range (``5万元至3万元``): two amounts
            yield from _bounds_apart(match, start, stop)


def find_bare_sums(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Numbers of 万 or 亿 with no 元 and no unit of a count after them (``撥了6100萬``, ``1億3``).

    Speech leaves 元 out of a sum; whether one is money, the words before it tell (the money
    stage asks). A digit spoken after the unit is its next tenth (``1亿3``: 1.3亿, ``3万5``:
    3.5万), never a count of its own.

    >>> [(q.text, str(q.value)) for q in find_bare_sums("投入了1亿3了,又拨了6100万,救助12万人")]
    [('1亿3', '130000000'), ('6100万', '61000000')]
    >>> list(find_bare_sums("1亿3千万元"))
    []
    """
    start, stop = _window(text, start, end)
    for match in _BARE_SUM_FINDER.finditer(text, start, stop):
        unit = Decimal(1)
        for char in match["big"]:
            unit *= _BIG_UNITS[char]
        value = Decimal(match["num"]) * unit
        if match["spoken"]:
            value += Decimal(match["spoken"]) * unit / _TEN
        yield Quantity(_tidy(value), match.group(), Span(match.start(), match.end()), unit="")


def _bounds_apart(match: regex.Match[str], start: int, stop: int) -> Iterator[Quantity]:
    """The two amounts of what looked like a range with a unit on each end but is not one."""
    text = match.string
    for first, last in ((match.start(_LOW), match.end(_LOW_YUAN)), (match.start(_NUMBER), match.end())):
        single = _MONEY.match(text, first, last)
        found = None if single is None else _money(single, start, stop)
        if found is not None:
            yield found


def may_hold_placeholders(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a mark that every placeholder holds (``X``, ``x``, ``*``, ``〇``).

    Where it holds none, neither :func:`find_placeholders` nor :func:`find_unit_masked` can
    find anything there: one glance over a whole document may spare asking of each paragraph.

    >>> may_hold_placeholders("每人每月X元"), may_hold_placeholders("每人每月800元")
    (True, False)
    """
    if start == 0 and end is None:  # a whole text: no copy of it made
        return any(mark in text for mark in _TEMPLATE_MARKS)
    return _template_marked(text, *_window(text, start, end))


def _template_marked(text: str, start: int, stop: int) -> bool:
    """:func:`may_hold_placeholders` over ``[start, stop)``, a window already clipped to the text."""
    window = text[start:stop]
    return any(mark in window for mark in _TEMPLATE_MARKS)


def find_placeholders(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Amounts left as templates or masked (``X元``, ``xx万元``, ``35xx元``), which are not read as money.

    >>> text = "每人每月X元,共xx万元,约35xx元"
    >>> [text[s.start : s.end] for s in find_placeholders(text)]
    ['X元', 'xx万元', '35xx元']
    """
    start, stop = _window(text, start, end)
    if not _template_marked(text, start, stop):  # every placeholder holds one
        return
    for match in _PLACEHOLDER.finditer(text, start, stop):
        yield Span(match.start(), match.end())


def find_unit_masked(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Masked digits whose unit is masked too (``1510xx-xx``, ``1xx-xx人次``), amounts or counts alike.

    Whether one stands for money, the words before it tell (the money stage asks).

    >>> text = "救济金1510xx-xx,救助1xx-xx人次"
    >>> [text[s.start : s.end] for s in find_unit_masked(text)]
    ['1510xx-xx', '1xx-xx']
    """
    start, stop = _window(text, start, end)
    if not _template_marked(text, start, stop):  # every placeholder holds one
        return
    for match in _UNIT_MASKED.finditer(text, start, stop):
        yield Span(match.start(), match.end())


def find_percents(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Percentages in ``text[start:end]``, valued in percent (``5个百分点`` is not one).

    >>> [(str(q.value), q.upper and str(q.upper)) for q in find_percents("增长62.5%,5%-8%,百分之七十")]
    [('62.5', None), ('5', '8'), ('70', None)]
    """
    start, stop = _window(text, start, end)
    for match in _PERCENT.finditer(text, start, stop):
        found = _percent(match, start, stop)
        if found is not None:
            yield found


def _percent(match: regex.Match[str], start: int, stop: int) -> Quantity | None:
    if match["num"] is not None:
        first, numeral = _numeral(match, "num")
        low = None if match["low"] is None else _numeral(match, "low")
    else:
        first, numeral = match.start(), match["cn"]
        low = None
        if match["cn_high"] is not None:
            low, numeral = (first, numeral), match["cn_high"]
    value = parse_number(numeral)
    if value is None:
        return None
    upper = None
    if low is not None:
        first, low_text = low
        low_value = parse_number(low_text)
        if low_value is None or low_value >= value:
            return None
        value, upper = low_value, value
    last = match.end()
    qualifier = _qualifier(match.string, (start, stop), (first, last), inner=False)
    return Quantity(value, match.string[first:last], Span(first, last), upper, qualifier, "%")


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, units: Collection[str] | None = None
) -> Iterator[Quantity]:
    """Counts with their unit word in ``text[start:end]`` (people, households, cases).

    With ``units``, only the counts in those units (found as if all were read).

    >>> [(str(q.value), q.unit) for q in find_numbers("惠及350万户,临时救助4321人次")]
    [('3500000', '户'), ('4321', '人次')]
    >>> [q.text for q in find_numbers("建成12所,惠及350户", units={"户"})]
    ['350户']
    """
    start, stop = _window(text, start, end)
    if units is not None:
        window = text[start:stop]
        if not any(unit in window for unit in units):
            return  # no count can be in these units
    for match in _COUNT.finditer(text, start, stop):
        _, more, unit = match.groups()
        if units is not None and unit not in units:
            continue
        first, numeral = _numeral(match, _COUNT_NUMBER)
        value = _money_number(numeral) if numeral else None
        if value is None:
            continue
        last = match.end()
        qualifier = _qualifier(text, (start, stop), (first, last), inner=more is not None)
        yield Quantity(value, text[first:last], Span(first, last), qualifier=qualifier, unit=unit or "")
