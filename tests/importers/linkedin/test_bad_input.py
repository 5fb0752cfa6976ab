# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Bad input in and around LinkedIn files: one clear problem per file, the rest still imports."""

from __future__ import annotations

import tracemalloc
import zipfile
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.records import ProblemSeverity
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.linkedin import reader as linkedin_reader
from hrconnect.importers.sources import SourceLimits
from tests.importers.linkedin.conftest import (
    ARCHIVE_NAME,
    fixture_bytes,
    full_archive_files,
    read_path,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.importers.linkedin.conftest import ArchiveBuilder

MESSAGES = fixture_bytes("messages-2022-sender-urls-only.csv")
PROFILE = fixture_bytes("profile-2024-yearless-birth-date.csv")
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty_file"),
        (b"   \r\n\r\n", "empty_file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary_file"),
        (b'{"connections": []}', "no_header"),
        (b"PK\x03\x04 not really a zip but named csv", "no_header"),
    ],
    ids=["empty", "blank-lines", "png", "json", "zip-magic"],
)
def test_an_unusable_connections_file_fails_alone_and_the_rest_imports(
    build_archive: ArchiveBuilder, content: bytes, reason: str
) -> None:
    files = {"Connections.csv": content, "messages.csv": MESSAGES, "Profile.csv": PROFILE}

    result = read_path(build_archive(files))

    failed = [p for p in result.problems if p.locator.file == "Connections.csv"]
    assert [(p.reason, p.severity) for p in failed] == [(reason, ProblemSeverity.FAILED)]
    assert f"{ARCHIVE_NAME}.zip › Connections.csv" in failed[0].detail
    assert result.summary_for("Connections.csv").notes[-1] == "read_failed"
    assert result.interactions
    assert result.owner_facts


def test_an_archive_without_connections_still_gives_owner_and_interactions(
    build_archive: ArchiveBuilder,
) -> None:
    result = read_path(build_archive({"messages.csv": MESSAGES, "Profile.csv": PROFILE}))

    assert result.records == []
    assert {f.full_name for f in result.owner_facts} >= {"Dana Okafor"}
    assert len(result.interactions) == 4
    assert result.problems == []


def test_an_archive_whose_every_file_is_unusable_raises_before_yielding(
    build_archive: ArchiveBuilder,
) -> None:
    rows = "".join(f"P{n},R{n},,,Acme,HR,07 Feb 2026\n" for n in range(3000))
    files = {"Connections.csv": (HEADER + rows).encode(), "messages.csv": MESSAGES}
    declared = sum(len(data) for data in files.values())
    # Enough budget to list and sniff the archive, not to read its files.
    limits = SourceLimits(max_total_bytes=declared + 20_000)

    with pytest.raises(UnusableSourceError) as raised:
        read_path(build_archive(files), limits)

    assert raised.value.reason == "zip_bomb"
    assert "Connections.csv" in raised.value.where


def test_a_file_that_breaks_part_way_keeps_its_rows_and_fails_once(
    build_archive: ArchiveBuilder,
) -> None:
    rows = "".join(
        f"P{n},R{n},https://www.linkedin.com/in/p-{n},,Acme,HR,07 Feb 2026\n" for n in range(20_000)
    )
    connections = (HEADER + rows).encode()
    files = {"Connections.csv": connections, "messages.csv": MESSAGES, "Profile.csv": PROFILE}
    declared = sum(len(data) for data in files.values())
    # The budget counts every byte read. Before the rows are read, each file is read once to
    # check its encoding and its head is buffered to find the header (256 KiB); what is left
    # runs out half-way through the row pass.
    limits = SourceLimits(max_total_bytes=declared + 300_000 + len(connections) // 2)

    result = read_path(build_archive(files), limits)

    assert 0 < len(result.records) < 20_000
    failed = [p for p in result.problems if p.severity is ProblemSeverity.FAILED]
    assert [(p.reason, p.locator.file) for p in failed][:1] == [("zip_bomb", "Connections.csv")]


def test_a_corrupt_archive_member_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / f"{ARCHIVE_NAME}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Connections.csv", fixture_bytes("connections-2024-url-column.csv"))
        archive.writestr("messages.csv", MESSAGES)
    data = bytearray(path.read_bytes())
    # Flip a byte in the last row of Connections.csv: the CRC check fails at the end of it.
    at = data.index(b"02 Jun 2020")
    data[at] ^= 0x01
    path.write_bytes(bytes(data))

    result = read_path(path)

    failed = [p for p in result.problems if p.locator.file == "Connections.csv"]
    assert [(p.reason, p.severity) for p in failed] == [("bad_archive", ProblemSeverity.FAILED)]
    assert "CRC" in failed[0].detail
    assert result.interactions


def test_nul_bytes_are_removed_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(
        (
            HEADER + "Pri\x00ya,Raman,https://www.linkedin.com/in/priya-raman,,A,B,07 Feb 2026\n"
        ).encode()
    )

    result = read_path(path)

    (priya,) = result.records
    assert priya.given_name == "Priya"
    assert "nul_bytes_removed" in result.summary_for("Connections.csv").notes


def write_with_giant_field(path: Path, chunk: str, megabytes: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.write("Priya,Raman,https://www.linkedin.com/in/priya-raman,,A,B,07 Feb 2026\n")
        handle.write('Big,Field,,,Acme,"')
        block = chunk * (1024 * 1024 // len(chunk))
        for _ in range(megabytes):
            handle.write(block)
        handle.write('",07 Feb 2026\n')
        handle.write("Mei,Tanaka,https://www.linkedin.com/in/mei-tanaka-3,,A,B,07 Feb 2026\n")


def test_a_60_mb_single_line_field_is_dropped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    write_with_giant_field(path, "x" * 64, 60)

    tracemalloc.start()
    try:
        result = read_path(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert [r.given_name for r in result.records] == ["Priya", "Mei"]
    assert [(p.reason, p.locator.position) for p in result.problems] == [
        ("field_too_long", "line 3")
    ]
    assert peak < 32 * 1024 * 1024


def test_an_oversized_multi_line_field_cannot_flood_the_report(tmp_path: Path) -> None:
    # Past the 1 MiB field cap the csv module gives up and parses the rest of the cell as rows;
    # 4 MB shows that as well as 60 MB would, at a fraction of the run time.
    path = tmp_path / "Connections.csv"
    write_with_giant_field(path, "y" * 63 + "\n", 4)

    tracemalloc.start()
    try:
        result = read_path(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert result.records[0].given_name == "Priya"
    assert len(result.problems) <= 25
    assert result.problems[-1].reason == "bad_rows_suppressed"
    assert peak < 32 * 1024 * 1024


def test_a_zip_bomb_member_is_refused_and_the_rest_imports(tmp_path: Path) -> None:
    path = tmp_path / f"{ARCHIVE_NAME}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", HEADER + "," * 8 * 1024 * 1024)
        archive.writestr("messages.csv", MESSAGES)
        archive.writestr("Profile.csv", PROFILE)
    limits = SourceLimits(ratio_applies_above=1024 * 1024, max_ratio=100)

    result = read_path(path, limits)

    assert [p.reason for p in result.tree_problems] == ["zip_bomb"]
    assert result.records == []
    assert len(result.interactions) == 4


def test_unsafe_member_paths_are_never_written_and_the_rest_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work" / "deeper"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    absolute = tmp_path / "absolute" / "Connections.csv"
    path = tmp_path / f"{ARCHIVE_NAME}.zip"
    evil = fixture_bytes("connections-2021-notes-preamble.csv")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../Connections.csv", evil)
        archive.writestr(str(absolute), evil)
        archive.writestr("Connections.csv", fixture_bytes("connections-2024-url-column.csv"))
        archive.writestr("messages.csv", MESSAGES)
    before = sorted(p for p in tmp_path.rglob("*"))

    result = read_path(path)

    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert not absolute.exists()
    assert sorted(p.reason for p in result.tree_problems) == ["unsafe_path", "unsafe_path"]
    assert {r.locator.file for r in result.records} == {"Connections.csv"}
    assert len(result.records) == 7
    assert result.interactions


def test_a_defect_in_one_file_reader_is_contained(
    build_archive: ArchiveBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> Iterator[object]:
        yield from ()
        raise KeyError("boom")

    monkeypatch.setattr(linkedin_reader, "read_invitations", broken)

    result = read_path(build_archive(full_archive_files()))

    failed = [p for p in result.problems if p.locator.file == "Invitations.csv"]
    assert [(p.reason, p.severity) for p in failed] == [("internal_error", ProblemSeverity.FAILED)]
    assert result.summary_for("Invitations.csv").notes == ("read_failed",)
    assert result.records
    assert result.interactions
