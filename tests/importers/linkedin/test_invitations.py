# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Invitations.csv: the other party by profile URL when present, else by name."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from hrconnect.core.kinds import InteractionKind, SourceKind
from hrconnect.core.records import Counterpart, ProblemSeverity
from tests.importers.linkedin.conftest import fixture_bytes, read_path

if TYPE_CHECKING:
    from tests.importers.linkedin.conftest import ArchiveBuilder, ReadResult

PROFILE = fixture_bytes("profile-2024-yearless-birth-date.csv")


def read_invitations(build_archive: ArchiveBuilder, content: bytes) -> ReadResult:
    return read_path(build_archive({"Invitations.csv": content, "Profile.csv": PROFILE}))


def test_2024_invitations_use_the_non_owner_profile_url(build_archive: ArchiveBuilder) -> None:
    result = read_invitations(build_archive, fixture_bytes("invitations-2024-profile-urls.csv"))

    outgoing, incoming = result.interactions
    assert outgoing.kind is InteractionKind.LINKEDIN_INVITATION
    assert outgoing.counterpart == Counterpart(
        SourceKind.LINKEDIN, source_key="slug:luis-ortega-7c1"
    )
    assert (outgoing.direction, outgoing.occurred_at) == (
        "out",
        datetime(2025, 3, 4, 9, 12, tzinfo=UTC),
    )
    assert incoming.counterpart.source_key == "slug:mei-tanaka-3"
    assert (incoming.direction, incoming.summary) == ("in", "Hello!")
    assert incoming.occurred_at == datetime(2024, 12, 15, 19, 47, tzinfo=UTC)
    assert [(p.reason, p.severity, p.locator.position) for p in result.problems] == [
        ("unreadable_date", ProblemSeverity.FAILED, "line 4")
    ]


def test_old_invitations_link_by_name_and_skip_placeholders(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_invitations(build_archive, fixture_bytes("invitations-2018-names-only.csv"))

    assert [(i.counterpart, i.direction) for i in result.interactions] == [
        (Counterpart(SourceKind.LINKEDIN, name="Luis Ortega"), "out"),
        (Counterpart(SourceKind.LINKEDIN, name="Mei Tanaka"), "in"),
    ]
    assert "no_counterpart:1" in result.summary_for("Invitations.csv").notes


def test_invitation_keys_survive_the_addition_of_profile_urls(
    build_archive: ArchiveBuilder,
) -> None:
    old = (
        b'From,To,Sent At,Message,Direction\nDana Okafor,Luis Ortega,"3/4/25, 9:12 AM",,OUTGOING\n'
    )
    new = fixture_bytes("invitations-2024-profile-urls.csv")

    old_keys = {i.source_key for i in read_invitations(build_archive, old).interactions}
    new_keys = {i.source_key for i in read_invitations(build_archive, new).interactions}

    assert old_keys == {"out|name:luis ortega|2025-03-04T09:12:00+00:00"}
    assert old_keys <= new_keys


def test_missing_direction_is_worked_out_from_the_owner(build_archive: ArchiveBuilder) -> None:
    content = (
        b"From,To,Sent At,Message,Direction\n"
        b'Dana Okafor,Luis Ortega,"3/4/25, 9:12 AM",,\n'
        b'Mei Tanaka,Dana Okafor,"3/5/25, 9:12 AM",,\n'
        b'Mei Tanaka,Luis Ortega,"3/6/25, 9:12 AM",,\n'
    )

    result = read_invitations(build_archive, content)

    assert [(i.counterpart.name, i.direction) for i in result.interactions] == [
        ("Luis Ortega", "out"),
        ("Mei Tanaka", "in"),
    ]
    assert [(p.reason, p.locator.position) for p in result.problems] == [
        ("unknown_direction", "line 4")
    ]
