"""The frame around a report's body: metadata block, title, byline and signature.

Both the section parser and the metadata reader need to know where the body starts,
what the title is and where the report is signed. The section parser reads the frame
from the classified lines of the normalized text and hands it on with its outline.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

import attrs
import regex

from minzheng.model import Diagnostic, Phase, Span
from minzheng.parse.structure_words import (
    ACHIEVED_VERBS,
    ACHIEVEMENTS,
    AIMING_WORDS,
    CELL_BARS,
    CREDIT_WORDS,
    EDITION_SUFFIXES,
    GENRE_WORDS,
    INTERVIEW_WORDS,
    NOT_PUBLISHED,
    ORG_ENDINGS,
    PHASE_WORDS,
    PLAN_MARKERS,
    PLAN_OPENERS,
    PUBLICATION_LABELS,
    REPORTING_ENDINGS,
    REVIEW_MARKERS,
    SITE_OWNERS,
    SITE_SUFFIXES,
    TITLE_CONNECTORS,
)
from minzheng.text.clean import BYLINE_FIELDS, COUNTER_FIELDS, FIELD_LABELS, Lines, Zone, trail_end
from minzheng.text.dates import find_dates
from minzheng.text.document import Document
from minzheng.text.numbers import MASK_LETTERS
from minzheng.text.paragraphs import Join
from minzheng.text.segments import Break, ends, is_prose
from minzheng.text.span import Spans
from minzheng.text.view import EDGE, GAP, Squeezed, squeeze, squeezed

__all__ = [
    "PHASE_PATTERNS",
    "PHASE_WORDS",
    "Field",
    "Frame",
    "Signature",
    "body_phase",
    "date_line",
    "genre_title",
    "heading_phase",
    "read_date",
    "read_frame",
    "title_phases",
]

# --- word tables (data in structure_words) --------------------------------------------

PHASE_PATTERNS: dict[Phase, regex.Pattern[str]] = {
    phase: regex.compile("|".join(regex.escape(word) for word in words))
    for phase, words in PHASE_WORDS.items()
}
"""Each phase's words as one pattern, to search a heading for any of them at once."""

# Markers that a sentence looks ahead or back, for reports that name no phase. Each
# pattern opens with a plain character in every branch, so the standard library's engine
# skips to the places where one stands.
_PLAN_MARKERS = re.compile("|".join(map(re.escape, PLAN_MARKERS)))
_REVIEW_WORDS = re.compile(r"了(?<![为除]了)(?!解)|" + "|".join(map(re.escape, REVIEW_MARKERS)))
"""A 了 of completion (not 为了, 除了, 了解) or a word of :data:`REVIEW_MARKERS`."""
_YEAR_END = re.compile(r"年底(?<=\d年底)")
"""A year's end after its year (``2023年底``); see :func:`_year_ends`."""

# --- patterns ------------------------------------------------------------------------

# The bare words for how things stand: a phase of a title only in a report (…情况的报告).
_HOW_THINGS_STAND = frozenset({"情况", "状况"})
# What may follow a title's phase word where it names the genre: the end, a connector, a
# year, a half, another genre word, a bracket or a space.
_CLAUSE_END = regex.compile(
    rf"$|[\s（(【\[\d—\-:：,，、》”」』)）]|[{MASK_LETTERS}]{{2}}|的|及|和|与|暨|并|以及|报告|汇报|意见|方案|通知"
    r"|上半年|下半年|明年|下一年|来年|今年"
)

# A heading that tells what was achieved (民政工作取得新成效, 主要成就), and words that
# make the same ending an aim (力争取得更大成效).
_ACHIEVED = regex.compile(rf"(?:{'|'.join(ACHIEVED_VERBS)})[^，,；;]{{0,6}}(?:{'|'.join(ACHIEVEMENTS)})$")
_AIMED = regex.compile("|".join(AIMING_WORDS))

_FIELDS: dict[str, str] = {label: key for label, key in FIELD_LABELS.items() if key is not None}
"""The labels of the metadata block that fill a field of the frame."""
_LABELS = "|".join(regex.escape(label) for label in sorted(_FIELDS, key=len, reverse=True))
_LABEL_FIRSTS = frozenset(label[0] for label in _FIELDS)
"""The first characters of the labels: a line that starts with none holds no label."""
_BULLETS = ("-", "•", "·", "*", *CELL_BARS)
"""Marks a page sets before a label: a list's bullet (``- 索引号: …``), a table row's bar (``| 索引号 |``)."""
_CELL_EDGES = f" \t\u3000{CELL_BARS}"
"""What a field's value is stripped of: spaces, and the bars of the table cell it stood in."""
_LABEL_LONGEST = max(map(len, _FIELDS))
# A label of the metadata block and its colon, read in the line's view: the letter-spaced
# ``名    称 :`` reads ``名称:`` there.
_LABEL = regex.compile(rf"(?P<label>{_LABELS})(?P<colon>[:：])?")
# A metadata line in its view: a label (past a bullet), then a colon, a kept space or the end.
_METADATA_LINE = regex.compile(
    rf"{EDGE}[{regex.escape(''.join(_BULLETS))}]?(?:{_LABELS})(?=[:：\s{CELL_BARS}]|$)"
)

_ARABIC_DATE = r"(?:19|20)\d\d[-./年]\d{1,2}[-./月]\d{1,2}日?"
_TIME = r"\d{1,2}[:：]\d\d(?:[:：]\d\d)?"
"""A clock time, its colons half- or full-width (``10:51``, ``10：51：36``)."""
# The patterns of a line's fields below read the line's view, where a date's stray spaces
# are gone (``2020 - 12 - 26`` reads ``2020-12-26``) but so is the gap that sets two fields
# apart; :func:`_laid_out` finds where the gaps were. A gap between two digits stays in the
# view (``2013-12-10 10:51``): a pattern allows for it there with an optional GAP.

# Bylines: ``2020-12-26 天津日报``; ``时间:2023-08-18 浏览量:128 次 来源:中国社会报``.
_BYLINE_DATE_FIRST = regex.compile(
    rf"^{EDGE}(?P<date>{_ARABIC_DATE})(?:(?:{GAP})?(?P<time>{_TIME}))?(?:{GAP})?"
    rf"(?P<source>[\p{{Han}}A-Za-z·]{{2,20}}){EDGE}$"
)
# ``某某县民政局 2023年12月5日``: a body or paper, then the date (a site's name and date
# at the top of a page is its clock, so sites do not count here).
_BYLINE_SOURCE_FIRST = regex.compile(
    rf"{EDGE}(?P<source>\p{{Han}}{{2,20}}(?:{'|'.join(ORG_ENDINGS)}|报))(?P<date>{_ARABIC_DATE}){EDGE}$"
)
_WEEKDAY = "(?:星期|周)[一二三四五六日天]"
"""A day of the week, which a page's clock shows after its date (``2019年12月3日 星期二``)."""
_PUBLICATION_LABEL = "|".join(PUBLICATION_LABELS)
# A labelled date: publication, not the time a page was archived, broadcast or updated.
_BYLINE_DATE = regex.compile(
    rf"(?<!{'|'.join(NOT_PUBLISHED)})(?:{_PUBLICATION_LABEL}|时间|日期)[:：](?P<date>{_ARABIC_DATE})"
    rf"(?!{_WEEKDAY})"
)
# A date labelled as a publication's and nothing else: what a header that ran into the first
# paragraph still says for itself (``会议时间：`` opens no header).
_PUBLISHED_LABELLED = regex.compile(rf"(?:{_PUBLICATION_LABEL})[:：](?P<date>{_ARABIC_DATE})")
# A page's stamp: a full date and its time of day, unlabelled (a labelled one is an archive's,
# an update's or a meeting's), not the page's clock with its weekday.
_STAMP = regex.compile(
    rf"(?<![:：0-9])(?P<date>{_ARABIC_DATE})(?:{GAP})?{_TIME}(?![0-9])(?!(?:{GAP})?{_WEEKDAY})"
)
_FIELD_BARS = frozenset(CELL_BARS)
"""Bars that set a page's fields apart (``2023-12-08 09:41 | 来源：``), as a gap does."""
_SENTENCE_END = ends(Break.SENTENCE)
HEADER_STRETCH = 500
"""Characters of a first paragraph read for the header that ran into it, where line breaks were lost."""
# A labelled source, read in the view (``来 源 ：`` reads ``来源:``); its value ends at a gap.
_SOURCE_LABEL = regex.compile(r"(?:来源|来自|稿源|出处)[:：]")
_SOURCE_FIRSTS = frozenset("来稿出")
"""The first characters of the source labels: a line without one names no source."""
_SOURCE_VALUE = regex.compile(r"[^\s|:：】\]）)]{2,30}?(?=发布|时间|日期|作者|$|[\s|:：】\]）)])")
# A date alone on a line, its time of day allowed (2013-12-10 10:51:36); a site, a date and
# the time of posting (央视国际 2004年09月02日 18:53).
# Read in the view, where a gap between two digits (``10 10:51``) stays.
_DATE_ALONE = regex.compile(rf"^{EDGE}(?P<date>{_ARABIC_DATE})(?:(?:{GAP})?{_TIME})?{EDGE}$")
_SITE_POSTED = regex.compile(
    rf"^{EDGE}(?P<source>[\p{{Han}}A-Za-z]{{2,12}})(?:{GAP})?(?P<date>{_ARABIC_DATE})(?:{GAP})?(?P<time>{_TIME}){EDGE}$"
)
# What every date line holds: a digit, or a year in Chinese numerals.
_DATE_HINT = regex.compile(r"\d|年")
# The page's own clock (天津政务网 2019年12月3日星期二): never a publication date.
_PAGE_CLOCK = regex.compile(rf"{_ARABIC_DATE}{_WEEKDAY}")

_DASH = r"(?:——|--|—|－－)"
_SUBTITLE = regex.compile(rf"^{EDGE}{_DASH}(?P<text>\p{{Han}}.*)$")
_DASHES = ("—", "-", "－")
# A title with an interview subtitle on the same line: 让…更有保障——访某县民政局局长王强,
# read in the title's view, where the spaces around the dash are gone.
_INLINE_SUBTITLE = regex.compile(
    rf"^{EDGE}(?P<title>\S.*?){_DASH}(?P<text>(?:{'|'.join(INTERVIEW_WORDS)})[^\s，,。].*?){EDGE}$"
)
# A date line in parentheses under a title or a speaker: （2022年1月10日）.
_PAREN_DATE = regex.compile(rf"^{EDGE}[（(](?P<date>[^（()）]{{6,24}}?)[）)]{EDGE}$")
# A title line that needs the line above to say whose it is: 关于…, 2022年工作总结.
_HEADLESS_TITLE = regex.compile(r"关于|(?:19|20)\d\d年|[一二][〇零九][〇零一二三四五六七八九]{2}年")
# A site named before the title, set apart by a separator and the spaces that pad it
# (``某某日报数字报刊平台 - 2020年…``): layout, read in the text.
_SITE_PREFIX = regex.compile(
    rf"^(?P<site>[^-—_|\s]{{2,24}}?(?:{'|'.join(SITE_SUFFIXES)})){EDGE}[-—_|]+{EDGE}(?=\S)"
)
# A site named after the title: ``民政局2023年工作总结 - 岳阳县人民政府``. A dash sets it
# apart only after a gap (a hyphen of 2023-2024 does not); a bar or an underscore does alone.
_SITE_SUFFIX = regex.compile(
    rf"(?:{GAP}[-—|]+{EDGE}|{EDGE}[_|]+{EDGE})(?P<site>[^-—_|\s]{{2,24}}?(?:{'|'.join(SITE_OWNERS)}))$"
)
# A column tag before a title (【工作落实】…), a file name's extension, an uploader's prefix.
_COLUMN_TAG = regex.compile(rf"^{EDGE}【[^】]{{1,10}}】{EDGE}")
_FILE_EXTENSION = regex.compile(r"\.(?:docx?|pdf|txt|wps|xlsx?|pptx?)$", regex.IGNORECASE)
_UPLOAD_PREFIX = regex.compile(r"^(?:19|20)\d\d(?:最新|精选|优秀)")
# A line that is a field, not a title: a short label and a value of few words (页数:8页),
# or a credit (出镜记者:某某).
_FIELD_SHAPED = regex.compile(r"^[\p{Han}A-Za-z]{1,6}[:：](?P<value>.*)$")
_CREDIT = regex.compile(rf"(?:{'|'.join(CREDIT_WORDS)}|编导)[:：]")
# Where a document site or an article names the document: 《…》由会员分享, 原标题:…,
# 下面是小编为大家整理的关于…,欢迎阅读.
_NAMED_TITLE = regex.compile(
    rf"^{EDGE}《(?P<title>[^《》]{{4,80}})》由(?:会员|用户|网友)(?:上传)?分享"
    rf"|原标题[:：](?P<title>\S.{{3,80}}?){EDGE}$"
    r"|小编(?:为大家)?(?:整理|收集|精心整理)的(?:关于)?(?P<title>[^，,。！!]{4,60}?)[，,。]"
)
_NAMED_TITLE_HINT = re.compile("[享题编]")
"""A character every match of :data:`_NAMED_TITLE` holds (分享, 原标题, 小编): where none, it is not tried.

A line's squeezed view drops spaces only, so the line holds every other character of a match."""
# A title run into the body on the first line: its last genre word, then the body.
_RUN_IN_GENRE = regex.compile(r"总结|计划|打算|安排|要点|报告|汇报|思路|规划")
_BODY_OPENING = regex.compile(
    rf"[ \t\u3000\d]|[{MASK_LETTERS}]{{2}}|今年|去年|近年|本年|我|全[县市区镇乡省]|一年来|半年来"
)
_RUN_IN_LIMIT = 48
_PICTURE_SUFFIX = regex.compile(
    rf"{EDGE}[(（【\[](?:图|组图|附图|图文|视频|多图|\d{{1,2}}|[^（）()]{{0,12}}(?:首播|重播|播出))[)）】\]]{EDGE}$"
)
_GENRE_TITLE = regex.compile(rf"(?:{'|'.join(GENRE_WORDS)})(?:[（(][^（）()]{{1,20}}[）)])?$")
# A numbered line is a heading, never the title.
_NUMBERED = regex.compile(
    r"第[一二三四五六七八九十\d]+(?:部分|章|篇|节)|[一二三四五六七八九十]*、|[一二三四五六七八九十]+[.．]|[（(][一二三四五六七八九十\d]*[）)]"
    r"|\d+[.、．]|[①-⑳]"
)
_INNER_TITLE = regex.compile(r"《(?P<title>[^《》]{2,60})》")
# Lines that are no title: breadcrumbs and toolbars, bullets, sentences.
_NOT_TITLE = regex.compile(r"[|>]|^【|^[•·]|[。;；]$")
# The fewest characters of a title.
_TITLE_LENGTH = 4
# What an index number and a document number look like as a field's value.
_INDEX_VALUE = regex.compile(r"[A-Za-z0-9/\-_.]{6,40}")
_DOC_NUMBER_VALUE = regex.compile(r"[〔\[（(【](?:19|20)\d\d[〕\]）)】]\d+号")
_HAN = regex.compile(r"\p{Han}")
_SENTENCE_PUNCT = ends(Break.SENTENCE, Break.PART, Break.CLAUSE)

# Fields whose value is a name or title: past a blank line, a short line without
# sentence punctuation or colon is still theirs.
_NAME_FIELDS = frozenset({"title", "issuer"})
_FIELD_VALUE_STOP = ends(at_least=Break.COLON)
# How many lines (blank ones included) a header may span before the body must begin.
_HEADER_ROWS = 60
# The longest first line that is read as a title without a genre word to show it.
_LEAD_TITLE = 40
# The longest line that is an agency's name in a signature.
_AGENCY_LENGTH = 30
# The longest line that is a signature's date, or its agency and date on one line.
_SIGNATURE_LINE = 80
# The longest line that is a date alone (二〇二三年十二月二十八日, 2023 年 12 月 28 日).
_DATE_LINE = 30


# Zones a header line may stand in.
_HEADER_ZONES = frozenset({Zone.BODY, Zone.METADATA})

# --- model ---------------------------------------------------------------------------


@attrs.frozen
class Field:
    """One field of a metadata block."""

    key: str
    """The field it fills (a value of :data:`minzheng.text.clean.FIELD_LABELS`)."""
    label: str
    """The label as written, spaces removed."""
    value: str
    """The value, stripped; empty where the block left it blank."""
    span: Span
    """Where the value stands (empty span at the label where there is none)."""


@attrs.frozen
class Signature:
    """The signing agency and date at the end of a report or of its covering notice."""

    date: datetime.date | None
    """The signing date, where it reads as a date."""
    date_span: Span
    """The date line."""
    agency: str | None = None
    """The signing body (``天门市民政局``), where a line names it."""
    agency_span: Span | None = None
    """The agency line."""
    damage: str | None = None
    """Why the date looks damaged (run together), None when it reads cleanly."""

    @property
    def start(self) -> int:
        """Where the signature block begins."""
        return self.agency_span.start if self.agency_span else self.date_span.start


@attrs.frozen
class Frame:
    """What stands around the body: fields, title, byline, signature."""

    fields: tuple[Field, ...] = ()
    """The metadata block, in order."""
    title: str | None = None
    """The title, cleaned of site prefixes and picture marks."""
    title_span: Span | None = None
    """The line the title was read from (a field value or a title line)."""
    titles: tuple[str, ...] = ()
    """Every title-like string: the title, its raw line, the 《…》 it issues."""
    subtitle: str | None = None
    """A ``——访…`` line under the title, without its dash."""
    site: str | None = None
    """The site or paper named in a title prefix (``天津日报数字报刊平台``)."""
    byline_date: datetime.date | None = None
    """The date of the byline."""
    byline_source: str | None = None
    """The paper or site of the byline (``天津日报``, ``中国社会报``)."""
    signature: Signature | None = None
    """The first signature block after the header."""
    body_start: int = 0
    """Where the header (metadata block, title, byline) ends."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Damaged dates and the like."""

    @property
    def paper(self) -> str | None:
        """The paper named by the site prefix: 某某日报数字报刊平台 -> 某某日报; else the site."""
        if self.site is None:
            return None
        for suffix in EDITION_SUFFIXES:
            if self.site.endswith(suffix) and len(self.site) > len(suffix):
                return self.site[: -len(suffix)]
        return self.site

    def field(self, key: str) -> str | None:
        """The first non-empty value of a field, or None."""
        for item in self.fields:
            if item.key == key and item.value:
                return item.value
        return None


# --- helpers -------------------------------------------------------------------------


def read_date(text: str) -> tuple[datetime.date | None, str | None]:
    """The first full date in ``text``, and why it looks damaged (None when it reads cleanly).

    >>> read_date("2021年01月21日")
    (datetime.date(2021, 1, 21), None)
    >>> read_date("二○一二年一月四日")
    (datetime.date(2012, 1, 4), None)
    >>> read_date("明天")
    (None, None)
    """
    for found in find_dates(text):
        if found.date is not None:
            return found.date, found.damage
    return None, None


def date_line(text: str) -> tuple[datetime.date | None, str | None] | None:
    """The date of a line that is a full date and nothing else, with its damage; else None.

    >>> date_line(" 2024年3月1日 ")
    (datetime.date(2024, 3, 1), None)
    >>> date_line("2024年3月1日起施行") is None
    True
    """
    stripped = text.strip()
    for found in find_dates(stripped):
        if found.date is not None and found.span.start == 0 and found.span.end == len(stripped):
            return found.date, found.damage
        break
    return None


def _ends_with_word(heading: str, words: tuple[str, ...]) -> bool:
    return heading.endswith(words)


def genre_title(title: str) -> bool:
    """Whether a title ends on a genre word (报告, 总结, 通知, 讲话…) rather than reading as a headline.

    >>> genre_title("2024年政府工作报告"), genre_title("某县提高高龄津贴标准")
    (True, False)
    """
    return _GENRE_TITLE.search(title.strip()) is not None


def heading_phase(heading: str) -> Phase | None:
    """The phase a heading states: ``2021年工作思路`` plan, ``关于2020年工作情况`` review.

    A phase word must end the heading (or 下一步/今后 open it), so that a heading about
    a named 计划 does not read as a plan; a heading naming both phases states neither.

    >>> heading_phase("二〇二一年工作思路"), heading_phase("关于2021年工作情况")
    (<Phase.PLAN: 'plan'>, <Phase.REVIEW: 'review'>)
    >>> heading_phase("加强党的建设,抓好组织领导") is None
    True
    >>> heading_phase("2020年工作总结和2021年工作计划") is None
    True
    >>> heading_phase("2022年民政工作取得新成效"), heading_phase("力争取得更大成效")
    (<Phase.REVIEW: 'review'>, None)
    """
    core = heading.rstrip(" 。.:：;；,，")
    review = PHASE_PATTERNS[Phase.REVIEW].search(core) is not None
    plan = PHASE_PATTERNS[Phase.PLAN].search(core) is not None or core.startswith(PLAN_OPENERS)
    if review and plan:
        return None
    if plan and (_ends_with_word(core, PHASE_WORDS[Phase.PLAN]) or core.startswith(PLAN_OPENERS)):
        return Phase.PLAN
    if review and _ends_with_word(core, PHASE_WORDS[Phase.REVIEW]):
        return Phase.REVIEW
    if not plan and _ACHIEVED.search(core) and not _AIMED.search(core):
        return Phase.REVIEW
    return None


def title_phases(title: str | None) -> frozenset[Phase]:
    """The phases a title's genre words name: both for a summary-and-plan.

    >>> sorted(p.value for p in title_phases("某局关于2020年工作情况及2021年工作思路的报告"))
    ['plan', 'review']
    >>> title_phases("关于印发《2012年民政工作要点》的通知") == {Phase.PLAN}
    True
    >>> title_phases("关于开展安全检查情况的通报"), title_phases("关于2022年度民政事业发展情况的报告")
    (frozenset(), frozenset({<Phase.REVIEW: 'review'>}))
    >>> title_phases("某县计划生育工作总结") == title_phases("某局“十一五”规划工作总结") == {Phase.REVIEW}
    True
    """
    if not title:
        return frozenset()
    found = set()
    reporting = title.endswith(REPORTING_ENDINGS)
    for phase, pattern in PHASE_PATTERNS.items():
        for match in pattern.finditer(title):
            # 情况 alone is too weak in a title (关于…情况的通报 is a notice), but a report
            # on how things stand looks back (关于…发展情况的报告).
            if match.group() in _HOW_THINGS_STAND and not reporting:
                continue
            # A phase word that runs on into more words is the topic's, not the genre's:
            # 计划生育工作总结, “十一五”规划工作总结.
            if _CLAUSE_END.match(title, match.end()):
                found.add(phase)
                break
    return frozenset(found)


def _year_ends(text: str, start: int, stop: int) -> int:
    """How many years' ends (``2023年底``) stand in ``text[start:stop]``, each year's digits all in it.

    Found by 年底, which is rare, rather than tried at every digit.

    >>> _year_ends("2023年底和12年底", 0, 11), _year_ends("2023年底", 1, 7)
    (2, 0)
    """
    count = 0
    for match in _YEAR_END.finditer(text, start, stop):
        first = match.start() - 1
        while first > start and text[first - 1].isdecimal():  # the year's first digit (\d: decimals)
            first -= 1
        count += first > start or not text[start - 1 : start].isdecimal()
    return count


def body_phase(text: str, start: int = 0, end: int | None = None) -> Phase | None:
    """Whether a stretch of text reads as a plan or a review, from its tense markers.

    A plan says 力争, 确保, 将, 要; a review says 了, 共计, 累计, 截至. Only a clear
    majority decides.

    >>> body_phase("力争实现目标。确保完成。进一步推进。持续加强。要抓好。")
    <Phase.PLAN: 'plan'>
    >>> body_phase("共计发放了资金。累计救助。截至年底已经完成了。") is Phase.REVIEW
    True
    """
    stop = len(text) if end is None else end
    plan = len(_PLAN_MARKERS.findall(text, start, stop))
    # No review word holds a digit or 年底, so the two never overlap and their counts add up.
    review = len(_REVIEW_WORDS.findall(text, start, stop)) + _year_ends(text, start, stop)
    if plan >= 4 * max(review, 1) and plan >= 4:  # noqa: PLR2004 (a clear majority of several)
        return Phase.PLAN
    if review >= 2 * max(plan, 1):
        return Phase.REVIEW
    return None


_COLUMN_LONGEST = 8
"""Longest name of a site's column, where a trail's last step names one before the title."""
_COLUMN_THEN_TITLE = regex.compile(rf"^(?P<column>[^\s]{{1,{_COLUMN_LONGEST}}}){GAP}(?P<title>\S.{{3,}})$")


def _once(title: str) -> str:
    """``title`` once where a page printed it twice on its line, the two set apart by a gap.

    >>> _once("寒冬送温暖 关怀暖民心 寒冬送温暖 关怀暖民心"), _once("寒冬送温暖 关怀暖民心")
    ('寒冬送温暖 关怀暖民心', '寒冬送温暖 关怀暖民心')
    """
    half, rest = divmod(len(title), 2)
    for middle in (half, half + rest):
        first, second = title[:middle].rstrip(), title[middle:].lstrip()
        if first and first == second and title[len(first) : len(title) - len(second)].isspace():
            return first
    return title


def _past_trail(title: str) -> str:
    """``title`` without a breadcrumb trail before it, nor the column the trail ends on.

    >>> _past_trail("首页 > 新闻中心 > 工作动态 某县民政局2023年工作总结")
    '某县民政局2023年工作总结'
    >>> _past_trail("某县2023年民政工作总结 下半年工作打算")
    '某县2023年民政工作总结 下半年工作打算'
    """
    end = trail_end(title)
    if not end:
        return title
    rest = title[end:]
    column = _COLUMN_THEN_TITLE.match(rest)
    return column["title"] if column else rest


def _clean_title(raw: str) -> tuple[str, str | None]:
    """A title without its site prefix and picture mark, and the site.

    >>> _clean_title("某某日报数字报刊平台-2020年,某局向群众汇报(图)")
    ('2020年,某局向群众汇报', '某某日报数字报刊平台')
    >>> _clean_title("民政局2023年工作总结 - 某某县人民政府")
    ('民政局2023年工作总结', '某某县人民政府')
    >>> _clean_title("【工作动态】2021最新某镇民政办工作总结.docx")
    ('某镇民政办工作总结', None)
    >>> _clean_title("当前位置：首页 > 通知公告 > 某县2023年临时救助资金公示")
    ('某县2023年临时救助资金公示', None)
    >>> _clean_title("某区民政局工作总结及下一年工作打算 某区民政局工作总结及下一年工作打算")
    ('某区民政局工作总结及下一年工作打算', None)
    """
    title = _PICTURE_SUFFIX.sub("", _COLUMN_TAG.sub("", _past_trail(_once(raw.strip()))))
    title = _UPLOAD_PREFIX.sub("", _FILE_EXTENSION.sub("", title))
    site = None
    match = _SITE_PREFIX.match(title)
    if match:
        site = match["site"]
        title = title[match.end() :]
    else:
        match = _SITE_SUFFIX.search(title)
        if match and match.start() >= 2:  # noqa: PLR2004 (a title is left)
            site = match["site"]
            title = title[: match.start()]
    return title.strip(), site


# --- reading the frame ---------------------------------------------------------------


class _Text(NamedTuple):
    """A line's text with its span, for the readers below (a tuple: a report has thousands)."""

    text: str
    span: Span
    zone: Zone


class _Rows(Sequence[_Text]):
    """The lines of a report as :class:`_Text`, each sliced when read.

    A frame reads the header, the metadata lines and the signature; building a row for
    each of a long report's lines up front would cost time and memory for nothing.
    """

    __slots__ = ("_joins", "_lines", "_made", "_text")

    KEPT = 256
    """The most rows kept once made: the header's and the signature's are few, a long report's lines many."""

    def __init__(self, text: str, lines: Lines, joins: Spans | None = None) -> None:
        self._text = text
        self._lines = lines
        self._joins = joins
        self._made: dict[int, _Text] = {}  # the readers come back to the same rows

    def wrapped_onto(self, upper: int, lower: int) -> bool:
        """Whether row ``upper`` runs on into row ``lower`` across a hard wrap the text layer joined."""
        joins = self._joins
        if not joins or not 0 <= upper < lower < len(self._lines):
            return False
        cut = self._lines.starts[upper] + len(self.text_at(upper).rstrip())
        index = joins.at(cut)
        return (
            index >= 0
            and joins.tag(index) == Join.WRAP
            and self._lines.starts[lower] <= joins.ends[index] <= self._lines.ends[lower]
        )

    def __len__(self) -> int:
        return len(self._lines)

    @property
    def lines(self) -> Lines:
        """The classified lines behind the rows, for scans that need zones and spans only."""
        return self._lines

    def text_at(self, index: int) -> str:
        """The text of row ``index``, without building the row."""
        return self._text[self._lines.starts[index] : self._lines.ends[index]]

    def each_text(self, *zones: Zone, start: int = 0) -> Iterator[tuple[int, str]]:
        """Each row in one of ``zones`` from row ``start`` on, with its text: a walk that builds no row."""
        starts, ends, text = self._lines.starts, self._lines.ends, self._text
        for index in self._lines.each_where(*zones, start=start):
            yield index, text[starts[index] : ends[index]]

    def each_short(self, longest: int, *zones: Zone, start: int = 0) -> Iterator[tuple[int, str]]:
        """:meth:`each_text` for the rows that may hold ``longest`` characters or fewer, spaces aside.

        A longer row with no space at either end is passed over before its text is cut out.
        """
        starts, ends, text = self._lines.starts, self._lines.ends, self._text
        for index in self._lines.each_where(*zones, start=start):
            begin, end = starts[index], ends[index]
            if end - begin <= longest or text[begin].isspace() or text[end - 1].isspace():
                yield index, text[begin:end]

    def has_text(self, index: int) -> bool:
        """Whether row ``index`` holds more than spaces, without building the row."""
        line = self.text_at(index)
        return bool(line) and not line.isspace()

    @overload
    def __getitem__(self, index: int) -> _Text: ...
    @overload
    def __getitem__(self, index: slice) -> list[_Text]: ...
    def __getitem__(self, index: int | slice) -> _Text | list[_Text]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._lines)))]
        made = self._made
        row = made.get(index)
        if row is None:
            if len(made) >= self.KEPT:
                made.clear()  # a scan through every line (a signature looked for) keeps none of them
            lines = self._lines
            start, end = lines.starts[index], lines.ends[index]
            row = made[index] = _Text(self._text[start:end], Span(start, end), lines.zone(index))
        return row


def _top(rows: _Rows) -> int:
    """Index of the first paragraph, or of the last line a header may reach: the header lies before it."""
    stop = min(len(rows), _HEADER_ROWS)
    for index in range(stop):
        if rows.lines.zone(index) is Zone.BODY and is_prose(rows.text_at(index)):
            return index
    return stop


def _value_fits(key: str, value: str) -> bool:
    """Whether a line further down can be the value of a label left blank on its own line."""
    if key in {"issued", "written", "published"}:
        return read_date(value)[0] is not None
    if key == "index_number":
        return bool(_INDEX_VALUE.fullmatch(value))
    if key == "doc_number":
        return bool(_DOC_NUMBER_VALUE.search(squeezed(value)))
    if key in _NAME_FIELDS:
        return len(value) <= _AGENCY_LENGTH * 2 and not _FIELD_VALUE_STOP.search(value)
    return False


def _set_apart(view: Squeezed, at: int) -> bool:
    """Whether position ``at`` of a line's view opens the line or follows a gap of the text, or a cell's bar.

    The view took the gap out (or kept it, between two digits or letters).

    >>> view = squeeze("来源：某报  2023-03-02")
    >>> _set_apart(view, view.text.index("2")), _set_apart(view, view.text.index("报"))
    (True, False)
    >>> _set_apart(squeeze("｜索引号｜001｜分类｜其他｜"), 9)
    True
    """
    return at == 0 or view.gap_before(at) or view.text[at - 1] in _FIELD_BARS


_CELL_BAR = regex.compile(f"[{CELL_BARS}]")


def _label_cells(row: str) -> bool:
    """Whether a table's row holds fields: its cells a label and its value in turn (``| 索引号 | 001 |``).

    A table's head row (``| 名称 | 单位 | 数量 |``) names columns, not fields.

    >>> _label_cells("| 索引号 | 001 | 分类 | 其他 |"), _label_cells("| 名称 | 单位 | 数量 |")
    (True, False)
    """
    cells = [cell.strip() for cell in _CELL_BAR.split(row.strip(_CELL_EDGES))]
    labels = [squeezed(cell) for cell in cells[0::2]]
    return bool(labels) and all(label in _FIELDS for label in labels)


def _label_line(line: str) -> Squeezed | None:
    """The view of a metadata line, else None: a label opens it (past a bullet), then a colon, gap or end.

    Only a line that opens with the first character of a label is squeezed.

    >>> _label_line("- 发 布 机 构 ： 某县民政局").text
    '-发布机构：某县民政局'
    >>> _label_line("发布机构 某县民政局") is not None, _label_line("分类施策,精准救助") is None
    (True, True)
    """
    head = line.lstrip()
    if head[:1] in _FIELD_BARS and not _label_cells(head):
        return None
    if head.startswith(_BULLETS):
        head = head[1:].lstrip()
    if head[:1] not in _LABEL_FIRSTS:
        return None
    view = squeeze(line)
    found = _METADATA_LINE.match(view.text)
    if found is not None:
        return view
    if not view.offsets:  # nothing taken out (asked without listing every cut)
        return None
    # A label the view ran into its value (发布机构 某局 reads 发布机构某局): a gap followed it.
    text = view.text
    at = len(text) - len(text.lstrip())
    at += text.startswith(_BULLETS, at)
    for end in range(min(len(text), at + _LABEL_LONGEST), at, -1):
        if text[at:end] in _FIELDS and view.gap_before(end):
            return view
    return None


def _is_label_line(line: str) -> bool:
    """Whether a line is a metadata line (:func:`_label_line`); one without spaces is read as it is.

    >>> _is_label_line("索引号：ZX-2023-0012"), _is_label_line("名 称 ：某县"), _is_label_line("主要做法")
    (True, True, False)
    """
    if " " in line or "\t" in line:
        return _label_line(line) is not None
    return line[:1] in _LABEL_FIRSTS and _METADATA_LINE.match(line) is not None


def _past_spaces(text: str, at: int) -> int:
    """The first position from ``at`` on that holds no space.

    >>> _past_spaces("名称：  某", 3)
    5
    """
    return len(text) - len(text[at:].lstrip())


def _read_fields(rows: _Rows, top: int) -> tuple[list[Field], set[int]]:
    """The metadata block: labels with values on the same or the next line, read in each line's view."""
    fields: list[Field] = []
    used: set[int] = set()
    block = sorted({*rows.lines.where(Zone.METADATA), *rows.lines[:top].where(Zone.BODY)})
    for index in block:
        row = rows[index]
        view = _label_line(row.text)
        if view is None:
            continue
        used.add(index)
        # Keep only labels that start the line or follow a gap: 分类 inside a value is text.
        labels = [match for match in _LABEL.finditer(view.text) if _set_apart(view, match.start())]
        for position, match in enumerate(labels):
            label = match["label"]
            key = _FIELDS[label]
            after = _past_spaces(row.text, view.to_text(match.end(), match.end())[0])
            following = labels[position + 1].start() if position + 1 < len(labels) else None
            stop = len(row.text) if following is None else view.to_text(following, following)[0]
            value = row.text[after:stop].strip(_CELL_EDGES)
            start = row.span.start + after
            if value:
                value_start = row.text.index(value, after) + row.span.start
                fields.append(Field(key, label, value, Span(value_start, value_start + len(value))))
                continue
            found = _next_value(rows, index, key)
            if found is not None:
                used.add(found)
                nxt = rows[found]
                stripped = nxt.text.strip()
                value_start = nxt.span.start + nxt.text.index(stripped)
                fields.append(Field(key, label, stripped, Span(value_start, value_start + len(stripped))))
            else:
                fields.append(Field(key, label, "", Span(start, start)))
    return fields, used


def _next_value(rows: Sequence[_Text], index: int, key: str) -> int | None:
    """The line holding the value of a label alone on line ``index``, if any."""
    blanks = 0
    for nxt in range(index + 1, min(index + 4, len(rows))):
        row = rows[nxt]
        if not row.text.strip():
            blanks += 1
            continue
        if _is_label_line(row.text):
            return None
        # Directly under the label anything is its value; past a blank line only
        # something shaped like the field: a date under a date label, a short name
        # under a name label.
        if blanks == 0 and not is_prose(row.text):
            return nxt
        return nxt if _value_fits(key, row.text.strip()) else None
    return None


def _next_text(rows: _Rows, index: int) -> int | None:
    for following in range(index + 1, len(rows)):
        if rows.has_text(following):
            return following
    return None


def _previous_text(rows: _Rows, index: int) -> int | None:
    for previous in range(index - 1, -1, -1):
        if rows.has_text(previous):
            return previous
    return None


def _field_shaped(line: str) -> bool:
    """Whether a line is a field or a credit rather than a title: ``页数:8页``, ``出镜记者:某某``."""
    flat = squeezed(line)
    shaped = _FIELD_SHAPED.match(flat)
    few_words = shaped is not None and len(_HAN.findall(shaped["value"])) < _TITLE_LENGTH
    return few_words or _CREDIT.search(flat) is not None


def _plausible_title(line: str) -> bool:
    stripped = _COLUMN_TAG.sub("", line.strip())
    return (
        _TITLE_LENGTH <= len(stripped) <= 80  # noqa: PLR2004 (a title's length)
        and not _is_label_line(stripped)
        and not _NOT_TITLE.search(stripped)
        and not _NUMBERED.match(stripped)
        and date_line(stripped) is None
        and not _field_shaped(stripped)
    )


def _named_title(rows: _Rows, top: int, *, tail: bool = True) -> tuple[int, str] | None:
    """A title the page names in a sentence: a document site's ``《…》由会员分享``, ``原标题:…``, a blurb.

    Looked for in the first lines of the page, and with ``tail`` in its last (where a news
    story gives its 原标题).
    """
    near = range(min(len(rows), top + 3))
    last = range(max(0, len(rows) - 4), len(rows)) if tail else range(0)
    for index in dict.fromkeys([*near, *last]):
        if rows.lines.zone(index) not in _HEADER_ZONES or not _NAMED_TITLE_HINT.search(rows.text_at(index)):
            continue  # most lines hold none of the words: no row is built, no view squeezed
        row = rows[index]
        view = squeeze(row.text)
        found = _NAMED_TITLE.search(view.text)
        if found is not None:
            return index, row.text[slice(*view.to_text(*found.span("title")))].strip()
    return None


def _run_in_title(line: str) -> str | None:
    """A title that runs into the body on the first line, cut after its last genre word.

    >>> _run_in_title("某局2023年工作总结XX年,我局在县委领导下…")
    '某局2023年工作总结'
    >>> _run_in_title("某区民政局工作总结及下一年工作打算 某区民政局工作总结及下一年工作打算 今年以来,…")
    '某区民政局工作总结及下一年工作打算'
    >>> _run_in_title("按照县委工作安排部署,我局…") is None
    True
    """
    stripped = line.strip()
    if _NUMBERED.match(stripped):
        return None
    head = stripped[:_RUN_IN_LIMIT]
    mark = _SENTENCE_PUNCT.search(head)
    head = head[: mark.start()] if mark else head
    for found in _RUN_IN_GENRE.finditer(head):
        end = found.end()
        if end >= len(stripped) or stripped[end:].startswith(TITLE_CONNECTORS):
            continue
        if _BODY_OPENING.match(stripped, end) and end >= _TITLE_LENGTH + 2:
            return stripped[:end]
    return None


@attrs.frozen
class _Byline:
    """Byline and subtitle rows of a header."""

    date: datetime.date | None = None
    source: str | None = None
    rows: tuple[int, ...] = ()
    subtitle_row: int | None = None
    dated_rows: tuple[int, ...] = ()
    """Date lines in parentheses: part of the header, but no anchor for the title."""


def _page_clock(line: str) -> bool:
    """Whether a line shows the page's clock (``2019 年 12 月 3 日 星期二``), read in its squeezed view.

    >>> _page_clock("某某政务网 2019 年 12 月 3 日 星期二"), _page_clock("2019年12月3日")
    (True, False)
    """
    return ("周" in line or "星期" in line) and _PAGE_CLOCK.search(squeezed(line)) is not None


def _row_date(row: str, labelled: regex.Match[str] | None) -> datetime.date | None:
    """The date of a byline row: the labelled one, else any full date on it that is no page clock."""
    if labelled:
        return read_date(labelled["date"])[0]
    if _page_clock(row):
        return None
    return read_date(row)[0]


def _laid_out(pattern: regex.Pattern[str], view: Squeezed, *apart: str) -> regex.Match[str] | None:
    """A match of ``pattern`` in a line's view whose fields stood apart in the line.

    Each group named in ``apart`` (where it took part) follows a gap, and the ``source``
    holds none: a gap inside it would make two fields.

    >>> _laid_out(_BYLINE_DATE_FIRST, squeeze("2020 - 12 - 26   某某晚报"), "source")["source"]
    '某某晚报'
    >>> _laid_out(_BYLINE_DATE_FIRST, squeeze("2020-12-26某某晚报"), "source") is None
    True
    """
    match = pattern.match(view.text)
    if match is None:
        return None
    if any(match.start(group) >= 0 and not _set_apart(view, match.start(group)) for group in apart):
        return None
    if view.cuts(match.start("source") + 1, match.end("source")):
        return None
    return match


def _ends_as_date(line: str) -> bool:
    """Whether a line ends as an Arabic date or a time does: on a digit or 日, spaces aside.

    >>> _ends_as_date("某县民政局 2023年12月5日 "), _ends_as_date("某县民政局")
    (True, False)
    """
    last = line.rstrip()[-1:]
    return last == "日" or last.isdecimal()


def _dated_fields(view: Squeezed) -> regex.Match[str] | None:
    """A line of a date and its source (either first), or of a site, a date and a time, in its view.

    Only the shapes a line can have are tried: a date opens or closes it.
    """
    line = view.text.strip()
    if not _ends_as_date(line) and not line[:1].isdecimal():
        return None
    return (
        _laid_out(_BYLINE_DATE_FIRST, view, "time", "source")
        or _laid_out(_BYLINE_SOURCE_FIRST, view, "date")
        or _laid_out(_SITE_POSTED, view, "date", "time")
    )


def _named_source(view: Squeezed) -> str | None:
    """The source a label names in a line's view (``来 源 ：某某日报``), up to a gap, a bracket or a field.

    >>> _named_source(squeeze("来 源 ： 某某日报  2023年03月02日")), _named_source(squeeze("来源:某 报"))
    ('某某日报', None)
    """
    text = view.text
    for label in _SOURCE_LABEL.finditer(text):
        start = label.end()
        gaps = view.cuts(start + 1, len(text))
        value = _SOURCE_VALUE.match(text, start, gaps[0] if gaps else len(text))
        if value is not None:
            return value.group()
    return None


def _read_byline(rows: Sequence[_Text], top: int, used: set[int]) -> _Byline:
    date: datetime.date | None = None
    source: str | None = None
    found: list[int] = []
    dated: list[int] = []
    subtitle_row: int | None = None
    for index in range(top):
        row = rows[index]
        if index in used or row.zone not in {Zone.BODY, Zone.METADATA}:
            continue
        view = squeeze(row.text)
        flat = view.text
        first = _dated_fields(view)
        alone = _DATE_ALONE.match(flat)
        labelled = _BYLINE_DATE.search(flat)
        named = _named_source(view) if _SOURCE_FIRSTS.intersection(flat) else None
        in_parentheses = _PAREN_DATE.match(flat)
        if first and not _PAGE_CLOCK.search(flat):
            date = date or read_date(first["date"])[0]
            source = source or first["source"]
            found.append(index)
        elif labelled or named:
            # ``来源：某某日报  2023年03月02日 作者：李明``: the date need not be labelled.
            date = date or _row_date(row.text, labelled)
            source = source or named
            found.append(index)
        elif alone:
            date = date or read_date(alone["date"])[0]
            found.append(index)
        elif in_parentheses and date_line(in_parentheses["date"]) is not None:
            date = date or read_date(in_parentheses["date"])[0]
            dated.append(index)
        elif subtitle_row is None and index > 0 and _SUBTITLE.match(flat):
            subtitle_row = index
    date = date or _opening_date(rows, top)
    return _Byline(date, source, tuple(found), subtitle_row, tuple(dated))


def _title_row(
    rows: _Rows, top: int, used: set[int], byline: _Byline, field: Field | None
) -> int | None:
    """The title line.

    In order: the line above a subtitle or byline, the metadata title repeated, a genre
    line or one with an interview subtitle, the line under a byline that opens the page,
    a first line that the body follows directly.
    """
    skipped = {*used, *byline.rows, *byline.dated_rows}
    above = _above_anchor(rows, byline, skipped)
    if above is not None:
        return above
    candidates = [
        index
        for index in range(top)
        if index not in skipped and rows[index].zone in _HEADER_ZONES and rows[index].text.strip()
    ]
    for index in candidates:
        stripped = _joined(rows, index, _wrapped_end(rows, index))
        if field is not None:
            # The page often repeats the title of its metadata block as a heading line.
            if stripped == field.value:
                return index
        elif _plausible_title(stripped) and (
            _GENRE_TITLE.search(stripped) or _inline_subtitle(stripped) is not None
        ):
            return index
    if field is None and byline.rows and candidates and byline.rows[0] < candidates[0]:
        # A page that opens with its byline puts the title right under it.
        following = candidates[0]
        if _plausible_title(rows[following].text) and not is_prose(rows[following].text):
            return following
    if field is None and not byline.rows and candidates and _lead_title(rows, candidates[0]):
        return candidates[0]
    return None


def _above_anchor(rows: _Rows, byline: _Byline, skipped: set[int]) -> int | None:
    """The line above the subtitle or the first byline, where it can be a title.

    A user name or a counter between them (``青砚墨``) is passed over: up to three lines are
    read, and a genre title among them wins.
    """
    for anchor in sorted(r for r in (byline.subtitle_row, *byline.rows) if r is not None):
        previous = _previous_text(rows, anchor)
        looked: list[int] = []
        while previous is not None and len(looked) < 3:  # noqa: PLR2004 (a few lines up)
            if previous not in skipped and rows[previous].zone in _HEADER_ZONES:
                looked.append(previous)
            previous = _previous_text(rows, previous)
        plausible = [index for index in looked if _plausible_title(rows[index].text)]
        if plausible:
            # A genre title above a speaker's line (省长 某某) is the title.
            return next((i for i in plausible if genre_title(rows[i].text)), plausible[0])
    return None


def _lead_title(rows: _Rows, index: int) -> bool:
    """Whether the first line of a text is its title.

    It is where it is short, has no sentence punctuation, and the body or its first
    heading follows directly (past the title printed a second time); not where it is the
    first line of a paragraph wrapped at the page's width.
    """
    end = _wrapped_end(rows, index)
    if end == index and rows.wrapped_onto(index, index + 1):
        return False  # it runs on into the lines below, wrapped at the page's width: a paragraph
    line = _joined(rows, index, end)
    following = _next_text(rows, end)
    while following is not None and rows.text_at(following).strip() == line:  # no row built for each
        following = _next_text(rows, following)
    return (
        _plausible_title(line)
        and len(line) <= _LEAD_TITLE
        and not _SENTENCE_PUNCT.search(line)
        and not line.endswith((":", "："))
        and following is not None
        and (is_prose(rows[following].text) or bool(_NUMBERED.match(rows[following].text.strip())))
    )


def _inline_subtitle(title: str) -> tuple[str, str] | None:
    """A title and the interview subtitle after its dash, as written, where it holds one.

    >>> _inline_subtitle("让困难群众更有保障 —— 访某县民政局局长王强")
    ('让困难群众更有保障', '访某县民政局局长王强')
    >>> _inline_subtitle("某县民政局2023年工作总结") is None
    True
    """
    if not any(dash in title for dash in _DASHES):
        return None
    view = squeeze(title)
    match = _INLINE_SUBTITLE.match(view.text)
    if match is None:
        return None
    return title[slice(*view.to_text(*match.span("title")))], title[slice(*view.to_text(*match.span("text")))]


def _wrapped_end(rows: _Rows, title_row: int) -> int:
    """The last row of a title a hard wrap carried onto the next line, where it was (or ``title_row``).

    The rest must close its paragraph, be no sentence and not end on a colon: a full title
    line wraps onto a short remainder (``…受助困难市民超过`` over ``2000人次``), where a body
    that the wrap ran on into goes on for lines or opens with a salutation.
    """
    below = title_row + 1
    if not rows.wrapped_onto(title_row, below) or rows.wrapped_onto(below, below + 1):
        return title_row
    rest = rows[below].text.strip()
    if _SENTENCE_PUNCT.search(rest) or rest.endswith((":", "：")):
        return title_row
    return below


def _joined(rows: _Rows, first: int, last: int) -> str:
    """The stripped texts of rows ``first`` to ``last`` as one: a line and the rest a wrap carried on."""
    return "".join(rows[row].text.strip() for row in range(first, last + 1))


def _title_lines(rows: _Rows, title_row: int, taken: set[int]) -> tuple[int, str]:
    """The first row and the text of a title, joined with the line above where it is split.

    ``某县民政局`` over ``关于2023年度工作的总结`` is one title; so is a first part that
    ends on a connector (``…工作情况及`` over ``2024年工作思路的报告``), and one that a hard
    wrap cut (``某镇2022年民政工作上半年总`` over ``结及下半年计划``).
    """
    raw = rows[title_row].text.strip()
    above = title_row - 1
    if above < 0 or above in taken or rows[above].zone not in {Zone.BODY, Zone.METADATA}:
        return title_row, raw
    first = rows[above].text.strip()
    if rows.wrapped_onto(above, title_row):
        return above, first + raw
    if not first or not _plausible_title(first) or _SENTENCE_PUNCT.search(first):
        return title_row, raw
    headless = _HEADLESS_TITLE.match(squeezed(raw))
    whose = len(first) <= _AGENCY_LENGTH and first.endswith(ORG_ENDINGS) and headless
    if whose or first.endswith(TITLE_CONNECTORS):
        return above, first + raw
    return title_row, raw


def _title_at(rows: _Rows, title_row: int, taken: set[int]) -> tuple[int, int, str, Span]:
    """The first and last rows, the text and the span of the title on ``title_row``.

    With the line above where it is split (:func:`_title_lines`) and the rest a hard wrap
    carried onto the next line.
    """
    first_row, raw = _title_lines(rows, title_row, taken)
    last_row = _wrapped_end(rows, title_row)
    raw += _joined(rows, title_row + 1, last_row)
    start = rows[first_row].span.start + rows[first_row].text.index(raw[:1])
    end = rows[last_row].span.start + rows[last_row].text.rindex(raw[-1:]) + 1
    return first_row, last_row, raw, Span(start, end)


def _title_in_text(
    rows: _Rows, top: int, named: tuple[int, str] | None = None, byline: _Byline | None = None
) -> tuple[str, Span, int | None] | None:
    """A title the page names in a sentence (``named`` where found already), else one run into its first line.

    Else the words that open the byline's row, where the page opens with it: a title and
    its byline printed on one line. Also gives the row a document site's blurb stands in,
    which is part of the header.
    """
    named = named or _named_title(rows, top)
    if named is not None:
        index, raw = named
        row = rows[index]
        start = row.span.start + row.text.index(raw)
        return raw, Span(start, start + len(raw)), index if index <= top else None
    if byline is not None and byline.rows and _previous_text(rows, byline.rows[0]) is None:
        row = rows[byline.rows[0]]
        head = _byline_head(row.text)
        if head is not None:
            start = row.span.start + row.text.index(head)
            return head, Span(start, start + len(head)), None
    for index in range(min(len(rows), top + 1)):
        row = rows[index]
        if row.zone is Zone.BODY and row.text.strip():
            run_in = _run_in_title(row.text)
            if run_in is None:
                return None
            start = row.span.start + row.text.index(run_in)
            return run_in, Span(start, start + len(run_in)), None
    return None


_BYLINE_LABELS = "|".join(sorted(map(regex.escape, (*BYLINE_FIELDS, *COUNTER_FIELDS)), key=len, reverse=True))
_BYLINE_FIELD = regex.compile(
    rf"{GAP}(?:(?:{_BYLINE_LABELS}){EDGE}[:：]|{_ARABIC_DATE}(?:{GAP}{_TIME})?(?!\S))"
)
"""A field of a byline after the gap that sets it apart: a label and its colon, or a date stamp."""


def _byline_head(line: str) -> str | None:
    """The title that opens a byline's line, before its first field and apart from it; None if none does.

    >>> _byline_head("某县提高城乡低保标准 来源：某县民政局 发布时间：2023-05-06 10:12")
    '某县提高城乡低保标准'
    >>> _byline_head("来源：某县民政局 发布时间：2023-05-06")
    >>> _byline_head("2023年5月6日，市民政局召开会议 来源：某网")
    """
    field = _BYLINE_FIELD.search(line)
    if field is None:
        return None
    head = line[: field.start()].strip()
    if not _plausible_title(head) or _SENTENCE_PUNCT.search(head) or date_line(head) is not None:
        return None
    return head


def _opening_date(rows: Sequence[_Text], top: int) -> datetime.date | None:
    """The publication date a header left in the first paragraph, where the page lost its line breaks.

    Document-sharing sites flatten a page into one line, and its header then opens the first
    paragraph (``首页 > 工作动态 发布时间：2021-06-22 浏览次数：356 今年以来，…``). Read there,
    before the first sentence ends and within :data:`HEADER_STRETCH` characters: a date
    labelled as the page's publication date, else a stamp of a date and its time set apart
    from the words around it (``某某网 2019-04-02 16:20 市民政局…``), which prose does not
    write (``自2024年1月1日0:00起施行``).

    >>> text = "首页 > 动态 发布时间：2021-06-22 10:05 浏览次数：3 今年以来，全县低保提标。"
    >>> from minzheng.text.clean import classify
    >>> _opening_date(_Rows(text, classify(text)), 0)
    datetime.date(2021, 6, 22)
    """
    if top >= len(rows):
        return None
    view = squeeze(rows[top].text[:HEADER_STRETCH])
    ended = _SENTENCE_END.search(view.text)
    stop = ended.start() if ended else len(view.text)
    found = _PUBLISHED_LABELLED.search(view.text, 0, stop) or next(
        (stamp for stamp in _STAMP.finditer(view.text, 0, stop) if _stands_apart(view, *stamp.span())), None
    )
    return read_date(found["date"])[0] if found else None


def _stands_apart(view: Squeezed, start: int, end: int) -> bool:
    """Whether ``view.text[start:end]`` is a field of its own: a gap or a bar on either side, or an edge.

    >>> view = squeeze("某某网 2019-04-02 16:20 市民政局")
    >>> _stands_apart(view, 3, 19), _stands_apart(squeeze("自2024-01-01 0:00起"), 1, 16)
    (True, False)
    """
    text = view.text
    before = start == 0 or view.gap_before(start) or text[start - 1] in _FIELD_BARS
    after = end == len(text) or view.gap_before(end) or text[end] in _FIELD_BARS
    return before and after


def read_frame(document: Document) -> Frame:
    """Read the header and signature of a report from its classified lines."""
    rows = _Rows(document.text, document.lines, document.joins)
    top = _top(rows)
    fields, used = _read_fields(rows, top)
    byline = _read_byline(rows, top, used)
    title_field = next((f for f in fields if f.key == "title" and f.value), None)
    blurb = _named_title(rows, top, tail=False) if title_field is None else None
    title_row = _title_row(rows, top, used, byline, title_field) if blurb is None else None

    title = site = subtitle = None
    title_span: Span | None = None
    raw_titles: list[str] = []
    first_row = last_row = title_row
    if title_field is not None:
        title, site = _clean_title(title_field.value)
        title_span = title_field.span
        raw_titles.append(title_field.value)
    if title_row is not None:
        if title is None:
            taken = {*used, *byline.rows, *byline.dated_rows}
            first_row, last_row, raw, title_span = _title_at(rows, title_row, taken)
            title, site = _clean_title(raw)
        else:
            raw = rows[title_row].text.strip()
        raw_titles.append(raw)
    named_row: int | None = None
    if title is None:
        found = _title_in_text(rows, top, blurb, byline)
        if found is not None:
            raw, title_span, named_row = found
            raw_titles.append(raw)
            title, site = _clean_title(raw)
    if title is not None:
        inline = _inline_subtitle(title)
        if inline is not None:
            title, subtitle = inline
    if byline.subtitle_row is not None and title_row is not None and byline.subtitle_row > title_row:
        line = rows[byline.subtitle_row].text
        view = squeeze(line)
        match = _SUBTITLE.match(view.text)
        subtitle = line[slice(*view.to_text(*match.span("text")))].strip() if match else subtitle

    header_rows = {
        # A metadata line further down (a footer's 发布日期) is a field, but the header ends
        # before the first paragraph.
        *(index for index in used if index < top),
        *byline.rows,
        *byline.dated_rows,
        *(r for r in (first_row, title_row, last_row, byline.subtitle_row, named_row) if r is not None),
    }
    header_end = max((rows[i].span.end for i in header_rows), default=0)
    titles = [t for t in (title, *raw_titles) if t]
    titles.extend(m["title"] for t in list(titles) for m in _INNER_TITLE.finditer(t))
    diagnostics: list[Diagnostic] = []
    signature = _signature(rows, header_end, diagnostics)
    return Frame(
        fields=tuple(fields),
        title=title or None,
        title_span=title_span,
        titles=tuple(dict.fromkeys(titles)),
        subtitle=subtitle,
        site=site,
        byline_date=byline.date,
        byline_source=byline.source,
        signature=signature,
        body_start=header_end,
        diagnostics=tuple(diagnostics),
    )


def _stripped_span(row: _Text, start: int = 0, end: int | None = None) -> tuple[str, Span]:
    """A part of a row without surrounding spaces, and its span in the text."""
    part = row.text[start:end]
    stripped = part.strip()
    begin = row.span.start + start + (part.index(stripped) if stripped else 0)
    return stripped, Span(begin, begin + len(stripped))


def _agency_line(row: _Text) -> bool:
    line = row.text.strip()
    return len(line) <= _AGENCY_LENGTH and line.endswith(ORG_ENDINGS) and not _SENTENCE_PUNCT.search(line)


def _signature(rows: _Rows, header_end: int, diagnostics: list[Diagnostic]) -> Signature | None:
    """The first date line after the header, with the agency line above it (or before it)."""
    first = bisect.bisect_left(rows.lines.starts, header_end)
    for index, raw in rows.each_short(_SIGNATURE_LINE, Zone.BODY, Zone.METADATA, start=first):  # a walk
        # A date line, or an agency and a date, is short: running text is not read for one.
        length = len(raw.strip())
        if length > _SIGNATURE_LINE or not _DATE_HINT.search(raw) or _page_clock(raw):
            continue
        row = rows[index]
        agency = agency_span = None
        dated = date_line(row.text) if length <= _DATE_LINE else None
        # Only a line that ends as a date does is squeezed to look for a body before its date.
        view = squeeze(row.text) if dated is None and _ends_as_date(raw) else None
        one_line = _laid_out(_BYLINE_SOURCE_FIRST, view, "date") if view is not None else None
        if view is not None and one_line is not None:
            # 某某县民政局 2023年12月5日 on one line
            agency, agency_span = _stripped_span(row, *view.to_text(*one_line.span("source")))
            written, date_span = _stripped_span(row, *view.to_text(*one_line.span("date")))
            dated = date_line(written)
        elif dated is not None:
            written, date_span = _stripped_span(row)
        if dated is None:
            continue
        found, damage = dated
        if damage:
            diagnostics.append(
                Diagnostic(
                    "metadata.signature_date_damaged",
                    f"signature date {written!r} looks damaged ({damage}); read as {found}",
                    date_span,
                )
            )
        previous = _previous_text(rows, index)
        if agency is None and previous is not None and _agency_line(rows[previous]):
            agency, agency_span = _stripped_span(rows[previous])
        return Signature(found, date_span, agency, agency_span, damage)
    return None
