# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Google Contacts CSV (current layout) and Outlook desktop CSV (English and Dutch).

Google (FORMATS.md §4.2): UTF-8 without BOM, CRLF rows, minimal quoting, numbered ``E-mail N``
and ``Phone N`` groups only as many as needed, several values of one label in one cell joined
by `` ::: ``, the primary label marked ``* Work``, ``Labels`` such as ``* myContacts :::
Ex-colleagues``, multi-line ``Notes`` and ``Address 1 - Formatted`` cells, year-less birthdays
as ``--MM-DD``.

Outlook desktop (§4.4): every field quoted (empty ones too), CRLF, Windows-1252 with ``?`` for
characters outside it, ``0/0/00`` for empty dates, ``Unspecified``/``Normal``/``False``
defaults, ``E-mail Display Name`` as ``Name (address)``, a few Exchange ``EX`` X.500 addresses.
The Dutch variant uses the localised header (columns after ``Telex`` sorted alphabetically in
Dutch, as Outlook does), ``;`` as separator, ``0-0-00`` and ``22-3-1980`` dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.synth.csvtext import CsvDoc
from tests.synth.truth import TruthRecord
from tests.synth.variants import format_phone

if TYPE_CHECKING:
    import random
    from collections.abc import Sequence
    from pathlib import Path

    from tests.synth.corruption import View
    from tests.synth.population import TruePerson


def _columns(header_line: str, separator: str = ",") -> list[str]:
    """Column names from a header written as the file writes it (easier to compare with exports)."""
    return header_line.split(separator)


GOOGLE_BASE = _columns(
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels"
)
GOOGLE_ADDRESS = [
    f"Address 1 - {part}"
    for part in (
        "Label",
        "Formatted",
        "Street",
        "City",
        "PO Box",
        "Region",
        "Postal Code",
        "Country",
        "Extended Address",
    )
]
OUTLOOK_EN = _columns(
    "Title|First Name|Middle Name|Last Name|Suffix|Company|Department|Job Title|Business Street|"
    "Business Street 2|Business Street 3|Business City|Business State|Business Postal Code|"
    "Business Country/Region|Home Street|Home Street 2|Home Street 3|Home City|Home State|"
    "Home Postal Code|Home Country/Region|Other Street|Other Street 2|Other Street 3|Other City|"
    "Other State|Other Postal Code|Other Country/Region|Assistant's Phone|Business Fax|"
    "Business Phone|Business Phone 2|Callback|Car Phone|Company Main Phone|Home Fax|Home Phone|"
    "Home Phone 2|ISDN|Mobile Phone|Other Fax|Other Phone|Pager|Primary Phone|Radio Phone|"
    "TTY/TDD Phone|Telex|Account|Anniversary|Assistant's Name|Billing Information|Birthday|"
    "Business Address PO Box|Categories|Children|Directory Server|E-mail Address|E-mail Type|"
    "E-mail Display Name|E-mail 2 Address|E-mail 2 Type|E-mail 2 Display Name|E-mail 3 Address|"
    "E-mail 3 Type|E-mail 3 Display Name|Gender|Government ID Number|Hobby|Home Address PO Box|"
    "Initials|Internet Free Busy|Keywords|Language|Location|Manager's Name|Mileage|Notes|"
    "Office Location|Organizational ID Number|Other Address PO Box|Priority|Private|Profession|"
    "Referred By|Sensitivity|Spouse|User 1|User 2|User 3|User 4|Web Page",
    "|",
)
OUTLOOK_NL = _columns(
    "Titel|Voornaam|Middelste naam|Achternaam|Achtervoegsel|Bedrijf|Afdeling|Functie|"
    "Werkadres, straat|Werkadres 2, straat|Werkadres 3, straat|Werkadres, plaats|"
    "Werkadres, provincie|Werkadres, postcode|Land/regio (werk)|Huisadres, straat|"
    "Huisadres, straat 2|Huisadres, straat 3|Huisadres, plaats|Huisadres, provincie|"
    "Huisadres, postcode|Land/regio (thuis)|Ander adres, straat|Ander adres, straat 2|"
    "Ander adres, straat 3|Ander adres, plaats|Ander adres, provincie|Ander adres, postcode|"
    "Land/regio (anders)|Telefoon assistent|Fax op werk|Telefoon op werk|Telefoon op werk 2|"
    "Terugbellen|Autotelefoon|Hoofdtelefoon bedrijf|Fax thuis|Telefoon thuis|Telefoon thuis 2|"
    "ISDN|Mobiele telefoon|Andere fax|Andere telefoon|Pager|Hoofdtelefoon|Radiotelefoon|"
    "Teksttelefoon|Telex|Account|Adreslijstserver|Ander adres, postbusnummer|Beroep|"
    "Categorieën|E-mailadres|E-mailtype|Weergavenaam voor e-mail|E-mailadres 2|E-mailtype 2|"
    "E-mail, weergegeven naam 2|E-mailadres 3|E-mailtype 3|E-mail, weergegeven naam 3|"
    "Factuurinformatie|Gebruiker 1|Gebruiker 2|Gebruiker 3|Gebruiker 4|Geslacht|Gevoeligheid|"
    "Hobby's|Huisadres, postbusnummer|Initialen|Internet Beschikbaarheidsinfo|Kantoorlocatie|"
    "Kinderen|Locatie|Naam assistent|Naam manager|Notities|Organisatie-id|Partner|Prioriteit|"
    "Privé|Referentie van|Reisafstand|Sofinummer|Speciale datum|Taal|Trefwoorden|Verjaardag|"
    "Webpagina|Werkadres, postbusnummer",
    "|",
)
_TO_DUTCH = {
    "First Name": "Voornaam",
    "Middle Name": "Middelste naam",
    "Last Name": "Achternaam",
    "Company": "Bedrijf",
    "Job Title": "Functie",
    "Business Street": "Werkadres, straat",
    "Business City": "Werkadres, plaats",
    "Business Postal Code": "Werkadres, postcode",
    "Business Country/Region": "Land/regio (werk)",
    "Business Phone": "Telefoon op werk",
    "Company Main Phone": "Hoofdtelefoon bedrijf",
    "Mobile Phone": "Mobiele telefoon",
    "Categories": "Categorieën",
    "E-mail Address": "E-mailadres",
    "E-mail Type": "E-mailtype",
    "E-mail Display Name": "Weergavenaam voor e-mail",
    "E-mail 2 Address": "E-mailadres 2",
    "E-mail 2 Type": "E-mailtype 2",
    "E-mail 2 Display Name": "E-mail, weergegeven naam 2",
    "Initials": "Initialen",
    "Notes": "Notities",
    "Birthday": "Verjaardag",
    "Web Page": "Webpagina",
}
_DEFAULTS = {
    "en": {
        "Anniversary": "0/0/00",
        "Birthday": "0/0/00",
        "Gender": "Unspecified",
        "Priority": "Normal",
        "Private": "False",
        "Sensitivity": "Normal",
    },
    "nl": {
        "Speciale datum": "0-0-00",
        "Verjaardag": "0-0-00",
        "Geslacht": "Niet-gespecificeerd",
        "Prioriteit": "Normaal",
        "Privé": "Onwaar",
        "Gevoeligheid": "Normaal",
    },
}
_GOOGLE_LABELS = {"colleague": "Ex-colleagues", "personal": "Friends", "professional": "Network"}


def written_name(view: View) -> str:
    """The name as the row spells it: first, middle and last name fields joined by spaces."""
    return " ".join(part for part in (view.given, view.middle, view.family) if part)


def _google_row(view: View, circle: str, emails: int, phones: int, rng: random.Random) -> list[str]:
    labels = ["* myContacts"]
    if rng.random() < 0.05:
        labels.insert(0, "* starred")
    if rng.random() < 0.7:
        labels.append(_GOOGLE_LABELS[circle])
    if "Recruit" in view.title and rng.random() < 0.8:
        labels.append("Recruiters")
    bday = ""
    if view.birthday:
        year, month, day = view.birthday
        bday = f"--{month:02d}-{day:02d}" if year is None else f"{year}-{month:02d}-{day:02d}"
    file_as = view.display if "last_first" in view.applied and view.family else ""
    row = [
        view.given,
        view.middle,
        view.family,
        "",
        "",
        "",
        "",
        "",
        "",
        file_as,
        view.company,
        view.title,
        "",
        bday,
        view.note,
        "",
        " ::: ".join(labels),
    ]
    grouped: dict[str, list[str]] = {}
    for label, address in view.emails:
        grouped.setdefault({"work": "Work", "home": "Home"}.get(label, "Other"), []).append(address)
    cells: list[str] = []
    for index, (label, addresses) in enumerate(grouped.items()):
        cells += [("* " if index == 0 else "") + label, " ::: ".join(addresses)]
    row += cells + [""] * (2 * emails - len(cells))
    cells = []
    for label, number in view.phones:
        cells += ["Mobile" if label == "cell" else "Work", format_phone(number, rng)]
    row += cells + [""] * (2 * phones - len(cells))
    postal = [""] * len(GOOGLE_ADDRESS)
    company = view.job.company if view.job else None
    if company is not None and rng.random() < 0.12:
        country = "België" if company.country == "BE" else "Nederland"
        formatted = f"{company.street}\n{company.postcode} {company.city}\n{country}"
        postal = [
            "Work",
            formatted,
            company.street,
            company.city,
            "",
            "",
            company.postcode,
            country,
            "",
        ]
    website = ["Profile", view.linkedin_url] if view.linkedin_url else ["", ""]
    return row + postal + website


def write_google_csv(
    folder: Path, file_name: str, rows: Sequence[tuple[TruePerson, View]], rng: random.Random
) -> list[TruthRecord]:
    """Write a Google Contacts CSV; returns a truth record per row (``line N``)."""
    emails = max((len({lbl for lbl, _ in v.emails}) for _, v in rows), default=1) or 1
    phones = max((len(v.phones) for _, v in rows), default=1) or 1
    header = list(GOOGLE_BASE)
    for index in range(1, emails + 1):
        header += [f"E-mail {index} - Label", f"E-mail {index} - Value"]
    for index in range(1, phones + 1):
        header += [f"Phone {index} - Label", f"Phone {index} - Value"]
    header += [*GOOGLE_ADDRESS, "Website 1 - Label", "Website 1 - Value"]
    doc = CsvDoc(newline="\r\n")
    doc.row(header)
    records = []
    for person, view in rows:
        line = doc.row(_google_row(view, person.circle, emails, phones, rng))
        records.append(
            TruthRecord(
                file_name,
                None,
                f"line {line}",
                person.pid,
                "google",
                written_name(view),
                tuple(view.applied),
            )
        )
    (folder / file_name).write_bytes(doc.text().encode("utf-8"))
    return records


def _outlook_values(view: View, circle: str, rng: random.Random, language: str) -> dict[str, str]:
    values = {
        "First Name": view.given,
        "Middle Name": view.middle,
        "Last Name": view.family,
        "Company": view.company,
        "Job Title": view.title,
        "Notes": view.note.replace("\n", "\r\n"),
    }
    for index, (label, address) in enumerate(view.emails[:2]):
        prefix = "E-mail" if index == 0 else "E-mail 2"
        shown = f"{view.display} ({address})"
        kind = "SMTP"
        if label == "work" and circle == "colleague" and rng.random() < 0.08:
            address = (
                "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/"
                f"cn=Recipients/cn={rng.getrandbits(128):032x}-{address.split('@')[0]}"
            )
            kind, shown = "EX", view.display
        values |= {
            f"{prefix} Address": address,
            f"{prefix} Type": kind,
            f"{prefix} Display Name": shown,
        }
    for label, number in view.phones:
        column = (
            "Mobile Phone"
            if label == "cell"
            else rng.choice(("Business Phone", "Company Main Phone"))
        )
        values[column] = format_phone(number, rng)
    if view.birthday and view.birthday[0] is not None:
        year, month, day = view.birthday
        values["Birthday"] = (
            f"{month}/{day}/{year}" if language == "en" else f"{day}-{month}-{year}"
        )
    if "initials" in view.applied:
        values["Initials"] = view.given
    if view.job and rng.random() < 0.3:
        company = view.job.company
        values |= {
            "Business Street": company.street,
            "Business City": company.city,
            "Business Postal Code": company.postcode,
            "Business Country/Region": "België" if company.country == "BE" else "Nederland",
        }
    if circle == "colleague":
        values["Categories"] = "Ex-collega's" if language == "nl" else "Ex-colleagues"
    if view.linkedin_url:
        values["Web Page"] = view.linkedin_url
    return values


def write_outlook_csv(
    folder: Path,
    file_name: str,
    rows: Sequence[tuple[TruePerson, View]],
    rng: random.Random,
    language: str = "en",
) -> list[TruthRecord]:
    """Write an Outlook desktop CSV in ``language`` ``en`` (``,``) or ``nl`` (``;``), cp1252."""
    header = OUTLOOK_EN if language == "en" else OUTLOOK_NL
    doc = CsvDoc(newline="\r\n", delimiter="," if language == "en" else ";", quote_all=True)
    doc.row(header)
    records = []
    for person, view in rows:
        values = dict(_DEFAULTS[language])
        for key, value in _outlook_values(view, person.circle, rng, language).items():
            values[key if language == "en" else _TO_DUTCH.get(key, key)] = value
        line = doc.row([values.get(column, "") for column in header])
        records.append(
            TruthRecord(
                file_name,
                None,
                f"line {line}",
                person.pid,
                "outlook",
                written_name(view).encode("cp1252", errors="replace").decode("cp1252"),
                tuple(view.applied),
            )
        )
    (folder / file_name).write_bytes(doc.text().encode("cp1252", errors="replace"))
    return records
