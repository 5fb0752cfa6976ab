# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Claiming vCard files in what the user dropped, and reading them card by card.

One :class:`DetectedSource` covers *all* the vCard files of a tree: Outlook exports one file
per contact, and a folder or ZIP of 500 such files is one address book to the user, so it is
one source in the report (labelled with the tree's name), with one ``FileSummary`` per file.
Source keys are numbered across the whole source (files in path order, cards in file order), so
two files holding the same name never share a key.
A file that cannot be used (empty, binary, no card) ends the import with
``UnusableSourceError`` when it is the only file; among several files it becomes one FAILED
problem for that file and the others import.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import zipfile
import zlib
from typing import IO, TYPE_CHECKING

from hrconnect.core.progress import Progress
from hrconnect.core.records import FileSummary, ProblemSeverity, RecordProblem
from hrconnect.errors import HrconnectError, UnusableSourceError
from hrconnect.importers.base import DetectedSource
from hrconnect.importers.sources import is_zip
from hrconnect.importers.text import Encoding, detect_encoding, looks_binary
from hrconnect.importers.vcard.mapping import CardStats, SourceKeys, map_card
from hrconnect.importers.vcard.tokenizer import CardSplitter

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.sources import SourceEntry, SourceTree
    from hrconnect.importers.vcard.tokenizer import TokenizerStats

logger = logging.getLogger(__name__)

FORMAT_ID = "vcard"
VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})
_MEDIA_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".mp3", ".m4a", ".aac",
     ".ogg", ".opus", ".wav", ".pdf", ".zip", ".gz"}
)  # fmt: skip
"""Entries never sniffed: archives hold thousands of these, and none can be a vCard."""
SNIFF_BYTES = 8192
PROGRESS_EVERY = 500
_BEGIN_LINE = re.compile(r"(?:^|[\r\n])[ \t\ufeff]*begin:vcard[ \t]*(?:[\r\n]|$)", re.IGNORECASE)
"""A line of its own, whatever the line ending (old Mac files end lines with a lone CR)."""


class VCardReader:
    """Reads vCard 2.1, 3.0 and 4.0 files (see the package docstring for the division of work).

    Attributes:
        format_id: ``vcard``.
    """

    format_id = FORMAT_ID

    def claim(self, tree: SourceTree, entries: Sequence[SourceEntry]) -> list[DetectedSource]:
        """Claim ``.vcf``/``.vcard`` entries, and text entries with a ``BEGIN:VCARD`` line.

        Args:
            tree: The tree the entries belong to; its name labels the source.
            entries: Entries not claimed by an earlier reader.

        Returns:
            One source covering every claimed entry, or nothing.
        """
        claimed = tuple(entry for entry in entries if _is_vcard_entry(entry))
        if not claimed:
            return []
        return [
            DetectedSource(
                format_id=FORMAT_ID,
                label=tree.display_name,
                entries=claimed,
                read=lambda: read_entries(claimed),
            )
        ]


def sniff_vcard(head: bytes) -> bool:
    """True when the start of a file has a ``BEGIN:VCARD`` line (any case, any encoding we read).

    Text before it (junk lines, a BOM) is allowed; ZIP and binary content is not.
    """
    if is_zip(head):
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", "ignore")
    elif len(head) >= 4 and head[1:2] == b"\x00" and head[3:4] == b"\x00":
        text = head.decode("utf-16-le", "ignore")
    elif len(head) >= 4 and head[0:1] == b"\x00" and head[2:3] == b"\x00":
        text = head.decode("utf-16-be", "ignore")
    elif looks_binary(head):
        return False
    else:
        text = head.decode("latin-1").replace("\xef\xbb\xbf", "")
    return _BEGIN_LINE.search(text) is not None


def _is_vcard_entry(entry: SourceEntry) -> bool:
    if entry.suffix in VCARD_SUFFIXES:
        return True
    if entry.suffix in _MEDIA_SUFFIXES:
        return False
    try:
        return sniff_vcard(entry.head(SNIFF_BYTES))
    except (HrconnectError, OSError, EOFError, ValueError, zipfile.BadZipFile, zlib.error) as error:
        # Claiming must never raise: an entry we cannot even sniff is simply not ours.
        logger.debug("cannot sniff %s: %s", entry.path, error)
        return False


def read_entries(entries: Sequence[SourceEntry]) -> Iterator[ImportItem]:
    """Read vCard files in order.

    Yields:
        ``ForeignRecord`` per usable card, ``RecordProblem`` per skipped, failed or damaged
        card, ``Progress`` every 500 cards, and one ``FileSummary`` per file.

    Raises:
        UnusableSourceError: When the only file is empty, binary, has no card or cannot be read.
    """
    progress = _ProgressCounter()
    # One key allocator for the whole source: two files of one folder may both hold a
    # "Priya Raman", and source keys must be unique within a kind (see SourceKeys).
    keys = SourceKeys()
    if len(entries) == 1:
        yield from _read_file_guarded(entries[0], keys, progress)
        return
    for entry in entries:
        try:
            yield from _read_file_guarded(entry, keys, progress)
        except UnusableSourceError as error:
            yield RecordProblem(entry.locator(), error.reason, ProblemSeverity.FAILED, str(error))


class _ProgressCounter:
    def __init__(self) -> None:
        self.cards = 0


def _read_file_guarded(
    entry: SourceEntry, keys: SourceKeys, progress: _ProgressCounter
) -> Iterator[ImportItem]:
    try:
        yield from _read_file(entry, keys, progress)
    except UnusableSourceError:
        raise
    except Exception as error:
        # A surprise below the card level (I/O, a codec) must not escape as a traceback.
        logger.warning("cannot read %s", entry.path, exc_info=True)
        raise UnusableSourceError(
            f"cannot be read ({type(error).__name__}: {error})",
            reason="unreadable_file",
            where=entry.locator().describe(),
        ) from error


def _read_file(
    entry: SourceEntry, keys: SourceKeys, progress: _ProgressCounter
) -> Iterator[ImportItem]:
    encoding = detect_encoding(entry)
    is_8bit_file = encoding.is_fallback
    stats = CardStats()
    records = 0
    with _open_text(entry, encoding) as stream:
        splitter = CardSplitter(stream)
        for card in splitter:
            locator = entry.locator(f"card {card.number}")
            try:
                mapped = map_card(card, locator, keys, stats, is_8bit_file=is_8bit_file)
            except Exception as error:
                # One card's surprise (a bug, a library error) costs that card only.
                logger.warning("card %d of %s failed", card.number, entry.path, exc_info=True)
                yield RecordProblem(
                    locator, "unreadable_card", detail=f"{type(error).__name__}: {error}"
                )
                continue
            if mapped.record is not None:
                records += 1
                yield mapped.record
            yield from mapped.problems
            progress.cards += 1
            if progress.cards % PROGRESS_EVERY == 0:
                yield Progress(progress.cards, None, "reading", entry.path)
        if splitter.cards_seen == 0:
            raise UnusableSourceError(
                "no vCard (BEGIN:VCARD) in this file",
                reason="no_cards",
                where=entry.locator().describe(),
            )
        notes = _notes(encoding, splitter.stats, stats)
    yield FileSummary(entry.locator(), FORMAT_ID, records, notes)


def _open_text(entry: SourceEntry, encoding: Encoding) -> IO[str]:
    """A text stream with newlines untranslated.

    A file that is not UTF-8 is read as Latin-1, which keeps every byte, so each value can be
    decoded with its own CHARSET later (2.1 files mix them).
    """
    raw = entry.open()
    if encoding.bom_bytes:
        raw.read(encoding.bom_bytes)
    codec = "latin-1" if encoding.is_fallback else encoding.codec
    return io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="")


def _notes(encoding: Encoding, lines: TokenizerStats, cards: CardStats) -> tuple[str, ...]:
    notes: list[str] = []
    if encoding.is_fallback:
        notes.append("decoded_cp1252")
    if encoding.codec.startswith("utf-16"):
        notes.append("decoded_utf16")
    counts = {
        "nul_lines_removed": lines.nul_lines,
        "overlong_lines": lines.overlong_lines,
        "lines_outside_cards": lines.junk_lines,
        "cr_cr_lf_lines": lines.cr_cr_lf_lines,
        "unfolded_continuation_lines": cards.continuation_lines,
        "nested_agent_cards": cards.nested_cards,
        "charset_fallbacks": cards.charset_fallbacks,
        "heads_parsed_without_vobject": cards.heads_by_fallback,
    }
    notes.extend(f"{key}:{count}" for key, count in counts.items() if count)
    return tuple(notes)
