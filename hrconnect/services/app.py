# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The headless composition root: paths, clock and settings in; an open store and services out.

The CLI builds one ``App`` per command and the GUI one per window session; tests build one over
a temporary folder with a fixed clock. Nothing here is global.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from hrconnect.clock import SystemClock
from hrconnect.paths import AppPaths
from hrconnect.settings import Settings
from hrconnect.store.engine import open_store

if TYPE_CHECKING:
    from hrconnect.clock import Clock
    from hrconnect.services.backups import BackupService
    from hrconnect.services.calendar import CalendarService
    from hrconnect.services.colleagues import ColleaguesService
    from hrconnect.services.dedupe import DedupeService
    from hrconnect.services.export import ExportService
    from hrconnect.services.export_csv import CsvExporter
    from hrconnect.services.export_vcard import VCardExporter
    from hrconnect.services.forget import ForgetService
    from hrconnect.services.imports import ImportService
    from hrconnect.services.people import PeopleService
    from hrconnect.services.reminders import ReminderService
    from hrconnect.services.review import ReviewService
    from hrconnect.services.search import SearchService
    from hrconnect.services.stats import StatsService
    from hrconnect.services.tags import TagService
    from hrconnect.store.engine import Store


class App:
    """An open store with its services. Close it when done (or use it as a context manager)."""

    def __init__(
        self, paths: AppPaths, clock: Clock | None = None, settings: Settings | None = None
    ) -> None:
        self.paths = paths
        self.clock: Clock = clock or SystemClock()
        paths.ensure()
        self.settings = settings or Settings.load(paths.settings_file)
        self.store: Store = open_store(paths, self.clock, keep_last=self.settings.backups_keep_last)

    @classmethod
    def open(cls, home: str | None = None, clock: Clock | None = None) -> App:
        """Open the store under ``--home``/``HRCONNECT_HOME`` or the platform folders."""
        return cls(AppPaths.resolve(home), clock)

    def save_settings(self, settings: Settings) -> None:
        """Persist new settings and use them from now on (services built later see them)."""
        settings.save(self.paths.settings_file)
        self.settings = settings
        self.store.keep_last = settings.backups_keep_last
        for name in ("imports", "people", "dedupe", "backups", "search"):
            self.__dict__.pop(name, None)

    @cached_property
    def people(self) -> PeopleService:
        """Listing, details, edits."""
        from hrconnect.services.people import PeopleService

        return PeopleService(self.store, self.clock, self.settings)

    @cached_property
    def imports(self) -> ImportService:
        """The import pipeline."""
        from hrconnect.services.imports import ImportService

        return ImportService(self.store, self.clock, self.settings, matcher=self.dedupe)

    @cached_property
    def reminders(self) -> ReminderService:
        """Keep-in-touch rules, logging, the Today list."""
        from hrconnect.services.reminders import ReminderService

        return ReminderService(self.store, self.clock)

    @cached_property
    def dedupe(self) -> DedupeService:
        """Matching passes."""
        from hrconnect.services.dedupe import DedupeService

        return DedupeService(self.store, self.clock, self.settings)

    @cached_property
    def review(self) -> ReviewService:
        """The review queue, undo, unmerge."""
        from hrconnect.services.review import ReviewService

        return ReviewService(self.store, self.clock)

    @cached_property
    def tags(self) -> TagService:
        """Tags and tagging."""
        from hrconnect.services.tags import TagService

        return TagService(self.store, self.clock)

    @cached_property
    def search(self) -> SearchService:
        """Keyword search and smart lists."""
        from hrconnect.services.search import SearchService

        return SearchService(self.store, self.clock, self.settings)

    @cached_property
    def colleagues(self) -> ColleaguesService:
        """The owner's positions and former colleagues per employer."""
        from hrconnect.services.colleagues import ColleaguesService

        return ColleaguesService(self.store, self.clock)

    @cached_property
    def calendar(self) -> CalendarService:
        """Reminders and birthdays as an iCalendar (.ics) file."""
        from hrconnect.services.calendar import CalendarService

        return CalendarService(self.store, self.clock)

    @cached_property
    def backups(self) -> BackupService:
        """Manual backups, the list, reversible restore, retention."""
        from hrconnect.services.backups import BackupService

        return BackupService(self.store, self.clock, self.settings)

    @cached_property
    def forget(self) -> ForgetService:
        """Forgetting a person for good (GDPR/AVG) and the tombstones."""
        from hrconnect.services.forget import ForgetService

        return ForgetService(self.store, self.clock)

    @cached_property
    def export_vcard(self) -> VCardExporter:
        """VCard 4.0/3.0 export (``write(stream, ids, version=, photos=)``)."""
        from hrconnect.services.export_vcard import VCardExporter

        return VCardExporter(self.store, self.clock)

    @cached_property
    def export_csv(self) -> CsvExporter:
        """Excel-safe CSV export (``write(stream, ids, delimiter=)``)."""
        from hrconnect.services.export_csv import CsvExporter

        return CsvExporter(self.store, self.clock)

    @cached_property
    def export(self) -> ExportService:
        """Exports in open formats."""
        from hrconnect.services.export import ExportService

        return ExportService(self.store, self.clock)

    @cached_property
    def stats(self) -> StatsService:
        """Counts over the network, for the charts."""
        from hrconnect.services.stats import StatsService

        return StatsService(self.store)

    def close(self) -> None:
        """Release the database."""
        self.store.close()

    def __enter__(self) -> App:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
