# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Forgetting a person: everything goes, tombstones keep them out, backups are named, not kept."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import TYPE_CHECKING

import pytest

from hrconnect.core.kinds import InteractionKind
from hrconnect.errors import NotFoundError
from hrconnect.services.backups import BackupService
from hrconnect.services.forget import ForgetService
from hrconnect.services.people import PersonEdit
from hrconnect.store.backup import files_holding
from tests.services.conftest import finish, run_import, write_connections, write_vcards

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App

ZWANENBURG_LINKEDIN = (
    "Maarten,Zwanenburg,https://www.linkedin.com/in/maarten-zwanenburg,,Kwartel BV,CHRO,07 Feb 2026"
)
ZWANENBURG_CARD = (
    "N:Zwanenburg;Maarten;;;\nFN:Maarten Zwanenburg\nEMAIL:m.zwanenburg@kwartel.example\n"
    "URL:https://www.linkedin.com/in/maarten-zwanenburg\nCATEGORIES:prospects"
)
PRIYA = "Priya,Raman,https://www.linkedin.com/in/priya-raman,,Acme NV,HR Director,01 Mar 2025"
GRIET = "Griet,Vandewalle,https://www.linkedin.com/in/griet-vandewalle,,Solvaris,CFO,01 Mar 2025"
GRIET_CARD = "N:Vandewalle;Griet;;;\nFN:Griet Vandewalle\nEMAIL:griet@solvaris.example"
TRACES = (b"zwanenburg", b"kwartel", b"confidential salary talk")


def forget_service(app: App) -> ForgetService:
    return ForgetService(app.store, app.clock)


def names(app: App) -> list[str]:
    return sorted(p.display_name for p in app.people.summaries())


def maarten(app: App) -> int:
    return next(p.id for p in app.people.summaries() if p.display_name == "Maarten Zwanenburg")


def import_network(app: App, tmp_path: Path) -> int:
    """Maarten on LinkedIn and in the phone (merged), with a note, a call and a tag; Priya."""
    report = run_import(
        app,
        write_connections(tmp_path / "li", [ZWANENBURG_LINKEDIN, PRIYA]),
        write_vcards(tmp_path / "phone", [ZWANENBURG_CARD]),
    )
    assert report.merged == 1
    person = maarten(app)
    app.people.edit(person, PersonEdit(note="confidential salary talk"))
    app.reminders.log(person, InteractionKind.CALL, note="confidential salary talk")
    app.tags.tag("shortlist", [person])
    return person


def newer_exports(tmp_path: Path) -> list[Path]:
    """The same sources exported again later (other bytes, same records, plus Griet)."""
    return [
        write_connections(tmp_path / "li-later", [GRIET, ZWANENBURG_LINKEDIN, PRIYA]),
        write_vcards(tmp_path / "phone-later", [ZWANENBURG_CARD, GRIET_CARD]),
    ]


def database_bytes(app: App) -> bytes:
    files = [app.paths.database, *app.paths.database.parent.glob("hrconnect.sqlite-*")]
    return b"".join(path.read_bytes() for path in files if path.exists()).lower()


def table_count(app: App, sql: str) -> int:
    with sqlite3.connect(f"file:{app.paths.database}?mode=ro", uri=True) as connection:
        count = connection.execute(sql).fetchone()[0]
    connection.close()
    return int(count)


def test_forget_removes_the_person_their_records_interactions_and_history(
    app: App, tmp_path: Path
) -> None:
    person = import_network(app, tmp_path)
    assert table_count(app, "SELECT count(*) FROM merges") == 1
    report = forget_service(app).forget(person)
    assert report.person_id == person
    assert report.name == "Maarten Zwanenburg"
    # Two records, the call, and a tombstone per record key (LinkedIn's older key form too).
    assert (report.records, report.interactions, report.tombstones) == (2, 1, 3)
    assert names(app) == ["Priya Raman"]
    assert table_count(app, "SELECT count(*) FROM persons") == 1  # the merged-away one too
    assert table_count(app, "SELECT count(*) FROM source_records") == 1
    for table in ("merges", "interactions", "record_tags", "suggestions"):
        assert table_count(app, f"SELECT count(*) FROM {table}") == 0, table
    for table in ("contact_points", "match_features"):  # Priya's profile URL and features
        assert table_count(app, f"SELECT count(*) FROM {table}") == 1, table
    assert app.search.search("zwanenburg") == []
    assert table_count(app, "SELECT count(*) FROM people_fts") == 1


def test_no_trace_is_left_in_the_database_file(app: App, tmp_path: Path) -> None:
    person = import_network(app, tmp_path)
    assert all(trace in database_bytes(app) for trace in TRACES)
    report = forget_service(app).forget(person)
    assert report.file_rebuilt
    found = [trace for trace in TRACES if trace in database_bytes(app)]
    assert found == []


def test_decisions_naming_their_records_are_removed(app: App, tmp_path: Path) -> None:
    person = import_network(app, tmp_path)
    app.review.unmerge(person)  # remembers "not the same person" for the two records
    assert table_count(app, "SELECT count(*) FROM match_decisions") == 1
    report = forget_service(app).forget(person)
    assert report.decisions == 1
    assert table_count(app, "SELECT count(*) FROM match_decisions") == 0


def test_a_newer_export_does_not_bring_them_back(app: App, tmp_path: Path) -> None:
    forget_service(app).forget(import_network(app, tmp_path))
    report = run_import(app, *newer_exports(tmp_path))
    assert names(app) == ["Griet Vandewalle", "Priya Raman"]
    skipped = [p.reason for source in report.sources for p in source.skipped]
    assert skipped.count("forgotten") == 2


def test_the_same_file_again_does_not_bring_them_back(app: App, tmp_path: Path) -> None:
    forget_service(app).forget(import_network(app, tmp_path))
    run_import(
        app,
        write_connections(tmp_path / "li", [ZWANENBURG_LINKEDIN, PRIYA]),
        write_vcards(tmp_path / "phone", [ZWANENBURG_CARD]),
    )
    assert names(app) == ["Priya Raman"]


def test_with_allow_reimport_a_newer_export_brings_them_back(app: App, tmp_path: Path) -> None:
    report = forget_service(app).forget(import_network(app, tmp_path), allow_reimport=True)
    assert report.tombstones == 0
    assert report.reimport_allowed
    assert table_count(app, "SELECT count(*) FROM tombstones") == 0
    run_import(app, *newer_exports(tmp_path))
    assert names(app) == ["Griet Vandewalle", "Maarten Zwanenburg", "Priya Raman"]
    # The user's own note and call are gone for good; the imported data came back.
    assert app.people.detail(maarten(app)).interactions == ()


def test_with_allow_reimport_the_same_file_brings_them_back(app: App, tmp_path: Path) -> None:
    forget_service(app).forget(import_network(app, tmp_path), allow_reimport=True)
    run_import(
        app,
        write_connections(tmp_path / "li", [ZWANENBURG_LINKEDIN, PRIYA]),
        write_vcards(tmp_path / "phone", [ZWANENBURG_CARD]),
    )
    assert "Maarten Zwanenburg" in names(app)


def test_clearing_tombstones_lets_them_come_back(app: App, tmp_path: Path) -> None:
    forget = forget_service(app)
    forget.forget(import_network(app, tmp_path))
    forget.clear_tombstones()
    run_import(app, *newer_exports(tmp_path))
    assert "Maarten Zwanenburg" in names(app)


def test_tombstones_hold_only_a_hash_of_the_stable_key(app: App, tmp_path: Path) -> None:
    person = import_network(app, tmp_path)
    keys = {r.stable_key for r in app.people.detail(person).records if r.kind.value != "user"}
    report = forget_service(app).forget(person)
    with sqlite3.connect(f"file:{app.paths.database}?mode=ro", uri=True) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(tombstones)")]
        hashes = {row[0] for row in connection.execute("SELECT key_hash FROM tombstones")}
    connection.close()
    assert columns == ["key_hash", "created_at"]
    assert len(hashes) == report.tombstones
    assert {hashlib.sha256(key.encode()).hexdigest() for key in keys} <= hashes
    assert all(len(h) == 64 and int(h, 16) >= 0 for h in hashes)


def test_backups_that_still_hold_them_are_listed_and_can_be_deleted(
    app: App, tmp_path: Path
) -> None:
    person = import_network(app, tmp_path)
    keys = [r.stable_key for r in app.people.detail(person).records]
    backups = BackupService(app.store, app.clock, app.settings)
    before = backups.backup().path
    report = forget_service(app).forget(person)
    assert before in report.backups_with_person
    assert set(report.backups_with_person) == {b.path for b in backups.all()}

    result = backups.delete(list(report.backups_with_person))
    assert result.fresh is not None
    assert [b.path for b in backups.all()] == [result.fresh.path]
    assert files_holding([result.fresh.path], keys) == []
    assert b"zwanenburg" not in result.fresh.path.read_bytes().lower()


def test_a_merged_id_forgets_the_survivor_and_an_unknown_id_is_refused(
    app: App, tmp_path: Path
) -> None:
    person = import_network(app, tmp_path)
    absorbed = next(pid for pid in range(1, 10) if pid != person and _resolves_to(app, pid, person))
    report = forget_service(app).forget(absorbed)
    assert report.person_id == person
    with pytest.raises(NotFoundError, match=f"no person with id {person}"):
        forget_service(app).forget(person)


def test_other_people_and_their_matching_are_untouched(app: App, tmp_path: Path) -> None:
    person = import_network(app, tmp_path)
    priya = next(p.id for p in app.people.summaries() if p.display_name == "Priya Raman")
    before = app.people.detail(priya)
    forget_service(app).forget(person)
    after = app.people.detail(priya)
    assert after.summary == before.summary
    assert after.records == before.records
    assert finish(app.dedupe.run(full=True)).merged == 0


def _resolves_to(app: App, person_id: int, survivor: int) -> bool:
    try:
        return app.people.resolve(person_id) == survivor
    except NotFoundError:
        return False


def test_forgetting_several_at_once_is_all_or_nothing(app: App, tmp_path: Path) -> None:
    person = import_network(app, tmp_path)
    priya = next(p.id for p in app.people.summaries() if p.display_name == "Priya Raman")
    with pytest.raises(NotFoundError):
        forget_service(app).forget_many([person, 999_999])
    assert names(app) == ["Maarten Zwanenburg", "Priya Raman"]

    changes = forget_service(app).forget_many([person, priya, person])
    assert names(app) == []
    assert changes.person_ids == {person, priya}
    assert [trace for trace in TRACES if trace in database_bytes(app)] == []
    finish(app.imports.run(newer_exports(tmp_path)))  # tombstones keep both out
    assert names(app) == ["Griet Vandewalle"]
