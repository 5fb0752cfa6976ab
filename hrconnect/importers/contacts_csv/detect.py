# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Which contacts CSV a header row belongs to, scored against known column sets (FORMATS §4.7).

The header decides everything: Google's legacy and current layouts, Outlook desktop (and its
2000 variant), Outlook.com, Google's two Outlook-CSV shapes, Thunderbird, and Outlook in German,
French or Dutch. LinkedIn's ``Connections.csv`` and its old Outlook-style export look alike and
are refused here, so the LinkedIn reader keeps them. Anything else is not ours.
"""

from __future__ import annotations

import codecs
import csv
import logging
from enum import StrEnum
from typing import TYPE_CHECKING

from hrconnect.errors import UnusableSourceError
from hrconnect.importers.contacts_csv.columns import NAME_ROLES, Column, Role, fold_header
from hrconnect.importers.contacts_csv.headers import (
    GOOGLE_ADDRESS_PARTS,
    GOOGLE_CURRENT_MARKERS,
    GOOGLE_GROUP,
    GOOGLE_GROUPS,
    GOOGLE_LEGACY_MARKERS,
    GOOGLE_SCALARS,
    GOOGLE_UNNUMBERED_ORGANIZATION,
    OUTLOOK_EN,
    OUTLOOK_EN_MARKERS,
    THUNDERBIRD,
    THUNDERBIRD_MARKERS,
)
from hrconnect.importers.contacts_csv.headers_localised import LOCALISED_OUTLOOK
from hrconnect.importers.csvtable import DELIMITERS, header_key
from hrconnect.importers.text import looks_binary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hrconnect.importers.sources import SourceEntry

log = logging.getLogger(__name__)

SNIFF_BYTES = 64 * 1024
SNIFF_LINES = 15
MIN_COLUMNS = 3
"""A header needs this many recognised columns: two could be any table's ``Name,Email``."""

LINKEDIN_OUTLOOK_EXPORT = "linkedin_connections_export_microsoft_outlook"
"""File name of LinkedIn's pre-2016 Outlook-style export, which the LinkedIn reader takes."""


class Layout(StrEnum):
    """A known header shape. The value is the report note's ``layout:<value>``."""

    GOOGLE_LEGACY = "google_legacy"
    GOOGLE_CURRENT = "google_current"
    OUTLOOK_DESKTOP = "outlook_desktop"
    OUTLOOK_2000 = "outlook_2000"
    OUTLOOK_COM = "outlook_com"
    GOOGLE_OUTLOOK_SHORT = "google_outlook_short"
    GOOGLE_OUTLOOK_LONG = "google_outlook_long"
    THUNDERBIRD = "thunderbird"
    OUTLOOK_DE = "outlook_de"
    OUTLOOK_FR = "outlook_fr"
    OUTLOOK_NL = "outlook_nl"

    @property
    def is_google(self) -> bool:
        """True for Google's own layouts (not its Outlook-CSV shapes)."""
        return self in (Layout.GOOGLE_LEGACY, Layout.GOOGLE_CURRENT)

    @property
    def language(self) -> str:
        """The language of the column names (``en``, ``de``, ``fr``, ``nl``)."""
        program, _, suffix = self.value.rpartition("_")
        return suffix if program == "outlook" and suffix in LOCALISED_OUTLOOK else "en"

    @property
    def day_first(self) -> bool:
        """How to read an ambiguous numeric date such as ``05/03/1980`` absent other evidence.

        A localised Outlook writes the machine's short date format, which is day-first in
        German, French and Dutch; an English header is taken as US month-first.
        """
        return self.language != "en"


def _has_person_column(keys: set[str], table: dict[str, Column]) -> bool:
    roles = {table[key].role for key in keys if key in table}
    return bool(roles & NAME_ROLES) or Role.EMAIL in roles


def _is_linkedin(keys: Sequence[str], present: set[str]) -> bool:
    if "connected on" in present:
        return True
    if {"first name", "last name", "url"} <= present:
        return True
    # LinkedIn's old Outlook-style export puts the e-mail right after the name and ends with
    # "Personal Web Page"; no Outlook writes that order.
    return (
        len(keys) > 5
        and keys[4] == "suffix"
        and keys[5] == "e-mail address"
        and "personal web page" in present
    )


def _google_layout(present: set[str]) -> Layout | None:
    groups: set[str] = set()
    attributes: set[str] = set()
    group_columns = 0
    for key in present:
        match = GOOGLE_GROUP.match(key)
        if match and match["group"] in GOOGLE_GROUPS:
            group_columns += 1
            groups.add(match["group"])
            attributes.add(match["attribute"])
    legacy = present & GOOGLE_LEGACY_MARKERS
    current = present & (GOOGLE_CURRENT_MARKERS | GOOGLE_UNNUMBERED_ORGANIZATION.keys())
    if not group_columns and not legacy and not current:
        return None
    scalars = present & GOOGLE_SCALARS.keys()
    if not (_has_person_column(scalars, GOOGLE_SCALARS) or "e-mail" in groups):
        return None
    if len(scalars) + group_columns < MIN_COLUMNS:
        return None
    if "label" in attributes or (current and not legacy):
        return Layout.GOOGLE_CURRENT
    if "type" in attributes or legacy or attributes & GOOGLE_ADDRESS_PARTS.keys():
        return Layout.GOOGLE_LEGACY
    return None


def _localised_layout(present: set[str]) -> tuple[Layout | None, int]:
    best: Layout | None = None
    best_score = 0
    for language, table in LOCALISED_OUTLOOK.items():
        own = (present & table.keys()) - OUTLOOK_EN.keys()
        if len(own) > best_score and _has_person_column(own, table):
            best, best_score = Layout(f"outlook_{language}"), len(own)
    return best, best_score


def _english_outlook_layout(present: set[str]) -> Layout:
    if "e-mail display name" in present or "e-mail type" in present:
        if "business country" in present and "business country/region" not in present:
            return Layout.OUTLOOK_2000
        return Layout.OUTLOOK_DESKTOP
    if present & {"given yomi", "surname yomi", "imaddress"}:
        return Layout.OUTLOOK_COM
    if "internet free busy" in present:
        return Layout.GOOGLE_OUTLOOK_LONG
    if "categories" in present and "e-mail address" in present:
        return Layout.GOOGLE_OUTLOOK_SHORT
    if "business country" in present and "business country/region" not in present:
        return Layout.OUTLOOK_2000
    return Layout.OUTLOOK_DESKTOP


def detect_layout(cells: Sequence[str]) -> Layout | None:
    """The layout a candidate header row belongs to, or None if it is not a contacts header.

    Args:
        cells: The row's cells, raw or already folded by ``csvtable.header_key``.

    Returns:
        The best-scoring known layout; None for LinkedIn files, unknown tables, and headers
        with fewer than three recognised columns or without a name or e-mail column.
    """
    keys = [fold_header(cell) for cell in cells]
    present = {key for key in keys if key}
    if len(present) < MIN_COLUMNS or _is_linkedin(keys, present):
        return None
    google = _google_layout(present)
    if google is not None:
        return google
    if present & THUNDERBIRD_MARKERS:
        known = present & THUNDERBIRD.keys()
        if len(known) >= MIN_COLUMNS and _has_person_column(known, THUNDERBIRD):
            return Layout.THUNDERBIRD
    english = present & OUTLOOK_EN.keys()
    localised, localised_score = _localised_layout(present)
    if localised is not None and localised_score >= max(MIN_COLUMNS, len(english) + 1):
        return localised
    if (
        present & OUTLOOK_EN_MARKERS
        and len(english) >= MIN_COLUMNS
        and _has_person_column(english, OUTLOOK_EN)
    ):
        return _english_outlook_layout(present)
    return None


def _decode_head(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return codecs.getincrementaldecoder("utf-8")("replace").decode(head[3:])
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    if looks_binary(head):
        return None
    try:
        # Not final: the head may end in the middle of a multi-byte character.
        return codecs.getincrementaldecoder("utf-8")("strict").decode(head)
    except UnicodeDecodeError:
        return head.decode("cp1252", errors="replace")


def sniff_layout(entry: SourceEntry) -> Layout | None:
    """Look at the head of a file and say which contacts layout it has, cheaply.

    Mirrors ``csvtable.find_table``: the first ``SNIFF_LINES`` lines, each delimiter in turn.
    Never raises: unreadable, binary or unknown content gives None.
    """
    try:
        head = entry.head(SNIFF_BYTES)
    except (OSError, UnusableSourceError) as error:
        log.debug("cannot sniff %s: %s", entry.path, error)
        return None
    text = _decode_head(head)
    if not text:
        return None
    lines = text.splitlines(keepends=True)[:SNIFF_LINES]
    for delimiter in DELIMITERS:
        try:
            for cells in csv.reader(lines, delimiter=delimiter, strict=False):
                layout = detect_layout([header_key(cell) for cell in cells])
                if layout is not None:
                    return layout
        except csv.Error:
            continue
    return None


def is_linkedin_outlook_export(entry: SourceEntry) -> bool:
    """True for LinkedIn's old ``linkedin_connections_export_microsoft_outlook.csv`` by name."""
    return LINKEDIN_OUTLOOK_EXPORT in entry.name.casefold()
