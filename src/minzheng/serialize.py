"""The one cattrs converter: model objects to plain JSON-ready data and back.

The plain-data shape is the versioned contract of ``shared/spec/API.md`` (schema
``minzheng/1``): decimals as strings, dates ISO, enums as their lowercase values,
spans as ``[start, end]`` pairs.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter as make_json_converter

from minzheng._errors import StructureError
from minzheng.model import SCHEMA, Report, Span

__all__ = ["configure_converter", "converter", "dumps", "loads", "make_converter", "structure", "unstructure"]

T = TypeVar("T")


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        # Floats are refused: a float in money data has already lost exactness.
        msg = f"expected a decimal string, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    try:
        result = Decimal(value)
    except InvalidOperation:
        msg = f"not a decimal: {value!r}"
        raise ValueError(msg) from None
    if not result.is_finite():
        msg = f"not a finite decimal: {value!r}"
        raise ValueError(msg)
    return result


def _structure_span(value: object, _: type) -> Span:
    if not isinstance(value, list | tuple) or len(value) != 2:  # noqa: PLR2004 (a pair)
        msg = f"expected a [start, end] pair, got {value!r}"
        raise TypeError(msg)
    start, end = value
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start | end, bool):
        msg = f"span bounds must be integers, got {value!r}"
        raise TypeError(msg)
    return Span(start, end)


def _structure_date(value: object, _: type) -> datetime.date:
    if not isinstance(value, str):
        msg = f"expected a YYYY-MM-DD string, got {value!r}"
        raise TypeError(msg)
    return datetime.date.fromisoformat(value)


def configure_converter(converter: cattrs.Converter) -> None:
    """Register minzheng's hooks on a converter."""
    converter.register_unstructure_hook(Decimal, str)
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
            msg = f"expected a report mapping, got {type(data).__name__}"
            raise TypeError(msg)
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            msg = f"unsupported schema {schema!r}; this version reads {SCHEMA!r}"
            raise ValueError(msg)
        report: Report = report_structure({k: v for k, v in data.items() if k != "schema"}, cls)
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
    """Plain JSON-ready data for a model object (a report carries its schema)."""
    return converter.unstructure(obj)


def structure(data: object, cls: type[T]) -> T:
    """A model object from plain data; :class:`StructureError` names the bad field."""
    try:
        return converter.structure(data, cls)
    except Exception as error:
        messages = cattrs.transform_error(error, path=cls.__name__) if isinstance(
            error, cattrs.BaseValidationError
        ) else [f"{cls.__name__}: {error}"]
        raise StructureError("; ".join(messages)) from error


def dumps(obj: object, *, indent: int | None = None) -> str:
    """JSON text for a model object."""
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


def loads(text: str | bytes, cls: type[T] = Report) -> T:  # type: ignore[assignment]  # mypy #3737
    """A model object (a Report unless ``cls`` says otherwise) from JSON text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        msg = f"not JSON: {error}"
        raise StructureError(msg) from error
    return structure(data, cls)
