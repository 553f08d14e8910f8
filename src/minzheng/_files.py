"""Reading report files: the only I/O of the library besides the command line."""

from __future__ import annotations

import os
from pathlib import Path

from minzheng._errors import DecodeError, MinzhengError
from minzheng.model import Report
from minzheng.parse.pipeline import parse
from minzheng.text.html import looks_like_html

__all__ = ["HTML_SUFFIXES", "decode", "parse_file"]

_BOM = b"\xef\xbb\xbf"
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
"""File suffixes read as pages of HTML markup (files that hold HTML are read so too)."""


def decode(data: bytes) -> str:
    """Text from bytes in UTF-8, UTF-8 with BOM, or GB18030 (a superset of GBK and GB2312).

    >>> decode("民政".encode("gb18030"))
    '民政'
    """
    data = data.removeprefix(_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            msg = (
                f"bytes are neither UTF-8 nor GB18030 (first bad byte at offset "
                f"{utf8_error.start}: {data[utf8_error.start : utf8_error.start + 4]!r})"
            )
            raise DecodeError(msg) from None


def parse_file(path: str | os.PathLike[str]) -> Report:
    """Read, decode and parse one report file; the report is named by the file name.

    A file named ``.html`` (``.htm``, ``.xhtml``, ``.shtml``), or one whose text is a page
    of HTML markup, is read as HTML: its text is parsed and spans map back into the markup.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        msg = f"{file}: no such file"
        raise MinzhengError(msg) from None
    except IsADirectoryError:
        msg = f"{file}: is a directory"
        raise MinzhengError(msg) from None
    except OSError as error:
        msg = f"{file}: cannot read: {error.strerror or error}"
        raise MinzhengError(msg) from None
    try:
        text = decode(data)
    except DecodeError as error:
        msg = f"{file}: {error}"
        raise DecodeError(msg) from None
    html = file.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    return parse(text, name=file.name, html=html)
