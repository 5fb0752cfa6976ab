# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Independent stdlib readers for the generated files, used to check shapes and locators.

Deliberately not sharing code with the generator (or with the product's importers): CSV rows
come from :mod:`csv` with the line counter it keeps, vCards are split on ``BEGIN:VCARD`` and
decoded with :mod:`quopri`, Facebook JSON is repaired with the plain Latin-1 round trip.
"""

from __future__ import annotations

import csv
import io
import json
import quopri
import zipfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path


def member_bytes(archive: Path, member: str) -> bytes:
    """The bytes of one archive member."""
    with zipfile.ZipFile(archive) as handle:
        return handle.read(member)


def member_names(archive: Path) -> list[str]:
    """Member names in archive order."""
    with zipfile.ZipFile(archive) as handle:
        return handle.namelist()


def csv_rows_by_line(text: str, delimiter: str = ",") -> dict[int, list[str]]:
    """Every CSV record keyed by the 1-based physical line on which it starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: dict[int, list[str]] = {}
    start = 1
    for row in reader:
        rows[start] = row
        start = reader.line_num + 1
    return rows


def repair_mojibake(value: Any) -> Any:
    """Undo Facebook's UTF-8-as-Latin-1 escaping on every string of a parsed document."""
    if isinstance(value, str):
        return value.encode("latin-1").decode("utf-8")
    if isinstance(value, list):
        return [repair_mojibake(item) for item in value]
    if isinstance(value, dict):
        return {key: repair_mojibake(item) for key, item in value.items()}
    return value


def facebook_json(archive: Path, member: str) -> Any:
    """A Facebook JSON member, parsed and repaired."""
    return repair_mojibake(json.loads(member_bytes(archive, member)))


def vcard_blocks(data: bytes) -> list[str]:
    """The cards of a vCard file as text (CRLF kept), in file order."""
    text = data.decode("utf-8")
    parts = text.split("BEGIN:VCARD")
    return ["BEGIN:VCARD" + part for part in parts[1:]]


def vcard_property(card: str, name: str) -> str | None:
    """The decoded value of the first ``name`` property (QP soft breaks and 3.0 escapes undone)."""
    lines = card.split("\r\n")
    for index, line in enumerate(lines):
        key, sep, value = line.partition(":")
        if not sep or key.split(";")[0].split(".")[-1].upper() != name:
            continue
        if "QUOTED-PRINTABLE" in key.upper():
            while value.endswith("=") and index + 1 < len(lines):
                index += 1
                value = value[:-1] + lines[index]
            return quopri.decodestring(value.encode("ascii")).decode("utf-8")
        return (
            value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        )
    return None
