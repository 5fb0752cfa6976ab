# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The closed vocabularies of the domain.

Where a record came from, what a contact point is, what kind of interaction happened.

They are ``StrEnum`` so their values are the stable keys stored in the database, printed in
JSON and translated by the UI.
"""

from __future__ import annotations

from enum import StrEnum


class SourceKind(StrEnum):
    """Where a source record came from."""

    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    VCARD = "vcard"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    USER = "user"
    """The user's own edits of a person, kept as a record so they travel with merges."""

    @property
    def is_single_account_export(self) -> bool:
        """True for exports that list each person at most once (one account's connections).

        Two records of such a kind are never the same person, which is the cheapest precision
        gain in matching (the record-linkage "uniqueness assumption").
        """
        return self in (SourceKind.LINKEDIN, SourceKind.FACEBOOK)


class ContactKind(StrEnum):
    """The kind of a contact point attached to a record."""

    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    ADDRESS = "address"
    IM = "im"


class InteractionKind(StrEnum):
    """What happened between the user and a person."""

    CALL = "call"
    MESSAGE = "message"
    MEETING = "meeting"
    NOTE = "note"
    EMAIL = "email"
    LINKEDIN_MESSAGE = "linkedin_message"
    LINKEDIN_INVITATION = "linkedin_invitation"
    FACEBOOK_MESSAGE = "facebook_message"

    @property
    def is_logged_by_user(self) -> bool:
        """True for the kinds a user records by hand (``hrconnect log --kind ...``)."""
        return self in LOGGABLE_KINDS


LOGGABLE_KINDS = frozenset(
    {InteractionKind.CALL, InteractionKind.MESSAGE, InteractionKind.MEETING, InteractionKind.NOTE}
)
