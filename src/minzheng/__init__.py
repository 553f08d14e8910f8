"""minzheng: Chinese civil-affairs (民政) work reports as a typed, queryable model."""

from minzheng import _version
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
from minzheng.serialize import dumps, loads, structure, unstructure

__version__ = _version.version()
"""The installed version, from the package metadata (``0+unknown`` where not installed)."""

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
