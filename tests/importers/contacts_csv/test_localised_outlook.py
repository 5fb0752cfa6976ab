# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Outlook CSV written by a German, French or Dutch Outlook (names, encodings, dates)."""

from __future__ import annotations

import csv

import pytest

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import ContactKind
from hrconnect.core.records import Employment

GERMAN = "outlook-de-cp1252-semicolon.csv"
FRENCH = "outlook-fr-titre-twice.csv"
DUTCH = "outlook-nl-day-first-dates.csv"


@pytest.mark.parametrize(
    ("fixture", "key", "names", "job", "email", "birthday", "layout"),
    [
        (
            GERMAN,
            "name:jurgen muller#0",
            ("Frau", "Jürgen", "Müller"),
            Employment(
                "Fabrikam GmbH", "Leiterin Recruiting", is_current=True, department="Personal"
            ),
            "j.mueller@fabrikam.example",
            PartialDate(1980, 3, 5),
            "layout:outlook_de",
        ),
        (
            FRENCH,
            "name:camille lefevre#0",
            ("Mme", "Camille", "Lefèvre"),
            Employment("Tailspin SA", "Responsable des talents", is_current=True, department="RH"),
            "camille.lefevre@tailspin.example",
            PartialDate(1982, 3, 5),
            "layout:outlook_fr",
        ),
        (
            DUTCH,
            "name:sanne van den berg#0",
            ("", "Sanne", "van den Berg"),
            Employment(
                "Brabant Verzekeringen NV", "HR-adviseur", is_current=True, department="P&O"
            ),
            "sanne.vandenberg@brabant.example",
            PartialDate(1983, 3, 5),
            "layout:outlook_nl",
        ),
    ],
)
def test_localised_headers_map_like_the_english_ones(
    import_fixture, fixture, key, names, job, email, birthday, layout
):
    result = import_fixture(fixture)
    record = result.record(key)

    assert result.format_id == "outlook-csv"
    assert layout in result.summary.notes
    assert (record.prefix, record.given_name, record.family_name) == names
    assert record.employments == (job,)
    assert result.points(key, ContactKind.EMAIL) == [(email, "", False)]
    # Localised Outlook writes the machine's day-first short date.
    assert record.birthday == birthday
    assert "date_order:day_first" in result.summary.notes


def test_german_cp1252_semicolon_file_keeps_accents_and_sharp_s(import_fixture):
    result = import_fixture(GERMAN)
    record = result.record("name:jurgen muller#0")

    assert {"decoded_cp1252", "semicolon_delimited"} <= set(result.summary.notes)
    assert record.full_name == "Jürgen Müller"
    assert result.points(record.source_key, ContactKind.ADDRESS) == [
        ("Königstraße 5, 80331 München, Deutschland", "work", False)
    ]
    assert result.points(record.source_key, ContactKind.PHONE) == [
        ("+49 89 000000", "work", False),
        ("+49 170 0000000", "mobile", False),
    ]
    assert record.categories == ("Kandidaten", "Geschäftlich")
    assert record.note == "Größe: L\nSpricht Französisch."
    assert result.record("name:soren weiss#0").full_name == "Sören Weiß"


def test_german_zero_dates_are_no_birthday(import_fixture):
    result = import_fixture(GERMAN)

    assert result.record("name:soren weiss#0").birthday is None
    assert result.problems == []


def test_french_bom_semicolon_file_with_two_titre_columns(import_fixture):
    result = import_fixture(FRENCH)
    record = result.record("name:camille lefevre#0")

    assert "semicolon_delimited" in result.summary.notes
    assert result.points(record.source_key, ContactKind.PHONE) == [
        ("+32 470 00 00 00", "mobile", False)
    ]
    assert result.points(record.source_key, ContactKind.ADDRESS) == [
        ("8 rue Neuve, 1000 Bruxelles, Belgique", "work", False)
    ]
    assert record.categories == ("Candidats",)


@pytest.mark.parametrize(
    ("header", "prefix", "title"),
    [
        ("Prénom;Nom;Société;Titre;Adresse de messagerie", "", "Directrice RH"),
        ("Titre;Prénom;Nom;Société;Adresse de messagerie", "Directrice RH", ""),
    ],
)
def test_a_single_french_titre_is_the_job_title_only_after_the_company(
    tmp_path, import_path, header, prefix, title
):
    values = {"Prénom": "Léa", "Nom": "Roux", "Société": "Tailspin SA", "Titre": "Directrice RH"}
    values["Adresse de messagerie"] = "lea.roux@tailspin.example"
    row = ";".join(values[name] for name in header.split(";"))
    path = tmp_path / "contacts.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")

    record = import_path(path).record("name:lea roux#0")

    assert record.prefix == prefix
    assert record.employments == (Employment("Tailspin SA", title, is_current=True),)


def test_dutch_header_names_with_commas_are_read_from_a_quoted_header(import_fixture):
    result = import_fixture(DUTCH)

    assert result.points("name:sanne van den berg#0", ContactKind.ADDRESS) == [
        ("Stationsplein 1, 5611 AB Eindhoven, Nederland", "work", False)
    ]
    assert result.record("name:sanne van den berg#0").note == "Gesproken op\nHR-beurs."


def test_dutch_header_names_with_commas_survive_a_semicolon_re_save(
    csv_fixtures, tmp_path, import_path
):
    with (csv_fixtures / DUTCH).open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(source))
    path = tmp_path / "contactpersonen.csv"
    with path.open("w", encoding="utf-8", newline="") as target:
        # Excel in a Dutch locale writes ";" and leaves "Werkadres, straat" unquoted.
        csv.writer(target, delimiter=";", lineterminator="\r\n").writerows(rows)
    assert "Werkadres, straat;" in path.read_text(encoding="utf-8")

    result = import_path(path)

    assert "layout:outlook_nl" in result.summary.notes
    assert result.record("name:daan smit#0").employments == ()
    assert result.points("name:daan smit#0", ContactKind.PHONE) == [
        ("+31 40 000 0000", "work", False)
    ]


def test_dutch_zero_dates_are_no_birthday(import_fixture):
    result = import_fixture(DUTCH)

    assert result.record("name:daan smit#0").birthday is None
    assert result.problems == []
