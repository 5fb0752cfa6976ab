# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Stable text keys: folded names for source keys, LinkedIn profile slugs, plain e-mail checks.

These functions feed keys that are stored in the database and must stay stable between
releases, so they use only the standard library's Unicode data, never a transliteration
library whose tables may change.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]{2,}$")
INVISIBLE_CODES = tuple(
    [
        0x200B,
        0x200C,
        0x200D,
        0x200E,
        0x200F,
        0x2060,
        0x206A,
        0x206B,
        0x206C,
        0x206D,
        0x206E,
        0x206F,
        0xFEFF,
        0x00AD,
    ]
)
"""Zero-width and formatting characters (BOMs, joiners, U+206F fillers, soft hyphens)."""
_INVISIBLE = dict.fromkeys(INVISIBLE_CODES)


def strip_invisible(text: str) -> str:
    """Remove zero-width and formatting characters (BOMs, joiners, U+206F fillers)."""
    return text.translate(_INVISIBLE)


def key_text(text: str) -> str:
    """Fold text for use in a stable key: accents removed, case folded, spaces collapsed.

    >>> key_text("  José  ÁLVAREZ ")
    'jose alvarez'
    """
    # str.split() splits on exactly what the regex \s matches (checked over every code
    # point), and joining its words collapses and trims spaces 3-4x faster than a re.sub.
    if text.isascii():  # the common case, and ~5x faster; same result as the general path
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", strip_invisible(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


_CANONICAL_PROFILE = "https://www.linkedin.com/in/"
_SLUG_UNSAFE = re.compile(r"[%?#/\\:;@\s]")


def linkedin_slug(url: str) -> str | None:
    """The profile slug of a LinkedIn member URL, normalised, or None if it is not one.

    Accepts any scheme or none, any country subdomain, trailing slashes, queries and
    percent-encoding: ``https://www.linkedin.com/in/Jonas-Weber-M%C3%BCnchen/?trk=x`` gives
    ``jonas-weber-münchen``. Old public URLs (``/pub/name/1a/2b/3c``) give ``pub/name/1a/2b/3c``.
    """
    # Fast path for the canonical form (Connections.csv, and our own linkedin_url()): a plain
    # ASCII slug with nothing to decode needs no URL parsing. Same result as the full path.
    if url.startswith(_CANONICAL_PROFILE) and url.isascii():
        rest = url[len(_CANONICAL_PROFILE) :].rstrip("/")
        if rest and not _SLUG_UNSAFE.search(rest):
            return rest.lower()
    return _parsed_linkedin_slug(url)


@lru_cache(maxsize=65536)
def _parsed_linkedin_slug(url: str) -> str | None:
    text = url.strip().replace("\\:", ":")
    if not text:
        return None
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if host != "linkedin.com" and not host.endswith(".linkedin.com"):
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if len(segments) >= 2 and segments[0].lower() == "in":
        slug = segments[1]
    elif len(segments) >= 2 and segments[0].lower() == "pub":
        slug = "pub/" + "/".join(segments[1:])
    else:
        return None
    slug = unicodedata.normalize("NFC", slug).strip().lower()
    return slug or None


def linkedin_url(slug: str) -> str:
    """The canonical profile URL for a slug from :func:`linkedin_slug`."""
    if slug.startswith("pub/"):
        return f"https://www.linkedin.com/{slug}"
    return f"https://www.linkedin.com/in/{slug}"


def normalize_email(value: str) -> str | None:
    """A plausible e-mail address in lower case, or None.

    Strips ``mailto:``, angle brackets and surrounding punctuation. Exchange X.500 paths
    (``/o=ExchangeLabs/...``) and other non-addresses give None.
    """
    text = strip_invisible(value).strip().strip("<>\"'(),;").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip().lower()
    if not _EMAIL.match(text):
        return None
    return text
