"""minzheng: Chinese civil-affairs (民政) work reports as a typed, queryable model."""

import importlib
from typing import TYPE_CHECKING

from minzheng import _version, _warm  # _warm first: it seeds the patterns the modules below compile
from minzheng._errors import DecodeError, MinzhengError, NoSourceError, StructureError, UnknownValueError
from minzheng._files import parse_file
from minzheng.annotate import annotate  # here, not on first use: the name is also its module's
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

if TYPE_CHECKING:
    from minzheng._many import iter_parse, parse_many
    from minzheng.query import Failure, Found, ReportSet, Results
    from minzheng.serialize import dumps, loads, structure, unstructure

    __version__: str
    """The installed version, from the package metadata (``0+unknown`` where not installed)."""

_LAZY = {
    **dict.fromkeys(("dumps", "loads", "structure", "unstructure"), "minzheng.serialize"),
    **dict.fromkeys(("Failure", "Found", "ReportSet", "Results"), "minzheng.query"),
    **dict.fromkeys(("iter_parse", "parse_many"), "minzheng._many"),
}
"""Names loaded on first use, by the module that holds them: not every run serializes or
queries a corpus, and a worker process only parses."""


def __getattr__(name: str) -> object:
    """``__version__`` (read from the package metadata), and the names of :data:`_LAZY` on first use."""
    if name == "__version__":
        value: object = _version.version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        msg = f"module 'minzheng' has no attribute {name!r}"
        raise AttributeError(msg)
    globals()[name] = value
    return value




def _warm_up() -> None:
    """What a first run does before its patterns and tables are kept: a parse, the lazy modules loaded."""
    parse(_warm.WARM_UP)
    for module in sorted(set(_LAZY.values())):
        importlib.import_module(module)


_warm.WARM.finish(_warm_up)

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
