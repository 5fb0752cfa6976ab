# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The app icon and the sidebar icons are well-formed, scalable and font-free."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import pytest

from hrconnect import APP_ID
from tests.packaging.conftest import APP_ICON, ICONS, PACKAGING

if TYPE_CHECKING:
    from pathlib import Path

SVG = "{http://www.w3.org/2000/svg}"
SIDEBAR_ICONS = ("today", "people", "review", "colleagues", "imports", "charts")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def view_box(path: Path) -> tuple[float, float, float, float]:
    """The root's viewBox as four numbers; fails the test if the SVG has none."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg", f"{path.name}: root is not an SVG element"
    box = root.get("viewBox")
    assert box, f"{path.name}: no viewBox, so it would not scale"
    x, y, width, height = (float(part) for part in box.replace(",", " ").split())
    return x, y, width, height


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def svg_files() -> list[Path]:
    return [APP_ICON, *(ICONS / "ui" / f"{name}.svg" for name in SIDEBAR_ICONS)]


def test_app_icon_is_a_square_scalable_svg() -> None:
    _, _, width, height = view_box(APP_ICON)

    assert width == height


@pytest.mark.parametrize("name", SIDEBAR_ICONS)
def test_sidebar_icon_has_a_24_px_grid_and_plain_dark_strokes(name: str) -> None:
    path = ICONS / "ui" / f"{name}.svg"
    root = ET.parse(path).getroot()

    assert view_box(path) == (0, 0, 24, 24)
    assert "currentColor" not in path.read_text(encoding="utf-8")
    assert root.get("stroke", "").startswith("#")


@pytest.mark.parametrize("path", svg_files(), ids=lambda path: path.name)
def test_icons_need_no_fonts_or_external_files(path: Path) -> None:
    root = ET.parse(path).getroot()
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    references = [
        value
        for element in root.iter()
        for key, value in element.attrib.items()
        if key.endswith("href") and not value.startswith("#")
    ]

    assert not tags & {"text", "tspan", "font", "image", "foreignObject"}
    assert references == []


@pytest.mark.parametrize("size", [256, 512])
def test_png_renders_exist_at_their_nominal_size(size: int) -> None:
    data = (ICONS / f"{APP_ID}-{size}.png").read_bytes()

    assert png_size(data) == (size, size)


def test_windows_icon_holds_png_images_up_to_256_px() -> None:
    data = (PACKAGING / "icons" / "hrconnect.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = []
    for index in range(count):
        entry = data[6 + 16 * index : 22 + 16 * index]
        edge, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        assert data[offset : offset + 8] == PNG_SIGNATURE
        assert offset + length <= len(data)
        sizes.append(edge or 256)

    assert (reserved, kind) == (0, 1)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icon_is_a_complete_icns_container() -> None:
    data = (PACKAGING / "icons" / "hrconnect.icns").read_bytes()
    kinds = []
    position = 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        assert data[position + 8 : position + 16] == PNG_SIGNATURE
        kinds.append(kind)
        position += length

    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    assert position == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)
