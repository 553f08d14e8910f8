"""Normalization: opencc-exact script conversion, folding, script detection, the offset map."""

from __future__ import annotations

import importlib.resources
import re

import opencc
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from minzheng.model import Script, Span
from minzheng.text.normalize import (
    _YEAR_NUMERAL_WITH_LATIN_ZERO,
    Normalized,
    character_references,
    glosses,
    letter_spacing,
    markdown_marks,
    normalize,
    normalize_cached,
    to_simplified,
)

T2S = opencc.OpenCC("t2s")


def _opencc_dictionary(name: str) -> dict[str, str]:
    path = importlib.resources.files("opencc") / "dictionary" / name
    pairs = (line.strip().split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {key: value.split(" ")[0] for key, value in pairs}


CHARACTERS = _opencc_dictionary("TSCharacters.txt")
PHRASES = _opencc_dictionary("TSPhrases.txt")
CHANGED = sorted(key for key, value in CHARACTERS.items() if key != value)
FRAGMENTS = sorted({key[i:j] for key in PHRASES for i in range(len(key)) for j in range(i + 1, len(key) + 1)})
SIMPLIFIED = "民政局低保特困供养城乡标准每人月元万亿发放资金养老服务残疾儿童社会救助工作总结计划了复借干于"
FOLDED = (
    "，。：（）“”、；１２３４５６７８９０．％／＋－Ａｂ○〇零OoＯ年一二九"
    " \u3000\u00a0\u2003\r\n\u2028\u200b\ufeff"
)
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
GLOSSES = ["(wàn)", "(fā)", "（xiāng）", "(fa)", "(GDP)", "(app)", "(o)", "(ǎ)"]


def _without_removed(text: str, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` without what normalizing removes from ``text``.

    That is invisible characters, glosses, letter spacing and Markdown marks, found in the
    whole text: whether a space is letter spacing depends on its line.
    """
    end = len(text) if end is None else end
    kept, previous = [], start
    for first, last in sorted([*glosses(text), *letter_spacing(text), *markdown_marks(text)]):
        if first < previous or last > end:  # overlapping one taken out already, or outside
            continue
        kept.append(text[previous:first])
        previous = last
    kept.append(text[previous:end])
    return "".join(char for char in "".join(kept) if char not in INVISIBLE)


# Mixed text dense in phrase keys and their fragments, so overlapping phrases meet often.
mixed_text = st.lists(
    st.one_of(
        st.sampled_from(sorted(PHRASES)),
        st.sampled_from(FRAGMENTS),
        st.sampled_from(CHANGED),
        st.sampled_from(SIMPLIFIED),
        st.sampled_from(FOLDED),
        st.sampled_from(GLOSSES),
    ),
    max_size=24,
).map("".join)
any_text = st.one_of(mixed_text, st.text(max_size=40))


HALF_WIDTH_PUNCTUATION = {
    "．": ".",
    "％": "%",
    "﹪": "%",
    "＋": "+",
    "－": "-",
    "／": "/",
    "○": "〇",
    "◯": "〇",
}
CHINESE_DIGITS = "〇一二三四五六七八九"


def _fold_char(char: str) -> str:
    code = ord(char)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if char in HALF_WIDTH_PUNCTUATION:
        return HALF_WIDTH_PUNCTUATION[char]
    if char in "\r\v\f\x85\u2028\u2029":
        return "\n"
    if char != "\n" and char.isspace() and char not in "\t\x1c\x1d\x1e\x1f":
        return " "
    return char


def _is_digit(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _thousands(text: str) -> str:
    chars = list(text)
    for index, char in enumerate(text):
        after = text[index + 1 : index + 5]
        if (
            char == "，"
            and index
            and _is_digit(text[index - 1])
            and _is_digit(after[:3])
            and len(after) >= 3
            and not _is_digit(after[3:4])
        ):
            chars[index] = ","
    return "".join(chars)


def _year_zeros(text: str) -> str:
    chars = list(text)
    for match in re.finditer(f"[{CHINESE_DIGITS}Oo0]+", text):
        run = match.group()
        starts_well = run[0] in CHINESE_DIGITS
        if starts_well and text[match.end() : match.end() + 1] == "年" and set(run) & set("Oo0"):
            for at in range(match.start(), match.end()):
                chars[at] = "〇" if chars[at] in "Oo0" else chars[at]
    return "".join(chars)


def _fold_oracle(text: str) -> str:
    """What folding should give, written independently of the module: the same rules, slowly."""
    text = "".join(char for char in text if char not in INVISIBLE).replace("\r\n", "\n")
    return _year_zeros(_thousands("".join(map(_fold_char, text))))


# --- examples, grouped by where they come from ----------------------------------------

WIDTHS = [
    pytest.param("１２３．５％", "123.5%", id="digits-and-percent"),
    pytest.param("ＡＢＣａｂｃ１号", "ABCabc1号", id="letters"),
    pytest.param("３０００元／人·月", "3000元/人·月", id="slash-per-unit"),
    pytest.param("增长－２．５％", "增长-2.5%", id="minus"),
    pytest.param("１０％～２０％", "10%～20%", id="wave-dash-kept"),
    pytest.param("（一）基本民生，保障。", "（一）基本民生，保障。", id="chinese-punctuation-kept"),
]

THOUSANDS = [
    pytest.param("共计１，２３４元", "共计1,234元", id="full-width-number"),
    pytest.param("12，345，678元", "12,345,678元", id="two-separators"),
    pytest.param("2020，2021年", "2020，2021年", id="four-digits-is-a-list"),
    pytest.param("1，23户", "1，23户", id="two-digits"),
    pytest.param("低保，123户", "低保，123户", id="no-digit-before"),
    pytest.param("5，100，户", "5,100，户", id="comma-after-group"),
]

ZEROS = [
    pytest.param("二○二○年", "二〇二〇年", id="white-circle"),
    pytest.param("二◯一九年", "二〇一九年", id="large-circle"),
    pytest.param("二O一九年", "二〇一九年", id="latin-capital-o"),
    pytest.param("二Ｏ二一年度", "二〇二一年度", id="full-width-o"),
    pytest.param("二0二0年", "二〇二〇年", id="ascii-zero"),
    pytest.param("二OO八年", "二〇〇八年", id="double-o"),
    pytest.param("二00元", "二00元", id="not-a-year"),
    pytest.param("O型血", "O型血", id="latin-o-elsewhere"),
    pytest.param("2020年", "2020年", id="arabic-year"),
]

SPACES_AND_BREAKS = [
    pytest.param("\u3000\u3000正文", "  正文", id="ideographic-space"),
    pytest.param("时间:\u00a0\u00a02023", "时间:  2023", id="no-break-space"),
    pytest.param("a\u2003b\u202fc", "a b c", id="em-and-narrow-space"),
    pytest.param("第一行\r\n第二行\r\n", "第一行\n第二行\n", id="crlf"),
    pytest.param("第一行\r第二行", "第一行\n第二行", id="lone-cr"),
    pytest.param("第一行\u2028第二行\f", "第一行\n第二行\n", id="separators-and-form-feed"),
    pytest.param("\ufeff索引号", "索引号", id="byte-order-mark"),
    pytest.param("10\u200b10元", "1010元", id="zero-width-space-in-number"),
]

SCRIPTS = [
    pytest.param(
        "天津市民政局關於發放困難群眾救助資金的通知",
        "天津市民政局关于发放困难群众救助资金的通知",
        id="traditional",
    ),
    pytest.param("瞭解乾隆時期的乾燥氣候", "了解乾隆时期的干燥气候", id="phrases"),
    pytest.param("反覆強調藉此機會", "反复强调借此机会", id="phrases-of-kept-characters"),
    pytest.param("市民政局发放救助资金", "市民政局发放救助资金", id="simplified"),
]


@pytest.mark.parametrize(("source", "expected"), WIDTHS + THOUSANDS + ZEROS + SPACES_AND_BREAKS + SCRIPTS)
def test_examples(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize(
    ("source", "script"),
    [
        pytest.param("", Script.SIMPLIFIED, id="empty"),
        pytest.param("2021-01-21 15:08", Script.SIMPLIFIED, id="no-chinese"),
        pytest.param("市民政局发放救助资金", Script.SIMPLIFIED, id="simplified"),
        pytest.param("民政局發放救助資金", Script.TRADITIONAL, id="traditional"),
        pytest.param("本报讯 市民政局发放救助资金。民政局發放救助資金", Script.MIXED, id="mixed"),
        pytest.param("覆盖全市,沈阳,了解", Script.SIMPLIFIED, id="simplified-with-kept-characters"),
        pytest.param(
            "市民政局發放救助資金,群眾滿意" * 40 + "这个", Script.TRADITIONAL, id="few-simplified-left"
        ),
    ],
)
def test_script(source, script):
    assert normalize(source).script is script


# --- exactly opencc ------------------------------------------------------------------


def test_dictionaries_fit_the_fast_conversion():
    # Exactness rests on these: characters map one to one (a translate table), and no entry
    # holds a character opencc splits at, so phrase matches never depend on where it splits.
    assert all(len(key) == 1 and len(value) == 1 for key, value in CHARACTERS.items())
    assert all(len(key) == len(value) for key, value in PHRASES.items())
    splitter = opencc.OpenCC().split_chars_re
    assert not [key for key in (*PHRASES, *CHARACTERS) if splitter.search(key)]


def test_own_reports_convert_exactly_as_opencc(own_texts):
    for name, text in own_texts.items():
        assert to_simplified(text) == T2S.convert(text), name


def test_own_report_scripts(own_texts):
    scripts = {normalize(text).script for text in own_texts.values()}
    assert scripts == {Script.SIMPLIFIED, Script.TRADITIONAL}


@given(mixed_text)
def test_mixed_text_converts_exactly_as_opencc(text):
    assert to_simplified(text) == T2S.convert(text)


@given(st.text(max_size=60))
def test_any_text_converts_exactly_as_opencc(text):
    assert to_simplified(text) == T2S.convert(text)


@given(any_text)
def test_normalized_text_is_opencc_then_folding(text):
    assume(not character_references(text))  # read as what they stand for, which opencc does not do
    assert normalize(text).text == _fold_oracle(T2S.convert(_without_removed(text)))


def test_own_reports_normalize_as_opencc_then_folding(own_texts):
    for name, text in own_texts.items():
        assert normalize(text).text == _fold_oracle(T2S.convert(text)), name


# --- the offset map -------------------------------------------------------------------


@given(any_text, st.data())
def test_map_is_total_and_monotonic(text, data):
    normalized = normalize(text)
    size = len(normalized.text)
    a = data.draw(st.integers(0, size))
    b = data.draw(st.integers(a, size))
    c = data.draw(st.integers(b, size))
    first, second, whole = (normalized.to_source(Span(x, y)) for x, y in ((a, b), (b, c), (a, c)))
    for mapped in (first, second, whole):
        assert 0 <= mapped.start <= mapped.end <= len(text)
    if a < b:
        assert first.start == whole.start
    if b < c:
        assert second.end == whole.end
    if a < b < c:
        assert first.end <= second.start


@given(any_text)
def test_each_character_maps_to_its_source(text):
    normalized = normalize(text)
    pieces = [normalized.source_text(Span(i, i + 1)) for i in range(len(normalized.text))]
    assert "".join(pieces) == _without_removed(text)
    for char, piece in zip(normalized.text, pieces, strict=True):
        assert len(piece) == 1 or (piece == "\r\n" and char == "\n") or character_references(piece)


@given(any_text, st.data())
def test_source_text_of_a_span_is_the_slice_it_came_from(text, data):
    normalized = normalize(text)
    size = len(normalized.text)
    start = data.draw(st.integers(0, size))
    end = data.draw(st.integers(start, size))
    expected = "".join(normalized.source_text(Span(i, i + 1)) for i in range(start, end))
    source = normalized.to_source(Span(start, end))
    got = text[source.start : source.end]
    assert got == normalized.source_text(Span(start, end))
    # The characters' own slices, plus any invisible characters and glosses between them.
    assert _without_removed(text, source.start, source.end) == expected
    if got:
        assert got[0] not in INVISIBLE
        assert got[-1] not in INVISIBLE


@given(
    mixed_text.filter(
        lambda text: (
            "\r" not in text
            and not any(char in INVISIBLE for char in text)
            and not glosses(text)
            and not letter_spacing(text)
        )
    )
)
def test_map_is_the_identity_where_no_length_changes(text):
    normalized = normalize(text)
    assert len(normalized.offsets) == 0
    assert len(normalized.text) == len(text)
    assert normalized.to_source(Span(2, 5)) == Span(min(2, len(text)), min(5, len(text)))


@pytest.mark.parametrize(
    ("source", "span", "expected"),
    [
        pytest.param("甲\r\n乙", Span(1, 2), "\r\n", id="crlf-whole"),
        pytest.param("甲\r\n乙", Span(0, 1), "甲", id="before-crlf"),
        pytest.param("甲\r\n乙", Span(2, 3), "乙", id="after-crlf"),
        pytest.param("\ufeff索引号", Span(0, 3), "索引号", id="leading-mark-skipped"),
        pytest.param("甲\u200b乙", Span(0, 2), "甲\u200b乙", id="inner-mark-kept"),
        pytest.param("甲\r\n乙", Span(1, 1), "", id="empty-span"),
        pytest.param("甲乙", Span(1, 9), "乙", id="past-the-end-clamped"),
    ],
)
def test_source_text_examples(source, span, expected):
    assert normalize(source).source_text(span) == expected


# --- idempotence ------------------------------------------------------------------------

NOT_IDEMPOTENT_IN_OPENCC = {
    "薴": "苧",  # the character table chains: 薴 -> 苧 -> 苎
    "乾圖": "乾图",  # a phrase keeps 乾, which the character table turns into 干
    "於倫": "於伦",
    "畢昇": "毕昇",
    "幺麼小醜": "幺麽小丑",
    "瀋默": "沈默",  # characters converted one by one make a phrase: 沈默 -> 沉默
    "迴覆": "回覆",  # 回覆 -> 回复
}


@pytest.mark.parametrize(("source", "once"), list(NOT_IDEMPOTENT_IN_OPENCC.items()))
def test_opencc_own_exceptions_to_idempotence_are_kept(source, once):
    # normalize follows opencc exactly, so where opencc's t2s is not idempotent neither is it.
    assert T2S.convert(source) == once != T2S.convert(once)
    assert normalize(source).text == once
    assert normalize(once).text == T2S.convert(once)


def test_a_removed_gloss_can_join_what_opencc_converts_again():
    # Without its pinyin gloss, 狼藉以免 stands together: opencc turns 藉以 into 借以 in the
    # text normalize gives, though not in the source, where the gloss kept them apart.
    source = "出醜狼藉(wàn)以免藉口"
    once = normalize(source).text
    assert T2S.convert(T2S.convert(source)) == T2S.convert(source)
    assert once == "出丑狼藉以免借口" != T2S.convert(once) == "出丑狼借以免借口"
    assert normalize(once).text == T2S.convert(once)


@given(any_text)
def test_idempotent_wherever_opencc_is(text):
    once = normalize(text).text
    # opencc idempotent on the source, and on the text normalize read (its glosses removed)
    if T2S.convert(T2S.convert(text)) == T2S.convert(text) and T2S.convert(once) == once:
        again = normalize(once)
        assert again.text == once
        assert len(again.offsets) == 0


@given(st.text(alphabet=SIMPLIFIED + "，。：（）“”、；0123456789.%年一二三 \n", max_size=60))
def test_simplified_normalized_text_is_left_alone(text):
    normalized = normalize(text)
    # Left alone but for thousands commas, a 0 read as 〇 in a year numeral (二0年) and letter spacing.
    if "，" not in text and not _YEAR_NUMERAL_WITH_LATIN_ZERO.search(text) and not letter_spacing(text):
        assert normalized.text == text
    assert normalized.script is Script.SIMPLIFIED
    assert normalize(normalized.text).text == normalized.text


# --- never raises, cached ---------------------------------------------------------------


@given(st.text())
def test_never_raises(text):
    normalized = normalize(text)
    assert isinstance(normalized, Normalized)
    assert normalized.to_source(Span(0, len(normalized.text))).end <= len(text)


def test_cached_returns_the_same_object():
    text = "民政局發放資金\r\n"
    assert normalize_cached(text) is normalize_cached(text)
    assert normalize_cached(text) == normalize(text)


# --- Markdown marks of a page scraped as Markdown: removed, kept in the source ----------

MARKED_DOWN = [
    pytest.param("# 某县民政局2023年工作总结", "某县民政局2023年工作总结", id="title-heading"),
    pytest.param("### 二、养老服务", "二、养老服务", id="section-heading"),
    pytest.param(
        "**（一）完善救助制度。**全年救助3100人次", "（一）完善救助制度。全年救助3100人次", id="bold-opening"
    ),
    pytest.param("## **三、社会事务**", "三、社会事务", id="bold-heading"),
    pytest.param("> 全年发放临时救助金65万元。", "全年发放临时救助金65万元。", id="quotation"),
    pytest.param("详见[实施方案](https://mz.example.cn/art/2023/5/6.html)。", "详见实施方案。", id="link"),
    pytest.param("![](https://mz.example.cn/logo.png)一、社会救助", "一、社会救助", id="image"),
]
NOT_MARKED_DOWN = [
    pytest.param("**万元", id="masked-digits"),
    pytest.param("**户**人享受低保", id="masked-digits-twice"),
    pytest.param("> 政务公开 > 统计信息", id="breadcrumb-trail"),
    pytest.param("#社会救助#话题", id="hashtag"),
    pytest.param("实施**暖心工程**", id="bold-inside-a-sentence"),
    pytest.param("[2023]5号", id="brackets-without-an-address"),
]


# --- HTML character references left in a text: read, kept in the source ----------------

REFERENCED = [
    pytest.param("&nbsp;&nbsp;&nbsp;&nbsp;二、养老服务", "    二、养老服务", id="no-break-space-indent"),
    pytest.param("实施&ldquo;安居工程&rdquo;", "实施“安居工程”", id="named-quotes"),
    pytest.param("&#12288;&#12288;三、社会事务", "  三、社会事务", id="decimal-ideographic-space"),
    pytest.param("發放&#x8CC7;金", "发放资金", id="hexadecimal-traditional-character"),
    pytest.param("民政&amp;残联", "民政&残联", id="ampersand"),
    pytest.param("救助&zwnj;金", "救助金", id="invisible-character"),
]
NOT_REFERENCED = [
    pytest.param("A&B;C", id="no-such-name"),
    pytest.param("&nbsp 一、", id="no-semicolon"),
    pytest.param("R&D投入", id="bare-ampersand"),
]


# --- letter spacing: closed up in the normalized text, kept in the source --------------

LETTER_SPACED = [
    pytest.param("某 某 市 民 政 局", "某某市民政局", id="agency-line"),
    pytest.param("通\u3000\u3000知", "通知", id="genre-word-ideographic-spaces"),
    pytest.param("决\u00a0定", "决定", id="genre-word-no-break-space"),
    pytest.param("第 2 页", "第2页", id="page-counter"),
    pytest.param("- 发 文 字 号 ：", "- 发文字号：", id="after-a-bullet"),
    pytest.param("名    称 ：", "名称：", id="label-spaced-to-the-width-of-longer-ones"),
    pytest.param(
        "全 年 发 放 救 助 金 3 4 0 万 元 。", "全年发放救助金340万元。", id="sentence-with-figures"
    ),
    pytest.param("本 报 记 者   张 某   通 讯 员   李 某", "本报记者 张某 通讯员 李某", id="word-gaps-kept"),
    pytest.param(
        "农 村 低 保 GDP 对 象 共 计 增 加", "农村低保GDP对象共计增加", id="a-longer-piece-among-singles"
    ),
]
NOT_LETTER_SPACED = [
    pytest.param("合 计 3 5 7", id="row-of-figures"),
    pytest.param("| 甲 | 丙 | 1 | 2 | 3 |", id="table-row-with-bars"),
    pytest.param("城乡 低保 标准", id="spaced-words"),
    pytest.param("一、 社会救助", id="space-after-a-numbering"),
    pytest.param("关于做好救助工作的通 知", id="one-character-at-the-end-only"),
    pytest.param("1 2 3 4", id="digits-alone"),
]


# Page damage that normalizing undoes where it stands: the normalized text, and the whole
# of it mapping back into the source (marks after the last character stand outside).
UNDONE = [*MARKED_DOWN, *REFERENCED, *LETTER_SPACED]
LEFT_AS_THEY_ARE = [*NOT_MARKED_DOWN, *NOT_REFERENCED, *NOT_LETTER_SPACED]


@pytest.mark.parametrize(("source", "text"), UNDONE)
def test_page_damage_is_undone(source: str, text: str) -> None:
    normalized = normalize(source)
    assert normalized.text == text
    assert normalized.source_text(Span(0, len(text))) in source


@pytest.mark.parametrize("source", LEFT_AS_THEY_ARE)
def test_look_alikes_are_left_as_they_are(source: str) -> None:
    assert normalize(source).text == source


def test_a_page_spaced_throughout_closes_up_its_dates_and_figures_too() -> None:
    lines = [
        "某 县 民 政 局 工 作 总 结",
        "发 布 时 间 ： 2 0 2 3 - 0 1 - 0 5",
        "全 年 支 出 1 2 . 5 万 元",
        "3 5 7",
    ]
    text = normalize("\n".join(lines)).text
    assert text.split("\n") == ["某县民政局工作总结", "发布时间：2023-01-05", "全年支出12.5万元", "357"]
    # The same row of figures on a page of ordinary lines is a row of figures.
    assert normalize("某县民政局工作总结\n全年支出12.5万元\n3 5 7").text.endswith("3 5 7")


def test_an_amount_read_on_a_letter_spaced_line_maps_back_to_it() -> None:
    source = "全 年 共 发 放 低 保 金 8 6 0 万 元"
    normalized = normalize(source)
    start = normalized.text.index("860")
    assert normalized.source_text(Span(start, len(normalized.text))) == "8 6 0 万 元"


# --- pinyin glosses: dropped from the normalized text, kept in the source -------------

GLOSSED = [
    pytest.param("共發(fā)放救助金1800萬(wàn)元", "共发放救助金1800万元", id="tone-marked-traditional"),
    pytest.param("城乡(xiāng)居民最低生活保障", "城乡居民最低生活保障", id="tone-marked-simplified"),
    pytest.param("全年共發(fa)放臨時救助金", "全年共发放临时救助金", id="plain-letters-between-han"),
    pytest.param("農（nóng）村五保供养", "农村五保供养", id="full-width-brackets"),
    pytest.param("養(yǎng)(yǎng)老服务", "养老服务", id="gloss-repeated"),
    pytest.param("发(fa)\u200b放救助金", "发放救助金", id="plain-letters-before-an-invisible-character"),
    pytest.param("低\u200b(di)保标准", "低保标准", id="plain-letters-after-an-invisible-character"),
    pytest.param(
        "2016年07月11日 13:39 | 來(lái)源:某某网(wǎng)", "2016年07月11日 13:39 | 来源:某某网", id="byline"
    ),
]
NOT_GLOSSED = [
    pytest.param("国内生产总值(GDP)增长6%", id="acronym"),
    pytest.param("上线“民政通”(app)平台", id="lower-case-word"),
    pytest.param("(一)社会救助", id="ordinal"),
    pytest.param("救助资金(含医疗救助)300万元", id="parenthetical"),
    pytest.param("时间银行(Time Bank)", id="english-words"),
    pytest.param("服务站(fa)", id="plain-letters-at-the-end"),
]


@pytest.mark.parametrize(("source", "text"), GLOSSED)
def test_glosses_are_dropped(source: str, text: str) -> None:
    normalized = normalize(source)
    assert normalized.text == text
    # The whole text maps back to the whole source, glosses inside included (a trailing one
    # stands after the last character, outside the span).
    whole = normalized.source_text(Span(0, len(text)))
    assert source.startswith(whole)
    assert source[len(whole) :] in {"", "(wǎng)"}


@pytest.mark.parametrize("source", NOT_GLOSSED)
def test_what_is_no_gloss_is_kept(source: str) -> None:
    assert normalize(source).text == source


def test_an_amount_read_through_a_gloss_maps_back_to_it() -> None:
    source = "全市投入2500余萬(wàn)元"
    normalized = normalize(source)
    start = normalized.text.index("2500")
    assert normalized.source_text(Span(start, len(normalized.text))) == "2500余萬(wàn)元"
