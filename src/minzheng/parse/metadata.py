"""Report metadata: title, kind, agency, publisher, region, dates, numbers, years.

Read from the frame of the report (metadata block, title, byline, signature, see
:mod:`minzheng.parse.layout`), the section tree, and where nothing else says it, the
text itself: a report that names no agency is placed by the place names it mentions
and by how it speaks of itself (``全区民政系统`` is a district bureau).
"""

from __future__ import annotations

import datetime
import itertools
from collections import Counter
from typing import TYPE_CHECKING

import attrs
import regex

from minzheng.model import Diagnostic, Level, Phase, Region, ReportKind, Section, Span
from minzheng.parse import regions
from minzheng.parse.layout import PHASE_PATTERNS, Frame, body_phase, genre_title, read_date, title_phases
from minzheng.parse.structure_words import (
    AGENCY_WORDS,
    ANCHORED_YEARS,
    CITED_AFTER,
    CITING_WORDS,
    ISSUING_VERBS,
    LEAD_IN_KINDS,
    NEWS_CUES,
    NOT_TOWN_STARTS,
    NOTICE_ENDINGS,
    OPENING_REPORTS,
    PAPER_ENDINGS,
    PAST_PERIODS,
    RELATIVE_YEARS,
    REPORTING_ENDINGS,
    SPEECH_ENDINGS,
    STATISTICS_WORDS,
    TOWN_AGENCY_WORDS,
    TOWN_ENDINGS,
    ZONE_NAMES,
)
from minzheng.text.clean import Lines, Zone
from minzheng.text.docnumbers import find_doc_numbers, is_doc_number
from minzheng.text.document import Document
from minzheng.text.numbers import MASK_LETTERS
from minzheng.text.segments import Break, ends, sentence_around
from minzheng.text.view import EDGE, GAP, squeeze, squeezed

if TYPE_CHECKING:
    from collections.abc import Sequence

    from minzheng.parse.sections import Outline

__all__ = ["Metadata", "parse_metadata", "year_value"]


@attrs.frozen
class Metadata:
    """What a report says about itself."""

    title: str | None = None
    """Title, without site prefix, picture mark or interview subtitle."""
    kind: ReportKind = ReportKind.OTHER
    """Genre as written."""
    agency: str | None = None
    """The civil-affairs bureau whose work the report is about."""
    publisher: str | None = None
    """The paper or site that published the report, where it is not the agency."""
    region: Region | None = None
    """The agency's region."""
    published: datetime.date | None = None
    """Publication date."""
    doc_number: str | None = None
    """The report's own document number."""
    index_number: str | None = None
    """The publishing site's index number."""
    review_year: int | None = None
    """Year the report looks back on."""
    plan_year: int | None = None
    """Year the report plans for."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Damaged dates, years that contradict each other."""


# --- word tables (data in structure_words) --------------------------------------------

# Level words a bureau is named by when its region goes without saying (市民政局), and
# what before them makes the name not the report's own (各区民政局, 县市区民政局).
_LEVEL_CHARS = "省市区县州旗"
_NOT_BARE = "各全等省市区县州旗"
# How much of a body is read for the place names that tell where an unnamed agency is:
# a report names its places early and often, and the scan is the costliest step.
_INFER_WINDOW = 20_000
# How many times the header's places count against one in the body.
_HEADER_WEIGHT = 3
# The least score a region needs where only a bureau named by level (市民政局) speaks for it.
_BARE_LEVEL_LEAST = 3
# Digits of a year written in Chinese numerals (二〇二三年).
_CN_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")

# --- patterns ------------------------------------------------------------------------

_INDEX_NUMBER = regex.compile(r"[A-Za-z0-9][A-Za-z0-9/\-_.]{5,40}")
_YEAR_NUMBER = r"(?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2}"
# A year and the words after it, up to a comma or the next year: 2020年工作情况, 二〇二一年工作思路.
# Years of a range (2021—2025年) belong to no one year. Year patterns read the squeezed
# view (``2020 年`` reads ``2020年``: :func:`minzheng.text.view.squeezed`).
_RANGE = r"[-—–~～至到]"
_YEAR = regex.compile(
    rf"(?<![\d〇零一二三四五六七八九])(?<!(?:{_YEAR_NUMBER})年?{_RANGE})(?P<year>{_YEAR_NUMBER})"
    rf"(?!年?{_RANGE}(?:{_YEAR_NUMBER}))(?:年度?|(?=[上下]半年))"
    rf"(?P<rest>(?:(?!{_YEAR_NUMBER})[^，,。；;、《》]){{0,12}})"
)
_OPENING_YEAR = regex.compile(
    rf"{EDGE}(?:(?P<year>{_YEAR_NUMBER})年|(?P<this>今年))(?:[,，]|以来|是|来|度|上半年|前三季度)"
)
# Where a title's clauses part: 2023年上半年工作总结|及|下半年工作计划, and before a word
# that counts its year (…工作总结|下半年工作计划); connectors only, not the same characters
# inside a word (共和国, 和谐, 及时, 参与).
_CLAUSE_BREAK = regex.compile(
    r"(?V1)以及|及(?!时)|(?<!共)和(?![谐睦美])|暨|(?<!参)与|并|(?=下半年|明年|下一年|来年)"
)
# A year a template or a site masked (xx年, XXXX年): no year counts from it.
_MASKED_YEAR = regex.compile(rf"[{MASK_LETTERS}]{{2,4}}年")
# The year from which announced levels take effect: 自2020年4月1日起, 2014年1月起.
_EFFECTIVE = regex.compile(
    rf"(?:自|从|于)?(?P<year>{_YEAR_NUMBER})年\d{{1,2}}月(?:\d{{1,2}}日)?(?:起|开始)"
)
# A year in the lead of a news story, after the words that open it: …了解到,2017年该会全年累计….
_LEAD_YEAR = regex.compile(rf"[,，](?P<year>{_YEAR_NUMBER})年(?P<rest>[^，,。]{{0,16}})")
_LOOKED_BACK = regex.compile(r"全年|累计|共计|共")
_ANNOUNCED = regex.compile(r"标准|提高|调整|提标")
_IN_FORCE = regex.compile(r"施行|执行|实施")
# What a line needs to hold for a year it gives to take effect: a word that starts it.
_EFFECTIVE_CUE = regex.compile(r"起|开始")
_PAST_PERIOD = regex.compile(
    "|".join(PAST_PERIODS) + r"|第?[一二三四1-4]季度|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月"
)
_STATISTICS = regex.compile("|".join(STATISTICS_WORDS))
_NEWS_CUE = regex.compile("|".join(NEWS_CUES))
_LEAD_IN_KIND = regex.compile(
    rf"现将[^。！？\n]{{0,40}}?(?P<genre>{'|'.join(LEAD_IN_KINDS)})(?:如下)?|(?:具体|现)(?P<genre>总结|汇报)如下"
)
_LEAD_IN_WINDOW = 1500
_LEAD_IN_LENGTH = 60
# How much of a body's end is read for a closing byline or a story's 原标题.
_CLOSING_WINDOW = 300
_NEXT_YEAR = regex.compile(r"下一年|明年|来年|新的一年")
_TITLE_YEAR = regex.compile(rf"(?:{_YEAR_NUMBER})年度?")
# How far into a title a place name may reach and still open it.
_TITLE_PLACE = 12
_YEARS_WORK = regex.compile(rf"(?:{_YEAR_NUMBER})年度?[^，,。：:]{{0,16}}工作")
_RELATIVE_YEAR = regex.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
# A bureau named by its level alone at the head of a title: 县民政局2022年工作总结.
_OWN_LEVEL = regex.compile(r"(?:关于)?(?P<level>[省市区县州旗])民政[局厅]")
_MASK = f"[{MASK_LETTERS}*＊_]"
# A placeholder for a bureau's name: XX县民政局, ××市民政局, 某某区民政局.
_PLACEHOLDER_AGENCY = regex.compile(
    rf"(?:{_MASK}(?:[ \t]?{_MASK}){{0,3}}|某{{1,2}}|〇〇)[ \t]?[省市区县州旗盟]?民政[局厅]"
)
_SCOPE = regex.compile(r"全(?P<scope>[省市区县州旗])(?:各级)?民政")
_AGENCY = regex.compile(f"(?:{'|'.join(AGENCY_WORDS)}|(?P<town>{'|'.join(TOWN_AGENCY_WORDS)}))(?!门)")
_CITING = regex.compile("|".join(CITING_WORDS))
_CLAUSE_MARK = ends(at_least=Break.CLAUSE)
# A township or street named after a county (舞钢市矿建街道): read from its ending back.
_TOWN_STEM = 2
# The length of a region name of one character and its ending (和县, 成县).
_SHORT_NAME = 2
# How far before a cited document's 《 its issuers may be named (民政部等10部门《…》).
_CITED_REACH = 12
_TOWN_WINDOW = 30
# Civil affairs named, not the 民政 inside 人民政府.
_CIVIL_AFFAIRS = regex.compile(r"民政(?![府策协治权党务])")
"""The word 民政, not 民 ending one word before 政 begins another (人民政府, 惠民政策, 人民政协)."""
_CIVIL_AFFAIRS_LEAST = 3
"""Mentions of 民政 that make any unnamed text a bureau's own."""
_CIVIL_AFFAIRS_EVERY = 2000
"""Characters of body per mention of 民政 a shorter text needs: a short news item names the
bureau once, a long text that names it once or twice mentions it in passing (a government's
report naming the bureau as the lead of one task, ``牵头单位：民政厅``)."""
_INNER_TITLE = regex.compile(r"《(?P<title>[^《》]{2,60})》")
_HAN = regex.compile(r"\p{Han}")
_HANS = regex.compile(r"\p{Han}+")
_INTERVIEW_SUBTITLE = regex.compile(r"^访")
_SENTENCE_END = ends(Break.SENTENCE)
# A paper's lead: 本报讯, 本报记者, 本报长沙10月10日讯, 新华社北京3月1日电; read in the
# squeezed view (记者 王某 报道 reads 记者王某报道).
_NEWS_LEAD = regex.compile(
    r"本报讯|本报记者|记者\p{Han}{2,4}报道"
    r"|(?:本报|新华社|中新社|中新网)\p{Han}{0,8}?\d{1,2}月\d{1,2}日[电讯]"
    r"|据\p{Han}{2,10}讯"
    r"|[（(]记者\p{Han}{2,4}"
    r"|记者从\p{Han}{2,24}?获悉"
    r"|原标题[:：]"
)
# The leads that a gap shows, read in the text: a site's lead before a space or a
# parenthesis (映象网平顶山讯 记者…), a closing byline of a name and a reporter （某某县民政局 王某）.
_LAID_OUT_LEAD = regex.compile(
    r"(?<=\p{Han})(?:网|报|台)(?:\p{Han}{2,3})?讯(?=[\s（(\d]|$)"
    rf"|[（(]\p{{Han}}{{2,14}}{GAP}\p{{Han}}{{2,3}}[）)]{EDGE}$",
    regex.MULTILINE,
)


def year_value(written: str) -> int:
    """A year written in Arabic or Chinese digits.

    >>> year_value("2023"), year_value("二〇二三"), year_value("一九九九")
    (2023, 2023, 1999)
    """
    return int(written.translate(_CN_YEAR_DIGITS))


# --- agency and region -----------------------------------------------------------------


def _region_chain(text: str, end: int) -> tuple[str, ...]:
    """The region names written right before ``end``, outermost first (成都市新津区).

    A two-character name stands only on a word boundary: ``县财政局和县民政局`` names no 和县.
    """
    chain: list[str] = []
    position = end
    while position > 0:
        for length in range(min(10, position), 1, -1):
            name = text[position - length : position]
            if regions.is_full_name(name):
                if (
                    length == _SHORT_NAME
                    and position - length > 0
                    and not chain_may_follow(text[position - length - 1])
                ):
                    continue
                chain.insert(0, name)
                position -= length
                break
        else:
            break
    return tuple(chain)


def chain_may_follow(char: str) -> bool:
    """Whether a two-character region name may stand after ``char``: not after a word it would end."""
    return not _HAN.match(char) or char in _LEVEL_CHARS + "盟"


def _cited(text: str, start: int, end: int) -> bool:
    """Whether a body is named as the issuer of a document the text cites (根据通辽市民政局《关于…》)."""
    clause = _CLAUSE_MARK.search(text, max(0, start - 40), start)
    begin = max(0, start - 40)
    for found in _CLAUSE_MARK.finditer(text, begin, start):
        clause = found
    opening = clause.end() if clause else begin
    document = text.find("《", end, end + _CITED_REACH)
    issuer = document >= 0 and _CLAUSE_MARK.search(text, end, document) is None
    return _CITING.search(text, opening, start) is not None or text.startswith(CITED_AFTER, end) or issuer


def _town(text: str, start: int) -> tuple[tuple[str, ...], str] | None:
    """The township or street named right before ``start`` (四铺镇民政办), with the regions before it.

    Its name is its county's full name and a stem (舞钢市矿建街道), or a two-character stem
    standing alone (四铺镇 at a sentence's start); a generic word (乡镇, 城镇) names none.
    """
    for ending in TOWN_ENDINGS:
        if not text.endswith(ending, 0, start):
            continue
        stem_end = start - len(ending)
        for length in range(_TOWN_STEM, _TOWN_STEM + 2):
            begin = stem_end - length
            stem = text[begin:stem_end]
            if (
                begin < 0
                or not _HANS.fullmatch(stem)
                or stem.startswith(NOT_TOWN_STARTS)
                or stem[-1] in "乡城集村"
            ):
                break
            chain = _region_chain(text, begin)
            if chain:
                return chain, stem + ending
            if length == _TOWN_STEM and (begin == 0 or not _HAN.match(text, begin - 1)):
                return (), stem + ending
    return None


def _town_named(text: str, ending: str) -> tuple[tuple[str, ...], str] | None:
    """A township or street of this ending named after its county anywhere in ``text`` (舞钢市矿建街道)."""
    for found in regex.finditer(rf"\p{{Han}}{{{_TOWN_STEM}}}{ending}", text):
        chain = _region_chain(text, found.start())
        if chain and not found.group().startswith(NOT_TOWN_STARTS):
            return chain, found.group()
    return None


def _town_agency(text: str, match: regex.Match[str]) -> tuple[str, tuple[str, ...]] | None:
    """A township's or street's own bureau: 四铺镇民政办; 街道民政所 with its street named elsewhere."""
    town = _town(text, match.start())
    if town is None:
        for ending in TOWN_ENDINGS:
            if text.endswith(ending, 0, match.start()):
                town = _town_named(text, ending)
                break
    if town is None:
        return None
    chain, name = town
    return "".join(chain) + name + match.group(), (*chain, name)


_Agencies = tuple[list[tuple[str, tuple[str, ...]]], Counter[str]]
"""What :func:`_agencies` finds: the bodies named with their region, and the bare levels counted."""


def _agencies(text: str, *, own: bool = False) -> _Agencies:
    """Civil-affairs bodies named with their region, and bureaus named by level alone.

    ``天津市民政局`` gives (``天津市民政局``, (``天津市``,)); ``由市民政局牵头`` counts one
    bare ``市``: a report names its own bureau so. A body named as the issuer of a cited
    document is not counted; a township's bureau has its township last in the chain; a
    development zone's (高新区民政局) is kept as written, with no region. In the page's
    ``own`` words (a title, an issuer field) every body named is the writer.
    """
    found = []
    bare: Counter[str] = Counter()
    for match in _AGENCY.finditer(text):
        if not own and _cited(text, match.start(), match.end()):
            continue
        if match["town"] is not None:
            town = _town_agency(text, match)
            if town is not None:
                found.append(town)
            continue
        chain = _region_chain(text, match.start())
        zone = next((z for z in ZONE_NAMES if text.endswith(z, 0, match.start())), None)
        if chain:
            found.append(("".join(chain) + match.group(), chain))
        elif match.group() == "民政部":
            found.append(("民政部", ()))
        elif zone is not None and not _HAN.match(text, match.start() - len(zone) - 1):
            found.append((zone + match.group(), ()))
        else:
            level = text[max(0, match.start() - 2) : match.start()]
            if len(level) == 2 and level[1] in _LEVEL_CHARS and level[0] not in _NOT_BARE:  # noqa: PLR2004 (two characters)
                bare[level[1]] += 1
    return found, bare


def _most_named(agencies: _Agencies) -> tuple[str, tuple[str, ...]] | None:
    """The agency a text names most (its ``agencies``), a bare ``市民政局`` counting for the 市 among them."""
    found, bare = agencies
    named = Counter(found)
    if not named:
        return None
    return max(named, key=lambda item: named[item] + (bare[item[1][-1][-1]] if item[1] else 0))


def _region_of(chain: tuple[str, ...], body: str) -> Region | None:
    """The region of an agency's chain; a township's (四铺镇) with the regions written before it."""
    if not chain:
        return None
    if regions.is_full_name(chain[-1]):
        return regions.resolve(chain[-1], body)
    above = regions.resolve(chain[-2], body) if len(chain) > 1 else None
    parents = (*above.parents, above.name) if above is not None else ()
    return Region(chain[-1], None, parents)


def _agency_of(name: str | None) -> tuple[str, tuple[str, ...]] | None:
    """An agency named in a field or line, if it is a civil-affairs body with its region."""
    if not name:
        return None
    named, _ = _agencies(name, own=True)
    return named[0] if named else None


def _agency_for(region: Region) -> str:
    """The usual name of a region's civil-affairs bureau: 民政厅 for a province, else 民政局.

    >>> _agency_for(Region("四川省", Level.PROVINCE)), _agency_for(Region("天津市", Level.PROVINCE))
    ('四川省民政厅', '天津市民政局')
    """
    if region.level is Level.PROVINCE and not region.name.endswith("市"):
        return region.name + "民政厅"
    return region.name + "民政局"


_JOINED_LINES = 1024
"""Lines joined at a time into the body's text: a list of every line's text would outgrow it."""


def _body_text(text: str, body: Lines) -> str:
    r"""The body's lines, one a line.

    >>> from minzheng.text.clean import classify
    >>> _body_text("正文一\n\n正文二", classify("正文一\n\n正文二").only(Zone.BODY))
    '正文一\n正文二'
    """
    lines = zip(body.starts, body.ends, strict=True)
    batches = []
    while batch := list(itertools.islice(lines, _JOINED_LINES)):
        batches.append("\n".join(text[begin:end] for begin, end in batch))
    return "\n".join(batches)


def _frame_names(frame: Frame) -> list[str]:
    """The header's own words that may name the agency: issuer, signature, title, subtitle."""
    names = [
        frame.field("issuer"),
        frame.signature.agency if frame.signature else None,
        frame.title,
        frame.subtitle,
        frame.byline_source,
    ]
    return [name for name in names if name]


def _own_level(frame: Frame) -> str | None:
    """The level a title names its own bureau by where it gives no place: 县民政局… -> 县.

    >>> _own_level(Frame(title="县民政局2022年工作总结")), _own_level(Frame(title="各县民政局"))
    ('县', None)
    """
    for name in (frame.title, frame.subtitle):
        match = _OWN_LEVEL.match(squeezed(name)) if name else None
        if match:
            return match["level"]
    return None


def _fits(chain: tuple[str, ...], body: str, level: str | None) -> bool:
    """Whether a named agency's region stands at the level the title names.

    A county's report that cites its city's bureau is still the county's.
    """
    if level is None or not chain:
        return True
    region = regions.resolve(chain[-1], body)
    return region is not None and region.level in regions.SCOPE_LEVELS.get(level, frozenset())


def _find_agency(body: str, frame: Frame) -> tuple[str | None, Region | None]:
    """The agency and its region, from the most to the least direct place that names it."""
    header = _frame_names(frame)
    named = next((found for found in map(_agency_of, header) if found is not None), None)
    level = _own_level(frame)
    in_body: _Agencies | None = None  # read once: the window below is most bodies whole
    if named is None:
        in_body = _agencies(body)
        named = _most_named(in_body)
        if named is not None and not _fits(named[1], body, level):
            named = None
    if named is not None:
        agency, chain = named
        return agency, _region_of(chain, body)
    scope = Counter(m["scope"] for m in _SCOPE.finditer(body))
    if not scope and not _about_civil_affairs(body, header):
        return None, None
    if in_body is None or len(body) > _INFER_WINDOW:
        in_body = _agencies(body[:_INFER_WINDOW])
    _, bare = in_body  # bureaus named by their level alone (市民政局), in the body's first window
    places = "\n".join([*header, *filter(None, (frame.byline_source, frame.site))])
    placed = next(regions.find_regions(places), None) is not None
    if scope:
        level = scope.most_common(1)[0][0]
    elif level is None:
        level = bare.most_common(1)[0][0] if bare else None
    if level is None and not placed:
        return None, None  # no word says which body speaks, nor where: no place is guessed
    # The header's places count with the body's, and more: a page's title, site or source
    # names its own place (a local paper, 济南日报, names its city). A bureau named by its
    # level alone, with nothing else to go by, needs more than one mention of a place.
    least = 1 if scope or placed else _BARE_LEVEL_LEAST
    region = regions.infer_region(
        "\n".join([places] * _HEADER_WEIGHT + [body[:_INFER_WINDOW]]),
        regions.SCOPE_LEVELS.get(level) if level else None,
        ending=None if scope or level is None else level,
        least=least,
    )
    if region is None:
        return None, None
    return _agency_for(region), region


def _about_civil_affairs(body: str, header: Sequence[str]) -> bool:
    """Whether a text that names no bureau is a civil-affairs text: its header says 民政, or its body often.

    >>> _about_civil_affairs("近日，民政部门提高城乡低保标准。", [])
    True
    >>> _about_civil_affairs("各项惠民政策落地，" * 400 + "养老服务（牵头单位：民政厅）。", [])
    False
    """
    if any(_CIVIL_AFFAIRS.search(name) for name in header):
        return True
    least = min(_CIVIL_AFFAIRS_LEAST, -(-len(body) // _CIVIL_AFFAIRS_EVERY))
    mentions = itertools.islice(_CIVIL_AFFAIRS.finditer(body), least)
    return least > 0 and sum(1 for _ in mentions) >= least


def _title_region(title: str | None, body: str) -> Region | None:
    """The region a title opens with (南宁市正式建立…, 2020年某县…): what the text is about.

    >>> _title_region("南宁市正式建立高龄津贴制度", "").name
    '南宁市'
    >>> _title_region("学习借鉴南宁市经验", "") is None
    True
    """
    if not title:
        return None
    view = squeeze(title)
    opening = _TITLE_YEAR.match(view.text)
    at = view.to_text(0, opening.end())[1] if opening else 0
    found = next(regions.find_regions(title, at, at + _TITLE_PLACE), None)
    if found is None or found.span.start != at:
        return None
    return regions.resolve(found.name, body) if found.full else next(iter(regions.lookup(found.name)), None)


def _placeholder(text: str, frame: Frame) -> Diagnostic | None:
    """A diagnostic where the header names the bureau by a placeholder (XX县民政局)."""
    if not any(_PLACEHOLDER_AGENCY.search(name) for name in _frame_names(frame)):
        return None
    found = _PLACEHOLDER_AGENCY.search(text, 0, frame.body_start) or _PLACEHOLDER_AGENCY.search(text)
    span = Span(found.start(), found.end()) if found else None
    written = found.group() if found else "a placeholder"
    reason = f"the agency is named {written!r}: no name to keep"
    return Diagnostic("metadata.agency_placeholder", reason, span)


# --- kind and years --------------------------------------------------------------------


def _issued_titles(title: str) -> list[str]:
    """The 《…》 a notice issues: 关于印发《2012年民政工作要点》的通知."""
    if not title.endswith(NOTICE_ENDINGS) or not any(verb in title for verb in ISSUING_VERBS):
        return []
    return [m["title"] for m in _INNER_TITLE.finditer(title)]


def _is_paper(name: str | None) -> bool:
    return bool(name) and str(name).endswith(PAPER_ENDINGS)


def _by_phases(phases: frozenset[Phase]) -> ReportKind | None:
    """The kind of a report that states these phases, None where it states none."""
    if len(phases) == 2:  # noqa: PLR2004 (both phases)
        return ReportKind.SUMMARY_AND_PLAN
    if phases:
        return ReportKind.WORK_PLAN if Phase.PLAN in phases else ReportKind.WORK_SUMMARY
    return None


def _genre(body: str, frame: Frame, outline: Outline) -> ReportKind | None:
    """The kinds the form of a text decides, whatever it covers: interview, news, speech, statistics."""
    subtitle = frame.subtitle or ""
    if len(outline.turns) >= 2 or _INTERVIEW_SUBTITLE.match(subtitle):  # noqa: PLR2004 (a question and an answer)
        return ReportKind.INTERVIEW
    if _is_paper(frame.byline_source) or _is_paper(frame.paper) or _news_lead(body):
        return ReportKind.NEWS
    title = frame.title or ""
    if title.endswith(SPEECH_ENDINGS) or _STATISTICS.search(title):
        return ReportKind.OTHER
    return None


def _news_lead(body: str) -> bool:
    """Whether a story's lead (本报讯, 某某网讯) opens the body, or its byline or 原标题 closes it."""
    opening = body[:_LEAD_IN_WINDOW]
    if _NEWS_LEAD.search(squeezed(opening)) or _LAID_OUT_LEAD.search(opening):
        return True
    if len(body) <= _LEAD_IN_WINDOW:
        return False
    closing = len(body) - _CLOSING_WINDOW
    return _NEWS_LEAD.search(squeezed(body[closing:])) is not None or (
        _LAID_OUT_LEAD.search(body, closing) is not None
    )


def _lead_in(body: str) -> ReportKind | None:
    """The kind a body's lead-in names: 现将…总结如下 a summary (and plan, where it names one).

    …公告如下 makes a notice.
    """
    found = _LEAD_IN_KIND.search(body, 0, _LEAD_IN_WINDOW)
    if found is None:
        return None
    if LEAD_IN_KINDS[found["genre"]] == "notice":
        return ReportKind.NOTICE
    closing = body.find("如下", found.start(), found.start() + _LEAD_IN_LENGTH)
    lead = body[found.start() : closing if closing >= 0 else found.end()]
    planned = PHASE_PATTERNS[Phase.PLAN].search(lead) is not None
    return ReportKind.SUMMARY_AND_PLAN if planned else ReportKind.WORK_SUMMARY


def _reported(body: str, frame: Frame, outline: Outline) -> bool:
    """Whether a text without a genre title reads as a news story.

    A headline over a byline, sub-heads or reporting words (据了解, 日前, 获悉); with no
    title at all, reporting words alone.
    """
    if frame.title and genre_title(frame.title):
        return False
    if _NEWS_CUE.search(body, 0, _LEAD_IN_WINDOW):
        return True
    if not frame.title:
        return False
    subheads = sum(1 for s in outline.sections if s.number is None and s.ordinal is None)
    return frame.byline_date is not None or subheads >= 2  # noqa: PLR2004 (a set of sub-heads)


def _kind(body: str, frame: Frame, outline: Outline) -> ReportKind:  # noqa: PLR0911 (a return per source)
    """The genre, most direct evidence first: form, title, lead-in, reporting, sections, tense."""
    genre = _genre(body, frame, outline)
    if genre is not None:
        return genre
    title = frame.title or ""
    issued = _issued_titles(title)
    by_title = _by_phases(frozenset().union(*map(title_phases, issued)) if issued else title_phases(title))
    if by_title is not None:
        return by_title
    if title.endswith(NOTICE_ENDINGS):
        return ReportKind.NOTICE
    lead_in = _lead_in(body)
    if lead_in is not None:
        return lead_in
    if _reported(body, frame, outline):
        return ReportKind.NEWS
    top = frozenset(s.phase for s in outline.sections if s.phase is not None)
    if _closing_plan(outline.sections):
        top = frozenset(Phase)
    by_sections = _by_phases(top)
    if by_sections is not None:
        return by_sections
    # A text is read for its tense where no title gives its genre, where the title only
    # names a year's work (2015年乡镇民政工作), or is a report of no phase (…的工作报告),
    # which can only look back.
    read = not title or _YEARS_WORK.fullmatch(squeezed(title))
    phase = body_phase(body) if read or title.endswith(REPORTING_ENDINGS) else None
    if not read and phase is Phase.PLAN:
        phase = None  # a report looks back; one that reads ahead is a plan by its title or none
    return _by_phases(frozenset({phase} if phase else ())) or ReportKind.OTHER


def _closing_plan(sections: tuple[Section, ...]) -> bool:
    """Whether the plan comes only at the end, after sections that state no phase.

    That is the layout of a summary that closes on its next steps (一、… 二、…
    三、下一步工作打算). A plan opens with its plan sections or states a phase nowhere; its unphased tail
    (保障措施) follows the plan sections.
    """
    phases = [section.phase for section in sections]
    if Phase.PLAN not in phases or Phase.REVIEW in phases:
        return False
    first = phases.index(Phase.PLAN)
    return first >= 2 and all(phase is Phase.PLAN for phase in phases[first:])  # noqa: PLR2004 (sections before it)


def _phase_of_words(rest: str) -> Phase | None:
    """The phase a year's following words name: 2020年工作情况 review, 2021年工作思路 plan."""
    review = PHASE_PATTERNS[Phase.REVIEW].search(rest) is not None
    plan = PHASE_PATTERNS[Phase.PLAN].search(rest) is not None
    if review == plan:
        return None
    return Phase.REVIEW if review else Phase.PLAN


def _default_phase(kind: ReportKind) -> Phase | None:
    if kind is ReportKind.WORK_PLAN:
        return Phase.PLAN
    if kind in {ReportKind.WORK_SUMMARY, ReportKind.NEWS, ReportKind.SUMMARY_AND_PLAN}:
        return Phase.REVIEW
    return None


@attrs.frozen
class _Vote:
    year: int
    phase: Phase
    weight: int
    span: Span | None


def _relative_year(clause: str, anchor: int | None, published: datetime.date | None) -> int | None:
    """The year a clause without one counts to.

    下半年 counts from the title's year only; 今年, 去年, 明年 from the date of writing (明年,
    undated, from the title's year).
    """
    found = _RELATIVE_YEAR.search(clause)
    if found is None:
        return None
    offset = RELATIVE_YEARS[found.group()]
    if found.group() in ANCHORED_YEARS:
        base = anchor  # a site's posting date is no year for 下半年 to count from
    else:
        base = published.year if published else (anchor if offset > 0 else None)
    return None if base is None else base + offset


def _years_in(text: str) -> list[regex.Match[str]]:
    """The years written in ``text``, read in its squeezed view, with the words after each.

    A bare year counts for the half-year after it only where the two touch in the text:
    set apart by a space (``2018 上半年…总结 3 篇``) they are a document site's heading.

    >>> [m["year"] for m in _years_in("2020 年 工作总结，2021上半年")], _years_in("2018 上半年")
    (['2020', '2021'], [])
    """
    view = squeeze(text)
    cut = set(view.cuts(0, len(view.text)))
    return [
        match
        for match in _YEAR.finditer(view.text)
        if view.text[match.end("year") : match.end("year") + 1] == "年" or match.end("year") not in cut
    ]


def _title_votes(title: str, kind: ReportKind, published: datetime.date | None) -> list[_Vote]:
    """Years of the title, clause by clause.

    A year's phase is read from the words after it, else it is the report's one phase (the
    year a notice's past period or a statistics table reports is reviewed); a clause that
    counts its year (下半年工作计划, 明年工作打算) counts from the title's year or the
    publication date, and from no year where the title's year is masked (xx年).
    """
    votes = []
    default = _default_phase(kind)
    anchor: int | None = None
    flat = squeezed(title)
    masked = _MASKED_YEAR.search(flat) is not None
    for clause in _CLAUSE_BREAK.split(title):
        years = _years_in(clause)
        for match in years:
            if any(word in clause[match.end("year") :] for word in OPENING_REPORTS):
                anchor = year_value(match["year"])
                votes += [_Vote(anchor, Phase.PLAN, 3, None), _Vote(anchor - 1, Phase.REVIEW, 3, None)]
                continue
            phase = _phase_of_words(match["rest"])
            # A bare year in a title is the report's one year; a summary-and-plan names two.
            if phase is None and kind is not ReportKind.SUMMARY_AND_PLAN:
                phase = default or _reported_year(flat, match["rest"])
            anchor = year_value(match["year"])
            if phase is not None:
                votes.append(_Vote(anchor, phase, 3, None))
        if years or (masked and anchor is None):
            continue
        words = squeezed(clause)
        year = _relative_year(words, anchor, published)
        phase = _phase_of_words(words)
        if year is not None and phase is not None:
            votes.append(_Vote(year, phase, 3, None))
    return votes


def _reported_year(title: str, rest: str) -> Phase | None:
    """The phase of a title's year in a text of no phase: review where a table or past period reports it."""
    return Phase.REVIEW if _STATISTICS.search(title) or _PAST_PERIOD.match(rest) else None


def _effective_votes(text: str, body: Lines, kind: ReportKind) -> list[_Vote]:
    """In an announcement, the year new levels or rules take effect (自2020年4月1日起) is the plan year.

    Only where the sentence names a level or a raise, or the date puts a rule in force
    (起施行): a review that mentions a measure begun next January plans nothing.
    """
    if kind not in {ReportKind.NEWS, ReportKind.NOTICE}:
        return []
    votes = []
    for begin, end in zip(body.starts, body.ends, strict=True):
        if _EFFECTIVE_CUE.search(text, begin, end) is None:
            continue  # no line without a start word is squeezed
        view = squeeze(text, begin, end)
        for match in _EFFECTIVE.finditer(view.text):
            sentence = sentence_around(text, view.span(*match.span()))
            announced = _ANNOUNCED.search(text, sentence.start, sentence.end) or _IN_FORCE.match(
                view.text, match.end()
            )
            if announced:
                votes.append(_Vote(year_value(match["year"]), Phase.PLAN, 2, None))
    return votes


def _heading_votes(text: str, sections: tuple[Section, ...]) -> list[_Vote]:
    """Years of top-level headings, with the phase the heading states or inherits."""
    votes = []
    for section in sections:
        at = text.find(section.heading, section.span.start, section.span.end)
        heading = Span(section.span.start, at + len(section.heading)) if at >= 0 else None
        for match in _years_in(section.heading):
            phase = _phase_of_words(match["rest"]) or section.phase
            if phase is not None:
                votes.append(_Vote(year_value(match["year"]), phase, 2, heading))
    return votes


def _opening_votes(
    text: str, body: Lines, kind: ReportKind, published: datetime.date | None, title_end: int = 0
) -> list[_Vote]:
    """The year an opening sentence starts with.

    ``2022年,全区民政系统…``; in a dated text, ``今年以来``.
    """
    default = _default_phase(kind)
    for line_start, end in zip(body.starts, body.ends, strict=True):
        # A title run into the first line (某局的工作报告 2023年,…): the opening follows it.
        begin = title_end if line_start < title_end < end else line_start
        first = _SENTENCE_END.search(text, begin, end)
        if first:
            match = _OPENING_YEAR.match(squeeze(text, begin, end).text)
            lead = _LEAD_YEAR.search(squeeze(text, begin, first.start()).text)
            if match is None and default is not None and lead and _LOOKED_BACK.search(lead["rest"]):
                return [_Vote(year_value(lead["year"]), default, 1, None)]
            if match is None or default is None:
                return []
            if match["year"]:
                return [_Vote(year_value(match["year"]), default, 1, None)]
            return [_Vote(published.year, default, 1, None)] if published else []
    return []


def _years(  # noqa: PLR0913 (the places years are read from)
    text: str,
    body: Lines,
    frame: Frame,
    outline: Outline,
    *,
    kind: ReportKind,
    published: datetime.date | None,
) -> tuple[int | None, int | None, list[Diagnostic]]:
    """The review and plan years, read from the whole: title, headings, opening sentence.

    Each place votes, the title most strongly, so that one heading's typo
    (``一、关于2021年工作情况`` in a review of 2020) is outvoted and reported. Words that
    count years (今年, 下半年, 明年) are read only in the title and the opening sentence,
    from the title's own year or the publication date; an interview's years are its
    speakers', not its own, so only its title votes.
    """
    votes = _title_votes(frame.title or "", kind, published)
    if kind is not ReportKind.INTERVIEW:
        votes += _heading_votes(text, outline.sections)
        title_end = frame.title_span.end if frame.title_span else 0
        votes += _opening_votes(text, body, kind, published, title_end)
        votes += _effective_votes(text, body, kind)
    chosen: dict[Phase, int] = {}
    for phase in Phase:
        tally: Counter[int] = Counter()
        for vote in votes:
            if vote.phase is phase:
                tally[vote.year] += vote.weight
        if tally:
            chosen[phase] = tally.most_common(1)[0][0]
    diagnostics = [
        Diagnostic(
            "metadata.year_conflict",
            f"a heading reads {vote.year} for the {vote.phase.value} year; the report as a whole reads"
            f" {chosen[vote.phase]}",
            vote.span,
        )
        for vote in votes
        if vote.span is not None and chosen.get(vote.phase) not in {None, vote.year}
    ]
    if (
        kind is ReportKind.SUMMARY_AND_PLAN
        and Phase.REVIEW in chosen
        and Phase.PLAN not in chosen
        and _NEXT_YEAR.search(frame.title or "")
    ):
        chosen[Phase.PLAN] = (
            chosen[Phase.REVIEW] + 1
        )  # 工作总结及下一年工作打算: the year after the one reviewed
    return chosen.get(Phase.REVIEW), chosen.get(Phase.PLAN), diagnostics


# --- the rest --------------------------------------------------------------------------


def _doc_number(text: str, lines: Lines, frame: Frame) -> str | None:
    """The 文号 field, else a number line right under the title."""
    field = frame.field("doc_number")
    if field and any(not found.damaged for found in find_doc_numbers(field)):
        return field.strip()
    if frame.title_span is None:
        return None
    end = frame.title_span.end
    rows = lines.from_position(end).rows()
    following = ((begin, stop) for begin, stop, zone in rows if zone is not Zone.BLANK)
    for begin, stop in itertools.islice(following, 2):
        line = text[begin:stop].strip()
        if is_doc_number(line):
            return line
    return None


def _published(frame: Frame) -> datetime.date | None:
    for key in ("published", "issued", "written"):
        value = frame.field(key)
        if value:
            found = read_date(value)[0]
            if found is not None:
                return found
    if frame.byline_date is not None:
        return frame.byline_date
    return frame.signature.date if frame.signature else None


def parse_metadata(document: Document, frame: Frame, outline: Outline) -> Metadata:
    """Read the metadata of a report from its lines, frame and section tree."""
    text, lines = document.text, document.lines
    body_lines = lines.from_position(frame.body_start).only(Zone.BODY)
    body = _body_text(text, body_lines)
    kind = _kind(body, frame, outline)
    placeholder = _placeholder(text, frame)
    agency, region = (None, None) if placeholder else _find_agency(body, frame)
    if region is None and placeholder is None:
        region = _title_region(frame.title, body)
    publisher = frame.byline_source or frame.paper or frame.field("issuer")
    if publisher is not None and (publisher == agency or _CIVIL_AFFAIRS.search(publisher)):
        publisher = None  # the agency published its own report
    index_number = frame.field("index_number")
    if index_number and not _INDEX_NUMBER.fullmatch(index_number):
        index_number = None
    published = _published(frame)
    review_year, plan_year, diagnostics = _years(
        text, body_lines, frame, outline, kind=kind, published=published
    )
    return Metadata(
        title=frame.title,
        kind=kind,
        agency=agency,
        publisher=publisher,
        region=region,
        published=published,
        doc_number=_doc_number(text, lines, frame),
        index_number=index_number,
        review_year=review_year,
        plan_year=plan_year,
        diagnostics=(*frame.diagnostics, *diagnostics, *([placeholder] if placeholder else [])),
    )
