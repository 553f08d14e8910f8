"""minzheng: Chinese civil-affairs (民政) work reports as a typed, queryable model."""

import importlib
from typing import TYPE_CHECKING

from minzheng import _version, _warm  # _warm first: it seeds the patterns the modules below compile
from minzheng._errors import DecodeError, MinzhengError, NoSourceError, StructureError, UnknownValueError
from minzheng._files import parse_file
from minzheng._many import iter_parse, parse_many
from minzheng.annotate import annotate
from minzheng.model import (
    SCHEMA,
    Citation,
    Diagnostic,
    Funding,
    Level,
    Per,
    Period,
    Phase,
    Program,
    Qualifier,
    Region,
    Report,
    ReportKind,
    Scope,
    Script,
    Section,
    SourceFormat,
    Span,
    Standard,
    Standing,
    Turn,
)
from minzheng.parse.pipeline import parse
from minzheng.query import Failure, Found, ReportSet, Results

if TYPE_CHECKING:
    from minzheng.serialize import dumps, loads, structure, unstructure

    __version__: str
    """The installed version, from the package metadata (``0+unknown`` where not installed)."""

_LAZY = {"dumps": "minzheng.serialize", "loads": "minzheng.serialize", "structure": "minzheng.serialize",
         "unstructure": "minzheng.serialize"}  # fmt: skip
"""Names loaded on first use, by the module that holds them: not every run serializes."""


def __getattr__(name: str) -> object:
    """``__version__`` (read from the package metadata) and the serializers, loaded on first use."""
    if name == "__version__":
        value: object = _version.version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        msg = f"module 'minzheng' has no attribute {name!r}"
        raise AttributeError(msg)
    globals()[name] = value
    return value


_warm.WARM.finish(lambda: parse(_warm.WARM_UP))

__all__ = [
    "SCHEMA",
    "Citation",
    "DecodeError",
    "Diagnostic",
    "Failure",
    "Found",
    "Funding",
    "Level",
    "MinzhengError",
    "NoSourceError",
    "Per",
    "Period",
    "Phase",
    "Program",
    "Qualifier",
    "Region",
    "Report",
    "ReportKind",
    "ReportSet",
    "Results",
    "Scope",
    "Script",
    "Section",
    "SourceFormat",
    "Span",
    "Standard",
    "Standing",
    "StructureError",
    "Turn",
    "UnknownValueError",
    "__version__",
    "annotate",
    "dumps",
    "iter_parse",
    "loads",
    "parse",
    "parse_file",
    "parse_many",
    "structure",
    "unstructure",
]
