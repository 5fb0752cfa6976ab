# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The CLI contract of CLI.md: global options, exit codes, one-line errors, JSON on stdout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hrconnect import __version__

if TYPE_CHECKING:
    from pathlib import Path


def test_version_is_printed(cli) -> None:
    import pytest

    with pytest.raises(SystemExit) as exited:
        cli("--version")
    assert exited.value.code == 0


def test_version_from_a_real_process(cli_process) -> None:
    result = cli_process("--version")
    assert result.code == 0
    assert result.out.strip() == f"hrconnect {__version__}"


def test_unknown_option_is_one_line_on_stderr_and_exit_2(cli_process) -> None:
    result = cli_process("export", "--format", "json", "--bogus")
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert "--bogus" in result.err
    assert "Traceback" not in result.err


def test_unknown_command_exits_2(cli) -> None:
    result = cli("frobnicate")
    assert result.code == 2
    assert "frobnicate" in result.err


def test_export_of_an_empty_store_is_an_empty_people_list(cli) -> None:
    result = cli("export", "--format", "json")
    assert result.code == 0
    document = result.json()
    assert document["version"] == 1
    assert document["people"] == []
    assert document["exported_at"].endswith("Z")


def test_export_writes_a_file_with_o(cli, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = cli("export", "--format", "json", "-o", str(target))
    assert result.code == 0
    assert result.out == ""
    assert '"people": []' in target.read_text(encoding="utf-8")


def test_show_of_an_unknown_person_exits_2_with_one_line(cli) -> None:
    result = cli("show", "4242")
    assert result.code == 2
    assert result.err.strip() == "hrconnect: no person with id 4242"


def test_import_of_a_missing_path_exits_2_and_creates_nothing(cli, tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nowhere.zip"))
    assert result.code == 2
    assert "no such file or folder" in result.err
    assert cli("export", "--format", "json").json()["people"] == []


def test_import_of_an_unknown_file_type_exits_2_without_traceback(
    cli_process, tmp_path: Path
) -> None:
    document = tmp_path / "notes.txt"
    document.write_text("just some notes, not contacts\n", encoding="utf-8")
    result = cli_process("import", str(document), "--json")
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_home_keeps_everything_in_the_given_folder(cli, home: Path) -> None:
    cli("export", "--format", "json")
    assert (home / "hrconnect.sqlite").exists()
    assert (home / "backups").is_dir()
