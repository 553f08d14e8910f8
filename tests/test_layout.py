"""The frame of a report: metadata block layouts, bylines, titles, signatures, phase words."""

from __future__ import annotations

import datetime

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from minzheng import Phase
from minzheng.parse.layout import body_phase, date_line, heading_phase, read_date, read_frame, title_phases
from minzheng.parse.structure_words import PLAN_MARKERS, REVIEW_MARKERS
from texts import body_document, laid_out


def frame_of(text: str):
    return read_frame(body_document(text))


PARAGRAPH = "全年各项工作稳步推进，群众满意度持续提升，基层服务能力不断增强，为下一步工作打下了坚实基础。"

# --- metadata blocks in their layouts -------------------------------------------------------

FIELDS = [
    pytest.param(
        f"索引号\nAB123/2024-001\n发布机构\n某某县民政局\n文号\n效力状态\n有效\n\n{PARAGRAPH}",
        {"index_number": "AB123/2024-001", "issuer": "某某县民政局", "doc_number": None, "validity": "有效"},
        id="label-and-value-on-two-lines-with-an-empty-field",
    ),
    pytest.param(
        "名    称 :\n关于某事的通知\n索   引  号 :\nXY9/2023-7\n"
        f"成 文 日 期 :\n发 文 日 期 :\n\n某民发〔20231\n\n{PARAGRAPH}",
        {"title": "关于某事的通知", "index_number": "XY9/2023-7", "written": None, "issued": None},
        id="padded-labels-and-no-value-past-a-blank",
    ),
    pytest.param(
        f"索引号：Q1/2022-3    分类：社会救助\n发布机构：某某区民政局  发布日期：2022-05-06\n{PARAGRAPH}",
        {
            "index_number": "Q1/2022-3",
            "category": "社会救助",
            "issuer": "某某区民政局",
            "published": "2022-05-06",
        },
        id="several-labels-on-one-line",
    ),
    pytest.param(
        f"发布机构：\n\n某某县民政局\n\n发文日期：\n\n某民发〔20211\n\n{PARAGRAPH}",
        {"issuer": "某某县民政局", "issued": None},
        id="blank-lines-between-labels-and-values",
    ),
    pytest.param(
        f"发文日期：\n\n2021年3月4日\n\n{PARAGRAPH}",
        {"issued": "2021年3月4日"},
        id="date-value-past-a-blank-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_metadata_fields(text, expected):
    frame = frame_of(text)
    assert {key: frame.field(key) for key in expected} == expected


def test_field_span_points_at_its_value():
    text = f"索引号：Q1/2022-3\n{PARAGRAPH}"
    (field,) = frame_of(text).fields
    assert text[field.span.start : field.span.end] == "Q1/2022-3"


def test_body_words_like_labels_are_not_fields():
    text = f"{PARAGRAPH}\n分类施策，精准帮扶，确保困难群众应保尽保，不漏一户，不落一人。"
    assert frame_of(text).fields == ()


# --- bylines ---------------------------------------------------------------------------------

BYLINES = [
    pytest.param(
        "某事新闻标题\n\n2022-03-05 某某日报\n\n", datetime.date(2022, 3, 5), "某某日报", id="date-then-paper"
    ),
    pytest.param(
        "某事新闻标题\n时间:2023-08-18   浏览量:128 次  来源:某某社会报\n",
        datetime.date(2023, 8, 18),
        "某某社会报",
        id="labelled-date-and-source",
    ),
    pytest.param(
        "某局工作报告\n发布时间：2021-01-21 15:08\n", datetime.date(2021, 1, 21), None, id="date-with-time"
    ),
    pytest.param("某某政务网 2019年12月3日星期二\n", None, None, id="page-clock-is-not-a-byline"),
]


@pytest.mark.parametrize(("header", "date", "source"), BYLINES)
def test_bylines(header, date, source):
    frame = frame_of(header + PARAGRAPH)
    assert (frame.byline_date, frame.byline_source) == (date, source)


# A clock written with full-width colons (``10：51：36``), as pages typed in a Chinese input
# method often give it: the date before it is the byline's all the same.
FULL_WIDTH_CLOCKS = [
    pytest.param(
        "某县低保标准再提高\n\n某某\n2014-11-20 09：42：17\n", datetime.date(2014, 11, 20), id="alone"
    ),
    pytest.param(
        "防汛救灾访谈\n某某电视台 2006年07月15日 20：05\n", datetime.date(2006, 7, 15), id="after-a-source"
    ),
    pytest.param(
        "某局工作报告\n发布时间：2021-06-22 15：13：54\n", datetime.date(2021, 6, 22), id="labelled"
    ),
    pytest.param(
        "某地动态 某某网 2019-04-02 16：20 市民政局召开会议，部署养老服务工作。",
        datetime.date(2019, 4, 2),
        id="a-stamp-in-a-flattened-header",
    ),
]


# A title printed on one line with its byline: the words before the first field, set apart
# from it, are the title.
TITLES_ON_THE_BYLINE = [
    pytest.param(
        "某县提高城乡低保标准 来源：某县民政局 发布时间：2023-05-06 10:12",
        "某县提高城乡低保标准",
        id="source-first",
    ),
    pytest.param(
        "关于2023年度城乡低保资金发放情况的公示 发布日期：2023-12-01 浏览次数：52",
        "关于2023年度城乡低保资金发放情况的公示",
        id="a-notice-and-a-counter",
    ),
    pytest.param(
        "市民政局召开全市养老服务工作推进会  2024-03-15 10:20  来源：市民政局",
        "市民政局召开全市养老服务工作推进会",
        id="a-date-stamp-first",
    ),
    pytest.param(
        "寒冬送温暖 关怀暖民心 作者：李明 时间：2022-01-08", "寒冬送温暖 关怀暖民心", id="a-spaced-headline"
    ),
    pytest.param(
        "来源：某县民政局 发布时间：2023-05-06\n某县提高城乡低保标准",
        "某县提高城乡低保标准",
        id="byline-above",
    ),
    pytest.param("2023年5月6日，市民政局召开养老服务会议 来源：某网", None, id="a-sentence-is-no-title"),
]


@pytest.mark.parametrize(("header", "title"), TITLES_ON_THE_BYLINE)
def test_a_title_on_its_bylines_line(header, title):
    assert frame_of(header + "\n" + PARAGRAPH).title == title


@pytest.mark.parametrize(("header", "date"), FULL_WIDTH_CLOCKS)
def test_a_full_width_clock_keeps_its_date(header, date):
    assert frame_of(header + PARAGRAPH).byline_date == date


# --- titles ------------------------------------------------------------------------------------

TITLES = [
    pytest.param(
        "某某日报数字报刊平台-2021年,市民政局交出答卷(图)\n\n2021-12-20 某某日报\n\n",
        "2021年,市民政局交出答卷",
        "某某日报数字报刊平台",
        id="site-prefix-and-picture-mark",
    ),
    pytest.param(
        "守护民生温度\n——访某某市民政局局长\n\n时间:2023-01-02\n",
        "守护民生温度",
        None,
        id="interview-subtitle",
    ),
    pytest.param(
        "名称\n某局2024年工作要点\n\n某局2024年工作要点\n\n",
        "某局2024年工作要点",
        None,
        id="field-and-repeat",
    ),
    pytest.param(
        "简体 繁体 无障碍\n某县民政局2023年工作总结\n\n", "某县民政局2023年工作总结", None, id="genre-line"
    ),
    pytest.param("首页 > 政务公开 > 工作总结\n\n", None, None, id="breadcrumb-is-not-a-title"),
    pytest.param("一、工作安排\n", None, None, id="numbered-line-is-not-a-title"),
    pytest.param("【字体:大 中 小】 打印\n", None, None, id="no-title"),
]


@pytest.mark.parametrize(("header", "title", "site"), TITLES)
def test_titles(header, title, site):
    frame = frame_of(header + PARAGRAPH)
    assert (frame.title, frame.site) == (title, site)


def test_interview_subtitle_is_kept_apart():
    frame = frame_of("守护民生温度\n——访某某市民政局局长\n\n" + PARAGRAPH)
    assert frame.subtitle == "访某某市民政局局长"
    assert frame.body_start > 0


def test_issued_document_is_among_the_titles():
    frame = frame_of("关于印发《某区养老工作要点》的通知\n\n" + PARAGRAPH)
    assert "某区养老工作要点" in frame.titles


# --- signatures ----------------------------------------------------------------------------------

SIGNATURES = [
    pytest.param("某某市民政局\n2024年3月1日", "某某市民政局", datetime.date(2024, 3, 1), None, id="arabic"),
    pytest.param("二○二三年十二月五日", None, datetime.date(2023, 12, 5), None, id="chinese-numerals"),
    pytest.param(
        "某县民政局 2023年12月5日",
        "某县民政局",
        datetime.date(2023, 12, 5),
        None,
        id="agency-and-date-on-one-line",
    ),
    pytest.param(
        "某县民政局\n\n20191230", "某县民政局", datetime.date(2019, 12, 30), "run", id="run-together"
    ),
]


@pytest.mark.parametrize(("ending", "agency", "date", "damage"), SIGNATURES)
def test_signatures(ending, agency, date, damage):
    frame = frame_of(f"标题\n{PARAGRAPH}\n\n{ending}\n")
    assert frame.signature is not None
    assert (frame.signature.agency, frame.signature.date) == (agency, date)
    assert bool(frame.signature.damage) == bool(damage)
    assert [d.code for d in frame.diagnostics] == (["metadata.signature_date_damaged"] if damage else [])


def test_a_date_inside_a_sentence_is_no_signature():
    assert frame_of(f"{PARAGRAPH}\n2024年3月1日起施行新标准。").signature is None


# --- dates -----------------------------------------------------------------------------------------

DATES = [
    pytest.param("2021年01月21日", datetime.date(2021, 1, 21), id="arabic"),
    pytest.param("二○一二年一月四日", datetime.date(2012, 1, 4), id="chinese"),
    pytest.param("2020年13月40日", None, id="impossible"),
    pytest.param("明天", None, id="none"),
]


@pytest.mark.parametrize(("text", "date"), DATES)
def test_read_date(text, date):
    assert read_date(text)[0] == date


def test_date_line_is_a_date_alone():
    assert date_line(" 2024年3月1日 ") == (datetime.date(2024, 3, 1), None)
    assert date_line("2024年3月1日起施行") is None


# --- phase words -------------------------------------------------------------------------------------

HEADING_PHASES = [
    pytest.param("2021年工作思路", Phase.PLAN, id="plan-word-at-the-end"),
    pytest.param("关于2020年工作情况", Phase.REVIEW, id="review-word-at-the-end"),
    pytest.param("下一步工作", Phase.PLAN, id="looking-ahead-opener"),
    pytest.param("主要工作及存在问题", None, id="no-phase-word-at-the-end"),
    pytest.param("主要工作及成效", Phase.REVIEW, id="what-was-achieved"),
    pytest.param("实施“明天计划”助学项目", None, id="a-named-plan-in-the-middle"),
    pytest.param("工作总结和下步计划", None, id="both-phases"),
]


@pytest.mark.parametrize(("heading", "phase"), HEADING_PHASES)
def test_heading_phase(heading, phase):
    assert heading_phase(heading) is phase


TITLE_PHASES = [
    pytest.param(
        "某局关于2020年工作情况及2021年工作思路的报告", {Phase.REVIEW, Phase.PLAN}, id="summary-and-plan"
    ),
    pytest.param("某县2023年上半年工作总结", {Phase.REVIEW}, id="summary"),
    pytest.param("关于印发《2024年民政工作要点》的通知", {Phase.PLAN}, id="issued-plan"),
    pytest.param("关于开展安全检查情况的通报", set(), id="situation-alone-is-weak"),
    pytest.param(None, set(), id="no-title"),
]


@pytest.mark.parametrize(("title", "phases"), TITLE_PHASES)
def test_title_phases(title, phases):
    assert title_phases(title) == phases


BODY_PHASES = [
    pytest.param("要确保落实。力争全覆盖。将继续推进。进一步加强。持续完善。", Phase.PLAN, id="plan"),
    pytest.param("共计发放了资金。累计救助千人。截至年底已经完成了任务。", Phase.REVIEW, id="review"),
    pytest.param("开展了工作。要继续推进。", None, id="mixed"),
]


@pytest.mark.parametrize(("text", "phase"), BODY_PHASES)
def test_body_phase(text, phase):
    assert body_phase(text) is phase


@given(st.text(max_size=400))
def test_any_text_gives_a_frame(text):
    frame = read_frame(body_document(text))
    assert 0 <= frame.body_start <= len(text)
    for field in frame.fields:
        assert 0 <= field.span.start <= field.span.end <= len(text)


# --- layouts beyond the seeds ----------------------------------------------------------------

LAYOUT_FIELDS = [
    pytest.param(
        "索 引 号：\tAB12/2024-00012\t主题分类：\t民政\n发文机关：\t某州民政局\t成文日期：\t2024年01月08日\n"
        f"发文字号：\t某民发〔2024〕1号\t发布日期：\t2024年01月10日\n\n{PARAGRAPH}",
        {
            "index_number": "AB12/2024-00012",
            "category": "民政",
            "issuer": "某州民政局",
            "written": "2024年01月08日",
            "doc_number": "某民发〔2024〕1号",
            "published": "2024年01月10日",
        },
        id="table-copied-with-tabs",
    ),
    pytest.param(
        f"发布单位：某市民政局\n成文时间：2023-03-02\n公开方式：主动公开\n某市民政局2023年工作要点\n{PARAGRAPH}",
        {"issuer": "某市民政局", "written": "2023-03-02", "disclosure": "主动公开"},
        id="other-sites-labels",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUT_FIELDS)
def test_layout_fields(text, expected):
    frame = frame_of(text)
    assert {key: frame.field(key) for key in expected} == expected


# A metadata block scraped from its table keeps the table's bars: a row of label and value
# cells in turn (``| 索引号 | … | 分类 | … |``), or fields parted by bars on one line.
TABLED_FIELDS = [
    pytest.param(
        "| 索引号 | AB12/2024-00012 | 分类 | 民政 |\n| 发布机构 | 某州民政局 | 发布日期 | 2024年01月10日 |\n"
        f"| 文号 | 某民发〔2024〕1号 |\n{PARAGRAPH}",
        {"index_number": "AB12/2024-00012", "issuer": "某州民政局", "doc_number": "某民发〔2024〕1号"},
        id="rows-of-cells",
    ),
    pytest.param(
        f"｜索引号｜AB12/2024-00012｜发布机构｜某州民政局｜\n｜名称｜某州民政局2023年工作总结｜\n{PARAGRAPH}",
        {"index_number": "AB12/2024-00012", "issuer": "某州民政局", "title": "某州民政局2023年工作总结"},
        id="full-width-bars-without-spaces",
    ),
    pytest.param(
        f"索引号：AB12/2024-00012 | 分类：民政 | 发布机构：某州民政局 | 发文字号：某民发〔2024〕1号\n"
        f"{PARAGRAPH}",
        {
            "index_number": "AB12/2024-00012",
            "category": "民政",
            "issuer": "某州民政局",
            "doc_number": "某民发〔2024〕1号",
        },
        id="labelled-fields-parted-by-bars",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLED_FIELDS)
def test_tabled_fields(text, expected):
    frame = frame_of(text)
    assert {key: frame.field(key) for key in expected} == expected


def test_a_tables_head_row_names_no_fields():
    frame = frame_of(f"| 名称 | 单位 | 数量 |\n| 城市低保 | 户 | 1234 |\n{PARAGRAPH}")
    assert (frame.fields, frame.title) == ((), None)


def test_other_sites_labels_are_not_the_title():
    text = f"发布单位：某市民政局\n成文时间：2023-03-02\n某市民政局2023年工作要点\n{PARAGRAPH}"
    assert frame_of(text).title == "某市民政局2023年工作要点"


LAYOUT_BYLINES = [
    pytest.param(
        "来源：某某日报  2023年03月02日 作者：李明\n",
        datetime.date(2023, 3, 2),
        "某某日报",
        id="source-then-date",
    ),
    pytest.param(
        "2021年05月12日 来源：某某晚报\n", datetime.date(2021, 5, 12), "某某晚报", id="date-then-source"
    ),
    pytest.param(
        "某事新闻\n2023-09-06 10:12 来源：某市人民政府网\n",
        datetime.date(2023, 9, 6),
        "某市人民政府网",
        id="date-and-time-then-source",
    ),
    pytest.param(
        "【来源：某某都市报】 【发布时间：2022-10-11】\n",
        datetime.date(2022, 10, 11),
        "某某都市报",
        id="in-brackets",
    ),
    pytest.param("某讲话\n（2023年2月8日）\n", datetime.date(2023, 2, 8), None, id="date-in-parentheses"),
    pytest.param(
        "来源：某某政务网 2019年12月3日星期二\n", None, "某某政务网", id="page-clock-beside-a-source"
    ),
]


@pytest.mark.parametrize(("header", "date", "source"), LAYOUT_BYLINES)
def test_layout_bylines(header, date, source):
    frame = frame_of(header + PARAGRAPH)
    assert (frame.byline_date, frame.byline_source) == (date, source)


LAYOUT_TITLES = [
    pytest.param(
        "来源：某某日报  2023年03月02日\n让困难群众生活更有保障——访XX县民政局局长王强\n",
        "让困难群众生活更有保障",
        "访XX县民政局局长王强",
        id="byline-first-and-interview-subtitle-on-the-title-line",
    ),
    pytest.param(
        "某某县民政局\n关于二〇二三年度民政工作的总结\n\n",
        "某某县民政局关于二〇二三年度民政工作的总结",
        None,
        id="agency-on-the-line-above",
    ),
    pytest.param(
        "某某州民政局\n2022年工作总结和2023年工作计划\n\n",
        "某某州民政局2022年工作总结和2023年工作计划",
        None,
        id="agency-above-a-title-opening-on-its-year",
    ),
    pytest.param(
        "某市民政局关于2022年工作情况及\n2023年工作思路的报告\n\n",
        "某市民政局关于2022年工作情况及2023年工作思路的报告",
        None,
        id="split-after-a-connector",
    ),
    pytest.param(
        "某某市人民政府\n某市民政局2023年工作总结\n\n",
        "某市民政局2023年工作总结",
        None,
        id="a-site-line-above-is-not-joined",
    ),
    pytest.param(
        "民政事业稳步发展 民生保障更加有力\n",
        "民政事业稳步发展 民生保障更加有力",
        None,
        id="first-line-over-the-body",
    ),
    pytest.param("各县（市、区）民政局：\n", None, None, id="a-salutation-is-no-title"),
    pytest.param(
        "某市养老服务体系建设规划（2021—2025年）\n\n",
        "某市养老服务体系建设规划（2021—2025年）",
        None,
        id="genre-word-before-a-parenthesis",
    ),
    pytest.param(
        "市民政局负责人就《某办法》答记者问\n\n",
        "市民政局负责人就《某办法》答记者问",
        None,
        id="press-questions",
    ),
    pytest.param(
        "某区民政局工作总结及下一年工作打算 某区民政局工作总结及下一年工作打算\n",
        "某区民政局工作总结及下一年工作打算",
        None,
        id="printed-twice-on-its-line",
    ),
    pytest.param(
        "关于2023年临时救助资金使用情况的公示　关于2023年临时救助资金使用情况的公示\n",
        "关于2023年临时救助资金使用情况的公示",
        None,
        id="printed-twice-across-an-ideographic-space",
    ),
]


@pytest.mark.parametrize(("header", "title", "subtitle"), LAYOUT_TITLES)
def test_layout_titles(header, title, subtitle):
    frame = frame_of(header + PARAGRAPH)
    assert (frame.title, frame.subtitle) == (title, subtitle)


# Titles that end on the name of a document's form rather than a report's (a resolution, a
# public notice, a request, an open letter): the first line is the title, not a genre line
# further down, nor none where the title is printed twice over a dated line.
DOCUMENT_FORM_TITLES = [
    pytest.param(
        "某市人民代表大会关于市政府工作报告的决议\n\n"
        "某市第五届人民代表大会第三次会议听取和审议了市长王某所作的\n政府工作报告\n"
        "。会议充分肯定市政府过去一年的工作，决定批准这个报告。\n",
        "某市人民代表大会关于市政府工作报告的决议",
        id="a-resolution-over-a-hard-wrapped-genre-word",
    ),
    pytest.param(
        "某县2023年第二季度临时救助资金使用情况公示\n\n某县2023年第二季度临时救助资金使用情况公示\n\n"
        "（2023年7月5日）\n一、救助对象\n本季度共救助困难群众312人次，发放资金41.2万元。\n",
        "某县2023年第二季度临时救助资金使用情况公示",
        id="a-public-notice-printed-twice",
    ),
    pytest.param(
        "某区关于提高城乡低保标准的请示\n\n区人民政府：\n"
        "为切实保障困难群众基本生活，拟将城市低保标准由每人每月720元提高到760元。\n",
        "某区关于提高城乡低保标准的请示",
        id="a-request-over-its-addressee",
    ),
    pytest.param(
        "致全市社会组织的倡议书\n\n（2022年11月20日）\n各社会组织：\n"
        "为帮助困难群众温暖过冬，市民政局向全市社会组织发出倡议。\n",
        "致全市社会组织的倡议书",
        id="an-open-appeal-over-its-date",
    ),
    pytest.param(
        "某县特困人员救助供养实施细则\n\n（2021年3月1日起施行）\n第一章 总则\n"
        "第一条 为规范特困人员救助供养工作，制定本细则。\n",
        "某县特困人员救助供养实施细则",
        id="implementing-rules-over-their-date",
    ),
]


@pytest.mark.parametrize(("text", "title"), DOCUMENT_FORM_TITLES)
def test_document_form_titles(text, title):
    assert frame_of(text).title == title


# A page laid out at a fixed width (a PDF's text) wraps a long title as it wraps the body:
# the title is the full line and the rest the wrap carried onto the next, whichever of the
# two holds the genre word; a body that runs on for lines is no rest of a title.
WRAPPED_BODY = (
    "全年城乡低保标准由每人每月728元提高到每人每月735元，农村低保标准同步提高，推进力度"
    "更有力，群众满意度不断提升，救助对象覆盖面进一步扩大到全县各乡镇，全年累计发放低保金"
    "一千二百余万元，临时救助四百余人次，做到应救尽救。"
)


WRAPPED_TITLES = [
    pytest.param(
        "某市民政局关于印发2023年全市民政工作要点和重点任务分工方案的通知",
        (),
        id="the-notice-word-carried-over",
    ),
    pytest.param(
        "某自治县民政局2022年上半年社会救助和养老服务工作总结及下半年工作打算",
        ("发布日期：2022-07-15",),
        id="over-a-byline",
    ),
    pytest.param(
        "某区慈善总会去年募集善款善物一千一百余万元 受助困难市民超过三千五百人次",
        (),
        id="a-headline-cut-inside-a-number",
    ),
    pytest.param(
        "各县市区民政局关于做好二〇二四年度困难群众冬春生活救助资金发放工作总结",
        ("（2024年3月2日）",),
        id="over-a-dated-line",
    ),
]


@pytest.mark.parametrize(("title", "header"), WRAPPED_TITLES)
def test_wrapped_titles(title, header):
    assert frame_of(laid_out(title, *header, WRAPPED_BODY)).title == title


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(WRAPPED_BODY, id="a-report-without-a-title"),
        pytest.param("现将一年来民政工作情况总结如下：一、救灾救济工作" + WRAPPED_BODY, id="a-lead-in"),
        pytest.param("某县民政局2023年度社会救助工作 " + WRAPPED_BODY, id="a-heading-like-opening"),
    ],
)
def test_the_first_line_of_a_wrapped_paragraph_is_no_title(paragraph):
    assert frame_of(laid_out(paragraph, WRAPPED_BODY)).title is None


def test_a_full_title_line_over_a_wrapped_body_keeps_to_its_line():
    title = "某县民政局2023年度社会救助工作推进情况和下一步安排"
    assert frame_of(laid_out(title, WRAPPED_BODY)).title == title



# Header lines with stray spaces inside labels and dates, read in their squeezed view; the
# gap that sets two fields apart still parts them.
SPACED_HEADERS = [
    pytest.param(
        "发 布 时 间 ： 2024 - 02 - 09\n", datetime.date(2024, 2, 9), None, None, id="spaced-labelled-date"
    ),
    pytest.param(
        "某镇新闻\n2019 年 7 月 3 日  11:20\n", datetime.date(2019, 7, 3), None, None, id="spaced-date-alone"
    ),
    pytest.param(
        "某镇新闻\n（ 2020 年 6 月 15 日 ）\n",
        datetime.date(2020, 6, 15),
        None,
        None,
        id="spaced-date-in-parentheses",
    ),
    pytest.param(
        "某某网 2018 年 4 月 2 日 星期一\n", None, None, None, id="spaced-page-clock-is-not-a-byline"
    ),
    pytest.param(
        "索 引 号 ： AB7/2021-9   发布机构 ：某某县民政局\n",
        None,
        None,
        {"index_number": "AB7/2021-9", "issuer": "某某县民政局"},
        id="spaced-labels-set-apart",
    ),
]


@pytest.mark.parametrize(("header", "date", "source", "fields"), SPACED_HEADERS)
def test_spaced_headers(header, date, source, fields):
    frame = frame_of(header + PARAGRAPH)
    assert (frame.byline_date, frame.byline_source) == (date, source)
    assert {key: frame.field(key) for key in fields or {}} == (fields or {})


# Labels of a metadata block spaced out letter by letter, in the forms pages use: full-width
# spaces, no-break spaces, a mix of both with a tab, spaces between some letters only.
LETTER_SPACED_LABELS = [
    pytest.param(
        "发\u3000布\u3000机\u3000构：某某县民政局\n成\u3000文\u3000日\u3000期：2023年05月06日\n",
        {"issuer": "某某县民政局", "written": "2023年05月06日"},
        id="full-width-spaces",
    ),
    pytest.param(
        "索\xa0引\xa0号：ZX-2023-0012\n发布机构\xa0：某市民政局\n",
        {"index_number": "ZX-2023-0012", "issuer": "某市民政局"},
        id="no-break-spaces",
    ),
    pytest.param(
        "发 布\u3000机\xa0构 ：某区民政局\t公开日期：2022-11-30\n",
        {"issuer": "某区民政局", "published": "2022-11-30"},
        id="mixed-spaces-and-a-tab",
    ),
    pytest.param(
        "发布 日期：2021年3月4日\n文 号：某民发〔2021〕7号\n",
        {"published": "2021年3月4日", "doc_number": "某民发〔2021〕7号"},
        id="between-some-letters",
    ),
    pytest.param(
        "- 主 题 分 类 ：社会救助\n- 发 文 字 号 ：\n某民〔2020〕12号\n",
        {"category": "社会救助", "doc_number": "某民〔2020〕12号"},
        id="after-a-bullet-value-on-the-next-line",
    ),
]


@pytest.mark.parametrize(("header", "fields"), LETTER_SPACED_LABELS)
def test_letter_spaced_labels(header, fields):
    frame = frame_of(header + PARAGRAPH)
    assert {key: frame.field(key) for key in fields} == fields
    assert all(" " not in field.label for field in frame.fields)


# A source label spaced out letter by letter, read in the line's view; its value still ends
# at the gap before the date.
SPACED_SOURCE_LABELS = [
    pytest.param("来 源 ：某某晚报  2023年03月02日\n", "某某晚报", datetime.date(2023, 3, 2), id="spaced"),
    pytest.param("来\u3000源：某某晨报\n某县提高低保标准\n", "某某晨报", None, id="full-width-space"),
    pytest.param("稿 源:某某日报 作者:李明\n", "某某日报", None, id="before-another-field"),
]


@pytest.mark.parametrize(("header", "source", "date"), SPACED_SOURCE_LABELS)
def test_spaced_source_labels(header, source, date):
    frame = frame_of(header + PARAGRAPH)
    assert (frame.byline_source, frame.byline_date) == (source, date)


def test_a_spaced_label_value_keeps_its_span():
    text = f"发布机构 ：  某某区民政局\n{PARAGRAPH}"
    (field,) = frame_of(text).fields
    assert (field.key, text[field.span.start : field.span.end]) == ("issuer", "某某区民政局")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            f"{PARAGRAPH}\n{PARAGRAPH}\n原标题 ： 某县 提高 低保标准",
            "某县 提高 低保标准",
            id="spaced-at-the-end",
        ),
        pytest.param(f"原标题 ：某县提高低保标准\n{PARAGRAPH}", "某县提高低保标准", id="spaced-at-the-top"),
    ],
)
def test_a_spaced_original_title_is_the_title_as_written(text, title):
    frame = frame_of(text)
    assert frame.title == title
    assert text[frame.title_span.start : frame.title_span.end] == title


def test_a_site_after_the_title_is_the_site():
    frame = frame_of(f"民政局2023年工作总结 - 某某县人民政府\n发布时间：2024-01-10\n{PARAGRAPH}")
    assert (frame.title, frame.site) == ("民政局2023年工作总结", "某某县人民政府")


def test_joined_title_spans_both_lines():
    text = f"某某县民政局\n关于2023年度工作的总结\n\n{PARAGRAPH}"
    frame = frame_of(text)
    assert frame.title_span is not None
    assert text[frame.title_span.start : frame.title_span.end] == "某某县民政局\n关于2023年度工作的总结"
    assert frame.body_start == text.index("\n\n")


def test_first_line_is_no_title_over_another_short_line():
    assert frame_of(f"某某市人民政府门户网站\n民政事业稳步发展\n{PARAGRAPH}").title is None


def test_long_lines_are_not_read_for_a_signature():
    long_dated = "2024年3月1日" + "，各项工作顺利推进" * 10
    assert frame_of(f"标题\n{PARAGRAPH}\n{long_dated}\n").signature is None


LAYOUT_HEADING_PHASES = [
    pytest.param("2022年民政工作取得新成效", Phase.REVIEW, id="achieved"),
    pytest.param("主要成就", Phase.REVIEW, id="main-achievements"),
    pytest.param("推动民政事业取得更大成效", None, id="greater-results-are-an-aim"),
    pytest.param("力争实现新突破", None, id="striving-is-an-aim"),
    pytest.param("“十四五”发展规划", Phase.PLAN, id="a-plan-in-years"),
]


@pytest.mark.parametrize(("heading", "phase"), LAYOUT_HEADING_PHASES)
def test_layout_heading_phase(heading, phase):
    assert heading_phase(heading) is phase


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("截至2023年底共计救助。累计发放。", Phase.REVIEW),
        ("1234567890" * 3 + "年底已经完成。同比增长。", Phase.REVIEW),
        ("1234567890" * 3 + "。力争完成。确保落实。进一步加强。持续推进。", Phase.PLAN),
    ],
)
def test_year_end_marker_counts_once_per_digit_run(text, phase):
    # A run of digits is one marker at most, however long: read from its first digit only.
    assert body_phase(text) is phase


# --- frames of scraped pages (issue 14) -------------------------------------------------------
# (text, title, byline date): OWN_PHRASINGS in texts of our own.

SCRAPED_FRAMES = [
    pytest.param(
        f"欢迎来到某某文库\nID:1234567\n页数:6页\n时间:2019-03-04\n"
        f"《某县民政局2018年工作总结》由会员上传分享，免费在线阅读，更多相关内容在某某文库。\n{PARAGRAPH}",
        "某县民政局2018年工作总结",
        "2019-03-04",
        id="a-field-line-is-no-title-and-a-site-blurb-names-the-document",
    ),
    pytest.param(
        "归档时间:2024/3/1 10:00:00\n某县民政局2022年度资金使用情况公示\n"
        f"来源:县民政局 发布时间:2023-05-06 09:00:00\n{PARAGRAPH}",
        "某县民政局2022年度资金使用情况公示",
        "2023-05-06",
        id="published-beats-archived",
    ),
    pytest.param(
        "用好每一笔救灾款(9月3日首播)\n某某电视台 2010年09月05日 20:15\n"
        f"播出时间:2010年9月3日21:30\n{PARAGRAPH}",
        "用好每一笔救灾款",
        "2010-09-05",
        id="the-page-date-beats-the-broadcast-date",
    ),
    pytest.param(
        f"某市城乡低保明年再提标 月人均500元\n\n清风客\n2015-11-20 08:31:05\n\n{PARAGRAPH}",
        "某市城乡低保明年再提标 月人均500元",
        "2015-11-20",
        id="a-date-alone-on-a-line-under-a-user-name",
    ),
    pytest.param(
        f"【工作动态】某镇2021年二季度民政工作落实情况\n来源:某镇发布时间:2021-07-15 10:20\n{PARAGRAPH}",
        "某镇2021年二季度民政工作落实情况",
        "2021-07-15",
        id="a-column-tag-before-the-title",
    ),
    pytest.param(
        f"某镇民政办2022年工作总结XX年,我镇在镇党委的领导下，{PARAGRAPH}",
        "某镇民政办2022年工作总结",
        None,
        id="a-title-run-into-the-body",
    ),
    pytest.param(
        "首页\n>政务公开>统计信息\n2023年社会服务统计6月份报表\n"
        f"发布日期:2023-07-18 10:20 来源: 计划财务处\n{PARAGRAPH}",
        "2023年社会服务统计6月份报表",
        None,
        id="a-statistics-table-above-a-date-field",
    ),
    pytest.param(
        f"出镜记者:张某编导:李某\n{PARAGRAPH}",
        None,
        None,
        id="a-credit-line-is-no-title",
    ),
    pytest.param(
        f"{PARAGRAPH}\n{PARAGRAPH}\n原标题：某市慈善总会去年募集善款300万元",
        "某市慈善总会去年募集善款300万元",
        None,
        id="the-original-headline-at-the-end",
    ),
]


@pytest.mark.parametrize(("text", "title", "date"), SCRAPED_FRAMES)
def test_scraped_frames(text, title, date):
    frame = frame_of(text)
    assert (frame.title, str(frame.byline_date) if frame.byline_date else None) == (title, date)


def test_a_metadata_line_far_down_does_not_end_the_header_there():
    text = (
        f"某县民政局2023年工作总结\n{PARAGRAPH}\n一、社会救助\n{PARAGRAPH}\n发布日期：2024-01-05\n{PARAGRAPH}"
    )
    frame = frame_of(text)
    assert frame.body_start < text.index("一、社会救助")


_MARKER_CHARS = st.sampled_from(list("了为除解共计累截至止同比已经全年先后今底力争确保着划拟将要继续进一步持0129٣。"))  # noqa: E501 (one alphabet)
_PLAN_WORDS = regex.compile("|".join(PLAN_MARKERS))
_REVIEW_WORDS = regex.compile(r"(?<![为除])了(?!解)|" + "|".join(REVIEW_MARKERS) + r"|(?<!\d)\d+年底")


def _phase_by_one_scan_each(text: str, start: int, end: int) -> Phase | None:
    plan = sum(1 for _ in _PLAN_WORDS.finditer(text, start, end))
    review = sum(1 for _ in _REVIEW_WORDS.finditer(text, start, end))
    if plan >= 4 * max(review, 1) and plan >= 4:
        return Phase.PLAN
    return Phase.REVIEW if review >= 2 * max(plan, 1) else None


@given(st.text(_MARKER_CHARS, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_body_phase_counts_as_one_scan_of_each_marker_pattern(text: str, start: int, end: int) -> None:
    # Markers are counted in a window as one alternation of each phase's markers counts them,
    # a year's end only with all its digits inside the window.
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert body_phase(text, start, end) is _phase_by_one_scan_each(text, start, end)
