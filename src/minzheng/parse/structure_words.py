"""Word tables for reading a report's structure: its frame, sections and metadata.

Every table is data, one per vocabulary, in one place; :mod:`minzheng.parse.layout`,
:mod:`minzheng.parse.sections` and :mod:`minzheng.parse.metadata` compile them into
patterns once at import. All words are in simplified script (the text is normalized
before it is read).
"""

from __future__ import annotations

from minzheng.model import Phase

__all__ = [
    "ACHIEVED_VERBS",
    "ACHIEVEMENTS",
    "AGENCY_WORDS",
    "AIMING_WORDS",
    "ANCHORED_YEARS",
    "ASKERS",
    "CELL_BARS",
    "CITED_AFTER",
    "CITING_WORDS",
    "CREDIT_WORDS",
    "DATE_OPENERS",
    "DOCUMENT_ENDINGS",
    "EDITION_SUFFIXES",
    "ENUMERATORS",
    "GENRE_WORDS",
    "HEADING_NOUNS",
    "INTERVIEW_WORDS",
    "ISSUING_VERBS",
    "LEAD_IN_ENDINGS",
    "LEAD_IN_KINDS",
    "NEWS_CUES",
    "NOTICE_ENDINGS",
    "NOT_PUBLISHED",
    "NOT_SPEAKERS",
    "NOT_TOWN_STARTS",
    "OPENING_REPORTS",
    "ORG_ENDINGS",
    "PAPER_ENDINGS",
    "PAST_PERIODS",
    "PHASE_WORDS",
    "PLAN_MARKERS",
    "PLAN_OPENERS",
    "PUBLICATION_LABELS",
    "RELATIVE_YEARS",
    "REPORTING_ENDINGS",
    "REVIEW_MARKERS",
    "SENTENCE_VERBS",
    "SITE_OWNERS",
    "SITE_SUFFIXES",
    "SPEECH_ENDINGS",
    "STATISTICS_WORDS",
    "TIME_OPENERS",
    "TITLE_CONNECTORS",
    "TOWN_AGENCY_WORDS",
    "TOWN_ENDINGS",
    "ZONE_NAMES",
]

# --- phases ----------------------------------------------------------------------------

PHASE_WORDS: dict[Phase, tuple[str, ...]] = {
    Phase.REVIEW: (
        "工作情况",
        "主要工作",
        "工作总结",
        "工作回顾",
        "取得的成绩",
        "取得的成效",
        "主要成绩",
        "主要成效",
        "工作成效",
        "完成情况",
        "进展情况",
        "总结",
        "回顾",
        "落实情况",
        "情况",
        "状况",
    ),
    Phase.PLAN: (
        "工作思路",
        "工作要点",
        "工作打算",
        "工作计划",
        "重点工作",
        "工作安排",
        "工作目标",
        "主要任务",
        "重点任务",
        "目标任务",
        "思路",
        "打算",
        "计划",
        "要点",
        "安排",
        "展望",
        "规划",
        "纲要",
    ),
}
"""Words by which a heading or title says it looks back (review) or ahead (plan)."""

PLAN_OPENERS: tuple[str, ...] = ("下一步", "今后", "明年")
"""Openers of headings that look ahead without a plan word at the end: 下一步工作, 今后的努力方向."""

REPORTING_ENDINGS: tuple[str, ...] = ("报告", "汇报")
"""Genre words of a report on how things stand.

With them 情况 in a title reviews (关于2022年度民政事业发展情况的报告); alone it does
not (关于…情况的通报 is a notice).
"""

PLAN_MARKERS: tuple[str, ...] = ("力争", "确保", "着力", "计划", "拟", "将", "要", "继续", "进一步", "持续")
"""Words by which a sentence looks ahead, for reports that name no phase."""

REVIEW_MARKERS: tuple[str, ...] = ("共计", "累计", "截至", "截止", "同比", "已经", "全年共", "先后", "今年")
"""Words by which a sentence looks back (besides a 了 of completion and a year's end, 2023年底)."""

ACHIEVED_VERBS: tuple[str, ...] = ("取得", "实现", "主要", "显著", "明显")
"""Words before an achievement noun that make a heading tell what was achieved (民政工作取得新成效)."""

ACHIEVEMENTS: tuple[str, ...] = ("成效", "成绩", "进展", "成果", "成就", "突破")
"""Achievement nouns that end a heading telling what was achieved."""

AIMING_WORDS: tuple[str, ...] = ("力争", "确保", "争取", "努力", "更大", "更好", "更多")
"""Words that make an achievement an aim (力争取得更大成效): the heading plans."""

# --- the frame -------------------------------------------------------------------------

INTERVIEW_WORDS: tuple[str, ...] = ("访", "专访", "对话", "访谈")
"""Words by which a subtitle introduces an interview (让…更有保障——访某县民政局局长)."""

TITLE_CONNECTORS: tuple[str, ...] = ("关于", "及", "和", "与", "暨", "的", "、")
"""Last words of a title line's first part where a title is split over two lines."""

EDITION_SUFFIXES: tuple[str, ...] = ("数字报刊平台", "数字报", "电子报", "电子版", "客户端")
"""Suffixes naming a paper's digital edition: what stands before them is the paper."""

SITE_SUFFIXES: tuple[str, ...] = (*EDITION_SUFFIXES, "新闻网", "政府网", "网")
"""Suffixes of the site part of a scraped title (天津日报数字报刊平台-…)."""

SITE_OWNERS: tuple[str, ...] = (
    "人民政府",
    "政府",
    "政府网",
    "门户网站",
    "网站",
    "网",
    "民政局",
    "民政厅",
    "日报",
    "晚报",
    "报",
)
"""Endings of the name of a site that puts itself after a page's title."""

ORG_ENDINGS: tuple[str, ...] = (
    "局",
    "厅",
    "部",
    "委",
    "委员会",
    "政府",
    "办公室",
    "办",
    "中心",
    "会",
    "院",
    "处",
    "科",
)
"""Endings of an organisation's name, for the agency line of a signature."""

CELL_BARS = "|｜"
"""The bars that part a table's cells where a page's table was scraped to text (``| 索引号 | 001 |``)."""

PUBLICATION_LABELS: tuple[str, ...] = ("发布时间", "发布日期", "发表时间")
"""Labels that name a page's publication date and nothing else (a bare 时间 may be a meeting's)."""
NOT_PUBLISHED: tuple[str, ...] = ("归档", "播出", "首播", "重播", "更新", "访问", "截止", "报名")
"""Words before 时间/日期 that make a labelled date no publication date (归档时间, 播出时间)."""

# --- sections --------------------------------------------------------------------------

ASKERS: tuple[str, ...] = ("本报记者", "记者", "主持人", "问", "Q")
"""Speakers that ask in an interview; the answering speaker is whoever replies to them."""

NOT_SPEAKERS: frozenset[str] = frozenset(
    {
        "附件",
        "时间",
        "来源",
        "作者",
        "编辑",
        "责任编辑",
        "地址",
        "电话",
        "日期",
        "发布时间",
        "浏览量",
        "浏览次数",
        "点击",
        "摄影",
        "通讯员",
        "字体",
        "当前位置",
        "注",
        "备注",
        "说明",
        "索引号",
        "名称",
        "文号",
        "分类",
        "主题",
        "关键词",
        "网址",
        "邮编",
        "传真",
        "联系人",
    }
)
"""Line openers with a colon that are labels, never an interview speaker."""

CREDIT_WORDS: tuple[str, ...] = ("记者", "通讯员", "编辑", "摄影", "来源", "作者", "审核", "校对")
"""Words sub-head lines never contain: bylines and credits."""

ENUMERATORS: tuple[str, ...] = ("首先", "其次", "再次", "最后", "另外", "此外", "同时")
"""Words that open the items of an inline enumeration; alone on a line they head no section."""

DOCUMENT_ENDINGS: tuple[str, ...] = (
    "法",
    "条例",
    "规定",
    "办法",
    "条约",
    "协定",
    "宪章",
    "纲领",
    "纲要",
    "决议",
    "决定",
    "通知",
    "意见",
    "同胞书",
)
"""Endings of the names of laws and documents: a line of one, its book-title marks lost, is no sub-head."""

HEADING_NOUNS: tuple[str, ...] = (
    "建设",
    "工作",
    "体系",
    "机制",
    "制度",
    "能力",
    "水平",
    "服务",
    "管理",
    "保障",
    "发展",
    "改革",
    "平台",
    "作用",
    "质量",
    "队伍",
    "事业",
)
"""Nouns that close a heading whose full stop was lost (加强民政信息化建设|推进…)."""

SENTENCE_VERBS: tuple[str, ...] = (
    "推进",
    "加强",
    "完善",
    "建立",
    "健全",
    "开展",
    "实施",
    "推动",
    "深化",
    "提高",
    "提升",
    "加快",
    "落实",
    "做好",
    "强化",
    "扩大",
    "开发",
    "组织",
    "制定",
    "继续",
    "全面",
    "积极",
    "着力",
    "认真",
    "坚持",
)
"""Verbs that open the sentence after a heading whose full stop was lost."""

TIME_OPENERS: tuple[str, ...] = (
    "今年以来",
    "年初以来",
    "全年以来",
    "上半年以来",
    "近年来",
    "近几年来",
    "多年来",
    "一年来",
)
"""Phrases of time that, with a comma after them, open a sentence (``今年以来,…``): where a
heading runs into its text with no mark, the text begins at one (a heading may hold one
as an adverb, ``巩固近年来取得的成果``, with no comma)."""

DATE_OPENERS: tuple[str, ...] = ("本年度", "截至", "截止")
"""Words that open a sentence with its date (``截至2020年7月``): never a heading's words."""

LEAD_IN_ENDINGS: tuple[str, ...] = ("如下", "总结", "汇报", "报告")
"""Last words of a lead-in that opens the body (现将有关情况总结报告如下), its colon lost or not:
a heading may start right after them."""

# --- metadata --------------------------------------------------------------------------

PAPER_ENDINGS: tuple[str, ...] = (
    "报",
    "日报",
    "晚报",
    "报社",
    "新闻网",
    "新闻",
    "电视台",
    "广播电视台",
    "通讯社",
)
"""Endings of a paper's or news site's name: its byline makes the report news."""

NOTICE_ENDINGS: tuple[str, ...] = ("通知", "通告", "公告", "公示", "通报", "决定", "函", "批复")
"""Title endings of texts that announce, not report."""

ISSUING_VERBS: tuple[str, ...] = ("印发", "下发", "转发", "发布", "公布")
"""Verbs by which a notice issues the document it carries: 关于印发《…》的通知."""

AGENCY_WORDS: tuple[str, ...] = ("民政和退役军人事务局", "民政局", "民政厅", "民政部", "慈善总会", "慈善协会")
"""Bodies a civil-affairs agency is named as (a charity federation of the 民政 system among them).

Never followed by 门: 民政部门 is any civil-affairs department, not the ministry.
"""

TOWN_AGENCY_WORDS: tuple[str, ...] = ("民政办公室", "民政办", "民政所", "民政站")
"""Bodies of a township or street office (四铺镇民政办, 街道民政所): agencies of their own level."""

TOWN_ENDINGS: tuple[str, ...] = ("街道", "镇", "乡")
"""Endings of the names of townships and street offices."""

NOT_TOWN_STARTS: tuple[str, ...] = ("我", "全", "各", "本", "该", "乡", "城", "集", "村", "街道", "附近")
"""Openings of words that end like a township but name none (全镇, 各乡镇, 城乡, 我街道)."""

ZONE_NAMES: tuple[str, ...] = (
    "高新区",
    "高新技术产业开发区",
    "经开区",
    "经济技术开发区",
    "经济开发区",
    "开发区",
    "新区",
)
"""Development zones, no administrative division, whose bureaus are named as written (高新区民政局)."""

CITING_WORDS: tuple[str, ...] = ("根据", "按照", "依据", "依照", "参照", "遵照", "结合")
"""Words before a body whose document a text cites (根据通辽市民政局《关于…》): not the writer."""

CITED_AFTER: tuple[str, ...] = ("《", "关于", "印发", "下发", "转发", "联合印发", "文件")
"""What follows a body named as the issuer of a cited document."""

NEWS_CUES: tuple[str, ...] = ("据了解", "据悉", "获悉", "近日", "日前", "新闻发布会", "笔者", "据介绍")
"""Reporting words of a news story: with a headline (or no title at all) they make a text news."""

LEAD_IN_KINDS: dict[str, str] = {
    "总结": "review",
    "汇报": "review",
    "报告": "review",
    "公告": "notice",
    "公示": "notice",
    "通报": "notice",
}
"""The genre word of a body's lead-in and what it makes the text.

现将有关情况总结如下 reviews; 现将分配情况公告如下 gives notice.
"""

STATISTICS_WORDS: tuple[str, ...] = (
    "统计月报",
    "统计季报",
    "统计报表",
    "统计数据",
    "统计公报",
    "月报",
    "报表",
)
"""Title words of a statistics bulletin or table: its genre is other, its year the one it reports."""

PAST_PERIODS: tuple[str, ...] = ("上半年", "一季度", "前三季度", "季度", "1-6月", "1-12月", "全年")
"""Periods after a title's year that look back (2025年上半年…资金公示): the year is reviewed."""

OPENING_REPORTS: tuple[str, ...] = ("政府工作报告",)
"""Reports given at the opening of the year they plan (a people's congress hears its
government's report in its first months): the year of their title is planned, the one
before it reviewed (``2026年政府工作报告`` reviews 2025)."""

SPEECH_ENDINGS: tuple[str, ...] = ("讲话", "致辞", "发言", "讲稿", "演讲")
"""Title endings of a speech: its genre is neither a summary nor a plan, whatever it covers."""

GENRE_WORDS: tuple[str, ...] = (
    "报告",
    "总结",
    "要点",
    "计划",
    "意见",
    "方案",
    "思路",
    "打算",
    "安排",
    "汇报",
    "述职",
    "规划",
    "纲要",
    "综述",
    "答记者问",
    "报表",
    "月报",
    "公报",
    "简报",
    "决议",
    "请示",
    "倡议书",
    "公开信",
    "实施办法",
    "管理办法",
    "暂行办法",
    "实施细则",
    *NOTICE_ENDINGS,
    *SPEECH_ENDINGS,
)
"""Genre words that end a title (with a bracketed note allowed after them): it is no headline.

A notice's and a speech's endings are among them: ``…资金使用情况公示`` and ``…上的讲话``
name a document's form as ``…工作总结`` does.
"""

RELATIVE_YEARS: dict[str, int] = {
    "今年": 0,
    "本年": 0,
    "下半年": 0,
    "去年": -1,
    "上年": -1,
    "明年": 1,
    "来年": 1,
    "下一年": 1,
    "新的一年": 1,
}
"""Words that count years from another (a title's own year, or the publication date), and how far.

下半年 is the same year as the 上半年 before it; 明年 the next.
"""

ANCHORED_YEARS: frozenset[str] = frozenset({"下半年"})
"""Of :data:`RELATIVE_YEARS`, those that count from the year just named in the title, not from the date."""
