# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Content-line heads (``group.NAME;params``) parsed into names, groups and normalised parameters.

vobject's own grammar (``vobject.base.parseLine``) does the parsing, but only for heads that a
linear pre-check accepts: its regular expression backtracks exponentially on malformed
parameters (a 33-character head took 114 s to be rejected). The pre-check accepts exactly the
language vobject's expression does (checked by a property test); heads outside it — a space after
``;``, an unclosed quote — are split by a small forgiving parser of our own, so one odd line
never costs the card.

Parameters are then normalised the way FORMATS.md §3.3 asks: 2.1 bare parameters (``TEL;CELL``,
``PHOTO;JPEG``, ``QUOTED-PRINTABLE``) become TYPE or ENCODING values, repeated ``type=`` and
comma lists (quoted or not) become one lower-case type set, and RFC 6868 ``^n ^' ^^`` escapes
are decoded in 3.0 and 4.0 cards.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import vobject.base

if TYPE_CHECKING:
    from hrconnect.importers.vcard.tokenizer import RawLine

logger = logging.getLogger(__name__)

_NAME = r"[A-Za-z0-9_-]+"
_VOBJECT_HEAD = re.compile(rf'(?:{_NAME}\.)?{_NAME};?(?:;{_NAME}(?:[=,](?:"[^"]*"|[^";:,=]*))*)*')
"""vobject's head grammar written without ambiguity, so it runs in linear time."""
MAX_VOBJECT_HEAD_CHARS = 2000

_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_RFC6868 = re.compile(r"\^[n'^]")
_RFC6868_CHARS = {"^n": "\n", "^'": '"', "^^": "^"}


@dataclass(frozen=True, slots=True)
class Property:
    """One content line with its head parsed; the value is still raw.

    Attributes:
        group: Lower-case group (``item1``), or ``""``.
        name: Upper-case property name, ``_`` read as ``-`` (Lotus Notes).
        params: Upper-case parameter names to their values as written (RFC 6868 decoded);
            bare 2.1 parameters are filed under TYPE or ENCODING.
        types: Lower-case TYPE values, comma lists split.
        head: The head as written, for provenance.
        value: The raw value (see ``RawLine.value``).
        line_number: Physical line where the property starts.
        is_overlong: The value was too long to keep.
    """

    group: str
    name: str
    params: dict[str, tuple[str, ...]]
    types: frozenset[str]
    head: str
    value: str
    line_number: int
    is_overlong: bool = False

    def param(self, key: str) -> str:
        """The first value of a parameter, or ``""``."""
        values = self.params.get(key)
        return values[0] if values else ""

    @property
    def encoding(self) -> str:
        """``quoted-printable``, ``b`` (base64 under any spelling), ``8bit`` or ``""``."""
        for value in self.params.get("ENCODING", ()):
            lowered = value.strip().lower()
            if lowered in ("b", "base64"):
                return "b"
            if lowered in ("quoted-printable", "8bit"):
                return lowered
        return ""

    @property
    def charset(self) -> str:
        """The declared CHARSET, or ``""``."""
        return self.param("CHARSET").strip()

    @property
    def value_type(self) -> str:
        """The lower-case VALUE parameter (``uri``, ``text``, ``date``), or ``""``."""
        return self.param("VALUE").strip().lower()


def parse_property(line: RawLine, version: str) -> tuple[Property, bool]:
    """Parse the head of a raw content line.

    Args:
        line: The unfolded line.
        version: The card's VERSION (``2.1``, ``3.0``, ``4.0``); RFC 6868 applies from 3.0.

    Returns:
        The property, and whether vobject parsed its head (False: our fallback did).
    """
    parsed = _parse_with_vobject(line.head)
    by_vobject = parsed is not None
    if parsed is None:
        parsed = _parse_forgiving(line.head)
    group, name, raw_params = parsed
    decode_6868 = version != "2.1"
    params: dict[str, list[str]] = {}
    for entry in raw_params:
        key, *values = entry
        if not values:
            bare = key.strip().upper()
            params.setdefault("ENCODING" if bare in _BARE_ENCODINGS else "TYPE", []).append(bare)
            continue
        target = params.setdefault(key.strip().upper(), [])
        for value in values:
            target.append(_decode_6868(value) if decode_6868 else value)
    types = frozenset(
        part.strip().lower()
        for value in params.get("TYPE", ())
        for part in value.split(",")
        if part.strip()
    )
    prop = Property(
        group=(group or "").lower(),
        name=name.upper().replace("_", "-"),
        params={key: tuple(values) for key, values in params.items()},
        types=types,
        head=line.head,
        value=line.value,
        line_number=line.line_number,
        is_overlong=line.is_overlong,
    )
    return prop, by_vobject


def _parse_with_vobject(head: str) -> tuple[str | None, str, list[list[str]]] | None:
    if len(head) > MAX_VOBJECT_HEAD_CHARS or _VOBJECT_HEAD.fullmatch(head) is None:
        return None
    try:
        name, params, _value, group = cast(
            "tuple[str, Any, str, str | None]", vobject.base.parseLine(head + ":")
        )
    except vobject.base.ParseError:
        logger.debug("vobject rejected a head our pre-check accepted: %r", head)
        return None
    return group, name, [[str(part) for part in entry] for entry in params]


def _parse_forgiving(head: str) -> tuple[str | None, str, list[list[str]]]:
    """Split a head vobject will not take: ``;`` outside quotes, then ``=`` and ``,``."""
    pieces = _split_outside_quotes(head, ";")
    group, _, name = pieces[0].strip().rpartition(".")
    params: list[list[str]] = []
    for piece in pieces[1:]:
        if not piece.strip():
            continue
        key, equals, rest = piece.partition("=")
        if not equals:
            params.append([key.strip()])
            continue
        values = [v.strip().strip('"') for v in _split_outside_quotes(rest, ",")]
        params.append([key.strip(), *values])
    return group or None, name, params


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    start = 0
    in_quotes = False
    for index, char in enumerate(text):
        if char == '"':
            in_quotes = not in_quotes
        elif char == separator and not in_quotes:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _decode_6868(value: str) -> str:
    if "^" not in value:
        return value
    return _RFC6868.sub(lambda match: _RFC6868_CHARS[match.group()], value)
