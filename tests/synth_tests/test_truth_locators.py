# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Every truth record points at the row, card or item that describes its person."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from tests.synth_tests.readers import (
    csv_rows_by_line,
    facebook_json,
    member_bytes,
    vcard_blocks,
    vcard_property,
)

if TYPE_CHECKING:
    from tests.synth.population import TruePerson
    from tests.synth_tests.conftest import Generated

EMAIL = re.compile(r"[\w.+'-]+@[\w.-]+\.\w+")


def _by_file(generated: Generated) -> dict[tuple[str | None, str], list[dict[str, Any]]]:
    groups: dict[tuple[str | None, str], list[dict[str, Any]]] = defaultdict(list)
    for record in generated.truth["records"]:
        groups[(record["archive"], record["file"])].append(record)
    return groups


def _number(locator: str, kind: str) -> int:
    word, number = locator.split(" ")
    assert word == kind
    return int(number)


def _owned_addresses(person: TruePerson) -> set[str]:
    owned = {job.email for job in person.jobs} | {person.private_email}
    for job in person.jobs:
        owned |= {
            f"{role}@{job.company.domain}"
            for role in ("info", "hr", "jobs", "contact", "personeel", "rh")
        }
    return owned


def test_every_file_record_is_in_the_truth_and_nothing_else(generated: Generated) -> None:
    people = generated.result.population.by_pid()
    for record in generated.truth["records"]:
        assert record["person"] in people
        assert record["person"] != 0, "the owner must never be a contact record"
    assert generated.truth["people"] == len({r["person"] for r in generated.truth["records"]})


def test_linkedin_lines_hold_the_named_connection_with_its_profile_url(
    generated: Generated,
) -> None:
    people = generated.result.population.by_pid()
    for (archive, member), records in _by_file(generated).items():
        if member != "Connections.csv":
            continue
        assert archive is not None
        rows = csv_rows_by_line(member_bytes(generated.path(archive), member).decode("utf-8"))
        data_rows = [line for line in rows if line >= 5]
        assert len(data_rows) == len(records) + generated.truth["hidden_members"]
        for record in records:
            row = rows[_number(record["locator"], "line")]
            assert f"{row[0].strip()} {row[1].strip()}" == record["name"]
            person = people[record["person"]]
            assert unquote(row[2].rsplit("/", 1)[1]) == person.slug
            if row[3]:
                assert row[3] in _owned_addresses(person)


def test_facebook_items_hold_the_named_friend(generated: Generated) -> None:
    for (archive, member), records in _by_file(generated).items():
        if not member.endswith("your_friends.json"):
            continue
        assert archive is not None
        assert member.startswith(archive.removesuffix(".zip") + "/")
        friends = facebook_json(generated.path(archive), member)["friends_v2"]
        assert len(friends) == len(records)
        for record in records:
            assert friends[_number(record["locator"], "item") - 1]["name"] == record["name"]


def test_vcard_cards_hold_the_named_person_with_their_own_addresses(generated: Generated) -> None:
    people = generated.result.population.by_pid()
    for (archive, member), records in _by_file(generated).items():
        if not member.endswith(".vcf"):
            continue
        assert archive is None
        cards = vcard_blocks(generated.path(member).read_bytes())
        assert len(cards) == len(records)
        for record in records:
            card = cards[_number(record["locator"], "card") - 1]
            assert vcard_property(card, "FN") == record["name"]
            for line in card.split("\r\n"):
                if "EMAIL" in line.split(":", 1)[0]:
                    address = line.split(":", 1)[1]
                    assert address in _owned_addresses(people[record["person"]])


def test_csv_lines_hold_the_named_contact(generated: Generated) -> None:
    people = generated.result.population.by_pid()
    for (archive, member), records in _by_file(generated).items():
        if not member.endswith(".csv") or archive is not None:
            continue
        outlook = member.startswith("outlook")
        raw = generated.path(member).read_bytes()
        delimiter = ";" if member.endswith("-nl.csv") else ","
        rows = csv_rows_by_line(raw.decode("cp1252" if outlook else "utf-8"), delimiter)
        header = rows.pop(1)
        assert len(rows) == len(records)
        name_columns = [1, 2, 3] if outlook else [0, 1, 2]
        email_columns = [
            i
            for i, h in enumerate(header)
            if h in ("E-mail Address", "E-mail 2 Address", "E-mailadres", "E-mailadres 2")
            or (h.startswith("E-mail ") and h.endswith(" - Value"))
        ]
        for record in records:
            row = rows[_number(record["locator"], "line")]
            written = " ".join(row[i] for i in name_columns if row[i])
            assert written == record["name"]
            owned = _owned_addresses(people[record["person"]])
            for column in email_columns:
                for address in EMAIL.findall(row[column]):
                    if not row[column].startswith("/o="):
                        assert address in owned
