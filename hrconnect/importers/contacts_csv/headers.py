# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Synonym tables for English Outlook, Thunderbird and Google Contacts CSV headers.

Column names are facts about the exporting programs (FORMATS.md §4): Outlook desktop (and its
2000 variant with ``… Country`` instead of ``… Country/Region``), Outlook.com, the two "Outlook
CSV" shapes Google writes, Thunderbird in English, German and French, and Google's own legacy
and current layouts. Keys are folded with :func:`columns.fold_header`.

Localised Outlook headers live in ``headers_localised``.
"""

from __future__ import annotations

import re

from hrconnect.importers.contacts_csv.columns import (
    AddressPart,
    Column,
    Role,
    address,
    email,
    email_display,
    email_type,
    fold_header,
    folded,
    phone,
    plain,
    url,
)


def _outlook_addresses() -> dict[str, Column]:
    table: dict[str, Column] = {}
    for label, word in (("work", "business"), ("home", "home"), ("other", "other")):
        table.update(
            {
                f"{word} street": address(label, AddressPart.STREET),
                f"{word} street 2": address(label, AddressPart.STREET2),
                f"{word} street 3": address(label, AddressPart.STREET3),
                f"{word} address po box": address(label, AddressPart.PO_BOX),
                f"{word} city": address(label, AddressPart.CITY),
                f"{word} state": address(label, AddressPart.REGION),
                f"{word} postal code": address(label, AddressPart.POSTAL_CODE),
                f"{word} country/region": address(label, AddressPart.COUNTRY),
                # Outlook 2000 and Google's Outlook shapes say "Country".
                f"{word} country": address(label, AddressPart.COUNTRY),
                # Only Google's Outlook shapes have the whole block, often on several lines.
                f"{word} address": address(label, AddressPart.FORMATTED),
            }
        )
    return table


OUTLOOK_EN: dict[str, Column] = folded(
    {
        "title": plain(Role.PREFIX),
        "first name": plain(Role.GIVEN),
        "middle name": plain(Role.MIDDLE),
        "last name": plain(Role.FAMILY),
        "suffix": plain(Role.SUFFIX),
        "nickname": plain(Role.NICKNAME),
        "company": plain(Role.COMPANY),
        "department": plain(Role.DEPARTMENT),
        "job title": plain(Role.JOB_TITLE),
        "profession": plain(Role.PROFESSION),
        "birthday": plain(Role.BIRTHDAY),
        "notes": plain(Role.NOTES),
        "categories": plain(Role.CATEGORIES),
        "e-mail address": email(1),
        "e-mail type": email_type(1),
        "e-mail display name": email_display(1),
        "e-mail 2 address": email(2),
        "e-mail 2 type": email_type(2),
        "e-mail 2 display name": email_display(2),
        "e-mail 3 address": email(3),
        "e-mail 3 type": email_type(3),
        "e-mail 3 display name": email_display(3),
        "assistant's phone": phone("assistant"),
        "business fax": phone("fax"),
        "business phone": phone("work"),
        "business phone 2": phone("work"),
        "callback": phone("callback"),
        "car phone": phone("car"),
        "company main phone": phone("main"),
        "home fax": phone("fax"),
        "home phone": phone("home"),
        "home phone 2": phone("home"),
        "isdn": phone("isdn"),
        "mobile phone": phone("mobile"),
        "other fax": phone("fax"),
        "other phone": phone("other"),
        "pager": phone("pager"),
        "primary phone": phone("main"),
        "radio phone": phone("radio"),
        "tty/tdd phone": phone("tty"),
        "telex": phone("telex"),
        "web page": url(),
        "personal web page": url("home"),
        "imaddress": plain(Role.IM),
        **_outlook_addresses(),
    }
)
"""Outlook desktop, Outlook 2000, Outlook.com and Google's two Outlook-CSV shapes."""

OUTLOOK_EN_MARKERS = frozenset(
    fold_header(name)
    for name in {
        "e-mail address",
        "e-mail display name",
        "e-mail type",
        "job title",
        "business phone",
        "mobile phone",
        "home phone",
        "business street",
        "business country/region",
        "business country",
        "home street",
        "categories",
        "web page",
        "given yomi",
        "imaddress",
        "internet free busy",
    }
)
"""Columns only an Outlook-style export has: ``First Name``/``Last Name``/``Company`` alone are
also LinkedIn's, so at least one of these must be present."""


def _thunderbird_addresses() -> dict[str, Column]:
    table: dict[str, Column] = {}
    for label, word in (("home", "home"), ("work", "work")):
        table.update(
            {
                # In Thunderbird "Home Address" is the street line, not the whole block.
                f"{word} address": address(label, AddressPart.STREET),
                f"{word} address 2": address(label, AddressPart.STREET2),
                f"{word} city": address(label, AddressPart.CITY),
                f"{word} state": address(label, AddressPart.REGION),
                f"{word} zipcode": address(label, AddressPart.POSTAL_CODE),
                f"{word} country": address(label, AddressPart.COUNTRY),
            }
        )
    return table


THUNDERBIRD: dict[str, Column] = folded(
    {
        "first name": plain(Role.GIVEN),
        "last name": plain(Role.FAMILY),
        "display name": plain(Role.FULL_NAME),
        "nickname": plain(Role.NICKNAME),
        "primary email": email(1),
        "secondary email": email(2),
        "screen name": plain(Role.IM),
        "work phone": phone("work"),
        "home phone": phone("home"),
        "fax number": phone("fax"),
        "pager number": phone("pager"),
        "mobile number": phone("mobile"),
        "job title": plain(Role.JOB_TITLE),
        "department": plain(Role.DEPARTMENT),
        "organization": plain(Role.COMPANY),
        "web page 1": url(),
        "web page 2": url(),
        "birth year": plain(Role.BIRTH_YEAR),
        "birth month": plain(Role.BIRTH_MONTH),
        "birth day": plain(Role.BIRTH_DAY),
        "notes": plain(Role.NOTES),
        **_thunderbird_addresses(),
        # German Thunderbird (names as in roundcube's csv2vcard maps).
        "vorname": plain(Role.GIVEN),
        "nachname": plain(Role.FAMILY),
        "anzeigename": plain(Role.FULL_NAME),
        "spitzname": plain(Role.NICKNAME),
        "primäre e-mail-adresse": email(1),
        "sekundäre e-mail-adresse": email(2),
        "tel. dienstlich": phone("work"),
        "tel. privat": phone("home"),
        "fax-nummer": phone("fax"),
        "pager-nummer": phone("pager"),
        "mobil-tel.-nr.": phone("mobile"),
        "privat: adresse": address("home", AddressPart.STREET),
        "privat: ort": address("home", AddressPart.CITY),
        "privat: plz": address("home", AddressPart.POSTAL_CODE),
        "privat: land": address("home", AddressPart.COUNTRY),
        "dienstlich: adresse": address("work", AddressPart.STREET),
        "dienstlich: ort": address("work", AddressPart.CITY),
        "dienstlich: plz": address("work", AddressPart.POSTAL_CODE),
        "dienstlich: land": address("work", AddressPart.COUNTRY),
        "arbeitstitel": plain(Role.JOB_TITLE),
        "abteilung": plain(Role.DEPARTMENT),
        "organisation": plain(Role.COMPANY),
        "webseite 1": url(),
        "webseite 2": url(),
        "geburtsjahr": plain(Role.BIRTH_YEAR),
        "geburtsmonat": plain(Role.BIRTH_MONTH),
        # German Thunderbird's "Geburtstag" is the day of the month, not a whole date.
        "geburtstag": plain(Role.BIRTH_DAY),
        "notizen": plain(Role.NOTES),
        # French Thunderbird.
        "prénom": plain(Role.GIVEN),
        "nom": plain(Role.FAMILY),
        "nom à afficher": plain(Role.FULL_NAME),
        "surnom": plain(Role.NICKNAME),
        "adresse électronique principale": email(1),
        "adresse électronique secondaire": email(2),
        "tél. professionnel": phone("work"),
        "portable": phone("mobile"),
        "adresse privée": address("home", AddressPart.STREET),
        "adresse professionnelle": address("work", AddressPart.STREET),
        "site web 1": url(),
        "site web 2": url(),
        "année de naissance": plain(Role.BIRTH_YEAR),
        "mois": plain(Role.BIRTH_MONTH),
        "jour": plain(Role.BIRTH_DAY),
    }
)
"""Thunderbird's address-book export (one header shape, in three languages)."""

THUNDERBIRD_MARKERS = frozenset(
    fold_header(name)
    for name in ("primary email", "primäre e-mail-adresse", "adresse électronique principale")
)

GOOGLE_SCALARS: dict[str, Column] = {
    "name": plain(Role.FULL_NAME),
    "given name": plain(Role.GIVEN),
    "first name": plain(Role.GIVEN),
    "additional name": plain(Role.MIDDLE),
    "middle name": plain(Role.MIDDLE),
    "family name": plain(Role.FAMILY),
    "last name": plain(Role.FAMILY),
    "name prefix": plain(Role.PREFIX),
    "name suffix": plain(Role.SUFFIX),
    "nickname": plain(Role.NICKNAME),
    "file as": plain(Role.FILE_AS),
    "occupation": plain(Role.PROFESSION),
    "birthday": plain(Role.BIRTHDAY),
    "notes": plain(Role.NOTES),
    "group membership": plain(Role.CATEGORIES),
    "labels": plain(Role.CATEGORIES),
}
"""Google's columns that are not part of a numbered group."""

GOOGLE_GROUP = re.compile(r"^(?P<group>.+?) (?P<number>\d+) - (?P<attribute>.+)$")
"""``E-mail 2 - Value``: group ``e-mail``, number 2, attribute ``value``."""

GOOGLE_UNNUMBERED_ORGANIZATION = {
    "organization name": "name",
    "organization title": "title",
    "organization department": "department",
}
"""The current layout has one organization without a number."""

GOOGLE_GROUPS = frozenset({"e-mail", "phone", "address", "organization", "website", "im"})
"""Numbered groups we read; others (Relation, Event, Custom Field, External ID) stay raw only."""

GOOGLE_ADDRESS_PARTS = {
    "formatted": AddressPart.FORMATTED,
    "street": AddressPart.STREET,
    "extended address": AddressPart.EXTENDED,
    "po box": AddressPart.PO_BOX,
    "city": AddressPart.CITY,
    "region": AddressPart.REGION,
    "postal code": AddressPart.POSTAL_CODE,
    "country": AddressPart.COUNTRY,
}

GOOGLE_LEGACY_MARKERS = frozenset(
    {"given name", "family name", "additional name", "group membership"}
)
GOOGLE_CURRENT_MARKERS = frozenset(
    {"labels", "file as", "organization name", "phonetic first name"}
)
