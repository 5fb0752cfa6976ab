# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Former colleagues through the services: company variants, e-mail domains, weak evidence."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.dates import PartialDate
from hrconnect.core.kinds import InteractionKind
from hrconnect.errors import NotFoundError, UsageError
from hrconnect.services.colleagues import ColleaguesService, Employer
from tests.services.conftest import HEADER, PREAMBLE, run_import, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App

OWNER_URL = "https://www.linkedin.com/in/sam-verhoeven"
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
)


def message(thread: str, name: str, slug: str, when: str) -> str:
    """One messages.csv row sent by a connection to the owner."""
    return (
        f"{thread},,{name},https://www.linkedin.com/in/{slug},Sam Verhoeven,{OWNER_URL},"
        f"{when} 10:00:00 UTC,,Hello,INBOX,No,No\n"
    )


def linkedin_archive(folder: Path, positions: list[str], connections: list[str]) -> Path:
    """A LinkedIn archive folder: the owner's profile and positions, connections, messages."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Profile.csv").write_text(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        "Sam,Verhoeven,,,,HR Director,,,,,,,\n",
        encoding="utf-8",
    )
    (folder / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        + "\n".join(positions)
        + "\n",
        encoding="utf-8",
    )
    (folder / "Connections.csv").write_text(
        PREAMBLE + HEADER + "\n".join(connections), encoding="utf-8"
    )
    (folder / "messages.csv").write_text(
        MESSAGES_HEADER
        # Jan worked at Brabant: a message while the owner was there counts, a later one not.
        + message("2-JAN==", "Jan de Vries", "jan-de-vries", "2007-05-03")
        + message("2-JAN==", "Jan de Vries", "jan-de-vries", "2015-01-10")
        # Tom never worked at Brabant, though the owner messaged him then.
        + message("2-TOM==", "Tom Wouters", "tom-wouters", "2006-02-14")
        + message("2-TOM==", "Tom Wouters", "tom-wouters", "2007-11-30"),
        encoding="utf-8",
    )
    return folder


POSITIONS = [
    "Solvaris SA,HR Director,,Brussels,Jul 2009,",
    "Brabant Verzekeringen NV,HR Business Partner,,Leuven,Sep 2004,Jun 2009",
    "Freelance,Coach,,Gent,Jan 2003,Aug 2004",
]
CONNECTIONS = [
    "Jan,de Vries,https://www.linkedin.com/in/jan-de-vries,,Brabant Verzekeringen NV,Director,"
    "15 Jan 2020",
    "Priya,Raman,https://www.linkedin.com/in/priya-raman,,Solvaris,Talent Lead,03 Mar 2012",
    "Tom,Wouters,https://www.linkedin.com/in/tom-wouters,,Acme NV,CFO,01 Feb 2006",
    "Nora,Vos,https://www.linkedin.com/in/nora-vos,,Freelance,Coach,01 Feb 2004",
]
CARDS = [
    # The company in capitals and without its legal form, as phones often have it.
    "N:Martens;Els;;;\nFN:Els Martens\nORG:BRABANT VERZEKERINGEN",
    # Only a work address at the company's domain.
    "N:Jacobs;Lotte;;;\nFN:Lotte Jacobs\nEMAIL;TYPE=work:lotte.jacobs@brabantverzekeringen.be",
    # Both: the strongest evidence.
    "N:Claes;Koen;;;\nFN:Koen Claes\nORG:Brabant Verzekeringen\n"
    "EMAIL;TYPE=work:koen.claes@brabantverzekeringen.be",
    # A free-mail address says nothing about an employer.
    "N:Peeters;Ann;;;\nFN:Ann Peeters\nEMAIL:ann.peeters@gmail.com",
    "N:Goossens;Wim;;;\nFN:Wim Goossens\nORG:Vlaamse Logistiek",
]


@pytest.fixture
def service(app: App, tmp_path: Path) -> ColleaguesService:
    run_import(
        app,
        linkedin_archive(tmp_path / "Complete_LinkedInDataExport", POSITIONS, CONNECTIONS),
        write_vcards(tmp_path / "phone", CARDS),
    )
    return ColleaguesService(app.store, app.clock)


def employer(service: ColleaguesService, key: str) -> Employer:
    report = service.former_colleagues()
    return next(e for e in report.employers if e.company_key == key)


def evidence_by_name(found: Employer) -> dict[str, list[str]]:
    return {c.person.display_name: [e.text for e in c.evidence] for c in found.colleagues}


def test_company_variants_and_email_domains_meet_at_one_employer(
    service: ColleaguesService,
) -> None:
    brabant = employer(service, "brabantverzekeringen")
    assert evidence_by_name(brabant) == {
        "Koen Claes": [
            "company Brabant Verzekeringen in a vCard",
            "email domain brabantverzekeringen.be",
        ],
        "Jan de Vries": [
            "company Brabant Verzekeringen NV on LinkedIn",
            "1 message while you worked there",
        ],
        "Lotte Jacobs": ["email domain brabantverzekeringen.be"],
        "Els Martens": ["company BRABANT VERZEKERINGEN in a vCard"],
    }
    # Strongest evidence first, then by family name.
    assert [c.person.display_name for c in brabant.colleagues] == [
        "Koen Claes",
        "Jan de Vries",
        "Lotte Jacobs",
        "Els Martens",
    ]


def test_messages_from_that_time_alone_do_not_make_a_colleague(
    service: ColleaguesService,
) -> None:
    listed = {
        c.person.display_name for e in service.former_colleagues().employers for c in e.colleagues
    }
    assert "Tom Wouters" not in listed
    assert "Ann Peeters" not in listed, "a gmail address names no employer"


def test_the_current_employer_is_marked_current_and_listed_first(
    service: ColleaguesService,
) -> None:
    report = service.former_colleagues()
    assert [(e.company, e.is_current) for e in report.employers] == [
        ("Solvaris SA", True),
        ("Brabant Verzekeringen NV", False),
    ]
    solvaris = report.employers[0]
    assert (solvaris.start, solvaris.end) == (PartialDate(2009, 7), None)
    assert evidence_by_name(solvaris) == {
        "Priya Raman": [
            "company Solvaris on LinkedIn",
            "connected while you worked there (2012-03-03)",
        ]
    }


def test_positions_that_name_no_employer_are_left_out(service: ColleaguesService) -> None:
    report = service.former_colleagues()
    assert [p.company for p in report.not_companies] == ["Freelance"]
    assert all(e.company != "Freelance" for e in report.employers)


def test_a_logged_interaction_in_the_period_is_weak_evidence(
    app: App, service: ColleaguesService
) -> None:
    els = next(p.id for p in app.people.summaries() if p.display_name == "Els Martens")
    app.reminders.log(els, InteractionKind.CALL, date(2008, 3, 1), "drinks")
    app.reminders.log(els, InteractionKind.MEETING, date(2010, 3, 1), "after she left")
    assert evidence_by_name(employer(service, "brabantverzekeringen"))["Els Martens"] == [
        "company BRABANT VERZEKERINGEN in a vCard",
        "1 call while you worked there",
    ]


def test_a_position_added_by_hand_lists_its_colleagues_and_can_be_removed(
    service: ColleaguesService,
) -> None:
    changes = service.add_position(
        "Vlaamse Logistiek BV", "HR Officer", PartialDate(2001, 3), PartialDate(2002, 12)
    )
    assert changes.owner
    logistiek = employer(service, "vlaamselogistiek")
    assert (logistiek.company, logistiek.title, logistiek.is_current) == (
        "Vlaamse Logistiek BV",
        "HR Officer",
        False,
    )
    assert evidence_by_name(logistiek) == {"Wim Goossens": ["company Vlaamse Logistiek in a vCard"]}
    # Adding it again (a corrected end) updates the same position.
    service.add_position(
        "Vlaamse Logistiek BV", "HR Officer", PartialDate(2001, 3), PartialDate(2003, 1)
    )
    [added] = [p for p in service.positions() if p.source == "user"]
    assert added.end == PartialDate(2003, 1)
    service.remove_position(added.id)
    assert all(e.company_key != "vlaamselogistiek" for e in service.former_colleagues().employers)


def test_two_positions_at_one_company_make_one_employer(service: ColleaguesService) -> None:
    service.add_position("Brabant Verzekeringen", "HR Officer", PartialDate(2000, 1), None)
    brabant = employer(service, "brabantverzekeringen")
    assert len(brabant.positions) == 2
    assert (brabant.start, brabant.end, brabant.is_current) == (PartialDate(2000, 1), None, True)


@pytest.mark.parametrize(
    ("company", "start", "end", "message"),
    [
        ("  ", None, None, "needs a company"),
        ("Freelance", None, None, "not a company"),
        ("Acme NV", PartialDate(2010, 5), PartialDate(2010, 4), "end before it starts"),
    ],
)
def test_unusable_positions_are_refused(
    service: ColleaguesService,
    company: str,
    start: PartialDate | None,
    end: PartialDate | None,
    message: str,
) -> None:
    with pytest.raises(UsageError, match=message):
        service.add_position(company, "Title", start, end)


def test_imported_and_unknown_positions_cannot_be_removed(service: ColleaguesService) -> None:
    imported = service.positions()[0]
    with pytest.raises(UsageError, match="next import"):
        service.remove_position(imported.id)
    with pytest.raises(NotFoundError):
        service.remove_position(9999)


def test_json_has_the_cli_contract_shape(app: App, service: ColleaguesService) -> None:
    ids = {p.display_name: p.id for p in app.people.summaries()}
    document = service.former_colleagues().to_json()
    assert document["version"] == 1
    employers = document["employers"]
    assert isinstance(employers, list)
    assert employers[0] == {
        "company": "Solvaris SA",
        "title": "HR Director",
        "from": "2009-07",
        "to": None,
        "current": True,
        "people": [
            {
                "id": ids["Priya Raman"],
                "name": "Priya Raman",
                "evidence": [
                    "company Solvaris on LinkedIn",
                    "connected while you worked there (2012-03-03)",
                ],
            }
        ],
    }
    assert {k: employers[1][k] for k in ("company", "from", "to", "current")} == {
        "company": "Brabant Verzekeringen NV",
        "from": "2004-09",
        "to": "2009-06",
        "current": False,
    }


def test_without_positions_there_are_no_employers(app: App) -> None:
    report = ColleaguesService(app.store, app.clock).former_colleagues()
    assert report.employers == ()
    assert report.to_json() == {"version": 1, "employers": []}
