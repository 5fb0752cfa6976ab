# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Progress of long work, yielded by generators so the UI and the CLI can show it and cancel."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a long task is.

    Attributes:
        done: Units finished so far.
        total: Units expected in all, or None when unknown (show a busy indicator).
        stage: Stable key of the current stage (``reading``, ``storing``, ``matching``).
        detail: Untranslated detail, such as the file being read.
    """

    done: int
    total: int | None
    stage: str
    detail: str = ""

    @property
    def fraction(self) -> float | None:
        """``done / total`` clamped to [0, 1], or None when the total is unknown."""
        if not self.total:
            return None
        return min(1.0, max(0.0, self.done / self.total))


class CancelToken:
    """Lets the UI ask long work to stop at its next safe point (between records).

    Work checks :meth:`raise_if_cancelled`; the import then rolls back everything it did.
    """

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the work to stop."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancelled

    def raise_if_cancelled(self) -> None:
        """Raise ``CancelledError`` if cancellation was asked for."""
        if self._cancelled:
            from hrconnect.errors import CancelledError  # lazy: errors is a leaf module

            raise CancelledError("cancelled; nothing was changed")
