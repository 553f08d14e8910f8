"""Zones of a page's lines: body, metadata, chrome, related stories, spam, blank."""

from __future__ import annotations

import bisect
import itertools
import re
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minzheng.model import Span
from minzheng.text import clean
from minzheng.text.clean import (
    _OWN_HEADING,
    _PARAGRAPH,
    _PROSE_SHARE,
    _TOOLBAR_PIECE,
    _TOOLBAR_SIGNAL,
    Line,
    Lines,
    Zone,
    _classify,
    _every_cue,
    _is_toolbar,
    _Kind,
    _last_own_heading,
    _row_kind,
    classify,
)
from minzheng.text.normalize import normalize

MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元")


def zone_of(line: str) -> Zone:
    (only,) = classify(line)
    return only.zone


def zones(text: str) -> list[tuple[str, Zone]]:
    return [(text[line.span.start : line.span.end], line.zone) for line in classify(text)]


# --- single lines, grouped by where such lines come from ------------------------------

TOOLBARS = [
    pytest.param("【打印本页】 【关闭窗口】", id="bracketed-print-close"),
    pytest.param("分享到: 微信 微博 QQ空间", id="share-bar"),
    pytest.param("字号:大 中 小 | 打印 | 关闭", id="font-size-bar"),
    pytest.param("无障碍浏览 | 关怀版 | 简体 | 繁体", id="accessibility-bar"),
    pytest.param("【字体:默认 大 小】【我要纠错】", id="font-and-report-error"),
    pytest.param("| 政策解读", id="tab-label"),
]

BREADCRUMBS_AND_NAVIGATION = [
    pytest.param("您现在的位置：首页 > 政务公开 > 工作总结", id="your-position"),
    pytest.param("首页 » 新闻动态 » 正文", id="home-arrows"),
    pytest.param("上一篇：关于开展养老机构安全检查的通知", id="previous-article"),
]

COUNTERS = [
    pytest.param("点击数：2315", id="clicks"),
    pytest.param("【浏览次数:1024】", id="bracketed-views"),
    pytest.param("阅读量: 88 次", id="reads"),
]

FOOTERS = [
    pytest.param("版权所有：某某市民政局 某ICP备12345678号", id="copyright-icp"),
    pytest.param("Copyright © 2021 某某市人民政府 All Rights Reserved", id="copyright-latin"),
    pytest.param("地址：某某路1号 邮编：300000 电话：022-12345678", id="contact-line"),
    pytest.param("网站标识码1200000001 某公网安备 12010102000001号", id="site-code"),
    pytest.param("主办单位：某某区民政局 技术支持：某某网络公司", id="sponsor"),
    pytest.param("某ICP 备12345678号-1", id="spaced-licence-number"),
    pytest.param("网站标识码1200000001 某ICP\t证030303号", id="licence-after-a-tab"),
]

PHONE_AND_ATTACHMENT = [
    pytest.param("扫描二维码分享到微信", id="qr-share"),
    pytest.param("手机扫码阅读", id="scan-to-read"),
    pytest.param("附件：", id="bare-attachment-label"),
    pytest.param("附 件 ：", id="spaced-attachment-label"),
    pytest.param("  附\t件:", id="indented-attachment-label"),
    pytest.param("某某市政府网 2021年5月8日 星期六", id="date-banner"),
]

METADATA = [
    pytest.param("发布机构：某某县民政局", id="label-value"),
    pytest.param("文    号：某民发〔2021〕3号", id="padded-label"),
    pytest.param("发布机构 某某县民政局", id="long-label-space-value"),
    pytest.param("来源：某某日报 作者：张三 编辑：李四", id="byline-fields"),
    pytest.param("发布日期：2022-05-06 10:30:00 来源：市民政局", id="date-and-source"),
    pytest.param("2021-03-02 某某晚报", id="date-then-paper"),
    pytest.param("本报记者 张三 通讯员 李四", id="reporters"),
    pytest.param("记者  王 明", id="reporter-name-set-off-by-spaces"),
    pytest.param("2021 - 03 - 02   某某晚报", id="spaced-date-then-paper"),
    pytest.param("2022 年 6 月 1 日  某某晨报", id="spaced-chinese-date-then-paper"),
    pytest.param("2021-03-02 10:30   某某晚报", id="date-time-then-paper"),
    pytest.param("2019 / 7 / 3 09:15 某某网", id="spaced-slashed-date-time-then-site"),
    pytest.param("2021 - 03 - 02 来源：某某日报 编辑：李四", id="spaced-date-before-byline-fields"),
    pytest.param("日期：2021-03-02 点击数：15", id="date-with-counter"),
]

SPAM = [
    pytest.param("澳门威尼斯人娱乐城,百家乐在线,首存送彩金", id="gambling-link-farm"),
    pytest.param("国产精品自拍偷拍视频,人妻熟女在线", id="porn-titles"),
    pytest.param("韩剧全集在线观看,最新电影免费观看,高清无删减", id="pirate-video"),
    pytest.param("六合彩开奖结果 时时彩计划", id="lottery-gambling"),
]

BODY = [
    pytest.param("一、2021年工作总结", id="numbered-heading"),
    pytest.param("（二）基本民生保障更加有力", id="parenthesized-heading"),
    pytest.param("某某区民政局2021年工作总结和2022年工作计划", id="title"),
    pytest.param("记者：今年低保标准提高了多少？", id="interview-question"),
    pytest.param("局长：城乡低保标准提高到每人每月900元。", id="interview-answer"),
    pytest.param("某某市民政局", id="signature-agency"),
    pytest.param("2021年12月30日", id="signature-date"),
    pytest.param("分类施策，精准救助", id="starts-with-a-label-word"),
    pytest.param("时间紧、任务重", id="starts-with-a-byline-word"),
    pytest.param("全年发放福利彩票公益金500万元，用于养老服务。", id="welfare-lottery"),
    pytest.param("群众可通过网站免费在线观看视频直播。", id="prose-with-one-spam-word"),
    pytest.param("形形色色的志愿服务活动", id="ordinary-words"),
    pytest.param("记者从市民政局获悉，全市新增养老床位300张", id="reporter-in-prose"),
    pytest.param("打印机、复印机等办公设备采购", id="toolbar-word-in-prose"),
    pytest.param("联系人：张三，联系电话：12345678", id="one-contact-field"),
    pytest.param("聚焦群众关切", id="news-subhead"),
    pytest.param("2021年，全市新增养老床位300张", id="prose-that-opens-with-a-year"),
    pytest.param("2022 年 工作 计划", id="spaced-heading-that-opens-with-a-year"),
    pytest.param("2021-03-02发放低保金", id="date-run-into-words"),
    pytest.param("2021-03-02 某某 晚报", id="date-then-two-words"),
]


@pytest.mark.parametrize(
    "line", TOOLBARS + BREADCRUMBS_AND_NAVIGATION + COUNTERS + FOOTERS + PHONE_AND_ATTACHMENT
)
def test_chrome(line):
    assert zone_of(line) is Zone.CHROME


@pytest.mark.parametrize("line", METADATA)
def test_metadata(line):
    assert zone_of(line) is Zone.METADATA


# Labels of a metadata block spaced out letter by letter, as pages write them (the text is
# normalized first: full-width and no-break spaces read as spaces).
LETTER_SPACED_LABELS = [
    pytest.param("发\u3000布\u3000机\u3000构：某某县民政局", id="full-width-spaces-between-every-letter"),
    pytest.param("索\xa0引\xa0号：ZX-2023-0012", id="no-break-spaces"),
    pytest.param("发 布\u3000机\xa0构\t某区民政局", id="mixed-spaces-long-label-then-gap"),
    pytest.param("发布 日期：2021年3月4日", id="between-some-letters"),
    pytest.param("成 文 日 期 ：", id="spaced-label-alone"),
]


@pytest.mark.parametrize("line", LETTER_SPACED_LABELS)
def test_letter_spaced_labels(line):
    assert zone_of(normalize(line).text) is Zone.METADATA


def test_a_spaced_label_alone_takes_the_next_line_as_its_value():
    text = normalize("主\u3000题\u3000分\u3000类\n社会救助\n全年发放低保金300万元。").text
    assert [zone for _, zone in zones(text)] == [Zone.METADATA, Zone.METADATA, Zone.BODY]


@pytest.mark.parametrize("line", SPAM)
def test_spam(line):
    assert zone_of(line) is Zone.SPAM


@pytest.mark.parametrize("line", BODY)
def test_body(line):
    assert zone_of(line) is Zone.BODY


@pytest.mark.parametrize("line", ["", "   ", "\t"])
def test_blank(line):
    assert zone_of(line) is Zone.BLANK


def test_traditional_page_is_classified_after_normalizing():
    page = "當前位置：首頁 > 新聞中心 > 正文\n【字體：大 中 小】 列印\n點擊數：12\n民政局發放救助資金"
    assert [zone for _, zone in zones(normalize(page).text)] == [
        Zone.CHROME,
        Zone.CHROME,
        Zone.CHROME,
        Zone.BODY,
    ]


# --- context: labels with values below, related lists, runs inside lines ---------------


def test_label_takes_the_next_line_as_its_value():
    text = "成文日期\n2021年03月05日\n发文字号\n效力状态\n有效\n\n正文第一段。"
    assert [zone for _, zone in zones(text)] == [
        Zone.METADATA,
        Zone.METADATA,
        Zone.METADATA,
        Zone.METADATA,
        Zone.METADATA,
        Zone.BLANK,
        Zone.BODY,
    ]


def test_label_does_not_take_a_value_across_a_blank_line():
    assert [zone for _, zone in zones("发 文 日 期 :\n\n某民发〔2020〕1号")] == [
        Zone.METADATA,
        Zone.BLANK,
        Zone.BODY,
    ]


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("相关阅读：", id="related-reading"),
        pytest.param("【推荐阅读】", id="bracketed"),
        pytest.param("猜你喜欢", id="you-may-like"),
        pytest.param("热点新闻 更多>>", id="with-more-link"),
    ],
)
def test_related_list_runs_to_the_end(heading):
    listed = "• 某区开展敬老活动\n• 某县召开会议 2021-01-02\n版权所有 某报社"
    text = f"一、工作总结\n全年发放低保金300万元。\n{heading}\n\n{listed}"
    got = zones(text)
    assert [zone for _, zone in got[:2]] == [Zone.BODY, Zone.BODY]
    assert all(zone is Zone.RELATED for _, zone in got[2:])


def test_sidebar_heading_before_the_report_is_not_a_related_list():
    text = "相关新闻\n• 某区开展敬老活动\n一、2021年工作情况\n全年发放低保金300万元。"
    got = zones(text)
    assert got[0][1] is Zone.CHROME
    assert [zone for _, zone in got[2:]] == [Zone.BODY, Zone.BODY]


def test_related_heading_followed_by_prose_is_not_a_related_list():
    paragraph = "全年发放低保金300万元，" * 20
    got = zones(f"推荐阅读\n{paragraph}\n{paragraph}")
    assert [zone for _, zone in got] == [Zone.CHROME, Zone.BODY, Zone.BODY]


# A scraped page that opens with its browser tab's title (the page's title and its site),
# then prints its own title: the tab's line is chrome.
TAB_TITLES = [
    pytest.param("某县提高城乡低保标准_某某网", "某县提高城乡低保标准", id="underscore"),
    pytest.param(
        "关于2023年民政工作的总结 - 某某县人民政府", "关于2023年民政工作的总结", id="dash-and-owner"
    ),
    pytest.param("寒冬送温暖 关怀暖民心|某某日报", "寒冬送温暖 关怀暖民心", id="bar-after-a-spaced-headline"),
    pytest.param(
        "\n某市养老服务补贴发放情况公示 —— 某某新闻网", "某市养老服务补贴发放情况公示", id="after-a-blank"
    ),
]


@pytest.mark.parametrize(("tab", "title"), TAB_TITLES)
def test_a_tab_title_above_the_pages_title_is_chrome(tab: str, title: str) -> None:
    got = zones(f"{tab}\n\n{title}\n全年发放低保金300万元，惠及困难群众一千余人。")
    written = [(line, zone) for line, zone in got if zone is not Zone.BLANK]
    assert [zone for _, zone in written] == [Zone.CHROME, Zone.BODY, Zone.BODY]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "某县民政局2023年工作总结\n某县民政局\n全年发放低保金300万元。", id="an-agency-under-a-title"
        ),
        pytest.param("一、社会救助工作\n一、社会救助\n全年发放低保金300万元。", id="two-headings"),
        pytest.param(
            "某县提高城乡低保标准\n某县提高城乡低保标准\n全年发放低保金300万元。", id="a-title-printed-twice"
        ),
    ],
)
def test_a_line_that_only_starts_like_the_next_is_no_tab_title(text: str) -> None:
    assert Zone.CHROME not in [zone for _, zone in zones(text)]


def test_toolbar_runs_split_off_a_body_line():
    body = "2022年，全区民政系统坚持以人民为中心，全年发放救助资金500万元。"
    text = f"【字体：大 中 小】 打印 收藏 {body} 【打印本页】【关闭窗口】"
    got = zones(text)
    assert [zone for _, zone in got] == [Zone.CHROME, Zone.BODY, Zone.CHROME]
    assert got[1][0].strip() == body
    assert "".join(piece for piece, _ in got) == text


def test_body_line_with_a_toolbar_word_is_not_split():
    text = "打印机采购资金10万元，收藏品管理"
    assert zones(text) == [(text, Zone.BODY)]



# --- properties -----------------------------------------------------------------------

page_text = st.lists(
    st.one_of(
        st.sampled_from([p.values[0] for p in TOOLBARS + COUNTERS + FOOTERS + METADATA + SPAM + BODY]),
        st.sampled_from(["", "相关新闻", "名    称 :", "一、工作", "\u3000", "打印", "记者:"]),
        st.text(max_size=30),
    ),
    max_size=12,
).map("\n".join)


@given(page_text)
def test_lines_cover_the_text(text):
    lines = classify(text)
    assert all(isinstance(line, Line) for line in lines)
    covered = [position for line in lines for position in range(line.span.start, line.span.end)]
    assert covered == [index for index, char in enumerate(text) if char != "\n"]
    starts = {line.span.start for line in lines}
    physical = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    assert set(physical) <= starts
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(lines))


@given(page_text)
def test_blank_lines_are_blank_and_related_block_runs_to_the_end(text):
    lines = classify(text)
    blank = [line for line in lines if line.zone is Zone.BLANK]
    assert all(not text[line.span.start : line.span.end].strip() for line in blank)
    if any(line.zone is Zone.RELATED for line in lines):
        first = next(index for index, line in enumerate(lines) if line.zone is Zone.RELATED)
        assert all(line.zone is Zone.RELATED for line in lines[first:])


@given(st.text())
def test_never_raises(text):
    lines = classify(text)
    assert lines[0].span.start == 0
    assert lines[-1].span.end == len(text)


def test_empty_text_is_one_blank_line():
    assert tuple(classify("")) == (Line(Span(0, 0), Zone.BLANK),)


# --- the cue scans: only lines with cues go through the rules -------------------------
#
# classify sends a line through the rules only when a scan over the whole text finds a
# cue in it, and then only the families of rules it has cues for. Applying every rule to
# every line must give the same lines and zones.

WORD_TABLES_FOR_PAGES = [
    clean.SPAM_STRONG, clean.SPAM_WEAK, clean.TOOLBAR_WORDS, clean.TOOLBAR_SIGNALS, clean.RELATED_HEADINGS,
    clean.FOOTER_MARKERS, clean.CONTACT_FIELDS, clean.COUNTER_FIELDS, clean.BYLINE_FIELDS,
    clean.REPORTER_TITLES, clean.METADATA_LABELS, clean.BREADCRUMB_LABELS, clean.NAVIGATION_LABELS,
    clean.QR_PHRASES,
]  # fmt: skip
CUE_WORDS = sorted({word for table in WORD_TABLES_FOR_PAGES for word in table})
SHAPES = [
    ":", "：", " :", "\t：", " ", "   ", "\t", "\u3000", "|", "【", "】", ">", " » ", "&gt;", "•", "。",
    "，", "、", "首页 >", "更多", ">>", "2021-03-02 ", "2021年5月8日", "2021年5月8日 星期六", "周日", "10:30",
    "一、", "（二）", "第三章", "附件", "附 件:", "ICP备", "ICP 证", "京公网安备", "©", "字体:大 中 小",
    "2021 - 03 - 02 ", "2022 年 6 月 1 日", "2019/7/3 09:15", "2021年", "2021 年", "I C P 备",
    "发布 日期", "主题\t分 类", "发 布机构 ", "附 件", "附\t件 :",
]  # fmt: skip
PROSE = ["民政局", "全年发放低保金300万元", "某某区", "养老服务", "张三", "工作要点"]

# A table first, then a word of it: small tables come up as often as large ones.
word = st.sampled_from([*WORD_TABLES_FOR_PAGES, SHAPES, PROSE]).flatmap(st.sampled_from)
fragment = st.one_of(word, word, word.map(" ".join), st.sampled_from(SHAPES), st.text(max_size=3))
short_line = st.tuples(st.sampled_from(["", " ", "\u3000"]), st.lists(fragment, max_size=8)).map(
    lambda parts: parts[0] + "".join(parts[1])
)
long_line = st.tuples(short_line, st.integers(min_value=4, max_value=30), short_line).map(
    lambda parts: parts[0] + "全年发放低保金300万元，" * parts[1] + parts[2]
)
cued_page = st.lists(st.one_of(short_line, short_line, long_line, st.just("")), max_size=16).map("\n".join)


@settings(max_examples=6 * settings.default.max_examples)
@given(cued_page)
def test_cues_find_every_line_the_rules_take(text):
    assert classify(text) == _classify(text, _every_cue)


@given(st.lists(st.sampled_from(["\n", " ", ":", "：", *SHAPES, *CUE_WORDS[::7]]), max_size=60).map("".join))
def test_cues_find_every_line_the_rules_take_in_noise(text):
    assert classify(text) == _classify(text, _every_cue)


WORD_TABLES = [
    clean.SPAM_STRONG, clean.TOOLBAR_WORDS, clean.TOOLBAR_SIGNALS, clean.RELATED_HEADINGS,
    clean.FOOTER_MARKERS, clean.CONTACT_FIELDS, clean.COUNTER_FIELDS, clean.BYLINE_FIELDS,
    clean.REPORTER_TITLES, clean.METADATA_LABELS, clean.BREADCRUMB_LABELS, clean.NAVIGATION_LABELS,
    clean.QR_PHRASES, ("首页", "2021年5月8日 星期六", "2021年5月8日周日", "2020-12-26", "附件", "附 件"),
]  # fmt: skip
TEMPLATES = [
    "{}", "  {}", "{}：某某", "{} :某某", "【{}】", "某某 {} 某某", "{} 某某市民政局", "{} 张 三",
    "首页 > {}", "{},{},{}", "{} 关闭窗口", "全年发放低保金300万元，" * 12 + "{}",
]  # fmt: skip


@pytest.mark.parametrize("table", WORD_TABLES, ids=lambda table: table[0])
def test_cues_find_every_word_of_every_table(table):
    # Each word in lines its rules may take, each line after a prose line (the first line
    # of a text always goes through the rules); a numbered heading at the end keeps a
    # related heading from turning the rest of the page into a related block.
    lines = [
        line
        for word in table
        for template in TEMPLATES
        for line in ("全年发放低保金300万元。", template.format(word, word, word), " ".join(word))
    ]
    text = "\n".join([*lines, "一、工作情况"])
    assert classify(text) == _classify(text, _every_cue)


def test_cues_find_every_line_the_rules_take_in_own_reports(own_texts):
    for name, raw in own_texts.items():
        text = normalize(raw).text
        assert classify(text) == _classify(text, _every_cue), name


toolbar_line = st.lists(
    st.sampled_from([*clean.TOOLBAR_WORDS, "字体", "字号", "文字", ":", "：", " ", "大", "中", "小", "默认"])
    | st.sampled_from(["|", "【", "】", "-", "→", "\u3000", "x", "打", "印", "机", "字", "体"]),
    max_size=8,
).map("".join)


@given(toolbar_line)
def test_a_toolbar_line_is_left_empty_when_its_pieces_are_removed(line):
    emptied = not re.sub(_TOOLBAR_PIECE, "", line)
    assert _is_toolbar(line) == (_TOOLBAR_SIGNAL.search(line) is not None and emptied)


def _plain_related_from(rows):
    """Where the related block starts, by the rule read plainly: every heading, every line after it."""
    kinds = [_row_kind(row) for row in rows]
    headings = [index for index, kind in enumerate(kinds) if kind is _Kind.RELATED_HEADING]
    if not headings:
        return len(rows)
    own = [index for index in range(headings[0], len(rows)) if _OWN_HEADING.match(rows[index])]
    for heading in headings:
        if own and own[-1] > heading:
            continue
        written = [length for length in (len(row.strip()) for row in rows[heading + 1 :]) if length]
        if sum(length > _PARAGRAPH for length in written) <= _PROSE_SHARE * len(written):
            return heading
    return len(rows)


RELATED_PAGE_LINES = [
    "一、工作情况", "  （二）养老服务", "第三章 保障措施", "相关新闻", "推荐阅读：", "【相关阅读】",
    "热点新闻 更多>>", "• 某区开展敬老活动", "", "短句。", "全年发放低保金300万元，" * 14,
]  # fmt: skip
related_page = st.lists(st.sampled_from(RELATED_PAGE_LINES), max_size=80).map("\n".join)


@given(related_page)
def test_related_block_starts_where_the_plain_rule_puts_it(text):
    rows = text.split("\n")
    first = _plain_related_from(rows)
    starts = list(itertools.accumulate((len(row) + 1 for row in rows), initial=0))
    for line in classify(text):
        row = bisect.bisect_right(starts, line.span.start) - 1
        assert (line.zone is Zone.RELATED) == (row >= first)


@given(related_page, st.sampled_from([1, 5, 64, 4096]), st.data())
def test_last_own_heading_is_found_from_the_end_back(text, window, data):
    rows = text.split("\n")
    starts = list(itertools.accumulate((len(row) + 1 for row in rows), initial=0))
    first = data.draw(st.integers(min_value=0, max_value=len(rows) - 1))
    own = [index for index in range(first, len(rows)) if _OWN_HEADING.match(rows[index])]
    assert _last_own_heading(text, rows, starts, first, window) == (own[-1] if own else -1)


# --- Lines: the classified lines held in arrays ----------------------------------------


@st.composite
def line_lists(draw: st.DrawFn) -> list[Line]:
    """Lines in text order, each with a zone, as classify gives them."""
    lines = []
    position = 0
    for zone in draw(st.lists(st.sampled_from(Zone), max_size=30)):
        length = draw(st.integers(0, 20))
        lines.append(Line(Span(position, position + length), zone))
        position += length + draw(st.integers(0, 2))
    return lines


@given(line_lists())
def test_lines_hold_what_they_are_given(given_lines: list[Line]) -> None:
    lines = Lines.of(given_lines)
    assert list(lines) == given_lines
    assert len(lines) == len(given_lines)
    assert [lines[i] for i in range(len(lines))] == given_lines
    assert list(lines.rows()) == [(line.span.start, line.span.end, line.zone) for line in given_lines]
    assert [lines.span(i) for i in range(len(lines))] == [line.span for line in given_lines]
    assert Lines.of(lines) is lines
    assert lines == Lines.of(list(given_lines))


@given(line_lists(), st.sets(st.sampled_from(Zone)), st.integers(0, 40))
def test_lines_pick_out_zones_and_positions(given_lines: list[Line], zones: set[Zone], cut: int) -> None:
    lines = Lines.of(given_lines)
    assert list(lines.only(*zones)) == [line for line in given_lines if line.zone in zones]
    start = min(cut, len(given_lines))
    assert lines.where(*zones, start=start) == [
        i for i, line in enumerate(given_lines) if i >= start and line.zone in zones
    ]
    position = given_lines[start].span.start if start < len(given_lines) else cut * 7
    after = [line for line in given_lines if line.span.start >= position]
    assert list(lines.from_position(position)) == after
    assert list(lines[start:]) == given_lines[start:]


@given(line_lists(), st.integers(0, 30))
def test_lines_join_their_parts(given_lines: list[Line], cut: int) -> None:
    lines = Lines.of(given_lines)
    assert Lines.join([lines[:cut], lines[cut:]]) == lines
    assert Lines.join([]) == Lines.of([])


def test_lines_refuse_arrays_of_different_lengths() -> None:
    with pytest.raises(ValueError, match="one each per span"):
        Lines(array("q", [0, 5]), array("q", [4]), bytes(2))


def test_lines_are_not_equal_to_other_sequences() -> None:
    lines = Lines.of([Line(Span(0, 3), Zone.BODY)])
    assert lines != (Line(Span(0, 3), Zone.BODY),)
    assert lines != Lines.of([Line(Span(0, 3), Zone.BLANK)])
    assert hash(lines) == hash(Lines.of([Line(Span(0, 3), Zone.BODY)]))
