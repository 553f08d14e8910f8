"""Money in a report's body: each amount one Standard or one Funding."""

from __future__ import annotations

import attrs

from minzheng.model import Diagnostic, Funding, Standard
from minzheng.parse.context import Context

__all__ = ["MoneyFacts", "extract_money"]


@attrs.frozen
class MoneyFacts:
    """The standards and fundings of a report, in document order."""

    standards: tuple[Standard, ...] = ()
    fundings: tuple[Funding, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


def extract_money(context: Context) -> MoneyFacts:
    """Every money amount in the body. STUB: nothing yet."""
    del context
    return MoneyFacts()
