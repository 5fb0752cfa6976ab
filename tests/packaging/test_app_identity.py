# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The spec, desktop file, AppStream metainfo and Flatpak manifest agree on one identity."""

from __future__ import annotations

import ast
import re
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from hrconnect import APP_ID, APP_NAME, __version__
from tests.packaging.conftest import FLATPAK_MANIFEST, REPO_ROOT, SPEC_FILE

if TYPE_CHECKING:
    import configparser
    import xml.etree.ElementTree as ET
    from collections.abc import Callable

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCREENSHOT_NAMES = {"today.png", "people.png", "review.png", "import.png", "colleagues.png"}
RAW_SCREENSHOTS = (
    "https://raw.githubusercontent.com/hrconnect/hrconnect/main/packaging/screenshots/"
)


def spec_function(name: str) -> Callable[..., Any]:
    """A top-level function of the PyInstaller spec, compiled on its own (nothing is built)."""
    tree = ast.parse(SPEC_FILE.read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    namespace: dict[str, Any] = {}
    module = ast.Module(body=[node], type_ignores=[])
    exec(compile(module, str(SPEC_FILE), "exec"), {"ast": ast}, namespace)
    function: Callable[..., Any] = namespace[name]
    return function


def test_spec_reads_version_and_app_id_from_the_package() -> None:
    read_constants = spec_function("package_constants")

    constants = read_constants(REPO_ROOT / "hrconnect" / "__init__.py")

    assert constants["__version__"] == __version__
    assert constants["APP_ID"] == APP_ID


def test_spec_repeats_neither_version_nor_app_id() -> None:
    literals = {
        node.value
        for node in ast.walk(ast.parse(SPEC_FILE.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }

    assert __version__ not in literals
    assert APP_ID not in literals


def test_spec_ships_migrations_and_matching_data_as_files() -> None:
    text = SPEC_FILE.read_text(encoding="utf-8")

    assert '"hrconnect/store/migrations"' in text
    assert '"hrconnect/matching/data"' in text
    assert '"resources"' in text


def test_desktop_file_names_the_app_id_icon_and_command(
    desktop_entry: configparser.SectionProxy, pyproject: dict[str, Any]
) -> None:
    assert desktop_entry["Icon"] == APP_ID
    assert desktop_entry["Exec"].split()[0] in pyproject["scripts"]
    assert desktop_entry["Terminal"] == "false"
    # Qt's X11 window class is the application name set in hrconnect.ui.app.
    assert desktop_entry["StartupWMClass"] == APP_NAME
    assert {"Office", "ContactManagement", "Qt"} <= set(desktop_entry["Categories"].split(";"))


@pytest.mark.parametrize("key", ["GenericName", "Comment", "Keywords"])
def test_desktop_file_is_translated_into_dutch(
    desktop_entry: configparser.SectionProxy, key: str
) -> None:
    english = desktop_entry[key]
    dutch = desktop_entry[f"{key}[nl]"]

    assert dutch.strip()
    assert dutch != english


def test_metainfo_ids_point_at_the_desktop_file(metainfo: ET.Element) -> None:
    launchable = metainfo.find("launchable")

    assert metainfo.get("type") == "desktop-application"
    assert metainfo.findtext("id") == APP_ID
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"


def test_metainfo_licences_and_binary_match_the_project(
    metainfo: ET.Element, pyproject: dict[str, Any]
) -> None:
    assert metainfo.findtext("metadata_license") == "CC0-1.0"
    assert metainfo.findtext("project_license") == pyproject["license"]
    assert metainfo.findtext("provides/binary") in pyproject["scripts"]


def test_metainfo_newest_release_is_the_package_version(metainfo: ET.Element) -> None:
    releases = metainfo.findall("releases/release")
    dates = [date.fromisoformat(release.get("date", "")) for release in releases]

    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__
    assert dates == sorted(dates, reverse=True), "releases must be listed newest first"


def test_metainfo_lists_every_screenshot_once_with_one_default(metainfo: ET.Element) -> None:
    shots = metainfo.findall("screenshots/screenshot")
    images = [shot.findtext("image") or "" for shot in shots]
    names = [image.removeprefix(RAW_SCREENSHOTS) for image in images]

    assert all(image.startswith(RAW_SCREENSHOTS) for image in images)
    assert sorted(names) == sorted(SCREENSHOT_NAMES)
    assert [shot.get("type") for shot in shots].count("default") == 1
    assert all((shot.findtext("caption") or "").strip() for shot in shots)


def test_metainfo_has_description_with_feature_list_and_dutch_summary(
    metainfo: ET.Element,
) -> None:
    summaries = {s.get(XML_LANG): s.text for s in metainfo.findall("summary")}

    assert len(metainfo.findall("description/p")) >= 2
    assert len(metainfo.findall("description/ul/li")) >= 3
    assert summaries.get("nl")
    assert summaries.get(None)


def test_metainfo_declares_languages_rating_and_developer(metainfo: ET.Element) -> None:
    rating = metainfo.find("content_rating")
    developer = metainfo.find("developer")

    assert {lang.text for lang in metainfo.findall("languages/lang")} == {"en", "nl"}
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    assert developer is not None
    assert developer.get("id")
    assert developer.findtext("name")


def test_flatpak_manifest_uses_the_app_id_without_network_or_home() -> None:
    text = FLATPAK_MANIFEST.read_text(encoding="utf-8")
    manifest_id = re.search(r"^id:\s*(\S+)\s*$", text, re.MULTILINE)
    finish_args = re.findall(r"^\s+- (--\S+)\s*$", text, re.MULTILINE)

    assert manifest_id is not None
    assert manifest_id.group(1) == APP_ID
    assert "--socket=wayland" in finish_args
    assert not [arg for arg in finish_args if arg.startswith(("--share=network", "--filesystem"))]
