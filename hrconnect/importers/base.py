# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The importer contract: formats claim entries of a source tree and read them into items.

A *format reader* looks at the entries of a tree (a file, folder or ZIP) and claims the ones it
understands, by content as well as by name, as one or more :class:`DetectedSource`. Reading a
detected source yields ``ImportItem`` values; it never raises for a bad record, only for a
source that turns out to be unusable as a whole (``UnusableSourceError``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.sources import SourceEntry, SourceTree


@dataclass(frozen=True, slots=True)
class DetectedSource:
    """Something importable found in what the user gave.

    Attributes:
        format_id: Stable format key (``linkedin-archive``, ``linkedin-connections``,
            ``facebook-archive``, ``vcard``, ``google-csv``, ``outlook-csv``).
        label: The archive, folder or file name the user will recognise.
        entries: The files this source reads.
        read: Starts reading; yields items (see ``hrconnect.core.records``).
    """

    format_id: str
    label: str
    entries: tuple[SourceEntry, ...]
    read: Callable[[], Iterator[ImportItem]]

    @property
    def total_bytes(self) -> int:
        """Sum of the entries' sizes, for progress estimates."""
        return sum(entry.size for entry in self.entries)

    def fingerprint(self) -> str:
        """SHA-256 over the claimed entries' paths and contents, streamed.

        Re-importing a byte-identical export gives the same fingerprint, so the import can say
        "unchanged" without parsing anything.
        """
        digest = hashlib.sha256()
        for entry in sorted(self.entries, key=lambda e: e.path):
            digest.update(entry.path.encode("utf-8", "surrogatepass") + b"\0")
            with entry.open() as stream:
                while chunk := stream.read(1024 * 1024):
                    digest.update(chunk)
            digest.update(b"\0")
        return digest.hexdigest()


class FormatReader(Protocol):
    """One export format.

    Implementations are listed explicitly in ``detect.FORMAT_READERS`` (no plugin discovery:
    a frozen app needs its imports known in advance).
    """

    format_id: str

    def claim(self, tree: SourceTree, entries: Sequence[SourceEntry]) -> list[DetectedSource]:
        """Claim the entries this format reads, as sources.

        Args:
            tree: The whole tree, for its name and limits.
            entries: Entries no earlier reader claimed.

        Returns:
            Zero or more sources. Claim by content (a cheap sniff of the head), not by name
            alone. Must not raise for entries it does not understand.
        """
        ...
