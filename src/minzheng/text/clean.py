"""Classify the lines of a normalized text into zones: body, metadata, chrome, noise.

Nothing is removed: each physical line gets a :class:`Zone` that tells later stages
whether facts may be taken from it. A body line that starts or ends with a run of page
chrome (``【字体:大 中 小】 打印 收藏 …``) is split into adjacent :class:`Line` entries.

The rules read the normalized (simplified, half-width) text and are general: word
tables below, one per family, and shapes (a line made only of toolbar words, a label
with its value, a byline of ``field:value`` pairs, a related-stories heading followed
by nothing that looks like the report's own numbered headings).

Most lines of a page are plain prose. Every rule needs some cue in a line before it can
fire (a word of its table, a field before a colon, a label at the start of the line), so
two scans over the whole text find the lines with cues, and only those go through the
rules; every other line is body or blank.
"""

from __future__ import annotations

import bisect
import collections
import enum
import itertools
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload

import attrs

from minzheng.text.lexicon import Lexicon
from minzheng.text.segments import Break, cut
from minzheng.text.span import Span, Spans
from minzheng.text.view import EDGE, GAP, INDENT, squeeze, squeezed

__all__ = [
    "BYLINE_FIELDS",
    "COUNTER_FIELDS",
    "FIELD_LABELS",
    "METADATA_LABELS",
    "Line",
    "Lines",
    "Zone",
    "classify",
    "trail_end",
]

# The stdlib ``re`` engine scans whole texts here for the same reason as in normalize:
# literal alternations run several times faster than in ``regex``.


class Zone(enum.Enum):
    """What a line of a scraped page is."""

    BODY = "body"
    METADATA = "metadata"
    CHROME = "chrome"
    RELATED = "related"
    SPAM = "spam"
    BLANK = "blank"
    MARKER = "page_marker"
    """A document-sharing site's page counter (``3、``) standing inside a cut sentence."""


@attrs.frozen
class Line:
    """A physical line of the normalized text (or a run of one) and its zone."""

    span: Span
    """The line without its line break."""
    zone: Zone
    """What the line is."""


_ZONE_ORDER: tuple[Zone, ...] = tuple(Zone)
"""Zones by their one-byte code in :class:`Lines`."""
_ZONE_CODE = {zone: code for code, zone in enumerate(_ZONE_ORDER)}


class Lines(Sequence[Line]):
    """The lines of a text and their zones: a :class:`~minzheng.text.span.Spans` whose tags are zones.

    Indexing builds a :class:`Line` on demand; scans over many lines read :attr:`starts`,
    :attr:`ends` and :meth:`zone`, or :attr:`spans` itself.

    >>> lines = Lines.of([Line(Span(0, 4), Zone.BODY), Line(Span(5, 5), Zone.BLANK)])
    >>> len(lines), lines[0], lines.zone(1)
    (2, Line(span=Span(start=0, end=4), zone=<Zone.BODY: 'body'>), <Zone.BLANK: 'blank'>)
    """

    __slots__ = ("spans",)

    def __init__(self, starts: array[int], ends: array[int], zones: bytes) -> None:
        self.spans = Spans(starts, ends, zones)

    @classmethod
    def _wrap(cls, spans: Spans) -> Lines:
        lines = cls.__new__(cls)
        lines.spans = spans
        return lines

    @classmethod
    def of(cls, lines: Iterable[Line]) -> Lines:
        """The lines given, as :class:`Lines` (returned as they are if they already are)."""
        if isinstance(lines, Lines):
            return lines
        listed = list(lines)
        return cls(
            array("q", [line.span.start for line in listed]),
            array("q", [line.span.end for line in listed]),
            bytes(_ZONE_CODE[line.zone] for line in listed),
        )

    @property
    def starts(self) -> Sequence[int]:
        """Where each line starts."""
        return self.spans.starts

    @property
    def ends(self) -> Sequence[int]:
        """Where each line ends, before its line break."""
        return self.spans.ends

    def zone(self, index: int) -> Zone:
        """The zone of line ``index``."""
        return _ZONE_ORDER[self.spans.tag(index)]

    def span(self, index: int) -> Span:
        """The span of line ``index``."""
        return self.spans.span(index)

    def only(self, *zones: Zone) -> Lines:
        """The lines in one of ``zones``, in order."""
        return self._wrap(self.spans.only(*map(_ZONE_CODE.__getitem__, zones)))

    def where(self, *zones: Zone, start: int = 0) -> list[int]:
        """Indexes of the lines in one of ``zones``, from line ``start`` on."""
        return self.spans.where(*map(_ZONE_CODE.__getitem__, zones), start=start)

    def each_where(self, *zones: Zone, start: int = 0) -> Iterator[int]:
        """:meth:`where` one index at a time: no list of them is made."""
        return self.spans.each_where(*map(_ZONE_CODE.__getitem__, zones), start=start)

    def from_position(self, position: int) -> Lines:
        """The lines that start at or after ``position`` (lines are in order)."""
        return self._wrap(self.spans.from_position(position))

    @classmethod
    def join(cls, parts: Iterable[Lines]) -> Lines:
        """The lines of ``parts``, one after the other."""
        return cls._wrap(Spans.join(part.spans for part in parts))

    def __len__(self) -> int:
        return len(self.spans)

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> Lines: ...
    def __getitem__(self, index: int | slice) -> Line | Lines:
        if isinstance(index, slice):
            return self._wrap(self.spans[index])
        return Line(self.spans.span(index), self.zone(index))

    def rows(self) -> Iterator[tuple[int, int, Zone]]:
        """Each line's start, end and zone, in order: a scan's view, with no :class:`Line` built."""
        spans = self.spans
        return zip(spans.starts, spans.ends, map(_ZONE_ORDER.__getitem__, spans.tags), strict=True)

    def __iter__(self) -> Iterator[Line]:
        for start, end, code in self.spans.rows():
            yield Line(Span(start, end), _ZONE_ORDER[code])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Lines):
            return NotImplemented
        return self.spans == other.spans

    def __hash__(self) -> int:
        return hash(self.spans)

    def __repr__(self) -> str:
        return f"Lines({list(self)!r})"


# --- word tables -------------------------------------------------------------------

TOOLBAR_WORDS: tuple[str, ...] = (
    "简体", "繁体", "简体中文", "繁体中文", "简", "繁", "无障碍", "无障碍浏览", "长者模式", "关怀版",
    "关怀模式", "适老版", "适老化", "老年版", "大字版", "读屏", "English", "ENGLISH", "EN", "中文版",
    "登录", "注册", "搜索", "站内搜索", "网站地图", "设为首页", "加入收藏", "收藏", "收藏本页", "打印",
    "打印本页", "打印此页", "打印正文", "我要打印", "列印", "关闭", "关闭窗口", "关闭本页", "返回",
    "返回顶部",
    "回到顶部", "返回首页", "返回列表", "顶部", "分享", "分享到", "一键分享", "复制链接", "微信",
    "微信扫一扫", "微博", "新浪微博", "腾讯微博", "QQ空间", "QQ好友", "QQ", "朋友圈", "扫一扫", "手机版",
    "移动版", "纠错", "我要纠错", "视力保护色", "背景色", "护眼模式", "朗读", "语音播报", "播报", "停止",
    "政策解读", "图解", "点赞", "附件下载", "下载", "字体", "字号", "默认",
)  # fmt: skip
"""Words that make up toolbars and tab strips; a line of nothing else is chrome."""

TOOLBAR_SIGNALS: tuple[str, ...] = (
    "打印", "列印", "收藏", "分享", "关闭", "字体", "字号", "简体", "繁体", "无障碍", "长者模式", "关怀版",
    "关怀模式", "适老", "大字版", "扫一扫", "返回顶部", "回到顶部", "网站地图", "设为首页", "纠错",
    "朗读", "语音播报", "视力保护色", "护眼模式", "政策解读", "附件下载", "手机版",
)  # fmt: skip
"""Toolbar words that are not ordinary words: a toolbar holds at least one."""

FONT_SIZE_SWITCH = rf"(?:字体|字号|文字){EDGE}[:：]?{EDGE}(?:[大中小默认标准]{EDGE})+"
"""``字体:大 中 小``: the size letters count only right after their label.

The spaces between them set the buttons of a toolbar apart: layout, read in the text."""

BREADCRUMB_LABELS: tuple[str, ...] = (
    "当前位置", "您的位置", "您当前的位置", "您现在的位置", "你的位置", "你现在的位置", "所在位置",
    "当前页面",
)  # fmt: skip
"""Labels that open a breadcrumb trail (``当前位置: 首页 > … > 正文``)."""

NAVIGATION_LABELS: tuple[str, ...] = ("上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页")
"""Links to neighbouring pages."""

QR_PHRASES: tuple[str, ...] = (
    "扫一扫", "扫描二维码", "手机上查看", "手机端打开", "手机上打开", "手机端查看",
    "移动端查看", "手机扫码阅读", "手机扫码查看",
)  # fmt: skip
"""Prompts to open the page on a phone."""

FOOTER_MARKERS: tuple[str, ...] = (
    "版权所有", "版权声明", "版权说明", "Copyright", "COPYRIGHT", "copyright", "©", "ICP备", "ICP证",
    "公网安备", "网站标识码", "网站识别码", "技术支持:", "主办单位:", "承办单位:", "协办单位:",
    "维护单位:", "主办:", "承办:", "建议使用", "最佳分辨率", "浏览器访问", "未经授权", "禁止转载",
    "谢绝转载", "违者必究",
)  # fmt: skip
"""Any of these makes a short line a copyright or site footer."""

CONTACT_FIELDS: tuple[str, ...] = (
    "地址", "邮编", "邮政编码", "电话", "联系电话", "传真", "电子邮箱", "邮箱", "E-mail", "Email",
    "联系我们", "网址",
)  # fmt: skip
"""Two or more of these in one short line make a contact footer."""

COUNTER_FIELDS: tuple[str, ...] = (
    "浏览量", "浏览次数", "浏览数", "阅读量", "阅读数", "阅读次数", "点击数", "点击量", "点击次数",
    "点击率", "访问量", "访问次数", "访问数", "人气",
)  # fmt: skip
"""View counters: chrome alone, part of a byline beside a date or source."""

BYLINE_FIELDS: tuple[str, ...] = (
    "发布时间", "发布日期", "发表时间", "发文时间", "更新时间", "时间", "日期", "来源", "信息来源",
    "文章来源", "稿件来源", "新闻来源", "作者", "文", "编辑", "责任编辑", "责编", "编审", "审核", "审校",
    "校对", "撰稿", "撰稿人", "供稿", "摄影", "图", "发布者", "发布人", "发布单位",
)  # fmt: skip
"""Fields of a byline (``时间:2023-08-18 来源:中国社会报``); interview speakers are not."""

REPORTER_TITLES: tuple[str, ...] = (
    "本报记者", "本台记者", "本刊记者", "本网记者", "特约记者", "实习记者", "见习记者", "记者",
    "本报通讯员", "通讯员",
)  # fmt: skip
"""Words that open a reporter line (``本报记者 祝 闯``)."""

FIELD_LABELS: dict[str, str | None] = {
    "索引号": "index_number", "统一编号": "index_number", "登记号": "index_number",
    "分类": "category", "主题分类": "category", "主题": "category", "体裁分类": "category",
    "组配分类": "category", "服务对象分类": "category",
    "发布机构": "issuer", "发布单位": "issuer", "所属机构": "issuer", "发文机关": "issuer",
    "发文单位": "issuer", "发文机构": "issuer",
    "发文日期": "issued", "发文时间": "issued", "印发日期": "issued",
    "成文时间": "written", "成文日期": "written",
    "发布日期": "published", "公开日期": "published",
    "生效日期": "effective", "实施日期": "effective", "废止日期": "repealed",
    "名称": "title", "标题": "title",
    "文号": "doc_number", "发文字号": "doc_number", "文件编号": "doc_number",
    "效力状态": "validity", "有效性": "validity", "时效性": "validity",
    "公开方式": "disclosure", "公开范围": "disclosure", "公开时限": "disclosure", "公开形式": "disclosure",
    "关键词": "keywords", "主题词": "keywords",
    "信息来源": None,
}  # fmt: skip
"""Labels of a government site's metadata block (the value follows or sits on the next
line), each with the field it fills; None for a label read as a byline (``信息来源``)."""

METADATA_LABELS: tuple[str, ...] = tuple(FIELD_LABELS)
"""The labels of :data:`FIELD_LABELS`."""

RELATED_HEADINGS: tuple[str, ...] = (
    "相关焦点", "相关新闻", "相关阅读", "相关文章", "相关报道", "相关链接", "相关稿件", "相关政策",
    "相关内容", "相关资讯", "相关推荐", "相关专题", "推荐阅读", "延伸阅读", "拓展阅读", "热点新闻",
    "热点推荐", "热门文章", "热门推荐", "热门新闻", "猜你喜欢", "更多新闻", "更多阅读", "往期回顾",
    "精彩推荐", "新闻推荐", "为你推荐", "推荐新闻", "最新新闻", "最新文章", "你可能感兴趣",
    "您可能感兴趣", "看了又看",
)  # fmt: skip
"""Headings of a list of other stories that runs to the end of the page."""

SPAM_STRONG: tuple[str, ...] = (
    # pornography
    "毛片", "A片", "a片", "黄片", "黄色网站", "色情", "偷拍", "自拍偷拍", "乱伦",
    "人妻", "熟女", "萝莉", "女优", "成人影院", "成人视频", "成人网站", "成人电影", "三级片", "伦理片",
    "伦理电影", "激情视频", "裸聊", "约炮", "一夜情", "巨乳", "性爱", "做爱", "口交", "福利姬", "援交",
    "楼凤", "porn", "av在线", "AV在线",
    # gambling
    "百家乐", "娱乐城", "博彩", "赌场", "网上赌博", "赌博网站", "六合彩", "时时彩", "老虎机", "真人娱乐",
    "葡京", "威尼斯人", "金沙娱乐", "体育投注", "彩金", "注册送", "首存", "棋牌游戏", "捕鱼游戏",
    "北京赛车", "幸运飞艇", "皇冠体育", "开元棋牌", "bet365",
    # pirate video
    "在线观看", "免费观看", "在线播放", "免费视频", "高清在线", "迅雷下载", "BT下载", "网盘下载",
    "未删减", "无删减", "电影天堂", "影音先锋", "一区二区", "二区三区", "国产精品", "精品国产",
    "中文字幕", "高清无码",
)  # fmt: skip
"""Words that hardly ever occur in a civil-affairs report but fill injected spam lines."""

SPAM_WEAK: tuple[str, ...] = (
    "亚洲", "欧美", "日韩", "国产", "精品", "激情", "电影", "视频", "高清", "免费", "在线", "美女",
    "少妇", "一区", "二区", "三区", "字幕", "影院", "全集", "韩剧", "美剧", "日剧", "久久", "午夜",
    "福利", "网站", "娱乐",
)  # fmt: skip
"""Words that back a strong spam word up (on their own they are ordinary)."""

REPORT_WORDS: tuple[str, ...] = (
    "民政", "救助", "低保", "保障", "特困", "供养", "养老", "老年", "儿童", "孤儿", "残疾", "优抚", "殡葬",
    "婚姻", "社区", "慈善", "福彩", "彩票公益金", "社会组织", "困难", "群众", "资金", "补贴", "补助", "发放",
    "工作", "服务",
)  # fmt: skip
"""Words of a civil-affairs report's own prose: a sentence holding one (or an amount of money)
is never taken for spam as a whole, only a spam clause inside it can be."""

_SPAM_BACKING = 2
"""Weak words that, with one strong word, make a spam line."""
_SPAM_IN_PROSE = 3
"""Strong words a line of prose (it holds a ``。``) needs to be spam."""

# --- shapes ------------------------------------------------------------------------


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first.

    >>> _alternation(("分享", "分享到"))
    '分享到|分享'
    """
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


def _spaced_start(words: tuple[str, ...]) -> str:
    r"""An alternation of the words and of the starts of each spaced out letter by letter.

    A word spaced anywhere (``名    称``, ``发布 日期``) opens with one of its first letters
    and a space: what a cue scan over the text finds, where the rule reads the line's view.

    >>> _spaced_start(("名称",))
    '名称|名[ \t]'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    starts = {word[:end] for word in ordered for end in range(1, len(word))}
    spaced = sorted(starts, key=lambda start: (-len(start), start))
    return "|".join([*map(re.escape, ordered), *(f"{re.escape(start)}[ \t]" for start in spaced)])


_DECORATION = r"[\s|｜/\\·•・:：;；,，、【】\[\]()（）<>《》〈〉「」『』“”\"'>»›→\-—_=*#~▶►◆◇■□●〇◎★☆]"
"""Separators and bullets between toolbar words."""

_TOOLBAR_PIECE = f"{FONT_SIZE_SWITCH}|{_alternation(TOOLBAR_WORDS)}|{_DECORATION}+"
_TOOLBAR_LINE = re.compile(f"(?>{_TOOLBAR_PIECE})*+")
"""A line of toolbar pieces only, each the first piece that matches where the last one ended."""
_TOOLBAR_RUN = re.compile(
    rf"(?:{_DECORATION}*(?:{FONT_SIZE_SWITCH}|{_alternation(TOOLBAR_WORDS)})){{2,}}+{_DECORATION}*"
)
"""Two or more toolbar words in a row, with their separators."""
_TOOLBAR_SIGNAL = re.compile(_alternation(TOOLBAR_SIGNALS))

_HOME = "首页"
"""The link a breadcrumb trail starts from."""
# The shapes below read a line's layout in the text: the padding of a field up to its colon
# (``来源 ：``, where a page aligns its labels) and around a separator (``首页 > 新闻``) is an
# edge of a field, and the cue scans find a colon after a space as they find one after a
# field. Stray spaces inside a field are no layout: the rules that meet them (a licence
# number, a spaced date) read the line's squeezed view, and the cue scans find such a line
# by a word or a year the text holds unspaced.
_BREADCRUMB = re.compile(
    rf"{EDGE}(?:{_alternation(BREADCRUMB_LABELS)}){EDGE}[:：]|.{{0,40}}{_HOME}{EDGE}(?:[>»›→]|&gt;)"
)
_TRAIL_STEP = re.compile(rf"{EDGE}(?:[>»›→]|&gt;){EDGE}")
"""A step of a breadcrumb trail, with the padding around it."""


def trail_end(line: str) -> int:
    """Where a breadcrumb trail that opens ``line`` ends, past its last step; 0 if none opens it.

    >>> line = "当前位置：首页 > 工作动态 > 某县2023年民政工作总结"
    >>> line[trail_end(line):], trail_end("某县2023年民政工作总结")
    ('某县2023年民政工作总结', 0)
    """
    if _BREADCRUMB.match(line) is None:
        return 0
    steps = list(_TRAIL_STEP.finditer(line))
    return steps[-1].end() if steps else 0


_NAVIGATION = re.compile(rf"{EDGE}[【\[]?(?:{_alternation(NAVIGATION_LABELS)})[】\]]?{EDGE}[:：]")
_QR = re.compile(_alternation(QR_PHRASES))
_FOOTER_SHAPES = ("京公网",)
"""Footer marks beyond the marker words: a public-security filing."""
_FOOTER = re.compile(
    "|".join(re.escape(marker).replace(":", "[:：]") for marker in FOOTER_MARKERS)
    + "|"
    + "|".join(_FOOTER_SHAPES)
)
_LICENCE = "ICP"
_LICENCE_MARK = re.compile(r"ICP[备证]")
"""A site's licence number (``某ICP备12345678号``), read in the line's view: ``ICP 备`` reads ``ICP备``."""
_CONTACT = re.compile(rf"(?P<field>{_alternation(CONTACT_FIELDS)}){EDGE}[:：]")
_WEEK = ("星期", "周")
_WEEKDAYS = "一二三四五六日天"
_BANNER_DATE = re.compile(rf"\d{{4}}年\d{{1,2}}月\d{{1,2}}日{EDGE}(?:{'|'.join(_WEEK)})[{_WEEKDAYS}]")
"""A page's clock: a date and its weekday, two fields that a space may set apart."""
_ATTACHMENT = "附件"
_ATTACHMENT_LABEL = re.compile(rf"{_ATTACHMENT}[:：]?")
"""``附件:`` alone on a line, read in the line's squeezed view (``附 件 :`` reads ``附件:``)."""

_BYLINE_FIELD = re.compile(rf"(?P<field>{_alternation(BYLINE_FIELDS + COUNTER_FIELDS)}){EDGE}[:：]")
_COUNTER_FIELD = re.compile(_alternation(COUNTER_FIELDS))
_YEAR = r"\d{4}"
_DATE = rf"{_YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:(?:{GAP})?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
"""A date and its time of day, read in a line's view (``2021 - 03 - 02`` reads ``2021-03-02``),
where the gap between two digits (``2021-03-02 10:30``) stays."""
_DATE_SOURCE = re.compile(rf"{EDGE}{_DATE}(?:{GAP})?(?P<source>[^\s,，。:：;；!！?？]{{2,16}}){EDGE}")
"""``2020-12-26 天津日报``: a date, then the paper or site that ran the story after a gap."""
_DATE_ONLY = re.compile(rf"{_DATE}|\d{{1,2}}:\d{{2}}")
_NAME_CHAR = r"[^\s:：,，。;；!！?？]"
_NAME = _NAME_CHAR + "{1,4}"
_REPORTER = re.compile(rf"{EDGE}(?:{_alternation(REPORTER_TITLES)}){EDGE}{_NAME}(?:{GAP}{_NAME})*{EDGE}")
"""``本报记者 祝 闯``: a reporter title, then short names each set off by spaces (the fields of a byline)."""
_SHORT_LABEL = 2
"""Labels this short (分类, 名称) need a colon before a value on their line."""
_LONG_LABELS = tuple(label for label in METADATA_LABELS if len(label) > _SHORT_LABEL)
_LABEL_FIRSTS = frozenset(label[0] for label in METADATA_LABELS)
"""The first letters of the labels: a line that opens with none is no label."""
_LABEL = re.compile(
    rf"(?P<label>{_alternation(METADATA_LABELS)})(?:[:：](?P<value>.*?))?"
    rf"|(?P<long_label>{_alternation(_LONG_LABELS)})(?P<long_value>[^ \t].*?)"
)
"""``名    称 :`` alone, ``发布机构: 天门市民政局``, or ``发布机构 天门市民政局`` (longer labels
only, the value after a gap), read in the line's view: ``名    称 :`` reads ``名称:``."""

_RELATED_HEADING = re.compile(
    rf"{_DECORATION}*(?:{_alternation(RELATED_HEADINGS)}){_DECORATION}*(?:更多|more|MORE|>>)?{_DECORATION}*"
)
_NUMBERING = (
    r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}[章部分])"
)
"""The numbering of the report's own headings: ``一、``, ``（二）``, ``第三章``."""
_OWN_HEADING = re.compile(rf"{EDGE}{_NUMBERING}")
"""The report's own numbered headings: a related-stories list never holds them."""
_OWN_HEADING_NEXT = re.compile(rf"\n(?={INDENT}{_NUMBERING})")
"""The line break before a line that :data:`_OWN_HEADING` matches."""

_SPAM_STRONG = re.compile(_alternation(SPAM_STRONG))
_REPORT_WORD = re.compile(_alternation(REPORT_WORDS))
_AMOUNT = re.compile(r"[0-9一二三四五六七八九十百千万亿][万亿]?元")
"""An amount of money, read in the squeezed view (``300 万 元`` reads ``300万元``)."""
_SPAM_WEAK = re.compile(_alternation(SPAM_WEAK))
_LIST_SEPARATOR = re.compile(r"[,，、|]")

_SHORT = 120
"""Longest stripped line that chrome, metadata and heading rules consider."""
_FOOTER_LONGEST = 300
"""Copyright notices run longer than other chrome."""
_RUN_WINDOW = 80
"""How far into a long line a leading or trailing chrome run is looked for."""
_QR_LONGEST = 40
"""Longest line a phone-view prompt makes chrome."""
_VALUE_LONGEST = 100
"""Longest value line that belongs to a metadata label on the line before."""
_BYLINE_VALUE_LONGEST = 30
_REPORTER_LONGEST = 30
"""Longest value of one byline field."""
_CONTACT_FIELDS_NEEDED = 2
_LIST_ITEMS = 3
"""Fewest comma-separated items that make a link-farm line."""
_LIST_ITEM_LONGEST = 30
_PARAGRAPH = 150
"""A line longer than this is prose; a related-stories list is mostly shorter lines."""
_PROSE_SHARE = 1 / 3
"""Largest share of prose lines a related-stories list may hold."""
_OWN_WINDOW = 4096
"""Characters from the end first searched for the report's last own heading."""

# --- cues: the lines the rules need to look at --------------------------------------
#
# Each family of rules has a bit. A line gets the bit when it holds a cue of the family,
# and the family's rules run only on lines with the bit: a bit may be set on a line the
# rules then reject (that costs time only), but never left off a line they would take.


_SPAM_CUE = 1 << 0
_FOOTER_CUE = 1 << 1
_RELATED_CUE = 1 << 2
_TOOLBAR_CUE = 1 << 3
_HOME_CUE = 1 << 4
_NAVIGATION_CUE = 1 << 5
_QR_CUE = 1 << 6
_BANNER_CUE = 1 << 7
_FIELD_CUE = 1 << 8
"""A ``field:`` of a byline, a contact line, a breadcrumb or a footer."""
_START_CUE = 1 << 9
"""The line starts with a metadata label, a reporter title, ``附件`` or a date."""
_EVERY_CUE = (1 << 10) - 1
"""All families: the rules in full."""

_CUE_WORDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (_SPAM_CUE, SPAM_STRONG),
    (_FOOTER_CUE, tuple(marker for marker in FOOTER_MARKERS if ":" not in marker)),
    (_FOOTER_CUE, (*_FOOTER_SHAPES, _LICENCE)),
    (_RELATED_CUE, RELATED_HEADINGS),
    (_TOOLBAR_CUE, TOOLBAR_SIGNALS),
    (_HOME_CUE, (_HOME,)),
    (_NAVIGATION_CUE, NAVIGATION_LABELS),
    (_QR_CUE, QR_PHRASES),
    (_BANNER_CUE, tuple(week + day for week in _WEEK for day in _WEEKDAYS)),
)
"""Words that a family of rules needs somewhere in a line."""
_CUE_FIELDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (_FIELD_CUE, BYLINE_FIELDS + COUNTER_FIELDS + CONTACT_FIELDS + BREADCRUMB_LABELS),
    (_FOOTER_CUE, tuple(marker.partition(":")[0] for marker in FOOTER_MARKERS if ":" in marker)),
)
"""Fields that a family of rules needs right before a colon (spaces between count too)."""


def _cue_words() -> Lexicon[int]:
    """Every cue word with the families it cues, looked for by its rarest character."""
    cues: dict[str, int] = {}
    for cue, words in _CUE_WORDS:
        for word in words:
            cues[word] = cues.get(word, 0) | cue
    return Lexicon(cues.items(), kept="clean.cues")


def _field_colons() -> tuple[re.Pattern[str], int]:
    """The scan for a colon with a cue field or a space before it, and the families it cues."""
    by_width: dict[int, set[str]] = {}
    cues = 0
    for cue, fields in _CUE_FIELDS:
        for field in fields:
            by_width.setdefault(len(field), set()).add(re.escape(field))
        cues |= cue
    checks = [f"(?<=(?:{'|'.join(sorted(fields))})[:：])" for _, fields in sorted(by_width.items())]
    checks.append(r"(?<=\s[:：])")
    # One branch per colon: re skips ahead to where a match can start only when every
    # branch starts with a literal character.
    return re.compile("|".join(f"{colon}(?:{'|'.join(checks)})" for colon in ":：")), cues


_CUE_WORD_LEXICON = _cue_words()
"""Cue words anywhere in a line, with the families each cues."""
_FIELD_COLON, _FIELD_COLON_CUES = _field_colons()
"""A ``field:`` anywhere in a line, and the families it cues."""
_START_WORDS = (
    _spaced_start(METADATA_LABELS),
    rf"(?:{_alternation(REPORTER_TITLES)}){INDENT}{_NAME_CHAR}",
    _spaced_start((_ATTACHMENT,)),
    rf"{_YEAR}[-/.年 \t]",
)
"""How the lines start that :data:`_LABEL`, :data:`_REPORTER`, :data:`_ATTACHMENT_LABEL`
and :data:`_DATE_SOURCE` take (those rules match the whole stripped line). A dated source
is read in its line's view, where a spaced date (``2021 - 03 - 02``) reads unspaced: any
line that opens with a year and a date's separator or a space is cued for it; so are the
lines that open with a label or ``附件`` or the start of one spaced out (``发 布``)."""
_START_FIRSTS = "".join(
    sorted({re.escape(word[0]) for word in (*METADATA_LABELS, *REPORTER_TITLES, _ATTACHMENT)})
)
_LINE_START = re.compile(rf"\n(?={INDENT}[{_START_FIRSTS}\d])(?={INDENT}(?:{'|'.join(_START_WORDS)}))")
"""The line break before a line that starts like a label, a reporter line, ``附件`` or a dated source.

The first lookahead only rules most lines out quickly by their first character.
"""


class _Kind(enum.Enum):
    """What a line is before context: zones plus the two markers context resolves."""

    BODY = "body"
    BLANK = "blank"
    CHROME = "chrome"
    METADATA = "metadata"
    SPAM = "spam"
    LABEL = "label"
    """A metadata label without its value: the next line may be the value."""
    RELATED_HEADING = "related heading"


_ZONES = {
    _Kind.BODY: Zone.BODY,
    _Kind.BLANK: Zone.BLANK,
    _Kind.CHROME: Zone.CHROME,
    _Kind.METADATA: Zone.METADATA,
    _Kind.SPAM: Zone.SPAM,
}


def _is_spam(line: str) -> bool:
    """Injected spam: strong spam words, backed by weak ones or a link-farm shape.

    Two strong words, or one with two weak ones, or one in a list of short comma-separated
    titles; a line of prose (it holds a ``。``) needs three strong words.

    >>> _is_spam("免费在线观看高清电影")
    True
    >>> _is_spam("群众可通过网站免费在线观看视频。")
    False
    """
    strong = set(_SPAM_STRONG.findall(line))
    if not strong:
        return False
    if "。" in line:
        return len(strong) >= _SPAM_IN_PROSE
    weak = set(_SPAM_WEAK.findall(_SPAM_STRONG.sub(" ", line)))
    if len(strong) >= _SPAM_BACKING or len(weak) >= _SPAM_BACKING:
        return True
    items = _LIST_SEPARATOR.split(line)
    return len(items) >= _LIST_ITEMS and all(len(item.strip()) <= _LIST_ITEM_LONGEST for item in items)


def _reads_as_report(piece: str) -> bool:
    """Whether a piece of a line holds a word of the report's own prose or an amount of money."""
    return _REPORT_WORD.search(piece) is not None or _AMOUNT.search(squeezed(piece)) is not None


def _is_spam_clause(clause: str) -> bool:
    """A clause of a report's sentence that is injected spam: a strong word backed by two weak ones.

    >>> _is_spam_clause("通过网站免费在线观看"), _is_spam_clause("严厉打击网上赌博、六合彩等违法活动")
    (True, False)
    """
    if _SPAM_STRONG.search(clause) is None or _reads_as_report(clause):
        return False
    return len(set(_SPAM_WEAK.findall(_SPAM_STRONG.sub(" ", clause)))) >= _SPAM_BACKING


def spam_pieces(row: str) -> list[tuple[int, int, bool]]:
    """A line with spam words cut into pieces, each with whether it is spam.

    A sentence is spam when it reads as spam (:func:`_is_spam`) and not as the report's own
    prose; in a sentence of the report's, only a clause of spam is. Neighbouring pieces of
    the same kind are merged.

    >>> row = "全年发放低保金1200万元。日韩精品毛片A片免费视频"
    >>> [(row[start:end], spam) for start, end, spam in spam_pieces(row)]
    [('全年发放低保金1200万元。', False), ('日韩精品毛片A片免费视频', True)]
    """
    pieces: list[tuple[int, int, bool]] = []
    for start, end in cut(row, 0, len(row), Break.SENTENCE):
        sentence = row[start:end]
        if not _reads_as_report(sentence):
            pieces.append((start, end, _is_spam(sentence)))
            continue
        if _SPAM_STRONG.search(sentence) is None:
            pieces.append((start, end, False))
            continue
        pieces.extend(
            (first, last, _is_spam_clause(row[first:last]))
            for first, last in cut(row, start, end, Break.CLAUSE)
        )
    merged: list[tuple[int, int, bool]] = []
    for start, end, spam in pieces:
        if merged and merged[-1][2] is spam:
            merged[-1] = (merged[-1][0], end, spam)
        else:
            merged.append((start, end, spam))
    return merged


def _is_toolbar(line: str) -> bool:
    """A line made only of toolbar words and separators, with at least one word.

    >>> _is_toolbar("【打印本页】 【关闭窗口】")
    True
    >>> _is_toolbar("打印机采购")
    False
    """
    return _TOOLBAR_SIGNAL.search(line) is not None and _TOOLBAR_LINE.fullmatch(line) is not None


def _is_footer(line: str) -> bool:
    """A line with a copyright or site-footer mark, or a licence number (read in its view).

    >>> _is_footer("某ICP 备12345678号"), _is_footer("ICP 协议"), _is_footer("版权所有：某市民政局")
    (True, False, True)
    """
    return _FOOTER.search(line) is not None or (
        _LICENCE in line and _LICENCE_MARK.search(squeezed(line)) is not None
    )


def _byline_kind(line: str) -> _Kind | None:
    """METADATA for a byline, CHROME for a bare view counter, None for anything else.

    >>> _byline_kind("时间:2023-08-18 浏览量:128 次 来源:中国社会报")
    <_Kind.METADATA: 'metadata'>
    >>> _byline_kind("点击数: 3052")
    <_Kind.CHROME: 'chrome'>
    """
    parts = _BYLINE_FIELD.split(line)
    if len(parts) < 3 or _DATE_ONLY.sub("", squeezed(parts[0])).strip(" 【】[]|"):  # noqa: PLR2004 (one field)
        return None
    fields, values = parts[1::2], parts[2::2]
    if any(len(value.strip()) > _BYLINE_VALUE_LONGEST or "。" in value for value in values):
        return None
    if all(_COUNTER_FIELD.fullmatch(field) for field in fields) and not parts[0].strip(" 【】[]|"):
        return _Kind.CHROME
    return _Kind.METADATA


def _row_kind(line: str, cues: int = _EVERY_CUE) -> _Kind:
    """What one line is on its own, before its neighbours are looked at.

    Only the families of rules in ``cues`` are tried.

    >>> _row_kind("点击数: 3052")
    <_Kind.CHROME: 'chrome'>
    >>> _row_kind("点击数: 3052", cues=_START_CUE)
    <_Kind.BODY: 'body'>
    """
    if not line or line.isspace():
        return _Kind.BLANK
    if cues & _SPAM_CUE and _is_spam(line):
        return _Kind.SPAM
    stripped = line.strip()
    if len(stripped) > _SHORT:
        footer = cues & _FOOTER_CUE and len(stripped) <= _FOOTER_LONGEST and _is_footer(stripped)
        return _Kind.CHROME if footer else _Kind.BODY
    if cues & _RELATED_CUE and _RELATED_HEADING.fullmatch(stripped):
        return _Kind.RELATED_HEADING
    if _is_chrome(stripped, cues):
        return _Kind.CHROME
    return _metadata_kind(stripped, cues) or _Kind.BODY


def _is_chrome(line: str, cues: int = _EVERY_CUE) -> bool:
    """A short line of toolbar, breadcrumb, phone prompt, footer or date banner."""
    return bool(
        (cues & _TOOLBAR_CUE and _is_toolbar(line))
        or (cues & (_FIELD_CUE | _HOME_CUE) and _BREADCRUMB.match(line))
        or (cues & _NAVIGATION_CUE and _NAVIGATION.match(line))
        or (cues & _START_CUE and _ATTACHMENT_LABEL.fullmatch(squeezed(line)))
        or (cues & _QR_CUE and len(line) <= _QR_LONGEST and _QR.search(line))
        or (cues & _FOOTER_CUE and _is_footer(line))
        or (
            cues & _FIELD_CUE
            and len({match["field"] for match in _CONTACT.finditer(line)}) >= _CONTACT_FIELDS_NEEDED
        )
        or (cues & _BANNER_CUE and len(line) <= _RUN_WINDOW and _BANNER_DATE.search(line))
    )


def _metadata_kind(line: str, cues: int = _EVERY_CUE) -> _Kind | None:
    """METADATA or LABEL for a metadata-block line, a byline or a reporter line.

    A bare view counter is CHROME; anything else None.

    >>> _metadata_kind("发 布 机 构 :")
    <_Kind.LABEL: 'label'>
    >>> _metadata_kind("2020-12-26 天津日报")
    <_Kind.METADATA: 'metadata'>
    """
    value = _label_value(line) if cues & _START_CUE and line[:1] in _LABEL_FIRSTS else None
    if value is not None:
        if not value:
            return _Kind.LABEL
        if len(value) <= _VALUE_LONGEST and not value.endswith("。"):
            return _Kind.METADATA
    byline = _byline_kind(line) if cues & _FIELD_CUE else None
    if byline is not None:
        return byline
    if cues & _START_CUE and (
        _dated_source(line) or (len(line) <= _REPORTER_LONGEST and _REPORTER.fullmatch(line))
    ):
        return _Kind.METADATA
    return None


def _label_value(line: str) -> str | None:
    """The value of a stripped line that is a label of a metadata block, as written; None for another line.

    Read in the line's view; a longer label's value without a colon follows a gap.

    >>> _label_value("发 布 机 构 ："), _label_value("发布机构 某县 民政局"), _label_value("发布机构某县")
    ('', '某县 民政局', None)
    """
    view = squeeze(line)
    label = _LABEL.fullmatch(view.text)
    if label is None:
        return None
    group = "value" if label["long_label"] is None else "long_value"
    start, end = label.span(group)
    if start < 0:
        return ""
    if group == "long_value" and not view.gap_before(start):
        return None
    return line[slice(*view.to_text(start, end))]


def _dated_source(line: str) -> bool:
    """Whether a stripped line is a date and, after a gap, the paper or site that ran the story.

    Read in the line's view; the source holds no gap (two words set apart are two fields).

    >>> _dated_source("2021 - 03 - 02   某某晚报"), _dated_source("2021-03-02某某晚报")
    (True, False)
    >>> _dated_source("2021-03-02 某某 晚报")
    False
    """
    if not line[:1].isdigit():
        return False
    view = squeeze(line)
    match = _DATE_SOURCE.fullmatch(view.text)
    if match is None:
        return False
    start, end = match.span("source")
    return view.gap_before(start) and not view.cuts(start + 1, end)


def _cues(text: str, starts: Sequence[int]) -> dict[int, int]:
    """The cues of every line that holds one, by line index (the first line gets them all).

    ``starts`` holds where each line starts, and one more entry past the end.
    """
    found = {0: _EVERY_CUE}
    for start, _, cue in _CUE_WORD_LEXICON.scan(text):
        index = bisect.bisect_right(starts, start) - 1
        found[index] = found.get(index, 0) | cue
    for match in _FIELD_COLON.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        found[index] = found.get(index, 0) | _FIELD_COLON_CUES
    for match in _LINE_START.finditer(text):
        index = bisect.bisect_right(starts, match.start())
        found[index] = found.get(index, 0) | _START_CUE
    return found


def _every_cue(_: str, starts: Sequence[int]) -> dict[int, int]:
    """Every cue for every line: each line goes through the rules in full.

    This is what :func:`_cues` must agree with; the tests compare the two.
    """
    return dict.fromkeys(range(len(starts) - 1), _EVERY_CUE)


def _last_own_heading(
    text: str, rows: Sequence[str], starts: Sequence[int], first: int, window: int = _OWN_WINDOW
) -> int:
    """Index of the last line from ``first`` on that is one of the report's own headings, or -1.

    Looked for from the end back, in windows of ``window`` characters and more: it is
    usually near the end.
    """
    while True:
        begin = max(starts[first], len(text) - window)
        last = collections.deque(_OWN_HEADING_NEXT.finditer(text, begin), maxlen=1)
        if last:
            return bisect.bisect_right(starts, last[0].start())
        if begin == starts[first]:
            return first if _OWN_HEADING.match(rows[first]) else -1
        window *= 4


def _related_from(text: str, rows: Sequence[str], starts: Sequence[int], headings: list[int]) -> int:
    """Index of the line that opens the related-stories block, or the line count.

    The first related heading after which no line looks like one of the report's own
    numbered headings and at most a third of the lines are prose (a sidebar list near
    the top is followed by the report itself).
    """
    count = len(rows)
    if not headings:
        return count
    last_own = _last_own_heading(text, rows, starts, headings[0])
    written: list[int] = []
    prose: list[int] = []
    for heading in headings:
        if last_own > heading:
            continue
        if not written:
            # From the end back: how many lines after each line are written, and how many prose.
            lengths = [len(rows[index].strip()) for index in range(count - 1, heading, -1)]
            written = list(itertools.accumulate(map(bool, lengths), initial=0))
            prose = list(itertools.accumulate((length > _PARAGRAPH for length in lengths), initial=0))
        after = count - 1 - heading
        if prose[after] <= _PROSE_SHARE * written[after]:
            return heading
    return count


def _split_runs(row: str, start: int, zone: Zone) -> list[Line]:
    """A line starting at ``start`` with a leading or trailing toolbar run split off as chrome.

    >>> [(line.span.start, line.zone.value) for line in _split_runs("打印 | 关闭 正文", 10, Zone.BODY)]
    [(10, 'chrome'), (18, 'body')]
    """
    size = len(row)
    head = _TOOLBAR_RUN.match(row, 0, min(size, _RUN_WINDOW))
    body_start = 0
    lines: list[Line] = []
    if head and _TOOLBAR_SIGNAL.search(head.group()) and head.end() < size:
        lines.append(Line(Span(start, start + head.end()), Zone.CHROME))
        body_start = head.end()
    tail_start = size
    for match in _TOOLBAR_RUN.finditer(row, max(body_start, size - _RUN_WINDOW)):
        if match.end() == size and match.start() > body_start and _TOOLBAR_SIGNAL.search(match.group()):
            tail_start = match.start()
            break
    lines.append(Line(Span(start + body_start, start + tail_start), zone))
    if tail_start < size:
        lines.append(Line(Span(start + tail_start, start + size), Zone.CHROME))
    return lines


def _lines(starts: Sequence[int], zones: list[Zone]) -> Lines:
    """The rows as :class:`Lines`; row ``i`` runs from ``starts[i]`` to the break before ``starts[i + 1]``.

    >>> _lines([0, 4, 5], [Zone.BODY, Zone.BLANK])[0]
    Line(span=Span(start=0, end=3), zone=<Zone.BODY: 'body'>)
    """
    return Lines(
        array("q", itertools.islice(starts, len(starts) - 1)),
        array("q", map((-1).__add__, itertools.islice(starts, 1, None))),
        bytes(map(_ZONE_CODE.__getitem__, zones)),
    )


def _has_run_signal(row: str) -> bool:
    """Whether a toolbar word sits near the start or the end of ``row``."""
    return bool(
        _TOOLBAR_SIGNAL.search(row, 0, _RUN_WINDOW)
        or _TOOLBAR_SIGNAL.search(row, max(0, len(row) - _RUN_WINDOW))
    )


def classify(text: str) -> Lines:
    r"""Split ``text`` into lines (as ``text.split("\n")``) and classify each.

    >>> [line.zone.value for line in classify("简体 | 繁体\n\n一、工作情况\n相关新闻\n• 别的新闻")]
    ['chrome', 'blank', 'body', 'related', 'related']
    """
    return _classify(text, _cues)


class _Rows(Sequence[str]):
    r"""The rows of a text as ``text.split("\n")`` gives them, each sliced when read.

    A list of every row would hold an object per line, many times the text where lines are
    short; the rules read only the rows with cues.

    >>> rows = _Rows("一\n\n二三", _row_starts("一\n\n二三"))
    >>> len(rows), rows[2], rows[1:]
    (3, '二三', ['', '二三'])
    """

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str, starts: Sequence[int]) -> None:
        self._text = text
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        starts = self._starts
        return self._text[starts[index] : starts[index + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        starts = self._starts
        ends = map((-1).__add__, itertools.islice(starts, 1, None))
        return map(self._text.__getitem__, map(slice, starts, ends))


_NEWLINE = re.compile("\n")


def _row_starts(text: str) -> array[int]:
    r"""Where each row of ``text`` starts, and one more entry one past its end.

    >>> list(_row_starts("一\n\n二三"))
    [0, 2, 3, 6]
    """
    starts = array("q", [0])
    starts.extend(match.end() for match in _NEWLINE.finditer(text))
    starts.append(len(text) + 1)
    return starts


def _classify(text: str, find_cues: Callable[[str, Sequence[int]], dict[int, int]]) -> Lines:
    """:func:`classify`, with the lines that go through the rules, and their cues, from ``find_cues``."""
    starts = _row_starts(text)
    rows = _Rows(text, starts)
    cues = find_cues(text, starts)
    kinds = {index: _row_kind(rows[index], cues[index]) for index in sorted(cues)}
    zones = [Zone.BODY if row and not row.isspace() else Zone.BLANK for row in rows]
    headings = [index for index, kind in kinds.items() if kind is _Kind.RELATED_HEADING]
    related = _related_from(text, rows, starts, headings)
    zones[related:] = [Zone.RELATED] * (len(rows) - related)
    _resolve(rows, kinds, zones, related)
    _zone_tab_title(rows, zones)
    spam_split = _split_spam(rows, kinds, cues, zones)
    whole = _lines(starts, zones)
    split = [
        index
        for index, kind in kinds.items()
        if kind is _Kind.BODY
        and zones[index] is Zone.BODY
        and cues[index] & _TOOLBAR_CUE
        and _has_run_signal(rows[index])
    ]
    pieces = {index: _split_runs(rows[index], starts[index], Zone.BODY) for index in split}
    pieces.update(
        (
            index,
            [
                Line(Span(starts[index] + a, starts[index] + b), Zone.SPAM if spam else Zone.BODY)
                for a, b, spam in cut
            ],
        )
        for index, cut in spam_split.items()
    )
    if not pieces:
        return whole
    parts: list[Lines] = []
    done = 0
    for index in sorted(pieces):
        parts += whole[done:index], Lines.of(pieces[index])
        done = index + 1
    parts.append(whole[done:])
    return Lines.join(parts)


_TAB_TITLE_ROWS = 8
"""How far down a page its browser title and its own title are looked for."""
_SITE_TAIL = re.compile(rf"{EDGE}[-—_|｜]+{EDGE}\S.{{1,24}}")
"""What a browser title adds after the page's title: a bar, a dash or an underscore, and the site."""
_TITLE_SHORTEST = 4
"""Fewest characters of a title a browser title must repeat."""


def _zone_tab_title(rows: Sequence[str], zones: list[Zone]) -> None:
    """Zone as chrome a first line that is the page's title with its site after it (its browser tab's).

    A scraped page often opens with the ``<title>`` of its HTML, then prints its own title:
    ``寒冬送温暖 关怀暖民心_某某网`` over ``寒冬送温暖 关怀暖民心``. The first is the tab's,
    not the report's: read as body it would repeat the title's facts.
    """
    written = [index for index in range(min(len(rows), _TAB_TITLE_ROWS)) if zones[index] is Zone.BODY]
    if len(written) < 2:  # noqa: PLR2004 (a tab's title and the page's own)
        return
    first, second = (rows[index].strip() for index in written[:2])
    if (
        len(second) >= _TITLE_SHORTEST
        and first.startswith(second)
        and _SITE_TAIL.fullmatch(first, len(second)) is not None
    ):
        zones[written[0]] = Zone.CHROME


def _split_spam(
    rows: Sequence[str], kinds: dict[int, _Kind], cues: dict[int, int], zones: list[Zone]
) -> dict[int, list[tuple[int, int, bool]]]:
    """Lines with spam words, zoned by their pieces: spam where all is spam, body where none is.

    Returns the lines that hold both, to be split into pieces.
    """
    split: dict[int, list[tuple[int, int, bool]]] = {}
    for index, kind in kinds.items():
        if (
            not cues[index] & _SPAM_CUE
            or kind not in {_Kind.BODY, _Kind.SPAM}
            or zones[index]
            not in {
                Zone.BODY,
                Zone.SPAM,
            }
        ):
            continue
        if kind is _Kind.SPAM and not _reads_as_report(rows[index]):
            zones[index] = Zone.SPAM  # spam all through: no piece of it reads as the report's
            continue
        pieces = spam_pieces(rows[index])
        if all(spam for _, _, spam in pieces):
            zones[index] = Zone.SPAM
        elif not any(spam for _, _, spam in pieces):
            zones[index] = Zone.BODY
        else:
            zones[index] = Zone.BODY
            split[index] = pieces
    return split


def _resolve(rows: Sequence[str], kinds: dict[int, _Kind], zones: list[Zone], related: int) -> None:
    """Set the zones of the lines in ``kinds`` (those with cues), in order, before ``related``.

    A label without its value makes the next line, if it is short body, its value; the
    other lines keep the zones their rules gave them.
    """
    for index, kind in kinds.items():
        if index >= related:
            break
        if kind is _Kind.LABEL:
            zones[index] = Zone.METADATA
            following = index + 1
            if following < len(rows) and len(rows[following]) <= _VALUE_LONGEST:
                if following in kinds:
                    if kinds[following] is _Kind.BODY:
                        kinds[following] = _Kind.METADATA
                elif zones[following] is Zone.BODY:
                    zones[following] = Zone.METADATA
        elif kind is _Kind.RELATED_HEADING:
            zones[index] = Zone.CHROME
        else:
            zones[index] = _ZONES[kind]
