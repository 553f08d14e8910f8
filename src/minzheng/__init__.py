"""minzheng: Chinese civil-affairs (民政) work reports as a typed, queryable model."""

from minzheng._errors import DecodeError, MinzhengError, NoSourceError, StructureError
from minzheng._files import parse_file
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
    Span,
    Standard,
    Turn,
)
from minzheng.parse.pipeline import parse
from minzheng.serialize import dumps, loads, structure, unstructure

__all__ = [
    "SCHEMA",
    "Citation",
    "DecodeError",
    "Diagnostic",
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
    "Scope",
    "Script",
    "Section",
    "Span",
    "Standard",
    "StructureError",
    "Turn",
    "dumps",
    "loads",
    "parse",
    "parse_file",
    "structure",
    "unstructure",
]
