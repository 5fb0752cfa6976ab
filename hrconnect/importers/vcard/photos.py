# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Contact photos: optional, decoded only when a card is mapped, size-capped, never fatal.

Photos come as ``ENCODING=BASE64`` (2.1), ``ENCODING=b`` (3.0), Apple's bare ``BASE64``, a
``data:`` URI (4.0) or a URL. URLs are never fetched (an import stays offline). Base64 may be
indented, followed by blank lines, or corrupt (the ez-vcard Android sample's photo is), so a
photo that does not decode strictly, is larger than :data:`MAX_PHOTO_BYTES`, or is not a JPEG,
PNG, GIF or WebP image is dropped and the card kept.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes

if TYPE_CHECKING:
    from hrconnect.importers.vcard.contentline import Property

MAX_PHOTO_BYTES = 1024 * 1024
_URL_PREFIXES = ("http://", "https://", "ftp://", "file:", "cid:", "content:")


@dataclass(frozen=True, slots=True)
class PhotoOutcome:
    """What became of one PHOTO property.

    Attributes:
        data: The image bytes, or None.
        dropped_because: ``""`` when kept or deliberately ignored (a URL, an empty value);
            otherwise why the photo was dropped, for the ``photo_dropped`` problem.
    """

    data: bytes | None = None
    dropped_because: str = ""


def read_photo(prop: Property) -> PhotoOutcome:
    """Decode a PHOTO property, or say why it cannot be used.

    Never raises for bad data.
    """
    if prop.is_overlong:
        return PhotoOutcome(dropped_because=f"larger than {MAX_PHOTO_BYTES // 1024} KiB")
    value = prop.value.strip()
    if not value:
        return PhotoOutcome()
    lowered = value[:16].lower()
    if lowered.startswith("data:"):
        return _from_data_uri(value)
    if prop.value_type == "uri" or lowered.startswith(_URL_PREFIXES):
        return PhotoOutcome()
    return _from_base64(value)


def _from_data_uri(value: str) -> PhotoOutcome:
    meta, comma, payload = value.partition(",")
    if not comma:
        return PhotoOutcome(dropped_because="data URI without data")
    if meta.lower().endswith(";base64"):
        return _from_base64(payload)
    return _checked(unquote_to_bytes(payload))


def _from_base64(text: str) -> PhotoOutcome:
    compact = "".join(text.split())
    if len(compact) * 3 // 4 > MAX_PHOTO_BYTES:
        return PhotoOutcome(dropped_because=f"larger than {MAX_PHOTO_BYTES // 1024} KiB")
    compact += "=" * (-len(compact) % 4)
    try:
        data = binascii.a2b_base64(compact.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as error:
        return PhotoOutcome(dropped_because=f"corrupt base64 ({error})")
    return _checked(data)


def _checked(data: bytes) -> PhotoOutcome:
    if len(data) > MAX_PHOTO_BYTES:
        return PhotoOutcome(dropped_because=f"larger than {MAX_PHOTO_BYTES // 1024} KiB")
    if not image_mime(data):
        return PhotoOutcome(dropped_because="not a JPEG, PNG, GIF or WebP image")
    return PhotoOutcome(data)


def image_mime(data: bytes) -> str:
    """The MIME type of JPEG, PNG, GIF or WebP bytes by their magic number, else ``""``."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""
