# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""What importers produce: neutral records with provenance, before anything is stored.

Every importer turns its format into a stream of :data:`ImportItem`. One pipeline (the import
service) then normalises, stores and matches them, so LinkedIn, Facebook, vCard and CSV all take
the same path to the database (anki's ``foreign_data`` idea).

Source keys
    ``ForeignRecord.source_key`` identifies a record *within its kind* across exports, so that
    re-importing a newer export updates the same record instead of adding a copy, and so that
    "not the same person" decisions survive re-imports. Conventions:

    - LinkedIn connection: ``slug:<profile slug>``; without a URL ``name:<folded first>|<folded
      last>|<connected on>``, which is also given as a legacy key when the URL is present.
    - Facebook friend: ``name:<folded name>|<friend-since unix seconds>``.
    - vCard: ``uid:<UID>`` when the card has one (``uid:<UID>#<n>`` for a repeated UID), else
      ``name:<folded full name>#<n>`` where n counts earlier cards with the same base in the
      same source (files in path order), so namesakes stay apart; ``email:``/``phone:`` for
      cards without a name.
    - Google / Outlook CSV: ``name:<folded full name>#<n>`` (or ``email:<address>#<n>`` for a
      row without a name, ``phone:<digits and +>#<n>`` without a name or e-mail), the same
      scheme as vCard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from hrconnect.core.progress import Progress

if TYPE_CHECKING:
    from datetime import date, datetime

    from hrconnect.core.dates import PartialDate
    from hrconnect.core.kinds import ContactKind, InteractionKind, SourceKind


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a record came from, as a person would look for it.

    Attributes:
        archive: File name of the ZIP the file was read from, or None for a loose file.
        file: Name of the file inside the archive (its path inside it), or the file's own name.
        position: ``line N`` (CSV, 1-based physical line where the row starts, preamble
            included), ``card N`` (vCard, 1-based), ``item N`` (JSON array, 1-based), or ``""``
            when the problem concerns the whole file.
    """

    archive: str | None
    file: str
    position: str = ""

    def describe(self) -> str:
        """Human-readable ``archive › file, position`` for messages and logs."""
        where = f"{self.archive} › {self.file}" if self.archive else self.file
        return f"{where}, {self.position}" if self.position else where


@dataclass(frozen=True, slots=True)
class ContactPoint:
    """An e-mail address, phone number, URL, postal address or messenger handle, raw.

    Normalised forms (E.164, lower-cased e-mail, LinkedIn slug) are computed by the import
    service, not by importers, so that every source is normalised the same way.
    """

    kind: ContactKind
    value: str
    label: str = ""
    """Lower-case type or label from the source: ``work``, ``home``, ``cell``, ``linkedin``."""
    is_preferred: bool = False


@dataclass(frozen=True, slots=True)
class Employment:
    """A job: the current headline job of a LinkedIn connection, a vCard ORG, or a past position."""

    company: str
    title: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    is_current: bool = False
    department: str = ""


@dataclass(frozen=True, slots=True)
class ForeignRecord:
    """One person as one source describes them, with provenance. Importers fill what they have.

    Text values are trimmed but otherwise as in the source (no case folding, accents kept):
    display is faithful, matching normalises separately.
    """

    kind: SourceKind
    source_key: str
    locator: Locator
    full_name: str = ""
    given_name: str = ""
    middle_name: str = ""
    family_name: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    name_is_structured: bool = True
    """False when the source only had a display name that the importer split itself (Facebook),
    so given and family name may be in either order."""
    contact_points: tuple[ContactPoint, ...] = ()
    employments: tuple[Employment, ...] = ()
    birthday: PartialDate | None = None
    connected_on: date | None = None
    """When the connection or friendship began (LinkedIn "Connected On", Facebook friend-since)."""
    note: str = ""
    categories: tuple[str, ...] = ()
    """User-visible labels or groups from the source; system labels (``myContacts``) left out."""
    photo: bytes | None = None
    raw: tuple[tuple[str, str], ...] = ()
    """The source's own fields as read (column or property name, raw text), for provenance."""
    legacy_keys: tuple[str, ...] = ()
    """Earlier forms of ``source_key`` under which an older export may have stored this record."""

    @property
    def current_employment(self) -> Employment | None:
        """The job marked current, else the first one listed."""
        for job in self.employments:
            if job.is_current:
                return job
        return self.employments[0] if self.employments else None


@dataclass(frozen=True, slots=True)
class Counterpart:
    """Who an imported interaction was with, as far as the source can tell.

    Attributes:
        kind: The source kind of the record to attach the interaction to.
        source_key: The exact record key when the source has a safe join key (a LinkedIn
            profile slug gives ``slug:<slug>``).
        name: A display name, used only when there is no key (Facebook threads, LinkedIn files
            before 2021); such links are made only when exactly one record has that name.
    """

    kind: SourceKind
    source_key: str | None = None
    name: str = ""


@dataclass(frozen=True, slots=True)
class ForeignInteraction:
    """A dated contact between the owner and someone, read from an export.

    Importers aggregate: one interaction per conversation, counterpart and day is enough for
    last-contact dates and a readable timeline.
    """

    kind: InteractionKind
    occurred_at: datetime
    """Timezone-aware; UTC when the source says so or gives no zone."""
    counterpart: Counterpart
    source_key: str
    """Stable id for idempotent re-imports, unique within ``kind``."""
    locator: Locator
    summary: str = ""
    """A short, plain-text snippet (subject or the start of the message), at most 280 chars."""
    direction: str = ""
    """``in``, ``out`` or ``""`` when unknown."""
    is_group: bool = False


@dataclass(frozen=True, slots=True)
class OwnerFacts:
    """Facts about the archive's owner ("me"), who is never a contact.

    They are the basis of "former colleagues" and of recognising the owner among message
    participants. Several may arrive per import (one per file); the service combines them.
    """

    source: SourceKind
    locator: Locator
    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    positions: tuple[Employment, ...] = ()
    profile_url: str = ""
    birthday: PartialDate | None = None


class ProblemSeverity(StrEnum):
    """How a problem affects the import."""

    SKIPPED = "skipped"
    """Deliberately not imported (a hidden LinkedIn member, a draft message)."""
    FAILED = "failed"
    """Could not be read (a broken row or card); the rest of the file still imports."""
    WARNING = "warning"
    """Imported, but something was dropped or guessed (a corrupt photo, an unreadable date)."""


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A record or part of a file that could not be imported as is.

    ``reason`` is a stable key (``hidden_member``, ``missing_name``, ``bad_photo`` ...) that the
    UI translates; ``detail`` carries untranslated specifics such as the offending value.
    """

    locator: Locator
    reason: str
    severity: ProblemSeverity = ProblemSeverity.FAILED
    detail: str = ""


@dataclass(frozen=True, slots=True)
class FileSummary:
    """Emitted by an importer once per source file it read, for the report."""

    locator: Locator
    format_id: str
    items: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    """Reason keys describing the file as a whole (``decoded_cp1252``, ``excel_resave``)."""


ImportItem = (
    ForeignRecord | ForeignInteraction | OwnerFacts | RecordProblem | FileSummary | Progress
)
"""Everything an importer may yield, in any order (records before the interactions that refer
to them is not required: the service links interactions after all records are stored)."""


@dataclass(frozen=True, slots=True)
class PreparedRecord:
    """A foreign record with the normalised values the store keeps beside the raw ones.

    Built by the import service; the store writes it as is.

    Attributes:
        record: The record as the importer read it.
        content_hash: Digest of everything the record says, to tell "unchanged" on re-import.
        point_normals: Normalised form of each contact point, parallel to
            ``record.contact_points`` (E.164 phone, lower-case e-mail, LinkedIn slug; ``""``
            when the value cannot be normalised).
        company_keys: Company key of each job, parallel to ``record.employments``.
        photo_mime: MIME type of ``record.photo`` when a photo is kept.
    """

    record: ForeignRecord
    content_hash: str
    point_normals: tuple[str, ...]
    company_keys: tuple[str, ...]
    photo_mime: str = ""
