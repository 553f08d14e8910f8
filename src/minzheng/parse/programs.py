"""Named programs and cited documents in a report's body."""

from __future__ import annotations

import attrs

from minzheng.model import Citation, Diagnostic, Program
from minzheng.parse.context import Context

__all__ = ["ProgramFacts", "extract_programs"]


@attrs.frozen
class ProgramFacts:
    """The programs (once each) and citations of a report."""

    programs: tuple[Program, ...] = ()
    citations: tuple[Citation, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


def extract_programs(context: Context) -> ProgramFacts:
    """Programs and citations in the body. STUB: nothing yet."""
    del context
    return ProgramFacts()
