"""Named programs and cited documents in a report's body.

A program is a named initiative, project, campaign, platform, brand, reform or
numbered political formulation. Quotes alone do not make one: they also mark slogans,
goals, labels and quoted speech. A quoted name becomes a program on evidence read
around it:

- a kind word after it (``“筑基”工程``, ``「通武廊」养老服务试点``), just before it
  (``等方式「以购代捐」``), or as its own last word (``“村务公开平台”``);
- the shape of a numbered formulation (``两个维护``, ``三会一约``, ``一网统管``,
  ``退二进三``), or a formulation head after it (``“三个代表”重要思想``);
- a verb that launches or carries a program earlier in its clause
  (``持续开展“聚爱相伴”``), or ``建设``/``创建`` right after it (``“智慧新津”建设``).

Against it: two quotes set in contrast (``变“人找政策”为“政策找人”``), a name ending
in ``式`` (a descriptor), an enumeration of phrases with no kind or number (a slogan),
a word before ``人员``/``家庭``… (a label of people), and a short word with no kind
close after it (a label). A short generic word inside a noun phrase takes the phrase as
its name (``社会救助「直通车」微信码`` → ``社会救助直通车``).

A quote that lost one of its marks is read from the surviving mark back to the verb
(``加快推进智慧民政"建设``) or forward to the punctuation (``“六保,``), and needs the
same evidence; each such reading is reported as a ``program.quote_lost`` diagnostic.

Unquoted programs are taken only in narrow shapes: campaign titles ending in
``专项行动``, ``主题教育`` …; two-character proper names of a ``工程``/``行动``
(``实施农村福利院冬暖工程``); formulations named by a count (``十二字工作目标``,
``……等五个能力``); numbered formulations right after a verb (``全面推进三会一约，``);
and families, a quoted list with its count (``“智慧、暖心”两个民政``: each part and
the whole).

A program is reported once, under its first mention, with every mention: the places
read above and every further place its name (three characters or more) is written.

Citations are titles in 《》 (with the document number that follows in parentheses)
and document numbers in running text (``鄂发〔2020〕14号``). A number standing alone on
its line is the report's own number under its title: metadata, not a citation, also
when damaged (``津民发〔20121`` under a notice heading). A damaged number in running
text is cited as written, with a ``citation.damaged_number`` diagnostic.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator

import attrs
import regex

from minzheng.model import Citation, Diagnostic, Program, Span
from minzheng.parse.context import Context
from minzheng.parse.program_words import (
    BACKSTOP_VERBS,
    BUILT_AFTER,
    CLAUSE_MARKS,
    CONTRAST_LINKS,
    COORDINATORS,
    DESCRIPTORS,
    DOC_LEAD_INS,
    DOC_TYPE_ENDINGS,
    FORMULATION_HEADS,
    FUNCTION_WORDS,
    KINDS,
    LABELLED,
    LEAD_VERBS,
    MEASURES,
    NAME_HEADS,
    NOT_IN_PROPER_NAME,
    NOT_ISSUER_START,
    NOT_SYSTEMS,
    NUMERALS,
    PAIRED_QUOTES,
    PROPER_NAME_KINDS,
    REGION_PREFIXES,
    SYMMETRIC_QUOTES,
    TITLED_HEADS,
    VERB_TAILS,
    WORD_COUNT_HEADS,
)

__all__ = ["FORMULATION", "ProgramFacts", "extract_programs", "is_numbered", "numeral_value"]

FORMULATION = "formulation"
"""The kind of a numbered political formulation (``两个维护``, ``十二字工作目标``)."""


@attrs.frozen
class ProgramFacts:
    """The programs (once each) and citations of a report."""

    programs: tuple[Program, ...] = ()
    """Named programs in order of first mention."""
    citations: tuple[Citation, ...] = ()
    """Cited documents in text order."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Lost quote marks and damaged document numbers."""


# --- patterns ------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


_NUM = NUMERALS
_NUM_NOT_ONE = NUMERALS.replace("一", "")
_QUOTE_CHARS = "".join(opening + closing for opening, closing in PAIRED_QUOTES) + "".join(SYMMETRIC_QUOTES)
_OPENERS = dict(PAIRED_QUOTES)
_CLOSERS = {closing: opening for opening, closing in PAIRED_QUOTES}
_SPACES = " \t\u3000\u00a0\u2002\u2003"
_STOPS = frozenset(CLAUSE_MARKS + _QUOTE_CHARS + _SPACES + "、")
_BUILT = BUILT_AFTER

_QUOTE_MARK = regex.compile(f"[{regex.escape(_QUOTE_CHARS)}]")
_KIND = regex.compile(_alternation(KINDS))
_KIND_AT_END = regex.compile(f"(?:{_alternation(KINDS)})$")
_LONGEST_KIND = max(len(kind) for kind in KINDS)
_FORMULATION_HEAD = regex.compile(rf"\p{{Han}}{{0,2}}?(?:{_alternation(FORMULATION_HEADS)})")
_LEAD_VERB = regex.compile(_alternation(LEAD_VERBS))
_LEAD_VERB_END = regex.compile(f"(?:{_alternation(LEAD_VERBS)})$")
_LONGEST_LEAD = max(len(verb) for verb in LEAD_VERBS)
_LONGEST_VERB = max(len(verb) for verb in LEAD_VERBS + BACKSTOP_VERBS)
_VERB_TAILS = frozenset(VERB_TAILS)
_BACKSTOP = regex.compile(f"(?:{_alternation(BACKSTOP_VERBS)})$")
_LONGEST_BACKSTOP = max(len(verb) for verb in BACKSTOP_VERBS)
_WORD_COUNT = regex.compile(rf"[{_NUM}]{{1,3}}字(?:工作)?(?:{_alternation(WORD_COUNT_HEADS)})")
_FAMILY = regex.compile(rf"(?P<count>[{_NUM}]{{1,2}})个(?P<head>\p{{Han}}{{2}})")
_WHITESPACE = regex.compile(r"\s+")
_HAN = regex.compile(r"[\u4e00-\u9fff]")
_CLAUSE_MARK = regex.compile(f"[{regex.escape(CLAUSE_MARKS)}]")

# The shapes of a numbered formulation, read on a whole name.
_NUMBERED = regex.compile(
    rf"""
    (?:
        [{_NUM_NOT_ONE}]{{1,3}}(?:\D.*)?                         # 两个维护, 三会一约, 十二五, 六五
      | 一[^{_NUM}多、]{{1,3}}[{_NUM}多].+                        # 一机构一台帐, 一站三中心, 一院一中心多站点
      | 一\p{{Han}}{{1,2}}(?:通办|统管|通管)                       # 一网统管, 一城通办
      | \p{{Han}}[{_NUM}]\p{{Han}}[{_NUM}]                         # 退二进三
      | [0-9A-Za-z]{{1,3}}(?:\+[0-9A-Za-z]{{1,3}}){{1,4}}          # 1+5+N
    )
    """,
    regex.VERBOSE,
)

_COUNTED_MEASURE = regex.compile(rf"[{_NUM}]+(?:{_alternation(MEASURES)})")
"""A numeral with a measure word is a rating or an amount (``五星级``, ``三年``), not a name."""

# Unquoted shapes.
_TITLED = regex.compile(_alternation(TITLED_HEADS))
_PROPER_CAMPAIGN = regex.compile(rf"(?<=\p{{Han}}{{2}})(?:{_alternation(PROPER_NAME_KINDS)})")
_NOT_IN_PROPER_NAME = frozenset(_NUM + NOT_IN_PROPER_NAME)
_COUNT_AFTER_LIST = regex.compile(
    rf"等(?P<name>(?P<count>[{_NUM}]{{1,2}})(?:个|项|大)(?P<head>\p{{Han}}{{2}}))"
)
_LIST_BEFORE = regex.compile(r"(?r)(?:\p{Han}{2,10}、){1,9}\p{Han}{2,10}")
_LIST_REACH = 120
_NUMBERED_BEFORE_MARK = regex.compile(
    rf"(?:[{_NUM_NOT_ONE}](?:个|项)\p{{Han}}{{2,4}}?|[{_NUM}]\p{{Han}}[{_NUM}]\p{{Han}})"
    rf"(?=[{regex.escape(CLAUSE_MARKS)}、])"
)
_ANY_VERB_AT_END = regex.compile(f"(?:{_alternation(LEAD_VERBS + BACKSTOP_VERBS)})$")

# Citations.
_DOC_NUMBER = regex.compile(
    rf"""
    (?<=[{"".join(DOC_TYPE_ENDINGS)}])
    (?:
        (?P<whole>[〔［\[【(（](?:19|20)\d{{2}}[〕］\]】)）]\d{{1,5}}号)
      | (?P<damaged>[〔［\[【](?:19|20)\d{{2,8}}号?(?![\d〕］\]】])
                  | [〔［\[【](?:19|20)\d{{2}}[〕］\]】]\d{{1,5}}(?![\d号]))
    )
    """,
    regex.VERBOSE,
)
"""A document number from its bracket on; the issuer (``鄂发``) is read back from there."""
_DOC_LEAD_IN = regex.compile(_alternation(DOC_LEAD_INS + LEAD_VERBS + BACKSTOP_VERBS))
_LONGEST_LEAD_IN = max(len(word) for word in DOC_LEAD_INS + LEAD_VERBS + BACKSTOP_VERBS)
_TITLE = regex.compile(r"《(?P<title>[^《》\n]{1,120})》")
_TITLE_NUMBER = regex.compile(r"[ \t]*[(（](?P<number>[^()（）\n]{3,30})[)）]")

_LONGEST_ISSUER = 4
"""Longest issuer part of a document number (``鄂政办发``)."""
_SHORT = 3
"""A quoted word of at most this many characters is a label unless a kind follows closely."""
_MAX_QUOTED = 25
"""Longest quoted text read as a name; longer quotes are speech or titles."""
_MAX_NUMBERED = 12
"""Longest name read as a numbered formulation (``一居一特色、一街多品牌``)."""
_MAX_VERB_ONLY = 18
"""Longest name accepted on a launching verb alone."""
_MAX_DAMAGED = 10
"""Longest name read from a surviving quote mark."""
_MAX_PREFIX = 10
"""Longest noun phrase taken before a short quoted word."""
_MAX_TITLED_PREFIX = 30
"""Longest unquoted campaign title before its ending."""
_VERB_REACH = 20
"""Farthest a launching verb may stand before a name in its clause."""
_WINDOW = 14
"""How far after a name a kind word is looked for."""
_REACH_SHORT, _REACH_PLAIN, _REACH_MARKED = 4, 8, 12
"""Where a kind word after a name may start: short words, plain names, marked names."""


def numeral_value(numeral: str) -> int | None:
    """The value of a Chinese numeral below one hundred, None if it is not one.

    >>> numeral_value("五"), numeral_value("十二"), numeral_value("两"), numeral_value("二十")
    (5, 12, 2, 20)
    >>> numeral_value("个") is None
    True
    """
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if not numeral or any(ch not in digits and ch != "十" for ch in numeral):
        return None
    if "十" not in numeral:
        return digits[numeral] if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def is_numbered(name: str) -> bool:
    """Whether a name has the shape of a numbered formulation.

    >>> [is_numbered(n) for n in ("两个维护", "三会一约", "一网统管", "退二进三", "1+5+N")]
    [True, True, True, True, True]
    >>> [is_numbered(n) for n in ("智慧民政", "一对一", "零跑动", "五星级", "三年")]
    [False, False, False, False, False]
    """
    return (
        len(name) <= _MAX_NUMBERED
        and _NUMBERED.fullmatch(name) is not None
        and _COUNTED_MEASURE.fullmatch(name) is None
    )


def _squash(text: str) -> str:
    """A name without its spaces and quote marks.

    >>> _squash("互联网+ 养老"), _squash("社会救助「直通车」")
    ('互联网+养老', '社会救助直通车')
    """
    return _WHITESPACE.sub("", text).translate(dict.fromkeys(map(ord, _QUOTE_CHARS)))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _han_count(text: str) -> int:
    return len(_HAN.findall(text))


def _valid_name(name: str) -> bool:
    """Whether quoted text can be a name at all: short, no clause punctuation, some Han.

    >>> [_valid_name(n) for n in ("筑基", "1+5+N", "一站式", "天津模式", "我们要做好，", "X")]
    [True, True, False, True, False, False]
    """
    if not 2 <= len(name) <= _MAX_QUOTED or _CLAUSE_MARK.search(name):  # noqa: PLR2004 (a word)
        return False
    if name.startswith("、") or name.endswith("、"):
        return False
    if name.endswith("式") and _KIND_AT_END.search(name) is None:  # 一站式, 输血式: descriptors
        return False
    return _han_count(name) > 0 or is_numbered(name)


def _drop_region(prefix: str) -> str:
    """A noun phrase without the region word in front of it.

    >>> _drop_region("全区两项改革"), _drop_region("区两项改革"), _drop_region("市场")
    ('两项改革', '两项改革', '市场')
    """
    for region in REGION_PREFIXES:
        if prefix.startswith(region) and len(prefix) - len(region) >= 2:  # noqa: PLR2004 (a word)
            return prefix[len(region) :]
    return prefix


# --- the body and its lines --------------------------------------------------------


@attrs.frozen
class _Line:
    """One body line of the normalized text, and the reading done around names on it."""

    text: str
    start: int
    end: int

    def window(self, position: int) -> str:
        """What follows a name up to the clause's end, a quote mark or 的: where its kind stands."""
        end = position
        stop = min(self.end, position + _WINDOW)
        while end < stop and self.text[end] not in _STOPS and self.text[end] != "的":
            end += 1
        return self.text[position:end]

    def kind_before(self, position: int) -> str | None:
        """A kind word standing right before ``position`` (``方式「以购代捐」``)."""
        found = _KIND_AT_END.search(self.text, max(self.start, position - _LONGEST_KIND), position)
        return found.group() if found is not None else None

    def verb_before(self, position: int) -> bool:
        """Whether a launching verb stands earlier in the clause, close enough."""
        floor = max(self.start, position - _VERB_REACH - 4)
        clause = position
        while clause > floor and self.text[clause - 1] not in CLAUSE_MARKS:
            clause -= 1
        ends = [match.end() for match in _LEAD_VERB.finditer(self.text, clause, position)]
        return bool(ends) and position - ends[-1] <= _VERB_REACH

    def verb_leads(self, position: int) -> bool:
        """Whether a launching verb stands right before ``position`` (``开展“X”``, ``推出了“X”``)."""
        end = position - 1 if self.text[position - 1 : position] in _VERB_TAILS else position
        return _LEAD_VERB_END.search(self.text, max(self.start, end - _LONGEST_LEAD), end) is not None

    def name_start(self, end: int, reach: int) -> int | None:
        """Where a name that ends at ``end`` begins: after a verb, a mark or 的; None if too far."""
        start = end
        while start > self.start:
            if _BACKSTOP.search(self.text, max(self.start, start - _LONGEST_BACKSTOP), start):
                return start
            ch = self.text[start - 1]
            if ch in _STOPS or ch == "的" or not (_is_han(ch) or ch.isalnum() or ch == "+"):
                return start
            if end - start >= reach:
                return None
            start -= 1
        return start

    def name_end(self, start: int, reach: int) -> int | None:
        """Where a name that starts at ``start`` ends: at the next mark; None if too far."""
        end = start
        while end < self.end and self.text[end] not in _STOPS:
            if end - start >= reach:
                return None
            end += 1
        return end


class _Body:
    """The body lines of a report, found by position."""

    def __init__(self, context: Context) -> None:
        self.text = context.text
        self.lines = tuple(_Line(self.text, s.start, s.end) for s in context.body if s.start < s.end)
        self._starts = [line.start for line in self.lines]

    def line_at(self, position: int) -> _Line | None:
        """The body line holding ``position``, None outside the body."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0 or position >= self.lines[index].end:
            return None
        return self.lines[index]

    def holds(self, span: Span) -> bool:
        """Whether ``span`` lies inside one body line."""
        line = self.line_at(span.start)
        return line is not None and span.end <= line.end

    def matches(self, pattern: regex.Pattern[str]) -> Iterator[tuple[regex.Match[str], _Line]]:
        """Matches of ``pattern`` that lie inside one body line, with their line."""
        for match in pattern.finditer(self.text):
            line = self.line_at(match.start())
            if line is not None and match.end() <= line.end:
                yield match, line


@attrs.frozen
class _Mention:
    """One place where a program may be named, with the verdict of the evidence there."""

    key: str
    """What mentions of one program share: the name, or the core of a composed name."""
    name: str
    span: Span
    kind: str | None
    accepted: bool
    """Whether the evidence at this place suffices to make a program."""


@attrs.frozen
class _Quote:
    """A pair of quote marks on one line, the opening mark at ``start``, closing before ``end``."""

    start: int
    end: int

    @property
    def inner(self) -> Span:
        return Span(self.start + 1, self.end - 1)


@attrs.frozen
class _Stray:
    """A quote mark without a partner on its line; ``role`` is open, close or either."""

    position: int
    role: str


# --- quote marks ----------------------------------------------------------------------


def _pair_marks(text: str, marks: list[int]) -> tuple[list[_Quote], list[_Stray]]:
    """Pair the quote marks of one line; marks left over are strays (a partner was lost)."""
    quotes: list[_Quote] = []
    strays: list[_Stray] = []
    open_at: dict[str, int] = {}
    symmetric: dict[str, list[int]] = {}
    for position in marks:
        mark = text[position]
        if mark in _OPENERS:
            if mark in open_at:
                strays.append(_Stray(open_at[mark], "open"))
            open_at[mark] = position
        elif mark in _CLOSERS:
            if _CLOSERS[mark] in open_at:
                quotes.append(_Quote(open_at.pop(_CLOSERS[mark]), position + 1))
            else:
                strays.append(_Stray(position, "close"))
        else:
            symmetric.setdefault(mark, []).append(position)
    strays.extend(_Stray(position, "open") for position in open_at.values())
    for positions in symmetric.values():
        index = 0
        while index < len(positions):
            start = positions[index]
            following = positions[index + 1] if index + 1 < len(positions) else None
            if following is not None and _plausible_quote(text[start + 1 : following]):
                quotes.append(_Quote(start, following + 1))
                index += 2
            else:
                strays.append(_Stray(start, "either"))
                index += 1
    quotes.sort(key=lambda quote: quote.start)
    return quotes, sorted(strays, key=lambda stray: stray.position)


def _plausible_quote(inner: str) -> bool:
    """Whether text between two like quote marks reads as one quotation."""
    return 0 < len(inner) <= _MAX_QUOTED * 2 and _CLAUSE_MARK.search(inner) is None


def _groups(text: str, quotes: list[_Quote]) -> list[list[_Quote]]:
    """Quotes side by side (``“A”“B”等``, ``“A”和“B”``) share what stands around them."""
    groups: list[list[_Quote]] = []
    for quote in quotes:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and previous.end <= quote.start
            and text[previous.end : quote.start] in COORDINATORS
        ):
            groups[-1].append(quote)
        else:
            groups.append([quote])
    return groups


def _contrasted(text: str, quotes: list[_Quote]) -> set[int]:
    """Openings of quotes set against each other: ``“A”向“B”``, ``变“A”为“B”``."""
    marked: set[int] = set()
    for left, right in itertools.pairwise(quotes):
        if left.end <= right.start and text[left.end : right.start] in CONTRAST_LINKS:
            marked.update((left.start, right.start))
    return marked


# --- quoted names ---------------------------------------------------------------------


@attrs.frozen
class _Site:
    """A quoted name on its line, with what stands after it and whether a verb leads to it."""

    line: _Line
    quote: _Quote
    window: str
    verb_leads: bool


def _read_quoted(body: _Body, line: _Line, quotes: list[_Quote]) -> Iterator[_Mention]:
    contrast = _contrasted(body.text, quotes)
    for group in _groups(body.text, quotes):
        window = line.window(group[-1].end)
        verb_leads = line.verb_leads(group[0].start)
        for quote in group:
            if quote.start in contrast:
                continue
            site = _Site(line, quote, window, verb_leads)
            if quote is group[-1]:
                spelled = _spelled_out(site)
                if spelled is not None:
                    yield from spelled
                    continue
            mention = _read_quote(site)
            if mention is not None:
                yield mention


def _spelled_out(site: _Site) -> list[_Mention] | None:
    """A quote that spells out a counted formulation or a family; None when it is neither.

    ``“强基础、上位次”六字工作目标`` names ``六字工作目标``; ``“智慧、暖心”两个民政`` names
    ``智慧民政``, ``暖心民政`` and ``两个民政``.
    """
    text, quote, window = site.line.text, site.quote, site.window
    counted = _WORD_COUNT.match(window)
    if counted is not None:
        span = Span(quote.end + counted.start(), quote.end + counted.end())
        return [_Mention(counted.group(), counted.group(), span, FORMULATION, accepted=True)]
    family = _FAMILY.match(window)
    inner = quote.inner
    parts = text[inner.start : inner.end].split("、")
    if (
        family is None
        or len(parts) < 2  # noqa: PLR2004 (a family has members)
        or family.group("head") in KINDS
        or numeral_value(family.group("count")) != len(parts)
        or not all(1 <= len(part) <= 4 and all(map(_is_han, part)) for part in parts)  # noqa: PLR2004
    ):
        return None
    head = family.group("head")
    whole = Span(quote.end, quote.end + family.end())
    mentions = [_Mention(family.group(), family.group(), whole, None, accepted=True)]
    offset = inner.start
    for part in parts:
        span = Span(offset, offset + len(part))
        mentions.append(_Mention(part + head, part + head, span, None, accepted=True))
        offset = span.end + 1
    return mentions


def _read_quote(site: _Site) -> _Mention | None:
    """The quoted name at ``site`` and the verdict of the evidence around it."""
    inner = site.quote.inner
    name = _squash(site.line.text[inner.start : inner.end])
    if not _valid_name(name) or site.window.startswith(LABELLED):
        return None  # not a name, or a label of people (“三无”人员)
    numbered = is_numbered(name)
    if not numbered and _han_count(name) <= _SHORT and "+" not in name:
        return _read_short(site, name)
    marked = numbered or "+" in name or "·" in name
    kind = _kind_after(site.window, _REACH_MARKED if marked else _REACH_PLAIN)
    kind = kind or site.line.kind_before(site.quote.start)
    formulation = _FORMULATION_HEAD.match(site.window) is not None
    own_kind = _own_kind(name)
    if "、" in name:  # an enumeration: a slogan unless counted, kinded or a formulation
        accepted = numbered or kind is not None or formulation
    else:
        accepted = (
            numbered
            or kind is not None
            or formulation
            or own_kind is not None
            or (site.window.startswith(_BUILT) and not name.endswith(_BUILT))
            or (site.verb_leads and len(name) <= _MAX_VERB_ONLY and _LEAD_VERB.search(name) is None)
        )
    kind = kind or own_kind
    if kind is None and (numbered or formulation):
        kind = FORMULATION
    return _Mention(name, name, inner, kind, accepted)


def _own_kind(name: str) -> str | None:
    """The kind a name states in its last word (``天津模式``, ``首问负责制``).

    >>> _own_kind("村务公开平台"), _own_kind("终身寻亲制"), _own_kind("模式"), _own_kind("筑牢防线")
    ('平台', '制度', None, None)
    """
    found = _KIND_AT_END.search(name)
    if found is not None:
        return found.group() if found.start() >= 2 else None  # noqa: PLR2004 (the kind word alone)
    if name.endswith("制") and len(name) >= _SHORT and not name.endswith(NOT_SYSTEMS):
        return "制度"
    return None


def _read_short(site: _Site, name: str) -> _Mention:
    """A word of one to three characters: a label unless a kind follows it closely.

    Inside a noun phrase (``低保家庭财产“豁免”制度``) the phrase is part of the name; its
    mentions share the quoted word as their key, whatever region word leads the phrase.
    """
    line, quote = site.line, site.quote
    kind = _kind_after(site.window, _REACH_SHORT)
    head = next((word for word in NAME_HEADS if site.window.startswith(word)), None)
    start = line.name_start(quote.start, _MAX_PREFIX)
    prefix = "" if start is None else _drop_region(line.text[start : quote.start])
    if len(prefix) < 2:  # noqa: PLR2004 (a word)
        return _Mention(name, name, quote.inner, kind, accepted=kind is not None)
    core = name + (head or "")
    span = Span(quote.start - len(prefix), quote.end + len(head or ""))
    return _Mention("~" + core, prefix + core, span, kind, accepted=kind is not None or head is not None)


def _kind_after(window: str, reach: int) -> str | None:
    """The first kind word in ``window`` (past a leading 等) if it starts within ``reach``."""
    match = _KIND.search(window.removeprefix("等"))
    return match.group() if match is not None and match.start() <= reach else None


# --- damaged quotes -------------------------------------------------------------------


def _read_stray(line: _Line, stray: _Stray) -> tuple[_Mention, Diagnostic] | None:
    """A name beside a quote mark whose partner was lost, if the evidence there is strong."""
    roles = ("close", "open") if stray.role == "either" else (stray.role,)
    for role in roles:
        place = _stray_place(line, stray.position, role)
        if place is None:
            continue
        name = _squash(line.text[place.start : place.end])
        if not _valid_name(name) or _LEAD_VERB.match(name) or _KIND.match(name):
            continue
        numbered = is_numbered(name)
        short = _han_count(name) <= _SHORT and not numbered
        window = line.window(place.end + 1 if role == "close" else place.end)
        kind = _kind_after(window, _REACH_SHORT if short else _REACH_MARKED)
        if not (numbered or kind or (window.startswith(_BUILT) and not short)):
            continue
        kind = kind or (FORMULATION if numbered else None)
        mention = _Mention(name, name, place, kind, accepted=True)
        message = f"a quote mark by {name!r} was lost; the name was read from the surviving mark"
        return mention, Diagnostic("program.quote_lost", message, Span(stray.position, stray.position + 1))
    return None


def _stray_place(line: _Line, position: int, role: str) -> Span | None:
    """Where the name beside a stray mark stands: before a closing mark, after an opening one."""
    if role == "close":
        start = line.name_start(position, _MAX_DAMAGED)
        return Span(start, position) if start is not None and start < position else None
    end = line.name_end(position + 1, _MAX_DAMAGED)
    return Span(position + 1, end) if end is not None and end > position + 1 else None


# --- unquoted names -------------------------------------------------------------------


class _Regions:
    """Stretches of text that do not overlap: quotations, titles in 《》."""

    def __init__(self, regions: Iterable[tuple[int, int]]) -> None:
        self._regions = sorted(regions)
        self._starts = [start for start, _ in self._regions]

    def holds(self, position: int) -> bool:
        """Whether ``position`` lies in one of the stretches."""
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._regions[index][1]


def _read_unquoted(body: _Body, quoted: _Regions) -> Iterator[_Mention]:
    yield from _titled(body, quoted)
    text = body.text
    for match, line in body.matches(_PROPER_CAMPAIGN):
        start = match.start() - 2
        word = text[start : match.start()]
        if (
            start < line.start
            or word in DESCRIPTORS
            or not _NOT_IN_PROPER_NAME.isdisjoint(word)
            or quoted.holds(start)
            or not line.verb_before(start)
        ):
            continue
        name = word + match.group()
        yield _Mention(name, name, Span(start, match.end()), match.group(), accepted=True)
    for match, _ in body.matches(_WORD_COUNT):
        if not quoted.holds(match.start()):
            yield _Mention(match.group(), match.group(), Span(*match.span()), FORMULATION, accepted=True)
    for match, line in body.matches(_COUNT_AFTER_LIST):
        listed = _LIST_BEFORE.search(text, max(line.start, match.start() - _LIST_REACH), match.start())
        if listed is None or listed.end() != match.start():
            continue
        parts, head = listed.group().split("、"), match.group("head")
        if numeral_value(match.group("count")) == len(parts) and all(p.endswith(head) for p in parts):
            name = match.group("name")
            yield _Mention(name, name, Span(*match.span("name")), FORMULATION, accepted=True)
    for match, line in body.matches(_NUMBERED_BEFORE_MARK):
        verb_floor = max(line.start, match.start() - _LONGEST_VERB)
        if _ANY_VERB_AT_END.search(text, verb_floor, match.start()) and not quoted.holds(match.start()):
            yield _Mention(match.group(), match.group(), Span(*match.span()), FORMULATION, accepted=True)


def _titled(body: _Body, quoted: _Regions) -> Iterator[_Mention]:
    """Unquoted campaign titles: ``启动……专项行动``, ``巩固党史学习教育成果``."""
    for match, line in body.matches(_TITLED):
        if quoted.holds(match.start()):
            continue
        start = line.name_start(match.start(), _MAX_TITLED_PREFIX)
        if start is None or (start > line.start and line.text[start - 1] in _QUOTE_CHARS):
            continue  # too long to be a title, or the kind of a quoted name
        prefix = _drop_region(line.text[start : match.start()].rpartition("的")[2])
        if len(prefix) < 2 or any(word in prefix for word in FUNCTION_WORDS):  # noqa: PLR2004 (a word)
            continue
        name = prefix + match.group()
        kind = "行动" if match.group().endswith("行动") else match.group()
        yield _Mention(name, name, Span(match.end() - len(name), match.end()), kind, accepted=True)


# --- putting it together --------------------------------------------------------------


def _read_mentions(body: _Body) -> tuple[list[_Mention], list[Diagnostic]]:
    mentions: list[_Mention] = []
    diagnostics: list[Diagnostic] = []
    titles = _Regions(match.span() for match, _ in body.matches(_TITLE))  # documents, not programs
    closed = [match.span() for match, _ in body.matches(_TITLE)]
    by_line: dict[int, tuple[_Line, list[int]]] = {}
    for match, line in body.matches(_QUOTE_MARK):
        if not titles.holds(match.start()):
            by_line.setdefault(line.start, (line, []))[1].append(match.start())
    for line, marks in by_line.values():
        quotes, strays = _pair_marks(body.text, marks)
        closed.extend((quote.start, quote.end) for quote in quotes)
        if quotes:
            mentions.extend(_read_quoted(body, line, quotes))
        for stray in strays:
            found = _read_stray(line, stray)
            if found is not None:
                mentions.append(found[0])
                diagnostics.append(found[1])
    mentions.extend(_read_unquoted(body, _Regions(closed)))
    return mentions, diagnostics


def _position(mention: _Mention) -> tuple[int, int]:
    return mention.span.start, mention.span.end


class _Taken:
    """Spans already read as mentions, to keep further written mentions off them."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self._spans = sorted(set(spans), key=lambda span: (span.start, span.end))
        self._starts = [span.start for span in self._spans]
        self._longest = max((span.end - span.start for span in self._spans), default=0)

    def overlaps(self, span: Span) -> bool:
        low = bisect.bisect_left(self._starts, span.start - self._longest)
        high = bisect.bisect_left(self._starts, span.end)
        return any(span.overlaps(other) for other in self._spans[low:high])


def _written_mentions(body: _Body, name: str, taken: _Taken) -> Iterator[Span]:
    """Further places a program's name is written, off the mentions already read."""
    position = body.text.find(name)
    while position >= 0:
        span = Span(position, position + len(name))
        if body.holds(span) and not taken.overlaps(span):
            yield span
        position = body.text.find(name, position + 1)


def _programs(context: Context, body: _Body, mentions: list[_Mention]) -> tuple[Program, ...]:
    by_key: dict[str, list[_Mention]] = {}
    for mention in mentions:
        if body.holds(mention.span):
            by_key.setdefault(mention.key, []).append(mention)
    by_name: dict[str, list[_Mention]] = {}  # a composed name may also be quoted whole
    for found in by_key.values():
        if any(mention.accepted for mention in found):
            found.sort(key=_position)
            by_name.setdefault(found[0].name, []).extend(found)
    taken = _Taken(mention.span for found in by_name.values() for mention in found)
    programs = []
    for found in by_name.values():
        found.sort(key=_position)
        first = found[0]
        spans = {mention.span for mention in found}
        if len(first.name) >= 3 and first.key == first.name:  # noqa: PLR2004 (shorter names recur inside words)
            spans.update(_written_mentions(body, first.name, taken))
        programs.append(
            Program(
                name=first.name,
                text=context.text[first.span.start : first.span.end],
                span=first.span,
                kind=next((mention.kind for mention in found if mention.kind), None),
                section=context.section_at(first.span.start),
                mentions=tuple(sorted(spans, key=lambda span: (span.start, span.end))),
            )
        )
    programs.sort(key=lambda program: (program.span.start, program.span.end))
    return tuple(programs)


# --- citations --------------------------------------------------------------------------


def _citations(body: _Body) -> tuple[list[Citation], list[Diagnostic]]:
    text = body.text
    citations: list[Citation] = []
    diagnostics: list[Diagnostic] = []
    titled: list[Span] = []
    for match, line in body.matches(_TITLE):
        end, number = match.end(), None
        after = _TITLE_NUMBER.match(text, end, line.end)
        read = _doc_number(text, after.start("number"), after.end("number")) if after else None
        if after is not None and read is not None and read[0] == Span(*after.span("number")):
            end, number = after.end(), after.group("number")
            if read[1]:
                diagnostics.append(_damaged_number(number, read[0]))
        titled.append(Span(match.start(), end))
        citations.append(Citation(span=titled[-1], title=match.group("title").strip(), doc_number=number))
    for match, line in body.matches(_DOC_NUMBER):
        span = _issued_span(text, match, line.start)
        if any(span.overlaps(other) for other in titled):
            continue
        if text[line.start : line.end].strip() == text[span.start : span.end]:
            continue  # the report's own number, alone on its line under the title: metadata
        number = text[span.start : span.end]
        citations.append(Citation(span=span, doc_number=number))
        if match.group("damaged"):
            diagnostics.append(_damaged_number(number, span))
    citations.sort(key=lambda citation: (citation.span.start, citation.span.end))
    return citations, diagnostics


def _issued_span(text: str, match: regex.Match[str], floor: int) -> Span:
    """A document number with its issuer: ``鄂发`` read back from the bracket, up to four characters.

    Words that only lead to the number are left out: 根据民发〔…〕 and 印发津民发〔…〕 are
    issued by 民发 and 津民发.
    """
    start = match.start()
    while start > max(floor, match.start() - _LONGEST_ISSUER) and _is_han(text[start - 1]):
        start -= 1
    lead_ins = _DOC_LEAD_IN.finditer(
        text, max(floor, start - _LONGEST_LEAD_IN + 1), match.start() - 1, overlapped=True
    )
    start = max([start, *(lead_in.end() for lead_in in lead_ins)])
    while start < match.start() - 1 and text[start] in NOT_ISSUER_START:
        start += 1
    return Span(start, match.end())


def _doc_number(text: str, start: int, end: int) -> tuple[Span, bool] | None:
    """The document number in ``text[start:end]`` with whether it is damaged, or None."""
    for match in _DOC_NUMBER.finditer(text, start, end):
        return _issued_span(text, match, start), bool(match.group("damaged"))
    return None


def _damaged_number(number: str, span: Span) -> Diagnostic:
    message = f"document number {number!r} looks damaged (a bracket or 号 lost); kept as written"
    return Diagnostic("citation.damaged_number", message, span)


def _diagnostic_order(diagnostic: Diagnostic) -> tuple[int, str]:
    return (diagnostic.span.start if diagnostic.span else -1), diagnostic.code


def extract_programs(context: Context) -> ProgramFacts:
    """Programs (once each, with every mention) and citations in the body."""
    body = _Body(context)
    mentions, diagnostics = _read_mentions(body)
    citations, cited = _citations(body)
    return ProgramFacts(
        programs=_programs(context, body, mentions),
        citations=tuple(citations),
        diagnostics=tuple(sorted((*diagnostics, *cited), key=_diagnostic_order)),
    )
