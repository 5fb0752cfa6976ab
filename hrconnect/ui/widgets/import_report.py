# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The import report as a tree: per source what was created, updated, unchanged, skipped, failed.

Built from the report's JSON form (``ImportReport.to_json()``, also what the Imports history
stores), so a fresh import and one from months ago look the same. Skipped, failed and
imported-with-a-warning items are grouped by reason, each with where it was found (file and
line, card or item). Failures open by default; skipped items stay folded.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from hrconnect.ui import texts
from hrconnect.ui.widgets.import_tree import TextTreeModel, TreeNode

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import datetime

MAX_PER_REASON = 500
"""Items listed under one reason; a damaged 100,000-row file is summarised, not listed."""


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("ImportReport", text, "", count)


def number(value: int) -> str:
    """A count in the user's locale (``12.345`` in Dutch)."""
    return QLocale().toString(value)


def format_moment(moment: datetime | None) -> str:
    """A moment in the user's time zone and locale (short format), or ""."""
    if moment is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def where_text(entry: Mapping[str, Any]) -> str:
    """Where a problem was found: ``archive.zip › Connections.csv, line 12``."""
    return texts.provenance(
        str(entry.get("archive") or ""),
        str(entry.get("file") or ""),
        str(entry.get("locator") or ""),
    )


def note_words(note: str) -> str | None:
    """A reader's count of what it left out (``ignored_drafts:12``) in words.

    Returns None for technical notes (repairs, layouts), which are for diagnosis.
    """
    key, _, count = note.partition(":")
    words = {
        "ignored_drafts": _t("drafts left out"),
        "ignored_spam": _t("spam left out"),
        "ignored_unsent": _t("unsent messages left out"),
        "no_counterpart": _t("messages whose partner is unknown"),
        "duplicates": _t("listed twice"),
        "unreadable_dates": _t("dates that could not be read"),
        "bad_messages": _t("messages that could not be read"),
        "threads_without_messages": _t("empty conversations"),
    }.get(key)
    if words is None or not count.isdigit():
        return None  # repairs and layouts ("nul_lines_removed:1") are for diagnosis
    return f"{words}: {number(int(count))}"


def totals(document: Mapping[str, Any]) -> dict[str, int]:
    """Created, updated, unchanged, skipped, failed and warnings over all sources."""
    found = dict.fromkeys(("created", "updated", "unchanged", "skipped", "failed", "warnings"), 0)
    for source in document.get("files", []):
        for key in ("created", "updated", "unchanged"):
            found[key] += int(source.get(key, 0))
        for key in ("skipped", "failed", "warnings"):
            found[key] += len(source.get(key, []))
    return found


def report_rows(document: Mapping[str, Any]) -> list[TreeNode]:
    """The tree rows for one report document."""
    rows = [_source_row(source) for source in document.get("files", [])]
    ignored = document.get("ignored", [])
    if ignored:
        heading = TreeNode(
            (_t("Not used"), number(len(ignored))),
            tooltip=_t("Files in the folders or archives that are not contact exports."),
        )
        for group in _reason_groups(ignored):
            heading.add(group)
        rows.append(heading)
    return rows


def _source_row(source: Mapping[str, Any]) -> TreeNode:
    label = str(source.get("label") or source.get("path") or "")
    format_name = texts.format_name(str(source.get("format", "")))
    row = TreeNode(
        (label, "", format_name),
        bold=True,
        expanded=True,
        tooltip=str(source.get("path", "")),
    )
    counts = (
        ("created", _t("Created")),
        ("updated", _t("Updated")),
        ("unchanged", _t("Unchanged")),
    )
    for key, title in counts:
        detail = ""
        if key == "unchanged" and source.get("already_imported_at"):
            detail = _t("the same file was imported before")
        row.add(TreeNode((title, number(int(source.get(key, 0))), detail)))
    sections = (
        ("failed", _t("Failed"), True),
        ("skipped", _t("Skipped"), False),
        ("warnings", _t("Imported with a warning"), False),
    )
    for key, title, open_it in sections:
        items = source.get(key, [])
        if not items:
            continue
        section = row.add(TreeNode((title, number(len(items))), bold=open_it, expanded=open_it))
        for group in _reason_groups(items, expanded=open_it):
            section.add(group)
    interactions = int(source.get("interactions", 0))
    if interactions:
        row.add(TreeNode((_t("Messages and other contacts added"), number(interactions))))
    notes = [words for words in map(note_words, map(str, source.get("notes", []))) if words]
    if notes:
        section = row.add(TreeNode((_t("Notes"), "")))
        for words in notes:
            section.add(TreeNode((words,)))
    return row


def _reason_groups(items: list[Mapping[str, Any]], *, expanded: bool = False) -> list[TreeNode]:
    by_reason: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for item in items:
        by_reason[str(item.get("reason", ""))].append(item)
    groups = []
    for reason, entries in sorted(by_reason.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        words = texts.problem_reason(reason)
        group = TreeNode((words, number(len(entries))), expanded=expanded)
        for entry in entries[:MAX_PER_REASON]:
            detail = str(entry.get("detail") or "")
            group.add(TreeNode((where_text(entry), "", detail), tooltip=detail))
        if len(entries) > MAX_PER_REASON:
            more = len(entries) - MAX_PER_REASON
            group.add(TreeNode((_t("… and %n more", more),)))
        groups.append(group)
    return groups


class ReportTree(QTreeView):
    """A tree view over one import report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportTree")
        self.report_model = TextTreeModel([_t("What"), _t("Number"), _t("Details")], self)
        self.setModel(self.report_model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(0, 360)
        self.setColumnWidth(1, 80)

    def show_report(self, document: Mapping[str, Any]) -> None:
        """Show a report document (``ImportReport.to_json()`` or a stored one)."""
        self.show_rows(report_rows(document))

    def show_rows(self, rows: list[TreeNode]) -> None:
        """Show rows made by :func:`report_rows` (possibly on the worker)."""
        self.report_model.set_rows(rows)
        for index in self.report_model.expanded_indexes():
            self.setExpanded(index, True)

    def clear(self) -> None:
        """Show nothing."""
        self.report_model.set_rows([])
