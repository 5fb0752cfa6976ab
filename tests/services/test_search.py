# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Keyword search: accents, case, prefixes, field filters, ranking, smart lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from hrconnect.errors import UsageError
from hrconnect.services.people import PersonEdit
from hrconnect.services.search import to_fts
from tests.services.conftest import run_import, write_connections, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App

ROWS = [
    "José,Álvarez,https://www.linkedin.com/in/jose-alvarez,,Brabant Verzekeringen NV,"
    '"Director, People & Culture",07 Feb 2026',
    "Koen,Van den Broucke,https://www.linkedin.com/in/koen-vdb,,Acme NV,Recruiter,01 Jan 2025",
    "Sofie,Peeters,https://www.linkedin.com/in/sofie-peeters,,Recruit Partners,"
    "Talent Acquisition Lead,02 Feb 2024",
    "Bram,Acmeson,https://www.linkedin.com/in/bram-acmeson,,Solvaris SA,Engineer,03 Mar 2023",
]


@pytest.fixture
def searchable(app: App, tmp_path: Path) -> App:
    run_import(
        app,
        write_connections(tmp_path / "li", ROWS),
        write_vcards(
            tmp_path / "phone",
            [
                "N:Maes;Élodie;;;\nFN:Élodie Maes\nORG:Contoso\nTITLE:Recruiter\n"
                "CATEGORIES:Candidates\nEMAIL:elodie.maes@example.be\n"
                "TEL;TYPE=cell:+32 475 11 22 33"
            ],
        ),
    )
    return app


def names(app: App, query: str) -> list[str]:
    return [hit.person.display_name for hit in app.search.search(query)]


def test_accents_and_case_do_not_matter(searchable: App) -> None:
    assert names(searchable, "jose alvarez") == ["José Álvarez"]
    assert names(searchable, "ELODIE") == ["Élodie Maes"]


def test_prefixes_and_joined_particles_find_the_person(searchable: App) -> None:
    assert names(searchable, "vandenbr") == ["Koen Van den Broucke"]
    assert names(searchable, "broucke") == ["Koen Van den Broucke"]


def test_company_and_title_filters_look_in_one_field(searchable: App) -> None:
    assert names(searchable, "company:brabant") == ["José Álvarez"]
    assert names(searchable, 'title:"people & culture"') == ["José Álvarez"]
    # "acme" as a company is Koen; Bram only has it in his name.
    assert names(searchable, "company:acme") == ["Koen Van den Broucke"]


def test_dutch_field_names_work_like_english_ones(searchable: App) -> None:
    assert names(searchable, "bedrijf:brabant") == ["José Álvarez"]
    assert names(searchable, "werkgever:acme") == ["Koen Van den Broucke"]
    assert names(searchable, "naam:acmeson") == ["Bram Acmeson"]
    assert names(searchable, "functie:recruiter") == names(searchable, "title:recruiter")


def test_tag_filter_and_exclusion(searchable: App) -> None:
    assert names(searchable, "tag:candidates") == ["Élodie Maes"]
    assert set(names(searchable, "recruit")) == {
        "Koen Van den Broucke",
        "Sofie Peeters",
        "Élodie Maes",
    }
    assert set(names(searchable, "recruit -contoso")) == {"Koen Van den Broucke", "Sofie Peeters"}


def test_a_hit_in_the_name_ranks_above_a_hit_in_the_company(searchable: App) -> None:
    assert names(searchable, "acme")[0] == "Bram Acmeson"


def test_notes_are_searched_after_an_edit(searchable: App) -> None:
    person = searchable.search.search("sofie")[0].person.id
    searchable.people.edit(person, PersonEdit(note="Met at the HR summit in Ghent"))
    assert names(searchable, "note:summit") == ["Sofie Peeters"]
    assert names(searchable, "ghent") == ["Sofie Peeters"]


def test_an_email_or_phone_finds_its_owner(searchable: App) -> None:
    assert names(searchable, "Elodie.Maes@example.be") == ["Élodie Maes"]
    assert names(searchable, "0475/11.22.33") == ["Élodie Maes"]


def test_user_input_cannot_inject_fts_syntax(searchable: App) -> None:
    assert searchable.search.search('NEAR( " OR * ^') == []
    expression = to_fts("koen OR sofie")
    # Every user word is a quoted term: "OR" is searched for as a word, not obeyed.
    assert expression == '"koen"* AND "OR"* AND "sofie"*'
    assert names(searchable, "koen OR sofie") == []


def test_saved_searches_are_kept_by_name(searchable: App) -> None:
    searchable.search.save("Recruiters", "title:recruiter")
    saved = searchable.search.saved()
    assert [(s.name, s.query) for s in saved] == [("Recruiters", "title:recruiter")]
    assert set(names(searchable, saved[0].query)) == {"Koen Van den Broucke", "Élodie Maes"}
    with pytest.raises(UsageError):
        searchable.search.save(" ", "x")
