# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""English Outlook CSV (desktop, 2000, Outlook.com), Google's Outlook shapes and Thunderbird."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import Employment, ProblemSeverity

if TYPE_CHECKING:
    from pathlib import Path

DESKTOP_US = "outlook-desktop-en-us-dates.csv"
DESKTOP_GB = "outlook-desktop-en-gb-day-first-dates.csv"
EXCHANGE = "outlook-exchange-x500-addresses.csv"
THUNDERBIRD = "thunderbird-trailing-comma-birth-parts.csv"


def _outlook_file(
    tmp_path: Path, rows: list[tuple[str, str, str]], name: str = "contacts.csv"
) -> Path:
    """A minimal English Outlook desktop export with the given (first, last, birthday) rows."""
    header = ["First Name", "Last Name", "E-mail Address", "E-mail Type", "Birthday"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for first, last, birthday in rows:
        writer.writerow([first, last, f"{first.lower()}@example.com", "SMTP", birthday])
    path = tmp_path / name
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path


def test_desktop_layout_is_outlook_csv_with_outlook_records(import_fixture):
    result = import_fixture(DESKTOP_US)

    assert result.format_id == "outlook-csv"
    assert {r.kind for r in result.records} == {SourceKind.OUTLOOK}
    assert "layout:outlook_desktop" in result.summary.notes


def test_desktop_columns_map_to_names_job_and_labelled_points(import_fixture):
    result = import_fixture(DESKTOP_US)
    aisha = result.record("name:aisha bello#0")

    assert aisha.employments == (
        Employment(
            company="Northwind Health", title="Head of Talent", department="People", is_current=True
        ),
    )
    assert result.points(aisha.source_key, ContactKind.PHONE) == [
        ("(217) 555-0102", "fax", False),
        ("(217) 555-0101", "work", False),
        ("(217) 555-0199", "mobile", False),
    ]
    assert result.points(aisha.source_key, ContactKind.EMAIL) == [
        ("aisha.bello@northwind.example", "", False)
    ]
    assert result.points(aisha.source_key, ContactKind.URL) == [
        ("https://www.linkedin.com/in/aisha-bello", "linkedin", False)
    ]
    assert result.points(aisha.source_key, ContactKind.ADDRESS) == [
        ("100 Main St, Suite 4, 62701 Springfield, IL, United States of America", "work", False)
    ]
    assert aisha.categories == ("Recruiters", "Business")
    assert aisha.note == "Prefers calls\nafter 10am."


def test_prefix_and_suffix_are_kept_apart_from_the_name(import_fixture):
    tom = import_fixture(DESKTOP_US).record("name:tom okafor#0")

    assert (tom.prefix, tom.given_name, tom.family_name, tom.suffix) == (
        "Mr.",
        "Tom",
        "Okafor",
        "Jr.",
    )
    assert tom.full_name == "Tom Okafor"


def test_profession_fills_an_empty_job_title(import_fixture):
    tom = import_fixture(DESKTOP_US).record("name:tom okafor#0")

    assert tom.employments == (
        Employment(company="Fabrikam Inc.", title="Recruiter", is_current=True),
    )


def test_multi_line_cells_with_crlf_move_the_next_row_down(import_fixture):
    result = import_fixture(DESKTOP_US)

    assert [(r.source_key, r.locator.position) for r in result.records] == [
        ("name:aisha bello#0", "line 2"),
        ("name:tom okafor#0", "line 5"),
        ("phone:2175550000#0", "line 6"),
    ]
    assert result.problems_of(ProblemSeverity.SKIPPED) == [("empty_row", "line 7")]


def test_a_row_with_only_a_company_and_a_phone_is_keyed_by_the_phone(import_fixture):
    reception = import_fixture(DESKTOP_US).record("phone:2175550000#0")

    assert reception.full_name == ""
    assert reception.employments[0].company == "Contoso Reception"


def test_outlook_zero_dates_are_no_birthday_and_no_problem(import_fixture):
    result = import_fixture(DESKTOP_US)

    assert result.record("name:aisha bello#0").birthday is not None
    assert result.record("phone:2175550000#0").birthday is None
    assert result.problems_of(ProblemSeverity.WARNING) == []


@pytest.mark.parametrize(
    "empty", ["0/0/00", "0.0.00", "0-0-00", "00.00.0000", "0000-00-00 00:00:00", "  "]
)
def test_every_spelling_of_an_empty_date_is_silent(tmp_path, import_path, empty):
    result = import_path(_outlook_file(tmp_path, [("Ada", "Obi", empty)]))

    assert result.record("name:ada obi#0").birthday is None
    assert result.problems == []
    assert not [note for note in result.summary.notes if note.startswith("date_order:")]


@pytest.mark.parametrize(
    ("fixture", "key", "birthday", "note"),
    [
        (DESKTOP_US, "name:aisha bello#0", PartialDate(1980, 5, 3), "date_order:month_first"),
        (DESKTOP_US, "name:tom okafor#0", PartialDate(1980, 3, 22), "date_order:month_first"),
        (DESKTOP_GB, "name:oliver hughes#0", PartialDate(1980, 3, 5), "date_order:day_first"),
        (DESKTOP_GB, "name:grace ward#0", PartialDate(1981, 3, 22), "date_order:day_first"),
    ],
)
def test_english_dates_follow_the_order_the_file_proves(
    import_fixture, fixture, key, birthday, note
):
    result = import_fixture(fixture)

    assert result.record(key).birthday == birthday
    assert note in result.summary.notes


def test_an_english_file_of_only_ambiguous_dates_is_read_month_first(tmp_path, import_path):
    result = import_path(_outlook_file(tmp_path, [("Ada", "Obi", "05/03/1980")]))

    assert result.record("name:ada obi#0").birthday == PartialDate(1980, 5, 3)
    assert "date_order:month_first" in result.summary.notes


def test_a_first_number_above_twelve_makes_the_whole_file_day_first(tmp_path, import_path):
    rows = [("Ada", "Obi", "04/07/1975"), ("Ben", "Ode", "31/12/1990")]
    result = import_path(_outlook_file(tmp_path, rows))

    assert result.record("name:ada obi#0").birthday == PartialDate(1975, 7, 4)
    assert result.record("name:ben ode#0").birthday == PartialDate(1990, 12, 31)


def test_exchange_x500_paths_never_become_contact_points(import_fixture):
    result = import_fixture(EXCHANGE)

    values = [p.value for r in result.records for p in r.contact_points]
    assert not any(v.casefold().startswith("/o=") for v in values)
    assert "exchange_paths_dropped:3" in result.summary.notes


def test_an_exchange_slot_falls_back_to_the_address_in_its_display_name(import_fixture):
    result = import_fixture(EXCHANGE)

    assert result.points("name:sanne de vries#0", ContactKind.EMAIL) == [
        ("sanne.devries@brabant.example", "", False),
        ("sanne@example.nl", "", False),
    ]


def test_an_exchange_slot_without_an_address_leaves_the_next_slot(import_fixture):
    result = import_fixture(EXCHANGE)

    assert result.points("name:pieter jansen#0", ContactKind.EMAIL) == [
        ("pieter.jansen@contoso.example", "", False)
    ]


def test_a_row_whose_only_address_is_an_exchange_path_is_skipped(import_fixture):
    result = import_fixture(EXCHANGE)

    assert result.problems_of(ProblemSeverity.SKIPPED) == [("empty_row", "line 4")]


def test_outlook_2000_country_columns_make_the_address(import_fixture):
    result = import_fixture("outlook-2000-country-columns.csv")

    assert "layout:outlook_2000" in result.summary.notes
    assert result.points("name:hannah peeters#0", ContactKind.ADDRESS) == [
        ("Meir 1, 2000 Antwerpen, Belgium", "home", False)
    ]


def test_outlook_com_layout_reads_nickname_im_and_personal_page(import_fixture):
    result = import_fixture("outlook-com-live-header.csv")
    elif_ = result.record("name:elif yilmaz#0")

    assert "layout:outlook_com" in result.summary.notes
    assert elif_.nickname == "Eli"
    assert elif_.birthday == PartialDate(1990, 4, 30)
    assert result.points(elif_.source_key, ContactKind.IM) == [("elif.y@im.example", "", False)]
    assert result.points(elif_.source_key, ContactKind.URL) == [
        ("https://elif.example", "home", False)
    ]
    # The same address in another case is one contact point.
    assert result.points(elif_.source_key, ContactKind.EMAIL) == [
        ("elif.yilmaz@example.com", "", False)
    ]


def test_google_outlook_short_shape_splits_categories_on_semicolons(import_fixture):
    result = import_fixture("google-outlook-short-categories.csv")

    assert result.format_id == "outlook-csv"
    assert "layout:google_outlook_short" in result.summary.notes
    assert result.record("name:chiara rossi#0").categories == ("Recruiters",)
    assert result.points("name:chiara rossi#0", ContactKind.ADDRESS) == [
        ("Via Roma 1, 20121 Milano, Italy", "home", False)
    ]
    assert result.record("email:only.an.address@example.it#0").categories == ()


def test_google_outlook_long_shape_reads_the_formatted_business_address(import_fixture):
    result = import_fixture("google-outlook-long-internet-free-busy.csv")

    assert "layout:google_outlook_long" in result.summary.notes
    assert result.points("name:noah dubois#0", ContactKind.ADDRESS) == [
        ("12 rue de Rivoli, 75001 Paris, France", "work", False)
    ]
    assert result.record("name:noah dubois#0").categories == ("Candidates",)


def test_thunderbird_export_is_claimed_as_outlook_csv(import_fixture):
    result = import_fixture(THUNDERBIRD)

    assert result.format_id == "outlook-csv"
    assert "layout:thunderbird" in result.summary.notes
    assert result.summary.items == 2


@pytest.mark.parametrize(
    ("key", "birthday"),
    [
        ("name:ines moreau (tailspin)#0", PartialDate(1984, 6, 9)),
        ("name:bram claes#0", PartialDate(None, 12, 31)),
    ],
)
def test_thunderbird_birthday_parts_make_a_partial_date(import_fixture, key, birthday):
    assert import_fixture(THUNDERBIRD).record(key).birthday == birthday


def test_thunderbird_display_name_and_street_lines(import_fixture):
    result = import_fixture(THUNDERBIRD)
    ines = result.record("name:ines moreau (tailspin)#0")

    assert (ines.full_name, ines.given_name, ines.family_name) == (
        "Ines Moreau (Tailspin)",
        "Ines",
        "Moreau",
    )
    assert result.points(ines.source_key, ContactKind.ADDRESS) == [
        ("5 avenue Foch, 69006 Lyon, France", "home", False)
    ]
    assert result.points(ines.source_key, ContactKind.URL) == [
        ("https://www.linkedin.com/in/ines-moreau", "linkedin", False)
    ]


def test_thunderbird_row_with_only_a_birthday_is_skipped(import_fixture):
    result = import_fixture(THUNDERBIRD)

    assert result.problems_of(ProblemSeverity.SKIPPED) == [("empty_row", "line 4")]


def test_german_thunderbird_reads_geburtstag_as_the_day_of_the_month(tmp_path, import_path):
    path = tmp_path / "adressbuch.csv"
    path.write_text(
        "Vorname,Nachname,Anzeigename,Primäre E-Mail-Adresse,Geburtsjahr,Geburtsmonat,Geburtstag,\n"
        "Lena,Schulz,,lena.schulz@example.de,1991,4,17,\n",
        encoding="utf-8",
    )

    result = import_path(path)

    assert "layout:thunderbird" in result.summary.notes
    assert result.record("name:lena schulz#0").birthday == PartialDate(1991, 4, 17)


@pytest.mark.parametrize(("year", "month", "day"), [("1970", "13", "40"), ("19x0", "1", "2")])
def test_impossible_thunderbird_birthday_parts_are_a_warning(
    tmp_path, import_path, year, month, day
):
    path = tmp_path / "abook.csv"
    path.write_text(
        "First Name,Last Name,Primary Email,Birth Year,Birth Month,Birth Day,Notes,\n"
        f"Lena,Schulz,lena@example.de,{year},{month},{day},,\n",
        encoding="utf-8",
    )

    result = import_path(path)

    assert result.record("name:lena schulz#0").birthday is None
    assert result.problems_of(ProblemSeverity.WARNING) == [("bad_birthday", "line 2")]
