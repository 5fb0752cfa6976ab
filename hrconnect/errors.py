# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Domain errors. Each carries a stable ``reason`` key and a plain message for one stderr line.

The CLI prints ``str(error)`` and exits with ``error.exit_code``; the UI shows the message in a
dialog. Neither ever shows a traceback for these.
"""

from __future__ import annotations


class HrconnectError(Exception):
    """Base of every error the app reports to the user instead of crashing.

    Attributes:
        reason: Stable key (``store_too_new``, ``unknown_format`` ...).
        exit_code: CLI exit code per CLI.md: 2 for unusable invocation or input, 1 for a
            command that ran but failed or found nothing usable.
    """

    reason = "error"
    exit_code = 1

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class UsageError(HrconnectError):
    """The invocation cannot be carried out as given (bad option, unknown id)."""

    reason = "usage"
    exit_code = 2


class NotBuiltError(UsageError):
    """A subcommand whose feature does not exist yet."""

    reason = "not_built"


class NotFoundError(UsageError):
    """A person, suggestion, tag or record id that does not exist."""

    reason = "not_found"


class UnusableSourceError(HrconnectError):
    """A file, folder or archive that cannot be imported at all; nothing from it is stored."""

    reason = "unusable_source"
    exit_code = 2

    def __init__(self, message: str, *, reason: str | None = None, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message, reason=reason)
        self.where = where


class StoreError(HrconnectError):
    """The database cannot be opened or written."""

    reason = "store"
    exit_code = 1


class StoreTooNewError(StoreError):
    """The database was written by a newer hrconnect; it is left untouched."""

    reason = "store_too_new"


class StoreLockedError(StoreError):
    """Another hrconnect process holds the database."""

    reason = "store_locked"


class CancelledError(HrconnectError):
    """Long work was cancelled by the user; everything it did was rolled back."""

    reason = "cancelled"
    exit_code = 1
