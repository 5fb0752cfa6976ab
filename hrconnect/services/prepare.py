# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Normalised values beside the raw ones, computed once per record as it is stored.

Importers keep values as the source wrote them; this module adds what search, matching and
"former colleagues" compare on: e-mails in lower case, phones in E.164 (default region from the
settings, Belgium out of the box), LinkedIn profile slugs, company keys without legal forms, and
a content hash that tells an updated record from an unchanged one on re-import.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from hrconnect.core.identifiers import linkedin_slug, normalize_email
from hrconnect.core.kinds import ContactKind, SourceKind
from hrconnect.core.records import ContactPoint, ForeignRecord, PreparedRecord
from hrconnect.matching.companies import company_key
from hrconnect.matching.phones import phone_info

if TYPE_CHECKING:
    from hrconnect.core.records import Employment

MAX_PHOTO_BYTES = 1024 * 1024

_PHOTO_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def photo_mime(data: bytes) -> str:
    """The image type of photo bytes by their magic number, or ``""`` if not a known image."""
    for magic, mime in _PHOTO_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


def normalize_point(point: ContactPoint, region: str) -> str:
    """The comparable form of a contact point, or ``""`` when it has none.

    E-mail: lower case, validated. Phone: E.164. URL: ``linkedin.com/in/<slug>`` for LinkedIn
    profiles, else the URL lower-cased without scheme, ``www.`` and trailing slash.
    Addresses and messenger handles: case-folded, spaces collapsed.
    """
    if point.kind is ContactKind.EMAIL:
        return normalize_email(point.value) or ""
    if point.kind is ContactKind.PHONE:
        info = phone_info(point.value, region)
        return info.e164 if info else ""
    if point.kind is ContactKind.URL:
        slug = linkedin_slug(point.value)
        if slug:
            return f"linkedin.com/in/{slug}"
        text = point.value.strip().lower()
        for prefix in ("https://", "http://"):
            text = text.removeprefix(prefix)
        return text.removeprefix("www.").rstrip("/")
    return " ".join(point.value.split()).casefold()


def content_hash(record: ForeignRecord) -> str:
    """A digest of everything a record says, except where it was found.

    A newer export that only moved a row (another line number) is "unchanged"; one that changed
    a title is "updated".
    """
    # repr() of plain tuples of str/bool/None is stable and much cheaper than sorted JSON.
    payload = (
        (
            record.full_name,
            record.given_name,
            record.middle_name,
            record.family_name,
            record.prefix,
            record.suffix,
            record.nickname,
            record.name_is_structured,
        ),
        tuple((str(p.kind), p.value, p.label, p.is_preferred) for p in record.contact_points),
        tuple(_job_payload(job) for job in record.employments),
        record.birthday.isoformat() if record.birthday else None,
        record.connected_on.isoformat() if record.connected_on else None,
        record.note,
        tuple(sorted(record.categories)),
        hashlib.sha256(record.photo).hexdigest() if record.photo else None,
        record.raw,
    )
    return hashlib.sha256(repr(payload).encode("utf-8", "surrogatepass")).hexdigest()


def _job_payload(job: Employment) -> tuple[object, ...]:
    return (
        job.company,
        job.title,
        job.department,
        job.start.isoformat() if job.start else None,
        job.end.isoformat() if job.end else None,
        job.is_current,
    )


def prepare(record: ForeignRecord, *, region: str, keep_photos: bool) -> PreparedRecord:
    """Compute the normalised values the store keeps beside a record's raw values."""
    mime = ""
    if record.photo is not None:
        mime = (
            photo_mime(record.photo) if keep_photos and len(record.photo) <= MAX_PHOTO_BYTES else ""
        )
    return PreparedRecord(
        record=record,
        content_hash=content_hash(record),
        point_normals=tuple(normalize_point(p, region) for p in record.contact_points),
        company_keys=tuple(company_key(job.company) for job in record.employments),
        photo_mime=mime,
    )


SCOPED_KINDS = frozenset({SourceKind.VCARD, SourceKind.GOOGLE, SourceKind.OUTLOOK})
_COPY_SUFFIX = re.compile(r"(?:[\s_-]*\(\d+\)|[\s_-]+(?:copy|kopie|\d{1,2}))+$", re.IGNORECASE)
_DATE_PART = re.compile(
    r"[\s_-]*\d{4}[-_.]?\d{2}[-_.]?\d{2}(?:[T_ -]?\d{2}[-_.:]?\d{2}(?:[-_.:]?\d{2})?)?"
)
_IOS_SHARE = re.compile(r"^.+ (?:and|en|et|und) \d+ (?:others?|anderen|autres|andere)$")


def source_scope(label: str) -> str:
    """The address-book identity of a file, from its name.

    Name-based keys of vCards and CSV rows are only unique within one address book: "Jan
    Peeters" in the phone's export and "Jan Peeters" in Outlook's are two records (the matcher
    decides whether they are one person). A newer export of the same address book usually has
    the same name up to a copy number or a date, which are ignored: ``Contacts (2).vcf``,
    ``contacts-2026-11-20.vcf`` and ``contacts.vcf`` are one address book. iPhone's shared
    files ("Jan Peeters and 523 others.vcf") are named after their first card, so they are all
    one address book.
    """
    stem = label.rsplit("/", 1)[-1]
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    stem = stem.strip().casefold()
    if _IOS_SHARE.match(stem):
        return "iphone-share"
    stem = _DATE_PART.sub("", stem)
    stem = _COPY_SUFFIX.sub("", stem).strip(" _-.")
    return stem or "contacts"


def scoped_key(record: ForeignRecord, scope: str) -> str:
    """The stored source key: UIDs are global, name-based keys live in their address book."""
    if record.kind not in SCOPED_KINDS or record.source_key.startswith("uid:"):
        return record.source_key
    return f"{record.source_key}@{scope}"
