# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""The top of the detail pane: photo, name, job, source badges and the person's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hrconnect.core.identifiers import linkedin_slug, linkedin_url
from hrconnect.core.kinds import ContactKind, SourceKind

from hrconnect.ui.models.people_model import badge_kinds
from hrconnect.ui.widgets.person_badges import source_badge
from hrconnect.ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from hrconnect.core.people import PersonDetail

PHOTO_SIZE = 72


def open_in_browser(url: str) -> bool:
    """Open a web address in the user's browser (a seam tests replace)."""
    return QDesktopServices.openUrl(QUrl(url))


def linkedin_profile(detail: PersonDetail) -> str | None:
    """The canonical LinkedIn profile address of a person, if any record has one."""
    for record in detail.records:
        for point in record.contact_points:
            if point.kind is ContactKind.URL:
                slug = linkedin_slug(point.value)
                if slug:
                    return linkedin_url(slug)
    return None


def was_merged(detail: PersonDetail) -> bool:
    """True when the person holds records from more than one imported entry."""
    return sum(1 for r in detail.records if r.kind is not SourceKind.USER) > 1


class PersonHeader(QWidget):
    """Name and actions of the person on show.

    Signals:
        log_requested(): "Log interaction…" was chosen.
        unmerge_requested(): "Unmerge…" was chosen.
    """

    log_requested = Signal()
    unmerge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._linkedin: str | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.photo = QLabel()
        self.photo.setTextFormat(Qt.TextFormat.PlainText)
        self.photo.setFixedSize(QSize(PHOTO_SIZE, PHOTO_SIZE))
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setVisible(False)
        outer.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.name = plain_label(selectable=True, wrap=True)
        self.name.setObjectName("personName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        column.addWidget(self.name)
        self.job = plain_label(selectable=True, wrap=True)
        self.job.setObjectName("personJob")
        column.addWidget(self.job)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(4)
        column.addLayout(self.badges)
        actions = QHBoxLayout()
        self.log_button = QPushButton(self.tr("&Log interaction…"))
        self.log_button.clicked.connect(self.log_requested)
        actions.addWidget(self.log_button)
        self.linkedin_button = QPushButton(self.tr("Open Linked&In profile"))
        self.linkedin_button.clicked.connect(self.open_linkedin)
        actions.addWidget(self.linkedin_button)
        self.unmerge_button = QPushButton(self.tr("&Unmerge…"))
        self.unmerge_button.setToolTip(self.tr("Split this person back into the people merged"))
        self.unmerge_button.clicked.connect(self.unmerge_requested)
        actions.addWidget(self.unmerge_button)
        actions.addStretch(1)
        column.addLayout(actions)
        outer.addLayout(column, 1)

    def set_person(self, detail: PersonDetail, photo: tuple[str, bytes] | None) -> None:
        """Show a person."""
        summary = detail.summary
        self.name.setText(summary.display_name or self.tr("(no name)"))
        job = " · ".join(p for p in (summary.title, summary.organization) if p)
        self.job.setText(job)
        self.job.setVisible(bool(job))
        while self.badges.count():
            item = self.badges.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for kind in badge_kinds(summary.sources):
            self.badges.addWidget(source_badge(kind))
        self.badges.addStretch(1)
        self._linkedin = linkedin_profile(detail)
        self.linkedin_button.setEnabled(self._linkedin is not None)
        self.unmerge_button.setEnabled(was_merged(detail))
        self._show_photo(photo)

    def _show_photo(self, photo: tuple[str, bytes] | None) -> None:
        pixmap = QPixmap()
        if photo is not None and pixmap.loadFromData(photo[1]):
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                QSize(int(PHOTO_SIZE * ratio), int(PHOTO_SIZE * ratio)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.photo.setPixmap(scaled)
            self.photo.setVisible(True)
        else:
            self.photo.clear()
            self.photo.setVisible(False)

    @property
    def linkedin_address(self) -> str | None:
        """The LinkedIn profile of the person on show."""
        return self._linkedin

    def open_linkedin(self) -> None:
        """Open the person's LinkedIn profile in the browser."""
        if self._linkedin:
            open_in_browser(self._linkedin)
