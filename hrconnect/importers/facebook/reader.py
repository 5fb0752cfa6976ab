# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The Facebook "Download your information" reader: claims archives and reads them into items.

An archive (ZIP or folder, any era, JSON or HTML) is claimed when it holds a friends list with a
``friends``/``friends_v2`` key, a message thread with ``participants``, a friends HTML page, or
the owner's ``profile_information.json``; a friends file or thread file dropped alone is claimed
the same way. Reading goes: the owner's profile, then friends (JSON, or HTML when there is no
JSON), then message threads.

A broken file is one FAILED problem and the rest of the archive still imports. When nothing at
all can be imported the whole source is unusable: the first file's failure is raised, or
``no_facebook_data`` when the archive simply has no friends and no messages (the user did not
tick those categories when requesting the download).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hrconnect.core.kinds import SourceKind
from hrconnect.core.records import (
    FileSummary,
    ForeignInteraction,
    ForeignRecord,
    Locator,
    OwnerFacts,
    ProblemSeverity,
    RecordProblem,
)
from hrconnect.errors import UnusableSourceError
from hrconnect.importers.base import DetectedSource
from hrconnect.importers.facebook.friends import FORMAT_ID, FriendKeys, iter_friends
from hrconnect.importers.facebook.friends_html import iter_html_friends, read_friends_page
from hrconnect.importers.facebook.jsonfile import BrokenFileError, load_json
from hrconnect.importers.facebook.layout import find_archives
from hrconnect.importers.facebook.messages import ThreadCollector
from hrconnect.importers.facebook.names import split_display_name
from hrconnect.importers.facebook.profile import owner_from_profile

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from hrconnect.core.records import ImportItem
    from hrconnect.importers.facebook.layout import ArchiveParts
    from hrconnect.importers.sources import SourceEntry, SourceTree


class FacebookReader:
    """Reads Facebook archives of every era (see the module docstring)."""

    format_id = FORMAT_ID

    def claim(self, tree: SourceTree, entries: Sequence[SourceEntry]) -> list[DetectedSource]:
        """Claim one source per Facebook archive found among the entries.

        Only the files that reading opens are claimed (friends, profile, message threads), so
        the fingerprint never hashes the archive's photos and videos.
        """
        sources = []
        archives = find_archives(tree, entries)
        for parts in archives:
            label = tree.display_name
            if len(archives) > 1 and parts.root:
                label = f"{tree.display_name}/{parts.root}"
            sources.append(
                DetectedSource(
                    format_id=FORMAT_ID,
                    label=label,
                    entries=parts.entries(),
                    read=_ArchiveRead(parts, label).__iter__,
                )
            )
        return sources


@dataclass(slots=True)
class _Failure:
    reason: str
    detail: str
    where: str


@dataclass(slots=True)
class _ArchiveRead:
    """One pass over one archive.

    Attributes:
        parts: What the archive holds.
        label: The source's label, for the unusable-source message.
        imported: Records and interactions yielded so far (zero at the end: unusable).
        failures: Whole-file failures so far.
        owner_name: The owner's name once the profile (or an old HTML page) gave it.
    """

    parts: ArchiveParts
    label: str
    imported: int = 0
    failures: list[_Failure] = field(default_factory=list)
    owner_name: str = ""

    def __iter__(self) -> Iterator[ImportItem]:
        """Yield the archive's items; see the module docstring for order and failure rules.

        Raises:
            UnusableSourceError: when nothing could be imported from the archive.
        """
        self.imported = 0
        self.failures = []
        self.owner_name = ""
        parts = self.parts
        is_single_file = len(parts.entries()) == 1
        for entry in parts.profiles:
            yield from self._guarded(entry, self._iter_profile(entry), is_single_file)
        keys = FriendKeys()
        if parts.uses_html_friends:
            for entry in parts.friends_html:
                yield from self._guarded(entry, self._iter_html(entry, keys), is_single_file)
        for entry in parts.friends_json:
            items = self._iter_friends_json(entry, keys)
            yield from self._guarded(entry, items, is_single_file)
        if parts.threads:
            yield from self._iter_messages(is_single_file)
        if not self.imported:
            self._raise_unusable()

    def _iter_profile(self, entry: SourceEntry) -> Iterator[ImportItem]:
        facts = owner_from_profile(entry, load_json(entry))
        yield facts
        yield FileSummary(entry.locator(), FORMAT_ID, 1)

    def _iter_friends_json(self, entry: SourceEntry, keys: FriendKeys) -> Iterator[ImportItem]:
        yield from iter_friends(entry, load_json(entry), keys)

    def _iter_html(self, entry: SourceEntry, keys: FriendKeys) -> Iterator[ImportItem]:
        page = read_friends_page(entry)
        if page.owner_name and not self.owner_name:
            given, family = split_display_name(page.owner_name)
            yield OwnerFacts(
                source=SourceKind.FACEBOOK,
                locator=entry.locator(),
                full_name=page.owner_name,
                given_name=given,
                family_name=family,
            )
        yield from iter_html_friends(entry, page, keys)

    def _iter_messages(self, is_single_file: bool) -> Iterator[ImportItem]:
        parts = self.parts
        threads = list(parts.threads.values())
        collector = ThreadCollector(threads)
        for item in collector.iter_read():
            if isinstance(item, RecordProblem):
                if is_single_file:
                    raise UnusableSourceError(
                        item.detail, reason=item.reason, where=item.locator.describe()
                    )
                self.failures.append(_Failure(item.reason, item.detail, item.locator.describe()))
            yield item
        owner = collector.find_owner(self.owner_name)
        archive = threads[0].files[0].archive
        locator = Locator(archive, parts.messages_path or threads[0].key)
        if owner.is_certain and not self.owner_name and owner.display_name:
            given, family = split_display_name(owner.display_name)
            yield OwnerFacts(
                source=SourceKind.FACEBOOK,
                locator=locator,
                full_name=owner.display_name,
                given_name=given,
                family_name=family,
            )
        for interaction in collector.iter_interactions(owner):
            self.imported += 1
            yield interaction
        yield collector.summary(locator, owner, parts.html_thread_files)

    def _guarded(
        self, entry: SourceEntry, items: Iterator[ImportItem], is_single_file: bool
    ) -> Iterator[ImportItem]:
        """Pass a file's items through; a whole-file failure becomes one FAILED problem.

        The file readers raise ``BrokenFileError`` before yielding anything of that file, so a
        broken file contributes nothing but the problem.
        """
        try:
            for item in items:
                if isinstance(item, ForeignRecord | ForeignInteraction):
                    self.imported += 1
                elif isinstance(item, OwnerFacts) and not self.owner_name:
                    self.owner_name = item.full_name
                yield item
        except BrokenFileError as problem:
            where = entry.locator().describe()
            if is_single_file:
                raise UnusableSourceError(
                    problem.detail, reason=problem.reason, where=where
                ) from problem
            self.failures.append(_Failure(problem.reason, problem.detail, where))
            yield RecordProblem(
                entry.locator(), problem.reason, ProblemSeverity.FAILED, problem.detail
            )

    def _raise_unusable(self) -> None:
        if self.failures:
            first = self.failures[0]
            raise UnusableSourceError(first.detail, reason=first.reason, where=first.where)
        raise UnusableSourceError(
            "no friends and no messages in this Facebook archive; request a new download "
            "with 'Friends' and 'Messages' ticked, in JSON format",
            reason="no_facebook_data",
            where=self.label,
        )
