# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
"""Source badges: small pills saying where a person's data came from (LinkedIn, phone...).

Drawn with the palette (a faint highlight fill, the normal text colour), so they follow the
light or dark theme; the list paints them with a delegate, the detail pane uses labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate

from hrconnect.ui import texts
from hrconnect.ui.models.people_model import SOURCES_ROLE, source_short
from hrconnect.ui.widgets.plain import safe_tooltip

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from hrconnect.core.kinds import SourceKind

_GAP = 4
_PAD = 5


class SourceBadgeDelegate(QStyledItemDelegate):
    """Paints a row's sources (``SOURCES_ROLE``) as pills instead of text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        kinds: tuple[SourceKind, ...] = index.data(SOURCES_ROLE) or ()
        style = option.widget.style() if option.widget is not None else None  # type: ignore[attr-defined]
        if style is not None:
            # Background and selection as for any cell, without the text.
            self.initStyleOption(option, index)
            option.text = ""  # type: ignore[attr-defined]
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        fill = palette.color(QPalette.ColorRole.Highlight)
        fill.setAlpha(45 if not selected else 90)
        pen = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        x = rect.left() + _GAP
        height = min(rect.height() - 6, metrics.height() + 2)
        top = rect.top() + (rect.height() - height) / 2
        for kind in kinds:
            label = source_short(kind)
            width = metrics.horizontalAdvance(label) + 2 * _PAD
            if x + width > rect.right():
                break
            pill = QRectF(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(pen)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + _GAP
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        kinds = index.data(SOURCES_ROLE) or ()
        width = sum(metrics.horizontalAdvance(source_short(k)) + 2 * _PAD + _GAP for k in kinds)
        return QSize(width + _GAP, metrics.height() + 6)


def source_badge(kind: SourceKind) -> QLabel:
    """A pill label naming a source ("LinkedIn"), for the detail pane."""
    label = QLabel(texts.source_short_name(kind))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("sourceBadge")
    label.setProperty("sourceKind", kind.value)
    label.setToolTip(safe_tooltip(texts.source_name(kind)))
    # Palette roles, not colours: the badge follows light and dark themes.
    label.setStyleSheet(
        "QLabel#sourceBadge { border: 1px solid palette(mid); border-radius: 8px;"
        " padding: 1px 8px; background: palette(alternate-base); }"
    )
    return label
