# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The tolerant front end: a vCard file's text becomes cards of unfolded content lines.

Everything here happens before any property is interpreted, and it is where real exports break
strict parsers (FORMATS.md §3.3, pitfalls 20-21):

- physical lines end in CRLF, LF, a lone CR, or CR CR LF (the iPhone sample) — all one break;
- NUL characters are removed; a physical line longer than :data:`MAX_PHYSICAL_LINE_CHARS` is
  consumed in bounded pieces, keeping only its start (the property name) so memory stays bounded;
- cards are split on ``BEGIN:VCARD`` / ``END:VCARD`` (any case) by us, one at a time, so one bad
  card cannot take the others down; text before the first card and between cards is ignored;
  a ``BEGIN`` inside a card closes the card before it as unterminated, except right after an
  empty 2.1 ``AGENT:`` property, where it opens a nested card that is skipped whole;
- unfolding: a line starting with a space or tab continues the previous line (one whitespace
  character removed); after a QUOTED-PRINTABLE value ending in ``=`` (a soft line break) the next
  line is joined verbatim; a line that is not a property (no ``name:`` head, or an unknown name)
  continues the previous value on a new line — Android writes multi-line NOTEs that way and
  Google has written a raw blank line inside FN (Kozea/Radicale #1986).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

MAX_PHYSICAL_LINE_CHARS = 2 * 1024 * 1024
"""A longer physical line is consumed in pieces; only its first :data:`KEPT_HEAD_CHARS` stay."""
KEPT_HEAD_CHARS = 8 * 1024
MAX_LOGICAL_LINE_CHARS = 2 * 1024 * 1024
"""An unfolded value beyond this is not kept (enough for a 1 MiB photo in base64)."""
MAX_CARD_LINES = 10_000
MAX_CARD_CHARS = 16 * 1024 * 1024
"""Properties beyond these bounds are dropped, so a hostile card cannot exhaust memory."""

# A quoted parameter value may hold ":" and ";"; an unclosed quote is an ordinary character.
# The atomic group keeps the match linear whatever the quotes.
_HEAD = re.compile(
    r'(?:(?P<group>[A-Za-z0-9_-]+)\.)?(?P<name>[A-Za-z0-9_-]+)(?:;(?>"[^"]*"|[^";:]|")*)*:'
)
_QP_CONTINUATION = re.compile(r"=[0-9A-Fa-f]{2}")

# fmt: off
KNOWN_PROPERTIES = frozenset({
    "ADR", "AGENT", "ANNIVERSARY", "BDAY", "BEGIN", "BIRTHPLACE", "CALADRURI", "CALURI",
    "CATEGORIES", "CLASS", "CLIENTPIDMAP", "CONTACT-URI", "DEATHDATE", "DEATHPLACE", "EMAIL",
    "END", "EXPERTISE", "FBURL", "FN", "GENDER", "GEO", "HOBBY", "IMPP", "INTEREST", "KEY", "KIND",
    "LABEL", "LANG", "LOGO", "MAILER", "MEMBER", "N", "NAME", "NICKNAME", "NOTE", "ORG",
    "ORG-DIRECTORY", "PHOTO", "PRODID", "PROFILE", "RELATED", "REV", "ROLE", "SORT-STRING",
    "SOUND", "SOURCE", "TEL", "TITLE", "TZ", "UID", "URL", "VERSION", "XML",
})
# fmt: on
"""Property names of vCard 2.1, 3.0 and 4.0 (and their RFC extensions). A head with another
name (and no ``X-`` prefix or ``itemN.`` group) is taken for text that continues a value."""


@dataclass(slots=True)
class RawLine:
    """One unfolded content line of a card, before any decoding.

    Attributes:
        head: ``group.NAME;params`` exactly as written (after unfolding).
        value: The value as written: still QUOTED-PRINTABLE or base64 encoded, escapes intact.
            Empty when the line was too long to keep (see ``is_overlong``).
        line_number: 1-based physical line where the property starts.
        is_overlong: True when the value exceeded :data:`MAX_LOGICAL_LINE_CHARS` and was dropped.
    """

    head: str
    value: str
    line_number: int
    is_overlong: bool = False


@dataclass(slots=True)
class RawCard:
    """A card as split from the file.

    Attributes:
        number: 1-based position of the card in its file (the ``card N`` of locators).
        line_number: Physical line of its ``BEGIN:VCARD``.
        lines: Its content lines, in file order, nested AGENT cards left out.
        is_terminated: False when the file ended, or another card began, before ``END:VCARD``.
        stray_lines: Lines that belonged to no property (text before the first property).
        continuation_lines: Lines joined to the previous value although not folded.
        dropped_lines: Properties left out because the card exceeded its bounds.
        nested_cards: Nested (AGENT) cards skipped.
    """

    number: int
    line_number: int
    lines: list[RawLine] = field(default_factory=list)
    is_terminated: bool = True
    stray_lines: int = 0
    continuation_lines: int = 0
    dropped_lines: int = 0
    nested_cards: int = 0
    chars: int = 0


@dataclass(slots=True)
class TokenizerStats:
    """What the tokenizer saw outside cards or had to repair, for the file's report notes."""

    physical_lines: int = 0
    nul_lines: int = 0
    overlong_lines: int = 0
    junk_lines: int = 0
    stray_end_lines: int = 0
    cr_cr_lf_lines: int = 0


def iter_physical_lines(stream: IO[str], stats: TokenizerStats) -> Iterator[tuple[int, str, bool]]:
    """Physical lines of a text stream opened with ``newline=""``.

    Yields:
        ``(line_number, text_without_line_break, is_overlong)``. CR CR LF counts as one line
        break. An overlong line yields only its first :data:`KEPT_HEAD_CHARS` characters.
    """
    number = 0
    after_lone_cr = False
    while True:
        line = stream.readline(MAX_PHYSICAL_LINE_CHARS)
        if not line:
            return
        if after_lone_cr and line == "\r\n":
            # The second half of CR CR LF (a CRLF file written again in text mode on Windows).
            stats.cr_cr_lf_lines += 1
            after_lone_cr = False
            continue
        number += 1
        is_overlong = False
        if line.endswith("\n") or line.endswith("\r"):
            after_lone_cr = line.endswith("\r")
            text = line.rstrip("\r\n")
        elif len(line) >= MAX_PHYSICAL_LINE_CHARS:
            is_overlong = True
            stats.overlong_lines += 1
            text = line[:KEPT_HEAD_CHARS]
            after_lone_cr = _skip_rest_of_line(stream)
        else:
            text = line
        if "\x00" in text:
            stats.nul_lines += 1
            text = text.replace("\x00", "")
        yield number, text, is_overlong


def _skip_rest_of_line(stream: IO[str]) -> bool:
    """Consume the rest of an overlong line; True when it ended in a lone CR."""
    while True:
        rest = stream.readline(MAX_PHYSICAL_LINE_CHARS)
        if not rest or rest.endswith("\n"):
            return False
        if rest.endswith("\r"):
            return True


def _is_marker(text: str, marker: str) -> bool:
    if len(text) > 40:
        return False
    return text.strip().lstrip("\ufeff").upper() == marker


def property_head(text: str) -> re.Match[str] | None:
    """The ``group.NAME;params:`` head of a line that looks like a property, else None."""
    match = _HEAD.match(text)
    if match is None:
        return None
    name = match["name"].upper().replace("_", "-")
    if name in KNOWN_PROPERTIES or name.startswith("X-") or match["group"] is not None:
        return match
    return None


class _LineBuilder:
    """Collects the pieces of one logical line without quadratic string growth."""

    __slots__ = ("head", "is_agent", "is_overlong", "is_qp", "line_number", "parts", "size")

    def __init__(self, head: str, value: str, line_number: int, is_overlong: bool) -> None:
        self.head = head
        self.line_number = line_number
        self.parts: list[str] = []
        self.size = 0
        self.is_overlong = False
        head_upper = head.upper()
        self.is_qp = "QUOTED-PRINTABLE" in head_upper
        self.is_agent = head_upper.split(";", 1)[0].rsplit(".", 1)[-1] == "AGENT"
        self.append(value, is_overlong)

    @property
    def has_soft_break(self) -> bool:
        """True when a QUOTED-PRINTABLE value ends in ``=``: the next line continues it."""
        return self.is_qp and bool(self.parts) and self.parts[-1].endswith("=")

    @property
    def is_empty(self) -> bool:
        return not self.is_overlong and not any(self.parts)

    def append(self, text: str, is_overlong: bool = False) -> None:
        if self.is_overlong:
            return
        if is_overlong or self.size + len(text) > MAX_LOGICAL_LINE_CHARS:
            self.is_overlong = True
            self.parts = []
            self.size = 0
            return
        if self.has_soft_break:
            self.parts[-1] = self.parts[-1][:-1]
            self.size -= 1
        self.parts.append(text)
        self.size += len(text)

    def build(self) -> RawLine:
        value = "".join(self.parts)
        if self.is_qp and value.endswith("="):
            value = value[:-1]
        return RawLine(self.head, value, self.line_number, self.is_overlong)


class CardSplitter:
    """Splits a stream of physical lines into :class:`RawCard` objects, one at a time."""

    def __init__(self, stream: IO[str]) -> None:
        self.stats = TokenizerStats()
        self.cards_seen = 0
        self._stream = stream
        self._card: RawCard | None = None
        self._current: _LineBuilder | None = None
        self._blank_lines = 0

    def __iter__(self) -> Iterator[RawCard]:
        """Yield cards in file order; a card is complete when yielded."""
        agent_depth = 0
        for number, text, is_overlong in iter_physical_lines(self._stream, self.stats):
            self.stats.physical_lines = number
            card = self._card
            if card is None:
                if _is_marker(text, "BEGIN:VCARD"):
                    self._start(number)
                elif _is_marker(text, "END:VCARD"):
                    self.stats.stray_end_lines += 1
                elif text.strip():
                    self.stats.junk_lines += 1
                continue
            if agent_depth:
                if _is_marker(text, "BEGIN:VCARD"):
                    agent_depth += 1
                elif _is_marker(text, "END:VCARD"):
                    agent_depth -= 1
                continue
            current = self._current
            if current is not None and current.has_soft_break and not _is_marker(text, "END:VCARD"):
                current.append(text, is_overlong)
                continue
            if not text.strip():
                self._blank_lines += 1
                continue
            if text[0] in " \t":
                self._blank_lines = 0
                if current is None:
                    card.stray_lines += 1
                else:
                    current.append(text[1:], is_overlong)
                continue
            if _is_marker(text, "END:VCARD"):
                yield self._finish(is_terminated=True)
                continue
            if _is_marker(text, "BEGIN:VCARD"):
                if current is not None and current.is_agent and current.is_empty:
                    agent_depth = 1
                    card.nested_cards += 1
                    continue
                yield self._finish(is_terminated=False)
                self._start(number)
                continue
            self._take_line(card, number, text, is_overlong)
        if self._card is not None:
            yield self._finish(is_terminated=False)

    def _take_line(self, card: RawCard, number: int, text: str, is_overlong: bool) -> None:
        match = property_head(text)
        current = self._current
        if match is not None:
            self._close_line()
            head_end = match.end()
            self._current = _LineBuilder(text[: head_end - 1], text[head_end:], number, is_overlong)
        elif current is not None:
            if current.is_qp and _QP_CONTINUATION.match(text) and not self._blank_lines:
                # A QP value whose producer forgot the soft-break "=": the line goes on as is.
                current.append(text, is_overlong)
            else:
                current.append("\n" * (self._blank_lines + 1) + text, is_overlong)
            card.continuation_lines += 1
        else:
            card.stray_lines += 1
        self._blank_lines = 0

    def _start(self, number: int) -> None:
        self.cards_seen += 1
        self._card = RawCard(self.cards_seen, number)
        self._current = None
        self._blank_lines = 0

    def _close_line(self) -> None:
        current, card = self._current, self._card
        self._current = None
        if current is None or card is None:
            return
        if len(card.lines) >= MAX_CARD_LINES or card.chars + current.size > MAX_CARD_CHARS:
            card.dropped_lines += 1
            return
        card.chars += current.size + len(current.head)
        card.lines.append(current.build())

    def _finish(self, *, is_terminated: bool) -> RawCard:
        self._close_line()
        card = self._card
        assert card is not None
        card.is_terminated = is_terminated
        self._card = None
        self._blank_lines = 0
        return card
