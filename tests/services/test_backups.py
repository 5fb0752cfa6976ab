# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Backups on request, reversible restore, refusal of files that are not backups, retention."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from hrconnect.errors import NotFoundError, StoreError, UsageError
from hrconnect.services.backups import BackupService
from hrconnect.settings import Settings
from hrconnect.store import migrate
from hrconnect.store.backup import BackupReason, list_backups, take_backup
from tests.conftest import FIXTURES
from tests.services.conftest import run_import, write_connections

if TYPE_CHECKING:
    from pathlib import Path

    from hrconnect.services.app import App

PRIYA = "Priya,Raman,https://www.linkedin.com/in/priya-raman,,Acme NV,CHRO,07 Feb 2026"
GRIET = "Griet,Vandewalle,https://www.linkedin.com/in/griet-vandewalle,,Solvaris,CFO,01 Mar 2025"


def service(app: App, settings: Settings | None = None) -> BackupService:
    return BackupService(app.store, app.clock, settings or app.settings)


def names(app: App) -> list[str]:
    return sorted(p.display_name for p in app.people.summaries())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reasons(app: App) -> list[str]:
    return [b.reason for b in list_backups(app.paths.backup_dir)]


def test_a_manual_backup_is_listed_newest_first_with_reason_and_size(app: App, tmp_path: Path):
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    backups = service(app)
    first = backups.backup()
    second = backups.backup()
    assert first.reason == second.reason == "manual"
    assert second.path != first.path
    assert first.size == first.path.stat().st_size > 0
    listed = backups.all()
    assert [b.path for b in listed][:2] == [second.path, first.path]
    assert listed == sorted(listed, key=lambda b: b.taken_at, reverse=True)


def test_a_backup_is_a_complete_database_in_rollback_mode(app: App, tmp_path: Path) -> None:
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    path = service(app).backup().path
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        names_in_backup = connection.execute("SELECT display_name FROM persons").fetchall()
    connection.close()
    assert names_in_backup == [("Priya Raman",)]


def test_restore_then_restore_again_brings_each_state_back(app: App, tmp_path: Path) -> None:
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    backups = service(app)
    saved = backups.backup()
    run_import(app, write_connections(tmp_path / "li2", [PRIYA, GRIET]))
    assert names(app) == ["Griet Vandewalle", "Priya Raman"]

    result = backups.restore(saved.path)
    assert result.restored == saved.path
    assert result.migrated_from is None
    assert names(app) == ["Priya Raman"]  # the services read the restored file at once
    assert result.undo_backup.name.endswith("-before-restore.sqlite")

    again = backups.restore(result.undo_backup)
    assert names(app) == ["Griet Vandewalle", "Priya Raman"]
    assert again.undo_backup != result.undo_backup
    # The store still writes after restores.
    run_import(app, write_connections(tmp_path / "li3", [GRIET]))
    assert app.people.count() == 2


def test_a_backup_can_be_named_by_its_file_name_alone(app: App, tmp_path: Path) -> None:
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    backups = service(app)
    saved = backups.backup()
    run_import(app, write_connections(tmp_path / "li2", [GRIET]))
    assert backups.restore(saved.path.name).restored == saved.path
    assert names(app) == ["Priya Raman"]
    with pytest.raises(NotFoundError, match="no such backup file"):
        backups.restore("hrconnect-20260101T000000Z-manual.sqlite")


def _text_file(path: Path) -> None:
    path.write_text("not a database at all\n" * 50, encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()


def _damaged_backup(path: Path, app: App) -> None:
    source = service(app).backup().path
    data = source.read_bytes()
    # Keep the header and schema page, scribble over the pages holding the rows.
    path.write_bytes(data[:4096] + b"\x00\xff" * ((len(data) - 4096) // 2))


@pytest.mark.parametrize("make", ["text", "empty", "foreign", "damaged", "folder"])
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    app: App, tmp_path: Path, make: str
) -> None:
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    candidate = tmp_path / "candidate.sqlite"
    if make == "text":
        _text_file(candidate)
    elif make == "empty":
        _empty_file(candidate)
    elif make == "foreign":
        _foreign_database(candidate)
    elif make == "damaged":
        _damaged_backup(candidate, app)
    else:
        candidate.mkdir()
    before = digest(app.paths.database)
    backups_before = reasons(app)
    with pytest.raises(UsageError, match="nothing was changed") as refused:
        service(app).restore(candidate)
    assert refused.value.reason == "not_a_backup"
    assert digest(app.paths.database) == before
    assert reasons(app) == backups_before
    assert names(app) == ["Priya Raman"]


def test_the_live_database_itself_is_refused(app: App) -> None:
    with pytest.raises(UsageError, match="live database"):
        service(app).restore(app.paths.database)


def test_a_backup_from_a_newer_version_is_refused_untouched(app: App, tmp_path: Path) -> None:
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(service(app).backup().path, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    run_import(app, write_connections(tmp_path / "li2", [GRIET]))
    live_before, backup_before = digest(app.paths.database), digest(newer)
    backups_before = reasons(app)
    with pytest.raises(UsageError, match="newer version") as refused:
        service(app).restore(newer)
    assert refused.value.reason == "backup_too_new"
    assert digest(app.paths.database) == live_before
    assert digest(newer) == backup_before
    assert reasons(app) == backups_before
    assert names(app) == ["Griet Vandewalle", "Priya Raman"]


def test_a_backup_from_an_older_version_is_migrated_on_restore(app: App, tmp_path: Path) -> None:
    old = tmp_path / "from-0001.sqlite"
    shutil.copyfile(FIXTURES / "db" / "0001.sqlite", old)
    before = digest(old)
    with sqlite3.connect(f"file:{old}?mode=ro&immutable=1", uri=True) as connection:
        expected = connection.execute(
            "SELECT count(*) FROM persons WHERE merged_into IS NULL"
        ).fetchone()[0]
    connection.close()
    result = service(app).restore(old)
    assert result.migrated_from == "0001"
    assert migrate.read_revision(app.paths.database) == migrate.SCHEMA_HEAD
    assert app.people.count() == expected
    assert digest(old) == before
    assert "migration" in reasons(app)


def test_automatic_backups_are_pruned_to_the_setting(app: App, tmp_path: Path) -> None:
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    folder = app.paths.backup_dir
    for existing in list_backups(folder):
        existing.path.unlink()
    now = app.clock.now()
    automatic = [
        take_backup(app.store.engine, folder, BackupReason.IMPORT, now + timedelta(minutes=i), 99)
        for i in range(5)
    ]
    backups = service(app, Settings(backups_keep_last=2))
    manual = backups.backup()
    kept = {b.path for b in list_backups(folder)}
    assert kept == {manual.path, automatic[-1], automatic[-2]}


def test_an_old_month_keeps_its_newest_automatic_backup(app: App) -> None:
    folder = app.paths.backup_dir
    now = app.clock.now()
    last_month = [
        take_backup(app.store.engine, folder, BackupReason.MERGE, now - timedelta(days=40, hours=i))
        for i in range(3)
    ]
    recent = [
        take_backup(app.store.engine, folder, BackupReason.IMPORT, now + timedelta(minutes=i))
        for i in range(3)
    ]
    pruned = service(app, Settings(backups_keep_last=1)).prune()
    kept = {b.path for b in list_backups(folder) if b.reason in ("merge", "import")}
    assert kept == {last_month[0], recent[-1]}
    assert set(pruned) == {*last_month[1:], *recent[:-1]}


def test_deleting_backups_takes_a_fresh_one_first_and_stays_in_the_folder(
    app: App, tmp_path: Path
) -> None:
    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    backups = service(app)
    old = [backups.backup().path, backups.backup().path]
    outside = tmp_path / "hrconnect-20260101T000000Z-manual.sqlite"
    shutil.copyfile(old[0], outside)
    with pytest.raises(UsageError, match="not one of hrconnect's backups"):
        backups.delete([old[0], outside])
    assert all(path.exists() for path in [*old, outside])

    result = backups.delete(old)
    assert set(result.deleted) == set(old)
    assert not any(path.exists() for path in old)
    assert result.fresh is not None
    assert result.fresh.path.exists()


def test_a_restore_that_fails_part_way_puts_the_database_back(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hrconnect.services.backups as backups_module

    run_import(app, write_connections(tmp_path / "li", [PRIYA]))
    backups = service(app)
    saved = backups.backup()
    run_import(app, write_connections(tmp_path / "li2", [GRIET]))
    from hrconnect.store.engine import open_store as real_open

    calls = []

    def failing_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("the migration failed")
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups_module, "open_store", failing_once)
    with pytest.raises(StoreError, match="put back as it was"):
        backups.restore(saved.path)
    assert names(app) == ["Griet Vandewalle", "Priya Raman"]
