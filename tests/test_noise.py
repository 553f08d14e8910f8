"""Noise as spans: a spam phrase takes its sentence or clause, not the line or the page."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from minzheng import parse
from minzheng.text.clean import Zone, classify, spam_pieces
from minzheng.text.document import read
from minzheng.text.noise import Noise


def money(text: str) -> list[Decimal]:
    report = parse(text)
    return sorted(fact.amount for fact in (*report.standards, *report.fundings))


# One-line pages: the spam phrase goes, the report's sentences stay.
ONE_LINE = [
    pytest.param(
        "城乡低保标准每人每月710元。全年发放低保金1200万元。日韩精品毛片A片免费视频",
        [Decimal(710), Decimal(12_000_000)],
        "日韩精品毛片A片免费视频",
        id="spam-sentence-after-the-report",
    ),
    pytest.param(
        "澳门百家乐在线娱乐城首存送彩金。某县发放临时救助金36万元，惠及困难群众820人次。",
        [Decimal(360_000)],
        "澳门百家乐在线娱乐城首存送彩金。",
        id="spam-sentence-before-the-report",
    ),
    pytest.param(
        "通过网站免费在线观看,全年发放低保金1200万元",
        [Decimal(12_000_000)],
        "通过网站免费在线观看,",
        id="spam-clause-in-a-report-sentence",
    ),
]

# Prose that names spam words is the report's own: nothing is taken.
PROSE = [
    pytest.param(
        "严厉打击网上赌博、六合彩、时时彩等违法活动，全年发放低保金1200万元。",
        [Decimal(12_000_000)],
        id="crackdown",
    ),
    pytest.param("群众可通过网站免费在线观看视频直播。", [], id="one-spam-word"),
    pytest.param("福利彩票公益金支出300万元，用于养老服务补贴。", [Decimal(3_000_000)], id="welfare-lottery"),
]


@pytest.mark.parametrize(("text", "amounts", "spam"), ONE_LINE)
def test_a_spam_phrase_takes_only_its_piece(text: str, amounts: list[Decimal], spam: str) -> None:
    assert money(text) == amounts
    document = read(text)
    taken = [document.text[start:end] for start, end, tag in document.noise.rows() if tag == Noise.SPAM]
    assert taken == [spam]


@pytest.mark.parametrize(("text", "amounts"), PROSE)
def test_prose_with_spam_words_is_kept(text: str, amounts: list[Decimal]) -> None:
    assert money(text) == amounts
    assert [line.zone for line in classify(text)] == [Zone.BODY]


def test_a_link_farm_line_is_spam_whole() -> None:
    text = "韩剧全集在线观看,最新电影免费观看,高清无删减\n全年发放低保金1200万元。"
    assert [line.zone for line in classify(text)] == [Zone.SPAM, Zone.BODY]
    assert money(text) == [Decimal(12_000_000)]


def test_pieces_of_a_spam_line_cover_it() -> None:
    row = "城乡低保标准每人每月710元。日韩精品毛片A片免费视频。全年发放低保金1200万元。"
    pieces = spam_pieces(row)
    assert pieces[0][0] == 0
    assert pieces[-1][1] == len(row)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert [spam for *_, spam in pieces] == [False, True, False]


def test_noise_that_holds_money_says_so() -> None:
    text = "一、工作情况\n全年发放低保金1200万元。\n相关新闻\n某市发放慰问金300万元\n另一篇报道"
    report = parse(text)
    (diagnostic,) = [d for d in report.diagnostics if d.code == "text.noise_holds_money"]
    assert diagnostic.span is not None
    assert "300万元" in report.text[diagnostic.span.start : diagnostic.span.end]
    assert "300万元" in diagnostic.message
    assert [f.amount for f in report.fundings] == [Decimal(12_000_000)]
