# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Turning bytes of unknown encoding into text, in a streaming, memory-bounded way.

Rule 1 of FORMATS.md: never assume UTF-8. We strip a UTF-8 or UTF-16 BOM, check the whole
stream as strict UTF-8 with an incremental decoder (no copy kept), and fall back to
Windows-1252, the code page of Excel and Outlook re-saves in Western Europe. The fallback is
reported as a file note so the user can tell why accents look as they do.
"""

from __future__ import annotations

import codecs
import io
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from hrconnect.errors import UnusableSourceError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from hrconnect.importers.sources import SourceEntry

_CHUNK = 1024 * 1024
MAX_LINE_CHARS = 1024 * 1024
"""A physical line longer than this is not data anybody typed; it is skipped in pieces."""


@dataclass(frozen=True, slots=True)
class Encoding:
    """How an entry's bytes decode.

    Attributes:
        codec: A Python codec name (``utf-8``, ``utf-16``, ``cp1252``).
        bom_bytes: Bytes to skip at the start.
        is_fallback: True when strict UTF-8 failed and cp1252 was assumed.
    """

    codec: str
    bom_bytes: int = 0
    is_fallback: bool = False


def looks_binary(head: bytes) -> bool:
    """True for content no text export starts with: NUL bytes outside UTF-16, or known magics."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"%PDF", b"GIF8", b"\x7fELF", b"MZ")):
        return True
    sample = head[:4096]
    return sample.count(b"\x00") > max(1, len(sample) // 100)


def detect_encoding(entry: SourceEntry) -> Encoding:
    """Work out the encoding of an entry by reading it once, chunk by chunk.

    Raises:
        UnusableSourceError: if the content is empty or binary.
    """
    head = entry.head(4096)
    where = entry.locator().describe()
    if not head.strip(b" \t\r\n\x00"):
        raise UnusableSourceError("the file is empty", reason="empty_file", where=where)
    if head.startswith(codecs.BOM_UTF8):
        codec, bom = "utf-8", 3
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Encoding("utf-16", 0)
    elif _looks_utf16_without_bom(head):
        return Encoding("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", 0)
    elif looks_binary(head):
        raise UnusableSourceError(
            "this is a binary file, not a text export", reason="binary_file", where=where
        )
    else:
        codec, bom = "utf-8", 0
    if _is_valid_utf8(entry):
        return Encoding(codec, bom)
    return Encoding("cp1252", bom, is_fallback=True)


def _looks_utf16_without_bom(head: bytes) -> bool:
    sample = head[:200]
    if len(sample) < 8:
        return False
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_zero, odd_zero) > half * 0.6 and min(even_zero, odd_zero) < half * 0.1


def _is_valid_utf8(entry: SourceEntry) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    with entry.open() as stream:
        try:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def open_text(entry: SourceEntry, encoding: Encoding | None = None) -> IO[str]:
    """A text stream over the entry, newlines untranslated (``newline=""``).

    That is what the ``csv`` module wants, so quoted multi-line cells survive.

    cp1252 has five undefined bytes; they decode to U+FFFD rather than failing the file.
    """
    encoding = encoding or detect_encoding(entry)
    raw = entry.open()
    if encoding.bom_bytes:
        raw.read(encoding.bom_bytes)
    errors = "replace" if encoding.is_fallback else "strict"
    codec = "utf-16" if encoding.codec == "utf-16" else encoding.codec
    return io.TextIOWrapper(raw, encoding=codec, errors=errors, newline="")


def read_text(entry: SourceEntry, encoding: Encoding | None = None) -> str:
    """The whole entry as text (for formats that are parsed as a whole, like JSON or vCard)."""
    with open_text(entry, encoding) as stream:
        return stream.read()


@dataclass(slots=True)
class LineStats:
    """What :func:`iter_lines` had to repair, for the file's report notes."""

    nul_lines: int = 0
    overlong_lines: list[int] | None = None


def iter_lines(stream: IO[str], stats: LineStats) -> Iterator[str]:
    """Physical lines (endings kept), with NUL characters removed and overlong lines dropped.

    An overlong line is consumed in bounded pieces and replaced by an empty line, so line
    numbers after it stay right and memory stays bounded.
    """
    number = 0
    while True:
        line = stream.readline(MAX_LINE_CHARS)
        if not line:
            return
        number += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            if stats.overlong_lines is None:
                stats.overlong_lines = []
            stats.overlong_lines.append(number)
            while True:
                rest = stream.readline(MAX_LINE_CHARS)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            yield "\n"
            continue
        if "\x00" in line:
            stats.nul_lines += 1
            line = line.replace("\x00", "")
        yield line
