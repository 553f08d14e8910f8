"""The one cattrs converter: model objects to plain JSON-ready data and back.

The plain-data shape is the versioned contract of ``shared/spec/API.md`` (schema
``minzheng/2``; data of ``minzheng/1``, which lacks ``Standard.per_month``, is read too):
decimals as strings, dates ISO, enums as their lowercase values, spans as ``[start, end]``
pairs.

Reading is strict: every field takes exactly the JSON type the converter writes, and
nothing is coerced (``"false"`` is no bool, ``2023.7`` no int, ``"四川省"`` no tuple of
strings, ``"1e5"`` no amount). A refusal is a :class:`~minzheng.StructureError` whose
message names the path of the field (``Report.fundings[0].per_capita``). Values are
bounded so that what is read stays safe to compute with: amounts have at most
:data:`DECIMAL_DIGITS` digits before and after the point, integers in JSON text at most
:data:`INT_DIGITS` digits, section trees at most :data:`SECTION_DEPTH` levels. Writing
refuses what reading would, so ``loads(dumps(x)) == x`` for every ``x`` that ``dumps``
accepts.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import re
import typing
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar, overload

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.v import format_exception

from minzheng._errors import StructureError
from minzheng.model import READ_SCHEMAS, SCHEMA, Fact, Report, Section, Span, Turn

__all__ = [
    "DECIMAL_DIGITS",
    "INT_DIGITS",
    "SECTION_DEPTH",
    "configure_converter",
    "converter",
    "dumps",
    "loads",
    "make_converter",
    "structure",
    "unstructure",
]

T = TypeVar("T")

DECIMAL_DIGITS = 64
"""Most digits an amount may have before its decimal point, and also after it.

Far beyond any sum of money (the parser reads at most 30 digits and a 万亿), and small
enough that adding up any number of amounts cannot overflow :mod:`decimal`'s range.
"""
INT_DIGITS = 20
"""Most digits of an integer in JSON text: more than any index, year or count needs."""
SECTION_DEPTH = 100
"""Most levels of a section tree, read or written (reports nest a handful)."""

_PLAIN_DECIMAL = re.compile(
    rf"-?(?:0|[1-9][0-9]{{0,{DECIMAL_DIGITS - 1}}})(?:\.[0-9]{{1,{DECIMAL_DIGITS}}})?"
)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SHOWN = 40
"""Characters of a refused value quoted in a message."""


def _shown(value: object) -> str:
    """A refused value as a message quotes it: its type and a short repr.

    >>> _shown("false")
    "str 'false'"
    >>> _shown([1] * 50)[-12:]
    '1, 1, 1, 1,…'
    """
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= _SHOWN else text[: _SHOWN - 1] + '…'}"


# -- strict hooks: exactly the JSON type the converter writes --------------------------------


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {_shown(value)}"
        raise StructureError(msg)
    return value


def _structure_int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"expected an integer, got {_shown(value)}"
        raise StructureError(msg)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {_shown(value)}"
        raise StructureError(msg)
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    # A float has already lost exactness; an int or "1e5" is not the written form.
    if not isinstance(value, str) or _PLAIN_DECIMAL.fullmatch(value) is None:
        msg = (
            f'expected a decimal string in plain form (like "268000000" or "-0.5", at most '
            f"{DECIMAL_DIGITS} digits each side of the point), got {_shown(value)}"
        )
        raise StructureError(msg)
    return Decimal(value)


def _unstructure_decimal(value: Decimal) -> str:
    """The plain form of a decimal, never an exponent: ``Decimal("7.1E+2")`` is ``"710"``."""
    if not value.is_finite() or value.adjusted() >= DECIMAL_DIGITS or _places(value) > DECIMAL_DIGITS:
        msg = (
            f"amount {value} is beyond what the plain data holds "
            f"({DECIMAL_DIGITS} digits each side of the point)"
        )
        raise StructureError(msg)
    return format(value, "f")


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _structure_span(value: object, _: type) -> Span:
    if not isinstance(value, list | tuple) or len(value) != 2:  # noqa: PLR2004 (a pair)
        msg = f"expected a [start, end] pair, got {_shown(value)}"
        raise StructureError(msg)
    start, end = value
    if not all(isinstance(bound, int) and not isinstance(bound, bool) for bound in value):
        msg = f"span bounds must be integers, got {_shown(value)}"
        raise StructureError(msg)
    return Span(start, end)


def _structure_date(value: object, _: type) -> datetime.date:
    if not isinstance(value, str) or _ISO_DATE.fullmatch(value) is None:
        msg = f"expected a YYYY-MM-DD date, got {_shown(value)}"
        raise StructureError(msg)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        msg = f"no such date: {value!r}"
        raise StructureError(msg) from None


def _is_enum(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _unstructure_enum(member: enum.StrEnum) -> str:
    """An enum member as its plain value: ``Scope.URBAN`` is ``"urban"``, a plain str."""
    return str(member.value)


@functools.cache
def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    values = {member.value: member for member in cls}
    choices = ", ".join(repr(value) for value in values)

    def structure_enum(value: object, _: type) -> enum.Enum:
        if isinstance(value, str) and value in values:
            return values[value]
        msg = f"expected one of {choices}, got {_shown(value)}"
        raise StructureError(msg)

    return structure_enum


def _structure_str_enum(value: object, cls: type[enum.StrEnum]) -> enum.StrEnum:
    member = _enum_hook(cls)(value, cls)
    return typing.cast("enum.StrEnum", member)


def _sequence_hook(cls: Any, converter: cattrs.Converter) -> Callable[[object, type], tuple[Any, ...]]:  # noqa: ANN401 (a type)
    """The tuple hook of cattrs, given only a list or tuple (a string is no tuple of its characters)."""
    structure_items = homogenous_tuple_structure_factory(cls, converter)

    def structure_sequence(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            msg = f"expected a list, got {_shown(value)}"
            raise StructureError(msg)
        items: tuple[Any, ...] = structure_items(value, cls)
        return items

    return structure_sequence


# -- whole-report checks ---------------------------------------------------------------------


def _depth(sections: Iterable[Section]) -> int:
    """Levels of a section tree, counted without recursion (a hand-built tree may be deep)."""
    deepest = 0
    stack = [(section, 1) for section in sections]
    while stack:
        section, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > SECTION_DEPTH:
            break
        stack.extend((child, level + 1) for child in section.children)
    return deepest


def _plain_depth(sections: object) -> int:
    """Levels of a section tree in plain data; anything malformed is left to the hooks."""
    deepest = 0
    stack = [(sections, 1)]
    while stack and deepest <= SECTION_DEPTH:
        items, level = stack.pop()
        if isinstance(items, list | tuple):
            for item in items:
                if isinstance(item, dict):
                    deepest = max(deepest, level)
                    stack.append((item.get("children"), level + 1))
    return deepest


def _check_depth(depth: int, where: str) -> None:
    if depth > SECTION_DEPTH:
        msg = f"{where}: the section tree is deeper than {SECTION_DEPTH} levels"
        raise StructureError(msg)


def _spans(report: Report) -> Iterator[tuple[str, Span]]:
    """Every span of a report with the path of its field."""
    stack = [(f"Report.sections[{i}]", section) for i, section in enumerate(report.sections)]
    while stack:
        path, section = stack.pop()
        yield f"{path}.span", section.span
        stack.extend((f"{path}.children[{i}]", child) for i, child in enumerate(section.children))
    groups: dict[str, tuple[Turn | Fact, ...]] = {
        "turns": report.turns,
        "standards": report.standards,
        "fundings": report.fundings,
        "programs": report.programs,
        "citations": report.citations,
    }
    for name, group in groups.items():
        for i, fact in enumerate(group):
            yield f"Report.{name}[{i}].span", fact.span
    for i, program in enumerate(report.programs):
        for j, mention in enumerate(program.mentions):
            yield f"Report.programs[{i}].mentions[{j}]", mention
    for i, diagnostic in enumerate(report.diagnostics):
        if diagnostic.span is not None:
            yield f"Report.diagnostics[{i}].span", diagnostic.span


def _check_report(report: Report) -> None:
    """Spans within the text (when the source is there to tell) and ``part_of`` in range."""
    count = len(report.fundings)
    for i, funding in enumerate(report.fundings):
        if funding.part_of is not None and not (0 <= funding.part_of < count and funding.part_of != i):
            msg = (
                f"Report.fundings[{i}].part_of: {funding.part_of} is not the index of another "
                f"funding (the report has {count})"
            )
            raise StructureError(msg)
    if report.source is None:
        return
    length = len(report.text)
    for path, span in _spans(report):
        if span.end > length:
            msg = f"{path}: [{span.start}, {span.end}] ends beyond the text ({length} characters)"
            raise StructureError(msg)


# -- the converter ---------------------------------------------------------------------------


def configure_converter(converter: cattrs.Converter) -> None:
    """Register minzheng's hooks on a converter."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    # The model's enums are StrEnums: these come before the str hooks in their MRO, where
    # class dispatch would otherwise read and write them as plain strings.
    converter.register_structure_hook(enum.StrEnum, _structure_str_enum)
    converter.register_unstructure_hook(enum.StrEnum, _unstructure_enum)
    converter.register_structure_hook_factory(is_sequence, _sequence_hook)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, _structure_date)

    report_unstructure = converter.get_unstructure_hook(Report)
    report_structure = converter.get_structure_hook(Report)

    def unstructure_report(report: Report) -> dict[str, Any]:
        return {"schema": SCHEMA, **report_unstructure(report)}

    def structure_report(data: Any, cls: type[Report]) -> Report:  # noqa: ANN401 (any data)
        if not isinstance(data, dict):
            msg = f"expected a report mapping, got {_shown(data)}"
            raise StructureError(msg)
        if "schema" not in data:
            msg = f"Report.schema: missing; a report says which schema it follows ({SCHEMA!r})"
            raise StructureError(msg)
        if data["schema"] not in READ_SCHEMAS:
            readable = ", ".join(map(repr, READ_SCHEMAS))
            msg = f"Report.schema: unsupported schema {data['schema']!r}; this version reads {readable}"
            raise StructureError(msg)
        report: Report = report_structure({k: v for k, v in data.items() if k != "schema"}, cls)
        _check_report(report)
        return report

    converter.register_unstructure_hook(Report, unstructure_report)
    converter.register_structure_hook(Report, structure_report)


def make_converter() -> cattrs.Converter:
    """A new converter for minzheng's plain-data shape."""
    converter = make_json_converter(forbid_extra_keys=True)
    configure_converter(converter)
    return converter


converter = make_converter()
"""The converter behind :func:`unstructure` and :func:`structure`."""


def unstructure(obj: object) -> Any:  # noqa: ANN401 (plain data of any shape)
    """Plain JSON-ready data for a model object (a report carries its schema).

    Raises :class:`StructureError` for what :func:`structure` would refuse: a section tree
    deeper than :data:`SECTION_DEPTH`, an amount beyond :data:`DECIMAL_DIGITS` digits.
    """
    if isinstance(obj, Report | Section):
        _check_depth(_depth(obj.sections if isinstance(obj, Report) else (obj,)), type(obj).__name__)
    try:
        return converter.unstructure(obj)
    except RecursionError:
        msg = f"{type(obj).__name__}: nested too deeply to write"
        raise StructureError(msg) from None


def structure(data: object, cls: type[T]) -> T:
    """A model object from plain data, read strictly; :class:`StructureError` names the bad field."""
    if isinstance(data, dict) and cls in {Report, Section}:
        _check_depth(_plain_depth(data.get("sections") if cls is Report else [data]), cls.__name__)
    try:
        return converter.structure(data, cls)
    except StructureError as error:  # raised by a hook on the whole value, not inside a field
        message = str(error)
        if not message.startswith(cls.__name__):
            message = f"{cls.__name__}: {message}"
        raise StructureError(message) from error
    except Exception as error:
        messages = (
            [_path_first(message) for message in cattrs.transform_error(error, cls.__name__, _describe)]
            if isinstance(error, cattrs.BaseValidationError)
            else [f"{cls.__name__}: {error}"]
        )
        raise StructureError("; ".join(messages)) from error


def _path_first(message: str) -> str:
    """The ``what @ path`` of cattrs as ``path: what``.

    >>> _path_first("expected an integer, got str '2023' @ Report.review_year")
    "Report.review_year: expected an integer, got str '2023'"
    """
    what, _, path = message.rpartition(" @ ")
    return f"{path}: {what}" if path else message


def _describe(error: BaseException, cls: type | None) -> str:
    """A refusal as the message shows it: our own words where we raised it, else cattrs'."""
    return str(error) if isinstance(error, StructureError) else format_exception(error, cls)


def dumps(obj: object, *, indent: int | None = None) -> str:
    """JSON text for a model object; refuses what :func:`loads` would refuse."""
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


@overload
def loads(text: str | bytes) -> Report: ...
@overload
def loads(text: str | bytes, cls: type[T]) -> T: ...
def loads(text: str | bytes, cls: type[Any] = Report) -> Any:
    """A model object (a Report unless ``cls`` says otherwise) from JSON text.

    ``loads(text)`` is typed as a :class:`~minzheng.Report`, ``loads(text, Section)`` as a
    :class:`~minzheng.Section`.

    Every bad input raises :class:`StructureError`: text that is not JSON (or not UTF-8),
    nested too deeply, with an integer of more than :data:`INT_DIGITS` digits, with
    ``NaN`` or ``Infinity``, or data that :func:`structure` refuses.
    """
    if not isinstance(text, str | bytes | bytearray):  # callers without type checking pass None
        msg = f"loads() takes JSON text (str or bytes), not {type(text).__name__}"  # type: ignore[unreachable]
        raise StructureError(msg)
    try:
        data = json.loads(text, parse_int=_parse_int, parse_constant=_refuse_constant)
    except RecursionError:
        msg = "not JSON this reader accepts: nested too deeply"
        raise StructureError(msg) from None
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        msg = f"not JSON: {error}"
        raise StructureError(msg) from None
    return structure(data, cls)


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > INT_DIGITS:
        msg = f"an integer of {len(digits.lstrip('-'))} digits is beyond the {INT_DIGITS} digits allowed"
        raise StructureError(msg)
    return int(digits)


def _refuse_constant(name: str) -> object:
    msg = f"not JSON: {name} is no JSON number"
    raise StructureError(msg)

