# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""One split card becomes one :class:`ForeignRecord`, with the problems met on the way.

Names come from N (family; given; additional; prefix; suffix) and FN, each kept whole: the
commas in ``FN:Mr. John Richter, James Doe Sr.`` or ``ORG:Company, The;Dept`` are text, not
separators. ORG and TITLE make one current job. Birthdays accept every form FORMATS.md lists,
placeholder years (1604, 1900, ``X-APPLE-OMIT-YEAR``) meaning "year unknown"; an unreadable
one is reported and the card kept. Source keys follow ``hrconnect.core.records``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hrconnect.core.dates import PartialDate
from hrconnect.core.identifiers import key_text
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import (
    ContactPoint,
    Employment,
    ForeignRecord,
    Locator,
    ProblemSeverity,
    RecordProblem,
)
from hrconnect.importers.dates import parse_partial
from hrconnect.importers.vcard.contentline import Property, parse_property
from hrconnect.importers.vcard.decode import ValueDecoder
from hrconnect.importers.vcard.photos import read_photo
from hrconnect.importers.vcard.points import contact_points, group_labels

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.importers.vcard.tokenizer import RawCard

MAX_RAW_VALUE_CHARS = 2000
MAX_TEXT_VALUE_CHARS = 1024 * 1024
"""A text value longer than this (1 MiB) is dropped with a ``value_too_large`` problem."""
SYSTEM_CATEGORIES = frozenset({"mycontacts", "my contacts", "starred", "starred in android"})
"""Labels address books add by themselves; they say nothing about the person."""
_BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


@dataclass(slots=True)
class CardStats:
    """Counts over the cards of one file, for its report notes."""

    heads_by_vobject: int = 0
    heads_by_fallback: int = 0
    charset_fallbacks: int = 0
    continuation_lines: int = 0
    nested_cards: int = 0


@dataclass(slots=True)
class SourceKeys:
    """Hands out the source keys of one source's cards (see ``hrconnect.core.records``).

    ``uid:<UID>`` when the card has one; else ``name:<folded full name>#<n>``; for a card
    without a name ``email:<lower-case address>#<n>``, then ``phone:<digits>#<n>``. ``n``
    counts the earlier cards whose key would have the same base, UID or not, so namesakes stay
    apart and the numbering survives a re-export. For a single file that is the rule of
    ``core.records``; a folder or ZIP of one-card files (Outlook) shares one allocator, so
    ``Priya Raman.vcf`` and ``Priya Raman (2).vcf`` get ``#0`` and ``#1``. A UID seen again
    (merged or broken exports) becomes ``uid:<UID>#<n>`` so neither card overwrites the other.
    """

    _seen: Counter[str] = field(default_factory=Counter)

    def assign(self, uid: str, full_name: str, points: Sequence[ContactPoint]) -> str | None:
        """The key for a card, or None when it has no name, e-mail or phone (UID or not)."""
        base = self._base(full_name, points)
        if base is None:
            return None
        key = f"{base}#{self._seen[base]}"
        self._seen[base] += 1
        if uid:
            repeats = self._seen[f"uid:{uid}"]
            self._seen[f"uid:{uid}"] += 1
            key = f"uid:{uid}#{repeats}" if repeats else f"uid:{uid}"
        return key

    @staticmethod
    def _base(full_name: str, points: Sequence[ContactPoint]) -> str | None:
        name = key_text(full_name)
        if name:
            return f"name:{name}"
        for point in points:
            if point.kind is ContactKind.EMAIL and point.value.strip():
                return f"email:{point.value.strip().lower()}"
        for point in points:
            if point.kind is ContactKind.PHONE:
                digits = "".join(ch for ch in point.value if ch.isdigit() or ch == "+")
                if digits:
                    return f"phone:{digits}"
        return None


@dataclass(frozen=True, slots=True)
class MappedCard:
    """The outcome of one card: a record (or None when skipped or failed) and its problems."""

    record: ForeignRecord | None
    problems: tuple[RecordProblem, ...] = ()


def map_card(
    card: RawCard,
    locator: Locator,
    keys: SourceKeys,
    stats: CardStats,
    *,
    is_8bit_file: bool,
) -> MappedCard:
    """Turn one split card into a record.

    Args:
        card: The card from the tokenizer.
        locator: ``card N`` in its file.
        keys: The file's source-key allocator.
        stats: Counters updated for the file's notes.
        is_8bit_file: The file was read as Latin-1 (values are decoded one by one).

    Returns:
        The record with WARNING problems (``unterminated_card``, ``photo_dropped``,
        ``unreadable_birthday``, ``value_too_large``, ``too_many_properties``), or no record
        and a SKIPPED ``empty_card`` or FAILED ``unreadable_card`` problem.

    Raises:
        Nothing expected; the reader still isolates any surprise to this card.
    """
    problems: list[RecordProblem] = []
    if not card.is_terminated:
        problems.append(_warning(locator, "unterminated_card", "no END:VCARD"))
    if card.dropped_lines:
        problems.append(_warning(locator, "too_many_properties", f"{card.dropped_lines} dropped"))
    stats.continuation_lines += card.continuation_lines
    stats.nested_cards += card.nested_cards
    version = _version(card)
    props = _parse_all(card, version, stats)
    if not props:
        if card.stray_lines:
            failure = RecordProblem(
                locator, "unreadable_card", detail=f"{card.stray_lines} lines, no property"
            )
            return MappedCard(None, (*problems, failure))
        return MappedCard(None, (*problems, _skipped(locator)))
    values = ValueDecoder(version, is_8bit_file=is_8bit_file)
    try:
        return _build(card, props, values, locator, keys, problems)
    finally:
        stats.charset_fallbacks += values.fallbacks


def _build(
    card: RawCard,
    props: list[Property],
    values: ValueDecoder,
    locator: Locator,
    keys: SourceKeys,
    problems: list[RecordProblem],
) -> MappedCard:
    kept: list[Property] = []
    for prop in props:
        is_text = prop.name not in _BINARY_PROPERTIES
        if is_text and (prop.is_overlong or len(prop.value) > MAX_TEXT_VALUE_CHARS):
            problems.append(_warning(locator, "value_too_large", prop.name))
        else:
            kept.append(prop)
    by_name: dict[str, list[Property]] = {}
    for prop in kept:
        by_name.setdefault(prop.name, []).append(prop)

    names = _names(by_name, values)
    points = contact_points(kept, values, group_labels(kept, values))
    uid = _first_text(by_name.get("UID", ()), values)
    key = keys.assign(uid, names.full, points)
    if key is None:
        return MappedCard(None, (*problems, _skipped(locator)))
    record = ForeignRecord(
        kind=SourceKind.VCARD,
        source_key=key,
        locator=locator,
        full_name=names.full,
        given_name=names.given,
        middle_name=names.additional,
        family_name=names.family,
        prefix=names.prefix,
        suffix=names.suffix,
        nickname=_first_text(by_name.get("NICKNAME", ()), values),
        name_is_structured=names.is_structured,
        contact_points=tuple(points),
        employments=_employment(by_name, values),
        birthday=_birthday(by_name.get("BDAY", ()), values, locator, problems),
        note=_note(by_name.get("NOTE", ()), values),
        categories=_categories(by_name.get("CATEGORIES", ()), values),
        photo=_photo(by_name.get("PHOTO", ()), locator, problems),
        raw=_raw_pairs(card, props),
    )
    return MappedCard(record, tuple(problems))


def _version(card: RawCard) -> str:
    for line in card.lines:
        if line.head.strip().upper() == "VERSION":
            version = line.value.strip()
            if version in ("2.1", "3.0", "4.0"):
                return version
    return "3.0"


def _parse_all(card: RawCard, version: str, stats: CardStats) -> list[Property]:
    props: list[Property] = []
    for line in card.lines:
        prop, by_vobject = parse_property(line, version)
        if by_vobject:
            stats.heads_by_vobject += 1
        else:
            stats.heads_by_fallback += 1
        if prop.name not in ("VERSION", "PROFILE", "BEGIN", "END", "AGENT"):
            props.append(prop)
    return props


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _first_text(props: Sequence[Property], values: ValueDecoder) -> str:
    for prop in props:
        text = values.text(prop)
        if text:
            return _collapse(text)
    return ""


@dataclass(frozen=True, slots=True)
class _Names:
    full: str = ""
    given: str = ""
    additional: str = ""
    family: str = ""
    prefix: str = ""
    suffix: str = ""
    is_structured: bool = True


def _names(by_name: dict[str, list[Property]], values: ValueDecoder) -> _Names:
    parts: list[str] = []
    for prop in by_name.get("N", ()):
        parts = [_collapse(part) for part in values.components(prop)]
        if any(parts):
            break
    parts += [""] * (5 - len(parts))
    family, given, additional, prefix, suffix = parts[:5]
    full = _first_text(by_name.get("FN", ()), values)
    if not full:
        full = " ".join(part for part in (prefix, given, additional, family, suffix) if part)
    elif not any(parts):
        # Only a display name (a 4.0 card may have no N): split it, and say we guessed.
        head, _, last = full.rpartition(" ")
        given, family = (head, last) if head else (full, "")
        return _Names(full, given, "", family, is_structured=False)
    return _Names(full, given, additional, family, prefix, suffix)


def _employment(by_name: dict[str, list[Property]], values: ValueDecoder) -> tuple[Employment, ...]:
    company = department = ""
    for prop in by_name.get("ORG", ()):
        parts = [_collapse(part) for part in values.components(prop)]
        if any(parts):
            company = parts[0]
            department = ", ".join(part for part in parts[1:] if part)
            break
    title = _first_text(by_name.get("TITLE", ()), values)
    if not (company or title or department):
        return ()
    return (Employment(company, title, department=department, is_current=True),)


def _birthday(
    props: Sequence[Property],
    values: ValueDecoder,
    locator: Locator,
    problems: list[RecordProblem],
) -> PartialDate | None:
    unreadable = ""
    for prop in props:
        text = values.text(prop)
        if not text:
            continue
        parsed = parse_partial(text)
        if parsed is None:
            unreadable = unreadable or text
            continue
        omitted_year = prop.param("X-APPLE-OMIT-YEAR").strip()
        if omitted_year and str(parsed.year) == omitted_year and parsed.has_month_day:
            parsed = PartialDate(None, parsed.month, parsed.day)
        return parsed
    if unreadable:
        problems.append(_warning(locator, "unreadable_birthday", unreadable[:200]))
    return None


def _note(props: Sequence[Property], values: ValueDecoder) -> str:
    notes = [values.text(prop) for prop in props]
    return "\n\n".join(note for note in notes if note)


def _categories(props: Sequence[Property], values: ValueDecoder) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for prop in props:
        for item in values.items(prop):
            label = _collapse(item)
            if label and key_text(label) not in SYSTEM_CATEGORIES:
                found.setdefault(label, None)
    return tuple(found)


def _photo(
    props: Sequence[Property], locator: Locator, problems: list[RecordProblem]
) -> bytes | None:
    for prop in props:
        outcome = read_photo(prop)
        if outcome.data is not None:
            return outcome.data
        if outcome.dropped_because:
            problems.append(_warning(locator, "photo_dropped", outcome.dropped_because))
    return None


def _raw_pairs(card: RawCard, props: Sequence[Property]) -> tuple[tuple[str, str], ...]:
    """Every line as written, capped; inline binary data (photos, keys) left out."""
    binary = {
        prop.line_number
        for prop in props
        if prop.name in _BINARY_PROPERTIES
        and not prop.value.lstrip()[:8].lower().startswith(("http://", "https://"))
    }
    pairs: list[tuple[str, str]] = []
    for line in card.lines:
        kept = "" if line.is_overlong or line.line_number in binary else line.value
        pairs.append((line.head, kept[:MAX_RAW_VALUE_CHARS]))
    return tuple(pairs)


def _warning(locator: Locator, reason: str, detail: str) -> RecordProblem:
    return RecordProblem(locator, reason, ProblemSeverity.WARNING, detail)


def _skipped(locator: Locator) -> RecordProblem:
    return RecordProblem(locator, "empty_card", ProblemSeverity.SKIPPED, "no name, e-mail or phone")
