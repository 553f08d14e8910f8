"""The section tree of a report: headings, levels, ordinals, phases; interview turns.

Headings are found by their numbering (``一、``, ``（一）``, ``1.``, ``（1）``, ``①``,
``第一部分``, ``第一章``, ``第一节``; a bare ``、`` among ``一、`` siblings where the
ordinal was lost) at the start of a body line or, in text run together into long lines,
after a sentence end and a space; newspaper sub-heads are short unpunctuated lines
between paragraphs. Levels come from the order in which the styles first appear in
each document, not from a fixed table: the first style seen is level 1, a style not
yet open nests under the current one, and a style already open closes everything
below it.

Phases: a heading states ``review`` or ``plan`` by its wording (``2020年工作情况``,
``2021年工作思路``); a section that states none inherits its parent's. Where the whole
report is one phase (its title is a plan or a summary, or an untitled text reads as
one), top-level sections that state none take the report's phase.
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Iterable

import attrs
import regex

from minzheng.model import Diagnostic, Phase, Section, Span, Turn
from minzheng.parse.layout import Frame, body_phase, heading_phase, title_phases
from minzheng.parse.structure_words import ASKERS, CREDIT_WORDS, HEADING_NOUNS, NOT_SPEAKERS, SENTENCE_VERBS
from minzheng.text.clean import Lines, Zone
from minzheng.text.document import Document
from minzheng.text.numbers import parse_number
from minzheng.text.segments import Break, ends, is_prose, marks

__all__ = ["Outline", "Style", "parse_sections"]


class Style(enum.Enum):
    """A numbering style of headings."""

    PART = "第一部分"
    CHAPTER = "第一章"
    SECTION = "第一节"
    CHINESE = "一、"
    CHINESE_PAREN = "（一）"
    ARABIC = "1."
    ARABIC_PAREN = "（1）"
    CIRCLED = "①"
    SUBHEAD = "sub-head"


@attrs.frozen
class Outline:
    """A report's section tree and interview turns."""

    sections: tuple[Section, ...] = ()
    """Top-level sections."""
    turns: tuple[Turn, ...] = ()
    """Interview turns."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Lost ordinals and other doubts."""


# --- word tables (data in structure_words) --------------------------------------------

_CN_NUMERALS = "一二三四五六七八九十百"
# What follows numerals listed with 、 when they count, not number headings: 一、二级, 一、二季度.
_COUNTED = "[、级类等档线号期批次]|季度|月|年级"

# --- patterns ------------------------------------------------------------------------

_NUMBERING = regex.compile(
    rf"""
    (?:
        第(?:(?P<part>[{_CN_NUMERALS}零〇\d]{{1,4}})(?:部分|篇)
            |(?P<chapter>[{_CN_NUMERALS}零〇\d]{{1,4}})章
            |(?P<section>[{_CN_NUMERALS}零〇\d]{{1,4}})节(?!课))[\s、:：.．]*
      | (?P<cn>[{_CN_NUMERALS}]{{1,4}})[、．.](?![{_CN_NUMERALS}]{{1,3}}(?:{_COUNTED}))\s*
      | (?P<cn>)、(?![{_CN_NUMERALS}\d])
      | [（(]\s*(?P<cnp>[{_CN_NUMERALS}]{{0,4}})\s*[）)]\s*
      | (?P<ar>\d{{1,2}})[.．、]\s*(?=\D|(?:19|20)\d\d\s*年)
      | [（(]\s*(?P<arp>\d{{1,2}})\s*[）)]\s*(?=\D)
      | (?P<circ>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*
    )
    (?=[\p{{Han}}“「《"‘\d])
    """,
    regex.VERBOSE,
)
# A heading inside a line of text run together: after a sentence end and a space.
_INLINE = regex.compile(
    rf"[{regex.escape(marks(at_least=Break.PART))}][ \t\u3000\u2002\u2003]+"
    rf"(?=第[{_CN_NUMERALS}\d]|[{_CN_NUMERALS}]{{1,4}}[、．.]|[（(]|\d{{1,2}}[.．、]|[①-⑳])"
)
# Where a heading's text ends: a sentence end or colon, or a space before more text.
_HEADING_END = regex.compile(rf"{ends(at_least=Break.COLON).pattern}|[ \t\u3000\u2002\u2003]+(?=\S)")
_LOST_END = regex.compile(
    r"^(?P<head>.{4,20}?(?:" + "|".join(HEADING_NOUNS) + "))(?=" + "|".join(SENTENCE_VERBS) + ")"
)
# A speaker and a colon, the speaker's post in parentheses allowed: 刘洋（县民政局局长）：.
_TURN = regex.compile(
    r"\s*(?P<speaker>[\p{Han}A-Za-z]{1,6})\s*(?:[（(][^（）()\n]{1,20}[）)])?\s*[:：]\s*(?=\S)"
)
# Marks a paper sets before its sub-heads (■ 多方合力建食堂); list bullets (•) are not among them.
_SUBHEAD_MARKS = "■□◆◇▲△★☆◎"
_SUBHEAD_FORBIDDEN = regex.compile(r"^[·•●▪]|[。，,、；;：:！!？?()（）【】\[\]|•<>/\\%\d\s—\-_=+*#@~①-⑳]")
_SENTENCE_END = ends(at_least=Break.COLON)
# The label of an attachment list; the titles listed under it are not headings.
_ATTACHMENTS = regex.compile(r"\s*附\s*件\s*\d*\s*(?:[:：]|$)")
_HAN = regex.compile(r"\p{Han}")

_MAX_HEADING = 100
_STANDALONE_HEADING = 40
_LONG_HEADING = 30
_SUBHEAD_LENGTH = range(2, 17)


# --- candidates ----------------------------------------------------------------------


@attrs.frozen
class _Candidate:
    """A line or part of a line that may be a heading."""

    style: Style
    number: str | None
    ordinal: int | None
    start: int
    heading: str
    marker_end: int
    """End of the numbering (``（二）``); ``start`` for a sub-head."""
    diagnostics: tuple[Diagnostic, ...] = ()


@attrs.frozen
class _Placed:
    candidate: _Candidate
    level: int
    ordinal: int | None
    diagnostics: tuple[Diagnostic, ...]


@functools.lru_cache(maxsize=512)
def _ordinal(number: str) -> int | None:
    """The value of an ordinal as written (``十九``, ``3``), None when it is not a positive whole number.

    >>> _ordinal("十九"), _ordinal("3"), _ordinal("〇")
    (19, 3, None)
    """
    value = parse_number(number)
    if value is None or value <= 0 or value != value.to_integral_value():
        return None
    return int(value)


def _style_of(match: regex.Match[str]) -> tuple[Style, str | None, int | None]:
    for group, style in (
        ("part", Style.PART),
        ("chapter", Style.CHAPTER),
        ("section", Style.SECTION),
        ("cn", Style.CHINESE),
        ("cnp", Style.CHINESE_PAREN),
        ("ar", Style.ARABIC),
        ("arp", Style.ARABIC_PAREN),
        ("circ", Style.CIRCLED),
    ):
        number = match[group]
        if number is None:
            continue
        if not number:
            return style, None, None
        if group == "circ":
            return style, number, ord(number) - ord("①") + 1
        return style, number, _ordinal(number)
    return Style.SUBHEAD, None, None  # pragma: no cover (the pattern has no other branch)


def _heading_text(text: str, start: int, end: int) -> tuple[str, int | None, Diagnostic | None]:
    """The heading from ``start``: its first sentence, or up to a space in run-together text.

    Also gives where the text after a heading ended by a space resumes (another heading
    may stand there), and a diagnostic where the heading ran into its sentence.
    """
    rest = text[start:end].strip()
    if len(rest) <= _STANDALONE_HEADING and not _SENTENCE_END.search(rest):
        return rest, None, None  # a heading line of its own, spaces and all
    stop = _HEADING_END.search(text, start, end)
    resume = stop.end() if stop and stop.group()[0].isspace() else None
    heading = text[start : stop.start() if stop else end].strip()
    if len(heading) > _LONG_HEADING:
        lost = _LOST_END.match(heading)
        if lost:
            head = lost["head"]
            return (
                head,
                None,
                Diagnostic(
                    "section.heading_end_lost",
                    f"heading ran into its text; read as {head!r} where the next sentence begins",
                    Span(start, start + len(head)),
                ),
            )
    return heading[:_MAX_HEADING], resume, None


def _numbered(text: str, position: int, line_end: int) -> tuple[_Candidate | None, int | None]:
    """The numbered heading at ``position`` if any, and where the text after it resumes."""
    match = _NUMBERING.match(text, position, line_end)
    if match is None:
        return None, None
    style, number, ordinal = _style_of(match)
    heading, resume, diagnostic = _heading_text(text, match.end(), line_end)
    if len(_HAN.findall(heading)) < 2:  # noqa: PLR2004 (a heading has words)
        return None, None
    diagnostics: tuple[Diagnostic, ...] = (diagnostic,) if diagnostic else ()
    if number is None:
        diagnostics += (
            Diagnostic(
                "section.ordinal_lost",
                f"heading {heading!r} has lost its ordinal; numbered after its previous sibling",
                Span(position, match.end()),
            ),
        )
    return _Candidate(style, number, ordinal, position, heading, match.end(), diagnostics), resume


def _leading(text: str, start: int, end: int) -> int:
    """Where the text of the line ``[start, end)`` begins after its indentation."""
    position = start
    while position < end and text[position].isspace():
        position += 1
    return position


def _subheads(text: str, body: Lines, frame: Frame) -> list[_Candidate]:
    """Short unpunctuated lines between paragraphs; kept only where a report has several."""
    found: list[_Candidate] = []
    titles = set(frame.titles)
    starts, ends = body.starts, body.ends
    for index, (line_start, line_end) in enumerate(zip(starts, ends, strict=True)):
        stripped = text[line_start:line_end].strip()
        marked = bool(stripped) and stripped[0] in _SUBHEAD_MARKS
        if marked:
            stripped = stripped[1:].lstrip()
        if (
            len(stripped) not in _SUBHEAD_LENGTH
            or _SUBHEAD_FORBIDDEN.search(stripped)
            or len(_HAN.findall(stripped)) < 2  # noqa: PLR2004 (a heading has words)
            or stripped in titles
            or _NUMBERING.match(stripped)
            or any(word in stripped for word in CREDIT_WORDS)
        ):
            continue
        following = text[starts[index + 1] : ends[index + 1]].strip() if index + 1 < len(body) else ""
        if not is_prose(following) or following.startswith(("•", "·", "●", "▪")):
            continue
        if index > 0:
            previous = text[starts[index - 1] : ends[index - 1]].strip()
            if not is_prose(previous):
                continue
        start = _leading(text, line_start, line_end)
        heading_start = text.index(stripped, start) if marked else start
        found.append(_Candidate(Style.SUBHEAD, None, None, start, stripped, heading_start))
    return found if len(found) >= 2 else []  # noqa: PLR2004 (a set of sub-heads, not a stray line)


def _attachment_lines(text: str, lines: Lines) -> set[int]:
    """Starts of the lines listing attached documents under a 附件 label, whatever its zone.

    ``附件：1.…要点`` / ``2.…分工表``: titles, not headings, up to the next sentence or
    the first heading of an attached text (``一、…``).
    """
    listed: set[int] = set()
    in_list = False
    for line_start, end, zone in lines.rows():
        start = _leading(text, line_start, end)
        if _ATTACHMENTS.match(text, start, end):
            in_list = True
            listed.add(start)
            continue
        if not in_list or zone is Zone.BLANK:
            continue
        item = text[start:end]
        numbered = _NUMBERING.match(item)
        if (
            len(item) <= _STANDALONE_HEADING
            and not _SENTENCE_END.search(item)
            and (numbered is None or numbered["ar"] is not None)
        ):
            listed.add(start)
        else:
            in_list = False
    return listed


def _candidates(text: str, body: Lines, skipped: set[int]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for line_start, end in zip(body.starts, body.ends, strict=True):
        start = _leading(text, line_start, end)
        if start in skipped:
            continue
        positions = [start, *(m.end() for m in _INLINE.finditer(text, start, end))]
        seen: set[int] = set()
        while positions:
            position = positions.pop(0)
            if position in seen:
                continue
            seen.add(position)
            candidate, resume = _numbered(text, position, end)
            if candidate is not None:
                found.append(candidate)
                if resume is not None:
                    # Text run together: the next heading may follow a heading's space.
                    positions.insert(0, resume)
    return sorted(found, key=lambda c: c.start)


# --- levels --------------------------------------------------------------------------


def _place(candidates: Iterable[_Candidate]) -> list[_Placed]:
    """Levels by order of appearance; numbering that does not run on is not a heading."""
    stack: list[Style] = []
    last_at_level: list[int | None] = []
    last_of_style: dict[Style, int] = {}
    placed: list[_Placed] = []
    for candidate in candidates:
        style = candidate.style
        diagnostics = candidate.diagnostics
        if style in stack:
            level = stack.index(style) + 1
            previous = last_at_level[level - 1]
            if candidate.ordinal is not None and previous is not None and candidate.ordinal <= previous:
                continue  # a list restarting inside a section, not a sibling heading
            ordinal = candidate.ordinal
            if ordinal is None and style is not Style.SUBHEAD:
                ordinal = (previous or 0) + 1
            if candidate.ordinal is not None and previous is not None and candidate.ordinal > previous + 1:
                diagnostics += (
                    Diagnostic(
                        "section.ordinal_gap",
                        f"heading {candidate.number} follows {previous}: headings between may be lost",
                        Span(candidate.start, candidate.marker_end),
                    ),
                )
            del stack[level:]
            del last_at_level[level:]
        elif candidate.number is None and style is Style.CHINESE:
            continue  # a line opening on a bare 、 is a lost ordinal only among its siblings
        else:
            continued = last_of_style.get(style, 0) + 1
            if candidate.ordinal is not None and candidate.ordinal not in {1, continued}:
                continue  # a deeper list must start at one or run on from before
            ordinal = candidate.ordinal
            if ordinal is None and style is not Style.SUBHEAD:
                ordinal = 1
            stack.append(style)
            last_at_level.append(None)
            level = len(stack)
        last_at_level[level - 1] = ordinal
        if ordinal is not None:
            last_of_style[style] = ordinal
        placed.append(_Placed(candidate, level, ordinal, diagnostics))
    return placed


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _ends(text: str, placed: list[_Placed], body_end: int) -> list[int]:
    """Where each section ends: at the next heading of its level or higher, else the body's end."""
    ends = [body_end] * len(placed)
    open_sections: list[int] = []
    for index, item in enumerate(placed):
        while open_sections and placed[open_sections[-1]].level >= item.level:
            ends[open_sections.pop()] = item.candidate.start
        open_sections.append(index)
    return [
        _trim(text, item.candidate.start, max(end, item.candidate.start))
        for item, end in zip(placed, ends, strict=True)
    ]


def _tree(text: str, placed: list[_Placed], body_end: int) -> tuple[Section, ...]:
    ends = _ends(text, placed, body_end)

    def build(first: int, stop: int, level: int, inherited: Phase | None) -> tuple[Section, ...]:
        sections = []
        index = first
        while index < stop:
            item = placed[index]
            after = index + 1
            while after < stop and placed[after].level > level:
                after += 1
            phase = heading_phase(item.candidate.heading) or inherited
            section = Section(
                level=level,
                number=item.candidate.number,
                ordinal=item.ordinal,
                heading=item.candidate.heading,
                phase=phase,
                span=Span(item.candidate.start, ends[index]),
                children=build(index + 1, after, level + 1, phase),
            )
            sections.append(section)
            index = after
        return tuple(sections)

    return build(0, len(placed), 1, None)


# --- turns ---------------------------------------------------------------------------


def _turns(text: str, body: Lines, body_end: int) -> tuple[Turn, ...]:
    """Interview turns: an asker's line and the replies of whoever answers."""
    openers: list[tuple[str, int]] = []
    for start, end in zip(body.starts, body.ends, strict=True):
        match = _TURN.match(text, start, end)
        if match and match["speaker"] not in NOT_SPEAKERS:
            openers.append((match["speaker"], match.start("speaker")))
    if not any(speaker in ASKERS for speaker, _ in openers):
        return ()
    answerers = {
        speaker
        for (asker, _), (speaker, _) in itertools.pairwise(openers)
        if asker in ASKERS and speaker not in ASKERS
    }
    kept = [(s, p) for s, p in openers if s in ASKERS or s in answerers]
    if len(kept) < 2:  # noqa: PLR2004 (a question and an answer)
        return ()
    turns = []
    for index, (speaker, start) in enumerate(kept):
        end = kept[index + 1][1] if index + 1 < len(kept) else max(body_end, start)
        turns.append(Turn(speaker, Span(start, _trim(text, start, end))))
    return tuple(turns)


# --- entry point ---------------------------------------------------------------------


def _report_phase(
    text: str, frame: Frame, sections: tuple[Section, ...], start: int, end: int
) -> Phase | None:
    """The phase of the whole report where it is one: from its title, else from its text."""
    phases = title_phases(frame.title)
    if len(phases) == 1:
        return next(iter(phases))
    if phases or frame.title or any(s.phase for s in sections):
        return None
    return body_phase(text, start, end)


def _with_default(sections: tuple[Section, ...], default: Phase) -> tuple[Section, ...]:
    def fill(section: Section, phase: Phase) -> Section:
        own = section.phase or phase
        return attrs.evolve(section, phase=own, children=tuple(fill(c, own) for c in section.children))

    return tuple(fill(s, default) if s.phase is None else s for s in sections)


def parse_sections(document: Document, frame: Frame) -> Outline:
    """Find the headings of a report's body (after the ``frame``'s header), nest them; find turns."""
    text = document.text
    after = document.lines.from_position(frame.body_start)
    body = after.only(Zone.BODY)
    if not body:
        return Outline()
    body_end = _trim(text, body.starts[0], body.ends[-1])
    turns = _turns(text, body, body_end)
    skipped = {t.span.start for t in turns} | _attachment_lines(text, after)
    numbered = _candidates(text, body, skipped)
    candidates = sorted([*numbered, *_subheads(text, body, frame)], key=lambda c: c.start)
    placed = _place(candidates)
    if placed and frame.signature is not None and frame.signature.start > placed[-1].candidate.start:
        body_end = min(body_end, frame.signature.start)
    sections = _tree(text, placed, body_end)
    default = _report_phase(text, frame, sections, body.starts[0], body_end)
    if default is not None:
        sections = _with_default(sections, default)
    diagnostics = [d for item in placed for d in item.diagnostics]
    return Outline(sections, turns, tuple(diagnostics))
