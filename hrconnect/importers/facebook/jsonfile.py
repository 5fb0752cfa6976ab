# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Loading one Facebook JSON file whole, with every way it can fail turned into a reason key.

Facebook's files are parsed whole by ``json.loads``: they are small per file (friends lists of a
few hundred kB, message threads split into files of about 10,000 messages), and the format is
one object, not a stream. To keep memory bounded we refuse files above :data:`MAX_JSON_BYTES`
unread; parsing a JSON file costs several times its size in Python objects, so 64 MiB keeps a
single file well inside the import's 400 MB budget while being far above anything Facebook
writes.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hrconnect.errors import UnusableSourceError

if TYPE_CHECKING:
    from hrconnect.importers.sources import SourceEntry

MAX_JSON_BYTES = 64 * 1024 * 1024
"""Largest JSON file we parse; bigger ones are reported as ``too_large`` and not read."""


class BrokenFileError(Exception):
    """A whole file cannot be used (broken, truncated, too large, wrong type at the top).

    Attributes:
        reason: Stable reason key for the report.
        detail: Untranslated specifics (parser message, sizes).
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class LoadedJson:
    """A parsed file.

    Attributes:
        value: What ``json.loads`` returned.
        is_cp1252: True when the bytes were not UTF-8 and were read as Windows-1252 (a file
            re-saved by a Windows editor); reported as a file note.
    """

    value: object
    is_cp1252: bool = False


def load_json(entry: SourceEntry, max_bytes: int = MAX_JSON_BYTES) -> LoadedJson:
    """Read and parse an entry.

    Raises:
        BrokenFileError: with reason ``too_large``, ``unreadable``, ``empty_file``, ``bad_json``
            (syntax error or truncation), or ``too_deeply_nested``. Never a raw parser error.
    """
    if entry.size > max_bytes:
        raise BrokenFileError("too_large", f"{entry.size} bytes; the limit is {max_bytes}")
    try:
        with entry.open() as stream:
            data = stream.read(max_bytes + 1)
    except UnusableSourceError as error:
        raise BrokenFileError(error.reason, str(error)) from error
    except (OSError, EOFError, ValueError, zlib.error) as error:
        raise BrokenFileError("unreadable", str(error)) from error
    if len(data) > max_bytes:
        raise BrokenFileError("too_large", f"more than {max_bytes} bytes")
    if not data.strip(b" \t\r\n\x00"):
        raise BrokenFileError("empty_file", "the file is empty")
    try:
        try:
            return LoadedJson(json.loads(data))
        except UnicodeDecodeError:
            return LoadedJson(json.loads(data.decode("cp1252", errors="replace")), True)
    except RecursionError as error:
        raise BrokenFileError("too_deeply_nested", "JSON nested too deeply to read") from error
    except json.JSONDecodeError as error:
        raise BrokenFileError(
            "bad_json", f"line {error.lineno} column {error.colno}: {error.msg}"
        ) from error
    except ValueError as error:
        # e.g. an integer literal with thousands of digits (int max_str_digits).
        raise BrokenFileError("bad_json", str(error)) from error
