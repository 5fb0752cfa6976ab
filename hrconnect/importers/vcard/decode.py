# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
r"""Property values from raw text to Python strings: transfer encodings, charsets and escapes.

- QUOTED-PRINTABLE is decoded after unfolding, on the whole joined value, then the bytes are
  decoded with the property's CHARSET: a multi-byte UTF-8 character is often split across a soft
  line break (jowave/vcard2to3 #3), so decoding line by line would break it.
- A 2.1 file may carry raw 8-bit text in a declared charset. Such a file is read as Latin-1
  (which maps bytes to characters one to one) and each value is decoded on its own.
- When the declared charset does not fit the bytes we try UTF-8, keep damaged UTF-8 as UTF-8
  (a stray byte is replaced, the rest stays readable), and otherwise fall back to Windows-1252.
- Escapes are undone *after* splitting on the separator that matters, so an escaped ``\;`` or
  ``\,`` never splits a value and an unescaped comma never cuts one (vobject cuts
  ``TITLE:Director, People & Culture`` to ``Director``).
"""

from __future__ import annotations

import binascii
import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hrconnect.importers.vcard.contentline import Property

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES_30 = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\", '"': '"'}
r"""vCard 3.0/4.0 escapes, plus Apple's ``\:`` in URLs and the ``\"`` Apple and Google write."""
_ESCAPES_21 = {",": ",", ";": ";", ":": ":"}
r"""vCard 2.1 escapes little; a Windows path in a 2.1 note must stay whole."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A decoded value, escapes still in place.

    Attributes:
        text: The value as characters.
        used_fallback: True when the declared or default charset did not fit the bytes.
    """

    text: str
    used_fallback: bool = False


def decode_value(prop: Property, *, is_8bit_file: bool) -> DecodedText:
    """Undo the transfer encoding and charset of a textual property value.

    Args:
        prop: The property (its ENCODING and CHARSET parameters are honoured).
        is_8bit_file: True when the file was read as Latin-1 because it is not UTF-8 (or
            UTF-16); each value's bytes are then decoded with its own charset.

    Returns:
        The text with escapes still in place (split first, then :func:`unescape`).
    """
    encoding = prop.encoding
    if encoding == "quoted-printable":
        data = binascii.a2b_qp(_to_bytes(prop.value, is_8bit_file))
    elif encoding == "b":
        try:
            data = binascii.a2b_base64("".join(prop.value.split()).encode("ascii", "replace"))
        except binascii.Error:
            return DecodedText(prop.value, used_fallback=True)
    elif is_8bit_file:
        data = prop.value.encode("latin-1", "replace")
    else:
        return DecodedText(prop.value)
    return decode_bytes(data, prop.charset)


def decode_bytes(data: bytes, charset: str) -> DecodedText:
    """Decode bytes with a declared charset (default UTF-8), falling back sensibly.

    Order: the declared charset, strictly; UTF-8, strictly; UTF-8 with replacement when the
    bytes contain valid multi-byte UTF-8 sequences (damaged UTF-8, not a legacy code page);
    Windows-1252 otherwise.
    """
    declared = _codec_name(charset)
    try:
        return DecodedText(data.decode(declared))
    except UnicodeDecodeError:
        pass
    if declared != "utf-8":
        try:
            return DecodedText(data.decode("utf-8"), used_fallback=True)
        except UnicodeDecodeError:
            pass
    if _UTF8_MULTIBYTE.search(data):
        return DecodedText(data.decode("utf-8", "replace"), used_fallback=True)
    return DecodedText(data.decode("cp1252", "replace"), used_fallback=True)


def _codec_name(charset: str) -> str:
    if not charset:
        return "utf-8"
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return "utf-8"


def _to_bytes(text: str, is_8bit_file: bool) -> bytes:
    if is_8bit_file:
        return text.encode("latin-1", "replace")
    return text.encode("utf-8")


def split_unescaped(text: str, separator: str) -> list[str]:
    r"""Split on a separator character that is not escaped with a backslash.

    The parts keep their escapes; pass each through :func:`unescape`. For example
    ``Company\, The;Dept`` split on ``;`` gives ``Company\, The`` and ``Dept``.
    """
    if "\\" not in text:
        return text.split(separator)
    parts: list[str] = []
    start = 0
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == separator:
            parts.append(text[start:index])
            start = index + 1
        index += 1
    parts.append(text[start:])
    return parts


def unescape(text: str, version: str) -> str:
    r"""Undo backslash escapes: ``\n \, \; \\ \"`` (and Apple's ``\:``) from 3.0 on.

    In 2.1 only ``\;``, ``\,`` and ``\:`` are undone, so a Windows path in a 2.1 note stays
    whole. Unknown escapes are kept as written. Line breaks are normalised to a bare newline.
    """
    table = _ESCAPES_21 if version == "2.1" else _ESCAPES_30
    if "\\" in text:
        text = _ESCAPE.sub(lambda match: table.get(match[1], match[0]), text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class ValueDecoder:
    """Decodes the values of one card, counting charset fallbacks for the file's notes.

    Args:
        version: The card's VERSION, which decides the escapes.
        is_8bit_file: See :func:`decode_value`.
    """

    def __init__(self, version: str, *, is_8bit_file: bool) -> None:
        self.version = version
        self.is_8bit_file = is_8bit_file
        self.fallbacks = 0

    def _decoded(self, prop: Property) -> str:
        decoded = decode_value(prop, is_8bit_file=self.is_8bit_file)
        if decoded.used_fallback:
            self.fallbacks += 1
        return decoded.text

    def text(self, prop: Property) -> str:
        """A single-valued text property, decoded and unescaped, commas and all, trimmed."""
        return unescape(self._decoded(prop), self.version).strip()

    def components(self, prop: Property) -> list[str]:
        """A ``;``-separated property (N, ADR, ORG) as unescaped, trimmed components."""
        return [
            unescape(part, self.version).strip()
            for part in split_unescaped(self._decoded(prop), ";")
        ]

    def items(self, prop: Property) -> list[str]:
        """A ``,``-separated list (CATEGORIES) as unescaped, trimmed, non-empty items."""
        items = [
            unescape(item, self.version).strip()
            for item in split_unescaped(self._decoded(prop), ",")
        ]
        return [item for item in items if item]
