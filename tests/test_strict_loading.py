"""Strict loading: ``structure`` and ``loads`` refuse every value that is not what they write.

Each field of the plain-data shape takes exactly the JSON type the converter writes: a
wrong-typed value is refused with a :class:`~minzheng.StructureError` that names the
field's path, never coerced (``"false"`` is no ``True``, ``2023.7`` no year, ``"四川省"``
no tuple of characters). Every other bad input to ``loads`` and ``structure`` also
raises a :class:`~minzheng.MinzhengError`, and ``dumps`` refuses what ``loads`` would.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import enum
import json
import types
import typing
from collections.abc import Iterator
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import minzheng
from minzheng import (
    Funding,
    MinzhengError,
    Report,
    Section,
    Span,
    Standard,
    StructureError,
    dumps,
    loads,
    structure,
    unstructure,
)
from minzheng.serialize import DECIMAL_DIGITS, INT_DIGITS, SECTION_DEPTH
from strategies import reports

TEXT = "某市民政局2023年工作总结\n一、社会救助\n城乡低保标准每人每月710元。全年发放低保金1200万元。\n"


@attrs.frozen
class Site:
    """A place in plain data: the path cattrs names, the container, the key and the field type."""

    path: str
    container: dict[str, object] | list[object]
    key: str | int
    kind: object


def _unwrap(kind: object) -> tuple[object, bool]:
    """The type without ``| None``, and whether None was allowed."""
    args = typing.get_args(kind)
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        rest = [arg for arg in args if arg is not type(None)]
        return (rest[0] if len(rest) == 1 else kind), len(rest) != len(args)
    return kind, False


def sites(data: object, cls: type, path: str) -> Iterator[Site]:
    """Every field of ``data`` (plain data of ``cls``), recursively, with its type."""
    assert isinstance(data, dict)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        if field.name not in data:
            continue
        kind = hints[field.name]
        here = f"{path}.{field.name}"
        yield Site(here, data, field.name, kind)
        yield from _inner(data[field.name], kind, here)


def _inner(value: object, kind: object, path: str) -> Iterator[Site]:
    base, _ = _unwrap(kind)
    if value is None:
        return
    if attrs.has(base) and base is not Span:  # type: ignore[arg-type]
        yield from sites(value, base, path)  # type: ignore[arg-type]
    elif typing.get_origin(base) is tuple:
        (item, _ellipsis) = typing.get_args(base)
        assert isinstance(value, list)
        for index, element in enumerate(value):
            here = f"{path}[{index}]"
            yield Site(here, value, index, item)
            yield from _inner(element, item, here)


def wrong_values(kind: object) -> list[object]:
    """Values of the wrong type or form for a field of type ``kind``."""
    base, optional = _unwrap(kind)
    values: list[object] = [] if optional else [None]
    if base is str:
        values += [123, 1.5, True, [1, 2], {"a": 1}, ["四川省"]]
    elif base is int:
        values += ["2023", 2023.7, 2023.0, True, False, [2023], "x"]
    elif base is bool:
        values += ["false", "true", 0, 1, 1.0, "", [True]]
    elif base is Decimal:
        values += [
            630.5, 630, True, "1e5", "1E+5", " 630", "630 ", "+630", "630.", ".5", "1_000", "NaN",
            "Infinity", "-inf", "0x10", "６３０", "00630", "9" * (DECIMAL_DIGITS + 1),
            "0." + "1" * (DECIMAL_DIGITS + 1), [630],
        ]
    elif base is datetime.date:
        values += [
            "20230101", "2023-W01-1", "2023-1-1", "2023-01-01T00:00", "2023-02-30", 20230101,
            "２０２３-01-01", ["2023-01-01"],
        ]
    elif isinstance(base, type) and issubclass(base, enum.Enum):
        first = next(iter(base)).value
        values += [first.upper(), f" {first}", 1, True, "x", [first]]
    elif base is Span:
        values += [[1], [1, 2, 3], "1,2", [1.0, 2], [True, 2], {"start": 1, "end": 2}, [-1, 2], [5, 2], 5]
    elif typing.get_origin(base) is tuple:
        (item, _ellipsis) = typing.get_args(base)
        values += ["四川省", {"a": 1}, 5, True, *([wrong] for wrong in wrong_values(item)[:3])]
    elif attrs.has(base):  # type: ignore[arg-type]
        values += ["x", 5, [], True]
    else:  # pragma: no cover - a new field type needs its wrong values here
        pytest.fail(f"no wrong values for {kind!r}")
    return values


def sample() -> Report:
    return minzheng.parse(TEXT, name="a.txt")


# -- the campaign: every wrong-typed substitution is refused, naming its path ----------------


@given(reports, st.data())
def test_every_wrong_typed_value_is_refused_naming_its_path(report: Report, data: st.DataObject) -> None:
    plain = unstructure(report)
    site = data.draw(st.sampled_from(list(sites(plain, Report, "Report"))))
    wrong = data.draw(st.sampled_from(wrong_values(site.kind)))
    site.container[site.key] = wrong  # type: ignore[index]
    with pytest.raises(StructureError) as refused:
        structure(plain, Report)
    assert site.path in str(refused.value)


def test_every_field_of_a_parsed_report_refuses_every_wrong_value() -> None:
    report = minzheng.parse(
        "某市民政局2023年工作总结\n索引号：MB1/2023-1\n发布日期：2023-12-20\n一、社会救助\n"
        "（一）低保\n城乡低保标准由每人每月680元提高到710元，增长4.4%。全年发放低保金1200万元，"
        "其中城市低保金300万元。实施“暖心工程”。\n",
        name="a.txt",
    )
    plain = unstructure(report)
    accepted = []
    checked = 0
    for site in sites(plain, Report, "Report"):
        for wrong in wrong_values(site.kind):
            mutated = copy.deepcopy(plain)
            target = _follow(mutated, site.path)
            target[site.key] = wrong
            checked += 1
            refusal = _refusal(mutated)
            if refusal is None or site.path not in refusal:
                accepted.append((site.path, wrong, refusal))
    assert accepted == []
    assert checked > 500


def _refusal(plain: dict[str, object]) -> str | None:
    """The message of the StructureError that ``structure`` raises, None if it accepts."""
    try:
        structure(plain, Report)
    except StructureError as error:
        return str(error)
    return None


def _follow(plain: dict[str, object], path: str) -> typing.Any:
    """The container of the last step of ``path`` (``Report.standards[0].amount``) in ``plain``."""
    steps = path.removeprefix("Report").replace("[", ".[").split(".")[1:]
    here: typing.Any = plain
    for step in steps[:-1]:
        here = here[int(step[1:-1])] if step.startswith("[") else here[step]
    return here


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        pytest.param(lambda d: d["fundings"][0].update(per_capita="false"), "per_capita", id="bool-string"),
        pytest.param(lambda d: d.update(review_year=2023.7), "review_year", id="float-year"),
        pytest.param(lambda d: d.update(review_year="2023"), "review_year", id="string-year"),
        pytest.param(lambda d: d.update(review_year=True), "review_year", id="bool-year"),
        pytest.param(lambda d: d.update(name=123), "Report.name", id="int-name"),
        pytest.param(lambda d: d.update(title=[1, 2]), "Report.title", id="list-title"),
        pytest.param(lambda d: d.update(region={"name": "成都市", "level": None, "parents": "四川省"}),
                     "Report.region.parents", id="string-for-tuple"),
        pytest.param(lambda d: d.pop("schema"), "schema", id="missing-schema"),
        pytest.param(lambda d: d.update(published="20231220"), "published", id="basic-date"),
        pytest.param(lambda d: d["standards"][0].update(amount="7.1e2"), "amount", id="exponent"),
    ],
)
def test_the_coercions_once_accepted_are_refused(mutate, path: str) -> None:
    plain = unstructure(sample())
    mutate(plain)
    with pytest.raises(StructureError, match=path.replace(".", r"\.")):
        structure(plain, Report)


# -- whole-report checks: spans within the text, part_of in range ----------------------------


def test_a_span_beyond_the_text_is_refused() -> None:
    plain = unstructure(sample())
    end = len(sample().text)
    plain["standards"][0]["span"] = [end - 1, end + 1]
    with pytest.raises(StructureError, match=r"Report\.standards\[0\]\.span: .* ends beyond the text"):
        structure(plain, Report)
    plain = unstructure(sample())
    plain["sections"][0]["span"] = [0, end + 5]
    with pytest.raises(StructureError, match=r"Report\.sections\[0\]\.span"):
        structure(plain, Report)


def test_a_span_within_the_text_of_a_report_without_source_is_not_checked() -> None:
    plain = unstructure(attrs.evolve(sample(), source=None))
    plain["standards"][0]["span"] = [10_000, 10_004]
    assert structure(plain, Report).standards[0].span == Span(10_000, 10_004)


@pytest.mark.parametrize("part_of", [pytest.param(1, id="beyond"), pytest.param(-1, id="negative"),
                                     pytest.param(0, id="itself")])
def test_part_of_must_name_another_funding(part_of: int) -> None:
    plain = unstructure(sample())
    assert len(plain["fundings"]) == 1
    plain["fundings"][0]["part_of"] = part_of
    with pytest.raises(StructureError, match=r"Report\.fundings\[0\]\.part_of"):
        structure(plain, Report)


def test_a_valid_part_of_is_kept() -> None:
    one = Funding(Decimal(3), "3元", Span(0, 2))
    report = Report(fundings=(one, attrs.evolve(one, part_of=0)))
    assert structure(unstructure(report), Report) == report


# -- loads: every bad input is a MinzhengError ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("[" * 100_000, "nested too deeply", id="deep-nesting"),
        pytest.param('{"review_year": ' + "9" * 5000 + "}", "digits", id="5000-digit-int"),
        pytest.param(b'{"name": "\xff\xfe"}', "not JSON", id="invalid-utf-8"),
        pytest.param(None, "takes JSON text", id="none"),
        pytest.param(123, "takes JSON text", id="int"),
        pytest.param('{"review_year": NaN}', "NaN", id="nan-constant"),
        pytest.param("{nope", "not JSON", id="not-json"),
        pytest.param("", "not JSON", id="empty"),
    ],
)
def test_loads_raises_only_minzheng_errors(text: object, message: str) -> None:
    with pytest.raises(MinzhengError, match=message):
        loads(text)  # type: ignore[arg-type]


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_loads_of_anything_raises_a_minzheng_error_or_returns_a_report(text: bytes | str) -> None:
    with contextlib.suppress(MinzhengError):
        assert isinstance(loads(text), Report)


@pytest.mark.parametrize(
    "data",
    [None, 5, "x", [], {"schema": "minzheng/1", "sections": "x"}, {"schema": "minzheng/1", "name": object()}],
)
def test_structure_raises_only_structure_errors(data: object) -> None:
    with pytest.raises(StructureError):
        structure(data, Report)


def test_amounts_beyond_the_bound_are_refused_so_sums_cannot_overflow() -> None:
    plain = unstructure(sample())
    plain["fundings"][0]["amount"] = "9" * DECIMAL_DIGITS
    loaded = structure(plain, Report)
    assert sum(f.amount for f in loaded.fundings * 1000) > 0  # within the bound, sums are safe
    plain["fundings"][0]["amount"] = "9" * (DECIMAL_DIGITS + 1)
    with pytest.raises(StructureError, match=r"Report\.fundings\[0\]\.amount"):
        structure(plain, Report)


def test_json_integers_beyond_the_bound_are_refused() -> None:
    data = json.loads(dumps(sample()))
    data["review_year"] = 10 ** (INT_DIGITS + 1)
    with pytest.raises(StructureError, match="digits"):
        loads(json.dumps(data))


def deep(levels: int) -> Section:
    section = Section(levels, None, None, "x", None, Span(0, 1))
    for level in range(levels - 1, 0, -1):
        section = Section(level, None, None, "x", None, Span(0, 1), children=(section,))
    return section


def test_a_section_tree_within_the_bound_round_trips() -> None:
    report = Report(sections=(deep(SECTION_DEPTH),))
    assert loads(dumps(report)) == report


def test_dumps_of_a_too_deep_section_tree_is_a_minzheng_error() -> None:
    for levels in (SECTION_DEPTH + 1, 5000):
        with pytest.raises(StructureError, match="deeper than"):
            dumps(Report(sections=(deep(levels),)))
        with pytest.raises(StructureError, match="deeper than"):
            unstructure(deep(levels))


def test_loads_of_a_too_deep_section_tree_is_a_structure_error() -> None:
    child: dict[str, object] = {"level": 1, "number": None, "ordinal": None, "heading": "x", "phase": None,
                                "span": [0, 1], "children": []}
    for _ in range(SECTION_DEPTH + 5):
        child = {**child, "children": [child]}
    text = json.dumps({"schema": "minzheng/1", "sections": [child]})
    with pytest.raises(StructureError, match="deeper than"):
        loads(text)


@pytest.mark.parametrize(
    "amount",
    [Decimal("NaN"), Decimal("Infinity"), Decimal("1E+100"), Decimal("1E-100")],
    ids=["nan", "infinity", "huge", "tiny"],
)
def test_dumps_refuses_an_amount_loads_would_refuse(amount: Decimal) -> None:
    standard = Standard("低保", "低保", amount, "x元", Span(0, 2))
    with pytest.raises(StructureError, match="amount"):
        dumps(Report(standards=(standard,)))


def test_amounts_are_written_in_plain_form() -> None:
    standard = Standard("低保", "低保", Decimal("7.1E+2"), "710元", Span(0, 4), growth=Decimal("4E-1"))
    data = unstructure(standard)
    assert (data["amount"], data["growth"]) == ("710", "0.4")
    assert structure(data, Standard) == standard

