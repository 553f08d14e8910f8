"""Word tables for reading programs and citations: kinds, verbs, heads, quote marks.

Every table is data, in one place; :mod:`minzheng.parse.programs` compiles them into
patterns once at import. All words are in simplified script (the text is normalized
before it is read).
"""

from __future__ import annotations

from minzheng.text.segments import Break, marks

__all__ = [
    "BACKSTOP_VERBS",
    "BEFORE_PROPER_NAME",
    "BUILT_AFTER",
    "CLAUSE_MARKS",
    "CONTRAST_LINKS",
    "COORDINATORS",
    "COVERAGE_LINKS",
    "COVERAGE_WORDS",
    "DESCRIPTORS",
    "FORMULATION_HEADS",
    "FUNCTION_WORDS",
    "GROUP_COMPANIONS",
    "GROUP_WORDS",
    "HEADING_KINDS",
    "KINDS",
    "KIND_GOES_ON",
    "LABELLED",
    "LEAD_VERBS",
    "LIST_MARKS",
    "MEASURES",
    "MOTTO_PARTS",
    "NAME_BOUNDS",
    "NAME_HEADS",
    "NOT_IN_PROPER_NAME",
    "NOT_NAME_START",
    "NOT_SYSTEMS",
    "NUMERALS",
    "PAIRED_QUOTES",
    "PLAN_PERIOD_AFTER",
    "PROPER_NAME_KINDS",
    "REGION_PREFIXES",
    "SYMMETRIC_QUOTES",
    "TENET_HEADS",
    "TITLED_HEADS",
    "VERB_NOUNS",
    "VERB_TAILS",
    "WELL_KNOWN",
    "WORD_COUNT_HEADS",
    "WORKS",
]

KINDS: tuple[str, ...] = (
    "工程",
    "行动",
    "项目",
    "试点",
    "品牌",
    "平台",
    "机制",
    "制度",
    "模式",
    "活动",
    "计划",
    "政策",
    "改革",
    "工作法",
    "方法",
    "方式",
    "主题教育",
    "学习教育",
    "APP",
    "App",
    "app",
    "微信码",
    "二维码",
    "小程序",
    "公众号",
    "旗舰店",
    "热线",
    "超市",
    "基金",
)
"""Kind words of a program: the noun that says what a named thing is (``“筑基”工程``)."""

WELL_KNOWN: tuple[str, ...] = (
    "放管服",
    "救急难",
    "跨省通办",
    "一网通办",
    "三社联动",
    "五社联动",
    "平安边界",
    "明天计划",
    "孤儿助学工程",
    "蓝天计划",
    "星光计划",
    "居家和社区养老服务改革试点",
    "民生工程",
    "民生计划",
    "乡村著名行动",
    "敬老月",
    "福康工程",
    "春蕾计划",
    "希望工程",
)
"""Names of programmes run across the country (or a province) that reports write as plain words.

Found wherever they are written, quoted or not, and never read as part of a longer phrase
(``社会救助“放管服”改革`` names ``放管服``): ``深化放管服改革``, ``实施明天计划``,
``“救急难``. Inside another quotation or a document title they are not mentions.
"""

LABELLED: tuple[str, ...] = ("人员", "对象", "群体", "群众", "家庭", "老人", "儿童", "户")
"""Nouns of people that make a quoted word a label (``“三无”人员``, ``“三老”优抚对象``,
``“三无对象”``), not a program: right after it, closing the noun after it, or its own end."""

GROUP_WORDS: tuple[str, ...] = ("老", "幼", "孤", "残", "留守", "空巢", "独居", "失能", "失独", "高龄")
"""Words for sorts of people: a numbered word made of them (``一老一小``, ``三留守``,
``五老``) is the label of a group, not a program or a formulation."""

GROUP_COMPANIONS: tuple[str, ...] = ("小", "弱", "困", "无")
"""Words for sorts of people only beside a word of :data:`GROUP_WORDS` (``一老一小``):
alone they number other things (``五小``, ``三无小区``)."""

TENET_HEADS: tuple[str, ...] = ("原则", "理念", "宗旨", "目标")
"""Nouns that a quoted list of parallel phrases may name through 的: the list is then a
formulation (``坚持“分类施保、动态管理”的原则``, ``“兜底线、织密网、建机制”的工作理念``)."""

COVERAGE_WORDS = "应能"
"""First characters of the coverage slogans ``应保尽保``, ``应退必退``, ``能救尽救``."""

COVERAGE_LINKS = "尽必即则"
"""Third characters of the coverage slogans: ``应保尽保`` is a slogan, never a program."""

PLAN_PERIOD_AFTER: tuple[str, ...] = ("时期", "期间", "规划", "计划", "以来", "开局", "收官")
"""Words after an unquoted five-year period (``十四五规划``): the period is a formulation."""

MOTTO_PARTS: tuple[str, ...] = ("以民为本", "以人为本", "为民解困", "为民服务")
"""The parts of the civil-affairs motto (民政宗旨, ``以民为本、为民解困、为民服务``).

Nearly every report quotes it as its 宗旨; it is a slogan, not a formulation to count."""

FORMULATION_HEADS: tuple[str, ...] = ("总要求", "重要思想", "总基调", "方针")
"""Nouns after a quoted phrase that make it a political formulation (``“三个代表”重要思想``).

Goals (``目标``) and bare ``要求`` are left out: ``实现“办事不出村”目标`` is a goal."""

WORD_COUNT_HEADS: tuple[str, ...] = ("目标", "方法", "方针", "要求", "原则", "诀", "经")
"""Heads of a formulation named by its character count (``十二字工作目标``)."""

VERB_NOUNS: tuple[str, ...] = ("建设", "试点")
"""Verbs that launch a program and are also nouns (``服务质量建设专项行动``)."""

LEAD_VERBS: tuple[str, ...] = (
    "开展", "实施", "推进", "推动", "打造", "创建", "启动", "推出", "推广", "深化", "开设", "设立",
    "建立", "构建", "搭建", "对接", "巩固", *VERB_NOUNS,
)  # fmt: skip
"""Verbs that launch or carry on a program when they stand before its name."""

BACKSTOP_VERBS: tuple[str, ...] = (
    *(verb for verb in LEAD_VERBS if verb not in VERB_NOUNS),
    "坚持", "落实", "制定", "围绕", "聚焦", "抓好", "做好", "做优", "做强", "做大", "做实", "做精",
    "做深", "做细", "做足", "写好", "答好", "践行", "增强", "坚定", "捍卫", "做到", "上线", "开通",
    "启用", "推行", "实行", "打响", "叫响", "擦亮", "树立", "举办", "探索", "依托", "借助", "运用",
    "用好", "引入",
)  # fmt: skip
"""Verbs where a name read backwards from its end stops: the name begins after them.

The launching verbs but those that are also nouns (:data:`VERB_NOUNS`), which would cut a
title (``服务质量建设专项行动``), and verbs that carry on a program; verbs that campaign
titles hold are left out (``创新``, ``完善``, ``升级``: ``提档升级专项行动``).
"""

VERB_TAILS = "了好"
"""Characters that may stand between a launching verb and the name (``开展了“X”``)."""

BUILT_AFTER: tuple[str, ...] = ("建设", "创建")
"""Words right after a quoted name that make it a thing being built (``“智慧新津”建设``)."""

NOT_SYSTEMS: tuple[str, ...] = (
    "编制",
    "控制",
    "限制",
    "抑制",
    "研制",
    "压制",
    "强制",
    "复制",
    "绘制",
    "录制",
    "定制",
)
"""Words ending in 制 that are verbs, not systems (a name ending in 制 is else a 制度)."""

PROPER_NAME_KINDS: tuple[str, ...] = ("工程", "行动")
"""Kinds whose two-character proper names are taken unquoted (``冬暖工程``, ``敲门行动``)."""

NOT_IN_PROPER_NAME = "的了上下中和与及等个"
"""Characters that show two characters before 工程/行动 are not a proper name."""

BEFORE_PROPER_NAME = "院站所园期项批"
"""Characters after which two characters before 工程/行动 may be a proper name.

The end of a facility (``农村福利院冬暖工程``) or a count (``二期安居工程``, ``20项民心工程``);
else only a verb of :data:`BACKSTOP_VERBS` or a clause mark may stand before it. After any
other character the two are the end of a longer descriptive title (``城市更新行动``,
``水资源配置工程``, ``房屋建筑、土木工程``)."""

KIND_GOES_ON: tuple[str, ...] = ("师", "技术", "科学", "学院", "中心", "计划", "方案", "纲要")
"""What after an unquoted 工程/行动 makes it part of a longer word (``卓越工程师``,
``国家工程中心``, ``行动计划``): no program's kind."""

TITLED_HEADS: tuple[str, ...] = ("专项行动", "攻坚行动", "提升行动", "主题教育", "学习教育")
"""Endings of unquoted titled campaigns (``养老院服务质量建设专项行动``, ``党史学习教育``)."""

DESCRIPTORS: tuple[str, ...] = (
    "专项",
    "攻坚",
    "提升",
    "系列",
    "服务",
    "修缮",
    "修建",
    "建设",
    "改造",
    "扩建",
    "新建",
    "维修",
    "基本",
    "基础",
    "创造",
    "治理",
    "整治",
    "示范",
    "骨干",
    "重点",
    "重大",
    "各项",
    "相关",
    "配套",
    "保障",
    "民生",
    "惠民",
    "联合",
    "集中",
    "统一",
    "整体",
    "全面",
    "实施",
    "推进",
    "开展",
    "启动",
    "行动",
    "工程",
    "执法",
    "排查",
    "检查",
    "巡查",
    "清理",
    "清查",
    "督查",
    "整改",
    "宣传",
    "救助",
    "帮扶",
    "慰问",
    "走访",
    "各类",
    "系统",
    "民政",
    "全市",
    "全省",
    "全区",
    "全县",
    "全国",
    "提标",
    "提质",
    "扩面",
    "增效",
    "达标",
    "便民",
    "为民",
    "利民",
    "亮化",
    "绿化",
    "美化",
    "硬化",
    "改建",
    "重建",
    "续建",
    "在建",
    "援建",
    "共建",
    "创建",
)
"""Two-character words before 工程/行动 that describe rather than name (``修缮工程``)."""

NAME_HEADS: tuple[str, ...] = ("文章",)
"""Nouns that complete a short quoted word into a name (``两项改革“后半篇”文章``)."""

HEADING_KINDS: tuple[str, ...] = ("工程",)
"""Kinds whose name may be a section heading by itself (``（一）困难人员救助工程``)."""

WORKS: tuple[str, ...] = ("修缮", "修建", "改造", "扩建", "新建", "维修", "改建", "重建", "续建", "建设")
"""Words of building works: a heading ``……改造工程`` names works, not a program."""

REGION_PREFIXES: tuple[str, ...] = (
    "全省",
    "我省",
    "本省",
    "全市",
    "我市",
    "本市",
    "全区",
    "我区",
    "本区",
    "全县",
    "我县",
    "本县",
    "省",
    "市",
    "区",
    "县",
)
"""Region words dropped from the front of a composed name (``全区两项改革`` → ``两项改革``)."""

NOT_NAME_START: tuple[str, ...] = ("其中", "包括", "通过", "以及", "同时", "其他", "还有")
"""Words that begin no name: taken off the phrase before a short quoted word (``其中“金芙蓉”基金``)."""

FUNCTION_WORDS: tuple[str, ...] = ("把", "将", "作为", "对", "在", "从", "向", "以", "为", "被", "由", "和")
"""Words that cannot stand inside a campaign title read backwards from its ending."""

NUMERALS = "一二三四五六七八九十两百千"
"""Chinese numerals that open a numbered formulation (``两个维护``, ``三会一约``)."""

MEASURES: tuple[str, ...] = (
    "星级",
    "星",
    "级",
    "年",
    "月",
    "日",
    "天",
    "岁",
    "倍",
    "成",
    "批",
    "期",
    "次",
    "类",
    "档",
    "个",
    "项",
    "位",
    "名",
    "人",
    "户",
)
"""Measure words that make a bare numeral an amount or a rating (``五星级``, ``三年``)."""

COORDINATORS: tuple[str, ...] = ("", "、", "和", "与", "及", "以及", "或")
"""What may stand between two quoted names that share a following kind word."""

CONTRAST_LINKS: tuple[str, ...] = ("向", "为", "到")
"""A character between two quotes that makes them a contrast, not names (``变“A”为“B”``)."""

PAIRED_QUOTES: tuple[tuple[str, str], ...] = (
    ("“", "”"),
    ("「", "」"),
    ("『", "』"),
    ("‘", "’"),
    ("﹁", "﹂"),
)
"""Quote marks whose opening and closing forms differ."""

SYMMETRIC_QUOTES: tuple[str, ...] = ('"', "＂", "'", "＇")
"""Quote marks that open and close alike; paired by position."""

NAME_BOUNDS = "…─—()（）【】[]|\n"
"""Characters that divide no sentence in the marks table but that no name runs across.

Ellipses, dashes, brackets, table rules and the line break."""

CLAUSE_MARKS = marks(at_least=Break.CLAUSE) + NAME_BOUNDS
"""Characters that end a clause for a name: the table's clause marks and stronger, and :data:`NAME_BOUNDS`."""

LIST_MARKS = marks(Break.LIST)
"""The marks between the items of a list (``、``): parts of an enumeration."""
