# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
r"""Export as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426): one card per person, and back again.

A file we write re-imports through our own importer to the same people and values (names,
e-mails, phones, organisation and title, birthday, note, tags, photo), and opens in the address
books people use. What goes in, and the choices made:

- **Values** come from ``derive_profile`` (the same display values as the window and the JSON
  export). Every contact point of every record is written once, de-duplicated on its normalised
  form, in source precedence order: e-mails in lower case, phones in E.164 when they could be
  read (as written otherwise), LinkedIn profiles in their canonical URL. A label that is a
  plain word becomes ``TYPE=<label>``; any other label (``Büro``, ``assistant 2``) goes in an
  Apple-style ``itemN.X-ABLabel``, which our importer and Apple's read. An address (stored as
  one line) is written as the street of ``ADR``; a messenger handle as ``X-SKYPE``-style
  property, or ``IMPP`` when it is a URI.
- **Jobs:** ``ORG`` (company; department) and ``TITLE`` of the current job only. Earlier jobs are
  not written as extra ``NOTE`` lines: importers (ours included) join every NOTE into the
  person's note, so a round trip would pollute the user's note. The JSON export carries the
  whole job history.
- **Birthdays:** 4.0 writes ``19800314``, year-less ``--0314``, ``1980-03`` or ``1980``. 3.0 has
  no year-less date, so it writes Apple's ``BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14`` (what
  sabre/vobject and DAVx5 write when converting 4.0 to 3.0; Apple, Nextcloud and ez-vcard read
  it, and our importer treats 1604 as "no year"), rather than ``--03-14``, which 3.0 does not
  allow. A birthday without a day cannot be written in 3.0 and is left out there.
- **Photo** of the highest-precedence record that has one: a ``data:`` URI in 4.0,
  ``ENCODING=b`` in 3.0; left out with ``photos=False``.
- **Identity:** the ``UID`` of the person's highest-precedence imported card when it had one
  (so export, import elsewhere, export again keeps it, and an address book that knows the
  card recognises it); otherwise ``urn:uuid:<uuid5>`` of the person id and the creation time
  of their oldest record: stable across exports and merges into that person, yet different
  for two installations' person 12. ``X-HRCONNECT-ID`` carries the id itself.
- **Text:** backslash, comma, semicolon and line breaks escaped in every text value; lines
  folded at 75 octets without splitting a UTF-8 sequence; CRLF line ends; UTF-8 without BOM.

Both versions are written here rather than with ``vobject``: vobject has no 4.0, and one writer
for both keeps escaping and folding identical (FORMATS.md §3.4 lists its reading bugs; tests
use it only as an independent reader of our 3.0 output).
"""

from __future__ import annotations

import base64
import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote

from hrconnect import __version__
from hrconnect.core.identifiers import linkedin_slug, linkedin_url
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.people import SOURCE_RANK, derive_profile
from hrconnect.errors import NotFoundError

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import BinaryIO

    from hrconnect.clock import Clock
    from hrconnect.core.dates import PartialDate
    from hrconnect.core.people import PersonSummary, StoredContactPoint, StoredRecord
    from hrconnect.store.engine import Store
    from hrconnect.store.transaction import Transaction

VCardVersion = Literal["4.0", "3.0"]

UID_NAMESPACE = uuid.UUID("6f1c2a4e-9b1d-5c3e-8f47-2d0a9e6b7c51")
"""Namespace of the person UIDs (a fixed, random value; never change it)."""

MAX_OCTETS = 75
_TOKEN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_REPEATED_UID = re.compile(r"#\d+$")
"""The importer's suffix for a UID seen twice in one file: that card has no UID of its own."""
_IM_SERVICES = ("aim", "icq", "gtalk", "jabber", "msn", "yahoo", "skype", "qq", "gadugadu")
_IM_PROPERTY = {service: f"X-{service.upper()}" for service in _IM_SERVICES}
"""Messenger handles as the ``X-`` properties address books (and our importer) read."""
_POINT_ORDER = tuple(ContactKind)
_PHOTO_TYPE = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP"}


@dataclass(frozen=True, slots=True)
class ExportPerson:
    """One person to export: the read-model row and every record of the cluster."""

    summary: PersonSummary
    records: tuple[StoredRecord, ...]


def load_people(tx: Transaction, person_ids: Sequence[int] | None) -> list[ExportPerson]:
    """The people to export (the CSV export shares this), sorted by name.

    Args:
        tx: A read unit of work.
        person_ids: Only these people; ids of merged people resolve to the survivor, and a
            person named twice is exported once. None: everybody.

    Raises:
        NotFoundError: an id names nobody.
    """
    ids: list[int] | None = None
    if person_ids is not None:
        ids = []
        for person_id in person_ids:
            resolved = tx.people.resolve(person_id)
            if resolved is None:
                raise NotFoundError(f"no person with id {person_id}")
            ids.append(resolved)
    summaries = tx.people.summaries(ids)
    records = tx.records.of_people(ids)
    by_person: dict[int, list[StoredRecord]] = {}
    for record in records:
        by_person.setdefault(record.person_id, []).append(record)
    return [ExportPerson(s, tuple(by_person.get(s.id, ()))) for s in summaries]


def ranked(records: Sequence[StoredRecord]) -> list[StoredRecord]:
    """Records in the order ``derive_profile`` prefers them: source precedence, newest first."""
    order = SOURCE_RANK
    return sorted(records, key=lambda r: (order.get(r.kind, 99), -r.updated_at.timestamp(), r.id))


class VCardExporter:
    """Writes people as vCards."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def write(
        self,
        target: BinaryIO,
        person_ids: Sequence[int] | None = None,
        *,
        version: VCardVersion = "4.0",
        photos: bool = True,
    ) -> int:
        """Write one card per person to a binary stream, person by person.

        Args:
            target: Where the bytes go (a file opened ``wb``, ``sys.stdout.buffer``).
            person_ids: Only these people (merged ids resolve to the survivor); None: everybody.
            version: ``"4.0"`` or ``"3.0"``.
            photos: Include photos.

        Returns:
            The number of cards written.

        Raises:
            NotFoundError: an id names nobody (raised before anything is written).
        """
        with self._store.read() as tx:
            people = load_people(tx, person_ids)
            for person in people:
                photo = _photo(tx, person.records) if photos else None
                target.write(card_bytes(person, version, photo))
        return len(people)


def card_bytes(
    person: ExportPerson, version: VCardVersion, photo: tuple[str, bytes] | None = None
) -> bytes:
    """One complete card: folded UTF-8 lines with CRLF ends."""
    return b"".join(fold(line) for line in card_lines(person, version, photo))


def card_lines(
    person: ExportPerson, version: VCardVersion, photo: tuple[str, bytes] | None = None
) -> list[str]:
    """The unfolded content lines of one person's card, ``BEGIN`` to ``END``."""
    records = ranked(person.records)
    profile = derive_profile(records)
    name = next((r for r in records if r.display_name == profile.display_name), None)
    parts = (
        (name.family_name, name.given_name, name.middle_name, name.prefix, name.suffix)
        if name
        else ("",) * 5
    )
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        f"PRODID:-//hrconnect//hrconnect {__version__}//EN",
        f"UID:{text(person_uid(person))}",
        f"FN:{text(profile.display_name)}",
        "N:" + ";".join(text(part) for part in parts),
    ]
    nickname = next((r.nickname.strip() for r in records if r.nickname.strip()), "")
    if nickname:
        lines.append(f"NICKNAME:{text(nickname)}")
    lines.extend(_job_lines(records, profile.organization, profile.title))
    lines.extend(_PointWriter(version).lines(records))
    if profile.birthday is not None:
        birthday = _birthday(profile.birthday, version)
        if birthday:
            lines.append(birthday)
    if profile.note:
        lines.append(f"NOTE:{text(profile.note)}")
    tags = sorted({tag for r in records for tag in r.tags}, key=str.casefold)
    if tags:
        lines.append("CATEGORIES:" + ",".join(text(tag) for tag in tags))
    if photo is not None:
        lines.append(_photo_line(photo, version))
    if records:
        newest = max(r.updated_at for r in records)
        stamp = "%Y%m%dT%H%M%SZ" if version == "4.0" else "%Y-%m-%dT%H:%M:%SZ"
        lines.append(f"REV:{newest.strftime(stamp)}")
    lines.append(f"X-HRCONNECT-ID:{person.summary.id}")
    lines.append("END:VCARD")
    return lines


def person_uid(person: ExportPerson) -> str:
    """The stable UID of a person's card (see the module docstring)."""
    for record in ranked(person.records):
        if record.kind is SourceKind.VCARD and record.source_key.startswith("uid:"):
            uid = record.source_key.removeprefix("uid:")
            if uid and not _REPEATED_UID.search(uid):
                return uid
    oldest = min((r.created_at for r in person.records), default=None)
    basis = f"{person.summary.id}/{oldest.isoformat() if oldest else ''}"
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, basis)}"


def text(value: str) -> str:
    r"""Escape a text value (or one component or list item): ``\\ \, \; \n``."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """A content line as UTF-8 octets, folded at 75 octets on character boundaries, CRLF."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return data + b"\r\n"
    parts = []
    start = 0
    limit = MAX_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end -= 1  # never cut inside a multi-byte character
        parts.append(data[start:end])
        start = end
        limit = MAX_OCTETS - 1  # a continuation line starts with one space
    return b"\r\n ".join(parts) + b"\r\n"


def _job_lines(records: Sequence[StoredRecord], organization: str, title: str) -> list[str]:
    lines = []
    if organization:
        department = ""
        for record in records:
            if record.organization.strip() == organization:
                department = next(
                    (
                        job.department
                        for job in record.employments
                        if job.company.strip() == organization and job.department.strip()
                    ),
                    "",
                )
                break
        value = text(organization) + (f";{text(department.strip())}" if department else "")
        lines.append(f"ORG:{value}")
    if title:
        lines.append(f"TITLE:{text(title)}")
    return lines


def _birthday(value: PartialDate, version: VCardVersion) -> str:
    year, month, day = value.year, value.month, value.day
    if version == "4.0":
        if year is None:
            return f"BDAY:--{month:02d}{day:02d}"
        if month is None:
            return f"BDAY:{year:04d}"
        if day is None:
            return f"BDAY:{year:04d}-{month:02d}"
        return f"BDAY:{year:04d}{month:02d}{day:02d}"
    if month is None or day is None:
        return ""
    if year is None:
        return f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{month:02d}-{day:02d}"
    return f"BDAY:{year:04d}-{month:02d}-{day:02d}"


def _photo(tx: Transaction, records: Sequence[StoredRecord]) -> tuple[str, bytes] | None:
    for record in ranked(records):
        if record.has_photo:
            found = tx.records.photo(record.id)
            if found is not None:
                return found
    return None


def _photo_line(photo: tuple[str, bytes], version: VCardVersion) -> str:
    mime, data = photo
    encoded = base64.b64encode(data).decode("ascii")
    if version == "4.0":
        return f"PHOTO:data:{mime};base64,{encoded}"
    kind = _PHOTO_TYPE.get(mime, mime.rpartition("/")[2].upper())
    return f"PHOTO;ENCODING=b;TYPE={kind}:{encoded}"


class _PointWriter:
    """Turns the contact points of a person's records into lines, each value once."""

    def __init__(self, version: VCardVersion) -> None:
        self._version = version
        self._groups = 0

    def lines(self, records: Sequence[StoredRecord]) -> list[str]:
        """Lines for every distinct contact point: e-mails, phones, addresses, links, chat."""
        seen: set[tuple[ContactKind, str]] = set()
        by_kind: dict[ContactKind, list[str]] = {kind: [] for kind in _POINT_ORDER}
        for record in records:
            for point in sorted(record.contact_points, key=lambda p: not p.is_preferred):
                key = (point.kind, point.normalized or " ".join(point.value.split()).casefold())
                if not key[1] or key in seen:
                    continue
                seen.add(key)
                by_kind.setdefault(point.kind, []).extend(self._point(point))
        return [line for kind in by_kind for line in by_kind[kind]]

    def _point(self, point: StoredContactPoint) -> list[str]:
        kind = point.kind
        if kind is ContactKind.EMAIL:
            return self._labelled("EMAIL", text(point.normalized or point.value.strip()), point)
        if kind is ContactKind.PHONE:
            value, params = self._phone(point)
            return self._labelled("TEL", value, point, params)
        if kind is ContactKind.ADDRESS:
            return self._labelled("ADR", f";;{text(point.value.strip())};;;;", point)
        if kind is ContactKind.URL:
            return self._url(point)
        return self._im(point)

    def _phone(self, point: StoredContactPoint) -> tuple[str, list[tuple[str, str]]]:
        e164 = point.normalized if re.fullmatch(r"\+\d{4,15}", point.normalized) else ""
        if self._version == "4.0":
            if e164:
                return f"tel:{e164}", [("VALUE", "uri")]
            return text(point.value.strip()), [("VALUE", "text")]
        return text(e164 or point.value.strip()), []

    def _url(self, point: StoredContactPoint) -> list[str]:
        slug = linkedin_slug(point.value)
        if slug:
            return [f"URL:{_uri(linkedin_url(slug))}"]
        url = point.value.strip().replace("\\:", ":")
        url = url if "://" in url else f"https://{url}"
        return self._labelled("URL", _uri(url), point)

    def _im(self, point: StoredContactPoint) -> list[str]:
        label = point.label.strip().lower()
        value = point.value.strip()
        legacy = _IM_PROPERTY.get(label)
        if legacy and ":" not in value:
            return [f"{legacy}:{text(value)}"]
        params = [("X-SERVICE-TYPE", label)] if _TOKEN.match(label) else []
        uri = value if ":" in value else f"x-{label or 'im'}:{value}"
        return [_line("IMPP", _uri(uri), params)]

    def _labelled(
        self,
        name: str,
        value: str,
        point: StoredContactPoint,
        params: Sequence[tuple[str, str]] = (),
    ) -> list[str]:
        params = list(params)
        label = point.label.strip().lower()
        types = [label] if label and _TOKEN.match(label) else []
        if name == "EMAIL" and self._version == "3.0":
            types.insert(0, "internet")
        if point.is_preferred:
            if self._version == "4.0":
                params.append(("PREF", "1"))
            else:
                types.append("pref")
        if types:
            params.insert(0, ("TYPE", ",".join(types)))
        if label and not _TOKEN.match(label):
            self._groups += 1
            group = f"item{self._groups}"
            return [
                f"{group}.{_line(name, value, params)}",
                f"{group}.X-ABLabel:{text(point.label.strip())}",
            ]
        return [_line(name, value, params)]


def _line(name: str, value: str, params: Sequence[tuple[str, str]]) -> str:
    head = name + "".join(f";{key}={val}" for key, val in params)
    return f"{head}:{value}"


def _uri(value: str) -> str:
    """A URI with non-ASCII, spaces and control characters percent-encoded."""
    return quote(value, safe="!#$&'()*+,-./:;=?@[]_~%")
