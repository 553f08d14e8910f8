r"""Normalize a source text (simplified script, half-width digits) with an offset map back.

The normalized text is the source with:

- traditional characters converted to simplified exactly as opencc's ``t2s`` conversion
  does (its ``TSPhrases`` and ``TSCharacters`` dictionaries, first candidate), also on
  pages that mix both scripts;
- full-width digits, Latin letters and number punctuation (``．％＋－／``) made half-width;
  a full-width ``，`` becomes ``,`` only as a thousands separator (``1，234`` but not
  ``2020，2021``); other Chinese punctuation (``，。：（）``) is kept as it is;
- ``○`` unified to ``〇``, and a Latin ``O``/``o`` or a ``0`` inside a Chinese year
  numeral (``二O二O年``) read as ``〇``;
- odd spaces (U+3000, no-break and the other Unicode spaces) folded to an ASCII space,
  ``\r\n`` and the other line breaks (``\r``, U+2028, form feed, ...) to ``\n``, and
  invisible characters (zero-width spaces, byte-order marks, soft hyphens) removed.
- the marks of a page scraped as Markdown removed (``## ``, ``**…**``, ``[…](…)``, see
  :func:`markdown_marks`);
- HTML character references left in a text read (``&nbsp;``, ``&ldquo;``, ``&#12288;``, see
  :func:`character_references`);
- letter-spaced lines closed up (``通\u3000\u3000知``, ``全 年 发 放 8 6 0 万 元``, see
  :func:`letter_spacing`), as pinyin glosses (``萬(wàn)``) are dropped (see :func:`glosses`).

Only ``\r\n``, invisible characters, glosses, letter spacing, Markdown marks and character
references change the length of the text, so the map back to the source is stored sparsely: the
normalized text equals the source position for position except in a few groups, kept in
sorted arrays and searched with bisect.

The opencc dictionaries are read once, on the first call, through ``importlib.resources``,
and the tables made from them kept between runs in the user's cache (see :mod:`minzheng._warm`).
The conversion is a ``str.translate`` table for characters plus a phrase pass that runs
only on texts holding a character some phrase needs. Phrases are chosen as opencc chooses
them: among all dictionary phrases occurring in the text, the longest first, then the
leftmost, skipping any that overlap a phrase already taken.
"""

from __future__ import annotations

import bisect
import collections
import functools
import heapq
import html
import itertools
import re
from array import array
from collections.abc import Iterator
from typing import Any

import attrs

from minzheng._warm import WARM, source_identity
from minzheng.text.lexicon import Lexicon
from minzheng.text.span import Script, Span, Spans

__all__ = [
    "ComposedMap",
    "Normalized",
    "OffsetMap",
    "character_references",
    "glosses",
    "letter_spacing",
    "markdown_marks",
    "normalize",
    "normalize_cached",
    "to_simplified",
]

# The stdlib ``re`` engine, not ``regex``, for the patterns below that scan whole texts:
# on literal alternations and large character classes it runs four to ten times faster,
# and every pattern here is a plain literal, class or lookaround that both engines share.

_OPENCC_PACKAGE = "opencc"
_CHARACTERS_FILE = "TSCharacters.txt"
_PHRASES_FILE = "TSPhrases.txt"
_SIMPLIFIED_CHARACTERS_FILE = "STCharacters.txt"
_REGIONAL_VARIANT_FILES = ("TWVariants.txt", "HKVariants.txt")
_DICTIONARY_FILES = (_CHARACTERS_FILE, _PHRASES_FILE, _SIMPLIFIED_CHARACTERS_FILE, *_REGIONAL_VARIANT_FILES)
"""Every dictionary the tables are made from."""

_OPENCC_SEPARATORS = re.compile(
    r"\s|[-,.?!*　，。、；：？！…“”‘’『』「」﹁﹂—－（）《》〈〉～．／＼"
    r"︒︑︔︓︿﹀︹︺︙︐［﹇］﹈︕︖︰︳︴︽︾︵︶｛︷｝︸﹃﹄【︻】︼]"
)
"""The characters opencc splits a text at before converting; no dictionary entry holding
one can ever match, so such entries are dropped when the dictionaries are read."""

_HALF_WIDTH: dict[str, str] = {
    **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},  # ０-９
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},  # Ａ-Ｚ
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},  # ａ-ｚ
    "．": ".",
    "％": "%",
    "﹪": "%",
    "＋": "+",
    "－": "-",
    "／": "/",
    "○": "〇",
    "◯": "〇",
}
"""Full-width digits, letters and number punctuation, and the circles written for 〇."""

_ODD_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
"""Unicode spaces folded to an ASCII space."""

_LINE_BREAKS = "\r\v\f\x85\u2028\u2029"
"""Line breaks folded to ``\\n`` (``\\r\\n`` as a pair)."""

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Characters that take no place on the page and are removed."""

_FOLD: dict[str, str] = {
    **_HALF_WIDTH,
    **dict.fromkeys(_ODD_SPACES, " "),
    **dict.fromkeys(_LINE_BREAKS, "\n"),
}
"""Every same-length replacement apart from script conversion."""

_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""An HTML character reference, by number or by name, with its semicolon."""
_FOLD_TRIGGER = re.compile("[" + re.escape("".join(_FOLD) + _INVISIBLE) + "]")
_FOLD_CHAR = re.compile("[" + re.escape("".join(_FOLD)) + "]")
_INVISIBLE_CHAR = re.compile("[" + _INVISIBLE + "]")
_HAN = "\u3400-\u9fff\uf900-\ufaff"
"""The Han characters of the Basic Multilingual Plane, as a character-class body."""
_HAN_CHAR = re.compile(f"[{_HAN}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CRLF = re.compile("\r\n")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
"""Vowels with a tone mark: a syllable that holds one is pinyin."""
_UNTONE = str.maketrans(dict(zip(_TONED, "aaaaeeeeiiiioooouuuuvvvv", strict=True)) | {"ü": "v"})
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un"
    r"|ve|ue|vn|a|o|e|i|u|v)"
)
"""A pinyin syllable without its tone (ü written v)."""
_GLOSS = re.compile(rf"[(（](?P<letters>[A-Za-zü{_TONED}]{{1,6}})[)）]")
"""A parenthesized syllable: a pinyin gloss where it follows a Han character (or a gloss) and reads as one."""

_SPACES = " " + _ODD_SPACES
"""The spaces a letter-spaced line sets between its characters."""
_ENDS = "\n" + _LINE_BREAKS
"""Every line break, as a character-class body."""
_ALONE = rf"[{_HAN}][{_SPACES}]+[^{_SPACES}{_ENDS}](?![^{_SPACES}{_ENDS}])"
_SPACED_HAN = re.compile(rf"[{_SPACES}{_ENDS}]{_ALONE}")
"""A Han character and the next character, each standing alone (``民 政``, ``通\u3000\u3000知``, ``第 3``),
with the space or line break before them: a pattern that starts on a small class scans fast."""
_SPACED_HAN_FIRST = re.compile(_ALONE)
"""The same at the start of the text, matched there only."""
_TOKEN = re.compile(rf"[^{_SPACES}{_ENDS}]+")
"""A piece of a line between its spaces."""
_LINE_END = re.compile(f"[{_ENDS}]")
_FILLED_LINE = re.compile(rf"[^{_ENDS}]*[^{_SPACES}{_ENDS}][^{_ENDS}]*")
"""A line holding more than spaces."""
_BULLET_MARKS = frozenset("-•·*●■◆▪")
"""Marks that open a line of a list as bullets."""
_SPACED_LONG = 6
"""Pieces from which a line counts as letter-spaced with a few longer pieces among its single characters."""
_SPACED_SINGLES = 0.8
"""The share of single characters among a long line's pieces from which it is letter-spaced."""

_MARKDOWN_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}#{1,6}[ \t]+|>(?:[ \t]?>)*[ \t])(?=[ \t]*[^\s>][^>\n]*$)", re.MULTILINE
)
"""A Markdown heading's hashes and the spaces after them, or a quotation's marks and the one
space after them (``>60岁`` is no quotation), opening a line of words (a breadcrumb trail wrapped onto a line,
``> 政务公开 > 统计信息``, holds more of them)."""
_MARKDOWN_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])([^\n*_]*[^\s*_])\1")
"""Bold marks around words (``**一、社会救助**``): those that open a line are read as bold."""
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[a-z]+://|/)[^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)")
"""A Markdown link or image: ``[words](address)``, ``![words](address "title")``."""
_NOT_STRONG_START = frozenset("万亿元户人个名%.")
"""Where bold marks open a line on one of these, they are masked digits (``**万元``), not bold."""
_THOUSANDS_COMMA = re.compile(r"，(?<=[0-9]，)(?=[0-9]{3}(?![0-9]))")
"""A full-width comma between a digit and exactly three digits: a thousands separator."""

_YEAR_NUMERAL_WITH_LATIN_ZERO = re.compile(
    r"[〇一二三四五六七八九](?<![〇一二三四五六七八九Oo0].)[〇一二三四五六七八九]*+[Oo0][〇一二三四五六七八九Oo0]*+(?=年)"
)
"""A Chinese year numeral written with a Latin O or a digit 0 for 〇 (``二O二O年``).

It starts only where a numeral starts (the lookbehind) and never backtracks (possessive
runs), so it stays linear on long runs of numerals."""

_LATIN_ZERO_TO_LING = str.maketrans("Oo0", "〇〇〇")

_TRADITIONAL_SHARE = 0.8
"""Share of script-specific characters that are traditional from which a text is traditional."""
_SIMPLIFIED_SHARE = 0.2
"""Share at or below which a text is simplified; between the two it is mixed."""
_SCRIPT_TABLE_SIZE = 0x10000
"""Translate tables cover the Basic Multilingual Plane (a list of it is twice as fast as a dict)."""
_SCRIPT_SAMPLE_FROM = 1_000_000
"""Texts longer than this have their script judged on evenly spaced windows."""
_SCRIPT_WINDOWS = 64
_SCRIPT_WINDOW = 4096


@attrs.frozen
class _Tables:
    """The opencc dictionaries, prepared for fast conversion."""

    characters: dict[str, str]
    """Traditional character to its first simplified candidate, changed ones only."""
    phrases: dict[str, str]
    """Phrase to its first simplified candidate: every phrase, changed or not."""
    differing: frozenset[str]
    """Phrases whose conversion differs from converting their characters one by one."""
    lengths: tuple[int, ...]
    """Distinct phrase lengths, longest first."""
    phrase: re.Pattern[str]
    """Any phrase, the longest at each position."""
    changed: re.Pattern[str]
    """A character the conversion changes (Basic Multilingual Plane)."""
    loose: Lexicon[bool]
    """A differing phrase made only of characters the conversion keeps (瞭解, 反覆, 沈默)."""
    t2s: dict[int, int]
    """Character conversion as a translate table, all planes."""
    astral: dict[int, int]
    """Character conversion outside the Basic Multilingual Plane."""
    full_text: str
    """Character conversion plus every fold over the Basic Multilingual Plane: the character
    at position ``n`` is what ``chr(n)`` becomes (a string is read from the cache of kept
    tables many times faster than a list of numbers)."""
    script: str
    """Over the Basic Multilingual Plane, ``T`` for a traditional-only character, ``S`` for a
    simplified-only one, a space for the others."""

    @functools.cached_property
    def full(self) -> list[int]:
        """:attr:`full_text` as a translate table, made when a text first converts.

        A list translates half again as fast as the string; a simplified text never needs it.
        """
        return list(map(ord, self.full_text))


def _read_dictionary(name: str) -> dict[str, str]:
    """One opencc dictionary file as opencc reads it: key, tab, candidates; first candidate."""
    import importlib.resources  # noqa: PLC0415 (only where the tables are made: not at import)

    path = importlib.resources.files(_OPENCC_PACKAGE) / "dictionary" / name
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, tab, candidates = line.strip().partition("\t")
        if tab and key and candidates and not _OPENCC_SEPARATORS.search(key):
            entries[key] = candidates.split(" ")[0]
    return entries


def _convert_characters(text: str, characters: dict[str, str]) -> str:
    return "".join(characters.get(char, char) for char in text)


_NEVER = re.compile(r"(?!)")


def _first_kept(key: str, kept: set[str]) -> int:
    """The index of the first character of ``key`` that the character table keeps as it is, else 0.

    >>> _first_kept("不瞭解", {"瞭"})
    1
    """
    return next((index for index, char in enumerate(key) if char in kept), 0)


def _simplified_only(characters: dict[str, str]) -> set[str]:
    """Characters that only simplified text uses (Basic Multilingual Plane).

    Those opencc's ``s2t`` changes, less the traditional ones and less the forms that
    Taiwan or Hong Kong print as standard (群, 峰, 床: ``s2t`` gives 羣, 峯, 牀).
    """
    regional: set[str] = set()
    for name in _REGIONAL_VARIANT_FILES:
        regional.update(_read_dictionary(name).values())
    return {
        key
        for key, value in _read_dictionary(_SIMPLIFIED_CHARACTERS_FILE).items()
        if key != value and key not in characters and key not in regional and ord(key) < _SCRIPT_TABLE_SIZE
    }


def _made_tables() -> dict[str, object]:
    """Read and prepare the dictionaries: the tables of :class:`_Tables` as plain data."""
    everything = _read_dictionary(_CHARACTERS_FILE)
    characters = {key: value for key, value in everything.items() if key != value}
    phrases = _read_dictionary(_PHRASES_FILE)
    differing = frozenset(
        key for key, value in phrases.items() if _convert_characters(key, characters) != value
    )
    kept = {key for key, value in everything.items() if key == value}
    loose = sorted(key for key in differing if not any(char in characters for char in key))
    ordered = sorted(phrases, key=lambda key: (-len(key), key))
    t2s = {ord(key): ord(value) for key, value in characters.items() if len(value) == 1}
    full = list(range(_SCRIPT_TABLE_SIZE))
    for key, value in _FOLD.items():
        full[ord(key)] = ord(value)
    for code, value_code in t2s.items():
        if code < _SCRIPT_TABLE_SIZE:
            full[code] = value_code
    script = [" "] * _SCRIPT_TABLE_SIZE
    for char in _simplified_only(characters):
        script[ord(char)] = "S"
    for char in characters:
        if ord(char) < _SCRIPT_TABLE_SIZE:
            script[ord(char)] = "T"
    bmp_changed = sorted(char for char in characters if ord(char) < _SCRIPT_TABLE_SIZE)
    return {
        "characters": characters,
        "phrases": phrases,
        "differing": differing,
        "lengths": tuple(sorted({len(key) for key in phrases}, reverse=True)),
        "phrase": "|".join(map(re.escape, ordered)) if ordered else _NEVER.pattern,
        "changed": "[" + re.escape("".join(bmp_changed)) + "]" if bmp_changed else _NEVER.pattern,
        # Looked up by the first character the conversion keeps (瞭 in 不瞭解): it is rare.
        "loose": Lexicon(((key, True) for key in loose), anchor=lambda key: _first_kept(key, kept)).plain(),
        "t2s": t2s,
        "astral": {code: value for code, value in t2s.items() if code >= _SCRIPT_TABLE_SIZE},
        "full": "".join(map(chr, full)),
        "script": "".join(script),
    }


def _loaded_tables(plain: dict[str, Any]) -> _Tables:
    """The tables of :func:`_made_tables`, ready to look things up in."""
    return _Tables(
        characters=plain["characters"],
        phrases=plain["phrases"],
        differing=plain["differing"],
        lengths=plain["lengths"],
        phrase=re.compile(plain["phrase"]),
        changed=re.compile(plain["changed"]),
        loose=Lexicon.from_plain(plain["loose"]),
        t2s=plain["t2s"],
        astral=plain["astral"],
        full_text=_plane(plain["full"]),
        script=_plane(plain["script"]),
    )


def _plane(table: object) -> str:
    """A kept table over the Basic Multilingual Plane, checked for its length."""
    if not isinstance(table, str) or len(table) != _SCRIPT_TABLE_SIZE:
        msg = "a kept table of another shape"
        raise TypeError(msg)
    return table


@functools.cache
def _tables() -> _Tables:
    """The dictionaries prepared, once a process, and kept between runs (see :mod:`minzheng._warm`)."""
    identity = source_identity(_OPENCC_PACKAGE, (f"dictionary/{name}" for name in _DICTIONARY_FILES))
    return WARM.table("opencc", identity, _made_tables, _loaded_tables)


@attrs.frozen(eq=False)
class OffsetMap:
    """Where normalized and source text differ in length: groups in sorted arrays.

    Group ``i`` is normalized ``[norm_starts[i], norm_ends[i])`` standing for source
    ``[source_starts[i], source_ends[i])``; between groups the texts run position for
    position. A removed character is a group with an empty normalized side.
    """

    norm_starts: array[int] = attrs.field(factory=lambda: array("q"))
    """Normalized start of each group."""
    norm_ends: array[int] = attrs.field(factory=lambda: array("q"))
    """Normalized end of each group, non-decreasing."""
    source_starts: array[int] = attrs.field(factory=lambda: array("q"))
    """Source start of each group."""
    source_ends: array[int] = attrs.field(factory=lambda: array("q"))
    """Source end of each group."""

    def __len__(self) -> int:
        return len(self.norm_ends)

    def _shift(self, groups_before: int) -> int:
        """Source minus normalized position after the first ``groups_before`` groups."""
        if not groups_before:
            return 0
        return self.source_ends[groups_before - 1] - self.norm_ends[groups_before - 1]

    def start(self, position: int) -> int:
        """Source position where normalized character ``position`` begins.

        ``position`` may be the length of the text (the source's length comes back).
        Removed characters just before it are skipped.

        >>> OffsetMap.build([(0, 1, 0)]).start(0)
        1
        """
        before = bisect.bisect_right(self.norm_ends, position)
        if before < len(self.norm_ends) and self.norm_starts[before] <= position:
            return self.source_starts[before]
        return position + self._shift(before)

    def end(self, position: int) -> int:
        """Source position where normalized character ``position - 1`` ends (``position >= 1``).

        >>> OffsetMap.build([(3, 5, 1)]).end(4)
        5
        """
        last = position - 1
        before = bisect.bisect_right(self.norm_ends, last)
        if before < len(self.norm_ends) and self.norm_starts[before] <= last:
            return self.source_ends[before]
        return position + self._shift(before)

    @classmethod
    def build(cls, changes: list[tuple[int, int, int]]) -> OffsetMap:
        """The map for source ranges ``(start, end)`` replaced by ``length`` characters.

        ``changes`` are sorted and do not overlap; same-length ones may be left out.

        >>> m = OffsetMap.build([(2, 4, 1)])
        >>> (m.start(2), m.end(3), m.start(3))
        (2, 4, 4)
        """
        offset_map = cls()
        shift = 0
        for start, end, length in changes:
            if end - start == length:
                continue
            norm_start = start - shift
            offset_map.norm_starts.append(norm_start)
            offset_map.norm_ends.append(norm_start + length)
            offset_map.source_starts.append(start)
            offset_map.source_ends.append(end)
            shift += end - start - length
        return offset_map


_IDENTITY = OffsetMap()


@attrs.frozen(eq=False)
class ComposedMap:
    """Two maps one after the other: normalized text to an inner source, that to the outer one.

    A page of HTML is normalized in two steps (the markup's text, then that text
    normalized); a span of the result maps back through both.
    """

    inner: OffsetMap | ComposedMap
    """From the normalized text to the text it was normalized from."""
    outer: OffsetMap
    """From that text to the outer source (the markup)."""

    def __len__(self) -> int:
        return len(self.inner) + len(self.outer)

    def start(self, position: int) -> int:
        """Outer source position where normalized character ``position`` begins."""
        return self.outer.start(self.inner.start(position))

    def end(self, position: int) -> int:
        """Outer source position where normalized character ``position - 1`` ends."""
        return self.outer.end(self.inner.end(position))


@attrs.frozen
class Normalized:
    r"""A source text, its normalized form, and the map between them.

    >>> n = normalize("第１，２３４號\r\n")
    >>> n.text
    '第1,234号\n'
    >>> n.source_text(Span(1, 6))
    '１，２３４'
    """

    source: str
    """The text as given."""
    text: str
    """Simplified script, half-width digits and number punctuation, folded spaces."""
    script: Script
    """Script of the source."""
    offsets: OffsetMap | ComposedMap = attrs.field(default=_IDENTITY, repr=False, eq=False)
    """The places where the normalized text's length differs from the source's."""

    def to_source(self, span: Span) -> Span:
        r"""The source span behind a span of the normalized text.

        Positions past the end of the text are read as its end. A span that cuts into a
        replaced group (``\r\n``) widens to the whole group; an empty span stays empty.
        """
        length = len(self.text)
        start, end = min(span.start, length), min(span.end, length)
        if not self.offsets:
            return Span(start, end)
        source_start = self.offsets.start(start)
        if end == start:
            return Span(source_start, source_start)
        return Span(source_start, self.offsets.end(end))

    def source_text(self, span: Span) -> str:
        """The source text behind a span of the normalized text."""
        mapped = self.to_source(span)
        return self.source[mapped.start : mapped.end]


def _phrase_edits(text: str, tables: _Tables) -> list[tuple[int, int, str]]:
    """The phrase replacements opencc makes in ``text``, sorted; unchanged ones left out.

    Every phrase occurrence starts inside some match of the leftmost-longest scan, so the
    occurrences are collected around those matches only, then taken longest first, then
    leftmost, each unless it overlaps one already taken.
    """
    phrases = tables.phrases
    lengths = tables.lengths
    candidates: list[tuple[int, int]] = []
    size = len(text)
    for match in tables.phrase.finditer(text):
        for start in range(match.start(), match.end()):
            candidates.extend(
                (-length, start)
                for length in lengths
                if start + length <= size and text[start : start + length] in phrases
            )
    if not candidates:
        return []
    candidates.sort()
    taken = bytearray(len(text))
    edits: list[tuple[int, int, str]] = []
    for negative_length, start in candidates:
        end = start - negative_length
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        key = text[start:end]
        if key in tables.differing:
            edits.append((start, end, phrases[key]))
    edits.sort()
    return edits


def _is_gloss(source: str, match: re.Match[str]) -> bool:
    """Whether a parenthesized syllable after a Han character is a pinyin gloss.

    One with a tone mark is (``萬(wàn)``); plain letters are only when they are a lower-case
    pinyin syllable between two Han characters (``城乡(xiang)居民``, not ``(GDP)`` or ``(app)``).
    """
    letters = match["letters"]
    if _SYLLABLE.fullmatch(letters.lower().translate(_UNTONE)) is None:
        return False
    if any(char in _TONED for char in letters):
        return True
    after = match.end()
    while after < len(source) and source[after] in _INVISIBLE:  # removed anyway: look past them
        after += 1
    return letters.islower() and _HAN_CHAR.match(source, after) is not None


def _positions(text: str, char: str) -> Iterator[int]:
    """Every position of ``char`` in ``text``."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def glosses(source: str) -> list[tuple[int, int]]:
    """Where ``source`` holds pinyin glosses (``發(fā)放``): the parenthesized syllables, sorted.

    >>> text = "發(fā)放2500余萬(wàn)元(GDP)"
    >>> [text[start:end] for start, end in glosses(text)]
    ['(fā)', '(wàn)']
    """
    # str.find runs many times faster than a pattern's scan for these two characters; the
    # two runs are merged as they are found, not listed: a run of brackets would outgrow the text.
    opening = heapq.merge(*(_positions(source, paren) for paren in "(（"))
    found: list[tuple[int, int]] = []
    for at in opening:
        match = _GLOSS.match(source, at)
        if match is None:
            continue
        before = at
        while before > 0 and source[before - 1] in _INVISIBLE:  # removed anyway: look past them
            before -= 1
        after_han = before > 0 and _HAN_CHAR.match(source, before - 1) is not None
        after_gloss = bool(found) and found[-1][1] == before
        if (after_han or after_gloss) and _is_gloss(source, match):
            found.append(match.span())
    return found


def letter_spacing(source: str) -> list[tuple[int, int]]:
    r"""The spaces of letter-spaced lines (``民 政 局``, ``通\u3000\u3000知``) that close them up, sorted.

    Titles are often spaced out a character at a time, and text taken from a PDF can be
    spaced so throughout. A line is letter-spaced when its pieces between spaces are single
    characters, at least two of them and at least half of them Han (``第 3 页`` is, a row
    of figures such as ``1 2 3`` is not), or, on a line of :data:`_SPACED_LONG` pieces or
    more, when :data:`_SPACED_SINGLES` of them are and half are Han. On a page where at
    least half the lines are letter-spaced, every line of mostly single characters is,
    figures and dates included. The spaces between a line's pieces go, but for one in each
    gap wider than the line's spacing: a word gap (``G D P   g r o w t h``).

    >>> def closed(text):
    ...     return "".join(_without(text, letter_spacing(text))).split("\n")
    >>> closed("某 县 民 政 局\n各乡镇：\n现将通知如下。\n合 计 3 5 7\n城乡 低保")
    ['某县民政局', '各乡镇：', '现将通知如下。', '合 计 3 5 7', '城乡 低保']
    >>> closed("通\u3000\u3000知\n发 布 日 期 ： 2 0 2 3 - 0 5 - 1 2\n全 年 发 放 1 2 0 0 万 元\n合 计 3 5 7")
    ['通知', '发布日期：2023-05-12', '全年发放1200万元', '合计357']
    >>> closed("某 某 日 报 记 者   王 某   2 0 2 4 年")
    ['某某日报记者 王某 2024年']
    """
    spaced = [pieces for pieces in _lines_around(source) if _is_letter_spaced(_words(pieces))]
    if spaced and 2 * len(spaced) >= len(_FILLED_LINE.findall(source)):  # a page spaced throughout
        lines = (
            _unbulleted(list(_TOKEN.finditer(source, *line.span()))) for line in _FILLED_LINE.finditer(source)
        )
        spaced = [pieces for pieces in lines if _is_spaced_on_a_spaced_page(_words(pieces))]
    return [gap for pieces in spaced for gap in _gaps(pieces)]


def _lines_around(source: str) -> Iterator[list[re.Match[str]]]:
    """The pieces between spaces of each line where a Han character and the next stand alone, in order."""
    done = -1
    first = _SPACED_HAN_FIRST.match(source)
    for match in itertools.chain([first] if first else [], _SPACED_HAN.finditer(source)):
        if match.end() <= done:
            continue
        start = max(source.rfind(end, 0, match.end() - 1) for end in _ENDS) + 1
        after = _LINE_END.search(source, match.end())
        done = len(source) if after is None else after.start()
        yield _unbulleted(list(_TOKEN.finditer(source, start, done)))


def _unbulleted(pieces: list[re.Match[str]]) -> list[re.Match[str]]:
    """A line's pieces but a bullet that opens it (``- 发 文 字 号``): it stays apart from the words."""
    return pieces[1:] if pieces and pieces[0].group() in _BULLET_MARKS else pieces


def _words(pieces: list[re.Match[str]]) -> list[str]:
    """The text of each piece."""
    return [piece.group() for piece in pieces]


def _is_letter_spaced(pieces: list[str]) -> bool:
    """Whether the pieces of a line between its spaces are those of a letter-spaced line."""
    singles = [piece for piece in pieces if len(piece) == 1]
    han = sum(1 for piece in singles if _HAN_CHAR.match(piece))
    if han < 2 or 2 * han < len(pieces):  # noqa: PLR2004 (two characters make a spaced word)
        return False
    return len(singles) == len(pieces) or (
        len(pieces) >= _SPACED_LONG and len(singles) >= _SPACED_SINGLES * len(pieces)
    )


def _is_spaced_on_a_spaced_page(pieces: list[str]) -> bool:
    """Whether a line of a page that is mostly letter-spaced is: its pieces are mostly single characters.

    Its dates and figures (``2 0 2 2 - 0 4 - 1 8``) are then spaced as its words are.
    """
    return len(pieces) > 1 and sum(len(piece) == 1 for piece in pieces) >= _SPACED_SINGLES * len(pieces)


def _gaps(pieces: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """The spaces between a letter-spaced line's pieces to take out (see :func:`letter_spacing`).

    The spacing is the line's most common gap (the narrowest of those as common); a wider
    gap parts two words, and keeps one space. Where no gap is seen twice (``名   称 :``, a
    label spaced out to the width of longer ones), every gap is spacing.
    """
    gaps = [(before.end(), after.start()) for before, after in itertools.pairwise(pieces)]
    widths = collections.Counter(end - start for start, end in gaps)
    spacing = min(widths, key=lambda width: (-widths[width], width), default=0)
    if widths[spacing] < 2:  # noqa: PLR2004 (a width seen once sets no spacing)
        spacing = max(widths, default=0)
    for start, end in gaps:
        yield (start, end) if end - start <= spacing else (start, end - 1)


def _without(text: str, removed: list[tuple[int, int]]) -> Iterator[str]:
    """The pieces of ``text`` left where the sorted, disjoint ``removed`` ranges are taken out."""
    previous = 0
    for start, end in removed:
        yield text[previous:start]
        previous = end
    yield text[previous:]


def markdown_marks(source: str) -> list[tuple[int, int]]:
    r"""The Markdown marks of a page scraped as Markdown, sorted: ``## ``, ``> ``, bold, links.

    A heading's hashes and a quotation's marks opening a line go, and bold marks around the
    words that open a line (``**（一）加强低保管理。**``), unless they open on a unit, as
    masked digits do (``**万元``). A link keeps its words and loses its brackets and
    address (``[通知](http://…)``); an image (``![](…)``) goes whole.

    >>> text = "## **一、社会救助**\n> 详见[通知](http://mz.example.cn/a.html)。\n**万元与**户\n![](/logo.png)"
    >>> "".join(_without(text, markdown_marks(text))).split("\n")
    ['一、社会救助', '详见通知。', '**万元与**户', '']
    >>> markdown_marks("> 首页 > 政务公开\n>\n#话题#")
    []
    """
    found = []
    if "#" in source or ">" in source:
        found = [match.span() for match in _MARKDOWN_PREFIX.finditer(source)]
    if "**" in source or "__" in source:
        for match in _MARKDOWN_STRONG.finditer(source):
            opens_line = match.start() == 0 or source[match.start() - 1] in " \t\n"
            if opens_line and match[2][0] not in _NOT_STRONG_START and _HAN_CHAR.search(match[2]):
                found.extend([(match.start(), match.start(2)), (match.end(2), match.end())])
    if "](" in source:
        for match in _MARKDOWN_LINK.finditer(source):
            found.extend([(match.start(), match.start(1)), (match.end(1), match.end())])
    return _disjoint(sorted(found))


def _disjoint(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges with any that overlaps the one kept before it left out."""
    kept: list[tuple[int, int]] = []
    for start, end in ranges:
        if start < end and (not kept or start >= kept[-1][1]):
            kept.append((start, end))
    return kept


def character_references(source: str) -> list[tuple[int, int, str]]:
    r"""HTML character references left in a text (``&nbsp;``, ``&ldquo;``, ``&#12288;``), sorted.

    Each as ``(start, end, character)``; a reference is read as the standard library's
    :func:`html.unescape` reads it, and only where it ends on its semicolon and stands for
    something (``&B;`` is no reference).

    >>> character_references("&nbsp;&nbsp;一、社会救助 &ldquo;暖心&rdquo;A&B;")
    [(0, 6, '\xa0'), (6, 12, '\xa0'), (19, 26, '“'), (28, 35, '”')]
    """
    if "&" not in source:
        return []
    found = []
    for match in _CHARACTER_REFERENCE.finditer(source):
        reference = match.group()
        char = html.unescape(reference)
        if char != reference:
            found.append((match.start(), match.end(), char))
    return found


def _as_normalized(text: str, tables: _Tables) -> str:
    """``text`` (a character a reference stands for) as normalizing gives it: folded, simplified."""
    if text in _INVISIBLE:
        return ""
    return _fold_only(text.translate(tables.t2s))


def _convert(source: str, tables: _Tables, *, fold: bool) -> tuple[str, list[tuple[int, int, str]], bool]:
    r"""Translate ``source``; return it, the edits to splice in, and whether it converts.

    The flag says whether script conversion had anything to do. Edits are ``(start, end,
    replacement)`` on source positions, sorted, disjoint: phrase conversions and, when
    folding, removed invisible characters, pinyin glosses and letter spacing, HTML
    character references read, and ``\r\n`` pairs.
    """
    invisible = (
        [(match.start(), match.end()) for match in _INVISIBLE_CHAR.finditer(source)]
        if fold and _INVISIBLE_CHAR.search(source)
        else []
    )
    removed = (
        _disjoint(sorted([*invisible, *glosses(source), *letter_spacing(source), *markdown_marks(source)]))
        if fold
        else []
    )
    edits: list[tuple[int, int, str]] = []
    astral = _ASTRAL.search(source) is not None
    converts = astral or tables.changed.search(source) is not None
    if converts:
        translated = source.translate(tables.full if fold else tables.t2s)
        if fold and astral:
            translated = translated.translate(tables.astral)
    elif fold and _FOLD_TRIGGER.search(source):
        translated = _fold_only(source)
    else:
        translated = source
    if converts or tables.loose.search(source):
        edits = _phrase_edits_without(source, removed, tables)
    if fold:
        references = character_references(source)
        if removed or references:  # most texts hold no invisible character, gloss nor reference
            covered = Spans.of((start, end) for start, end, _ in edits)
            edits.extend((start, end, "") for start, end in removed if not covered.overlaps(start, end))
            edits.extend(
                (start, end, _as_normalized(char, tables))
                for start, end, char in references
                if not covered.overlaps(start, end)
            )
        if "\r\n" in source:
            edits.extend((match.start(), match.end(), "\n") for match in _CRLF.finditer(source))
        edits.sort()
    return translated, edits, converts


def _fold_only(source: str) -> str:
    """``source`` with the replacements of :data:`_FOLD` made, and nothing else.

    A text with nothing to convert holds few characters to fold (an ideographic space, a
    full-width digit): they are replaced where they stand, far faster than passing every
    character through the conversion table, which would give the same text.

    >>> _fold_only("２０２３年\u3000共计")
    '2023年 共计'
    """
    return _FOLD_CHAR.sub(lambda char: _FOLD[char.group()], source)


def _phrase_edits_without(
    source: str, removed: list[tuple[int, int]], tables: _Tables
) -> list[tuple[int, int, str]]:
    """Phrase edits found with ``removed`` (what normalizing takes out) taken out, on source positions."""
    if not removed:
        return _phrase_edits(source, tables)
    visible = "".join(_without(source, removed))
    # The k-th removed range sits just before visible position removed_at[k]; before it,
    # lengths[k] source characters were taken out in all.
    removed_at, lengths, total = [], [0], 0
    for start, end in removed:
        removed_at.append(start - total)
        total += end - start
        lengths.append(total)
    edits: list[tuple[int, int, str]] = []
    for start, end, replacement in _phrase_edits(visible, tables):
        # A phrase converts character for character (its conversion has its length), so
        # it is spliced in runs between the removed ranges and never swallows one.
        run_start = run_source = -1
        for offset, position in enumerate(range(start, end)):
            source_position = position + lengths[bisect.bisect_right(removed_at, position)]
            if run_start >= 0 and source_position != run_source + (offset - run_start):
                edits.append((run_source, run_source + offset - run_start, replacement[run_start:offset]))
                run_start = -1
            if run_start < 0:
                run_start, run_source = offset, source_position
        edits.append((run_source, run_source + len(replacement) - run_start, replacement[run_start:]))
    return edits


def _splice(translated: str, edits: list[tuple[int, int, str]]) -> str:
    if not edits:
        return translated
    pieces: list[str] = []
    previous = 0
    for start, end, replacement in edits:
        pieces.append(translated[previous:start])
        pieces.append(replacement)
        previous = end
    pieces.append(translated[previous:])
    return "".join(pieces)


def _fix_numerals(text: str) -> str:
    """Same-length fixes read from context: thousands commas, Latin zeros in year numerals."""
    if "，" in text:
        text = _THOUSANDS_COMMA.sub(",", text)
    return _YEAR_NUMERAL_WITH_LATIN_ZERO.sub(lambda match: match.group().translate(_LATIN_ZERO_TO_LING), text)


def _script(source: str, tables: _Tables) -> Script:
    """Traditional, simplified or mixed, from the characters only one script uses.

    A text is traditional when at least 80% of its script-specific characters are
    traditional, simplified at 20% or less, mixed in between; with none it is simplified.
    Machine-converted traditional pages keep a few simplified-only characters (about 2-6%),
    so the bands are wide. Texts over a million characters are judged on 64 evenly spaced
    windows of 4096 characters.
    """
    if len(source) > _SCRIPT_SAMPLE_FROM:
        step = len(source) // _SCRIPT_WINDOWS
        source = "".join(source[index : index + _SCRIPT_WINDOW] for index in range(0, len(source), step))
    marks = source.translate(tables.script)
    traditional = marks.count("T")
    total = traditional + marks.count("S")
    if not total:
        return Script.SIMPLIFIED
    share = traditional / total
    if share >= _TRADITIONAL_SHARE:
        return Script.TRADITIONAL
    if share <= _SIMPLIFIED_SHARE:
        return Script.SIMPLIFIED
    return Script.MIXED


def normalize(source: str) -> Normalized:
    """Normalize ``source``; never raises on a string.

    >>> normalize("１２３．５％，二○二○年").text
    '123.5%，二〇二〇年'
    >>> normalize("中華人民共和國").script
    <Script.TRADITIONAL: 'traditional'>
    """
    tables = _tables()
    translated, edits, converts = _convert(source, tables, fold=True)
    text = _fix_numerals(_splice(translated, edits))
    offsets = OffsetMap.build([(start, end, len(replacement)) for start, end, replacement in edits])
    script = _script(source, tables) if converts else Script.SIMPLIFIED
    return Normalized(source, text, script, offsets or _IDENTITY)


def to_simplified(text: str) -> str:
    """``text`` in simplified script, exactly as opencc's ``t2s`` converts it; nothing else.

    >>> to_simplified("瞭解乾隆時期的乾燥氣候")
    '了解乾隆时期的干燥气候'
    """
    translated, edits, _ = _convert(text, _tables(), fold=False)
    return _splice(translated, edits)


@functools.lru_cache(maxsize=32)
def normalize_cached(source: str) -> Normalized:
    """:func:`normalize`, remembered for the last few texts (reports ask repeatedly)."""
    return normalize(source)
