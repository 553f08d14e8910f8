"""Domain word tables for money: benefit categories, actions, units of rate, scopes.

Each table is data, defined once here; the money stage compiles its patterns from them.
Patterns and words are written for normalized text (simplified script).
"""

from __future__ import annotations

import attrs
import regex

from minzheng.model import Per, Period, Scope

__all__ = [
    "ACTIONS",
    "ADJUST_VERBS",
    "AIM_VERBS",
    "AWARD_NOUNS",
    "BENEFIT_WORDS",
    "CARE_KEYS",
    "CARE_LEVELS",
    "CARE_TIERS",
    "CARE_TIER_KEY",
    "CATEGORIES",
    "COUNTED_UNITS",
    "DEDUCTION_VERBS",
    "FAMILY_CATEGORIES",
    "FUNERAL_WORDS",
    "GENERIC_BENEFITS",
    "INCREASE_VERBS",
    "INSTITUTIONAL_SUPPORT_KEY",
    "KEY_FILLERS",
    "LABEL_KEPT_WORDS",
    "LABEL_LEAD_WORDS",
    "LABEL_OBJECT_MARKS",
    "LABEL_TRAIL_WORDS",
    "LEVEL_KINDS",
    "LEVEL_NOUNS",
    "MONEY_NOUNS",
    "ONCE_NOUNS",
    "ORPHAN_FORMS",
    "ORPHAN_WORD",
    "OTHER_UNITS",
    "PACKAGE_NOUNS",
    "PARTS",
    "PART_CATEGORIES",
    "PAST_WORDS",
    "PEOPLE_NOUNS",
    "PERIOD_WORDS",
    "PER_CAPITA_WORDS",
    "PER_WORDS",
    "PURPOSE_FILLERS",
    "RAISE",
    "REACH_VERBS",
    "SCOPE_WORDS",
    "SPLIT_CATEGORIES",
    "STATISTIC_NOUNS",
    "SUM_FILLERS",
    "SUM_VERBS",
    "SUPPORTED_PEOPLE",
    "SUPPORT_HOMES",
    "SUPPORT_KEY",
    "TARGET_LEADS",
    "TARGET_MODALS",
    "TOTAL_WORDS",
    "UNNAMED",
    "Action",
    "Category",
    "category_pattern",
]

UNNAMED = ""
"""The key of a level no benefit's noun names: its category is unknown (None in the model)."""


def _words(text: str) -> tuple[str, ...]:
    """Words of a table written as one string, separated by white space.

    >>> _words("人均 户均")
    ('人均', '户均')
    """
    return tuple(text.split())


@attrs.frozen
class Category:
    """A benefit category of the shared vocabulary and the wordings that name it."""

    key: str
    """Canonical key, the same in every report (``低保``)."""
    pattern: str
    """Regular expression for the source wordings (simplified script)."""
    per: Per | None = None
    """What the standard is paid per where the text does not say."""
    period: Period | None = None
    """How often it is paid where the text does not say."""


_P = Per.PERSON
_C = Per.CASE
_ONCE = Period.ONCE

CATEGORIES: tuple[Category, ...] = (
    # Order matters where wordings overlap: the more specific form comes first.
    Category(
        "特困照料护理",
        r"特困(?:人员|供养人员|供养对象|对象)?[^\P{Han}按给分和及的]{0,6}?(?:照料护理|护理)",
        _P,
    ),
    Category("特困照料护理", r"全护理|半护理|全自理|照料护理", _P),
    Category(
        "特困集中供养",
        r"(?:特困|五保)(?:人员|供养人员|对象)?(?:救助)?集中供养|集中供养的?(?:特困|五保)(?:人员|对象)?",
        _P,
    ),
    Category(
        "特困分散供养",
        r"(?:特困|五保)(?:人员|供养人员|对象)?(?:救助)?分散供养|分散供养的?(?:特困|五保)(?:人员|对象)?",
        _P,
    ),
    Category("特困集中供养", r"集中供养(?!的?(?:孤儿|儿童))", _P),
    Category("特困分散供养", r"分散供养(?!的?(?:孤儿|儿童))", _P),
    Category("特困供养", r"(?:特困|五保)(?:人员|对象)?(?:救助)?供养|特困人员(?:救助)?|五保", _P),
    Category("低收入家庭救助", r"低收入(?:家庭|人口|群体)?(?:救助)?|低保边缘(?:家庭)?|低边(?:家庭)?", _P),
    Category(
        "低保补差",
        r"(?:最低生活保障|低保)[^\P{Han}按给分和及与或并的标]{0,4}?补差|补差(?=水平|标准)",
        _P,
    ),
    Category("低保", r"最低生活保障|低保", _P),
    Category("临时救助", r"临时救助", _C),
    Category("医疗救助封顶线", r"医疗救助[^\P{Han}按给和及的]{0,6}?封顶线", _P),
    Category("散居孤儿基本生活费", r"(?:社会)?散居孤儿(?:基本生活费|生活费|养育费?)?", _P),
    Category(
        "集中养育孤儿基本生活费",
        r"(?:机构)?集中(?:养育|供养|抚养|安置)的?孤儿(?:基本生活费|生活费|养育费?)?"
        r"|(?:福利)?机构(?:养育)?孤儿(?:基本生活费|生活费)?",
        _P,
    ),
    Category("散居孤儿基本生活费", r"分散养育", _P),
    Category("集中养育孤儿基本生活费", r"集中养育", _P),
    Category("孤儿基本生活费", r"孤儿(?:基本生活费|生活费|养育费?)?", _P),
    Category("事实无人抚养儿童基本生活费", r"事实无人抚养儿童(?:基本生活费|基本生活补贴|生活补贴)?", _P),
    Category("困难残疾人生活补贴", r"困难残疾人(?:生活补贴)?|残疾人生活补贴", _P),
    Category("重度残疾人护理补贴", r"重度残疾人(?:护理补贴)?|残疾人护理补贴", _P),
    Category(
        "高龄津贴",
        r"高龄(?:老人|老年人)?(?:生活|保健)?(?:津贴|补贴|补助)|(?:长寿|寿星|百岁老人)(?:保健)?(?:津贴|补贴|补助)",
        _P,
    ),
    Category("养老服务补贴", r"养老服务补贴", _P),
    Category("老年人护理补贴", r"(?:老年人|失能老人|失能老年人)护理补贴", _P),
    Category(
        "节地生态安葬奖励",
        r"(?:节地)?生态安葬(?:奖补|奖励|补贴)?|(?:海葬|树葬|花葬|骨灰撒海)(?:奖补|奖励|补贴)?",
        _C,
        _ONCE,
    ),
    Category(
        "基本丧葬服务费用补贴",
        r"基本[丧殡]葬服务(?:费用?)?(?:补贴|减免)?|[丧殡]葬(?:服务)?补贴",
        _C,
        _ONCE,
    ),
    Category("价格临时补贴", r"价格临时补贴|临时价格补贴", _P),
    Category("优抚", r"优抚(?:对象)?|抚恤(?:金|补助)?|定期(?:生活)?补助", _P),
)
"""The shared category vocabulary (MODEL.md); anything else keeps its own wording as key."""


SPLIT_CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("两项补贴", ("困难残疾人生活补贴", "重度残疾人护理补贴")),
)
"""Wordings that name several categories at once, in the order their amounts are listed
(``残疾人两项补贴标准分别为X、Y``: X is the living subsidy, Y the nursing subsidy)."""

PART_CATEGORIES: tuple[tuple[str, str], ...] = (("低保补差", "低保"),)
"""Categories that are one amount of another (the 补差 top-up is paid under 低保, but is not
its threshold): named bare (``…低保标准…,年补差水平…``), one takes the scope of the other
named before it in the sentence."""

SUPPORT_HOMES = _words("敬老院 供养服务机构 供养机构 供养服务中心 供养中心 供养院")
"""Homes of 特困 (五保) people: a support level set in one is 集中供养 (``敬老院供养标准``)."""

SUPPORTED_PEOPLE = _words("五保 特困")
"""Words that name the people of 特困 support (五保 before 2014)."""

SUPPORT_KEY = "特困供养"
"""The category of 特困 support where 集中/分散 is not said."""

INSTITUTIONAL_SUPPORT_KEY = "特困集中供养"
"""The category of 特困 support given in a home."""

CARE_LEVELS = _words("全护理 半护理 全自理")
"""Care levels named bare: of 特困 care unless the sentence names another nursing subsidy first."""

CARE_TIERS = _words("完全不能自理 半自理 全自理 自理 部分失能 完全失能 半失能 失能 全护理 半护理")
"""Care tiers (``自理、半自理和完全不能自理…分别为``): a 特困 level for one is its 照料护理 standard."""

CARE_TIER_KEY = "特困照料护理"
"""The category of a 特困 level set per care tier."""

FAMILY_CATEGORIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("残疾人", (("生活补贴", "困难残疾人生活补贴"), ("护理补贴", "重度残疾人护理补贴"))),
    ("医疗救助", (("封顶线", "医疗救助封顶线"),)),
    *((word, (("供养", SUPPORT_KEY),)) for word in (*SUPPORTED_PEOPLE, *SUPPORT_HOMES)),
)
"""Families of benefits named once for all (``残疾人两项补贴``, ``医疗救助``) and the
vocabulary key a bare member word takes in a paragraph that names the family (``生活补贴``
→ 困难残疾人生活补贴, ``救助封顶线`` → 医疗救助封顶线); a bare 供养 level where 五保 or 特困
people or their home are named (``关心五保户…提高供养标准``) is of 特困 support."""

CARE_KEYS = _words("老年人护理补贴 重度残疾人护理补贴")
"""Nursing subsidies whose levels a sentence may list bare (``失能老年人护理补贴按照全护理、半护理…``)."""

ORPHAN_FORMS: tuple[tuple[str, str], ...] = (
    ("集中供养", "集中养育孤儿基本生活费"),
    ("集中养育", "集中养育孤儿基本生活费"),
    ("机构养育", "集中养育孤儿基本生活费"),
    ("分散供养", "散居孤儿基本生活费"),
    ("分散养育", "散居孤儿基本生活费"),
    ("散居", "散居孤儿基本生活费"),
)
"""Bare forms of care that, in a sentence about orphans (``孤儿基本生活费标准为集中供养…,
散居…``), name the orphan categories rather than those of 特困 support."""

ORPHAN_WORD = "孤儿"
"""The word that makes a sentence one about orphans."""

PEOPLE_NOUNS = _words("人员 对象 家庭 户 群众 患者 人")
"""Nouns that make a category's wording name its recipients (``低保对象``, ``特困人员``):
a benefit named after them (``低保对象一次性生活补贴``) is the category."""


def category_pattern() -> regex.Pattern[str]:
    """One pattern for every category wording, group ``c<i>`` naming ``CATEGORIES[i]``."""
    alternatives = "|".join(f"(?P<c{index}>{entry.pattern})" for index, entry in enumerate(CATEGORIES))
    return regex.compile(alternatives)


@attrs.frozen
class Action:
    """A verb that says what was done with an amount of money."""

    verb: str
    """As written."""
    canonical: str
    """The action recorded on a funding."""
    strong: bool = True
    """False for words that are as often nouns as verbs (救助, 捐赠): used only when no other."""


def _actions(words: str, canonical: str | None = None, *, strong: bool = True) -> tuple[Action, ...]:
    return tuple(Action(verb, canonical or verb, strong) for verb in words.split())


RAISE = "提高"
"""The action of an increase given with no level (``累计提高60元``)."""

INCREASE_VERBS = _words("提高 增加 上调 提升 提标 增长 上涨")
"""Verbs of raising a level; an amount right after one (no 到/至/为) is an increase."""

ACTIONS: tuple[Action, ...] = (
    *_actions(
        """
        发放 投入 募集 下达 减免 拨付 争取 筹集 援建 销售 落实 支出 募捐 拨款 安排 减轻
        筹措 兑现 支付 划拨 追加 核拨 预拨 下拨 拨出 撬动 吸引 引导 带动 整合 统筹 使用
        节约 节省 减少 征收 收取 缴纳 发送 发给 投资 捐献 捐助 赔偿 补偿 结算 报销 垫付
        购买 给予 接收 接受 收到 获得 筹资 募得 增发 补发 加发 浪费 损失 下发
        """
    ),
    *_actions(" ".join(INCREASE_VERBS), RAISE),
    *_actions("救助 捐赠 捐款 资助 补贴 补助 奖励 奖补 慰问 救济 帮扶 实现 完成", strong=False),
)
"""Actions on money, from one table; the verb nearest before an amount wins."""

DEDUCTION_VERBS = _words("扣减 扣除 核减 减除 剔除")
"""Verbs of a means-test deduction: a periodic deduction is a standard (``每月扣减务工成本500元``)."""

AWARD_NOUNS = _words("奖励 奖补 奖金 补贴 补助 补助金 慰问金 救助金 抚恤金 生活费 津贴")
"""Nouns of a per-recipient grant: ``给予…X元奖励``, ``给予一次性补贴X元``."""

PACKAGE_NOUNS = _words("服务 服务包 套餐 礼包")
"""Nouns that make ``X元…服务`` the price of a standard package."""

SUM_VERBS = _words("""
    拨 花 捐 投 筹 发放 投入 募集 下达 拨付 筹集 支出 募捐 拨款 筹措 兑现 支付 划拨 追加 核拨 预拨
    下拨 拨出 投资 捐献 捐助 捐赠 捐款 花费 花掉 募得
""")
"""Verbs of paying that take a sum of 万 or 亿 written with no 元 (``撥了6100萬``, ``投入了1億3``):
only verbs of money, never one of growth (``增加12万``) or of people (``安排``, ``带动``)."""

SUM_FILLERS = _words("还有 一共 总共 共计 共 大约 约 将近 近 达")
"""Words that may stand between a verb and the sum it takes (``投入還有4000萬``)."""

TOTAL_WORDS = _words("共计 合计 总计 累计 总额 总共 共")
"""Words that mark an amount as a total, never a per-unit level (共 only before a verb)."""

PARTS = _words("其中 含 包括 包含")
"""Words after a total that introduce its parts."""

PER_CAPITA_WORDS = _words("人均 户均 次均 平均每人 平均每户 平均每名 平均")
"""Words of a per-capita average: a funding flagged ``per_capita``, not a standard."""

PER_WORDS: tuple[tuple[str, Per], ...] = (
    ("人次", Per.CASE),
    ("人", Per.PERSON),
    ("名", Per.PERSON),
    ("位", Per.PERSON),
    ("户", Per.HOUSEHOLD),
    ("家庭", Per.HOUSEHOLD),
    ("例", Per.CASE),
    ("宗", Per.CASE),
    ("件", Per.CASE),
    ("具", Per.CASE),
    ("对", Per.CASE),
    ("次", Per.CASE),
)
"""Unit words of ``每人``, ``/户``: what a standard is paid per."""

PERIOD_WORDS: tuple[tuple[str, Period], ...] = (
    ("季度", Period.QUARTER),
    ("年度", Period.YEAR),
    ("月", Period.MONTH),
    ("年", Period.YEAR),
    ("季", Period.QUARTER),
    ("小时", Period.HOUR),
    ("日", Period.DAY),
    ("天", Period.DAY),
)
"""Unit words of ``每月``, ``/年``: how often a standard is paid."""

SCOPE_WORDS: tuple[tuple[str, Scope], ...] = (
    ("城乡", Scope.URBAN_RURAL),
    ("城市", Scope.URBAN),
    ("城镇", Scope.URBAN),
    ("市区", Scope.URBAN),
    ("农村", Scope.RURAL),
    ("乡村", Scope.RURAL),
)
"""Words that say whether a standard is urban, rural or both."""

RURAL_ONLY = _words("五保")
"""Words of a category that was rural by law, and so its level where no scope word says
otherwise: 五保 support (农村五保供养, 1994-2014, before 特困人员 support took in the towns'
三无 people)."""

BENEFIT_WORDS = _words("""
    补贴 津贴 补助 标准 费 金 奖 救助 救济 保障 供养 护理 服务 保险 扣减 成本 套餐 奖励 奖补
    扶助 资助 抚恤 补偿 封顶线
""")
"""Words that make a standard's own wording a category (``取暖补贴``), not a bare label (``90周岁``).

A wording outside the vocabulary is a category only where one of them is its head, at its
end (``困难学生助学金``) or as the 标准 after it (``筹资标准``); else (``只有四元``,
``免费学前教育1000元``, ``普通火化炉每具240元``) the category is unknown."""

REACH_VERBS = _words("达到 达 提高到 提高至 提升到 提升至 增加到 增加至 增至 调整为 调整到 上调至 上调到 为")
"""Verbs that introduce the level a standard reached (``…提高50元,达到700元``)."""

OTHER_UNITS = _words("张床位 平方米 张 个 所 座 处 间 床")
"""Per units outside the model (``每张床位``): the amount is a standard with no ``per``."""

ADJUST_VERBS = _words("调整 调 提 涨 升 增")
"""Verbs that, with INCREASE_VERBS, move a level from one amount to another (``由X提高到Y``)."""

MONEY_NOUNS = _words("款 资金 经费 基金 补贴 补助 金")
"""Nouns that end a phrase naming money (``城市低保金``, ``助学款``): a purpose."""

ONCE_NOUNS = _words("一次性 慰问金")
"""Words that make a standard with no period written a one-off payment (``每户慰问金500元``)."""

TARGET_LEADS = _words("力争 力求 预计 预期 目标为 目标是 目标: 目标： 任务为 任务是 预算")
"""Words that make the amounts after them in the sentence planned or aimed at, not spent."""

TARGET_MODALS = _words("计划 将 拟 要 争取 确保")
"""Words that make an amount planned when a verb of acting on money follows them
(``计划投入``, ``将安排``, ``争取实现``); alone they count only in a plan section."""

AIM_VERBS = _words("实现 完成 达到 突破")
"""Verbs of reaching a sum that, after a word of planning, aim at it (``争取实现``, ``确保完成``)."""

PAST_WORDS = _words("已经 已 实际 完成了 实现了 超额")
"""Words that, between a word of planning and an amount, show the amount was reached."""

COUNTED_UNITS = _words("例 人次 人 户 名 件 宗 位 户次 余人")
"""Units of counted cases: a total far below one yuan per counted case is implausible."""

LABEL_LEAD_WORDS = _words(
    """
    对于 对 将 把 按照 按 依照 根据 给予 其中 同时 并且 并 和 及 以及 或 或者 的 为 使 让 在 从 由
    今年 明年 要 提高 调整 上调 落实 执行 明确 实施 继续 进一步 稳步 及时 全面 确保 坚持 持续 开展 推出 提供
    发放 设立 建立 完善 实行 推行 统一 分别 将其 再 又 还 一般 原则上 最高 最低
    """
)
"""Function words and verbs cut from the start of a category's own wording."""

LABEL_OBJECT_MARKS = _words("将 把 要把 提供")
"""Words that put a benefit's name after them (``用两年时间将筹资标准``, ``提供助学金``): its wording
starts after the last of them."""

LABEL_KEPT_WORDS = _words("对象 经济 为民 在册")
"""Words that open with a word of LABEL_LEAD_WORDS but are nouns, kept whole (``对象``)."""

GENERIC_BENEFITS = _words(
    "救助金 救助金额 补助金 补助金额 金额 补差 标准 救助标准 补助标准 保障金 生活费 救助 补助"
)
"""Wordings that only name the amount of the category before them, not a benefit of their own
(``临时救助对象救助金额``: still 临时救助)."""

LABEL_TRAIL_WORDS = _words(
    """
    分别 调整 提高 上调 提升 达到 增加 增长 为 到 至 是 按 达 约 近 了 的 由 从 标准 生均 人均 均 都
    一般 原则上 每月 每年 月 年
    最高 最低 最多 不超过 不高于 不低于 不少于 超过 不足 至少 可 可达 在 减免 发放 给予 按照 依照 参照
    """
)
"""Words cut from the end of a category's own wording (``取暖补贴标准为`` → ``取暖补贴``)."""

STATISTIC_NOUNS = _words(
    """
    可支配收入 纯收入 收入 劳动生产率 生产率 生产总值 总产值 产值 交易总额 交易额 销售额 营业额
    贸易总额 增加值 消费 工资总额
    """
)
"""Nouns of an income, output or trade statistic: an amount they govern is a funding (an
average where 人均 says so), never a standard, even with a per unit (``全员劳动生产率30万元/人``)."""

LEVEL_NOUNS = _words("标准 水平")
"""Nouns of a level (``保障标准``, ``补差水平``): a period word at their head is the level's period."""

LEVEL_KINDS = _words("保障 救助 供养 补差 补助 生活 养育")
"""Words of what a level is of, between a period word and its noun (``月保障标准``)."""

FUNERAL_WORDS = _words("遗体 骨灰 火化 殡仪 殡葬 丧葬")
"""Words of funeral services: a fee (费) named with one is charged per deceased, a case, and once
where no period is written (``遗体火化费(普通火化炉240元/具)``, ``骨灰寄存费(…5元/月)``)."""

KEY_FILLERS = _words("全程 全额 全部 各类 相关 有关 统一 一次性")
"""Descriptive words dropped when a category's own wording becomes its key."""

PURPOSE_FILLERS = _words("""
    共计 合计 总计 累计 总额 资金 金额 经费 共 约 近 达到 达 为 了 各类 等 计 全年 今年 每年
    到位 总 额 其中 突破 超过 实现 不少于 不低于 不超过 至少 最高 约 左右 以上 含 包括 水平
    还有 一共 总共 大约 将近
    """)
"""Words stripped from the ends of a purpose phrase (``投入资金`` has none left)."""
