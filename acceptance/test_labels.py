"""Standards of categories outside the vocabulary, on 103 real government work reports.

Their ``label`` is the source wording of a benefit's noun phrase (MODEL.md): it starts at a
noun (no function word or mark first), a benefit head word governs it (one of its
own, or the 标准 right after it), and it stands in the sentence of its amount; where no
benefit's noun governs the amount, the category is unknown (None) and the label empty. The
test lists every such standard and fails on any label that breaks the property, except the
known gaps named in :data:`KNOWN_GAPS`, which must still break it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minzheng import Span, parse
from minzheng.parse.money_reading import Label, names_a_benefit
from minzheng.parse.vocabulary import CATEGORIES, LABEL_LEAD_WORDS
from minzheng.text.segments import sentence_around

VOCABULARY = frozenset(entry.key for entry in CATEGORIES)
HEAD_AFTER = "标准"
"""The head word that may follow a label in the text (``扶贫标准``: the label is ``扶贫``)."""

KNOWN_GAPS: dict[tuple[str, str], str] = {}
"""Labels that still break the property: (report, label) and why."""


def breaks(text: str, label: str, start: int, end: int) -> str | None:
    """Why a label breaks the property, None where it holds."""
    if not label:
        return "empty"
    if label.startswith(LABEL_LEAD_WORDS) or not label[0].isalpha():
        return "does not start at a noun"
    sentence = sentence_around(text, Span(start, end))
    at = text.find(label, sentence.start, sentence.end)
    if at < 0:
        return "not in the sentence of its amount"
    if (
        not names_a_benefit(Label(label, label))
        and text.find(label + HEAD_AFTER, sentence.start, sentence.end) < 0
    ):
        return "no benefit head word governs it"
    return None


@pytest.fixture(scope="module")
def outside_vocabulary(corpus_root: Path) -> list[tuple[str, str, str]]:
    """Every standard of a category outside the vocabulary: (report, label, why it breaks or '')."""
    folder = corpus_root / "real" / "gov_work_reports"
    files = sorted(folder.glob("*.txt"))
    if len(files) < 100:
        pytest.fail(f"expected the 103 government work reports in {folder}")
    found = []
    for path in files:
        report = parse(path.read_text(encoding="utf-8"))
        for standard in report.standards:
            if standard.category in VOCABULARY:
                continue
            if standard.category is None:
                why = "a label without a category" if standard.label else ""
                found.append((path.name, standard.label, why))
                continue
            why = breaks(report.text, standard.label, standard.span.start, standard.span.end)
            found.append((path.name, standard.label, why or ""))
    return found


def test_labels_outside_the_vocabulary_name_a_benefit(outside_vocabulary: list[tuple[str, str, str]]) -> None:
    broken = {(name, label): why for name, label, why in outside_vocabulary if why}
    unexpected = {key: why for key, why in broken.items() if key not in KNOWN_GAPS}
    assert not unexpected, "\n".join(f"{name}: {label!r} {why}" for (name, label), why in unexpected.items())


def test_known_gaps_are_still_gaps(outside_vocabulary: list[tuple[str, str, str]]) -> None:
    broken = {(name, label) for name, label, why in outside_vocabulary if why}
    assert set(KNOWN_GAPS) <= broken, f"fixed, drop from KNOWN_GAPS: {set(KNOWN_GAPS) - broken}"
