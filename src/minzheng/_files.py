"""Reading report files: the only I/O of the library besides the command line.

Only regular files are read (a FIFO with no writer would block forever, ``/dev/zero``
would never end), and at most :data:`MAX_BYTES` of them unless told otherwise.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path
from typing import NamedTuple

import regex

from minzheng._errors import DecodeError, MinzhengError
from minzheng.model import Report
from minzheng.parse.pipeline import parse
from minzheng.text.html import looks_like_html

__all__ = [
    "HTML_SUFFIXES",
    "MAX_BYTES",
    "Decoded",
    "ReportFile",
    "as_path",
    "check_max_bytes",
    "decode",
    "decoding",
    "parse_file",
    "read_bytes",
    "read_report",
]

MAX_BYTES = 64 * 2**20
"""The default cap on the size of a report file: 64 MB, a hundred times a long report.

``parse_file(path, max_bytes=...)``, ``parse_many(..., max_bytes=...)`` and
``minzheng parse --max-size`` change it; None reads files of any size.
"""
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
"""File suffixes read as pages of HTML markup (files that hold HTML are read so too)."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DETECTED = {
    encoding: rank
    for rank, encoding in enumerate((
        "gb18030",
        "big5",
        "cp950",
        "big5hkscs",
        "cp932",
        "shift_jis",
        "shift_jis_2004",
        "shift_jisx0213",
        "euc_jp",
        "euc_jis_2004",
        "euc_jisx0213",
        "cp949",
        "euc_kr",
        "johab",
    ))
}
"""The encodings detected after UTF-8, those of Chinese, Japanese and Korean text, by rank:
where two fit about as well, the lower rank wins."""
_LOOSE = 0.5
"""Chaos up to which charset-normalizer keeps a guess: loose, so that one noisy stretch of a
long file does not lose the guess; :data:`_WEAK` judges the whole."""
_AS_GOOD = 0.1
"""Chaos (charset-normalizer's mess ratio) by which a guess may trail the best and still win on rank."""
_WEAK = 0.1
"""Chaos beyond which a guess other than GB18030 is not trusted."""
_UNREADABLE = 0.5
"""Share of private-use or unassigned characters beyond which decoded text is refused."""
_SAMPLE = 1_000_000
"""Characters of decoded text looked at for that share."""
_ODD = regex.compile(r"[\p{Co}\p{Cn}\p{Cs}]+")
_SPACE = regex.compile(r"\s+")

# Open without waiting for a FIFO's writer and without taking a terminal as ours; the
# file's kind is checked on the open descriptor, so nothing can be swapped in between.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class Decoded(NamedTuple):
    """Text decoded from bytes, and how: ``data[skip:].decode(codec)`` gives the text again."""

    text: str
    """The text."""
    skip: int
    """Bytes of a byte-order mark before the text (0 where there is none)."""
    codec: str
    """The codec the bytes after the mark were decoded with."""


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8, a byte-order mark's encoding, or the CJK encoding detected.

    After UTF-8, the encoding is detected (charset-normalizer) among those of Chinese,
    Japanese and Korean text, GB18030 first where several fit; where none fits, GB18030
    (a superset of GBK and GB2312) is tried. :class:`DecodeError` where the bytes fit
    none, where the best guess is too weak to trust, or where the text comes out mostly
    as private-use or unassigned characters (the mark of a wrong guess).

    >>> decode("民政".encode("gb18030")), decode("社會救助".encode("big5"))
    ('民政', '社會救助')
    """
    return decoding(data).text


def decoding(data: bytes) -> Decoded:
    """:func:`decode`, with the byte-order mark skipped and the codec used, to decode the same again.

    >>> decoding(codecs.BOM_UTF8 + "民政".encode())
    Decoded(text='民政', skip=3, codec='utf-8')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_checked(_decoded(data[len(bom) :], encoding), encoding), len(bom), encoding)
    try:
        return Decoded(data.decode("utf-8"), 0, "utf-8")
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    guess = _detect(data)
    if guess is None:
        try:
            return Decoded(_checked(data.decode("gb18030"), "GB18030"), 0, "gb18030")
        except UnicodeDecodeError:
            msg = (
                f"bytes are neither UTF-8 nor GB18030 nor another CJK encoding (first bad byte at "
                f"offset {first_bad}: {data[first_bad : first_bad + 4]!r})"
            )
            raise DecodeError(msg) from None
    encoding, chaos = guess
    if encoding != "gb18030" and chaos > _WEAK:
        msg = f"bytes are not UTF-8, and the best guess of their encoding ({encoding}) is too weak to trust"
        raise DecodeError(msg)
    return Decoded(_checked(_decoded(data, encoding), encoding), 0, encoding)


def _detect(data: bytes) -> tuple[str, float] | None:
    """The encoding that fits ``data`` best, with its chaos; None where none fits."""
    import charset_normalizer  # noqa: PLC0415 (only for files that are not UTF-8: not at import)

    found = charset_normalizer.from_bytes(data, cp_isolation=list(_DETECTED), threshold=_LOOSE)
    matches = [match for match in found if match.encoding in _DETECTED]
    if not matches:
        return None
    least = min(match.chaos for match in matches)
    best = min(
        (match for match in matches if match.chaos <= least + _AS_GOOD),
        key=lambda match: (_DETECTED[match.encoding], match.chaos),
    )
    return best.encoding, best.chaos


def _decoded(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 4]
        msg = f"bytes are not {encoding} (bad byte at offset {error.start}: {bad!r})"
        raise DecodeError(msg) from None


def _checked(text: str, encoding: str) -> str:
    """``text``, unless it is mostly private-use or unassigned characters."""
    sample = _SPACE.sub("", text[:_SAMPLE])
    odd = len(sample) - len(_ODD.sub("", sample))
    if sample and odd > _UNREADABLE * len(sample):
        msg = (
            f"bytes read as {encoding} give mostly private-use or unassigned characters "
            f"({odd} of {len(sample)}): not text in an encoding minzheng knows"
        )
        raise DecodeError(msg)
    return text


def as_path(path: object, what: str = "parse_file()") -> Path:
    """``path`` as a :class:`~pathlib.Path`; :class:`MinzhengError` for anything but a path."""
    if not isinstance(path, str | os.PathLike) or isinstance(os.fspath(path), bytes):
        msg = f"{what} takes a path (str or os.PathLike), not {type(path).__name__}"
        raise MinzhengError(msg)
    return Path(path)


def check_max_bytes(max_bytes: object) -> int | None:
    """``max_bytes`` if it is a positive int or None; :class:`MinzhengError` otherwise."""
    if max_bytes is not None and (type(max_bytes) is not int or max_bytes < 1):
        msg = f"max_bytes must be a positive int or None, got {max_bytes!r}"
        raise MinzhengError(msg)
    return max_bytes


def size_text(size: int) -> str:
    """A size as a message gives it.

    >>> size_text(64 * 2**20), size_text(2048), size_text(1000)
    ('64 MB', '2 KB', '1000 bytes')
    """
    for unit, factor in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


def read_bytes(file: Path, max_bytes: int | None = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; :class:`MinzhengError` otherwise."""
    try:
        descriptor = os.open(file, _OPEN_FLAGS)
    except OSError as error:
        msg = f"{file}: {_open_failure(file, error)}"
        raise MinzhengError(msg) from None
    try:
        info = os.fstat(descriptor)
        _check_kind(file, info.st_mode)
        if max_bytes is not None and info.st_size > max_bytes:
            raise MinzhengError(_too_large(file, max_bytes))
        with open(descriptor, "rb", closefd=False) as stream:
            data = stream.read(-1 if max_bytes is None else max_bytes + 1)
    except OSError as error:
        msg = f"{file}: cannot read: {error.strerror or error}"
        raise MinzhengError(msg) from None
    finally:
        os.close(descriptor)
    if max_bytes is not None and len(data) > max_bytes:  # it grew while being read
        raise MinzhengError(_too_large(file, max_bytes))
    return data


def _check_kind(file: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        msg = f"{file}: is a directory"
        raise MinzhengError(msg)
    if not stat.S_ISREG(mode):
        msg = f"{file}: not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'of an odd kind')})"
        raise MinzhengError(msg)


def _too_large(file: Path, max_bytes: int) -> str:
    return f"{file}: larger than the limit of {size_text(max_bytes)}"


def _open_failure(file: Path, error: OSError) -> str:
    """Why a file would not open, in the words a failure gives."""
    if isinstance(error, FileNotFoundError):
        return "broken symbolic link" if file.is_symlink() else "no such file"
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(error, PermissionError):
        return "permission denied"
    return f"cannot read: {error.strerror or error}"


def parse_file(path: str | os.PathLike[str], *, max_bytes: int | None = MAX_BYTES) -> Report:
    """Read, decode and parse one report file; the report is named by the file name.

    Only a regular file of at most ``max_bytes`` (default :data:`MAX_BYTES`, 64 MB; None
    for no limit) is read: anything else raises :class:`MinzhengError` with the reason.
    A file named ``.html`` (``.htm``, ``.xhtml``, ``.shtml``), or one whose text is a page
    of HTML markup, is read as HTML: its text is parsed and spans map back into the markup.
    """
    file = as_path(path)
    read = read_report(file, check_max_bytes(max_bytes))
    return parse(read.decoded.text, name=file.name, html=read.html)


class ReportFile(NamedTuple):
    """A report file as read: its bytes, their text, and whether it is read as HTML."""

    data: bytes
    """The bytes of the file."""
    decoded: Decoded
    """Their text, and how it was decoded."""
    html: bool
    """Whether the text is read as a page of HTML markup (by the file's suffix or its text)."""


def read_report(file: Path, max_bytes: int | None) -> ReportFile:
    """Read and decode a report file, as :func:`parse_file` does before it parses."""
    data = read_bytes(file, max_bytes)
    try:
        decoded = decoding(data)
    except DecodeError as error:
        msg = f"{file}: {error}"
        raise DecodeError(msg) from None
    html = file.suffix.lower() in HTML_SUFFIXES or looks_like_html(decoded.text)
    return ReportFile(data, decoded, html)
