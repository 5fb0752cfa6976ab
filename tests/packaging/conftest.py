# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Paths and parsed copies of the packaging files, shared by the packaging tests."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from hrconnect import APP_ID

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC_FILE = PACKAGING / "pyinstaller" / "hrconnect.spec"
LAUNCHER = PACKAGING / "pyinstaller" / "launcher.py"
FLATPAK_MANIFEST = PACKAGING / "flatpak" / f"{APP_ID}.yml"
ICONS = REPO_ROOT / "resources" / "icons"
APP_ICON = ICONS / f"{APP_ID}.svg"


@pytest.fixture(scope="session")
def desktop_entry() -> configparser.SectionProxy:
    """The ``[Desktop Entry]`` group, keys case-sensitive (``Name[nl]`` stays as written)."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


@pytest.fixture(scope="session")
def metainfo() -> ET.Element:
    """The AppStream component element."""
    return ET.parse(METAINFO_FILE).getroot()


@pytest.fixture(scope="session")
def pyproject() -> dict[str, Any]:
    """The project table of ``pyproject.toml``."""
    with (REPO_ROOT / "pyproject.toml").open("rb") as file:
        project: dict[str, Any] = tomllib.load(file)["project"]
    return project
