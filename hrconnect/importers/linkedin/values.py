# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Small value rules shared by the LinkedIn files: placeholder names, snippets, URL lists."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from hrconnect.core.identifiers import key_text, linkedin_slug

PLACEHOLDER_NAMES = frozenset({"linkedin member", "linkedin user"})
"""Folded display names LinkedIn shows for hidden or deleted accounts. Not people."""

SUMMARY_CHARS = 280
_TAG = re.compile(r"<[^>]*>")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Exactly :func:`key_text`, cached.

    Source keys are stored, so this must never differ from ``key_text`` (whose ASCII path is
    that fast path now). Cached: first names and company names repeat across thousands of rows.
    """
    return key_text(text)


def is_placeholder_name(name: str) -> bool:
    """True for an empty name or LinkedIn's stand-in for a hidden account."""
    folded = fold(name)
    return not folded or folded in PLACEHOLDER_NAMES


def summary_text(*candidates: str) -> str:
    """The first non-empty candidate as plain text of at most 280 characters.

    InMail and sponsored messages carry HTML and the 2018 files HTML entities, so tags are
    dropped (as spaces, so words do not run together) and entities unescaped.
    """
    for candidate in candidates:
        if not candidate:
            continue
        text = _TAG.sub(" ", candidate) if "<" in candidate else candidate
        text = " ".join(html.unescape(text).split())  # \s+ collapsed, ends trimmed
        if text:
            if len(text) > SUMMARY_CHARS:
                text = text[: SUMMARY_CHARS - 1].rstrip() + "…"
            return text
    return ""


def slugs_in(urls: str) -> list[str]:
    """Profile slugs of a comma-separated URL list (``RECIPIENT PROFILE URLS``), in order.

    Profile URLs never contain a bare comma, unlike the display names in ``TO``, which is why
    recipients are split on this column only. Entries that are not profile URLs are dropped.
    """
    found: list[str] = []
    for part in urls.split(","):
        slug = linkedin_slug(part) if part.strip() else None
        if slug and slug not in found:
            found.append(slug)
    return found


def first_profile_url(text: str) -> str:
    """The first LinkedIn profile URL in free text (Profile.csv ``Websites``), or ``""``.

    ``Websites`` looks like ``[PERSONAL:https://…]`` or ``PORTFOLIO:url, COMPANY:url``.
    """
    for token in re.split(r"[\s,\[\]]+", text):
        candidate = token.split(":", 1)[1] if re.match(r"^[A-Z_]+:", token) else token
        if linkedin_slug(candidate):
            return candidate
    return ""


@dataclass(frozen=True, slots=True)
class OwnerIdentity:
    """What is known about the archive's owner while reading, to tell "me" from contacts.

    Attributes:
        name_key: The owner's folded full name (Profile.csv), or ``""``.
        slug: The owner's profile slug, or None until known.
    """

    name_key: str = ""
    slug: str | None = None
