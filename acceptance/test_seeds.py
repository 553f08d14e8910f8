"""The seeds against their gold, checked more strictly than score.py's totals.

score.py matches categories loosely and regions by their last name; here every seed's
categories, periods, units and scopes, its section outline, and its metadata with the
whole region chain must equal the gold exactly.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
import regex
from floors import Corpus

from minzheng import Funding, Report, Standard, parse


def _value(member: object) -> object:
    return getattr(member, "value", member)


@pytest.fixture(scope="session")
def seed_reports(corpus_by_name: dict[str, Corpus]) -> list[tuple[dict[str, object], Report]]:
    seeds = corpus_by_name["seeds"]
    texts = seeds.texts()
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in seeds.gold_files()]
    return [(gold, parse(texts[gold["file"]], name=gold["file"])) for gold in golds]


def test_seed_money_matches_gold(seed_reports: list[tuple[dict[str, object], Report]]) -> None:
    for gold, report in seed_reports:
        found: dict[Decimal, list[Standard | Funding]] = {}
        for fact in (*report.standards, *report.fundings):
            found.setdefault(fact.amount.normalize(), []).append(fact)
        for item in gold["money"]:  # type: ignore[attr-defined]
            candidates = found.get(Decimal(item["yuan"]).normalize(), [])
            assert candidates, f"{gold['file']}: missed {item['text']}"
            fact = candidates.pop(0)
            assert type(fact).__name__.lower() == item["class"], item["text"]
            if isinstance(fact, Standard):
                got = (fact.category, _value(fact.period), _value(fact.per), _value(fact.scope))
                assert got == (item["category"], item["period"], item["per"], item["scope"]), item["text"]
        extra = [fact.text for facts in found.values() for fact in facts]
        assert not extra, f"{gold['file']}: amounts the gold does not list: {extra}"


def _squash(text: str) -> str:
    return regex.sub(r"[\s\p{P}]+", "", text)


def test_seed_sections_match_gold(seed_reports: list[tuple[dict[str, object], Report]]) -> None:
    for gold, report in seed_reports:
        found = [(s.level, _squash(s.heading)) for s in report.iter_sections()]
        wanted = [(g["level"], _squash(str(g["heading"]))) for g in gold.get("sections", [])]  # type: ignore[attr-defined]
        assert found == wanted, gold["file"]


def test_seed_metadata_matches_gold(seed_reports: list[tuple[dict[str, object], Report]]) -> None:
    fields = (
        "kind",
        "agency",
        "published",
        "doc_number",
        "index_number",
        "review_year",
        "plan_year",
        "region",
    )
    for gold, report in seed_reports:
        found = {
            "kind": report.kind.value,
            "agency": report.agency,
            "published": report.published.isoformat() if report.published else None,
            "doc_number": report.doc_number,
            "index_number": report.index_number,
            "review_year": report.review_year,
            "plan_year": report.plan_year,
            "region": [*report.region.parents, report.region.name] if report.region else None,
        }
        assert found == {key: gold["report"][key] for key in fields}, gold["file"]  # type: ignore[index]
