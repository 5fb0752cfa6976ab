# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What a CSV column means, independent of the language or program that named it.

Every header cell of a Google, Outlook or Thunderbird export is looked up in a synonym table
(``headers`` and ``headers_localised``) and becomes a :class:`Column`: a role plus, for contact
points, the label the column implies (``mobile``, ``work``) and, for addresses and e-mails, the
part or slot it fills.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """The meaning of a column."""

    PREFIX = "prefix"
    GIVEN = "given"
    MIDDLE = "middle"
    FAMILY = "family"
    SUFFIX = "suffix"
    NICKNAME = "nickname"
    FULL_NAME = "full_name"
    """A display name as the program shows it (Google ``Name``, Thunderbird ``Display Name``)."""
    FILE_AS = "file_as"
    COMPANY = "company"
    JOB_TITLE = "job_title"
    DEPARTMENT = "department"
    PROFESSION = "profession"
    """Outlook's separate Profession field: a job title only when ``Job Title`` is empty."""
    BIRTHDAY = "birthday"
    BIRTH_YEAR = "birth_year"
    BIRTH_MONTH = "birth_month"
    BIRTH_DAY = "birth_day"
    NOTES = "notes"
    CATEGORIES = "categories"
    EMAIL = "email"
    EMAIL_TYPE = "email_type"
    """Outlook's ``E-mail Type`` (``SMTP`` or ``EX`` for an Exchange X.500 path)."""
    EMAIL_DISPLAY = "email_display"
    PHONE = "phone"
    URL = "url"
    IM = "im"
    ADDRESS = "address"


class AddressPart(StrEnum):
    """One piece of a postal address spread over several columns."""

    FORMATTED = "formatted"
    STREET = "street"
    STREET2 = "street2"
    STREET3 = "street3"
    EXTENDED = "extended"
    PO_BOX = "po_box"
    CITY = "city"
    REGION = "region"
    POSTAL_CODE = "postal_code"
    COUNTRY = "country"


@dataclass(frozen=True, slots=True)
class Column:
    """What one header cell means.

    Attributes:
        role: The column's meaning.
        label: For contact points, the lower-case label the column implies (``mobile``,
            ``work``, ``home``, ``fax`` ...); for addresses, which address it belongs to.
        slot: For Outlook's numbered e-mail columns, the number (1-3) that ties an address to
            its type and display-name columns.
        part: For addresses, which piece of the address the column holds.
    """

    role: Role
    label: str = ""
    slot: int = 0
    part: AddressPart | None = None


NAME_ROLES = frozenset(
    {Role.GIVEN, Role.MIDDLE, Role.FAMILY, Role.FULL_NAME, Role.NICKNAME, Role.FILE_AS}
)
"""Roles that name a person; a header without any of them (or an e-mail) is not a contact list."""


def fold_header(cell: str) -> str:
    """A header cell in the form the synonym tables use.

    ``csvtable.header_key`` has already removed BOMs and quotes and folded case; this also
    collapses runs of white space (Exchange writes no-break spaces in some localised names)
    and unifies typographic apostrophes, so ``Nom de l’assistant(e)`` finds its entry.
    """
    return " ".join(cell.replace("’", "'").casefold().split())


def folded(table: dict[str, Column]) -> dict[str, Column]:
    """A synonym table with its keys folded like header cells (``Straße`` becomes ``strasse``)."""
    return {fold_header(name): column for name, column in table.items()}


def phone(label: str) -> Column:
    """A phone column with the label it implies."""
    return Column(Role.PHONE, label)


def email(slot: int) -> Column:
    """The address column of Outlook e-mail slot ``slot``."""
    return Column(Role.EMAIL, slot=slot)


def email_type(slot: int) -> Column:
    """The type column (``SMTP``/``EX``) of Outlook e-mail slot ``slot``."""
    return Column(Role.EMAIL_TYPE, slot=slot)


def email_display(slot: int) -> Column:
    """The display-name column of Outlook e-mail slot ``slot``."""
    return Column(Role.EMAIL_DISPLAY, slot=slot)


def address(label: str, part: AddressPart) -> Column:
    """One part of the ``label`` address (``work``, ``home``, ``other``)."""
    return Column(Role.ADDRESS, label, part=part)


def url(label: str = "") -> Column:
    """A web page column."""
    return Column(Role.URL, label)


def plain(role: Role) -> Column:
    """A column whose role says everything."""
    return Column(role)
