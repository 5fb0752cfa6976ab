# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Pieces shared by the Google and Outlook row mappers: a draft record and the value rules.

A mapper reads one row into a :class:`Draft`; the reader then gives it a source key and turns
it into a ``ForeignRecord``. The rules here are the ones both families need: multi-value cells,
primary markers, system labels, addresses, empty and locale-dependent dates, Exchange X.500
paths that are not e-mail addresses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from hrconnect.core.dates import PartialDate
from hrconnect.core.identifiers import key_text, linkedin_slug, normalize_email
from hrconnect.core.kinds import ContactKind
from hrconnect.core.records import ContactPoint, Employment
from hrconnect.importers.contacts_csv.columns import AddressPart, Role
from hrconnect.importers.dates import parse_partial

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

_MULTI_VALUE = re.compile(r"\s*:::\s*")
_SPACES = re.compile(r"\s+")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_TIME_SUFFIX = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}$")
_ADDRESS_IN_TEXT = re.compile(r"[^\s<>()\[\],;:\"']+@[^\s<>()\[\],;:\"']+")

SYSTEM_LABELS = frozenset(
    {"mycontacts", "my contacts", "starred", "starred in android", "most contacted"}
)
"""Google labels the user never chose (also written without the ``* `` marker)."""

_GENERATED_LABEL_PREFIXES = ("imported on ", "restored from ", "system group:")
"""Labels Google generates on import or restore (``Imported on 3/4/15``, ``Restored from
Samsung - SM-G950F``) and the old ``System Group: Friends``: provenance noise, not groups."""


class RowMapper(Protocol):
    """Turns the cells of one row of a known layout into a draft record."""

    @property
    def date_columns(self) -> tuple[int, ...]:
        """Indices of columns holding whole dates, for working out the file's date order."""
        ...

    def draft(self, cells: Sequence[str], *, day_first: bool) -> Draft:
        """Read one row.

        Args:
            cells: The row's cells as parsed.
            day_first: How to read ambiguous numeric dates in this file.
        """
        ...


def cell(cells: Sequence[str], index: int) -> str:
    """The trimmed cell at ``index``, or ``""`` when the row is shorter."""
    return cells[index].strip() if index < len(cells) else ""


def split_multi(value: str) -> list[str]:
    """Split Google's ``a ::: b`` multi-value cells; empty pieces are dropped."""
    if ":::" not in value:
        text = value.strip()
        return [text] if text else []
    return [piece for piece in (p.strip() for p in _MULTI_VALUE.split(value)) if piece]


def clean_label(raw: str) -> tuple[str, bool]:
    """A lower-case label and whether it carried Google's ``* `` primary marker.

    >>> clean_label("* Work")
    ('work', True)
    """
    text = raw.strip()
    preferred = text.startswith("*")
    if preferred:
        text = text[1:]
    return _SPACES.sub(" ", text).strip().casefold(), preferred


def is_system_label(label: str) -> bool:
    """True for labels Google made, not the user (``* myContacts``, ``Imported on 5/1/19``)."""
    text = label.strip()
    folded = _SPACES.sub(" ", text).casefold()
    return (
        text.startswith("*")
        or folded in SYSTEM_LABELS
        or folded.startswith(_GENERATED_LABEL_PREFIXES)
    )


def user_categories(values: Iterable[str]) -> list[str]:
    """The user's own labels among ``values``, system labels left out, duplicates removed."""
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        text = value.strip()
        if not text or is_system_label(text) or text.casefold() in seen:
            continue
        seen.add(text.casefold())
        kept.append(text)
    return kept


def flatten_lines(text: str) -> str:
    """A multi-line block as one line: lines trimmed, empty ones dropped, joined with ``, ``."""
    if "\n" not in text and "\r" not in text:
        return text.strip()
    return ", ".join(line for line in (p.strip() for p in _LINE_BREAKS.split(text)) if line)


def clean_note(text: str) -> str:
    """Notes keep their line breaks, unified to LF, and lose outer white space."""
    return _LINE_BREAKS.sub("\n", text).strip()


def format_address(parts: Mapping[AddressPart, str]) -> str:
    """One display line for an address.

    A formatted block (Google's ``Formatted``, the Outlook shapes' ``Home Address``) wins;
    otherwise the street lines, PO box, ``postal-code city``, region and country are joined.
    """
    formatted = flatten_lines(parts.get(AddressPart.FORMATTED, ""))
    if formatted:
        return formatted
    pieces = [
        parts.get(AddressPart.STREET, ""),
        parts.get(AddressPart.STREET2, ""),
        parts.get(AddressPart.STREET3, ""),
        parts.get(AddressPart.EXTENDED, ""),
        parts.get(AddressPart.PO_BOX, ""),
        " ".join(
            p
            for p in (parts.get(AddressPart.POSTAL_CODE, ""), parts.get(AddressPart.CITY, ""))
            if p.strip()
        ),
        parts.get(AddressPart.REGION, ""),
        parts.get(AddressPart.COUNTRY, ""),
    ]
    return ", ".join(line for line in (flatten_lines(p) for p in pieces) if line)


def is_exchange_path(value: str) -> bool:
    """True for an Exchange X.500 path (``/o=ExchangeLabs/ou=.../cn=Recipients/cn=...``)."""
    folded = value.strip().casefold()
    return folded.startswith(("/o=", "/cn=")) or ("/ou=" in folded and "/cn=" in folded)


def address_in_text(text: str) -> str | None:
    """The first plausible e-mail address inside free text (``Priya Raman (priya@x.be)``)."""
    for match in _ADDRESS_IN_TEXT.finditer(text):
        candidate = match.group().strip(".")
        if normalize_email(candidate) is not None:
            return candidate
    return None


def is_empty_date(text: str) -> bool:
    """Outlook's "no date": ``0/0/00``, ``0.0.00``, ``0000-00-00 00:00:00`` (digits all zero)."""
    return any(ch.isdigit() for ch in text) and not any(ch in "123456789" for ch in text)


def date_order_evidence(text: str) -> bool | None:
    """What one numeric date says about its file's order.

    Returns:
        True if it can only be day-first (``22.03.1980``), False if only month-first
        (``3/22/1980``), None if it is ambiguous or not a numeric date.
    """
    match = _NUMERIC_DATE.match(_TIME_SUFFIX.sub("", text.strip()))
    if not match:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


def is_numeric_date(text: str) -> bool:
    """True for ``d/m/y``-style dates, whose order depends on the exporting machine."""
    return bool(_NUMERIC_DATE.match(_TIME_SUFFIX.sub("", text.strip())))


def read_birthday(text: str, *, day_first: bool) -> tuple[PartialDate | None, bool]:
    """Parse a birthday cell.

    Returns:
        The date (None when the cell is empty or one of Outlook's zero dates) and whether the
        cell was readable; an unreadable non-empty cell gives ``(None, False)``.
    """
    value = text.strip()
    if not value or is_empty_date(value):
        return None, True
    parsed = parse_partial(_TIME_SUFFIX.sub("", value), day_first=day_first)
    return parsed, parsed is not None


def birthday_from_parts(year: str, month: str, day: str) -> tuple[PartialDate | None, bool]:
    """Thunderbird's Birth Year / Birth Month / Birth Day, any of them possibly empty.

    Returns:
        The date and whether the parts were readable (as :func:`read_birthday`).
    """
    try:
        y, m, d = (int(p) if p.strip() else 0 for p in (year, month, day))
    except ValueError:
        return None, False
    if not (y or m or d):
        # All empty, or Thunderbird's zeros for "not set".
        return None, True
    try:
        return PartialDate(y or None, m or None, d or None), True
    except ValueError:
        return None, False


def web_label(value: str, label: str) -> str:
    """``linkedin`` for a LinkedIn profile URL, else the column's or group's label."""
    return "linkedin" if linkedin_slug(value) else label


@dataclass(slots=True)
class Draft:
    """One row read by a mapper, before it has a source key."""

    full_name: str = ""
    given_name: str = ""
    middle_name: str = ""
    family_name: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    file_as: str = ""
    points: list[ContactPoint] = field(default_factory=list)
    employments: list[Employment] = field(default_factory=list)
    birthday: PartialDate | None = None
    note: str = ""
    categories: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    """(reason, detail) of values that were dropped or guessed."""
    exchange_paths_dropped: int = 0

    @classmethod
    def with_names(cls, first: Callable[[Role], str]) -> Draft:
        """A draft holding a row's name fields and note, which every layout maps alike.

        Args:
            first: The row's first non-empty value for a role (``""`` when none).
        """
        return cls(
            full_name=first(Role.FULL_NAME),
            given_name=first(Role.GIVEN),
            middle_name=first(Role.MIDDLE),
            family_name=first(Role.FAMILY),
            prefix=first(Role.PREFIX),
            suffix=first(Role.SUFFIX),
            nickname=first(Role.NICKNAME),
            file_as=first(Role.FILE_AS),
            note=clean_note(first(Role.NOTES)),
        )

    def add_point(
        self, kind: ContactKind, value: str, label: str = "", *, preferred: bool = False
    ) -> None:
        """Add a contact point unless the same value is already there.

        A repeat that is marked preferred upgrades the earlier one instead.
        """
        text = value.strip()
        if not text:
            return
        folded = text.casefold()
        for index, point in enumerate(self.points):
            if point.kind is kind and point.value.casefold() == folded:
                if preferred and not point.is_preferred:
                    self.points[index] = ContactPoint(kind, point.value, point.label, True)
                return
        self.points.append(ContactPoint(kind, text, label, preferred))

    def add_job(self, company: str, title: str, department: str, *, current: bool) -> None:
        """Add a job when any of its parts is known."""
        if company or title or department:
            self.employments.append(
                Employment(company=company, title=title, department=department, is_current=current)
            )

    def display_name(self) -> str:
        """The name a person would see: the source's own, else composed, else File As/nickname."""
        composed = " ".join(p for p in (self.given_name, self.middle_name, self.family_name) if p)
        for candidate in (self.full_name, composed, self.file_as, self.nickname):
            if candidate and key_text(candidate):
                return candidate
        return ""

    def first_value(self, kind: ContactKind) -> str:
        """The first contact point of ``kind``, or ``""``."""
        return next((p.value for p in self.points if p.kind is kind), "")


class SourceKeys:
    """Hands out ``<prefix>:<text>#<n>`` keys, n counting earlier rows with the same text."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def next(self, prefix: str, text: str) -> str:
        """The key for the next row whose identifying text is ``text``."""
        base = f"{prefix}:{text}"
        number = self._seen[base]
        self._seen[base] += 1
        return f"{base}#{number}"

    def for_draft(self, draft: Draft) -> str | None:
        """The key of a drafted row, or None for a row with no name, e-mail or phone.

        The name key uses the folded display name; without a name the first e-mail
        (lower-cased), else the first phone (digits and ``+`` only) identifies the row.
        """
        name = key_text(draft.display_name())
        if name:
            return self.next("name", name)
        mail = draft.first_value(ContactKind.EMAIL)
        if mail:
            return self.next("email", mail.casefold())
        number = "".join(
            ch for ch in draft.first_value(ContactKind.PHONE) if ch.isdigit() or ch == "+"
        )
        if number:
            return self.next("phone", number)
        return None
