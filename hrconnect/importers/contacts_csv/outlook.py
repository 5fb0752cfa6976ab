# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Outlook-style CSV rows into draft records.

Covers Outlook desktop (English and localised), Outlook.com, Google's Outlook shapes and
Thunderbird.

Outlook has a fixed set of named columns per language: every phone column implies its label
(``Mobile Phone`` is ``mobile``), addresses are spread over street/city/postal/country columns,
and e-mails come in three numbered slots with a type and a display name. Exchange contacts can
carry an X.500 directory path instead of an address in a slot (type ``EX``); such a path is
never an e-mail, so the display name is searched for a real address and otherwise the slot is
dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import normalize_email
from hrconnect.core.kinds import ContactKind
from hrconnect.importers.contacts_csv.columns import (
    AddressPart,
    Column,
    Role,
    fold_header,
    plain,
)
from hrconnect.importers.contacts_csv.common import (
    Draft,
    address_in_text,
    birthday_from_parts,
    cell,
    format_address,
    is_exchange_path,
    read_birthday,
    user_categories,
    web_label,
)
from hrconnect.importers.contacts_csv.detect import Layout
from hrconnect.importers.contacts_csv.headers import OUTLOOK_EN, THUNDERBIRD
from hrconnect.importers.contacts_csv.headers_localised import (
    FRENCH_TITLE,
    OUTLOOK_DE,
    OUTLOOK_FR,
    OUTLOOK_NL,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

_ADDRESS_ORDER = ("work", "home", "other")


def table_for(layout: Layout) -> dict[str, Column]:
    """The synonym table for an Outlook-family layout (localised names over English ones)."""
    if layout is Layout.THUNDERBIRD:
        return THUNDERBIRD
    localised = {"de": OUTLOOK_DE, "fr": OUTLOOK_FR, "nl": OUTLOOK_NL}.get(layout.language)
    return {**OUTLOOK_EN, **localised} if localised else OUTLOOK_EN


def _resolve_french_titles(keys: Sequence[str]) -> dict[int, Column]:
    """French Outlook writes ``Titre`` for the courtesy title and again for the job title.

    Two occurrences: the first is the courtesy title, the second the job title. One
    occurrence: the job title if it follows the company column, else the courtesy title.
    """
    positions = [i for i, key in enumerate(keys) if key == FRENCH_TITLE]
    if len(positions) >= 2:
        return {positions[0]: plain(Role.PREFIX), positions[1]: plain(Role.JOB_TITLE)}
    if positions:
        company = next((i for i, key in enumerate(keys) if key == "société"), None)
        after_company = company is not None and company < positions[0]
        return {positions[0]: plain(Role.JOB_TITLE if after_company else Role.PREFIX)}
    return {}


@dataclass(frozen=True, slots=True)
class OutlookColumns:
    """Where each Outlook field sits in one file's header.

    Attributes:
        roles: Column indices per scalar role, in header order.
        emails: Per e-mail slot, the column index of its address, type and display name.
        phones: (index, label) of every phone column.
        urls: (index, label) of every web page column.
        addresses: Per address label (work, home, other in that order), the column index of
            each part.
        width: The header's width; shorter rows are padded to it.
    """

    roles: dict[Role, list[int]] = field(default_factory=dict)
    emails: dict[int, dict[Role, int]] = field(default_factory=dict)
    phones: list[tuple[int, str]] = field(default_factory=list)
    urls: list[tuple[int, str]] = field(default_factory=list)
    addresses: dict[str, dict[AddressPart, int]] = field(default_factory=dict)
    width: int = 0

    @classmethod
    def from_header(cls, header: Sequence[str], layout: Layout) -> OutlookColumns:
        """Map a header of an Outlook-family layout. Unknown columns are ignored."""
        table = table_for(layout)
        keys = [fold_header(name) for name in header]
        overrides = _resolve_french_titles(keys) if layout is Layout.OUTLOOK_FR else {}
        columns = cls(width=len(keys))
        for index, key in enumerate(keys):
            column = overrides.get(index) or table.get(key)
            if column is not None:
                columns._place(index, column)
        ordered = sorted(columns.addresses.items(), key=lambda item: _ADDRESS_ORDER.index(item[0]))
        columns.addresses.clear()
        columns.addresses.update(ordered)
        return columns

    def _place(self, index: int, column: Column) -> None:
        if column.role in (Role.EMAIL, Role.EMAIL_TYPE, Role.EMAIL_DISPLAY):
            self.emails.setdefault(column.slot, {}).setdefault(column.role, index)
        elif column.role is Role.PHONE:
            self.phones.append((index, column.label))
        elif column.role is Role.URL:
            self.urls.append((index, column.label))
        elif column.role is Role.ADDRESS and column.part is not None:
            self.addresses.setdefault(column.label, {}).setdefault(column.part, index)
        else:
            self.roles.setdefault(column.role, []).append(index)

    @property
    def date_columns(self) -> tuple[int, ...]:
        """See ``common.RowMapper``."""
        return tuple(self.roles.get(Role.BIRTHDAY, ()))

    def _first(self, cells: Sequence[str], role: Role) -> str:
        for index in self.roles.get(role, ()):
            value = cells[index].strip()
            if value:
                return value
        return ""

    def draft(self, cells: Sequence[str], *, day_first: bool) -> Draft:
        """See ``common.RowMapper``."""
        if len(cells) < self.width:
            cells = [*cells, *([""] * (self.width - len(cells)))]
        draft = Draft.with_names(partial(self._first, cells))
        self._read_birthday(cells, draft, day_first=day_first)
        draft.categories = user_categories(self._first(cells, Role.CATEGORIES).split(";"))
        draft.add_job(
            self._first(cells, Role.COMPANY),
            self._first(cells, Role.JOB_TITLE) or self._first(cells, Role.PROFESSION),
            self._first(cells, Role.DEPARTMENT),
            current=True,
        )
        self._read_emails(cells, draft)
        # Cells are padded to the header's width, so indexing needs no bounds check; most
        # cells of an Outlook row are empty, hence the cheap test before any work.
        for index, label in self.phones:
            if cells[index]:
                draft.add_point(ContactKind.PHONE, cells[index], label)
        for index, label in self.urls:
            value = cells[index].strip()
            if value:
                draft.add_point(ContactKind.URL, value, web_label(value, label))
        for index in self.roles.get(Role.IM, ()):
            draft.add_point(ContactKind.IM, cells[index])
        for label, columns in self.addresses.items():
            parts = {part: cells[index].strip() for part, index in columns.items() if cells[index]}
            if any(parts.values()):
                draft.add_point(ContactKind.ADDRESS, format_address(parts), label)
        return draft

    def _read_birthday(self, cells: Sequence[str], draft: Draft, *, day_first: bool) -> None:
        raw = self._first(cells, Role.BIRTHDAY)
        if raw:
            draft.birthday, readable = read_birthday(raw, day_first=day_first)
        else:
            parts = [
                self._first(cells, r) for r in (Role.BIRTH_YEAR, Role.BIRTH_MONTH, Role.BIRTH_DAY)
            ]
            draft.birthday, readable = birthday_from_parts(*parts)
            raw = "-".join(parts)
        if not readable:
            draft.warnings.append(("bad_birthday", raw))

    def _read_emails(self, cells: Sequence[str], draft: Draft) -> None:
        for _number, slot in sorted(self.emails.items()):
            value = cell(cells, slot.get(Role.EMAIL, len(cells)))
            if not value:
                continue
            kind = cell(cells, slot.get(Role.EMAIL_TYPE, len(cells))).upper()
            exchange = is_exchange_path(value) or (kind == "EX" and normalize_email(value) is None)
            if not exchange:
                draft.add_point(ContactKind.EMAIL, value)
                continue
            draft.exchange_paths_dropped += 1
            display = cell(cells, slot.get(Role.EMAIL_DISPLAY, len(cells)))
            found = address_in_text(display)
            if found:
                draft.add_point(ContactKind.EMAIL, found)
