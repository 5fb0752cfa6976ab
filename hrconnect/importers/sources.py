# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Read-only views of what the user dropped in: a file, a folder or a ZIP, as one tree of entries.

Nothing is ever extracted to disk. ZIP members are streamed from the archive with hard limits,
so a ZIP bomb, a ``../`` path or an absolute path cannot write anywhere or exhaust memory:

- a member whose name is absolute or climbs out with ``..`` is left out and reported;
- a member's inflated size is capped (``max_entry_bytes``) and checked while reading, since a
  crafted archive can lie about sizes;
- a member that claims more than ``max_ratio`` times its compressed size is refused unread;
- all members together may not inflate past ``max_total_bytes``.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from hrconnect.core.records import Locator, ProblemSeverity, RecordProblem
from hrconnect.errors import UnusableSourceError

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"


@dataclass(frozen=True, slots=True)
class SourceLimits:
    """Hard bounds on what one import may read."""

    max_entry_bytes: int = 512 * 1024 * 1024
    max_total_bytes: int = 4 * 1024 * 1024 * 1024
    max_ratio: int = 200
    """Inflated/compressed ratio above which a big member is treated as a bomb. Text compresses
    about 5-20x; only crafted data reaches hundreds."""
    ratio_applies_above: int = 16 * 1024 * 1024
    max_entries: int = 200_000
    max_nested_zip_bytes: int = 1024 * 1024 * 1024


DEFAULT_LIMITS = SourceLimits()


class SourceLimitError(UnusableSourceError):
    """A member is larger than the limits allow (or lies about its size)."""

    reason = "too_large"


class _Budget:
    """Bytes left for one tree, shared by all its entries."""

    def __init__(self, total: int) -> None:
        self.left = total


class _LimitedReader(io.RawIOBase):
    """Wraps a binary stream and raises once more than ``limit`` bytes come out of it."""

    def __init__(self, raw: IO[bytes], limit: int, budget: _Budget, where: str) -> None:
        self._raw = raw
        self._limit = limit
        self._budget = budget
        self._where = where
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            # A member that fails its CRC or inflates to garbage: unusable, not a crash.
            raise UnusableSourceError(
                f"cannot unpack ({error})", reason="bad_archive", where=self._where
            ) from error
        n = len(data)
        self._count += n
        self._budget.left -= n
        if self._count > self._limit:
            raise SourceLimitError(
                f"larger than {self._limit // (1024 * 1024)} MiB when unpacked", where=self._where
            )
        if self._budget.left < 0:
            raise SourceLimitError(
                "the archive unpacks to more than the allowed total",
                reason="zip_bomb",
                where=self._where,
            )
        buffer[:n] = data
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One file in a source tree.

    Attributes:
        path: POSIX path relative to the tree root (``messages/inbox/x_1/message_1.json``).
        size: Size in bytes (as declared by the archive for ZIP members).
        archive: The archive's or folder's display name, or None for a single loose file.
    """

    path: str
    size: int
    archive: str | None
    _tree: SourceTree = field(repr=False, compare=False)

    @property
    def name(self) -> str:
        """The last path component."""
        return PurePosixPath(self.path).name

    @property
    def suffix(self) -> str:
        """The lower-case file ending with its dot (``.csv``), or ``""``."""
        return PurePosixPath(self.path).suffix.lower()

    def locator(self, position: str = "") -> Locator:
        """A locator for this file, optionally at a position (``line 5``)."""
        return Locator(self.archive, self.path, position)

    def open(self) -> IO[bytes]:
        """A fresh, size-limited binary stream of the content. Close it after use."""
        return self._tree._open(self)

    def read_bytes(self, limit: int | None = None) -> bytes:
        """The whole content, or only its first ``limit`` bytes.

        Raises:
            SourceLimitError: if the content exceeds the tree's limits.
        """
        with self.open() as stream:
            return stream.read() if limit is None else stream.read(limit)

    def head(self, size: int = 8192) -> bytes:
        """The first ``size`` bytes, for sniffing."""
        return self.read_bytes(size)


class SourceTree:
    """A file, folder or ZIP seen as a flat list of entries. Use as a context manager."""

    def __init__(self, display_name: str, limits: SourceLimits) -> None:
        self.display_name = display_name
        self.limits = limits
        self.problems: list[RecordProblem] = []
        """Entries left out while listing (unsafe paths, symlinks, bombs)."""
        self._budget = _Budget(limits.max_total_bytes)

    def entries(self) -> list[SourceEntry]:
        """All readable entries, sorted by path."""
        raise NotImplementedError

    def _open_raw(self, entry: SourceEntry) -> IO[bytes]:
        raise NotImplementedError

    def _open(self, entry: SourceEntry) -> IO[bytes]:
        raw = self._open_raw(entry)
        reader = _LimitedReader(
            raw, self.limits.max_entry_bytes, self._budget, entry.locator().describe()
        )
        return io.BufferedReader(reader, buffer_size=256 * 1024)

    def close(self) -> None:
        """Release the underlying file handles."""

    def __enter__(self) -> SourceTree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FileTree(SourceTree):
    """A single loose file."""

    def __init__(self, path: Path, limits: SourceLimits = DEFAULT_LIMITS) -> None:
        super().__init__(path.name, limits)
        self._path = path

    def entries(self) -> list[SourceEntry]:
        """See :meth:`SourceTree.entries`."""
        return [SourceEntry(self._path.name, self._path.stat().st_size, None, self)]

    def _open_raw(self, entry: SourceEntry) -> IO[bytes]:
        return self._path.open("rb")


class DirectoryTree(SourceTree):
    """An unpacked archive or any folder; symbolic links are not followed."""

    def __init__(self, root: Path, limits: SourceLimits = DEFAULT_LIMITS) -> None:
        super().__init__(root.name, limits)
        self.root = root

    def entries(self) -> list[SourceEntry]:
        """See :meth:`SourceTree.entries`."""
        found: list[SourceEntry] = []
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = Path(folder, name)
                info = full.lstat()
                if not stat.S_ISREG(info.st_mode):
                    continue
                rel = full.relative_to(self.root).as_posix()
                found.append(SourceEntry(rel, info.st_size, self.display_name, self))
                if len(found) > self.limits.max_entries:
                    raise UnusableSourceError(
                        "too many files", reason="too_many_files", where=self.display_name
                    )
        return found

    def _open_raw(self, entry: SourceEntry) -> IO[bytes]:
        return (self.root / entry.path).open("rb")


class ZipTree(SourceTree):
    """A ZIP archive read in place. Members are never extracted to disk."""

    def __init__(
        self, source: Path | bytes, display_name: str, limits: SourceLimits = DEFAULT_LIMITS
    ) -> None:
        super().__init__(display_name, limits)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise UnusableSourceError(
                f"not a readable ZIP archive ({error})", reason="bad_archive", where=display_name
            ) from error
        self._members: dict[str, zipfile.ZipInfo] = {}

    def entries(self) -> list[SourceEntry]:
        """See :meth:`SourceTree.entries`."""
        found: list[SourceEntry] = []
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_entries:
            raise UnusableSourceError(
                "too many members", reason="too_many_files", where=self.display_name
            )
        declared_total = 0
        for info in infos:
            if info.is_dir():
                continue
            safe = _safe_member_path(info.filename)
            locator = Locator(self.display_name, info.filename)
            if safe is None:
                self.problems.append(
                    RecordProblem(locator, "unsafe_path", ProblemSeverity.SKIPPED, info.filename)
                )
                continue
            if PurePosixPath(safe).name.startswith(".") or safe.startswith("__MACOSX/"):
                continue
            if info.flag_bits & 0x1:
                self.problems.append(
                    RecordProblem(
                        locator, "encrypted_member", ProblemSeverity.FAILED, info.filename
                    )
                )
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if (
                info.file_size > self.limits.ratio_applies_above and ratio > self.limits.max_ratio
            ) or info.file_size > self.limits.max_entry_bytes:
                self.problems.append(
                    RecordProblem(
                        locator,
                        "zip_bomb",
                        ProblemSeverity.FAILED,
                        f"{info.file_size} bytes from {info.compress_size}",
                    )
                )
                continue
            declared_total += info.file_size
            self._members[safe] = info
            found.append(SourceEntry(safe, info.file_size, self.display_name, self))
        if declared_total > self.limits.max_total_bytes:
            raise UnusableSourceError(
                "the archive unpacks to more than the allowed total",
                reason="zip_bomb",
                where=self.display_name,
            )
        return sorted(found, key=lambda e: e.path)

    def _open_raw(self, entry: SourceEntry) -> IO[bytes]:
        try:
            return self._zip.open(self._members[entry.path])
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
            raise UnusableSourceError(
                f"cannot unpack ({error})", reason="bad_archive", where=entry.locator().describe()
            ) from error

    def close(self) -> None:
        """See :meth:`SourceTree.close`."""
        self._zip.close()


def _safe_member_path(name: str) -> str | None:
    """The member's path if it stays inside the archive root, else None."""
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        return None
    parts = [p for p in normalised.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return "/".join(parts)


def is_zip(head: bytes) -> bool:
    """True when the bytes start like a ZIP archive."""
    return head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC))


def open_tree(path: Path, limits: SourceLimits = DEFAULT_LIMITS) -> SourceTree:
    """Open a path the user gave as a tree: a folder, a ZIP (by content) or a single file.

    Raises:
        UnusableSourceError: if the path does not exist, cannot be read or is a broken ZIP.
    """
    if not path.exists():
        raise UnusableSourceError("no such file or folder", reason="not_found", where=str(path))
    if path.is_dir():
        return DirectoryTree(path, limits)
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as error:
        raise UnusableSourceError(
            f"cannot be read ({error.strerror})", reason="unreadable", where=str(path)
        ) from error
    if is_zip(head):
        return ZipTree(path, path.name, limits)
    return FileTree(path, limits)


def open_nested_zip(tree: SourceTree, entry: SourceEntry) -> ZipTree:
    """Open a ZIP found inside a folder or an archive as a tree of its own.

    A user may drop a folder holding both the LinkedIn and the Facebook ZIP, or zip the ZIP.
    A ZIP on disk is read in place; one inside another archive is read into memory, so it is
    capped at ``max_nested_zip_bytes``.

    Raises:
        UnusableSourceError: the inner archive is too large or broken.
    """
    if isinstance(tree, DirectoryTree):
        return ZipTree(tree.root / entry.path, entry.name, tree.limits)
    if entry.size > tree.limits.max_nested_zip_bytes:
        raise SourceLimitError(
            "the archive inside the archive is too large", where=entry.locator().describe()
        )
    return ZipTree(entry.read_bytes(), entry.name, tree.limits)
