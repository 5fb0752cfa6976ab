# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Export as a CSV spreadsheet that opens cleanly in Excel: one row per person.

- UTF-8 **with** a byte-order mark (without it Excel reads UTF-8 as the ANSI code page and
  mangles every accent), CRLF line ends, fields quoted when needed (embedded quotes doubled).
- A stable column order, named like the keys of the JSON export: :data:`COLUMNS`. Lists
  (e-mails, phones, links, tags, sources) are joined with ``"; "``.
- **Formula injection** (OWASP "CSV Injection"): a cell that starts with ``=``, ``+``, ``-``,
  ``@``, a tab, a carriage return or a line feed would be evaluated by Excel, LibreOffice or
  Sheets as a formula (``=HYPERLINK(...)`` in an imported name field, say). Every such cell is
  prefixed with an apostrophe, which spreadsheets take as "this is text" and do not show.
  This applies to legitimate values too, on purpose: phone numbers in E.164 (``+32475...``)
  become ``'+32475...`` and a year-less birthday ``--03-14`` becomes ``'--03-14``. Without the
  apostrophe Excel would show ``+32475123456`` as the number 32475123456 and compute
  ``--03-14`` as -11, so nothing useful is lost; a script reading the file strips one leading
  apostrophe from those cells.
- The delimiter is a comma by default. Excel in a locale whose list separator is ``;``
  (Dutch, Belgian, German) opens such files in one column; the window can pass ``";"``.
"""

from __future__ import annotations

import codecs
import csv
import io
from typing import TYPE_CHECKING

from hrconnect.core.kinds import SourceKind
from hrconnect.core.people import derive_profile
from hrconnect.services.export_vcard import load_people

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import BinaryIO

    from hrconnect.clock import Clock
    from hrconnect.services.export_vcard import ExportPerson
    from hrconnect.store.engine import Store

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "given_name",
    "family_name",
    "organization",
    "title",
    "emails",
    "phones",
    "urls",
    "birthday",
    "tags",
    "last_contact",
    "keep_in_touch_days",
    "sources",
    "note",
)
"""The columns, in order. Only ever add columns at the end."""

LIST_SEPARATOR = "; "
FORMULA_STARTS = frozenset("=+-@\t\r\n")
"""First characters that make a spreadsheet read a cell as a formula."""
_ROWS_PER_WRITE = 500


def neutralise(cell: str) -> str:
    """A cell that no spreadsheet will evaluate: prefixed with ``'`` if it could be a formula."""
    return f"'{cell}" if cell[:1] in FORMULA_STARTS else cell


def person_row(person: ExportPerson) -> list[str]:
    """One person's cells in :data:`COLUMNS` order, neutralised."""
    summary = person.summary
    profile = derive_profile(person.records)
    tags = sorted({tag for record in person.records for tag in record.tags}, key=str.casefold)
    sources = [kind.value for kind in summary.sources if kind is not SourceKind.USER]
    cells = [
        str(summary.id),
        profile.display_name,
        profile.given_name,
        profile.family_name,
        profile.organization,
        profile.title,
        LIST_SEPARATOR.join(profile.emails),
        LIST_SEPARATOR.join(profile.phones),
        LIST_SEPARATOR.join(profile.urls),
        profile.birthday.isoformat() if profile.birthday else "",
        LIST_SEPARATOR.join(tags),
        summary.last_contact_on.isoformat() if summary.last_contact_on else "",
        str(summary.every_days) if summary.every_days else "",
        LIST_SEPARATOR.join(sources),
        profile.note.replace("\r\n", "\n").replace("\r", "\n"),
    ]
    return [neutralise(cell) for cell in cells]


class CsvExporter:
    """Writes people as one spreadsheet row each."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def write(
        self,
        target: BinaryIO,
        person_ids: Sequence[int] | None = None,
        *,
        delimiter: str = ",",
    ) -> int:
        """Write the header and one row per person to a binary stream.

        Args:
            target: Where the bytes go.
            person_ids: Only these people (merged ids resolve to the survivor); None: everybody.
            delimiter: ``","`` or ``";"``.

        Returns:
            The number of rows written (people, not counting the header).

        Raises:
            NotFoundError: an id names nobody (raised before anything is written).
            ValueError: the delimiter is not ``,``, ``;`` or a tab.
        """
        if delimiter not in (",", ";", "\t"):
            raise ValueError(f"unsupported delimiter {delimiter!r}")
        with self._store.read() as tx:
            people = load_people(tx, person_ids)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        target.write(codecs.BOM_UTF8)
        for index, person in enumerate(people, start=1):
            writer.writerow(person_row(person))
            if index % _ROWS_PER_WRITE == 0:
                _flush(buffer, target)
        _flush(buffer, target)
        return len(people)


def _flush(buffer: io.StringIO, target: BinaryIO) -> None:
    target.write(buffer.getvalue().encode("utf-8"))
    buffer.seek(0)
    buffer.truncate()
