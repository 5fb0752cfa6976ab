# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Google Contacts CSV, legacy and current layouts, read through the public reader."""

from __future__ import annotations

import csv

import pytest

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import Employment, ProblemSeverity

LEGACY = "google-legacy-multivalue-multiline.csv"
CURRENT = "google-current-labels-yearless-birthday.csv"


def test_legacy_layout_is_google_csv_with_google_records(import_fixture):
    result = import_fixture(LEGACY)

    assert result.format_id == "google-csv"
    assert {r.kind for r in result.records} == {SourceKind.GOOGLE}
    assert result.summary.format_id == "google-csv"
    assert result.summary.items == 4
    assert "layout:google_legacy" in result.summary.notes


def test_legacy_layout_reads_names_job_birthday_and_note(import_fixture):
    priya = import_fixture(LEGACY).record("name:priya raman#0")

    assert (priya.full_name, priya.given_name, priya.family_name) == (
        "Priya Raman",
        "Priya",
        "Raman",
    )
    assert priya.employments == (
        Employment(
            company="Northwind Health",
            title="Director, People Operations",
            department="HR",
            is_current=True,
        ),
    )
    assert priya.birthday == PartialDate(None, 7, 14)
    assert priya.note == "Met at HR Tech Europe.\nFollow up about the\nQ3 leadership programme."


def test_multi_values_become_separate_points_and_only_the_first_starred_one_is_preferred(
    import_fixture,
):
    result = import_fixture(LEGACY)

    assert result.points("name:priya raman#0", ContactKind.EMAIL) == [
        ("priya.raman@northwind.example", "work", True),
        ("p.raman@example.net", "work", False),
        ("priya@example.org", "home", False),
    ]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (
            ContactKind.PHONE,
            [("+32 475 12 34 56", "mobile", False), ("+32 9 123 45 67", "work fax", False)],
        ),
        (ContactKind.IM, [("priya.raman.nw", "skype", False)]),
        (
            ContactKind.URL,
            [("https://www.linkedin.com/in/priya-raman-4b21a7", "linkedin", False)],
        ),
        (ContactKind.ADDRESS, [("Kerkstraat 12, Bus 3, 9000 Gent, Belgium", "home", False)]),
    ],
)
def test_legacy_groups_become_labelled_contact_points(import_fixture, kind, expected):
    assert import_fixture(LEGACY).points("name:priya raman#0", kind) == expected


def test_photo_urls_are_kept_raw_but_never_become_contact_points(import_fixture):
    priya = import_fixture(LEGACY).record("name:priya raman#0")

    assert ("Photo", "https://lh3.googleusercontent.com/-synthetic/photo.jpg") in priya.raw
    assert all("googleusercontent" not in p.value for p in priya.contact_points)
    assert priya.photo is None


@pytest.mark.parametrize(
    ("fixture", "key", "expected"),
    [
        (LEGACY, "name:priya raman#0", ("Recruiters",)),
        (LEGACY, "name:jonas weber#0", ()),
        (CURRENT, "name:mei tanaka#0", ("Ex-colleagues",)),
        (CURRENT, "name:lukas peter novak#0", ("Recruiters",)),
    ],
)
def test_system_and_generated_labels_are_left_out_of_categories(
    import_fixture, fixture, key, expected
):
    assert import_fixture(fixture).record(key).categories == expected


def test_raw_pairs_keep_the_labels_as_exported(import_fixture):
    priya = import_fixture(LEGACY).record("name:priya raman#0")

    assert (
        "Group Membership",
        "* My Contacts ::: Recruiters ::: Imported on 3/4/15 ::: * Starred",
    ) in priya.raw


def test_multi_line_cells_stay_whole_and_later_rows_start_further_down(import_fixture):
    result = import_fixture(LEGACY)

    located = [(r.source_key, r.locator.position) for r in result.records]
    assert located == [
        ("name:priya raman#0", "line 2"),
        ("name:jonas weber#0", "line 9"),
        ("email:talent.desk@contoso.example#0", "line 10"),
        ("name:priya raman#1", "line 12"),
    ]
    assert result.problems_of(ProblemSeverity.SKIPPED) == [("empty_row", "line 11")]


def test_namesakes_get_source_keys_counted_within_the_file(import_fixture):
    result = import_fixture(LEGACY)

    first, second = result.record("name:priya raman#0"), result.record("name:priya raman#1")
    assert first.locator.position != second.locator.position
    assert result.points("name:priya raman#1", ContactKind.PHONE) == [
        ("+44 7700 900123", "mobile", False)
    ]


def test_a_row_without_a_name_is_keyed_by_its_lower_cased_first_email(import_fixture):
    result = import_fixture(LEGACY)

    desk = result.record("email:talent.desk@contoso.example#0")
    assert desk.full_name == ""
    assert result.points(desk.source_key, ContactKind.EMAIL) == [
        ("Talent.Desk@Contoso.example", "other", True)
    ]


def test_current_layout_reads_unnumbered_organization_and_labels(import_fixture):
    result = import_fixture(CURRENT)
    mei = result.record("name:mei tanaka#0")

    assert result.format_id == "google-csv"
    assert "layout:google_current" in result.summary.notes
    assert (mei.prefix, mei.nickname) == ("Dr.", "Mei-chan")
    assert mei.employments == (
        Employment(
            company="Contoso Ltd",
            title="Talent Partner",
            department="Talent Acquisition",
            is_current=True,
        ),
    )
    assert result.points(mei.source_key, ContactKind.EMAIL) == [
        ("mei.tanaka@contoso.example", "work", True),
        ("mei@example.net", "work", False),
    ]
    assert result.points(mei.source_key, ContactKind.PHONE) == [
        ("+81 90 0000 0000", "mobile", False),
        ("+81 3 0000 0000", "work", True),
    ]


def test_year_less_birthday_is_a_partial_date(import_fixture):
    assert import_fixture(CURRENT).record("name:mei tanaka#0").birthday == PartialDate(None, 7, 14)


def test_linkedin_url_without_scheme_gets_the_linkedin_label(import_fixture):
    result = import_fixture(CURRENT)

    assert result.points("name:mei tanaka#0", ContactKind.URL) == [
        ("linkedin.com/in/mei-tanaka-jp/", "linkedin", False)
    ]


def test_address_without_formatted_block_is_joined_from_its_parts(import_fixture):
    result = import_fixture(CURRENT)

    assert result.points("name:lukas peter novak#0", ContactKind.ADDRESS) == [
        ("Rue de la Loi 16, 1000 Bruxelles, Belgium", "work", False)
    ]
    assert result.record("name:lukas peter novak#0").birthday == PartialDate(1980, 2, 29)


def test_file_as_names_a_row_without_name_parts(import_fixture):
    desk = import_fixture(CURRENT).record("name:facilities desk (contoso)#0")

    assert desk.full_name == "Facilities Desk (Contoso)"


def test_unreadable_birthday_is_a_warning_and_the_record_is_kept(import_fixture):
    result = import_fixture(CURRENT)

    assert result.problems_of(ProblemSeverity.WARNING) == [("bad_birthday", "line 4")]
    assert result.record("name:facilities desk (contoso)#0").birthday is None


def test_numbered_groups_of_any_count_are_read(tmp_path, import_path):
    header = ["First Name", "Last Name"]
    row = ["Ana", "Silva"]
    for number in range(1, 6):
        header += [f"E-mail {number} - Label", f"E-mail {number} - Value"]
        row += ["Other", f"ana{number}@example.pt"]
    header += ["Phone 12 - Label", "Phone 12 - Value"]
    row += ["Mobile", "+351 900 000 000"]
    path = tmp_path / "contacts.csv"
    path.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")

    result = import_path(path)

    emails = [value for value, _, _ in result.points("name:ana silva#0", ContactKind.EMAIL)]
    assert emails == [f"ana{n}@example.pt" for n in range(1, 6)]
    assert result.points("name:ana silva#0", ContactKind.PHONE) == [
        ("+351 900 000 000", "mobile", False)
    ]


def test_google_csv_re_saved_by_excel_as_cp1252_with_semicolons(
    csv_fixtures, tmp_path, import_path
):
    with (csv_fixtures / CURRENT).open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(source))
    rows[1][rows[0].index("First Name")] = "Mëi"
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="cp1252", newline="") as target:
        csv.writer(target, delimiter=";", lineterminator="\r\n").writerows(rows)

    result = import_path(path)

    assert {"decoded_cp1252", "semicolon_delimited", "layout:google_current"} <= set(
        result.summary.notes
    )
    assert result.record("name:mei tanaka#0").given_name == "Mëi"
    assert result.record("name:mei tanaka#0").categories == ("Ex-colleagues",)
