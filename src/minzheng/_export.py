"""Records written as an Excel workbook (``.xlsx``) or a Parquet table (``.parquet``).

Both need an optional library: ``openpyxl`` (extra ``excel``) and ``pyarrow`` (extra
``parquet``), imported only when such a file is written. Cells keep their types: amounts
are exact decimals (a number cell in Excel, a ``decimal128`` column in Parquet), years and
counts integers, dates dates, flags booleans.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import IO, Any

from minzheng._errors import MinzhengError
from minzheng.query import BOOL_COLUMNS, DATE_COLUMNS, INT_COLUMNS, RECORD_FIELDS, Record, RecordKind

__all__ = ["EXTRAS", "BinaryWriter", "require", "write_parquet", "write_xlsx"]

EXTRAS = {"xlsx": ("openpyxl", "excel"), "parquet": ("pyarrow", "parquet")}
"""For each binary format, the module it needs and the extra that installs it."""

BinaryWriter = Callable[[IO[bytes], dict[RecordKind, list[Record]]], None]
"""Writes tables (one per kind of record) to a binary stream."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters an .xlsx file (XML 1.0) cannot hold."""


def require(output_format: str) -> str | None:
    """Why ``output_format`` cannot be written here (its library is missing), or None."""
    if output_format not in EXTRAS:
        return None
    module, extra = EXTRAS[output_format]
    try:
        importlib.import_module(module)
    except ImportError:
        return f"writing {output_format} needs {module}: pip install 'minzheng[{extra}]'"
    return None


def _text(value: str) -> str:
    r"""A string any file can hold: lone surrogates (odd bytes of a file name) as escapes.

    >>> _text("a\udcb1")
    'a\\udcb1'
    """
    return _SURROGATE.sub(lambda found: repr(found[0])[1:-1], value)


# -- Excel ------------------------------------------------------------------------------------


def write_xlsx(out: IO[bytes], tables: dict[RecordKind, list[Record]]) -> None:
    """One sheet per kind of record, named for it, with a header row; strings never formulas."""
    openpyxl = importlib.import_module("openpyxl")
    cell_module = importlib.import_module("openpyxl.cell")
    book = openpyxl.Workbook(write_only=True)
    for kind, records in tables.items():
        sheet = book.create_sheet(kind)
        columns = RECORD_FIELDS[kind]
        sheet.append(list(columns))
        for record in records:
            sheet.append([_xlsx_cell(cell_module.WriteOnlyCell, sheet, record[column]) for column in columns])
    book.save(out)


def _xlsx_cell(make: Callable[..., Any], sheet: object, value: object) -> object:
    """A cell for openpyxl: a string cell stays a string (``=…`` is no formula)."""
    if isinstance(value, str):
        cell = make(sheet, value=_XML_ILLEGAL.sub("", _text(value)))
        cell.data_type = "s"
        return cell
    return value


# -- Parquet ----------------------------------------------------------------------------------


def write_parquet(out: IO[bytes], tables: dict[RecordKind, list[Record]]) -> None:
    """One table, of the one kind of record given, with typed columns."""
    if len(tables) != 1:
        msg = "a Parquet file holds one kind of record: choose it with --facts"
        raise MinzhengError(msg)
    pyarrow = importlib.import_module("pyarrow")
    parquet = importlib.import_module("pyarrow.parquet")
    ((kind, records),) = tables.items()
    columns = RECORD_FIELDS[kind]
    arrays = [_arrow_column(pyarrow, column, [record[column] for record in records]) for column in columns]
    parquet.write_table(pyarrow.table(arrays, names=list(columns)), out)


def _arrow_column(pyarrow: Any, column: str, values: Sequence[object]) -> Any:  # noqa: ANN401 (pyarrow is optional, so are its types)
    """A typed column: integers, dates, booleans, exact decimals, else strings."""
    if column in INT_COLUMNS:
        return pyarrow.array(values, type=pyarrow.int64())
    if column in DATE_COLUMNS:
        return pyarrow.array(values, type=pyarrow.date32())
    if column in BOOL_COLUMNS:
        return pyarrow.array(values, type=pyarrow.bool_())
    if any(isinstance(value, Decimal) for value in values):
        try:
            return pyarrow.array(values)  # decimal128 of the precision and scale the values need
        except (pyarrow.ArrowInvalid, pyarrow.ArrowNotImplementedError):  # beyond 38 digits
            return pyarrow.array(_strings(values), type=pyarrow.string())
    return pyarrow.array(_strings(values), type=pyarrow.string())


def _strings(values: Iterable[object]) -> list[str | None]:
    shown: list[str | None] = []
    for value in values:
        if value is None:
            shown.append(None)
        elif isinstance(value, date):
            shown.append(value.isoformat())
        else:
            shown.append(_text(str(value)))
    return shown


WRITERS: dict[str, BinaryWriter] = {"xlsx": write_xlsx, "parquet": write_parquet}
"""The binary writers by format."""
